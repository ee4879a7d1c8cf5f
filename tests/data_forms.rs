//! The data forms of real evaluation books, read by the real binary: ratio rows (「192名中97名」),
//! span rows (「過去３年度：８件」) and calendar years (暦年). Their errors are in the bad-input
//! corpus (tests/bad/data/).

mod common;

use common::polscore_en_in as polscore_in;
use serde_json::Value;

const RUBRIC: &str = r#"schema = 1

[policy]
id = "forms"
title = "書式"
period = [2021, 2023]

[[field]]
id = "f1"
title = "人材"

[[field.goal]]
id = "f1.g1"
text = "人材を育成する。"

[[field.goal.indicator]]
id = "f1.hired"
name = "就職率"
kind = "target"
unit = "%"
target = 50
measure = "ratio"

[[field.goal.indicator]]
id = "f1.talks"
name = "協議の回数"
kind = "target"
unit = "件"
target = 10
accumulate = true

[[field.goal.indicator]]
id = "f1.visits"
name = "訪問者数"
kind = "reference"
unit = "人"
year_basis = "calendar"
"#;

const DATA: &str = "indicator,year,value,分子,分母\n\
f1.hired,2021,,97,192\n\
f1.hired,2023,60%,110,200\n\
f1.talks,2021,3,,\n\
f1.talks,令和4～5年度,8,,\n\
f1.visits,2022年,10,,\n\
f1.visits,令和5年度,12,,\n";

fn run() -> (Value, String) {
    let (stdout, stderr) = run_csv();
    (serde_json::from_str(&stdout).unwrap(), stderr)
}

/// `score` on the CSV data: the report as written, and the warnings.
fn run_csv() -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("rubric.toml"), RUBRIC).unwrap();
    std::fs::write(dir.path().join("data.csv"), DATA).unwrap();
    let run = polscore_in(
        dir.path(),
        &[
            "score",
            "rubric.toml",
            "--data",
            "data.csv",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    (run.stdout, run.stderr)
}

fn series(report: &Value, id: &str) -> Vec<(i64, Value)> {
    let indicators = report["rubrics"][0]["fields"][0]["goals"][0]["indicators"]
        .as_array()
        .unwrap();
    let indicator = indicators.iter().find(|i| i["id"] == id).unwrap();
    indicator["series"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["year"].as_i64().unwrap(), p["value"].clone()))
        .collect()
}

#[test]
fn ratios_spans_and_calendar_years_score_as_the_book_writes_them() {
    let (report, stderr) = run();
    // 97/192 × 100 at full precision; 110/200 × 100, not the 60% written beside it.
    assert_eq!(
        series(&report, "f1.hired"),
        [
            (2021, (97.0 / 192.0 * 100.0).into()),
            (2023, (110.0 / 200.0 * 100.0).into())
        ]
    );
    // The span 2022..2023 covers 2022: the running total goes on, 3 + 8 at 2023.
    assert_eq!(
        series(&report, "f1.talks"),
        [(2021, 3.into()), (2023, 11.into())]
    );
    assert!(!stderr.contains("gap"), "{stderr}");
    assert_eq!(
        series(&report, "f1.visits"),
        [(2022, 10.into()), (2023, 12.into())]
    );
    assert!(stderr.contains("data.csv:3:3"), "{stderr}");
    assert!(stderr.contains("is not 110/200 × 100 = 55"), "{stderr}");
    assert!(stderr.contains("data.csv:7:2"), "{stderr}");
    assert!(stderr.contains("counts calendar years"), "{stderr}");
}

/// The JSON report keeps what the rows said (SPEC §5): a ratio's counts and a span's years.
#[test]
fn the_report_keeps_the_counts_and_the_span() {
    let (report, _) = run();
    let point = |id: &str, year: i64| {
        let indicators = report["rubrics"][0]["fields"][0]["goals"][0]["indicators"]
            .as_array()
            .unwrap();
        let ind = indicators.iter().find(|i| i["id"] == id).unwrap();
        let series = ind["series"].as_array().unwrap();
        series.iter().find(|p| p["year"] == year).unwrap().clone()
    };
    let hired = point("f1.hired", 2021);
    assert_eq!(
        (hired["numerator"].clone(), hired["denominator"].clone()),
        (97.into(), 192.into())
    );
    assert!(hired["span"].is_null());
    let talks = point("f1.talks", 2023);
    assert_eq!(talks["span"], serde_json::json!([2022, 2023]));
    assert!(talks["numerator"].is_null() && talks["denominator"].is_null());
    assert!(point("f1.talks", 2021)["span"].is_null());
}

/// SPEC §3.1: a span that starts before the period's first year and ends inside it is an
/// error, since its total cannot be split where the running total starts; a span wholly
/// before the period is context, like any year before it.
#[test]
fn a_span_across_the_start_of_the_period_is_an_error_naming_its_row() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("rubric.toml"), RUBRIC).unwrap();
    let across = "indicator,year,value\nf1.talks,2019..2020,4\nf1.talks,2020..2022,8\n";
    std::fs::write(dir.path().join("data.csv"), across).unwrap();
    let args = [
        "score",
        "rubric.toml",
        "--data",
        "data.csv",
        "--format",
        "json",
        "--output",
        "r.json",
    ];
    let run = polscore_in(dir.path(), &args);
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(run.stderr.contains("data.csv:3:1"), "{}", run.stderr);
    assert!(run.stderr.contains("2020..2022"), "{}", run.stderr);
    assert!(!run.stderr.contains("data.csv:2:1"), "{}", run.stderr);
    assert!(!dir.path().join("r.json").exists());
    // Wholly before the period (2021): kept as context, and the total starts at 2021.
    let before = "indicator,year,value\nf1.talks,2019..2020,4\nf1.talks,2021,3\n";
    std::fs::write(dir.path().join("data.csv"), before).unwrap();
    let run = polscore_in(dir.path(), &args);
    assert_eq!(run.status, 0, "{}", run.stderr);
}

/// The same data as a workbook's sheet, each cell as Excel holds it: the counts of a ratio
/// in their columns are read there as in the CSV file (they were once left out of a sheet,
/// and a ratio row with an empty value read as no row at all).
#[test]
fn a_sheet_gives_the_same_report_as_the_csv_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("rubric.toml"), RUBRIC).unwrap();
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, line) in DATA.lines().enumerate() {
        for (c, cell) in line.split(',').enumerate() {
            match cell.parse::<f64>() {
                Ok(n) => sheet.write(r as u32, c as u16, n),
                Err(_) if cell.is_empty() => continue,
                Err(_) => sheet.write(r as u32, c as u16, cell),
            }
            .unwrap();
        }
    }
    book.save(dir.path().join("data.xlsx")).unwrap();
    let scored = polscore_in(
        dir.path(),
        &[
            "score",
            "rubric.toml",
            "--data",
            "data.xlsx",
            "--format",
            "json",
        ],
    );
    assert_eq!(scored.status, 0, "{}", scored.stderr);
    let sheet: Value = serde_json::from_str(&scored.stdout).unwrap();
    let (csv, _) = run();
    // The scores alike; the warnings differ only in where they are (`cell C3`, `#Sheet1`).
    assert_eq!(sheet["rubrics"], csv["rubrics"]);
    assert_eq!(sheet["diagnostics"].as_array().unwrap().len(), 2);
}
