//! The value of a row, ratio or not (SPEC §2): a ratio indicator's row gives a numerator
//! and a denominator (in their columns, or as a value `97/192`), and its value is
//! `numerator / denominator × scale`; any other row gives its value.

use super::{Cell, Failed, Problem, Row, value_of};
use crate::data::header::Columns;
use crate::data::index::Info;
use crate::data::model::{Ratio, Value};
use crate::lang::msg;
use crate::values::number::{self, Units};
use crate::values::show;
use crate::values::text::quoted;

/// A row's value, its ratio when it gives one, and a warning at a cell when the `value` it
/// writes as well is not the one computed.
pub(super) struct Read {
    pub(super) value: Option<Value>,
    pub(super) ratio: Option<Ratio>,
    pub(super) warning: Option<Failed>,
}

/// Reads the value, numerator and denominator cells of a row of an indicator with `info`.
pub(super) fn read(row: &impl Row, columns: &Columns, info: &Info) -> Result<Read, Failed> {
    let filled = |c: Option<usize>| c.filter(|&c| !row.cell(c).is_empty());
    let (numerator, denominator) = (filled(columns.numerator), filled(columns.denominator));
    let value_cell = row.cell(columns.value);
    let Some(scale) = info.ratio else {
        if let Some(c) = numerator.or(denominator) {
            return Err((
                c,
                not_a_ratio_indicator(c == columns.denominator.unwrap_or(c)),
            ));
        }
        let value = value_of(&value_cell, info).map_err(|p| {
            (
                columns.value,
                written_as_ratio(&value_cell.text()).unwrap_or(p),
            )
        })?;
        return Ok(plain(value));
    };
    match (numerator, denominator) {
        (Some(n), Some(d)) => {
            let numerator = figure(&row.cell(n)).map_err(|p| (n, p))?;
            let denominator = figure(&row.cell(d)).map_err(|p| (d, p))?;
            let mut read = computed(numerator, denominator, scale).map_err(|p| (d, p))?;
            let written = value_of(&value_cell, info).map_err(|p| (columns.value, p))?;
            if let (Some(Value::Number(w)), Some(ratio), Some(Value::Number(v))) =
                (written, read.ratio.as_mut(), read.value)
            {
                ratio.written = Some(w);
                read.warning =
                    differs(&value_cell.text(), w, ratio, scale, v).map(|p| (columns.value, p));
            }
            Ok(read)
        }
        (Some(c), None) | (None, Some(c)) => Err((c, half_a_ratio(Some(c) == numerator))),
        (None, None) => match split(&value_cell.text()) {
            Some((n, d)) => computed(n, d, scale).map_err(|p| (columns.value, p)),
            None => Ok(plain(
                value_of(&value_cell, info).map_err(|p| (columns.value, p))?,
            )),
        },
    }
}

fn plain(value: Option<Value>) -> Read {
    Read {
        value,
        ratio: None,
        warning: None,
    }
}

/// The value `numerator / denominator × scale`, computed in that order at full precision.
fn computed(numerator: f64, denominator: f64, scale: f64) -> Result<Read, Problem> {
    if denominator == 0.0 {
        return Err(Problem::new(
            msg!("data-ratio-denominator-zero"),
            msg!("data-ratio-denominator-zero-help"),
        ));
    }
    let v = numerator / denominator * scale;
    let shown = format!("{}/{}", show::plain(numerator), show::plain(denominator));
    let v = number::within_bounds(v, &shown)?;
    Ok(Read {
        value: Some(Value::Number(v)),
        ratio: Some(Ratio {
            numerator,
            denominator,
            written: None,
        }),
        warning: None,
    })
}

/// A numerator or denominator cell: a plain number (`97`, `1,523`, `１９２`).
fn figure(cell: &Cell) -> Result<f64, Problem> {
    match cell {
        Cell::Number { value, .. } => Ok(number::within_bounds(*value, &cell.text())?),
        _ => Ok(number::parse_in(&cell.text(), &Units::default())?),
    }
}

/// `97/192` as its numerator and denominator, when both read as numbers.
fn split(text: &str) -> Option<(f64, f64)> {
    let folded = crate::values::text::fold_width(text);
    let (n, d) = folded.split_once('/')?;
    let none = Units::default();
    Some((
        number::parse_in(n, &none).ok()?,
        number::parse_in(d, &none).ok()?,
    ))
}

/// The warning when the `value` written differs from the computed one by more than one
/// unit of its last printed digit.
fn differs(text: &str, written: f64, ratio: &Ratio, scale: f64, v: f64) -> Option<Problem> {
    let unit = number::last_digit_unit(text);
    if (written - v).abs() <= unit * (1.0 + 1e-9) {
        return None;
    }
    let scaled = if scale == 1.0 {
        String::new()
    } else {
        format!(" × {}", show::plain(scale))
    };
    Some(Problem::new(
        msg!(
            "data-ratio-value-differs",
            value = quoted(text),
            computation = format!(
                "{}/{}{scaled}",
                show::plain(ratio.numerator),
                show::plain(ratio.denominator)
            ),
            computed = show::number(v)
        ),
        msg!("data-ratio-value-differs-help"),
    ))
}

fn not_a_ratio_indicator(denominator: bool) -> Problem {
    let which = if denominator {
        "denominator"
    } else {
        "numerator"
    };
    Problem::new(
        msg!("data-ratio-not-ratio-indicator", which = which),
        msg!("data-ratio-not-ratio-indicator-help"),
    )
}

fn written_as_ratio(text: &str) -> Option<Problem> {
    split(text)?;
    Some(Problem::new(
        msg!("data-ratio-written", value = quoted(text)),
        msg!("data-ratio-written-help"),
    ))
}

fn half_a_ratio(numerator: bool) -> Problem {
    let given = if numerator {
        "numerator"
    } else {
        "denominator"
    };
    Problem::new(
        msg!("data-ratio-half", given = given),
        msg!("data-ratio-half-help", given = given),
    )
}
