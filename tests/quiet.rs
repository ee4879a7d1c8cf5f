//! The evaluator's view: warnings with stable codes, silenced for a rubric by its `[lints]`,
//! kept off standard error by `--quiet` (but not out of the reports), counted by `validate`;
//! and the shipped seed, which declares its intended gaps, scoring without a warning.

mod common;

use std::path::{Path, PathBuf};

use common::{polscore_en as polscore, polscore_en_in as polscore_in, root};
use serde_json::Value;

const FIXTURE: &str = "tests/fixtures/lints/data-warnings.toml";
const FIXTURE_DATA: &str = "tests/fixtures/lints/data-warnings.csv";

/// The warnings that need the data, each with the arguments that draw it from the fixture.
const DATA_WARNINGS: [(&str, &[&str]); 5] = [
    ("target-year-passed", &[]),
    ("accumulated-gap", &[]),
    ("compound-needs-positive", &[]),
    ("year-outside-period", &["--year", "1800"]),
    ("year-without-data", &["--year", "2022"]),
];

fn data() -> String {
    root().join(FIXTURE_DATA).to_str().unwrap().to_string()
}

/// The fixture rubric, copied into `dir` with `[lints] allow = [codes]` added.
fn with_lints(dir: &Path, codes: &[&str]) -> PathBuf {
    let text = std::fs::read_to_string(root().join(FIXTURE)).unwrap();
    let quoted: Vec<String> = codes.iter().map(|c| format!("\"{c}\"")).collect();
    let path = dir.join("rubric.toml");
    let lints = format!("\n[lints]\nallow = [{}]\n", quoted.join(", "));
    std::fs::write(&path, text + &lints).unwrap();
    path
}

/// `score RUBRIC --data DATA ARGS... --format json` in `dir`, without a project.
fn score(dir: &Path, rubric: &str, args: &[&str]) -> common::Run {
    let data = data();
    let mut all = vec!["score", rubric, "--data", &data, "--no-project"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "json"]);
    polscore_in(dir, &all)
}

fn diagnostics(run: &common::Run) -> Vec<String> {
    let report: Value = serde_json::from_str(&run.stdout).expect("the report is JSON");
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["message"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn each_data_warning_has_its_code_and_lints_allow_silences_only_it() {
    let dir = tempfile::tempdir().unwrap();
    for (code, args) in DATA_WARNINGS {
        let run = score(root(), FIXTURE, args);
        assert_eq!(run.status, 0, "{}", run.stderr);
        let head = format!("warning[{code}]: ");
        assert!(run.stderr.contains(&head), "{code}: {}", run.stderr);
        let (printed, before) = (
            run.stderr.matches("warning[").count(),
            diagnostics(&run).len(),
        );

        let rubric = with_lints(dir.path(), &[code]);
        let run = score(dir.path(), rubric.to_str().unwrap(), args);
        assert_eq!(run.status, 0, "{}", run.stderr);
        assert!(!run.stderr.contains(&head), "{code}: {}", run.stderr);
        // Only that code: the fixture's other warnings are still there.
        let left = run.stderr.matches("warning[").count();
        assert_eq!(left, printed - 1, "{code}: {}", run.stderr);
        // Silenced for the rubric: gone from the report as well.
        assert_eq!(diagnostics(&run).len(), before - 1, "{code}");
    }
}

#[test]
fn lints_allow_silences_every_data_warning_of_its_rubric_in_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let codes: Vec<&str> = DATA_WARNINGS.iter().map(|(c, _)| *c).collect();
    let rubric = with_lints(dir.path(), &codes);
    let rubric = rubric.to_str().unwrap();
    for (_, args) in DATA_WARNINGS {
        let run = score(dir.path(), rubric, args);
        assert_eq!(run.stderr, "", "{args:?}");
        assert!(diagnostics(&run).is_empty(), "{args:?}");
    }
    let data = data();
    let run = polscore_in(dir.path(), &["validate", rubric, "--data", &data]);
    assert_eq!(run.stderr, "");
    assert_eq!(
        run.stdout,
        "ok: 1 rubric, 3 indicators, 6 data points, 0 warnings\n"
    );
}

#[test]
fn a_warning_about_the_run_is_not_a_rubrics_to_allow() {
    let dir = tempfile::tempdir().unwrap();
    let rubric = with_lints(dir.path(), &["unknown-indicator"]);
    let run = polscore_in(dir.path(), &["validate", rubric.to_str().unwrap()]);
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("unknown value \"unknown-indicator\""),
        "{}",
        run.stderr
    );
}

#[test]
fn validate_counts_the_warnings_in_its_summary_even_when_quiet() {
    // With data, the scorer's warnings count too: every one that `score` would print.
    for quiet in [false, true] {
        let mut args = vec!["validate", FIXTURE, "--data", FIXTURE_DATA, "--no-project"];
        if quiet {
            args.push("--quiet");
        }
        let run = polscore(&args);
        assert_eq!(run.status, 0, "{}", run.stderr);
        assert_eq!(
            run.stdout,
            "ok: 1 rubric, 3 indicators, 6 data points, 3 warnings\n"
        );
        assert_eq!(
            run.stderr.matches("warning[").count(),
            if quiet { 0 } else { 3 }
        );
    }
    let run = polscore(&["validate", "examples/peace.toml", "--no-project"]);
    assert_eq!(run.stdout, "ok: 1 rubric, 8 indicators, 1 warning\n");
}

#[test]
fn quiet_leaves_warnings_off_standard_error_and_the_report_as_it_was() {
    for format in ["json", "markdown", "table", "csv", "html"] {
        let args = |quiet: bool| {
            let mut a = vec![
                "score",
                FIXTURE,
                "--data",
                FIXTURE_DATA,
                "--no-project",
                "--format",
                format,
            ];
            if quiet {
                a.push("-q");
            }
            a
        };
        let loud = polscore(&args(false));
        let quiet = polscore(&args(true));
        assert_eq!(quiet.status, 0, "{}", quiet.stderr);
        assert!(loud.stderr.contains("warning["), "{format}");
        assert_eq!(quiet.stderr, "", "{format}");
        assert_eq!(
            quiet.stdout, loud.stdout,
            "{format}: the report is the same"
        );
    }
}

#[test]
fn every_command_that_prints_warnings_takes_quiet() {
    let dir = tempfile::tempdir().unwrap();
    let baseline = dir.path().join("baseline.json");
    let baseline = baseline.to_str().unwrap();
    let run = polscore(&[
        "score",
        FIXTURE,
        "--data",
        FIXTURE_DATA,
        "--no-project",
        "--format",
        "json",
        "--output",
        baseline,
    ]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let with_data = [FIXTURE, "--data", FIXTURE_DATA, "--no-project"];
    let commands: [Vec<&str>; 4] = [
        [&["validate"][..], &with_data].concat(),
        [&["explain"][..], &with_data, &["f1.staff"]].concat(),
        [&["check"][..], &with_data, &["--baseline", baseline]].concat(),
        vec!["template", "examples/peace.toml", "--no-project"],
    ];
    for command in commands {
        let loud = polscore(&command);
        let quiet = polscore(&[&command[..], &["--quiet"]].concat());
        assert_eq!(quiet.status, loud.status, "{command:?}");
        assert!(
            loud.stderr.contains("warning["),
            "{command:?}: {}",
            loud.stderr
        );
        assert_eq!(quiet.stderr, "", "{command:?}");
        assert_eq!(quiet.stdout, loud.stdout, "{command:?}");
    }
}

#[test]
fn quiet_still_prints_errors() {
    let run = polscore(&[
        "validate",
        "tests/bad/rubric/syntax-several-slips.toml",
        "--quiet",
    ]);
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("error"), "{}", run.stderr);
    assert!(
        run.stderr.ends_with("polscore: 3 errors\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_seed_declares_its_intended_gaps_and_its_main_command_prints_no_warning() {
    let run = polscore(&["score", "rubrics/", "--data", "inputs/"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(
        run.stderr, "",
        "the README's main command prints no warning"
    );
    let run = polscore(&["validate", "rubrics/", "--data", "inputs/"]);
    assert_eq!(run.stderr, "");
    assert!(run.stdout.ends_with(", 0 warnings\n"), "{}", run.stdout);
    // Each code a seed rubric allows has a comment saying why it is intended.
    for file in [
        "rubrics/mofa-2024-peace.toml",
        "rubrics/mofa-2027-peace.toml",
    ] {
        let text = std::fs::read_to_string(root().join(file)).unwrap();
        let lints = &text[text.find("\n[lints]\n").expect(file)..];
        let lines: Vec<&str> = lints.lines().collect();
        for (n, line) in lines.iter().enumerate() {
            if line.trim_start().starts_with('"') {
                assert!(lines[n - 1].trim_start().starts_with('#'), "{file}: {line}");
            }
        }
    }
}

#[test]
fn the_markdown_report_ends_with_an_appendix_of_diagnostics_in_its_language() {
    let args = |lang: &'static str| {
        [
            "score",
            FIXTURE,
            "--data",
            FIXTURE_DATA,
            "--no-project",
            "--format",
            "markdown",
            "--lang",
            lang,
        ]
    };
    let ja = polscore(&args("ja")).stdout;
    let appendix = &ja[ja.find("\n# 付録：診断\n").expect(&ja)..];
    assert!(
        appendix.contains("\n- 警告: 指標 `f1.staff`: 目標年度 target\\_year 2022 を過ぎました"),
        "{appendix}"
    );
    assert!(
        appendix.contains(" — 対処: 2022 の実績値をデータに加えてください"),
        "{appendix}"
    );
    assert!(!ja.contains("help:") && !ja.contains("Diagnostics"), "{ja}");
    // After every rubric: nothing but the generator follows.
    assert!(!appendix.contains("\n## "), "{appendix}");
    let en = polscore(&args("en")).stdout;
    let appendix = &en[en.find("\n# Appendix: diagnostics\n").expect(&en)..];
    assert!(
        appendix.contains("\n- warning: indicator `f1.staff`"),
        "{appendix}"
    );
    assert!(appendix.contains(" — help: add the value"), "{appendix}");
}

/// The warnings about a run rather than a rubric have codes too, given where they are made;
/// docs/rubric-format.md lists each (`tests/authoring.rs` checks the codes `[lints]` takes).
#[test]
fn every_code_given_in_the_sources_is_documented() {
    let doc = std::fs::read_to_string(root().join("docs/rubric-format.md")).unwrap();
    let codes = codes_given_in(&root().join("src"));
    assert!(
        codes.contains(&"unknown-indicator".to_string()),
        "{codes:?}"
    );
    for code in codes {
        assert!(
            doc.contains(&format!("| `{code}` | ")),
            "warning code `{code}` is not documented"
        );
    }
}

/// Every code given as a literal (`.with_code("unknown-indicator")`) in the sources under `dir`.
fn codes_given_in(dir: &Path) -> Vec<String> {
    let mut codes = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            codes.extend(codes_given_in(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            for (i, m) in text.match_indices("with_code(\"") {
                let rest = &text[i + m.len()..];
                codes.push(rest[..rest.find('"').unwrap()].to_string());
            }
        }
    }
    codes
}
