//! The year cell of a row (SPEC §2): one year, or a span of years on an accumulated
//! indicator, in a form of the indicator's basis (年度 or 暦年).

use super::{Cell, Problem, excel_error, uncomputed};
use crate::data::index::Info;
use crate::lang::msg;
use crate::values::text::quoted;
use crate::values::year::{self, Form, Written};

/// A row's year read: its year (a span's last), its span, and a warning when its form is
/// of the other basis.
pub(super) struct Year {
    pub(super) year: i32,
    pub(super) span: Option<(i32, i32)>,
    pub(super) warning: Option<Problem>,
}

/// Reads the year cell of a row of an indicator with `info`.
pub(super) fn read(cell: &Cell, info: &Info) -> Result<Year, Problem> {
    let written = written(cell)?;
    let span = written.first.map(|first| (first, written.last));
    if span.is_some() && !info.accumulate {
        return Err(Problem::new(
            msg!("data-span-not-accumulated", cell = quoted(&cell.text())),
            msg!("data-span-not-accumulated-help"),
        ));
    }
    Ok(Year {
        year: written.last,
        span,
        warning: other_basis(&cell.text(), written.form, info.calendar),
    })
}

fn written(cell: &Cell) -> Result<Written, Problem> {
    match cell {
        Cell::Date(d) => Err(Problem::new(
            msg!("data-year-date", date = d),
            msg!("data-year-date-help"),
        )),
        Cell::Error(e) => Err(excel_error(e)),
        Cell::Uncomputed(f) => Err(uncomputed(f)),
        // A number cell goes through the same parser as its text, so that 2023.0 is 2023
        // and 2023.5 is refused with the same message as in a CSV file.
        Cell::Number { value, .. } => Ok(year::written(&format!("{value}"))?),
        _ => Ok(year::written(&cell.text())?),
    }
}

/// The warning for a year written in a form of the other basis: `2023年度` for a calendar
/// indicator, `2023年` for a fiscal one (the year is still read).
fn other_basis(text: &str, form: Form, calendar: bool) -> Option<Problem> {
    match (form, calendar) {
        (Form::Fiscal, true) => Some(Problem::new(
            msg!("data-year-fiscal-for-calendar", cell = quoted(text)),
            msg!("data-year-fiscal-for-calendar-help"),
        )),
        (Form::Calendar, false) => Some(Problem::new(
            msg!("data-year-calendar-for-fiscal", cell = quoted(text)),
            msg!("data-year-calendar-for-fiscal-help"),
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_cell_that_is_a_number_reads_as_its_integer() {
        let n = |value| Cell::Number {
            value,
            percent: false,
        };
        assert_eq!(written(&n(2023.0)).ok().map(|w| w.last), Some(2023));
        assert!(written(&n(2023.5)).is_err());
        assert!(written(&n(f64::INFINITY)).is_err());
        assert!(written(&Cell::Date("2023-04-01".into())).is_err());
    }
}
