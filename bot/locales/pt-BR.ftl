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

## errors
# Refusals and errors shown to the member (privately): image checks, clips, fair use,
# the API, links, buttons, the error path, queue and outage notices. Ids start with error-.
# Add new messages at the end of this section.

error-unexpected = Algo deu errado do meu lado. Isso foi registrado; tente de novo mais tarde.
error-slow-down = Mais devagar: tente de novo em { $seconds } s.
error-not-here = Você não pode usar este comando aqui.

## usage-history
# /findvideo-usage and /findvideo-history: texts and chart labels.
# Ids start with usage- or history-.
# Add new messages at the end of this section.

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
modlog-record-menu = Encontrar vídeo original
modlog-record-slash = Pesquisa com /findvideo
modlog-searched-by = **Pesquisado por** { $user } (`{ $user_id }`)
modlog-when = **Quando** <t:{ $at }:f> (<t:{ $at }:R>)
modlog-message-checked = **Mensagem verificada** { $link } de { $author } (`{ $author_id }`)
modlog-channel = **Canal** <#{ $channel }> (`/findvideo`)
modlog-image = imagem
modlog-not-searched = Não pesquisada: { $reason }
modlog-image-too-large = A imagem { $index } ({ $size }) é grande demais para ser reenviada.
modlog-image-reduced = A imagem { $index } ({ $size }) foi reenviada como um JPEG menor (limite de envio do Discord); SHA-256 do original: `{ $sha256 }`
modlog-record-failed = Algo deu errado ao escrever a entrada; isso foi registrado.
modlog-not-recorded = Esta pesquisa não pôde ser anotada no registro de moderação: { $problem }
