//! Data files (SPEC §2): yearly values of indicators, read from CSV into one `DataSet`.
//!
//! A row feeds every loaded rubric that defines its indicator id. The result never depends
//! on the order of rows or files: points are keyed by id and year, and every diagnostic is
//! sorted by place before it is returned.

pub mod parse;

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::diag::{Diagnostic, Location, Snippet, suggest};
use crate::rubric::IdInfo;
pub use parse::MilestoneStatus;

/// A value of a data row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    Number(f64),
    Milestone(MilestoneStatus),
}

/// The optional `status` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Not yet published (公表予定); no value.
    Pending,
    /// Not held that year (e.g. cancelled); no value.
    NotConducted,
    /// Does not apply; no value.
    Na,
    /// A preliminary figure (速報値): scored, and marked in reports.
    Provisional,
}

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::NotConducted => "not_conducted",
            Status::Na => "na",
            Status::Provisional => "provisional",
        }
    }

    fn parse(cell: &str) -> Option<Option<Status>> {
        Some(Some(match cell.trim().to_ascii_lowercase().as_str() {
            "" => return Some(None),
            "pending" | "公表予定" => Status::Pending,
            "not_conducted" | "未実施" | "中止" => Status::NotConducted,
            "na" | "n/a" | "該当なし" => Status::Na,
            "provisional" | "速報値" | "速報" => Status::Provisional,
            _ => return None,
        }))
    }
}

/// One indicator-year of the data.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// `None`: no data that year (never zero).
    pub value: Option<Value>,
    pub status: Option<Status>,
    pub note: Option<String>,
    /// Where the row is, for messages.
    pub location: Location,
}

impl Point {
    pub fn provisional(&self) -> bool {
        self.status == Some(Status::Provisional)
    }
}

/// Every point of every indicator, by id and year.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DataSet {
    series: BTreeMap<String, BTreeMap<i32, Point>>,
}

impl DataSet {
    /// The points of one indicator, by year (empty when the data has none).
    pub fn series(&self, id: &str) -> Option<&BTreeMap<i32, Point>> {
        self.series.get(id)
    }

    pub fn len(&self) -> usize {
        self.series.values().map(BTreeMap::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.series.is_empty()
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Rows whose id no rubric defines are warned about and skipped, not errors.
    pub ignore_unknown: bool,
}

#[derive(Debug)]
pub struct Loaded {
    pub data: DataSet,
    pub warnings: Vec<Diagnostic>,
}

/// Reads every data file named by `paths` (files, or directories of `*.csv`).
pub fn load(
    paths: &[PathBuf],
    ids: &BTreeMap<String, IdInfo>,
    options: Options,
) -> Result<Loaded, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let mut rows = Rows::default();
    for file in crate::files::expand(paths, "csv", &mut errors) {
        let name = crate::files::display(&file);
        match crate::files::read_text(&file, &name) {
            Ok(text) => read_csv(&name, &text, ids, &mut rows),
            Err(e) => errors.push(e),
        }
    }
    rows.finish(ids, options, errors)
}

/// Rows read so far, from any number of files, and what was wrong with them.
#[derive(Default)]
pub struct Rows {
    points: Vec<(String, i32, Point)>,
    errors: Vec<Diagnostic>,
    /// Ids no rubric defines: where they appear.
    unknown: BTreeMap<String, Vec<Location>>,
}

impl Rows {
    /// The data set, or every error found, sorted by place.
    pub fn finish(
        mut self,
        ids: &BTreeMap<String, IdInfo>,
        options: Options,
        mut errors: Vec<Diagnostic>,
    ) -> Result<Loaded, Vec<Diagnostic>> {
        let mut warnings = Vec::new();
        for (id, mut places) in std::mem::take(&mut self.unknown) {
            places.sort();
            let first = places[0].clone();
            let more = match places.len() {
                1 => String::new(),
                n => format!(" ({n} rows; the first is shown)"),
            };
            let d = Diagnostic::error(format!("no loaded rubric defines indicator `{id}`{more}"))
                .at(first);
            let hint = suggest(&id, ids.keys().map(String::as_str));
            if options.ignore_unknown {
                let mut w = d.with_help("its rows are ignored (--ignore-unknown)");
                w.level = crate::diag::Level::Warning;
                warnings.push(w);
            } else {
                errors.push(d.with_help(match hint {
                    Some(s) => format!("did you mean `{s}`? (or pass --ignore-unknown to skip such rows)"),
                    None => "check the id against the rubric, or pass --ignore-unknown to skip such rows".into(),
                }));
            }
        }
        // Sorting by place first makes the kept row and the messages independent of the
        // order in which files and rows were read.
        self.points
            .sort_by(|a, b| (&a.0, a.1, &a.2.location).cmp(&(&b.0, b.1, &b.2.location)));
        let mut series: BTreeMap<String, BTreeMap<i32, Point>> = BTreeMap::new();
        for (id, year, point) in self.points {
            let years = series.entry(id.clone()).or_default();
            if let Some(first) = years.get(&year) {
                errors.push(
                    Diagnostic::error(format!(
                        "indicator `{id}` has two rows for {year}: {} and {}",
                        row_name(&first.location),
                        row_name(&point.location)
                    ))
                    .at(point.location.clone())
                    .with_help("keep one row per indicator and year"),
                );
            } else {
                years.insert(year, point);
            }
        }
        errors.append(&mut self.errors);
        if errors.is_empty() {
            warnings.sort();
            Ok(Loaded {
                data: DataSet { series },
                warnings,
            })
        } else {
            errors.sort();
            errors.dedup();
            Err(errors)
        }
    }
}

fn row_name(l: &Location) -> String {
    format!("{} row {}", l.file, l.line)
}

/// The columns of SPEC §2, by their English name and their Japanese aliases.
const COLUMNS: [(&str, &[&str]); 5] = [
    ("indicator", &["indicator", "指標"]),
    ("year", &["year", "年度"]),
    ("value", &["value", "実績値", "値"]),
    ("note", &["note", "備考"]),
    ("status", &["status"]),
];

/// Reads one CSV text into `rows`; `name` is the file name used in messages.
pub fn read_csv(name: &str, text: &str, ids: &BTreeMap<String, IdInfo>, rows: &mut Rows) {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let lines: Vec<&str> = text.lines().collect();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => {
            rows.errors.push(csv_error(name, &e));
            return;
        }
        None => {
            rows.errors.push(
                Diagnostic::error(format!("{name} is empty"))
                    .at(Location {
                        file: name.into(),
                        line: 1,
                        column: 1,
                    })
                    .with_help("a data file starts with the header row indicator,year,value,note"),
            );
            return;
        }
    };
    let mut index: [Option<usize>; 5] = [None; 5];
    for (i, cell) in header.iter().enumerate() {
        let cell = parse::fold_width(cell.trim()).to_ascii_lowercase();
        if let Some(c) = COLUMNS
            .iter()
            .position(|(_, aliases)| aliases.contains(&cell.as_str()))
        {
            if index[c].is_some() {
                rows.errors.push(
                    Diagnostic::error(format!("{name}: the {} column appears twice", COLUMNS[c].0))
                        .at(Location {
                            file: name.into(),
                            line: 1,
                            column: i + 1,
                        })
                        .with_help("keep one of the two columns"),
                );
            }
            index[c] = Some(i);
        }
    }
    let missing: Vec<&str> = (0..3)
        .filter(|&c| index[c].is_none())
        .map(|c| COLUMNS[c].0)
        .collect();
    if !missing.is_empty() {
        let found = header.iter().collect::<Vec<_>>().join(",");
        rows.errors.push(
            Diagnostic::error(format!("{name} has no {} column", missing.join(", no ")))
                .at(Location { file: name.into(), line: 1, column: 1 })
                .with_help(format!(
                    "the first row must name the columns indicator (指標), year (年度) and value (実績値); it is: {found}"
                )),
        );
        return;
    }
    let [Some(ci), Some(cy), Some(cv), cn, cs] = index else {
        return;
    };
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                rows.errors.push(csv_error(name, &e));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line() as usize);
        let cell = |c: usize| record.get(c).unwrap_or("").trim();
        let place = |c: usize| {
            let location = Location {
                file: name.into(),
                line,
                column: c + 1,
            };
            let source = lines.get(line.wrapping_sub(1)).copied().unwrap_or("");
            (location, snippet(source, cell(c)))
        };
        let fail = |rows: &mut Rows, c: usize, message: String, help: Option<String>| {
            let (location, snip) = place(c);
            let mut d = Diagnostic::error(message).at(location).with_help_opt(help);
            d.snippet = snip.map(Box::new);
            rows.errors.push(d);
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let id = cell(ci);
        let Some(info) = ids.get(id) else {
            let (location, _) = place(ci);
            rows.unknown
                .entry(id.to_string())
                .or_default()
                .push(location);
            continue;
        };
        let year = match parse::parse_year(cell(cy)) {
            Ok(y) => y,
            Err(e) => {
                fail(rows, cy, e, None);
                continue;
            }
        };
        let status = match cs.map(cell).map(Status::parse).unwrap_or(Some(None)) {
            Some(s) => s,
            None => {
                fail(
                    rows,
                    cs.unwrap_or(0),
                    format!("unknown status {:?}", cell(cs.unwrap_or(0))),
                    Some("use pending, not_conducted, na or provisional, or leave it empty".into()),
                );
                continue;
            }
        };
        let raw = cell(cv);
        let value = if raw.is_empty() {
            None
        } else if info.milestone {
            match parse::parse_milestone(raw) {
                Ok(m) => Some(Value::Milestone(m)),
                Err(e) => {
                    fail(rows, cv, e, None);
                    continue;
                }
            }
        } else {
            match parse::parse_number(raw, &info.units) {
                Ok(n) => Some(Value::Number(n)),
                Err(e) => {
                    fail(rows, cv, e, None);
                    continue;
                }
            }
        };
        match (status, value.is_some()) {
            (Some(s @ (Status::Pending | Status::NotConducted | Status::Na)), true) => {
                fail(
                    rows,
                    cv,
                    format!("a row with status {} has a value", s.id()),
                    Some(format!(
                        "empty the value, or clear the status if {raw:?} is the figure"
                    )),
                );
                continue;
            }
            (Some(Status::Provisional), false) => {
                fail(
                    rows,
                    cv,
                    "a provisional row has no value".into(),
                    Some("give the preliminary figure, or use status pending".into()),
                );
                continue;
            }
            _ => {}
        }
        let note = cn.map(cell).filter(|n| !n.is_empty()).map(str::to_string);
        let (location, _) = place(ci);
        rows.points.push((
            id.to_string(),
            year,
            Point {
                value,
                status,
                note,
                location: Location {
                    column: 1,
                    ..location
                },
            },
        ));
    }
}

/// The row's text with the cell marked, when the cell can be found in it.
fn snippet(line: &str, cell: &str) -> Option<Snippet> {
    if cell.is_empty() {
        return None;
    }
    let at = line.find(cell)?;
    Some(Snippet {
        text: line.to_string(),
        start: line[..at].chars().count(),
        len: cell.chars().count(),
    })
}

fn csv_error(name: &str, e: &csv::Error) -> Diagnostic {
    let line = e.position().map_or(1, |p| p.line() as usize);
    Diagnostic::error(format!("{name}: malformed CSV: {e}"))
        .at(Location { file: name.into(), line, column: 1 })
        .with_help("check the quoting of this row: a field with a comma or quote is written \"like, \"\"this\"\"\"")
}
