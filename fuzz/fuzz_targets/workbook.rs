//! Any bytes as an .xlsx workbook. Seed the corpus with real workbooks, e.g.
//! `mkdir -p corpus/workbook && cp ../tests/fixtures/*.xlsx ../tests/bad/data/*.xlsx corpus/workbook/`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use polscore::data;

#[path = "ids.rs"]
mod ids;

fuzz_target!(|bytes: &[u8]| {
    let ids = ids::catalogue();
    let mut rows = data::Rows::default();
    data::read_workbook("book.xlsx", bytes, None, &ids, &mut rows);
    if let Err(errors) = rows.finish(&ids, data::Options::default(), Vec::new()) {
        assert!(errors.iter().all(|e| e.location.is_some()));
    }
});
