//! The keys that say what real evaluation books say (SPEC §1, §3.1, §3.2, §5 as amended),
//! end to end on `tests/fixtures/format/new-keys.toml`: a yearly schedule, a band, a
//! reference benchmark and recorded assessments, in the JSON report and through `diff`.

mod common;

use common::{polscore_in, root, score_json_in};
use serde_json::{Value, json};

const RUBRIC: &str = "tests/fixtures/format/new-keys.toml";
const DATA: &str = "tests/fixtures/format/new-keys.csv";

fn report() -> Value {
    score_json_in(root(), &[RUBRIC, "--data", DATA])
}

fn indicator<'a>(doc: &'a Value, id: &str) -> &'a Value {
    doc["rubrics"][0]["fields"][0]["goals"][0]["indicators"]
        .as_array()
        .and_then(|all| all.iter().find(|i| i["id"] == id))
        .unwrap_or_else(|| panic!("no indicator {id}"))
}

#[test]
fn recorded_assessments_are_carried_as_rating_ids_beside_the_computed_rating() {
    let doc = report();
    let policy = &doc["rubrics"][0];
    // 「相当程度進展あり」 in the rubric is the id `progressing` in the report.
    assert_eq!(policy["assessment"], "progressing");
    assert_eq!(policy["assessment_note"], "一定の進展があった");
    assert_eq!(policy["fields"][0]["assessment"], "met");
    assert_eq!(policy["fields"][0]["assessment_note"], Value::Null);
    let goal = &policy["fields"][0]["goals"][0];
    assert_eq!(goal["assessment"], Value::Null);
    assert_eq!(goal["assessment_note"], "評価書は段階を示していない");
    // The computed rating is the scorer's own (the band's not_progressing decides the goal).
    assert_eq!(goal["rating"], "not_progressing");
}

#[test]
fn an_empty_schedule_is_echoed_as_an_empty_object_and_no_schedule_as_null() {
    // SPEC §5: `targets` is the schedule as an object, or null. `targets = {}` is a schedule
    // with no years, which the report says as the rubric does; the path then decides as if
    // there were none (T = 55 in 2023, 51 < 55).
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(root().join(RUBRIC))
        .unwrap()
        .replace("targets = { 2023 = 50, \"2024\" = 52 }", "targets = {}")
        .replace("#:schema ../../../", "#:schema ");
    assert!(text.contains("targets = {}"));
    std::fs::write(dir.path().join("r.toml"), text).unwrap();
    std::fs::copy(root().join(DATA), dir.path().join("d.csv")).unwrap();
    let doc = score_json_in(dir.path(), &["r.toml", "--data", "d.csv"]);
    let ind = indicator(&doc, "f3.io-employment-rate");
    assert_eq!(ind["targets"], json!({}));
    assert_eq!(ind["series"][1]["target"], 55);
    assert_eq!(indicator(&doc, "f3.incidents")["targets"], Value::Null);
}

#[test]
fn a_schedule_sets_the_target_of_its_years() {
    let doc = report();
    let ind = indicator(&doc, "f3.io-employment-rate");
    assert_eq!(ind["targets"], json!({ "2023": 50, "2024": 52 }));
    assert_eq!(ind["target"], 55);
    assert_eq!(
        (&ind["measure"], &ind["year_basis"]),
        (&json!("ratio"), &json!("fiscal"))
    );
    // 2022 is not listed: T = 55 (no baseline, so no path), a = 40 / 55. 2023 is: T = 50,
    // 51 ≥ 50 met with a = 51 / 50 = 1.02 (against 55 it would not have been).
    let series = ind["series"].as_array().unwrap();
    assert_eq!(series[0]["target"], 55);
    assert_eq!(series[1]["target"], 50);
    assert_eq!(
        (&ind["rating"], &ind["achievement"]),
        (&json!("met"), &json!(1.02))
    );
    assert_eq!(ind["meets_target"], Value::Null);
}

#[test]
fn a_band_is_stated_as_low_and_high_and_rated_by_its_side() {
    let doc = report();
    let ind = indicator(&doc, "f3.incidents");
    assert_eq!(
        (&ind["direction"], &ind["target"]),
        (&json!("within"), &json!([0, 1]))
    );
    assert_eq!(ind["year_basis"], "calendar");
    let series = ind["series"].as_array().unwrap();
    assert!(series.iter().all(|p| p["target"] == json!([0, 1])));
    // 3 above [0, 1]: a = 1 / 3, no previous point → limited; 1 inside → met, a = 1;
    // 2 above: a = 1 / 2, the distance 1 > 0 grew → not_progressing. No outlook.
    let ratings: Vec<&Value> = series.iter().map(|p| &p["rating"]).collect();
    assert_eq!(
        ratings,
        [&json!("limited"), &json!("met"), &json!("not_progressing")]
    );
    assert_eq!(series[1]["achievement"], 1);
    assert_eq!(
        (&ind["achievement"], &ind["outlook"]),
        (&json!(0.5), &Value::Null)
    );
}

#[test]
fn a_reference_benchmark_is_checked_and_never_rated() {
    let doc = report();
    let ind = indicator(&doc, "f3.admin-cost");
    // 「10％以内」: the latest 9.5 ≤ 10, a = 10 / 9.5.
    assert_eq!(
        (&ind["rating"], &ind["target"]),
        (&json!("not_rated"), &json!(10))
    );
    assert_eq!(ind["meets_target"], true);
    assert_eq!(ind["achievement"], json!(10.0 / 9.5));
    let series = ind["series"].as_array().unwrap();
    assert!(
        series
            .iter()
            .all(|p| p["target"].is_null() && p["achievement"].is_null())
    );
}

#[test]
fn series_points_carry_ratio_and_span_keys_null_until_the_data_gives_them() {
    let doc = report();
    for id in ["f3.io-employment-rate", "f3.incidents", "f3.admin-cost"] {
        for p in indicator(&doc, id)["series"].as_array().unwrap() {
            for key in ["numerator", "denominator", "span"] {
                assert_eq!(p.get(key), Some(&Value::Null), "{id} {key}");
            }
        }
    }
}

/// `diff` reads a report with the new keys and one without them (an older version's), and
/// names a band that changed as a band.
#[test]
fn diff_reads_reports_with_and_without_the_new_keys() {
    let dir = tempfile::tempdir().unwrap();
    let new = report();
    let mut old = new.clone();
    strip_new_keys(&mut old);
    std::fs::write(dir.path().join("old.json"), old.to_string()).unwrap();
    std::fs::write(dir.path().join("new.json"), new.to_string()).unwrap();
    let same = polscore_in(dir.path(), &["diff", "old.json", "new.json"]);
    assert_eq!(same.status, 0, "{}", same.stderr);

    let text = std::fs::read_to_string(root().join(RUBRIC)).unwrap();
    let wider = text.replace("target = [0, 1]", "target = [0, 2]");
    std::fs::write(dir.path().join("r.toml"), wider).unwrap();
    std::fs::copy(root().join(DATA), dir.path().join("d.csv")).unwrap();
    let band = score_json_in(dir.path(), &["r.toml", "--data", "d.csv"]);
    std::fs::write(dir.path().join("band.json"), band.to_string()).unwrap();
    let run = polscore_in(dir.path(), &["diff", "new.json", "band.json"]);
    assert!(run.stdout.contains("0～1件"), "{}", run.stdout);
    assert!(run.stdout.contains("0～2件"), "{}", run.stdout);
}

/// A benchmark that stops being met is not a rating, so not a regression, but `diff` and
/// `check` name it (issue: "a benchmark that stops being met is reported").
#[test]
fn a_benchmark_that_stops_being_met_is_named_by_diff_and_check_without_failing() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root().join(RUBRIC), dir.path().join("r.toml")).unwrap();
    std::fs::copy(root().join(DATA), dir.path().join("d.csv")).unwrap();
    let old = score_json_in(dir.path(), &["r.toml", "--data", "d.csv"]);
    // 管理費比率 at 2023: 9.5 ≤ 10 meets the benchmark; 12 > 10 does not.
    assert_eq!(indicator(&old, "f3.admin-cost")["meets_target"], true);
    std::fs::write(dir.path().join("old.json"), old.to_string()).unwrap();
    let data = std::fs::read_to_string(root().join(DATA)).unwrap();
    let worse = data.replace("f3.admin-cost,2023,9.5", "f3.admin-cost,2023,12");
    std::fs::write(dir.path().join("d.csv"), worse).unwrap();
    let new = score_json_in(dir.path(), &["r.toml", "--data", "d.csv"]);
    assert_eq!(indicator(&new, "f3.admin-cost")["meets_target"], false);
    std::fs::write(dir.path().join("new.json"), new.to_string()).unwrap();

    let en = polscore_in(
        dir.path(),
        &["diff", "old.json", "new.json", "--lang", "en"],
    );
    assert!(
        en.stdout.contains("benchmark met → not met"),
        "{}",
        en.stdout
    );
    let ja = polscore_in(
        dir.path(),
        &["diff", "old.json", "new.json", "--lang", "ja"],
    );
    assert!(ja.stdout.contains("目安 達成 → 未達成"), "{}", ja.stdout);
    let json = polscore_in(
        dir.path(),
        &["diff", "old.json", "new.json", "--format", "json"],
    );
    assert!(json.stdout.contains("\"benchmark\""), "{}", json.stdout);
    let check = polscore_in(
        dir.path(),
        &[
            "check",
            "r.toml",
            "--data",
            "d.csv",
            "--baseline",
            "old.json",
            "--lang",
            "en",
        ],
    );
    assert_eq!(check.status, 0, "not a regression: {}", check.stderr);
    assert!(
        check.stdout.contains("benchmark") && check.stdout.contains("not met"),
        "{}",
        check.stdout
    );
}

/// The report as a version before the amendment wrote it.
fn strip_new_keys(v: &mut Value) {
    const NEW: [&str; 9] = [
        "assessment",
        "assessment_note",
        "targets",
        "measure",
        "year_basis",
        "meets_target",
        "numerator",
        "denominator",
        "span",
    ];
    match v {
        Value::Object(map) => {
            for key in NEW {
                map.remove(key);
            }
            map.values_mut().for_each(strip_new_keys);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_new_keys),
        _ => {}
    }
}

/// The formats for people show what the book records beside the computed rating, marked
/// where it differs, a benchmark's verdict beside 参考, and a band as `low～high`.
#[test]
fn reports_for_people_show_the_books_words_beside_the_computed_ones() {
    let md = common::polscore(&["score", RUBRIC, "--data", DATA, "--format", "markdown"]);
    assert_eq!(md.status, 0, "{}", md.stderr);
    let md = md.stdout;
    assert!(md.contains("**総合評価: 目標に向かっていない** (評価書: 相当程度進展あり（算定と相違）; 一定の進展があった)"), "{md}");
    assert!(md.contains("(評価書: 目標達成（算定と相違）)"), "{md}");
    assert!(md.contains("(評価書: 評価書は段階を示していない)"), "{md}");
    assert!(md.contains("| 0～1件 |"), "{md}");
    assert!(md.contains("| 参考（目安10%以内：達成） |"), "{md}");
    let html = common::polscore(&["score", RUBRIC, "--data", DATA, "--format", "html"]).stdout;
    assert!(
        html.contains("<span class=\"recorded differs\">評価書: 目標達成（算定と相違）</span>"),
        "{html}"
    );
    assert!(html.contains("<span class=\"recorded\">評価書: 評価書は段階を示していない</span>"));
    assert!(html.contains("</span>（目安10%以内：達成）</td>"), "{html}");
    assert!(html.contains(">0～1件<"), "{html}");
}
