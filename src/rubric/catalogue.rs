//! The indicator ids of all loaded rubrics, as the data reader needs them.

use std::collections::BTreeMap;

use super::{Indicator, Kind, Rubric};

/// What the data reader needs to know of an indicator id across every loaded rubric.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IdInfo {
    pub milestone: bool,
    /// Every display unit the id has in some rubric (stripped from values).
    pub units: Vec<String>,
}

/// The indicator ids of all loaded rubrics. An id names one real-world series, so one data
/// row feeds every rubric that defines it (SPEC §2).
pub fn catalogue(rubrics: &[Rubric]) -> BTreeMap<String, IdInfo> {
    use rayon::prelude::*;
    // A stable sort keeps an id's indicators in the rubrics' order, so its units are listed
    // in the order they first appear; a map collected from sorted pairs is built in one pass
    // instead of one search per indicator.
    let mut all: Vec<(&str, &Indicator)> = rubrics
        .iter()
        .flat_map(Rubric::indicators)
        .map(|ind| (ind.id.as_str(), ind))
        .collect();
    all.par_sort_by(|a, b| a.0.cmp(b.0));
    let ids: Vec<(String, IdInfo)> = all
        .par_chunk_by(|a, b| a.0 == b.0)
        .map(|same_id| {
            let mut info = IdInfo::default();
            for (_, ind) in same_id {
                info.milestone |= matches!(ind.kind, Kind::Milestone { .. });
                if let Some(u) = &ind.unit
                    && !info.units.contains(u)
                {
                    info.units.push(u.clone());
                }
            }
            (same_id[0].0.to_string(), info)
        })
        .collect();
    ids.into_iter().collect()
}
