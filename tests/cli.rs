//! The binary, end to end, on the shipped example and on bad inputs.

mod common;

use common::{polscore_en as polscore, polscore_en_in as polscore_in, root};
use serde_json::Value;

const EXAMPLE: [&str; 4] = [
    "examples/peace.toml",
    "--data",
    "examples/peace.csv",
    "--format",
];

fn score_json(args: &[&str]) -> Value {
    common::score_json_in(root(), args)
}

#[test]
fn table_of_the_example_in_japanese() {
    let run = common::polscore(&["score", EXAMPLE[0], EXAMPLE[1], EXAMPLE[2]]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn table_of_the_example_in_english() {
    let run = polscore(&["score", EXAMPLE[0], EXAMPLE[1], EXAMPLE[2], "--lang", "en"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn json_report_of_the_example() {
    let run = polscore(&[
        "score", EXAMPLE[0], EXAMPLE[1], EXAMPLE[2], EXAMPLE[3], "json", "--pretty",
    ]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    insta::assert_snapshot!(run.stdout);
}

/// Without --pretty the report is one line (and the newline after it) holding the same
/// document as the indented one.
#[test]
fn json_report_is_one_line_unless_pretty() {
    let args = [
        "score", EXAMPLE[0], EXAMPLE[1], EXAMPLE[2], EXAMPLE[3], "json",
    ];
    let compact = polscore(&args);
    let pretty = polscore(&[&args[..], &["--pretty"]].concat());
    assert_eq!(compact.status, 0, "{}", compact.stderr);
    assert_eq!(compact.stdout.lines().count(), 1);
    assert!(compact.stdout.ends_with("}\n"));
    assert!(pretty.stdout.lines().count() > 100);
    let parse = |s: &str| serde_json::from_str::<Value>(s).expect("JSON");
    assert_eq!(parse(&compact.stdout), parse(&pretty.stdout));
}

#[test]
fn pretty_applies_only_to_json() {
    let run = polscore(&["score", EXAMPLE[0], EXAMPLE[1], EXAMPLE[2], "--pretty"]);
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("--pretty"), "{}", run.stderr);
    assert!(run.stdout.is_empty());
}

#[test]
fn json_report_has_every_key_of_the_spec() {
    let report = score_json(&["examples/", "--data", "examples/"]);
    let report = if report["rubrics"].as_array().unwrap().is_empty() {
        panic!("no rubric in the report")
    } else {
        report
    };
    let keys = |v: &Value, keys: &[&str]| {
        for k in keys {
            assert!(v.get(k).is_some(), "key {k} missing in {v}");
        }
    };
    keys(&report, &["schema", "generator", "rubrics", "diagnostics"]);
    assert_eq!(report["schema"], "polscore.report/1");
    for r in report["rubrics"].as_array().unwrap() {
        keys(
            r,
            &[
                "id", "as_of", "title", "title_en", "file", "rating", "fields",
            ],
        );
        for f in r["fields"].as_array().unwrap() {
            keys(f, &["id", "title", "rating", "goals"]);
            for g in f["goals"].as_array().unwrap() {
                keys(g, &["id", "text", "rating", "coverage", "indicators"]);
                keys(&g["coverage"], &["rated", "with_data"]);
                for i in g["indicators"].as_array().unwrap() {
                    keys(
                        i,
                        &[
                            "id",
                            "name",
                            "kind",
                            "unit",
                            "primary",
                            "direction",
                            "target",
                            "target_year",
                            "baseline",
                            "due",
                            "accumulate",
                            "rating",
                            "year",
                            "stale",
                            "value",
                            "achievement",
                            "outlook",
                            "trend",
                            "series",
                        ],
                    );
                    for p in i["series"].as_array().unwrap() {
                        keys(
                            p,
                            &[
                                "year",
                                "value",
                                "target",
                                "achievement",
                                "rating",
                                "provisional",
                                "note",
                            ],
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn the_example_is_rated_as_worked_out_by_hand() {
    let report = score_json(&["examples/peace.toml", "--data", "examples/peace.csv"]);
    let r = &report["rubrics"][0];
    assert_eq!(r["as_of"], 2023);
    // Fields: f1 met (all met, the one primary not exceeded), f2 exceeded (the primary staff
    // count exceeded), f3 progressing (ISTC 10.37% > 10%, a = 0.964) → policy progressing.
    let ratings: Vec<&str> = r["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rating"].as_str().unwrap())
        .collect();
    assert_eq!(ratings, ["met", "exceeded", "progressing"]);
    assert_eq!(r["rating"], "progressing");
    let staff = &r["fields"][1]["goals"][0]["indicators"][0];
    // Rated at 2022 (2023 is pending): T(2022) = 918 + 82 * 2/5 = 950.8, a = 43 / 32.8.
    assert_eq!(staff["year"], 2022);
    assert_eq!(staff["stale"], true);
    assert_eq!(staff["rating"], "exceeded");
    assert!((staff["achievement"].as_f64().unwrap() - 43.0 / 32.8).abs() < 1e-9);
    assert_eq!(staff["outlook"], "on_track");
    assert_eq!(staff["series"][2]["value"], Value::Null);
    assert_eq!(staff["series"][2]["rating"], "no_data");
    assert_eq!(staff["series"][2]["note"], "公表予定");
    // The running total 11 + 8 + 8 = 27 against T(2023) = 30 * 3/4 = 22.5: a = 1.2 → exceeded.
    let hires = &r["fields"][0]["goals"][0]["indicators"][2];
    assert_eq!(hires["value"], 27);
    assert_eq!(hires["rating"], "exceeded");
    // The reference goal is not rated and left out.
    assert_eq!(r["fields"][2]["goals"][1]["rating"], "not_rated");
    assert_eq!(
        r["fields"][2]["goals"][1]["indicators"][0]["trend"],
        "worsening"
    );
}

#[test]
fn validate_accepts_the_example() {
    let run = polscore(&[
        "validate",
        "examples/peace.toml",
        "--data",
        "examples/peace.csv",
    ]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "ok: 1 rubric, 8 indicators, 20 data points, 1 warning\n"
    );
}

#[test]
fn ignore_unknown_turns_the_error_into_a_warning() {
    let run = polscore(&[
        "score",
        "tests/bad/data/rubric.toml",
        "--data",
        "tests/bad/data/unknown-id.csv",
        "--ignore-unknown",
        "--format",
        "json",
    ]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("warning[unknown-indicator]: tests/bad/data/unknown-id.csv:2:1: no loaded rubric defines indicator `f1.rte`"),
        "{}",
        run.stderr
    );
    let report: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(report["diagnostics"][0]["level"], "warning");
    assert_eq!(
        report["diagnostics"][0]["location"],
        "tests/bad/data/unknown-id.csv:2:1"
    );
}

#[test]
fn missing_files_and_bad_usage_exit_2() {
    let run = polscore(&["score", "no/such.toml", "--data", "examples/peace.csv"]);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr
            .contains("no/such.toml: no such file or directory"),
        "{}",
        run.stderr
    );
    // Outside a project (this repository's polscore.toml would give the data).
    let run = polscore(&["score", "examples/peace.toml", "--no-project"]);
    assert_eq!(run.status, 2, "--data is required");
    let run = polscore(&[
        "score",
        "examples/peace.toml",
        "--data",
        "examples/peace.csv",
        "--format",
        "yaml",
    ]);
    assert_eq!(run.status, 2);
}

#[test]
fn a_rubric_without_data_scores_as_no_data() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.csv"), "indicator,year,value\n").unwrap();
    let rubric = root().join("examples/peace.toml");
    let report = common::score_json_in(
        dir.path(),
        &[rubric.to_str().unwrap(), "--data", "empty.csv"],
    );
    assert_eq!(report["rubrics"][0]["as_of"], Value::Null);
    assert_eq!(report["rubrics"][0]["rating"], "no_data");
}

#[test]
fn year_option_rates_an_earlier_year() {
    // --year 2022: ISTC 8% <= 10%, a = 10 / 8 = 1.25 → exceeded; the 2023 row is ignored.
    let report = score_json(&[
        "examples/peace.toml",
        "--data",
        "examples/peace.csv",
        "--year",
        "2022",
    ]);
    let istc = &report["rubrics"][0]["fields"][2]["goals"][0]["indicators"][0];
    assert_eq!(istc["rating"], "exceeded");
    assert_eq!(istc["series"].as_array().unwrap().len(), 2);
}

#[test]
fn output_is_written_atomically_and_an_error_leaves_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.json");
    let out_s = out.to_str().unwrap();
    let run = polscore(&[
        "score",
        "examples/peace.toml",
        "--data",
        "examples/peace.csv",
        "--format",
        "json",
        "--output",
        out_s,
    ]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stdout.is_empty());
    let first = std::fs::read_to_string(&out).unwrap();
    assert!(first.starts_with("{\"schema\":\"polscore.report/1\","));
    // A failing run (bad data) must not touch the report.
    let run = polscore(&[
        "score",
        "tests/bad/data/rubric.toml",
        "--data",
        "tests/bad/data/bad-value.csv",
        "--output",
        out_s,
    ]);
    assert_eq!(run.status, 2);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), first);
    // No temporary file is left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn shuffled_rows_and_split_files_give_identical_bytes() {
    let csv = std::fs::read_to_string(root().join("examples/peace.csv")).unwrap();
    let mut lines: Vec<&str> = csv.lines().collect();
    let header = lines.remove(0);
    lines.reverse();
    let (a, b) = lines.split_at(lines.len() / 2);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("b.csv"),
        format!("{header}\n{}\n", a.join("\n")),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("a.csv"),
        format!("{header}\n{}\n", b.join("\n")),
    )
    .unwrap();
    let rubric = root().join("examples/peace.toml");
    let rubric = rubric.to_str().unwrap();
    let original = polscore_in(
        dir.path(),
        &[
            "score",
            rubric,
            "--data",
            root().join("examples/peace.csv").to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    let split = polscore_in(
        dir.path(),
        &[
            "score", rubric, "--data", "b.csv", "--data", "a.csv", "--format", "json",
        ],
    );
    let dir_run = polscore_in(
        dir.path(),
        &["score", rubric, "--data", ".", "--format", "json"],
    );
    assert_eq!(split.status, 0, "{}", split.stderr);
    // Only the notes' places differ (none are in the report), so the bytes are the same.
    assert_eq!(original.stdout, split.stdout);
    assert_eq!(split.stdout, dir_run.stdout);
}

#[cfg(unix)]
#[test]
fn output_gets_ordinary_permissions_and_keeps_those_of_the_file_it_replaces() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.json");
    let out_s = out.to_str().unwrap();
    let args = [
        "score",
        "examples/peace.toml",
        "--data",
        "examples/peace.csv",
        "--format",
        "json",
        "--output",
        out_s,
    ];
    assert_eq!(polscore(&args).status, 0);
    // Readable by others (a web server publishing the report), unlike a bare temporary file.
    let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode & 0o044, 0o044, "mode {mode:o}");
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).unwrap();
    assert_eq!(polscore(&args).status, 0);
    assert_eq!(
        std::fs::metadata(&out).unwrap().permissions().mode() & 0o777,
        0o640
    );
}

#[test]
fn score_lists_warnings_briefly_and_points_to_validate() {
    // The shipped rubric without its `[lints]`: many goals have no rated indicator (the book
    // gives them no figures). `score` names the first few on one line each and counts the rest.
    let dir = tempfile::tempdir().unwrap();
    let seed = std::fs::read_to_string(root().join("rubrics/mofa-2024-peace.toml")).unwrap();
    let unlinted = &seed[..seed.find("\n[lints]").expect("the seed declares its lints")];
    std::fs::write(dir.path().join("peace.toml"), unlinted).unwrap();
    let data = root().join("inputs/");
    let data = data.to_str().unwrap();
    let run = polscore_in(dir.path(), &["score", "peace.toml", "--data", data]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines.len(), 6, "{}", run.stderr);
    assert!(
        lines[0].starts_with("warning[goal-without-rated-indicator]: peace.toml:"),
        "{}",
        lines[0]
    );
    assert!(
        lines[5].contains("more warnings; `polscore validate`"),
        "{}",
        lines[5]
    );
}

#[cfg(target_os = "linux")]
#[test]
fn a_report_that_cannot_be_written_to_standard_output_is_an_error() {
    // A full disk behind `> report.html` must not end with exit status 0.
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_polscore"))
        .args([
            "score",
            "examples/peace.toml",
            "--data",
            "examples/peace.csv",
            "--format",
            "html",
            "--lang",
            "en",
        ])
        .current_dir(root())
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot write to standard output"));
}
