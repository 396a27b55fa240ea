# findvideo's words in English: one file per language, the same message ids in every file.
# English (en.ftl) is the source; `python -m bot languages check en` lists what this file lacks.
# Syntax: https://projectfluent.org/fluent/guide/ (variables: { $name }, plurals: selectors).

## commands
# Command, group, option and choice names and descriptions (Discord shows them in the
# member's language). Ids come from bot/discord/command_translator.py; names: lowercase,
# no spaces, at most 32 characters; descriptions at most 100 characters.

command-findvideo-name = findvideo
command-findvideo-description = Find the TikTok, YouTube or Instagram video an image comes from
command-findvideo-image-name = image
command-findvideo-image-description = The image to search (a screenshot or a frame of the video)
command-findvideo-url-name = url
command-findvideo-url-description = Or: a link to an image that is already online
command-findvideo-platform-name = platform
command-findvideo-platform-description = Where to look (default: this server's setting)
command-choice-tiktok = TikTok
command-choice-youtube = YouTube
command-choice-instagram = Instagram
command-choice-all-public-platforms = All public platforms
command-choice-this-server-s-video-library = This server's video library
command-findvideo-min-match-name = min_match
command-findvideo-min-match-description = Minimum similarity in percent, higher is stricter (default: server setting)
command-findvideo-results-name = results
command-findvideo-results-description = Videos shown per image and page (default: this server's setting)
command-findvideo-private-name = private
command-findvideo-private-description = Show the answer only to you (default: this server's setting)
command-findvideo-as-posted-name = as_posted
command-findvideo-as-posted-description = Search the image exactly as given: no borders, caption or blurred fill cut
command-findvideo-image2-name = image2
command-findvideo-image2-description = A second image to search
command-findvideo-image3-name = image3
command-findvideo-image3-description = A third image to search
command-findvideo-image4-name = image4
command-findvideo-image4-description = A fourth image to search
command-findvideo-settings-name = findvideo-settings
command-findvideo-settings-description = This server's findvideo defaults (needs Manage Server).
command-findvideo-settings-show-name = show
command-findvideo-settings-show-description = Show every findvideo setting of this server
command-findvideo-settings-set-name = set
command-findvideo-settings-set-description = Change this server's findvideo settings
command-findvideo-settings-set-platform-name = platform
command-findvideo-settings-set-platform-description = Where /findvideo and the menu look by default
command-findvideo-settings-set-min-match-name = min_match
command-findvideo-settings-set-min-match-description = The match threshold, percent: matches below it are not shown as matches
command-findvideo-settings-set-possible-match-name = possible_match
command-findvideo-settings-set-possible-match-description = Lower threshold for 'possible matches' (shown behind a button); 0 = off
command-findvideo-settings-set-results-name = results
command-findvideo-settings-set-results-description = Videos shown per image by default
command-findvideo-settings-set-private-name = private
command-findvideo-settings-set-private-description = Answer /findvideo privately by default
command-findvideo-settings-set-modlog-channel-name = modlog_channel
command-findvideo-settings-set-modlog-channel-description = Channel for the mod-log (context-menu searches, settings changes)
command-findvideo-settings-set-log-every-search-name = log_every_search
command-findvideo-settings-set-log-every-search-description = Also log every /findvideo search, not only the context menu
command-findvideo-settings-set-private-namespace-name = video_library
command-findvideo-settings-set-private-namespace-description = Name of this server's video library (letters, digits, - or _)
command-findvideo-settings-set-cooldown-name = cooldown
command-findvideo-settings-set-cooldown-description = Searches per member per minute; 0 = no cooldown
command-findvideo-settings-set-daily-budget-name = daily_budget
command-findvideo-settings-set-daily-budget-description = API calls per day for this server (UTC); 0 = unlimited
command-findvideo-settings-set-image-memory-name = image_memory
command-findvideo-settings-set-image-memory-description = Remember the images checked here ('seen here before'); off forgets them
command-findvideo-settings-set-seen-distance-name = seen_distance
command-findvideo-settings-set-seen-distance-description = How different (bits of 64) a repost may be; 0 = identical only
command-findvideo-settings-set-cut-borders-name = cut_borders
command-findvideo-settings-set-cut-borders-description = Search images without the borders, caption bands or blurred fill of a repost
command-findvideo-settings-set-memory-days-name = memory_days
command-findvideo-settings-set-memory-days-description = Days the image memory keeps a picture (older ones are forgotten)
command-findvideo-settings-reset-name = reset
command-findvideo-settings-reset-description = Return settings to the bot's defaults
command-findvideo-settings-reset-setting-name = setting
command-findvideo-settings-reset-setting-description = Only this setting (leave empty to reset them all)
command-choice-platform = Platform
command-choice-match-threshold = Match threshold
command-choice-possible-match-threshold = Possible-match threshold
command-choice-results-per-image = Results per image
command-choice-private-answers = Private answers
command-choice-mod-log-channel = Mod-log channel
command-choice-log-every-search = Log every search
command-choice-cooldown = Cooldown
command-choice-daily-budget = Daily budget
command-choice-image-memory-seen-here-before = Image memory (seen here before)
command-choice-seen-before-distance = Seen-before distance
command-choice-cut-borders-and-captions = Cut borders and captions
command-choice-image-memory-kept = Image memory kept
command-findvideo-watch-name = findvideo-watch
command-findvideo-watch-description = Check every image posted in a channel, with alerts in the mod-log
command-findvideo-watch-add-name = add
command-findvideo-watch-add-description = Watch a channel: check every image posted there
command-findvideo-watch-add-channel-name = channel
command-findvideo-watch-add-channel-description = The text channel to watch
command-findvideo-watch-add-platform-name = platform
command-findvideo-watch-add-platform-description = Where to look (default: this server's platform)
command-findvideo-watch-add-min-match-name = min_match
command-findvideo-watch-add-min-match-description = Alert at this similarity or more, percent (default 90)
command-findvideo-watch-add-action-name = action
command-findvideo-watch-add-action-description = Besides the mod-log alert: react to the message, or reply naming the source
command-choice-mod-log-alert-only = mod-log alert only
command-choice-mod-log-alert-and-a-reaction-on-the-message = mod-log alert and a reaction on the message
command-choice-mod-log-alert-and-a-reply-naming-the-source = mod-log alert and a reply naming the source
command-findvideo-watch-add-confirm-name = confirm
command-findvideo-watch-add-confirm-description = Replies wait for a moderator to press Confirm on the alert (default: yes)
command-findvideo-watch-add-mirrored-name = mirrored
command-findvideo-watch-add-mirrored-description = Also search an image mirrored when it matched nothing (doubles its cost)
command-findvideo-watch-add-local-only-name = local_only
command-findvideo-watch-add-local-only-description = Only compare with images posted here before: no API call at all
command-findvideo-watch-remove-name = remove
command-findvideo-watch-remove-description = Stop watching a channel
command-findvideo-watch-remove-channel-name = channel
command-findvideo-watch-remove-channel-description = The watched channel
command-findvideo-watch-list-name = list
command-findvideo-watch-list-description = The watched channels, their options and today's counts
command-findvideo-history-name = findvideo-history
command-findvideo-history-description = Recent /findvideo searches in this server
command-findvideo-history-user-name = user
command-findvideo-history-user-description = Only this member's searches
command-findvideo-usage-name = findvideo-usage
command-findvideo-usage-description = Searches, API calls, cache hits and the budget left, today and this week
command-findvideo-forget-name = findvideo-forget
command-findvideo-forget-description = Make the bot forget the images of one message
command-findvideo-forget-link-name = link
command-findvideo-forget-link-description = The message's link (right-click it → Copy Message Link)
command-find-source-video-name = Find source video
command-forget-image-name = Forget image
command-findvideo-settings-set-language-name = language
command-findvideo-settings-set-language-description = The language of the mod-log, watch alerts and public replies
command-choice-server-default = Server default
command-choice-language = Language

## answers
# Answers to a search: verdicts, matches, pages, evidence, follow-up buttons, seen-here-before.
# Owned by the answers work; ids start with answer-.
# Add new messages at the end of this section.

# Where a search looked. Brand names (TikTok, YouTube, Instagram) are never translated.
answer-library-private = Server library
answer-scope-all = All public platforms
answer-scope-private = This server's video library
answer-libraries-none = nothing
# A list: "TikTok, YouTube" (a longer list repeats it: "TikTok, YouTube, Instagram").
answer-list-more = { $first }, { $rest }
# Facts side by side: "TikTok · @creator · 97%".
answer-dot-list = { $first } · { $rest }
# What was cut from a picture; listed in answer-searched-without and friends.
answer-cut-borders = borders
answer-cut-caption = caption
answer-cut-blur = blurred background
answer-cuts-two = { $first } and { $second }
answer-cuts-three = { $first }, { $second } and { $third }

# Numbers as the answer shows them.
answer-percent = { NUMBER($score, style: "percent") }
answer-seconds = { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s
answer-date = { DATETIME($date, dateStyle: "medium") }
answer-age-seconds = { $seconds } s
answer-age-minutes = { $minutes } min
answer-age-hours = { $hours } h
answer-age-hours-minutes = { $hours } h { $minutes } min

# The answer's title and lines.
answer-no-match = No match
answer-no-match-title = No match on { $libraries }
answer-could-not-search = Could not search this image
answer-summary-none = No video matched at { NUMBER($min_match, style: "percent") } or more on { $libraries }.
answer-summary =
    { $count ->
        [one] { $count } video matched
       *[other] { $count } videos matched
    } on { $libraries } (best { NUMBER($best, style: "percent") }).
answer-searched-as-posted = ✂️ Searched the picture exactly as posted.
answer-searched-without = ✂️ Searched the picture without its { $cuts }.
answer-searched-mirrored = ✂️ Searched the picture mirrored (flipped left to right).
answer-searched-mirrored-without = ✂️ Searched the picture mirrored (flipped left to right), without its { $cuts }.
answer-searched-centre = ✂️ Searched the centre of the picture.
answer-searched-centre-without = ✂️ Searched the centre of the picture without its { $cuts }.
answer-no-match-tip = Tip: lower the minimum match, or try another platform (or all public platforms).
answer-no-match-tip-private = Tip: lower the minimum match.
answer-hidden-matches = { $hidden } more below the cut: ask for more results to see them.
answer-library-failed = { $library } could not be searched: { $reason }
answer-cached = cached { $age } ago
answer-cached-some = { $libraries } cached { $age } ago
answer-footer-searched = Searched { $scope }
answer-footer-min-match = minimum match { NUMBER($min_match, style: "percent") }
answer-video-ids = Video ids: { $ids }
answer-unnamed-image = image
answer-possible-matches-line =
    { $count ->
        [one] { $count } more video matched
       *[other] { $count } more videos matched
    } at { $low }–{ NUMBER($high, style: "percent") }: press **{ answer-show-possible }**.
answer-page-range = Matches { $first }–{ $last } of { $total }; ◀ ▶ turn the pages.

# One match.
answer-match-heading = { $rank }. { $library } · { NUMBER($score, style: "percent") } similar
answer-likely-original-tag = likely original
answer-no-title = *(no title)*
answer-moments = at { $moments }
answer-moments-more = at { $moments } (+{ $hidden } more)
# $whose: "own" (the member's own clip) or "theirs" (another member's post).
answer-clip-searched =
    Searched { $count ->
        [one] { $count } still
       *[other] { $count } stills
    } of { $whose ->
        [theirs] the clip
       *[own] your clip
    }, at { $moments }.
answer-frame-links =
    { $whose ->
        [theirs] the clip
       *[own] your clip
    } { $pairs }
answer-frame-links-in-order =
    { $whose ->
        [theirs] the clip
       *[own] your clip
    } { $pairs } ({ $count } stills in the same order)
# A still of the clip and the moment of the video it matched: "1.5 s → 1:10".
answer-frame-pair = { $clip } → { $source }
answer-by-creator = by { $creator }
# $date is a Discord timestamp: each reader's client shows it in their own calendar.
answer-posted-on = posted { $date }
answer-earliest-upload = 🕒 **earliest upload**

# The verdict: the likely original the answer leads with.
answer-verdict-title = Likely original: { $facts }
answer-verdict-title-unsure = Best match { NUMBER($score, style: "percent") } on { $library }: low confidence: compare the picture
answer-open-video = **[Open the video]({ $link })**
answer-verdict-unsure = Not similar enough to be sure: compare the picture with the image before acting.
answer-verdict-earliest = Posted first of the strong matches (match { $rank } of { $total }).
answer-verdict-closest = The closest match (match { $rank } of { $total }).
answer-verdict-only = The only match.

# Possible matches (behind a button).
answer-show-possible = Show possible matches
answer-possible-title = Possible matches for { $name }
answer-possible-description = Less similar than a match ({ NUMBER($min_match, style: "percent") }), at least { NUMBER($possible_match, style: "percent") }: check them by eye.

# Follow-up buttons (Discord cuts a label at 80 characters).
answer-button-all-platforms = All platforms
answer-button-lower = Lower threshold to { NUMBER($min_match, style: "percent") }
answer-button-mirrored = Search mirrored
answer-button-centre = Search the centre
answer-button-as-posted = Search as posted
answer-button-post-publicly = Post publicly
answer-button-posted-publicly = Posted publicly
answer-button-jump = Jump to message
answer-button-delete = Delete message
answer-button-deleted = Message deleted
answer-shared-by = 🔎 Shared by { $member } ({ command-find-source-video-name })
answer-shared-by-on = 🔎 Shared by { $member } · { command-find-source-video-name } on { $link }

# Seen here before: earlier posts of the picture in this server.
answer-seen-heading = Seen here before
answer-seen-identical = identical
answer-seen-similar = { NUMBER($score, style: "percent") } similar
answer-seen-mirrored = { $closeness }, mirrored
# $when is a Discord relative time ("3 days ago"), shown in each reader's language.
answer-seen-line = [Posted]({ $link }) by { $author } in { $channel }, { $when } · { $closeness }
# The mod-log record's line.
answer-seen-record = Seen here before: { $line }
answer-seen-record-more = Seen here before: { $line } (+{ $more } more)

# /findvideo-forget and "Forget image": what forgetting a message answers.
answer-forgotten-none = I did not remember any image of that message; nothing was removed.
answer-forgotten =
    { $count ->
        [one] Forgotten: I no longer remember that message's { $count } image.
       *[other] Forgotten: I no longer remember that message's { $count } images.
    }

# Under the side-by-side picture (drawn into the image): the searched image, and the match.
answer-picture-yours = Your image
answer-picture-posted = Posted image
answer-picture-clip-at =
    { $whose ->
        [posted] Posted clip
       *[own] Your clip
    } at { $at }
answer-picture-source = Source
answer-picture-match = Match { $rank }
answer-picture-at = { $name } at { $at }

# A watched channel's alert and public reply, for a picture posted in this server before (the server's language).
answer-seen-reposted-title = Reposted: posted in this server before
answer-seen-repost-line = Reposted: first posted [here]({ $link }) by { $author }, { $when } ({ $closeness })
answer-seen-reply = This picture was already posted here { $when }: { $link }

## errors
# Refusals and errors shown to the member (privately): image checks, clips, fair use,
# the API, links, buttons, the error path, queue and outage notices. Ids start with error-.
# Add new messages at the end of this section.

error-unexpected = Something went wrong on my side while doing that. It has been logged; please try again later.
error-slow-down = Slow down a little: try again in { $seconds } s.
error-not-here = You can't use this command here.

# $subject: the member's file name or link (escaped, never translated), or one of these.
error-subject-file = That file
error-subject-link = That link
error-subject-clip = That clip
error-subject-redirect = { $link } redirected to { $target }, which

# Sizes, as in "20 MB".
error-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
error-size-kb = { NUMBER($amount, maximumFractionDigits: 1) } KB
error-size-mb = { NUMBER($amount, maximumFractionDigits: 1) } MB

# Refused images.
error-supported-formats = I can search JPEG, PNG, GIF, BMP and WebP images.
error-file-empty = { $subject } is empty; try attaching it again.
error-file-too-large = { $subject } is { $size }; the limit is { $limit }.
error-image-bomb = { $subject } declares { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels in only { $size }: more pixels than it can possibly hold, so I won't open it.
error-image-side-too-long = { $subject } is { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels; the longest side I accept is { NUMBER($limit, useGrouping: 0) } pixels, so please shrink it.
error-image-too-many-pixels = { $subject } is { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels ({ NUMBER($megapixels, maximumFractionDigits: 1) } megapixels); the most I accept is { NUMBER($limit, maximumFractionDigits: 1) } megapixels, so please shrink it.
error-image-unreadable = { $subject } is not an image I can read; { error-supported-formats }
error-image-damaged = { $subject } looks damaged or cut short; try saving it again.
error-image-pillow-bomb = { $subject } declares more pixels than it can possibly hold, so I won't open it.
error-image-empty-animation = { $subject } says it is an animated PNG but holds no frame (no fcTL chunk), so I won't open it.
error-image-text-bomb = { $subject } has a compressed text chunk that inflates past { $size } (a decompression bomb), so I won't open it.
error-image-too-costly-jpeg = { $subject } is a { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } progressive JPEG, too large for me to check safely in that format; save it as PNG or an ordinary JPEG (or shrink it) and try again.
error-image-too-costly = { $subject } is a { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } { $format } image, too large for me to check safely in that format; save it as PNG or an ordinary JPEG (or shrink it) and try again.

# Files that are not images we search, each with the advice that fits it.
error-kind-svg = { $subject } is an SVG drawing; save or export it as PNG or JPEG (a screenshot works too) and try again.
error-kind-heic = { $subject } is a HEIC photo; save or export it as PNG or JPEG (a screenshot works too) and try again.
error-kind-avif = { $subject } is an AVIF image; save or export it as PNG or JPEG (a screenshot works too) and try again.
error-kind-tiff = { $subject } is a TIFF image; save or export it as PNG or JPEG (a screenshot works too) and try again.
error-kind-icon = { $subject } is an icon file; save or export it as PNG or JPEG (a screenshot works too) and try again.
error-kind-jpeg-xl = { $subject } is a JPEG XL image; save or export it as PNG or JPEG (a screenshot works too) and try again.
error-kind-photoshop = { $subject } is a Photoshop file; save or export it as PNG or JPEG (a screenshot works too) and try again.
error-kind-raw = { $subject } is a camera RAW photo; save or export it as PNG or JPEG (a screenshot works too) and try again.
error-kind-eps = { $subject } is an EPS image, a format I can't search; save or export it as PNG or JPEG (a screenshot works too) and try again.
error-kind-xpm = { $subject } is an XPM image, a format I can't search; save or export it as PNG or JPEG (a screenshot works too) and try again.
error-kind-netpbm = { $subject } is a PPM/PGM/PBM image, a format I can't search; save or export it as PNG or JPEG (a screenshot works too) and try again.
error-kind-fits = { $subject } is a FITS image, a format I can't search; save or export it as PNG or JPEG (a screenshot works too) and try again.
error-kind-pdf = { $subject } is a PDF document; send a screenshot of the page instead.
error-kind-document = { $subject } is a document, not an image; send a screenshot of the page instead.
error-kind-video = { $subject } is a video; video input is not supported yet, so send a screenshot of the frame you want to find.
error-kind-audio = { $subject } is an audio file, not an image; { error-supported-formats }
error-kind-text = { $subject } is a text file, not an image; { error-supported-formats }
error-kind-web-page = { $subject } is a web page, not an image; use the link of the image itself (right-click the image and copy its address).
error-kind-archive = { $subject } is an archive, not an image; unpack it and send the image itself.

# Clips (animated GIFs and videos).
error-clip-too-large = { $subject } is { $size }; the largest clip I accept is { $limit }.
error-clip-sound-only = { $subject } has sound but no picture, so there is nothing in it I can search; send a video clip, an image, or a screenshot of the moment.
error-clip-codec = That clip's video is encoded as { $codec }, which I can't decode. Send it as MP4 (H.264) or WebM, or a screenshot of the frame you want to find.
error-clip-codec-unknown = That clip's video is encoded as something I do not recognise, which I can't decode. Send it as MP4 (H.264) or WebM, or a screenshot of the frame you want to find.
error-clip-unreadable = I couldn't read that clip: it seems damaged or uses an encoding I can't decode. Try another copy, or send a screenshot of the frame you want to find.
error-clip-too-costly = That clip takes more work to decode than I spend on one search, so I stopped. Send a shorter or smaller copy, or a screenshot of the moment you want to find.
error-clip-too-long = That clip is { NUMBER($seconds, useGrouping: 0) } s long; I search clips of up to { NUMBER($limit, useGrouping: 0) } s. Trim it, or send a screenshot of the moment.
error-clip-longer-than = That clip is longer than { NUMBER($limit, useGrouping: 0) } s, the longest I search. Trim it, or send a screenshot of the moment.
error-clip-frames-too-large = That clip's frames are { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels, larger than I decode (at most { NUMBER($megapixels, minimumFractionDigits: 1, maximumFractionDigits: 1) } megapixels, 3840×2160). Send a smaller copy or a screenshot.
error-clip-frame-rate = That clip runs at { NUMBER($rate, useGrouping: 0) } frames a second; I sample clips of up to { NUMBER($limit, useGrouping: 0) } frames a second. Send an ordinary copy, or a screenshot of the moment.
error-gif-too-many-frames = That GIF has more than { NUMBER($limit, useGrouping: 0) } frames; I sample GIFs of up to { NUMBER($limit, useGrouping: 0) } frames. Send a shorter copy, or a screenshot of the moment.
error-gif-too-costly = Sampling that GIF would mean decoding { NUMBER($frames, useGrouping: 0) } frames of { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels; I decode at most { NUMBER($budget, useGrouping: 0) } megapixels per clip. Send a shorter or smaller copy, or a screenshot of the moment.

# Downloads and links.
error-download-larger-than = { $subject } is larger than the { $limit } limit.
error-download-status = { $subject } could not be downloaded: the link answered { $status }.
error-download-timeout = { $subject } took too long to download; try again, or attach the image instead.
error-download-cut-off = { $subject } stopped sending before the download finished; please try again.
error-download-unreachable = { $subject } could not be reached; check the link and try again.
error-download-unknown-site = { $subject } names a site I couldn't find; check the link for typos.
error-download-private-address = { $subject } points to a private or local network address; I only fetch public websites.
error-link-too-long-max = { $subject } is too long for a link; the most I accept is { NUMBER($limit, useGrouping: 0) } characters.
error-link-too-long = { $subject } is too long for a link.
error-link-invalid = { $subject } is not a valid web link.
error-link-not-web = { $subject } is not an http or https link, the only kind I fetch.
error-link-no-site = { $subject } is not a complete link: it names no website.
error-link-credentials = { $subject } contains a username or password; please share a link without them.
error-link-redirect-loop = { $subject } redirected more than { $limit } times, so I gave up.
error-link-redirect-nowhere = { $subject } answered with a redirect that leads nowhere.
error-link-redirect-invalid = { $subject } redirected to an invalid link.

# Fair use. $when is a Discord timestamp ("in 42 seconds"), shown in the reader's own words.
error-cooldown = Slow down a little: each member gets { $limit } { $limit ->
    [one] search
   *[other] searches
} a minute here. You can search again { $when }.
error-budget-spent = This server has used up today's search budget ({ $budget } { $budget ->
    [one] API call
   *[other] API calls
}). The budget starts again { $when }.
error-budget-short = This search needs { $calls } API calls but this server's daily budget has only { $left } left (search one platform at a time to use them). The budget starts again { $when }.

# The video search service (memories.ai).
error-api-failed = The video search failed. Please try again later.
error-api-misconfigured = This bot is misconfigured: its search service refused it. Only the bot's operator can fix that (server admins cannot); please try again later.
error-api-out-of-credits = This bot has used up its search credits. Only the bot's operator can add more (server admins cannot); please try again later.
error-api-busy = The search service is busy right now; please try again in a minute.
error-api-bad-image = The search service couldn't use that image. Please try a different one (JPG, PNG, GIF, BMP or WebP, at most 20 MB).
error-api-library-unsupported = That video library isn't supported.
error-api-similarity = The similarity must be a number between 0 and 1.
error-api-library-name = This server's video library name isn't valid. Please tell the server admins.
error-api-not-answering = The video search service is not answering right now; please try again in a minute.
error-api-not-answering-seconds = The video search service is not answering right now; please try again in about { $seconds } s.
error-api-not-answering-minutes = The video search service is not answering right now; please try again in about { $minutes } min.
error-search-timed-out = The search took too long and was stopped; please try again in a few minutes.
# What the mod-log is told, once per outage.
error-outage-title = Searches are failing
error-outage-footer = Said once per outage; searches resume by themselves once it is over.
error-outage-misconfigured = Searches are failing: the search service refuses this bot (its API key or account). Only the bot's operator can fix this; nothing in this server's settings will.
error-outage-out-of-credits = Searches are failing: the bot's search account is out of credits. Only the bot's operator can add credits; nothing in this server's settings will.
error-outage-down = Searches are failing: the video search service is not answering. Nothing to do on this server's side; the bot's operator is warned in its logs, and searches work again by themselves once it answers.

# Waiting.
error-queued = ⏳ Many searches are running: yours is queued and should finish in about { $seconds } s.
error-backing-off = ⏳ The search service is limiting how fast we may search right now: yours is queued and will be retried in about { $seconds } s.

# Anything else that can go wrong with a command or a button.
error-none-searchable = None of the images could be searched:{ $reasons }
error-reason = { $earlier }
    • { $reason }
error-restarting = The bot is restarting; please try again in a moment.
error-no-image-given = Attach an image (or give an image link in `url`) and I will look for the video it comes from.
error-no-image-in-message = That message has no image, GIF or video I can search (attachments or embedded images).
error-private-library-in-dms = A server's video library can only be searched in a server, not in direct messages. Choose a public platform (TikTok, YouTube, Instagram or All public platforms).
error-button-not-valid = This button is not valid here, so nothing was done.
error-button-elsewhere = This button belongs to another server's message, so nothing was done.
error-button-not-yours = Only the person who ran this search can use its buttons. Run `/findvideo` yourself.
error-pages-not-yours = Only the person who ran this command can turn its pages.
error-search-gone = This search is too old to run again from here; please run `/findvideo` again.
error-button-needs-manage-messages = You need the **Manage Messages** permission in { $channel } to delete a message there.
error-cannot-delete = I could not delete it: I need the **Manage Messages** permission in { $channel }. Give my role that permission there, or delete the message yourself.
error-already-shared = This answer was already posted publicly: { $link }
error-already-shared-just-now = This answer was posted publicly a moment ago.
error-alert-gone = This alert is no longer known to the bot; nothing was changed.
error-alert-image-gone = This alert's image is no longer attached, so it cannot be searched again.
error-memory-off = This server's image memory is off, so there is nothing to forget. Moderators can turn it on with `/findvideo-settings set image_memory:True`.
error-not-a-message-link = That is not a link to a message of this server. Right-click the message → **Copy Message Link**, and give me that.
error-local-watch-needs-memory = A local-only watch compares new images with the ones posted here before, but this server's image memory is off. Turn it on with `/findvideo-settings set image_memory:True` first.
error-forget-needs-manage-messages = Only members with the **Manage Messages** permission can do that.
error-database-down = The bot's database is not answering right now, so { $action ->
    [settings] settings cannot be changed
    [history] the search history cannot be read
    [usage] usage figures cannot be read
    [button] this button cannot be used
    [share] this answer cannot be shared
    [forget] images cannot be forgotten
   *[other] that cannot be done
}. Please try again in a minute.

## usage-history
# /findvideo-usage and /findvideo-history: texts and chart labels.
# Ids start with usage- or history-.
# Add new messages at the end of this section.

usage-title = Search usage
usage-today = Today (UTC)
usage-last-7-days = Last 7 days
usage-daily-budget = Daily budget
usage-figures =
    Searches: **{ $searches }**
    API calls: **{ $calls }** (searches { $search_calls }, video details { $details }, keyframe downloads { $keyframes })
    Answered from the cache: **{ $cache_rate }**
usage-cache-rate = { NUMBER($rate, style: "percent") }
usage-cache-rate-none = –
usage-no-budget = No daily budget: API calls are not limited.
usage-budget-left = **{ $left }** of { $budget } API calls left today (starts again at midnight UTC).
usage-watched-today = Watched channels today
usage-needs-manage-server = Only members with the Manage Server permission can see the usage figures.
usage-chart-searches = Searches
usage-chart-api-calls = Search API calls
usage-chart-cache-hits = Cache hits
usage-chart-budget = Daily budget ({ $budget })
history-needs-manage-messages = Only members with the Manage Messages permission can see the search history.
history-nothing-yet = No searches have been recorded in this server yet.
history-nothing-by-member = { $member } has no recorded searches in this server.
history-title = Recent searches
history-title-member = Searches by { $name }
history-title-unnamed = Searches by this member
history-in-channel = in { $channel }
history-on-message = on [this message]({ $link }) in { $channel }
history-images = { $count } images
history-cached = cached
history-api-calls =
    { $count ->
        [one] { $count } API call
       *[other] { $count } API calls
    }
history-no-match = no match
history-kind-slash = /findvideo
history-kind-menu = Find source video
history-kind-alert-button = watch alert: Search all platforms
history-kind-follow-up = follow-up button
history-searches-all =
    { $total ->
        [one] { $total } search
       *[other] { $total } searches
    }
history-searches-some = { $shown } of { $total } searches
history-footer =
    Page { $page }/{ $pages } · newest first · { $searches } · { $days ->
        [one] kept { $days } day
       *[other] kept { $days } days
    }
history-chart-searches = Searches
history-chart-matches = Matches found
history-chart-alerts = Repost alerts
history-seen-before =
    { $count ->
        [one] seen here before (once)
       *[other] seen here before ({ $count } times)
    }
usage-chart-alt =
    { $days ->
        [one] Chart of today
       *[other] Chart of the last { $days } days
    }: searches, their API calls and cache hits per day
history-chart-alt =
    { $days ->
        [one] Chart of today
       *[other] Chart of the last { $days } days
    }: searches, matches found and repost alerts per day

## settings
# /findvideo-settings: the settings, their descriptions and the replies.
# Ids start with settings-.
# Add new messages at the end of this section.

settings-label-platform = Platform
settings-label-min-match = Match threshold
settings-label-possible-match = Possible-match threshold
settings-label-results = Results per image
settings-label-private = Private answers
settings-label-modlog-channel-id = Mod-log channel
settings-label-log-every-search = Log every search
settings-label-private-namespace = This server's video library
settings-label-cooldown = Cooldown
settings-label-daily-budget = Daily budget
settings-label-image-memory = Image memory (seen here before)
settings-label-seen-distance = Seen-before distance
settings-label-cut-borders = Cut borders and captions
settings-label-memory-days = Image memory kept
settings-label-language = Language
settings-value-off = off
settings-value-none = none
settings-value-yes = yes
settings-value-no = no
settings-value-percent = { $value }%
settings-value-days = { $value ->
    [one] { $value } day
   *[other] { $value } days
}
settings-value-cooldown = { $value ->
    [0] off
    [one] { $value } search per user per minute
   *[other] { $value } searches per user per minute
}
settings-value-budget = { $value ->
    [0] unlimited
    [one] { $value } API call per day
   *[other] { $value } API calls per day
}
settings-value-seen-distance = { $value ->
    [0] identical only
   *[other] up to { $value } of 64 bits apart
}
settings-value-server-language = the server's language
settings-value-server-language-is = the server's language ({ $language })
settings-origin-default = default
settings-origin-set-here = set here
settings-show-line = **{ $label }** (`{ $option }`): { $value } · *{ $origin }*
settings-show-title = findvideo settings for { $server }
settings-show-footer = Change: /findvideo-settings set · Back to the defaults: /findvideo-settings reset
settings-change-line = **{ $label }**: { $before } → { $after }
settings-saved-title = Settings saved
settings-reset-title = Settings reset to the defaults
settings-changed-title = findvideo settings changed
settings-changed-by = Changed by
settings-modlog-problem = ⚠️ Mod-log
settings-not-logged = Saved, but the change could not be logged: { $problem }
settings-needs-manage-server = You need the **Manage Server** permission to change findvideo's settings.
settings-only-in-server = Server settings can only be changed inside a server.
settings-nothing-given = Give at least one setting to change, e.g. `/findvideo-settings set min_match:80`.
settings-nothing-to-reset = Nothing to reset: those settings already are the defaults.
settings-nothing-changed = Nothing changed: those settings already have those values.
settings-operators-library = `video_library` cannot be the bot operator's own library; choose another name.
settings-problems = { $first }
    { $rest }
settings-unknown-language = There is no “{ $language }” language; choose one of the languages offered.
settings-library-taken = Another server already uses that `video_library`: a video library belongs to one server. Choose another name.
settings-library-name = `video_library` must be 1 to 64 letters, digits, `-` or `_`.
settings-library-number = `video_library` cannot be a number (another server's id); include a letter.
settings-possible-match-range = `possible_match` must be 0 (off) or { $lowest } to 100.
settings-possible-above-match = The possible-match threshold ({ $possible }%) cannot be above the match threshold ({ $match }%). Lower `possible_match`, raise `min_match`, or set `possible_match` to 0 to turn it off.

## modlog-watch
# What the bot posts for the server, in the server's language: mod-log records,
# watch alerts and public replies in watched channels. Ids start with modlog- or watch-.
# Add new messages at the end of this section.

modlog-channel-gone = The mod-log channel no longer exists or I cannot see it: choose another with `/findvideo-settings set modlog_channel`.
modlog-cannot-post = I cannot post in <#{ $channel }>: I am missing { $missing } there. Give me { $needed } in that channel, or choose another one.
modlog-refused = I cannot post in <#{ $channel }>: I am missing the permissions I need there. Give me { $needed } in that channel, or choose another one.
modlog-not-accepted = Discord did not accept the mod-log record in <#{ $channel }> ({ $status }).
modlog-permission-view-channel = **View Channel**
modlog-permission-send-messages = **Send Messages**
modlog-permission-embed-links = **Embed Links**
modlog-permission-attach-files = **Attach Files**
modlog-record-slash = /findvideo search
modlog-searched-by = **Searched by** { $user } (`{ $user_id }`)
modlog-when = **When** <t:{ $at }:f> (<t:{ $at }:R>)
modlog-message-checked = **Message checked** { $link } by { $author } (`{ $author_id }`)
modlog-channel = **Channel** <#{ $channel }> (`/findvideo`)
modlog-not-searched = Not searched: { $reason }
modlog-image-too-large = Image { $index } ({ $size }) is too large to re-upload.
modlog-image-reduced = Image { $index } ({ $size }) is re-uploaded as a smaller JPEG (Discord's upload limit); SHA-256 of the original: `{ $sha256 }`
modlog-record-failed = Something went wrong while writing the record; it has been logged.
modlog-not-recorded = This search could not be recorded in the mod-log: { $problem }
modlog-permission-add-reactions = **Add Reactions**
watch-disabled = Watched channels are turned off for this bot. Its operator can turn them on with `WATCH_ENABLED=true`, after switching on the **Message Content** intent in the Discord developer portal (your application → Bot → Privileged Gateway Intents).
watch-intent-missing = Watched channels need the **Message Content** intent, and Discord has not granted it. The bot's owner must switch it on in the Discord developer portal (your application → Bot → Privileged Gateway Intents → Message Content Intent), then restart the bot.
watch-needs-manage-server = Only members with the **Manage Server** permission can change watched channels.
watch-needs-manage-messages = Only members with the **Manage Messages** permission can use these buttons.
watch-no-modlog = No mod-log channel is set, so alerts have nowhere to go yet: set one in this server's findvideo settings.
watch-server-library = Server library
watch-moments = { $more ->
    [0] at { $spans }
   *[other] at { $spans } (+{ $more } more)
}
watch-no-title = (no title)
watch-match = **{ $score }%** on { $platform }: { $title } · { $moments }
watch-a-video = a video
watch-reply = This image looks like it comes from a { $platform } video ({ $score }% similar): { $title } { $link }
watch-options-local = earlier posts here only, no API calls · { $action }
watch-options = { $scope } · at least { $min_match }% · { $action }{ $held ->
    [yes] {" "}(once a moderator confirms)
   *[no] {""}
}{ $mirrored ->
    [yes] {" "}· mirrored too
   *[no] {""}
}
watch-caption = Caption: “{ $caption }”
watch-repeats = ⚠️ This member's posts alerted **{ $count } times** this week.
watch-reply-held = The public reply to the poster waits for **Confirm and reply**.
watch-verdict-not-a-repost = ✅ **Not a repost**
watch-verdict-deleted = 🗑️ **Message deleted**
watch-verdict-confirmed = ⛔ **Confirmed repost**
watch-verdict-gone = 🗑️ **The message was deleted**
watch-closed = { $verdict } on <t:{ $when }:f>.
watch-closed-by = { $verdict }, by { $moderator } on <t:{ $when }:f>.
watch-closed-not-a-repost = { $closed } This image will not alert for this video again, nor copies of it as posted here before.
watch-counts = { $checked } checked, { $alerts ->
    [one] { $alerts } alert
   *[other] { $alerts } alerts
}, { $skipped } skipped
watch-counts-why = { $counts } ({ $reasons })
watch-skipped-automated = { $count ->
    [one] { $count } bot or webhook message
   *[other] { $count } bot or webhook messages
}
watch-skipped-too-small = { $count ->
    [one] { $count } image too small
   *[other] { $count } images too small
}
watch-skipped-already-seen = { $count } already seen
watch-skipped-deleted = { $count ->
    [one] { $count } message deleted
   *[other] { $count } messages deleted
}
watch-skipped-budget = { $count } watch budget spent
watch-skipped-queue-full = { $count } queue full
watch-skipped-unsearchable = { $count ->
    [one] { $count } not a searchable image
   *[other] { $count } not searchable images
}
watch-skipped-too-slow = { $count } took too long to load
watch-added = Watching <#{ $channel }>: { $options }.
watch-missing = I am missing { $missing } in <#{ $channel }>: give my role that there.
watch-removed = <#{ $channel }> is no longer watched.
watch-not-watched = <#{ $channel }> was not watched: nothing changed.
watch-budget-none = Watch searches today: { $spent } (no daily budget is set for this server).
watch-budget = Watch searches today: { $spent } of { $allowance } ({ $share }% of the server's daily budget).
watch-open-video-posted = **[Open the video]({ $link })** · posted { $posted }
watch-jump = [Jump to the message]({ $link }) in <#{ $channel }>, posted by { $author }
watch-possible-repost = Possible repost
watch-alert-title = { $state }: { $facts }
watch-first-post-id = first post { $id }
watch-video-id = video { $id }
watch-footer = Watch: { $options }
    member { $member } · { $found }
watch-button-not-a-repost = Not a repost
watch-button-confirm-reply = Confirm and reply
watch-button-confirm = Confirm repost
watch-button-search-all = Search all platforms
watch-title-not-a-repost = Not a repost
watch-title-deleted = Repost deleted
watch-title-confirmed = Confirmed repost
watch-title-gone = Message deleted
watch-closed-title = { $verdict } · { $title }
watch-nothing-watched = No channel is watched. Add one with `/findvideo-watch add`.
watch-list-title = Watched channels
watch-list-line = <#{ $channel }>: { $options }
    {"  "}Today: { $today }
watch-usage = { $counts }; { $searches ->
    [one] { $searches } API search
   *[other] { $searches } API searches
} spent.
