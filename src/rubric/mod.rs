//! Rubrics (SPEC §1): the validated model of a policy, and loading it from TOML files.
//!
//! `load` turns paths into `Rubric`s or a list of diagnostics, each naming file, line and
//! column. Everything downstream may rely on the invariants checked here (ids unique,
//! geometric paths positive, years ordered, weights positive, keys fitting their kind).
//!
//! The model is here; `format` describes the file format as data (driving the checks and
//! `schema`); a text passes `structure` (syntax, keys, types, bounds), then `raw` (serde
//! with spans), then `validate` (meaning, and warnings of likely mistakes); `located`
//! keeps errors bounded and places them; `rules` holds what the scorer and the warnings both
//! decide about a target.

pub mod format;
mod located;
mod raw;
pub mod rules;
pub mod schema;
mod structure;
mod validate;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::diag::Diagnostic;
use crate::rating::Rating;

#[derive(Debug, Clone)]
pub struct Rubric {
    /// The path as the user gave it (joined with the file name for a directory).
    pub file: String,
    pub policy: Policy,
    /// The `[scoring]` table.
    pub scoring: Thresholds,
    /// Display labels that replace the standard ones (`[labels]`).
    pub labels: BTreeMap<Rating, String>,
    /// The codes of the warnings this rubric silences (`[lints] allow`); each is one of
    /// `format::LINT_CODES`.
    pub lints: BTreeSet<String>,
    pub fields: Vec<Field>,
}

/// The verdict an evaluation records for a policy, field or goal (SPEC §1 `assessment`,
/// `assessment_note`). It never changes a computed rating: reports show it beside the
/// computed one.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Assessment {
    /// The recorded rating (評価結果), written as a rating id or its Japanese label.
    pub rating: Option<Rating>,
    /// The evaluation's own words, as written.
    pub note: Option<String>,
}

/// The rating a rubric's `assessment` names: a rating id of SPEC §3 or its Japanese label
/// (not the English label, not a `[labels]` label).
pub fn rating_named(word: &str) -> Option<Rating> {
    Rating::ALL
        .into_iter()
        .find(|r| r.id() == word || r.label(crate::rating::Lang::Ja) == word)
}

#[derive(Debug, Clone)]
pub struct Policy {
    pub id: String,
    pub title: String,
    pub title_en: Option<String>,
    pub owner: Option<String>,
    /// First and last year evaluated.
    pub period: Option<(i32, i32)>,
    pub source: Option<String>,
    /// The evaluation's recorded verdict on the policy.
    pub assessment: Assessment,
}

/// How ratings are decided and combined (`[scoring]`): the achievement ratios that make a
/// target exceeded or progressing, the band of a stable trend, the aggregation rule and the
/// growth arithmetic.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    pub exceeded: f64,
    pub progressing: f64,
    pub stable_band: f64,
    pub aggregation: Aggregation,
    pub growth: Growth,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            exceeded: 1.2,
            progressing: 0.8,
            stable_band: 0.01,
            aggregation: Aggregation::Guideline,
            growth: Growth::Linear,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Aggregation {
    Guideline,
    Mean,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Growth {
    Linear,
    Compound,
}

#[derive(Debug, Clone)]
pub struct Field {
    pub id: String,
    pub title: String,
    pub title_en: Option<String>,
    pub owner: Option<String>,
    pub weight: f64,
    /// The evaluation's recorded verdict on the field.
    pub assessment: Assessment,
    pub goals: Vec<Goal>,
}

#[derive(Debug, Clone)]
pub struct Goal {
    pub id: String,
    pub text: String,
    pub text_en: Option<String>,
    pub weight: f64,
    /// The evaluation's recorded verdict on the goal.
    pub assessment: Assessment,
    pub indicators: Vec<Indicator>,
}

#[derive(Debug, Clone)]
pub struct Indicator {
    pub id: String,
    pub name: String,
    pub name_en: Option<String>,
    pub unit: Option<String>,
    pub primary: bool,
    pub weight: f64,
    pub source: Option<String>,
    pub kind: Kind,
    /// Whether the data give the value, or a numerator and a denominator (SPEC §2).
    /// Always `Value` for a milestone.
    pub measure: Measure,
    /// With `Measure::Ratio`, the value is numerator / denominator × `scale` (the rubric's
    /// `scale`, else 100 for a `%` unit, else 1); 1 with `Measure::Value`.
    pub scale: f64,
    /// With `Measure::Ratio`, the unit of its counts (`名`), shown with them:
    /// `50.5%（192名中97名）`.
    pub count_unit: Option<String>,
    /// How the indicator's years are read and shown: 年度 or 暦年. Years are plain numbers
    /// either way, and compare across bases as numbers.
    pub year_basis: YearBasis,
    /// Line of the indicator's `id` in the rubric file, for messages.
    pub line: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// The data give the value.
    Value,
    /// The data give a numerator and a denominator (`97/192`).
    Ratio,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum YearBasis {
    /// 年度: a fiscal year, named by the calendar year it starts in.
    #[default]
    Fiscal,
    /// 暦年: a calendar year.
    Calendar,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Target(Target),
    Reference {
        direction: Option<Direction>,
        accumulate: bool,
        /// A benchmark (SPEC §3.2): a `target` the report checks the latest value against,
        /// in `direction` (always set with a benchmark, never `Within`). Never rated.
        benchmark: Option<f64>,
    },
    Milestone {
        due: Option<i32>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub direction: Direction,
    /// The target value. With `Direction::Within`, the band's low end (`band` holds both).
    pub target: f64,
    pub target_year: Option<i32>,
    /// The yearly schedule (`targets`): a listed year's target is its value. No year after
    /// `target_year`; `None` when the rubric gives none, and always for `Within`.
    pub schedule: Option<BTreeMap<i32, f64>>,
    /// `[low, high]` with `low <= high`: set exactly when `direction` is `Within`, which
    /// then has no baseline, target year, schedule, path or accumulation.
    pub band: Option<(f64, f64)>,
    pub baseline: Option<Baseline>,
    pub path: PathKind,
    pub accumulate: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Baseline {
    pub year: i32,
    pub value: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    AtLeast,
    AtMost,
    /// Inside the band `Target::band` (target indicators only).
    Within,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PathKind {
    Linear,
    Geometric,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KindName {
    Target,
    Reference,
    Milestone,
}

impl Kind {
    pub fn name(&self) -> KindName {
        match self {
            Kind::Target(_) => KindName::Target,
            Kind::Reference { .. } => KindName::Reference,
            Kind::Milestone { .. } => KindName::Milestone,
        }
    }
}

impl KindName {
    pub fn id(self) -> &'static str {
        match self {
            KindName::Target => "target",
            KindName::Reference => "reference",
            KindName::Milestone => "milestone",
        }
    }
}

impl Direction {
    pub fn id(self) -> &'static str {
        match self {
            Direction::AtLeast => "at_least",
            Direction::AtMost => "at_most",
            Direction::Within => "within",
        }
    }
}

impl Indicator {
    pub fn direction(&self) -> Option<Direction> {
        match &self.kind {
            Kind::Target(t) => Some(t.direction),
            Kind::Reference { direction, .. } => *direction,
            Kind::Milestone { .. } => None,
        }
    }

    pub fn accumulate(&self) -> bool {
        match &self.kind {
            Kind::Target(t) => t.accumulate,
            Kind::Reference { accumulate, .. } => *accumulate,
            Kind::Milestone { .. } => false,
        }
    }

    /// Rated indicators feed their goal; reference indicators never do.
    pub fn is_rated(&self) -> bool {
        !matches!(self.kind, Kind::Reference { .. })
    }
}

impl Rubric {
    pub fn indicators(&self) -> impl Iterator<Item = &Indicator> {
        self.fields
            .iter()
            .flat_map(|f| &f.goals)
            .flat_map(|g| &g.indicators)
    }

    /// Whether the rubric silences the warnings of `lint` (`[lints] allow`).
    pub fn allows(&self, lint: format::Lint) -> bool {
        self.lints.contains(lint.code())
    }
}

/// Rubrics loaded, with the warnings found on the way.
#[derive(Debug)]
pub struct LoadedRubrics {
    pub rubrics: Vec<Rubric>,
    pub warnings: Vec<Diagnostic>,
}

/// Loads every rubric named by `paths` (files, or directories of `*.toml`, sorted by path).
/// All errors of all files are returned together.
pub fn load(paths: &[PathBuf]) -> Result<LoadedRubrics, Vec<Diagnostic>> {
    use rayon::prelude::*;
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut rubrics = Vec::new();
    let files = crate::files::expand(paths, "toml", &mut errors);
    // Errors are kept per file up to the number shown, and counted across files.
    let mut counted = located::Counted::from_list(std::mem::take(&mut errors));
    // Files are parsed in parallel and gathered in their sorted order, so the result is
    // the same on any number of threads.
    let parsed: Vec<_> = files
        .par_iter()
        .map(|file| {
            let name = crate::files::display(file);
            let text = crate::files::read_text(file, &name)
                .map_err(|e| located::Counted::from_list(vec![e]))?;
            validate::parse(&name, &text)
        })
        .collect();
    for result in parsed {
        match result {
            Ok((rubric, mut w)) => {
                warnings.append(&mut w);
                rubrics.push(rubric);
            }
            Err(e) => counted.append(e),
        }
    }
    validate::across_files(&rubrics, &mut errors);
    counted.append(located::Counted::from_list(errors));
    let errors = counted.into_list();
    if errors.is_empty() {
        Ok(LoadedRubrics { rubrics, warnings })
    } else {
        Err(errors)
    }
}

/// Parses one rubric from text; `file` is the name used in messages.
pub fn parse(file: &str, text: &str) -> Result<(Rubric, Vec<Diagnostic>), Vec<Diagnostic>> {
    validate::parse(file, text).map_err(located::Counted::into_list)
}
