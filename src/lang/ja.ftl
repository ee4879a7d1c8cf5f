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
