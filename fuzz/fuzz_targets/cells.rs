//! Any text as a year, a number (with and without units) and a milestone status.
#![no_main]

use libfuzzer_sys::fuzz_target;
use polscore::data::MilestoneStatus;
use polscore::values::{number, year};

fuzz_target!(|text: &str| {
    if let Ok(y) = year::parse(text) {
        assert!(year::RANGE.contains(&y));
    }
    for units in [&[][..], &["件".to_string(), "%".to_string()][..]] {
        if let Ok(v) = number::parse(text, units) {
            assert!(v.is_finite());
        }
    }
    let _ = MilestoneStatus::parse(text);
});
