//! Any bytes as a CSV data file, in the detected encoding and in each forced one.
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
        "f1.election".to_string(),
        IdInfo {
            milestone: true,
            units: vec![],
        },
    );
    for forced in [
        None,
        Some(data::Encoding::Utf8),
        Some(data::Encoding::ShiftJis),
    ] {
        let mut rows = data::Rows::default();
        data::read_csv_bytes("f.csv", bytes, forced, &ids, &mut rows);
        if let Err(errors) = rows.finish(&ids, data::Options::default(), Vec::new()) {
            assert!(errors.iter().all(|e| e.location.is_some()));
        }
    }
});
