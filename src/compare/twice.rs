//! Ids listed twice within one policy of a report. Fields, goals and indicators share one
//! set of ids (SPEC §4): `check` and `diff` match nodes by id, so a field and an indicator
//! of the same id would be taken for one node.

use std::collections::BTreeMap;

use crate::report::json::RubricReport;

/// The first id that `p` lists twice, said with both places. Fields, goals and indicators
/// share one set of ids: a field and an indicator of the same id would be matched as one
/// node by `check` and `diff`.
pub(super) fn twice_within(p: &RubricReport) -> Option<String> {
    // Each id seen so far, with its level and the node it is under (none for a field).
    let mut seen: BTreeMap<&str, (&str, Option<String>)> = BTreeMap::new();
    for f in &p.fields {
        let mut nodes = vec![(f.id.as_ref(), "field", None)];
        for g in &f.goals {
            nodes.push((g.id.as_ref(), "goal", Some(format!("field `{}`", f.id))));
            let under = format!("goal `{}`", g.id);
            nodes.extend(
                g.indicators
                    .iter()
                    .map(|i| (i.id.as_ref(), "indicator", Some(under.clone()))),
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
/// a level and the node it is under).
fn said_twice(
    policy: &str,
    id: &str,
    first: &(&str, Option<String>),
    second: (&str, Option<String>),
) -> String {
    let end = "the policy ends just before here";
    match (first, second) {
        ((a, None), (b, None)) if *a == b => {
            format!("{b} `{id}` is listed twice in policy `{policy}` ({end})")
        }
        ((a, Some(x)), (b, Some(y))) if *a == b => format!(
            "{b} `{id}` is listed twice in policy `{policy}` (under {x} and under {y}; {end})"
        ),
        ((a, x), (b, y)) => format!(
            "id `{id}` is listed twice in policy `{policy}`, as {} and as {} (fields, goals \
             and indicators share one set of ids; {end})",
            node(a, x.as_deref()),
            node(b, y.as_deref())
        ),
    }
}

/// "a field", "an indicator under goal `g`".
fn node(level: &str, under: Option<&str>) -> String {
    let article = if level.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    let under = under.map_or(String::new(), |u| format!(" under {u}"));
    format!("{article} {level}{under}")
}
