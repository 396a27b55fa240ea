# findvideo's words in Spanish (Spain; es-419 reads it too): one file per language, the same message ids in every file.
# English (en.ftl) is the source; `python -m bot languages check es-ES` lists what this file lacks.
# Syntax: https://projectfluent.org/fluent/guide/ (variables: { $name }, plurals: selectors).

## commands
# Command, group, option and choice names and descriptions (Discord shows them in the
# member's language). Ids come from bot/discord/command_translator.py; names: lowercase,
# no spaces, at most 32 characters; descriptions at most 100 characters.

command-findvideo-name = findvideo
command-findvideo-description = Encuentra el vídeo de TikTok, YouTube o Instagram del que sale una imagen
command-findvideo-image-name = imagen
command-findvideo-image-description = La imagen que buscar (una captura de pantalla o un fotograma del vídeo)
command-findvideo-url-name = url
command-findvideo-url-description = O bien: el enlace de una imagen que ya está en internet
command-findvideo-platform-name = plataforma
command-findvideo-platform-description = Dónde buscar (por defecto: el ajuste del servidor)
command-choice-tiktok = TikTok
command-choice-youtube = YouTube
command-choice-instagram = Instagram
command-choice-all-public-platforms = Todas las plataformas públicas
command-choice-this-server-s-video-library = Videoteca de este servidor
command-findvideo-min-match-name = similitud_mínima
command-findvideo-min-match-description = Similitud mínima en %; cuanto más alta, más estricta (por defecto: ajuste del servidor)
command-findvideo-results-name = resultados
command-findvideo-results-description = Vídeos por imagen y página (por defecto: ajuste del servidor)
command-findvideo-private-name = privado
command-findvideo-private-description = Mostrar la respuesta solo a ti (por defecto: ajuste del servidor)
command-findvideo-as-posted-name = tal_cual
command-findvideo-as-posted-description = Buscar la imagen tal cual, sin recortar bordes, texto ni fondo desenfocado
command-findvideo-image2-name = imagen2
command-findvideo-image2-description = Una segunda imagen que buscar
command-findvideo-image3-name = imagen3
command-findvideo-image3-description = Una tercera imagen que buscar
command-findvideo-image4-name = imagen4
command-findvideo-image4-description = Una cuarta imagen que buscar
command-findvideo-settings-name = findvideo-settings
command-findvideo-settings-description = Los ajustes de findvideo de este servidor (requiere Gestionar servidor).
command-findvideo-settings-show-name = ver
command-findvideo-settings-show-description = Ver todos los ajustes de findvideo de este servidor
command-findvideo-settings-set-name = cambiar
command-findvideo-settings-set-description = Cambiar los ajustes de findvideo de este servidor
command-findvideo-settings-set-platform-name = plataforma
command-findvideo-settings-set-platform-description = Dónde buscan /findvideo y el menú por defecto
command-findvideo-settings-set-min-match-name = similitud_mínima
command-findvideo-settings-set-min-match-description = Umbral de coincidencia en %: lo que quede por debajo no cuenta como coincidencia
command-findvideo-settings-set-possible-match-name = posible_coincidencia
command-findvideo-settings-set-possible-match-description = Umbral más bajo para «posibles coincidencias» (tras un botón); 0 = desactivado
command-findvideo-settings-set-results-name = resultados
command-findvideo-settings-set-results-description = Vídeos por imagen, por defecto
command-findvideo-settings-set-private-name = privado
command-findvideo-settings-set-private-description = Responder a /findvideo en privado por defecto
command-findvideo-settings-set-modlog-channel-name = canal_modlog
command-findvideo-settings-set-modlog-channel-description = Canal del registro de moderación (búsquedas desde el menú, cambios de ajustes)
command-findvideo-settings-set-log-every-search-name = registrar_todo
command-findvideo-settings-set-log-every-search-description = Registrar también cada búsqueda con /findvideo, no solo las del menú
command-findvideo-settings-set-private-namespace-name = videoteca
command-findvideo-settings-set-private-namespace-description = Nombre de la videoteca de este servidor (letras, números, - o _)
command-findvideo-settings-set-cooldown-name = límite_por_minuto
command-findvideo-settings-set-cooldown-description = Búsquedas por miembro y minuto; 0 = sin límite
command-findvideo-settings-set-daily-budget-name = presupuesto_diario
command-findvideo-settings-set-daily-budget-description = Llamadas a la API por día para este servidor (UTC); 0 = sin límite
command-findvideo-settings-set-image-memory-name = memoria_de_imágenes
command-findvideo-settings-set-image-memory-description = Recordar las imágenes revisadas aquí («ya vista aquí»); desactivada, las olvida
command-findvideo-settings-set-seen-distance-name = distancia_ya_vista
command-findvideo-settings-set-seen-distance-description = Cuánto puede diferir un repost (bits de 64); 0 = solo idénticas
command-findvideo-settings-set-cut-borders-name = recortar_bordes
command-findvideo-settings-set-cut-borders-description = Buscar sin los bordes, franjas de texto o fondo desenfocado de un repost
command-findvideo-settings-set-memory-days-name = días_de_memoria
command-findvideo-settings-set-memory-days-description = Días que la memoria guarda una imagen (las más antiguas se olvidan)
command-findvideo-settings-reset-name = restablecer
command-findvideo-settings-reset-description = Volver a los ajustes por defecto del bot
command-findvideo-settings-reset-setting-name = ajuste
command-findvideo-settings-reset-setting-description = Solo este ajuste (déjalo vacío para restablecerlos todos)
command-choice-platform = Plataforma
command-choice-match-threshold = Umbral de coincidencia
command-choice-possible-match-threshold = Umbral de posible coincidencia
command-choice-results-per-image = Resultados por imagen
command-choice-private-answers = Respuestas privadas
command-choice-mod-log-channel = Canal del registro de moderación
command-choice-log-every-search = Registrar cada búsqueda
command-choice-cooldown = Límite por minuto
command-choice-daily-budget = Presupuesto diario
command-choice-image-memory-seen-here-before = Memoria de imágenes (ya vista aquí)
command-choice-seen-before-distance = Distancia de «ya vista»
command-choice-cut-borders-and-captions = Recortar bordes y textos
command-choice-image-memory-kept = Duración de la memoria de imágenes
command-findvideo-watch-name = findvideo-watch
command-findvideo-watch-description = Revisar cada imagen publicada en un canal, con avisos en el registro de moderación
command-findvideo-watch-add-name = añadir
command-findvideo-watch-add-description = Vigilar un canal: revisar cada imagen que se publique en él
command-findvideo-watch-add-channel-name = canal
command-findvideo-watch-add-channel-description = El canal de texto que vigilar
command-findvideo-watch-add-platform-name = plataforma
command-findvideo-watch-add-platform-description = Dónde buscar (por defecto: la plataforma del servidor)
command-findvideo-watch-add-min-match-name = similitud_mínima
command-findvideo-watch-add-min-match-description = Avisar a partir de esta similitud, en % (por defecto: 90)
command-findvideo-watch-add-action-name = acción
command-findvideo-watch-add-action-description = Además del aviso: reaccionar al mensaje o responder con la fuente
command-choice-mod-log-alert-only = Solo aviso en el registro
command-choice-mod-log-alert-and-a-reaction-on-the-message = Aviso en el registro y reacción al mensaje
command-choice-mod-log-alert-and-a-reply-naming-the-source = Aviso en el registro y respuesta con la fuente
command-findvideo-watch-add-confirm-name = confirmar
command-findvideo-watch-add-confirm-description = Las respuestas esperan a que un moderador confirme el aviso (por defecto: sí)
command-findvideo-watch-add-mirrored-name = reflejada
command-findvideo-watch-add-mirrored-description = Buscar también la imagen reflejada si no hubo coincidencias (cuesta el doble)
command-findvideo-watch-add-local-only-name = solo_local
command-findvideo-watch-add-local-only-description = Comparar solo con imágenes ya publicadas aquí: ninguna llamada a la API
command-findvideo-watch-remove-name = quitar
command-findvideo-watch-remove-description = Dejar de vigilar un canal
command-findvideo-watch-remove-channel-name = canal
command-findvideo-watch-remove-channel-description = El canal vigilado
command-findvideo-watch-list-name = lista
command-findvideo-watch-list-description = Los canales vigilados, sus opciones y las cifras de hoy
command-findvideo-history-name = findvideo-history
command-findvideo-history-description = Las últimas búsquedas con /findvideo en este servidor
command-findvideo-history-user-name = miembro
command-findvideo-history-user-description = Solo las búsquedas de este miembro
command-findvideo-usage-name = findvideo-usage
command-findvideo-usage-description = Búsquedas, llamadas a la API, aciertos de caché y presupuesto restante, hoy y esta semana
command-findvideo-forget-name = findvideo-forget
command-findvideo-forget-description = Hacer que el bot olvide las imágenes de un mensaje
command-findvideo-forget-link-name = enlace
command-findvideo-forget-link-description = El enlace del mensaje (clic derecho → Copiar enlace del mensaje)
command-find-source-video-name = Buscar el vídeo original
command-forget-image-name = Olvidar imagen
command-findvideo-settings-set-language-name = idioma
command-findvideo-settings-set-language-description = El idioma del registro de moderación, los avisos y las respuestas públicas
command-choice-server-default = Idioma del servidor
command-choice-language = Idioma

## answers
# Answers to a search: verdicts, matches, pages, evidence, follow-up buttons, seen-here-before.
# Owned by the answers work; ids start with answer-.
# Add new messages at the end of this section.

# Where a search looked. Brand names (TikTok, YouTube, Instagram) are never translated.
answer-library-private = Biblioteca del servidor
answer-scope-all = Todas las plataformas públicas
answer-scope-private = Biblioteca de vídeos de este servidor
answer-libraries-none = nada
# A list: "TikTok, YouTube" (a longer list repeats it: "TikTok, YouTube, Instagram").
answer-list-more = { $first }, { $rest }
# Facts side by side: "TikTok · @creator · 97%".
answer-dot-list = { $first } · { $rest }
# What was cut from a picture; listed in answer-searched-without and friends.
answer-cut-borders = los bordes
answer-cut-caption = el texto
answer-cut-blur = el fondo desenfocado
answer-cuts-two = { $first } y { $second }
answer-cuts-three = { $first }, { $second } y { $third }

# Numbers as the answer shows them.
answer-percent = { NUMBER($score, style: "percent") }
answer-seconds = { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s
answer-date = { DATETIME($date, dateStyle: "medium") }
answer-age-seconds = { $seconds } s
answer-age-minutes = { $minutes } min
answer-age-hours = { $hours } h
answer-age-hours-minutes = { $hours } h { $minutes } min

# The answer's title and lines.
answer-no-match = Sin coincidencias
answer-no-match-title = Sin coincidencias en { $libraries }
answer-could-not-search = No se ha podido buscar esta imagen
answer-summary-none = Ningún vídeo coincide al { NUMBER($min_match, style: "percent") } o más en { $libraries }.
answer-summary =
    { $count ->
        [one] { $count } vídeo coincide
       *[other] { $count } vídeos coinciden
    } en { $libraries } (el mejor: { NUMBER($best, style: "percent") }).
answer-searched-as-posted = ✂️ Se ha buscado la imagen tal como se publicó.
answer-searched-without = ✂️ Se ha buscado la imagen sin { $cuts }.
answer-searched-mirrored = ✂️ Se ha buscado la imagen en espejo (volteada de izquierda a derecha).
answer-searched-mirrored-without = ✂️ Se ha buscado la imagen en espejo (volteada de izquierda a derecha), sin { $cuts }.
answer-searched-centre = ✂️ Se ha buscado solo el centro de la imagen.
answer-searched-centre-without = ✂️ Se ha buscado solo el centro de la imagen, sin { $cuts }.
answer-no-match-tip = Consejo: baja la similitud mínima o prueba otra plataforma (o todas las públicas).
answer-no-match-tip-private = Consejo: baja la similitud mínima.
answer-hidden-matches =
    { $hidden ->
        [one] { $hidden } resultado más sin mostrar: pide más resultados para verlo.
       *[other] { $hidden } resultados más sin mostrar: pide más resultados para verlos.
    }
answer-library-failed = No se ha podido buscar en { $library }: { $reason }
answer-cached = en caché desde hace { $age }
answer-cached-some = { $libraries } en caché desde hace { $age }
answer-footer-searched = Búsqueda en { $scope }
answer-footer-min-match = similitud mínima { NUMBER($min_match, style: "percent") }
answer-video-ids = ID de vídeo: { $ids }
answer-unnamed-image = imagen
answer-possible-matches-line =
    { $count ->
        [one] { $count } vídeo más coincide
       *[other] { $count } vídeos más coinciden
    } entre { $low } y { NUMBER($high, style: "percent") }: pulsa **{ answer-show-possible }**.
answer-page-range = Resultados { $first }–{ $last } de { $total }; ◀ ▶ para pasar de página.

# One match.
answer-match-heading = { $rank }. { $library } · { NUMBER($score, style: "percent") } de similitud
answer-likely-original-tag = probable original
answer-no-title = *(sin título)*
answer-moments = en { $moments }
answer-moments-more = en { $moments } (+{ $hidden } más)
# $whose: "own" (the member's own clip) or "theirs" (another member's post).
answer-clip-searched =
    Se { $count ->
        [one] ha buscado { $count } fotograma
       *[other] han buscado { $count } fotogramas
    } { $whose ->
        [theirs] del clip
       *[own] de tu clip
    }, en { $moments }.
answer-frame-links =
    { $whose ->
        [theirs] el clip
       *[own] tu clip
    } { $pairs }
answer-frame-links-in-order =
    { $whose ->
        [theirs] el clip
       *[own] tu clip
    } { $pairs } ({ $count } fotogramas en el mismo orden)
# A still of the clip and the moment of the video it matched: "1.5 s → 1:10".
answer-frame-pair = { $clip } → { $source }
answer-by-creator = de { $creator }
# $date is a Discord timestamp: each reader's client shows it in their own calendar.
answer-posted-on = publicado el { $date }
answer-earliest-upload = 🕒 **primera subida**

# The verdict: the likely original the answer leads with.
answer-verdict-title = Probable original: { $facts }
answer-verdict-title-unsure = Mejor coincidencia { NUMBER($score, style: "percent") } en { $library }: poca confianza, compara la imagen
answer-open-video = **[Abrir el vídeo]({ $link })**
answer-verdict-unsure = No es lo bastante parecido para estar seguros: compara la imagen antes de actuar.
answer-verdict-earliest = El primero en publicarse de las coincidencias fuertes (n.º { $rank } de { $total }).
answer-verdict-closest = La coincidencia más parecida (n.º { $rank } de { $total }).
answer-verdict-only = La única coincidencia.

# Possible matches (behind a button).
answer-show-possible = Ver posibles coincidencias
answer-possible-title = Posibles coincidencias de { $name }
answer-possible-description = Menos parecidas que una coincidencia ({ NUMBER($min_match, style: "percent") }), pero al menos del { NUMBER($possible_match, style: "percent") }: revísalas con atención.

# Follow-up buttons (Discord cuts a label at 80 characters).
answer-button-all-platforms = Todas las plataformas
answer-button-lower = Bajar el umbral al { NUMBER($min_match, style: "percent") }
answer-button-mirrored = Buscar en espejo
answer-button-centre = Buscar el centro
answer-button-as-posted = Buscar tal como se publicó
answer-button-post-publicly = Publicar para todos
answer-button-posted-publicly = Publicado para todos
answer-button-jump = Ir al mensaje
answer-button-delete = Eliminar mensaje
answer-button-deleted = Mensaje eliminado
answer-shared-by = 🔎 Compartido por { $member } ({ command-find-source-video-name })
answer-shared-by-on = 🔎 Compartido por { $member } · { command-find-source-video-name } en { $link }

# Seen here before: earlier posts of the picture in this server.
answer-seen-heading = Ya visto aquí
answer-seen-identical = idéntica
answer-seen-similar = { NUMBER($score, style: "percent") } de similitud
answer-seen-mirrored = { $closeness }, en espejo
# $when is a Discord relative time ("3 days ago"), shown in each reader's language.
answer-seen-line = [Publicada]({ $link }) por { $author } en { $channel }, { $when } · { $closeness }
# The mod-log record's line.
answer-seen-record = Ya visto aquí: { $line }
answer-seen-record-more = Ya visto aquí: { $line } (+{ $more } más)

# /findvideo-forget and "Forget image": what forgetting a message answers.
answer-forgotten-none = No recordaba ninguna imagen de ese mensaje; no se ha eliminado nada.
answer-forgotten =
    { $count ->
        [one] Olvidado: ya no recuerdo la imagen de ese mensaje.
       *[other] Olvidado: ya no recuerdo las { $count } imágenes de ese mensaje.
    }

# Under the side-by-side picture (drawn into the image): the searched image, and the match.
answer-picture-yours = Tu imagen
answer-picture-posted = Imagen publicada
answer-picture-clip-at =
    { $whose ->
        [posted] Clip publicado
       *[own] Tu clip
    } en { $at }
answer-picture-source = Origen
answer-picture-match = Resultado { $rank }
answer-picture-at = { $name } en { $at }

# A watched channel's alert and public reply, for a picture posted in this server before (the server's language).
answer-seen-reposted-title = Republicación: ya se publicó en este servidor
answer-seen-repost-line = Republicación: publicada primero [aquí]({ $link }) por { $author }, { $when } ({ $closeness })
answer-seen-reply = Esta imagen ya se publicó aquí { $when }: { $link }

## errors
# Refusals and errors shown to the member (privately): image checks, clips, fair use,
# the API, links, buttons, the error path, queue and outage notices. Ids start with error-.
# Add new messages at the end of this section.

error-unexpected = Algo ha fallado por mi parte. Ha quedado registrado; inténtalo de nuevo más tarde.
error-slow-down = Más despacio: inténtalo de nuevo en { $seconds } s.
error-not-here = No puedes usar este comando aquí.

error-subject-file = Ese archivo
error-subject-link = Ese enlace
error-subject-clip = Ese clip
error-subject-redirect = El enlace { $target }, al que redirige { $link },

error-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
error-size-kb = { NUMBER($amount, maximumFractionDigits: 1) } KB
error-size-mb = { NUMBER($amount, maximumFractionDigits: 1) } MB

error-supported-formats = Puedo buscar imágenes JPEG, PNG, GIF, BMP y WebP.
error-file-empty = { $subject } está vacío; prueba a adjuntarlo otra vez.
error-file-too-large = { $subject } ocupa { $size }; el límite es { $limit }.
error-image-bomb = { $subject } declara { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } píxeles en solo { $size }: muchos más de los que puede contener, así que no lo voy a abrir.
error-image-side-too-long = { $subject } mide { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } píxeles; el lado más largo que acepto es de { NUMBER($limit, useGrouping: 0) } píxeles, así que redúcelo, por favor.
error-image-too-many-pixels = { $subject } mide { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } píxeles ({ NUMBER($megapixels, maximumFractionDigits: 1) } megapíxeles); acepto como máximo { NUMBER($limit, maximumFractionDigits: 1) } megapíxeles, así que redúcelo, por favor.
error-image-unreadable = { $subject } no es una imagen que pueda leer. { error-supported-formats }
error-image-damaged = { $subject } parece dañado o incompleto; prueba a guardarlo otra vez.
error-image-pillow-bomb = { $subject } declara más píxeles de los que puede contener, así que no lo voy a abrir.
error-image-empty-animation = { $subject } dice ser un PNG animado, pero no contiene ningún fotograma (no tiene bloque fcTL), así que no lo voy a abrir.
error-image-text-bomb = { $subject } tiene un bloque de texto comprimido que al descomprimirse supera { $size } (una bomba de descompresión), así que no lo voy a abrir.
error-image-too-costly-jpeg = { $subject } es un JPEG progresivo de { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } píxeles, demasiado grande para comprobarlo con seguridad en ese formato. Guárdalo como PNG o como JPEG normal (o redúcelo) y vuelve a intentarlo.
error-image-too-costly = { $subject } es una imagen { $format } de { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } píxeles, demasiado grande para comprobarla con seguridad en ese formato. Guárdala como PNG o como JPEG normal (o redúcela) y vuelve a intentarlo.

error-kind-svg = { $subject } es un dibujo SVG. Guárdalo o expórtalo como PNG o JPEG (también vale una captura de pantalla) y vuelve a intentarlo.
error-kind-heic = { $subject } es una foto HEIC. Guárdala o expórtala como PNG o JPEG (también vale una captura de pantalla) y vuelve a intentarlo.
error-kind-avif = { $subject } es una imagen AVIF. Guárdala o expórtala como PNG o JPEG (también vale una captura de pantalla) y vuelve a intentarlo.
error-kind-tiff = { $subject } es una imagen TIFF. Guárdala o expórtala como PNG o JPEG (también vale una captura de pantalla) y vuelve a intentarlo.
error-kind-icon = { $subject } es un archivo de icono. Guárdalo o expórtalo como PNG o JPEG (también vale una captura de pantalla) y vuelve a intentarlo.
error-kind-jpeg-xl = { $subject } es una imagen JPEG XL. Guárdala o expórtala como PNG o JPEG (también vale una captura de pantalla) y vuelve a intentarlo.
error-kind-photoshop = { $subject } es un archivo de Photoshop. Guárdalo o expórtalo como PNG o JPEG (también vale una captura de pantalla) y vuelve a intentarlo.
error-kind-raw = { $subject } es una foto RAW de cámara. Guárdala o expórtala como PNG o JPEG (también vale una captura de pantalla) y vuelve a intentarlo.
error-kind-eps = { $subject } es una imagen EPS, un formato que no puedo buscar. Guárdala o expórtala como PNG o JPEG (también vale una captura de pantalla) y vuelve a intentarlo.
error-kind-xpm = { $subject } es una imagen XPM, un formato que no puedo buscar. Guárdala o expórtala como PNG o JPEG (también vale una captura de pantalla) y vuelve a intentarlo.
error-kind-netpbm = { $subject } es una imagen PPM/PGM/PBM, un formato que no puedo buscar. Guárdala o expórtala como PNG o JPEG (también vale una captura de pantalla) y vuelve a intentarlo.
error-kind-fits = { $subject } es una imagen FITS, un formato que no puedo buscar. Guárdala o expórtala como PNG o JPEG (también vale una captura de pantalla) y vuelve a intentarlo.
error-kind-pdf = { $subject } es un documento PDF; mejor envía una captura de pantalla de la página.
error-kind-document = { $subject } es un documento, no una imagen; mejor envía una captura de pantalla de la página.
error-kind-video = { $subject } es un vídeo. Aún no admito vídeos aquí, así que envía una captura del fotograma que quieres encontrar.
error-kind-audio = { $subject } es un archivo de audio, no una imagen. { error-supported-formats }
error-kind-text = { $subject } es un archivo de texto, no una imagen. { error-supported-formats }
error-kind-web-page = { $subject } es una página web, no una imagen. Usa el enlace de la propia imagen (clic derecho en la imagen y «Copiar dirección de imagen»).
error-kind-archive = { $subject } es un archivo comprimido, no una imagen. Descomprímelo y envía la imagen.

error-clip-too-large = { $subject } ocupa { $size }; el clip más grande que acepto es de { $limit }.
error-clip-sound-only = { $subject } tiene sonido pero no imagen, así que no hay nada que buscar. Envía un clip de vídeo, una imagen o una captura del momento.
error-clip-codec = El vídeo de ese clip está codificado en { $codec }, que no puedo decodificar. Envíalo en MP4 (H.264) o WebM, o una captura del fotograma que quieres encontrar.
error-clip-codec-unknown = El vídeo de ese clip está codificado en un formato que no reconozco y no puedo decodificar. Envíalo en MP4 (H.264) o WebM, o una captura del fotograma que quieres encontrar.
error-clip-unreadable = No he podido leer ese clip: parece dañado o usa una codificación que no puedo decodificar. Prueba con otra copia o envía una captura del fotograma que quieres encontrar.
error-clip-too-costly = Decodificar ese clip cuesta más de lo que dedico a una búsqueda, así que lo he dejado. Envía una copia más corta o más pequeña, o una captura del momento que quieres encontrar.
error-clip-too-long = Ese clip dura { NUMBER($seconds, useGrouping: 0) } s; busco clips de hasta { NUMBER($limit, useGrouping: 0) } s. Recórtalo o envía una captura del momento.
error-clip-longer-than = Ese clip dura más de { NUMBER($limit, useGrouping: 0) } s, lo máximo que busco. Recórtalo o envía una captura del momento.
error-clip-frames-too-large = Los fotogramas de ese clip miden { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } píxeles, más de lo que decodifico (como máximo { NUMBER($megapixels, minimumFractionDigits: 1, maximumFractionDigits: 1) } megapíxeles, 3840×2160). Envía una copia más pequeña o una captura.
error-clip-frame-rate = Ese clip va a { NUMBER($rate, useGrouping: 0) } fotogramas por segundo; acepto clips de hasta { NUMBER($limit, useGrouping: 0) } fotogramas por segundo. Envía una copia normal o una captura del momento.
error-gif-too-many-frames = Ese GIF tiene más de { NUMBER($limit, useGrouping: 0) } fotogramas; acepto GIF de hasta { NUMBER($limit, useGrouping: 0) } fotogramas. Envía una copia más corta o una captura del momento.
error-gif-too-costly = Para ese GIF tendría que decodificar { NUMBER($frames, useGrouping: 0) } fotogramas de { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } píxeles; decodifico como máximo { NUMBER($budget, useGrouping: 0) } megapíxeles por clip. Envía una copia más corta o más pequeña, o una captura del momento.

error-download-larger-than = { $subject } supera el límite de { $limit }.
error-download-status = { $subject } no se ha podido descargar: el enlace respondió { $status }.
error-download-timeout = { $subject } ha tardado demasiado en descargarse; vuelve a intentarlo o adjunta la imagen directamente.
error-download-cut-off = { $subject } dejó de enviar datos antes de terminar la descarga; vuelve a intentarlo, por favor.
error-download-unreachable = { $subject } no está accesible; revisa el enlace y vuelve a intentarlo.
error-download-unknown-site = { $subject } apunta a un sitio que no he encontrado; revisa si el enlace tiene alguna errata.
error-download-private-address = { $subject } apunta a una dirección de red privada o local; solo descargo de sitios web públicos.
error-link-too-long-max = { $subject } es demasiado largo para ser un enlace; acepto como máximo { NUMBER($limit, useGrouping: 0) } caracteres.
error-link-too-long = { $subject } es demasiado largo para ser un enlace.
error-link-invalid = { $subject } no es un enlace web válido.
error-link-not-web = { $subject } no es un enlace http o https, que son los únicos que descargo.
error-link-no-site = { $subject } no es un enlace completo: no indica ningún sitio web.
error-link-credentials = { $subject } contiene un usuario o una contraseña; comparte un enlace sin ellos, por favor.
error-link-redirect-loop = { $subject } ha redirigido más de { $limit } veces, así que me he rendido.
error-link-redirect-nowhere = { $subject } respondió con una redirección que no lleva a ninguna parte.
error-link-redirect-invalid = { $subject } redirige a un enlace no válido.

error-cooldown = Más despacio: aquí cada miembro tiene { $limit } { $limit ->
    [one] búsqueda
   *[other] búsquedas
} por minuto. Podrás volver a buscar { $when }.
error-budget-spent = Este servidor ha agotado el presupuesto de búsquedas de hoy ({ $budget } { $budget ->
    [one] llamada a la API
   *[other] llamadas a la API
}). El presupuesto se renueva { $when }.
error-budget-short = Esta búsqueda necesita { $calls } llamadas a la API, pero al presupuesto diario de este servidor solo le quedan { $left } (busca en una plataforma cada vez para aprovecharlas). El presupuesto se renueva { $when }.

error-api-failed = La búsqueda de vídeos ha fallado. Vuelve a intentarlo más tarde.
error-api-misconfigured = Este bot está mal configurado: su servicio de búsqueda lo rechaza. Solo quien gestiona el bot puede arreglarlo (los admins del servidor no); vuelve a intentarlo más tarde.
error-api-out-of-credits = Este bot ha gastado todos sus créditos de búsqueda. Solo quien gestiona el bot puede añadir más (los admins del servidor no); vuelve a intentarlo más tarde.
error-api-busy = El servicio de búsqueda está saturado ahora mismo; vuelve a intentarlo dentro de un minuto.
error-api-bad-image = El servicio de búsqueda no ha podido usar esa imagen. Prueba con otra (JPG, PNG, GIF, BMP o WebP, 20 MB como máximo).
error-api-library-unsupported = Esa videoteca no es compatible.
error-api-similarity = La similitud debe ser un número entre 0 y 1.
error-api-library-name = El nombre de la videoteca de este servidor no es válido. Avisa a los admins del servidor, por favor.
error-api-not-answering = El servicio de búsqueda de vídeos no responde ahora mismo; vuelve a intentarlo dentro de un minuto.
error-api-not-answering-seconds = El servicio de búsqueda de vídeos no responde ahora mismo; vuelve a intentarlo dentro de unos { $seconds } s.
error-api-not-answering-minutes = El servicio de búsqueda de vídeos no responde ahora mismo; vuelve a intentarlo dentro de unos { $minutes } min.
error-search-timed-out = La búsqueda ha tardado demasiado y se ha detenido; vuelve a intentarlo dentro de unos minutos.
error-outage-title = Las búsquedas están fallando
error-outage-footer = Se avisa una vez por incidencia; las búsquedas vuelven a funcionar solas cuando termina.
error-outage-misconfigured = Las búsquedas están fallando: el servicio de búsqueda rechaza este bot (su clave de API o su cuenta). Solo quien gestiona el bot puede arreglarlo; no depende de los ajustes de este servidor.
error-outage-out-of-credits = Las búsquedas están fallando: la cuenta de búsqueda del bot se ha quedado sin créditos. Solo quien gestiona el bot puede añadir más; no depende de los ajustes de este servidor.
error-outage-down = Las búsquedas están fallando: el servicio de búsqueda de vídeos no responde. No hay nada que hacer en este servidor; quien gestiona el bot recibe el aviso en sus registros, y las búsquedas volverán a funcionar solas en cuanto responda.

error-queued = ⏳ Hay muchas búsquedas en marcha: la tuya está en cola y debería terminar en unos { $seconds } s.
error-backing-off = ⏳ El servicio de búsqueda está limitando nuestro ritmo ahora mismo: tu búsqueda está en cola y se reintentará en unos { $seconds } s.

error-none-searchable = No se ha podido buscar ninguna de las imágenes:{ $reasons }
error-reason = { $earlier }
    • { $reason }
error-restarting = El bot se está reiniciando; vuelve a intentarlo en un momento.
error-no-image-given = Adjunta una imagen (o pon un enlace a una imagen en `url`) y buscaré el vídeo del que procede.
error-no-image-in-message = Ese mensaje no tiene ninguna imagen, GIF ni vídeo que pueda buscar (ni adjuntos ni imágenes insertadas).
error-private-library-in-dms = La videoteca de un servidor solo se puede buscar dentro del servidor, no por mensaje directo. Elige una plataforma pública (TikTok, YouTube, Instagram o Todas las plataformas públicas).
error-button-not-valid = Este botón no es válido aquí, así que no se ha hecho nada.
error-button-elsewhere = Este botón pertenece a un mensaje de otro servidor, así que no se ha hecho nada.
error-button-not-yours = Solo quien hizo esta búsqueda puede usar sus botones. Haz tu propia búsqueda con `/findvideo`.
error-pages-not-yours = Solo quien usó este comando puede pasar sus páginas.
error-search-gone = Esta búsqueda es demasiado antigua para repetirla desde aquí; vuelve a usar `/findvideo`.
error-button-needs-manage-messages = Necesitas el permiso **Gestionar mensajes** en { $channel } para borrar un mensaje allí.
error-cannot-delete = No he podido borrarlo: necesito el permiso **Gestionar mensajes** en { $channel }. Dale ese permiso a mi rol allí o bórralo tú.
error-already-shared = Esta respuesta ya se publicó: { $link }
error-already-shared-just-now = Esta respuesta se acaba de publicar.
error-alert-gone = El bot ya no reconoce esta alerta; no se ha cambiado nada.
error-alert-image-gone = La imagen de esta alerta ya no está adjunta, así que no se puede volver a buscar.
error-memory-off = La memoria de imágenes de este servidor está desactivada, así que no hay nada que olvidar. Los moderadores pueden activarla con `/findvideo-settings cambiar memoria_de_imágenes:True`.
error-not-a-message-link = Eso no es un enlace a un mensaje de este servidor. Haz clic derecho en el mensaje → **Copiar enlace del mensaje** y pásame ese enlace.
error-local-watch-needs-memory = Una vigilancia solo local compara las imágenes nuevas con las que ya se publicaron aquí, pero la memoria de imágenes de este servidor está desactivada. Actívala primero con `/findvideo-settings cambiar memoria_de_imágenes:True`.
error-forget-needs-manage-messages = Solo los miembros con el permiso **Gestionar mensajes** pueden hacer eso.
error-database-down = La base de datos del bot no responde ahora mismo, así que { $action ->
    [settings] no se pueden cambiar los ajustes
    [history] no se puede leer el historial de búsquedas
    [usage] no se pueden leer las cifras de uso
    [button] no se puede usar este botón
    [share] no se puede compartir esta respuesta
    [forget] no se pueden olvidar imágenes
   *[other] no se puede hacer eso
}. Vuelve a intentarlo dentro de un minuto.

## usage-history
# /findvideo-usage and /findvideo-history: texts and chart labels.
# Ids start with usage- or history-.
# Add new messages at the end of this section.

usage-title = Uso de la búsqueda
usage-today = Hoy (UTC)
usage-last-7-days = Últimos 7 días
usage-daily-budget = Presupuesto diario
usage-figures =
    Búsquedas: **{ $searches }**
    Llamadas a la API: **{ $calls }** (búsquedas { $search_calls }, detalles de vídeos { $details }, descargas de fotogramas clave { $keyframes })
    Respondidas desde la caché: **{ $cache_rate }**
usage-cache-rate = { NUMBER($rate, style: "percent") }
usage-cache-rate-none = –
usage-no-budget = Sin presupuesto diario: las llamadas a la API no tienen límite.
usage-budget-left = Quedan **{ $left }** de { $budget } llamadas a la API hoy (se renueva a medianoche UTC).
usage-watched-today = Canales vigilados hoy
usage-needs-manage-server = Solo los miembros con el permiso «Gestionar servidor» pueden ver el uso.
usage-chart-searches = Búsquedas
usage-chart-api-calls = Llamadas a la API de búsquedas
usage-chart-cache-hits = Aciertos de caché
usage-chart-budget = Presupuesto diario ({ $budget })
history-needs-manage-messages = Solo los miembros con el permiso «Gestionar mensajes» pueden ver el historial de búsquedas.
history-nothing-yet = Todavía no hay búsquedas registradas en este servidor.
history-nothing-by-member = { $member } no tiene búsquedas registradas en este servidor.
history-title = Búsquedas recientes
history-title-member = Búsquedas de { $name }
history-title-unnamed = Búsquedas de este miembro
history-in-channel = en { $channel }
history-on-message = sobre [este mensaje]({ $link }) en { $channel }
history-images = { $count } imágenes
history-cached = desde la caché
history-api-calls =
    { $count ->
        [one] { $count } llamada a la API
       *[other] { $count } llamadas a la API
    }
history-no-match = sin coincidencias
history-kind-slash = /findvideo
history-kind-menu = Buscar el vídeo original
history-kind-alert-button = alerta de vigilancia: Buscar en todas las plataformas
history-kind-follow-up = botón de seguimiento
history-searches-all =
    { $total ->
        [one] { $total } búsqueda
       *[other] { $total } búsquedas
    }
history-searches-some = { $shown } de { $total } búsquedas
history-footer =
    Página { $page }/{ $pages } · las más recientes primero · { $searches } · { $days ->
        [one] se guardan { $days } día
       *[other] se guardan { $days } días
    }
history-chart-searches = Búsquedas
history-chart-matches = Coincidencias encontradas
history-chart-alerts = Alertas de repost
history-seen-before =
    { $count ->
        [one] ya vista aquí (una vez)
       *[other] ya vista aquí ({ $count } veces)
    }
usage-chart-alt =
    { $days ->
        [one] Gráfico de hoy
       *[other] Gráfico de los últimos { $days } días
    }: búsquedas, sus llamadas a la API y aciertos de caché por día
history-chart-alt =
    { $days ->
        [one] Gráfico de hoy
       *[other] Gráfico de los últimos { $days } días
    }: búsquedas, coincidencias encontradas y alertas de repost por día

## settings
# /findvideo-settings: the settings, their descriptions and the replies.
# Ids start with settings-.
# Add new messages at the end of this section.

settings-label-platform = Plataforma
settings-label-min-match = Umbral de coincidencia
settings-label-possible-match = Umbral de posible coincidencia
settings-label-results = Resultados por imagen
settings-label-private = Respuestas privadas
settings-label-modlog-channel-id = Canal del registro de moderación
settings-label-log-every-search = Registrar cada búsqueda
settings-label-private-namespace = Videoteca de este servidor
settings-label-cooldown = Límite por minuto
settings-label-daily-budget = Presupuesto diario
settings-label-image-memory = Memoria de imágenes (ya vista aquí)
settings-label-seen-distance = Distancia de «ya vista»
settings-label-cut-borders = Recortar bordes y textos
settings-label-memory-days = Duración de la memoria de imágenes
settings-label-language = Idioma
settings-value-off = desactivado
settings-value-none = ninguno
settings-value-yes = sí
settings-value-no = no
settings-value-percent = { $value } %
settings-value-days = { $value ->
    [one] { $value } día
   *[other] { $value } días
}
settings-value-cooldown = { $value ->
    [0] sin límite
    [one] { $value } búsqueda por miembro y minuto
   *[other] { $value } búsquedas por miembro y minuto
}
settings-value-budget = { $value ->
    [0] ilimitado
    [one] { $value } llamada a la API al día
   *[other] { $value } llamadas a la API al día
}
settings-value-seen-distance = { $value ->
    [0] solo idénticas
   *[other] hasta { $value } de 64 bits de diferencia
}
settings-value-server-language = el idioma del servidor
settings-value-server-language-is = el idioma del servidor ({ $language })
settings-origin-default = predeterminado
settings-origin-set-here = elegido aquí
settings-show-line = **{ $label }** (`{ $option }`): { $value } · *{ $origin }*
settings-show-title = Ajustes de findvideo en { $server }
settings-show-footer = Cambiar: /findvideo-settings cambiar · Volver a los valores predeterminados: /findvideo-settings restablecer
settings-change-line = **{ $label }**: { $before } → { $after }
settings-saved-title = Ajustes guardados
settings-reset-title = Ajustes restablecidos
settings-changed-title = Ajustes de findvideo cambiados
settings-changed-by = Cambiado por
settings-modlog-problem = ⚠️ Registro de moderación
settings-not-logged = Guardado, pero el cambio no se pudo registrar: { $problem }
settings-needs-manage-server = Necesitas el permiso **Gestionar servidor** para cambiar los ajustes de findvideo.
settings-only-in-server = Los ajustes del servidor solo se pueden cambiar dentro de un servidor.
settings-nothing-given = Indica al menos un ajuste que cambiar, por ejemplo `/findvideo-settings cambiar similitud_mínima:80`.
settings-nothing-to-reset = Nada que restablecer: esos ajustes ya tienen sus valores predeterminados.
settings-nothing-changed = No ha cambiado nada: esos ajustes ya tienen esos valores.
settings-operators-library = `videoteca` no puede ser la biblioteca del operador del bot; elige otro nombre.
settings-problems = { $first }
    { $rest }
settings-unknown-language = No existe el idioma «{ $language }»; elige uno de los idiomas ofrecidos.
settings-library-taken = Otro servidor ya usa esa `videoteca`: una videoteca pertenece a un solo servidor. Elige otro nombre.
settings-library-name = `videoteca` debe tener de 1 a 64 letras, números, `-` o `_`.
settings-library-number = `videoteca` no puede ser un número (el ID de otro servidor); añade alguna letra.
settings-possible-match-range = `posible_coincidencia` debe ser 0 (desactivado) o de { $lowest } a 100.
settings-possible-above-match = El umbral de posible coincidencia ({ $possible } %) no puede superar el umbral de coincidencia ({ $match } %). Baja `posible_coincidencia`, sube `similitud_mínima` o pon `posible_coincidencia` a 0 para desactivarlo.

## modlog-watch
# What the bot posts for the server, in the server's language: mod-log records,
# watch alerts and public replies in watched channels. Ids start with modlog- or watch-.
# Add new messages at the end of this section.

modlog-channel-gone = El canal del registro de moderación ya no existe o no puedo verlo: elige otro con `/findvideo-settings cambiar canal_modlog`.
modlog-cannot-post = No puedo publicar en <#{ $channel }>. Permisos que me faltan ahí: { $missing }. Dame { $needed } en ese canal o elige otro.
modlog-refused = No puedo publicar en <#{ $channel }>: me faltan permisos ahí. Dame { $needed } en ese canal o elige otro.
modlog-not-accepted = Discord no aceptó la entrada del registro en <#{ $channel }> ({ $status }).
modlog-permission-view-channel = **Ver canal**
modlog-permission-send-messages = **Enviar mensajes**
modlog-permission-embed-links = **Insertar enlaces**
modlog-permission-attach-files = **Adjuntar archivos**
modlog-record-slash = Búsqueda con /findvideo
modlog-searched-by = **Buscado por** { $user } (`{ $user_id }`)
modlog-when = **Cuándo** <t:{ $at }:f> (<t:{ $at }:R>)
modlog-message-checked = **Mensaje revisado** { $link } de { $author } (`{ $author_id }`)
modlog-channel = **Canal** <#{ $channel }> (`/findvideo`)
modlog-not-searched = No se buscó: { $reason }
modlog-image-too-large = La imagen { $index } ({ $size }) es demasiado grande para volver a subirla.
modlog-image-reduced = La imagen { $index } ({ $size }) se vuelve a subir como un JPEG más pequeño (límite de subida de Discord); SHA-256 del original: `{ $sha256 }`
modlog-record-failed = Algo ha fallado al escribir la entrada; ha quedado registrado.
modlog-not-recorded = Esta búsqueda no se pudo anotar en el registro de moderación: { $problem }
modlog-permission-add-reactions = **Añadir reacciones**
watch-disabled = Los canales vigilados están desactivados en este bot. Su operador puede activarlos con `WATCH_ENABLED=true`, después de activar el intent **Message Content** en el portal de desarrolladores de Discord (la aplicación → Bot → Privileged Gateway Intents).
watch-intent-missing = Los canales vigilados necesitan el intent **Message Content**, y Discord no lo ha concedido. El propietario del bot debe activarlo en el portal de desarrolladores de Discord (la aplicación → Bot → Privileged Gateway Intents → Message Content Intent) y después reiniciar el bot.
watch-needs-manage-server = Solo los miembros con el permiso **Gestionar servidor** pueden cambiar los canales vigilados.
watch-needs-manage-messages = Solo los miembros con el permiso **Gestionar mensajes** pueden usar estos botones.
watch-no-modlog = No hay ningún canal de registro de moderación, así que los avisos aún no tienen adónde ir: elige uno en los ajustes de findvideo del servidor.
watch-server-library = Biblioteca del servidor
watch-moments = { $more ->
    [0] en { $spans }
   *[other] en { $spans } (+{ $more } más)
}
watch-no-title = (sin título)
watch-match = **{ $score } %** en { $platform }: { $title } · { $moments }
watch-a-video = un vídeo
watch-reply = Esta imagen parece sacada de un vídeo de { $platform } (similitud del { $score } %): { $title } { $link }
watch-options-local = solo publicaciones anteriores de aquí, sin llamadas a la API · { $action }
watch-options = { $scope } · al menos { $min_match } % · { $action }{ $held ->
    [yes] {" "}(cuando un moderador lo confirme)
   *[no] {""}
}{ $mirrored ->
    [yes] {" "}· también reflejada
   *[no] {""}
}
watch-caption = Texto: «{ $caption }»
watch-repeats = ⚠️ Las publicaciones de este miembro han generado **{ $count } avisos** esta semana.
watch-reply-held = La respuesta pública al autor espera a **Confirmar y responder**.
watch-verdict-not-a-repost = ✅ **No es un repost**
watch-verdict-deleted = 🗑️ **Mensaje eliminado**
watch-verdict-confirmed = ⛔ **Repost confirmado**
watch-verdict-gone = 🗑️ **El mensaje se eliminó**
watch-closed = { $verdict } el <t:{ $when }:f>.
watch-closed-by = { $verdict }, por { $moderator } el <t:{ $when }:f>.
watch-closed-not-a-repost = { $closed } Esta imagen no volverá a avisar por este vídeo, ni tampoco sus copias ya publicadas aquí.
watch-counts = { $checked } revisadas, { $alerts ->
    [one] { $alerts } aviso
   *[other] { $alerts } avisos
}, { $skipped } omitidas
watch-counts-why = { $counts } ({ $reasons })
watch-skipped-automated = { $count } de bots o webhooks
watch-skipped-too-small = { $count ->
    [one] { $count } demasiado pequeña
   *[other] { $count } demasiado pequeñas
}
watch-skipped-already-seen = { $count ->
    [one] { $count } ya vista
   *[other] { $count } ya vistas
}
watch-skipped-deleted = { $count ->
    [one] { $count } eliminada
   *[other] { $count } eliminadas
}
watch-skipped-budget = { $count } sin presupuesto de vigilancia
watch-skipped-queue-full = { $count } por cola llena
watch-skipped-unsearchable = { $count ->
    [one] { $count } no buscable
   *[other] { $count } no buscables
}
watch-skipped-too-slow = { $count ->
    [one] { $count } tardó demasiado en cargar
   *[other] { $count } tardaron demasiado en cargar
}
watch-added = Vigilando <#{ $channel }>: { $options }.
watch-missing = Me faltan permisos en <#{ $channel }>: { $missing }. Dáselos a mi rol en ese canal.
watch-removed = <#{ $channel }> ya no está vigilado.
watch-not-watched = <#{ $channel }> no estaba vigilado: no ha cambiado nada.
watch-budget-none = Búsquedas de vigilancia hoy: { $spent } (este servidor no tiene presupuesto diario).
watch-budget = Búsquedas de vigilancia hoy: { $spent } de { $allowance } ({ $share } % del presupuesto diario del servidor).
watch-open-video-posted = **[Abrir el vídeo]({ $link })** · publicado { $posted }
watch-jump = [Ir al mensaje]({ $link }) en <#{ $channel }>, publicado por { $author }
watch-possible-repost = Posible repost
watch-alert-title = { $state }: { $facts }
watch-first-post-id = primera publicación { $id }
watch-video-id = vídeo { $id }
watch-footer = Vigilancia: { $options }
    miembro { $member } · { $found }
watch-button-not-a-repost = No es un repost
watch-button-confirm-reply = Confirmar y responder
watch-button-confirm = Confirmar repost
watch-button-search-all = Buscar en todas
watch-title-not-a-repost = No es un repost
watch-title-deleted = Repost eliminado
watch-title-confirmed = Repost confirmado
watch-title-gone = Mensaje eliminado
watch-closed-title = { $verdict } · { $title }
watch-nothing-watched = No se vigila ningún canal. Añade uno con `/findvideo-watch añadir`.
watch-list-title = Canales vigilados
watch-list-line = <#{ $channel }>: { $options }
    {"  "}Hoy: { $today }
watch-usage = { $counts }; { $searches ->
    [one] { $searches } búsqueda de API usada
   *[other] { $searches } búsquedas de API usadas
}.
