# findvideo's words in French: one file per language, the same message ids in every file.
# English (en.ftl) is the source; `python -m bot languages check fr` lists what this file lacks.
# Syntax: https://projectfluent.org/fluent/guide/ (variables: { $name }, plurals: selectors).

## commands
# Command, group, option and choice names and descriptions (Discord shows them in the
# member's language). Ids come from bot/discord/command_translator.py; names: lowercase,
# no spaces, at most 32 characters; descriptions at most 100 characters.

command-findvideo-name = findvideo
command-findvideo-description = Trouve la vidéo TikTok, YouTube ou Instagram d'où vient une image
command-findvideo-image-name = image
command-findvideo-image-description = L'image à rechercher (une capture d'écran ou une image de la vidéo)
command-findvideo-url-name = url
command-findvideo-url-description = Ou : le lien d'une image déjà en ligne
command-findvideo-platform-name = plateforme
command-findvideo-platform-description = Où chercher (par défaut : le réglage du serveur)
command-choice-tiktok = TikTok
command-choice-youtube = YouTube
command-choice-instagram = Instagram
command-choice-all-public-platforms = Toutes les plateformes publiques
command-choice-this-server-s-video-library = Vidéothèque de ce serveur
command-findvideo-min-match-name = similarité_min
command-findvideo-min-match-description = Similarité minimale en %, plus elle est haute, plus c'est strict (par défaut : réglage du serveur)
command-findvideo-results-name = résultats
command-findvideo-results-description = Vidéos affichées par image et par page (par défaut : réglage du serveur)
command-findvideo-private-name = privé
command-findvideo-private-description = Ne montrer la réponse qu'à toi (par défaut : réglage du serveur)
command-findvideo-as-posted-name = telle_quelle
command-findvideo-as-posted-description = Chercher l'image telle quelle, sans couper bordures, légende ni fond flou
command-findvideo-image2-name = image2
command-findvideo-image2-description = Une deuxième image à rechercher
command-findvideo-image3-name = image3
command-findvideo-image3-description = Une troisième image à rechercher
command-findvideo-image4-name = image4
command-findvideo-image4-description = Une quatrième image à rechercher
command-findvideo-settings-name = findvideo-settings
command-findvideo-settings-description = Les réglages findvideo de ce serveur (il faut la permission Gérer le serveur).
command-findvideo-settings-show-name = afficher
command-findvideo-settings-show-description = Afficher tous les réglages findvideo de ce serveur
command-findvideo-settings-set-name = modifier
command-findvideo-settings-set-description = Modifier les réglages findvideo de ce serveur
command-findvideo-settings-set-platform-name = plateforme
command-findvideo-settings-set-platform-description = Où /findvideo et le menu cherchent par défaut
command-findvideo-settings-set-min-match-name = similarité_min
command-findvideo-settings-set-min-match-description = Seuil de correspondance en % : en dessous, un résultat n'est pas une correspondance
command-findvideo-settings-set-possible-match-name = correspondance_possible
command-findvideo-settings-set-possible-match-description = Seuil plus bas pour les « correspondances possibles » (derrière un bouton) ; 0 = désactivé
command-findvideo-settings-set-results-name = résultats
command-findvideo-settings-set-results-description = Vidéos affichées par image, par défaut
command-findvideo-settings-set-private-name = privé
command-findvideo-settings-set-private-description = Répondre à /findvideo en privé par défaut
command-findvideo-settings-set-modlog-channel-name = salon_modlog
command-findvideo-settings-set-modlog-channel-description = Salon du journal de modération (recherches par menu, réglages modifiés)
command-findvideo-settings-set-log-every-search-name = tout_journaliser
command-findvideo-settings-set-log-every-search-description = Journaliser aussi chaque recherche /findvideo, pas seulement le menu contextuel
command-findvideo-settings-set-private-namespace-name = vidéothèque
command-findvideo-settings-set-private-namespace-description = Nom de la vidéothèque de ce serveur (lettres, chiffres, - ou _)
command-findvideo-settings-set-cooldown-name = limite_par_minute
command-findvideo-settings-set-cooldown-description = Recherches par membre et par minute ; 0 = sans limite
command-findvideo-settings-set-daily-budget-name = budget_quotidien
command-findvideo-settings-set-daily-budget-description = Appels API par jour pour ce serveur (UTC) ; 0 = illimité
command-findvideo-settings-set-image-memory-name = mémoire_images
command-findvideo-settings-set-image-memory-description = Retenir les images vérifiées ici (« déjà vue ici ») ; désactivé = les oublier
command-findvideo-settings-set-seen-distance-name = écart_déjà_vu
command-findvideo-settings-set-seen-distance-description = Écart permis pour un repost (bits sur 64) ; 0 = identique uniquement
command-findvideo-settings-set-cut-borders-name = couper_bordures
command-findvideo-settings-set-cut-borders-description = Chercher sans les bordures, bandeaux de texte ou fond flou d'un repost
command-findvideo-settings-set-memory-days-name = jours_mémoire
command-findvideo-settings-set-memory-days-description = Nombre de jours où la mémoire garde une image (les plus anciennes sont oubliées)
command-findvideo-settings-reset-name = réinitialiser
command-findvideo-settings-reset-description = Rétablir les réglages par défaut du bot
command-findvideo-settings-reset-setting-name = réglage
command-findvideo-settings-reset-setting-description = Seulement ce réglage (laisser vide pour tout réinitialiser)
command-choice-platform = Plateforme
command-choice-match-threshold = Seuil de correspondance
command-choice-possible-match-threshold = Seuil de correspondance possible
command-choice-results-per-image = Résultats par image
command-choice-private-answers = Réponses privées
command-choice-mod-log-channel = Salon du journal de modération
command-choice-log-every-search = Journaliser chaque recherche
command-choice-cooldown = Limite par minute
command-choice-daily-budget = Budget quotidien
command-choice-image-memory-seen-here-before = Mémoire d'images (déjà vue ici)
command-choice-seen-before-distance = Écart « déjà vue »
command-choice-cut-borders-and-captions = Couper bordures et légendes
command-choice-image-memory-kept = Durée de la mémoire d'images
command-findvideo-watch-name = findvideo-watch
command-findvideo-watch-description = Vérifier chaque image postée dans un salon, avec des alertes dans le journal de modération
command-findvideo-watch-add-name = ajouter
command-findvideo-watch-add-description = Surveiller un salon : vérifier chaque image qui y est postée
command-findvideo-watch-add-channel-name = salon
command-findvideo-watch-add-channel-description = Le salon textuel à surveiller
command-findvideo-watch-add-platform-name = plateforme
command-findvideo-watch-add-platform-description = Où chercher (par défaut : la plateforme du serveur)
command-findvideo-watch-add-min-match-name = similarité_min
command-findvideo-watch-add-min-match-description = Alerter à partir de cette similarité, en % (par défaut : 90)
command-findvideo-watch-add-action-name = action
command-findvideo-watch-add-action-description = En plus de l'alerte : réagir au message, ou y répondre en citant la source
command-choice-mod-log-alert-only = Alerte dans le journal seulement
command-choice-mod-log-alert-and-a-reaction-on-the-message = Alerte dans le journal et réaction au message
command-choice-mod-log-alert-and-a-reply-naming-the-source = Alerte dans le journal et réponse citant la source
command-findvideo-watch-add-confirm-name = confirmer
command-findvideo-watch-add-confirm-description = Les réponses attendent qu'un modérateur confirme l'alerte (par défaut : oui)
command-findvideo-watch-add-mirrored-name = miroir
command-findvideo-watch-add-mirrored-description = Chercher aussi l'image en miroir si rien ne correspond (coût doublé)
command-findvideo-watch-add-local-only-name = local_seulement
command-findvideo-watch-add-local-only-description = Comparer seulement aux images déjà postées ici : aucun appel API
command-findvideo-watch-remove-name = retirer
command-findvideo-watch-remove-description = Ne plus surveiller un salon
command-findvideo-watch-remove-channel-name = salon
command-findvideo-watch-remove-channel-description = Le salon surveillé
command-findvideo-watch-list-name = liste
command-findvideo-watch-list-description = Les salons surveillés, leurs options et les chiffres du jour
command-findvideo-history-name = findvideo-history
command-findvideo-history-description = Les dernières recherches /findvideo sur ce serveur
command-findvideo-history-user-name = membre
command-findvideo-history-user-description = Seulement les recherches de ce membre
command-findvideo-usage-name = findvideo-usage
command-findvideo-usage-description = Recherches, appels API, réponses en cache et budget restant, aujourd'hui et cette semaine
command-findvideo-forget-name = findvideo-forget
command-findvideo-forget-description = Faire oublier au bot les images d'un message
command-findvideo-forget-link-name = lien
command-findvideo-forget-link-description = Le lien du message (clic droit → Copier le lien du message)
command-find-source-video-name = Trouver la vidéo source
command-forget-image-name = Oublier l'image
command-findvideo-settings-set-language-name = langue
command-findvideo-settings-set-language-description = La langue du journal de modération, des alertes et des réponses publiques
command-choice-server-default = Langue du serveur
command-choice-language = Langue

## answers
# Answers to a search: verdicts, matches, pages, evidence, follow-up buttons, seen-here-before.
# Owned by the answers work; ids start with answer-.
# Add new messages at the end of this section.

# Where a search looked. Brand names (TikTok, YouTube, Instagram) are never translated.
answer-library-private = Bibliothèque du serveur
answer-scope-all = Toutes les plateformes publiques
answer-scope-private = Bibliothèque vidéo de ce serveur
answer-libraries-none = rien
# A list: "TikTok, YouTube" (a longer list repeats it: "TikTok, YouTube, Instagram").
answer-list-more = { $first }, { $rest }
# Facts side by side: "TikTok · @creator · 97%".
answer-dot-list = { $first } · { $rest }
# What was cut from a picture; listed in answer-searched-without and friends.
answer-cut-borders = les bordures
answer-cut-caption = la légende
answer-cut-blur = le fond flou
answer-cuts-two = { $first } et { $second }
answer-cuts-three = { $first }, { $second } et { $third }

# Numbers as the answer shows them.
answer-percent = { NUMBER($score, style: "percent") }
answer-seconds = { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s
answer-date = { DATETIME($date, dateStyle: "medium") }
answer-age-seconds = { $seconds } s
answer-age-minutes = { $minutes } min
answer-age-hours = { $hours } h
answer-age-hours-minutes = { $hours } h { $minutes } min

# The answer's title and lines.
answer-no-match = Aucune correspondance
answer-no-match-title = Aucune correspondance sur { $libraries }
answer-could-not-search = Impossible de rechercher cette image
answer-summary-none = Aucune vidéo ne correspond à { NUMBER($min_match, style: "percent") } ou plus sur { $libraries }.
answer-summary =
    { $count ->
        [one] { $count } vidéo correspond
       *[other] { $count } vidéos correspondent
    } sur { $libraries } (meilleure : { NUMBER($best, style: "percent") }).
answer-searched-as-posted = ✂️ Image recherchée telle que publiée.
answer-searched-without = ✂️ Image recherchée sans { $cuts }.
answer-searched-mirrored = ✂️ Image recherchée en miroir (gauche et droite inversées).
answer-searched-mirrored-without = ✂️ Image recherchée en miroir (gauche et droite inversées), sans { $cuts }.
answer-searched-centre = ✂️ Seul le centre de l'image a été recherché.
answer-searched-centre-without = ✂️ Seul le centre de l'image a été recherché, sans { $cuts }.
answer-no-match-tip = Astuce : baissez la similarité minimale, ou essayez une autre plateforme (ou toutes les plateformes publiques).
answer-no-match-tip-private = Astuce : baissez la similarité minimale.
answer-hidden-matches =
    { $hidden ->
        [one] { $hidden } autre résultat masqué : demandez plus de résultats pour le voir.
       *[other] { $hidden } autres résultats masqués : demandez plus de résultats pour les voir.
    }
answer-library-failed = Impossible de rechercher sur { $library } : { $reason }
answer-cached = en cache depuis { $age }
answer-cached-some = { $libraries } en cache depuis { $age }
answer-footer-searched = Recherche : { $scope }
answer-footer-min-match = similarité minimale { NUMBER($min_match, style: "percent") }
answer-video-ids = ID des vidéos : { $ids }
answer-unnamed-image = image
answer-possible-matches-line =
    { $count ->
        [one] { $count } autre vidéo correspond
       *[other] { $count } autres vidéos correspondent
    } à { $low }–{ NUMBER($high, style: "percent") } : appuyez sur **{ answer-show-possible }**.
answer-page-range = Résultats { $first } à { $last } sur { $total } ; ◀ ▶ pour changer de page.

# One match.
answer-match-heading = { $rank }. { $library } · similaire à { NUMBER($score, style: "percent") }
answer-likely-original-tag = original probable
answer-no-title = *(sans titre)*
answer-moments = à { $moments }
answer-moments-more = à { $moments } (+{ $hidden } autres)
# $whose: "own" (the member's own clip) or "theirs" (another member's post).
answer-clip-searched =
    { $count ->
        [one] { $count } image fixe recherchée
       *[other] { $count } images fixes recherchées
    } dans { $whose ->
        [theirs] le clip
       *[own] votre clip
    }, à { $moments }.
answer-frame-links =
    { $whose ->
        [theirs] le clip
       *[own] votre clip
    } { $pairs }
answer-frame-links-in-order =
    { $whose ->
        [theirs] le clip
       *[own] votre clip
    } { $pairs } ({ $count } images dans le même ordre)
# A still of the clip and the moment of the video it matched: "1.5 s → 1:10".
answer-frame-pair = { $clip } → { $source }
answer-by-creator = par { $creator }
# $date is a Discord timestamp: each reader's client shows it in their own calendar.
answer-posted-on = publiée le { $date }
answer-earliest-upload = 🕒 **première mise en ligne**

# The verdict: the likely original the answer leads with.
answer-verdict-title = Original probable : { $facts }
answer-verdict-title-unsure = Meilleure correspondance { NUMBER($score, style: "percent") } sur { $library } : peu fiable, comparez l'image
answer-open-video = **[Ouvrir la vidéo]({ $link })**
answer-verdict-unsure = Pas assez similaire pour être sûr : comparez avec l'image avant d'agir.
answer-verdict-earliest = Publiée en premier parmi les correspondances fortes (n° { $rank } sur { $total }).
answer-verdict-closest = La correspondance la plus proche (n° { $rank } sur { $total }).
answer-verdict-only = La seule correspondance.

# Possible matches (behind a button).
answer-show-possible = Voir les correspondances possibles
answer-possible-title = Correspondances possibles pour { $name }
answer-possible-description = Moins similaires qu'une correspondance ({ NUMBER($min_match, style: "percent") }), mais au moins { NUMBER($possible_match, style: "percent") } : vérifiez-les vous-même.

# Follow-up buttons (Discord cuts a label at 80 characters).
answer-button-all-platforms = Toutes les plateformes
answer-button-lower = Baisser le seuil à { NUMBER($min_match, style: "percent") }
answer-button-mirrored = Chercher en miroir
answer-button-centre = Chercher le centre
answer-button-as-posted = Chercher telle que publiée
answer-button-post-publicly = Publier pour tous
answer-button-posted-publicly = Publiée pour tous
answer-button-jump = Aller au message
answer-button-delete = Supprimer le message
answer-button-deleted = Message supprimé
answer-shared-by = 🔎 Partagé par { $member } ({ command-find-source-video-name })
answer-shared-by-on = 🔎 Partagé par { $member } · { command-find-source-video-name } sur { $link }

# Seen here before: earlier posts of the picture in this server.
answer-seen-heading = Déjà vue ici
answer-seen-identical = identique
answer-seen-similar = similaire à { NUMBER($score, style: "percent") }
answer-seen-mirrored = { $closeness }, en miroir
# $when is a Discord relative time ("3 days ago"), shown in each reader's language.
answer-seen-line = [Publiée]({ $link }) par { $author } dans { $channel }, { $when } · { $closeness }
# The mod-log record's line.
answer-seen-record = Déjà vue ici : { $line }
answer-seen-record-more = Déjà vue ici : { $line } (+{ $more } autres)

# /findvideo-forget and "Forget image": what forgetting a message answers.
answer-forgotten-none = Je ne gardais aucune image de ce message ; rien n'a été supprimé.
answer-forgotten =
    { $count ->
        [one] Oublié : je ne garde plus l'image de ce message.
       *[other] Oublié : je ne garde plus les { $count } images de ce message.
    }

# Under the side-by-side picture (drawn into the image): the searched image, and the match.
answer-picture-yours = Votre image
answer-picture-posted = Image publiée
answer-picture-clip-at =
    { $whose ->
        [posted] Clip publié
       *[own] Votre clip
    } à { $at }
answer-picture-source = Source
answer-picture-match = Résultat { $rank }
answer-picture-at = { $name } à { $at }

# A watched channel's alert and public reply, for a picture posted in this server before (the server's language).
answer-seen-reposted-title = Republication : déjà publiée sur ce serveur
answer-seen-repost-line = Republication : publiée d'abord [ici]({ $link }) par { $author }, { $when } ({ $closeness })
answer-seen-reply = Cette image a déjà été publiée ici { $when } : { $link }

## errors
# Refusals and errors shown to the member (privately): image checks, clips, fair use,
# the API, links, buttons, the error path, queue and outage notices. Ids start with error-.
# Add new messages at the end of this section.

error-unexpected = Un problème est survenu de mon côté. Il a été enregistré ; réessaie plus tard.
error-slow-down = Doucement : réessaie dans { $seconds } s.
error-not-here = Tu ne peux pas utiliser cette commande ici.

error-subject-file = Ce fichier
error-subject-link = Ce lien
error-subject-clip = Ce clip
error-subject-redirect = Le lien { $target }, vers lequel redirige { $link },

error-size-bytes = { $count ->
    [one] { $count } octet
   *[other] { $count } octets
}
error-size-kb = { NUMBER($amount, maximumFractionDigits: 1) } Ko
error-size-mb = { NUMBER($amount, maximumFractionDigits: 1) } Mo

error-supported-formats = Je peux rechercher les images JPEG, PNG, GIF, BMP et WebP.
error-file-empty = { $subject } est vide ; essaie de le joindre à nouveau.
error-file-too-large = { $subject } fait { $size } ; la limite est de { $limit }.
error-image-bomb = { $subject } annonce { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels pour seulement { $size } : bien plus qu'il ne peut en contenir, donc je ne l'ouvrirai pas.
error-image-side-too-long = { $subject } fait { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels ; le plus grand côté accepté est de { NUMBER($limit, useGrouping: 0) } pixels. Réduis l'image, s'il te plaît.
error-image-too-many-pixels = { $subject } fait { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels ({ NUMBER($megapixels, maximumFractionDigits: 1) } mégapixels) ; j'accepte au plus { NUMBER($limit, maximumFractionDigits: 1) } mégapixels. Réduis l'image, s'il te plaît.
error-image-unreadable = { $subject } n'est pas une image que je sais lire. { error-supported-formats }
error-image-damaged = { $subject } semble abîmé ou incomplet ; essaie de l'enregistrer à nouveau.
error-image-pillow-bomb = { $subject } annonce plus de pixels qu'il ne peut en contenir, donc je ne l'ouvrirai pas.
error-image-empty-animation = { $subject } se présente comme un PNG animé mais ne contient aucune image (pas de bloc fcTL), donc je ne l'ouvrirai pas.
error-image-text-bomb = { $subject } contient un bloc de texte compressé qui dépasse { $size } une fois décompressé (une bombe de décompression), donc je ne l'ouvrirai pas.
error-image-too-costly-jpeg = { $subject } est un JPEG progressif de { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels, trop grand pour que je le vérifie sans risque dans ce format. Enregistre-le en PNG ou en JPEG classique (ou réduis-le), puis réessaie.
error-image-too-costly = { $subject } est une image { $format } de { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels, trop grande pour que je la vérifie sans risque dans ce format. Enregistre-la en PNG ou en JPEG classique (ou réduis-la), puis réessaie.

error-kind-svg = { $subject } est un dessin SVG. Enregistre-le ou exporte-le en PNG ou en JPEG (une capture d'écran marche aussi), puis réessaie.
error-kind-heic = { $subject } est une photo HEIC. Enregistre-la ou exporte-la en PNG ou en JPEG (une capture d'écran marche aussi), puis réessaie.
error-kind-avif = { $subject } est une image AVIF. Enregistre-la ou exporte-la en PNG ou en JPEG (une capture d'écran marche aussi), puis réessaie.
error-kind-tiff = { $subject } est une image TIFF. Enregistre-la ou exporte-la en PNG ou en JPEG (une capture d'écran marche aussi), puis réessaie.
error-kind-icon = { $subject } est un fichier d'icône. Enregistre-le ou exporte-le en PNG ou en JPEG (une capture d'écran marche aussi), puis réessaie.
error-kind-jpeg-xl = { $subject } est une image JPEG XL. Enregistre-la ou exporte-la en PNG ou en JPEG (une capture d'écran marche aussi), puis réessaie.
error-kind-photoshop = { $subject } est un fichier Photoshop. Enregistre-le ou exporte-le en PNG ou en JPEG (une capture d'écran marche aussi), puis réessaie.
error-kind-raw = { $subject } est une photo RAW d'appareil photo. Enregistre-la ou exporte-la en PNG ou en JPEG (une capture d'écran marche aussi), puis réessaie.
error-kind-eps = { $subject } est une image EPS, un format que je ne peux pas rechercher. Enregistre-la ou exporte-la en PNG ou en JPEG (une capture d'écran marche aussi), puis réessaie.
error-kind-xpm = { $subject } est une image XPM, un format que je ne peux pas rechercher. Enregistre-la ou exporte-la en PNG ou en JPEG (une capture d'écran marche aussi), puis réessaie.
error-kind-netpbm = { $subject } est une image PPM/PGM/PBM, un format que je ne peux pas rechercher. Enregistre-la ou exporte-la en PNG ou en JPEG (une capture d'écran marche aussi), puis réessaie.
error-kind-fits = { $subject } est une image FITS, un format que je ne peux pas rechercher. Enregistre-la ou exporte-la en PNG ou en JPEG (une capture d'écran marche aussi), puis réessaie.
error-kind-pdf = { $subject } est un document PDF ; envoie plutôt une capture d'écran de la page.
error-kind-document = { $subject } est un document, pas une image ; envoie plutôt une capture d'écran de la page.
error-kind-video = { $subject } est une vidéo. Les vidéos ne sont pas encore prises en charge ici : envoie une capture d'écran de l'image que tu cherches.
error-kind-audio = { $subject } est un fichier audio, pas une image. { error-supported-formats }
error-kind-text = { $subject } est un fichier texte, pas une image. { error-supported-formats }
error-kind-web-page = { $subject } est une page web, pas une image. Utilise le lien de l'image elle-même (clic droit sur l'image, puis « Copier l'adresse de l'image »).
error-kind-archive = { $subject } est une archive, pas une image. Décompresse-la et envoie l'image elle-même.

error-clip-too-large = { $subject } fait { $size } ; j'accepte les clips jusqu'à { $limit }.
error-clip-sound-only = { $subject } contient du son mais pas d'image : je n'ai rien à y chercher. Envoie un clip vidéo, une image ou une capture d'écran du moment.
error-clip-codec = La vidéo de ce clip est encodée en { $codec }, que je ne sais pas décoder. Envoie-la en MP4 (H.264) ou en WebM, ou une capture d'écran de l'image que tu cherches.
error-clip-codec-unknown = La vidéo de ce clip est encodée dans un format que je ne reconnais pas et ne sais pas décoder. Envoie-la en MP4 (H.264) ou en WebM, ou une capture d'écran de l'image que tu cherches.
error-clip-unreadable = Je n'ai pas pu lire ce clip : il semble abîmé ou utilise un encodage que je ne sais pas décoder. Essaie une autre copie, ou envoie une capture d'écran de l'image que tu cherches.
error-clip-too-costly = Ce clip demande plus de travail de décodage que je n'en accorde à une recherche, alors j'ai arrêté. Envoie une copie plus courte ou plus petite, ou une capture d'écran du moment que tu cherches.
error-clip-too-long = Ce clip dure { NUMBER($seconds, useGrouping: 0) } s ; je recherche les clips de { NUMBER($limit, useGrouping: 0) } s au plus. Coupe-le, ou envoie une capture d'écran du moment.
error-clip-longer-than = Ce clip dure plus de { NUMBER($limit, useGrouping: 0) } s, la durée maximale que je recherche. Coupe-le, ou envoie une capture d'écran du moment.
error-clip-frames-too-large = Les images de ce clip font { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels, plus que ce que je décode (au plus { NUMBER($megapixels, minimumFractionDigits: 1, maximumFractionDigits: 1) } mégapixels, 3840×2160). Envoie une copie plus petite ou une capture d'écran.
error-clip-frame-rate = Ce clip tourne à { NUMBER($rate, useGrouping: 0) } images par seconde ; j'accepte les clips jusqu'à { NUMBER($limit, useGrouping: 0) } images par seconde. Envoie une copie normale, ou une capture d'écran du moment.
error-gif-too-many-frames = Ce GIF a plus de { NUMBER($limit, useGrouping: 0) } images ; j'accepte les GIF jusqu'à { NUMBER($limit, useGrouping: 0) } images. Envoie une copie plus courte, ou une capture d'écran du moment.
error-gif-too-costly = Pour ce GIF, il faudrait décoder { NUMBER($frames, useGrouping: 0) } images de { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels ; je décode au plus { NUMBER($budget, useGrouping: 0) } mégapixels par clip. Envoie une copie plus courte ou plus petite, ou une capture d'écran du moment.

error-download-larger-than = { $subject } dépasse la limite de { $limit }.
error-download-status = { $subject } n'a pas pu être téléchargé : le lien a répondu { $status }.
error-download-timeout = { $subject } a mis trop de temps à se télécharger ; réessaie, ou joins plutôt l'image directement.
error-download-cut-off = { $subject } a cessé d'envoyer avant la fin du téléchargement ; réessaie, s'il te plaît.
error-download-unreachable = { $subject } est injoignable ; vérifie le lien et réessaie.
error-download-unknown-site = { $subject } indique un site introuvable ; vérifie que le lien ne contient pas de faute de frappe.
error-download-private-address = { $subject } pointe vers une adresse de réseau privé ou local ; je ne télécharge que depuis des sites publics.
error-link-too-long-max = { $subject } est trop long pour un lien ; j'accepte au plus { NUMBER($limit, useGrouping: 0) } caractères.
error-link-too-long = { $subject } est trop long pour un lien.
error-link-invalid = { $subject } n'est pas un lien web valide.
error-link-not-web = { $subject } n'est pas un lien http ou https, les seuls que je télécharge.
error-link-no-site = { $subject } n'est pas un lien complet : il n'indique aucun site.
error-link-credentials = { $subject } contient un nom d'utilisateur ou un mot de passe ; partage un lien sans eux, s'il te plaît.
error-link-redirect-loop = { $subject } a redirigé plus de { $limit } fois, alors j'ai abandonné.
error-link-redirect-nowhere = { $subject } a répondu par une redirection qui ne mène nulle part.
error-link-redirect-invalid = { $subject } redirige vers un lien non valide.

error-cooldown = Doucement : chaque membre a droit ici à { $limit } { $limit ->
    [one] recherche
   *[other] recherches
} par minute. Tu pourras chercher à nouveau { $when }.
error-budget-spent = Ce serveur a épuisé son budget de recherche du jour ({ $budget } { $budget ->
    [one] appel d'API
   *[other] appels d'API
}). Le budget repart { $when }.
error-budget-short = Cette recherche demande { $calls } appels d'API, mais il n'en reste que { $left } dans le budget du jour de ce serveur (cherche sur une plateforme à la fois pour les utiliser). Le budget repart { $when }.

error-api-failed = La recherche de vidéos a échoué. Réessaie plus tard, s'il te plaît.
error-api-misconfigured = Ce bot est mal configuré : son service de recherche le refuse. Seul l'opérateur du bot peut régler ça (pas les admins du serveur) ; réessaie plus tard.
error-api-out-of-credits = Ce bot a épuisé ses crédits de recherche. Seul l'opérateur du bot peut en rajouter (pas les admins du serveur) ; réessaie plus tard.
error-api-busy = Le service de recherche est débordé pour le moment ; réessaie dans une minute.
error-api-bad-image = Le service de recherche n'a pas pu utiliser cette image. Essaie-en une autre (JPG, PNG, GIF, BMP ou WebP, 20 Mo au plus).
error-api-library-unsupported = Cette bibliothèque de vidéos n'est pas prise en charge.
error-api-similarity = La similarité doit être un nombre entre 0 et 1.
error-api-library-name = Le nom de la bibliothèque de vidéos de ce serveur n'est pas valide. Préviens les admins du serveur, s'il te plaît.
error-api-not-answering = Le service de recherche de vidéos ne répond pas pour le moment ; réessaie dans une minute.
error-api-not-answering-seconds = Le service de recherche de vidéos ne répond pas pour le moment ; réessaie dans { $seconds } s environ.
error-api-not-answering-minutes = Le service de recherche de vidéos ne répond pas pour le moment ; réessaie dans { $minutes } min environ.
error-search-timed-out = La recherche a pris trop de temps et a été arrêtée ; réessaie dans quelques minutes.
error-outage-title = Les recherches échouent
error-outage-footer = Signalé une fois par panne ; les recherches reprennent d'elles-mêmes une fois la panne terminée.
error-outage-misconfigured = Les recherches échouent : le service de recherche refuse ce bot (sa clé d'API ou son compte). Seul l'opérateur du bot peut régler ça ; les réglages de ce serveur n'y changeront rien.
error-outage-out-of-credits = Les recherches échouent : le compte de recherche du bot n'a plus de crédits. Seul l'opérateur du bot peut en rajouter ; les réglages de ce serveur n'y changeront rien.
error-outage-down = Les recherches échouent : le service de recherche de vidéos ne répond pas. Rien à faire de ce côté-ci ; l'opérateur du bot est prévenu dans ses journaux, et les recherches reprendront d'elles-mêmes dès qu'il répondra.

error-queued = ⏳ Beaucoup de recherches sont en cours : la tienne est en file d'attente et devrait se terminer dans { $seconds } s environ.
error-backing-off = ⏳ Le service de recherche limite notre cadence en ce moment : ta recherche attend et sera relancée dans { $seconds } s environ.

error-none-searchable = Aucune des images n'a pu être recherchée :{ $reasons }
error-reason = { $earlier }
    • { $reason }
error-restarting = Le bot redémarre ; réessaie dans un instant.
error-no-image-given = Joins une image (ou donne un lien d'image dans `url`) et je chercherai la vidéo d'où elle vient.
error-no-image-in-message = Ce message ne contient aucune image, GIF ou vidéo que je puisse rechercher (ni pièce jointe ni image intégrée).
error-private-library-in-dms = La bibliothèque de vidéos d'un serveur ne peut être recherchée que sur ce serveur, pas en messages privés. Choisis une plateforme publique (TikTok, YouTube, Instagram ou Toutes les plateformes publiques).
error-button-not-valid = Ce bouton n'est pas valable ici, rien n'a donc été fait.
error-button-elsewhere = Ce bouton appartient à un message d'un autre serveur, rien n'a donc été fait.
error-button-not-yours = Seule la personne qui a lancé cette recherche peut utiliser ses boutons. Lance `/findvideo` toi-même.
error-pages-not-yours = Seule la personne qui a lancé cette commande peut en tourner les pages.
error-search-gone = Cette recherche est trop ancienne pour être relancée d'ici ; relance `/findvideo`, s'il te plaît.
error-button-needs-manage-messages = Il te faut la permission **Gérer les messages** dans { $channel } pour y supprimer un message.
error-cannot-delete = Je n'ai pas pu le supprimer : il me faut la permission **Gérer les messages** dans { $channel }. Donne-la à mon rôle dans ce salon, ou supprime le message toi-même.
error-already-shared = Cette réponse a déjà été publiée : { $link }
error-already-shared-just-now = Cette réponse vient d’être publiée.
error-alert-gone = Le bot ne connaît plus cette alerte ; rien n'a été modifié.
error-alert-image-gone = L'image de cette alerte n'est plus jointe, elle ne peut donc pas être recherchée à nouveau.
error-memory-off = La mémoire d'images de ce serveur est désactivée, il n'y a donc rien à oublier. Les modérateurs peuvent l'activer avec `/findvideo-settings modifier mémoire_images:True`.
error-not-a-message-link = Ce n'est pas le lien d'un message de ce serveur. Fais un clic droit sur le message → **Copier le lien du message**, puis donne-moi ce lien.
error-local-watch-needs-memory = Une surveillance locale compare les nouvelles images à celles déjà publiées ici, mais la mémoire d'images de ce serveur est désactivée. Active-la d'abord avec `/findvideo-settings modifier mémoire_images:True`.
error-forget-needs-manage-messages = Seuls les membres ayant la permission **Gérer les messages** peuvent faire ça.
error-database-down = La base de données du bot ne répond pas pour le moment, { $action ->
    [settings] les réglages ne peuvent donc pas être modifiés
    [history] l'historique des recherches ne peut donc pas être lu
    [usage] les chiffres d'utilisation ne peuvent donc pas être lus
    [button] ce bouton ne peut donc pas être utilisé
    [share] cette réponse ne peut donc pas être partagée
    [forget] les images ne peuvent donc pas être oubliées
   *[other] ce n'est donc pas possible
}. Réessaie dans une minute.

## usage-history
# /findvideo-usage and /findvideo-history: texts and chart labels.
# Ids start with usage- or history-.
# Add new messages at the end of this section.

usage-title = Utilisation de la recherche
usage-today = Aujourd'hui (UTC)
usage-last-7-days = 7 derniers jours
usage-daily-budget = Budget quotidien
usage-figures =
    Recherches : **{ $searches }**
    Appels API : **{ $calls }** (recherches { $search_calls }, détails de vidéos { $details }, téléchargements d'images clés { $keyframes })
    Réponses depuis le cache : **{ $cache_rate }**
usage-cache-rate = { NUMBER($rate, style: "percent") }
usage-cache-rate-none = –
usage-no-budget = Pas de budget quotidien : les appels API ne sont pas limités.
usage-budget-left = Reste aujourd'hui : **{ $left }** sur { $budget } appels API (remis à zéro à minuit UTC).
usage-watched-today = Salons surveillés aujourd'hui
usage-needs-manage-server = Seuls les membres ayant la permission « Gérer le serveur » peuvent voir l'utilisation.
usage-chart-searches = Recherches
usage-chart-api-calls = Appels API des recherches
usage-chart-cache-hits = Réponses en cache
usage-chart-budget = Budget quotidien ({ $budget })
history-needs-manage-messages = Seuls les membres ayant la permission « Gérer les messages » peuvent voir l'historique des recherches.
history-nothing-yet = Aucune recherche n'a encore été enregistrée sur ce serveur.
history-nothing-by-member = Aucune recherche de { $member } n'est enregistrée sur ce serveur.
history-title = Recherches récentes
history-title-member = Recherches de { $name }
history-title-unnamed = Recherches de ce membre
history-in-channel = dans { $channel }
history-on-message = sur [ce message]({ $link }) dans { $channel }
history-images = { $count } images
history-cached = depuis le cache
history-api-calls =
    { $count ->
        [one] { $count } appel API
       *[other] { $count } appels API
    }
history-no-match = aucun résultat
history-kind-slash = /findvideo
history-kind-menu = Trouver la vidéo source
history-kind-alert-button = alerte de surveillance : Chercher sur toutes les plateformes
history-kind-follow-up = bouton de suivi
history-searches-all =
    { $total ->
        [one] { $total } recherche
       *[other] { $total } recherches
    }
history-searches-some = { $shown } recherches sur { $total }
history-footer =
    Page { $page }/{ $pages } · les plus récentes d'abord · { $searches } · { $days ->
        [one] conservées { $days } jour
       *[other] conservées { $days } jours
    }
history-chart-searches = Recherches
history-chart-matches = Résultats trouvés
history-chart-alerts = Alertes de repost
history-seen-before =
    { $count ->
        [one] déjà vue ici (une fois)
       *[other] déjà vue ici ({ $count } fois)
    }
usage-chart-alt =
    { $days ->
        [one] Graphique du jour
       *[other] Graphique des { $days } derniers jours
    } : recherches, leurs appels API et réponses en cache par jour
history-chart-alt =
    { $days ->
        [one] Graphique du jour
       *[other] Graphique des { $days } derniers jours
    } : recherches, résultats trouvés et alertes de repost par jour

## settings
# /findvideo-settings: the settings, their descriptions and the replies.
# Ids start with settings-.
# Add new messages at the end of this section.

settings-label-platform = Plateforme
settings-label-min-match = Seuil de correspondance
settings-label-possible-match = Seuil de correspondance possible
settings-label-results = Résultats par image
settings-label-private = Réponses privées
settings-label-modlog-channel-id = Salon du journal de modération
settings-label-log-every-search = Journaliser chaque recherche
settings-label-private-namespace = Vidéothèque de ce serveur
settings-label-cooldown = Limite par minute
settings-label-daily-budget = Budget quotidien
settings-label-image-memory = Mémoire d'images (déjà vue ici)
settings-label-seen-distance = Écart « déjà vue »
settings-label-cut-borders = Couper bordures et légendes
settings-label-memory-days = Durée de la mémoire d'images
settings-label-language = Langue
settings-value-off = désactivé
settings-value-none = aucun
settings-value-yes = oui
settings-value-no = non
settings-value-percent = { $value } %
settings-value-days = { $value ->
    [one] { $value } jour
   *[other] { $value } jours
}
settings-value-cooldown = { $value ->
    [0] aucune limite
    [one] { $value } recherche par membre et par minute
   *[other] { $value } recherches par membre et par minute
}
settings-value-budget = { $value ->
    [0] illimité
    [one] { $value } appel API par jour
   *[other] { $value } appels API par jour
}
settings-value-seen-distance = { $value ->
    [0] identique uniquement
   *[other] jusqu'à { $value } bits d'écart sur 64
}
settings-value-server-language = la langue du serveur
settings-value-server-language-is = la langue du serveur ({ $language })
settings-origin-default = par défaut
settings-origin-set-here = choisi ici
settings-show-line = **{ $label }** (`{ $option }`) : { $value } · *{ $origin }*
settings-show-title = Réglages findvideo de { $server }
settings-show-footer = Modifier : /findvideo-settings modifier · Revenir aux valeurs par défaut : /findvideo-settings réinitialiser
settings-change-line = **{ $label }** : { $before } → { $after }
settings-saved-title = Réglages enregistrés
settings-reset-title = Réglages remis par défaut
settings-changed-title = Réglages findvideo modifiés
settings-changed-by = Modifié par
settings-modlog-problem = ⚠️ Journal de modération
settings-not-logged = Enregistré, mais la modification n'a pas pu être journalisée : { $problem }
settings-needs-manage-server = Il te faut la permission **Gérer le serveur** pour modifier les réglages de findvideo.
settings-only-in-server = Les réglages ne peuvent être modifiés que dans un serveur.
settings-nothing-given = Indique au moins un réglage à modifier, par exemple `/findvideo-settings modifier similarité_min:80`.
settings-nothing-to-reset = Rien à réinitialiser : ces réglages ont déjà leurs valeurs par défaut.
settings-nothing-changed = Rien n'a changé : ces réglages ont déjà ces valeurs.
settings-operators-library = `vidéothèque` ne peut pas être la bibliothèque de l'opérateur du bot ; choisis un autre nom.
settings-problems = { $first }
    { $rest }
settings-unknown-language = La langue « { $language } » n'existe pas ; choisis une des langues proposées.
settings-library-taken = Un autre serveur utilise déjà cette `vidéothèque` : une vidéothèque appartient à un seul serveur. Choisis un autre nom.
settings-library-name = `vidéothèque` doit contenir de 1 à 64 lettres, chiffres, `-` ou `_`.
settings-library-number = `vidéothèque` ne peut pas être un nombre (l'identifiant d'un autre serveur) ; ajoute une lettre.
settings-possible-match-range = `correspondance_possible` doit valoir 0 (désactivé) ou de { $lowest } à 100.
settings-possible-above-match = Le seuil de correspondance possible ({ $possible } %) ne peut pas dépasser le seuil de correspondance ({ $match } %). Baisse `correspondance_possible`, augmente `similarité_min`, ou mets `correspondance_possible` à 0 pour le désactiver.

## modlog-watch
# What the bot posts for the server, in the server's language: mod-log records,
# watch alerts and public replies in watched channels. Ids start with modlog- or watch-.
# Add new messages at the end of this section.

modlog-channel-gone = Le salon du journal de modération n'existe plus ou je ne le vois pas : choisis-en un autre avec `/findvideo-settings modifier salon_modlog`.
modlog-cannot-post = Je ne peux pas publier dans <#{ $channel }> : il me manque { $missing }. Donne-moi { $needed } dans ce salon, ou choisis-en un autre.
modlog-refused = Je ne peux pas publier dans <#{ $channel }> : il me manque des permissions. Donne-moi { $needed } dans ce salon, ou choisis-en un autre.
modlog-not-accepted = Discord n'a pas accepté l'entrée du journal dans <#{ $channel }> ({ $status }).
modlog-permission-view-channel = **Voir le salon**
modlog-permission-send-messages = **Envoyer des messages**
modlog-permission-embed-links = **Intégrer des liens**
modlog-permission-attach-files = **Joindre des fichiers**
modlog-record-slash = Recherche /findvideo
modlog-searched-by = **Recherché par** { $user } (`{ $user_id }`)
modlog-when = **Quand** <t:{ $at }:f> (<t:{ $at }:R>)
modlog-message-checked = **Message vérifié** { $link } de { $author } (`{ $author_id }`)
modlog-channel = **Salon** <#{ $channel }> (`/findvideo`)
modlog-not-searched = Image non recherchée : { $reason }
modlog-image-too-large = L'image { $index } ({ $size }) est trop lourde pour être renvoyée.
modlog-image-reduced = L'image { $index } ({ $size }) est renvoyée en JPEG plus léger (limite d'envoi de Discord) ; SHA-256 de l'original : `{ $sha256 }`
modlog-record-failed = Un problème est survenu en écrivant l'entrée ; il a été enregistré.
modlog-not-recorded = Cette recherche n'a pas pu être inscrite au journal de modération : { $problem }
modlog-permission-add-reactions = **Ajouter des réactions**
watch-disabled = Les salons surveillés sont désactivés pour ce bot. Son opérateur peut les activer avec `WATCH_ENABLED=true`, après avoir activé l'intent **Message Content** dans le portail développeur de Discord (l'application → Bot → Privileged Gateway Intents).
watch-intent-missing = Les salons surveillés ont besoin de l'intent **Message Content**, et Discord ne l'a pas accordé. Le propriétaire du bot doit l'activer dans le portail développeur de Discord (l'application → Bot → Privileged Gateway Intents → Message Content Intent), puis redémarrer le bot.
watch-needs-manage-server = Seuls les membres ayant la permission **Gérer le serveur** peuvent modifier les salons surveillés.
watch-needs-manage-messages = Seuls les membres ayant la permission **Gérer les messages** peuvent utiliser ces boutons.
watch-no-modlog = Aucun salon de journal de modération n'est défini, les alertes n'ont donc encore nulle part où aller : définis-en un dans les réglages findvideo du serveur.
watch-server-library = Bibliothèque du serveur
watch-moments = { $more ->
    [0] à { $spans }
   *[other] à { $spans } (+{ $more } autres)
}
watch-no-title = (sans titre)
watch-match = **{ $score } %** sur { $platform } : { $title } · { $moments }
watch-a-video = une vidéo
watch-reply = Cette image semble venir d'une vidéo { $platform } (similaire à { $score } %) : { $title } { $link }
watch-options-local = seulement les anciens posts d'ici, aucun appel API · { $action }
watch-options = { $scope } · au moins { $min_match } % · { $action }{ $held ->
    [yes] {" "}(dès qu'un modérateur confirme)
   *[no] {""}
}{ $mirrored ->
    [yes] {" "}· en miroir aussi
   *[no] {""}
}
watch-caption = Légende : « { $caption } »
watch-repeats = ⚠️ Les posts de ce membre ont déclenché **{ $count } alertes** cette semaine.
watch-reply-held = La réponse publique à l'auteur attend **Confirmer et répondre**.
watch-verdict-not-a-repost = ✅ **Pas un repost**
watch-verdict-deleted = 🗑️ **Message supprimé**
watch-verdict-confirmed = ⛔ **Repost confirmé**
watch-verdict-gone = 🗑️ **Le message a été supprimé**
watch-closed = { $verdict } le <t:{ $when }:f>.
watch-closed-by = { $verdict }, par { $moderator } le <t:{ $when }:f>.
watch-closed-not-a-repost = { $closed } Cette image ne déclenchera plus d'alerte pour cette vidéo, pas plus que ses copies déjà postées ici.
watch-counts = { $checked } vérifiées, { $alerts ->
    [one] { $alerts } alerte
   *[other] { $alerts } alertes
}, { $skipped } ignorées
watch-counts-why = { $counts } ({ $reasons })
watch-skipped-automated = { $count } de bots ou de webhooks
watch-skipped-too-small = { $count ->
    [one] { $count } trop petite
   *[other] { $count } trop petites
}
watch-skipped-already-seen = { $count ->
    [one] { $count } déjà vue
   *[other] { $count } déjà vues
}
watch-skipped-deleted = { $count ->
    [one] { $count } supprimée
   *[other] { $count } supprimées
}
watch-skipped-budget = { $count } hors budget de surveillance
watch-skipped-queue-full = { $count } file d'attente pleine
watch-skipped-unsearchable = { $count ->
    [one] { $count } non recherchable
   *[other] { $count } non recherchables
}
watch-skipped-too-slow = { $count ->
    [one] { $count } trop lente à charger
   *[other] { $count } trop lentes à charger
}
watch-added = Salon <#{ $channel }> surveillé : { $options }.
watch-missing = Il me manque { $missing } dans <#{ $channel }> : donne-les à mon rôle dans ce salon.
watch-removed = <#{ $channel }> n'est plus surveillé.
watch-not-watched = <#{ $channel }> n'était pas surveillé : rien n'a changé.
watch-budget-none = Recherches de surveillance aujourd'hui : { $spent } (aucun budget quotidien n'est défini pour ce serveur).
watch-budget = Recherches de surveillance aujourd'hui : { $spent } sur { $allowance } ({ $share } % du budget quotidien du serveur).
watch-open-video-posted = **[Ouvrir la vidéo]({ $link })** · publiée { $posted }
watch-jump = [Aller au message]({ $link }) dans <#{ $channel }>, posté par { $author }
watch-possible-repost = Repost possible
watch-alert-title = { $state } : { $facts }
watch-first-post-id = premier post { $id }
watch-video-id = vidéo { $id }
watch-footer = Surveillance : { $options }
    membre { $member } · { $found }
watch-button-not-a-repost = Pas un repost
watch-button-confirm-reply = Confirmer et répondre
watch-button-confirm = Confirmer le repost
watch-button-search-all = Chercher partout
watch-title-not-a-repost = Pas un repost
watch-title-deleted = Repost supprimé
watch-title-confirmed = Repost confirmé
watch-title-gone = Message supprimé
watch-closed-title = { $verdict } · { $title }
watch-nothing-watched = Aucun salon n'est surveillé. Ajoutes-en un avec `/findvideo-watch ajouter`.
watch-list-title = Salons surveillés
watch-list-line = <#{ $channel }> : { $options }
    {"  "}Aujourd'hui : { $today }
watch-usage = { $counts } ; { $searches ->
    [one] { $searches } recherche API utilisée
   *[other] { $searches } recherches API utilisées
}.
