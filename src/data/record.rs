//! One row of a data file, CSV or sheet, read into a point: the cells as the file holds
//! them, and the checks of SPEC §2 that are the same for both.

use std::borrow::Cow;
use std::sync::Arc;

mod ratio;
mod wide;
mod year;

pub(super) use wide::read_wide_row;

use super::header::Columns;
use super::index::{Found, Index, Info};
use super::limits::{MAX_CELL_CHARS, grouped};
use super::model::{Extras, MilestoneStatus, Place, Point, Status, Value};
use super::rows::Rows;
use crate::diag::{Diagnostic, Location, Snippet};
use crate::lang::{Message, msg};
use crate::values::number::{self, NumberError};

/// A cell as the file holds it. CSV has only text; a sheet also has typed cells.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Cell<'a> {
    Text(&'a str),
    /// `percent`: the cell is formatted as a percentage, so that Excel shows 0.852 as 85.2%.
    Number {
        value: f64,
        percent: bool,
    },
    Bool(bool),
    /// A date, as `2023-04-01`.
    Date(String),
    /// An error value such as `#N/A`.
    Error(String),
    /// A formula with no value saved with it (`=B2*100`): the workbook was written by a
    /// program and never computed by Excel.
    Uncomputed(String),
    Empty,
}

impl Cell<'_> {
    /// The cell as text: what a CSV export of the sheet would hold.
    pub(super) fn text(&self) -> Cow<'_, str> {
        match self {
            Cell::Text(s) => Cow::Borrowed(s.trim()),
            Cell::Number { value, percent } => Cow::Owned(if *percent {
                format!("{}%", percent_shown(*value))
            } else {
                format!("{value}")
            }),
            Cell::Bool(b) => Cow::Borrowed(if *b { "TRUE" } else { "FALSE" }),
            Cell::Date(s) | Cell::Error(s) | Cell::Uncomputed(s) => Cow::Borrowed(s),
            Cell::Empty => Cow::Borrowed(""),
        }
    }

    fn is_empty(&self) -> bool {
        match self {
            Cell::Text(s) => s.trim().is_empty(),
            Cell::Empty => true,
            _ => false,
        }
    }
}

/// The number a percentage cell shows: 0.852 → 85.2. The decimal point of the shortest text
/// of the number is moved, rather than multiplying by 100, so that the result is exactly the
/// number `57` of a CSV file (0.57 * 100 is 56.99999999999999).
pub(super) fn percent_shown(v: f64) -> f64 {
    if !v.is_finite() {
        return v;
    }
    let text = format!("{}", v.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let frac = format!("{frac:0<2}");
    let (moved, rest) = frac.split_at(2);
    let shifted = if rest.is_empty() {
        format!("{int}{moved}")
    } else {
        format!("{int}{moved}.{rest}")
    };
    let n = shifted.parse::<f64>().unwrap_or(v.abs() * 100.0);
    if v.is_sign_negative() { -n } else { n }
}

/// One data row, as the reader of its file sees it.
pub(super) trait Row {
    /// The 1-based line of a CSV file, or row of a sheet.
    fn line(&self) -> usize;
    /// The cell at a 0-based column (`Empty` past the end).
    fn cell(&self, column: usize) -> Cell<'_>;
    /// The row's text with the cell marked, where the file has one.
    fn snippet(&self, column: usize) -> Option<Snippet>;
    /// How a person finds the cell, put before messages (`cell C5: `): `C5` in a sheet,
    /// `None` in a CSV file.
    fn cell_name(&self, column: usize) -> Option<String>;
    /// The 0-based column a problem at `column` is shown at: itself, but for the cells a
    /// row of a table with a column per year stands in for (`wide`).
    fn shown_column(&self, column: usize) -> usize {
        column
    }
}

/// What is wrong with a cell, and how to fix it.
struct Problem {
    message: Message,
    help: Option<Message>,
}

impl Problem {
    fn new(message: Message, help: Message) -> Problem {
        Problem {
            message,
            help: Some(help),
        }
    }

    /// The warning at the cell of `row` at `column`, with its stable `code`.
    fn warning_at(
        self,
        file: &str,
        row: &impl Row,
        column: usize,
        code: &'static str,
    ) -> Diagnostic {
        let mut d = self.at(file, row, column).with_code(code);
        d.level = crate::diag::Level::Warning;
        d
    }

    /// The error at the cell of `row` at `column`, with the row's text where the file has it.
    fn at(self, file: &str, row: &impl Row, column: usize) -> Diagnostic {
        let message = match row.cell_name(column) {
            Some(cell) => msg!("data-in-cell", cell = cell).part("problem", self.message),
            None => self.message,
        };
        let mut d = Diagnostic::error(message)
            .at(location(file, row, column))
            .with_help_opt(self.help);
        d.snippet = row.snippet(column).map(Box::new);
        d
    }
}

impl From<Message> for Problem {
    fn from(message: Message) -> Self {
        Problem {
            message,
            help: None,
        }
    }
}

impl From<NumberError> for Problem {
    fn from(e: NumberError) -> Self {
        Problem {
            message: e.message,
            help: e.help,
        }
    }
}

/// A problem with the cell at a column.
type Failed = (usize, Problem);

fn location(file: &str, row: &impl Row, column: usize) -> Location {
    Location {
        file: file.to_string(),
        line: row.line(),
        column: row.shown_column(column) + 1,
    }
}

/// The indicator a row's id cell names: the id, or an id guarded against spreadsheet
/// formulas as the template writes it (`'=x` for `=x`), when no id is the cell as it is.
pub(super) fn lookup(index: &Index, text: &str) -> Option<Found> {
    index
        .find(text)
        .or_else(|| text.strip_prefix('\'').and_then(|id| index.find(id)))
}

/// Reads one row into `rows`: a point, an unknown id, or an error at the cell that failed.
/// `find` looks the row's id up in the catalogue, as `lookup` does: a reader may have
/// looked up the ids of several rows at once.
pub(super) fn read_row(
    file: &Arc<str>,
    row: &impl Row,
    columns: &Columns,
    index: &Index,
    find: impl FnOnce(&str) -> Option<Found>,
    rows: &mut Rows,
) {
    let with_data = || !row.cell(columns.year).is_empty() || !row.cell(columns.value).is_empty();
    let at = (columns.indicator, columns.used());
    if let Some(found) = known(file, row, at, with_data, find, rows) {
        add_point(file, row, columns, index, found, rows);
    }
}

/// The indicator of a row whose id is in `indicator` and which reads the cells of `used`,
/// found in the catalogue. `None` when the row is empty, has an error (taken into `rows`)
/// or an id no rubric defines (taken in as unknown, `with_data` when it has data).
fn known(
    file: &Arc<str>,
    row: &impl Row,
    (indicator, used): (usize, impl Iterator<Item = usize> + Clone),
    with_data: impl FnOnce() -> bool,
    find: impl FnOnce(&str) -> Option<Found>,
    rows: &mut Rows,
) -> Option<Found> {
    if let Err((column, problem)) = fits(row, used.clone()) {
        rows.error(problem.at(file, row, column));
        return None;
    }
    if used.into_iter().all(|c| row.cell(c).is_empty()) {
        return None;
    }
    let id_cell = row.cell(indicator);
    if id_cell.is_empty() {
        let problem = Problem::new(
            msg!("data-indicator-empty"),
            msg!("data-indicator-empty-help"),
        );
        rows.error(problem.at(file, row, indicator));
        return None;
    }
    let id = id_cell.text();
    let found = find(&id);
    if found.is_none() {
        rows.unknown(&id, location(file, row, indicator), with_data());
    }
    found
}

/// Reads the point of a row of the indicator `found` into `rows`, or the error at the cell
/// that failed.
fn add_point(
    file: &Arc<str>,
    row: &impl Row,
    columns: &Columns,
    index: &Index,
    found: Found,
    rows: &mut Rows,
) {
    match point_of(file, row, columns, index.info(found)) {
        Ok(read) => {
            for (column, problem, code) in read.warnings {
                rows.warning(problem.warning_at(file, row, column, code));
            }
            rows.point(index, found, read.year, read.point)
        }
        Err((column, problem)) => rows.error(problem.at(file, row, column)),
    }
}

/// Whether every cell read is at most `MAX_CELL_CHARS` long.
fn fits(row: &impl Row, used: impl Iterator<Item = usize>) -> Result<(), Failed> {
    for column in used {
        // A cell has at least as many bytes as characters: most need no counting.
        if let Cell::Text(s) = row.cell(column)
            && s.len() > MAX_CELL_CHARS
        {
            let n = s.chars().count();
            if n > MAX_CELL_CHARS {
                let problem = Problem::new(
                    msg!(
                        "data-cell-too-long",
                        chars = grouped(n),
                        max = grouped(MAX_CELL_CHARS)
                    ),
                    msg!("data-cell-too-long-help"),
                );
                return Err((column, problem));
            }
        }
    }
    Ok(())
}

/// A row of a known indicator read: its year, its point, and the warnings at its cells,
/// each with its code.
struct Read {
    year: i32,
    point: Point,
    warnings: Vec<(usize, Problem, &'static str)>,
}

/// The year and point of a row of a known indicator, or the first cell that fails.
fn point_of(
    file: &Arc<str>,
    row: &impl Row,
    columns: &Columns,
    info: &Info,
) -> Result<Read, Failed> {
    let mut warnings = Vec::new();
    let year = year::read(&row.cell(columns.year), info).map_err(|p| (columns.year, p))?;
    if let Some(problem) = year.warning {
        warnings.push((columns.year, problem, "year-basis-form"));
    }
    let status = match columns.status {
        None => None,
        Some(c) => status_of(&row.cell(c)).map_err(|p| (c, p))?,
    };
    let value_cell = row.cell(columns.value);
    let read = ratio::read(row, columns, info)?;
    if let Some((column, problem)) = read.warning {
        warnings.push((column, problem, "ratio-value-differs"));
    }
    agree(status, read.value.is_some(), &value_cell).map_err(|p| (columns.value, p))?;
    let note = columns
        .note
        .map(|c| row.cell(c).text().into_owned())
        .filter(|n| !n.is_empty());
    let place = Place {
        file: file.clone(),
        line: row.line(),
    };
    let point = Point {
        value: read.value,
        status,
        extras: Extras::of(read.ratio, year.span, note),
        place,
    };
    Ok(Read {
        year: year.year,
        point,
        warnings,
    })
}

fn status_of(cell: &Cell) -> Result<Option<Status>, Problem> {
    Status::parse(&cell.text()).ok_or_else(|| {
        Problem::new(
            msg!("data-status-unknown", status = format!("{:?}", cell.text())),
            msg!("data-status-unknown-help"),
        )
    })
}

/// Whether a row's status and whether it has a value agree: a status of no figure comes
/// without one, a provisional row with one.
fn agree(status: Option<Status>, has_value: bool, value_cell: &Cell) -> Result<(), Problem> {
    match (status, has_value) {
        (Some(s @ (Status::Pending | Status::NotConducted | Status::Na)), true) => {
            Err(Problem::new(
                msg!("data-status-with-value", status = s.id()),
                msg!(
                    "data-status-with-value-help",
                    value = format!("{:?}", value_cell.text())
                ),
            ))
        }
        (Some(Status::Provisional), false) => Err(Problem::new(
            msg!("data-provisional-without-value"),
            msg!("data-provisional-without-value-help"),
        )),
        _ => Ok(()),
    }
}

fn value_of(cell: &Cell, info: &Info) -> Result<Option<Value>, Problem> {
    match cell {
        c if c.is_empty() => Ok(None),
        Cell::Date(d) => Err(Problem::new(
            msg!("data-value-date", date = d),
            msg!("data-value-date-help"),
        )),
        Cell::Error(e) => Err(excel_error(e)),
        Cell::Uncomputed(f) => Err(uncomputed(f)),
        Cell::Number { value, percent } if !info.milestone => {
            let v = if *percent {
                // A cell formatted as a percentage is `85.2%` in a CSV export, and read the
                // same: only for an indicator in %.
                if !info.units.percent() {
                    return Err(number::wrong_unit(&cell.text(), "%", &info.units).into());
                }
                percent_shown(*value)
            } else {
                *value
            };
            Ok(Some(Value::Number(number::within_bounds(v, &cell.text())?)))
        }
        _ if info.milestone => Ok(Some(Value::Milestone(MilestoneStatus::parse(
            &cell.text(),
        )?))),
        _ => Ok(Some(Value::Number(number::parse_in(
            &cell.text(),
            &info.units,
        )?))),
    }
}

fn uncomputed(formula: &str) -> Problem {
    Problem::new(
        msg!("data-uncomputed", formula = formula),
        msg!("data-uncomputed-help"),
    )
}

fn excel_error(e: &str) -> Problem {
    Problem::new(
        msg!("data-excel-error", error = e),
        msg!("data-excel-error-help"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_percentage_cell_reads_as_the_number_it_shows() {
        // 0.57 * 100 = 56.99999999999999 in floating point; the shown number is 57.
        assert_eq!(percent_shown(0.57), 57.0);
        assert_eq!(percent_shown(0.852), 85.2);
        assert_eq!(percent_shown(0.5), 50.0);
        assert_eq!(percent_shown(1.0), 100.0);
        assert_eq!(percent_shown(0.001), 0.1);
        assert_eq!(percent_shown(-0.0371), -3.71);
        assert_eq!(percent_shown(12.5), 1250.0);
        assert!(percent_shown(f64::NAN).is_nan());
    }

    #[test]
    fn cells_as_text_are_what_a_csv_export_holds() {
        assert_eq!(
            Cell::Number {
                value: 2023.0,
                percent: false
            }
            .text(),
            "2023"
        );
        assert_eq!(
            Cell::Number {
                value: 0.852,
                percent: true
            }
            .text(),
            "85.2%"
        );
        assert_eq!(Cell::Bool(true).text(), "TRUE");
        assert_eq!(Cell::Text("  R5 ").text(), "R5");
    }
}
