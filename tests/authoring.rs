//! Writing rubrics: the diagnostics of broken rubrics (syntax, schema, semantics) and the
//! warnings of legal but likely wrong ones, `init`, `template`, `schema` and `explain`, all
//! through the real binary.

mod common;

use std::path::Path;
use std::process::Command;

use common::{polscore_en as polscore, polscore_en_in as polscore_in, root};

fn rel(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap()
        .to_str()
        .unwrap()
        .replace('\\', "/")
}

/// Every broken rubric exits 2, says where, and its whole message is reviewed in a snapshot.
#[test]
fn bad_rubrics_exit_2_with_a_located_message() {
    insta::glob!("bad/rubric/*.toml", |path| {
        let rel = rel(path);
        let run = polscore(&["validate", &rel]);
        assert_eq!(run.status, 2, "{rel}: {}", run.stdout);
        assert!(
            run.stderr.contains(&format!("--> {rel}:")),
            "{rel}: no place in\n{}",
            run.stderr
        );
        // Every error says how to fix it.
        let errors = run.stderr.matches("\nerror: ").count() + 1;
        let helps = run.stderr.matches("= help: ").count();
        assert_eq!(
            errors, helps,
            "{rel}: an error without help\n{}",
            run.stderr
        );
        insta::assert_snapshot!(run.stderr);
    });
}

#[test]
fn several_mistakes_are_reported_in_one_run() {
    let run = polscore(&["validate", "tests/bad/rubric/schema-several-typos.toml"]);
    assert_eq!(run.status, 2);
    for typo in ["`targte`", "`dirction`", "`primay`"] {
        assert!(run.stderr.contains(typo), "{typo} missing:\n{}", run.stderr);
    }
    assert!(
        run.stderr.ends_with("polscore: 3 errors\n"),
        "{}",
        run.stderr
    );
    let run = polscore(&["validate", "tests/bad/rubric/syntax-several-slips.toml"]);
    assert!(
        run.stderr.ends_with("polscore: 3 errors\n"),
        "{}",
        run.stderr
    );
}

/// Legal but likely wrong: `validate` warns, says why and what to change, and exits 0.
#[test]
fn likely_mistakes_are_warnings() {
    // The rubric alone: not with the data of the repository's own project.
    let run = polscore(&[
        "validate",
        "tests/bad/rubric/warn/likely-mistakes.toml",
        "--no-project",
    ]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "ok: 1 rubric, 4 indicators, 8 warnings\n");
    insta::assert_snapshot!(run.stderr);
}

/// Every rubric warning prints its stable code, and `[lints] allow` silences the codes it
/// names (and only those) for its rubric.
#[test]
fn warnings_carry_their_codes_and_lints_allow_silences_them() {
    let run = polscore(&["validate", "tests/bad/rubric/warn/likely-mistakes.toml"]);
    for code in [
        "weight-ignored",
        "goal-without-indicator",
        "baseline-meets-target",
    ] {
        assert!(
            run.stderr.contains(&format!("warning[{code}]: ")),
            "{code}: {}",
            run.stderr
        );
    }
    let run = polscore(&["validate", "tests/bad/rubric/warn/lints-allowed.toml"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("weight-ignored"), "{}", run.stderr);
    assert!(
        !run.stderr.contains("goal-without-indicator"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .starts_with("warning[baseline-meets-target]: the baseline of `f1.staff`"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stderr.matches("warning").count(), 1, "{}", run.stderr);
}

/// The keys of the amended format are read, checked and accepted: a rubric with every one
/// (a schedule, a band, assessments, lints, ratio, calendar years, a reference benchmark)
/// validates, with the one warning it silences left out.
#[test]
fn new_keys_are_read_and_accepted() {
    let run = polscore(&["validate", "tests/fixtures/format/new-keys.toml"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "", "weight-ignored is allowed");
}

#[test]
fn a_target_year_passed_without_data_is_a_warning() {
    let run = polscore(&[
        "validate",
        "tests/bad/rubric/warn/target-year-passed.toml",
        "--data",
        "tests/bad/rubric/warn/target-year-passed.csv",
    ]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    insta::assert_snapshot!(run.stderr);
}

/// A NUL byte inside a string (a paste from a binary document) is named as what it is, at
/// its own column, not as an unclosed string.
#[test]
fn a_nul_byte_in_a_string_is_a_control_character_not_an_unclosed_string() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("r.toml"),
        "schema = 1\n[policy]\nid = \"p\"\ntitle = \"平和\0の取組\"\n",
    )
    .unwrap();
    let run = polscore_in(dir.path(), &["validate", "r.toml"]);
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .starts_with("error: control character (U+0000) in a string\n --> r.toml:4:12\n"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("unclosed"), "{}", run.stderr);
    assert!(
        run.stderr.ends_with("polscore: 1 error\n"),
        "{}",
        run.stderr
    );
}

/// A data file passed as the rubric is named as such at once: 40,000 rows used to take
/// minutes, each row's error counting the lines from the top of the file.
#[test]
fn a_large_csv_file_passed_as_the_rubric_is_named_as_data() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("indicator,year,value,note\n");
    for i in 0..40_000 {
        text.push_str(&format!("f1.rate,{},{i},\n", 1900 + i % 300));
    }
    std::fs::write(dir.path().join("data.csv"), text).unwrap();
    let run = polscore_in(dir.path(), &["validate", "data.csv"]);
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .starts_with("error: this looks like CSV data, not a rubric\n --> data.csv:1:1\n"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("pass data files with --data"));
    assert!(
        run.stderr.ends_with("polscore: 1 error\n"),
        "{}",
        run.stderr
    );
}

/// A rubric wrong on every one of 40,000 lines shows its first 100 errors by place and
/// counts the others, as the data files do.
#[test]
fn a_rubric_wrong_on_every_line_shows_the_first_errors_and_counts_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let text: String = (0..40_000)
        .map(|i| format!("f1.rate {} {i}\n", 1900 + i % 300))
        .collect();
    std::fs::write(dir.path().join("r.toml"), text).unwrap();
    let run = polscore_in(dir.path(), &["validate", "r.toml"]);
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert_eq!(run.stderr.matches("error: TOML syntax").count(), 100);
    assert!(run.stderr.contains("--> r.toml:1:9\n") && run.stderr.contains("--> r.toml:100:9\n"));
    assert!(
        run.stderr.contains(
            "error: 39,900 more errors in the rubrics are not shown; the next is here\n   --> r.toml:101:9\n"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn the_shipped_rubrics_have_no_errors() {
    for args in [
        ["validate", "rubrics/", "--data", "inputs/"],
        [
            "validate",
            "examples/peace.toml",
            "--data",
            "examples/peace.csv",
        ],
    ] {
        let run = polscore(&args);
        assert_eq!(run.status, 0, "{args:?}: {}", run.stderr);
        assert!(!run.stderr.contains("error"), "{}", run.stderr);
    }
}

#[test]
fn init_writes_a_rubric_that_validates_and_scores_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let run = polscore_in(dir.path(), &["init", "new-policy"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("polscore score new-policy/rubric.toml --data new-policy/data.csv")
    );
    let at = dir.path().join("new-policy");
    let run = polscore_in(&at, &["validate", "rubric.toml", "--data", "data.csv"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "", "the start has no warning");
    assert_eq!(
        run.stdout,
        "ok: 1 rubric, 4 indicators, 12 data points, 0 warnings\n"
    );
    let report = common::score_json_in(&at, &["rubric.toml", "--data", "data.csv"]);
    assert_eq!(report["rubrics"][0]["as_of"], 2023);
    assert_eq!(report["rubrics"][0]["rating"], "progressing");
    // The schema the rubric's first line names is there, and is the one `schema` prints.
    let rubric = std::fs::read_to_string(at.join("rubric.toml")).unwrap();
    assert!(rubric.starts_with("#:schema ./polscore-rubric.schema.json\n"));
    let schema = std::fs::read_to_string(at.join("polscore-rubric.schema.json")).unwrap();
    assert_eq!(schema, polscore(&["schema"]).stdout);

    // A second init into the same place changes nothing and says why.
    std::fs::write(at.join("data.csv"), "indicator,year,value\n").unwrap();
    let run = polscore_in(dir.path(), &["init", "new-policy"]);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr.contains("new-policy/rubric.toml already exists"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("init never replaces a file"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_to_string(at.join("data.csv")).unwrap(),
        "indicator,year,value\n"
    );
}

#[test]
fn template_lists_every_indicator_and_year_and_scores_once_filled() {
    let run = polscore(&["template", "examples/peace.toml", "--years", "2021..2023"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines[0],
        "\u{feff}indicator,name,unit,year,value,status,note"
    );
    // 8 indicators × 3 years.
    assert_eq!(lines.len(), 1 + 8 * 3);
    assert_eq!(
        lines[1],
        "f1.io-employment-rate,プライマリー・コース修了生の国際機関への就職率,%,2021,,,"
    );
    // Filled in (numbers, and a status for milestones), it scores.
    let filled: String = run
        .stdout
        .lines()
        .map(|l| {
            let mut cells: Vec<String> = l.split(',').map(str::to_string).collect();
            if cells[0] != "\u{feff}indicator" {
                let milestone = cells[0].ends_with("election") || cells[0].ends_with("discharge");
                cells[4] = if milestone {
                    "achieved".into()
                } else {
                    "5".into()
                };
            }
            cells.join(",") + "\n"
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("filled.csv"), filled).unwrap();
    let rubric = root().join("examples/peace.toml");
    let report = common::score_json_in(
        dir.path(),
        &[rubric.to_str().unwrap(), "--data", "filled.csv"],
    );
    assert_eq!(report["rubrics"][0]["as_of"], 2023);
    assert_ne!(report["rubrics"][0]["rating"], "no_data");
}

#[test]
fn template_defaults_to_the_period_and_never_overwrites() {
    let run = polscore(&["template", "rubrics/mofa-2027-peace.toml"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let years: std::collections::BTreeSet<&str> = run
        .stdout
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(3).unwrap())
        .collect();
    assert_eq!(
        years.into_iter().collect::<Vec<_>>(),
        ["2024", "2025", "2026"]
    );
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("data.csv");
    std::fs::write(&out, "kept").unwrap();
    let run = polscore(&[
        "template",
        "examples/peace.toml",
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status, 2);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "kept");
    let run = polscore(&["template", "examples/peace.toml", "--years", "2026..2024"]);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr.contains("did you mean 2024..2026?"),
        "{}",
        run.stderr
    );
}

/// The seed's f6 staff target (SPEC §3.1 worked through): 918 in 2020 → 1,000 by 2025.
#[test]
fn explain_the_seed_staff_target() {
    let run = polscore(&[
        "explain",
        "rubrics/mofa-2024-peace.toml",
        "--data",
        "inputs/",
        "f6.un-japanese-staff",
    ]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("T(2022) = 918 + (1000 − 918) × (2022 − 2020) / (2025 − 2020) = 950.8")
    );
    assert!(
        run.stdout
            .contains("(961 − 918) / (950.8 − 918) = 1.311 (131.1%)")
    );
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn explain_every_kind_of_the_example() {
    for id in [
        "f1.io-hires",
        "f2.un-japanese-staff",
        "f2.unsc-election",
        "f3.istc-admin-cost-ratio",
        "f3.piracy-asia",
    ] {
        let run = polscore(&[
            "explain",
            "examples/peace.toml",
            "--data",
            "examples/peace.csv",
            id,
        ]);
        assert_eq!(run.status, 0, "{id}: {}", run.stderr);
        insta::assert_snapshot!(format!("explain_{id}"), run.stdout);
    }
}

#[test]
fn explain_an_unknown_id_suggests_the_nearest() {
    let run = polscore(&[
        "explain",
        "examples/peace.toml",
        "--data",
        "examples/peace.csv",
        "f2.un-japanese-staf",
    ]);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr
            .contains("no loaded rubric defines indicator `f2.un-japanese-staf`")
    );
    assert!(
        run.stderr.contains("did you mean `f2.un-japanese-staff`?"),
        "{}",
        run.stderr
    );
    let run = polscore(&[
        "explain",
        "examples/peace.toml",
        "--data",
        "examples/peace.csv",
        "f3.g1",
    ]);
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("`f3.g1` is a goal"), "{}", run.stderr);
}

/// The schema checked by an independent validator (Python's `jsonschema`): it is a valid
/// draft-07 schema, accepts every shipped rubric and `init`'s, and rejects every broken
/// rubric of the schema corpus.
#[test]
fn schema_accepts_the_shipped_rubrics_and_rejects_the_broken_ones() {
    // The validator is a Python package: CI installs it and sets POLSCORE_REQUIRE_JSONSCHEMA,
    // so there a missing validator fails; on a newcomer's machine the test says how to run it.
    let available = Command::new("python3")
        .args(["-c", "import jsonschema"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !available {
        assert!(
            std::env::var_os("POLSCORE_REQUIRE_JSONSCHEMA").is_none(),
            "POLSCORE_REQUIRE_JSONSCHEMA is set but python3 cannot import jsonschema"
        );
        eprintln!("skipped: `python3 -m pip install jsonschema` to check the JSON Schema");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let schema = dir.path().join("schema.json");
    std::fs::write(&schema, polscore(&["schema"]).stdout).unwrap();
    let init = dir.path().join("init");
    assert_eq!(polscore_in(dir.path(), &["init", "init"]).status, 0);
    let mut good: Vec<String> = ["rubrics", "examples"]
        .iter()
        .flat_map(|d| std::fs::read_dir(root().join(d)).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| p.to_str().unwrap().to_string())
        .collect();
    good.push(init.join("rubric.toml").to_str().unwrap().to_string());
    good.push(
        root()
            .join("tests/fixtures/format/new-keys.toml")
            .to_str()
            .unwrap()
            .to_string(),
    );
    good.sort();
    let bad: Vec<String> = std::fs::read_dir(root().join("tests/bad/rubric"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_str().unwrap();
            name.starts_with("schema-") || schema_catches(name)
        })
        .map(|p| p.to_str().unwrap().to_string())
        .collect();
    assert!(bad.len() >= 10, "{bad:?}");
    let out = Command::new("python3")
        .arg(root().join("tests/schema/check.py"))
        .arg(&schema)
        .arg("--good")
        .args(&good)
        .arg("--bad")
        .args(&bad)
        .output()
        .expect("python3 runs (the schema test needs Python 3.11+ with `jsonschema`)");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Semantic mistakes a JSON Schema can also express (keys of another kind, bounds, years).
fn schema_catches(name: &str) -> bool {
    [
        "semantic-accumulate-with-baseline.toml",
        "semantic-key-of-another-kind.toml",
        "semantic-ratio.toml",
        "semantic-reference-benchmark.toml",
        "semantic-within-band.toml",
        "semantic-milestone-with-target.toml",
        "semantic-missing-target.toml",
        "semantic-period-and-ids.toml",
        "semantic-scoring-bounds.toml",
    ]
    .contains(&name)
}

/// docs/rubric-format.md documents every key of the format.
#[test]
fn the_format_reference_names_every_key() {
    let doc = std::fs::read_to_string(root().join("docs/rubric-format.md")).unwrap();
    let schema: serde_json::Value = serde_json::from_str(&polscore(&["schema"]).stdout).unwrap();
    let mut tables = vec![&schema];
    tables.extend(schema["definitions"].as_object().unwrap().values());
    for t in tables {
        for key in t["properties"].as_object().unwrap().keys() {
            assert!(
                doc.contains(&format!("`{key}`")),
                "`{key}` is not documented"
            );
        }
    }
    // Every warning code, in the table of warnings, from the schema's list of `allow`.
    let codes = &schema["definitions"]["lints"]["properties"]["allow"]["items"]["enum"];
    for code in codes.as_array().unwrap() {
        let code = code.as_str().unwrap();
        assert!(
            doc.contains(&format!("| `{code}` | ")),
            "warning code `{code}` is not documented"
        );
    }
}

#[test]
fn explain_takes_the_id_after_several_data_paths_as_the_spec_writes_it() {
    // SPEC §4: `polscore explain RUBRIC... --data PATH... INDICATOR_ID`.
    let dir = tempfile::tempdir().unwrap();
    let csv = std::fs::read_to_string(root().join("examples/peace.csv")).unwrap();
    let (head, rows) = csv.split_once('\n').unwrap();
    let (a, b) = rows.split_at(rows.find("f2.").unwrap());
    std::fs::write(dir.path().join("a.csv"), format!("{head}\n{a}")).unwrap();
    std::fs::write(dir.path().join("b.csv"), format!("{head}\n{b}")).unwrap();
    let rubric = root().join("examples/peace.toml");
    let run = polscore_in(
        dir.path(),
        &[
            "explain",
            rubric.to_str().unwrap(),
            "--data",
            "a.csv",
            "b.csv",
            "f2.un-japanese-staff",
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("f2.un-japanese-staff"),
        "{}",
        run.stdout
    );
    // 961 in 2022 came from b.csv: the explanation has the year's arithmetic.
    assert!(run.stdout.contains("961"), "{}", run.stdout);
}
