//! Fuzzing, proptest-driven: arbitrary and near-valid input into the value and year parsers,
//! the CSV and workbook readers and rubric loading. Whatever the input, nothing panics, every
//! error names its place, and what is read stays bounded by what was given.
//!
//! In CI each property runs a few hundred cases (a few seconds in all). To fuzz longer, raise
//! the count, e.g. `PROPTEST_CASES=100000 cargo test --release --test fuzz`; the cargo-fuzz
//! targets in fuzz/ (see docs/data-format.md) explore the same entry points with coverage
//! guidance.

use polscore::lang::Lang;
use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};

use polscore::data;
use polscore::data::IdInfo;
use polscore::diag::Diagnostic;
use polscore::rubric;
use polscore::values::{number, year};
use proptest::prelude::*;
use proptest::test_runner::Config;

/// `default` cases, or `PROPTEST_CASES` when set.
fn config(default: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default);
    Config {
        cases,
        // A failure is printed with its minimal input; nothing is written to the tree.
        failure_persistence: None,
        ..Config::default()
    }
}

/// The pieces evaluators' cells are made of, so that generated text reaches deep into the
/// parsers instead of failing at the first character.
const PIECES: &[&str] = &[
    "0",
    "1",
    "2",
    "3",
    "5",
    "9",
    "０",
    "１",
    "２",
    "５",
    "９",
    ",",
    "，",
    ".",
    "．",
    "%",
    "％",
    "約",
    "およそ",
    "千",
    "万",
    "億",
    "件",
    "回",
    "人",
    "-",
    "－",
    "−",
    "+",
    "＋",
    " ",
    "　",
    "令和",
    "平成",
    "昭和",
    "元",
    "年度",
    "年",
    "FY",
    "ｆｙ",
    "R",
    "H",
    "S",
    "r",
    "e",
    "E",
    "inf",
    "NaN",
    "∞",
    "\u{FEFF}",
    "\"",
    "\n",
    "\r\n",
    "\t",
    "達成",
    "済",
    "yes",
    "in_progress",
    "未着手",
    "2023",
    "令和5年度",
    "1,523",
    "85.2%",
    "△",
    "▲",
    ",523",
    "1,",
    "CY",
    "..",
    "～",
    "〜",
    "/",
    "97/192",
    "2021..2023",
    "令和3～5年度",
];

fn pieces(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..max).prop_map(|v| v.concat())
}

fn cell() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), pieces(12)]
}

fn units() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(
        prop_oneof![
            Just("%".to_string()),
            Just("件".to_string()),
            Just("万件".to_string()),
            Just("".to_string()),
            any::<String>(),
        ],
        0..3,
    )
}

/// The ids of tests/bad/data/rubric.toml and tests/fixtures/ministry.toml.
fn ids() -> BTreeMap<String, IdInfo> {
    let mut ids = BTreeMap::new();
    for (id, milestone, unit) in [
        ("f1.rate", false, Some("%")),
        ("f1.election", true, None),
        ("f1.web-access", false, Some("件")),
        ("f1.seminars", false, Some("回")),
        ("f1.outreach", false, Some("件")),
        ("f1.guideline", true, None),
        ("f1.support-rate", false, Some("%")),
    ] {
        ids.insert(
            id.to_string(),
            IdInfo {
                milestone,
                units: unit.map(str::to_string).into_iter().collect(),
                ..IdInfo::default()
            },
        );
    }
    // The ratio, accumulated and calendar-year indicators of tests/bad/data/rubric.toml.
    for (id, unit, ratio, accumulate, calendar) in [
        ("f1.hired", "%", Some(100.0), false, false),
        ("f1.talks", "件", None, true, false),
        ("f1.visits", "人", None, false, true),
    ] {
        let mut info = IdInfo::default();
        info.add(false, Some(unit));
        info.read_as(ratio, accumulate, calendar);
        ids.insert(id.to_string(), info);
    }
    ids
}

/// Every error of a data file names the file and the place in it.
fn all_located(errors: &[Diagnostic]) -> Result<(), TestCaseError> {
    for e in errors {
        prop_assert!(e.location.is_some(), "no place: {}", e.render(Lang::En));
        for lang in Lang::ALL {
            prop_assert!(!e.message.render(lang).is_empty());
        }
    }
    Ok(())
}

/// Reads `read` into fresh rows and checks what comes out: bounded by `max_points`, and
/// every error located.
fn check_rows(
    max_points: usize,
    read: impl FnOnce(&BTreeMap<String, IdInfo>, &mut data::Rows),
) -> Result<(), TestCaseError> {
    let ids = ids();
    let mut rows = data::Rows::default();
    read(&ids, &mut rows);
    match rows.finish(&ids, data::Options::default(), Vec::new()) {
        Ok(loaded) => prop_assert!(loaded.data.len() <= max_points),
        Err(errors) => all_located(&errors)?,
    }
    Ok(())
}

/// A CSV text: a header of known and unknown column names, then rows of cells.
fn csv_text() -> impl Strategy<Value = String> {
    let name = prop::sample::select(
        &[
            "indicator",
            "year",
            "value",
            "note",
            "status",
            "指標",
            "年度",
            "実績値",
            "値",
            "備考",
            "numerator",
            "分子",
            "denominator",
            "分母",
            "extra",
            "",
            // Columns of years, as the book's tables have them.
            "令和3年度",
            "R4",
            "2023",
            "2023年",
            "令和3～5年度",
            "2021..2023",
            "指標名",
        ][..],
    );
    let header = prop_oneof![
        prop::collection::vec(name, 0..7).prop_map(|v| v.join(",")),
        Just("indicator,year,value,status,note".to_string()),
        Just("指標,令和3年度,R4,2023,備考".to_string()),
        Just("indicator,2021..2022,2023,令和5年度,note".to_string()),
    ];
    let id = prop::sample::select(
        &[
            "f1.rate",
            "f1.election",
            "f1.web-access",
            "f1.guideline",
            "f1.hired",
            "f1.talks",
            "f1.visits",
            "f1.rte",
            "",
        ][..],
    );
    let quote = |c: String| {
        if c.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", c.replace('"', "\"\""))
        } else {
            c
        }
    };
    let full = (id.clone(), cell(), cell(), cell(), cell()).prop_map(move |(i, y, v, s, n)| {
        format!("{i},{},{},{},{}", quote(y), quote(v), quote(s), quote(n))
    });
    // Rows of any number of fields, some cells unquoted: the thousands separator left
    // unquoted (`1,523`) and other ragged rows must be errors, never a misread value.
    let ragged = (id, prop::collection::vec(cell(), 0..8))
        .prop_map(|(i, cells)| format!("{i},{}", cells.join(",")));
    let row = prop_oneof![3 => full, 1 => ragged];
    (header, prop::collection::vec(row, 0..12), any::<bool>()).prop_map(|(h, rows, crlf)| {
        let end = if crlf { "\r\n" } else { "\n" };
        let mut text = h;
        for r in rows {
            text.push_str(end);
            text.push_str(&r);
        }
        text
    })
}

proptest! {
    #![proptest_config(config(2000))]

    #[test]
    fn years_never_panic_and_stay_in_range(s in cell()) {
        if let Ok(y) = year::parse(&s) {
            prop_assert!((1900..=2200).contains(&y), "{s:?} -> {y}");
        }
    }

    #[test]
    fn written_years_and_spans_never_panic_and_run_forward(s in cell()) {
        if let Ok(w) = year::written(&s) {
            prop_assert!((1900..=2200).contains(&w.last), "{s:?} -> {w:?}");
            if let Some(first) = w.first {
                prop_assert!((1900..w.last).contains(&first), "{s:?} -> {w:?}");
            }
        }
    }

    #[test]
    fn numbers_never_panic_and_are_finite(s in cell(), units in units()) {
        if let Ok(v) = number::parse(&s, &units) {
            prop_assert!(v.is_finite() && v.abs() <= 1e15, "{s:?} -> {v}");
        }
        let _ = data::MilestoneStatus::parse(&s);
    }

    #[test]
    fn a_number_reads_back_as_itself(x in -1e15f64..1e15) {
        // Rust prints floats without exponent and with the fewest digits that read back.
        prop_assert_eq!(number::parse(&format!("{x}"), &[]), Ok(x));
    }

    // Up to 10^11 万, that is 10^15: the largest value (SPEC §2).
    #[test]
    fn a_grouped_full_width_approximate_count_reads_back(n in 0u64..100_000_000_000, man in any::<bool>()) {
        let digits = n.to_string();
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        let wide: String = grouped
            .chars()
            .map(|c| char::from_u32(c as u32 + 0xFEE0).unwrap())
            .collect();
        let units = vec!["件".to_string()];
        let (suffix, scale) = if man { ("万件", 1e4) } else { ("件", 1.0) };
        let expected = n as f64 * scale;
        prop_assert_eq!(number::parse(&format!("約{grouped}{suffix}"), &units), Ok(expected));
        prop_assert_eq!(number::parse(&format!("およそ{wide}{suffix}"), &units), Ok(expected));
    }

    #[test]
    fn a_year_reads_back_in_every_form(y in 1990i32..=2200) {
        let wide: String = y.to_string().chars().map(|c| char::from_u32(c as u32 + 0xFEE0).unwrap()).collect();
        for form in [y.to_string(), format!("FY{y}"), format!("{y}年度"), wide] {
            prop_assert_eq!(year::parse(&form), Ok(y), "{}", form);
        }
        let (era, letter, n) = if y >= 2019 { ("令和", "R", y - 2018) } else { ("平成", "H", y - 1988) };
        let first = if n == 1 { "元".to_string() } else { n.to_string() };
        prop_assert_eq!(year::parse(&format!("{era}{first}年度")), Ok(y));
        prop_assert_eq!(year::parse(&format!("{letter}{n}")), Ok(y));
        for form in [format!("{y}年"), format!("CY{y}"), format!("{era}{first}年")] {
            prop_assert_eq!(year::parse(&form), Ok(y), "{}", form);
        }
    }

    #[test]
    fn a_span_reads_back_in_every_form(y in 2020i32..=2200, len in 1i32..5) {
        let (first, last) = (y - len, y);
        let era = |y: i32| if y == 2019 { "元".to_string() } else { (y - 2018).to_string() };
        for form in [
            format!("{first}..{last}"),
            format!("{first}～{last}"),
            format!("令和{}～{}年度", era(first), era(last)),
            format!("令和{}年度～令和{}年度", era(first), era(last)),
        ] {
            let w = year::written(&form).map(|w| (w.first, w.last));
            if first >= 2019 {
                prop_assert_eq!(w, Ok((Some(first), last)), "{}", form);
            }
        }
    }
}

proptest! {
    #![proptest_config(config(400))]

    #[test]
    fn csv_text_never_panics(text in prop_oneof![csv_text(), any::<String>()]) {
        // A row of a table with a column per year gives a point per field.
        let lines = text.split(['\n', '\r']).count();
        let fields = text.matches(',').count() + 1;
        check_rows(lines * fields, |ids, rows| data::read_csv("f.csv", &text, ids, rows))?;
    }

    #[test]
    fn csv_bytes_in_any_encoding_never_panic(bytes in prop_oneof![
        prop::collection::vec(any::<u8>(), 0..400),
        csv_text().prop_map(|t| encoding_rs::SHIFT_JIS.encode(&t).0.into_owned()),
    ]) {
        let lines = bytes.iter().filter(|&&b| b == b'\n' || b == b'\r').count() + 1;
        let lines = lines * (bytes.iter().filter(|&&b| b == b',').count() + 1);
        for forced in [None, Some(data::Encoding::Utf8), Some(data::Encoding::ShiftJis)] {
            check_rows(lines, |ids, rows| data::read_csv_bytes("f.csv", &bytes, forced, ids, rows))?;
        }
    }

    #[test]
    fn rubric_text_never_panics(text in prop_oneof![any::<String>(), rubric_edit()]) {
        let _ = rubric::parse("r.toml", &text);
    }

    /// However long the line an error is on (a report or a rubric written on one line), the
    /// message shows a window of it: no rendered line is much wider than a terminal.
    #[test]
    fn an_error_on_a_huge_line_shows_a_window_of_it(
        before in pieces(40),
        filler in prop::sample::select(&["x", "長", "\u{1b}", " "][..]),
        repeat in 1_000usize..20_000,
        after in pieces(40),
    ) {
        let text = format!(
            "schema = 1\ntitle = \"{before}{}{after}\" oops\n",
            filler.repeat(repeat)
        );
        if let Err(errors) = rubric::parse("r.toml", &text) {
            for e in &errors {
                for line in Lang::ALL.iter().flat_map(|&lang| e.render(lang).lines().map(String::from).collect::<Vec<_>>()) {
                    prop_assert!(line.chars().count() <= 400, "{} chars", line.chars().count());
                }
            }
        }
    }
}

/// The parts of the fixture workbook, as (name, bytes).
fn workbook_parts() -> Vec<(String, Vec<u8>)> {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/ministry.xlsx"
    ))
    .unwrap();
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut part = zip.by_index(i).unwrap();
            let mut content = Vec::new();
            part.read_to_end(&mut content).unwrap();
            (part.name().unwrap().to_string(), content)
        })
        .collect()
}

fn zip_parts(parts: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, content) in parts {
        out.start_file(name.as_str(), options).unwrap();
        out.write_all(content).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// XML fragments that break or bend a workbook part in the ways a reader must survive.
const XML_PIECES: &[&str] = &[
    "<",
    ">",
    "/>",
    "\"",
    "=",
    " ",
    "&amp;",
    "&#0;",
    "&#xFFFFFF;",
    "<c r=\"A1\">",
    "<c r=\"XFD1048576\" t=\"s\">",
    "<c r=\"ZZZZ9\">",
    "<v>",
    "</v>",
    "<v>99999999</v>",
    "<v>-1</v>",
    "<v>1e400</v>",
    "<v>NaN</v>",
    "t=\"s\"",
    "t=\"e\"",
    "t=\"b\"",
    "t=\"d\"",
    "t=\"str\"",
    "t=\"inlineStr\"",
    "s=\"1\"",
    "s=\"999\"",
    "<row r=\"0\">",
    "<row r=\"4294967295\">",
    "</row>",
    "<f>SUM(A1)</f>",
    "<is><t>x</t></is>",
    "<numFmt numFmtId=\"164\" formatCode=\"0.0%\"/>",
    "numFmtId=\"9\"",
    "<si><t>指標</t></si>",
    "<sheet name=\"\" sheetId=\"1\" r:id=\"rId1\"/>",
    "state=\"hidden\"",
    "<dimension ref=\"A1:XFD1048576\"/>",
];

/// A change to the text of a part: at a position (fraction of the length), remove some
/// bytes and insert some pieces.
fn xml_edit() -> impl Strategy<Value = (f64, usize, String)> {
    (
        0.0f64..1.0,
        0usize..40,
        prop::collection::vec(prop::sample::select(XML_PIECES), 0..4).prop_map(|v| v.concat()),
    )
}

fn apply(content: &mut Vec<u8>, (at, remove, insert): &(f64, usize, String)) {
    let start = ((content.len() as f64) * at) as usize;
    let end = (start + remove).min(content.len());
    content.splice(start..end, insert.bytes());
}

/// A valid rubric with a few text edits, to reach the checks past TOML syntax.
fn rubric_edit() -> impl Strategy<Value = String> {
    let base = include_str!("fixtures/ministry.toml");
    let piece = prop::sample::select(
        &[
            "",
            "=",
            "\"",
            "[[field]]\n",
            "[[field.goal.indicator]]\n",
            "kind = \"target\"\n",
            "target = 1e400\n",
            "target = nan\n",
            "target_year = 99999999999\n",
            "baseline = { year = 2020, value = -1 }\n",
            "path = \"geometric\"\n",
            "id = \"f1\"\n",
            "due = -1\n",
            "weight = inf\n",
            "schema = 2\n",
            "unit = \"\"\n",
            "[scoring]\nexceeded = -1\n",
            "accumulate = true\n",
            "period = [2030, 2020]\n",
            "\n",
            "#",
            "]",
            "{",
        ][..],
    );
    prop::collection::vec((0.0f64..1.0, 0usize..30, piece), 1..5).prop_map(move |edits| {
        let mut text = base.as_bytes().to_vec();
        for (at, remove, insert) in edits {
            apply(&mut text, &(at, remove, insert.to_string()));
        }
        String::from_utf8_lossy(&text).into_owned()
    })
}

proptest! {
    #![proptest_config(config(300))]

    #[test]
    fn a_damaged_workbook_never_panics(
        part in 0usize..16,
        edits in prop::collection::vec(xml_edit(), 1..4),
        sheet in prop::option::of(prop::sample::select(&["実績", "令和4年度", "none"][..])),
    ) {
        let mut parts = workbook_parts();
        let index = part % parts.len();
        for edit in &edits {
            apply(&mut parts[index].1, edit);
        }
        let bytes = zip_parts(&parts);
        match sheet {
            None => check_rows(100, |ids, rows| data::read_workbook("book.xlsx", &bytes, None, ids, rows))?,
            // A sheet named on the command line that the workbook lacks is an error about
            // the argument, with no place in the file: only the absence of panics is checked.
            Some(name) => {
                let ids = ids();
                let mut rows = data::Rows::default();
                data::read_workbook("book.xlsx", &bytes, Some(name), &ids, &mut rows);
                let _ = rows.finish(&ids, data::Options::default(), Vec::new());
            }
        }
    }

    #[test]
    fn damaged_workbook_bytes_never_panic(
        flips in prop::collection::vec((0.0f64..1.0, any::<u8>()), 0..8),
        cut in prop::option::of(0.0f64..1.0),
    ) {
        let mut bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/ministry.xlsx")).unwrap();
        for (at, b) in flips {
            let i = ((bytes.len() as f64) * at) as usize;
            if let Some(x) = bytes.get_mut(i) {
                *x = b;
            }
        }
        if let Some(at) = cut {
            bytes.truncate(((bytes.len() as f64) * at) as usize);
        }
        check_rows(100, |ids, rows| data::read_workbook("book.xlsx", &bytes, None, ids, rows))?;
    }
}

/// A cell of a table with a column per year: a value in a form of SPEC §2, a status word in
/// place of one, nothing, or something wrong.
fn year_cell() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(
            &[
                "", "", "40", "45%", "８５.２％", "1,523", "約266万", "△5", "達成", "in_progress",
                "97/192", "pending", "na", "中止", "provisional", "12件", "abc", "1e5",
            ][..],
        )
        .prop_map(str::to_string),
        1 => pieces(4),
    ]
}

/// The same table in both layouts: (the table with a column per year, the long one). The
/// ids are known ones: a row of an unknown id is an error even without values, which the
/// long table, with no row for it, does not have.
fn both_layouts() -> impl Strategy<Value = (String, String)> {
    let id = prop::sample::select(
        &[
            "f1.rate",
            "f1.election",
            "f1.hired",
            "f1.talks",
            "f1.visits",
        ][..],
    );
    let row = (
        id,
        prop::collection::vec(year_cell(), 3),
        prop::sample::select(&["", "メモ", "192名中97名"][..]),
    );
    prop::collection::vec(row, 0..8).prop_map(|rows| {
        let quote = |c: &str| {
            if c.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", c.replace('"', "\"\""))
            } else {
                c.to_string()
            }
        };
        let years = ["令和3年度", "R4", "令和5～6年度"];
        let mut wide = format!("指標,{},備考\n", years.join(","));
        let mut long = String::from("indicator,year,value,status,note\n");
        let statuses = ["pending", "na", "中止", "provisional"];
        for (id, cells, note) in rows {
            let quoted: Vec<String> = cells.iter().map(|c| quote(c)).collect();
            wide.push_str(&format!("{id},{},{note}\n", quoted.join(",")));
            for (year, cell) in years.iter().zip(&cells) {
                if cell.trim().is_empty() {
                    continue;
                }
                let (value, status) = if statuses.contains(&cell.trim()) {
                    (String::new(), cell.trim())
                } else {
                    (quote(cell), "")
                };
                long.push_str(&format!("{id},{year},{value},{status},{note}\n"));
            }
        }
        (wide, long)
    })
}

proptest! {
    #![proptest_config(config(300))]

    /// A table with a column per year reads as the long table it stands for: the same
    /// points, or as many errors.
    #[test]
    fn a_table_with_a_column_per_year_reads_as_the_long_one((wide, long) in both_layouts()) {
        let ids = ids();
        let read = |text: &str| {
            let mut rows = data::Rows::default();
            data::read_csv("f.csv", text, &ids, &mut rows);
            rows.finish(&ids, data::Options::default(), Vec::new())
        };
        match (read(&wide), read(&long)) {
            (Ok(w), Ok(l)) => {
                for id in ids.keys() {
                    let points = |d: &data::DataSet| -> Vec<_> {
                        d.series(id).unwrap_or(&[]).iter().map(|(y, p)| {
                            (*y, p.value, p.status, p.extras.clone())
                        }).collect()
                    };
                    prop_assert_eq!(points(&w.data), points(&l.data), "{}", id);
                }
                prop_assert_eq!(w.warnings.len(), l.warnings.len());
            }
            (Err(w), Err(l)) => {
                all_located(&w)?;
                let count = |e: &[Diagnostic]| e.iter().map(Diagnostic::count).sum::<usize>();
                prop_assert_eq!(count(&w), count(&l), "{:?}\n{:?}", w, l);
            }
            (w, l) => prop_assert!(false, "one layout reads, the other does not:\n{:?}\n{:?}", w, l),
        }
    }
}
