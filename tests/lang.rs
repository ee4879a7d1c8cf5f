//! `--lang` and `POLSCORE_LANG` (SPEC §4): one option for every command, the diagnostics
//! included; Japanese by default.

mod common;

use std::path::Path;
use std::process::Command;

use common::{Run, root};

/// The binary with `args`, and `POLSCORE_LANG` set to `env` (or unset).
fn run(args: &[&str], env: Option<&str>) -> Run {
    run_in(root(), args, env)
}

/// `run`, in the directory `dir`.
fn run_in(dir: &Path, args: &[&str], env: Option<&str>) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_polscore"));
    cmd.args(args)
        .current_dir(dir)
        .env_remove("POLSCORE_LANG")
        .env("COLUMNS", "120");
    if let Some(lang) = env {
        cmd.env("POLSCORE_LANG", lang);
    }
    let out = cmd.output().expect("the polscore binary runs");
    Run {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

const DUPLICATE: &str = "tests/bad/rubric/semantic-duplicate-id.toml";

#[test]
fn validate_speaks_japanese_by_default_and_english_when_asked() {
    let ja = run(&["validate", DUPLICATE], None);
    assert_eq!(ja.status, 2);
    assert!(
        ja.stderr
            .starts_with("エラー: id `f1.rate` が重複しています\n"),
        "{}",
        ja.stderr
    );
    assert!(ja.stderr.contains("最初の定義"), "{}", ja.stderr);
    assert!(ja.stderr.contains("ここで再び定義"), "{}", ja.stderr);
    assert!(
        ja.stderr.contains("= 対処: id はファイル内で一意に"),
        "{}",
        ja.stderr
    );
    assert!(
        ja.stderr.ends_with("polscore: エラー 1 件\n"),
        "{}",
        ja.stderr
    );

    for en in [
        run(&["validate", DUPLICATE, "--lang", "en"], None),
        run(&["--lang", "en", "validate", DUPLICATE], Some("ja")),
        run(&["validate", DUPLICATE], Some("en")),
    ] {
        assert_eq!(en.status, 2);
        assert!(
            en.stderr.starts_with("error: duplicate id `f1.rate`\n"),
            "{}",
            en.stderr
        );
        assert!(en.stderr.ends_with("polscore: 1 error\n"), "{}", en.stderr);
    }
    // The same places in both.
    let places = |s: &str| -> Vec<String> {
        s.lines()
            .filter(|l| l.contains("-->"))
            .map(String::from)
            .collect()
    };
    assert_eq!(
        places(&ja.stderr),
        places(&run(&["validate", DUPLICATE], Some("en")).stderr)
    );
}

#[test]
fn score_honours_polscore_lang() {
    let args = [
        "score",
        "examples/peace.toml",
        "--data",
        "examples/peace.csv",
    ];
    let ja = run(&args, None);
    let en = run(&args, Some("en"));
    assert_eq!((ja.status, en.status), (0, 0), "{}{}", ja.stderr, en.stderr);
    assert!(ja.stdout.contains("目標達成") || ja.stdout.contains("相当程度進展あり"));
    assert!(!en.stdout.contains("相当程度進展あり"), "{}", en.stdout);
    assert_eq!(
        en.stdout,
        run(&[&args[..], &["--lang", "en"]].concat(), None).stdout
    );
    // Its warnings follow the language too.
    assert!(
        ja.stderr
            .starts_with("警告[goal-without-rated-indicator]: "),
        "{}",
        ja.stderr
    );
    assert!(
        en.stderr
            .starts_with("warning[goal-without-rated-indicator]: "),
        "{}",
        en.stderr
    );
}

#[test]
fn the_json_report_gives_each_diagnostic_its_code_and_a_message_in_its_language() {
    let args = [
        "score",
        "examples/peace.toml",
        "--data",
        "examples/peace.csv",
        "--format",
        "json",
    ];
    for (lang, text) in [
        ("ja", "参考指標しかありません"),
        ("en", "has only reference indicators"),
    ] {
        let r = run(&[&args[..], &["--lang", lang]].concat(), None);
        let report: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        let d = &report["diagnostics"][0];
        assert_eq!(d["code"], "goal-without-rated-indicator");
        assert!(d["message"].as_str().unwrap().contains(text), "{d}");
    }
}

#[test]
fn a_language_that_is_not_one_is_a_usage_error() {
    assert_eq!(run(&["validate", "examples/peace.toml"], None).status, 0);
    let r = run(&["validate", "examples/peace.toml"], Some("fr"));
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("'fr'"), "{}", r.stderr);
}

/// A directory holding the example's rubric and data, and `baseline.json` scored from them.
fn example() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    for name in ["peace.toml", "peace.csv"] {
        std::fs::copy(root().join("examples").join(name), dir.path().join(name))
            .expect("the example copies");
    }
    let run = run_in(
        dir.path(),
        &[
            "score",
            "peace.toml",
            "--data",
            "peace.csv",
            "--format",
            "json",
            "--pretty",
            "--output",
            "baseline.json",
        ],
        None,
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    dir
}

/// `args` run in `dir` in Japanese (the default), with `--lang en`, and with
/// `POLSCORE_LANG=en`, which must say the same as `--lang en`: the Japanese and the English
/// runs.
fn both(dir: &Path, args: &[&str]) -> (Run, Run) {
    let ja = run_in(dir, args, None);
    let en = run_in(dir, &[args, &["--lang", "en"]].concat(), None);
    let env = run_in(dir, args, Some("en"));
    assert_eq!(ja.status, en.status, "{}{}", ja.stderr, en.stderr);
    assert_eq!(
        (&env.status, &env.stdout, &env.stderr),
        (&en.status, &en.stdout, &en.stderr),
        "POLSCORE_LANG=en and --lang en differ"
    );
    (ja, en)
}

#[test]
fn validate_says_its_summary_in_the_language() {
    let dir = example();
    let (ja, en) = both(
        dir.path(),
        &["validate", "peace.toml", "--data", "peace.csv"],
    );
    assert_eq!(ja.status, 0, "{}", ja.stderr);
    assert!(
        ja.stdout
            .starts_with("エラーなし: ルーブリック 1 件、指標 8 件、実績値 "),
        "{}",
        ja.stdout
    );
    assert!(ja.stdout.ends_with(" 件\n"), "{}", ja.stdout);
    assert!(
        en.stdout.starts_with("ok: 1 rubric, 8 indicators, "),
        "{}",
        en.stdout
    );
    assert!(en.stdout.contains(" data points, "), "{}", en.stdout);
    insta::assert_snapshot!("validate_summary_ja", ja.stdout);
}

#[test]
fn score_says_its_errors_in_the_language() {
    let dir = example();
    let (ja, en) = both(dir.path(), &["score", "peace.toml", "--data", "peace.csv"]);
    assert_eq!(ja.status, 0, "{}", ja.stderr);
    assert!(ja.stdout.contains("総合評価"), "{}", ja.stdout);
    assert!(!en.stdout.contains("総合評価"), "{}", en.stdout);
    // The report onto one of its inputs.
    let (ja, en) = both(
        dir.path(),
        &[
            "score",
            "peace.toml",
            "--data",
            "peace.csv",
            "--output",
            "peace.csv",
        ],
    );
    assert_eq!(ja.status, 2, "{}", ja.stderr);
    assert!(
        ja.stderr
            .contains("この実行のデータファイルを上書きしてしまいます"),
        "{}",
        ja.stderr
    );
    assert!(
        en.stderr
            .contains("--output peace.csv would replace a data file of this run"),
        "{}",
        en.stderr
    );
    insta::assert_snapshot!("output_onto_an_input_ja", ja.stderr);
    // An option for another format.
    let (ja, en) = both(
        dir.path(),
        &["score", "peace.toml", "--data", "peace.csv", "--pretty"],
    );
    assert_eq!(ja.status, 2, "{}", ja.stderr);
    assert!(
        ja.stderr.contains("--pretty は JSON のレポートの整形です"),
        "{}",
        ja.stderr
    );
    assert!(
        en.stderr.contains("--pretty lays out the JSON report"),
        "{}",
        en.stderr
    );
}

#[test]
fn explain_says_its_derivation_and_its_errors_in_the_language() {
    let dir = example();
    let args = ["explain", "peace.toml", "--data", "peace.csv"];
    let (ja, en) = both(
        dir.path(),
        &[&args[..], &["f1.io-employment-rate"]].concat(),
    );
    assert_eq!(ja.status, 0, "{}", ja.stderr);
    assert!(ja.stdout.contains("\n定義\n"), "{}", ja.stdout);
    assert!(en.stdout.contains("\nDefinition\n"), "{}", en.stdout);
    let (ja, en) = both(dir.path(), &[&args[..], &["f1.io-employment"]].concat());
    assert_eq!(ja.status, 2, "{}", ja.stderr);
    assert!(
        ja.stderr.starts_with(
            "エラー: 読み込んだどのルーブリックにも指標 `f1.io-employment` がありません\n"
        ),
        "{}",
        ja.stderr
    );
    assert!(
        ja.stderr.contains("`f1.io-employment-rate` のことですか？"),
        "{}",
        ja.stderr
    );
    assert!(
        en.stderr
            .starts_with("error: no loaded rubric defines indicator `f1.io-employment`\n"),
        "{}",
        en.stderr
    );
    let (ja, en) = both(dir.path(), &args);
    assert_eq!(ja.status, 2, "{}", ja.stderr);
    assert!(
        ja.stderr
            .starts_with("エラー: explain には指標の id が必要です\n"),
        "{}",
        ja.stderr
    );
    assert!(
        en.stderr
            .starts_with("error: explain needs an indicator id\n"),
        "{}",
        en.stderr
    );
}

#[test]
fn check_says_its_verdict_and_its_errors_in_the_language() {
    let dir = example();
    let args = ["check", "peace.toml", "--data", "peace.csv"];
    let (ja, en) = both(
        dir.path(),
        &[&args[..], &["--baseline", "baseline.json"]].concat(),
    );
    assert_eq!(ja.status, 0, "{}", ja.stderr);
    assert!(ja.stdout.starts_with("合格："), "{}", ja.stdout);
    assert!(en.stdout.starts_with("ok: "), "{}", en.stdout);
    let (ja, en) = both(dir.path(), &args);
    assert_eq!(ja.status, 2, "{}", ja.stderr);
    assert!(
        ja.stderr
            .starts_with("エラー: check には比較対象のレポートが必要ですが、指定されていません\n"),
        "{}",
        ja.stderr
    );
    assert!(
        en.stderr
            .starts_with("error: check needs a baseline report, and none is given\n"),
        "{}",
        en.stderr
    );
}

#[test]
fn diff_says_its_changes_and_a_report_it_cannot_read_in_the_language() {
    let dir = example();
    let (ja, en) = both(dir.path(), &["diff", "baseline.json", "baseline.json"]);
    assert_eq!(ja.status, 0, "{}", ja.stderr);
    assert!(ja.stdout.contains("変化はありません"), "{}", ja.stdout);
    assert!(en.stdout.contains("no changes between"), "{}", en.stdout);
    // A report of another version of the schema.
    let old = std::fs::read_to_string(dir.path().join("baseline.json"))
        .unwrap()
        .replace("\"polscore.report/1\"", "\"polscore.report/0\"");
    std::fs::write(dir.path().join("old.json"), old).unwrap();
    let (ja, en) = both(dir.path(), &["diff", "old.json", "baseline.json"]);
    assert_eq!(ja.status, 2, "{}", ja.stderr);
    assert!(
        ja.stderr.starts_with(
            "エラー: old.json はスキーマ `polscore.report/0` のレポートです。\
             この polscore が読めるのは `polscore.report/1` です\n"
        ),
        "{}",
        ja.stderr
    );
    assert!(
        en.stderr.starts_with(
            "error: old.json is a report of schema `polscore.report/0`; this polscore reads \
             `polscore.report/1`\n"
        ),
        "{}",
        en.stderr
    );
    insta::assert_snapshot!("diff_report_of_another_schema_ja", ja.stderr);
}

#[test]
fn template_says_its_errors_in_the_language() {
    let dir = example();
    let (ja, en) = both(dir.path(), &["template", "peace.toml", "--quiet"]);
    assert_eq!(ja.status, 0, "{}", ja.stderr);
    // The file to fill in is the same in both: its columns are the data reader's.
    assert_eq!(ja.stdout, en.stdout);
    std::fs::write(dir.path().join("kept.csv"), "kept").unwrap();
    let args = ["template", "peace.toml", "--quiet", "--output", "kept.csv"];
    let (ja, en) = both(dir.path(), &args);
    assert_eq!(ja.status, 2, "{}", ja.stderr);
    assert!(
        ja.stderr.starts_with("エラー: kept.csv を作成できません: "),
        "{}",
        ja.stderr
    );
    assert!(
        ja.stderr
            .contains("= 対処: template は既存のファイルを置き換えません"),
        "{}",
        ja.stderr
    );
    assert!(
        en.stderr.starts_with("error: cannot create kept.csv: "),
        "{}",
        en.stderr
    );
    assert!(
        en.stderr.contains("= help: template never replaces a file"),
        "{}",
        en.stderr
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("kept.csv")).unwrap(),
        "kept"
    );
}

#[test]
fn init_says_what_it_made_and_what_to_do_next_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let ja = run_in(dir.path(), &["init", "ja"], None);
    assert_eq!(ja.status, 0, "{}", ja.stderr);
    assert_eq!(
        ja.stdout,
        "ja/rubric.toml・ja/data.csv・ja/polscore-rubric.schema.json を作成しました\n\n\
         次の手順:\n  polscore validate ja/rubric.toml --data ja/data.csv\n  \
         polscore score ja/rubric.toml --data ja/data.csv\n"
    );
    for en in [
        run_in(dir.path(), &["init", "en", "--lang", "en"], None),
        run_in(dir.path(), &["init", "en2"], Some("en")),
    ] {
        assert_eq!(en.status, 0, "{}", en.stderr);
        assert!(en.stdout.starts_with("created en"), "{}", en.stdout);
        assert!(en.stdout.contains("\n\nnext:\n"), "{}", en.stdout);
    }
    let (ja, en) = both(dir.path(), &["init", "ja"]);
    assert_eq!(ja.status, 2, "{}", ja.stderr);
    assert!(
        ja.stderr
            .starts_with("エラー: ja/rubric.toml はすでにあります\n"),
        "{}",
        ja.stderr
    );
    assert!(
        en.stderr
            .starts_with("error: ja/rubric.toml already exists\n"),
        "{}",
        en.stderr
    );
}

#[test]
fn a_bad_project_file_is_explained_in_the_language() {
    let dir = example();
    std::fs::write(
        dir.path().join("polscore.toml"),
        "[project]\nrubric = [\"peace.toml\"]\ndata = 3\nbaseline = \"\"\n\n[other]\n",
    )
    .unwrap();
    let (ja, en) = both(dir.path(), &["validate"]);
    assert_eq!(ja.status, 2, "{}", ja.stderr);
    for text in [
        "エラー: 不明なキー `rubric`",
        "`rubrics` のことですか？",
        "エラー: 型が違います: パスのリストを書くところに整数があります",
        "エラー: `baseline` のパスが空です",
        "エラー: 不明な表 `other`",
    ] {
        assert!(ja.stderr.contains(text), "{text}: {}", ja.stderr);
    }
    for text in [
        "error: unknown key `rubric`",
        "error: wrong type: expected a list of paths, found integer",
        "error: `baseline` holds an empty path",
        "error: unknown table `other`",
    ] {
        assert!(en.stderr.contains(text), "{text}: {}", en.stderr);
    }
    insta::assert_snapshot!("bad_project_file_ja", ja.stderr);
}
