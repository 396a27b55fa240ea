# findvideo's words in German: one file per language, the same message ids in every file.
# English (en.ftl) is the source; `python -m bot languages check de` lists what this file lacks.
# Syntax: https://projectfluent.org/fluent/guide/ (variables: { $name }, plurals: selectors).

## commands
# Command, group, option and choice names and descriptions (Discord shows them in the
# member's language). Ids come from bot/discord/command_translator.py; names: lowercase,
# no spaces, at most 32 characters; descriptions at most 100 characters.

command-findvideo-name = findvideo
command-findvideo-description = Finde das TikTok-, YouTube- oder Instagram-Video, aus dem ein Bild stammt
command-findvideo-image-name = bild
command-findvideo-image-description = Das Bild, nach dem gesucht wird (ein Screenshot oder ein Standbild aus dem Video)
command-findvideo-url-name = url
command-findvideo-url-description = Oder: ein Link zu einem Bild, das schon online ist
command-findvideo-platform-name = plattform
command-findvideo-platform-description = Wo gesucht wird (Standard: Einstellung dieses Servers)
command-choice-tiktok = TikTok
command-choice-youtube = YouTube
command-choice-instagram = Instagram
command-choice-all-public-platforms = Alle öffentlichen Plattformen
command-choice-this-server-s-video-library = Videobibliothek dieses Servers
command-findvideo-min-match-name = mindestähnlichkeit
command-findvideo-min-match-description = Mindestähnlichkeit in Prozent, höher ist strenger (Standard: Servereinstellung)
command-findvideo-results-name = ergebnisse
command-findvideo-results-description = Videos pro Bild und Seite (Standard: Einstellung dieses Servers)
command-findvideo-private-name = privat
command-findvideo-private-description = Antwort nur dir zeigen (Standard: Einstellung dieses Servers)
command-findvideo-as-posted-name = wie_gepostet
command-findvideo-as-posted-description = Bild unverändert suchen, ohne Ränder, Bildtext oder unscharfen Hintergrund abzuschneiden
command-findvideo-image2-name = bild2
command-findvideo-image2-description = Ein zweites Bild für die Suche
command-findvideo-image3-name = bild3
command-findvideo-image3-description = Ein drittes Bild für die Suche
command-findvideo-image4-name = bild4
command-findvideo-image4-description = Ein viertes Bild für die Suche
command-findvideo-settings-name = findvideo-settings
command-findvideo-settings-description = Die findvideo-Einstellungen dieses Servers (erfordert „Server verwalten“).
command-findvideo-settings-show-name = anzeigen
command-findvideo-settings-show-description = Alle findvideo-Einstellungen dieses Servers anzeigen
command-findvideo-settings-set-name = festlegen
command-findvideo-settings-set-description = findvideo-Einstellungen dieses Servers ändern
command-findvideo-settings-set-platform-name = plattform
command-findvideo-settings-set-platform-description = Wo /findvideo und das Menü standardmäßig suchen
command-findvideo-settings-set-min-match-name = mindestähnlichkeit
command-findvideo-settings-set-min-match-description = Trefferschwelle in Prozent: Darunter gilt ein Ergebnis nicht als Treffer
command-findvideo-settings-set-possible-match-name = mögliche_treffer
command-findvideo-settings-set-possible-match-description = Niedrigere Schwelle für „mögliche Treffer“ (hinter einem Button); 0 = aus
command-findvideo-settings-set-results-name = ergebnisse
command-findvideo-settings-set-results-description = Standardmäßig gezeigte Videos pro Bild
command-findvideo-settings-set-private-name = privat
command-findvideo-settings-set-private-description = /findvideo standardmäßig privat beantworten
command-findvideo-settings-set-modlog-channel-name = modlog_kanal
command-findvideo-settings-set-modlog-channel-description = Kanal für das Mod-Log (Suchen per Kontextmenü, geänderte Einstellungen)
command-findvideo-settings-set-log-every-search-name = jede_suche_loggen
command-findvideo-settings-set-log-every-search-description = Auch jede /findvideo-Suche loggen, nicht nur das Kontextmenü
command-findvideo-settings-set-private-namespace-name = videobibliothek
command-findvideo-settings-set-private-namespace-description = Name der Videobibliothek dieses Servers (Buchstaben, Ziffern, - oder _)
command-findvideo-settings-set-cooldown-name = cooldown
command-findvideo-settings-set-cooldown-description = Suchen pro Mitglied und Minute; 0 = kein Cooldown
command-findvideo-settings-set-daily-budget-name = tagesbudget
command-findvideo-settings-set-daily-budget-description = API-Aufrufe pro Tag für diesen Server (UTC); 0 = unbegrenzt
command-findvideo-settings-set-image-memory-name = bildgedächtnis
command-findvideo-settings-set-image-memory-description = Hier geprüfte Bilder merken („schon hier gesehen“); aus = vergessen
command-findvideo-settings-set-seen-distance-name = gesehen_abstand
command-findvideo-settings-set-seen-distance-description = Wie stark ein Repost abweichen darf (Bits von 64); 0 = nur identische
command-findvideo-settings-set-cut-borders-name = ränder_abschneiden
command-findvideo-settings-set-cut-borders-description = Bilder ohne die Ränder, Textbalken oder den unscharfen Hintergrund eines Reposts suchen
command-findvideo-settings-set-memory-days-name = gedächtnis_tage
command-findvideo-settings-set-memory-days-description = Wie viele Tage das Bildgedächtnis ein Bild behält (ältere werden vergessen)
command-findvideo-settings-reset-name = zurücksetzen
command-findvideo-settings-reset-description = Einstellungen auf die Standardwerte des Bots zurücksetzen
command-findvideo-settings-reset-setting-name = einstellung
command-findvideo-settings-reset-setting-description = Nur diese Einstellung (leer lassen, um alle zurückzusetzen)
command-choice-platform = Plattform
command-choice-match-threshold = Trefferschwelle
command-choice-possible-match-threshold = Schwelle für mögliche Treffer
command-choice-results-per-image = Ergebnisse pro Bild
command-choice-private-answers = Private Antworten
command-choice-mod-log-channel = Mod-Log-Kanal
command-choice-log-every-search = Jede Suche loggen
command-choice-cooldown = Cooldown
command-choice-daily-budget = Tagesbudget
command-choice-image-memory-seen-here-before = Bildgedächtnis (schon hier gesehen)
command-choice-seen-before-distance = Abstand für „schon gesehen“
command-choice-cut-borders-and-captions = Ränder und Bildtext abschneiden
command-choice-image-memory-kept = Aufbewahrung im Bildgedächtnis
command-findvideo-watch-name = findvideo-watch
command-findvideo-watch-description = Jedes in einem Kanal gepostete Bild prüfen, mit Warnungen im Mod-Log
command-findvideo-watch-add-name = hinzufügen
command-findvideo-watch-add-description = Einen Kanal überwachen: jedes dort gepostete Bild prüfen
command-findvideo-watch-add-channel-name = kanal
command-findvideo-watch-add-channel-description = Der Textkanal, der überwacht werden soll
command-findvideo-watch-add-platform-name = plattform
command-findvideo-watch-add-platform-description = Wo gesucht wird (Standard: Plattform dieses Servers)
command-findvideo-watch-add-min-match-name = mindestähnlichkeit
command-findvideo-watch-add-min-match-description = Ab dieser Ähnlichkeit in Prozent warnen (Standard: 90)
command-findvideo-watch-add-action-name = aktion
command-findvideo-watch-add-action-description = Zusätzlich zur Warnung im Mod-Log: auf die Nachricht reagieren oder mit der Quelle antworten
command-choice-mod-log-alert-only = Nur Warnung im Mod-Log
command-choice-mod-log-alert-and-a-reaction-on-the-message = Warnung im Mod-Log und Reaktion auf die Nachricht
command-choice-mod-log-alert-and-a-reply-naming-the-source = Warnung im Mod-Log und Antwort mit der Quelle
command-findvideo-watch-add-confirm-name = bestätigen
command-findvideo-watch-add-confirm-description = Antworten warten, bis ein Moderator die Warnung bestätigt (Standard: ja)
command-findvideo-watch-add-mirrored-name = gespiegelt
command-findvideo-watch-add-mirrored-description = Ein Bild ohne Treffer auch gespiegelt suchen (doppelte Kosten)
command-findvideo-watch-add-local-only-name = nur_lokal
command-findvideo-watch-add-local-only-description = Nur mit Bildern vergleichen, die schon hier gepostet wurden: kein API-Aufruf
command-findvideo-watch-remove-name = entfernen
command-findvideo-watch-remove-description = Einen Kanal nicht mehr überwachen
command-findvideo-watch-remove-channel-name = kanal
command-findvideo-watch-remove-channel-description = Der überwachte Kanal
command-findvideo-watch-list-name = liste
command-findvideo-watch-list-description = Die überwachten Kanäle, ihre Optionen und die Zahlen von heute
command-findvideo-history-name = findvideo-history
command-findvideo-history-description = Die letzten /findvideo-Suchen auf diesem Server
command-findvideo-history-user-name = mitglied
command-findvideo-history-user-description = Nur die Suchen dieses Mitglieds
command-findvideo-usage-name = findvideo-usage
command-findvideo-usage-description = Suchen, API-Aufrufe, Cache-Treffer und Restbudget, heute und diese Woche
command-findvideo-forget-name = findvideo-forget
command-findvideo-forget-description = Den Bot die Bilder einer Nachricht vergessen lassen
command-findvideo-forget-link-name = link
command-findvideo-forget-link-description = Der Link der Nachricht (Rechtsklick → Nachrichtenlink kopieren)
command-find-source-video-name = Quellvideo finden
command-forget-image-name = Bild vergessen
command-findvideo-settings-set-language-name = sprache
command-findvideo-settings-set-language-description = Die Sprache von Mod-Log, Watch-Warnungen und öffentlichen Antworten
command-choice-server-default = Standard des Servers
command-choice-language = Sprache

## answers
# Answers to a search: verdicts, matches, pages, evidence, follow-up buttons, seen-here-before.
# Owned by the answers work; ids start with answer-.
# Add new messages at the end of this section.

# Where a search looked. Brand names (TikTok, YouTube, Instagram) are never translated.
answer-library-private = Server-Bibliothek
answer-scope-all = Alle öffentlichen Plattformen
answer-scope-private = Videobibliothek dieses Servers
answer-libraries-none = nichts
# A list: "TikTok, YouTube" (a longer list repeats it: "TikTok, YouTube, Instagram").
answer-list-more = { $first }, { $rest }
# Facts side by side: "TikTok · @creator · 97%".
answer-dot-list = { $first } · { $rest }
# What was cut from a picture; listed in answer-searched-without and friends.
answer-cut-borders = Ränder
answer-cut-caption = Bildtext
answer-cut-blur = unscharfen Hintergrund
answer-cuts-two = { $first } und { $second }
answer-cuts-three = { $first }, { $second } und { $third }

# Numbers as the answer shows them.
answer-percent = { NUMBER($score, style: "percent") }
answer-seconds = { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s
answer-date = { DATETIME($date, dateStyle: "medium") }
answer-age-seconds = { $seconds } s
answer-age-minutes = { $minutes } Min.
answer-age-hours = { $hours } Std.
answer-age-hours-minutes = { $hours } Std. { $minutes } Min.

# The answer's title and lines.
answer-no-match = Kein Treffer
answer-no-match-title = Kein Treffer auf { $libraries }
answer-could-not-search = Dieses Bild konnte nicht gesucht werden
answer-summary-none = Kein Video mit { NUMBER($min_match, style: "percent") } oder mehr Ähnlichkeit auf { $libraries }.
answer-summary =
    { $count ->
        [one] { $count } passendes Video
       *[other] { $count } passende Videos
    } auf { $libraries } (bestes: { NUMBER($best, style: "percent") }).
answer-searched-as-posted = ✂️ Das Bild wurde genau so gesucht, wie es gepostet wurde.
answer-searched-without = ✂️ Das Bild wurde ohne { $cuts } gesucht.
answer-searched-mirrored = ✂️ Das Bild wurde gespiegelt gesucht (links und rechts vertauscht).
answer-searched-mirrored-without = ✂️ Das Bild wurde gespiegelt (links und rechts vertauscht) und ohne { $cuts } gesucht.
answer-searched-centre = ✂️ Nur die Bildmitte wurde gesucht.
answer-searched-centre-without = ✂️ Nur die Bildmitte wurde gesucht, ohne { $cuts }.
answer-no-match-tip = Tipp: Senke die Mindestähnlichkeit oder versuch eine andere Plattform (oder alle öffentlichen).
answer-no-match-tip-private = Tipp: Senke die Mindestähnlichkeit.
answer-hidden-matches = { $hidden } weitere ausgeblendet: Fordere mehr Ergebnisse an, um sie zu sehen.
answer-library-failed = { $library } konnte nicht durchsucht werden: { $reason }
answer-cached = aus dem Cache (vor { $age })
answer-cached-some = { $libraries } aus dem Cache (vor { $age })
answer-footer-searched = Gesucht: { $scope }
answer-footer-min-match = Mindestähnlichkeit { NUMBER($min_match, style: "percent") }
answer-video-ids = Video-IDs: { $ids }
answer-unnamed-image = Bild
answer-possible-matches-line =
    { $count ->
        [one] { $count } weiteres Video
       *[other] { $count } weitere Videos
    } mit { $low }–{ NUMBER($high, style: "percent") } Ähnlichkeit: Drück auf **{ answer-show-possible }**.
answer-page-range = Treffer { $first }–{ $last } von { $total }; mit ◀ ▶ blätterst du.

# One match.
answer-match-heading = { $rank }. { $library } · { NUMBER($score, style: "percent") } ähnlich
answer-likely-original-tag = wahrscheinlich das Original
answer-no-title = *(ohne Titel)*
answer-moments = bei { $moments }
answer-moments-more = bei { $moments } (+{ $hidden } weitere)
# $whose: "own" (the member's own clip) or "theirs" (another member's post).
answer-clip-searched =
    { $count ->
        [one] { $count } Standbild
       *[other] { $count } Standbilder
    } { $whose ->
        [theirs] des Clips
       *[own] deines Clips
    } gesucht, bei { $moments }.
answer-frame-links =
    { $whose ->
        [theirs] Clip
       *[own] Dein Clip
    } { $pairs }
answer-frame-links-in-order =
    { $whose ->
        [theirs] Clip
       *[own] Dein Clip
    } { $pairs } ({ $count } Standbilder in derselben Reihenfolge)
# A still of the clip and the moment of the video it matched: "1.5 s → 1:10".
answer-frame-pair = { $clip } → { $source }
answer-by-creator = von { $creator }
# $date is a Discord timestamp: each reader's client shows it in their own calendar.
answer-posted-on = gepostet am { $date }
answer-earliest-upload = 🕒 **frühester Upload**

# The verdict: the likely original the answer leads with.
answer-verdict-title = Wahrscheinlich das Original: { $facts }
answer-verdict-title-unsure = Bester Treffer { NUMBER($score, style: "percent") } auf { $library }: unsicher, vergleiche das Bild
answer-open-video = **[Video öffnen]({ $link })**
answer-verdict-unsure = Nicht ähnlich genug, um sicher zu sein: Vergleiche das Bild, bevor du handelst.
answer-verdict-earliest = Von den starken Treffern zuerst gepostet (Treffer { $rank } von { $total }).
answer-verdict-closest = Der ähnlichste Treffer (Treffer { $rank } von { $total }).
answer-verdict-only = Der einzige Treffer.

# Possible matches (behind a button).
answer-show-possible = Mögliche Treffer zeigen
answer-possible-title = Mögliche Treffer für { $name }
answer-possible-description = Weniger ähnlich als ein Treffer ({ NUMBER($min_match, style: "percent") }), aber mindestens { NUMBER($possible_match, style: "percent") }: Prüf sie selbst.

# Follow-up buttons (Discord cuts a label at 80 characters).
answer-button-all-platforms = Alle Plattformen
answer-button-lower = Schwelle auf { NUMBER($min_match, style: "percent") } senken
answer-button-mirrored = Gespiegelt suchen
answer-button-centre = Bildmitte suchen
answer-button-as-posted = Wie gepostet suchen
answer-button-post-publicly = Öffentlich posten
answer-button-posted-publicly = Öffentlich gepostet
answer-button-jump = Zur Nachricht
answer-button-delete = Nachricht löschen
answer-button-deleted = Nachricht gelöscht
answer-shared-by = 🔎 Geteilt von { $member } ({ command-find-source-video-name })
answer-shared-by-on = 🔎 Geteilt von { $member } · { command-find-source-video-name } für { $link }

# Seen here before: earlier posts of the picture in this server.
answer-seen-heading = Hier schon gesehen
answer-seen-identical = identisch
answer-seen-similar = { NUMBER($score, style: "percent") } ähnlich
answer-seen-mirrored = { $closeness }, gespiegelt
# $when is a Discord relative time ("3 days ago"), shown in each reader's language.
answer-seen-line = [Gepostet]({ $link }) von { $author } in { $channel }, { $when } · { $closeness }
# The mod-log record's line.
answer-seen-record = Hier schon gesehen: { $line }
answer-seen-record-more = Hier schon gesehen: { $line } (+{ $more } weitere)

# /findvideo-forget and "Forget image": what forgetting a message answers.
answer-forgotten-none = Ich hatte mir kein Bild dieser Nachricht gemerkt; nichts wurde entfernt.
answer-forgotten =
    { $count ->
        [one] Vergessen: Ich merke mir das Bild dieser Nachricht nicht mehr.
       *[other] Vergessen: Ich merke mir die { $count } Bilder dieser Nachricht nicht mehr.
    }

# Under the side-by-side picture (drawn into the image): the searched image, and the match.
answer-picture-yours = Dein Bild
answer-picture-posted = Gepostetes Bild
answer-picture-clip-at =
    { $whose ->
        [posted] Geposteter Clip
       *[own] Dein Clip
    } bei { $at }
answer-picture-source = Quelle
answer-picture-match = Treffer { $rank }
answer-picture-at = { $name } bei { $at }

# A watched channel's alert and public reply, for a picture posted in this server before (the server's language).
answer-seen-reposted-title = Repost: wurde hier schon einmal gepostet
answer-seen-repost-line = Repost: zuerst [hier]({ $link }) gepostet von { $author }, { $when } ({ $closeness })
answer-seen-reply = Dieses Bild wurde hier schon einmal gepostet, { $when }: { $link }

## errors
# Refusals and errors shown to the member (privately): image checks, clips, fair use,
# the API, links, buttons, the error path, queue and outage notices. Ids start with error-.
# Add new messages at the end of this section.

error-unexpected = Bei mir ist etwas schiefgelaufen. Das wurde protokolliert; versuch es bitte später noch einmal.
error-slow-down = Nicht so schnell: Versuch es in { $seconds } s noch einmal.
error-not-here = Diesen Befehl kannst du hier nicht verwenden.

error-subject-file = Diese Datei
error-subject-link = Dieser Link
error-subject-clip = Dieser Clip
error-subject-redirect = Der Link { $target }, auf den { $link } weiterleitet,

error-size-bytes = { $count ->
    [one] { $count } Byte
   *[other] { $count } Byte
}
error-size-kb = { NUMBER($amount, maximumFractionDigits: 1) } KB
error-size-mb = { NUMBER($amount, maximumFractionDigits: 1) } MB

error-supported-formats = Ich kann Bilder im Format JPEG, PNG, GIF, BMP und WebP durchsuchen.
error-file-empty = { $subject } ist leer. Hänge die Datei bitte noch einmal an.
error-file-too-large = { $subject } ist { $size } groß; erlaubt sind höchstens { $limit }.
error-image-bomb = { $subject } gibt { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } Pixel bei nur { $size } an – mehr, als die Datei überhaupt enthalten kann. Ich öffne sie deshalb nicht.
error-image-side-too-long = { $subject } ist { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } Pixel groß; die längste Seite darf höchstens { NUMBER($limit, useGrouping: 0) } Pixel haben. Verkleinere das Bild bitte.
error-image-too-many-pixels = { $subject } ist { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } Pixel groß ({ NUMBER($megapixels, maximumFractionDigits: 1) } Megapixel); ich nehme höchstens { NUMBER($limit, maximumFractionDigits: 1) } Megapixel an. Verkleinere das Bild bitte.
error-image-unreadable = { $subject } ist kein Bild, das ich lesen kann. { error-supported-formats }
error-image-damaged = { $subject } scheint beschädigt oder unvollständig zu sein. Speichere die Datei bitte noch einmal.
error-image-pillow-bomb = { $subject } gibt mehr Pixel an, als die Datei überhaupt enthalten kann. Ich öffne sie deshalb nicht.
error-image-empty-animation = { $subject } gibt sich als animiertes PNG aus, enthält aber kein einziges Bild (keinen fcTL-Chunk). Ich öffne die Datei deshalb nicht.
error-image-text-bomb = { $subject } enthält einen komprimierten Text-Chunk, der sich auf über { $size } entpackt (eine Dekompressionsbombe). Ich öffne die Datei deshalb nicht.
error-image-too-costly-jpeg = { $subject } ist ein progressives JPEG mit { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } Pixeln – zu groß, um es in diesem Format sicher zu prüfen. Speichere es als PNG oder normales JPEG (oder verkleinere es) und versuch es noch einmal.
error-image-too-costly = { $subject } ist ein { $format }-Bild mit { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } Pixeln – zu groß, um es in diesem Format sicher zu prüfen. Speichere es als PNG oder normales JPEG (oder verkleinere es) und versuch es noch einmal.

error-kind-svg = { $subject } ist eine SVG-Grafik. Speichere oder exportiere sie als PNG oder JPEG (ein Screenshot geht auch) und versuch es noch einmal.
error-kind-heic = { $subject } ist ein HEIC-Foto. Speichere oder exportiere es als PNG oder JPEG (ein Screenshot geht auch) und versuch es noch einmal.
error-kind-avif = { $subject } ist ein AVIF-Bild. Speichere oder exportiere es als PNG oder JPEG (ein Screenshot geht auch) und versuch es noch einmal.
error-kind-tiff = { $subject } ist ein TIFF-Bild. Speichere oder exportiere es als PNG oder JPEG (ein Screenshot geht auch) und versuch es noch einmal.
error-kind-icon = { $subject } ist eine Icon-Datei. Speichere oder exportiere sie als PNG oder JPEG (ein Screenshot geht auch) und versuch es noch einmal.
error-kind-jpeg-xl = { $subject } ist ein JPEG-XL-Bild. Speichere oder exportiere es als PNG oder JPEG (ein Screenshot geht auch) und versuch es noch einmal.
error-kind-photoshop = { $subject } ist eine Photoshop-Datei. Speichere oder exportiere sie als PNG oder JPEG (ein Screenshot geht auch) und versuch es noch einmal.
error-kind-raw = { $subject } ist ein RAW-Foto aus einer Kamera. Speichere oder exportiere es als PNG oder JPEG (ein Screenshot geht auch) und versuch es noch einmal.
error-kind-eps = { $subject } ist ein EPS-Bild, und dieses Format kann ich nicht durchsuchen. Speichere oder exportiere es als PNG oder JPEG (ein Screenshot geht auch) und versuch es noch einmal.
error-kind-xpm = { $subject } ist ein XPM-Bild, und dieses Format kann ich nicht durchsuchen. Speichere oder exportiere es als PNG oder JPEG (ein Screenshot geht auch) und versuch es noch einmal.
error-kind-netpbm = { $subject } ist ein PPM/PGM/PBM-Bild, und dieses Format kann ich nicht durchsuchen. Speichere oder exportiere es als PNG oder JPEG (ein Screenshot geht auch) und versuch es noch einmal.
error-kind-fits = { $subject } ist ein FITS-Bild, und dieses Format kann ich nicht durchsuchen. Speichere oder exportiere es als PNG oder JPEG (ein Screenshot geht auch) und versuch es noch einmal.
error-kind-pdf = { $subject } ist ein PDF-Dokument. Schick stattdessen einen Screenshot der Seite.
error-kind-document = { $subject } ist ein Dokument, kein Bild. Schick stattdessen einen Screenshot der Seite.
error-kind-video = { $subject } ist ein Video. Videos werden hier noch nicht unterstützt; schick einen Screenshot des Moments, den du suchst.
error-kind-audio = { $subject } ist eine Audiodatei, kein Bild. { error-supported-formats }
error-kind-text = { $subject } ist eine Textdatei, kein Bild. { error-supported-formats }
error-kind-web-page = { $subject } ist eine Webseite, kein Bild. Nimm den Link des Bildes selbst (Rechtsklick aufs Bild, dann Bildadresse kopieren).
error-kind-archive = { $subject } ist ein Archiv, kein Bild. Entpacke es und schick das Bild selbst.

error-clip-too-large = { $subject } ist { $size } groß; Clips dürfen höchstens { $limit } groß sein.
error-clip-sound-only = { $subject } enthält Ton, aber kein Bild – da gibt es nichts, wonach ich suchen kann. Schick einen Videoclip, ein Bild oder einen Screenshot des Moments.
error-clip-codec = Das Video in diesem Clip ist als { $codec } kodiert, und das kann ich nicht dekodieren. Schick es als MP4 (H.264) oder WebM oder einen Screenshot des Moments, den du suchst.
error-clip-codec-unknown = Das Video in diesem Clip ist in einem Format kodiert, das ich nicht kenne und nicht dekodieren kann. Schick es als MP4 (H.264) oder WebM oder einen Screenshot des Moments, den du suchst.
error-clip-unreadable = Ich konnte diesen Clip nicht lesen: Er scheint beschädigt zu sein oder nutzt eine Kodierung, die ich nicht dekodieren kann. Versuch es mit einer anderen Kopie oder schick einen Screenshot des Moments, den du suchst.
error-clip-too-costly = Diesen Clip zu dekodieren kostet mehr Aufwand, als ich für eine Suche aufwende, deshalb habe ich abgebrochen. Schick eine kürzere oder kleinere Kopie oder einen Screenshot des Moments, den du suchst.
error-clip-too-long = Dieser Clip ist { NUMBER($seconds, useGrouping: 0) } s lang; ich durchsuche Clips bis { NUMBER($limit, useGrouping: 0) } s. Kürze ihn oder schick einen Screenshot des Moments.
error-clip-longer-than = Dieser Clip ist länger als { NUMBER($limit, useGrouping: 0) } s, die Höchstlänge für eine Suche. Kürze ihn oder schick einen Screenshot des Moments.
error-clip-frames-too-large = Die Bilder dieses Clips haben { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } Pixel – mehr, als ich dekodiere (höchstens { NUMBER($megapixels, minimumFractionDigits: 1, maximumFractionDigits: 1) } Megapixel, 3840×2160). Schick eine kleinere Kopie oder einen Screenshot.
error-clip-frame-rate = Dieser Clip läuft mit { NUMBER($rate, useGrouping: 0) } Bildern pro Sekunde; ich nehme Clips mit bis zu { NUMBER($limit, useGrouping: 0) } Bildern pro Sekunde. Schick eine normale Kopie oder einen Screenshot des Moments.
error-gif-too-many-frames = Dieses GIF hat mehr als { NUMBER($limit, useGrouping: 0) } Einzelbilder; ich nehme GIFs mit bis zu { NUMBER($limit, useGrouping: 0) } Einzelbildern. Schick eine kürzere Kopie oder einen Screenshot des Moments.
error-gif-too-costly = Für dieses GIF müsste ich { NUMBER($frames, useGrouping: 0) } Einzelbilder mit { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } Pixeln dekodieren; ich dekodiere höchstens { NUMBER($budget, useGrouping: 0) } Megapixel pro Clip. Schick eine kürzere oder kleinere Kopie oder einen Screenshot des Moments.

error-download-larger-than = { $subject } ist größer als die erlaubten { $limit }.
error-download-status = { $subject } ließ sich nicht herunterladen: Der Link antwortete mit { $status }.
error-download-timeout = { $subject } hat zu lange zum Herunterladen gebraucht. Versuch es noch einmal oder hänge das Bild direkt an.
error-download-cut-off = { $subject } hat die Übertragung vor dem Ende abgebrochen. Versuch es bitte noch einmal.
error-download-unreachable = { $subject } war nicht erreichbar. Prüfe den Link und versuch es noch einmal.
error-download-unknown-site = { $subject } nennt eine Website, die ich nicht finden konnte. Prüfe den Link auf Tippfehler.
error-download-private-address = { $subject } zeigt auf eine private oder lokale Netzwerkadresse; ich lade nur von öffentlichen Websites.
error-link-too-long-max = { $subject } ist zu lang für einen Link; ich nehme höchstens { NUMBER($limit, useGrouping: 0) } Zeichen an.
error-link-too-long = { $subject } ist zu lang für einen Link.
error-link-invalid = { $subject } ist kein gültiger Weblink.
error-link-not-web = { $subject } ist kein http- oder https-Link, und nur solche rufe ich ab.
error-link-no-site = { $subject } ist kein vollständiger Link: Es fehlt die Website.
error-link-credentials = { $subject } enthält einen Benutzernamen oder ein Passwort. Teile bitte einen Link ohne diese Angaben.
error-link-redirect-loop = { $subject } hat mehr als { $limit }-mal weitergeleitet, deshalb habe ich aufgegeben.
error-link-redirect-nowhere = { $subject } antwortete mit einer Weiterleitung ins Leere.
error-link-redirect-invalid = { $subject } leitet auf einen ungültigen Link weiter.

error-cooldown = Nicht so schnell: Hier hat jedes Mitglied { $limit } { $limit ->
    [one] Suche
   *[other] Suchen
} pro Minute. Du kannst { $when } wieder suchen.
error-budget-spent = Dieser Server hat sein Suchbudget für heute aufgebraucht ({ $budget } { $budget ->
    [one] API-Aufruf
   *[other] API-Aufrufe
}). Das Budget beginnt { $when } von vorn.
error-budget-short = Diese Suche braucht { $calls } API-Aufrufe, aber vom Tagesbudget dieses Servers sind nur noch { $left } übrig (durchsuche eine Plattform nach der anderen, um sie zu nutzen). Das Budget beginnt { $when } von vorn.

error-api-failed = Die Videosuche ist fehlgeschlagen. Versuch es bitte später noch einmal.
error-api-misconfigured = Dieser Bot ist falsch eingerichtet: Sein Suchdienst lehnt ihn ab. Das kann nur der Betreiber des Bots beheben (nicht die Server-Admins). Versuch es bitte später noch einmal.
error-api-out-of-credits = Dieser Bot hat sein Suchguthaben aufgebraucht. Nur der Betreiber des Bots kann es aufladen (nicht die Server-Admins). Versuch es bitte später noch einmal.
error-api-busy = Der Suchdienst ist gerade ausgelastet. Versuch es bitte in einer Minute noch einmal.
error-api-bad-image = Der Suchdienst konnte mit diesem Bild nichts anfangen. Versuch es bitte mit einem anderen (JPG, PNG, GIF, BMP oder WebP, höchstens 20 MB).
error-api-library-unsupported = Diese Videobibliothek wird nicht unterstützt.
error-api-similarity = Die Ähnlichkeit muss eine Zahl zwischen 0 und 1 sein.
error-api-library-name = Der Name der Videobibliothek dieses Servers ist ungültig. Sag bitte den Server-Admins Bescheid.
error-api-not-answering = Der Videosuchdienst antwortet gerade nicht. Versuch es bitte in einer Minute noch einmal.
error-api-not-answering-seconds = Der Videosuchdienst antwortet gerade nicht. Versuch es bitte in etwa { $seconds } s noch einmal.
error-api-not-answering-minutes = Der Videosuchdienst antwortet gerade nicht. Versuch es bitte in etwa { $minutes } min noch einmal.
error-search-timed-out = Die Suche hat zu lange gedauert und wurde abgebrochen. Versuch es bitte in ein paar Minuten noch einmal.
error-outage-title = Suchen schlagen fehl
error-outage-footer = Wird einmal pro Störung gemeldet; die Suche läuft von selbst wieder, sobald die Störung vorbei ist.
error-outage-misconfigured = Suchen schlagen fehl: Der Suchdienst lehnt diesen Bot ab (API-Schlüssel oder Konto). Das kann nur der Betreiber des Bots beheben; an den Einstellungen dieses Servers liegt es nicht.
error-outage-out-of-credits = Suchen schlagen fehl: Das Suchkonto des Bots hat kein Guthaben mehr. Nur der Betreiber des Bots kann es aufladen; an den Einstellungen dieses Servers liegt es nicht.
error-outage-down = Suchen schlagen fehl: Der Videosuchdienst antwortet nicht. Auf diesem Server ist nichts zu tun; der Betreiber des Bots wird in den Logs gewarnt, und die Suche funktioniert von selbst wieder, sobald der Dienst antwortet.

error-queued = ⏳ Gerade laufen viele Suchen: Deine steht in der Warteschlange und sollte in etwa { $seconds } s fertig sein.
error-backing-off = ⏳ Der Suchdienst bremst gerade, wie schnell wir suchen dürfen: Deine Suche wartet und wird in etwa { $seconds } s erneut versucht.

error-none-searchable = Keines der Bilder konnte durchsucht werden:{ $reasons }
error-reason = { $earlier }
    • { $reason }
error-restarting = Der Bot startet gerade neu. Versuch es bitte gleich noch einmal.
error-no-image-given = Hänge ein Bild an (oder gib in `url` einen Bildlink an), dann suche ich das Video, aus dem es stammt.
error-no-image-in-message = Diese Nachricht enthält kein Bild, GIF oder Video, das ich durchsuchen kann (weder Anhänge noch eingebettete Bilder).
error-private-library-in-dms = Die Videobibliothek eines Servers lässt sich nur auf dem Server durchsuchen, nicht in Direktnachrichten. Wähle eine öffentliche Plattform (TikTok, YouTube, Instagram oder Alle öffentlichen Plattformen).
error-button-not-valid = Dieser Button gilt hier nicht, daher ist nichts passiert.
error-button-elsewhere = Dieser Button gehört zu einer Nachricht auf einem anderen Server, daher ist nichts passiert.
error-button-not-yours = Nur wer diese Suche gestartet hat, kann ihre Buttons verwenden. Starte `/findvideo` einfach selbst.
error-pages-not-yours = Nur wer diesen Befehl ausgeführt hat, kann hier weiterblättern.
error-search-gone = Diese Suche ist zu alt, um sie von hier aus erneut zu starten. Starte bitte `/findvideo` noch einmal.
error-button-needs-manage-messages = Du brauchst die Berechtigung **Nachrichten verwalten** in { $channel }, um dort eine Nachricht zu löschen.
error-cannot-delete = Ich konnte sie nicht löschen: Ich brauche dafür die Berechtigung **Nachrichten verwalten** in { $channel }. Gib meiner Rolle diese Berechtigung dort oder lösche die Nachricht selbst.
error-already-shared = Diese Antwort wurde bereits öffentlich gepostet: { $link }
error-already-shared-just-now = Diese Antwort wurde gerade eben öffentlich gepostet.
error-alert-gone = Diese Meldung kennt der Bot nicht mehr; es wurde nichts geändert.
error-alert-image-gone = Das Bild dieser Meldung ist nicht mehr angehängt, daher kann es nicht erneut durchsucht werden.
error-memory-off = Das Bildgedächtnis dieses Servers ist aus, es gibt also nichts zu vergessen. Moderatoren können es mit `/findvideo-settings festlegen bildgedächtnis:True` einschalten.
error-not-a-message-link = Das ist kein Link zu einer Nachricht auf diesem Server. Rechtsklicke die Nachricht → **Nachrichtenlink kopieren** und gib mir diesen Link.
error-local-watch-needs-memory = Eine rein lokale Überwachung vergleicht neue Bilder mit denen, die hier schon gepostet wurden, aber das Bildgedächtnis dieses Servers ist aus. Schalte es zuerst mit `/findvideo-settings festlegen bildgedächtnis:True` ein.
error-forget-needs-manage-messages = Das können nur Mitglieder mit der Berechtigung **Nachrichten verwalten**.
error-database-down = Die Datenbank des Bots antwortet gerade nicht, daher { $action ->
    [settings] können die Einstellungen nicht geändert werden
    [history] kann der Suchverlauf nicht gelesen werden
    [usage] können die Nutzungszahlen nicht gelesen werden
    [button] kann dieser Button nicht verwendet werden
    [share] kann diese Antwort nicht geteilt werden
    [forget] können keine Bilder vergessen werden
   *[other] geht das gerade nicht
}. Versuch es bitte in einer Minute noch einmal.

## usage-history
# /findvideo-usage and /findvideo-history: texts and chart labels.
# Ids start with usage- or history-.
# Add new messages at the end of this section.

usage-title = Nutzung der Suche
usage-today = Heute (UTC)
usage-last-7-days = Letzte 7 Tage
usage-daily-budget = Tagesbudget
usage-figures =
    Suchen: **{ $searches }**
    API-Aufrufe: **{ $calls }** (Suchen { $search_calls }, Videodetails { $details }, Keyframe-Downloads { $keyframes })
    Aus dem Cache beantwortet: **{ $cache_rate }**
usage-cache-rate = { NUMBER($rate, style: "percent") }
usage-cache-rate-none = –
usage-no-budget = Kein Tagesbudget: API-Aufrufe sind nicht begrenzt.
usage-budget-left = Heute noch **{ $left }** von { $budget } API-Aufrufen übrig (ab Mitternacht UTC wieder voll).
usage-watched-today = Überwachte Kanäle heute
usage-needs-manage-server = Die Nutzungszahlen sehen nur Mitglieder mit der Berechtigung „Server verwalten“.
usage-chart-searches = Suchen
usage-chart-api-calls = API-Aufrufe der Suchen
usage-chart-cache-hits = Cache-Treffer
usage-chart-budget = Tagesbudget ({ $budget })
history-needs-manage-messages = Den Suchverlauf sehen nur Mitglieder mit der Berechtigung „Nachrichten verwalten“.
history-nothing-yet = Auf diesem Server wurden noch keine Suchen aufgezeichnet.
history-nothing-by-member = Für { $member } sind auf diesem Server keine Suchen aufgezeichnet.
history-title = Letzte Suchen
history-title-member = Suchen von { $name }
history-title-unnamed = Suchen dieses Mitglieds
history-in-channel = in { $channel }
history-on-message = zu [dieser Nachricht]({ $link }) in { $channel }
history-images = { $count } Bilder
history-cached = aus dem Cache
history-api-calls =
    { $count ->
        [one] { $count } API-Aufruf
       *[other] { $count } API-Aufrufe
    }
history-no-match = kein Treffer
history-kind-slash = /findvideo
history-kind-menu = Quellvideo finden
history-kind-alert-button = Überwachungsalarm: Alle Plattformen durchsuchen
history-kind-follow-up = Folgeknopf
history-searches-all =
    { $total ->
        [one] { $total } Suche
       *[other] { $total } Suchen
    }
history-searches-some = { $shown } von { $total } Suchen
history-footer =
    Seite { $page }/{ $pages } · neueste zuerst · { $searches } · { $days ->
        [one] { $days } Tag aufbewahrt
       *[other] { $days } Tage aufbewahrt
    }
history-chart-searches = Suchen
history-chart-matches = Gefundene Treffer
history-chart-alerts = Repost-Alarme
history-seen-before =
    { $count ->
        [one] hier schon einmal gesehen
       *[other] hier schon { $count }-mal gesehen
    }
usage-chart-alt =
    { $days ->
        [one] Diagramm von heute
       *[other] Diagramm der letzten { $days } Tage
    }: Suchen, ihre API-Aufrufe und Cache-Treffer pro Tag
history-chart-alt =
    { $days ->
        [one] Diagramm von heute
       *[other] Diagramm der letzten { $days } Tage
    }: Suchen, gefundene Treffer und Repost-Alarme pro Tag

## settings
# /findvideo-settings: the settings, their descriptions and the replies.
# Ids start with settings-.
# Add new messages at the end of this section.

settings-label-platform = Plattform
settings-label-min-match = Trefferschwelle
settings-label-possible-match = Schwelle für mögliche Treffer
settings-label-results = Ergebnisse pro Bild
settings-label-private = Private Antworten
settings-label-modlog-channel-id = Mod-Log-Kanal
settings-label-log-every-search = Jede Suche loggen
settings-label-private-namespace = Videobibliothek dieses Servers
settings-label-cooldown = Cooldown
settings-label-daily-budget = Tagesbudget
settings-label-image-memory = Bildgedächtnis (schon hier gesehen)
settings-label-seen-distance = Abstand für „schon gesehen“
settings-label-cut-borders = Ränder und Bildtext abschneiden
settings-label-memory-days = Aufbewahrung im Bildgedächtnis
settings-label-language = Sprache
settings-value-off = aus
settings-value-none = keiner
settings-value-yes = ja
settings-value-no = nein
settings-value-percent = { $value } %
settings-value-days = { $value ->
    [one] { $value } Tag
   *[other] { $value } Tage
}
settings-value-cooldown = { $value ->
    [0] aus
    [one] { $value } Suche pro Mitglied und Minute
   *[other] { $value } Suchen pro Mitglied und Minute
}
settings-value-budget = { $value ->
    [0] unbegrenzt
    [one] { $value } API-Aufruf pro Tag
   *[other] { $value } API-Aufrufe pro Tag
}
settings-value-seen-distance = { $value ->
    [0] nur identische
   *[other] bis zu { $value } von 64 Bits Abweichung
}
settings-value-server-language = die Sprache des Servers
settings-value-server-language-is = die Sprache des Servers ({ $language })
settings-origin-default = Standard
settings-origin-set-here = hier festgelegt
settings-show-line = **{ $label }** (`{ $option }`): { $value } · *{ $origin }*
settings-show-title = findvideo-Einstellungen für { $server }
settings-show-footer = Ändern: /findvideo-settings festlegen · Zurück zu den Standards: /findvideo-settings zurücksetzen
settings-change-line = **{ $label }**: { $before } → { $after }
settings-saved-title = Einstellungen gespeichert
settings-reset-title = Einstellungen auf die Standards zurückgesetzt
settings-changed-title = findvideo-Einstellungen geändert
settings-changed-by = Geändert von
settings-modlog-problem = ⚠️ Mod-Log
settings-not-logged = Gespeichert, aber die Änderung konnte nicht geloggt werden: { $problem }
settings-needs-manage-server = Du brauchst die Berechtigung **Server verwalten**, um die Einstellungen von findvideo zu ändern.
settings-only-in-server = Servereinstellungen lassen sich nur auf einem Server ändern.
settings-nothing-given = Gib mindestens eine Einstellung an, z. B. `/findvideo-settings festlegen mindestähnlichkeit:80`.
settings-nothing-to-reset = Nichts zurückzusetzen: Diese Einstellungen haben schon ihre Standardwerte.
settings-nothing-changed = Nichts geändert: Diese Einstellungen haben schon diese Werte.
settings-operators-library = `videobibliothek` darf nicht die eigene Bibliothek des Bot-Betreibers sein; wähle einen anderen Namen.
settings-problems = { $first }
    { $rest }
settings-unknown-language = Die Sprache „{ $language }“ gibt es nicht; wähle eine der angebotenen Sprachen.
settings-library-taken = Ein anderer Server nutzt diese `videobibliothek` schon: Eine Videobibliothek gehört zu genau einem Server. Wähle einen anderen Namen.
settings-library-name = `videobibliothek` muss aus 1 bis 64 Buchstaben, Ziffern, `-` oder `_` bestehen.
settings-library-number = `videobibliothek` darf keine Zahl sein (das wäre die ID eines anderen Servers); nimm einen Buchstaben dazu.
settings-possible-match-range = `mögliche_treffer` muss 0 (aus) oder { $lowest } bis 100 sein.
settings-possible-above-match = Die Schwelle für mögliche Treffer ({ $possible } %) darf nicht über der Trefferschwelle ({ $match } %) liegen. Senke `mögliche_treffer`, erhöhe `mindestähnlichkeit` oder setze `mögliche_treffer` auf 0, um sie auszuschalten.

## modlog-watch
# What the bot posts for the server, in the server's language: mod-log records,
# watch alerts and public replies in watched channels. Ids start with modlog- or watch-.
# Add new messages at the end of this section.

modlog-channel-gone = Den Mod-Log-Kanal gibt es nicht mehr, oder ich kann ihn nicht sehen: Wähle mit `/findvideo-settings festlegen modlog_kanal` einen anderen.
modlog-cannot-post = Ich kann in <#{ $channel }> nicht posten. Dort fehlt mir: { $missing }. Gib mir in diesem Kanal { $needed } oder wähle einen anderen.
modlog-refused = Ich kann in <#{ $channel }> nicht posten: Mir fehlen dort Berechtigungen. Gib mir in diesem Kanal { $needed } oder wähle einen anderen.
modlog-not-accepted = Discord hat den Mod-Log-Eintrag in <#{ $channel }> nicht angenommen ({ $status }).
modlog-permission-view-channel = **Kanal ansehen**
modlog-permission-send-messages = **Nachrichten senden**
modlog-permission-embed-links = **Links einbetten**
modlog-permission-attach-files = **Dateien anhängen**
modlog-record-slash = /findvideo-Suche
modlog-searched-by = **Gesucht von** { $user } (`{ $user_id }`)
modlog-when = **Wann** <t:{ $at }:f> (<t:{ $at }:R>)
modlog-message-checked = **Geprüfte Nachricht** { $link } von { $author } (`{ $author_id }`)
modlog-channel = **Kanal** <#{ $channel }> (`/findvideo`)
modlog-not-searched = Nicht gesucht: { $reason }
modlog-image-too-large = Bild { $index } ({ $size }) ist zu groß, um es erneut hochzuladen.
modlog-image-reduced = Bild { $index } ({ $size }) wird als kleineres JPEG erneut hochgeladen (Upload-Limit von Discord); SHA-256 des Originals: `{ $sha256 }`
modlog-record-failed = Beim Schreiben des Eintrags ist etwas schiefgelaufen; das wurde protokolliert.
modlog-not-recorded = Diese Suche konnte nicht im Mod-Log festgehalten werden: { $problem }
modlog-permission-add-reactions = **Reaktionen hinzufügen**
watch-disabled = Überwachte Kanäle sind bei diesem Bot ausgeschaltet. Der Betreiber kann sie mit `WATCH_ENABLED=true` einschalten, nachdem er im Discord-Entwicklerportal den **Message Content**-Intent aktiviert hat (die Anwendung → Bot → Privileged Gateway Intents).
watch-intent-missing = Überwachte Kanäle brauchen den **Message Content**-Intent, und Discord hat ihn nicht erteilt. Der Besitzer des Bots muss ihn im Discord-Entwicklerportal einschalten (die Anwendung → Bot → Privileged Gateway Intents → Message Content Intent) und den Bot dann neu starten.
watch-needs-manage-server = Nur Mitglieder mit der Berechtigung **Server verwalten** können überwachte Kanäle ändern.
watch-needs-manage-messages = Nur Mitglieder mit der Berechtigung **Nachrichten verwalten** können diese Buttons nutzen.
watch-no-modlog = Es ist kein Mod-Log-Kanal festgelegt, Warnungen landen also noch nirgends: Lege in den findvideo-Einstellungen dieses Servers einen fest.
watch-server-library = Serverbibliothek
watch-moments = { $more ->
    [0] bei { $spans }
   *[other] bei { $spans } (+{ $more } weitere)
}
watch-no-title = (kein Titel)
watch-match = **{ $score } %** auf { $platform }: { $title } · { $moments }
watch-a-video = ein Video
watch-reply = Dieses Bild scheint aus einem { $platform }-Video zu stammen ({ $score } % ähnlich): { $title } { $link }
watch-options-local = nur frühere Posts hier, keine API-Aufrufe · { $action }
watch-options = { $scope } · ab { $min_match } % · { $action }{ $held ->
    [yes] {" "}(sobald ein Moderator bestätigt)
   *[no] {""}
}{ $mirrored ->
    [yes] {" "}· auch gespiegelt
   *[no] {""}
}
watch-caption = Bildtext: „{ $caption }“
watch-repeats = ⚠️ Posts dieses Mitglieds haben diese Woche **{ $count }-mal** eine Warnung ausgelöst.
watch-reply-held = Die öffentliche Antwort an den Poster wartet auf **Bestätigen und antworten**.
watch-verdict-not-a-repost = ✅ **Kein Repost**
watch-verdict-deleted = 🗑️ **Nachricht gelöscht**
watch-verdict-confirmed = ⛔ **Repost bestätigt**
watch-verdict-gone = 🗑️ **Die Nachricht wurde gelöscht**
watch-closed = { $verdict } am <t:{ $when }:f>.
watch-closed-by = { $verdict }, von { $moderator } am <t:{ $when }:f>.
watch-closed-not-a-repost = { $closed } Dieses Bild löst für dieses Video keine Warnung mehr aus, und Kopien davon, die hier schon gepostet wurden, auch nicht.
watch-counts = { $checked } geprüft, { $alerts ->
    [one] { $alerts } Warnung
   *[other] { $alerts } Warnungen
}, { $skipped } übersprungen
watch-counts-why = { $counts } ({ $reasons })
watch-skipped-automated = { $count } von Bots oder Webhooks
watch-skipped-too-small = { $count ->
    [one] { $count } Bild zu klein
   *[other] { $count } Bilder zu klein
}
watch-skipped-already-seen = { $count } schon gesehen
watch-skipped-deleted = { $count } gelöscht
watch-skipped-budget = { $count } nach verbrauchtem Watch-Budget
watch-skipped-queue-full = { $count } wegen voller Warteschlange
watch-skipped-unsearchable = { $count } nicht durchsuchbar
watch-skipped-too-slow = { $count } zu langsam geladen
watch-added = <#{ $channel }> wird überwacht: { $options }.
watch-missing = Mir fehlt in <#{ $channel }>: { $missing }. Gib meiner Rolle dort diese Berechtigungen.
watch-removed = <#{ $channel }> wird nicht mehr überwacht.
watch-not-watched = <#{ $channel }> wurde nicht überwacht: Nichts wurde geändert.
watch-budget-none = Watch-Suchen heute: { $spent } (für diesen Server ist kein Tagesbudget festgelegt).
watch-budget = Watch-Suchen heute: { $spent } von { $allowance } ({ $share } % des Tagesbudgets des Servers).
watch-open-video-posted = **[Video öffnen]({ $link })** · gepostet { $posted }
watch-jump = [Zur Nachricht]({ $link }) in <#{ $channel }>, gepostet von { $author }
watch-possible-repost = Möglicher Repost
watch-alert-title = { $state }: { $facts }
watch-first-post-id = erster Post { $id }
watch-video-id = Video { $id }
watch-footer = Watch: { $options }
    Mitglied { $member } · { $found }
watch-button-not-a-repost = Kein Repost
watch-button-confirm-reply = Bestätigen und antworten
watch-button-confirm = Repost bestätigen
watch-button-search-all = Auf allen Plattformen suchen
watch-title-not-a-repost = Kein Repost
watch-title-deleted = Repost gelöscht
watch-title-confirmed = Repost bestätigt
watch-title-gone = Nachricht gelöscht
watch-closed-title = { $verdict } · { $title }
watch-nothing-watched = Kein Kanal wird überwacht. Füge einen mit `/findvideo-watch hinzufügen` hinzu.
watch-list-title = Überwachte Kanäle
watch-list-line = <#{ $channel }>: { $options }
    {"  "}Heute: { $today }
watch-usage = { $counts }; { $searches ->
    [one] { $searches } API-Suche
   *[other] { $searches } API-Suchen
} verbraucht.
