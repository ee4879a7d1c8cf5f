//! The indicator's series year by year, as the scorer recorded it: each value (or running
//! total), what a ratio or a span row adds, and how the year's rating came about
//! (`target.rs`, `band.rs`).

use super::words::{Out, fiscal, num, rating, year};
use crate::data::{DataSet, Value};
use crate::lang::msg;
use crate::rubric::{Indicator, Kind, Rubric, Thresholds};
use crate::score::{IndicatorScore, SeriesPoint};

pub(super) fn series(
    out: &mut Out,
    rubric: &Rubric,
    ind: &Indicator,
    s: &IndicatorScore,
    as_of: i32,
    data: &DataSet,
) {
    let unit = ind.unit.as_deref().unwrap_or("");
    // The evaluation year is the rubric's, a fiscal year, whatever the indicator counts.
    let shown_as_of = fiscal(as_of, out.lang);
    out.line(0, msg!("explain-series", as_of = shown_as_of));
    if s.series.is_empty() {
        out.line(2, msg!("explain-series-empty", as_of = shown_as_of));
    }
    let start = rubric.policy.period.map(|(a, _)| a);
    for p in &s.series {
        let mut head = head(out, p, s, ind, unit);
        if p.point.provisional() {
            head.push(' ');
            head.push_str(&out.tr(msg!("explain-provisional")));
        }
        if start.is_some_and(|a| p.year < a) {
            head.push_str("  ");
            head.push_str(&out.tr(msg!("explain-before-period")));
        }
        out.raw(2, &head);
        if let Some(note) = p.point.note() {
            out.line(8, msg!("explain-note", note = note));
        }
        form_lines(out, ind, p, unit);
        derivation(out, ind, s, p, &rubric.scoring);
    }
    later_years(out, data, ind, as_of);
}

/// The year and its value; for an accumulated indicator, the increment and the running total.
fn head(out: &Out, p: &SeriesPoint, s: &IndicatorScore, ind: &Indicator, unit: &str) -> String {
    let y = year(p.year, ind, out.lang);
    let (step, added) = match p.point.value {
        Some(Value::Number(step)) if ind.accumulate() => {
            (format!("{}{unit}", num(step)), num(step))
        }
        _ => return format!("{y}  {}", value_words(out, p, unit)),
    };
    // A span row's increment is the total of its years (SPEC §2).
    let step = out.tr(match p.point.span() {
        Some((first, last)) => {
            let years = msg!(
                "explain-years",
                first = year(first, ind, out.lang),
                last = year(last, ind, out.lang)
            );
            msg!("explain-step-span", step = step, years = out.tr(years))
        }
        None => match ind.year_basis {
            crate::rubric::YearBasis::Fiscal => msg!("explain-step-year", step = step),
            crate::rubric::YearBasis::Calendar => msg!("explain-step-calendar-year", step = step),
        },
    });
    let text = match p.value {
        Some(Value::Number(total)) => out.tr(msg!(
            "explain-head-total",
            step = step,
            previous = num(p.previous.map_or(0.0, |(_, v)| v)),
            added = added,
            total = format!("{}{unit}", num(total))
        )),
        // After a gap (SPEC §3.1): the increment is known, the total is not.
        None => {
            let why = broken_words(out, ind, s.gap);
            out.tr(msg!("explain-head-no-total", step = step, why = why))
        }
        Some(Value::Milestone(_)) => value_words(out, p, unit),
    };
    format!("{y}  {text}")
}

/// How the year's rating came about, in the lines under its head.
fn derivation(
    out: &mut Out,
    ind: &Indicator,
    s: &IndicatorScore,
    p: &SeriesPoint,
    scoring: &Thresholds,
) {
    match (&ind.kind, p.value) {
        (Kind::Target(t), Some(Value::Number(v))) if t.band.is_some() => {
            let band = t.band.unwrap_or_default();
            super::band::derivation(out, p, v, band, scoring);
        }
        (Kind::Target(t), Some(Value::Number(v))) => {
            super::target::derivation(out, t, s, p, v, scoring);
        }
        (Kind::Milestone { due }, Some(Value::Milestone(m))) => {
            super::target::milestone_line(out, m.id(), p, *due);
        }
        (_, None) => {
            let breaks = ind.accumulate() && s.gap.is_some_and(|(a, b)| (a..=b).contains(&p.year));
            let r = rating(p.rating, out.lang);
            let line = if p.point.value.is_some() {
                msg!("explain-no-total", rating = r)
            } else if breaks {
                msg!("explain-no-value-breaks", rating = r)
            } else {
                msg!("explain-no-value", rating = r)
            };
            out.line(8, line);
        }
        _ => {}
    }
}

/// What a ratio or a span row adds: the value's arithmetic, the years a total covers.
fn form_lines(out: &mut Out, ind: &Indicator, p: &SeriesPoint, unit: &str) {
    if let (Some(r), Some(Value::Number(v))) = (p.point.ratio(), p.point.value) {
        let line = msg!(
            "explain-ratio",
            numerator = num(r.numerator),
            denominator = num(r.denominator),
            scale = num(ind.scale),
            value = format!("{}{unit}", num(v))
        );
        out.line(8, line);
        if let Some(w) = r.written {
            let written = format!("{}{unit}", num(w));
            out.line(8, msg!("explain-ratio-written", written = written));
        }
    }
    if let (Some((first, last)), Some(Value::Number(total))) = (p.point.span(), p.point.value) {
        let y = |y: i32| year(y, ind, out.lang);
        let (first_y, last_y, total) = (y(first), y(last), format!("{}{unit}", num(total)));
        let line = if last - first > 1 {
            let inside = out.tr(msg!("explain-years", first = y(first), last = y(last - 1)));
            msg!(
                "explain-span-years",
                first = first_y,
                last = last_y,
                total = total,
                inside = inside
            )
        } else {
            msg!(
                "explain-span-year",
                first = first_y,
                last = last_y,
                total = total,
                inside = y(first)
            )
        };
        out.line(8, line);
    }
}

/// Why an accumulated year has no running total: the gap that broke it (SPEC §3.1).
fn broken_words(out: &Out, ind: &Indicator, gap: Option<(i32, i32)>) -> String {
    let y = |y: i32| year(y, ind, out.lang);
    match gap {
        Some((a, b)) if a == b => out.tr(msg!("explain-gap-year", years = y(a))),
        Some((a, b)) => {
            let years = out.tr(msg!("explain-years", first = y(a), last = y(b)));
            out.tr(msg!("explain-gap-years", years = years))
        }
        None => out.tr(msg!("explain-gap-unknown")),
    }
}

/// The years of the data after `as_of`, which the scorer left out.
fn later_years(out: &mut Out, data: &DataSet, ind: &Indicator, as_of: i32) {
    let later: Vec<String> = data
        .series(&ind.id)
        .map(|points| {
            points
                .iter()
                .filter(|(y, _)| *y > as_of)
                .map(|(y, _)| year(*y, ind, out.lang))
                .collect()
        })
        .unwrap_or_default();
    if !later.is_empty() {
        let years = later.join(super::definition::separator(out.lang));
        out.line(2, msg!("explain-later", years = years));
    }
}

fn value_words(out: &Out, p: &SeriesPoint, unit: &str) -> String {
    match (p.value, p.point.status) {
        (Some(Value::Number(v)), _) => format!("{}{unit}", num(v)),
        (Some(Value::Milestone(m)), _) => out.tr(msg!("explain-status", status = m.id())),
        (None, Some(status)) => out.tr(msg!("explain-value-none-status", status = status.id())),
        (None, None) => out.tr(msg!("explain-value-none")),
    }
}
