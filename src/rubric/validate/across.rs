//! The checks that need every loaded rubric at once.

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap};

use crate::diag::Diagnostic;
use crate::lang::msg;
use crate::rubric::{Indicator, Kind, Rubric};
use hashbrown::DefaultHashBuilder;

/// Checks that need every rubric: policy ids are unique, and an indicator id shared by two
/// rubrics is of the same kind of series (numbers, or milestone statuses) in both.
pub(in crate::rubric) fn across_files(rubrics: &[Rubric], errors: &mut Vec<Diagnostic>) {
    let mut policies: BTreeMap<&str, &str> = BTreeMap::new();
    for r in rubrics {
        if let Some(first) = policies.insert(&r.policy.id, &r.file) {
            errors.push(
                Diagnostic::error(msg!(
                    "rubric-policy-twice",
                    id = r.policy.id,
                    first = first,
                    second = r.file
                ))
                .with_help(msg!("rubric-policy-twice-help")),
            );
        }
    }
    // Errors follow the rubrics' order, not the map's, so a hash map serves: with 100,000
    // ids it is several times faster than an ordered map.
    let count = rubrics.iter().map(|r| r.indicators().count()).sum();
    let mut kinds: HashMap<&str, (&Rubric, &Indicator), DefaultHashBuilder> =
        HashMap::with_capacity_and_hasher(count, Default::default());
    for r in rubrics {
        for ind in r.indicators() {
            let milestone = matches!(ind.kind, Kind::Milestone { .. });
            match kinds.entry(&ind.id) {
                Entry::Occupied(first)
                    if matches!(first.get().1.kind, Kind::Milestone { .. }) != milestone =>
                {
                    let (r0, i0) = first.get();
                    errors.push(
                        Diagnostic::error(msg!(
                            "rubric-indicator-kinds-differ",
                            id = ind.id,
                            kind = i0.kind.name().id(),
                            place = format!("{}:{}", r0.file, i0.line),
                            other_kind = ind.kind.name().id(),
                            other_place = format!("{}:{}", r.file, ind.line)
                        ))
                        .with_help(msg!("rubric-indicator-kinds-differ-help")),
                    );
                }
                Entry::Occupied(_) => {}
                Entry::Vacant(slot) => {
                    slot.insert((r, ind));
                }
            }
        }
    }
}
