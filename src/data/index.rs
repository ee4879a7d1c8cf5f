//! The catalogue as rows look it up: each id's position in it, what reading its values
//! needs, and which bucket of indicators its rows are kept in.

use std::collections::HashMap;
use std::hash::BuildHasher;
use std::ops::Range;

use hashbrown::{DefaultHashBuilder, HashTable};

use super::catalogue::Catalogue;
use crate::values::number::Units;

/// What reading a row of an indicator needs to know about it. Indicators share a few
/// kinds (a milestone, a count in 件, a rate in %): each kind is kept once.
pub(super) struct Info {
    pub(super) milestone: bool,
    pub(super) units: Units,
    /// The scale of a ratio indicator, `None` for any other.
    pub(super) ratio: Option<f64>,
    pub(super) accumulate: bool,
    pub(super) calendar: bool,
}

/// What makes two ids read their rows alike: the key of their shared `Info`.
type Kind<'a> = (bool, &'a Vec<String>, Option<u64>, bool, bool);

/// The catalogue as rows look it up. Built once per run.
///
/// A million rows each look up an id among up to a hundred thousand, in no order, so the
/// layout is made for the cache: an entry of the table holds all that a lookup needs but
/// the id's text, and the ids lie one after another in one string. A lookup reads an entry
/// and an id, where a map of `String`s would follow pointers to strings all over the heap.
pub(super) struct Index {
    /// Every id, in the catalogue's order, one after another.
    names: String,
    /// Each id's place in `names`, by position.
    spans: Vec<Range<u32>>,
    /// The distinct infos of the ids.
    infos: Vec<Info>,
    /// Each id, found by its hash (foldhash, hashbrown's default).
    table: HashTable<Entry>,
    hasher: DefaultHashBuilder,
    /// How many positions of the catalogue make a bucket.
    width: usize,
}

/// An id in the table: where its text is, and what a lookup returns.
struct Entry {
    name: Range<u32>,
    found: Found,
}

/// An id found in the catalogue: its position, and which of the distinct infos is its.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Found {
    pub(super) position: u32,
    info: u32,
}

impl Index {
    pub(super) fn new(ids: &Catalogue) -> Index {
        let mut names = String::with_capacity(ids.keys().map(String::len).sum());
        let mut spans = Vec::with_capacity(ids.len());
        let mut infos: Vec<Info> = Vec::new();
        let mut kinds: HashMap<Kind, usize> = HashMap::new();
        let hasher = DefaultHashBuilder::default();
        let mut table = HashTable::with_capacity(ids.len());
        for (position, (id, info)) in ids.iter().enumerate() {
            let name = names.len() as u32..(names.len() + id.len()) as u32;
            names.push_str(id);
            spans.push(name.clone());
            let kind = (
                info.milestone,
                &info.units,
                info.ratio.map(f64::to_bits),
                info.accumulate,
                info.calendar,
            );
            let info = *kinds.entry(kind).or_insert_with(|| {
                infos.push(Info {
                    milestone: info.milestone,
                    units: Units::new(&info.units),
                    ratio: info.ratio,
                    accumulate: info.accumulate,
                    calendar: info.calendar,
                });
                infos.len() - 1
            });
            let found = Found {
                position: position as u32,
                info: info as u32,
            };
            // The ids of a catalogue are distinct (its keys): no lookup before inserting.
            let names = &names;
            table.insert_unique(hasher.hash_one(id.as_str()), Entry { name, found }, |e| {
                hasher.hash_one(&names[e.name.start as usize..e.name.end as usize])
            });
        }
        Index {
            names,
            spans,
            infos,
            table,
            hasher,
            width: ids.len().div_ceil(Index::BUCKETS).max(1),
        }
    }

    /// Rows are kept in buckets of indicators next to each other in the catalogue, so that
    /// grouping them by indicator is a task per bucket. Many more buckets than threads keep
    /// the threads evenly busy; on a million rows, 16 to 64 buckets measured alike, 128 and
    /// more slower.
    const BUCKETS: usize = 64;

    /// The bucket of the indicator at `position`.
    pub(super) fn bucket(&self, position: usize) -> usize {
        position / self.width
    }

    pub(super) fn buckets(&self) -> usize {
        self.len().div_ceil(self.width)
    }

    /// The positions of the indicators of bucket `k`.
    pub(super) fn positions(&self, k: usize) -> Range<usize> {
        k * self.width..((k + 1) * self.width).min(self.len())
    }

    pub(super) fn len(&self) -> usize {
        self.spans.len()
    }

    pub(super) fn name(&self, position: usize) -> &str {
        let span = &self.spans[position];
        &self.names[span.start as usize..span.end as usize]
    }

    /// Where `id` is in the catalogue, `None` when no rubric defines it.
    pub(super) fn find(&self, id: &str) -> Option<Found> {
        let names = self.names.as_bytes();
        self.table
            .find(self.hasher.hash_one(id), |e| {
                names[e.name.start as usize..e.name.end as usize] == *id.as_bytes()
            })
            .map(|e| e.found)
    }

    pub(super) fn info(&self, found: Found) -> &Info {
        &self.infos[found.info as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::IdInfo;

    #[test]
    fn every_id_is_found_at_its_position_and_no_other_is() {
        let ids: Catalogue = (0..1_000)
            .map(|i| (format!("f{}.ind-{i:04}", i % 7), IdInfo::default()))
            .collect();
        let index = Index::new(&ids);
        for (position, id) in ids.keys().enumerate() {
            assert_eq!(index.find(id).map(|f| f.position), Some(position as u32));
            assert_eq!(index.name(position), id);
        }
        assert_eq!(index.find("f1.ind-9999"), None);
        assert_eq!(index.find(""), None);
        assert!(Index::new(&Catalogue::new()).find("a").is_none());
    }
}
