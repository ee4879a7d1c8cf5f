//! Any text as a year, a number (with and without units) and a milestone status.
#![no_main]

use libfuzzer_sys::fuzz_target;
use polscore::data::parse;

fuzz_target!(|text: &str| {
    if let Ok(y) = parse::parse_year(text) {
        assert!((1900..=2200).contains(&y));
    }
    for units in [&[][..], &["件".to_string(), "%".to_string()][..]] {
        if let Ok(v) = parse::parse_number(text, units) {
            assert!(v.is_finite());
        }
    }
    let _ = parse::parse_milestone(text);
});
