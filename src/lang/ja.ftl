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
explain-as-of-none-period = 評価年度（as_of）：なし（施策の期間 { $first }～{ $last }年度に実績値のある指標がないため、測定指標はすべて「データなし」）
explain-as-of-none = 評価年度（as_of）：なし（実績値のある指標がないため、測定指標はすべて「データなし」）
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
explain-def-benchmark = 基準　　　{ $target }（`target`：最新の実績値がこれを満たすかを示す。評価はしない）
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
explain-rule-no-progress = { $unmet }。{ $prog }。a ≤ 0：基準値から進展がない
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

explain-bm-none = 基準 { $target }：確かめる実績値がない
explain-bm = 基準 { $target }：最新の実績値 { $value }（{ $year }）
explain-bm-meets = { $v } { $sign } { $t }：基準を{ $meets ->
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
explain-step-not-progressing = 第2段階：すべてが目標達成ではなく、{ $which }のうち一つが「目標に向かっていない」
explain-step-progressing = 第3段階：すべてが目標達成ではなく、{ $which }がすべて「相当程度進展あり」以上
explain-step-limited = 第4段階：すべてが目標達成ではなく、{ $which }に「目標に向かっていない」はなく、「進展が大きくない」がある
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
