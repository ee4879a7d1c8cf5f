//! Data files (SPEC §2): yearly values of indicators, read from CSV files and Excel
//! workbooks into one `DataSet`. `csv_file` and `workbook` read the files, `record` turns a
//! row of either into a point, `parse` reads the cells, `limits` bounds what is read.
//!
//! A row feeds every loaded rubric that defines its indicator id. The result never depends
//! on the order of rows or files: points are keyed by id and year, and every diagnostic is
//! sorted by place before it is returned.

mod csv_file;
pub mod encoding;
pub mod limits;
pub mod parse;
mod record;
mod workbook;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diag::{Diagnostic, Location, suggest};
use crate::rubric::IdInfo;
pub use csv_file::{read_csv, read_csv_bytes};
pub use encoding::Encoding;
pub use parse::MilestoneStatus;
pub use workbook::read_workbook;

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
    pub place: Place,
}

/// Where a data row is: its file and line (for a workbook, `book.xlsx#Sheet` and the sheet
/// row). The file name is shared by every row of the file, so a million rows do not make a
/// million copies of it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    pub file: std::sync::Arc<str>,
    pub line: usize,
}

impl Place {
    pub fn location(&self) -> Location {
        Location {
            file: self.file.to_string(),
            line: self.line,
            column: 1,
        }
    }
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
    /// The encoding of CSV files (`--encoding`); `None` detects UTF-8 or Shift_JIS.
    pub encoding: Option<Encoding>,
}

#[derive(Debug)]
pub struct Loaded {
    pub data: DataSet,
    pub warnings: Vec<Diagnostic>,
}

/// Reads every data file named by `paths`: CSV files, `.xlsx` workbooks (`book.xlsx#Sheet`
/// for a sheet other than the first), or directories of both.
pub fn load(
    paths: &[PathBuf],
    ids: &BTreeMap<String, IdInfo>,
    options: Options,
) -> Result<Loaded, Vec<Diagnostic>> {
    use rayon::prelude::*;
    let mut errors = Vec::new();
    let mut rows = Rows::default();
    let sources = sources(paths, &mut errors);
    // Files are read in parallel, each into its own accumulator; `finish` sorts, so the
    // result does not depend on which thread read what, or when.
    let parts: Vec<(Rows, Vec<Diagnostic>)> = sources
        .iter()
        .map(|_| (rows.sibling(ids), Vec::new()))
        .collect::<Vec<_>>()
        .into_par_iter()
        .zip(sources.par_iter())
        .map(|((mut part, mut errs), source)| {
            read_source(source, ids, options, &mut part, &mut errs);
            (part, errs)
        })
        .collect();
    for (part, mut errs) in parts {
        rows.absorb(part);
        errors.append(&mut errs);
    }
    rows.finish(ids, options, errors)
}

/// A data file to read, and the sheet asked for with `book.xlsx#Sheet`.
struct Source {
    path: PathBuf,
    sheet: Option<String>,
}

/// The extensions read from a directory given to `--data`.
const DATA_EXTENSIONS: [&str; 2] = ["csv", "xlsx"];

fn sources(paths: &[PathBuf], errors: &mut Vec<Diagnostic>) -> Vec<Source> {
    let mut out = Vec::new();
    for path in paths {
        match split_sheet(path) {
            Some((path, sheet)) => out.push(Source {
                path,
                sheet: Some(sheet),
            }),
            None => out.extend(
                crate::files::expand_any(std::slice::from_ref(path), &DATA_EXTENSIONS, errors)
                    .into_iter()
                    .map(|path| Source { path, sheet: None }),
            ),
        }
    }
    out
}

/// `book.xlsx#Sheet` → (`book.xlsx`, `Sheet`), when no file has the whole name and one has
/// the part before the last `#`.
fn split_sheet(path: &Path) -> Option<(PathBuf, String)> {
    if path.exists() {
        return None;
    }
    let text = path.to_str()?;
    let (file, sheet) = text.rsplit_once('#')?;
    let file = PathBuf::from(file);
    file.is_file().then(|| (file, sheet.to_string()))
}

fn is_workbook(path: &Path) -> bool {
    extension(path).is_some_and(|e| e == "xlsx" || e == "xlsm")
}

fn extension(path: &Path) -> Option<String> {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
}

fn read_source(
    source: &Source,
    ids: &BTreeMap<String, IdInfo>,
    options: Options,
    rows: &mut Rows,
    errors: &mut Vec<Diagnostic>,
) {
    let name = crate::files::display(&source.path);
    let workbook = is_workbook(&source.path);
    if let Some(ext @ ("xls" | "xlsb" | "ods" | "numbers")) = extension(&source.path).as_deref() {
        errors.push(
            Diagnostic::error(format!("{name}: polscore does not read .{ext} files"))
                .with_help("save it as an .xlsx workbook (Excel ブック) or as CSV UTF-8"),
        );
        return;
    }
    if let (Some(sheet), false) = (&source.sheet, workbook) {
        errors.push(
            Diagnostic::error(format!("{name}#{sheet}: only .xlsx workbooks have sheets"))
                .with_help(format!("give {name} without #{sheet}")),
        );
        return;
    }
    let bytes = match crate::files::read_limited(&source.path, &name, limits::MAX_FILE_BYTES) {
        Ok(b) => b,
        Err(e) => {
            errors.push(e);
            return;
        }
    };
    if workbook {
        read_workbook(&name, &bytes, source.sheet.as_deref(), ids, rows);
    } else {
        read_csv_bytes(&name, &bytes, options.encoding, ids, rows);
    }
}

/// Rows read so far, from any number of files, and what was wrong with them.
#[derive(Default)]
pub struct Rows {
    /// Each row's indicator (its position in `ids`), year and point.
    points: Vec<(u32, i32, Point)>,
    /// The catalogue's ids in order, and each id's position: built on the first row, so
    /// that a row costs one hash lookup and no copy of its id.
    index: Option<std::sync::Arc<Index>>,
    errors: Vec<Diagnostic>,
    /// Ids no rubric defines: where they appear.
    unknown: BTreeMap<String, Vec<Location>>,
    /// Those of them that have a year or a value in some row; the others look like a note
    /// written below the table, and the message says so.
    unknown_with_data: BTreeSet<String>,
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
                let note_like = !self.unknown_with_data.contains(&id);
                errors.push(d.with_help(match hint {
                    Some(s) => format!("did you mean `{s}`? (or pass --ignore-unknown to skip such rows)"),
                    None if note_like => "the row has no year and no value: if it is a note below the table, delete it, or pass --ignore-unknown to skip such rows".into(),
                    None => "check the id against the rubric, or pass --ignore-unknown to skip such rows".into(),
                }));
            }
        }
        // Sorting by place first makes the kept row and the messages independent of the
        // order in which files and rows were read.
        self.points
            .sort_unstable_by(|a, b| (a.0, a.1, &a.2.place).cmp(&(b.0, b.1, &b.2.place)));
        let index = self.index.take();
        let id_of = |i: u32| {
            index
                .as_ref()
                .map_or_else(String::new, |x| x.ids[i as usize].clone())
        };
        let mut series: BTreeMap<String, BTreeMap<i32, Point>> = BTreeMap::new();
        let mut current: Option<(u32, BTreeMap<i32, Point>)> = None;
        for (index, year, point) in self.points {
            if current.as_ref().is_none_or(|(i, _)| *i != index) {
                if let Some((i, years)) = current.take() {
                    series.insert(id_of(i), years);
                }
                current = Some((index, BTreeMap::new()));
            }
            let Some((_, years)) = current.as_mut() else {
                continue;
            };
            if let Some(first) = years.get(&year) {
                errors.push(
                    Diagnostic::error(format!(
                        "indicator `{}` has two rows for {year}: {} and {}",
                        id_of(index),
                        row_name(&first.place),
                        row_name(&point.place)
                    ))
                    .at(point.place.location())
                    .with_help("keep one row per indicator and year"),
                );
            } else {
                years.insert(year, point);
            }
        }
        if let Some((i, years)) = current {
            series.insert(id_of(i), years);
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
            // A wrong file can give an error on every row; the first ones say what is wrong.
            if errors.len() > limits::MAX_ERRORS {
                let more = errors.len() - limits::MAX_ERRORS;
                let next = errors[limits::MAX_ERRORS].location.clone();
                errors.truncate(limits::MAX_ERRORS);
                let mut d = Diagnostic::error(format!(
                    "{} more errors in the data are not shown; the next is here",
                    limits::grouped(more)
                ))
                .with_help("fix the errors above first: most often the rest are like them");
                d.location = next;
                errors.push(d);
            }
            Err(errors)
        }
    }
}

fn row_name(p: &Place) -> String {
    format!("{} row {}", p.file, p.line)
}

impl Rows {
    /// The position of `id` in the catalogue and what it is, `None` when no rubric defines it.
    fn lookup(&mut self, id: &str, ids: &BTreeMap<String, IdInfo>) -> Option<(u32, Arc<IdInfo>)> {
        let index = self.index_for(ids);
        let i = *index.position.get(id)?;
        Some((i, index.infos[i as usize].clone()))
    }

    fn index_for(&mut self, ids: &BTreeMap<String, IdInfo>) -> Arc<Index> {
        // One accumulator (and its siblings) serves one catalogue, the one of this run.
        match &self.index {
            Some(index) => index.clone(),
            None => {
                let index = Arc::new(Index::new(ids));
                self.index = Some(index.clone());
                index
            }
        }
    }

    /// An empty accumulator that shares this one's id index, for reading another file on
    /// another thread.
    fn sibling(&mut self, ids: &BTreeMap<String, IdInfo>) -> Rows {
        Rows {
            index: Some(self.index_for(ids)),
            ..Rows::default()
        }
    }

    /// Takes in the rows read by a sibling.
    fn absorb(&mut self, other: Rows) {
        self.points.extend(other.points);
        self.errors.extend(other.errors);
        for (id, mut places) in other.unknown {
            self.unknown.entry(id).or_default().append(&mut places);
        }
        self.unknown_with_data.extend(other.unknown_with_data);
    }
}

/// The catalogue's ids in order, what each is, and each id's position: built once, so that
/// a row costs one hash lookup and no copy of its id.
struct Index {
    ids: Vec<String>,
    infos: Vec<Arc<IdInfo>>,
    position: std::collections::HashMap<String, u32, std::hash::BuildHasherDefault<Fnv>>,
}

impl Index {
    fn new(ids: &BTreeMap<String, IdInfo>) -> Index {
        Index {
            ids: ids.keys().cloned().collect(),
            infos: ids.values().cloned().map(Arc::new).collect(),
            position: ids
                .keys()
                .enumerate()
                .map(|(i, id)| (id.clone(), i as u32))
                .collect(),
        }
    }
}

/// FNV-1a: ids are short and not chosen by an adversary who gains anything from collisions,
/// and it hashes them several times faster than the default SipHash.
#[derive(Default)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}
