//! One row of a data file, CSV or sheet, read into a point: which columns the header names,
//! the cells as the file holds them, and the checks of SPEC §2 that are the same for both.

use std::borrow::Cow;
use std::sync::Arc;

use super::limits::{MAX_CELL_CHARS, grouped};
use super::parse::{self, shorten};
use super::{Found, Index, Info, Place, Point, Rows, Status, Value};
use crate::diag::{Diagnostic, Location, Snippet};

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

/// The cells of a row read as a header: (0-based column, text).
pub(super) type HeaderCells<'a> = Vec<(usize, Cow<'a, str>)>;

/// Where the header puts the columns of SPEC §2 (0-based).
#[derive(Debug, Clone, Copy)]
pub(super) struct Columns {
    pub(super) indicator: usize,
    pub(super) year: usize,
    pub(super) value: usize,
    pub(super) note: Option<usize>,
    pub(super) status: Option<usize>,
}

/// The columns of SPEC §2, by their English name and their Japanese aliases.
const NAMES: [(&str, &[&str]); 5] = [
    ("indicator", &["indicator", "指標"]),
    ("year", &["year", "年度"]),
    ("value", &["value", "実績値", "値"]),
    ("note", &["note", "備考"]),
    ("status", &["status"]),
];

/// How many non-empty rows at the top of a file are searched for the header row: a sheet
/// often has a title and a blank row above its table.
pub(super) const HEADER_SEARCH_ROWS: usize = 10;

/// Whether a row is the header row: it names the indicator column.
pub(super) fn is_header(cells: &[(usize, Cow<'_, str>)]) -> bool {
    cells
        .iter()
        .any(|(_, t)| NAMES[0].1.contains(&column_name(t).as_str()))
}

/// A header cell as compared with the column names: full-width folded, lower case, without
/// a unit in brackets after it (`実績値（件）` is `実績値`).
fn column_name(cell: &str) -> String {
    let name = parse::fold_width(cell.trim()).to_ascii_lowercase();
    let name = name.trim_end();
    let bare = match name
        .strip_suffix(')')
        .and_then(|n| n.rfind('(').map(|i| &n[..i]))
    {
        Some(before) if !before.trim().is_empty() => before.trim_end(),
        _ => name,
    };
    bare.to_string()
}
/// The error for a file none of whose first rows is a header row; `first` is the first
/// non-empty row, at `line`.
pub(super) fn no_header(file: &str, line: usize, first: &[(usize, Cow<'_, str>)]) -> Diagnostic {
    Diagnostic::error(format!(
        "{file} has no header row: none of its first {HEADER_SEARCH_ROWS} rows names the indicator column"
    ))
    .at(Location {
        file: file.into(),
        line,
        column: 1,
    })
    .with_help(header_help(
        "a data table starts with a header row naming the columns indicator (指標), year (年度) and value (実績値), e.g. indicator,year,value,note",
        "the first row is",
        first,
    ))
}

/// What a header row must hold, what this one holds, and what it looks like instead.
fn header_help(lead: &str, shown_as: &str, header: &[(usize, Cow<'_, str>)]) -> String {
    let shown: Vec<String> = header.iter().map(|(_, t)| shorten(t, 40)).collect();
    let mut help = format!("{lead}; {shown_as}: {}", shorten(&shown.join(","), 200));
    if let [(_, only)] = header
        && let Some(sep) = ['\t', ';'].into_iter().find(|c| only.contains(*c))
    {
        help.push_str(&format!(
            "; its cells are separated by {}, and polscore reads comma-separated files",
            if sep == '\t' { "tabs" } else { "semicolons" }
        ));
    }
    if header.iter().any(|(_, t)| parse::parse_year(t).is_ok()) {
        help.push_str(
            "; it has one column per year, and polscore reads one row per indicator and year (see docs/data-format.md)",
        );
    }
    help
}

impl Columns {
    /// The columns named by a header row of (0-based column, text) cells at `line` of `file`.
    /// `which` says which row that is, for the message when a column is missing.
    pub(super) fn from_header(
        file: &str,
        line: usize,
        header: &[(usize, Cow<'_, str>)],
        which: &str,
    ) -> Result<Columns, Vec<Diagnostic>> {
        let mut errors = Vec::new();
        let at = |column: usize| Location {
            file: file.into(),
            line,
            column: column + 1,
        };
        let mut index: [Option<usize>; 5] = [None; 5];
        for (column, text) in header {
            let name = column_name(text);
            let Some(c) = NAMES.iter().position(|(_, a)| a.contains(&name.as_str())) else {
                continue;
            };
            if index[c].is_some() {
                errors.push(
                    Diagnostic::error(format!("{file}: the {} column appears twice", NAMES[c].0))
                        .at(at(*column))
                        .with_help("keep one of the two columns"),
                );
            }
            index[c] = Some(*column);
        }
        let [Some(indicator), Some(year), Some(value), note, status] = index else {
            let missing: Vec<&str> = (0..3)
                .filter(|&c| index[c].is_none())
                .map(|c| NAMES[c].0)
                .collect();
            let help = header_help(
                &format!(
                    "{which} must name the columns indicator (指標), year (年度) and value (実績値)"
                ),
                "it is",
                header,
            );
            errors.push(
                Diagnostic::error(format!("{file} has no {} column", missing.join(", no ")))
                    .at(at(header.first().map_or(0, |(c, _)| *c)))
                    .with_help(help),
            );
            return Err(errors);
        };
        if errors.is_empty() {
            Ok(Columns {
                indicator,
                year,
                value,
                note,
                status,
            })
        } else {
            Err(errors)
        }
    }

    fn used(&self) -> impl Iterator<Item = usize> {
        [
            Some(self.indicator),
            Some(self.year),
            Some(self.value),
            self.note,
            self.status,
        ]
        .into_iter()
        .flatten()
    }
}

/// One data row, as the reader of its file sees it.
pub(super) trait Row {
    /// The 1-based line of a CSV file, or row of a sheet.
    fn line(&self) -> usize;
    /// The cell at a 0-based column (`Empty` past the end).
    fn cell(&self, column: usize) -> Cell<'_>;
    /// The row's text with the cell marked, where the file has one.
    fn snippet(&self, column: usize) -> Option<Snippet>;
    /// How a person finds the cell, put before messages: `cell C5: ` in a sheet.
    fn cell_name(&self, column: usize) -> String;
    /// Where the row's id, `id`, is in the catalogue. A reader that looked up the ids of
    /// several rows at once returns what it found.
    fn find(&self, index: &Index, id: &str) -> Option<Found> {
        index.find(id)
    }
}

/// What is wrong with a cell, and how to fix it.
struct Problem {
    message: String,
    help: Option<String>,
}

impl From<String> for Problem {
    fn from(message: String) -> Self {
        Problem {
            message,
            help: None,
        }
    }
}

impl From<parse::NumberError> for Problem {
    fn from(e: parse::NumberError) -> Self {
        Problem {
            message: e.message,
            help: e.help,
        }
    }
}

/// Reads one row into `rows`: a point, an unknown id, or an error at the cell that failed.
pub(super) fn read_row(
    file: &Arc<str>,
    row: &impl Row,
    columns: &Columns,
    index: &Index,
    rows: &mut Rows,
) {
    let location = |column: usize| Location {
        file: file.to_string(),
        line: row.line(),
        column: column + 1,
    };
    let fail = |rows: &mut Rows, column: usize, problem: Problem| {
        let mut d = Diagnostic::error(format!("{}{}", row.cell_name(column), problem.message))
            .at(location(column))
            .with_help_opt(problem.help);
        d.snippet = row.snippet(column).map(Box::new);
        rows.errors.push(d);
    };
    for column in columns.used() {
        // A cell has at least as many bytes as characters: most need no counting.
        if let Cell::Text(s) = row.cell(column)
            && s.len() > MAX_CELL_CHARS
        {
            let n = s.chars().count();
            if n > MAX_CELL_CHARS {
                fail(
                    rows,
                    column,
                    Problem {
                        message: format!(
                            "this cell is {} characters long; polscore reads cells of up to {}",
                            grouped(n),
                            grouped(MAX_CELL_CHARS)
                        ),
                        help: Some(
                            "shorten it; a long explanation belongs in the evaluation document, not the note".into(),
                        ),
                    },
                );
                return;
            }
        }
    }
    if columns.used().all(|c| row.cell(c).is_empty()) {
        return;
    }
    let id_cell = row.cell(columns.indicator);
    if id_cell.is_empty() {
        fail(
            rows,
            columns.indicator,
            Problem {
                message: "the indicator is empty".into(),
                help: Some("give the indicator id of this row, or delete the row".into()),
            },
        );
        return;
    }
    let id = id_cell.text();
    let Some(found) = row.find(index, &id) else {
        if !row.cell(columns.year).is_empty() || !row.cell(columns.value).is_empty() {
            rows.unknown_with_data.insert(id.to_string());
        }
        rows.unknown
            .entry(id.into_owned())
            .or_default()
            .push(location(columns.indicator));
        return;
    };
    let year = match year_of(&row.cell(columns.year)) {
        Ok(y) => y,
        Err(p) => return fail(rows, columns.year, p),
    };
    let status = match columns.status {
        None => None,
        Some(c) => {
            let cell = row.cell(c);
            match Status::parse(&cell.text()) {
                Some(s) => s,
                None => {
                    return fail(
                        rows,
                        c,
                        Problem {
                            message: format!("unknown status {:?}", cell.text()),
                            help: Some(
                                "use pending, not_conducted, na or provisional, or leave it empty"
                                    .into(),
                            ),
                        },
                    );
                }
            }
        }
    };
    let value_cell = row.cell(columns.value);
    let value = match value_of(&value_cell, index.info(found)) {
        Ok(v) => v,
        Err(p) => return fail(rows, columns.value, p),
    };
    match (status, value.is_some()) {
        (Some(s @ (Status::Pending | Status::NotConducted | Status::Na)), true) => {
            return fail(
                rows,
                columns.value,
                Problem {
                    message: format!("a row with status {} has a value", s.id()),
                    help: Some(format!(
                        "empty the value, or clear the status if {:?} is the figure",
                        value_cell.text()
                    )),
                },
            );
        }
        (Some(Status::Provisional), false) => {
            return fail(
                rows,
                columns.value,
                Problem {
                    message: "a provisional row has no value".into(),
                    help: Some("give the preliminary figure, or use status pending".into()),
                },
            );
        }
        _ => {}
    }
    let note = columns
        .note
        .map(|c| row.cell(c).text().into_owned())
        .filter(|n| !n.is_empty());
    rows.push(
        index,
        found.position,
        year,
        Point {
            value,
            status,
            note,
            place: Place {
                file: file.clone(),
                line: row.line(),
            },
        },
    );
}

fn year_of(cell: &Cell) -> Result<i32, Problem> {
    match cell {
        Cell::Date(d) => Err(Problem {
            message: format!("{d} is a date, not a fiscal year"),
            help: Some(
                "type the fiscal year itself (2023, FY2023 or 令和5年度) in a cell formatted as text or number"
                    .into(),
            ),
        }),
        Cell::Error(e) => Err(excel_error(e)),
        Cell::Uncomputed(f) => Err(uncomputed(f)),
        // A number cell goes through the same parser as its text, so that 2023.0 is 2023
        // and 2023.5 is refused with the same message as in a CSV file.
        Cell::Number { value, .. } => Ok(parse::parse_year(&format!("{value}"))?),
        _ => Ok(parse::parse_year(&cell.text())?),
    }
}

fn value_of(cell: &Cell, info: &Info) -> Result<Option<Value>, Problem> {
    match cell {
        c if c.is_empty() => Ok(None),
        Cell::Date(d) => Err(Problem {
            message: format!("{d} is a date, not a number"),
            help: Some("type the value in a cell formatted as number or text".into()),
        }),
        Cell::Error(e) => Err(excel_error(e)),
        Cell::Uncomputed(f) => Err(uncomputed(f)),
        Cell::Number { value, percent } if !info.milestone => {
            let v = if *percent {
                // A cell formatted as a percentage is `85.2%` in a CSV export, and read the
                // same: only for an indicator in %.
                if !info.units.percent() {
                    return Err(parse::wrong_unit(&cell.text(), "%", &info.units).into());
                }
                percent_shown(*value)
            } else {
                *value
            };
            Ok(Some(Value::Number(parse::within_bounds(v, &cell.text())?)))
        }
        _ if info.milestone => Ok(Some(Value::Milestone(parse::parse_milestone(
            &cell.text(),
        )?))),
        _ => Ok(Some(Value::Number(parse::parse_number_in(
            &cell.text(),
            &info.units,
        )?))),
    }
}

fn uncomputed(formula: &str) -> Problem {
    Problem {
        message: format!("the formula {formula} has no saved value"),
        help: Some(
            "open the workbook in Excel and save it, so that the formula is computed; or type the figure"
                .into(),
        ),
    }
}

fn excel_error(e: &str) -> Problem {
    Problem {
        message: format!("{e} is an Excel error, not a value"),
        help: Some(
            "fix the formula or type the figure; leave the cell empty when there is none (with status pending)"
                .into(),
        ),
    }
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
    fn header_names_with_a_unit_in_brackets_or_in_full_width() {
        assert_eq!(column_name("実績値（件）"), "実績値");
        assert_eq!(column_name(" Value (%) "), "value");
        assert_eq!(column_name("ＩＮＤＩＣＡＴＯＲ"), "indicator");
        assert_eq!(column_name("（注）"), "(注)");
        assert_eq!(column_name("年度"), "年度");
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

    #[test]
    fn a_year_cell_that_is_a_number_reads_as_its_integer() {
        let n = |value| Cell::Number {
            value,
            percent: false,
        };
        assert_eq!(year_of(&n(2023.0)).ok(), Some(2023));
        assert!(year_of(&n(2023.5)).is_err());
        assert!(year_of(&n(f64::INFINITY)).is_err());
        assert!(year_of(&Cell::Date("2023-04-01".into())).is_err());
    }
}
