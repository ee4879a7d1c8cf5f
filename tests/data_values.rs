//! Value cells read by the real binary: Japanese negatives (△5, ▲1,234) scored as the
//! negative numbers they are, and a file forced into the wrong encoding refused, not garbled.
//! The cells that are errors are in the bad-input corpus (tests/bad/data/).

mod common;

use std::path::Path;

use common::{polscore_en_in as polscore_in, score_json_in};
use serde_json::Value;

const RUBRIC: &str = r#"schema = 1

[policy]
id = "values"
title = "値の読み取り"

[[field]]
id = "f1"
title = "財政"

[[field.goal]]
id = "f1.g1"
text = "赤字を解消する。"

[[field.goal.indicator]]
id = "f1.balance"
name = "収支差"
kind = "target"
unit = "億円"
direction = "at_least"
target = 0

[[field.goal.indicator]]
id = "f1.staff"
name = "職員の増減"
kind = "reference"
unit = "人"
"#;

fn project(data: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("rubric.toml"), RUBRIC).unwrap();
    std::fs::write(dir.path().join("data.csv"), data).unwrap();
    dir
}

fn score(dir: &Path) -> Value {
    score_json_in(dir, &["rubric.toml", "--data", "data.csv"])
}

fn indicator<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["rubrics"][0]["fields"][0]["goals"][0]["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == id)
        .unwrap_or_else(|| panic!("no indicator {id}"))
}

fn series(report: &Value, id: &str) -> Vec<(i64, f64)> {
    indicator(report, id)["series"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["year"].as_i64().unwrap(), p["value"].as_f64().unwrap()))
        .collect()
}

#[test]
fn japanese_negatives_score_as_the_negative_numbers_they_are() {
    let triangles = project(
        "indicator,year,value\n\
         f1.balance,2021,\"▲1,234\"\n\
         f1.balance,2022,△５億円\n\
         f1.balance,2023,△約3千\n\
         f1.staff,2022,△5人\n\
         f1.staff,2023,▲２\n",
    );
    let minus = project(
        "indicator,year,value\n\
         f1.balance,2021,-1234\n\
         f1.balance,2022,-5\n\
         f1.balance,2023,-3000\n\
         f1.staff,2022,-5\n\
         f1.staff,2023,-2\n",
    );
    let r = score(triangles.path());
    assert_eq!(
        series(&r, "f1.balance"),
        [(2021, -1234.0), (2022, -5.0), (2023, -3000.0)]
    );
    assert_eq!(series(&r, "f1.staff"), [(2022, -5.0), (2023, -2.0)]);
    // A deficit growing away from the target 0 (-5 to -3000) is not progressing; staff
    // from -5 to -2 is rising. The same figures written with a minus give the same report.
    assert_eq!(indicator(&r, "f1.balance")["rating"], "not_progressing");
    assert_eq!(indicator(&r, "f1.staff")["trend"], "rising");
    assert_eq!(r, score(minus.path()));
}

#[test]
fn utf8_forced_as_shift_jis_is_refused_at_the_first_character_it_would_garble() {
    let dir = project(
        "indicator,year,value,note\n\
         f1.staff,2022,5,\n\
         f1.staff,2023,6,\"192名中97名\"\n",
    );
    // Read as what it is, the note is kept.
    let r = score(dir.path());
    assert_eq!(indicator(&r, "f1.staff")["note"], "192名中97名");
    for forced in ["shift_jis", "cp932"] {
        let out = dir.path().join("report.json");
        let run = polscore_in(
            dir.path(),
            &[
                "score",
                "rubric.toml",
                "--data",
                "data.csv",
                "--encoding",
                forced,
                "--output",
                out.to_str().unwrap(),
            ],
        );
        assert_eq!(run.status, 2, "{}", run.stderr);
        assert!(run.stdout.is_empty());
        assert!(!out.exists(), "no report is written");
        insta::assert_snapshot!("utf8_forced_as_shift_jis", run.stderr);
    }
    let utf8 = polscore_in(
        dir.path(),
        &[
            "score",
            "rubric.toml",
            "--data",
            "data.csv",
            "--encoding",
            "utf-8",
        ],
    );
    assert_eq!(utf8.status, 0, "{}", utf8.stderr);
}
