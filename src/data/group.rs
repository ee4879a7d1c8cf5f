//! Grouping the rows read into a `DataSet`: by indicator, then by year, each bucket of
//! indicators on its own and the buckets in parallel; a second row for an indicator and
//! year is an error.

use std::ops::Range;
use std::sync::{Arc, Mutex};

use super::index::Index;
use super::limits;
use super::model::{DataSet, Place, Point};
use crate::diag::Diagnostic;
use crate::lang::msg;

/// The points of every part's rows by indicator and year; a second row for the same
/// indicator and year is an error, taken into `errors`.
///
/// Each bucket of indicators is grouped on its own, the buckets in parallel: of a million
/// rows, a bucket's points are about a megabyte where all are eighty, so moving them to
/// their places stays in the cache. The buckets are ranges of the catalogue one after
/// another, so that together they hold the same groups, and report the same errors, as one
/// grouping of all rows.
pub(super) fn data_set(
    index: &Arc<Index>,
    parts: Vec<Vec<Bucket>>,
    errors: &mut limits::Errors,
) -> DataSet {
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
            super::lock(&budget).merge(std::mem::take(&mut g.errors));
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
pub(super) struct Bucket {
    /// Each row's indicator (its position in the catalogue) and year, kept apart from the
    /// points so that grouping them reads a few bytes per row.
    pub(super) keys: Vec<(u32, i32)>,
    /// Each row's point, in the order of `keys`; `group` takes them out group by group.
    pub(super) points: Vec<Option<Point>>,
    /// Rows dropped while reading as copies (see `Dropped`), whose errors are made once
    /// every file is read; at most `MAX_ERRORS + 1` of a file.
    pub(super) dropped: Vec<Dropped>,
    /// How many rows the bucket held after it was last compacted.
    compacted: usize,
}

/// A row dropped while reading because a row before it (by place) read by the same reader
/// gives the same indicator and year, as a single year (not a span). Such a row is an error
/// whatever the other files hold: grouped with every row, it comes after a row of its year
/// that is kept, the one its error names. Only what that error needs is kept of it.
pub(super) struct Dropped {
    position: u32,
    year: i32,
    span: Option<(i32, i32)>,
    place: Place,
    /// The row it copies.
    copied: Place,
}

/// The copies a reader dropped: the first by place, as many as the errors of the data keep
/// (`MAX_ERRORS + 1`); the others only counted, as that many errors come before them.
#[derive(Default)]
pub(super) struct Copies {
    kept: Vec<Dropped>,
    more: usize,
}

impl Copies {
    fn push(&mut self, dropped: Dropped) {
        self.kept.push(dropped);
        if self.kept.len() > 2 * (limits::MAX_ERRORS + 1) {
            self.cut();
        }
    }

    fn cut(&mut self) {
        self.kept.sort_unstable_by(|a, b| a.place.cmp(&b.place));
        let keep = limits::MAX_ERRORS + 1;
        self.more += self.kept.len().saturating_sub(keep);
        self.kept.truncate(keep);
    }

    /// Hands each row kept to the bucket of its indicator, and counts the others in `errors`.
    pub(super) fn finish(
        mut self,
        index: &Index,
        buckets: &mut Vec<Bucket>,
        errors: &mut limits::Errors,
    ) {
        self.cut();
        errors.count_more(self.more);
        for dropped in self.kept {
            let k = index.bucket(dropped.position as usize);
            if buckets.len() <= k {
                buckets.resize_with(k + 1, Bucket::default);
            }
            buckets[k].dropped.push(dropped);
        }
    }
}

/// Rows a bucket holds before it is first compacted; after that, four times as many as it
/// held after the last compaction. The rows of a million are sorted a few times in all.
const COMPACT_FROM: usize = 1 << 16;

impl Bucket {
    /// Takes in a row. Now and then the rows that copy an earlier one are dropped into
    /// `copies`, so that a file of copies takes no memory for them.
    pub(super) fn push(&mut self, position: u32, year: i32, point: Point, copies: &mut Copies) {
        self.keys.push((position, year));
        self.points.push(Some(point));
        if self.keys.len() >= (4 * self.compacted).max(COMPACT_FROM) {
            self.compact(copies);
        }
    }

    /// Drops into `copies` every row that comes, by place, after a row of the same indicator
    /// and year given as a single year.
    fn compact(&mut self, copies: &mut Copies) {
        let key = |(position, year): (u32, i32)| {
            (u64::from(position) << 32) | u64::from(year as u32 ^ (1 << 31))
        };
        let mut order: Vec<(u64, u32)> = self
            .keys
            .iter()
            .enumerate()
            .map(|(at, &k)| (key(k), at as u32))
            .collect();
        order.sort_unstable();
        for run in order.chunk_by_mut(|a, b| a.0 == b.0) {
            if run.len() == 1 {
                continue;
            }
            // In order of place, which is the order of the rows when they are of one file.
            let place = |at: u32| self.points[at as usize].as_ref().map(|p| &p.place);
            run.sort_by(|a, b| place(a.1).cmp(&place(b.1)));
            // The first row of a single year, which the others copy.
            let mut single: Option<Place> = None;
            for &mut (_, at) in run {
                let at = at as usize;
                match &single {
                    Some(copied) => {
                        if let Some(point) = self.points[at].take() {
                            let (position, year) = self.keys[at];
                            copies.push(Dropped {
                                position,
                                year,
                                span: point.span(),
                                place: point.place,
                                copied: copied.clone(),
                            });
                        }
                    }
                    None => {
                        single = self.points[at]
                            .as_ref()
                            .filter(|p| p.span().is_none())
                            .map(|p| p.place.clone());
                    }
                }
            }
        }
        drop(order);
        let mut kept = 0;
        for at in 0..self.keys.len() {
            if self.points[at].is_some() {
                self.keys.swap(kept, at);
                self.points.swap(kept, at);
                kept += 1;
            }
        }
        self.keys.truncate(kept);
        self.points.truncate(kept);
        self.compacted = kept;
    }
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
            // The group is in order of year (a span's last) and place: a row whose years
            // meet those of one before it meets the last one kept, which stays.
            match points[begin..].last() {
                Some((last, before)) if *last >= point.span().map_or(year, |(first, _)| first) => {
                    grouped
                        .errors
                        .push(overlap(index.name(id), (*last, before), (year, &point)))
                }
                _ => points.push((year, point)),
            }
        }
        grouped.ranges.push(begin..points.len());
    }
    copies_errors(index, &parts, first, &mut grouped);
    grouped
}

/// The error for a row whose years meet those of a row before it: the same year twice, or
/// a span (SPEC §2) over a year of another row or span.
fn overlap(id: &str, kept: (i32, &Point), later: (i32, &Point)) -> Diagnostic {
    overlap_of(id, Side::of(kept), Side::of(later))
}

/// A row in the error of `overlap`: its year (a span's last), its span, its place.
struct Side<'a> {
    year: i32,
    span: Option<(i32, i32)>,
    place: &'a Place,
}

impl Side<'_> {
    fn of((year, p): (i32, &Point)) -> Side<'_> {
        Side {
            year,
            span: p.span(),
            place: &p.place,
        }
    }
}

fn overlap_of(id: &str, kept: Side, later: Side) -> Diagnostic {
    if kept.span.is_none() && later.span.is_none() {
        return Diagnostic::error(msg!(
            "data-row-twice",
            id = id,
            year = later.year,
            first_file = kept.place.file,
            first_line = kept.place.line,
            file = later.place.file,
            line = later.place.line
        ))
        .at(later.place.location())
        .with_help(msg!("data-row-twice-help"));
    }
    let years = |s: &Side| match s.span {
        Some((first, last)) => format!("{first}..{last}"),
        None => format!("{}", s.year),
    };
    Diagnostic::error(msg!(
        "data-years-overlap",
        id = id,
        first_file = kept.place.file,
        first_line = kept.place.line,
        first_years = years(&kept),
        file = later.place.file,
        line = later.place.line,
        years = years(&later)
    ))
    .at(later.place.location())
    .with_help(msg!("data-years-overlap-help"))
}

/// The errors of the rows dropped while reading as copies (`Dropped`), each against the row
/// of its indicator and year that is kept: `grouped` holds the indicators from position
/// `first`.
fn copies_errors(index: &Index, parts: &[Bucket], first: usize, grouped: &mut Grouped) {
    for dropped in parts.iter().flat_map(|b| &b.dropped) {
        let id = dropped.position as usize;
        let points = &grouped.points[grouped.ranges[id - first].clone()];
        let later = Side {
            year: dropped.year,
            span: dropped.span,
            place: &dropped.place,
        };
        // A row of its year is kept (see `Dropped`); the row it copies is named otherwise.
        let kept = match points.binary_search_by_key(&dropped.year, |(year, _)| *year) {
            Ok(at) => Side {
                year: points[at].0,
                span: points[at].1.span(),
                place: &points[at].1.place,
            },
            Err(_) => Side {
                year: dropped.year,
                span: None,
                place: &dropped.copied,
            },
        };
        grouped.errors.push(overlap_of(index.name(id), kept, later));
    }
}
