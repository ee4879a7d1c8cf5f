# polscore のメッセージ（日本語）。en.ftl と同じ id・同じ変数で、id ごとに一つ
# （src/lang のテストが確かめる）。変数には表示どおりに整えた文字列が入る。
# 用語は政策評価書と SPEC の対訳表に従う（施策、個別分野、中期目標、測定指標、参考指標、
# 実績値、目標値、基準値、評価年度）。コード上の名前・ファイル名・id は訳さず `…` で囲む。

## コマンドライン

cli-errors = polscore: エラー { $count } 件
cli-more-warnings = polscore: ほかに警告が { $count } 件あります。同じルーブリックとデータで `polscore validate` を実行するとすべて表示されます
