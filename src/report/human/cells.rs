//! The cells of an indicator that every format for people shows alike: its years as the
//! book writes them (年度 or 暦年, SPEC §2), its values (a ratio with its counts, a total
//! over a span of years), its targets and due years, and a reference indicator's benchmark.

use super::{milestone, rating, words};
use crate::rating::Lang;
use crate::report::json::{IndicatorReport, JsonValue, PointReport, RubricReport, TargetReport};
use crate::rubric::{Direction, YearBasis};
use crate::values::show;

/// A year of an indicator: fiscal `2023年度` (`FY2023`), calendar `2023年` (`2023`).
pub fn year(y: i32, basis: YearBasis, lang: Lang) -> String {
    match (basis, lang) {
        (YearBasis::Fiscal, Lang::Ja) => format!("{y}年度"),
        (YearBasis::Calendar, Lang::Ja) => format!("{y}年"),
        (YearBasis::Fiscal, Lang::En) => format!("FY{y}"),
        (YearBasis::Calendar, Lang::En) => y.to_string(),
    }
}

/// A span of years, first to last: `2021～2023年度` (`FY2021–2023`), `2021～2023年`
/// (`2021–2023`).
pub fn span(first: i32, last: i32, basis: YearBasis, lang: Lang) -> String {
    match (basis, lang) {
        (YearBasis::Fiscal, Lang::Ja) => format!("{first}～{last}年度"),
        (YearBasis::Calendar, Lang::Ja) => format!("{first}～{last}年"),
        (YearBasis::Fiscal, Lang::En) => format!("FY{first}–{last}"),
        (YearBasis::Calendar, Lang::En) => format!("{first}–{last}"),
    }
}

/// A value with its unit (`52%`, `1,200人`), or a milestone's status in words.
pub fn value(v: &JsonValue, unit: Option<&str>, lang: Lang) -> String {
    match v {
        JsonValue::Number(n) => format!("{}{}", show::number(*n), unit.unwrap_or("")),
        JsonValue::Status(s) => milestone(*s, lang).to_string(),
    }
}

/// A ratio as the book gives it, its value and its counts, with their unit (`count_unit`)
/// where the rubric gives one: `50.5%（192名中97名）`, `50.5% (97 of 192)`. A percentage
/// (unit `%`) has one decimal, as books print rates; a ratio in another unit keeps up to
/// four (3 / 1000 is 0.003, which one decimal would show as 0).
pub fn ratio(
    value: f64,
    (numerator, denominator): (f64, f64),
    units: (&str, &str),
    lang: Lang,
) -> String {
    let (unit, count) = units;
    let v = if matches!(unit.trim(), "%" | "％") {
        show::number_places(value, 1)
    } else {
        show::number_places(value, 4)
    };
    let (n, d) = (show::number(numerator), show::number(denominator));
    match lang {
        Lang::Ja => format!("{v}{unit}（{d}{count}中{n}{count}）"),
        Lang::En => format!("{v}{unit} ({n} of {d})"),
    }
}

/// The value of one point of an indicator's series as the book writes it: a plain value
/// (`961人`), a ratio with its counts (`50.5%（192名中97名）`), or the total of a span row
/// (`2021～2023年度計 8件`, `FY2021–2023 total 8件`). A span's total is its own: on an
/// accumulated indicator the point's value is the running total, so when earlier years add
/// to it, that follows (`2021～2023年度計 8件（累計13件）`). Empty when the point has no value.
pub fn point_value(p: &PointReport, ind: &IndicatorReport, lang: Lang) -> String {
    let unit = ind.unit.as_deref();
    let body = match (&p.value, p.numerator, p.denominator) {
        (None, _, _) => return String::new(),
        (Some(JsonValue::Number(v)), Some(n), Some(d)) => {
            let units = (unit.unwrap_or(""), ind.count_unit.as_deref().unwrap_or(""));
            ratio(*v, (n, d), units, lang)
        }
        (Some(v), _, _) => value(v, unit, lang),
    };
    let Some([first, last]) = p.span else {
        return body;
    };
    let years = span(first, last, ind.year_basis, lang);
    let (own, running) = match (&p.value, earlier_total(p, ind)) {
        (Some(JsonValue::Number(v)), Some(before)) if ind.accumulate => {
            // The running totals are sums of the data's numbers; their difference is the
            // span's own total, rounded as the scorer rounds its sums.
            let own = ((v - before) * 1e9).round() / 1e9;
            (value(&JsonValue::Number(own), unit, lang), Some(body))
        }
        _ => (body, None),
    };
    match (lang, running) {
        (Lang::Ja, None) => format!("{years}計 {own}"),
        (Lang::Ja, Some(r)) => format!("{years}計 {own}（累計{r}）"),
        (Lang::En, None) => format!("{years} total {own}"),
        (Lang::En, Some(r)) => format!("{years} total {own} (cumulative {r})"),
    }
}

/// The running total of the latest earlier year with one, when it is not zero: what a
/// span row of an accumulated indicator adds to.
fn earlier_total(p: &PointReport, ind: &IndicatorReport) -> Option<f64> {
    ind.series
        .iter()
        .rev()
        .filter(|q| q.year < p.year)
        .find_map(|q| match q.value {
            Some(JsonValue::Number(v)) => Some(v),
            _ => None,
        })
        .filter(|v| *v != 0.0)
}

/// The rated value as `point_value` shows it, marked when it is a preliminary figure.
pub fn rated_value(ind: &IndicatorReport, lang: Lang) -> String {
    let point = ind
        .year
        .and_then(|y| ind.series.iter().rev().find(|p| p.year == y));
    let mut shown = match point {
        Some(p) if p.value.is_some() => point_value(p, ind, lang),
        _ => ind
            .value
            .as_ref()
            .map(|v| value(v, ind.unit.as_deref(), lang))
            .unwrap_or_default(),
    };
    if ind.provisional {
        shown.push_str(&format!(" ({})", words(lang).provisional));
    }
    shown
}

/// The rated year as the book writes it, with `†` when it is earlier than the evaluation
/// year: `2022年†`, `FY2023`.
pub fn rated_year(ind: &IndicatorReport, lang: Lang) -> String {
    match ind.year {
        Some(y) if ind.stale => format!("{}†", year(y, ind.year_basis, lang)),
        Some(y) => year(y, ind.year_basis, lang),
        None => String::new(),
    }
}

fn sign(ind: &IndicatorReport) -> &'static str {
    match ind.direction {
        Some(Direction::AtMost) => "≤",
        _ => "≥",
    }
}

/// The target as a reader states it: `≥ 1,000人 (2025年)`, `≤ 10%`, `0～1件`, or a
/// milestone's due year (`2022年まで`, `by FY2023`).
pub fn target(ind: &IndicatorReport, lang: Lang) -> String {
    let unit = ind.unit.as_deref().unwrap_or("");
    if let Some(TargetReport::Band([low, high])) = ind.target {
        return format!("{}～{}{unit}", show::number(low), show::number(high));
    }
    if let Some(t) = ind.target_number() {
        let year = ind
            .target_year
            .map(|y| format!(" ({})", year(y, ind.year_basis, lang)))
            .unwrap_or_default();
        return format!("{} {}{unit}{year}", sign(ind), show::number(t));
    }
    match (ind.due, lang) {
        (Some(d), Lang::Ja) => format!("{}まで", year(d, ind.year_basis, lang)),
        (Some(d), Lang::En) => format!("by {}", year(d, ind.year_basis, lang)),
        (None, _) => String::new(),
    }
}

/// The target the rated year is judged against, `T(y)` of SPEC §3.1, with the final
/// target beside it when they differ (a path from a baseline, a schedule):
/// `≥ 950.8人（2025年に1,000人）`, `≥ 950.8人 (1,000人 by 2025)`. Otherwise as `target`.
pub fn target_of_year(ind: &IndicatorReport, lang: Lang) -> String {
    let of_year = ind
        .year
        .and_then(|y| ind.series.iter().find(|p| p.year == y))
        .and_then(|p| p.target_number());
    let (Some(final_target), Some(t)) = (ind.target_number(), of_year) else {
        return target(ind, lang);
    };
    if (t - final_target).abs() <= 1e-9 * final_target.abs().max(1.0) {
        return target(ind, lang);
    }
    let unit = ind.unit.as_deref().unwrap_or("");
    let goal = format!("{}{unit}", show::number(final_target));
    let by = ind.target_year.map(|y| year(y, ind.year_basis, lang));
    let then = match (by, lang) {
        (Some(y), Lang::Ja) => format!("（{y}に{goal}）"),
        (Some(y), Lang::En) => format!(" ({goal} by {y})"),
        (None, Lang::Ja) => format!("（最終目標{goal}）"),
        (None, Lang::En) => format!(" (final {goal})"),
    };
    format!("{} {}{unit}{then}", sign(ind), show::number(t))
}

/// An indicator's rating, with a reference indicator's benchmark and whether its latest
/// value meets it beside it: `参考（目安10%以内：未達成）`, `Reference only (benchmark ≤ 10%:
/// met)`.
pub fn indicator_rating(ind: &IndicatorReport, rubric: &RubricReport, lang: Lang) -> String {
    let label = rating(ind.rating, rubric, lang);
    let (Some(met), Some(t)) = (ind.meets_target, ind.target_number()) else {
        return label;
    };
    let unit = ind.unit.as_deref().unwrap_or("");
    let t = show::number(t);
    let at_most = ind.direction == Some(Direction::AtMost);
    match lang {
        Lang::Ja => {
            let bound = if at_most { "以内" } else { "以上" };
            let verdict = if met { "達成" } else { "未達成" };
            format!("{label}（目安{t}{unit}{bound}：{verdict}）")
        }
        Lang::En => {
            let verdict = if met { "met" } else { "not met" };
            format!("{label} (benchmark {} {t}{unit}: {verdict})", sign(ind))
        }
    }
}

#[cfg(test)]
#[path = "cells_tests.rs"]
mod tests;
