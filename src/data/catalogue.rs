//! The id catalogue: every indicator id the data may use, and how its values read. The
//! rubrics define the ids; whoever loads them fills the catalogue (`pipeline::catalogue`),
//! so that the data reader needs nothing of the rubrics but this.

use std::collections::BTreeMap;

/// What the data reader needs to know of an indicator id across every loaded rubric.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IdInfo {
    pub milestone: bool,
    /// Every display unit the id has in some rubric (stripped from values).
    pub units: Vec<String>,
    /// `Some(scale)` when the id is a ratio (`measure = "ratio"`): a row may give a
    /// numerator and a denominator, and its value is numerator / denominator × scale.
    pub ratio: Option<f64>,
    /// Whether the yearly values are increments (`accumulate = true`): a row may then be a
    /// span of years (`2021..2023`).
    pub accumulate: bool,
    /// Whether the id's years are calendar years (`year_basis = "calendar"`), which decides
    /// which forms of a year are warned about (SPEC §2).
    pub calendar: bool,
}

impl IdInfo {
    /// Takes in one indicator of the id: an id names one real-world series, so one data row
    /// feeds every rubric that defines it (SPEC §2), and its values read as any of them
    /// allows. Units are listed in the order they are first taken in.
    pub fn add(&mut self, milestone: bool, unit: Option<&str>) {
        self.milestone |= milestone;
        if let Some(u) = unit
            && !self.units.iter().any(|known| known == u)
        {
            self.units.push(u.to_string());
        }
    }

    /// Takes in how one indicator of the id reads its rows: a ratio with its scale (the
    /// first one taken in wins), increments, calendar years. As with units, a row reads as
    /// any of the id's indicators allows.
    pub fn read_as(&mut self, ratio: Option<f64>, accumulate: bool, calendar: bool) {
        self.ratio = self.ratio.or(ratio);
        self.accumulate |= accumulate;
        self.calendar |= calendar;
    }
}

/// The indicator ids of all loaded rubrics, in order of id.
pub type Catalogue = BTreeMap<String, IdInfo>;
