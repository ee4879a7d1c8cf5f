//! Ids no rubric defines: where rows name them, one error (or, with `--ignore-unknown`, one
//! warning) per id, and a did-you-mean for each error shown.

use std::collections::{BTreeMap, BTreeSet};

use super::catalogue::Catalogue;
use super::limits;
use crate::diag::{Diagnostic, Level, Location, suggest};
use crate::lang::msg;

/// The ids no rubric defines, as rows name them.
#[derive(Debug, Default)]
pub(super) struct Unknown {
    /// Where each appears.
    seen: BTreeMap<String, Seen>,
    /// Those of them that have a year or a value in some row; the others look like a note
    /// written below the table, and the message says so.
    with_data: BTreeSet<String>,
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

/// The unknown ids reported as errors, by the place of each error, and those with data.
pub(super) struct Reported {
    at: BTreeMap<Location, String>,
    with_data: BTreeSet<String>,
}

impl Unknown {
    /// A row of the id `id` at `place`; `with_data` when it has a year or a value.
    pub(super) fn push(&mut self, id: &str, place: Location, with_data: bool) {
        if with_data && !self.with_data.contains(id) {
            self.with_data.insert(id.to_string());
        }
        match self.seen.get_mut(id) {
            Some(seen) => seen.push(place),
            None => self.seen.entry(id.to_string()).or_default().push(place),
        }
    }

    /// Takes in the unknown ids of another reader.
    pub(super) fn merge(&mut self, other: Unknown) {
        for (id, seen) in other.seen {
            self.seen.entry(id).or_default().merge(seen);
        }
        self.with_data.extend(other.with_data);
    }

    /// One diagnostic per id, at its first row: an error into `errors`, or with
    /// `ignore` (`--ignore-unknown`) a warning into `warnings`.
    pub(super) fn report(
        self,
        ignore: bool,
        errors: &mut limits::Errors,
        warnings: &mut Vec<Diagnostic>,
    ) -> Reported {
        // The unknown ids of the errors, by place: their did-you-mean is looked for only
        // for those shown, as each is a search of the whole catalogue.
        let mut at: BTreeMap<Location, String> = BTreeMap::new();
        for (id, Seen { first, rows }) in self.seen {
            let Some(first) = first else { continue };
            let d =
                Diagnostic::error(msg!("data-unknown-id", id = id, rows = rows)).at(first.clone());
            if ignore {
                let mut w = d
                    .with_help(msg!("data-unknown-id-ignored"))
                    .with_code("unknown-indicator");
                w.level = Level::Warning;
                warnings.push(w);
            } else {
                errors.push(d);
                at.insert(first, id);
            }
        }
        Reported {
            at,
            with_data: self.with_data,
        }
    }
}

impl Reported {
    /// Gives the shown errors of unknown ids their help: the id of `ids` they are likely a
    /// typo of, searched side by side, else what to do with such rows.
    pub(super) fn help(&self, shown: &mut [Diagnostic], ids: &Catalogue) {
        use rayon::prelude::*;
        let asked: Vec<(usize, &String)> = shown
            .iter()
            .enumerate()
            .filter(|(_, d)| d.help.is_none() && d.message.id == "data-unknown-id")
            .filter_map(|(i, d)| Some((i, self.at.get(d.location.as_ref()?)?)))
            .collect();
        let hints: Vec<Option<&str>> = asked
            .par_iter()
            .map(|(_, id)| suggest(id, ids.keys().map(String::as_str)))
            .collect();
        for ((i, id), hint) in asked.into_iter().zip(hints) {
            let note_like = !self.with_data.contains(id);
            shown[i].help = Some(Box::new(match hint {
                Some(s) => msg!("data-unknown-id-suggest", id = s),
                None if note_like => msg!("data-unknown-id-note"),
                None => msg!("data-unknown-id-check"),
            }));
        }
    }
}
