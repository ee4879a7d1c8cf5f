//! What the largest workload costs at the least: the steps that any program scoring these
//! files and writing a report like polscore's must take, each done alone, with no checks and
//! no model built, on the same thread pool as `score`:
//!
//!     cargo run --release --example floors -- target/bench/large [RUNS]
//!
//! - read the rubric files;
//! - their TOML syntax: tokens and grammar, with `toml_parser` (what the `toml` crate is
//!   built on) and no document built;
//! - read the data files and split them into CSV records;
//! - write the workload's `report.json` (left by scripts/bench.py) again, into the file
//!   emptied beforehand, as the shell's `>` empties it before `score` starts.
//!
//! Medians of RUNS (default 5). Set against `examples/phases`, they show how much of each
//! step of `score` is the bytes, and how much is polscore's work on them.

#[path = "shared/medians.rs"]
mod medians;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("usage: floors WORKLOAD_DIR [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(5).max(1);
    let report = match std::fs::read(dir.join("report.json")) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!(
                "floors: {}: {e}; run scripts/bench.py first",
                dir.join("report.json").display()
            );
            std::process::exit(2);
        }
    };
    let rubrics = files(&dir.join("rubrics"));
    let data = files(&dir.join("data"));
    let mut times: [Vec<Duration>; 4] = Default::default();
    for _ in 0..runs {
        let start = Instant::now();
        let texts: Vec<String> = rubrics
            .par_iter()
            .map(|p| std::fs::read_to_string(p).expect("a rubric file reads"))
            .collect();
        times[0].push(start.elapsed());

        let start = Instant::now();
        let tokens: usize = texts.par_iter().map(|t| syntax(t)).sum();
        times[1].push(start.elapsed());
        std::hint::black_box(tokens);

        let start = Instant::now();
        let records: usize = data.par_iter().map(|p| split_csv(p)).sum();
        times[2].push(start.elapsed());
        std::hint::black_box(records);

        let mut file = std::fs::File::create(dir.join("report.json")).expect("the report opens");
        let start = Instant::now();
        file.write_all(&report).expect("the report writes");
        drop(file);
        times[3].push(start.elapsed());
    }
    let steps = [
        "read the rubric files",
        "TOML syntax of the rubrics (tokens and grammar, no document)",
        "read the data files, split into CSV records",
        "write the report into its emptied file",
    ];
    medians::print(&steps, times.into(), runs);
}

/// The files of a directory, in order of name.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .collect();
    paths.sort();
    paths
}

/// Lexes and parses a TOML text, building nothing; the number of tokens.
fn syntax(text: &str) -> usize {
    struct Nothing;
    impl toml_parser::parser::EventReceiver for Nothing {}
    let tokens = toml_parser::Source::new(text).lex().into_vec();
    let mut errors: Vec<toml_parser::ParseError> = Vec::new();
    toml_parser::parser::parse_document(&tokens, &mut Nothing, &mut errors);
    assert!(errors.is_empty(), "the generated rubrics are valid TOML");
    tokens.len()
}

/// Reads a CSV file and splits it into records; the number of records.
fn split_csv(path: &Path) -> usize {
    let bytes = std::fs::read(path).expect("a data file reads");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(&bytes[..]);
    let mut record = csv::ByteRecord::new();
    let mut n = 0;
    while reader
        .read_byte_record(&mut record)
        .expect("the generated data is valid CSV")
    {
        n += 1;
    }
    n
}
