//! Any bytes as a CSV data file, in the detected encoding and in each forced one: long and
//! year-column layouts alike (the layout is told from the header), with ids that read as a
//! percentage, a ratio, an accumulated count (span rows), a calendar-year series and a
//! milestone.
#![no_main]

use libfuzzer_sys::fuzz_target;
use polscore::data;

#[path = "ids.rs"]
mod ids;

fuzz_target!(|bytes: &[u8]| {
    let ids = ids::catalogue();
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
