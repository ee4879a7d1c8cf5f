//! The rubric's structure checks and the scorer's warnings speak Japanese by default: every
//! broken rubric, every rubric warning and every warning of the scorer says what is wrong
//! and how to fix it in Japanese (`--lang ja`), at the same places and with the same exit
//! status as in English.

mod common;

use std::path::Path;

use common::{Run, root, run};

const DATA_WARNINGS: &str = "tests/fixtures/lints/data-warnings.toml";
const DATA_WARNINGS_CSV: &str = "tests/fixtures/lints/data-warnings.csv";

/// Every run of the area: each broken rubric, each rubric of likely mistakes, and the
/// warnings that need the data (with `--year` before, after and inside the period).
fn runs() -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for dir in ["tests/bad/rubric", "tests/bad/rubric/warn"] {
        let mut files: Vec<String> = std::fs::read_dir(root().join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .map(|p| format!("{dir}/{}", p.file_name().unwrap().to_str().unwrap()))
            .collect();
        files.sort();
        for file in files {
            let mut args = vec!["validate".to_string(), file.clone(), "--no-project".into()];
            let csv = file.replace(".toml", ".csv");
            if Path::new(&root().join(&csv)).exists() {
                args.extend(["--data".into(), csv]);
            }
            out.push(args);
        }
    }
    let with_data = ["--data", DATA_WARNINGS_CSV, "--no-project"];
    let mut validate = vec!["validate", DATA_WARNINGS];
    validate.extend(with_data);
    out.push(validate.iter().map(|s| s.to_string()).collect());
    for year in ["2019", "2100", "2022"] {
        let mut score = vec!["score", DATA_WARNINGS];
        score.extend(with_data);
        score.extend(["--year", year]);
        out.push(score.iter().map(|s| s.to_string()).collect());
    }
    out
}

fn polscore(args: &[String], lang: &str) -> Run {
    let mut all: Vec<&str> = args.iter().map(String::as_str).collect();
    all.extend(["--lang", lang]);
    run(root(), &all, &[])
}

/// Every `file:line:column` in the text, in order.
fn places(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in text.split([' ', '（', '(']) {
        let word = word.trim_end_matches([':', ')', '）']);
        let parts: Vec<&str> = word.rsplitn(3, ':').collect();
        if let [column, line, file] = parts[..]
            && (file.ends_with(".toml") || file.ends_with(".csv"))
            && line.parse::<usize>().is_ok()
            && column.parse::<usize>().is_ok()
        {
            out.push(word.to_string());
        }
    }
    out
}

/// The message lines of the diagnostics: the text after `エラー:` or `警告[…]:`, the help
/// after `= 対処:`, and the label after the marks under a line.
fn message_lines(stderr: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for line in stderr.lines() {
        let heading = ["エラー: ", "警告: "]
            .iter()
            .find_map(|h| line.strip_prefix(h))
            .or_else(|| {
                let rest = line.strip_prefix("警告[")?;
                Some(rest.split_once("]: ")?.1)
            });
        if let Some(text) = heading {
            out.push(text);
        } else if let Some((_, help)) = line.split_once("= 対処: ") {
            out.push(help);
        } else if let Some((before, after)) = line.split_once('|')
            && before.trim().is_empty()
        {
            let after = after.trim_start();
            let label = after.trim_start_matches(['^', '-']);
            if label.len() < after.len() && !label.trim().is_empty() {
                out.push(label.trim());
            }
        }
    }
    out
}

#[test]
fn every_rubric_error_and_scoring_warning_is_said_in_japanese_at_the_same_places() {
    for args in runs() {
        let ja = polscore(&args, "ja");
        let en = polscore(&args, "en");
        let what = args.join(" ");
        assert_eq!(ja.status, en.status, "{what}: exit status");
        assert_eq!(
            places(&ja.stderr),
            places(&en.stderr),
            "{what}: places\n{}\n{}",
            ja.stderr,
            en.stderr
        );
        let lines = message_lines(&ja.stderr);
        assert!(!lines.is_empty(), "{what}: no diagnostic\n{}", ja.stderr);
        for line in lines {
            assert!(
                !line.is_ascii(),
                "{what}: left in English: {line}\n{}",
                ja.stderr
            );
        }
    }
}

/// A few of the structure pass's errors, read in full in Japanese.
#[test]
fn structure_errors_in_japanese() {
    for name in [
        "schema-missing-keys",
        "schema-values-as-text",
        "schema-targets",
        "schema-indicator-header-missing",
        "schema-number-bounds",
    ] {
        let file = format!("tests/bad/rubric/{name}.toml");
        let r = polscore(&["validate".into(), file], "ja");
        assert_eq!(r.status, 2, "{}", r.stderr);
        insta::assert_snapshot!(format!("ja_{name}"), r.stderr);
    }
}

/// The scorer's warnings in Japanese: with their help (`validate`), and the one-line form
/// of `score` for a `--year` outside the period.
#[test]
fn scoring_warnings_in_japanese() {
    let args: Vec<String> = ["validate", DATA_WARNINGS, "--data", DATA_WARNINGS_CSV]
        .iter()
        .map(|s| s.to_string())
        .chain(["--no-project".to_string()])
        .collect();
    let r = polscore(&args, "ja");
    assert_eq!(r.status, 0, "{}", r.stderr);
    insta::assert_snapshot!("ja_data_warnings", r.stderr);
    let mut args = args;
    args[0] = "score".into();
    for year in ["2019", "2100"] {
        let mut with_year = args.clone();
        with_year.extend(["--year".into(), year.into()]);
        let r = polscore(&with_year, "ja");
        assert_eq!(r.status, 0, "{}", r.stderr);
        insta::assert_snapshot!(format!("ja_year_{year}"), r.stderr);
    }
}
