use std::io::{Cursor, Read, Write};

use super::*;

/// The test workbook with `edit` made to the text of its first sheet.
fn edited(edit: impl Fn(&str) -> String) -> Vec<u8> {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/ministry.xlsx"
    ))
    .unwrap();
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).unwrap();
        let name = part.name().unwrap().to_string();
        let mut content = Vec::new();
        part.read_to_end(&mut content).unwrap();
        if name == "xl/worksheets/sheet1.xml" {
            content = edit(std::str::from_utf8(&content).unwrap()).into_bytes();
        }
        out.start_file(name.as_str(), options).unwrap();
        out.write_all(&content).unwrap();
    }
    out.finish().unwrap().into_inner()
}

#[test]
fn a_workbook_that_makes_its_reader_panic_is_an_error_at_its_start() {
    // A cell reference of fourteen letters is a column past 26^14: calamine 0.38 computes it
    // in a u32, which overflows (a panic where overflow is checked, as in tests).
    let bytes = edited(|xml| xml.replacen(" r=\"A", " r=\"AAAAAAAAAAAAAA", 1));
    let mut rows = Rows::default();
    read_workbook("book.xlsx", &bytes, None, &Catalogue::new(), &mut rows);
    let errors: Vec<&Diagnostic> = rows.found_errors().kept().collect();
    assert!(!errors.is_empty());
    // Where overflow wraps (a release build), calamine reads on and another error may come.
    if cfg!(debug_assertions) {
        assert_eq!(
            errors[0].message.to_string(),
            "cannot read the workbook book.xlsx: it is damaged"
        );
        assert_eq!(errors[0].location, Some(at_start("book.xlsx")));
    }
}

#[test]
fn a_panic_is_contained_and_what_follows_runs_as_before() {
    assert_eq!(contained(|| panic!("inside")), Err(()));
    assert_eq!(contained(|| {}), Ok(()));
    // The panic of a thread that is not reading a workbook is still a panic.
    assert!(std::thread::spawn(|| panic!("outside")).join().is_err());
}
