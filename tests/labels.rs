//! A rubric's `[labels]` replace the displayed rating labels; the JSON keeps the ids.

mod common;

use common::polscore_in;

const RUBRIC: &str = r#"
schema = 1

[policy]
id = "graded"
title = "letter grades"

[labels]
exceeded = "S+"
met = "A"
progressing = "B"

[[field]]
id = "f"
title = "field"

[[field.goal]]
id = "f.g"
text = "goal"

[[field.goal.indicator]]
id = "f.rate"
name = "rate"
kind = "target"
unit = "%"
target = 50
"#;

#[test]
fn labels_replace_the_displayed_ratings_and_the_json_keeps_ids() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("r.toml"), RUBRIC).unwrap();
    // 45 / 50 = 0.9 → progressing, shown as "B"; the goal, field and policy follow.
    std::fs::write(
        dir.path().join("d.csv"),
        "indicator,year,value\nf.rate,2023,45%\n",
    )
    .unwrap();
    let table = polscore_in(dir.path(), &["score", "r.toml", "--data", "d.csv"]);
    assert_eq!(table.status, 0, "{}", table.stderr);
    assert!(table.stdout.contains("総合評価: B"), "{}", table.stdout);
    assert!(
        !table.stdout.contains("相当程度進展あり"),
        "{}",
        table.stdout
    );
    let json = polscore_in(
        dir.path(),
        &["score", "r.toml", "--data", "d.csv", "--format", "json"],
    );
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(report["rubrics"][0]["rating"], "progressing");
    assert_eq!(report["rubrics"][0]["labels"]["progressing"], "B");
}
