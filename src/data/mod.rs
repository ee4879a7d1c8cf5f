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
mod stream;
mod workbook;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::diag::{Diagnostic, Location, suggest};
use crate::rubric::IdInfo;
pub use csv_file::{read_csv, read_csv_bytes, read_csv_from};
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
        // Most rows have no status: no lower-cased copy for them.
        if cell.trim().is_empty() {
            return Some(None);
        }
        Some(Some(match cell.trim().to_ascii_lowercase().as_str() {
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
#[derive(Clone, Default)]
pub struct DataSet {
    /// The catalogue the indicators are found in; `None` when no file was read.
    index: Option<Arc<Index>>,
    /// The points of each bucket of indicators (see `Index::bucket`): each indicator's
    /// points in order of year, the indicators one after another. A few dozen allocations,
    /// where a map per indicator would make a hundred thousand. One per bucket, because the
    /// buckets are grouped in parallel: copying a million points into one vector afterwards
    /// measured 30 ms on one thread, against 40 ms for grouping them on two.
    points: Vec<Vec<(i32, Point)>>,
    /// Where each indicator's points are in its bucket's vector, by position in the
    /// catalogue; empty when the data has none.
    ranges: Vec<Range<usize>>,
    len: usize,
}

impl DataSet {
    /// The points of one indicator in order of year, one per year; `None` when the data
    /// has none.
    pub fn series(&self, id: &str) -> Option<&[(i32, Point)]> {
        let index = self.index.as_ref()?;
        self.at(index, index.find(id)?.position as usize)
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The points of the indicator at `position` in the catalogue.
    fn at(&self, index: &Index, position: usize) -> Option<&[(i32, Point)]> {
        let range = self.ranges[position].clone();
        (!range.is_empty()).then(|| &self.points[index.bucket(position)][range])
    }

    /// Every indicator with points, and its points, in order of id.
    fn indicators(&self) -> impl Iterator<Item = (&str, &[(i32, Point)])> {
        self.index.iter().flat_map(move |index| {
            (0..index.len()).filter_map(move |p| Some((index.name(p), self.at(index, p)?)))
        })
    }
}

/// Two data sets are equal when they have the same points for the same ids, however their
/// points are laid out.
impl PartialEq for DataSet {
    fn eq(&self, other: &DataSet) -> bool {
        self.len == other.len
            && self.indicators().count() == other.indicators().count()
            && self
                .indicators()
                .all(|(id, points)| other.series(id) == Some(points))
    }
}

impl std::fmt::Debug for DataSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.indicators()).finish()
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
    let sources = sources(paths, &mut errors);
    let index = (!sources.is_empty()).then(|| Arc::new(Index::new(ids)));
    // The errors of every file, in one budget: each file's are taken in as it is done.
    let budget = Mutex::new(limits::Errors::default());
    // Files are read in parallel, each into its own accumulator; `finish` sorts, so the
    // result does not depend on which thread read what, or when.
    let parts: Vec<Rows> = sources
        .par_iter()
        .map(|source| {
            let mut part = Rows {
                index: index.clone(),
                ..Rows::default()
            };
            let mut errs = Vec::new();
            read_source(source, ids, options, &mut part, &mut errs);
            part.errors.append(&mut errs);
            lock(&budget).merge(std::mem::take(&mut part.errors));
            part
        })
        .collect();
    let mut errors_of_files = budget.into_inner().unwrap_or_else(|e| e.into_inner());
    errors_of_files.append(&mut errors);
    let mut parts = parts;
    if let Some(first) = parts.first_mut() {
        first.errors = errors_of_files;
    } else {
        parts.push(Rows {
            errors: errors_of_files,
            ..Rows::default()
        });
    }
    Rows::finish_all(parts, ids, options, Vec::new())
}

/// The errors of a budget shared by threads. A thread that panicked holding it left it
/// whole (`Errors` has no state between its calls that a panic could break).
fn lock(budget: &Mutex<limits::Errors>) -> std::sync::MutexGuard<'_, limits::Errors> {
    budget.lock().unwrap_or_else(|e| e.into_inner())
}

/// A data file to read, and the sheet asked for with `book.xlsx#Sheet`.
struct Source {
    path: PathBuf,
    sheet: Option<String>,
}

/// The extensions read from a directory given to `--data`.
const DATA_EXTENSIONS: [&str; 2] = ["csv", "xlsx"];

/// The files (and sheets) named by `paths`, each once: a file named twice (`--data inputs/
/// --data inputs/a.csv`) is read where it is first named, as if named once.
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
    let mut seen = std::collections::HashSet::new();
    out.retain(|s| {
        crate::files::identity(&s.path).is_none_or(|id| seen.insert((id, s.sheet.clone())))
    });
    out
}

/// The files that `load` would read for `paths` (a workbook once for all its sheets); paths
/// that name nothing are left out.
pub fn files(paths: &[PathBuf]) -> Vec<PathBuf> {
    sources(paths, &mut Vec::new())
        .into_iter()
        .map(|s| s.path)
        .collect()
}

/// `book.xlsx#Sheet` → (`book.xlsx`, `Sheet`), when no file has the whole name. The name is
/// cut after the first `.xlsx` or `.xlsm` (in any case) that names a file and is followed by
/// `#`, so that the sheet's own name may hold a `#` (`book.xlsx#a#b` is the sheet `a#b`);
/// failing that, at the first `#` after the name of a file (`data.csv#Sheet`, which the
/// reader refuses with a message of its own). The one place a sheet is told from its book.
pub fn split_sheet(path: &Path) -> Option<(PathBuf, String)> {
    if path.exists() {
        return None;
    }
    let text = path.to_str()?;
    let cut = |i: usize| (PathBuf::from(&text[..i]), text[i + 1..].to_string());
    let mut hashes = text.match_indices('#').map(|(i, _)| i);
    let names_file = |i: &usize| Path::new(&text[..*i]).is_file();
    let workbook = |i: &usize| {
        let file = text[..*i].to_ascii_lowercase();
        file.ends_with(".xlsx") || file.ends_with(".xlsm")
    };
    hashes
        .clone()
        .find(|i| workbook(i) && names_file(i))
        .or_else(|| hashes.find(names_file))
        .map(cut)
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
    if !workbook {
        // A CSV file is read as a stream, of any size.
        match std::fs::File::open(&source.path) {
            Ok(file) => read_csv_from(&name, file, options.encoding, ids, rows),
            Err(e) => errors.push(Diagnostic::error(format!("cannot read {name}: {e}"))),
        }
        return;
    }
    let bytes = match crate::files::read_limited(&source.path, &name, limits::MAX_FILE_BYTES) {
        Ok(b) => b,
        Err(e) => {
            errors.push(e);
            return;
        }
    };
    read_workbook(&name, &bytes, source.sheet.as_deref(), ids, rows);
}

/// Where an id appears: the first place, and in how many rows. A million rows of an
/// unknown id keep one place, not a million.
#[derive(Debug, Default)]
struct Seen {
    first: Option<Location>,
    rows: usize,
}

impl Seen {
    fn push(&mut self, place: Location) {
        self.rows += 1;
        if self.first.as_ref().is_none_or(|first| place < *first) {
            self.first = Some(place);
        }
    }

    fn merge(&mut self, other: Seen) {
        // A place is pushed with each row: `other` has one for its rows.
        if let Some(place) = other.first {
            self.push(place);
            self.rows += other.rows - 1;
        }
    }
}

/// Rows read so far, from any number of files, and what was wrong with them.
#[derive(Default)]
pub struct Rows {
    /// The rows read, by bucket of their indicator (see `Index::bucket`); a bucket is made
    /// on its first row.
    buckets: Vec<Bucket>,
    /// The catalogue as rows look it up: built on the first row, or once for all the files
    /// of a run, and shared by their accumulators.
    index: Option<Arc<Index>>,
    errors: limits::Errors,
    /// Ids no rubric defines: where each appears.
    unknown: BTreeMap<String, Seen>,
    /// Those of them that have a year or a value in some row; the others look like a note
    /// written below the table, and the message says so.
    unknown_with_data: BTreeSet<String>,
}

impl Rows {
    /// The data set, or every error found, sorted by place.
    pub fn finish(
        self,
        ids: &BTreeMap<String, IdInfo>,
        options: Options,
        errors: Vec<Diagnostic>,
    ) -> Result<Loaded, Vec<Diagnostic>> {
        Rows::finish_all(vec![self], ids, options, errors)
    }

    /// `finish` for the accumulators of several files, without first copying their rows
    /// into one.
    fn finish_all(
        parts: Vec<Rows>,
        ids: &BTreeMap<String, IdInfo>,
        options: Options,
        mut more: Vec<Diagnostic>,
    ) -> Result<Loaded, Vec<Diagnostic>> {
        let mut errors = limits::Errors::default();
        errors.append(&mut more);
        let mut unknown: BTreeMap<String, Seen> = BTreeMap::new();
        let mut unknown_with_data = BTreeSet::new();
        let mut index = None;
        let mut points = Vec::with_capacity(parts.len());
        for part in parts {
            for (id, seen) in part.unknown {
                unknown.entry(id).or_default().merge(seen);
            }
            unknown_with_data.extend(part.unknown_with_data);
            errors.merge(part.errors);
            index = index.or(part.index);
            points.push(part.buckets);
        }
        let mut warnings = Vec::new();
        // The unknown ids of the errors, by place: their did-you-mean is looked for only
        // for those shown, as each is a search of the whole catalogue.
        let mut unknown_at: BTreeMap<Location, String> = BTreeMap::new();
        for (id, Seen { first, rows }) in unknown {
            let Some(first) = first else { continue };
            let more = match rows {
                1 => String::new(),
                n => format!(" ({n} rows; the first is shown)"),
            };
            let d = Diagnostic::error(format!("no loaded rubric defines indicator `{id}`{more}"))
                .at(first.clone());
            if options.ignore_unknown {
                let mut w = d
                    .with_help("its rows are ignored (--ignore-unknown)")
                    .with_code("unknown-indicator");
                w.level = crate::diag::Level::Warning;
                warnings.push(w);
            } else {
                errors.push(d);
                unknown_at.insert(first, id);
            }
        }
        let data = match &index {
            Some(index) => series(index, points, &mut errors),
            None => DataSet::default(),
        };
        if errors.is_empty() {
            warnings.sort();
            Ok(Loaded { data, warnings })
        } else {
            // A wrong file can give an error on every row; the first ones say what is wrong.
            let mut shown = errors.into_shown();
            // The shown errors of unknown ids, and their did-you-mean, searched side by side.
            let asked: Vec<(usize, &String)> = shown
                .iter()
                .enumerate()
                .filter(|(_, d)| {
                    d.help.is_none() && d.message.starts_with("no loaded rubric defines")
                })
                .filter_map(|(i, d)| Some((i, unknown_at.get(d.location.as_ref()?)?)))
                .collect();
            let hints: Vec<Option<&str>> = {
                use rayon::prelude::*;
                asked
                    .par_iter()
                    .map(|(_, id)| suggest(id, ids.keys().map(String::as_str)))
                    .collect()
            };
            for ((i, id), hint) in asked.into_iter().zip(hints) {
                let note_like = !unknown_with_data.contains(id);
                shown[i].help = Some(match hint {
                    Some(s) => format!("did you mean `{s}`? (or pass --ignore-unknown to skip such rows)"),
                    None if note_like => "the row has no year and no value: if it is a note below the table, delete it, or pass --ignore-unknown to skip such rows".into(),
                    None => "check the id against the rubric, or pass --ignore-unknown to skip such rows".into(),
                });
            }
            Err(shown)
        }
    }

    /// Takes in a row of the indicator at `position` in the catalogue.
    fn push(&mut self, index: &Index, position: u32, year: i32, point: Point) {
        let k = index.bucket(position as usize);
        if self.buckets.len() <= k {
            self.buckets.resize_with(k + 1, Bucket::default);
        }
        let bucket = &mut self.buckets[k];
        bucket.keys.push((position, year));
        bucket.points.push(Some(point));
    }

    /// The catalogue as rows look it up, built on the first call.
    fn index(&mut self, ids: &BTreeMap<String, IdInfo>) -> Arc<Index> {
        // One accumulator serves one catalogue, the one of this run.
        self.index
            .get_or_insert_with(|| Arc::new(Index::new(ids)))
            .clone()
    }
}

/// The points of every part's rows by indicator and year; a second row for the same
/// indicator and year is an error, taken into `errors`.
///
/// Each bucket of indicators is grouped on its own, the buckets in parallel: of a million
/// rows, a bucket's points are about a megabyte where all are eighty, so moving them to
/// their places stays in the cache. The buckets are ranges of the catalogue one after another, so that together
/// they hold the same groups, and report the same errors, as one grouping of all rows.
fn series(index: &Arc<Index>, parts: Vec<Vec<Bucket>>, errors: &mut limits::Errors) -> DataSet {
    use rayon::prelude::*;
    // Bucket k of every part, the parts in order.
    let mut buckets: Vec<Vec<Bucket>> = (0..index.buckets())
        .map(|_| Vec::with_capacity(parts.len()))
        .collect();
    for part in parts {
        for (k, bucket) in part.into_iter().enumerate() {
            buckets[k].push(bucket);
        }
    }
    // Each bucket's errors are taken into one budget as it is done.
    let budget = Mutex::new(std::mem::take(errors));
    let grouped: Vec<Grouped> = buckets
        .into_par_iter()
        .enumerate()
        .map(|(k, parts)| {
            let mut g = group(index, index.positions(k), parts);
            lock(&budget).merge(std::mem::take(&mut g.errors));
            g
        })
        .collect();
    *errors = budget.into_inner().unwrap_or_else(|e| e.into_inner());
    let mut data = DataSet {
        index: Some(index.clone()),
        points: Vec::with_capacity(grouped.len()),
        ranges: Vec::with_capacity(index.len()),
        len: 0,
    };
    for mut g in grouped {
        data.len += g.points.len();
        data.points.push(g.points);
        data.ranges.append(&mut g.ranges);
    }
    data
}

/// The rows of one bucket, in groups by indicator.
#[derive(Default)]
struct Bucket {
    /// Each row's indicator (its position in the catalogue) and year, kept apart from the
    /// points so that grouping them reads a few bytes per row.
    keys: Vec<(u32, i32)>,
    /// Each row's point, in the order of `keys`; `group` takes them out group by group.
    points: Vec<Option<Point>>,
}

/// A bucket grouped: its indicators' points one after another, where each one's are (by
/// position in the bucket), and the rows that repeat an indicator and year.
struct Grouped {
    points: Vec<(i32, Point)>,
    ranges: Vec<Range<usize>>,
    errors: limits::Errors,
}

/// Groups the rows of the indicators at `positions` in the catalogue, read into `parts`.
///
/// Rows are grouped by indicator with a counting sort (indicators are dense positions in
/// the catalogue), then each group is ordered by year and place: which row is kept and
/// which is reported then does not depend on the order of files and rows.
fn group(index: &Index, positions: Range<usize>, mut parts: Vec<Bucket>) -> Grouped {
    let first = positions.start;
    let mut starts = vec![0usize; positions.len() + 1];
    for part in &parts {
        for &(id, _) in &part.keys {
            starts[id as usize - first + 1] += 1;
        }
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    // Each row as (year, part, position in the part), in groups by indicator.
    let mut order = vec![(0i32, 0u32, 0u32); starts[positions.len()]];
    let mut next = starts.clone();
    for (part, Bucket { keys, .. }) in parts.iter().enumerate() {
        for (at, &(id, year)) in keys.iter().enumerate() {
            let id = id as usize - first;
            order[next[id]] = (year, part as u32, at as u32);
            next[id] += 1;
        }
    }
    let place = |(_, part, at): (i32, u32, u32)| {
        parts[part as usize].points[at as usize]
            .as_ref()
            .map(|p| &p.place)
    };
    for group in starts.windows(2) {
        // Two rows of one year are rare: only they need their places compared.
        order[group[0]..group[1]]
            .sort_unstable_by(|&a, &b| a.0.cmp(&b.0).then_with(|| place(a).cmp(&place(b))));
    }
    let mut grouped = Grouped {
        points: Vec::with_capacity(order.len()),
        ranges: Vec::with_capacity(positions.len()),
        errors: limits::Errors::default(),
    };
    for (id, group) in positions.zip(starts.windows(2)) {
        let points = &mut grouped.points;
        let begin = points.len();
        for &(year, part, at) in &order[group[0]..group[1]] {
            let Some(point) = parts[part as usize].points[at as usize].take() else {
                continue;
            };
            // The group is in order of year and place: a second row of a year follows
            // the first, which is kept.
            match points[begin..].last() {
                Some((last, first)) if *last == year => grouped.errors.push(
                    Diagnostic::error(format!(
                        "indicator `{}` has two rows for {year}: {} and {}",
                        index.name(id),
                        row_name(&first.place),
                        row_name(&point.place)
                    ))
                    .at(point.place.location())
                    .with_help("keep one row per indicator and year"),
                ),
                _ => points.push((year, point)),
            }
        }
        grouped.ranges.push(begin..points.len());
    }
    grouped
}

fn row_name(p: &Place) -> String {
    format!("{} row {}", p.file, p.line)
}

/// What reading a row of an indicator needs to know about it. Indicators share a few
/// kinds (a milestone, a count in 件, a rate in %): each kind is kept once.
struct Info {
    milestone: bool,
    units: parse::Units,
}

/// The catalogue as rows look it up: each id's position in it, and what reading its values
/// needs. Built once per run.
///
/// A million rows each look up an id among up to a hundred thousand, in no order, so the
/// layout is made for the cache: a slot holds all that a lookup needs but the id's text,
/// and the ids lie one after another in one string. A lookup reads a slot and an id,
/// where a map of `String`s would follow pointers to strings all over the heap.
struct Index {
    /// Every id, in the catalogue's order, one after another.
    names: String,
    /// Each id's place in `names`, by position.
    spans: Vec<Range<u32>>,
    /// The distinct infos of the ids.
    infos: Vec<Info>,
    /// Open addressing with linear probing, at most half full, so that a probe soon meets
    /// an empty slot.
    slots: Vec<Slot>,
    /// How many positions of the catalogue make a bucket.
    width: usize,
}

#[derive(Clone)]
struct Slot {
    /// Part of the id's hash, so that most other ids are passed over without reading them.
    tag: u32,
    /// `EMPTY`, or the id's position in the catalogue.
    position: u32,
    name: Range<u32>,
    info: u32,
}

impl Slot {
    const EMPTY: u32 = u32::MAX;
}

impl Index {
    fn new(ids: &BTreeMap<String, IdInfo>) -> Index {
        let mut names = String::with_capacity(ids.keys().map(String::len).sum());
        let mut spans = Vec::with_capacity(ids.len());
        let mut infos: Vec<Info> = Vec::new();
        let mut kinds: HashMap<(bool, &Vec<String>), usize> = HashMap::new();
        let mut slots = vec![
            Slot {
                tag: 0,
                position: Slot::EMPTY,
                name: 0..0,
                info: 0,
            };
            (2 * ids.len()).next_power_of_two().max(16)
        ];
        for (position, (id, info)) in ids.iter().enumerate() {
            let name = names.len() as u32..(names.len() + id.len()) as u32;
            names.push_str(id);
            spans.push(name.clone());
            let info = *kinds
                .entry((info.milestone, &info.units))
                .or_insert_with(|| {
                    infos.push(Info {
                        milestone: info.milestone,
                        units: parse::Units::new(&info.units),
                    });
                    infos.len() - 1
                });
            let hash = crate::fnv::hash(id);
            let mut at = home(&slots, hash);
            while slots[at].position != Slot::EMPTY {
                at = (at + 1) & (slots.len() - 1);
            }
            slots[at] = Slot {
                tag: hash as u32,
                position: position as u32,
                name,
                info: info as u32,
            };
        }
        Index {
            names,
            spans,
            infos,
            slots,
            width: ids.len().div_ceil(Index::BUCKETS).max(1),
        }
    }

    /// Rows are kept in buckets of indicators next to each other in the catalogue, so that
    /// grouping them by indicator is a task per bucket. Many more buckets than threads keep
    /// the threads evenly busy; on a million rows, 16 to 64 buckets measured alike, 128 and
    /// more slower.
    const BUCKETS: usize = 64;

    /// The bucket of the indicator at `position`.
    fn bucket(&self, position: usize) -> usize {
        position / self.width
    }

    fn buckets(&self) -> usize {
        self.len().div_ceil(self.width)
    }

    /// The positions of the indicators of bucket `k`.
    fn positions(&self, k: usize) -> Range<usize> {
        k * self.width..((k + 1) * self.width).min(self.len())
    }

    fn len(&self) -> usize {
        self.spans.len()
    }

    fn name(&self, position: usize) -> &str {
        let span = &self.spans[position];
        &self.names[span.start as usize..span.end as usize]
    }

    /// Where `id` is in the catalogue, `None` when no rubric defines it.
    fn find(&self, id: &str) -> Option<Found> {
        let hash = crate::fnv::hash(id);
        let mut at = home(&self.slots, hash);
        loop {
            let slot = &self.slots[at];
            if slot.position == Slot::EMPTY {
                return None;
            }
            if slot.tag == hash as u32
                && self.names.as_bytes()[slot.name.start as usize..slot.name.end as usize]
                    == *id.as_bytes()
            {
                return Some(Found {
                    position: slot.position,
                    info: slot.info,
                });
            }
            at = (at + 1) & (self.slots.len() - 1);
        }
    }
}

/// An id found in the catalogue: its position, and which of the distinct infos is its.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Found {
    position: u32,
    info: u32,
}

impl Index {
    fn info(&self, found: Found) -> &Info {
        &self.infos[found.info as usize]
    }
}

/// The slot where the search for a hash starts: its top bits, the best mixed.
fn home(slots: &[Slot], hash: u64) -> usize {
    (hash >> (64 - slots.len().trailing_zeros())) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn did_you_mean_is_looked_for_only_for_the_errors_shown() {
        // 1,000 unknown ids among 2,000 known: a search of the catalogue for each is 2
        // million comparisons of ids (40 s in a debug build on a busy machine); for the
        // 100 shown, 200,000.
        let ids: BTreeMap<String, IdInfo> = (0..2_000)
            .map(|i| (format!("f1.ind-{i:06}"), IdInfo::default()))
            .collect();
        let mut text = String::from("indicator,year,value\n");
        for i in 0..1_000 {
            text.push_str(&format!("f1.inx-{i:06},2023,1\n"));
        }
        let mut rows = Rows::default();
        read_csv("d.csv", &text, &ids, &mut rows);
        let start = std::time::Instant::now();
        let errors = rows
            .finish(&ids, Options::default(), Vec::new())
            .unwrap_err();
        let took = start.elapsed();
        assert_eq!(errors.len(), limits::MAX_ERRORS + 1);
        assert_eq!(errors.iter().map(Diagnostic::count).sum::<usize>(), 1_000);
        assert_eq!(
            errors[0].help.as_deref(),
            Some("did you mean `f1.ind-000000`? (or pass --ignore-unknown to skip such rows)")
        );
        assert!(errors[..100].iter().all(|e| {
            e.help
                .as_deref()
                .is_some_and(|h| h.starts_with("did you mean"))
        }));
        assert!(took.as_secs() < 20, "{took:?}");
    }
}
