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

## errors
# Refusals and errors shown to the member (privately): image checks, clips, fair use,
# the API, links, buttons, the error path, queue and outage notices. Ids start with error-.
# Add new messages at the end of this section.

error-unexpected = Un problème est survenu de mon côté. Il a été enregistré ; réessaie plus tard.
error-slow-down = Doucement : réessaie dans { $seconds } s.
error-not-here = Tu ne peux pas utiliser cette commande ici.

## usage-history
# /findvideo-usage and /findvideo-history: texts and chart labels.
# Ids start with usage- or history-.
# Add new messages at the end of this section.

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
modlog-record-menu = Trouver la vidéo source
modlog-record-slash = Recherche /findvideo
modlog-searched-by = **Recherché par** { $user } (`{ $user_id }`)
modlog-when = **Quand** <t:{ $at }:f> (<t:{ $at }:R>)
modlog-message-checked = **Message vérifié** { $link } de { $author } (`{ $author_id }`)
modlog-channel = **Salon** <#{ $channel }> (`/findvideo`)
modlog-image = image
modlog-not-searched = Image non recherchée : { $reason }
modlog-image-too-large = L'image { $index } ({ $size }) est trop lourde pour être renvoyée.
modlog-image-reduced = L'image { $index } ({ $size }) est renvoyée en JPEG plus léger (limite d'envoi de Discord) ; SHA-256 de l'original : `{ $sha256 }`
modlog-record-failed = Un problème est survenu en écrivant l'entrée ; il a été enregistré.
modlog-not-recorded = Cette recherche n'a pas pu être inscrite au journal de modération : { $problem }
