//! Grouping the rows read into a `DataSet`: by indicator, then by year, each bucket of
//! indicators on its own and the buckets in parallel; a second row for an indicator and
//! year is an error.

use std::ops::Range;
use std::sync::{Arc, Mutex};

use super::index::Index;
use super::limits;
use super::model::{DataSet, Place, Point};
use crate::diag::Diagnostic;

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
    grouped
}

/// The error for a row whose years meet those of a row before it: the same year twice, or
/// a span (SPEC §2) over a year of another row or span.
fn overlap(id: &str, (y1, kept): (i32, &Point), (y2, point): (i32, &Point)) -> Diagnostic {
    if kept.span().is_none() && point.span().is_none() {
        return Diagnostic::error(format!(
            "indicator `{id}` has two rows for {y2}: {} and {}",
            row_name(&kept.place),
            row_name(&point.place)
        ))
        .at(point.place.location())
        .with_help("keep one row per indicator and year");
    }
    let years = |y: i32, p: &Point| match p.span() {
        Some((first, last)) => format!("{first}..{last}"),
        None => format!("{y}"),
    };
    Diagnostic::error(format!(
        "indicator `{id}` has rows whose years overlap: {} ({}) and {} ({})",
        row_name(&kept.place),
        years(y1, kept),
        row_name(&point.place),
        years(y2, point)
    ))
    .at(point.place.location())
    .with_help(
        "a span's value is the total over its years: keep either the span or the rows of its years, and spans that do not meet",
    )
}

fn row_name(p: &Place) -> String {
    format!("{} row {}", p.file, p.line)
}
