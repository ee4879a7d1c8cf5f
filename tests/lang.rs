//! `--lang` and `POLSCORE_LANG` (SPEC §4): one option for every command, the diagnostics
//! included; Japanese by default.

mod common;

use std::process::Command;

use common::{Run, root};

/// The binary with `args`, and `POLSCORE_LANG` set to `env` (or unset).
fn run(args: &[&str], env: Option<&str>) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_polscore"));
    cmd.args(args)
        .current_dir(root())
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
