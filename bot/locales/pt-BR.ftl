# findvideo's words in Brazilian Portuguese: one file per language, the same message ids in every file.
# English (en.ftl) is the source; `python -m bot languages check pt-BR` lists what this file lacks.
# Syntax: https://projectfluent.org/fluent/guide/ (variables: { $name }, plurals: selectors).

## commands
# Command, group, option and choice names and descriptions (Discord shows them in the
# member's language). Ids come from bot/discord/command_translator.py; names: lowercase,
# no spaces, at most 32 characters; descriptions at most 100 characters.

command-findvideo-name = findvideo
command-findvideo-description = Encontre o vídeo do TikTok, YouTube ou Instagram de onde uma imagem veio
command-findvideo-image-name = imagem
command-findvideo-image-description = A imagem a pesquisar (uma captura de tela ou um quadro do vídeo)
command-findvideo-url-name = url
command-findvideo-url-description = Ou: o link de uma imagem que já está na internet
command-findvideo-platform-name = plataforma
command-findvideo-platform-description = Onde procurar (padrão: a configuração do servidor)
command-choice-tiktok = TikTok
command-choice-youtube = YouTube
command-choice-instagram = Instagram
command-choice-all-public-platforms = Todas as plataformas públicas
command-choice-this-server-s-video-library = Biblioteca de vídeos deste servidor
command-findvideo-min-match-name = semelhança_mínima
command-findvideo-min-match-description = Semelhança mínima em %; quanto maior, mais rigorosa (padrão: configuração do servidor)
command-findvideo-results-name = resultados
command-findvideo-results-description = Vídeos por imagem e página (padrão: configuração do servidor)
command-findvideo-private-name = privado
command-findvideo-private-description = Mostrar a resposta só para você (padrão: configuração do servidor)
command-findvideo-as-posted-name = como_postada
command-findvideo-as-posted-description = Pesquisar a imagem como está, sem cortar bordas, legenda ou fundo desfocado
command-findvideo-image2-name = imagem2
command-findvideo-image2-description = Uma segunda imagem para pesquisar
command-findvideo-image3-name = imagem3
command-findvideo-image3-description = Uma terceira imagem para pesquisar
command-findvideo-image4-name = imagem4
command-findvideo-image4-description = Uma quarta imagem para pesquisar
command-findvideo-settings-name = findvideo-settings
command-findvideo-settings-description = As configurações do findvideo neste servidor (requer Gerenciar servidor).
command-findvideo-settings-show-name = ver
command-findvideo-settings-show-description = Ver todas as configurações do findvideo deste servidor
command-findvideo-settings-set-name = alterar
command-findvideo-settings-set-description = Alterar as configurações do findvideo deste servidor
command-findvideo-settings-set-platform-name = plataforma
command-findvideo-settings-set-platform-description = Onde /findvideo e o menu procuram por padrão
command-findvideo-settings-set-min-match-name = semelhança_mínima
command-findvideo-settings-set-min-match-description = Limite de correspondência em %: abaixo dele, o resultado não conta como correspondência
command-findvideo-settings-set-possible-match-name = possível_correspondência
command-findvideo-settings-set-possible-match-description = Limite menor para “possíveis correspondências” (atrás de um botão); 0 = desligado
command-findvideo-settings-set-results-name = resultados
command-findvideo-settings-set-results-description = Vídeos por imagem, por padrão
command-findvideo-settings-set-private-name = privado
command-findvideo-settings-set-private-description = Responder ao /findvideo em privado por padrão
command-findvideo-settings-set-modlog-channel-name = canal_modlog
command-findvideo-settings-set-modlog-channel-description = Canal do registro de moderação (pesquisas pelo menu, mudanças nas configurações)
command-findvideo-settings-set-log-every-search-name = registrar_tudo
command-findvideo-settings-set-log-every-search-description = Registrar também cada pesquisa com /findvideo, não só as do menu
command-findvideo-settings-set-private-namespace-name = biblioteca
command-findvideo-settings-set-private-namespace-description = Nome da biblioteca de vídeos deste servidor (letras, números, - ou _)
command-findvideo-settings-set-cooldown-name = limite_por_minuto
command-findvideo-settings-set-cooldown-description = Pesquisas por membro por minuto; 0 = sem limite
command-findvideo-settings-set-daily-budget-name = orçamento_diário
command-findvideo-settings-set-daily-budget-description = Chamadas de API por dia neste servidor (UTC); 0 = ilimitado
command-findvideo-settings-set-image-memory-name = memória_de_imagens
command-findvideo-settings-set-image-memory-description = Lembrar as imagens verificadas aqui (“já vista aqui”); desligada, esquece todas
command-findvideo-settings-set-seen-distance-name = distância_já_vista
command-findvideo-settings-set-seen-distance-description = Quanto um repost pode diferir (bits de 64); 0 = só idênticas
command-findvideo-settings-set-cut-borders-name = cortar_bordas
command-findvideo-settings-set-cut-borders-description = Pesquisar sem as bordas, faixas de texto ou fundo desfocado de um repost
command-findvideo-settings-set-memory-days-name = dias_de_memória
command-findvideo-settings-set-memory-days-description = Dias que a memória guarda uma imagem (as mais antigas são esquecidas)
command-findvideo-settings-reset-name = redefinir
command-findvideo-settings-reset-description = Voltar às configurações padrão do bot
command-findvideo-settings-reset-setting-name = configuração
command-findvideo-settings-reset-setting-description = Só esta configuração (deixe vazio para redefinir todas)
command-choice-platform = Plataforma
command-choice-match-threshold = Limite de correspondência
command-choice-possible-match-threshold = Limite de possível correspondência
command-choice-results-per-image = Resultados por imagem
command-choice-private-answers = Respostas privadas
command-choice-mod-log-channel = Canal do registro de moderação
command-choice-log-every-search = Registrar cada pesquisa
command-choice-cooldown = Limite por minuto
command-choice-daily-budget = Orçamento diário
command-choice-image-memory-seen-here-before = Memória de imagens (já vista aqui)
command-choice-seen-before-distance = Distância de “já vista”
command-choice-cut-borders-and-captions = Cortar bordas e legendas
command-choice-image-memory-kept = Duração da memória de imagens
command-findvideo-watch-name = findvideo-watch
command-findvideo-watch-description = Verificar cada imagem postada em um canal, com alertas no registro de moderação
command-findvideo-watch-add-name = adicionar
command-findvideo-watch-add-description = Vigiar um canal: verificar cada imagem postada nele
command-findvideo-watch-add-channel-name = canal
command-findvideo-watch-add-channel-description = O canal de texto a vigiar
command-findvideo-watch-add-platform-name = plataforma
command-findvideo-watch-add-platform-description = Onde procurar (padrão: a plataforma do servidor)
command-findvideo-watch-add-min-match-name = semelhança_mínima
command-findvideo-watch-add-min-match-description = Alertar a partir desta semelhança, em % (padrão: 90)
command-findvideo-watch-add-action-name = ação
command-findvideo-watch-add-action-description = Além do alerta: reagir à mensagem ou responder com a fonte
command-choice-mod-log-alert-only = Só alerta no registro
command-choice-mod-log-alert-and-a-reaction-on-the-message = Alerta no registro e reação na mensagem
command-choice-mod-log-alert-and-a-reply-naming-the-source = Alerta no registro e resposta com a fonte
command-findvideo-watch-add-confirm-name = confirmar
command-findvideo-watch-add-confirm-description = As respostas esperam um moderador confirmar o alerta (padrão: sim)
command-findvideo-watch-add-mirrored-name = espelhada
command-findvideo-watch-add-mirrored-description = Pesquisar também a imagem espelhada se nada corresponder (custa o dobro)
command-findvideo-watch-add-local-only-name = só_local
command-findvideo-watch-add-local-only-description = Comparar só com imagens já postadas aqui: nenhuma chamada de API
command-findvideo-watch-remove-name = remover
command-findvideo-watch-remove-description = Parar de vigiar um canal
command-findvideo-watch-remove-channel-name = canal
command-findvideo-watch-remove-channel-description = O canal vigiado
command-findvideo-watch-list-name = lista
command-findvideo-watch-list-description = Os canais vigiados, suas opções e os números de hoje
command-findvideo-history-name = findvideo-history
command-findvideo-history-description = As últimas pesquisas com /findvideo neste servidor
command-findvideo-history-user-name = membro
command-findvideo-history-user-description = Só as pesquisas deste membro
command-findvideo-usage-name = findvideo-usage
command-findvideo-usage-description = Pesquisas, chamadas de API, acertos de cache e orçamento restante, hoje e nesta semana
command-findvideo-forget-name = findvideo-forget
command-findvideo-forget-description = Fazer o bot esquecer as imagens de uma mensagem
command-findvideo-forget-link-name = link
command-findvideo-forget-link-description = O link da mensagem (clique com o botão direito → Copiar link da mensagem)
command-find-source-video-name = Encontrar vídeo original
command-forget-image-name = Esquecer imagem
command-findvideo-settings-set-language-name = idioma
command-findvideo-settings-set-language-description = O idioma do registro de moderação, dos alertas e das respostas públicas
command-choice-server-default = Idioma do servidor
command-choice-language = Idioma

## answers
# Answers to a search: verdicts, matches, pages, evidence, follow-up buttons, seen-here-before.
# Owned by the answers work; ids start with answer-.
# Add new messages at the end of this section.

# Where a search looked. Brand names (TikTok, YouTube, Instagram) are never translated.
answer-library-private = Biblioteca do servidor
answer-scope-all = Todas as plataformas públicas
answer-scope-private = Biblioteca de vídeos deste servidor
answer-libraries-none = nada
# A list: "TikTok, YouTube" (a longer list repeats it: "TikTok, YouTube, Instagram").
answer-list-more = { $first }, { $rest }
# Facts side by side: "TikTok · @creator · 97%".
answer-dot-list = { $first } · { $rest }
# What was cut from a picture; listed in answer-searched-without and friends.
answer-cut-borders = as bordas
answer-cut-caption = a legenda
answer-cut-blur = o fundo desfocado
answer-cuts-two = { $first } e { $second }
answer-cuts-three = { $first }, { $second } e { $third }

# Numbers as the answer shows them.
answer-percent = { NUMBER($score, style: "percent") }
answer-seconds = { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s
answer-date = { DATETIME($date, dateStyle: "medium") }
answer-age-seconds = { $seconds } s
answer-age-minutes = { $minutes } min
answer-age-hours = { $hours } h
answer-age-hours-minutes = { $hours } h { $minutes } min

# The answer's title and lines.
answer-no-match = Nenhuma correspondência
answer-no-match-title = Nenhuma correspondência em { $libraries }
answer-could-not-search = Não foi possível buscar esta imagem
answer-summary-none = Nenhum vídeo com { NUMBER($min_match, style: "percent") } ou mais de semelhança em { $libraries }.
answer-summary =
    { $count ->
        [one] { $count } vídeo encontrado
       *[other] { $count } vídeos encontrados
    } em { $libraries } (melhor: { NUMBER($best, style: "percent") }).
answer-searched-as-posted = ✂️ A imagem foi buscada exatamente como foi postada.
answer-searched-without = ✂️ A imagem foi buscada sem { $cuts }.
answer-searched-mirrored = ✂️ A imagem foi buscada espelhada (invertida da esquerda para a direita).
answer-searched-mirrored-without = ✂️ A imagem foi buscada espelhada (invertida da esquerda para a direita), sem { $cuts }.
answer-searched-centre = ✂️ Só o centro da imagem foi buscado.
answer-searched-centre-without = ✂️ Só o centro da imagem foi buscado, sem { $cuts }.
answer-no-match-tip = Dica: diminua a semelhança mínima ou tente outra plataforma (ou todas as públicas).
answer-no-match-tip-private = Dica: diminua a semelhança mínima.
answer-hidden-matches =
    { $hidden ->
        [one] Mais { $hidden } resultado oculto: peça mais resultados para vê-lo.
       *[other] Mais { $hidden } resultados ocultos: peça mais resultados para vê-los.
    }
answer-library-failed = Não foi possível buscar em { $library }: { $reason }
answer-cached = do cache (há { $age })
answer-cached-some = { $libraries } do cache (há { $age })
answer-footer-searched = Busca em { $scope }
answer-footer-min-match = semelhança mínima { NUMBER($min_match, style: "percent") }
answer-video-ids = IDs dos vídeos: { $ids }
answer-unnamed-image = imagem
answer-possible-matches-line =
    { $count ->
        [one] Mais { $count } vídeo
       *[other] Mais { $count } vídeos
    } ficaram entre { $low } e { NUMBER($high, style: "percent") }: toque em **{ answer-show-possible }**.
answer-page-range = Resultados { $first }–{ $last } de { $total }; use ◀ ▶ para virar as páginas.

# One match.
answer-match-heading = { $rank }. { $library } · { NUMBER($score, style: "percent") } de semelhança
answer-likely-original-tag = provável original
answer-no-title = *(sem título)*
answer-moments = em { $moments }
answer-moments-more = em { $moments } (+{ $hidden } outros)
# $whose: "own" (the member's own clip) or "theirs" (another member's post).
answer-clip-searched =
    { $count ->
        [one] { $count } quadro buscado
       *[other] { $count } quadros buscados
    } { $whose ->
        [theirs] do clipe
       *[own] do seu clipe
    }, em { $moments }.
answer-frame-links =
    { $whose ->
        [theirs] o clipe
       *[own] seu clipe
    } { $pairs }
answer-frame-links-in-order =
    { $whose ->
        [theirs] o clipe
       *[own] seu clipe
    } { $pairs } ({ $count } quadros na mesma ordem)
# A still of the clip and the moment of the video it matched: "1.5 s → 1:10".
answer-frame-pair = { $clip } → { $source }
answer-by-creator = de { $creator }
# $date is a Discord timestamp: each reader's client shows it in their own calendar.
answer-posted-on = postado em { $date }
answer-earliest-upload = 🕒 **primeiro upload**

# The verdict: the likely original the answer leads with.
answer-verdict-title = Provável original: { $facts }
answer-verdict-title-unsure = Melhor correspondência { NUMBER($score, style: "percent") } em { $library }: pouca confiança, compare a imagem
answer-open-video = **[Abrir o vídeo]({ $link })**
answer-verdict-unsure = Não é parecido o bastante para ter certeza: compare com a imagem antes de agir.
answer-verdict-earliest = O primeiro a ser postado entre as correspondências fortes (nº { $rank } de { $total }).
answer-verdict-closest = A correspondência mais próxima (nº { $rank } de { $total }).
answer-verdict-only = A única correspondência.

# Possible matches (behind a button).
answer-show-possible = Ver possíveis correspondências
answer-possible-title = Possíveis correspondências para { $name }
answer-possible-description = Menos parecidos que uma correspondência ({ NUMBER($min_match, style: "percent") }), mas com pelo menos { NUMBER($possible_match, style: "percent") }: confira com atenção.

# Follow-up buttons (Discord cuts a label at 80 characters).
answer-button-all-platforms = Todas as plataformas
answer-button-lower = Baixar o limite para { NUMBER($min_match, style: "percent") }
answer-button-mirrored = Buscar espelhada
answer-button-centre = Buscar o centro
answer-button-as-posted = Buscar como foi postada
answer-button-post-publicly = Postar para todos
answer-button-posted-publicly = Postado para todos
answer-button-jump = Ir para a mensagem
answer-button-delete = Apagar mensagem
answer-button-deleted = Mensagem apagada
answer-shared-by = 🔎 Compartilhado por { $member } ({ command-find-source-video-name })
answer-shared-by-on = 🔎 Compartilhado por { $member } · { command-find-source-video-name } em { $link }

# Seen here before: earlier posts of the picture in this server.
answer-seen-heading = Já visto aqui
answer-seen-identical = idêntica
answer-seen-similar = { NUMBER($score, style: "percent") } de semelhança
answer-seen-mirrored = { $closeness }, espelhada
# $when is a Discord relative time ("3 days ago"), shown in each reader's language.
answer-seen-line = [Postada]({ $link }) por { $author } em { $channel }, { $when } · { $closeness }
# The mod-log record's line.
answer-seen-record = Já visto aqui: { $line }
answer-seen-record-more = Já visto aqui: { $line } (+{ $more } outras)

# /findvideo-forget and "Forget image": what forgetting a message answers.
answer-forgotten-none = Eu não guardava nenhuma imagem dessa mensagem; nada foi removido.
answer-forgotten =
    { $count ->
        [one] Esquecido: não guardo mais a imagem dessa mensagem.
       *[other] Esquecido: não guardo mais as { $count } imagens dessa mensagem.
    }

# Under the side-by-side picture (drawn into the image): the searched image, and the match.
answer-picture-yours = Sua imagem
answer-picture-posted = Imagem postada
answer-picture-clip-at =
    { $whose ->
        [posted] Clipe postado
       *[own] Seu clipe
    } em { $at }
answer-picture-source = Origem
answer-picture-match = Resultado { $rank }
answer-picture-at = { $name } em { $at }

# A watched channel's alert and public reply, for a picture posted in this server before (the server's language).
answer-seen-reposted-title = Repostagem: já foi postada neste servidor
answer-seen-repost-line = Repostagem: postada primeiro [aqui]({ $link }) por { $author }, { $when } ({ $closeness })
answer-seen-reply = Esta imagem já foi postada aqui { $when }: { $link }

## errors
# Refusals and errors shown to the member (privately): image checks, clips, fair use,
# the API, links, buttons, the error path, queue and outage notices. Ids start with error-.
# Add new messages at the end of this section.

error-unexpected = Algo deu errado do meu lado. Isso foi registrado; tente de novo mais tarde.
error-slow-down = Mais devagar: tente de novo em { $seconds } s.
error-not-here = Você não pode usar este comando aqui.

error-subject-file = Esse arquivo
error-subject-link = Esse link
error-subject-clip = Esse clipe
error-subject-redirect = O link { $target }, para onde { $link } redireciona,

error-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
error-size-kb = { NUMBER($amount, maximumFractionDigits: 1) } KB
error-size-mb = { NUMBER($amount, maximumFractionDigits: 1) } MB

error-supported-formats = Consigo pesquisar imagens JPEG, PNG, GIF, BMP e WebP.
error-file-empty = { $subject } está vazio; tente anexar de novo.
error-file-too-large = { $subject } tem { $size }; o limite é { $limit }.
error-image-bomb = { $subject } declara { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels em apenas { $size }: muito mais do que cabe nele, então não vou abrir.
error-image-side-too-long = { $subject } tem { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels; o maior lado que aceito é de { NUMBER($limit, useGrouping: 0) } pixels, então reduza a imagem, por favor.
error-image-too-many-pixels = { $subject } tem { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels ({ NUMBER($megapixels, maximumFractionDigits: 1) } megapixels); aceito no máximo { NUMBER($limit, maximumFractionDigits: 1) } megapixels, então reduza a imagem, por favor.
error-image-unreadable = { $subject } não é uma imagem que eu consiga ler. { error-supported-formats }
error-image-damaged = { $subject } parece estar danificado ou incompleto; tente salvar de novo.
error-image-pillow-bomb = { $subject } declara mais pixels do que cabe nele, então não vou abrir.
error-image-empty-animation = { $subject } diz ser um PNG animado, mas não tem nenhum quadro (nenhum bloco fcTL), então não vou abrir.
error-image-text-bomb = { $subject } tem um bloco de texto compactado que passa de { $size } ao ser descompactado (uma bomba de descompressão), então não vou abrir.
error-image-too-costly-jpeg = { $subject } é um JPEG progressivo de { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels, grande demais para eu verificar com segurança nesse formato. Salve como PNG ou JPEG comum (ou reduza) e tente de novo.
error-image-too-costly = { $subject } é uma imagem { $format } de { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels, grande demais para eu verificar com segurança nesse formato. Salve como PNG ou JPEG comum (ou reduza) e tente de novo.

error-kind-svg = { $subject } é um desenho SVG. Salve ou exporte como PNG ou JPEG (um print também serve) e tente de novo.
error-kind-heic = { $subject } é uma foto HEIC. Salve ou exporte como PNG ou JPEG (um print também serve) e tente de novo.
error-kind-avif = { $subject } é uma imagem AVIF. Salve ou exporte como PNG ou JPEG (um print também serve) e tente de novo.
error-kind-tiff = { $subject } é uma imagem TIFF. Salve ou exporte como PNG ou JPEG (um print também serve) e tente de novo.
error-kind-icon = { $subject } é um arquivo de ícone. Salve ou exporte como PNG ou JPEG (um print também serve) e tente de novo.
error-kind-jpeg-xl = { $subject } é uma imagem JPEG XL. Salve ou exporte como PNG ou JPEG (um print também serve) e tente de novo.
error-kind-photoshop = { $subject } é um arquivo do Photoshop. Salve ou exporte como PNG ou JPEG (um print também serve) e tente de novo.
error-kind-raw = { $subject } é uma foto RAW de câmera. Salve ou exporte como PNG ou JPEG (um print também serve) e tente de novo.
error-kind-eps = { $subject } é uma imagem EPS, um formato que não consigo pesquisar. Salve ou exporte como PNG ou JPEG (um print também serve) e tente de novo.
error-kind-xpm = { $subject } é uma imagem XPM, um formato que não consigo pesquisar. Salve ou exporte como PNG ou JPEG (um print também serve) e tente de novo.
error-kind-netpbm = { $subject } é uma imagem PPM/PGM/PBM, um formato que não consigo pesquisar. Salve ou exporte como PNG ou JPEG (um print também serve) e tente de novo.
error-kind-fits = { $subject } é uma imagem FITS, um formato que não consigo pesquisar. Salve ou exporte como PNG ou JPEG (um print também serve) e tente de novo.
error-kind-pdf = { $subject } é um documento PDF; envie um print da página.
error-kind-document = { $subject } é um documento, não uma imagem; envie um print da página.
error-kind-video = { $subject } é um vídeo. Ainda não aceito vídeos aqui, então envie um print do quadro que você quer encontrar.
error-kind-audio = { $subject } é um arquivo de áudio, não uma imagem. { error-supported-formats }
error-kind-text = { $subject } é um arquivo de texto, não uma imagem. { error-supported-formats }
error-kind-web-page = { $subject } é uma página da web, não uma imagem. Use o link da própria imagem (clique com o botão direito na imagem e copie o endereço dela).
error-kind-archive = { $subject } é um arquivo compactado, não uma imagem. Descompacte e envie a própria imagem.

error-clip-too-large = { $subject } tem { $size }; o maior clipe que aceito tem { $limit }.
error-clip-sound-only = { $subject } tem som, mas não tem imagem, então não há nada que eu possa pesquisar. Envie um clipe de vídeo, uma imagem ou um print do momento.
error-clip-codec = O vídeo desse clipe está codificado em { $codec }, que não consigo decodificar. Envie em MP4 (H.264) ou WebM, ou um print do quadro que você quer encontrar.
error-clip-codec-unknown = O vídeo desse clipe está codificado em um formato que não reconheço e não consigo decodificar. Envie em MP4 (H.264) ou WebM, ou um print do quadro que você quer encontrar.
error-clip-unreadable = Não consegui ler esse clipe: parece danificado ou usa uma codificação que não consigo decodificar. Tente outra cópia ou envie um print do quadro que você quer encontrar.
error-clip-too-costly = Decodificar esse clipe dá mais trabalho do que eu gasto em uma pesquisa, então parei. Envie uma cópia mais curta ou menor, ou um print do momento que você quer encontrar.
error-clip-too-long = Esse clipe tem { NUMBER($seconds, useGrouping: 0) } s; pesquiso clipes de até { NUMBER($limit, useGrouping: 0) } s. Corte o clipe ou envie um print do momento.
error-clip-longer-than = Esse clipe tem mais de { NUMBER($limit, useGrouping: 0) } s, o máximo que pesquiso. Corte o clipe ou envie um print do momento.
error-clip-frames-too-large = Os quadros desse clipe têm { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels, mais do que eu decodifico (no máximo { NUMBER($megapixels, minimumFractionDigits: 1, maximumFractionDigits: 1) } megapixels, 3840×2160). Envie uma cópia menor ou um print.
error-clip-frame-rate = Esse clipe roda a { NUMBER($rate, useGrouping: 0) } quadros por segundo; aceito clipes de até { NUMBER($limit, useGrouping: 0) } quadros por segundo. Envie uma cópia normal ou um print do momento.
error-gif-too-many-frames = Esse GIF tem mais de { NUMBER($limit, useGrouping: 0) } quadros; aceito GIFs de até { NUMBER($limit, useGrouping: 0) } quadros. Envie uma cópia mais curta ou um print do momento.
error-gif-too-costly = Para esse GIF eu teria que decodificar { NUMBER($frames, useGrouping: 0) } quadros de { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels; decodifico no máximo { NUMBER($budget, useGrouping: 0) } megapixels por clipe. Envie uma cópia mais curta ou menor, ou um print do momento.

error-download-larger-than = { $subject } passa do limite de { $limit }.
error-download-status = { $subject } não pôde ser baixado: o link respondeu { $status }.
error-download-timeout = { $subject } demorou demais para baixar; tente de novo ou anexe a imagem diretamente.
error-download-cut-off = { $subject } parou de enviar antes de o download terminar; tente de novo, por favor.
error-download-unreachable = { $subject } não pôde ser acessado; confira o link e tente de novo.
error-download-unknown-site = { $subject } aponta para um site que não encontrei; confira se o link tem algum erro de digitação.
error-download-private-address = { $subject } aponta para um endereço de rede privada ou local; só baixo de sites públicos.
error-link-too-long-max = { $subject } é longo demais para um link; aceito no máximo { NUMBER($limit, useGrouping: 0) } caracteres.
error-link-too-long = { $subject } é longo demais para um link.
error-link-invalid = { $subject } não é um link válido.
error-link-not-web = { $subject } não é um link http ou https, os únicos que eu baixo.
error-link-no-site = { $subject } não é um link completo: não indica nenhum site.
error-link-credentials = { $subject } contém um nome de usuário ou uma senha; compartilhe um link sem eles, por favor.
error-link-redirect-loop = { $subject } redirecionou mais de { $limit } vezes, então desisti.
error-link-redirect-nowhere = { $subject } respondeu com um redirecionamento que não leva a lugar nenhum.
error-link-redirect-invalid = { $subject } redireciona para um link inválido.

error-cooldown = Calma aí: aqui cada membro tem { $limit } { $limit ->
    [one] pesquisa
   *[other] pesquisas
} por minuto. Você pode pesquisar de novo { $when }.
error-budget-spent = Este servidor já usou todo o orçamento de pesquisas de hoje ({ $budget } { $budget ->
    [one] chamada de API
   *[other] chamadas de API
}). O orçamento recomeça { $when }.
error-budget-short = Esta pesquisa precisa de { $calls } chamadas de API, mas o orçamento diário deste servidor só tem { $left } sobrando (pesquise uma plataforma por vez para usá-las). O orçamento recomeça { $when }.

error-api-failed = A pesquisa de vídeos falhou. Tente de novo mais tarde.
error-api-misconfigured = Este bot está mal configurado: o serviço de pesquisa dele o recusa. Só quem opera o bot pode resolver isso (os admins do servidor não podem); tente de novo mais tarde.
error-api-out-of-credits = Este bot gastou todos os créditos de pesquisa. Só quem opera o bot pode adicionar mais (os admins do servidor não podem); tente de novo mais tarde.
error-api-busy = O serviço de pesquisa está sobrecarregado agora; tente de novo daqui a um minuto.
error-api-bad-image = O serviço de pesquisa não conseguiu usar essa imagem. Tente outra (JPG, PNG, GIF, BMP ou WebP, até 20 MB).
error-api-library-unsupported = Essa biblioteca de vídeos não é compatível.
error-api-similarity = A semelhança precisa ser um número entre 0 e 1.
error-api-library-name = O nome da biblioteca de vídeos deste servidor não é válido. Avise os admins do servidor, por favor.
error-api-not-answering = O serviço de pesquisa de vídeos não está respondendo agora; tente de novo daqui a um minuto.
error-api-not-answering-seconds = O serviço de pesquisa de vídeos não está respondendo agora; tente de novo daqui a uns { $seconds } s.
error-api-not-answering-minutes = O serviço de pesquisa de vídeos não está respondendo agora; tente de novo daqui a uns { $minutes } min.
error-search-timed-out = A pesquisa demorou demais e foi interrompida; tente de novo daqui a alguns minutos.
error-outage-title = As pesquisas estão falhando
error-outage-footer = Avisado uma vez por falha; as pesquisas voltam sozinhas quando ela acabar.
error-outage-misconfigured = As pesquisas estão falhando: o serviço de pesquisa recusa este bot (a chave de API ou a conta). Só quem opera o bot pode resolver isso; nada nas configurações deste servidor vai ajudar.
error-outage-out-of-credits = As pesquisas estão falhando: a conta de pesquisa do bot está sem créditos. Só quem opera o bot pode adicionar créditos; nada nas configurações deste servidor vai ajudar.
error-outage-down = As pesquisas estão falhando: o serviço de pesquisa de vídeos não está respondendo. Não há nada a fazer deste lado; quem opera o bot é avisado nos logs, e as pesquisas voltam sozinhas assim que o serviço responder.

error-queued = ⏳ Tem muitas pesquisas rodando: a sua está na fila e deve terminar em uns { $seconds } s.
error-backing-off = ⏳ O serviço de pesquisa está limitando nosso ritmo agora: a sua pesquisa está na fila e será tentada de novo em uns { $seconds } s.

error-none-searchable = Nenhuma das imagens pôde ser pesquisada:{ $reasons }
error-reason = { $earlier }
    • { $reason }
error-restarting = O bot está reiniciando; tente de novo daqui a pouco.
error-no-image-given = Anexe uma imagem (ou coloque o link de uma imagem em `url`) e eu procuro o vídeo de onde ela veio.
error-no-image-in-message = Essa mensagem não tem nenhuma imagem, GIF ou vídeo que eu possa pesquisar (nem anexos nem imagens incorporadas).
error-private-library-in-dms = A biblioteca de vídeos de um servidor só pode ser pesquisada no servidor, não em mensagens diretas. Escolha uma plataforma pública (TikTok, YouTube, Instagram ou Todas as plataformas públicas).
error-button-not-valid = Este botão não vale aqui, então nada foi feito.
error-button-elsewhere = Este botão é de uma mensagem de outro servidor, então nada foi feito.
error-button-not-yours = Só quem fez esta pesquisa pode usar os botões dela. Use `/findvideo` para fazer a sua.
error-pages-not-yours = Só quem usou este comando pode virar as páginas.
error-search-gone = Esta pesquisa é antiga demais para ser refeita daqui; use `/findvideo` de novo.
error-button-needs-manage-messages = Você precisa da permissão **Gerenciar mensagens** em { $channel } para apagar uma mensagem lá.
error-cannot-delete = Não consegui apagar: preciso da permissão **Gerenciar mensagens** em { $channel }. Dê essa permissão ao meu cargo lá ou apague a mensagem por conta própria.
error-already-shared = Esta resposta já foi publicada: { $link }
error-already-shared-just-now = Esta resposta acabou de ser publicada.
error-alert-gone = O bot não conhece mais este alerta; nada foi alterado.
error-alert-image-gone = A imagem deste alerta não está mais anexada, então não dá para pesquisá-la de novo.
error-memory-off = A memória de imagens deste servidor está desligada, então não há nada para esquecer. A moderação pode ligá-la com `/findvideo-settings alterar memória_de_imagens:True`.
error-not-a-message-link = Isso não é um link para uma mensagem deste servidor. Clique com o botão direito na mensagem → **Copiar link da mensagem** e me passe esse link.
error-local-watch-needs-memory = Uma vigilância só local compara as imagens novas com as que já foram postadas aqui, mas a memória de imagens deste servidor está desligada. Ligue-a primeiro com `/findvideo-settings alterar memória_de_imagens:True`.
error-forget-needs-manage-messages = Só membros com a permissão **Gerenciar mensagens** podem fazer isso.
error-database-down = O banco de dados do bot não está respondendo agora, então { $action ->
    [settings] não dá para mudar as configurações
    [history] não dá para ler o histórico de pesquisas
    [usage] não dá para ler os números de uso
    [button] não dá para usar este botão
    [share] não dá para compartilhar esta resposta
    [forget] não dá para esquecer imagens
   *[other] não dá para fazer isso
}. Tente de novo daqui a um minuto.

## usage-history
# /findvideo-usage and /findvideo-history: texts and chart labels.
# Ids start with usage- or history-.
# Add new messages at the end of this section.

usage-title = Uso da pesquisa
usage-today = Hoje (UTC)
usage-last-7-days = Últimos 7 dias
usage-daily-budget = Orçamento diário
usage-figures =
    Pesquisas: **{ $searches }**
    Chamadas de API: **{ $calls }** (pesquisas { $search_calls }, detalhes de vídeos { $details }, downloads de quadros-chave { $keyframes })
    Respondidas pelo cache: **{ $cache_rate }**
usage-cache-rate = { NUMBER($rate, style: "percent") }
usage-cache-rate-none = –
usage-no-budget = Sem orçamento diário: as chamadas de API não têm limite.
usage-budget-left = Restam **{ $left }** de { $budget } chamadas de API hoje (renova à meia-noite UTC).
usage-watched-today = Canais monitorados hoje
usage-needs-manage-server = Só membros com a permissão "Gerenciar servidor" podem ver o uso.
usage-chart-searches = Pesquisas
usage-chart-api-calls = Chamadas de API das pesquisas
usage-chart-cache-hits = Acertos de cache
usage-chart-budget = Orçamento diário ({ $budget })
history-needs-manage-messages = Só membros com a permissão "Gerenciar mensagens" podem ver o histórico de pesquisas.
history-nothing-yet = Ainda não há pesquisas registradas neste servidor.
history-nothing-by-member = { $member } não tem pesquisas registradas neste servidor.
history-title = Pesquisas recentes
history-title-member = Pesquisas de { $name }
history-title-unnamed = Pesquisas deste membro
history-in-channel = em { $channel }
history-on-message = sobre [esta mensagem]({ $link }) em { $channel }
history-images = { $count } imagens
history-cached = do cache
history-api-calls =
    { $count ->
        [one] { $count } chamada de API
       *[other] { $count } chamadas de API
    }
history-no-match = nenhuma correspondência
history-kind-slash = /findvideo
history-kind-menu = Encontrar vídeo original
history-kind-alert-button = alerta de monitoramento: Pesquisar em todas as plataformas
history-kind-follow-up = botão de acompanhamento
history-searches-all =
    { $total ->
        [one] { $total } pesquisa
       *[other] { $total } pesquisas
    }
history-searches-some = { $shown } de { $total } pesquisas
history-footer =
    Página { $page }/{ $pages } · mais recentes primeiro · { $searches } · { $days ->
        [one] guardadas por { $days } dia
       *[other] guardadas por { $days } dias
    }
history-chart-searches = Pesquisas
history-chart-matches = Correspondências encontradas
history-chart-alerts = Alertas de repost
history-seen-before =
    { $count ->
        [one] já vista aqui (uma vez)
       *[other] já vista aqui ({ $count } vezes)
    }
usage-chart-alt =
    { $days ->
        [one] Gráfico de hoje
       *[other] Gráfico dos últimos { $days } dias
    }: pesquisas, suas chamadas de API e acertos de cache por dia
history-chart-alt =
    { $days ->
        [one] Gráfico de hoje
       *[other] Gráfico dos últimos { $days } dias
    }: pesquisas, correspondências encontradas e alertas de repost por dia

## settings
# /findvideo-settings: the settings, their descriptions and the replies.
# Ids start with settings-.
# Add new messages at the end of this section.

settings-label-platform = Plataforma
settings-label-min-match = Limite de correspondência
settings-label-possible-match = Limite de possível correspondência
settings-label-results = Resultados por imagem
settings-label-private = Respostas privadas
settings-label-modlog-channel-id = Canal do registro de moderação
settings-label-log-every-search = Registrar cada pesquisa
settings-label-private-namespace = Biblioteca de vídeos deste servidor
settings-label-cooldown = Limite por minuto
settings-label-daily-budget = Orçamento diário
settings-label-image-memory = Memória de imagens (já vista aqui)
settings-label-seen-distance = Distância de “já vista”
settings-label-cut-borders = Cortar bordas e legendas
settings-label-memory-days = Duração da memória de imagens
settings-label-language = Idioma
settings-value-off = desligado
settings-value-none = nenhum
settings-value-yes = sim
settings-value-no = não
settings-value-percent = { $value }%
settings-value-days = { $value ->
    [one] { $value } dia
   *[other] { $value } dias
}
settings-value-cooldown = { $value ->
    [0] sem limite
    [one] { $value } pesquisa por membro por minuto
   *[other] { $value } pesquisas por membro por minuto
}
settings-value-budget = { $value ->
    [0] ilimitado
    [one] { $value } chamada de API por dia
   *[other] { $value } chamadas de API por dia
}
settings-value-seen-distance = { $value ->
    [0] só idênticas
   *[other] até { $value } de 64 bits de diferença
}
settings-value-server-language = o idioma do servidor
settings-value-server-language-is = o idioma do servidor ({ $language })
settings-origin-default = padrão
settings-origin-set-here = definido aqui
settings-show-line = **{ $label }** (`{ $option }`): { $value } · *{ $origin }*
settings-show-title = Configurações do findvideo em { $server }
settings-show-footer = Alterar: /findvideo-settings alterar · Voltar ao padrão: /findvideo-settings redefinir
settings-change-line = **{ $label }**: { $before } → { $after }
settings-saved-title = Configurações salvas
settings-reset-title = Configurações redefinidas para o padrão
settings-changed-title = Configurações do findvideo alteradas
settings-changed-by = Alterado por
settings-modlog-problem = ⚠️ Registro de moderação
settings-not-logged = Salvo, mas a mudança não pôde ser registrada: { $problem }
settings-needs-manage-server = Você precisa da permissão **Gerenciar servidor** para alterar as configurações do findvideo.
settings-only-in-server = As configurações só podem ser alteradas dentro de um servidor.
settings-nothing-given = Informe pelo menos uma configuração para alterar, por exemplo `/findvideo-settings alterar semelhança_mínima:80`.
settings-nothing-to-reset = Nada para redefinir: essas configurações já estão no padrão.
settings-nothing-changed = Nada mudou: essas configurações já têm esses valores.
settings-operators-library = `biblioteca` não pode ser a biblioteca do operador do bot; escolha outro nome.
settings-problems = { $first }
    { $rest }
settings-unknown-language = Não existe o idioma “{ $language }”; escolha um dos idiomas oferecidos.
settings-library-taken = Outro servidor já usa essa `biblioteca`: uma biblioteca de vídeos pertence a um só servidor. Escolha outro nome.
settings-library-name = `biblioteca` deve ter de 1 a 64 letras, números, `-` ou `_`.
settings-library-number = `biblioteca` não pode ser um número (o ID de outro servidor); inclua uma letra.
settings-possible-match-range = `possível_correspondência` deve ser 0 (desligado) ou de { $lowest } a 100.
settings-possible-above-match = O limite de possível correspondência ({ $possible }%) não pode ficar acima do limite de correspondência ({ $match }%). Diminua `possível_correspondência`, aumente `semelhança_mínima` ou defina `possível_correspondência` como 0 para desligá-lo.

## modlog-watch
# What the bot posts for the server, in the server's language: mod-log records,
# watch alerts and public replies in watched channels. Ids start with modlog- or watch-.
# Add new messages at the end of this section.

modlog-channel-gone = O canal do registro de moderação não existe mais ou não consigo vê-lo: escolha outro com `/findvideo-settings alterar canal_modlog`.
modlog-cannot-post = Não consigo postar em <#{ $channel }>. Permissões que me faltam lá: { $missing }. Me dê { $needed } nesse canal ou escolha outro.
modlog-refused = Não consigo postar em <#{ $channel }>: me faltam permissões lá. Me dê { $needed } nesse canal ou escolha outro.
modlog-not-accepted = O Discord não aceitou a entrada do registro em <#{ $channel }> ({ $status }).
modlog-permission-view-channel = **Ver canal**
modlog-permission-send-messages = **Enviar mensagens**
modlog-permission-embed-links = **Inserir links**
modlog-permission-attach-files = **Anexar arquivos**
modlog-record-slash = Pesquisa com /findvideo
modlog-searched-by = **Pesquisado por** { $user } (`{ $user_id }`)
modlog-when = **Quando** <t:{ $at }:f> (<t:{ $at }:R>)
modlog-message-checked = **Mensagem verificada** { $link } de { $author } (`{ $author_id }`)
modlog-channel = **Canal** <#{ $channel }> (`/findvideo`)
modlog-not-searched = Não pesquisada: { $reason }
modlog-image-too-large = A imagem { $index } ({ $size }) é grande demais para ser reenviada.
modlog-image-reduced = A imagem { $index } ({ $size }) foi reenviada como um JPEG menor (limite de envio do Discord); SHA-256 do original: `{ $sha256 }`
modlog-record-failed = Algo deu errado ao escrever a entrada; isso foi registrado.
modlog-not-recorded = Esta pesquisa não pôde ser anotada no registro de moderação: { $problem }
modlog-permission-add-reactions = **Adicionar reações**
watch-disabled = Os canais vigiados estão desligados neste bot. O operador pode ligá-los com `WATCH_ENABLED=true`, depois de ativar o intent **Message Content** no portal de desenvolvedores do Discord (o aplicativo → Bot → Privileged Gateway Intents).
watch-intent-missing = Os canais vigiados precisam do intent **Message Content**, e o Discord não o concedeu. O dono do bot precisa ativá-lo no portal de desenvolvedores do Discord (o aplicativo → Bot → Privileged Gateway Intents → Message Content Intent) e depois reiniciar o bot.
watch-needs-manage-server = Só membros com a permissão **Gerenciar servidor** podem alterar os canais vigiados.
watch-needs-manage-messages = Só membros com a permissão **Gerenciar mensagens** podem usar estes botões.
watch-no-modlog = Nenhum canal de registro de moderação foi definido, então os alertas ainda não têm para onde ir: defina um nas configurações do findvideo deste servidor.
watch-server-library = Biblioteca do servidor
watch-moments = { $more ->
    [0] em { $spans }
   *[other] em { $spans } (+{ $more } outros)
}
watch-no-title = (sem título)
watch-match = **{ $score }%** no { $platform }: { $title } · { $moments }
watch-a-video = um vídeo
watch-reply = Esta imagem parece vir de um vídeo do { $platform } ({ $score }% de semelhança): { $title } { $link }
watch-options-local = só posts anteriores daqui, sem chamadas de API · { $action }
watch-options = { $scope } · pelo menos { $min_match }% · { $action }{ $held ->
    [yes] {" "}(quando um moderador confirmar)
   *[no] {""}
}{ $mirrored ->
    [yes] {" "}· espelhada também
   *[no] {""}
}
watch-caption = Legenda: “{ $caption }”
watch-repeats = ⚠️ Os posts deste membro geraram **{ $count } alertas** nesta semana.
watch-reply-held = A resposta pública ao autor aguarda **Confirmar e responder**.
watch-verdict-not-a-repost = ✅ **Não é repost**
watch-verdict-deleted = 🗑️ **Mensagem apagada**
watch-verdict-confirmed = ⛔ **Repost confirmado**
watch-verdict-gone = 🗑️ **A mensagem foi apagada**
watch-closed = { $verdict } em <t:{ $when }:f>.
watch-closed-by = { $verdict }, por { $moderator } em <t:{ $when }:f>.
watch-closed-not-a-repost = { $closed } Esta imagem não vai mais gerar alerta para este vídeo, nem as cópias dela já postadas aqui.
watch-counts = { $checked } verificadas, { $alerts ->
    [0] { $alerts } alertas
    [one] { $alerts } alerta
   *[other] { $alerts } alertas
}, { $skipped } ignoradas
watch-counts-why = { $counts } ({ $reasons })
watch-skipped-automated = { $count } de bots ou webhooks
watch-skipped-too-small = { $count ->
    [one] { $count } pequena demais
   *[other] { $count } pequenas demais
}
watch-skipped-already-seen = { $count ->
    [one] { $count } já vista
   *[other] { $count } já vistas
}
watch-skipped-deleted = { $count ->
    [one] { $count } apagada
   *[other] { $count } apagadas
}
watch-skipped-budget = { $count } sem orçamento de vigilância
watch-skipped-queue-full = { $count } por fila cheia
watch-skipped-unsearchable = { $count ->
    [one] { $count } não pesquisável
   *[other] { $count } não pesquisáveis
}
watch-skipped-too-slow = { $count ->
    [one] { $count } demorou demais para carregar
   *[other] { $count } demoraram demais para carregar
}
watch-added = Vigiando <#{ $channel }>: { $options }.
watch-missing = Me faltam permissões em <#{ $channel }>: { $missing }. Dê essas permissões ao meu cargo lá.
watch-removed = <#{ $channel }> não é mais vigiado.
watch-not-watched = <#{ $channel }> não estava sendo vigiado: nada mudou.
watch-budget-none = Pesquisas de vigilância hoje: { $spent } (este servidor não tem orçamento diário).
watch-budget = Pesquisas de vigilância hoje: { $spent } de { $allowance } ({ $share }% do orçamento diário do servidor).
watch-open-video-posted = **[Abrir o vídeo]({ $link })** · publicado { $posted }
watch-jump = [Ir para a mensagem]({ $link }) em <#{ $channel }>, postada por { $author }
watch-possible-repost = Possível repost
watch-alert-title = { $state }: { $facts }
watch-first-post-id = primeiro post { $id }
watch-video-id = vídeo { $id }
watch-footer = Vigilância: { $options }
    membro { $member } · { $found }
watch-button-not-a-repost = Não é repost
watch-button-confirm-reply = Confirmar e responder
watch-button-confirm = Confirmar repost
watch-button-search-all = Pesquisar em todas
watch-title-not-a-repost = Não é repost
watch-title-deleted = Repost apagado
watch-title-confirmed = Repost confirmado
watch-title-gone = Mensagem apagada
watch-closed-title = { $verdict } · { $title }
watch-nothing-watched = Nenhum canal está sendo vigiado. Adicione um com `/findvideo-watch adicionar`.
watch-list-title = Canais vigiados
watch-list-line = <#{ $channel }>: { $options }
    {"  "}Hoje: { $today }
watch-usage = { $counts }; { $searches ->
    [one] { $searches } pesquisa de API usada
   *[other] { $searches } pesquisas de API usadas
}.
