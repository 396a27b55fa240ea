# findvideo's words in Japanese: one file per language, the same message ids in every file.
# English (en.ftl) is the source; `python -m bot languages check ja` lists what this file lacks.
# Syntax: https://projectfluent.org/fluent/guide/ (variables: { $name }, plurals: selectors).

## commands
# Command, group, option and choice names and descriptions (Discord shows them in the
# member's language). Ids come from bot/discord/command_translator.py; names: lowercase,
# no spaces, at most 32 characters; descriptions at most 100 characters.

command-findvideo-name = findvideo
command-findvideo-description = 画像の元になった TikTok、YouTube、Instagram の動画を探します
command-findvideo-image-name = 画像
command-findvideo-image-description = 検索する画像（スクリーンショットや動画のワンシーン）
command-findvideo-url-name = url
command-findvideo-url-description = または、オンライン上の画像へのリンク
command-findvideo-platform-name = プラットフォーム
command-findvideo-platform-description = 検索先（既定：サーバーの設定）
command-choice-tiktok = TikTok
command-choice-youtube = YouTube
command-choice-instagram = Instagram
command-choice-all-public-platforms = すべての公開プラットフォーム
command-choice-this-server-s-video-library = このサーバーの動画ライブラリ
command-findvideo-min-match-name = 最低類似度
command-findvideo-min-match-description = 最低類似度（%）。高いほど厳しくなります（既定：サーバーの設定）
command-findvideo-results-name = 件数
command-findvideo-results-description = 画像・ページごとに表示する動画の数（既定：サーバーの設定）
command-findvideo-private-name = 非公開
command-findvideo-private-description = 回答を自分だけに表示します（既定：サーバーの設定）
command-findvideo-as-posted-name = そのまま
command-findvideo-as-posted-description = 画像をそのまま検索します（枠・字幕・ぼかし背景を切り取りません）
command-findvideo-image2-name = 画像2
command-findvideo-image2-description = 2 枚目の検索画像
command-findvideo-image3-name = 画像3
command-findvideo-image3-description = 3 枚目の検索画像
command-findvideo-image4-name = 画像4
command-findvideo-image4-description = 4 枚目の検索画像
command-findvideo-settings-name = findvideo-settings
command-findvideo-settings-description = このサーバーでの findvideo の既定の設定です（「サーバー管理」権限が必要です）
command-findvideo-settings-show-name = 表示
command-findvideo-settings-show-description = このサーバーの findvideo の設定をすべて表示します
command-findvideo-settings-set-name = 変更
command-findvideo-settings-set-description = このサーバーの findvideo の設定を変更します
command-findvideo-settings-set-platform-name = プラットフォーム
command-findvideo-settings-set-platform-description = /findvideo とメニューの既定の検索先
command-findvideo-settings-set-min-match-name = 最低類似度
command-findvideo-settings-set-min-match-description = 一致とみなす類似度（%）。これ未満は一致として表示しません
command-findvideo-settings-set-possible-match-name = 候補の基準
command-findvideo-settings-set-possible-match-description = 「一致の可能性あり」の低い基準（ボタンの先に表示）。0 でオフ
command-findvideo-settings-set-results-name = 件数
command-findvideo-settings-set-results-description = 画像ごとに表示する動画の既定の数
command-findvideo-settings-set-private-name = 非公開
command-findvideo-settings-set-private-description = /findvideo の回答を既定で非公開にします
command-findvideo-settings-set-modlog-channel-name = ログチャンネル
command-findvideo-settings-set-modlog-channel-description = モデレーションログのチャンネル（メニューからの検索、設定の変更）
command-findvideo-settings-set-log-every-search-name = すべての検索を記録
command-findvideo-settings-set-log-every-search-description = メニューだけでなく、/findvideo の検索もすべて記録します
command-findvideo-settings-set-private-namespace-name = 動画ライブラリ
command-findvideo-settings-set-private-namespace-description = このサーバーの動画ライブラリの名前（英数字、- または _）
command-findvideo-settings-set-cooldown-name = クールダウン
command-findvideo-settings-set-cooldown-description = メンバー 1 人あたり 1 分間の検索回数。0 で制限なし
command-findvideo-settings-set-daily-budget-name = 1日の上限
command-findvideo-settings-set-daily-budget-description = このサーバーの 1 日あたりの API 呼び出し数（UTC）。0 で無制限
command-findvideo-settings-set-image-memory-name = 画像メモリ
command-findvideo-settings-set-image-memory-description = ここで確認した画像を記憶します（「以前ここで見た」）。オフにすると忘れます
command-findvideo-settings-set-seen-distance-name = 類似の許容差
command-findvideo-settings-set-seen-distance-description = 転載画像の違いをどこまで許すか（64 ビット中）。0 で完全一致のみ
command-findvideo-settings-set-cut-borders-name = 枠を除去
command-findvideo-settings-set-cut-borders-description = 転載画像の枠、字幕帯、ぼかし背景を除いて検索します
command-findvideo-settings-set-memory-days-name = 記憶日数
command-findvideo-settings-set-memory-days-description = 画像メモリが画像を保持する日数（それより古いものは忘れます）
command-findvideo-settings-reset-name = リセット
command-findvideo-settings-reset-description = 設定をボットの既定値に戻します
command-findvideo-settings-reset-setting-name = 設定
command-findvideo-settings-reset-setting-description = この設定だけ（空欄にするとすべてリセットします）
command-choice-platform = プラットフォーム
command-choice-match-threshold = 一致の基準
command-choice-possible-match-threshold = 「一致の可能性あり」の基準
command-choice-results-per-image = 画像ごとの件数
command-choice-private-answers = 非公開で回答
command-choice-mod-log-channel = モデレーションログのチャンネル
command-choice-log-every-search = すべての検索を記録
command-choice-cooldown = クールダウン
command-choice-daily-budget = 1 日の上限
command-choice-image-memory-seen-here-before = 画像メモリ（以前ここで見た）
command-choice-seen-before-distance = 「以前見た」の許容差
command-choice-cut-borders-and-captions = 枠と字幕の除去
command-choice-image-memory-kept = 画像メモリの保持期間
command-findvideo-watch-name = findvideo-watch
command-findvideo-watch-description = チャンネルに投稿された画像をすべて確認し、モデレーションログに通知します
command-findvideo-watch-add-name = 追加
command-findvideo-watch-add-description = チャンネルを監視し、投稿された画像をすべて確認します
command-findvideo-watch-add-channel-name = チャンネル
command-findvideo-watch-add-channel-description = 監視するテキストチャンネル
command-findvideo-watch-add-platform-name = プラットフォーム
command-findvideo-watch-add-platform-description = 検索先（既定：サーバーのプラットフォーム）
command-findvideo-watch-add-min-match-name = 最低類似度
command-findvideo-watch-add-min-match-description = この類似度（%）以上で通知します（既定：90）
command-findvideo-watch-add-action-name = 動作
command-findvideo-watch-add-action-description = ログへの通知に加えて、メッセージにリアクションするか、出典を返信します
command-choice-mod-log-alert-only = ログへの通知のみ
command-choice-mod-log-alert-and-a-reaction-on-the-message = ログへの通知とメッセージへのリアクション
command-choice-mod-log-alert-and-a-reply-naming-the-source = ログへの通知と出典の返信
command-findvideo-watch-add-confirm-name = 確認
command-findvideo-watch-add-confirm-description = 返信する前にモデレーターの確認を待ちます（既定：はい）
command-findvideo-watch-add-mirrored-name = 左右反転
command-findvideo-watch-add-mirrored-description = 一致がなければ左右反転した画像でも検索します（費用は 2 倍）
command-findvideo-watch-add-local-only-name = ローカルのみ
command-findvideo-watch-add-local-only-description = ここに投稿された画像とだけ比較します（API は呼び出しません）
command-findvideo-watch-remove-name = 解除
command-findvideo-watch-remove-description = チャンネルの監視をやめます
command-findvideo-watch-remove-channel-name = チャンネル
command-findvideo-watch-remove-channel-description = 監視中のチャンネル
command-findvideo-watch-list-name = 一覧
command-findvideo-watch-list-description = 監視中のチャンネルとそのオプション、今日の件数
command-findvideo-history-name = findvideo-history
command-findvideo-history-description = このサーバーでの最近の /findvideo 検索
command-findvideo-history-user-name = メンバー
command-findvideo-history-user-description = このメンバーの検索だけ
command-findvideo-usage-name = findvideo-usage
command-findvideo-usage-description = 今日と今週の検索数、API 呼び出し数、キャッシュヒット数と残りの上限
command-findvideo-forget-name = findvideo-forget
command-findvideo-forget-description = 1 件のメッセージの画像をボットに忘れさせます
command-findvideo-forget-link-name = リンク
command-findvideo-forget-link-description = メッセージのリンク（右クリック →「メッセージリンクをコピー」）
command-find-source-video-name = 元の動画を探す
command-forget-image-name = 画像を忘れる
command-findvideo-settings-set-language-name = 言語
command-findvideo-settings-set-language-description = モデレーションログ、通知、公開返信の言語
command-choice-server-default = サーバーの言語
command-choice-language = 言語

## answers
# Answers to a search: verdicts, matches, pages, evidence, follow-up buttons, seen-here-before.
# Owned by the answers work; ids start with answer-.
# Add new messages at the end of this section.

# Where a search looked. Brand names (TikTok, YouTube, Instagram) are never translated.
answer-library-private = サーバーライブラリ
answer-scope-all = すべての公開プラットフォーム
answer-scope-private = このサーバーの動画ライブラリ
answer-libraries-none = なし
# A list: "TikTok, YouTube" (a longer list repeats it: "TikTok, YouTube, Instagram").
answer-list-more = { $first }、{ $rest }
# Facts side by side: "TikTok · @creator · 97%".
answer-dot-list = { $first } · { $rest }
# What was cut from a picture; listed in answer-searched-without and friends.
answer-cut-borders = 枠
answer-cut-caption = キャプション
answer-cut-blur = ぼかした背景
answer-cuts-two = { $first }と{ $second }
answer-cuts-three = { $first }、{ $second }、{ $third }

# Numbers as the answer shows them.
answer-percent = { NUMBER($score, style: "percent") }
answer-seconds = { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) }秒
answer-date = { DATETIME($date, dateStyle: "medium") }
answer-age-seconds = { $seconds }秒
answer-age-minutes = { $minutes }分
answer-age-hours = { $hours }時間
answer-age-hours-minutes = { $hours }時間{ $minutes }分

# The answer's title and lines.
answer-no-match = 一致なし
answer-no-match-title = { $libraries }で一致なし
answer-could-not-search = この画像は検索できませんでした
answer-summary-none = { $libraries }で類似度{ NUMBER($min_match, style: "percent") }以上の動画は見つかりませんでした。
answer-summary = { $libraries }で{ $count }件の動画が一致しました（最高{ NUMBER($best, style: "percent") }）。
answer-searched-as-posted = ✂️ 投稿されたままの画像で検索しました。
answer-searched-without = ✂️ { $cuts }を除いた画像で検索しました。
answer-searched-mirrored = ✂️ 左右反転した画像で検索しました。
answer-searched-mirrored-without = ✂️ 左右反転し、{ $cuts }を除いた画像で検索しました。
answer-searched-centre = ✂️ 画像の中央部分で検索しました。
answer-searched-centre-without = ✂️ { $cuts }を除いた画像の中央部分で検索しました。
answer-no-match-tip = ヒント：最低類似度を下げるか、別のプラットフォーム（またはすべての公開プラットフォーム）で試してください。
answer-no-match-tip-private = ヒント：最低類似度を下げてみてください。
answer-hidden-matches = ほかに{ $hidden }件あります。表示件数を増やすと確認できます。
answer-library-failed = { $library }を検索できませんでした：{ $reason }
answer-cached = { $age }前のキャッシュ
answer-cached-some = { $libraries }は{ $age }前のキャッシュ
answer-footer-searched = 検索先：{ $scope }
answer-footer-min-match = 最低類似度 { NUMBER($min_match, style: "percent") }
answer-video-ids = 動画ID：{ $ids }
answer-unnamed-image = 画像
answer-possible-matches-line = ほかに{ $count }件の動画が{ $low }〜{ NUMBER($high, style: "percent") }で一致しました。**{ answer-show-possible }**を押してください。
answer-page-range = { $total }件中{ $first }〜{ $last }件目。◀ ▶ でページを切り替えられます。

# One match.
answer-match-heading = { $rank }. { $library } · 類似度{ NUMBER($score, style: "percent") }
answer-likely-original-tag = オリジナルの可能性大
answer-no-title = *（タイトルなし）*
answer-moments = 場面：{ $moments }
answer-moments-more = 場面：{ $moments }（ほか{ $hidden }件）
# $whose: "own" (the member's own clip) or "theirs" (another member's post).
answer-clip-searched =
    { $whose ->
        [theirs] クリップ
       *[own] あなたのクリップ
    }から{ $count }枚の静止画（{ $moments }）を検索しました。
answer-frame-links =
    { $whose ->
        [theirs] クリップ
       *[own] あなたのクリップ
    } { $pairs }
answer-frame-links-in-order =
    { $whose ->
        [theirs] クリップ
       *[own] あなたのクリップ
    } { $pairs }（{ $count }枚が同じ順序）
# A still of the clip and the moment of the video it matched: "1.5 s → 1:10".
answer-frame-pair = { $clip } → { $source }
answer-by-creator = 投稿者：{ $creator }
# $date is a Discord timestamp: each reader's client shows it in their own calendar.
answer-posted-on = 投稿日：{ $date }
answer-earliest-upload = 🕒 **最初のアップロード**

# The verdict: the likely original the answer leads with.
answer-verdict-title = オリジナルの可能性大：{ $facts }
answer-verdict-title-unsure = 最も近い一致：{ $library }で{ NUMBER($score, style: "percent") }（確度低、画像を比較してください）
answer-open-video = **[動画を開く]({ $link })**
answer-verdict-unsure = 確信できるほど似ていません。対応する前に画像を見比べてください。
answer-verdict-earliest = 強い一致の中で最初に投稿された動画です（{ $total }件中{ $rank }件目）。
answer-verdict-closest = 最も近い一致です（{ $total }件中{ $rank }件目）。
answer-verdict-only = 唯一の一致です。

# Possible matches (behind a button).
answer-show-possible = 一致の可能性がある動画を表示
answer-possible-title = { $name }に一致する可能性がある動画
answer-possible-description = 一致の基準（{ NUMBER($min_match, style: "percent") }）には届きませんが、{ NUMBER($possible_match, style: "percent") }以上似ています。目で確かめてください。

# Follow-up buttons (Discord cuts a label at 80 characters).
answer-button-all-platforms = すべてのプラットフォーム
answer-button-lower = 基準を{ NUMBER($min_match, style: "percent") }に下げる
answer-button-mirrored = 左右反転で検索
answer-button-centre = 中央部分で検索
answer-button-as-posted = 投稿のままで検索
answer-button-post-publicly = 全員に公開
answer-button-posted-publicly = 公開しました
answer-button-jump = メッセージへ移動
answer-button-delete = メッセージを削除
answer-button-deleted = 削除しました
answer-shared-by = 🔎 { $member }さんが共有しました（{ command-find-source-video-name }）
answer-shared-by-on = 🔎 { $member }さんが共有しました（「{ command-find-source-video-name }」：{ $link }）

# Seen here before: earlier posts of the picture in this server.
answer-seen-heading = このサーバーでの過去の投稿
answer-seen-identical = 同一
answer-seen-similar = 類似度{ NUMBER($score, style: "percent") }
answer-seen-mirrored = { $closeness }、左右反転
# $when is a Discord relative time ("3 days ago"), shown in each reader's language.
answer-seen-line = { $author }さんが{ $channel }に[投稿]({ $link })、{ $when } · { $closeness }
# The mod-log record's line.
answer-seen-record = このサーバーでの過去の投稿：{ $line }
answer-seen-record-more = このサーバーでの過去の投稿：{ $line }（ほか{ $more }件）

# /findvideo-forget and "Forget image": what forgetting a message answers.
answer-forgotten-none = このメッセージの画像は記憶していませんでした。削除したものはありません。
answer-forgotten = このメッセージの画像{ $count }件を忘れました。

# Under the side-by-side picture (drawn into the image): the searched image, and the match.
answer-picture-yours = あなたの画像
answer-picture-posted = 投稿された画像
answer-picture-clip-at =
    { $whose ->
        [posted] 投稿されたクリップ
       *[own] あなたのクリップ
    }（{ $at }）
answer-picture-source = 元動画
answer-picture-match = { $rank }位の一致
answer-picture-at = { $name }（{ $at }）

# A watched channel's alert and public reply, for a picture posted in this server before (the server's language).
answer-seen-reposted-title = 再投稿：このサーバーで以前に投稿されています
answer-seen-repost-line = 再投稿：最初の投稿は{ $author }さん、{ $when }（[こちら]({ $link })・{ $closeness }）
answer-seen-reply = この画像は{ $when }にここで投稿されています：{ $link }

## errors
# Refusals and errors shown to the member (privately): image checks, clips, fair use,
# the API, links, buttons, the error path, queue and outage notices. Ids start with error-.
# Add new messages at the end of this section.

error-unexpected = こちらで問題が発生しました。記録しましたので、しばらくしてからもう一度お試しください。
error-slow-down = 少し間を空けてください。{ $seconds } 秒後にもう一度お試しください。
error-not-here = このコマンドはここでは使えません。

error-subject-file = このファイル
error-subject-link = このリンク
error-subject-clip = このクリップ
error-subject-redirect = { $link } の転送先 { $target }

error-size-bytes = { $count ->
   *[other] { $count } バイト
}
error-size-kb = { NUMBER($amount, maximumFractionDigits: 1) } KB
error-size-mb = { NUMBER($amount, maximumFractionDigits: 1) } MB

error-supported-formats = 検索できるのは JPEG、PNG、GIF、BMP、WebP の画像です。
error-file-empty = { $subject }は空です。もう一度添付してください。
error-file-too-large = { $subject }のサイズは { $size } です。上限は { $limit } です。
error-image-bomb = { $subject }はわずか { $size } で { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } ピクセルと宣言しています。ファイルに収まるはずのない画素数のため、開きません。
error-image-side-too-long = { $subject }は { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } ピクセルです。長辺は { NUMBER($limit, useGrouping: 0) } ピクセルまでなので、縮小してください。
error-image-too-many-pixels = { $subject }は { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } ピクセル（{ NUMBER($megapixels, maximumFractionDigits: 1) } メガピクセル）です。{ NUMBER($limit, maximumFractionDigits: 1) } メガピクセルまでなので、縮小してください。
error-image-unreadable = { $subject }は読み取れる画像ではありません。{ error-supported-formats }
error-image-damaged = { $subject }は壊れているか、途中で切れているようです。もう一度保存し直してください。
error-image-pillow-bomb = { $subject }はファイルに収まるはずのない画素数を宣言しているため、開きません。
error-image-empty-animation = { $subject }はアニメーション PNG と名乗っていますが、フレームがありません（fcTL チャンクなし）。そのため開きません。
error-image-text-bomb = { $subject }には展開すると { $size } を超える圧縮テキストチャンク（解凍爆弾）が含まれているため、開きません。
error-image-too-costly-jpeg = { $subject }は { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } のプログレッシブ JPEG で、大きすぎてこの形式のままでは安全に確認できません。PNG か通常の JPEG で保存し直して（または縮小して）、もう一度お試しください。
error-image-too-costly = { $subject }は { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } の { $format } 画像で、大きすぎてこの形式のままでは安全に確認できません。PNG か通常の JPEG で保存し直して（または縮小して）、もう一度お試しください。

error-kind-svg = { $subject }は SVG 図形です。PNG か JPEG で保存またはエクスポートして（スクリーンショットでも構いません）、もう一度お試しください。
error-kind-heic = { $subject }は HEIC 写真です。PNG か JPEG で保存またはエクスポートして（スクリーンショットでも構いません）、もう一度お試しください。
error-kind-avif = { $subject }は AVIF 画像です。PNG か JPEG で保存またはエクスポートして（スクリーンショットでも構いません）、もう一度お試しください。
error-kind-tiff = { $subject }は TIFF 画像です。PNG か JPEG で保存またはエクスポートして（スクリーンショットでも構いません）、もう一度お試しください。
error-kind-icon = { $subject }はアイコンファイルです。PNG か JPEG で保存またはエクスポートして（スクリーンショットでも構いません）、もう一度お試しください。
error-kind-jpeg-xl = { $subject }は JPEG XL 画像です。PNG か JPEG で保存またはエクスポートして（スクリーンショットでも構いません）、もう一度お試しください。
error-kind-photoshop = { $subject }は Photoshop ファイルです。PNG か JPEG で保存またはエクスポートして（スクリーンショットでも構いません）、もう一度お試しください。
error-kind-raw = { $subject }はカメラの RAW 写真です。PNG か JPEG で保存またはエクスポートして（スクリーンショットでも構いません）、もう一度お試しください。
error-kind-eps = { $subject }は検索できない形式（EPS）の画像です。PNG か JPEG で保存またはエクスポートして（スクリーンショットでも構いません）、もう一度お試しください。
error-kind-xpm = { $subject }は検索できない形式（XPM）の画像です。PNG か JPEG で保存またはエクスポートして（スクリーンショットでも構いません）、もう一度お試しください。
error-kind-netpbm = { $subject }は検索できない形式（PPM/PGM/PBM）の画像です。PNG か JPEG で保存またはエクスポートして（スクリーンショットでも構いません）、もう一度お試しください。
error-kind-fits = { $subject }は検索できない形式（FITS）の画像です。PNG か JPEG で保存またはエクスポートして（スクリーンショットでも構いません）、もう一度お試しください。
error-kind-pdf = { $subject }は PDF 文書です。代わりにページのスクリーンショットを送ってください。
error-kind-document = { $subject }は文書ファイルで、画像ではありません。代わりにページのスクリーンショットを送ってください。
error-kind-video = { $subject }は動画です。ここではまだ動画に対応していないため、探したい場面のスクリーンショットを送ってください。
error-kind-audio = { $subject }は音声ファイルで、画像ではありません。{ error-supported-formats }
error-kind-text = { $subject }はテキストファイルで、画像ではありません。{ error-supported-formats }
error-kind-web-page = { $subject }はウェブページで、画像ではありません。画像そのもののリンクを使ってください（画像を右クリックして「画像アドレスをコピー」）。
error-kind-archive = { $subject }は圧縮ファイルで、画像ではありません。展開して画像そのものを送ってください。

error-clip-too-large = { $subject }のサイズは { $size } です。受け付けるクリップは { $limit } までです。
error-clip-sound-only = { $subject }には音声しかなく映像がないため、検索できるものがありません。動画クリップ、画像、または場面のスクリーンショットを送ってください。
error-clip-codec = このクリップの映像は { $codec } でエンコードされていて、デコードできません。MP4（H.264）か WebM で送るか、探したい場面のスクリーンショットを送ってください。
error-clip-codec-unknown = このクリップの映像は認識できない形式でエンコードされていて、デコードできません。MP4（H.264）か WebM で送るか、探したい場面のスクリーンショットを送ってください。
error-clip-unreadable = このクリップを読み取れませんでした。壊れているか、デコードできない形式でエンコードされているようです。別のコピーを試すか、探したい場面のスクリーンショットを送ってください。
error-clip-too-costly = このクリップのデコードには 1 回の検索で使える以上の処理が必要なため、中止しました。もっと短いか小さいコピー、または探したい場面のスクリーンショットを送ってください。
error-clip-too-long = このクリップの長さは { NUMBER($seconds, useGrouping: 0) } 秒です。検索できるのは { NUMBER($limit, useGrouping: 0) } 秒までのクリップです。短く切り出すか、場面のスクリーンショットを送ってください。
error-clip-longer-than = このクリップは検索できる上限の { NUMBER($limit, useGrouping: 0) } 秒を超えています。短く切り出すか、場面のスクリーンショットを送ってください。
error-clip-frames-too-large = このクリップのフレームは { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } ピクセルで、デコードできる大きさ（最大 { NUMBER($megapixels, minimumFractionDigits: 1, maximumFractionDigits: 1) } メガピクセル、3840×2160）を超えています。小さいコピーかスクリーンショットを送ってください。
error-clip-frame-rate = このクリップは毎秒 { NUMBER($rate, useGrouping: 0) } フレームです。受け付けるのは毎秒 { NUMBER($limit, useGrouping: 0) } フレームまでのクリップです。通常のコピーか、場面のスクリーンショットを送ってください。
error-gif-too-many-frames = この GIF は { NUMBER($limit, useGrouping: 0) } フレームを超えています。受け付けるのは { NUMBER($limit, useGrouping: 0) } フレームまでの GIF です。短いコピーか、場面のスクリーンショットを送ってください。
error-gif-too-costly = この GIF から静止画を取り出すには { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } ピクセルのフレームを { NUMBER($frames, useGrouping: 0) } 枚デコードする必要がありますが、1 クリップあたりのデコードは { NUMBER($budget, useGrouping: 0) } メガピクセルまでです。短いか小さいコピー、または場面のスクリーンショットを送ってください。

error-download-larger-than = { $subject }は上限の { $limit } を超えています。
error-download-status = { $subject }をダウンロードできませんでした（リンクの応答: { $status }）。
error-download-timeout = { $subject }のダウンロードに時間がかかりすぎました。もう一度試すか、画像を直接添付してください。
error-download-cut-off = { $subject }はダウンロードの途中で送信が止まりました。もう一度お試しください。
error-download-unreachable = { $subject }に接続できませんでした。リンクを確認して、もう一度お試しください。
error-download-unknown-site = { $subject }のサイトが見つかりませんでした。リンクに入力ミスがないか確認してください。
error-download-private-address = { $subject }はプライベートまたはローカルのネットワークアドレスを指しています。取得できるのは公開サイトだけです。
error-link-too-long-max = { $subject }はリンクとしては長すぎます。{ NUMBER($limit, useGrouping: 0) } 文字までにしてください。
error-link-too-long = { $subject }はリンクとしては長すぎます。
error-link-invalid = { $subject }は有効なウェブリンクではありません。
error-link-not-web = { $subject }は http または https のリンクではありません。取得できるのはこの 2 種類だけです。
error-link-no-site = { $subject }は完全なリンクではありません。サイトが指定されていません。
error-link-credentials = { $subject }にはユーザー名かパスワードが含まれています。それらを含まないリンクを共有してください。
error-link-redirect-loop = { $subject }は { $limit } 回を超えて転送されたため、取得をあきらめました。
error-link-redirect-nowhere = { $subject }は転送先のない転送を返しました。
error-link-redirect-invalid = { $subject }の転送先は無効なリンクです。

error-cooldown = 少しペースを落としてください。このサーバーでは 1 人あたり 1 分に { $limit } 回まで検索できます。次に検索できるのは { $when } です。
error-budget-spent = このサーバーは今日の検索枠（API 呼び出し { $budget } 回）を使い切りました。枠は { $when } にリセットされます。
error-budget-short = この検索には API 呼び出しが { $calls } 回必要ですが、このサーバーの今日の枠は残り { $left } 回です（使い切るには、プラットフォームを 1 つずつ検索してください）。枠は { $when } にリセットされます。

error-api-failed = 動画の検索に失敗しました。しばらくしてからもう一度お試しください。
error-api-misconfigured = このボットの設定に問題があり、検索サービスに拒否されています。これを直せるのはボットの運営者だけです（サーバー管理者には直せません）。しばらくしてからもう一度お試しください。
error-api-out-of-credits = このボットは検索クレジットを使い切りました。追加できるのはボットの運営者だけです（サーバー管理者にはできません）。しばらくしてからもう一度お試しください。
error-api-busy = 検索サービスが混み合っています。1 分ほどしてからもう一度お試しください。
error-api-bad-image = 検索サービスがこの画像を扱えませんでした。別の画像（JPG、PNG、GIF、BMP、WebP、20 MB まで）でお試しください。
error-api-library-unsupported = その動画ライブラリには対応していません。
error-api-similarity = 類似度は 0 から 1 までの数値で指定してください。
error-api-library-name = このサーバーの動画ライブラリ名が正しくありません。サーバー管理者に知らせてください。
error-api-not-answering = 動画検索サービスが現在応答していません。1 分ほどしてからもう一度お試しください。
error-api-not-answering-seconds = 動画検索サービスが現在応答していません。{ $seconds } 秒ほどしてからもう一度お試しください。
error-api-not-answering-minutes = 動画検索サービスが現在応答していません。{ $minutes } 分ほどしてからもう一度お試しください。
error-search-timed-out = 検索に時間がかかりすぎたため、中止しました。数分後にもう一度お試しください。
error-outage-title = 検索が失敗しています
error-outage-footer = この通知は障害ごとに 1 回だけ送られます。障害が解消すれば検索は自動的に再開します。
error-outage-misconfigured = 検索が失敗しています。検索サービスがこのボット（API キーまたはアカウント）を拒否しています。直せるのはボットの運営者だけで、このサーバーの設定を変えても解決しません。
error-outage-out-of-credits = 検索が失敗しています。ボットの検索アカウントのクレジットが残っていません。追加できるのはボットの運営者だけで、このサーバーの設定を変えても解決しません。
error-outage-down = 検索が失敗しています。動画検索サービスが応答していません。このサーバー側で対応することはありません。ボットの運営者にはログで通知されており、サービスが応答すれば検索は自動的に再開します。

error-queued = ⏳ 多くの検索が実行中です。あなたの検索は順番待ちで、約 { $seconds } 秒で終わる見込みです。
error-backing-off = ⏳ 検索サービスが現在、検索の速度を制限しています。あなたの検索は順番待ちで、約 { $seconds } 秒後に再試行します。

error-none-searchable = どの画像も検索できませんでした：{ $reasons }
error-reason = { $earlier }
    ・{ $reason }
error-restarting = ボットを再起動中です。少ししてからもう一度お試しください。
error-no-image-given = 画像を添付する（または `url` に画像のリンクを指定する）と、その画像の元の動画を探します。
error-no-image-in-message = このメッセージには検索できる画像・GIF・動画（添付ファイルや埋め込み画像）がありません。
error-private-library-in-dms = サーバーの動画ライブラリはサーバー内でのみ検索でき、ダイレクトメッセージでは検索できません。公開プラットフォーム（TikTok、YouTube、Instagram、またはすべての公開プラットフォーム）を選んでください。
error-button-not-valid = このボタンはここでは使えないため、何も行いませんでした。
error-button-elsewhere = このボタンは別のサーバーのメッセージのものなので、何も行いませんでした。
error-button-not-yours = このボタンを使えるのは、この検索を実行した人だけです。ご自身で `/findvideo` を実行してください。
error-pages-not-yours = ページをめくれるのは、このコマンドを実行した人だけです。
error-search-gone = この検索は古いため、ここから再実行できません。もう一度 `/findvideo` を実行してください。
error-button-needs-manage-messages = { $channel } でメッセージを削除するには、そのチャンネルの「**メッセージの管理**」権限が必要です。
error-cannot-delete = 削除できませんでした。{ $channel } での「**メッセージの管理**」権限が必要です。そのチャンネルでボットのロールに権限を付与するか、ご自身でメッセージを削除してください。
error-already-shared = この回答はすでに公開で投稿されています: { $link }
error-already-shared-just-now = この回答はたった今、公開で投稿されました。
error-alert-gone = このアラートはボットの記録に残っていないため、何も変更しませんでした。
error-alert-image-gone = このアラートの画像はもう添付されていないため、再検索できません。
error-memory-off = このサーバーの画像メモリはオフなので、削除するものはありません。モデレーターは `/findvideo-settings 変更 画像メモリ:True` でオンにできます。
error-not-a-message-link = これはこのサーバーのメッセージへのリンクではありません。メッセージを右クリック →「**メッセージリンクをコピー**」で取得したリンクを指定してください。
error-local-watch-needs-memory = ローカルのみの監視では新しい画像をこのサーバーに以前投稿された画像と比べますが、このサーバーの画像メモリはオフです。先に `/findvideo-settings 変更 画像メモリ:True` でオンにしてください。
error-forget-needs-manage-messages = この操作は「**メッセージの管理**」権限を持つメンバーだけが行えます。
error-database-down = ボットのデータベースが現在応答していないため、{ $action ->
    [settings] 設定を変更できません
    [history] 検索履歴を読み込めません
    [usage] 利用状況を読み込めません
    [button] このボタンは使えません
    [share] この回答を共有できません
    [forget] 画像を削除できません
   *[other] その操作はできません
}。1 分ほどしてからもう一度お試しください。

## usage-history
# /findvideo-usage and /findvideo-history: texts and chart labels.
# Ids start with usage- or history-.
# Add new messages at the end of this section.

usage-title = 検索の利用状況
usage-today = 今日 (UTC)
usage-last-7-days = 過去 7 日間
usage-daily-budget = 1 日の上限
usage-figures =
    検索: **{ $searches }** 件
    API 呼び出し: **{ $calls }** 回 (検索 { $search_calls }、動画の詳細 { $details }、キーフレームのダウンロード { $keyframes })
    キャッシュから回答: **{ $cache_rate }**
usage-cache-rate = { NUMBER($rate, style: "percent") }
usage-cache-rate-none = –
usage-no-budget = 1 日の上限はありません。API 呼び出しは無制限です。
usage-budget-left = 今日の残り: **{ $left }** / { $budget } 回 (UTC の午前 0 時にリセット)
usage-watched-today = 今日の監視チャンネル
usage-needs-manage-server = 利用状況を見られるのは「サーバー管理」権限のあるメンバーだけです。
usage-chart-searches = 検索
usage-chart-api-calls = 検索の API 呼び出し
usage-chart-cache-hits = キャッシュヒット
usage-chart-budget = 1 日の上限 ({ $budget })
history-needs-manage-messages = 検索履歴を見られるのは「メッセージの管理」権限のあるメンバーだけです。
history-nothing-yet = このサーバーにはまだ検索の記録がありません。
history-nothing-by-member = このサーバーには { $member } の検索の記録がありません。
history-title = 最近の検索
history-title-member = { $name } の検索
history-title-unnamed = このメンバーの検索
history-in-channel = { $channel } で
history-on-message = { $channel } の[このメッセージ]({ $link })について
history-images = 画像 { $count } 枚
history-cached = キャッシュ
history-api-calls = API 呼び出し { $count } 回
history-no-match = 一致なし
history-kind-slash = /findvideo
history-kind-menu = 元の動画を探す
history-kind-alert-button = 監視アラート: すべてのプラットフォームを検索
history-kind-follow-up = フォローアップボタン
history-searches-all = { $total } 件の検索
history-searches-some = { $total } 件中 { $shown } 件の検索
history-footer = { $page }/{ $pages } ページ · 新しい順 · { $searches } · { $days } 日間保存
history-chart-searches = 検索
history-chart-matches = 一致あり
history-chart-alerts = 転載アラート
history-seen-before = ここに以前も投稿 ({ $count } 回)
usage-chart-alt =
    { $days ->
        [1] 今日のグラフ
       *[other] 過去 { $days } 日間のグラフ
    }: 1 日ごとの検索、その API 呼び出し、キャッシュヒット
history-chart-alt =
    { $days ->
        [1] 今日のグラフ
       *[other] 過去 { $days } 日間のグラフ
    }: 1 日ごとの検索、一致あり、転載アラート

## settings
# /findvideo-settings: the settings, their descriptions and the replies.
# Ids start with settings-.
# Add new messages at the end of this section.

settings-label-platform = プラットフォーム
settings-label-min-match = 一致の基準
settings-label-possible-match = 「一致の可能性あり」の基準
settings-label-results = 画像ごとの件数
settings-label-private = 非公開で回答
settings-label-modlog-channel-id = モデレーションログのチャンネル
settings-label-log-every-search = すべての検索を記録
settings-label-private-namespace = このサーバーの動画ライブラリ
settings-label-cooldown = クールダウン
settings-label-daily-budget = 1 日の上限
settings-label-image-memory = 画像メモリ（以前ここで見た）
settings-label-seen-distance = 「以前見た」の許容差
settings-label-cut-borders = 枠と字幕の除去
settings-label-memory-days = 画像メモリの保持期間
settings-label-language = 言語
settings-value-off = オフ
settings-value-none = なし
settings-value-yes = はい
settings-value-no = いいえ
settings-value-percent = { $value }%
settings-value-days = { $value } 日
settings-value-cooldown = { $value ->
    [0] オフ
   *[other] メンバー 1 人あたり 1 分間に { $value } 回
}
settings-value-budget = { $value ->
    [0] 無制限
   *[other] 1 日 { $value } 回の API 呼び出し
}
settings-value-seen-distance = { $value ->
    [0] 完全一致のみ
   *[other] 64 ビット中 { $value } ビットまでの違い
}
settings-value-server-language = サーバーの言語
settings-value-server-language-is = サーバーの言語（{ $language }）
settings-origin-default = 既定
settings-origin-set-here = このサーバーで設定
settings-show-line = **{ $label }**（`{ $option }`）：{ $value } · *{ $origin }*
settings-show-title = { $server } の findvideo 設定
settings-show-footer = 変更：/findvideo-settings 変更 · 既定に戻す：/findvideo-settings リセット
settings-change-line = **{ $label }**：{ $before } → { $after }
settings-saved-title = 設定を保存しました
settings-reset-title = 設定を既定値に戻しました
settings-changed-title = findvideo の設定が変更されました
settings-changed-by = 変更した人
settings-modlog-problem = ⚠️ モデレーションログ
settings-not-logged = 保存しましたが、変更をログに記録できませんでした：{ $problem }
settings-needs-manage-server = findvideo の設定を変更するには「**サーバー管理**」権限が必要です。
settings-only-in-server = サーバーの設定はサーバー内でのみ変更できます。
settings-nothing-given = 変更する設定を 1 つ以上指定してください（例：`/findvideo-settings 変更 最低類似度:80`）。
settings-nothing-to-reset = リセットするものはありません。これらの設定はすでに既定値です。
settings-nothing-changed = 何も変更されていません。これらの設定はすでにその値です。
settings-operators-library = `動画ライブラリ` にボット運営者のライブラリは指定できません。別の名前を選んでください。
settings-problems = { $first }
    { $rest }
settings-unknown-language = 「{ $language }」という言語はありません。表示された言語から選んでください。
settings-library-taken = その `動画ライブラリ` はすでに別のサーバーが使っています。動画ライブラリは 1 つのサーバーにしか属せません。別の名前を選んでください。
settings-library-name = `動画ライブラリ` は 1～64 文字の英数字、`-`、`_` で指定してください。
settings-library-number = `動画ライブラリ` に数字だけの名前は使えません（別のサーバーの ID になります）。英字を含めてください。
settings-possible-match-range = `候補の基準` は 0（オフ）または { $lowest }～100 で指定してください。
settings-possible-above-match = 「一致の可能性あり」の基準（{ $possible }%）は一致の基準（{ $match }%）より高くできません。`候補の基準` を下げるか、`最低類似度` を上げるか、`候補の基準` を 0 にしてオフにしてください。

## modlog-watch
# What the bot posts for the server, in the server's language: mod-log records,
# watch alerts and public replies in watched channels. Ids start with modlog- or watch-.
# Add new messages at the end of this section.

modlog-channel-gone = モデレーションログのチャンネルが存在しないか、表示できません。`/findvideo-settings 変更 ログチャンネル` で別のチャンネルを選んでください。
modlog-cannot-post = <#{ $channel }> に投稿できません。次の権限がありません：{ $missing }。このチャンネルで { $needed } を付与するか、別のチャンネルを選んでください。
modlog-refused = <#{ $channel }> に投稿できません。必要な権限がありません。このチャンネルで { $needed } を付与するか、別のチャンネルを選んでください。
modlog-not-accepted = Discord が <#{ $channel }> へのログの投稿を受け付けませんでした（{ $status }）。
modlog-permission-view-channel = **チャンネルを見る**
modlog-permission-send-messages = **メッセージを送信**
modlog-permission-embed-links = **埋め込みリンク**
modlog-permission-attach-files = **ファイルを添付**
modlog-record-slash = /findvideo 検索
modlog-searched-by = **検索した人** { $user }（`{ $user_id }`）
modlog-when = **日時** <t:{ $at }:f>（<t:{ $at }:R>）
modlog-message-checked = **確認したメッセージ** { $link }（投稿者：{ $author }、`{ $author_id }`）
modlog-channel = **チャンネル** <#{ $channel }>（`/findvideo`）
modlog-not-searched = 検索していません：{ $reason }
modlog-image-too-large = 画像 { $index }（{ $size }）は大きすぎるため再アップロードできません。
modlog-image-reduced = 画像 { $index }（{ $size }）は Discord のアップロード上限のため、小さい JPEG として再アップロードしています。元画像の SHA-256：`{ $sha256 }`
modlog-record-failed = 記録の作成中に問題が発生しました。この問題は記録済みです。
modlog-not-recorded = この検索をモデレーションログに記録できませんでした：{ $problem }
modlog-permission-add-reactions = **リアクションの追加**
watch-disabled = このボットでは監視チャンネルがオフになっています。運営者は Discord 開発者ポータルで **Message Content** インテントを有効にしたうえで（アプリケーション → Bot → Privileged Gateway Intents）、`WATCH_ENABLED=true` でオンにできます。
watch-intent-missing = 監視チャンネルには **Message Content** インテントが必要ですが、Discord から許可されていません。ボットの所有者が Discord 開発者ポータルで有効にし（アプリケーション → Bot → Privileged Gateway Intents → Message Content Intent）、ボットを再起動する必要があります。
watch-needs-manage-server = 監視チャンネルを変更できるのは「**サーバー管理**」権限を持つメンバーだけです。
watch-needs-manage-messages = これらのボタンを使えるのは「**メッセージの管理**」権限を持つメンバーだけです。
watch-no-modlog = モデレーションログのチャンネルが設定されていないため、通知の送り先がありません。このサーバーの findvideo 設定で指定してください。
watch-server-library = サーバーのライブラリ
watch-moments = { $more ->
    [0] { $spans }
   *[other] { $spans }（ほか { $more } 件）
}
watch-no-title = （タイトルなし）
watch-match = **{ $score }%** { $platform }：{ $title } · { $moments }
watch-a-video = 動画
watch-reply = この画像は { $platform } の動画から来ているようです（類似度 { $score }%）：{ $title } { $link }
watch-options-local = このサーバーの過去の投稿のみ、API 呼び出しなし · { $action }
watch-options = { $scope } · { $min_match }% 以上 · { $action }{ $held ->
    [yes] （モデレーターの確認後）
   *[no] {""}
}{ $mirrored ->
    [yes] {" "}· 左右反転も検索
   *[no] {""}
}
watch-caption = キャプション：「{ $caption }」
watch-repeats = ⚠️ このメンバーの投稿は今週 **{ $count } 回** 通知されています。
watch-reply-held = 投稿者への公開返信は「**確認して返信**」が押されるまで保留されます。
watch-verdict-not-a-repost = ✅ **転載ではない**
watch-verdict-deleted = 🗑️ **メッセージを削除**
watch-verdict-confirmed = ⛔ **転載と確認**
watch-verdict-gone = 🗑️ **メッセージは削除されました**
watch-closed = { $verdict }（<t:{ $when }:f>）。
watch-closed-by = { $verdict }（{ $moderator }、<t:{ $when }:f>）。
watch-closed-not-a-repost = { $closed } この画像は今後この動画について通知されません。ここに投稿済みのコピーも同様です。
watch-counts = 確認 { $checked } 件、通知 { $alerts } 件、スキップ { $skipped } 件
watch-counts-why = { $counts }（{ $reasons }）
watch-skipped-automated = ボットまたは Webhook { $count } 件
watch-skipped-too-small = 小さすぎる画像 { $count } 件
watch-skipped-already-seen = 確認済み { $count } 件
watch-skipped-deleted = 削除済み { $count } 件
watch-skipped-budget = 監視の上限到達 { $count } 件
watch-skipped-queue-full = キューが満杯 { $count } 件
watch-skipped-unsearchable = 検索できない画像 { $count } 件
watch-skipped-too-slow = 読み込みが遅すぎる { $count } 件
watch-added = <#{ $channel }> を監視します：{ $options }。
watch-missing = <#{ $channel }> で次の権限がありません：{ $missing }。そのチャンネルでボットのロールに付与してください。
watch-removed = <#{ $channel }> の監視をやめました。
watch-not-watched = <#{ $channel }> は監視していませんでした。変更はありません。
watch-budget-none = 今日の監視検索：{ $spent } 回（このサーバーには 1 日の上限が設定されていません）。
watch-budget = 今日の監視検索：{ $allowance } 回中 { $spent } 回（サーバーの 1 日の上限の { $share }%）。
watch-open-video-posted = **[動画を開く]({ $link })** · 投稿日 { $posted }
watch-jump = <#{ $channel }> の[メッセージへ移動]({ $link })（投稿者：{ $author }）
watch-possible-repost = 転載の可能性
watch-alert-title = { $state }：{ $facts }
watch-first-post-id = 最初の投稿 { $id }
watch-video-id = 動画 { $id }
watch-footer = 監視：{ $options }
    メンバー { $member } · { $found }
watch-button-not-a-repost = 転載ではない
watch-button-confirm-reply = 確認して返信
watch-button-confirm = 転載と確認
watch-button-search-all = すべてで検索
watch-title-not-a-repost = 転載ではない
watch-title-deleted = 転載を削除
watch-title-confirmed = 転載と確認
watch-title-gone = メッセージは削除済み
watch-closed-title = { $verdict } · { $title }
watch-nothing-watched = 監視中のチャンネルはありません。`/findvideo-watch 追加` で追加してください。
watch-list-title = 監視中のチャンネル
watch-list-line = <#{ $channel }>：{ $options }
    {"  "}今日：{ $today }
watch-usage = { $counts }。API 検索を { $searches } 回使用しました。
