use super::*;
use crate::report::json::fixtures::{point, rubric};
use crate::report::json::{IndicatorReport, PointReport};
use crate::rubric::{Direction, KindName, YearBasis};

fn indicator(
    unit: &str,
    basis: YearBasis,
    series: Vec<PointReport<'static>>,
) -> IndicatorReport<'static> {
    IndicatorReport {
        unit: Some(unit.to_string().into()),
        year: series.last().map(|p| p.year),
        value: series.last().and_then(|p| p.value),
        series,
        year_basis: basis,
        ..crate::report::json::fixtures::indicator()
    }
}

#[test]
fn years_say_whether_they_are_fiscal_or_calendar() {
    assert_eq!(year(2023, YearBasis::Fiscal, Lang::Ja), "2023年度");
    assert_eq!(year(2023, YearBasis::Calendar, Lang::Ja), "2023年");
    assert_eq!(year(2023, YearBasis::Fiscal, Lang::En), "FY2023");
    assert_eq!(year(2023, YearBasis::Calendar, Lang::En), "2023");
}

#[test]
fn a_ratio_shows_one_decimal_and_its_counts() {
    // 97 / 192 × 100 = 50.520833…: one decimal, never the whole expansion.
    assert_eq!(
        ratio(9700.0 / 192.0, (97.0, 192.0), ("%", ""), Lang::Ja),
        "50.5%（192中97）"
    );
    assert_eq!(
        ratio(9700.0 / 192.0, (97.0, 192.0), ("%", ""), Lang::En),
        "50.5% (97 of 192)"
    );
    // 2 / 3 = 66.666…, and a whole percentage has no decimal.
    assert_eq!(
        ratio(200.0 / 3.0, (2.0, 3.0), ("%", ""), Lang::Ja),
        "66.7%（3中2）"
    );
    assert_eq!(
        ratio(80.0, (8.0, 10.0), ("%", ""), Lang::En),
        "80% (8 of 10)"
    );
    // None hired: 0 of 12 (a denominator of 0 never reaches a report, the reader refuses
    // it); large counts are grouped.
    assert_eq!(ratio(0.0, (0.0, 12.0), ("%", ""), Lang::Ja), "0%（12中0）");
    assert_eq!(
        ratio(50.0, (1_500.0, 3_000.0), ("%", ""), Lang::En),
        "50% (1,500 of 3,000)"
    );
    // With the rubric's `count_unit = "名"`, the book's own words (「50％（192名中97名）」).
    assert_eq!(
        ratio(9700.0 / 192.0, (97.0, 192.0), ("%", "名"), Lang::Ja),
        "50.5%（192名中97名）"
    );
}

#[test]
fn a_point_shows_its_ratio_or_its_span_total() {
    let mut p = point(2021, 9700.0 / 192.0);
    (p.numerator, p.denominator) = (Some(97.0), Some(192.0));
    let ind = indicator("%", YearBasis::Fiscal, vec![p.clone()]);
    assert_eq!(point_value(&p, &ind, Lang::Ja), "50.5%（192中97）");
    assert_eq!(rated_value(&ind, Lang::En), "50.5% (97 of 192)");
    // A span of a fiscal and of a calendar indicator.
    let mut s = point(2023, 8.0);
    s.span = Some([2021, 2023]);
    let fiscal = indicator("件", YearBasis::Fiscal, vec![s.clone()]);
    assert_eq!(rated_value(&fiscal, Lang::Ja), "2021～2023年度計 8件");
    assert_eq!(rated_value(&fiscal, Lang::En), "FY2021–2023 total 8件");
    let calendar = indicator("人", YearBasis::Calendar, vec![s]);
    assert_eq!(rated_value(&calendar, Lang::Ja), "2021～2023年計 8人");
    assert_eq!(rated_value(&calendar, Lang::En), "2021–2023 total 8人");
    assert_eq!(rated_year(&calendar, Lang::Ja), "2023年");
    // A point without a value shows nothing.
    let mut empty = point(2023, 0.0);
    empty.value = None;
    assert_eq!(point_value(&empty, &calendar, Lang::Ja), "");
}

#[test]
fn a_span_after_earlier_years_shows_its_own_total_and_the_running_one() {
    // Accumulated: 2020 gave 5, the span 2021～2023 gave 8, so the running total at 2023 is
    // 13; the span's own total is 13 − 5 = 8, not 13.
    let mut s = point(2023, 13.0);
    s.span = Some([2021, 2023]);
    let mut ind = indicator("件", YearBasis::Fiscal, vec![point(2020, 5.0), s.clone()]);
    ind.accumulate = true;
    assert_eq!(
        point_value(&s, &ind, Lang::Ja),
        "2021～2023年度計 8件（累計13件）"
    );
    assert_eq!(
        point_value(&s, &ind, Lang::En),
        "FY2021–2023 total 8件 (cumulative 13件)"
    );
    // Increments of tenths: 0.3 − 0.1 in floating point is 0.19999…, shown as 0.2.
    let mut t = point(2023, 0.3);
    t.span = Some([2021, 2023]);
    let mut tenths = indicator("億円", YearBasis::Fiscal, vec![point(2020, 0.1), t.clone()]);
    tenths.accumulate = true;
    assert_eq!(
        point_value(&t, &tenths, Lang::Ja),
        "2021～2023年度計 0.2億円（累計0.3億円）"
    );
}

#[test]
fn a_ratio_of_another_scale_keeps_its_digits() {
    // scale = 1: 3 / 1000 = 0.003, which one decimal would show as 0.
    assert_eq!(
        ratio(0.003, (3.0, 1000.0), ("", ""), Lang::Ja),
        "0.003（1,000中3）"
    );
    assert_eq!(
        ratio(0.003, (3.0, 1000.0), ("", ""), Lang::En),
        "0.003 (3 of 1,000)"
    );
}

#[test]
fn targets_and_due_years_follow_the_year_basis() {
    let mut ind = indicator("人", YearBasis::Calendar, vec![point(2022, 961.0)]);
    ind.kind = KindName::Target;
    ind.stale = true;
    ind.target = Some(TargetReport::Number(1000.0));
    ind.target_year = Some(2025);
    assert_eq!(rated_year(&ind, Lang::Ja), "2022年†");
    assert_eq!(target(&ind, Lang::Ja), "≥ 1,000人 (2025年)");
    ind.year_basis = YearBasis::Fiscal;
    assert_eq!(target(&ind, Lang::En), "≥ 1,000人 (FY2025)");
    let mut m = indicator("", YearBasis::Calendar, vec![]);
    m.due = Some(2026);
    assert_eq!(target(&m, Lang::Ja), "2026年まで");
    m.year_basis = YearBasis::Fiscal;
    assert_eq!(target(&m, Lang::En), "by FY2026");
}

#[test]
fn a_benchmark_is_judged_beside_the_reference_rating() {
    let mut ind = indicator("%", YearBasis::Fiscal, vec![point(2023, 10.37)]);
    ind.direction = Some(Direction::AtMost);
    ind.target = Some(TargetReport::Number(10.0));
    ind.meets_target = Some(false);
    let r = rubric();
    assert_eq!(
        indicator_rating(&ind, &r, Lang::Ja),
        "参考（目安10%以内：未達成）"
    );
    assert_eq!(
        indicator_rating(&ind, &r, Lang::En),
        "Reference only (benchmark ≤ 10%: not met)"
    );
    ind.direction = Some(Direction::AtLeast);
    ind.meets_target = Some(true);
    assert_eq!(
        indicator_rating(&ind, &r, Lang::Ja),
        "参考（目安10%以上：達成）"
    );
    // No value yet: no verdict.
    ind.meets_target = None;
    assert_eq!(indicator_rating(&ind, &r, Lang::Ja), "参考");
}
