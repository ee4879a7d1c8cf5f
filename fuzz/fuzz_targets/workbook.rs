//! Any bytes as an .xlsx workbook. Seed the corpus with real workbooks, e.g.
//! `mkdir -p corpus/workbook && cp ../tests/fixtures/*.xlsx ../tests/bad/data/*.xlsx corpus/workbook/`.
#![no_main]

use std::collections::BTreeMap;

use libfuzzer_sys::fuzz_target;
use polscore::data;
use polscore::data::IdInfo;

fuzz_target!(|bytes: &[u8]| {
    let mut ids = BTreeMap::new();
    ids.insert(
        "f1.rate".to_string(),
        IdInfo {
            milestone: false,
            units: vec!["%".into()],
        },
    );
    ids.insert(
        "f1.seminars".to_string(),
        IdInfo {
            milestone: false,
            units: vec!["回".into()],
        },
    );
    let mut rows = data::Rows::default();
    data::read_workbook("book.xlsx", bytes, None, &ids, &mut rows);
    if let Err(errors) = rows.finish(&ids, data::Options::default(), Vec::new()) {
        assert!(errors.iter().all(|e| e.location.is_some()));
    }
});
