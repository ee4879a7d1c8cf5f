//! Which files a run reads, and where its output goes: each input read once however it is
//! named, a sheet named with `#` in it, and `--output`/`--junit` that never replace an input
//! or something that is not a regular file, write through symbolic links, and leave nothing
//! behind when the run is interrupted (SPEC §4).

mod common;

use std::path::Path;

use common::{polscore_in, root};

const RUBRIC: &str = "examples/peace.toml";
const DATA: &str = "examples/peace.csv";

/// A directory holding `d/a.csv`, a copy of the example's data.
fn data_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("d")).unwrap();
    std::fs::copy(root().join(DATA), dir.path().join("d/a.csv")).unwrap();
    std::fs::copy(root().join(RUBRIC), dir.path().join("r.toml")).unwrap();
    dir
}

fn score_in(dir: &Path, args: &[&str]) -> common::Run {
    let mut all = vec!["score"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "json"]);
    polscore_in(dir, &all)
}

#[test]
fn a_data_file_named_twice_is_read_once() {
    let dir = data_dir();
    let once = score_in(dir.path(), &["r.toml", "--data", "d/a.csv"]);
    assert_eq!(once.status, 0, "{}", once.stderr);
    for twice in [
        &["--data", "d/", "--data", "d/a.csv"][..],
        &["--data", "d/a.csv", "./d/a.csv"],
        &["--data", "d/a.csv", "d/../d/a.csv", "d"],
    ] {
        let mut args = vec!["r.toml"];
        args.extend_from_slice(twice);
        let run = score_in(dir.path(), &args);
        assert_eq!(run.status, 0, "{twice:?}: {}", run.stderr);
        assert_eq!(run.stdout, once.stdout, "{twice:?}");
        assert_eq!(run.stderr, once.stderr, "{twice:?}");
    }
}

#[cfg(unix)]
#[test]
fn a_data_file_and_a_link_to_it_are_read_once() {
    let dir = data_dir();
    std::os::unix::fs::symlink("d/a.csv", dir.path().join("link.csv")).unwrap();
    let once = score_in(dir.path(), &["r.toml", "--data", "d/a.csv"]);
    let run = score_in(dir.path(), &["r.toml", "--data", "link.csv", "d/"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(run.stdout, once.stdout);
}

#[test]
fn a_rubric_named_twice_is_read_once() {
    let dir = data_dir();
    std::fs::create_dir(dir.path().join("rubrics")).unwrap();
    std::fs::rename(dir.path().join("r.toml"), dir.path().join("rubrics/r.toml")).unwrap();
    let once = score_in(dir.path(), &["rubrics/r.toml", "--data", "d/"]);
    assert_eq!(once.status, 0, "{}", once.stderr);
    let twice = score_in(
        dir.path(),
        &[
            "rubrics/",
            "./rubrics/r.toml",
            "rubrics/r.toml",
            "--data",
            "d/",
        ],
    );
    assert_eq!(twice.status, 0, "{}", twice.stderr);
    assert_eq!(twice.stdout, once.stdout);
    let validate = polscore_in(dir.path(), &["validate", "rubrics/", "rubrics/r.toml"]);
    assert_eq!(validate.status, 0, "{}", validate.stderr);
}

/// `tests/fixtures/ministry.xlsx` with its second sheet, 令和4年度, renamed `name`.
fn workbook_with_sheet_named(name: &str, to: &Path) {
    use std::io::{Read, Write};
    let bytes = std::fs::read(root().join("tests/fixtures/ministry.xlsx")).unwrap();
    let mut from = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::fs::File::create(to).unwrap());
    for i in 0..from.len() {
        let mut entry = from.by_index(i).unwrap();
        let path = entry.name().unwrap().to_string();
        let mut content = Vec::new();
        entry.read_to_end(&mut content).unwrap();
        if path == "xl/workbook.xml" {
            let xml = String::from_utf8(content).unwrap();
            assert!(xml.contains("\"令和4年度\""));
            content = xml
                .replace("\"令和4年度\"", &format!("\"{name}\""))
                .into_bytes();
        }
        out.start_file(path, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&content).unwrap();
    }
    out.finish().unwrap();
}

#[test]
fn a_sheet_with_a_hash_in_its_name_can_be_chosen() {
    let dir = tempfile::tempdir().unwrap();
    for file in ["ministry.toml", "ministry.xlsx"] {
        std::fs::copy(
            root().join("tests/fixtures").join(file),
            dir.path().join(file),
        )
        .unwrap();
    }
    let expected = score_in(
        dir.path(),
        &["ministry.toml", "--data", "ministry.xlsx#令和4年度"],
    );
    assert_eq!(expected.status, 0, "{}", expected.stderr);
    // Excel allows `#` in a sheet's name; the book's name is cut at its extension, in any case.
    workbook_with_sheet_named("R4#東京#2", &dir.path().join("Book.XLSX"));
    let run = score_in(
        dir.path(),
        &["ministry.toml", "--data", "Book.XLSX#R4#東京#2"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(run.stdout, expected.stdout);
    // `explain` tells the sheet from an indicator id the same way.
    let explain = polscore_in(
        dir.path(),
        &[
            "explain",
            "ministry.toml",
            "--data",
            "Book.XLSX#R4#東京#2",
            "f1.seminars",
        ],
    );
    assert_eq!(explain.status, 0, "{}", explain.stderr);
}
