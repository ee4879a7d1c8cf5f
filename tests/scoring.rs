//! Scoring rules seen through the binary: accumulated series with a gap, and the warnings
//! that depend on the evaluation year (`--year`).

mod common;

use common::{polscore_en as polscore, polscore_en_in as polscore_in};
use serde_json::Value;

const GAP: [&str; 3] = [
    "tests/fixtures/scoring/accumulated-gap.toml",
    "--data",
    "tests/fixtures/scoring/accumulated-gap.csv",
];
const YEARS: [&str; 3] = [
    "tests/fixtures/scoring/year-range.toml",
    "--data",
    "tests/fixtures/scoring/year-range.csv",
];

/// `score ARGS --format json`: the report and the warnings printed on standard error.
fn score(args: &[&str]) -> (Value, String) {
    let mut all = vec!["score"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "json"]);
    let run = polscore(&all);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let report = serde_json::from_str(&run.stdout).expect("the report is JSON");
    (report, run.stderr)
}

fn diagnostics(report: &Value) -> Vec<String> {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["message"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn an_accumulated_series_is_not_summed_around_a_missing_year() {
    let (report, stderr) = score(&GAP);
    let policy = &report["rubrics"][0];
    // 2023's row counts for as_of, although its total is unknown.
    assert_eq!(policy["as_of"], 2023);
    let goal = &policy["fields"][0]["goals"][0];
    // Increments 11 (2021), none (2022, pending), 8 (2023). Not 11 + 8 = 19 at 2023
    // (a = 0.95, progressing): rated at 2021, total 11, a = 11 / 20 = 0.55 → limited, stale.
    let c = &goal["indicators"][0];
    assert_eq!(
        (&c["rating"], &c["year"], &c["value"], &c["stale"]),
        (
            &Value::from("limited"),
            &Value::from(2021),
            &Value::from(11),
            &Value::from(true)
        )
    );
    assert_eq!(c["achievement"], 0.55);
    let series = c["series"].as_array().unwrap();
    assert_eq!(series.len(), 3);
    assert_eq!(series[0]["value"], 11);
    for p in &series[1..] {
        assert_eq!(
            (&p["value"], &p["rating"]),
            (&Value::Null, &Value::from("no_data"))
        );
    }
    // The points after the gap keep their notes.
    assert_eq!(series[1]["note"], "公表予定");
    assert_eq!(series[2]["note"], "2023年度分");
    // An accumulated reference indicator without a gap: totals 100, 150, 210.
    let v = &goal["indicators"][1];
    assert_eq!(
        (&v["value"], &v["year"]),
        (&Value::from(210), &Value::from(2023))
    );
    // The warning names the indicator, the gap and the year left without a total, in the
    // report and on standard error; the complete series has none.
    let warnings = diagnostics(&report);
    let gap: Vec<&String> = warnings.iter().filter(|w| w.contains("gap")).collect();
    assert_eq!(gap.len(), 1, "{warnings:?}");
    for text in [
        "indicator `f1.consultations`",
        "2022",
        "tests/fixtures/scoring/accumulated-gap.csv:3",
        "values of 2023",
    ] {
        assert!(gap[0].contains(text), "{text}: {}", gap[0]);
    }
    assert!(
        stderr.contains("indicator `f1.consultations`: accumulated values have a gap"),
        "{stderr}"
    );
}

#[test]
fn the_target_year_warning_speaks_of_the_year_given() {
    // --year 2022: target_year 2022 has not passed in 2022; the old warning said "the
    // evaluation year is 2023" in a report of 2022.
    let passed = [
        "tests/bad/rubric/warn/target-year-passed.toml",
        "--data",
        "tests/bad/rubric/warn/target-year-passed.csv",
    ];
    let (report, stderr) = score(&[&passed[..], &["--year", "2022"]].concat());
    assert_eq!(report["rubrics"][0]["as_of"], 2022);
    assert!(!stderr.contains("has passed"), "{stderr}");
    assert!(
        diagnostics(&report)
            .iter()
            .all(|w| !w.contains("has passed"))
    );
    // Without --year the evaluation year is 2023, and it has.
    let (_, stderr) = score(&passed);
    assert!(
        stderr.contains(
            "target_year 2022 has passed but the data have no value from 2022 up to the \
             evaluation year 2023"
        ),
        "{stderr}"
    );
    // --year 2021 with target_year 2020 and no value in 2020–2021: a warning that the latest
    // year (2023, which has a value) would hide.
    let (report, stderr) = score(&[&YEARS[..], &["--year", "2021"]].concat());
    assert_eq!(report["rubrics"][0]["as_of"], 2021);
    assert!(
        stderr.contains(
            "target_year 2020 has passed but the data have no value from 2020 up to the \
             evaluation year 2021"
        ),
        "{stderr}"
    );
    let (_, stderr) = score(&YEARS);
    assert!(!stderr.contains("has passed"), "{stderr}");
}

#[test]
fn a_year_the_data_cannot_rate_is_a_warning() {
    // Before the period (2019–2023): every rated indicator is no_data, and the run says why.
    let (report, stderr) = score(&[&YEARS[..], &["--year", "1800"]].concat());
    let policy = &report["rubrics"][0];
    assert_eq!(
        (&policy["as_of"], &policy["rating"]),
        (&Value::from(1800), &Value::from("no_data"))
    );
    let before = "--year 1800 is before the period 2019–2023 of policy `years`";
    assert!(stderr.contains(before), "{stderr}");
    assert!(diagnostics(&report).iter().any(|w| w.contains(before)));
    // After it: rated as of the period's end, and said so.
    let (report, stderr) = score(&[&YEARS[..], &["--year", "2030"]].concat());
    assert_eq!(report["rubrics"][0]["as_of"], 2023);
    assert!(
        stderr.contains("--year 2030 is after the period 2019–2023 of policy `years`"),
        "{stderr}"
    );
    // Inside it, a year without any value: rated earlier and stale.
    let (_, stderr) = score(&[&YEARS[..], &["--year", "2022"]].concat());
    assert!(
        stderr.contains("no indicator of policy `years` (tests/fixtures/scoring/year-range.toml) has a value for --year 2022"),
        "{stderr}"
    );
    // Without a period: before the first value, and after the last.
    let (_, stderr) = score(&[&GAP[..], &["--year", "2000"]].concat());
    assert!(
        stderr.contains("--year 2000 is before every value of policy `gap`"),
        "{stderr}"
    );
    let (_, stderr) = score(&[&GAP[..], &["--year", "2030"]].concat());
    assert!(stderr.contains("has a value for --year 2030"), "{stderr}");
    // A year with values: nothing to say about the year.
    for year in ["2019", "2023"] {
        let (_, stderr) = score(&[&YEARS[..], &["--year", year]].concat());
        assert!(!stderr.contains("--year"), "{year}: {stderr}");
    }
}

/// With `--year` before the data's values, the warning says which years it looked at (from
/// the target year up to the evaluation year), not that the data have no later value: they
/// do, after the evaluation year.
#[test]
fn a_target_year_passed_before_an_earlier_year_names_the_years_looked_at() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("r.toml"),
        "schema = 1\n[policy]\nid = \"p\"\ntitle = \"t\"\nperiod = [2017, 2023]\n\
         [[field]]\nid = \"f1\"\ntitle = \"f\"\n[[field.goal]]\nid = \"f1.g1\"\ntext = \"g\"\n\
         [[field.goal.indicator]]\nid = \"f1.staff\"\nname = \"staff\"\nkind = \"target\"\n\
         target = 1000\ntarget_year = 2018\nbaseline = { year = 2016, value = 900 }\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("d.csv"),
        "indicator,year,value\nf1.staff,2021,956\nf1.staff,2022,980\nf1.staff,2023,1010\n",
    )
    .unwrap();
    let args = ["score", "r.toml", "--data", "d.csv", "--year", "2019"];
    let run = polscore_in(dir.path(), &args);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("or later"), "{}", run.stderr);
    insta::assert_snapshot!(run.stderr);
}
