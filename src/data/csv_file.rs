//! CSV data files: decoding (see `encoding`), the header row, and each row handed to
//! `record::read_row` with its line and text, so that errors show the row with the cell marked.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::Arc;

use super::encoding::{self, Encoding};
use super::limits::{MAX_CELL_CHARS, MAX_ROWS, grouped};
use super::record::{self, Cell, Columns, HEADER_SEARCH_ROWS, HeaderCells, Row};
use super::{Found, Index, Rows};
use crate::diag::{Diagnostic, Location, Snippet};
use crate::rubric::IdInfo;

/// Reads the bytes of one CSV file into `rows`, in the encoding `forced`, else the one detected.
pub fn read_csv_bytes(
    name: &str,
    bytes: &[u8],
    forced: Option<Encoding>,
    ids: &BTreeMap<String, IdInfo>,
    rows: &mut Rows,
) {
    match encoding::decode(name, bytes, forced) {
        Ok(text) => read_csv(name, &text, ids, rows),
        Err(e) => rows.errors.push(e),
    }
}

/// Reads one CSV text into `rows`; `name` is the file name used in messages.
pub fn read_csv(name: &str, text: &str, ids: &BTreeMap<String, IdInfo>, rows: &mut Rows) {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    // Lines end in LF for the reader: it miscounts lines ending in CRLF (as Excel writes
    // them), and old Mac spreadsheets end them with a lone CR.
    let text: Cow<str> = if text.contains('\r') {
        let lf = text.replace("\r\n", "\n");
        Cow::Owned(if lf.contains('\n') {
            lf
        } else {
            lf.replace('\r', "\n")
        })
    } else {
        Cow::Borrowed(text)
    };
    let lines = Lines::new(&text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let at = |line: usize, column: usize| Location {
        file: name.into(),
        line,
        column,
    };
    let file: Arc<str> = name.into();
    let index = rows.index(ids);
    let mut columns: Option<Columns> = None;
    // The first non-empty row, for the message when no row is a header.
    let mut first: Option<(usize, HeaderCells)> = None;
    let mut searched = 0;
    // Records are refilled row after row: a million rows make no million allocations.
    let mut record = csv::StringRecord::new();
    let mut batch = Batch::new();
    let mut read = 0;
    loop {
        let more = reader.read_record(&mut record);
        if !matches!(more, Ok(false)) {
            read += 1;
        }
        match more {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                rows.errors.push(csv_error(name, &e));
                continue;
            }
        }
        let line = record.position().map_or(0, |p| p.line() as usize);
        if read > MAX_ROWS {
            if let Some(columns) = &columns {
                batch.read(&file, columns, &index, &lines, rows);
            }
            rows.errors.push(
                Diagnostic::error(format!(
                    "{name} has more than {} rows; polscore reads data files of up to that many",
                    grouped(MAX_ROWS)
                ))
                .at(at(line, 1))
                .with_help("split the file; --data takes several files"),
            );
            return;
        }
        let Some(columns) = &columns else {
            if record.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            if let Some(long) = record
                .iter()
                .position(|c| c.chars().count() > MAX_CELL_CHARS)
            {
                rows.errors.push(
                    Diagnostic::error(format!(
                        "{name}: line {line} has a cell of more than {} characters, above the header row",
                        grouped(MAX_CELL_CHARS)
                    ))
                    .at(at(line, long + 1))
                    .with_help("is this a data file? it starts with the header row indicator,year,value,note"),
                );
                return;
            }
            let cells: HeaderCells = record
                .iter()
                .enumerate()
                .map(|(i, c)| (i, Cow::Owned(c.to_string())))
                .collect();
            if record::is_header(&cells) {
                match Columns::from_header(
                    name,
                    line,
                    &cells,
                    &format!("the header row (line {line})"),
                ) {
                    Ok(c) => columns = Some(c),
                    Err(mut e) => {
                        rows.errors.append(&mut e);
                        return;
                    }
                }
                continue;
            }
            first.get_or_insert((line, cells));
            searched += 1;
            if searched == HEADER_SEARCH_ROWS {
                break;
            }
            continue;
        };
        if batch.push(&mut record, line) {
            batch.read(&file, columns, &index, &lines, rows);
        }
    }
    if let Some(columns) = &columns {
        batch.read(&file, columns, &index, &lines, rows);
    } else {
        rows.errors.push(match first {
            Some((line, cells)) => record::no_header(name, line, &cells),
            None => Diagnostic::error(format!("{name} is empty"))
                .at(at(1, 1))
                .with_help("a data file starts with the header row indicator,year,value,note"),
        });
    }
}

/// The lines of a CSV text, split when a row first needs its line shown: most files have
/// no error, and splitting a large one costs as much as reading it.
struct Lines<'a> {
    text: &'a str,
    split: std::cell::OnceCell<Vec<&'a str>>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        Lines {
            text,
            split: std::cell::OnceCell::new(),
        }
    }

    /// The text of the 1-based `line`, empty past the end.
    fn get(&self, line: usize) -> &'a str {
        self.split
            .get_or_init(|| self.text.lines().collect())
            .get(line.wrapping_sub(1))
            .copied()
            .unwrap_or("")
    }
}

/// Data rows read ahead, so that their ids are looked up together. With a large catalogue
/// a lookup mostly waits for memory; lookups one after another wait in turn, lookups side by
/// side wait at the same time.
struct Batch {
    /// Records and their lines: the first `len` are rows to read, the rest are kept to be
    /// refilled.
    records: Vec<(csv::StringRecord, usize)>,
    len: usize,
    found: Vec<Option<Found>>,
}

impl Batch {
    const ROWS: usize = 64;

    fn new() -> Batch {
        Batch {
            records: (0..Batch::ROWS)
                .map(|_| (csv::StringRecord::new(), 0))
                .collect(),
            len: 0,
            found: Vec::with_capacity(Batch::ROWS),
        }
    }

    /// Takes in `record`, read at `line`, and leaves an emptied one in its place; true when
    /// the batch is full.
    fn push(&mut self, record: &mut csv::StringRecord, line: usize) -> bool {
        let slot = &mut self.records[self.len];
        std::mem::swap(&mut slot.0, record);
        slot.1 = line;
        self.len += 1;
        self.len == self.records.len()
    }

    /// Reads the rows taken in into `rows`, and empties the batch.
    fn read(
        &mut self,
        file: &Arc<str>,
        columns: &Columns,
        index: &Index,
        lines: &Lines,
        rows: &mut Rows,
    ) {
        let batch = &self.records[..self.len];
        self.found.clear();
        // The id as `record::read_row` reads it: the text of the cell.
        self.found.extend(batch.iter().map(|(record, _)| {
            index.find(&Cell::Text(record.get(columns.indicator).unwrap_or("")).text())
        }));
        for ((record, line), &found) in batch.iter().zip(&self.found) {
            let row = CsvRow {
                record,
                line: *line,
                lines,
                found,
            };
            record::read_row(file, &row, columns, index, rows);
        }
        self.len = 0;
    }
}

struct CsvRow<'a, 't> {
    record: &'a csv::StringRecord,
    line: usize,
    lines: &'a Lines<'t>,
    /// What the id was found to be, when the batch was looked up.
    found: Option<Found>,
}

impl Row for CsvRow<'_, '_> {
    fn line(&self) -> usize {
        self.line
    }

    fn cell(&self, column: usize) -> Cell<'_> {
        Cell::Text(self.record.get(column).unwrap_or(""))
    }

    fn snippet(&self, column: usize) -> Option<Snippet> {
        // The text of the line the record starts on.
        let source = self.lines.get(self.line);
        let (start, len) = field_span(source, column)?;
        // Long rows are shown whole only when short enough to read; the place is still named.
        if source.chars().count() > 300 {
            return None;
        }
        Some(Snippet {
            text: source.to_string(),
            start,
            len,
        })
    }

    fn cell_name(&self, _column: usize) -> String {
        String::new()
    }

    fn find(&self, index: &Index, id: &str) -> Option<Found> {
        // The batch looked the id up as `read_row` reads it; the tests hold them together.
        debug_assert_eq!(
            self.found,
            index.find(id),
            "the batch read another id than {id:?}"
        );
        self.found
    }
}

/// Where the `column`-th field's content is in a CSV line: start and length in characters,
/// without its quotes and surrounding spaces. `None` when the line ends before it (the
/// field is empty, or on a later line of a quoted multi-line record).
fn field_span(line: &str, column: usize) -> Option<(usize, usize)> {
    let chars: Vec<char> = line.chars().collect();
    let mut field = 0;
    let mut start = 0;
    let mut quoted = false;
    let mut i = 0;
    while i <= chars.len() {
        let c = chars.get(i).copied();
        match c {
            Some('"') => quoted = !quoted,
            Some(',') | None if !quoted || c.is_none() => {
                if field == column {
                    let mut s = start;
                    let mut e = i;
                    while s < e && chars[s] == ' ' {
                        s += 1;
                    }
                    while e > s && chars[e - 1] == ' ' {
                        e -= 1;
                    }
                    if e - s >= 2 && chars[s] == '"' && chars[e - 1] == '"' {
                        s += 1;
                        e -= 1;
                    }
                    while s < e && chars[s] == ' ' {
                        s += 1;
                    }
                    while e > s && chars[e - 1] == ' ' {
                        e -= 1;
                    }
                    return (e > s).then_some((s, e - s));
                }
                field += 1;
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn csv_error(name: &str, e: &csv::Error) -> Diagnostic {
    let line = e.position().map_or(1, |p| p.line() as usize);
    Diagnostic::error(format!("{name}: malformed CSV: {e}"))
        .at(Location { file: name.into(), line, column: 1 })
        .with_help("check the quoting of this row: a field with a comma or quote is written \"like, \"\"this\"\"\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_marked_field_is_found_by_position_not_by_text() {
        let line = "f1.rate,50,50";
        assert_eq!(field_span(line, 2), Some((11, 2)));
        assert_eq!(field_span(line, 1), Some((8, 2)));
        assert_eq!(field_span("a,\"1,523件\",x", 1), Some((3, 6)));
        assert_eq!(field_span("a, 令和五年度 ,x", 1), Some((3, 5)));
        assert_eq!(field_span("a,,x", 1), None);
        assert_eq!(field_span("a,b", 5), None);
    }
}
