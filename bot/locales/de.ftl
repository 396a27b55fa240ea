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

## modlog-watch
# What the bot posts for the server, in the server's language: mod-log records,
# watch alerts and public replies in watched channels. Ids start with modlog- or watch-.
# Add new messages at the end of this section.
