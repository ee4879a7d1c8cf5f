//! Any text as a rubric. Seed the corpus with `cp ../rubrics/*.toml ../examples/*.toml corpus/rubric/`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = polscore::rubric::parse("r.toml", text);
});
