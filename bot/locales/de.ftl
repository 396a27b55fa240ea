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

## errors
# Refusals and errors shown to the member (privately): image checks, clips, fair use,
# the API, links, buttons, the error path, queue and outage notices. Ids start with error-.
# Add new messages at the end of this section.

error-unexpected = Bei mir ist etwas schiefgelaufen. Das wurde protokolliert; versuch es bitte später noch einmal.
error-slow-down = Nicht so schnell: Versuch es in { $seconds } s noch einmal.
error-not-here = Diesen Befehl kannst du hier nicht verwenden.

## usage-history
# /findvideo-usage and /findvideo-history: texts and chart labels.
# Ids start with usage- or history-.
# Add new messages at the end of this section.

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
modlog-record-menu = Quellvideo finden
modlog-record-slash = /findvideo-Suche
modlog-searched-by = **Gesucht von** { $user } (`{ $user_id }`)
modlog-when = **Wann** <t:{ $at }:f> (<t:{ $at }:R>)
modlog-message-checked = **Geprüfte Nachricht** { $link } von { $author } (`{ $author_id }`)
modlog-channel = **Kanal** <#{ $channel }> (`/findvideo`)
modlog-image = Bild
modlog-not-searched = Nicht gesucht: { $reason }
modlog-image-too-large = Bild { $index } ({ $size }) ist zu groß, um es erneut hochzuladen.
modlog-image-reduced = Bild { $index } ({ $size }) wird als kleineres JPEG erneut hochgeladen (Upload-Limit von Discord); SHA-256 des Originals: `{ $sha256 }`
modlog-record-failed = Beim Schreiben des Eintrags ist etwas schiefgelaufen; das wurde protokolliert.
modlog-not-recorded = Diese Suche konnte nicht im Mod-Log festgehalten werden: { $problem }
