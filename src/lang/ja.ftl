# polscore のメッセージ（日本語）。en.ftl と同じ id・同じ変数で、id ごとに一つ
# （src/lang のテストが確かめる）。変数には表示どおりに整えた文字列が入る。
# 用語は政策評価書と SPEC の対訳表に従う（施策、個別分野、中期目標、測定指標、参考指標、
# 実績値、目標値、基準値、評価年度）。コード上の名前・ファイル名・id は訳さず `…` で囲む。

## コマンドライン

cli-errors = polscore: エラー { $count } 件
cli-more-warnings = polscore: ほかに警告が { $count } 件あります。同じルーブリックとデータで `polscore validate` を実行するとすべて表示されます

## 診断メッセージ: 行の見出し

diag-error = エラー
diag-warning = 警告
diag-help = 対処

## ルーブリック: 内容の検査

rubric-id-invalid = { $what ->
    [field] 個別分野
    [goal] 中期目標
   *[indicator] 指標
} の id { $id } は id として使えません
rubric-id-invalid-label = 使えない id
rubric-id-invalid-help = 英字・数字・`.`・`-`・`_` で書いてください（例: "f3.employment-rate"）
rubric-id-duplicate = id `{ $id }` が重複しています
rubric-id-duplicate-label = ここで再び定義
rubric-id-duplicate-help = id はファイル内で一意にしてください: この{ $what ->
    [field] 個別分野
    [goal] 中期目標
   *[indicator] 指標
}の id を変えてください（`{ $id }` は { $line } 行目にあります）
rubric-id-duplicate-first = 最初の定義
rubric-key-not-for-kind = `{ $key }` は { $kind } 指標のキーではありません
rubric-key-not-for-kind-label = { $kind } 指標にないキー
rubric-key-not-for-kind-help = `{ $key }` を削除するか、指標を kind = "{ $kind }"{ $or_kind ->
    [none] {""}
   *[other] {" か \""}{ $or_kind }{"\""}
} にしてください
rubric-target-missing = 測定指標 `{ $id }` に `target`（目標値）がありません
rubric-target-missing-label = `target` のない測定指標
rubric-target-missing-help = 数値の目標値を書くか（例: `target = 50`）、kind = "reference"（参考指標）にしてください
rubric-target-year-early = `target_year` { $year } が基準値の年度 { $baseline } より前です
rubric-target-year-early-label = 基準年度より前
rubric-target-year-early-help = 目標年度は基準値の年度と同じか、それより後にしてください
rubric-accumulate-baseline = 累積する指標には `baseline`（基準値）を書きません
rubric-accumulate-baseline-label = accumulate = true とは併用不可
rubric-accumulate-baseline-help = 基準値は最初に数える年度の前年度の 0 です。`baseline` を削除してください
rubric-geometric-positive = 幾何的な経路（path = "geometric"）には正の基準値と目標値が必要です
rubric-geometric-positive-label = 正の値が必要
rubric-geometric-positive-help-accumulated = 累積する指標は 0 から始まります: path = "linear" にしてください
rubric-geometric-positive-help = path = "linear" にするか、正の値にしてください
rubric-geometric-steep = { $from } から { $to } への幾何的な経路は 1e15 倍を超えて変化します
rubric-geometric-steep-label = 急すぎる経路
rubric-geometric-steep-help = 基準値と目標値を確かめるか、path = "linear" にしてください
rubric-band-upside-down = `target` の範囲が逆です: { $low } が { $high } より上です
rubric-band-upside-down-label = 下限が上限より上
rubric-band-upside-down-help = 下限を先に書いてください: `target = [{ $high }, { $low }]`
rubric-within-one-number = direction = "within" には範囲が必要ですが、`target` が一つの数です
rubric-within-one-number-label = 一つの数
rubric-within-one-number-help = 範囲の下限と上限を書くか（例: `target = [0, { $target }]`）、direction = "at_least" か "at_most" にしてください
rubric-band-needs-within = 範囲 `target = [low, high]` には direction = "within" が必要です
rubric-band-label = 範囲
rubric-band-needs-within-help = 値を範囲内に保つなら direction = "within" を加え、そうでなければ目標値を一つの数で書いてください
rubric-not-with-within = `{ $key }` は direction = "within" と併用できません
rubric-not-with-within-label = 範囲とは併用不可
rubric-not-with-within-help = 範囲は毎年度成り立つもので、そこへの経路はありません: `{ $key }` を削除するか、direction = "at_least" か "at_most" にして目標値を一つの数で書いてください
rubric-targets-after = `targets` に目標年度 target_year { $due } より後の { $year } があります
rubric-targets-after-label = 目標年度より後
rubric-targets-after-help = 年度ごとの目標値は目標年度までです: { $year } を削除するか、target_year を { $year } 以降にしてください
rubric-reference-within = direction = "within" は測定指標にだけ使えます
rubric-reference-within-label = 参考指標には使えない
rubric-reference-within-help = 参考指標の目安は一つの数で、direction = "at_least" か "at_most" と書きます。範囲で評価するなら指標を kind = "target"（測定指標）にしてください
rubric-benchmark-direction = 参考指標の `target`（目安）には `direction` が必要です
rubric-benchmark-direction-label = direction のない目安
rubric-benchmark-direction-help = direction = "at_least"（値が目安に達すべき）か "at_most"（目安以下にとどまるべき）を加えるか、`target` を削除してください
rubric-benchmark-band = 参考指標の目安は一つの数で、範囲ではありません
rubric-benchmark-band-help = 一つの数を direction = "at_least" か "at_most" と書いてください。範囲（direction = "within"）は測定指標のものです
rubric-ratio-accumulated = 比率は累積できません
rubric-ratio-accumulated-label = accumulate = true との併用
rubric-ratio-accumulated-help = 年度ごとの比率は足し合わせても累計になりません: `accumulate` を削除するか、measure = "value" で年度ごとの件数を書いてください
rubric-scale-without-ratio = `scale` には measure = "ratio" が必要です
rubric-scale-without-ratio-label = 比率でない
rubric-scale-without-ratio-help = データが分子と分母を持つなら measure = "ratio" を加え、そうでなければ `scale` を削除してください（単位は倍率ではありません: 85.2% は 85.2 です）
rubric-count-unit-without-ratio = `count_unit` には measure = "ratio" が必要です
rubric-count-unit-without-ratio-help = `count_unit` は比率の分子と分母の単位です（192名中97名 の「名」）。measure = "ratio" を加えるか、`count_unit` を削除してください
rubric-goal-without-indicator = 中期目標 `{ $id }` に指標がありません: not_rated（参考）になります
rubric-goal-without-indicator-label = 指標のない中期目標
rubric-goal-without-indicator-help = この中期目標の後に [[field.goal.indicator]] を加えてください。測る指標のない中期目標は表示されますが評価されません
rubric-goal-without-rated = 中期目標 `{ $id }` には参考指標しかありません: not_rated（参考）になります
rubric-goal-without-rated-label = 測定指標も定性的な指標もない
rubric-goal-without-rated-help = 参考指標は推移を示すだけです。中期目標を評価するには kind = "target" か "milestone" の指標を加えてください
rubric-weight-ignored = aggregation = "guideline" では `weight` は効きません
rubric-ignored-label = 無視される
rubric-weight-ignored-help = 重みは [scoring] の `aggregation = "mean"` でだけ使われます。そこで設定するか、`weight` を削除してください
rubric-primary-ignored = 参考指標 `{ $id }` では `primary` は効きません
rubric-primary-ignored-help = 参考指標は評価されません。`primary` を削除するか、指標を kind = "target" にして `target` を書いてください
rubric-baseline-meets-target = `{ $id }` の基準値（{ $year } 年度の { $value }）がすでに目標値 { $target }（{ $direction }）を満たしています
rubric-baseline-meets-target-label = すでに目標値を満たしている
rubric-baseline-meets-target-help = `target`・`baseline`・`direction` を確かめてください: 値が逆向きに動くべきなら direction = "{ $other }" と書き、{ $target } { $direction ->
    [at_most] 以下
   *[other] 以上
}にとどまることだけが目的なら `baseline` を削除してください
rubric-percent-out-of-range = { $key } の値 { $value } は百分率（unit = "{ $unit }"）として{ $side ->
    [over] 100 を超えています
   *[other] 0 未満です
}
rubric-percent-out-of-range-label = 0～100% の範囲外
rubric-percent-out-of-range-help = 割合は 0 から 100% の間です: 値を確かめてください。百分率の指標でなければ `unit` を変えてください
rubric-count-not-whole = { $key } の値 { $value } は { $unit } の数として整数ではありません
rubric-count-not-whole-label = 数でない
rubric-count-not-whole-help = `unit = "{ $unit }"` は数を数える単位です: 値を確かめてください。割合なら unit = "%" にして百分率で書いてください
rubric-policy-twice = 施策 id `{ $id }` が { $first } と { $second } の両方で定義されています
rubric-policy-twice-help = ルーブリックごとに別の施策 id を付けてください
rubric-indicator-kinds-differ = 指標 `{ $id }` は { $place } では { $kind }、{ $other_place } では { $other_kind } です
rubric-indicator-kinds-differ-help = id はどのルーブリックでも一つの系列を指します: どちらかに別の id を付けてください
rubric-policy-id-invalid = 施策 id { $id } は使えません
rubric-policy-id-invalid-label = 使えない施策 id
rubric-policy-id-invalid-help = 施策 id には A-Z・a-z・0-9・`.`・`_`・`-` だけを使ってください（例: "mofa-2024-peace"）
rubric-period-length = `period` に年度が { $count } 個あります。二つ必要です
rubric-period-length-label = 年度が二つ必要
rubric-period-length-help = 評価する最初と最後の年度を書いてください（例: period = [2021, 2023]）
rubric-period-reversed = `period` が終わりの { $end } 年度より後の { $start } 年度に始まっています
rubric-period-reversed-label = 終わりより後に始まる
rubric-period-reversed-help = period = [{ $end }, { $start }] のことですか？
rubric-field-without-goal = 個別分野 `{ $id }` に中期目標がありません: not_rated（参考）になります
rubric-field-without-goal-label = 中期目標のない個別分野
rubric-field-without-goal-help = この個別分野の後に指標を持つ [[field.goal]] を加えるか、個別分野を削除してください

## ルーブリック: TOML の構文

more-errors-not-shown = { $inputs ->
    [data] データ
   *[rubrics] ルーブリック
}のエラーがほかに { $count } 件あり、表示していません。次のエラーはここです
more-errors-not-shown-help = まず上のエラーを直してください。残りの多くは同じ種類のものです
rubric-csv = これはルーブリックではなく CSV のデータのようです
rubric-csv-label = TOML ではなくデータの行
rubric-csv-help = データファイルは --data で渡してください（例: `polscore score rubric.toml --data data.csv`）。ルーブリックは TOML ファイルです（docs/rubric-format.md、`polscore init` がひな形を書きます）
rubric-toml-syntax = TOML の構文エラー: { $detail }
rubric-toml-syntax-label = ここ
rubric-toml-syntax-help = ルーブリックの書式は docs/rubric-format.md を見るか、`polscore init` のひな形から始めてください
rubric-key-twice-first = 最初の設定
rubric-control-character = 文字列に制御文字（{ $code }）があります
rubric-control-character-label = TOML の文字列には書けない
rubric-control-character-help = 削除してください（他のプログラムからのコピーで入りがちです）。タブは \t、改行は \n と書くか、複数行の文章は三重引用符 """…""" で囲んでください
rubric-unclosed-string = 文字列が閉じていません
rubric-unclosed-string-label = 文字列がこの行で終わっていない
rubric-unclosed-string-help = 同じ行で同じ引用符で閉じてください。複数行の文章は三重引用符 """…""" で囲みます
rubric-unclosed-header = 表の見出しが閉じていません
rubric-unclosed-header-label = 見出しがここで終わっていない
rubric-unclosed-header-help = 開いた数だけ角括弧で閉じてください: [policy]、[[field]]、[[field.goal]]、[[field.goal.indicator]]
rubric-key-twice = `{ $key }` が同じ表で二度設定されています
rubric-key-twice-label = ここで再び設定
rubric-key-twice-help = `{ $key }` を一つにしてください。この行から新しい表が始まるなら、その上に見出し（例: [[field.goal.indicator]]）を加えてください
rubric-missing-value = `=` の後に値がありません
rubric-missing-value-label = ここに値が必要
rubric-missing-value-help = 値を書くか（例: `name = "…"`）、その行を削除してください
rubric-not-a-value = `{ $found }` は TOML の値ではありません
rubric-not-a-value-label = 値でない
rubric-not-a-value-help = 文章は引用符（"…"）で囲み、数と true・false はそのまま書き、配列の要素はカンマで区切ってください: [2021, 2023]

## ルーブリック: 読み込み時の検査

rubric-unknown-key = 不明なキー `{ $key }`
rubric-unknown-key-suggest = `{ $key }` のことですか？（ここで使えるキー: { $allowed }）
rubric-unknown-key-allowed = ここで使えるキー: { $allowed }
rubric-unknown-value = 不明な値 "{ $value }"
rubric-unknown-value-suggest = "{ $value }" のことですか？（{ $choices } のいずれか）
rubric-unknown-value-choices = { $choices } のいずれかを使ってください
rubric-missing-key = 必須のキー `{ $key }` がありません
rubric-missing-key-help = この表に `{ $key } = …` を加えてください
rubric-number-as-string-help = 数は引用符も単位も付けずに書いてください（例: `target = 50`。単位は `unit` に書きます）
rubric-wrong-type-serde = 型が違います: { $detail }
rubric-schema-other = ルーブリックを読めません: { $detail }

## データ: 不明な id

data-unknown-id = 読み込んだどのルーブリックにも指標 `{ $id }` がありません{ PLURAL($rows) ->
    [one] {""}
   *[other] （{ $rows } 行。最初の行を表示）
}
data-unknown-id-ignored = その行は読み飛ばします（--ignore-unknown）
data-unknown-id-suggest = `{ $id }` のことですか？（そうした行を読み飛ばすには --ignore-unknown を付けてください）
data-unknown-id-note = この行には年度も値もありません: 表の下の注記なら削除するか、--ignore-unknown を付けて読み飛ばしてください
data-unknown-id-check = id をルーブリックと照らし合わせるか、--ignore-unknown を付けてそうした行を読み飛ばしてください

## polscore explain：一つの指標の評価の導き方（年度ごと）。数値は採点の値を整形済みで渡す。
## `$rating`・`$outlook`・`$trend` は日本語の評語。

explain-place = { $file }:{ $line }（施策 { $policy }、個別分野 { $field }、中期目標 { $goal }）
explain-rating-only = 評価：{ $rating }
explain-warning = 注：{ $warning }
explain-as-of-none-period = 評価年度（as_of）：なし（施策の期間 { $first }～{ $last }年度に実績値のある指標がないため、評価対象の指標はすべて「データなし」）
explain-as-of-none = 評価年度（as_of）：なし（実績値のある指標がないため、評価対象の指標はすべて「データなし」）
explain-as-of-capped = 評価年度（as_of）：{ $year }年度（--year { $asked } を施策の期間の最終年度までとした）
explain-as-of-asked = 評価年度（as_of）：{ $year }年度（--year による）
explain-as-of-latest-period = 評価年度（as_of）：{ $year }年度（施策の期間 { $first }～{ $last }年度のうち、いずれかの指標に実績値のある最新の年度）
explain-as-of-latest = 評価年度（as_of）：{ $year }年度（いずれかの指標に実績値のある最新の年度。施策に期間の定めはない）

explain-direction = { $direction ->
    [at_least] 高いほどよい（direction = "at_least"）
    [at_most] 低いほどよい（direction = "at_most"）
    [within] 範囲内がよい（direction = "within"）
   *[none] 方向なし
}
explain-path-name = { $path ->
    [geometric] 等比
   *[linear] 線形
}
explain-growth-name = { $growth ->
    [compound] 年平均成長率（複利）
   *[linear] 年平均の変化量（線形）
}
explain-definition = 定義
explain-def-kind-target = 種別　　　測定指標、{ $direction }
explain-def-kind-reference = 種別　　　参考指標（評価の対象外で、推移のみ示す）、{ $direction }
explain-def-benchmark = 目安　　　{ $target }（`target`：最新の実績値がこれを満たすかを示す。評価はしない）
explain-def-milestone = 種別　　　定性的な指標
explain-def-due = 期限　　　{ $year }
explain-def-due-none = 期限　　　なし（期限切れにならない）
explain-def-unit = 単位　　　{ $unit }
explain-def-ratio = 測定　　　比率：実績値 = 分子 / 分母 × { $scale }（`scale`）
explain-def-calendar = 年　　　　暦年（この指標の年は年度でなく暦年：2023年度ではなく2023年）
explain-def-primary = 主要指標　{ $primary ->
    [yes] はい
   *[no] いいえ
}
explain-def-band = 目標値　　毎年 { $low }～{ $high }{ $unit }の範囲内（範囲の目標：`target_year` も見通しもない）
explain-def-target-accumulate = 目標値　　{ $year }までに{ $target }（累計。0から{ $path }の経路）
explain-def-target-path = 目標値　　{ $year }までに{ $target }（基準値 { $baseline }（{ $baseline_year }）から{ $path }の経路）
explain-def-target-no-baseline = 目標値　　{ $year }までに{ $target }（基準値がないため経路はなく、毎年度この値）
explain-def-target-every-year-baseline = 目標値　　毎年度 { $target }（`target_year` なし。基準値 { $baseline }（{ $baseline_year }）から測る）
explain-def-target-every-year = 目標値　　毎年度 { $target }（`target_year` なし）
explain-def-schedule-year = { $year }：{ $target }
explain-def-schedule = 年度目標　{ $listed }（`targets`：これらの年度はこの目標値）
explain-def-accumulate = 累計　　　データは各年度の増分で、指標はその累計
explain-def-scoring-target = 採点　　　達成率 a ≥ { $exceeded } で目標超過達成、a ≥ { $progressing } で相当程度進展あり、伸びは{ $growth }
explain-def-scoring-reference = 採点　　　年 ±{ $band } 以内は横ばい、伸びは{ $growth }

explain-series = 実績の推移（{ $as_of }まで）
explain-series-empty = { $as_of }までにこの指標の実績値はない
explain-provisional = （速報値）
explain-before-period = ［施策の期間前：参考として表示］
explain-note = 備考：{ $note }
explain-status = { $status ->
    [achieved] 達成
    [in_progress] 実施中
   *[not_started] 未着手
}
explain-value-none = 実績値なし
explain-value-none-status = 実績値なし（{ $status ->
    [pending] 公表予定
    [not_conducted] 未実施
    [na] 該当なし
   *[other] { $status }
}）
explain-step-year = 当該年度 { $step }
explain-step-calendar-year = 当該年 { $step }
explain-step-span = { $years }の合計 { $step }
explain-head-total = { $step }、累計 { $previous } + { $added } = { $total }
explain-head-no-total = { $step }、累計なし：{ $why }
explain-years = { $first }～{ $last }
explain-gap-year = 累計は実績値のない{ $years }で途切れた
explain-gap-years = 累計は実績値のない{ $years }で途切れた
explain-gap-unknown = それ以前の年度に実績値がない
explain-no-value = 実績値なし → { $rating }
explain-no-value-breaks = 実績値なし。累計はここで途切れ、以降の年度に累計はない → { $rating }
explain-no-total = 累計なし → { $rating }
explain-ratio = 実績値 = 分子 / 分母 × scale = { $numerator } / { $denominator } × { $scale } = { $value }
explain-ratio-written = （行に書かれた { $written } は表示のみで、計算した値を用いる）
explain-span-year = 期間の行：{ $first }～{ $last }の合計 { $total } を{ $last }に計上。{ $inside }に単独の実績値はないが、累計の途切れではない
explain-span-years = 期間の行：{ $first }～{ $last }の合計 { $total } を{ $last }に計上。{ $inside }に単独の実績値はないが、累計の途切れではない
explain-later = （評価年度より後のデータは用いない：{ $years }）

explain-undefined = 定義されない
explain-t-path = 目標値 T({ $year }) = { $formula } = { $target }
explain-t-schedule = 目標値 T({ $year }) = { $target }（`targets` の年度目標による）
explain-t-instead = 年度目標がなければ { $line }
explain-t-reached = 目標値 T({ $year }) = 目標 { $target }（{ $year } は `target_year` { $target_year } 以降）
explain-t-no-baseline = 目標値 T({ $year }) = 目標 { $target }（基準値がないため経路はない）
explain-t-every-year = 目標値 T({ $year }) = 目標 { $target }（毎年度同じ）
explain-a-from-baseline = 達成率 a = (v − B) / (T − B) = ({ $v } − { $b }) / ({ $t } − { $b }) = { $a }
explain-a-baseline-meets = 基準値 { $b } は既に T({ $year }) = { $t } を満たすため、{ $rest }
explain-a-at-least = 達成率 a = v / T = { $v } / { $t } = { $a }
explain-a-at-most = 達成率 a = T / v = { $t } / { $v } = { $a }
explain-a-undefined-t = 達成率 a は定義されない（T が正でない）
explain-a-undefined-v = 達成率 a は定義されない（v が正でない）
explain-met = { $v } { $sign } { $t }：目標値を満たす
explain-unmet = { $v } { $sign } { $t }：目標値を満たさない
explain-below-progressing = a = { $a } < { $progressing }（相当程度進展ありの水準に届かない）
explain-previous = 前回の値は { $value }（{ $year }）
explain-no-previous = 前回の値はない
explain-rule-exceeded = { $met }。a = { $a } ≥ { $exceeded }（目標超過達成の水準）
explain-rule-met = { $met }。a = { $a } < { $exceeded }（目標超過達成の水準に届かない）
explain-rule-progressing = { $unmet }。a = { $a } ≥ { $progressing }（相当程度進展ありの水準）
explain-rule-not-moving = { $unmet }。{ $prog }。{ $prev }で、{ $v } は目標に近づいていない
explain-rule-no-progress = { $unmet }。{ $prog }。a ≤ 0：進展がない
explain-rule-limited-first = { $unmet }。{ $prog }。{ $prev }。a > 0
explain-rule-limited = { $unmet }。{ $prog }。{ $prev }で、目標に近づいた。a > 0
explain-rule-other = 規則 { $rule }
explain-ms-achieved = 状況：{ $status }
explain-ms-overdue = 状況：{ $status }。{ $year } は期限 { $due } 以降
explain-ms-before-due = 状況：{ $status }。{ $year } は期限 { $due } より前
explain-ms-no-due = 状況：{ $status }。期限はない

explain-band-inside = { $v } は範囲 { $band } の内にある
explain-band-below = { $v } は範囲 { $band } を下回る：T = { $low }（下限）の at_least として評価
explain-band-above = { $v } は範囲 { $band } を上回る：T = { $high }（上限）の at_most として評価
explain-band-a-inside = 達成率 a = 1
explain-band-a-below = 達成率 a = v / 下限 = { $v } / { $low } = { $a }
explain-band-a-above = 達成率 a = 上限 / v = { $high } / { $v } = { $a }
explain-band-a-undefined-low = 達成率 a は定義されない（下限が正でない）
explain-band-distance = 範囲までの距離は { $before }（{ $year }：{ $previous }）から { $now } へ
explain-band-met = 範囲内：目標達成（範囲の指標は目標超過達成にならない）
explain-band-progressing = a = { $a } ≥ { $progressing }（相当程度進展ありの水準）
explain-band-not-moving = { $prog }。{ $distance }：縮まっていない
explain-band-no-progress = { $prog }。a ≤ 0
explain-band-limited-first = { $prog }。{ $prev }。a > 0
explain-band-limited = { $prog }。{ $distance }：縮まった。a > 0

explain-bm-none = 目安 { $target }：確かめる実績値がない
explain-bm = 目安 { $target }：最新の実績値 { $value }（{ $year }）
explain-bm-meets = { $v } { $sign } { $t }：目安を{ $meets ->
    [true] 満たす
   *[false] 満たさない
}（meets_target = { $meets }）。評価は「{ $rating }」のまま

explain-window-period = { $first }～{ $last }
explain-window = { $as_of }まで
explain-rating-reference = 評価：{ $rating }（参考指標）。最新の実績値は{ $year }{ $stale ->
    [yes] で、評価年度より前（古い値）
   *[no] {""}
}
explain-rating-rated = 評価：{ $rating }（{ $window }で実績値のある最新の{ $year }で評価）
explain-rating-rated-a = 評価：{ $rating }（{ $window }で実績値のある最新の{ $year }で評価、達成率 a = { $a }）
explain-rating-none = 評価：{ $rating }（{ $window }に実績値がない）
explain-stale = 古い値：{ $year }は評価年度 { $as_of } より前で、評価年度にこの指標の実績値はない
explain-outlook-no-target-year = 見通し：なし（`target_year` がない）
explain-outlook-past = 見通し：なし（`target_year` { $target_year } が評価年度 { $as_of } より後でない）
explain-outlook-too-few = { $target_year }に向けた見通し：なし（基準値と{ $as_of }までの実績値の二点が要る）
explain-outlook = { $target_year }に向けた見通し：{ $outlook }
explain-outlook-points = 最初の点 { $first }（{ $first_year }）、最後の点 { $last }（{ $last_year }）
explain-outlook-already = 最後の値 { $last } は既に目標 { $target } を満たす → { $outlook }
explain-outlook-actual = 実績の年平均{ $growth ->
    [compound] 成長率
   *[linear] 変化量
} = { $formula } = { $value }
explain-outlook-required = 必要な年平均{ $growth ->
    [compound] 成長率
   *[linear] 変化量
} = { $formula } = { $value }
explain-outlook-away = 必要な変化が目標と逆向き（最初の点が既に目標を満たしていた）→ { $outlook }
explain-outlook-ratio = R = 実績 / 必要 = { $actual } / { $required } = { $r }。{ $band } → { $outlook }
explain-trend-none = 推移：なし（二つの年度の実績値が要る）
explain-trend = 推移：{ $trend }
explain-trend-g = 年平均の伸び g = { $formula }
explain-trend-from-zero = 最初の値が 0 のため、g は変化の符号：{ $g }
explain-trend-stable = |g| ≤ { $band }：横ばいの範囲 → { $trend }
explain-trend-moving = |g| > { $band }、{ $rising ->
    [yes] 上昇
   *[no] 低下
}、{ $direction } → { $trend }

explain-goal = 中期目標 { $goal }：{ $rating }（{ $rule ->
    [mean] 加重平均
   *[guideline] 政策評価の標準的な判定
}）
explain-goal-reference = { $id } は参考指標で、中期目標の評価には数えない
explain-goal-no-inputs = 中期目標に測定指標も定性的な指標もない → { $rating }
explain-goal-inputs = 判定に用いる指標：中期目標の測定指標と定性的な指標（{ $rated }件中{ $with_data }件に実績値あり）
explain-primary = 主要
explain-weight = 重み { $weight }
explain-this-one = ← この指標
explain-field-policy = 個別分野 { $field }：{ $field_rating }、施策 { $policy }：{ $policy_rating }（同じ判定で、それぞれを主要として数える）
explain-which = { $primaries ->
    [yes] 主要な指標
   *[no] 指標（主要な指標がないため全て）
}
explain-step-no-data = 実績値のある指標がない
explain-step-nothing = 評価する指標がない
explain-step-all-met = 第1段階：実績値のある指標がすべて目標達成以上で、{ $which }{ $counted }件中{ $exceeded }件が目標超過達成（3分の2{ $cmp ->
    [ge] 以上
   *[lt] 未満
}）
explain-step-not-progressing = 第2段階：目標達成に届かないものがあり、{ $which }のいずれかが「目標に向かっていない」
explain-step-progressing = 第3段階：目標達成に届かないものがあり、{ $which }がすべて「相当程度進展あり」以上
explain-step-limited = 第4段階：目標達成に届かないものがあり、{ $which }に「目標に向かっていない」はなく、「進展が大きくない」がある
explain-step-mean = 点数（目標超過達成 5 … 目標に向かっていない 1）：({ $terms }) / { $total } = { $mean }、四捨五入して { $rounded }

## Writing a report
output-dir-missing = { $flag } { $path }: ディレクトリ { $dir } がありません
write-dir-missing = { $path } を書き込めません: ディレクトリ { $dir } がありません
output-dir-missing-help = 先にディレクトリを作成する（mkdir -p { $dir }）か、存在するディレクトリの中のファイルを指定してください
output-dir-not-dir = { $flag } { $path }: { $dir } はディレクトリではありません
write-dir-not-dir = { $path } を書き込めません: { $dir } はディレクトリではありません
output-dir-not-dir-help = ディレクトリの中のファイルを指定してください
create-dir-missing = { $path } を作成できません: ディレクトリ { $dir } がありません
create-dir-not-dir = { $path } を作成できません: { $dir } はディレクトリではありません

## Data readers (src/data, src/values)
# (messages of the data readers go here)
values-units-or = { $unit } または { $rest }
values-not-finite = { $cell } は有限の数ではありません
values-not-finite-help = 数値そのものを数字で書いてください。数値がないときはセルを空にしてください（status は pending）
values-too-large = { $cell } は大きすぎます: 値は絶対値で 10^15 までです
values-too-large-help = 数値と倍数（千・万・億）を確かめてください。コードや ID は値ではありません
values-exponent = { $cell } は指数表記で、polscore は読みません
values-exponent-help = 数字で書いてください: { $digits }
values-percent-no-unit = { $cell } は百分率ですが、この指標には単位がありません
values-percent-no-unit-help = % を付けずに書いてください。指標が割合なら、ルーブリックでその指標に unit = "%" を付けてください
values-percent-other-unit = { $cell } は百分率ですが、この指標の単位は { $units } です
values-percent-other-unit-help = 割合ではなく { $units } の数そのものを書いてください。割合の指標は unit = "%" の指標です
values-unit-no-unit = { $cell } の単位は { $unit } ですが、この指標には単位がありません
values-unit-no-unit-help = { $unit } を付けずに書いてください。{ $unit } がこの指標の単位なら、ルーブリックの `unit` にそう書いてください
values-unit-other-unit = { $cell } の単位は { $unit } ですが、この指標の単位は { $units } です
values-unit-other-unit-help = { $units } で書くか、単位を付けずに書いてください。{ $unit } が正しいなら、ルーブリックの `unit` が誤っています
values-unreadable = { $cell } を数として読めません。1,523、約266万 のように書いてください
values-unreadable-units = { $cell } を数として読めません。1,523{ $percent ->
    [yes] {"、85.2%"}
   *[no] {""}
}、約266万 のように書いてください（後に単位 { $units } を付けてもかまいません）
values-sign-help = 数字の前の △ か ▲ は負の数を表します（△5 は -5）。符号は一つだけ書き、- と併用しないでください
values-span-backward = 期間 { $cell } が前に進んでいません: 最初の年（{ $first }）が最後の年（{ $last }）より前ではありません
values-span-unreadable = { $cell } を年の期間として読めません。2021..2023、2021～2023、令和3～5年度 のように書いてください
values-year-unreadable = { $cell } を年度として読めません。2023、FY2023、2023年度、令和5年度、R5 のように書いてください
data-in-cell = セル { $cell }: { $problem }
data-indicator-empty = 指標 id が空です
data-indicator-empty-help = この行の指標 id を書くか、行を削除してください
data-cell-too-long = このセルは { $chars } 文字あります。polscore が読むセルは { $max } 文字までです
data-cell-too-long-help = 短くしてください。長い説明は備考（note）ではなく評価書に書きます
data-status-unknown = 不明な status { $status }
data-status-unknown-help = pending・not_conducted・na・provisional のいずれかを書くか、空にしてください
data-status-with-value = status が { $status } の行に実績値があります
data-status-with-value-help = 実績値を空にするか、{ $value } が実績値なら status を消してください
data-provisional-without-value = status が provisional（速報値）の行に実績値がありません
data-provisional-without-value-help = 速報値を書くか、status を pending にしてください
data-value-date = { $date } は日付で、数ではありません
data-value-date-help = 実績値は、書式が数値か文字列のセルに入力してください
data-uncomputed = 数式 { $formula } に保存された値がありません
data-uncomputed-help = ブックを Excel で開いて保存し、数式を計算させてください。または数値を入力してください
data-excel-error = { $error } は Excel のエラーで、値ではありません
data-excel-error-help = 数式を直すか数値を入力してください。数値がないときはセルを空にしてください（status は pending）
data-milestone-unreadable = { $cell } を定性的な指標の状況として読めません。achieved（達成）、in_progress（実施中）、not_started（未着手）のいずれかを書いてください
data-span-not-accumulated = { $cell } は複数年の期間ですが、この行の指標は累積しません
data-span-not-accumulated-help = 年度ごとに一行にしてください。複数年の合計は accumulate = true の指標にだけ書けます
data-year-date = { $date } は日付で、年度ではありません
data-year-date-help = 年度そのもの（2023、FY2023、令和5年度）を、書式が文字列か数値のセルに入力してください
data-year-fiscal-for-calendar = { $cell } は年度ですが、この行の指標は暦年で数えます
data-year-fiscal-for-calendar-help = 暦年（2023、2023年、令和5年）で書くか、実績値が暦年のものか確かめてください。年は書かれたとおりに読みます
data-year-calendar-for-fiscal = { $cell } は暦年ですが、この行の指標は年度で数えます
data-year-calendar-for-fiscal-help = 年度（2023、2023年度、令和5年度）で書くか、指標に year_basis = "calendar" を設定してください。年は書かれたとおりに読みます
data-ratio-denominator-zero = 分母が 0 なので、比率に値がありません
data-ratio-denominator-zero-help = 比率の分母となる数を書いてください。数値がないときは行のセルを空にしてください（status は pending か na）
data-ratio-value-differs = 実績値 { $value } が分子と分母の比率 { $computation } = { $computed } と一致しません。計算した値を使います
data-ratio-value-differs-help = 三つの数値を出典と照らし合わせてください。分子と分母を書いたときは実績値のセルを空にしてかまいません
data-ratio-not-ratio-indicator = この行には{ $which ->
    [denominator] 分母
   *[numerator] 分子
}がありますが、この行の指標は比率ではありません
data-ratio-not-ratio-indicator-help = 実績値を value 列に書くか、ルーブリックでその指標に measure = "ratio" を設定してください
data-ratio-written = { $value } は比率ですが、この行の指標は比率ではありません
data-ratio-written-help = 実績値そのものを書くか、ルーブリックでその指標に measure = "ratio" を設定してください
data-ratio-half = この行には{ $given ->
    [denominator] 分母がありますが、分子がありません
   *[numerator] 分子がありますが、分母がありません
}
data-ratio-half-help = { $given ->
    [denominator] 分子
   *[numerator] 分母
}も書くか、どちらも書かずに実績値そのものを書いてください
data-bom-but-shift-jis = { $file } は UTF-8 のバイト順マーク（BOM）で始まっていますが、--encoding shift_jis が指定されています
data-bom-but-shift-jis-help = このファイルは UTF-8 です: --encoding を外すか、--encoding utf-8 を指定してください
data-nul-byte = { $file } に NUL バイトがあります: テキストファイルではありません
data-nul-byte-help = データファイルは CSV テキスト（UTF-8 か Shift_JIS）か .xlsx のブックです
data-zip-not-csv = { $file } は zip アーカイブ（Excel の .xlsx ブック？）で、CSV テキストではありません
data-zip-not-csv-help = ブックなら名前を .xlsx にしてください。そうでなければシートを CSV で書き出してください
data-xls-not-csv = { $file } は古い形式の Excel（.xls）などの Office ファイルで、CSV テキストではありません
data-xls-not-csv-help = Excel で .xlsx（Excel ブック）か CSV UTF-8 として保存してください
data-utf16-not-csv = { $file } は UTF-16 のテキスト（Excel の「Unicode テキスト」）で、polscore は読みません
data-utf16-not-csv-help = Excel で「CSV UTF-8 (コンマ区切り)」か「CSV (コンマ区切り)」として保存してください
data-utf8-forced-as-shift-jis = { $file } は UTF-8 のテキストのようですが、--encoding shift_jis が指定されています: { $line } 行目から文字化けします
data-utf8-forced-as-shift-jis-help = このファイルは UTF-8 のようです: --encoding を外すか、--encoding utf-8 を指定してください
data-not-utf8 = { $file } は正しい UTF-8 のテキストではありません: { $line } 行目に読めないバイトがあります
data-not-utf8-forced-help = Shift_JIS のファイルかもしれません: --encoding を外すか、--encoding shift_jis を指定してください
data-not-utf8-damaged-help = ほぼ UTF-8 のファイルで、ここのバイトが壊れています: その文字を打ち直すか、CSV UTF-8 として保存し直してください
data-not-shift-jis = { $file } は UTF-8 でも Shift_JIS でもないテキストです: { $line } 行目に読めないバイトがあります
data-not-shift-jis-help = CSV UTF-8（日本語版 Excel なら CSV (コンマ区切り)）として保存してください。CSV ファイルでなければ、正しいファイルを --data に渡してください
data-file-empty = { $file } は空です
data-file-empty-help = データファイルは見出し行 indicator,year,value,note で始まります
data-long-above-header = { $file }: 見出し行より上の { $line } 行目に { $max } 文字を超えるセルがあります
data-long-above-header-help = データファイルですか？ データファイルは見出し行 indicator,year,value,note で始まります
data-row-length = この行の項目は { $count } 個で、見出し行は { $header } 個です
data-thousands-split-help = { $number } はカンマが行の項目を区切るので { $fields } 個の項目になります: "{ $number }"（引用符で囲む）か { $digits } と書いてください
data-row-too-long-help = カンマを含む項目は "1,523" のように引用符で囲みます。または見出し行（{ $header } 行目）で余分な { $count } 列に名前を付けてください
data-row-too-short-help = 見出し行（{ $header } 行目）の列ごとに項目を一つずつ書き、何もないところは空の項目にしてください。省けるのは最後の列の空の備考（note）だけです
data-csv-malformed = { $file }: CSV の形式が正しくありません: { $detail }
data-csv-malformed-help = この行の引用符を確かめてください: カンマや引用符を含む項目は "1,523" や "「速報」は""暫定""" のように書きます
data-thousands-unquoted = この行は { $number } を二つの項目に分けて読みます: 実績値 { $value }、{ $column ->
    [note] 備考（note）
    [status] 状況（status）
    [numerator] 分子（numerator）
   *[denominator] 分母（denominator）
} { $rest }
data-thousands-unquoted-help = { $number } はカンマが行の項目を区切るので 2 個の項目になります: "{ $number }"（引用符で囲む）か { $digits } と書いてください。{ $rest } が{ $column ->
    [note] 備考（note）
    [status] 状況（status）
    [numerator] 分子（numerator）
   *[denominator] 分母（denominator）
}の値なら、引用符で囲んでください
data-no-header = { $file } に見出し行がありません: 最初の { $rows } 行のどれも指標（indicator）の列を名付けていません
data-no-header-help = データの表は、列 indicator（指標）・year（年度）・value（実績値）を名付ける見出し行で始まります（例: indicator,year,value,note）。最初の行: { $shown }{ $separator ->
    [tab] 。セルがタブで区切られていますが、polscore が読むのはカンマ区切りのファイルです
    [semicolon] 。セルがセミコロンで区切られていますが、polscore が読むのはカンマ区切りのファイルです
   *[none] {""}
}{ $years ->
    [yes] 。年度の列があります: 年度ごとに列を持つ表でも、指標の列に名前を付けます（例: 指標,令和3年度,令和4年度。docs/data-format.md を参照）
   *[no] {""}
}
data-columns-missing = { $file } に { $columns } の列がありません
data-columns-missing-and = { $column }・{ $rest }
data-columns-missing-help = 見出し行（{ $counted ->
    [row] シートの { $line } 行目
   *[line] { $line } 行目
}）には列 indicator（指標）・year（年度）・value（実績値）が必要です。見出し行: { $shown }{ $separator ->
    [tab] 。セルがタブで区切られていますが、polscore が読むのはカンマ区切りのファイルです
    [semicolon] 。セルがセミコロンで区切られていますが、polscore が読むのはカンマ区切りのファイルです
   *[none] {""}
}{ $years ->
    [yes] 。年度の列があります: 年度ごとに列を持つ表でも、指標の列に名前を付けます（例: 指標,令和3年度,令和4年度。docs/data-format.md を参照）
   *[no] {""}
}
data-column-twice = { $file }: 見出し行に { $column } の列が二つあります
data-column-twice-help = 二つの列のどちらか一つだけにしてください
data-wide-mixed = { $file }: 見出し行に { $column } の列と年度の列（{ $years }）の両方があります
data-wide-status-column-help = 年度ごとに列を持つ表では、status（pending・not_conducted・na）は実績値の代わりにその年度のセルに書きます。status の列を削除してください
data-wide-ratio-columns-help = 年度ごとに列を持つ表では、比率はその年度のセルに 97/192 のように書きます。numerator（分子）と denominator（分母）の列を削除してください
data-wide-long-column-help = 表は、指標と年度ごとに一行（indicator,year,value）か、指標ごとに一行で年度ごとに一列（指標,令和3年度,令和4年度）のどちらかです。この列を削除するか、年度を year の列に書いてください
data-wide-year-twice = { $file }: 見出し行に { $year } 年（年度）が二度あります: { $first } と { $second }
data-wide-years-twice = { $file }: 見出し行の列 { $first } と { $second } が同じ年を表しています
data-wide-years-twice-help = 年ごとの列は一つにしてください（もう一方は { $column } 列目です）。期間の列（令和3～5年度）は、自分の列を持たない年の合計のためのものです
data-wide-year-in-header = { $file }: 列 { $header } の見出しに年度 { $year } と他の語があります: 年度の列か、そうでない列か決められません
data-wide-year-in-header-help = この列を { $year } の実績値として読むには、見出しを年度だけ（{ $year }）にしてください。速報値は指標と年度ごとに一行の表に書き、status の列に provisional と書きます。実績値でない列なら、見出しに年度を入れないでください
data-row-twice = 指標 `{ $id }` に { $year } の行が二つあります: { $first_file } の { $first_line } 行目と { $file } の { $line } 行目
data-row-twice-help = 指標と年ごとに行を一つにしてください
data-years-overlap = 指標 `{ $id }` に年が重なる行があります: { $first_file } の { $first_line } 行目（{ $first_years }）と { $file } の { $line } 行目（{ $years }）
data-years-overlap-help = 期間の実績値はその年々の合計です: 期間の行かその年々の行のどちらかだけにし、期間どうしは重ならないようにしてください
data-more-warnings = データの警告がほかに { $count } 件あり、表示していません。次の警告はここです
data-more-warnings-help = 上の警告が内容を示しています。残りの多くは同じ種類のものです
data-format-unread = { $file }: polscore は .{ $ext } ファイルを読みません
data-format-unread-help = .xlsx のブック（Excel ブック）か CSV UTF-8 として保存してください
data-sheet-of-csv = { $file }#{ $sheet }: シートがあるのは .xlsx のブックだけです
data-sheet-of-csv-help = #{ $sheet } を付けずに { $file } と書いてください
data-cannot-read = { $file } を読めません: { $detail }
data-row-runs-on = { $file }: { $line } 行目から始まる行が { $size } を超えて続いています: 引用符（"）が閉じられていないのではありませんか？
data-row-runs-on-help = カンマ・引用符・改行を含む項目は引用符で囲み、引用符を閉じます: "1,523"
data-workbook-damaged = ブック { $file } を読めません: 壊れています
data-workbook-damaged-help = Excel で開いて保存し直すか、シートを CSV UTF-8 で書き出してください
data-sheet-unreadable = { $file } のシート { $sheet } を読めません: { $detail }
data-sheet-unreadable-help = ブックが壊れています: Excel で開いて保存し直してください
data-workbook-protected = { $file } はパスワードで保護されたブックか、古い形式の .xls ファイルです
data-workbook-protected-help = パスワードなしの複製を .xlsx（Excel ブック）か CSV UTF-8 として保存してください
data-workbook-unreadable = { $file } は読める .xlsx のブックではありません: { $detail }
data-workbook-text-help = テキストのようです: CSV なら名前を .csv にしてください
data-workbook-not-zip-help = Excel で .xlsx（Excel ブック）として保存するか、シートを CSV UTF-8 で書き出してください
data-workbook-part-help = Excel で開いて、パスワードなしで保存し直してください
data-workbook-save-again-help = Excel で開いて保存し直してください
data-workbook-too-large = { $file } は展開すると { $size } を超えます。polscore が読むブックはその大きさまでです
data-workbook-too-large-help = データのシートだけを残すか、CSV で書き出してください
data-workbook-password-help = パスワードなしの複製を保存してください
data-workbook-unreadable-help = Excel で開いて .xlsx として保存し直すか、シートを CSV UTF-8 で書き出してください
data-sheet-suggest = { $file }#{ $sheet } のことですか？
data-sheet-name-help = # の後にシート名を一つ書くか、最初のシートならファイル名だけを書いてください
data-sheet-missing = { $file } に { $sheet } という名前のシートはありません。シート: { $sheets }{ $all ->
    [none] {""}
   *[other] {" …（全 "}{ $all } 枚）
}
data-no-visible-sheet = { $file } に表示されているワークシートがありません
data-no-visible-sheet-help = # の後にシート名を書いてください（例: { $file }#Sheet1。シート: { $sheets }{ $all ->
    [none] {""}
   *[other] {" …（全 "}{ $all } 枚）
}）
data-sheet-empty-help = シートは見出し行 indicator, year, value, note で始まります
data-sheet-rows-out-of-order = { $file }: { $row } 行目がファイルの中で { $previous } 行目の後にあります
data-sheet-not-excel-help = Excel が書く形のブックではありません: Excel で開いて保存し直してください
data-sheet-row-too-wide = { $file }: { $row } 行目のセルが { $max } 個を超えています
data-sheet-too-long = { $file } は { $max } 行を超えています。polscore が読むシートはその行数までです
data-sheet-too-long-help = データを複数のシートかファイルに分けてください。--data には複数を渡せます

## Rubric structure (src/rubric/structure, src/rubric/located.rs) and scoring warnings (src/score)
# (messages of the rubric structure and the scorer go here)

# ルーブリックの最初の検査: キー、値の型、数の範囲（src/rubric/structure）。変数の意味は
# en.ftl のこの節の冒頭を参照。

rubric-schema-unsupported = ルーブリックの書式 schema { $schema } には対応していません
rubric-schema-unsupported-label = この版の polscore が読むのは schema 1
rubric-schema-unsupported-help = `schema = 1` と書き、docs/rubric-format.md のキーを使ってください
rubric-key-unknown-in = { $table ->
    [root] ルーブリック
    [policy] 施策（[policy]）
    [scoring] 評価の設定（[scoring]）
    [lints] 警告の設定（[lints]）
    [labels] 評定の表示名（[labels]）
    [field] 個別分野
    [goal] 中期目標
    [baseline] 基準値
   *[indicator] 指標
}に不明なキー `{ $key }` があります
rubric-key-unknown-in-label = 不明なキー
rubric-key-in-english = キーは英語で書きます: { $word } は `{ $key }` と書いてください
rubric-key-did-you-mean = `{ $key }` のことですか？
rubric-keys-of-table = { $table ->
    [root] ルーブリック
    [policy] 施策（[policy]）
    [scoring] 評価の設定（[scoring]）
    [lints] 警告の設定（[lints]）
    [labels] 評定の表示名（[labels]）
    [field] 個別分野
    [goal] 中期目標
    [baseline] 基準値
   *[indicator] 指標
}のキーは { $keys } です
rubric-key-of-table = `{ $key }` は{ $table ->
    [root] ルーブリック
    [policy] 施策（[policy]）
    [scoring] 評価の設定（[scoring]）
    [lints] 警告の設定（[lints]）
    [labels] 評定の表示名（[labels]）
    [field] 個別分野
    [goal] 中期目標
    [baseline] 基準値
   *[indicator] 指標
}のキーです: この上に見出し { $header } が抜けていませんか？
rubric-key-belongs-top = `{ $key }` はファイルの先頭に書くキーです
rubric-key-belongs-in = `{ $key }` は { $headers } に書くキーです
rubric-key-missing-in = { $table ->
    [root] ルーブリック
    [policy] 施策（[policy]）
    [scoring] 評価の設定（[scoring]）
    [lints] 警告の設定（[lints]）
    [labels] 評定の表示名（[labels]）
    [field] 個別分野
    [goal] 中期目標
    [baseline] 基準値
   *[indicator] 指標
}にキー `{ $key }` がありません
rubric-key-missing-in-label = { $table ->
    [root] ファイルに `{ $key }` がない
   *[other] `{ $key }` のない{ $table ->
       [root] ルーブリック
       [policy] 施策（[policy]）
       [scoring] 評価の設定（[scoring]）
       [lints] 警告の設定（[lints]）
       [labels] 評定の表示名（[labels]）
       [field] 個別分野
       [goal] 中期目標
       [baseline] 基準値
      *[indicator] 指標
   }
}
rubric-key-missing-in-help = `{ $key } = { $example }` を{ $table ->
    [root] ファイルの先頭
    [baseline] 波括弧の中
   *[other] この { $header } の見出しの下
}に加えてください（{ $key ->
    [schema] ルーブリックの書式の版。この版の polscore は 1 を読みます
    [policy] ルーブリックが評価する施策
    [id] { $table ->
        [policy] 施策の id。英字・数字・`.`・`_`・`-` で書き、読み込むルーブリックの間で一意にします
        [field] 個別分野の id。ファイル内で一意にします
        [goal] 中期目標の id。ファイル内で一意にします
        [indicator] 指標の id。ファイル内で一意にし、データの行はこの id で指標を指します
       *[other] { $doc }
    }
    [title] { $table ->
        [policy] 評価書に書かれた施策名
        [field] 評価書に書かれた個別分野の題名
       *[other] { $doc }
    }
    [text] 評価書に書かれた中期目標の文
    [name] 評価書に書かれた指標の名称
    [kind] "target"（測定指標: 数値の目標値）、"reference"（参考指標: 推移を示し、評価しない）、"milestone"（定性的な指標: 達成・進行中・未着手）のいずれか
    [year] 基準値の年度
    [value] その年度の基準値。絶対値は 1e15 まで
   *[other] { $doc }
}）
rubric-tables-one-bracket = `{ $key }` は { $header } と角括弧二つで書きます
rubric-tables-one-bracket-label = 角括弧一つでは一つの表になる
rubric-tables-one-bracket-help = { $key } を一つずつ { $header } の見出しで始めてください。いくつ書いても構いません
rubric-number-too-large = { $part ->
    [baseline] 基準値の { $key }{" "}
    [low] `{ $key }` の下限
    [high] `{ $key }` の上限
    [entry] `{ $key }` の { $entry }{" "}
    [year] `{ $key }` の年度
    [start] { $key } の開始年度
    [end] { $key } の終了年度
   *[key] `{ $key }`{" "}
}は大きすぎる数です
rubric-out-of-range-label = 範囲外
rubric-write-like = `{ $key } = { $example }` のように書いてください
rubric-value-unknown-for = `{ $key }` の値 "{ $value }" は使えません
rubric-value-unknown-for-label = 使えない値
rubric-value-unknown-suggest = "{ $near }" のことですか？（`{ $key }` は { $type ->
    [text] 引用符で囲んだ文字列
    [integer] 整数
    [year] 年度（2023 のような整数）
    [number] 数
    [bool] 真偽値（true か false）
    [choice] { $choices }{ $last ->
        [none] {""}
       *[other] , { $last }
    } のいずれか
    [year-pair] 二つの年度（例: [2021, 2023]）
    [number-or-band] 数、または direction = "within" での [low, high]
    [year-numbers] 年度と数の表（例: {"{"} 2024 = 52, 2025 = 55 {"}"}）
    [choices] 文字列の配列（各要素は { $choices }{ $last ->
        [none] {""}
       *[other] , { $last }
    } のいずれか）
    [table] 表（{ $table ->
        [root] ルーブリック
        [policy] 施策（[policy]）
        [scoring] 評価の設定（[scoring]）
        [lints] 警告の設定（[lints]）
        [labels] 評定の表示名（[labels]）
        [field] 個別分野
        [goal] 中期目標
        [baseline] 基準値
       *[indicator] 指標
    }）
   *[tables] 表の配列（それぞれ { $header } と書く）
}）
rubric-value-unknown-help = `{ $key }` は { $type ->
    [text] 引用符で囲んだ文字列
    [integer] 整数
    [year] 年度（2023 のような整数）
    [number] 数
    [bool] 真偽値（true か false）
    [choice] { $choices }{ $last ->
        [none] {""}
       *[other] , { $last }
    } のいずれか
    [year-pair] 二つの年度（例: [2021, 2023]）
    [number-or-band] 数、または direction = "within" での [low, high]
    [year-numbers] 年度と数の表（例: {"{"} 2024 = 52, 2025 = 55 {"}"}）
    [choices] 文字列の配列（各要素は { $choices }{ $last ->
        [none] {""}
       *[other] , { $last }
    } のいずれか）
    [table] 表（{ $table ->
        [root] ルーブリック
        [policy] 施策（[policy]）
        [scoring] 評価の設定（[scoring]）
        [lints] 警告の設定（[lints]）
        [labels] 評定の表示名（[labels]）
        [field] 個別分野
        [goal] 中期目標
        [baseline] 基準値
       *[indicator] 指標
    }）
   *[tables] 表の配列（それぞれ { $header } と書く）
}です
rubric-year-implausible = { $part ->
    [baseline] 基準値の { $key }{" "}
    [low] `{ $key }` の下限
    [high] `{ $key }` の上限
    [entry] `{ $key }` の { $entry }{" "}
    [year] `{ $key }` の年度
    [start] { $key } の開始年度
    [end] { $key } の終了年度
   *[key] `{ $key }`{" "}
}の { $year } は年度としてありえません
rubric-year-implausible-label = ありえない年度
rubric-year-implausible-help = 年度は西暦で { $first } から { $last } の間で書いてください（例: 令和5年度は 2023）
rubric-number-not-finite = { $part ->
    [baseline] 基準値の { $key }{" "}
    [low] `{ $key }` の下限
    [high] `{ $key }` の上限
    [entry] `{ $key }` の { $entry }{" "}
    [year] `{ $key }` の年度
    [start] { $key } の開始年度
    [end] { $key } の終了年度
   *[key] `{ $key }`{" "}
}が { $written } です。有限の数にしてください
rubric-number-not-finite-label = 有限の数でない
rubric-number-not-positive = { $part ->
    [baseline] 基準値の { $key }{" "}
    [low] `{ $key }` の下限
    [high] `{ $key }` の上限
    [entry] `{ $key }` の { $entry }{" "}
    [year] `{ $key }` の年度
    [start] { $key } の開始年度
    [end] { $key } の終了年度
   *[key] `{ $key }`{" "}
}が { $written } です。正の数にしてください
rubric-number-not-positive-label = 正の数が必要
rubric-number-out-of-bounds = { $part ->
    [baseline] 基準値の { $key }{" "}
    [low] `{ $key }` の下限
    [high] `{ $key }` の上限
    [entry] `{ $key }` の { $entry }{" "}
    [year] `{ $key }` の年度
    [start] { $key } の開始年度
    [end] { $key } の終了年度
   *[key] `{ $key }`{" "}
}が { $written } で、{ $bound ->
    [not-above] { $limit } より大きくありません
    [below] { $limit } 未満です
    [above] { $limit } を超えています
   *[not-below] { $limit } 未満ではありません
}
rubric-number-out-of-bounds-label = { $bound ->
    [not-above] { $limit } より大きくない
    [below] { $limit } 未満
    [above] { $limit } を超える
   *[not-below] { $limit } 未満でない
}
rubric-number-help = `{ $key }` には { $range ->
    [from-to] { $low } 以上 { $high } 以下の
    [above-at-most] { $low } より大きく { $high } 以下の
    [at-least-below] { $low } 以上 { $high } 未満の
    [above-below] { $low } より大きく { $high } 未満の
    [at-least] { $low } 以上の
    [above] { $low } より大きい
    [at-most] { $high } 以下の
    [below] { $high } 未満の
   *[none] {""}
}数を書いてください（例: `{ $key } = { $example }`{ $key ->
    [scale] 。書かなければ unit が "%" なら 100、それ以外は 1 です
   *[other] { $default ->
        [none] {""}
       *[other] 。書かなければ既定値 { $default } です
    }
}）
rubric-wrong-type = `{ $key }` は { $type ->
    [text] 引用符で囲んだ文字列
    [integer] 整数
    [year] 年度（2023 のような整数）
    [number] 数
    [bool] 真偽値（true か false）
    [choice] { $choices }{ $last ->
        [none] {""}
       *[other] , { $last }
    } のいずれか
    [year-pair] 二つの年度（例: [2021, 2023]）
    [number-or-band] 数、または direction = "within" での [low, high]
    [year-numbers] 年度と数の表（例: {"{"} 2024 = 52, 2025 = 55 {"}"}）
    [choices] 文字列の配列（各要素は { $choices }{ $last ->
        [none] {""}
       *[other] , { $last }
    } のいずれか）
    [table] 表（{ $table ->
        [root] ルーブリック
        [policy] 施策（[policy]）
        [scoring] 評価の設定（[scoring]）
        [lints] 警告の設定（[lints]）
        [labels] 評定の表示名（[labels]）
        [field] 個別分野
        [goal] 中期目標
        [baseline] 基準値
       *[indicator] 指標
    }）
   *[tables] 表の配列（それぞれ { $header } と書く）
}にしてください（書かれているのは{ $found ->
    [string] 文字列 "{ $string }"
    [integer] 整数
    [float] 小数
    [true] 真偽値 true
    [false] 真偽値 false
    [date] 日付
    [array] 配列
   *[table] 表
}）
rubric-found-label = { $found ->
    [string] 文字列 "{ $string }"
    [integer] 整数
    [float] 小数
    [true] 真偽値 true
    [false] 真偽値 false
    [date] 日付
    [array] 配列
   *[table] 表
}
rubric-band-count = 範囲 { $part ->
    [baseline] 基準値の { $key }{" "}
    [low] `{ $key }` の下限
    [high] `{ $key }` の上限
    [entry] `{ $key }` の { $entry }{" "}
    [year] `{ $key }` の年度
    [start] { $key } の開始年度
    [end] { $key } の終了年度
   *[key] `{ $key }`{" "}
}の数が { $count } 個です。二つ必要です
rubric-band-count-label = 下限と上限 [low, high] が必要
rubric-band-count-help = direction = "within" の範囲は最小値と最大値の二つで書いてください（例: `{ $key } = [0, 1]`）。目標値が一つなら数を一つ書きます
rubric-year-twice = { $part ->
    [baseline] 基準値の { $key }{" "}
    [low] `{ $key }` の下限
    [high] `{ $key }` の上限
    [entry] `{ $key }` の { $entry }{" "}
    [year] `{ $key }` の年度
    [start] { $key } の開始年度
    [end] { $key } の終了年度
   *[key] `{ $key }`{" "}
}に { $year } 年度が二度書かれています
rubric-year-twice-label = 再び書かれた年度
rubric-year-twice-help = { $year } 年度の目標値を一つにしてください（もう一方は { $first } と書かれています）
rubric-year-key-not-a-year = { $part ->
    [baseline] 基準値の { $key }{" "}
    [low] `{ $key }` の下限
    [high] `{ $key }` の上限
    [entry] `{ $key }` の { $entry }{" "}
    [year] `{ $key }` の年度
    [start] { $key } の開始年度
    [end] { $key } の終了年度
   *[key] `{ $key }`{" "}
}のキー "{ $written }" は年度ではありません
rubric-year-key-not-a-year-label = 年度でない
rubric-year-key-not-a-year-help = { $part ->
    [baseline] 基準値の { $key }{" "}
    [low] `{ $key }` の下限
    [high] `{ $key }` の上限
    [entry] `{ $key }` の { $entry }{" "}
    [year] `{ $key }` の年度
    [start] { $key } の開始年度
    [end] { $key } の終了年度
   *[key] `{ $key }`{" "}
}のキーはそれぞれ西暦の年度です（令和6年度は 2024）。例: `{ $key } = { $example }`
rubric-part-band = { $part ->
    [baseline] 基準値の { $key }{" "}
    [low] `{ $key }` の下限
    [high] `{ $key }` の上限
    [entry] `{ $key }` の { $entry }{" "}
    [year] `{ $key }` の年度
    [start] { $key } の開始年度
    [end] { $key } の終了年度
   *[key] `{ $key }`{" "}
}は範囲ではなく数にしてください
rubric-part-band-label = 配列
rubric-part-band-help = 範囲 [low, high] は direction = "within" の `target` だけに書け、その指標は `targets` を取りません。`targets` には年度ごとに数を一つ書きます
rubric-part-not-a-number = { $part ->
    [baseline] 基準値の { $key }{" "}
    [low] `{ $key }` の下限
    [high] `{ $key }` の上限
    [entry] `{ $key }` の { $entry }{" "}
    [year] `{ $key }` の年度
    [start] { $key } の開始年度
    [end] { $key } の終了年度
   *[key] `{ $key }`{" "}
}は数にしてください（書かれているのは{ $found ->
    [string] 文字列 "{ $string }"
    [integer] 整数
    [float] 小数
    [true] 真偽値 true
    [false] 真偽値 false
    [date] 日付
    [array] 配列
   *[table] 表
}）
rubric-part-not-a-number-help = 数は引用符も単位も付けずに書いてください（単位は `unit` に書きます）
rubric-items-not-strings = `{ $key }` の要素は文字列にしてください（書かれているのは{ $found ->
    [string] 文字列 "{ $string }"
    [integer] 整数
    [float] 小数
    [true] 真偽値 true
    [false] 真偽値 false
    [date] 日付
    [array] 配列
   *[table] 表
}）
rubric-write-items-quoted = 要素をそれぞれ引用符で囲んでください（例: `{ $key } = { $example }`）
rubric-write-number-bare = 数は引用符も単位も付けずに書いてください: `{ $key } = { $number }`（単位は `unit` に書きます）
rubric-write-number = 数を引用符なしで書いてください（例: `{ $key } = { $example }`）
rubric-write-year-number = 年度は数で書いてください: `{ $key } = { $year }`
rubric-write-whole-number-bare = 整数を引用符なしで書いてください（例: `{ $key } = { $example }`）
rubric-write-no-decimal-point = 小数点を付けずに書いてください: `{ $key } = { $number }`
rubric-write-whole-number = 整数で書いてください（例: `{ $key } = { $example }`）
rubric-write-year-not-date = 年度は整数です: 日付の属する年度を書いてください（例: `{ $key } = { $example }`）
rubric-write-bool = 引用符を付けずに `{ $key } = { $value }` と書いてください
rubric-write-quoted = 値を引用符で囲んでください: `{ $key } = "{ $value }"`
rubric-write-choice = { $choices }{ $last ->
    [none] {""}
   *[other] , { $last }
} のいずれかを引用符で囲んで書いてください（例: `{ $key } = "{ $first }"`）
rubric-write-tables = 一つずつ、それぞれの { $header } の見出しの下に表として書いてください

# 採点時の警告（src/score）。年度は文字列で渡し、ないときは "none"。

score-year-before-period = --year { $year } は施策 `{ $policy }`（{ $file }）の評価期間 { $period } より前です: 評価する指標はすべて no_data（データなし）になります
score-year-before-period-help = ルーブリックは `period` の年度を評価し、そのデータには { $values } の実績値があります: { $start } から { $end } までの年度を指定するか、--year を省いて最新の年度を評価してください
score-year-after-period = --year { $year } は施策 `{ $policy }`（{ $file }）の評価期間 { $period } より後です: 期間の最後の年度 { $end } の時点で評価します
score-year-after-period-help = ルーブリックは `period` の年度を評価します: { $year } を評価するには、その年度を含む評価サイクルのルーブリックで採点するか、`period` を延ばしてください
score-year-before-data = --year { $year } は施策 `{ $policy }`（{ $file }）のどの実績値よりも前です: 評価する指標はすべて no_data（データなし）になります
score-year-before-data-help = データには { $values } の実績値があります: そのいずれかの年度を指定するか、--year を省いて最新の年度を評価してください
score-year-without-data = 施策 `{ $policy }`（{ $file }）のどの指標にも --year { $year } の実績値がありません: 各指標はそれより前の最新の年度で評価され、古い値（stale）と示されます
score-year-without-data-help = データには { $values } の実績値があります: { $year } の実績値をデータに加えるか、--year を省いて最新の年度を評価してください
score-target-year-passed = 指標 `{ $id }`: 目標年度 target_year { $target_year } を過ぎましたが、データには { $target_year } から評価年度 { $as_of } までの実績値がありません
score-target-year-passed-help = { $target_year } の実績値をデータに加えてください{ $latest ->
    [none] {""}
   *[other] （実績値のある最新の年度は { $latest }）
}。前の評価サイクルの目標を引き継いでいるなら、新しい target と target_year を設定してください{ $after ->
    [none] {""}
   *[other] 。データには評価年度より後の { $after } の実績値があります: その年度を評価するなら --year で指定し、最新の年度を評価するなら --year を省いてください
}

# 指標の警告。explain が指標の下に示す形と、指標を名指しする診断メッセージの形。
score-compound-needs-positive = 複利の伸び率（growth = "compound"）には正の値が必要なため、代わりに線形の規則を使いました
score-indicator-compound-needs-positive = 指標 `{ $indicator }`: 複利の伸び率（growth = "compound"）には正の値が必要なため、代わりに線形の規則を使いました
score-accumulated-gap = 累積する実績値が途切れています: { $why ->
    [row] { $years } の行（{ $place }）に実績値がありません
    [row-status] { $years } の行（{ $place }）に実績値がありません（status { $status }）
   *[no-row] データに { $years } の行がありません
}。このため { $lost } の実績値には累計がなく、指標は累計のある最後の年度で評価されます。{ $years } の増分をデータに加えてください（増分がなければ 0）
score-indicator-accumulated-gap = 指標 `{ $indicator }`: 累積する実績値が途切れています: { $why ->
    [row] { $years } の行（{ $place }）に実績値がありません
    [row-status] { $years } の行（{ $place }）に実績値がありません（status { $status }）
   *[no-row] データに { $years } の行がありません
}。このため { $lost } の実績値には累計がなく、指標は累計のある最後の年度で評価されます。{ $years } の増分をデータに加えてください（増分がなければ 0）

## Project, pipeline, files, output, compare, command line
# (messages of these modules go here)

# src/files.rs。`$what` は `file`（ファイル名のまま）か `project`（プロジェクトファイル）。
files-dir-unreadable = ディレクトリ { $path } を読めません: { $error }
files-none-in-dir = { $path } に { $glob } のファイルがありません
files-none-in-dir-either = { $path } に { $first } のファイルも { $second } のファイルもありません
files-none-in-dir-help = ファイルを直接指定するか、パスを確かめてください
files-not-found = { $path }: そのようなファイルもディレクトリもありません
files-unreadable = { $what ->
    [project] プロジェクトファイル { $file }
   *[file] { $file }
} を読めません: { $error }
files-too-big = { $what ->
    [project] プロジェクトファイル { $file }
   *[file] { $file }
} は { $size } MiB あり、polscore が読む上限の { $limit } MiB を超えています
files-too-big-help = 正しいファイルか確かめてください。大きなデータファイルは複数に分けてください（--data には複数のファイルを指定できます）
files-not-utf8 = { $what ->
    [project] プロジェクトファイル { $file }
   *[file] { $file }
} は UTF-8 のテキストではありません（{ $line } 行目に不正なバイト）
files-not-utf8-help = ファイルを UTF-8 で保存し直してください

# src/project.rs: プロジェクトファイル polscore.toml。
project-file-missing = プロジェクトファイル { $file } を読めません: ファイルがありません
project-file-missing-help = --project には polscore.toml を指定します。--no-project を付けるとプロジェクトファイルを読みません
project-toml-syntax = { $file } は正しい TOML ではありません: { $detail }
project-unknown-table = 不明な表 `{ $table }`
project-unknown-table-help = プロジェクトファイルには表 [project] を一つだけ書きます
project-no-table = { $file } に表 [project] がありません
project-no-table-help = `[project]` の行に続けて `rubrics = ["rubrics/"]` と `data = ["inputs/"]` を書いてください
# `$expected` は `table`・`paths`・`path`、`$found` は TOML の型名。
project-wrong-type = 型が違います: { $expected ->
    [table] 表
    [paths] パスのリスト
   *[path] 引用符で囲んだパス
}を書くところに{ $found ->
    [string] 文字列
    [integer] 整数
    [float] 小数
    [boolean] 真偽値
    [datetime] 日時
    [array] 配列
    [table] 表
   *[other] { $found }
}があります
project-unknown-key = 不明なキー `{ $key }`
project-unknown-key-suggest = `{ $key }` のことですか？（ここで使えるキー: { $allowed }）
project-unknown-key-allowed = ここで使えるキー: { $allowed }
project-empty-path = `{ $key }` のパスが空です
project-empty-path-help = ファイルかディレクトリを指定してください（例: "rubrics/"）
project-path-missing = `{ $key }` に指定された { $path } がありません
project-path-missing-label = そのようなファイルもディレクトリもない
project-path-missing-help = { $file } の中のパスは、{ $file } があるディレクトリからの相対パスです
project-baseline-missing-help = 先に作成してください: polscore score --format json --pretty --output <そのパス>

# src/pipeline.rs
pipeline-span-across-period = `{ $id }` の期間 { $first }..{ $last } は { $policy } の評価期間の始まり（{ $start }）より前に始まり、評価期間の中で終わっています: その合計は { $start } の前後に分けられません
pipeline-span-across-period-help = 累計は { $start } から数えます: { $start } 以降の年度はそれだけの行（または期間）で書き、それより前の年度は別の行に分けてください
pipeline-project-rubric-unread = プロジェクトのルーブリック { $file } にエラーが { $count } 件あるため、その指標のデータの行はこの実行では不明な id として扱います
pipeline-project-rubric-unread-help = `polscore validate { $file }` で確かめられます

# src/output。`$kind` は通常のファイルでないときのパスの種類、`$what` はそのパスが実行のどの入力か。
output-stdout-failed = 標準出力に書き込めません: { $error }
output-not-a-file = { $flag } { $path } は{ $kind ->
    [directory] ディレクトリ
    [fifo] FIFO（名前付きパイプ）
    [socket] ソケット
    [device] デバイス
   *[special] 特殊ファイル
}で、通常のファイルではありません
output-not-a-file-help = { $flag } には書き込むファイルを指定するか、標準出力に出すなら { $flag } - としてください
output-replaces-input = { $flag } { $path } はこの実行の{ $what ->
    [rubric] ルーブリック
    [data] データファイル
    [project] プロジェクトファイル
   *[baseline] 比較対象のレポート
}を上書きしてしまいます
output-replaces-input-as = { $flag } { $path } はこの実行の{ $what ->
    [rubric] ルーブリック
    [data] データファイル
    [project] プロジェクトファイル
   *[baseline] 比較対象のレポート
} { $input } を上書きしてしまいます
output-replaces-input-help = { $flag } には別のファイルを指定してください。入力ファイルは上書きしません
output-write-step-failed = { $path } を書き込めません: { $step ->
    [link] シンボリックリンクをたどれません
    [temp] 一時ファイルを作成できません
    [permissions] 元のファイルの権限を引き継げません
    [write] 書き込みに失敗しました
    [sync] ディスクへの書き出しに失敗しました
   *[rename] 一時ファイルの名前を変えて置き換えられません
}: { $error }
output-write-link-loop = { $path } を書き込めません: シンボリックリンクが何重にもなりすぎています（循環している可能性があります）
output-write-not-a-file = { $path } を書き込めません: { $kind ->
    [directory] ディレクトリ
    [fifo] FIFO（名前付きパイプ）
    [socket] ソケット
    [device] デバイス
   *[special] 特殊ファイル
}で、通常のファイルではありません
output-create-failed = { $path } を作成できません: { $error }
output-create-exists-help = { $command } は既存のファイルを置き換えません: 別の名前にするか、古いファイルを移動してください
output-write-failed = { $path } を書き込めません: { $error }

# src/compare: JSON のレポートの読み込み（`check` の比較対象、`diff` の両側）。
compare-how-to-make = レポートは `polscore score RUBRIC... --data PATH... --format json --output FILE` で作成します
compare-unreadable = { $file } を読めません: { $error }
# `$why` は `not-object` か `no-schema`。
compare-not-a-report = { $file } は polscore のレポートではありません: { $why ->
    [not-object] 最上位が JSON のオブジェクトではありません
   *[no-schema] `schema` キーがありません
}
compare-schema-version = { $file } はスキーマ `{ $found }` のレポートです。この polscore が読めるのは `{ $schema }` です
compare-schema-version-help = 比較対象のレポートの入力をこの polscore で採点し直して、`{ $schema }` のレポートを作成してください（レポートは `polscore score RUBRIC... --data PATH... --format json --output FILE` で作成します）
compare-schema-other = { $file } は polscore のレポートではありません: `schema` が "{ $schema }" ではなく { $found } です
compare-invalid-report = { $file } は正しい `{ $schema }` のレポートではありません: { $detail }
compare-invalid-report-help = レポートが壊れているか、手で編集された可能性があります。レポートは `polscore score RUBRIC... --data PATH... --format json --output FILE` で作成します
compare-invalid-json = { $file } は正しい JSON ではありません: { $detail }
compare-invalid-json-help = レポートは `polscore score RUBRIC... --data PATH... --format json --output FILE` で作成します。手で編集しないでください
# 二度ある id。`$level` は `field`・`goal`・`indicator`、`$first` と `$second` はその上の項目の id
# （中期目標なら個別分野、指標なら中期目標）。
compare-policy-twice = { $file } は正しい `{ $schema }` のレポートではありません: 施策 `{ $policy }` が二度あります（表示した位置の直前で二つ目が終わっています）
compare-id-twice = { $file } は正しい `{ $schema }` のレポートではありません: 施策 `{ $policy }` に{ $level ->
    [field] 個別分野
    [goal] 中期目標
   *[indicator] 指標
} `{ $id }` が二度あります（表示した位置の直前でその施策が終わっています）
compare-id-twice-under = { $file } は正しい `{ $schema }` のレポートではありません: 施策 `{ $policy }` に{ $level ->
    [goal] 中期目標 `{ $id }` が二度あります（個別分野 `{ $first }` の下と個別分野 `{ $second }` の下。表示した位置の直前でその施策が終わっています）
   *[indicator] 指標 `{ $id }` が二度あります（中期目標 `{ $first }` の下と中期目標 `{ $second }` の下。表示した位置の直前でその施策が終わっています）
}
compare-id-twice-levels = { $file } は正しい `{ $schema }` のレポートではありません: 施策 `{ $policy }` に id `{ $id }` が二度あります。{ $first_level ->
    [field] 個別分野
    [goal] 個別分野 `{ $first_under }` の下の中期目標
   *[indicator] 中期目標 `{ $first_under }` の下の指標
}として、また{ $second_level ->
    [field] 個別分野
    [goal] 個別分野 `{ $second_under }` の下の中期目標
   *[indicator] 中期目標 `{ $second_under }` の下の指標
}としてあります（個別分野・中期目標・指標は一つの id の集まりを共有します。表示した位置の直前でその施策が終わっています）
compare-twice-help = レポートには、施策も、一つの施策の中の個別分野・中期目標・指標の id も、一度ずつしか書きません。レポートが手で編集されたか、二つのレポートをつなぎ合わせた可能性があります。レポートは `polscore score RUBRIC... --data PATH... --format json --output FILE` で作成します

# src/cli。`$what` は `rubrics` か `data`。`$why` はそれがない理由: `project`（プロジェクト
# ファイル `$file` に書かれていない）、`no-project`（--no-project）、`none`（`$file` がない）。
cli-inputs-missing = { $what ->
    [rubrics] 読むルーブリックがありません: RUBRIC が指定されておらず
   *[data] 読むデータがありません: --data が指定されておらず
}、{ $why ->
    [project] { $file } にも書かれていません
    [no-project] --no-project のため polscore.toml も読んでいません
   *[none] 現在のディレクトリにもその親にも { $file } がありません
}
cli-inputs-missing-help-project = { $file } の [project] に `{ $what ->
    [rubrics] rubrics = ["rubrics/"]
   *[data] data = ["inputs/"]
}` を加えるか、次のように指定してください: { $usage }
cli-inputs-missing-help = 次のように指定してください: { $usage }
cli-inputs-missing-help-none = 次のように指定してください: { $usage }。または { $file } に書いてください（[project] { $what ->
    [rubrics] rubrics = ["rubrics/"]
   *[data] data = ["inputs/"]
}）
cli-validate-ok = エラーなし: ルーブリック { $rubrics } 件、指標 { $indicators } 件、警告 { $warnings } 件
cli-validate-ok-data = エラーなし: ルーブリック { $rubrics } 件、指標 { $indicators } 件、実績値 { $points } 件、警告 { $warnings } 件
cli-score-pretty-not-json = --pretty は JSON のレポートの整形です。ほかの形式には整形の違いはありません
cli-score-pretty-not-json-help = --format json を付けるか、--pretty を外してください
cli-score-wide-not-table = --wide は表の文章を省略せずに表示するためのものです。ほかの形式では常に省略しません
cli-score-view-not-for-format = --field・--depth・--attention は表と Markdown に表示する範囲を選びます。JSON・CSV・HTML は常にすべてを出力します
cli-score-view-help = --format table か --format markdown を付けるか、そのオプションを外してください
cli-score-field-unknown = --field `{ $field }`: この id の個別分野はどのルーブリックにもありません
cli-score-field-suggest = `{ $field }` のことですか？ 個別分野は { $fields } です
cli-score-field-list = 個別分野は { $fields } です
cli-check-no-baseline = check には比較対象のレポートが必要ですが、指定されていません
cli-check-no-baseline-help-project = --baseline REPORT.json を付けるか、{ $file } の [project] に `baseline = "reports/baseline.json"` を加えてください
cli-check-no-baseline-help = --baseline REPORT.json を付けてください（`polscore score --format json` のレポート）
cli-check-baseline-unrelated = { $file } の施策はどれも検査するルーブリックにないため、そのすべての項目が削除されたものとして数えられます
cli-check-baseline-unrelated-help = 比較対象のレポートを採点したときと同じルーブリックを検査してください
cli-explain-no-id = explain には指標の id が必要です
cli-explain-no-id-help = 例: polscore explain rubrics/ --data inputs/ f6.un-japanese-staff（プロジェクトの中では polscore explain f6.un-japanese-staff）
cli-explain-unknown = 読み込んだどのルーブリックにも指標 `{ $id }` がありません
# `$what` は `field` か `goal`。
cli-explain-childless = `{ $id }` は { $file } の{ $what ->
    [field] 個別分野
   *[goal] 中期目標
}で、指標がありません
cli-explain-not-indicator = `{ $id }` は { $file } の{ $what ->
    [field] 個別分野
   *[goal] 中期目標
}です。その指標のどれかを指定してください: { $indicators }
cli-explain-suggest = `{ $id }` のことですか？
cli-explain-suggest-any = { $ids } のどれかのことですか？
cli-explain-count = 読み込んだルーブリックには指標が { $count } 件あります。`polscore template RUBRIC` で一覧できます
cli-template-no-years = 記入する年度がありません: ルーブリックに `period` がありません
cli-template-no-years-help = 年度を指定してください（例: --years 2024..2026）
cli-template-workbook-failed = ワークブックを作成できません: { $error }
cli-template-workbook-terminal = ワークブックは端末には出力しません
cli-template-workbook-terminal-help = ファイルを指定してください: --output book.xlsx（またはリダイレクト: > book.xlsx）
cli-init-exists = { $path } はすでにあります
cli-init-exists-help = init は既存のファイルを置き換えません: 別のディレクトリを指定してください（例: `polscore init my-policy`）
cli-init-dir-failed = { $dir } を作成できません: { $error }
cli-init-created = { $rubric }・{ $data }・{ $schema } を作成しました
cli-init-next = 次の手順:
cli-manpage-not-dir = { $dir } はディレクトリではありません
cli-manpage-not-dir-help = 先に作成してください（例: mkdir -p ~/.local/share/man/man1）
cli-manpage-failed = マニュアルページを作成できません: { $error }
