//! The rules of SPEC §3, one test each, with the arithmetic worked by hand in comments.

use std::collections::BTreeMap;

use super::indicator::*;
use super::rule::*;
use super::*;
use crate::data::{MilestoneStatus, Place, Point, Status, Value};
use crate::rubric::{Baseline, Direction, Growth, Kind, PathKind, Target, Thresholds};

pub(super) fn point(value: Option<Value>) -> Point {
    Point {
        value,
        status: None,
        extras: None,
        place: Place {
            file: "t.csv".into(),
            line: 1,
        },
    }
}

/// A series as the data set holds it: one point a year, in order of year.
pub(super) fn numbers(values: &[(i32, Option<f64>)]) -> Vec<(i32, Point)> {
    let by_year: BTreeMap<i32, Point> = values
        .iter()
        .map(|&(y, v)| (y, point(v.map(Value::Number))))
        .collect();
    by_year.into_iter().collect()
}

pub(super) fn target(t: f64) -> Target {
    Target {
        direction: Direction::AtLeast,
        target: t,
        target_year: None,
        schedule: Default::default(),
        band: None,
        baseline: None,
        path: PathKind::Linear,
        accumulate: false,
    }
}

pub(super) fn indicator(kind: Kind) -> Indicator {
    Indicator {
        count_unit: None,
        id: "x".into(),
        name: "x".into(),
        name_en: None,
        unit: None,
        primary: false,
        weight: 1.0,
        source: None,
        kind,
        measure: crate::rubric::Measure::Value,
        scale: 1.0,
        year_basis: Default::default(),
        line: 1,
    }
}

pub(super) fn ctx(as_of: i32) -> Context {
    Context {
        as_of: Some(as_of),
        period: None,
        scoring: Thresholds::default(),
    }
}

fn score_target(t: Target, values: &[(i32, Option<f64>)], ctx: Context) -> (Rating, Option<f64>) {
    let data = numbers(values);
    let s = indicator::score_indicator(&indicator(Kind::Target(t)), Some(&data), &ctx);
    (s.rating, s.achievement)
}

pub(super) fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-12)
}

// ---- §3.1 step 1: the target for the year ----

#[test]
fn linear_path_between_baseline_and_target_year() {
    // 918 at 2020 → 1000 at 2025: T(2022) = 918 + 82 * 2/5 = 950.8.
    let t = Target {
        target: 1000.0,
        target_year: Some(2025),
        ..target(1000.0)
    };
    let b = Some(Baseline {
        year: 2020,
        value: 918.0,
    });
    assert!((target_for_year(&t, b, 2022).0 - 950.8).abs() < 1e-9);
    // From the target year on, and without a baseline, it is the target itself.
    assert_eq!(target_for_year(&t, b, 2025).0, 1000.0);
    assert_eq!(target_for_year(&t, b, 2030).0, 1000.0);
    assert_eq!(target_for_year(&t, None, 2022).0, 1000.0);
}

#[test]
fn geometric_path_grows_by_a_constant_factor() {
    // 100 at 2020 → 400 at 2022: T(2021) = 100 * 4^(1/2) = 200.
    let t = Target {
        target_year: Some(2022),
        path: PathKind::Geometric,
        ..target(400.0)
    };
    let b = Some(Baseline {
        year: 2020,
        value: 100.0,
    });
    assert!((target_for_year(&t, b, 2021).0 - 200.0).abs() < 1e-9);
}

#[test]
fn no_target_year_means_the_target_holds_every_year() {
    let t = target(50.0);
    let b = Some(Baseline {
        year: 2020,
        value: 10.0,
    });
    assert_eq!(target_for_year(&t, b, 2021).0, 50.0);
}

// ---- §3.1 step 2: the achievement ratio ----

#[test]
fn achievement_from_a_baseline_is_the_share_of_the_distance_covered() {
    // B = 918, T = 950.8, v = 961: (961 - 918) / (950.8 - 918) = 43 / 32.8 = 1.3109…
    let (a, rule) = achievement(
        961.0,
        950.8,
        Some(Baseline {
            year: 2020,
            value: 918.0,
        }),
        Direction::AtLeast,
    );
    assert!(close(a, 43.0 / (950.8 - 918.0)));
    assert_eq!(rule, AchievementRule::FromBaseline);
}

#[test]
fn a_baseline_that_already_meets_the_target_is_not_used() {
    // at_least, B = 60 >= T = 50: a = v / T = 40 / 50 = 0.8.
    let b = Some(Baseline {
        year: 2020,
        value: 60.0,
    });
    let (a, rule) = achievement(40.0, 50.0, b, Direction::AtLeast);
    assert!(close(a, 0.8));
    assert_eq!(rule, AchievementRule::Direct);
    // at_most, B = 5 <= T = 10: a = T / v = 10 / 20 = 0.5.
    let b = Some(Baseline {
        year: 2020,
        value: 5.0,
    });
    assert!(close(achievement(20.0, 10.0, b, Direction::AtMost).0, 0.5));
}

#[test]
fn achievement_is_undefined_where_the_spec_says() {
    // at_least with T <= 0 and no baseline; at_most with v <= 0.
    assert_eq!(achievement(5.0, 0.0, None, Direction::AtLeast).0, None);
    assert_eq!(achievement(0.0, 10.0, None, Direction::AtMost).0, None);
    // at_most, v = 8, T = 10: a = 10 / 8 = 1.25.
    assert!(close(
        achievement(8.0, 10.0, None, Direction::AtMost).0,
        1.25
    ));
}

// ---- §3.1 step 3: the rating, at the band edges ----

#[test]
fn exceeded_from_exactly_the_exceeded_ratio() {
    // 60 / 50 = 1.2 → exceeded; 59 / 50 = 1.18 → met.
    assert_eq!(
        score_target(target(50.0), &[(2023, Some(60.0))], ctx(2023)).0,
        Rating::Exceeded
    );
    assert_eq!(
        score_target(target(50.0), &[(2023, Some(59.0))], ctx(2023)).0,
        Rating::Met
    );
    // Exactly on target: 50 / 50 = 1.0 → met.
    assert_eq!(
        score_target(target(50.0), &[(2023, Some(50.0))], ctx(2023)).0,
        Rating::Met
    );
}

#[test]
fn progressing_from_exactly_the_progressing_ratio() {
    // 40 / 50 = 0.8 → progressing; 39 / 50 = 0.78 (no previous point) → limited.
    assert_eq!(
        score_target(target(50.0), &[(2023, Some(40.0))], ctx(2023)).0,
        Rating::Progressing
    );
    assert_eq!(
        score_target(target(50.0), &[(2023, Some(39.0))], ctx(2023)).0,
        Rating::Limited
    );
}

#[test]
fn not_moving_toward_the_target_since_the_previous_point_is_not_progressing() {
    // 30 → 30: a = 0.6 < 0.8 and v <= prev → not_progressing.
    let r = score_target(
        target(50.0),
        &[(2022, Some(30.0)), (2023, Some(30.0))],
        ctx(2023),
    );
    assert_eq!(r.0, Rating::NotProgressing);
    // 25 → 30 moved up: a = 0.6 → limited.
    let r = score_target(
        target(50.0),
        &[(2022, Some(25.0)), (2023, Some(30.0))],
        ctx(2023),
    );
    assert_eq!(r.0, Rating::Limited);
    // A fall that still covers 80% is progressing: 45 → 41, a = 0.82.
    let r = score_target(
        target(50.0),
        &[(2022, Some(45.0)), (2023, Some(41.0))],
        ctx(2023),
    );
    assert_eq!(r.0, Rating::Progressing);
}

#[test]
fn the_baseline_is_the_previous_point_when_no_earlier_value() {
    // B = 20 at 2020, T = 50; v = 18 in 2023: a = (18 - 20) / 30 < 0, and 18 <= 20 → not_progressing.
    let t = Target {
        baseline: Some(Baseline {
            year: 2020,
            value: 20.0,
        }),
        ..target(50.0)
    };
    assert_eq!(
        score_target(t.clone(), &[(2023, Some(18.0))], ctx(2023)).0,
        Rating::NotProgressing
    );
    // v = 26: a = 6 / 30 = 0.2, moved up → limited.
    assert_eq!(
        score_target(t, &[(2023, Some(26.0))], ctx(2023)).0,
        Rating::Limited
    );
}

#[test]
fn a_non_positive_achievement_is_not_progressing() {
    // at_most T = 0, v = 5, no previous point: a = 0 / 5 = 0 <= 0 → not_progressing.
    let t = Target {
        direction: Direction::AtMost,
        ..target(0.0)
    };
    assert_eq!(
        score_target(t, &[(2023, Some(5.0))], ctx(2023)),
        (Rating::NotProgressing, Some(0.0))
    );
}

#[test]
fn at_most_with_zero_values() {
    // v = 0 <= T = 10: met; a = T / v is undefined (v = 0), so not exceeded.
    let t = Target {
        direction: Direction::AtMost,
        ..target(10.0)
    };
    assert_eq!(
        score_target(t, &[(2023, Some(0.0))], ctx(2023)),
        (Rating::Met, None)
    );
    // T = 0 and v = 0: met, a undefined.
    let t = Target {
        direction: Direction::AtMost,
        ..target(0.0)
    };
    assert_eq!(
        score_target(t, &[(2023, Some(0.0))], ctx(2023)),
        (Rating::Met, None)
    );
    // at_most, T = 10, v = 8: a = 1.25 → exceeded.
    let t = Target {
        direction: Direction::AtMost,
        ..target(10.0)
    };
    assert_eq!(
        score_target(t, &[(2023, Some(8.0))], ctx(2023)).0,
        Rating::Exceeded
    );
}

#[test]
fn the_istc_ratio_just_over_its_ceiling_is_progressing() {
    // at_most 10%: 10.37% → not met; a = 10 / 10.37 = 0.964 >= 0.8 → progressing.
    let t = Target {
        direction: Direction::AtMost,
        ..target(10.0)
    };
    let (r, a) = score_target(
        t,
        &[(2021, Some(7.0)), (2022, Some(8.0)), (2023, Some(10.37))],
        ctx(2023),
    );
    assert_eq!(r, Rating::Progressing);
    assert!(close(a, 10.0 / 10.37));
}

// ---- gaps, stale, period, as_of ----

#[test]
fn a_gap_in_the_series_skips_to_the_latest_value_and_marks_it_stale() {
    // 2023 is empty: rated at 2022 (v = 45, a = 0.9 → progressing), stale; the empty year
    // is in the series as no_data.
    let data = numbers(&[(2021, Some(30.0)), (2022, Some(45.0)), (2023, None)]);
    let ind = indicator(Kind::Target(target(50.0)));
    let s = indicator::score_indicator(&ind, Some(&data), &ctx(2023));
    assert_eq!(
        (s.rating, s.year, s.stale),
        (Rating::Progressing, Some(2022), true)
    );
    assert_eq!(s.series.len(), 3);
    assert_eq!(s.series[2].rating, Rating::NoData);
    assert_eq!(s.series[2].value, None);
}

#[test]
fn the_previous_point_skips_empty_years() {
    // 2021: 30, 2022: empty, 2023: 30 → prev = 30 (2021), v <= prev → not_progressing.
    let r = score_target(
        target(50.0),
        &[(2021, Some(30.0)), (2022, None), (2023, Some(30.0))],
        ctx(2023),
    );
    assert_eq!(r.0, Rating::NotProgressing);
}

#[test]
fn values_before_the_period_are_context_not_ratings() {
    // Period 2021–2023; only 2020 has a value: no_data, but 2020 stays in the series and
    // serves as the previous point.
    let c = Context {
        period: Some((2021, 2023)),
        ..ctx(2023)
    };
    let data = numbers(&[(2020, Some(60.0))]);
    let ind = indicator(Kind::Target(target(50.0)));
    let s = indicator::score_indicator(&ind, Some(&data), &c);
    assert_eq!(
        (s.rating, s.year, s.series.len()),
        (Rating::NoData, None, 1)
    );
    // With 2021 = 30 too: a = 0.6, 30 <= prev 60 → not_progressing.
    let data = numbers(&[(2020, Some(60.0)), (2021, Some(30.0))]);
    let s = indicator::score_indicator(&ind, Some(&data), &c);
    assert_eq!(
        (s.rating, s.year, s.stale),
        (Rating::NotProgressing, Some(2021), true)
    );
}

#[test]
fn years_after_as_of_are_ignored() {
    let data = numbers(&[(2022, Some(40.0)), (2024, Some(80.0))]);
    let ind = indicator(Kind::Target(target(50.0)));
    let s = indicator::score_indicator(&ind, Some(&data), &ctx(2023));
    assert_eq!((s.rating, s.year), (Rating::Progressing, Some(2022)));
    assert_eq!(
        s.series.iter().map(|p| p.year).collect::<Vec<_>>(),
        vec![2022]
    );
}

#[test]
fn without_as_of_every_rated_indicator_is_no_data() {
    let c = Context {
        as_of: None,
        ..ctx(2023)
    };
    let data = numbers(&[(2022, Some(40.0))]);
    let s = indicator::score_indicator(&indicator(Kind::Target(target(50.0))), Some(&data), &c);
    assert_eq!((s.rating, s.series.len()), (Rating::NoData, 0));
    let r = indicator(Kind::Reference {
        direction: None,
        accumulate: false,
        benchmark: None,
    });
    assert_eq!(
        indicator::score_indicator(&r, Some(&data), &c).rating,
        Rating::NotRated
    );
}

// ---- accumulated indicators ----

#[test]
fn accumulated_values_are_running_totals_from_the_period_start() {
    // Period 2021–2023, increments 2020: 5 (left out), 2021: 3, 2022: 1, 2023: 4.
    // Totals: 2021 = 3, 2022 = 4, 2023 = 8. Baseline (2020, 0). T = 8 → a = 8 / 8 = 1 → met.
    let t = Target {
        accumulate: true,
        ..target(8.0)
    };
    let c = Context {
        period: Some((2021, 2023)),
        ..ctx(2023)
    };
    let data = numbers(&[
        (2020, Some(5.0)),
        (2021, Some(3.0)),
        (2022, Some(1.0)),
        (2023, Some(4.0)),
    ]);
    let s = indicator::score_indicator(&indicator(Kind::Target(t)), Some(&data), &c);
    let totals: Vec<_> = s.series.iter().map(|p| (p.year, p.value)).collect();
    assert_eq!(
        totals,
        vec![
            (2021, Some(Value::Number(3.0))),
            (2022, Some(Value::Number(4.0))),
            (2023, Some(Value::Number(8.0)))
        ]
    );
    assert_eq!((s.rating, s.stale), (Rating::Met, false));
    assert!(close(s.achievement, 1.0));
    assert_eq!(
        s.baseline,
        Some(Baseline {
            year: 2020,
            value: 0.0
        })
    );
    assert!(s.warnings.is_empty(), "{:?}", s.warnings);
}

/// An accumulated target of 20, no period, rated at 2023 from `data`.
fn accumulated(data: &[(i32, Point)]) -> IndicatorScore<'_> {
    let t = Target {
        accumulate: true,
        ..target(20.0)
    };
    indicator::score_indicator(&indicator(Kind::Target(t)), Some(data), &ctx(2023))
}

#[test]
fn an_empty_year_breaks_the_running_total() {
    // Increments 2021: 11, 2022: empty, 2023: 8. Summed around the gap, 2023 would be
    // 11 + 8 = 19 (a = 19 / 20 = 0.95, progressing), as if 2022 had been zero. The total
    // of 2022 is unknown, so no later year has one: 2023 keeps value null and no_data, and
    // the indicator is rated at 2021: total 11, baseline (2020, 0), T = 20,
    // a = 11 / 20 = 0.55 < 0.8, moved up from 0 → limited, stale (2021 < as_of 2023).
    let data = numbers(&[(2021, Some(11.0)), (2022, None), (2023, Some(8.0))]);
    let s = accumulated(&data);
    let totals: Vec<_> = s
        .series
        .iter()
        .map(|p| (p.year, p.value, p.rating))
        .collect();
    assert_eq!(
        totals,
        vec![
            (2021, Some(Value::Number(11.0)), Rating::Limited),
            (2022, None, Rating::NoData),
            (2023, None, Rating::NoData)
        ]
    );
    assert_eq!(
        (s.rating, s.year, s.stale, s.value),
        (Rating::Limited, Some(2021), true, Some(Value::Number(11.0)))
    );
    assert!(close(s.achievement, 0.55));
    // The warning names the gap and the years that lost their total.
    assert_eq!(s.warnings.len(), 1, "{:?}", s.warnings);
    assert!(
        s.warnings[0].to_string().contains("2022"),
        "{}",
        s.warnings[0]
    );
    assert!(
        s.warnings[0].to_string().contains("values of 2023"),
        "{}",
        s.warnings[0]
    );
}

#[test]
fn a_year_without_a_row_breaks_the_running_total() {
    // 2021: 11, no row for 2022, 2023: 8, 2024 (after as_of, ignored): the same as an empty
    // 2022 — rated at 2021 (11 / 20 = 0.55, limited), 2023 not totalled.
    let data = numbers(&[(2021, Some(11.0)), (2023, Some(8.0)), (2024, Some(1.0))]);
    let s = accumulated(&data);
    assert_eq!(
        s.series
            .iter()
            .map(|p| (p.year, p.value))
            .collect::<Vec<_>>(),
        vec![(2021, Some(Value::Number(11.0))), (2023, None)]
    );
    assert_eq!(
        (s.rating, s.year, s.stale),
        (Rating::Limited, Some(2021), true)
    );
    assert_eq!(s.warnings.len(), 1, "{:?}", s.warnings);
    assert!(
        s.warnings[0].to_string().contains("no row for 2022"),
        "{}",
        s.warnings[0]
    );
    // Two years missing are named as one gap: 2021: 11, 2024: 8 rated at 2024.
    let t = Target {
        accumulate: true,
        ..target(20.0)
    };
    let data = numbers(&[(2021, Some(11.0)), (2024, Some(8.0))]);
    let s = indicator::score_indicator(&indicator(Kind::Target(t)), Some(&data), &ctx(2024));
    assert_eq!((s.rating, s.year), (Rating::Limited, Some(2021)));
    assert!(
        s.warnings[0].to_string().contains("no row for 2022–2023"),
        "{}",
        s.warnings[0]
    );
}

#[test]
fn a_gap_at_the_end_only_leaves_the_indicator_stale() {
    // 2021: 11, 2022: 8, 2023: empty. Totals 11, 19; rated at 2022 (a = 19 / 20 = 0.95,
    // progressing), stale. No later value lost its total, so there is no warning (as for
    // any indicator whose latest year is missing).
    let data = numbers(&[(2021, Some(11.0)), (2022, Some(8.0)), (2023, None)]);
    let s = accumulated(&data);
    assert_eq!(
        (s.rating, s.year, s.stale),
        (Rating::Progressing, Some(2022), true)
    );
    assert!(s.warnings.is_empty(), "{:?}", s.warnings);
}

#[test]
fn a_gap_at_the_start_leaves_no_total() {
    // Period 2021–2023 and no row for 2021: the totals from 2021 are unknown, so 2022: 5 and
    // 2023: 5 have none, and the indicator is no_data (not 10 from a partial sum).
    let t = Target {
        accumulate: true,
        ..target(8.0)
    };
    let c = Context {
        period: Some((2021, 2023)),
        ..ctx(2023)
    };
    let data = numbers(&[(2022, Some(5.0)), (2023, Some(5.0))]);
    let s = indicator::score_indicator(&indicator(Kind::Target(t)), Some(&data), &c);
    assert_eq!((s.rating, s.year, s.value), (Rating::NoData, None, None));
    assert!(
        s.warnings[0].to_string().contains("no row for 2021"),
        "{}",
        s.warnings[0]
    );
    // Without a period, s is the year of the earliest row, even an empty one: 2020 empty,
    // 2021: 4 → 2021 has no total.
    let data = numbers(&[(2020, None), (2021, Some(4.0))]);
    let s = accumulated(&data);
    assert_eq!((s.rating, s.series.len()), (Rating::NoData, 2));
    assert_eq!(
        s.baseline,
        Some(Baseline {
            year: 2019,
            value: 0.0
        })
    );
}

#[test]
fn a_gap_cuts_the_outlook_and_the_trend_at_the_last_total() {
    // Target 30 by 2025 from (2020, 0). 2021: 10, 2022: empty, 2023: 20. Points: (2020, 0),
    // (2021, 10): actual 10 / 1 = 10, required 30 / 5 = 6, R = 1.67 → on_track (with 2023
    // summed around the gap, last = (2023, 30) would have met the target).
    let t = Target {
        accumulate: true,
        target_year: Some(2025),
        ..target(30.0)
    };
    let data = numbers(&[(2021, Some(10.0)), (2022, None), (2023, Some(20.0))]);
    let s = indicator::score_indicator(&indicator(Kind::Target(t)), Some(&data), &ctx(2023));
    let o = s.outlook.unwrap();
    assert_eq!((o.first, o.last), ((2020, 0.0), (2021, 10.0)));
    assert_eq!((o.actual, o.required), (Some(10.0), Some(6.0)));
    // A reference indicator: totals 10 (2021), 15 (2022), then a gap, 2024: 100 dropped.
    // Trend from 10 to 15 over one year: g = 0.5 → rising; latest value 15 at 2022, stale.
    let r = indicator(Kind::Reference {
        direction: None,
        accumulate: true,
        benchmark: None,
    });
    let data = numbers(&[
        (2021, Some(10.0)),
        (2022, Some(5.0)),
        (2023, None),
        (2024, Some(100.0)),
    ]);
    let s = indicator::score_indicator(&r, Some(&data), &ctx(2024));
    let tr = s.trend.unwrap();
    assert_eq!(
        (tr.last, tr.g, tr.trend),
        ((2022, 15.0), 0.5, Trend::Rising)
    );
    assert_eq!(
        (s.rating, s.year, s.stale, s.value),
        (
            Rating::NotRated,
            Some(2022),
            true,
            Some(Value::Number(15.0))
        )
    );
    assert_eq!(s.warnings.len(), 1, "{:?}", s.warnings);
}

#[test]
fn an_accumulated_target_follows_its_path_from_zero() {
    // Increments 11, 8, 8 (2021–2023), target 30 by 2024, no period: s = 2021, baseline (2020, 0).
    // T(2023) = 0 + 30 * 3/4 = 22.5; total 27 >= 22.5, a = 27 / 22.5 = 1.2 → exceeded.
    // Outlook: actual (27 - 0) / 3 = 9, required (30 - 0) / 4 = 7.5, R = 1.2 → on_track.
    let t = Target {
        accumulate: true,
        target_year: Some(2024),
        ..target(30.0)
    };
    let data = numbers(&[(2021, Some(11.0)), (2022, Some(8.0)), (2023, Some(8.0))]);
    let s = indicator::score_indicator(&indicator(Kind::Target(t)), Some(&data), &ctx(2023));
    assert_eq!(s.rating, Rating::Exceeded);
    assert_eq!(
        s.outlook.as_ref().map(|o| o.outlook),
        Some(Outlook::OnTrack)
    );
    assert_eq!(s.outlook.as_ref().and_then(|o| o.required), Some(7.5));
}

// ---- §3.1 step 4: outlook ----

fn outlook_of(t: &Target, known: &[(i32, f64)], growth: Growth) -> Option<Outlook> {
    outlook::outlook(known, t, growth, &mut Vec::new()).map(|o| o.outlook)
}

#[test]
fn outlook_bands_of_the_eurostat_assessment() {
    // First (2020, 0), target 100 by 2030: required = 10 a year.
    let t = Target {
        target_year: Some(2030),
        ..target(100.0)
    };
    // Actual 9.5 a year: R = 0.95 → on_track.
    assert_eq!(
        outlook_of(&t, &[(2020, 0.0), (2022, 19.0)], Growth::Linear),
        Some(Outlook::OnTrack)
    );
    // Actual 9.4: R = 0.94 → moderate.
    assert_eq!(
        outlook_of(&t, &[(2020, 0.0), (2022, 18.8)], Growth::Linear),
        Some(Outlook::Moderate)
    );
    // Actual 6: R = 0.6 → moderate.
    assert_eq!(
        outlook_of(&t, &[(2020, 0.0), (2022, 12.0)], Growth::Linear),
        Some(Outlook::Moderate)
    );
    // Actual 5: R = 0.5 → insufficient; 0: R = 0 → insufficient.
    assert_eq!(
        outlook_of(&t, &[(2020, 0.0), (2022, 10.0)], Growth::Linear),
        Some(Outlook::Insufficient)
    );
    assert_eq!(
        outlook_of(&t, &[(2020, 0.0), (2022, 0.0)], Growth::Linear),
        Some(Outlook::Insufficient)
    );
    // Actual -1: R < 0 → moving_away.
    assert_eq!(
        outlook_of(&t, &[(2020, 0.0), (2022, -2.0)], Growth::Linear),
        Some(Outlook::MovingAway)
    );
}

#[test]
fn outlook_when_the_target_is_met_or_the_first_point_met_it() {
    let t = Target {
        target_year: Some(2030),
        ..target(100.0)
    };
    // The last value meets the target: on_track, whatever the pace.
    assert_eq!(
        outlook_of(&t, &[(2020, 120.0), (2022, 100.0)], Growth::Linear),
        Some(Outlook::OnTrack)
    );
    // The first met it (required = (100 - 120) / 10 < 0) and the last does not: moving_away.
    assert_eq!(
        outlook_of(&t, &[(2020, 120.0), (2022, 90.0)], Growth::Linear),
        Some(Outlook::MovingAway)
    );
    // Required zero (first = target) and the last below: moving_away.
    assert_eq!(
        outlook_of(&t, &[(2020, 100.0), (2022, 90.0)], Growth::Linear),
        Some(Outlook::MovingAway)
    );
    // One point is not enough.
    assert_eq!(outlook_of(&t, &[(2020, 10.0)], Growth::Linear), None);
}

#[test]
fn outlook_of_an_at_most_target() {
    // 20 in 2020 → at most 10 by 2030: required -1 a year; actual (18 - 20) / 2 = -1 → R = 1 → on_track.
    let t = Target {
        direction: Direction::AtMost,
        target_year: Some(2030),
        ..target(10.0)
    };
    assert_eq!(
        outlook_of(&t, &[(2020, 20.0), (2022, 18.0)], Growth::Linear),
        Some(Outlook::OnTrack)
    );
    // Rising instead: actual +1 → R = -1 → moving_away.
    assert_eq!(
        outlook_of(&t, &[(2020, 20.0), (2022, 22.0)], Growth::Linear),
        Some(Outlook::MovingAway)
    );
}

#[test]
fn compound_outlook_compares_growth_rates() {
    // 100 → 121 in 2 years: 10% a year. Target 1000 by 2030 from 2020: 10^(1/10) - 1 = 25.9% a year.
    // R = 0.1 / 0.2589 = 0.386 → insufficient (linear would say 10.5 / 90 = 0.117 → insufficient too).
    let t = Target {
        target_year: Some(2030),
        ..target(1000.0)
    };
    let calc = outlook::outlook(
        &[(2020, 100.0), (2022, 121.0)],
        &t,
        Growth::Compound,
        &mut Vec::new(),
    )
    .unwrap();
    assert_eq!(calc.outlook, Outlook::Insufficient);
    assert!((calc.actual.unwrap() - 0.1).abs() < 1e-12);
    assert!((calc.required.unwrap() - (10f64.powf(0.1) - 1.0)).abs() < 1e-12);
    // 100 → 144 in 2 years (20% a year) against 1.2^... target 100 * 1.2^10 by 2030: R = 1 → on_track.
    let t = Target {
        target_year: Some(2030),
        ..target(100.0 * 1.2f64.powi(10))
    };
    assert_eq!(
        outlook_of(&t, &[(2020, 100.0), (2022, 144.0)], Growth::Compound),
        Some(Outlook::OnTrack)
    );
}

#[test]
fn compound_without_positive_values_falls_back_to_linear_and_says_so() {
    let t = Target {
        target_year: Some(2030),
        ..target(100.0)
    };
    let mut warnings = Vec::new();
    let calc = outlook::outlook(
        &[(2020, 0.0), (2022, 19.0)],
        &t,
        Growth::Compound,
        &mut warnings,
    )
    .unwrap();
    assert_eq!(
        (calc.growth, calc.outlook),
        (Growth::Linear, Outlook::OnTrack)
    );
    assert_eq!(warnings.len(), 1);
}

#[test]
fn outlook_only_before_the_target_year() {
    // target_year 2023 = as_of: no outlook.
    let t = Target {
        target_year: Some(2023),
        baseline: Some(Baseline {
            year: 2020,
            value: 0.0,
        }),
        ..target(10.0)
    };
    let data = numbers(&[(2022, Some(5.0)), (2023, Some(6.0))]);
    let s = indicator::score_indicator(&indicator(Kind::Target(t)), Some(&data), &ctx(2023));
    assert_eq!(s.outlook, None);
}

#[test]
fn the_un_staff_outlook_from_the_seed() {
    // 918 (2020 baseline), 956 (2021), 961 (2022), 2023 empty; 1000 by 2025.
    // actual (961 - 918) / 2 = 21.5, required (1000 - 918) / 5 = 16.4, R = 1.31 → on_track.
    // Rated at 2022 (stale): T(2022) = 950.8, a = 43 / 32.8 = 1.31 → exceeded.
    let t = Target {
        target_year: Some(2025),
        baseline: Some(Baseline {
            year: 2020,
            value: 918.0,
        }),
        ..target(1000.0)
    };
    let data = numbers(&[(2021, Some(956.0)), (2022, Some(961.0)), (2023, None)]);
    let s = indicator::score_indicator(&indicator(Kind::Target(t)), Some(&data), &ctx(2023));
    assert_eq!(
        (s.rating, s.year, s.stale),
        (Rating::Exceeded, Some(2022), true)
    );
    let o = s.outlook.unwrap();
    assert_eq!(
        (o.first, o.last, o.outlook),
        ((2020, 918.0), (2022, 961.0), Outlook::OnTrack)
    );
    assert_eq!((o.actual, o.required), (Some(21.5), Some(16.4)));
}

// ---- §3.2 reference trend ----

fn trend_of(
    values: &[(i32, f64)],
    direction: Option<Direction>,
    scoring: Thresholds,
) -> Option<Trend> {
    outlook::trend(values, direction, &scoring, &mut Vec::new()).map(|t| t.trend)
}

#[test]
fn trend_directions_and_the_stable_band() {
    let s = Thresholds::default();
    // (67 - 56) / 56 / 2 = 0.098 > 0.01; higher is worse → worsening.
    assert_eq!(
        trend_of(&[(2021, 56.0), (2023, 67.0)], Some(Direction::AtMost), s),
        Some(Trend::Worsening)
    );
    assert_eq!(
        trend_of(&[(2021, 56.0), (2023, 67.0)], Some(Direction::AtLeast), s),
        Some(Trend::Improving)
    );
    assert_eq!(
        trend_of(&[(2021, 56.0), (2023, 67.0)], None, s),
        Some(Trend::Rising)
    );
    assert_eq!(
        trend_of(&[(2021, 67.0), (2023, 56.0)], None, s),
        Some(Trend::Falling)
    );
    // (102 - 100) / 100 / 2 = 0.01 = stable_band → stable (the band is inclusive).
    assert_eq!(
        trend_of(&[(2021, 100.0), (2023, 102.0)], None, s),
        Some(Trend::Stable)
    );
    // (103 - 100) / 100 / 2 = 0.015 → rising.
    assert_eq!(
        trend_of(&[(2021, 100.0), (2023, 103.0)], None, s),
        Some(Trend::Rising)
    );
    // A negative first value: (-50 - -100) / 100 / 1 = 0.5 → rising.
    assert_eq!(
        trend_of(&[(2022, -100.0), (2023, -50.0)], None, s),
        Some(Trend::Rising)
    );
    // One value: no trend.
    assert_eq!(trend_of(&[(2023, 5.0)], None, s), None);
}

#[test]
fn trend_from_zero_is_the_sign_of_the_change() {
    let s = Thresholds::default();
    assert_eq!(
        trend_of(&[(2021, 0.0), (2023, 1.0)], None, s),
        Some(Trend::Rising)
    );
    assert_eq!(
        trend_of(&[(2021, 0.0), (2023, 0.0)], None, s),
        Some(Trend::Stable)
    );
    assert_eq!(
        trend_of(&[(2021, 0.0), (2023, -1.0)], Some(Direction::AtMost), s),
        Some(Trend::Improving)
    );
}

#[test]
fn compound_trend_uses_the_annual_growth_rate() {
    // 100 → 102 over 2 years, band 0.00999: CAGR = √1.02 - 1 = 0.00995 → stable;
    // linear (102 - 100) / 100 / 2 = 0.01 → rising.
    let band = 0.00999;
    let compound = Thresholds {
        growth: Growth::Compound,
        stable_band: band,
        ..Thresholds::default()
    };
    let linear = Thresholds {
        stable_band: band,
        ..Thresholds::default()
    };
    assert_eq!(
        trend_of(&[(2021, 100.0), (2023, 102.0)], None, compound),
        Some(Trend::Stable)
    );
    assert_eq!(
        trend_of(&[(2021, 100.0), (2023, 102.0)], None, linear),
        Some(Trend::Rising)
    );
}

#[test]
fn a_reference_indicator_is_never_rated_and_can_be_stale() {
    let data = numbers(&[(2021, Some(56.0)), (2022, Some(58.0)), (2023, None)]);
    let r = indicator(Kind::Reference {
        direction: Some(Direction::AtMost),
        accumulate: false,
        benchmark: None,
    });
    let s = indicator::score_indicator(&r, Some(&data), &ctx(2023));
    assert_eq!(
        (s.rating, s.year, s.stale),
        (Rating::NotRated, Some(2022), true)
    );
    assert_eq!(s.value, Some(Value::Number(58.0)));
    assert_eq!(s.achievement, None);
    // (58 - 56) / 56 / 1 = 0.036 → worsening.
    assert_eq!(s.trend.as_ref().map(|t| t.trend), Some(Trend::Worsening));
}

// ---- §3.3 milestones ----

#[test]
fn milestone_ratings_before_and_after_due() {
    use MilestoneStatus::*;
    assert_eq!(rate_milestone(Achieved, 2023, Some(2022)).0, Rating::Met);
    assert_eq!(
        rate_milestone(InProgress, 2021, Some(2022)).0,
        Rating::Progressing
    );
    assert_eq!(
        rate_milestone(InProgress, 2022, Some(2022)).0,
        Rating::Limited
    );
    assert_eq!(
        rate_milestone(InProgress, 2030, None).0,
        Rating::Progressing
    );
    assert_eq!(
        rate_milestone(NotStarted, 2021, Some(2022)).0,
        Rating::Limited
    );
    assert_eq!(
        rate_milestone(NotStarted, 2022, Some(2022)).0,
        Rating::NotProgressing
    );
    assert_eq!(rate_milestone(NotStarted, 2030, None).0, Rating::Limited);
}

#[test]
fn a_milestone_is_rated_at_its_latest_status() {
    let data: Vec<(i32, Point)> = vec![
        (
            2021,
            point(Some(Value::Milestone(MilestoneStatus::NotStarted))),
        ),
        (
            2022,
            point(Some(Value::Milestone(MilestoneStatus::InProgress))),
        ),
    ];
    let m = indicator(Kind::Milestone { due: Some(2022) });
    let s = indicator::score_indicator(&m, Some(&data), &ctx(2023));
    // In progress at 2022 = due → limited; stale against 2023.
    assert_eq!(
        (s.rating, s.year, s.stale),
        (Rating::Limited, Some(2022), true)
    );
}

// ---- as_of and the tree ----

fn rubric(period: Option<(i32, i32)>, kinds: Vec<Kind>) -> Rubric {
    let text = format!(
        "schema = 1\n[policy]\nid = \"p\"\ntitle = \"t\"\n{}",
        period
            .map(|(a, b)| format!("period = [{a}, {b}]\n"))
            .unwrap_or_default()
    );
    let (mut r, _) = crate::rubric::parse("p.toml", &text).unwrap();
    r.fields = vec![crate::rubric::Field {
        id: "f".into(),
        title: "f".into(),
        title_en: None,
        owner: None,
        weight: 1.0,
        assessment: Default::default(),
        goals: vec![crate::rubric::Goal {
            id: "g".into(),
            text: "g".into(),
            text_en: None,
            weight: 1.0,
            assessment: Default::default(),
            indicators: kinds
                .into_iter()
                .enumerate()
                .map(|(i, k)| Indicator {
                    id: format!("i{i}"),
                    ..indicator(k)
                })
                .collect(),
        }],
    }];
    r
}

fn dataset(rows: &[(&str, i32, &str)]) -> DataSet {
    let mut text = String::from("indicator,year,value\n");
    for (id, year, value) in rows {
        text.push_str(&format!("{id},{year},{value}\n"));
    }
    let ids: BTreeMap<String, crate::data::IdInfo> = rows
        .iter()
        .map(|(id, _, _)| (id.to_string(), Default::default()))
        .collect();
    let mut acc = crate::data::Rows::default();
    crate::data::read_csv("d.csv", &text, &ids, &mut acc);
    acc.finish(&ids, Default::default(), Vec::new())
        .unwrap()
        .data
}

#[test]
fn as_of_is_the_latest_year_with_a_value_inside_the_period() {
    let r = rubric(
        Some((2021, 2023)),
        vec![
            Kind::Target(target(1.0)),
            Kind::Reference {
                direction: None,
                accumulate: false,
                benchmark: None,
            },
        ],
    );
    // 2024 is outside the period; 2023 has only an empty value: as_of = 2022 (from the reference).
    let d = dataset(&[
        ("i0", 2021, "1"),
        ("i1", 2022, "1"),
        ("i0", 2023, ""),
        ("i0", 2024, "1"),
    ]);
    assert_eq!(as_of(&r, &d, None), Some(2022));
    // --year is capped at the end of the period.
    assert_eq!(as_of(&r, &d, Some(2030)), Some(2023));
    assert_eq!(as_of(&r, &d, Some(2019)), Some(2019));
    // Without a period, any year counts.
    let r = rubric(None, vec![Kind::Target(target(1.0))]);
    assert_eq!(as_of(&r, &d, None), Some(2024));
    // No value at all: null.
    assert_eq!(as_of(&r, &DataSet::default(), None), None);
}

#[test]
fn a_goal_with_no_data_is_no_data_and_a_policy_of_reference_goals_is_not_rated() {
    let r = rubric(
        None,
        vec![Kind::Target(target(1.0)), Kind::Milestone { due: None }],
    );
    let empty = DataSet::default();
    let s = score(&r, &empty, None);
    assert_eq!((s.as_of, s.rating), (None, Rating::NoData));
    assert_eq!(
        s.fields[0].goals[0].coverage,
        Coverage {
            rated: 2,
            with_data: 0
        }
    );
    let r = rubric(
        None,
        vec![Kind::Reference {
            direction: None,
            accumulate: false,
            benchmark: None,
        }],
    );
    let d = dataset(&[("i0", 2021, "1")]);
    let s = score(&r, &d, None);
    assert_eq!(
        (s.fields[0].goals[0].rating, s.fields[0].rating, s.rating),
        (Rating::NotRated, Rating::NotRated, Rating::NotRated)
    );
    assert_eq!(
        s.fields[0].goals[0].coverage,
        Coverage {
            rated: 0,
            with_data: 0
        }
    );
}

#[test]
fn a_provisional_row_is_scored() {
    let mut data = numbers(&[(2023, Some(60.0))]);
    data[0].1.status = Some(Status::Provisional);
    let s = indicator::score_indicator(
        &indicator(Kind::Target(target(50.0))),
        Some(&data),
        &ctx(2023),
    );
    assert_eq!(s.rating, Rating::Exceeded);
    assert!(s.rated_point().unwrap().point.provisional());
}

#[test]
fn a_path_value_that_is_whole_in_exact_arithmetic_is_met_when_reached() {
    // 0 at 2019 → 77 at 2030: T(2028) = 0 + 77 × 9 / 11 = 63 exactly; v = 63 → met, a = 1.
    let t = Target {
        target_year: Some(2030),
        baseline: Some(Baseline {
            year: 2019,
            value: 0.0,
        }),
        ..target(77.0)
    };
    assert_eq!(
        score_target(t, &[(2028, Some(63.0))], ctx(2028)),
        (Rating::Met, Some(1.0))
    );
}

#[test]
fn running_totals_carry_no_float_noise() {
    // 0.1 + 0.2 = 0.3, not 0.30000000000000004; 3.3 + (-3.3) = 0 exactly, so at_most's
    // a = T / v is undefined (v = 0) rather than a huge ratio.
    let c = Context {
        period: Some((2021, 2023)),
        ..ctx(2023)
    };
    let t = Target {
        accumulate: true,
        ..target(1.0)
    };
    let data = numbers(&[(2021, Some(0.1)), (2022, Some(0.2))]);
    let s = indicator::score_indicator(&indicator(Kind::Target(t)), Some(&data), &c);
    assert_eq!(s.value, Some(Value::Number(0.3)));
    let t = Target {
        accumulate: true,
        direction: Direction::AtMost,
        ..target(1.0)
    };
    let data = numbers(&[(2021, Some(3.3)), (2022, Some(-3.3))]);
    let s = indicator::score_indicator(&indicator(Kind::Target(t)), Some(&data), &c);
    assert_eq!((s.value, s.achievement), (Some(Value::Number(0.0)), None));
}

#[test]
fn an_accumulated_series_without_any_value_still_lists_its_empty_years() {
    let t = Target {
        accumulate: true,
        ..target(10.0)
    };
    let data = numbers(&[(2022, None)]);
    let s = indicator::score_indicator(&indicator(Kind::Target(t)), Some(&data), &ctx(2023));
    assert_eq!((s.rating, s.series.len()), (Rating::NoData, 1));
}

#[test]
fn thresholds_are_reached_as_in_decimal_arithmetic() {
    // 107.8 / 98 = 1.1 in decimal, 1.0999999999999999 in binary: with exceeded = 1.1 it is
    // exceeded, as the evaluator who wrote both numbers expects.
    let scoring = Thresholds {
        exceeded: 1.1,
        ..Thresholds::default()
    };
    let c = Context {
        scoring,
        ..ctx(2023)
    };
    assert_eq!(
        score_target(target(98.0), &[(2023, Some(107.8))], c).0,
        Rating::Exceeded
    );
    // A real shortfall is still one: 107.7 / 98 = 1.099 → met.
    assert_eq!(
        score_target(target(98.0), &[(2023, Some(107.7))], c).0,
        Rating::Met
    );
    // 0.7 + 0.1 in a path (0.7999999999999999 in binary) meets a target of 0.8.
    assert!(meets(0.7 + 0.1, 0.8, Direction::AtLeast));
    assert!(!meets(0.79, 0.8, Direction::AtLeast));
    assert!(meets(0.8, 0.7 + 0.1, Direction::AtMost));
}

// ---- what the scorer records for `explain` ----

#[test]
fn each_point_records_how_its_target_and_achievement_were_found() {
    // 10 in 2020 → 50 by 2024: T(2022) = 30 on the path, T(2024) = 50 the target itself.
    let t = Target {
        target_year: Some(2024),
        baseline: Some(Baseline {
            year: 2020,
            value: 10.0,
        }),
        ..target(50.0)
    };
    let data = numbers(&[(2022, Some(20.0)), (2023, None), (2024, Some(40.0))]);
    let s = indicator::score_indicator(&indicator(Kind::Target(t)), Some(&data), &ctx(2024));
    let found: Vec<_> = s
        .series
        .iter()
        .map(|p| (p.target_rule, p.achievement_rule, p.previous))
        .collect();
    assert_eq!(
        found,
        [
            (
                Some(TargetRule::Path),
                Some(AchievementRule::FromBaseline),
                Some((2020, 10.0))
            ),
            // No value: no achievement; the previous point stays 2022's.
            (Some(TargetRule::Path), None, Some((2022, 20.0))),
            (
                Some(TargetRule::TargetYearReached),
                Some(AchievementRule::FromBaseline),
                Some((2022, 20.0))
            ),
        ]
    );
}

#[test]
fn each_goal_field_and_policy_records_the_step_that_decided_it() {
    let r = rubric(
        None,
        vec![Kind::Target(target(10.0)), Kind::Target(target(10.0))],
    );
    // 12 / 10 = 1.2: exceeded; 11 / 10 = 1.1: met. One of two exceeded: met, by step 1.
    let d = dataset(&[("i0", 2023, "12"), ("i1", 2023, "11")]);
    let s = score(&r, &d, None);
    let step = Step::AllMet {
        exceeded: 1,
        counted: 2,
        primaries: false,
    };
    assert_eq!(
        (s.fields[0].goals[0].rating, s.fields[0].goals[0].step),
        (Rating::Met, step)
    );
    // The field and the policy have one child each, met, counted as primary.
    let one = Step::AllMet {
        exceeded: 0,
        counted: 1,
        primaries: true,
    };
    assert_eq!((s.fields[0].step, s.step), (one, one));
}
