//! CSV data files: read as a stream (see `stream`), the header row, and each row handed to
//! `record::read_row` with its line and text, so that errors show the row with the cell marked.

use std::borrow::Cow;
use std::io::Read;
use std::sync::Arc;

use super::catalogue::Catalogue;
use super::encoding::Encoding;
use super::header::{self, HEADER_SEARCH_ROWS, HeaderCells};
use super::index::{Found, Index};
use super::layout::Layout;
use super::limits::{MAX_CELL_CHARS, grouped};
use super::record::{self, Cell, Row};
use super::rows::Rows;
use super::stream::Stream;
use super::thousands;
use crate::diag::{Diagnostic, Location, Snippet};
use crate::lang::msg;

/// Reads the bytes of one CSV file into `rows`, in the encoding `forced`, else the one detected.
pub fn read_csv_bytes(
    name: &str,
    bytes: &[u8],
    forced: Option<Encoding>,
    ids: &Catalogue,
    rows: &mut Rows,
) {
    read_csv_from(name, bytes, forced, ids, rows);
}

/// Reads one CSV text into `rows`; `name` is the file name used in messages.
pub fn read_csv(name: &str, text: &str, ids: &Catalogue, rows: &mut Rows) {
    read_csv_from(name, text.as_bytes(), Some(Encoding::Utf8), ids, rows);
}

/// Reads one CSV file from `input`, as a stream, into `rows`, in the encoding `forced`, else
/// the one detected.
pub fn read_csv_from(
    name: &str,
    input: impl Read,
    forced: Option<Encoding>,
    ids: &Catalogue,
    rows: &mut Rows,
) {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(false)
        .buffer_capacity(64 * 1024)
        .from_reader(Stream::new(name, input, forced));
    read_records(name, &mut reader, ids, rows);
    if let Some(e) = reader.get_mut().take_error() {
        rows.error(e);
    }
}

type Reader<R> = csv::Reader<Stream<R>>;

fn read_records<R: Read>(name: &str, reader: &mut Reader<R>, ids: &Catalogue, rows: &mut Rows) {
    let file: Arc<str> = name.into();
    let index = rows.index(ids);
    // Records are refilled row after row: a million rows make no million allocations.
    let mut record = csv::StringRecord::new();
    let Some(header) = find_header(name, reader, &mut record, rows) else {
        return;
    };
    let mut batch = Batch::new();
    while next_record(name, reader, &mut record, rows) {
        let line = record.position().map_or(0, |p| p.line() as usize);
        if record.len() != header.fields && !header.fits(&record) {
            rows.error(fields_error(name, line, &header, &record, reader.get_ref()));
            continue;
        }
        let split = thousands::split_value(name, line, &header.layout, &record, reader.get_ref());
        if let Some(error) = split {
            rows.error(error);
            continue;
        }
        if batch.push(&mut record, line) {
            batch.read(&file, &header.layout, &index, reader.get_ref(), rows);
            let next = reader.position().byte();
            reader.get_mut().release(next);
        }
    }
    batch.read(&file, &header.layout, &index, reader.get_ref(), rows);
}

/// Reads the next record into `record`, taking in the error of each malformed one; false at
/// the end of the file.
fn next_record<R: Read>(
    name: &str,
    reader: &mut Reader<R>,
    record: &mut csv::StringRecord,
    rows: &mut Rows,
) -> bool {
    loop {
        match reader.read_record(record) {
            Ok(more) => return more,
            Err(e) => rows.error(csv_error(name, &e)),
        }
    }
}

/// Reads up to the header row, among the first `HEADER_SEARCH_ROWS` non-empty rows. `None`,
/// with the error in `rows`, when there is none or it is wrong.
fn find_header<R: Read>(
    name: &str,
    reader: &mut Reader<R>,
    record: &mut csv::StringRecord,
    rows: &mut Rows,
) -> Option<Header> {
    // The first non-empty row, for the message when no row is a header.
    let mut first: Option<(usize, HeaderCells)> = None;
    let mut searched = 0;
    while searched < HEADER_SEARCH_ROWS && next_record(name, reader, record, rows) {
        let line = record.position().map_or(0, |p| p.line() as usize);
        // The rows above the header are not shown again.
        let next = reader.position().byte();
        reader.get_mut().release(next);
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if let Some(long) = record
            .iter()
            .position(|c| c.chars().count() > MAX_CELL_CHARS)
        {
            rows.error(long_above_header(name, line, long));
            return None;
        }
        let cells: HeaderCells = record
            .iter()
            .enumerate()
            .map(|(i, c)| (i, Cow::Owned(c.to_string())))
            .collect();
        if header::is_header(&cells) {
            let which = "line";
            return match Layout::from_header(name, line, &cells, which) {
                Ok(layout) => Some(Header {
                    layout,
                    line,
                    fields: record.len(),
                }),
                Err(mut e) => {
                    rows.errors(&mut e);
                    None
                }
            };
        }
        first.get_or_insert((line, cells));
        searched += 1;
    }
    if !reader.get_ref().failed() {
        rows.error(match first {
            Some((line, cells)) => header::no_header(name, line, &cells),
            None => Diagnostic::error(msg!("data-file-empty", file = name))
                .at(at(name, 1, 1))
                .with_help(msg!("data-file-empty-help")),
        });
    }
    None
}

fn at(name: &str, line: usize, column: usize) -> Location {
    Location {
        file: name.into(),
        line,
        column,
    }
}

/// The error for a cell too long to be a header, above the header row.
fn long_above_header(name: &str, line: usize, column: usize) -> Diagnostic {
    Diagnostic::error(msg!(
        "data-long-above-header",
        file = name,
        line = line,
        max = grouped(MAX_CELL_CHARS)
    ))
    .at(at(name, line, column + 1))
    .with_help(msg!("data-long-above-header-help"))
}

/// The header row: where it puts the columns, its line, and how many fields it has.
struct Header {
    layout: Layout,
    line: usize,
    fields: usize,
}

impl Header {
    /// Whether a row with another number of fields than the header is still read: it leaves
    /// out an empty `note` that is the last column (SPEC §2).
    fn fits(&self, record: &csv::StringRecord) -> bool {
        record.len() + 1 == self.fields && self.layout.note() == Some(self.fields - 1)
            || record.iter().all(|c| c.trim().is_empty())
    }
}

/// The error for a row with more or fewer fields than the header. When the value's field
/// and the next ones read as one number with thousands separators (`1,523`), the help says
/// to quote it, and the marks span it.
fn fields_error<R: Read>(
    name: &str,
    line: usize,
    header: &Header,
    record: &csv::StringRecord,
    stream: &Stream<R>,
) -> Diagnostic {
    let fields = header.fields;
    let n = record.len();
    // The first value that reads as a number cut by its thousands separators: its column, how
    // many fields more it takes, and the number. A table with a column per year may have
    // several numbers cut: the first is named.
    let split = n.checked_sub(fields).filter(|&e| e > 0).and_then(|extra| {
        let least = if matches!(header.layout, Layout::Wide(_)) {
            1
        } else {
            extra
        };
        header.layout.values().into_iter().find_map(|v| {
            (least..=extra)
                .rev()
                .find_map(|e| Some((v, e, thousands(record, v, e)?)))
        })
    });
    let (value, taken) = split.as_ref().map_or((0, 0), |(v, e, _)| (*v, *e));
    let split = split.map(|(_, _, number)| number);
    let source = stream.line(line);
    let (column, help) = match &split {
        Some(number) => (
            value,
            msg!(
                "data-thousands-split-help",
                number = number,
                fields = taken + 1,
                digits = number.replace(',', "")
            ),
        ),
        None if n > fields => (
            fields,
            msg!(
                "data-row-too-long-help",
                count = n - fields,
                header = header.line
            ),
        ),
        None => (
            n.saturating_sub(1),
            msg!("data-row-too-short-help", header = header.line),
        ),
    };
    let mut d = Diagnostic::error(msg!("data-row-length", count = n, header = fields))
        .at(Location {
            file: name.into(),
            line,
            column: column + 1,
        })
        .with_help(help);
    let last = match &split {
        Some(_) => value + taken,
        None => column,
    };
    if source.chars().count() <= 300
        && let Some((start, _)) = field_span(source, column)
        && let Some((end, len)) = field_span(source, last)
    {
        d.snippet = Some(Box::new(Snippet {
            text: source.to_string(),
            start,
            len: end + len - start,
        }));
    }
    d
}

/// The number the value's field and the `extra` fields after it make, when they read as one
/// number written with thousands separators: `1` `523` is `1,523`; `約12` `345` `678万` is
/// `約12,345,678万`.
pub(super) fn thousands(record: &csv::StringRecord, value: usize, extra: usize) -> Option<String> {
    let parts: Vec<&str> = (value..=value + extra)
        .map(|i| record.get(i).map(str::trim))
        .collect::<Option<_>>()?;
    let (head, groups) = parts.split_first()?;
    let digits = head.trim_start_matches(|c: char| !c.is_ascii_digit());
    let lead = head.len() - digits.len();
    if digits.is_empty()
        || digits.len() > 3
        || !digits.bytes().all(|b| b.is_ascii_digit())
        || !head[..lead]
            .chars()
            .all(|c| matches!(c, '-' | '+' | '約' | 'お' | 'よ' | 'そ' | ' '))
    {
        return None;
    }
    for (i, g) in groups.iter().enumerate() {
        // Three ASCII digits first: only then is byte 3 the start of a character.
        if g.len() < 3 || !g.as_bytes()[..3].iter().all(u8::is_ascii_digit) {
            return None;
        }
        let rest = &g[3..];
        let last = i + 1 == groups.len();
        if !(rest.is_empty() || (last && !rest.starts_with(|c: char| c.is_ascii_digit()))) {
            return None;
        }
    }
    Some(parts.join(","))
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
    fn read<R: Read>(
        &mut self,
        file: &Arc<str>,
        layout: &Layout,
        index: &Index,
        stream: &Stream<R>,
        rows: &mut Rows,
    ) {
        let batch = &self.records[..self.len];
        self.found.clear();
        // The id as `record::read_row` reads it: the text of the cell.
        self.found.extend(batch.iter().map(|(record, _)| {
            record::lookup(
                index,
                &Cell::Text(record.get(layout.indicator()).unwrap_or("")).text(),
            )
        }));
        for ((record, line), &found) in batch.iter().zip(&self.found) {
            let row = CsvRow {
                record,
                line: *line,
                stream,
            };
            let find = |id: &str| {
                // The batch looked the id up as `read_row` reads it; the tests hold them
                // together.
                debug_assert_eq!(
                    found,
                    record::lookup(index, id),
                    "the batch read another id than {id:?}"
                );
                found
            };
            layout.read_row(file, &row, index, find, rows);
        }
        self.len = 0;
    }
}

struct CsvRow<'a, R> {
    record: &'a csv::StringRecord,
    line: usize,
    stream: &'a Stream<R>,
}

impl<R: Read> Row for CsvRow<'_, R> {
    fn line(&self) -> usize {
        self.line
    }

    fn cell(&self, column: usize) -> Cell<'_> {
        Cell::Text(self.record.get(column).unwrap_or(""))
    }

    fn snippet(&self, column: usize) -> Option<Snippet> {
        // The text of the line the record starts on.
        let source = self.stream.line(self.line);
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

    fn cell_name(&self, _column: usize) -> Option<String> {
        None
    }
}

/// Where the `column`-th field's content is in a CSV line: start and length in characters,
/// without its quotes and surrounding spaces. `None` when the line ends before it (the
/// field is empty, or on a later line of a quoted multi-line record).
pub(super) fn field_span(line: &str, column: usize) -> Option<(usize, usize)> {
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
    Diagnostic::error(msg!("data-csv-malformed", file = name, detail = e))
        .at(Location {
            file: name.into(),
            line,
            column: 1,
        })
        .with_help(msg!("data-csv-malformed-help"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids() -> Catalogue {
        [("f1.rate".to_string(), super::super::IdInfo::default())].into()
    }

    /// The points read, as (line, value).
    fn points(rows: &Rows) -> Vec<(usize, Option<super::super::Value>)> {
        let mut out: Vec<_> = rows
            .read_points()
            .map(|p| (p.place.line, p.value))
            .collect();
        out.sort_by_key(|(line, _)| *line);
        out
    }

    #[test]
    fn a_row_with_another_number_of_fields_than_the_header_is_not_read() {
        use super::super::Value::Number;
        let mut rows = Rows::default();
        let text = "indicator,year,value,note\nf1.rate,2021,40,\nf1.rate,2022,1,523,memo\nf1.rate,2023,45\nf1.rate,2024\n";
        read_csv("a.csv", text, &ids(), &mut rows);
        // 2022 is not read as 1; 2023 leaves out its note, which is fine; 2024 has no value field.
        assert_eq!(
            points(&rows),
            [(2, Some(Number(40.0))), (4, Some(Number(45.0)))]
        );
        let lines: Vec<usize> = rows
            .found_errors()
            .kept()
            .map(|e| e.location.as_ref().unwrap().line)
            .collect();
        assert_eq!(lines, [3, 5]);
    }

    #[test]
    fn thousands_separators_are_recognised_across_fields() {
        let record = |cells: &[&str]| csv::StringRecord::from(cells.to_vec());
        assert_eq!(
            thousands(&record(&["a", "1", "523", "memo"]), 1, 1).as_deref(),
            Some("1,523")
        );
        assert_eq!(
            thousands(&record(&["a", "約12", "345", "678万"]), 1, 2).as_deref(),
            Some("約12,345,678万")
        );
        assert_eq!(
            thousands(&record(&["a", "1", "523.5%"]), 1, 1).as_deref(),
            Some("1,523.5%")
        );
        assert_eq!(thousands(&record(&["a", "1", "52", "x"]), 1, 1), None);
        assert_eq!(thousands(&record(&["a", "1234", "567"]), 1, 1), None);
        assert_eq!(thousands(&record(&["a", "note", "523"]), 1, 1), None);
        // A field that starts with a character of several bytes is no group of digits (found
        // by fuzzing: it was cut inside 「昭」).
        assert_eq!(thousands(&record(&["a", "1", "2昭和"]), 1, 1), None);
        assert_eq!(thousands(&record(&["a", "1", "昭和"]), 1, 1), None);
    }

    /// A CSV file of a header and `rows` rows, made as it is read: it is never whole in memory.
    struct Generated {
        rows: usize,
        next: usize,
        line: Vec<u8>,
        at: usize,
    }

    impl Read for Generated {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if self.at == self.line.len() {
                self.line = match self.next {
                    0 => b"indicator,year,value,note\n".to_vec(),
                    n if n == self.rows => b"f1.rate,2023,45,last\n".to_vec(),
                    n if n > self.rows => return Ok(0),
                    _ => b",,,                    \n".to_vec(),
                };
                self.next += 1;
                self.at = 0;
            }
            let n = buf.len().min(self.line.len() - self.at);
            buf[..n].copy_from_slice(&self.line[self.at..self.at + n]);
            self.at += n;
            Ok(n)
        }
    }

    #[test]
    fn a_file_is_read_as_a_stream_whatever_its_size() {
        // 1,100,001 rows, 27 MB: more rows than the old limit, and the text held stays small.
        let input = Generated {
            rows: 1_100_001,
            next: 0,
            line: Vec::new(),
            at: 0,
        };
        let mut rows = Rows::default();
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(false)
            .buffer_capacity(64 * 1024)
            .from_reader(Stream::new("big.csv", input, None));
        read_records("big.csv", &mut reader, &ids(), &mut rows);
        assert!(rows.found_errors().is_empty(), "{:?}", rows.found_errors());
        assert_eq!(points(&rows).len(), 1);
        assert_eq!(points(&rows)[0].0, 1_100_002);
        let held = reader.get_ref().held();
        assert!(held < 1024 * 1024, "{held} bytes held");
    }

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
