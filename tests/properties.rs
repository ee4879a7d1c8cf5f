//! The laws of the scoring rules, checked on generated inputs (proptest).

use std::collections::BTreeMap;

use polscore::data::{self, Place, Point, Value};
use polscore::rating::Rating;
use polscore::report;
use polscore::rubric::{
    self, Aggregation, Baseline, Direction, Indicator, Kind, PathKind, Target, Thresholds,
};
use polscore::score::{self, Input, aggregate, indicator};
use proptest::prelude::*;

fn point(v: f64) -> Point {
    Point {
        value: Some(Value::Number(v)),
        status: None,
        extras: None,
        place: Place {
            file: "p.csv".into(),
            line: 2,
        },
    }
}

/// A target indicator of any shape the rubric format allows.
fn target_indicator() -> impl Strategy<Value = Target> {
    (
        prop::bool::ANY,
        -50i32..500,
        prop::option::of(1i32..400),
        prop::option::of(2019i32..2027),
        prop::bool::ANY,
    )
        .prop_map(|(at_most, target, baseline, target_year, geometric)| {
            let target = f64::from(target);
            let baseline = baseline.map(|b| Baseline {
                year: 2018,
                value: f64::from(b),
            });
            let geometric = geometric && target > 0.0 && baseline.is_some();
            Target {
                direction: if at_most {
                    Direction::AtMost
                } else {
                    Direction::AtLeast
                },
                target,
                target_year,
                schedule: Default::default(),
                band: None,
                baseline,
                path: if geometric {
                    PathKind::Geometric
                } else {
                    PathKind::Linear
                },
                accumulate: false,
            }
        })
}

fn rating_at(t: &Target, prev: Option<f64>, v: f64, scoring: Thresholds) -> Rating {
    let ind = Indicator {
        count_unit: None,
        id: "x".into(),
        name: "x".into(),
        name_en: None,
        unit: None,
        primary: true,
        weight: 1.0,
        source: None,
        kind: Kind::Target(t.clone()),
        measure: polscore::rubric::Measure::Value,
        scale: 1.0,
        year_basis: Default::default(),
        line: 1,
    };
    let mut points = Vec::new();
    if let Some(p) = prev {
        points.push((2022, point(p)));
    }
    points.push((2023, point(v)));
    let ctx = indicator::Context {
        as_of: Some(2023),
        period: None,
        scoring,
    };
    indicator::score_indicator(&ind, Some(&points), &ctx).rating
}

proptest! {
    /// With everything else fixed, a better value never gets a worse rating.
    /// (For `at_most`, values are positive: at zero the SPEC leaves the achievement ratio
    /// undefined, so a met value of 0 is `met` while a tiny positive one may be `exceeded`.)
    #[test]
    fn a_better_value_never_gets_a_worse_rating(
        t in target_indicator(),
        prev in prop::option::of(-100i32..600),
        a in -100i32..600,
        b in -100i32..600,
        progressing in 1u8..=10,
        exceeded in 10u8..=20,
    ) {
        let scoring = Thresholds { progressing: f64::from(progressing) / 10.0, exceeded: f64::from(exceeded) / 10.0, ..Thresholds::default() };
        let (lo, hi) = (f64::from(a.min(b)), f64::from(a.max(b)));
        // The strategy makes no band.
        let (better, worse) = match t.direction {
            Direction::AtLeast | Direction::Within => (hi, lo),
            Direction::AtMost => (lo, hi),
        };
        prop_assume!(t.direction == Direction::AtLeast || worse.min(better) > 0.0);
        let prev = prev.map(f64::from);
        let r_better = rating_at(&t, prev, better, scoring);
        let r_worse = rating_at(&t, prev, worse, scoring);
        // Ratings are ordered best first: the better value's rating is no later in the order.
        prop_assert!(r_better <= r_worse, "{better} → {r_better:?}, {worse} → {r_worse:?}");
    }

    /// A child that gets better never makes its parent worse, by either aggregation.
    #[test]
    fn a_better_child_never_makes_the_parent_worse(
        children in prop::collection::vec((0usize..5, prop::bool::ANY, 1u8..4), 1..6),
        which in 0usize..6,
        mean in prop::bool::ANY,
    ) {
        let grades = [Rating::Exceeded, Rating::Met, Rating::Progressing, Rating::Limited, Rating::NotProgressing];
        let inputs: Vec<Input> = children
            .iter()
            .map(|&(g, primary, w)| Input { rating: grades[g], primary, weight: f64::from(w) })
            .collect();
        let i = which % inputs.len();
        let g = children[i].0;
        prop_assume!(g > 0);
        let mut improved = inputs.clone();
        improved[i].rating = grades[g - 1];
        let aggregation = if mean { Aggregation::Mean } else { Aggregation::Guideline };
        prop_assert!(aggregate(&improved, aggregation) <= aggregate(&inputs, aggregation));
    }

    /// The report does not depend on the order of the rows or on how they are split into files.
    #[test]
    fn row_order_and_file_order_never_change_the_report(
        values in prop::collection::vec((0usize..4, 2019i32..2025, prop::option::of(0i32..200)), 1..30),
        seed in any::<u64>(),
        files in 1usize..4,
    ) {
        let (r, _) = rubric::parse("p.toml", RUBRIC).unwrap();
        let rubrics = vec![r];
        let ids = polscore::pipeline::catalogue(&rubrics);
        // One row per indicator and year (the first generated wins), as a valid file has.
        let mut rows: BTreeMap<(usize, i32), Option<i32>> = BTreeMap::new();
        for (i, y, v) in values {
            rows.entry((i, y)).or_insert(v);
        }
        let lines: Vec<String> = rows
            .iter()
            .map(|((i, y), v)| format!("{},{y},{}", ID[*i], v.map(|v| v.to_string()).unwrap_or_default()))
            .collect();
        let render = |files: Vec<Vec<String>>| {
            let mut acc = data::Rows::default();
            for (n, lines) in files.iter().enumerate() {
                let text = format!("indicator,year,value\n{}\n", lines.join("\n"));
                data::read_csv(&format!("d{n}.csv"), &text, &ids, &mut acc);
            }
            let data = acc.finish(&ids, data::Options::default(), Vec::new()).unwrap().data;
            let scores: Vec<_> = rubrics.iter().map(|r| score::score(r, &data, None)).collect();
            let mut out = Vec::new();
            report::json::write(&scores, &[], report::json::Style::Compact, polscore::lang::Lang::Ja, &mut out).unwrap();
            out
        };
        let ordered = render(vec![lines.clone()]);
        // A deterministic shuffle from the seed, then a split into `files` files.
        let mut shuffled = lines;
        let mut state = seed;
        for i in (1..shuffled.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (state >> 33) as usize % (i + 1));
        }
        let mut split = vec![Vec::new(); files];
        for (n, line) in shuffled.into_iter().enumerate() {
            split[n % files].push(line);
        }
        split.reverse();
        prop_assert_eq!(ordered, render(split));
    }
}

const ID: [&str; 4] = ["f.rate", "f.count", "f.total", "f.ref"];

const RUBRIC: &str = r#"
schema = 1
[policy]
id = "p"
title = "p"
period = [2020, 2023]

[[field]]
id = "f"
title = "f"

[[field.goal]]
id = "f.g"
text = "g"

[[field.goal.indicator]]
id = "f.rate"
name = "rate"
kind = "target"
target = 100
target_year = 2024
baseline = { year = 2019, value = 50 }

[[field.goal.indicator]]
id = "f.count"
name = "count"
kind = "target"
direction = "at_most"
target = 20

[[field.goal.indicator]]
id = "f.total"
name = "total"
kind = "target"
target = 300
accumulate = true

[[field.goal.indicator]]
id = "f.ref"
name = "reference"
kind = "reference"
direction = "at_least"
"#;
