//! Which files a run reads, and where its output goes: each input read once however it is
//! named, a sheet named with `#` in it, and `--output`/`--junit` that never replace an input
//! or something that is not a regular file, write through symbolic links, and leave nothing
//! behind when the run is interrupted (SPEC §4).

mod common;

use std::path::Path;

use common::{polscore_en_in as polscore_in, root};

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

#[test]
fn a_sheet_named_by_default_and_by_name_is_read_once() {
    let dir = tempfile::tempdir().unwrap();
    for file in ["ministry.toml", "ministry.xlsx"] {
        std::fs::copy(
            root().join("tests/fixtures").join(file),
            dir.path().join(file),
        )
        .unwrap();
    }
    let once = score_in(dir.path(), &["ministry.toml", "--data", "ministry.xlsx"]);
    assert_eq!(once.status, 0, "{}", once.stderr);
    // 実績 is the workbook's first sheet, the one read when none is named.
    for twice in [
        ["ministry.xlsx", "ministry.xlsx#実績"],
        ["ministry.xlsx#実績", "ministry.xlsx"],
        ["./ministry.xlsx#実績", "."],
    ] {
        let run = score_in(
            dir.path(),
            &["ministry.toml", "--data", twice[0], "--data", twice[1]],
        );
        assert_eq!(run.status, 0, "{twice:?}: {}", run.stderr);
        assert_eq!(run.stdout, once.stdout, "{twice:?}");
    }
}

/// `d/a.csv` and `r.toml` as in `data_dir`, and `baseline.json` scored from them.
fn with_baseline() -> tempfile::TempDir {
    let dir = data_dir();
    let run = polscore_in(
        dir.path(),
        &[
            "score",
            "r.toml",
            "--data",
            "d/",
            "--format",
            "json",
            "--output",
            "baseline.json",
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    dir
}

/// The bytes of every file under `dir`, by path: a run that fails must leave them alike.
fn snapshot_of(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            let meta = std::fs::symlink_metadata(&path).unwrap();
            if meta.is_dir() {
                stack.push(path);
            } else if meta.is_file() {
                out.push((path.clone(), std::fs::read(&path).unwrap()));
            } else {
                out.push((path.clone(), Vec::new()));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn output_never_replaces_an_input_however_it_is_named() {
    let dir = with_baseline();
    let before = snapshot_of(dir.path());
    let score = |output: &str, data: &str| {
        polscore_in(
            dir.path(),
            &["score", "r.toml", "--data", data, "--output", output],
        )
    };
    let check = |junit: &str| {
        polscore_in(
            dir.path(),
            &[
                "check",
                "r.toml",
                "--data",
                "d/",
                "--baseline",
                "baseline.json",
                "--junit",
                junit,
            ],
        )
    };
    let runs = [
        (
            "score --data d/a.csv --output d/a.csv",
            score("d/a.csv", "d/a.csv"),
        ),
        (
            "score --data d/ --output ./d/a.csv",
            score("./d/a.csv", "d/"),
        ),
        (
            "score --data d/ --output d/../d/a.csv",
            score("d/../d/a.csv", "d"),
        ),
        ("score --output r.toml", score("r.toml", "d/")),
        ("check --junit baseline.json", check("baseline.json")),
        ("check --junit d/a.csv", check("d/a.csv")),
    ];
    let mut messages = String::new();
    for (what, run) in runs {
        assert_eq!(run.status, 2, "{what}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "{what}: {}", run.stdout);
        messages.push_str(&format!("$ {what}\n{}\n", run.stderr));
    }
    assert_eq!(snapshot_of(dir.path()), before);
    insta::assert_snapshot!(messages);
}

#[cfg(unix)]
#[test]
fn output_never_replaces_an_input_through_a_link() {
    let dir = with_baseline();
    std::os::unix::fs::symlink("d/a.csv", dir.path().join("report.csv")).unwrap();
    std::fs::hard_link(dir.path().join("r.toml"), dir.path().join("hard.toml")).unwrap();
    let before = snapshot_of(dir.path());
    for output in ["report.csv", "hard.toml"] {
        let run = polscore_in(
            dir.path(),
            &["score", "r.toml", "--data", "d/", "--output", output],
        );
        assert_eq!(run.status, 2, "{output}: {}", run.stderr);
        assert!(run.stderr.contains("of this run"), "{}", run.stderr);
    }
    assert_eq!(snapshot_of(dir.path()), before);
    assert!(
        std::fs::symlink_metadata(dir.path().join("report.csv"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success());
}

#[cfg(unix)]
#[test]
fn output_never_replaces_what_is_not_a_regular_file() {
    use std::os::unix::fs::FileTypeExt;
    let dir = with_baseline();
    mkfifo(&dir.path().join("fifo"));
    std::fs::create_dir(dir.path().join("out")).unwrap();
    // A link to a device: the device stays, and so does the link.
    std::os::unix::fs::symlink("/dev/null", dir.path().join("null")).unwrap();
    let before = snapshot_of(dir.path());
    let mut messages = String::new();
    for output in ["fifo", "out", "out/", "null"] {
        let score = polscore_in(
            dir.path(),
            &["score", "r.toml", "--data", "d/", "--output", output],
        );
        let check = polscore_in(
            dir.path(),
            &[
                "check",
                "r.toml",
                "--data",
                "d/",
                "--baseline",
                "baseline.json",
                "--junit",
                output,
            ],
        );
        let schema = polscore_in(dir.path(), &["schema", "--output", output]);
        for (what, run) in [("score", score), ("check", check), ("schema", schema)] {
            assert_eq!(run.status, 2, "{what} {output}: {}", run.stderr);
            assert!(run.stdout.is_empty(), "{what} {output}: {}", run.stdout);
            if what != "schema" {
                messages.push_str(&format!("$ {what} … {output}\n{}\n", run.stderr));
            }
        }
    }
    assert_eq!(snapshot_of(dir.path()), before);
    let kind = |name: &str| {
        std::fs::symlink_metadata(dir.path().join(name))
            .unwrap()
            .file_type()
    };
    assert!(kind("fifo").is_fifo());
    assert!(kind("out").is_dir());
    assert!(kind("null").is_symlink());
    assert!(
        std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );
    insta::assert_snapshot!(messages);
}

#[test]
fn output_into_a_directory_that_does_not_exist_names_it() {
    let dir = with_baseline();
    std::fs::write(dir.path().join("plain"), "a file, not a directory").unwrap();
    let before = snapshot_of(dir.path());
    for (output, wrong) in [
        (
            "missing/report.json",
            "the directory missing does not exist",
        ),
        ("plain/report.json", "plain is not a directory"),
    ] {
        let runs = [
            (
                "score",
                vec!["score", "r.toml", "--data", "d/", "--output", output],
            ),
            (
                "check",
                vec![
                    "check",
                    "r.toml",
                    "--data",
                    "d/",
                    "--baseline",
                    "baseline.json",
                    "--junit",
                    output,
                ],
            ),
            ("schema", vec!["schema", "--output", output]),
            ("template", vec!["template", "r.toml", "--output", output]),
        ];
        for (what, args) in runs {
            let run = polscore_in(dir.path(), &args);
            assert_eq!(run.status, 2, "{what} {output}: {}", run.stderr);
            // The path as given, and what is wrong with its directory; never the name of
            // a temporary file.
            assert!(
                run.stderr.contains(output) && run.stderr.contains(wrong),
                "{what} {output}: {}",
                run.stderr
            );
            assert!(!run.stderr.contains(".polscore-"), "{what}: {}", run.stderr);
        }
    }
    assert!(!dir.path().join("missing").exists());
    assert_eq!(snapshot_of(dir.path()), before);
}

#[test]
fn a_dash_is_standard_output() {
    let dir = with_baseline();
    let plain = polscore_in(dir.path(), &["score", "r.toml", "--data", "d/"]);
    let dash = polscore_in(
        dir.path(),
        &["score", "r.toml", "--data", "d/", "--output", "-"],
    );
    assert_eq!(dash.status, 0, "{}", dash.stderr);
    assert!(!plain.stdout.is_empty());
    assert_eq!(dash.stdout, plain.stdout);
    assert_eq!(dash.stderr, plain.stderr);

    let schema = polscore_in(dir.path(), &["schema"]);
    let schema_dash = polscore_in(dir.path(), &["schema", "--output", "-"]);
    assert_eq!(schema_dash.status, 0, "{}", schema_dash.stderr);
    assert_eq!(schema_dash.stdout, schema.stdout);

    let template = polscore_in(dir.path(), &["template", "r.toml"]);
    let template_dash = polscore_in(dir.path(), &["template", "r.toml", "--output", "-"]);
    assert_eq!(template_dash.status, 0, "{}", template_dash.stderr);
    assert_eq!(template_dash.stdout, template.stdout);

    // `--junit -`: the XML has standard output to itself, the listing goes to standard error.
    let check = |junit: &[&str]| {
        let mut args = vec![
            "check",
            "r.toml",
            "--data",
            "d/",
            "--baseline",
            "baseline.json",
        ];
        args.extend_from_slice(junit);
        polscore_in(dir.path(), &args)
    };
    let to_file = check(&["--junit", "junit.xml"]);
    assert_eq!(to_file.status, 0, "{}", to_file.stderr);
    let to_stdout = check(&["--junit", "-"]);
    assert_eq!(to_stdout.status, 0, "{}", to_stdout.stderr);
    assert_eq!(
        to_stdout.stdout,
        std::fs::read_to_string(dir.path().join("junit.xml")).unwrap()
    );
    assert!(
        to_stdout.stdout.starts_with("<?xml"),
        "{}",
        to_stdout.stdout
    );
    assert_eq!(
        to_stdout.stderr,
        format!("{}{}", to_file.stderr, to_file.stdout)
    );

    // No file named `-` was made by any of them.
    assert!(!dir.path().join("-").exists());
}

#[cfg(unix)]
#[test]
fn output_writes_through_a_symbolic_link_and_keeps_it() {
    let dir = with_baseline();
    std::fs::create_dir(dir.path().join("site")).unwrap();
    std::fs::write(dir.path().join("site/report.json"), "old\n").unwrap();
    std::os::unix::fs::symlink("site/report.json", dir.path().join("latest.json")).unwrap();
    // A link whose target does not exist yet makes the target, as `>` does.
    std::os::unix::fs::symlink("site/new.json", dir.path().join("new.json")).unwrap();
    let expected = std::fs::read_to_string(dir.path().join("baseline.json")).unwrap();
    for link in ["latest.json", "new.json"] {
        let run = polscore_in(
            dir.path(),
            &[
                "score", "r.toml", "--data", "d/", "--format", "json", "--output", link,
            ],
        );
        assert_eq!(run.status, 0, "{link}: {}", run.stderr);
        let meta = std::fs::symlink_metadata(dir.path().join(link)).unwrap();
        assert!(meta.file_type().is_symlink(), "{link} is no longer a link");
        assert_eq!(
            std::fs::read_to_string(dir.path().join(link)).unwrap(),
            expected
        );
    }
    assert_eq!(
        std::fs::read_to_string(dir.path().join("site/report.json")).unwrap(),
        expected
    );
    // The temporary file was made beside the target, and is gone.
    let mut names: Vec<String> = std::fs::read_dir(dir.path().join("site"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["new.json", "report.json"]);
}

/// A rubric of `indicators` target indicators (50 to a goal) and ten years of data for each,
/// in `dir`: enough for the JSON report to take a while to write.
#[cfg(unix)]
fn large_workload(dir: &Path, indicators: usize) {
    use std::fmt::Write as _;
    let mut rubric = String::from(
        "schema = 1\n\n[policy]\nid = \"large\"\ntitle = \"大きな施策\"\nperiod = [2020, 2024]\n",
    );
    let mut data = String::from("indicator,year,value\n");
    for i in 0..indicators {
        if i % 50 == 0 {
            let g = i / 50;
            write!(
                rubric,
                "\n[[field]]\nid = \"f{g}\"\ntitle = \"分野 {g}\"\n\n\
                 [[field.goal]]\nid = \"f{g}.g\"\ntext = \"目標 {g}\"\n"
            )
            .unwrap();
        }
        write!(
            rubric,
            "\n[[field.goal.indicator]]\nid = \"i{i}\"\nname = \"指標 {i}\"\nkind = \"target\"\n\
             unit = \"件\"\ndirection = \"at_least\"\ntarget = {}\n",
            100 + i % 37
        )
        .unwrap();
        for year in 2015..2025 {
            writeln!(data, "i{i},{year},{}", 60 + (i * 7 + year as usize) % 80).unwrap();
        }
    }
    std::fs::write(dir.join("large.toml"), rubric).unwrap();
    std::fs::write(dir.join("large.csv"), data).unwrap();
}

/// The temporary files of polscore in `dir`.
#[cfg(unix)]
fn temporary_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".polscore-"))
        .collect()
}

#[cfg(unix)]
#[test]
fn a_signal_during_a_write_leaves_no_temporary_file_and_the_old_report() {
    use std::os::unix::process::ExitStatusExt;
    use std::process::{Command, Stdio};
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.json");
    let old = b"{\"the previous report\": true}\n";
    // Each round makes the workload larger, until the signal lands while the temporary
    // file is there: no timing is assumed, only that a larger report takes longer.
    let mut indicators = 4000;
    let mut caught = Vec::new();
    'signals: for (signal, number) in [("TERM", 15), ("INT", 2)] {
        for _round in 0..5 {
            large_workload(dir.path(), indicators);
            std::fs::write(&out, old).unwrap();
            let mut child = Command::new(env!("CARGO_BIN_EXE_polscore"))
                .args([
                    "score",
                    "large.toml",
                    "--data",
                    "large.csv",
                    "--format",
                    "json",
                    "--output",
                    "report.json",
                ])
                .current_dir(dir.path())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            // Wait for the temporary file, or for the run to end without one seen.
            let seen = loop {
                if !temporary_files(dir.path()).is_empty() {
                    break true;
                }
                if child.try_wait().unwrap().is_some() {
                    break false;
                }
                std::thread::sleep(std::time::Duration::from_millis(1));
            };
            if seen {
                let kill = Command::new("kill")
                    .args(["-s", signal, &child.id().to_string()])
                    .status()
                    .unwrap();
                assert!(kill.success());
            }
            let status = child.wait().unwrap();
            assert_eq!(temporary_files(dir.path()), Vec::<String>::new());
            let now = std::fs::read(&out).unwrap();
            if seen && status.signal() == Some(number) && now == old {
                caught.push(signal);
                continue 'signals;
            }
            // Too quick: the run ended, or renamed its report, before the signal came. The
            // report is then whole.
            serde_json::from_slice::<serde_json::Value>(&now).expect("a whole report");
            indicators *= 2;
        }
        panic!("SIG{signal} never came while the report was being written");
    }
    assert_eq!(caught, ["TERM", "INT"]);
}
