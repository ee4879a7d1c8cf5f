//! Ids listed twice within one policy of a report. Fields, goals and indicators share one
//! set of ids (SPEC §4): `check` and `diff` match nodes by id, so a field and an indicator
//! of the same id would be taken for one node.

use std::collections::BTreeMap;

use crate::lang::{Message, msg};
use crate::report::json::RubricReport;

/// The first id that `p` lists twice, said with both places. Fields, goals and indicators
/// share one set of ids: a field and an indicator of the same id would be matched as one
/// node by `check` and `diff`. The message is the detail of a report that is not valid:
/// the reader adds the file and the schema.
pub(super) fn twice_within(p: &RubricReport) -> Option<Message> {
    // Each id seen so far, with its level and the id of the node it is under (a goal's
    // field, an indicator's goal; none for a field).
    let mut seen: BTreeMap<&str, (&str, Option<&str>)> = BTreeMap::new();
    for f in &p.fields {
        let mut nodes = vec![(f.id.as_ref(), "field", None)];
        for g in &f.goals {
            nodes.push((g.id.as_ref(), "goal", Some(f.id.as_ref())));
            nodes.extend(
                g.indicators
                    .iter()
                    .map(|i| (i.id.as_ref(), "indicator", Some(g.id.as_ref()))),
            );
        }
        for (id, level, under) in nodes {
            if let Some(first) = seen.get(id) {
                return Some(said_twice(&p.id, id, first, (level, under)));
            }
            seen.insert(id, (level, under));
        }
    }
    None
}

/// The message of `id` listed in policy `policy` first at `first`, then at `second` (each
/// a level, `field`, `goal` or `indicator`, and the id of the node it is under).
fn said_twice(
    policy: &str,
    id: &str,
    first: &(&str, Option<&str>),
    second: (&str, Option<&str>),
) -> Message {
    match (first, second) {
        ((a, None), (b, None)) if *a == b => {
            msg!("compare-id-twice", level = b, id = id, policy = policy)
        }
        ((a, Some(x)), (b, Some(y))) if *a == b => msg!(
            "compare-id-twice-under",
            level = b,
            id = id,
            policy = policy,
            first = x,
            second = y
        ),
        ((a, x), (b, y)) => msg!(
            "compare-id-twice-levels",
            id = id,
            policy = policy,
            first_level = a,
            first_under = x.unwrap_or(""),
            second_level = b,
            second_under = y.unwrap_or("")
        ),
    }
}
