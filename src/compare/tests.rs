//! The comparison rules on small hand-built reports.

use super::*;

// Built as `read` reads them: the keys a comparison does not read are left out.
fn ind(id: &str, rating: Rating, value: Option<f64>) -> IndicatorReport<'static> {
    read_back(serde_json::json!({
        "id": id, "name": format!("name of {id}"), "unit": "%", "direction": "at_least",
        "target": 50, "rating": rating, "year": value.map(|_| 2023), "value": value,
    }))
}

fn goal(
    id: &str,
    rating: Rating,
    indicators: Vec<IndicatorReport<'static>>,
) -> GoalReport<'static> {
    GoalReport {
        indicators,
        ..read_back(serde_json::json!({
            "id": id, "text": format!("text of {id}"), "rating": rating, "indicators": [],
        }))
    }
}

fn field(id: &str, rating: Rating, goals: Vec<GoalReport<'static>>) -> FieldReport<'static> {
    FieldReport {
        goals,
        ..read_back(serde_json::json!({
            "id": id, "title": format!("title of {id}"), "rating": rating, "goals": [],
        }))
    }
}

fn policy(id: &str, rating: Rating, fields: Vec<FieldReport<'static>>) -> RubricReport<'static> {
    RubricReport {
        fields,
        ..read_back(serde_json::json!({
            "id": id, "as_of": 2023, "title": format!("title of {id}"), "rating": rating,
            "fields": [],
        }))
    }
}

fn read_back<T: serde::de::DeserializeOwned>(v: serde_json::Value) -> T {
    serde_json::from_value(v).unwrap_or_else(|e| panic!("{e}"))
}

fn report(rubrics: Vec<RubricReport<'static>>) -> Report<'static> {
    Report { rubrics }
}

/// p › f1 › f1.g1 › {a: met 52, b: progressing 45}; rated bottom-up as the guideline would.
fn base() -> Report<'static> {
    use Rating::*;
    report(vec![policy(
        "p",
        Progressing,
        vec![field(
            "f1",
            Progressing,
            vec![goal(
                "f1.g1",
                Progressing,
                vec![ind("a", Met, Some(52.0)), ind("b", Progressing, Some(45.0))],
            )],
        )],
    )])
}

fn summary(changes: &[Change]) -> Vec<(String, ChangeKind, bool)> {
    changes
        .iter()
        .map(|c| (c.path.to_string(), c.status, c.regression))
        .collect()
}

fn set_indicator(r: &mut Report, id: &str, rating: Rating, value: Option<f64>) {
    for i in r.rubrics[0].fields[0].goals[0].indicators.iter_mut() {
        if i.id == id {
            *i = ind(id, rating, value);
        }
    }
}

#[test]
fn the_same_report_has_no_changes() {
    assert!(compare(&base(), &base()).is_empty());
}

#[test]
fn a_worse_rating_is_a_regression_at_every_level_that_dropped() {
    let mut new = base();
    set_indicator(&mut new, "a", Rating::NotProgressing, Some(30.0));
    new.rubrics[0].fields[0].goals[0].rating = Rating::NotProgressing;
    let changes = compare(&base(), &new);
    assert_eq!(
        summary(&changes),
        [
            ("p › f1 › f1.g1".to_string(), ChangeKind::Worse, true),
            ("p › f1 › f1.g1 › a".to_string(), ChangeKind::Worse, true),
        ]
    );
    assert_eq!(changes[1].changed, [Aspect::Rating, Aspect::Value]);
    assert_eq!(changes[1].level, NodeLevel::Indicator);
}

#[test]
fn a_better_rating_or_another_value_is_no_regression() {
    let mut new = base();
    set_indicator(&mut new, "b", Rating::Met, Some(55.0));
    set_indicator(&mut new, "a", Rating::Met, Some(53.0));
    let changes = compare(&base(), &new);
    assert_eq!(
        summary(&changes),
        [
            ("p › f1 › f1.g1 › a".to_string(), ChangeKind::Changed, false),
            ("p › f1 › f1.g1 › b".to_string(), ChangeKind::Better, false),
        ]
    );
    assert_eq!(changes[0].changed, [Aspect::Value]);
}

#[test]
fn no_data_where_a_grade_was_is_a_regression_and_not_rated_ranks_below_it() {
    use Rating::*;
    // (old, new, regression) in the order of the table of SPEC §3.
    let cases = [
        (Met, NoData, true),
        (NotProgressing, NoData, true),
        (Met, NotRated, true),
        (NoData, NotRated, true),
        (NoData, Met, false),
        (NotRated, NoData, false),
        (NotRated, Limited, false),
    ];
    for (old_rating, new_rating, regression) in cases {
        let mut old = base();
        let mut new = base();
        set_indicator(&mut old, "a", old_rating, Some(52.0));
        set_indicator(&mut new, "a", new_rating, Some(52.0));
        let changes = compare(&old, &new);
        assert_eq!(changes.len(), 1, "{old_rating:?} → {new_rating:?}");
        assert_eq!(
            changes[0].regression, regression,
            "{old_rating:?} → {new_rating:?}"
        );
    }
}

#[test]
fn a_removed_node_with_a_grade_is_a_regression_an_added_one_is_not() {
    let mut new = base();
    new.rubrics[0].fields[0].goals[0].indicators.remove(0);
    new.rubrics[0].fields[0].goals[0]
        .indicators
        .push(ind("c", Rating::NotProgressing, Some(1.0)));
    let changes = compare(&base(), &new);
    assert_eq!(
        summary(&changes),
        [
            ("p › f1 › f1.g1 › c".to_string(), ChangeKind::Added, false),
            ("p › f1 › f1.g1 › a".to_string(), ChangeKind::Removed, true),
        ]
    );
    // A removed node that had no grade is listed and does not fail.
    let mut old = base();
    set_indicator(&mut old, "a", Rating::NoData, None);
    let mut new = old.clone();
    new.rubrics[0].fields[0].goals[0].indicators.remove(0);
    assert_eq!(
        summary(&compare(&old, &new)),
        [("p › f1 › f1.g1 › a".to_string(), ChangeKind::Removed, false)]
    );
}

#[test]
fn policies_are_matched_by_id_and_a_missing_one_is_removed_whole() {
    let mut old = base();
    old.rubrics.push(policy("q", Rating::Met, vec![]));
    let mut new = base();
    new.rubrics.reverse();
    // (A policy's `file` is not even read: a rubric moved to another path is the same policy.)
    new.rubrics.insert(0, policy("r", Rating::NotRated, vec![]));
    assert_eq!(
        summary(&compare(&old, &new)),
        [
            ("r".to_string(), ChangeKind::Added, false),
            ("q".to_string(), ChangeKind::Removed, true),
        ]
    );
}

#[test]
fn a_moved_indicator_is_matched_by_id_and_says_where_it_was() {
    let mut new = base();
    let moved = new.rubrics[0].fields[0].goals[0].indicators.remove(1);
    new.rubrics[0].fields[0]
        .goals
        .push(goal("f1.g2", Rating::Progressing, vec![moved]));
    let changes = compare(&base(), &new);
    assert_eq!(
        summary(&changes),
        [
            ("p › f1 › f1.g2".to_string(), ChangeKind::Added, false),
            ("p › f1 › f1.g2 › b".to_string(), ChangeKind::Changed, false),
        ]
    );
    assert_eq!(changes[1].changed, [Aspect::Moved]);
    let from = changes[1].moved_from.as_ref().map(ToString::to_string);
    assert_eq!(from.as_deref(), Some("p › f1 › f1.g1 › b"));
}

#[test]
fn target_outlook_trend_and_as_of_changes_are_listed() {
    let mut new = base();
    new.rubrics[0].as_of = Some(2024);
    {
        let a = &mut new.rubrics[0].fields[0].goals[0].indicators[0];
        a.target = Some(crate::report::json::TargetReport::Number(60.0));
        a.outlook = Some(crate::score::Outlook::OnTrack);
    }
    let changes = compare(&base(), &new);
    assert_eq!(changes.len(), 2);
    assert_eq!(changes[0].changed, [Aspect::AsOf]);
    assert_eq!(changes[1].changed, [Aspect::Target, Aspect::Outlook]);
    assert!(changes.iter().all(|c| !c.regression));
}

#[test]
fn fail_under_picks_policies_worse_than_the_floor() {
    let r = base();
    assert!(under(&r, Rating::Progressing).is_empty());
    assert_eq!(under(&r, Rating::Met).len(), 1);
}

#[test]
fn the_check_listing_puts_regressions_first_with_values() {
    let mut new = base();
    set_indicator(&mut new, "a", Rating::NotProgressing, Some(30.0));
    set_indicator(&mut new, "b", Rating::Met, Some(50.0));
    let text = render::check(
        &compare(&base(), &new),
        &render::Verdict {
            under: &[],
            skipped: &[],
            floor: None,
            baseline: "base.json",
        },
        render::words(crate::rating::Lang::En),
        false,
    );
    assert_eq!(
        text,
        "regressions (1):
  worse    p › f1 › f1.g1 › a
           rating   met → not_progressing
           value    52% (2023) → 30% (2023)
other changes, not regressions (1):
  better   p › f1 › f1.g1 › b
           rating   progressing → met
           value    45% (2023) → 50% (2023)
FAILED: 1 regression, 1 improvement, 0 other changes against base.json
"
    );
}

#[test]
fn rounding_never_hides_a_change() {
    let mut new = base();
    set_indicator(&mut new, "a", Rating::Met, Some(52.001));
    let changes = compare(&base(), &new);
    let lines = render::details(&changes[0], render::words(crate::rating::Lang::En));
    assert_eq!(
        lines[1],
        ("value", "52% (2023) → 52.001% (2023)".to_string())
    );
}
