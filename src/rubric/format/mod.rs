//! The rubric format (SPEC §1) as data: every table and every key, with its type, whether
//! it is required, its default, and what it means.
//!
//! Here the vocabulary of the description (types, keys, bounds, tables and the values the
//! model reads); its rows in `rows.rs`; how types and values are written for people in
//! `words.rs`. One description feeds the first check of a rubric (`structure`: unknown keys,
//! wrong types, missing keys, bounds), the checks of meaning (the keys of each indicator
//! kind), the JSON Schema that editors use (`schema.rs`, `polscore schema`) and the tests that
//! hold docs/rubric-format.md to every key, so they cannot disagree.

mod indicator;
mod lints;
mod rows;
mod words;

pub use indicator::{BASELINE, INDICATOR, NOT_WITH_WITHIN};
pub use lints::{LINT_CODES, Lint};
pub use rows::{FIELD, GOAL, LABELS, LINTS, POLICY, ROOT, SCORING};
pub use words::{quoted_list, short_number, toml_number, type_name};

/// What a key's value must be.
#[derive(Debug, Clone, Copy)]
pub enum Type {
    /// Any string.
    Text,
    /// The id of a field, goal or indicator: no spaces, commas or quotes.
    Id,
    /// The policy id: `[A-Za-z0-9._-]+`.
    PolicyId,
    /// A whole number.
    Integer,
    /// A fiscal year, written as a western year.
    Year,
    /// An integer or a float.
    Number,
    Bool,
    /// One of these strings.
    Choice(&'static [&'static str]),
    /// `[first, last]`: two years.
    YearPair,
    /// A number, or `[low, high]`: two numbers (the band of `direction = "within"`). The
    /// key's bounds hold for each number.
    NumberOrBand,
    /// A table from years (keys, quoted or bare) to numbers: `{ 2024 = 52, 2025 = 55 }`. The
    /// key's bounds hold for each number.
    YearNumbers,
    /// An array of strings, each one of these.
    Choices(&'static [&'static str]),
    /// A table (written `[name]`, or inline `{ … }`).
    Table(&'static Table),
    /// An array of tables (written `[[name]]`).
    Tables(&'static Table),
}

/// One key of a table.
#[derive(Debug)]
pub struct Key {
    pub name: &'static str,
    pub ty: Type,
    pub required: bool,
    /// The indicator kinds the key belongs to; empty for every kind (and outside indicators).
    pub kinds: &'static [&'static str],
    /// The value assumed when the key is left out, as TOML.
    pub default: Option<&'static str>,
    /// What the key means, in one or two sentences (shown by editors on hover).
    pub doc: &'static str,
    /// A value to show in help messages, as TOML.
    pub example: &'static str,
    /// Bounds of a number. The structure pass enforces them (one message per bad number) and
    /// the JSON Schema gives them to editors; every `Number` key has both.
    pub minimum: Option<Bound>,
    pub maximum: Option<Bound>,
}

#[derive(Debug, Clone, Copy)]
pub enum Bound {
    Inclusive(f64),
    Exclusive(f64),
}

/// One table of the format.
#[derive(Debug)]
pub struct Table {
    /// How messages name one such table: "an indicator".
    pub what: &'static str,
    /// How it is written in a rubric: `[[field.goal.indicator]]`.
    pub header: &'static str,
    pub doc: &'static str,
    pub keys: &'static [Key],
}

impl Table {
    pub fn key(&self, name: &str) -> Option<&'static Key> {
        self.keys.iter().find(|k| k.name == name)
    }
}

pub const KINDS: &[&str] = &["target", "reference", "milestone"];
/// Keys an indicator of a kind cannot do without (beyond the keys every indicator needs).
pub const REQUIRED_BY_KIND: &[(&str, &[&str])] = &[("target", &["target"])];
pub const DIRECTIONS: &[&str] = &["at_least", "at_most", "within"];
pub const MEASURES: &[&str] = &["value", "ratio"];
pub const YEAR_BASES: &[&str] = &["fiscal", "calendar"];
/// What `assessment` takes: the rating ids of SPEC §3, then their Japanese labels (in the
/// order of `Rating::ALL`; a test holds them to `rating`).
pub const ASSESSMENTS: &[&str] = &[
    "exceeded",
    "met",
    "progressing",
    "limited",
    "not_progressing",
    "no_data",
    "not_rated",
    "目標超過達成",
    "目標達成",
    "相当程度進展あり",
    "進展が大きくない",
    "目標に向かっていない",
    "データなし",
    "参考",
];
pub const PATHS: &[&str] = &["linear", "geometric"];
pub const AGGREGATIONS: &[&str] = &["guideline", "mean"];
pub const GROWTHS: &[&str] = &["linear", "compound"];
/// The rubric format version this program reads.
pub const SCHEMA_VERSION: i64 = 1;
/// The years a rubric may name (anything else is a typo): `values::year::RANGE`.
pub const YEARS: std::ops::RangeInclusive<i64> =
    *crate::values::year::RANGE.start() as i64..=*crate::values::year::RANGE.end() as i64;
/// The largest magnitude of a value in a rubric (a target, a baseline value). Far above any
/// real figure (a budget of ¥1,000 trillion is 1e15), and low enough that the arithmetic of
/// scoring (differences, ratios, paths over three centuries) stays finite.
pub const MAX_MAGNITUDE: f64 = 1e15;
/// The largest weight: weights are relative, and a sum of many stays finite.
pub const MAX_WEIGHT: f64 = 1e6;

/// Every table of the format, the root first.
pub fn tables() -> [&'static Table; 9] {
    [
        &ROOT, &POLICY, &SCORING, &LABELS, &LINTS, &FIELD, &GOAL, &INDICATOR, &BASELINE,
    ]
}

#[cfg(test)]
mod tests;
