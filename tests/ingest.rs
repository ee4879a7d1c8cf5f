//! Reading real-world data files: Shift_JIS CSV as Japanese Excel exports it, CSV UTF-8
//! with a byte-order mark, .xlsx workbooks, directories of both, and the corpus of bad inputs
//! in tests/bad/data/, each with the error it must give. The fixtures are written by
//! tests/fixtures/make_fixtures.py.

mod common;

use common::{polscore_en as polscore, root};
use serde_json::Value;

const RUBRIC: &str = "tests/fixtures/ministry.toml";
const SJIS: &str = "tests/fixtures/ministry-sjis.csv";
const UTF8_BOM: &str = "tests/fixtures/ministry-utf8-bom.csv";
const XLSX: &str = "tests/fixtures/ministry.xlsx";

fn score(data: &str, extra: &[&str]) -> common::Run {
    let mut args = vec!["score", RUBRIC, "--data", data, "--format", "json"];
    args.extend_from_slice(extra);
    polscore(&args)
}

fn report(data: &str) -> Value {
    let run = score(data, &[]);
    assert_eq!(run.status, 0, "{data}: {}", run.stderr);
    serde_json::from_str(&run.stdout).expect("the report is JSON")
}

/// The indicator `id` of the fixture report.
fn indicator<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["rubrics"][0]["fields"][0]["goals"][0]["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == id)
        .unwrap_or_else(|| panic!("no indicator {id}"))
}

fn series(report: &Value, id: &str) -> Vec<(i64, Value)> {
    indicator(report, id)["series"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["year"].as_i64().unwrap(), p["value"].clone()))
        .collect()
}

#[test]
fn the_shift_jis_fixture_is_what_japanese_excel_writes() {
    let bytes = std::fs::read(root().join(SJIS)).unwrap();
    assert!(std::str::from_utf8(&bytes).is_err(), "not UTF-8");
    assert!(!bytes.starts_with(b"\xEF\xBB\xBF"), "no byte-order mark");
    assert!(bytes.windows(2).any(|w| w == b"\r\n"), "CRLF line ends");
    // 指標 in Shift_JIS.
    assert!(bytes.starts_with(&[0x8E, 0x77, 0x95, 0x57]));
}

#[test]
fn shift_jis_csv_reads_every_japanese_form_of_the_spec() {
    let r = report(SJIS);
    assert_eq!(r["rubrics"][0]["as_of"], 2023);
    // 約266万件 … 約303万件 (速報値, status provisional); 令和２年度, 令和3年度, R4, 令和５年度.
    assert_eq!(
        series(&r, "f1.web-access"),
        [
            (2020, 2_660_000.into()),
            (2021, 3_000_000.into()),
            (2022, 4_120_000.into()),
            (2023, 3_030_000.into()),
        ]
    );
    let web = indicator(&r, "f1.web-access");
    assert_eq!(web["series"][3]["provisional"], true);
    assert_eq!(web["series"][0]["note"], "（注）暦年でカウント");
    // ８２.９％, ８５.２％, 89.6%; 令和元年度 = 2019; an empty pending value is no value.
    assert_eq!(
        series(&r, "f1.support-rate"),
        [
            (2019, 82.9.into()),
            (2021, 85.2.into()),
            (2022, 89.6.into()),
            (2023, Value::Null),
        ]
    );
    // 10回, FY2021, 2022年度, ２０回.
    assert_eq!(
        series(&r, "f1.seminars"),
        [
            (2020, 10.into()),
            (2021, 12.into()),
            (2022, 15.into()),
            (2023, 20.into()),
        ]
    );
    // 平成31年度 = 2019; "1,523件" and "1,434" with thousands separators.
    assert_eq!(
        series(&r, "f1.outreach"),
        [
            (2019, 855.into()),
            (2021, 1523.into()),
            (2022, 1434.into()),
            (2023, 2917.into()),
        ]
    );
    assert_eq!(indicator(&r, "f1.guideline")["value"], "achieved");
}

#[test]
fn the_same_data_as_utf8_csv_and_as_xlsx_gives_an_identical_report() {
    let sjis = score(SJIS, &[]);
    assert_eq!(sjis.status, 0, "{}", sjis.stderr);
    for other in [UTF8_BOM, XLSX] {
        let run = score(other, &[]);
        assert_eq!(run.status, 0, "{other}: {}", run.stderr);
        assert_eq!(run.stdout, sjis.stdout, "{other} differs from {SJIS}");
        assert_eq!(run.stderr, sjis.stderr);
    }
    // The table too, not only the JSON.
    let table = |data| polscore(&["score", RUBRIC, "--data", data]).stdout;
    assert_eq!(table(XLSX), table(SJIS));
}

#[test]
fn a_named_sheet_is_read_below_its_title_row() {
    // The sheet 令和4年度 has a title row and a blank row above its header.
    let r = report("tests/fixtures/ministry.xlsx#令和4年度");
    assert_eq!(r["rubrics"][0]["as_of"], 2022);
    assert_eq!(series(&r, "f1.seminars"), [(2022, 15.into())]);
    assert_eq!(series(&r, "f1.support-rate"), [(2022, 89.6.into())]);
}

#[test]
fn a_sheet_that_does_not_exist_is_named_with_the_nearest_one() {
    let run = score("tests/fixtures/ministry.xlsx#令和5年度", &[]);
    assert_eq!(run.status, 2);
    assert!(run.stdout.is_empty());
    insta::assert_snapshot!(run.stderr);
}

#[test]
fn the_encoding_can_be_forced_and_a_wrong_one_says_what_to_do() {
    let detected = score(SJIS, &[]).stdout;
    for name in ["shift_jis", "cp932", "sjis"] {
        let run = score(SJIS, &["--encoding", name]);
        assert_eq!(run.status, 0, "{name}: {}", run.stderr);
        assert_eq!(run.stdout, detected);
    }
    let wrong = score(SJIS, &["--encoding", "utf-8"]);
    assert_eq!(wrong.status, 2);
    assert!(wrong.stdout.is_empty());
    insta::assert_snapshot!("forced_utf8_on_shift_jis", wrong.stderr);

    let unknown = score(SJIS, &["--encoding", "latin1"]);
    assert_eq!(unknown.status, 2);
    assert!(
        unknown.stderr.contains("expected utf-8 or shift_jis"),
        "{}",
        unknown.stderr
    );

    let validate = polscore(&[
        "validate",
        RUBRIC,
        "--data",
        SJIS,
        "--encoding",
        "shift_jis",
    ]);
    assert_eq!(validate.status, 0, "{}", validate.stderr);
    assert!(
        validate.stdout.contains("18 data points"),
        "{}",
        validate.stdout
    );
}

#[test]
fn a_directory_reads_its_csv_and_xlsx_files_and_skips_excel_lock_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root().join(XLSX), dir.path().join("ministry.xlsx")).unwrap();
    // Excel leaves ~$name.xlsx beside a workbook it has open; it is not a workbook.
    std::fs::write(dir.path().join("~$ministry.xlsx"), b"owner").unwrap();
    std::fs::write(dir.path().join("readme.txt"), b"not data").unwrap();
    let run = score(dir.path().to_str().unwrap(), &[]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(run.stdout, score(XLSX, &[]).stdout);

    // With the CSV copy beside it, every row is there twice: both files were read.
    std::fs::copy(root().join(SJIS), dir.path().join("ministry.csv")).unwrap();
    let twice = score(dir.path().to_str().unwrap(), &[]);
    assert_eq!(twice.status, 2);
    assert!(
        twice.stderr.contains("ministry.csv row 6 and ")
            && twice.stderr.contains("ministry.xlsx#実績 row 6"),
        "{}",
        twice.stderr
    );
}

#[test]
fn a_workbook_over_the_size_limit_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.xlsx");
    // A sparse file: 17 MiB long, no disk used, never read.
    std::fs::File::create(&big)
        .unwrap()
        .set_len(17 * 1024 * 1024)
        .unwrap();
    let out = dir.path().join("report.json");
    let run = score(big.to_str().unwrap(), &["--output", out.to_str().unwrap()]);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr
            .contains("is 17.0 MiB, more than the 16 MiB polscore reads"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty());
    assert!(!out.exists(), "no report is written");
}

#[test]
fn a_csv_file_has_no_limit_of_size_or_rows() {
    // More than 16 MiB and more than a million rows, which were refused: blank rows (as a
    // sheet exported with its empty rows, padded), and rows with data at both ends.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.csv");
    let mut text = String::from("indicator,year,value,note\nf1.rate,2021,40%,first\n");
    text.push_str(&",,,             \n".repeat(1_050_000));
    text.push_str("f1.rate,2022,45%,last\n");
    assert!(text.len() > 17 * 1024 * 1024);
    std::fs::write(&path, text).unwrap();
    let run = score_bad(path.to_str().unwrap(), &["--format", "json"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let report: Value = serde_json::from_str(&run.stdout).unwrap();
    let rate = &report["rubrics"][0]["fields"][0]["goals"][0]["indicators"][0];
    assert_eq!(rate["id"], "f1.rate");
    let series = rate["series"].as_array().unwrap();
    assert_eq!(series.len(), 2);
    assert_eq!(series[1]["note"], "last", "the last row is read: {rate}");
}

#[test]
fn a_thousands_separator_left_unquoted_is_an_error_not_a_value() {
    // `1,523` unquoted is two fields, `1` and `523`: the row is not read as the value 1.
    let run = score_bad(
        "tests/bad/data/thousands-unquoted.csv",
        &["--format", "json"],
    );
    assert_eq!(run.status, 2, "{}", run.stdout);
    assert!(
        run.stdout.is_empty(),
        "no report, and no rating of the value 1"
    );
    assert!(
        run.stderr
            .contains("--> tests/bad/data/thousands-unquoted.csv:3:3\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("write it \"1,523\" (in quotes)"),
        "{}",
        run.stderr
    );
    // Quoted, it is the number 1523.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("quoted.csv");
    std::fs::write(
        &path,
        "indicator,year,value,note\nf1.rate,2021,40%,\nf1.rate,2022,\"1,523\",memo\n",
    )
    .unwrap();
    let run = score_bad(path.to_str().unwrap(), &["--format", "json"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let report: Value = serde_json::from_str(&run.stdout).unwrap();
    let rate = &report["rubrics"][0]["fields"][0]["goals"][0]["indicators"][0];
    assert_eq!(rate["series"][1]["value"], 1523);
}

#[test]
fn a_row_may_leave_out_only_an_empty_note_at_its_end() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("short.csv");
    std::fs::write(
        &path,
        "indicator,year,value,note\nf1.rate,2021,40%\nf1.rate,2022,45%,\n",
    )
    .unwrap();
    let run = score_bad(path.to_str().unwrap(), &[]);
    assert_eq!(run.status, 0, "{}", run.stderr);
}

/// `score` with the rubric of the bad data corpus.
fn score_bad(data: &str, extra: &[&str]) -> common::Run {
    let mut args = vec!["score", "tests/bad/data/rubric.toml", "--data", data];
    args.extend_from_slice(extra);
    polscore(&args)
}

#[test]
fn errors_of_all_the_files_are_shown_together_and_counted_in_all() {
    // Three files wrong on every row: 180 errors, of which the first 100 by place are
    // shown, and the summary counts them all.
    let dir = tempfile::tempdir().unwrap();
    for n in 1..=3 {
        let mut text = String::from("indicator,year,value\n");
        for y in 1901..=1960 {
            text.push_str(&format!("f1.rate,{y},about {n}-{y}\n"));
        }
        std::fs::write(dir.path().join(format!("wrong{n}.csv")), text).unwrap();
    }
    let run = score_bad(dir.path().to_str().unwrap(), &[]);
    assert_eq!(run.status, 2);
    assert_eq!(run.stderr.matches("cannot read").count(), 100);
    // wrong1.csv's 60, then wrong2.csv's first 40; the next is wrong2.csv's row 42.
    assert!(run.stderr.contains("about 2-1940") && !run.stderr.contains("about 2-1941"));
    assert!(run.stderr.contains("wrong2.csv:42:3\n"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("error: 80 more errors in the data are not shown; the next is here\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.ends_with("polscore: 180 errors\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn copies_of_a_row_of_another_file_are_each_an_error_naming_the_row_kept() {
    // b.csv repeats a row of a.csv 100,000 times: more than are held before copies are
    // dropped while reading. Each is an error against a.csv's row, the one kept.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.csv"),
        "indicator,year,value\nf1.rate,2023,40\n",
    )
    .unwrap();
    let copies = "f1.rate,2023,45\n".repeat(100_000);
    std::fs::write(
        dir.path().join("b.csv"),
        format!("indicator,year,value\n{copies}"),
    )
    .unwrap();
    let run = score_bad(dir.path().to_str().unwrap(), &[]);
    assert_eq!(run.status, 2);
    let a = format!("{}/a.csv", dir.path().display());
    let b = format!("{}/b.csv", dir.path().display());
    for line in [2, 50, 101] {
        let error = format!(
            "error: indicator `f1.rate` has two rows for 2023: {a} row 2 and {b} row {line}\n"
        );
        assert!(run.stderr.contains(&error), "{error}\n{}", run.stderr);
        assert!(run.stderr.contains(&format!("--> {b}:{line}:1\n")));
    }
    assert!(
        run.stderr.contains(&format!(
            "error: 99,900 more errors in the data are not shown; the next is here\n   --> {b}:102:1\n"
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.ends_with("polscore: 100000 errors\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn bad_data_exits_2_with_a_located_message() {
    insta::glob!("bad/data/*.{csv,xlsx}", |path| {
        let rel = path
            .strip_prefix(root())
            .unwrap()
            .to_str()
            .unwrap()
            .replace('\\', "/");
        let run = polscore(&["score", "tests/bad/data/rubric.toml", "--data", &rel]);
        assert_eq!(run.status, 2, "{rel}: {}", run.stdout);
        // A CSV row is `file:line:column`; a sheet's row is `book.xlsx#Sheet:row:column`.
        assert!(
            run.stderr.contains(&format!("--> {rel}:"))
                || run.stderr.contains(&format!("--> {rel}#")),
            "{rel}: no place in\n{}",
            run.stderr
        );
        assert!(run.stdout.is_empty(), "nothing is printed on error");
        insta::assert_snapshot!(run.stderr);
    });
}

#[test]
fn a_file_wrong_on_every_row_shows_the_first_errors_and_counts_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wrong.csv");
    let mut text = String::from("indicator,year,value\n");
    for y in 1901..=2050 {
        text.push_str(&format!("f1.rate,{y},about {y}\n"));
    }
    std::fs::write(&path, text).unwrap();
    let run = polscore(&[
        "score",
        "tests/bad/data/rubric.toml",
        "--data",
        path.to_str().unwrap(),
    ]);
    assert_eq!(run.status, 2);
    assert_eq!(run.stderr.matches("cannot read").count(), 100);
    // The first by place are shown: rows 2 to 101, years 1901 to 2000; then where the
    // next one is.
    assert!(run.stderr.contains("about 1901") && run.stderr.contains("about 2000"));
    assert!(!run.stderr.contains("about 2001"));
    assert!(run.stderr.contains("wrong.csv:102:3\n"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("error: 50 more errors in the data are not shown; the next is here\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.ends_with("polscore: 150 errors\n"),
        "{}",
        run.stderr
    );
}

/// `polscore score` of the bad data corpus's `file` in `lang`.
fn score_bad_in(file: &str, lang: &str) -> common::Run {
    let rel = format!("tests/bad/data/{file}");
    common::run(
        root(),
        &["score", "tests/bad/data/rubric.toml", "--data", &rel],
        &["--lang", lang],
    )
}

/// The places (`file:line:column`) a run's diagnostics point at.
fn places(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("--> "))
        .collect()
}

/// The lines of a run's diagnostics that a person reads: each message after its `エラー:` or
/// `警告[…]:` (`error:`, `warning[…]:`), each `対処:` (`help:`) and each label after the
/// marks under a line.
fn message_lines<'a>(stderr: &'a str, [error, warning, help]: [&str; 3]) -> Vec<&'a str> {
    let help = format!("= {help}: ");
    let mut out = Vec::new();
    for line in stderr.lines() {
        if line.starts_with(error) || line.starts_with(warning) {
            out.extend(line.split_once(": ").map(|(_, m)| m));
        } else if let Some((_, help)) = line.split_once(&help) {
            out.push(help);
        } else if let Some(marks) = line.trim_start().strip_prefix('|') {
            let marks = marks.trim_start();
            if marks.starts_with(['^', '-']) {
                let label = marks.trim_start_matches(['^', '-']).trim();
                if !label.is_empty() {
                    out.push(label);
                }
            }
        }
    }
    out
}

#[test]
fn every_bad_data_file_is_told_in_japanese_at_the_places_of_the_english() {
    let mut files: Vec<String> = std::fs::read_dir(root().join("tests/bad/data"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".csv") || n.ends_with(".xlsx"))
        .collect();
    files.sort();
    assert!(files.len() >= 50, "{files:?}");
    for file in &files {
        let en = score_bad_in(file, "en");
        let ja = score_bad_in(file, "ja");
        assert_eq!(ja.status, en.status, "{file}");
        assert_eq!(places(&ja.stderr), places(&en.stderr), "{file}");
        let lines = message_lines(&ja.stderr, ["エラー", "警告", "対処"]);
        let english = message_lines(&en.stderr, ["error", "warning", "help"]);
        assert!(!lines.is_empty(), "{file}: no message in\n{}", ja.stderr);
        assert_eq!(
            lines.len(),
            english.len(),
            "{file}:\n{}{}",
            ja.stderr,
            en.stderr
        );
        for (line, english) in lines.into_iter().zip(english) {
            // Not ASCII, and not the English (which may quote a Japanese word).
            assert!(
                !line.is_ascii() && line != english,
                "{file}: left in English: {line}\n{}",
                ja.stderr
            );
        }
    }
}

#[test]
fn bad_data_in_japanese() {
    // A value, a cell of a sheet, a header, a number cut by its comma, a unit and years
    // that overlap: the data readers' kinds of error, as a Japanese evaluator reads them.
    for file in [
        "bad-value.csv",
        "bad-value.xlsx",
        "missing-column.csv",
        "tab-separated.csv",
        "thousands-unquoted-status.csv",
        "wrong-unit.csv",
        "span-overlap.csv",
    ] {
        let run = score_bad_in(file, "ja");
        assert_eq!(run.status, 2, "{file}");
        insta::assert_snapshot!(format!("bad_data_in_japanese@{file}"), run.stderr);
    }
}
