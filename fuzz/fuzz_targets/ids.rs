//! The indicator ids the data targets read against, one of each way a row can read. Built
//! with `..Default::default()`, so that a new field of `IdInfo` does not break the targets.

use polscore::data::{Catalogue, IdInfo};

pub fn catalogue() -> Catalogue {
    let mut ids = Catalogue::new();
    let mut add = |id: &str, info: IdInfo| {
        ids.insert(id.to_string(), info);
    };
    add(
        "f1.rate",
        IdInfo {
            units: vec!["%".into()],
            ..Default::default()
        },
    );
    add(
        "f1.hired",
        IdInfo {
            units: vec!["%".into()],
            ratio: Some(100.0),
            ..Default::default()
        },
    );
    add(
        "f1.talks",
        IdInfo {
            units: vec!["件".into()],
            accumulate: true,
            ..Default::default()
        },
    );
    add(
        "f1.visits",
        IdInfo {
            units: vec!["人".into()],
            calendar: true,
            ..Default::default()
        },
    );
    add(
        "f1.election",
        IdInfo {
            milestone: true,
            ..Default::default()
        },
    );
    ids
}
