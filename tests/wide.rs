//! Data laid out as the evaluation book's tables are, one column per year
//! (`指標,令和2年度,令和3年度,…`), read by the real binary from CSV (UTF-8 and Shift_JIS) and
//! from workbooks: the same report as the long layout, one row per indicator and year. The
//! errors of such tables are in the bad-input corpus (tests/bad/data/wide-*).

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{polscore_in, root};

const RUBRIC: &str = "rubrics/mofa-2024-peace.toml";
const SEED: &str = "inputs/mofa-2024-peace.csv";

/// A row of the seed's long table.
struct Long {
    indicator: String,
    year: String,
    value: String,
    numerator: String,
    denominator: String,
    status: String,
    note: String,
}

fn seed_rows() -> Vec<Long> {
    let mut reader = csv::Reader::from_path(root().join(SEED)).unwrap();
    let headers = reader.headers().unwrap().clone();
    assert_eq!(
        headers.iter().collect::<Vec<_>>(),
        [
            "indicator",
            "year",
            "value",
            "numerator",
            "denominator",
            "status",
            "note"
        ]
    );
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            Long {
                indicator: r[0].to_string(),
                year: r[1].to_string(),
                value: r[2].to_string(),
                numerator: r[3].to_string(),
                denominator: r[4].to_string(),
                status: r[5].to_string(),
                note: r[6].to_string(),
            }
        })
        .collect()
}

fn quote(cell: &str) -> String {
    if cell.contains([',', '"', '\n']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

/// The seed rewritten: the indicators whose years all share one note (or none) and no
/// provisional figure, as the book lays them out, in three tables with a column per year:
/// those whose years are written 令和 in a Shift_JIS CSV file (headers `令和２年度`, the
/// book's full-width digits), the others in a CSV UTF-8 file (headers `2020`…) and a workbook
/// (number cells `2020`…, with a title row above); every other row in a long file. Returns
/// how many indicators were rewritten.
fn rewrite_seed(dir: &Path) -> usize {
    let rows = seed_rows();
    let mut by_id: BTreeMap<&str, Vec<&Long>> = BTreeMap::new();
    for r in &rows {
        by_id.entry(&r.indicator).or_default().push(r);
    }
    let mut long = String::from("indicator,year,value,numerator,denominator,status,note\n");
    let mut reiwa: Vec<(&str, &[&Long])> = Vec::new();
    let mut western: Vec<(&str, &[&Long])> = Vec::new();
    for (id, rs) in &by_id {
        let one_note = rs.iter().all(|r| r.note == rs[0].note);
        let no_provisional = rs.iter().all(|r| r.status.is_empty() || r.value.is_empty());
        // Counts of a ratio have columns of their own, a span is no one year's column, and
        // a row with neither value nor status (kept, with its note, as a year without data)
        // is an empty cell, which a wide table reads as no row: such indicators stay long.
        let plain = rs.iter().all(|r| {
            r.numerator.is_empty()
                && polscore::values::year::parse(&r.year).is_ok()
                && !(r.value.is_empty() && r.status.is_empty())
        });
        if !(one_note && no_provisional && plain) {
            for r in rs {
                let cells = [
                    &r.indicator,
                    &r.year,
                    &r.value,
                    &r.numerator,
                    &r.denominator,
                    &r.status,
                    &r.note,
                ];
                let cells: Vec<String> = cells.iter().map(|c| quote(c)).collect();
                long.push_str(&cells.join(","));
                long.push('\n');
            }
        } else if rs
            .iter()
            .all(|r| r.year.starts_with("令和") && r.year.ends_with("年度"))
        {
            reiwa.push((id, rs));
        } else {
            western.push((id, rs));
        }
    }
    std::fs::write(dir.join("long.csv"), long).unwrap();
    let (half, rest) = western.split_at(western.len() / 2);
    let text = wide_csv(&reiwa, |y| format!("令和{}年度", full_width(y - 2018)));
    let (sjis, _, lossy) = encoding_rs::SHIFT_JIS.encode(&text);
    assert!(!lossy);
    std::fs::write(dir.join("reiwa-sjis.csv"), sjis).unwrap();
    std::fs::write(dir.join("western.csv"), wide_csv(half, |y| y.to_string())).unwrap();
    wide_workbook(rest, &dir.join("western.xlsx"));
    reiwa.len() + western.len()
}

fn year_of(r: &Long) -> i32 {
    polscore::values::year::parse(&r.year).unwrap()
}

fn years(tables: &[(&str, &[&Long])]) -> Vec<i32> {
    let mut years: Vec<i32> = tables
        .iter()
        .flat_map(|(_, rs)| rs.iter().map(|r| year_of(r)))
        .collect();
    years.sort();
    years.dedup();
    years
}

fn full_width(n: i32) -> String {
    n.to_string()
        .chars()
        .map(|c| char::from_u32(c as u32 + 0xFEE0).unwrap())
        .collect()
}

/// A year's cell as the book writes it: its value, or its status in place of a value.
fn cell_of(r: &Long) -> &str {
    if r.status.is_empty() {
        &r.value
    } else {
        &r.status
    }
}

/// A CSV table with a column per year, the years' headers written by `header`, and a
/// column `指標名` that the reader skips, as the book's tables have the indicator's name.
fn wide_csv(tables: &[(&str, &[&Long])], header: impl Fn(i32) -> String) -> String {
    let years = years(tables);
    let mut text = String::from("指標,指標名");
    for &y in &years {
        text.push_str(&format!(",{}", header(y)));
    }
    text.push_str(",備考\n");
    for (id, rs) in tables {
        text.push_str(&format!("{id},（略）"));
        for &y in &years {
            let cell = rs
                .iter()
                .find(|r| year_of(r) == y)
                .map_or("", |r| cell_of(r));
            text.push_str(&format!(",{}", quote(cell)));
        }
        text.push_str(&format!(",{}\n", quote(&rs[0].note)));
    }
    text
}

/// The same table as a workbook's sheet, under a title row and a blank row, the years'
/// headers number cells.
fn wide_workbook(tables: &[(&str, &[&Long])], to: &Path) {
    let years = years(tables);
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write(0, 0, "参考指標の実績値").unwrap();
    sheet.write(2, 0, "指標").unwrap();
    for (i, &y) in years.iter().enumerate() {
        sheet.write(2, 1 + i as u16, y).unwrap();
    }
    let note = 1 + years.len() as u16;
    sheet.write(2, note, "備考").unwrap();
    for (row, (id, rs)) in tables.iter().enumerate() {
        let row = 3 + row as u32;
        sheet.write(row, 0, *id).unwrap();
        for (i, &y) in years.iter().enumerate() {
            if let Some(r) = rs.iter().find(|r| year_of(r) == y) {
                sheet.write(row, 1 + i as u16, cell_of(r)).unwrap();
            }
        }
        if !rs[0].note.is_empty() {
            sheet.write(row, note, &rs[0].note).unwrap();
        }
    }
    book.save(to).unwrap();
}

fn score(dir: &Path, data: &[&str]) -> common::Run {
    let rubric = root().join(RUBRIC);
    // The messages asserted here are the English ones.
    let mut args = vec![
        "--lang",
        "en",
        "score",
        rubric.to_str().unwrap(),
        "--format",
        "json",
    ];
    for d in data {
        args.extend_from_slice(&["--data", d]);
    }
    polscore_in(dir, &args)
}

#[test]
fn the_seed_laid_out_as_the_book_tables_scores_byte_for_byte_as_the_long_file() {
    let dir = tempfile::tempdir().unwrap();
    let rewritten = rewrite_seed(dir.path());
    assert!(rewritten >= 20, "only {rewritten} indicators rewritten");
    let seed = root().join(SEED);
    let long = score(dir.path(), &[seed.to_str().unwrap()]);
    assert_eq!(long.status, 0, "{}", long.stderr);
    let wide = score(
        dir.path(),
        &["reiwa-sjis.csv", "western.csv", "western.xlsx", "long.csv"],
    );
    assert_eq!(wide.status, 0, "{}", wide.stderr);
    assert!(wide.stdout == long.stdout, "the reports differ");
}

#[test]
fn a_year_in_a_wide_and_a_long_file_is_the_usual_duplicate_naming_both_rows() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("wide.csv"),
        "指標,令和3年度,令和4年度,令和5年度\nf3.seminar-count,17,15,20\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("long.csv"),
        "indicator,year,value\nf3.seminar-count,2022,15\n",
    )
    .unwrap();
    let run = score(dir.path(), &["wide.csv", "long.csv"]);
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(
        run.stderr.starts_with(
            "error: indicator `f3.seminar-count` has two rows for 2022: long.csv row 2 and wide.csv row 2\n --> wide.csv:2:1\n"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.ends_with("polscore: 1 error\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_wide_table_warns_at_the_cell_of_the_year() {
    // The seed's Bluebook access counts are calendar years (暦年): a fiscal-year column
    // warns at its cells, the calendar one does not.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("wide.csv"),
        "指標,令和3年度,2022年\nf1.bluebook-web-access,約300万件,約412万件\n",
    )
    .unwrap();
    let run = score(dir.path(), &["wide.csv"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "warning[year-basis-form]: wide.csv:2:2: \"令和3年度\" is a fiscal year (年度), but this row's indicator counts calendar years (暦年)"
        ),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("wide.csv:2:3"), "{}", run.stderr);
}

/// The years and values of an indicator in a JSON report.
fn series(report: &str, id: &str) -> Vec<(i64, f64)> {
    let report: serde_json::Value = serde_json::from_str(report).unwrap();
    let indicator = report["rubrics"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|r| r["fields"].as_array().into_iter().flatten())
        .flat_map(|f| f["goals"].as_array().into_iter().flatten())
        .flat_map(|g| g["indicators"].as_array().into_iter().flatten())
        .find(|i| i["id"] == id)
        .unwrap_or_else(|| panic!("no {id} in the report"));
    indicator["series"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["year"].as_i64().unwrap(), p["value"].as_f64().unwrap()))
        .collect()
}

#[test]
fn a_header_naming_a_year_beside_other_words_is_an_error_not_a_year_skipped() {
    // `令和4年度（速報）` is no year: its column would be skipped, and the rating made on 2021.
    let dir = tempfile::tempdir().unwrap();
    let header = |y2022: &str| {
        format!(
            "指標,指標名,令和3年度,{y2022},目標値（令和7年度）,単位\nf3.seminar-count,セミナー等の開催回数,17,15,30,回\n"
        )
    };
    std::fs::write(dir.path().join("wide.csv"), header("令和4年度（速報）")).unwrap();
    let run = score(dir.path(), &["wide.csv"]);
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(run.stdout.is_empty());
    assert!(
        run.stderr.starts_with(
            "error: wide.csv: the header of the column 令和4年度（速報） names the year 令和4年度 beside other words: it cannot be told whether the column holds that year's figures\n --> wide.csv:1:4\n"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("write the year alone in its header (令和4年度)"),
        "{}",
        run.stderr
    );
    // The target's column, the name's and the unit's are skipped without a word.
    assert!(
        run.stderr.ends_with("polscore: 1 error\n"),
        "{}",
        run.stderr
    );
    // The header as the help says reads the year.
    std::fs::write(dir.path().join("wide.csv"), header("令和4年度")).unwrap();
    let run = score(dir.path(), &["wide.csv"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(
        series(&run.stdout, "f3.seminar-count"),
        [(2021, 17.0), (2022, 15.0)]
    );
}
