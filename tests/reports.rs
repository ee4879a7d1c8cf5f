//! The human and spreadsheet reports (Markdown, CSV, HTML, the table), end to end: reviewed
//! snapshots of every format in both languages, byte-for-byte determinism whatever the order
//! of rows and files, atomic `--output`, and the promises each format makes (a self-contained
//! HTML page, a CSV with a row per policy, field, goal and indicator, well-formed Markdown tables, no colour off a
//! terminal).

mod common;

use std::path::Path;

use common::{polscore, polscore_en, polscore_in, root};

const FORMATS: [&str; 5] = ["markdown", "csv", "html", "table", "json"];

/// The inputs the snapshots are taken on: the shipped seed evaluation and the example.
const SEED: [&str; 3] = ["rubrics/", "--data", "inputs/"];
const EXAMPLE: [&str; 3] = ["examples/peace.toml", "--data", "examples/peace.csv"];

fn score(inputs: &[&str], format: &str, lang: &str) -> String {
    let mut args = vec!["score"];
    args.extend_from_slice(inputs);
    args.extend_from_slice(&["--format", format, "--lang", lang]);
    let run = polscore(&args);
    assert_eq!(run.status, 0, "{format} {lang}: {}", run.stderr);
    run.stdout
}

#[test]
fn every_format_in_both_languages_on_the_seed_and_the_example() {
    for (set, inputs) in [("seed", SEED), ("example", EXAMPLE)] {
        for format in ["markdown", "csv", "html", "table"] {
            // The example's table is snapshotted in tests/cli.rs.
            if set == "example" && format == "table" {
                continue;
            }
            for lang in ["ja", "en"] {
                let out = score(&inputs, format, lang);
                insta::assert_snapshot!(format!("{set}_{format}_{lang}"), out);
            }
        }
    }
}

#[test]
fn labels_and_texts_follow_the_language() {
    for format in ["markdown", "csv", "html", "table"] {
        let ja = score(&EXAMPLE, format, "ja");
        let en = score(&EXAMPLE, format, "en");
        // Japanese by default.
        assert_eq!(
            ja,
            {
                let mut args = vec!["score"];
                args.extend_from_slice(&EXAMPLE);
                args.extend_from_slice(&["--format", format]);
                polscore(&args).stdout
            },
            "{format}: ja is the default"
        );
        // A rating label and a rubric text in each language.
        assert!(ja.contains("相当程度進展あり"), "{format} ja");
        assert!(ja.contains("平和構築"), "{format} ja");
        assert!(en.contains("Substantial progress"), "{format} en");
        assert!(en.contains("peacebuilding"), "{format} en");
        assert!(
            !en.contains("相当程度進展あり"),
            "{format}: a Japanese label in en"
        );
        assert!(!en.contains("平和構築"), "{format}: a Japanese text in en");
    }
}

/// A deterministic shuffle (an LCG driving Fisher–Yates), so that a failure can be replayed.
fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut state = seed;
    for i in (1..items.len()).rev() {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let j = ((state >> 33) % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
}

/// Writes the rows of `csv` shuffled into three files, and returns their names.
fn split_shuffled(csv: &Path, dir: &Path, seed: u64) -> Vec<String> {
    let text = std::fs::read_to_string(csv).unwrap();
    let mut lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
    let header = lines.remove(0);
    shuffle(&mut lines, seed);
    let names = ["c.csv", "a.csv", "b.csv"];
    let per = lines.len().div_ceil(names.len());
    for (name, chunk) in names.iter().zip(lines.chunks(per)) {
        std::fs::write(dir.join(name), format!("{header}\n{}\n", chunk.join("\n"))).unwrap();
    }
    names.iter().map(|n| n.to_string()).collect()
}

#[test]
fn shuffled_rows_and_files_give_identical_bytes_in_every_format() {
    for (rubric, data) in [
        ("rubrics/", "inputs/mofa-2024-peace.csv"),
        ("examples/peace.toml", "examples/peace.csv"),
    ] {
        let rubric = root().join(rubric);
        let rubric = rubric.to_str().unwrap();
        let original = root().join(data);
        let dir = tempfile::tempdir().unwrap();
        for format in FORMATS {
            for lang in ["ja", "en"] {
                let run = |data: &[&str]| {
                    let mut args = vec!["score", rubric];
                    for d in data {
                        args.extend_from_slice(&["--data", d]);
                    }
                    args.extend_from_slice(&["--format", format, "--lang", lang]);
                    let run = polscore_in(dir.path(), &args);
                    assert_eq!(run.status, 0, "{format}: {}", run.stderr);
                    run.stdout
                };
                let expected = run(&[original.to_str().unwrap()]);
                for seed in [1, 2] {
                    let names = split_shuffled(&original, dir.path(), seed);
                    let names: Vec<&str> = names.iter().map(String::as_str).collect();
                    let mut reversed = names.clone();
                    reversed.reverse();
                    for files in [names.clone(), reversed, vec!["."]] {
                        assert!(
                            run(&files) == expected,
                            "{data} {format} {lang}: rows shuffled (seed {seed}) into {files:?} \
                             change the report"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn output_is_atomic_in_every_format_and_a_failed_run_keeps_the_old_report() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["markdown", "csv", "html", "table"] {
        let out = dir.path().join(format!("report.{format}"));
        let out_s = out.to_str().unwrap();
        let mut args = vec!["score"];
        args.extend_from_slice(&EXAMPLE);
        args.extend_from_slice(&["--format", format, "--output", out_s]);
        let run = polscore(&args);
        assert_eq!(run.status, 0, "{format}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "{format}: nothing on stdout");
        let first = std::fs::read(&out).unwrap();
        // Written to a file, the report is what standard output would have shown.
        let mut piped = vec!["score"];
        piped.extend_from_slice(&EXAMPLE);
        piped.extend_from_slice(&["--format", format]);
        assert_eq!(first, polscore(&piped).stdout.as_bytes(), "{format}");
        // A run that fails on bad data leaves the report as it was.
        let run = polscore(&[
            "score",
            "tests/bad/data/rubric.toml",
            "--data",
            "tests/bad/data/bad-value.csv",
            "--format",
            format,
            "--output",
            out_s,
        ]);
        assert_eq!(run.status, 2);
        assert_eq!(std::fs::read(&out).unwrap(), first, "{format}");
    }
    // No temporary file is left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 4);
}

#[test]
fn an_output_that_is_a_directory_fails_and_leaves_no_trace() {
    // The output path is a directory, which the final rename would fail onto: it is refused
    // before anything is written (SPEC §4). The run fails with a message naming the path,
    // and the directory and its contents are left as they were.
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("report.html");
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("keep.txt"), "old").unwrap();
    let mut args = vec!["score"];
    args.extend_from_slice(&EXAMPLE);
    args.extend_from_slice(&["--format", "html", "--output", target.to_str().unwrap()]);
    let run = polscore_en(&args);
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("is a directory") && run.stderr.contains("report.html"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    assert_eq!(
        std::fs::read_to_string(target.join("keep.txt")).unwrap(),
        "old"
    );
}

#[test]
fn a_killed_write_never_leaves_half_a_report() {
    // Runs that are killed at different moments while writing the seed's HTML report over the
    // example's: the file must always be one of the two reports, whole.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.html");
    let out_s = out.to_str().unwrap();
    let mut args = vec!["score"];
    args.extend_from_slice(&EXAMPLE);
    args.extend_from_slice(&["--format", "html", "--output", out_s]);
    assert_eq!(polscore(&args).status, 0);
    let old = std::fs::read(&out).unwrap();
    let started = std::time::Instant::now();
    let new = score(&SEED, "html", "ja").into_bytes();
    // Kill points spread over a whole run, from the start to near its end.
    let run_ms = started.elapsed().as_millis() as u64;
    for delay_ms in (0..10).map(|k| run_ms * k / 10) {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_polscore"))
            .args(["score", "rubrics/", "--data", "inputs/", "--format", "html"])
            .args(["--output", out_s])
            .current_dir(root())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read(&out).unwrap();
        assert!(
            now == old || now == new,
            "killed after {delay_ms} ms: the report is neither the old nor the new one \
             ({} bytes)",
            now.len()
        );
    }
}

#[test]
fn the_html_page_is_self_contained() {
    for (inputs, lang) in [(SEED, "ja"), (EXAMPLE, "en")] {
        let html = score(&inputs, "html", lang);
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\""), "{lang}");
        assert!(html.ends_with("</html>\n"));
        // Nothing is fetched: no script, no link, no image, no stylesheet import, no URL but
        // the SVG namespace (a name, never fetched).
        let lower = html.to_lowercase();
        for banned in [
            "<script", "<link", "<img", "<iframe", "@import", "url(", " src=", " href=",
        ] {
            assert!(!lower.contains(banned), "{lang}: `{banned}` in the page");
        }
        let urls = lower.matches("http").count();
        let namespaces = lower
            .matches("xmlns=\"http://www.w3.org/2000/svg\"")
            .count();
        assert_eq!(
            urls, namespaces,
            "{lang}: a URL other than the SVG namespace"
        );
        assert!(namespaces > 0, "{lang}: no chart");
    }
}

#[test]
fn every_indicator_has_a_chart_with_its_target_and_a_badge_with_text() {
    let html = score(&EXAMPLE, "html", "ja");
    // 8 indicators, each with a value: 8 charts.
    assert_eq!(html.matches("<svg xmlns=").count(), 8);
    // The five target indicators draw a dashed target line (and a key for it).
    assert_eq!(
        html.matches(r##"fill="none" stroke="#111827" stroke-width="1.5" stroke-dasharray="5 3""##)
            .count(),
        5 // the target indicators: two employment rates, the hires, the staff count, ISTC
    );
    // The staff count's path starts at its baseline (2020, 918) and rises to the target year.
    let staff = html
        .split("<figure")
        .find(|c| c.starts_with(" class=\"card\">\n<figcaption><code>f2.un-japanese-staff<"))
        .unwrap();
    assert!(staff.contains("<rect "), "the baseline marker");
    assert!(
        staff.contains(">2025</text>"),
        "the target year on the axis"
    );
    // A badge always carries its label.
    assert!(html.contains(r#"<span class="badge r-progressing">相当程度進展あり</span>"#));
    assert!(html.contains(r#"<span class="badge r-no_data">データなし</span>"#));
}

/// Every node of a JSON report in tree order: (level, id, rating, achievement).
fn nodes_of(json: &serde_json::Value) -> Vec<(&'static str, String, String, Option<f64>)> {
    let items = |v: &serde_json::Value, key: &str| v[key].as_array().unwrap().clone();
    let node = |level, v: &serde_json::Value| {
        (
            level,
            v["id"].as_str().unwrap().to_string(),
            v["rating"].as_str().unwrap().to_string(),
            v["achievement"].as_f64(),
        )
    };
    let mut out = Vec::new();
    for r in items(json, "rubrics") {
        out.push(node("policy", &r));
        for f in items(&r, "fields") {
            out.push(node("field", &f));
            for g in items(&f, "goals") {
                out.push(node("goal", &g));
                for i in items(&g, "indicators") {
                    out.push(node("indicator", &i));
                }
            }
        }
    }
    out
}

#[test]
fn the_csv_has_a_row_per_policy_field_goal_and_indicator_with_full_precision() {
    let json: serde_json::Value = serde_json::from_str(&score(&SEED, "json", "ja")).expect("JSON");
    let nodes = nodes_of(&json);
    for lang in ["ja", "en"] {
        let csv = score(&SEED, "csv", lang);
        let body = csv
            .strip_prefix('\u{feff}')
            .expect("a byte order mark for Excel");
        let mut reader = csv::Reader::from_reader(body.as_bytes());
        let header = reader.headers().unwrap().clone();
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
        assert_eq!(rows.len(), nodes.len(), "{lang}");
        // level, policy_id, policy, field_id, field, goal_id, goal, indicator_id, …
        let id_column = |level| match level {
            "policy" => 1,
            "field" => 3,
            "goal" => 5,
            _ => 7,
        };
        for (row, (level, id, rating, achievement)) in rows.iter().zip(&nodes) {
            assert_eq!(row.len(), header.len());
            assert_eq!(&row[0], *level, "{lang}: rows in tree order");
            assert_eq!(&row[id_column(level)], id);
            // The ids of the levels below are empty.
            for below in (id_column(level) + 2..=7).step_by(2) {
                assert_eq!(&row[below], "", "{lang}: {id}");
            }
            assert_eq!(&row[18], rating, "{lang}: {id}");
            // The achievement reads back as the JSON's number, unrounded.
            match achievement {
                Some(a) => assert_eq!(row[16].parse::<f64>().unwrap(), *a),
                None => assert_eq!(&row[16], ""),
            }
            if *level != "indicator" {
                // kind, unit, value … achievement, outlook … note: only an indicator's.
                for i in [9, 10, 12, 13, 14, 15, 16, 19, 20, 21, 22, 23] {
                    assert_eq!(&row[i], "", "{lang}: {id}, column {}", &header[i]);
                }
            }
        }
        assert_eq!(&rows[0][18], "met", "the policy's headline rating");
    }
}

#[test]
fn markdown_tables_are_well_formed() {
    for (inputs, lang) in [(SEED, "ja"), (SEED, "en"), (EXAMPLE, "ja")] {
        let md = score(&inputs, "markdown", lang);
        let mut columns = None;
        for line in md.lines() {
            if !line.starts_with('|') {
                columns = None;
                continue;
            }
            // Cells are split by the pipes that are not escaped.
            let cells = line.replace("\\|", "").matches('|').count() - 1;
            match columns {
                None => columns = Some(cells),
                Some(n) => assert_eq!(cells, n, "{lang}: a row of another width: {line}"),
            }
        }
    }
}

#[test]
fn no_colour_off_a_terminal() {
    for format in FORMATS {
        let mut args = vec!["score"];
        args.extend_from_slice(&EXAMPLE);
        args.extend_from_slice(&["--format", format]);
        let run = polscore(&args);
        assert!(!run.stdout.contains('\x1b'), "{format}: colour in a pipe");
    }
}
