//! `polscore template` for Excel users: the CSV with a byte order mark and the name in its
//! own column, the workbook protected but for the cells to fill in, with drop-down lists,
//! and both scoring once filled, on the shipped seed rubric.

mod common;

use std::collections::BTreeSet;
use std::io::Read;
use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook};
use common::{polscore, polscore_en, polscore_in, root};

const SEED: &str = "rubrics/mofa-2024-peace.toml";
const HEADER: [&str; 7] = [
    "indicator",
    "name",
    "unit",
    "year",
    "value",
    "status",
    "note",
];

/// The seed's milestone indicators, from its own report.
fn milestones() -> BTreeSet<String> {
    let report = common::score_json_in(root(), &[SEED, "--data", "inputs/"]);
    let mut ids = BTreeSet::new();
    for f in report["rubrics"][0]["fields"].as_array().unwrap() {
        for g in f["goals"].as_array().unwrap() {
            for i in g["indicators"].as_array().unwrap() {
                if i["kind"] == "milestone" {
                    ids.insert(i["id"].as_str().unwrap().to_string());
                }
            }
        }
    }
    assert!(ids.len() >= 10, "{ids:?}");
    ids
}

#[test]
fn the_csv_template_has_a_byte_order_mark_and_a_name_column() {
    let run = polscore(&["template", SEED]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    // Excel reads a CSV without a byte order mark in the local code page (Shift_JIS).
    let text = run
        .stdout
        .strip_prefix('\u{feff}')
        .expect("a byte order mark");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], HEADER.join(","));
    assert_eq!(
        lines[1],
        "f1.thinktank-outreach,我が国シンクタンクによる戦略的対外発信・政策提言の実施,件,2021,,,"
    );
    // The seed's period is 2021..2023: three rows an indicator, notes left to the evaluator.
    assert_eq!((lines.len() - 1) % 3, 0);
    assert!(lines.iter().skip(1).all(|l| l.ends_with(",,,")), "{text}");
}

#[test]
fn the_filled_csv_template_scores() {
    let run = polscore(&["template", SEED]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let milestones = milestones();
    let mut rdr = csv::Reader::from_reader(run.stdout.as_bytes());
    let mut w = csv::Writer::from_writer(vec![]);
    w.write_record(HEADER).unwrap();
    for record in rdr.records() {
        let mut cells: Vec<String> = record.unwrap().iter().map(str::to_string).collect();
        cells[4] = if milestones.contains(&cells[0]) {
            "実施中".into()
        } else {
            // With its unit column saying otherwise: the unit column is not read.
            cells[2] = "%".into();
            "12".into()
        };
        w.write_record(&cells).unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    // The byte order mark back in front, as Excel saves `CSV UTF-8`.
    let mut filled = "\u{feff}".as_bytes().to_vec();
    filled.extend(w.into_inner().unwrap());
    std::fs::write(dir.path().join("filled.csv"), filled).unwrap();
    let rubric = root().join(SEED);
    let report = common::score_json_in(
        dir.path(),
        &[rubric.to_str().unwrap(), "--data", "filled.csv"],
    );
    assert_eq!(report["rubrics"][0]["as_of"], 2023);
    assert_ne!(report["rubrics"][0]["rating"], "no_data");
}

#[test]
fn the_csv_template_shows_hostile_names_escaped_and_unformulaic() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("r.toml"),
        r#"schema = 1
[policy]
id = "p"
title = "t"
period = [2024, 2024]
[[field]]
id = "f"
title = "f"
[[field.goal]]
id = "f.g"
text = "g"
[[field.goal.indicator]]
id = "-x"
name = "=1+1 \u001b]0;pwned\u0007 件数"
kind = "target"
unit = "件"
target = 5
"#,
    )
    .unwrap();
    let run = polscore_in(dir.path(), &["template", "r.toml"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(!run.stdout.contains('\u{1b}'), "{:?}", run.stdout);
    // The name is text for people: escaped, and never a formula; so is the id, which the
    // data reader reads back (see the test below).
    assert!(
        run.stdout
            .contains("'-x,'=1+1 \\u{1b}]0;pwned\\u{7} 件数,件,2024,,,\n"),
        "{:?}",
        run.stdout
    );
}

#[test]
fn ids_that_look_like_formulas_are_guarded_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let indicator = |id: &str| {
        format!(
            "[[field.goal.indicator]]\nid = \"{id}\"\nname = \"n\"\nkind = \"target\"\nunit = \"件\"\ntarget = 5\n"
        )
    };
    let rubric = format!(
        "schema = 1\n[policy]\nid = \"p\"\ntitle = \"t\"\nperiod = [2024, 2024]\n[[field]]\nid = \"f\"\ntitle = \"f\"\n[[field.goal]]\nid = \"f.g\"\ntext = \"g\"\n{}{}",
        indicator("=cmd|calc!A0"),
        indicator("-y")
    );
    std::fs::write(dir.path().join("r.toml"), rubric).unwrap();
    let run = polscore_in(dir.path(), &["template", "r.toml"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let rows: Vec<&str> = run.stdout.lines().skip(1).collect();
    assert_eq!(rows, ["'=cmd|calc!A0,n,件,2024,,,", "'-y,n,件,2024,,,"]);
    // Filled in as a person would, in the cells left empty, and scored.
    let filled = run.stdout.replace(",2024,,,", ",2024,7,,");
    std::fs::write(dir.path().join("filled.csv"), filled).unwrap();
    let report = common::score_json_in(dir.path(), &["r.toml", "--data", "filled.csv"]);
    let indicators = &report["rubrics"][0]["fields"][0]["goals"][0]["indicators"];
    for (i, id) in ["=cmd|calc!A0", "-y"].into_iter().enumerate() {
        assert_eq!(indicators[i]["id"], id);
        assert_eq!(indicators[i]["value"], 7.0, "{id}: {report}");
    }
}

/// Reads a part of the workbook's archive as text.
fn part(path: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// Whether the cell at `reference` (`E2`) is locked when the sheet is protected: its style's
/// `<protection locked="0"/>` opens it, anything else (no style, no protection) locks it.
fn locked(sheet: &roxmltree::Document, styles: &roxmltree::Document, reference: &str) -> bool {
    let cell = sheet
        .descendants()
        .find(|n| n.has_tag_name("c") && n.attribute("r") == Some(reference));
    let style: usize = cell
        .and_then(|c| c.attribute("s"))
        .map_or(0, |s| s.parse().unwrap());
    let xfs = styles
        .descendants()
        .find(|n| n.has_tag_name("cellXfs"))
        .unwrap();
    let xf = xfs
        .children()
        .filter(|n| n.has_tag_name("xf"))
        .nth(style)
        .unwrap();
    !xf.children()
        .any(|p| p.has_tag_name("protection") && p.attribute("locked") == Some("0"))
}

/// `E5:E7` → the sheet rows 5..=7.
fn rows_of(sqref: &str) -> std::ops::RangeInclusive<u32> {
    let row = |cell: &str| -> u32 {
        cell.trim_start_matches(char::is_alphabetic)
            .parse()
            .unwrap()
    };
    let (a, b) = sqref.split_once(':').unwrap_or((sqref, sqref));
    row(a)..=row(b)
}

#[test]
fn the_workbook_template_is_protected_with_drop_downs_and_scores_once_filled() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("book.xlsx");
    let rubric = root().join(SEED);
    // The format follows from the file's extension.
    let run = polscore(&[
        "template",
        rubric.to_str().unwrap(),
        "--output",
        book.to_str().unwrap(),
    ]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stdout.is_empty());

    // The cells, as a reader sees them.
    let mut wb: Xlsx<_> = open_workbook(&book).unwrap();
    assert_eq!(wb.sheet_names(), ["data"]);
    let range = wb.worksheet_range("data").unwrap();
    let rows: Vec<Vec<Data>> = range.rows().map(<[Data]>::to_vec).collect();
    let header: Vec<String> = rows[0].iter().map(|d| d.to_string()).collect();
    assert_eq!(header, HEADER);
    assert_eq!(
        rows[1][..4],
        [
            Data::String("f1.thinktank-outreach".into()),
            Data::String("我が国シンクタンクによる戦略的対外発信・政策提言の実施".into()),
            Data::String("件".into()),
            Data::Float(2021.0),
        ]
    );
    let csv = polscore(&["template", SEED]).stdout;
    assert_eq!(rows.len(), csv.lines().count(), "the same rows as the CSV");

    // Protected: the id, name, unit and year locked, the value, status and note open.
    let sheet_xml = part(&book, "xl/worksheets/sheet1.xml");
    let styles_xml = part(&book, "xl/styles.xml");
    let sheet = roxmltree::Document::parse(&sheet_xml).unwrap();
    let styles = roxmltree::Document::parse(&styles_xml).unwrap();
    let protection = sheet
        .descendants()
        .find(|n| n.has_tag_name("sheetProtection"))
        .expect("the sheet is protected");
    assert_eq!(protection.attribute("sheet"), Some("1"));
    for cell in ["A2", "B2", "C2", "D2", "A1", "E1"] {
        assert!(locked(&sheet, &styles, cell), "{cell} is open");
    }
    for cell in ["E2", "F2", "G2"] {
        assert!(!locked(&sheet, &styles, cell), "{cell} is locked");
    }

    // Drop-downs: every status cell, and the value cells of exactly the milestones.
    let milestones = milestones();
    let mut status_rows = BTreeSet::new();
    let mut value_rows = BTreeSet::new();
    for v in sheet
        .descendants()
        .filter(|n| n.has_tag_name("dataValidation"))
    {
        assert_eq!(v.attribute("type"), Some("list"));
        let list = v
            .children()
            .find(|n| n.has_tag_name("formula1"))
            .and_then(|f| f.text())
            .unwrap();
        for sqref in v.attribute("sqref").unwrap().split(' ') {
            let column = sqref.chars().next().unwrap();
            match column {
                'F' => {
                    assert_eq!(list, "\"公表予定,未実施,該当なし,速報値\"");
                    status_rows.extend(rows_of(sqref));
                }
                'E' => {
                    assert_eq!(list, "\"達成,実施中,未着手\"");
                    value_rows.extend(rows_of(sqref));
                }
                _ => panic!("a drop-down in {sqref}"),
            }
        }
    }
    let last = u32::try_from(rows.len()).unwrap();
    assert_eq!(status_rows, (2..=last).collect());
    let milestone_rows: BTreeSet<u32> = (2..=last)
        .filter(|&r| milestones.contains(&rows[r as usize - 1][0].to_string()))
        .collect();
    assert_eq!(value_rows, milestone_rows);

    // As it is, unfilled, it reads: every indicator without data.
    let run = polscore(&[
        "score",
        SEED,
        "--data",
        book.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(run.status, 0, "{}", run.stderr);

    // Filled as an evaluator would: the same cells, with figures, a milestone's word from
    // its list, and a status from its list.
    let filled = dir.path().join("filled.xlsx");
    let mut out = rust_xlsxwriter::Workbook::new();
    let ws = out.add_worksheet();
    ws.set_name("data").unwrap();
    for (r, row) in (0u32..).zip(&rows) {
        for (c, cell) in (0u16..).zip(row) {
            match cell {
                Data::String(s) => ws.write_string(r, c, s).map(|_| ()).unwrap(),
                Data::Float(f) => ws.write_number(r, c, *f).map(|_| ()).unwrap(),
                Data::Empty => {}
                other => panic!("{other:?} in the template"),
            }
        }
        if r == 0 {
            continue;
        }
        let id = row[0].to_string();
        let Data::Float(year) = row[3] else {
            panic!("{:?} as a year", row[3])
        };
        if milestones.contains(&id) {
            ws.write_string(r, 4, "達成").unwrap();
        } else if id == "f6.un-japanese-staff" && year == 2023.0 {
            ws.write_string(r, 5, "公表予定").unwrap();
        } else {
            ws.write_number(r, 4, 40.0 + year - 2020.0).unwrap();
        }
    }
    out.save(&filled).unwrap();
    let report = common::score_json_in(root(), &[SEED, "--data", filled.to_str().unwrap()]);
    let policy = &report["rubrics"][0];
    assert_eq!(policy["as_of"], 2023);
    assert_ne!(policy["rating"], "no_data");
    let staff = policy["fields"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["goals"].as_array().unwrap())
        .flat_map(|g| g["indicators"].as_array().unwrap())
        .find(|i| i["id"] == "f6.un-japanese-staff")
        .unwrap();
    let series = staff["series"].as_array().unwrap();
    let y2023 = series.iter().find(|p| p["year"] == 2023).unwrap();
    assert_eq!(y2023["status"], "pending", "{y2023}");
    assert!(y2023["value"].is_null());
}

#[test]
fn a_workbook_goes_to_standard_output_only_when_it_is_not_a_terminal() {
    // Piped (as here) or redirected, the bytes are written: a zip archive.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_polscore"))
        .args(["template", SEED, "--format", "xlsx"])
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.starts_with(b"PK\x03\x04"));
    // `--output -` is standard output too, whatever the extension would say.
    let run = polscore(&["template", SEED, "--output", "-"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("\u{feff}indicator,"));
    assert!(!root().join("-").exists());

    // On a terminal, an error that says how to get the file. `script` gives the program a
    // terminal; where it cannot (no `script`, no pseudo-terminals), this part is left out.
    let in_terminal = |command: &str| {
        std::process::Command::new("script")
            .args(["-qec", command, "/dev/null"])
            .current_dir(root())
            .output()
            .ok()
    };
    if !in_terminal("test -t 1").is_some_and(|o| o.status.success()) {
        return;
    }
    let bin = env!("CARGO_BIN_EXE_polscore");
    let out = in_terminal(&format!("{bin} template {SEED} --format xlsx --lang en")).unwrap();
    let shown = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{shown}");
    assert!(
        shown.contains("a workbook is not written to a terminal"),
        "{shown}"
    );
    assert!(shown.contains("--output book.xlsx"), "{shown}");
    assert!(!shown.contains("PK"), "{shown}");
}

#[test]
fn a_workbook_never_replaces_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("book.xlsx");
    std::fs::write(&book, "kept").unwrap();
    let run = polscore_en(&["template", SEED, "--output", book.to_str().unwrap()]);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr.contains("never replaces a file"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read_to_string(&book).unwrap(), "kept");
}
