//! Hostile text in the inputs (SPEC §4): control characters in a rubric, a data file or a
//! report never reach a terminal, a page or a JUnit file raw; a CSV report never hands a
//! spreadsheet a formula; a huge line is never echoed whole in an error.

mod common;

use std::path::Path;

use common::{Run, polscore_in};

/// A rubric whose texts carry terminal sequences: clear the screen, set the window title,
/// blink, a C1 CSI, a bidirectional override. Ids may hold `-`, which a spreadsheet reads
/// as the start of a formula.
const RUBRIC: &str = r#"schema = 1

[policy]
id = "-hostile"
title = "title \u001b]0;pwned\u0007 \u001b[2J end"
title_en = "title \u001b[2J en"
owner = "owner \u009b31m"

[labels]
met = "@met \u001b[5m"
progressing = "+progressing"
exceeded = "=exceeded"

[[field]]
id = "-f1"
title = "field \u001b[1m \u202e"

[[field.goal]]
id = "-g1"
text = "goal \u001b[2J text\r\nsecond line"

[[field.goal.indicator]]
id = "-x"
name = "name \u001b[5m blink"
kind = "target"
unit = "=cmd\u001b[0m"
target = 50

[[field.goal.indicator]]
id = "f1.y"
name = "@name"
kind = "milestone"
due = 2030
"#;

const DATA: &str = "indicator,year,value,note\n\
    -x,2022,60,\"note \x1b[2J with, a comma\"\n\
    -x,2023,40,\"@SUM(A1) \x1b]0;pwned\x07\"\n\
    f1.y,2023,実施中,\n";

struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("a temporary directory");
        std::fs::write(dir.path().join("hostile.toml"), RUBRIC).unwrap();
        std::fs::write(dir.path().join("hostile.csv"), DATA).unwrap();
        Fixture { dir }
    }

    fn path(&self, name: &str) -> std::path::PathBuf {
        self.dir.path().join(name)
    }

    fn run(&self, args: &[&str]) -> Run {
        polscore_in(self.dir.path(), args)
    }

    fn score(&self, extra: &[&str]) -> Run {
        let mut args = vec!["score", "hostile.toml", "--data", "hostile.csv"];
        args.extend_from_slice(extra);
        let run = self.run(&args);
        assert_eq!(run.status, 0, "{}", run.stderr);
        run
    }
}

/// No control character (line breaks aside) and no bidirectional override.
fn assert_clean(what: &str, text: &str) {
    let raw: Vec<char> = text
        .chars()
        .filter(|&c| c != '\n')
        .filter(|&c| {
            c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .collect();
    assert!(raw.is_empty(), "{what}: raw {raw:?} in\n{text}");
}

#[test]
fn control_characters_of_the_inputs_are_shown_escaped_in_every_format_for_people() {
    let f = Fixture::new();
    for format in ["table", "markdown", "html", "csv"] {
        for lang in ["ja", "en"] {
            let run = f.score(&["--format", format, "--lang", lang]);
            assert_clean(&format!("{format} stdout"), &run.stdout);
            assert_clean(&format!("{format} stderr"), &run.stderr);
            // Shown, not dropped: the reader sees what the input holds.
            assert!(
                run.stdout.contains("[2J"),
                "{format}: the text is gone\n{}",
                run.stdout
            );
        }
    }
    let table = f.score(&[]).stdout;
    assert!(
        table.contains(r"title \u{1b}]0;pwned\u{7} \u{1b}[2J end"),
        "{table}"
    );
    assert!(table.contains(r"field \u{1b}[1m \u{202e}"), "{table}");
    // JSON keeps the text as it is, written as JSON escapes it.
    let json = f.score(&["--format", "json"]).stdout;
    assert!(!json.contains('\x1b'));
    assert!(json.contains(r"title \u001b]0;pwned\u0007 \u001b[2J end"));

    let run = f.run(&[
        "explain",
        "hostile.toml",
        "--data",
        "hostile.csv",
        "--lang",
        "en",
        "--",
        "-x",
    ]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_clean("explain stdout", &run.stdout);
    assert_clean("explain stderr", &run.stderr);
    assert!(
        run.stdout.contains(r"note: @SUM(A1) \u{1b}]0;pwned\u{7}"),
        "{}",
        run.stdout
    );
}

#[test]
fn control_characters_of_a_data_file_are_shown_escaped_in_its_errors() {
    let f = Fixture::new();
    std::fs::write(
        f.path("bad.csv"),
        "indicator,year,value\n-x\x1b[2J,2023,50\n-x,2023,\x1b]0;pwned\x07\n",
    )
    .unwrap();
    let run = f.run(&["validate", "hostile.toml", "--data", "bad.csv"]);
    assert_eq!(run.status, 2, "{}", run.stdout);
    assert_clean("validate stderr", &run.stderr);
    assert!(run.stderr.contains(r"-x\u{1b}[2J"), "{}", run.stderr);
    assert!(
        run.stderr.contains(r"\u{1b}]0;pwned\u{7}"),
        "{}",
        run.stderr
    );
}

/// A baseline with the texts a hand-edited or forged report may carry: control characters in
/// ids and a unit.
fn forged_baseline(f: &Fixture) {
    let json = f.score(&["--format", "json"]).stdout;
    let mut report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let rubric = &mut report["rubrics"][0];
    let x = &mut rubric["fields"][0]["goals"][0]["indicators"][0];
    x["rating"] = "exceeded".into();
    x["unit"] = "%\u{1b}]0;pwned\u{7}".into();
    let y = &mut rubric["fields"][0]["goals"][0]["indicators"][1];
    y["id"] = "f1.y\u{1b}[2J".into();
    std::fs::write(f.path("baseline.json"), report.to_string()).unwrap();
}

/// An outlook or a milestone's status is one of the ids of SPEC §5: a forged one makes the
/// report invalid, and the message that quotes it shows its control characters escaped.
#[test]
fn a_forged_outlook_or_status_is_refused_and_shown_escaped() {
    let f = Fixture::new();
    let json = f.score(&["--format", "json"]).stdout;
    f.score(&["--format", "json", "--output", "new.json"]);
    for (key, forged) in [
        ("outlook", "on_track\u{1b}[2J"),
        ("value", "achieved\u{9b}1m"),
    ] {
        let mut report: serde_json::Value = serde_json::from_str(&json).unwrap();
        report["rubrics"][0]["fields"][0]["goals"][0]["indicators"][0][key] = forged.into();
        std::fs::write(f.path("baseline.json"), report.to_string()).unwrap();
        let run = f.run(&["diff", "baseline.json", "new.json", "--lang", "en"]);
        assert_eq!(run.status, 2, "{key}: {}", run.stdout);
        assert_clean("diff stderr", &run.stderr);
        assert!(
            run.stderr
                .contains("is not a valid `polscore.report/1` report"),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn control_characters_of_reports_are_shown_escaped_by_diff_and_check() {
    let f = Fixture::new();
    forged_baseline(&f);
    f.score(&["--format", "json", "--output", "new.json"]);
    let run = f.run(&["diff", "baseline.json", "new.json"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_clean("diff stdout", &run.stdout);
    assert!(run.stdout.contains(r"f1.y\u{1b}[2J"), "{}", run.stdout);
    // (The table wraps the unit's escape: its start is enough.)
    assert!(run.stdout.contains(r"%\u{1b}]0;"), "{}", run.stdout);

    let run = f.run(&[
        "check",
        "hostile.toml",
        "--data",
        "hostile.csv",
        "--baseline",
        "baseline.json",
        "--junit",
        "junit.xml",
    ]);
    assert_eq!(run.status, 1, "a regression: {}{}", run.stdout, run.stderr);
    assert_clean("check stdout", &run.stdout);
    assert_clean("check stderr", &run.stderr);
    assert!(
        run.stdout.contains(r"-hostile › -f1 › -g1 › f1.y\u{1b}[2J"),
        "{}",
        run.stdout
    );
    let xml = std::fs::read_to_string(f.path("junit.xml")).unwrap();
    assert_clean("junit", &xml);
    let doc = roxmltree::Document::parse(&xml).expect("the JUnit file is well-formed XML");
    let names: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .filter_map(|n| n.attribute("name"))
        .collect();
    assert!(
        names.contains(&r"-hostile › -f1 › -g1 › f1.y\u{1b}[2J"),
        "{names:?}"
    );
}

#[test]
fn every_csv_cell_that_a_spreadsheet_would_run_as_a_formula_is_guarded() {
    let f = Fixture::new();
    let csv = f.score(&["--format", "csv", "--lang", "en"]).stdout;
    let mut reader = ::csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let rows: Vec<::csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    // level, policy_id, policy, field_id, field, goal_id, goal, indicator_id, indicator, kind,
    // unit, year, value, target, target_year, target_for_year, achievement, rating,
    // rating_id, …, note
    let indicators: Vec<Vec<&str>> = rows
        .iter()
        .filter(|r| &r[0] == "indicator")
        .map(|r| r.iter().collect())
        .collect();
    let x = &indicators[0];
    assert_eq!(x[1], "'-hostile", "{csv}");
    assert_eq!(x[3], "'-f1", "{csv}");
    assert_eq!(x[5], "'-g1", "{csv}");
    assert_eq!(x[6], "goal \\u{1b}[2J text\nsecond line", "{csv}");
    assert_eq!(x[7], "'-x", "{csv}");
    assert_eq!(x[10], r"'=cmd\u{1b}[0m", "{csv}");
    assert_eq!((x[12], x[16]), ("40", "0.8"), "{csv}");
    assert_eq!((x[17], x[18]), ("'+progressing", "progressing"), "{csv}");
    assert_eq!(x[23], r"'@SUM(A1) \u{1b}]0;pwned\u{7}", "{csv}");
    let y = &indicators[1];
    assert_eq!(y[8], "'@name", "{csv}");
    // The rows of the levels above are guarded too.
    let policy: Vec<&str> = rows[0].iter().collect();
    assert_eq!(policy[..2], ["policy", "'-hostile"], "{csv}");
    assert!(
        rows.iter().any(|r| &r[0] == "field" && &r[3] == "'-f1"),
        "{csv}"
    );
    // No cell of the whole report starts a formula unguarded, nor holds a control character.
    for row in &rows {
        for cell in row {
            let number = cell.parse::<f64>().is_ok_and(f64::is_finite);
            assert!(
                number || !cell.starts_with(['=', '+', '-', '@']),
                "{cell} in\n{csv}"
            );
        }
    }
    assert_clean("csv", &csv);
}

#[test]
fn a_huge_truncated_report_is_shown_around_the_place_of_the_error() {
    let f = Fixture::new();
    f.score(&["--format", "json", "--output", "new.json"]);
    // A report of 4 MB on one line (a note of 4 million characters), cut off mid-string.
    let json = std::fs::read_to_string(f.path("new.json")).unwrap();
    let mut report: serde_json::Value = serde_json::from_str(&json).unwrap();
    report["rubrics"][0]["fields"][0]["goals"][0]["indicators"][0]["note"] =
        "n".repeat(4_000_000).into();
    let text = report.to_string();
    let cut = text.find("nnnn").unwrap() + 3_000_000;
    std::fs::write(f.path("big.json"), &text[..cut]).unwrap();
    let run = f.run(&["diff", "big.json", "new.json"]);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr.len() < 10_000,
        "{} bytes of stderr",
        run.stderr.len()
    );
    assert!(
        run.stderr.contains(&format!("--> big.json:1:{}", cut)),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("1 | …nnnn"), "{}", run.stderr);
    assert!(run.stdout.is_empty());
    assert!(Path::new(&f.path("big.json")).exists());
}
