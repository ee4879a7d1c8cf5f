//! One sheet of a workbook, streamed cell by cell: the cells of each row are kept until the
//! row is complete, then read as the header or as a data row.

use std::borrow::Cow;
use std::collections::BTreeMap;

use calamine::{DataRef, Xlsx, XlsxError};

use super::super::catalogue::Catalogue;
use super::super::header::{self, HEADER_SEARCH_ROWS, HeaderCells};
use super::super::index::Index;
use super::super::layout::Layout;
use super::super::limits::{MAX_CELLS_PER_ROW, MAX_ROWS, grouped};
use super::super::record::{self, Cell, Row};
use super::super::rows::Rows;
use crate::diag::{Diagnostic, Location, Snippet};
use crate::lang::{Message, msg};
use crate::values::text::shorten;

/// A cell of the sheet, kept until its row is complete.
enum Kept {
    Text(String),
    Number { value: f64, percent: bool },
    Bool(bool),
    Date(String),
    Error(String),
    Uncomputed(String),
}

impl Kept {
    fn cell(&self) -> Cell<'_> {
        match self {
            Kept::Text(s) => Cell::Text(s),
            Kept::Number { value, percent } => Cell::Number {
                value: *value,
                percent: *percent,
            },
            Kept::Bool(b) => Cell::Bool(*b),
            Kept::Date(s) => Cell::Date(s.clone()),
            Kept::Error(s) => Cell::Error(s.clone()),
            Kept::Uncomputed(s) => Cell::Uncomputed(s.clone()),
        }
    }
}

/// Streams the cells of `sheet` row by row into `rows`. The error returned is a damaged
/// sheet; problems with the data go to `rows`.
pub(super) fn read_sheet<RS: std::io::Read + std::io::Seek>(
    name: &str,
    book: &mut Xlsx<RS>,
    sheet: &str,
    ids: &Catalogue,
    rows: &mut Rows,
) -> Result<(), XlsxError> {
    let index = rows.index(ids);
    let uncomputed = uncomputed_formulas(book, sheet)?;
    let mut reader = book.worksheet_cells_reader(sheet)?;
    let percent: Vec<bool> = reader
        .styles()
        .iter()
        .map(|s| {
            s.number_format
                .as_ref()
                .is_some_and(|f| shows_percent(&f.format_code))
        })
        .collect();
    let mut table = Table {
        name,
        file: name.into(),
        columns: None,
        current: None,
        cells: Vec::new(),
        rows_seen: 0,
        first: None,
        searched: 0,
        done: false,
    };
    while let Some((cell, style)) = reader.next_cell_with_style_id()? {
        let (row, column) = cell.get_position();
        let kept = match cell.get_value() {
            DataRef::Empty => uncomputed
                .get(&(row, column))
                .map(|f| Kept::Uncomputed(f.clone())),
            DataRef::String(s) => Some(Kept::Text(s.clone())),
            DataRef::SharedString(s) => Some(Kept::Text(s.to_string())),
            DataRef::Int(i) => Some(Kept::Number {
                value: *i as f64,
                percent: percent.get(style).copied().unwrap_or(false),
            }),
            DataRef::Float(f) => Some(Kept::Number {
                value: *f,
                percent: percent.get(style).copied().unwrap_or(false),
            }),
            DataRef::Bool(b) => Some(Kept::Bool(*b)),
            DataRef::DateTime(d) => {
                let (y, m, day, ..) = d.to_ymd_hms_milli();
                Some(Kept::Date(format!("{y:04}-{m:02}-{day:02}")))
            }
            DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => Some(Kept::Date(s.clone())),
            DataRef::Error(e) => Some(Kept::Error(e.to_string())),
        };
        table.push(row, column, kept, &index, rows);
        if table.done {
            return Ok(());
        }
    }
    table.flush(&index, rows);
    if table.columns.is_none() && !table.done {
        rows.error(match &table.first {
            Some((line, cells)) => header::no_header(name, *line, cells),
            None => Diagnostic::error(msg!("data-file-empty", file = name))
                .at(Location {
                    file: name.into(),
                    line: 1,
                    column: 1,
                })
                .with_help(msg!("data-sheet-empty-help")),
        });
    }
    Ok(())
}

/// The formulas of the sheet that have no value saved with them, by (row, column): a
/// workbook written by a program and never opened in Excel. Without this pass they would
/// read as empty cells, silently. At most `MAX_ROWS` are kept.
fn uncomputed_formulas<RS: std::io::Read + std::io::Seek>(
    book: &mut Xlsx<RS>,
    sheet: &str,
) -> Result<BTreeMap<(u32, u32), String>, XlsxError> {
    let mut found = BTreeMap::new();
    let mut reader = book.worksheet_cells_reader(sheet)?;
    while let Some(cell) = reader.next_cell_with_formula()? {
        if found.len() < MAX_ROWS
            && cell.value == DataRef::Empty
            && let Some(formula) = cell.formula
        {
            found.insert(cell.pos, format!("={}", shorten(&formula, 40)));
        }
    }
    Ok(found)
}

/// Whether an Excel number format shows its number as a percentage (`0.0%`), as opposed to a
/// literal percent sign (`0.0"%"`, `0.0\%`), which shows the number as it is.
fn shows_percent(code: &str) -> bool {
    let mut chars = code.chars();
    while let Some(c) = chars.next() {
        match c {
            '%' => return true,
            '\\' => {
                chars.next();
            }
            '"' => {
                for q in chars.by_ref() {
                    if q == '"' {
                        break;
                    }
                }
            }
            '[' => {
                for q in chars.by_ref() {
                    if q == ']' {
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    false
}

/// The rows of a sheet as they stream by: the header once found, and the row being read.
struct Table<'a> {
    name: &'a str,
    /// `name`, shared by the points of every row.
    file: std::sync::Arc<str>,
    columns: Option<Layout>,
    /// The 0-based row being collected.
    current: Option<u32>,
    cells: Vec<(u32, Kept)>,
    rows_seen: usize,
    /// The first non-empty row, for the message when no row is a header.
    first: Option<(usize, HeaderCells<'static>)>,
    /// Non-empty rows seen before the header.
    searched: usize,
    /// Reading stopped: the header is wrong, or a limit was hit.
    done: bool,
}

impl Table<'_> {
    fn push(&mut self, row: u32, column: u32, kept: Option<Kept>, index: &Index, rows: &mut Rows) {
        if self.current != Some(row) {
            if let Some(current) = self.current
                && row < current
            {
                self.stop(
                    rows,
                    row,
                    msg!(
                        "data-sheet-rows-out-of-order",
                        file = self.name,
                        row = row as usize + 1,
                        previous = current as usize + 1
                    ),
                    msg!("data-sheet-not-excel-help"),
                );
                return;
            }
            self.flush(index, rows);
            if self.done {
                return;
            }
            self.current = Some(row);
        }
        let Some(kept) = kept else { return };
        if matches!(&kept, Kept::Text(s) if s.trim().is_empty()) {
            return;
        }
        let wanted = match &self.columns {
            // Before the header, every cell; after it, only the columns it names.
            None => true,
            Some(layout) => layout.reads(column as usize),
        };
        if !wanted {
            return;
        }
        if self.cells.len() >= MAX_CELLS_PER_ROW {
            self.stop(
                rows,
                row,
                msg!(
                    "data-sheet-row-too-wide",
                    file = self.name,
                    row = row as usize + 1,
                    max = grouped(MAX_CELLS_PER_ROW)
                ),
                msg!("data-sheet-not-excel-help"),
            );
            return;
        }
        self.cells.push((column, kept));
    }

    /// Reads the collected row: the header if none was found yet, else a data row.
    fn flush(&mut self, index: &Index, rows: &mut Rows) {
        let Some(row) = self.current else { return };
        let cells = std::mem::take(&mut self.cells);
        if cells.is_empty() || self.done {
            return;
        }
        self.rows_seen += 1;
        if self.rows_seen > MAX_ROWS {
            self.stop(
                rows,
                row,
                msg!(
                    "data-sheet-too-long",
                    file = self.name,
                    max = grouped(MAX_ROWS)
                ),
                msg!("data-sheet-too-long-help"),
            );
            return;
        }
        let mut cells = cells;
        // A well-formed row lists its cells left to right; a damaged one may not.
        cells.sort_by_key(|(c, _)| *c);
        let line = row as usize + 1;
        match &self.columns {
            None => {
                let header: HeaderCells<'static> = cells
                    .iter()
                    .map(|(c, k)| (*c as usize, Cow::Owned(k.cell().text().into_owned())))
                    .collect();
                if header::is_header(&header) {
                    let which = "row";
                    match Layout::from_header(self.name, line, &header, which) {
                        Ok(c) => self.columns = Some(c),
                        Err(mut e) => {
                            rows.errors(&mut e);
                            self.done = true;
                        }
                    }
                    return;
                }
                let (first_line, first) = self.first.get_or_insert((line, header));
                self.searched += 1;
                if self.searched == HEADER_SEARCH_ROWS {
                    rows.error(header::no_header(self.name, *first_line, first));
                    self.done = true;
                }
            }
            Some(layout) => {
                let sheet_row = SheetRow {
                    line,
                    cells: &cells,
                };
                let find = |id: &str| record::lookup(index, id);
                layout.read_row(&self.file, &sheet_row, index, find, rows);
            }
        }
    }

    fn stop(&mut self, rows: &mut Rows, row: u32, message: Message, help: Message) {
        rows.error(
            Diagnostic::error(message)
                .at(Location {
                    file: self.name.into(),
                    line: row as usize + 1,
                    column: 1,
                })
                .with_help(help),
        );
        self.cells.clear();
        self.done = true;
    }
}

struct SheetRow<'a> {
    line: usize,
    /// The row's kept cells, by 0-based column.
    cells: &'a [(u32, Kept)],
}

impl Row for SheetRow<'_> {
    fn line(&self) -> usize {
        self.line
    }

    fn cell(&self, column: usize) -> Cell<'_> {
        self.cells
            .iter()
            .find(|(c, _)| *c as usize == column)
            .map_or(Cell::Empty, |(_, k)| k.cell())
    }

    fn snippet(&self, _column: usize) -> Option<Snippet> {
        None
    }

    fn cell_name(&self, column: usize) -> Option<String> {
        Some(format!("{}{}", column_letters(column), self.line))
    }
}

/// Excel's name of a 0-based column: 0 → A, 25 → Z, 26 → AA.
fn column_letters(column: usize) -> String {
    let mut n = column + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_names_as_excel_shows_them() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(2), "C");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(16_383), "XFD");
    }

    #[test]
    fn percentage_formats_and_literal_percent_signs() {
        for code in ["0%", "0.00%", "0.0%;[Red]-0.0%", "#,##0.0%"] {
            assert!(shows_percent(code), "{code}");
        }
        for code in ["General", "0.0\"%\"", "0.0\\%", "[$%-411]0", "#,##0"] {
            assert!(!shows_percent(code), "{code}");
        }
    }
}
