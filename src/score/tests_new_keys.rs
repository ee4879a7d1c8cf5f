//! The keys added to the rubric format with the SPEC's amendment (yearly schedules, bands,
//! reference benchmarks), one test each, with the arithmetic worked by hand in comments.

use super::indicator::{self, IndicatorScore};
use super::rule::*;
use super::tests::{close, ctx, indicator, numbers, target};
use crate::data::Point;
use crate::rating::Rating;
use crate::rubric::{Baseline, Kind, Target};

fn scored<'a>(kind: Kind, data: &'a [(i32, Point)], as_of: i32) -> IndicatorScore<'a> {
    indicator::score_indicator(&indicator(kind), Some(data), &ctx(as_of))
}

// ---- §3.1 step 1: a yearly schedule (`targets`) ----

/// 10 at 2020 → 40 at 2024 on a linear path, with `targets = { 2022 = 30, 2024 = 45 }`.
fn scheduled() -> (Target, Option<Baseline>) {
    let t = Target {
        target_year: Some(2024),
        schedule: Some([(2022, 30.0), (2024, 45.0)].into_iter().collect()),
        ..target(40.0)
    };
    let b = Some(Baseline {
        year: 2020,
        value: 10.0,
    });
    (t, b)
}

#[test]
fn a_listed_year_takes_the_schedules_value() {
    let (t, b) = scheduled();
    // T(2022) = 30 from the schedule, not the path's 10 + 30 × 2/4 = 25.
    assert_eq!(target_for_year(&t, b, 2022), (30.0, TargetRule::Schedule));
}

#[test]
fn a_schedule_year_equal_to_the_target_year_wins_over_the_target() {
    let (t, b) = scheduled();
    // T(2024) = 45 from the schedule, although `target` is 40 from 2024 on.
    assert_eq!(target_for_year(&t, b, 2024), (45.0, TargetRule::Schedule));
    // After it, the target itself again.
    assert_eq!(
        target_for_year(&t, b, 2025),
        (40.0, TargetRule::TargetYearReached)
    );
}

#[test]
fn schedule_years_are_not_anchors_of_the_path() {
    let (t, b) = scheduled();
    // T(2021) = 10 + (40 − 10) × 1/4 = 17.5; T(2023) = 10 + 30 × 3/4 = 32.5: the path runs
    // from the baseline to (2024, 40), not through (2022, 30).
    assert_eq!(target_for_year(&t, b, 2021), (17.5, TargetRule::Path));
    assert_eq!(target_for_year(&t, b, 2023), (32.5, TargetRule::Path));
}

#[test]
fn a_schedule_without_a_target_year_leaves_other_years_at_the_target() {
    let t = Target {
        schedule: Some([(2023, 52.0)].into_iter().collect()),
        ..target(50.0)
    };
    assert_eq!(
        target_for_year(&t, None, 2023),
        (52.0, TargetRule::Schedule)
    );
    assert_eq!(
        target_for_year(&t, None, 2022),
        (50.0, TargetRule::EveryYear)
    );
}

#[test]
fn a_scheduled_year_is_rated_against_its_own_target() {
    let (t, _) = scheduled();
    let t = Target {
        baseline: Some(Baseline {
            year: 2020,
            value: 10.0,
        }),
        ..t
    };
    // 2024: v = 42 against T = 45 (not the target 40): a = (42 − 10) / (45 − 10) = 32/35
    // = 0.914… ≥ 0.8 → progressing, where 42 ≥ 40 alone would have been met.
    let data = numbers(&[(2023, Some(30.0)), (2024, Some(42.0))]);
    let s = scored(Kind::Target(t), &data, 2024);
    assert_eq!(s.rating, Rating::Progressing);
    assert!(close(s.achievement, 32.0 / 35.0));
    assert_eq!(s.rated_point().and_then(|p| p.target), Some(45.0));
}

// ---- §3.1: a band (`direction = "within"`) ----

fn band(low: f64, high: f64) -> Kind {
    Kind::Target(Target {
        direction: crate::rubric::Direction::Within,
        target: low,
        band: Some((low, high)),
        ..target(low)
    })
}

fn band_at(low: f64, high: f64, values: &[(i32, Option<f64>)]) -> (Rating, Option<f64>) {
    let data = numbers(values);
    let s = scored(band(low, high), &data, values.last().map_or(2023, |v| v.0));
    assert_eq!(s.outlook, None, "a band has no outlook");
    (s.rating, s.achievement)
}

#[test]
fn both_bounds_of_a_band_are_inside_it_and_met_never_exceeded() {
    // [0, 1] (「0～1件で推移」): 0 and 1 are inside: met, a = 1.
    assert_eq!(
        band_at(0.0, 1.0, &[(2023, Some(0.0))]),
        (Rating::Met, Some(1.0))
    );
    assert_eq!(
        band_at(0.0, 1.0, &[(2023, Some(1.0))]),
        (Rating::Met, Some(1.0))
    );
    // [10, 20]: 10, 15 and 20 are met, however far inside.
    for v in [10.0, 15.0, 20.0] {
        assert_eq!(
            band_at(10.0, 20.0, &[(2023, Some(v))]),
            (Rating::Met, Some(1.0))
        );
    }
}

#[test]
fn below_a_band_is_at_least_its_low_end() {
    // [10, 20], v = 9: a = 9 / 10 = 0.9 ≥ 0.8 → progressing.
    assert_eq!(
        band_at(10.0, 20.0, &[(2023, Some(9.0))]),
        (Rating::Progressing, Some(0.9))
    );
    // v = 5 after 4: a = 0.5; the distance 5 < 6 shrank → limited.
    let r = band_at(10.0, 20.0, &[(2022, Some(4.0)), (2023, Some(5.0))]);
    assert_eq!(r, (Rating::Limited, Some(0.5)));
    // v = 5 after 6: the distance 5 > 4 grew → not_progressing.
    let r = band_at(10.0, 20.0, &[(2022, Some(6.0)), (2023, Some(5.0))]);
    assert_eq!(r, (Rating::NotProgressing, Some(0.5)));
}

#[test]
fn above_a_band_is_at_most_its_high_end() {
    // [10, 20], v = 25: a = 20 / 25 = 0.8 ≥ 0.8 → progressing (at the threshold).
    assert_eq!(
        band_at(10.0, 20.0, &[(2023, Some(25.0))]),
        (Rating::Progressing, Some(0.8))
    );
    // v = 40 after 50: a = 0.5, the distance 20 < 30 shrank → limited.
    let r = band_at(10.0, 20.0, &[(2022, Some(50.0)), (2023, Some(40.0))]);
    assert_eq!(r, (Rating::Limited, Some(0.5)));
    // [0, 1], v = 2 (「0～1件」 missed): a = 1 / 2 = 0.5; without a previous point, by a → limited.
    assert_eq!(
        band_at(0.0, 1.0, &[(2023, Some(2.0))]),
        (Rating::Limited, Some(0.5))
    );
}

#[test]
fn crossing_a_band_counts_by_the_distance_to_it() {
    // [10, 20]: 26 (distance 6) then 5 (distance 5, below): the distance shrank. a = 0.5
    // → limited. 24 (distance 4) then 5: it grew → not_progressing.
    let r = band_at(10.0, 20.0, &[(2022, Some(26.0)), (2023, Some(5.0))]);
    assert_eq!(r, (Rating::Limited, Some(0.5)));
    let r = band_at(10.0, 20.0, &[(2022, Some(24.0)), (2023, Some(5.0))]);
    assert_eq!(r, (Rating::NotProgressing, Some(0.5)));
}

#[test]
fn a_band_at_zero_has_no_ratio_below_and_none_above_at_zero() {
    // [0, 0] (「ゼロ件」): 0 is met; 2 is above: a = 0 / 2 = 0 ≤ 0 → not_progressing.
    assert_eq!(
        band_at(0.0, 0.0, &[(2023, Some(0.0))]),
        (Rating::Met, Some(1.0))
    );
    assert_eq!(
        band_at(0.0, 0.0, &[(2023, Some(2.0))]),
        (Rating::NotProgressing, Some(0.0))
    );
    // [0, 5], v = -1 below a low end of 0: a is undefined; no previous point → limited.
    assert_eq!(
        band_at(0.0, 5.0, &[(2023, Some(-1.0))]),
        (Rating::Limited, None)
    );
}

// ---- §3.2: a reference indicator's benchmark ----

fn benchmark(direction: crate::rubric::Direction, target: f64, accumulate: bool) -> Kind {
    Kind::Reference {
        direction: Some(direction),
        accumulate,
        benchmark: Some(target),
    }
}

#[test]
fn a_benchmark_is_checked_at_the_latest_value_and_never_rated() {
    use crate::rubric::Direction::AtMost;
    // 「10％以内」: 12 then 10 → latest 10 meets it exactly, a = 10 / 10 = 1.
    let data = numbers(&[(2022, Some(12.0)), (2023, Some(10.0))]);
    let s = scored(benchmark(AtMost, 10.0, false), &data, 2023);
    assert_eq!((s.rating, s.meets_target), (Rating::NotRated, Some(true)));
    assert!(close(s.achievement, 1.0));
    // The series points keep no target and no achievement.
    assert!(
        s.series
            .iter()
            .all(|p| p.target.is_none() && p.achievement.is_none())
    );
    // 12.5: not met, a = 10 / 12.5 = 0.8.
    let data = numbers(&[(2023, Some(12.5))]);
    let s = scored(benchmark(AtMost, 10.0, false), &data, 2023);
    assert_eq!((s.rating, s.meets_target), (Rating::NotRated, Some(false)));
    assert!(close(s.achievement, 0.8));
}

#[test]
fn a_benchmark_looks_at_a_stale_value_and_a_running_total() {
    use crate::rubric::Direction::AtLeast;
    // Increments 30 + 40 = 70 by 2022, nothing in 2023 (as_of): stale, 70 ≥ 60 met,
    // a = 70 / 60 = 1.1666….
    let data = numbers(&[(2021, Some(30.0)), (2022, Some(40.0))]);
    let s = scored(benchmark(AtLeast, 60.0, true), &data, 2023);
    assert_eq!(
        (s.year, s.stale, s.meets_target),
        (Some(2022), true, Some(true))
    );
    assert!(close(s.achievement, 70.0 / 60.0));
}

#[test]
fn without_a_benchmark_or_a_value_meets_target_is_null() {
    let plain = Kind::Reference {
        direction: Some(crate::rubric::Direction::AtLeast),
        accumulate: false,
        benchmark: None,
    };
    let data = numbers(&[(2023, Some(5.0))]);
    let s = scored(plain, &data, 2023);
    assert_eq!((s.meets_target, s.achievement), (None, None));
    let empty = numbers(&[(2023, None)]);
    let s = scored(
        benchmark(crate::rubric::Direction::AtLeast, 1.0, false),
        &empty,
        2023,
    );
    assert_eq!((s.meets_target, s.achievement), (None, None));
}
