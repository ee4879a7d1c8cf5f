//! An indicator's numeric series up to `as_of` (SPEC §3.1): its values, or for an accumulated
//! indicator the running totals of its yearly increments, and the baseline the arithmetic
//! uses.

use crate::data::{Point, Value};
use crate::lang::{Message, msg};
use crate::rubric::Baseline;

/// The numeric series of an indicator, and the baseline its arithmetic uses. Accumulated
/// values become running totals from the start year `s` (the period's first year, else the
/// year of the earliest row); years before `s` are left out, and the baseline is `(s - 1, 0)`.
/// A year from `s` on without a value (an empty value, a status, or no row) breaks the total:
/// no later year has one (SPEC §3.1), and `gap` says where it broke.
pub(super) fn numbers<'a>(
    points: &[(i32, &'a Point)],
    accumulate: bool,
    baseline: Option<Baseline>,
    period: Option<(i32, i32)>,
) -> Numbers<'a> {
    if !accumulate {
        let values = points.iter().map(|(y, p)| (*y, number(p), *p)).collect();
        return Numbers {
            values,
            baseline,
            gap: None,
        };
    }
    match period
        .map(|(s, _)| s)
        // Without a period, the first year of the earliest row: a span's first year when
        // that row is a span (SPEC §3.1), so the span's own years count from the baseline.
        .or_else(|| {
            points
                .first()
                .map(|(y, p)| p.span().map_or(*y, |(first, _)| first))
        }) {
        Some(start) => running_totals(points, start),
        None => Numbers {
            values: Vec::new(),
            baseline: None,
            gap: None,
        },
    }
}

fn number(p: &Point) -> Option<f64> {
    match p.value {
        Some(Value::Number(v)) => Some(v),
        _ => None,
    }
}

/// The running totals of the increments in `points` from the year `start` on.
fn running_totals<'a>(points: &[(i32, &'a Point)], start: i32) -> Numbers<'a> {
    let mut total = Some(0.0);
    let mut gap = None;
    // The first year not yet covered by a row with a value. A span row covers its years up
    // to its last, where it is kept: the years inside have no value of their own but do not
    // break the total (SPEC §3.1).
    let mut next = start;
    let values = points
        .iter()
        .filter(|(y, _)| *y >= start)
        .map(|(y, p)| {
            let missing = if p.span().map_or(*y, |(first, _)| first) > next {
                Some(Gap {
                    first: next,
                    last: *y - 1,
                    row: None,
                    lost: Vec::new(),
                })
            } else {
                number(p).is_none().then(|| Gap {
                    first: *y,
                    last: *y,
                    row: Some(*p),
                    lost: Vec::new(),
                })
            };
            if let Some(m) = missing
                && total.is_some()
            {
                total = None;
                gap = Some(m);
            }
            next = *y + 1;
            let v = match (total, number(p)) {
                (Some(t), Some(v)) => {
                    let t = without_float_noise(t + v);
                    total = Some(t);
                    Some(t)
                }
                (None, Some(_)) => {
                    if let Some(g) = &mut gap {
                        g.lost.push(*y);
                    }
                    None
                }
                _ => None,
            };
            (*y, v, *p)
        })
        .collect();
    Numbers {
        values,
        baseline: Some(Baseline {
            year: start - 1,
            value: 0.0,
        }),
        gap,
    }
}

/// An indicator's numbers up to `as_of`: `(year, value or running total, row)`.
pub(super) struct Numbers<'a> {
    pub values: Vec<(i32, Option<f64>, &'a Point)>,
    /// The baseline the arithmetic uses: the rubric's, or `(s - 1, 0)` when accumulating.
    pub baseline: Option<Baseline>,
    /// Where an accumulated series' running total broke, if it did.
    pub gap: Option<Gap<'a>>,
}

/// The first years without a value in an accumulated series (SPEC §3.1).
pub(super) struct Gap<'a> {
    first: i32,
    last: i32,
    /// The row of the year, when there is one (with an empty value or a status).
    row: Option<&'a Point>,
    /// Later years with a value, whose running total is unknown.
    lost: Vec<i32>,
}

impl Gap<'_> {
    /// The first and last year without a value.
    pub fn years(&self) -> (i32, i32) {
        (self.first, self.last)
    }

    /// The warning for a gap that cost later years their totals; none for a gap at the end,
    /// which only leaves the indicator stale, as any missing year does.
    pub fn warning(&self) -> Option<Message> {
        let (first_lost, last_lost) = (self.lost.first()?, self.lost.last()?);
        let span = |a: i32, b: i32| {
            if a == b {
                format!("{a}")
            } else {
                format!("{a}–{b}")
            }
        };
        let (why, place, status) = match self.row {
            Some(p) => match p.status {
                Some(s) => (
                    "row-status",
                    p.place.location().to_string(),
                    s.id().to_string(),
                ),
                None => ("row", p.place.location().to_string(), String::new()),
            },
            None => ("no-row", String::new(), String::new()),
        };
        Some(msg!(
            "score-accumulated-gap",
            why = why,
            years = span(self.first, self.last),
            place = place,
            status = status,
            lost = span(*first_lost, *last_lost)
        ))
    }
}

/// A running total of decimal figures, with the binary floating-point noise of the sum
/// removed: 0.1 + 0.2 is 0.3, and 3.3 + (-3.3) is exactly 0 (which decides whether an
/// `at_most` ratio is defined). Data values have far fewer than nine decimals.
fn without_float_noise(x: f64) -> f64 {
    let scaled = x * 1e9;
    if scaled.abs() < 9.0e15 {
        scaled.round() / 1e9
    } else {
        x
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Place;

    fn point(v: f64, span: Option<(i32, i32)>) -> Point {
        Point {
            value: Some(Value::Number(v)),
            status: None,
            extras: crate::data::Extras::of(None, span, None),
            place: Place {
                file: "t.csv".into(),
                line: 1,
            },
        }
    }

    #[test]
    fn a_span_row_covers_its_years_in_the_running_total() {
        // 2021: 5; 2022..2024: 8 in all (「過去３年度：８件」); 2025: 2.
        let (a, b, c) = (
            point(5.0, None),
            point(8.0, Some((2022, 2024))),
            point(2.0, None),
        );
        let points = [(2021, &a), (2024, &b), (2025, &c)];
        let n = numbers(&points, true, None, Some((2021, 2025)));
        assert!(n.gap.is_none(), "the span's years are not a gap");
        let totals: Vec<(i32, Option<f64>)> = n.values.iter().map(|(y, v, _)| (*y, *v)).collect();
        assert_eq!(
            totals,
            [(2021, Some(5.0)), (2024, Some(13.0)), (2025, Some(15.0))]
        );
        // A year before the span with no row still breaks the total.
        let points = [(2024, &b), (2025, &c)];
        let n = numbers(&points, true, None, Some((2021, 2025)));
        assert!(n.gap.is_some());
    }

    #[test]
    fn without_a_period_a_leading_span_starts_the_total_at_its_first_year() {
        // Rows 2016～2017: 32 and 2018: 10, no period: s = 2016 (SPEC §3.1), so the
        // baseline is (2015, 0) and a target path to 180 in 2024 gives
        // 180 * (2017 - 2015) / (2024 - 2015) = 40 at 2017, not 180 * 1/8 = 22.5.
        let (a, b) = (point(32.0, Some((2016, 2017))), point(10.0, None));
        let points = [(2017, &a), (2018, &b)];
        let n = numbers(&points, true, None, None);
        assert!(n.gap.is_none());
        let base = n.baseline.expect("an accumulated indicator has a baseline");
        assert_eq!((base.year, base.value), (2015, 0.0));
        let totals: Vec<(i32, Option<f64>)> = n.values.iter().map(|(y, v, _)| (*y, *v)).collect();
        assert_eq!(totals, [(2017, Some(32.0)), (2018, Some(42.0))]);
    }
}
