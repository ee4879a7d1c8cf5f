//! Running the real binary from the project root, so that paths in its output are relative
//! and the same on every machine.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

pub struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn polscore(args: &[&str]) -> Run {
    polscore_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

pub fn polscore_in(dir: &Path, args: &[&str]) -> Run {
    run(dir, args, &[])
}

/// `polscore ARGS... --lang en`: for the tests that read messages in English (a test that
/// gives `--lang` itself keeps its own).
pub fn polscore_en(args: &[&str]) -> Run {
    polscore_en_in(root(), args)
}

pub fn polscore_en_in(dir: &Path, args: &[&str]) -> Run {
    run(dir, args, &["--lang", "en"])
}

/// The binary run in `dir` with `args` then `extra`, without the caller's `POLSCORE_LANG`:
/// the language is the default (`ja`) unless a test gives it.
pub fn run(dir: &Path, args: &[&str], extra: &[&str]) -> Run {
    let out: Output = Command::new(env!("CARGO_BIN_EXE_polscore"))
        .args(args)
        .args(if args.contains(&"--lang") { &[] } else { extra })
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env_remove("POLSCORE_LANG")
        .env("COLUMNS", "120")
        .output()
        .expect("the polscore binary runs");
    Run {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `polscore score ARGS... --format json`, run in `dir`: the report, parsed, once the run is
/// known to have succeeded.
pub fn score_json_in(dir: &Path, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["score"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "json"]);
    let run = polscore_in(dir, &all);
    assert_eq!(run.status, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("the report is JSON")
}
