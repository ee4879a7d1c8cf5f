//! The report of scored rubrics, borrowed from the scores: for the JSON file as it is, for
//! people with every text from the inputs escaped, or for a comparison as it reads back.

use std::borrow::Cow;

use super::{
    BaselineReport, CoverageReport, DiagnosticReport, FieldReport, GoalReport, IndicatorReport,
    JsonValue, PointReport, Report, RubricReport, SCHEMA, Schedule, TargetReport, carried,
};
use crate::data::Value;
use crate::diag::Diagnostic;
use crate::lang::Lang;
use crate::rating::Rating;
use crate::rubric::{Assessment, Field, Goal, Indicator, Kind, Target};
use crate::score::{FieldScore, GoalScore, IndicatorScore, RubricScore, SeriesPoint};
use crate::values::escape;

/// What a report is built for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum For {
    /// The JSON file: texts as they are (JSON escapes what it must).
    Json,
    /// The formats for people: every text from the inputs with its control characters
    /// escaped (`crate::escape`; line breaks kept in texts that may have them), so that none
    /// reaches a terminal, a page or a spreadsheet.
    People,
    /// `check`: what `diff` would read back from the JSON file (no series, numbers as JSON
    /// carries them), so that `check` and `score` + `diff` can never disagree.
    Check,
}

impl For {
    /// A text that stays on one line (an id, a unit, a label).
    fn line<'a>(self, s: &'a str) -> Cow<'a, str> {
        match self {
            For::People => escape::line(s),
            For::Json | For::Check => Cow::Borrowed(s),
        }
    }

    /// A text that may have line breaks (a title, a name, a note).
    fn lines<'a>(self, s: &'a str) -> Cow<'a, str> {
        match self {
            For::People => escape::lines(s),
            For::Json | For::Check => Cow::Borrowed(s),
        }
    }

    fn opt_lines<'a>(self, s: Option<&'a str>) -> Option<Cow<'a, str>> {
        s.map(|s| self.lines(s))
    }

    fn number(self, x: Option<f64>) -> Option<f64> {
        match self {
            For::Check => x.and_then(carried),
            For::Json | For::People => x,
        }
    }

    fn target(self, t: Option<TargetReport>) -> Option<TargetReport> {
        match t? {
            TargetReport::Number(x) => self.number(Some(x)).map(TargetReport::Number),
            TargetReport::Band([low, high]) => {
                match (self.number(Some(low)), self.number(Some(high))) {
                    (Some(low), Some(high)) => Some(TargetReport::Band([low, high])),
                    _ => None,
                }
            }
        }
    }

    fn assessment<'a>(self, a: &'a Assessment) -> (Option<Rating>, Option<Cow<'a, str>>) {
        (a.rating, self.opt_lines(a.note.as_deref()))
    }

    fn value(self, v: Option<Value>) -> Option<JsonValue> {
        match v? {
            Value::Number(x) => self.number(Some(x)).map(JsonValue::Number),
            Value::Milestone(m) => Some(JsonValue::Status(m)),
        }
    }
}

/// The report of scored rubrics, with the diagnostics gathered on the way.
pub fn build<'a>(
    scores: &[RubricScore<'a>],
    diagnostics: &'a [Diagnostic],
    to: For,
    lang: Lang,
) -> Report<'a> {
    Report {
        schema: Cow::Borrowed(SCHEMA),
        generator: Cow::Owned(generator()),
        rubrics: scores.iter().map(|s| rubric(s, to)).collect(),
        diagnostics: diagnostics
            .iter()
            .map(|d| diagnostic(d, to, lang))
            .collect(),
    }
}

pub(super) fn generator() -> String {
    format!("polscore {}", env!("CARGO_PKG_VERSION"))
}

pub(super) fn diagnostic(d: &Diagnostic, to: For, lang: Lang) -> DiagnosticReport<'_> {
    DiagnosticReport {
        level: d.level,
        code: d.code().map(Cow::Borrowed),
        message: Cow::Owned(to.line(&d.message.render(lang)).into_owned()),
        location: d
            .location
            .as_ref()
            .map(|l| Cow::Owned(to.line(&l.to_string()).into_owned())),
        help: d
            .help
            .as_ref()
            .map(|h| Cow::Owned(to.line(&h.render(lang)).into_owned())),
    }
}

/// The report of one scored rubric.
pub fn rubric<'a>(s: &RubricScore<'a>, to: For) -> RubricReport<'a> {
    let r = s.rubric;
    let (assessment, assessment_note) = to.assessment(&r.policy.assessment);
    RubricReport {
        id: to.line(&r.policy.id),
        as_of: s.as_of,
        title: to.lines(&r.policy.title),
        title_en: to.opt_lines(r.policy.title_en.as_deref()),
        file: to.line(&r.file),
        rating: s.rating,
        fields: r
            .fields
            .iter()
            .zip(&s.fields)
            .map(|(f, fs)| field(f, fs, to))
            .collect(),
        owner: to.opt_lines(r.policy.owner.as_deref()),
        period: r.policy.period.map(|(a, b)| [a, b]),
        labels: r
            .labels
            .iter()
            .map(|(k, v)| (*k, to.line(v).into_owned()))
            .collect(),
        assessment,
        assessment_note,
    }
}

fn field<'a>(f: &'a Field, s: &FieldScore<'a>, to: For) -> FieldReport<'a> {
    let (assessment, assessment_note) = to.assessment(&f.assessment);
    FieldReport {
        id: to.line(&f.id),
        title: to.lines(&f.title),
        rating: s.rating,
        goals: f
            .goals
            .iter()
            .zip(&s.goals)
            .map(|(g, gs)| goal(g, gs, to))
            .collect(),
        title_en: to.opt_lines(f.title_en.as_deref()),
        owner: to.opt_lines(f.owner.as_deref()),
        assessment,
        assessment_note,
    }
}

fn goal<'a>(g: &'a Goal, s: &GoalScore<'a>, to: For) -> GoalReport<'a> {
    let (assessment, assessment_note) = to.assessment(&g.assessment);
    GoalReport {
        id: to.line(&g.id),
        text: to.lines(&g.text),
        rating: s.rating,
        coverage: CoverageReport {
            rated: s.coverage.rated,
            with_data: s.coverage.with_data,
        },
        indicators: g
            .indicators
            .iter()
            .zip(&s.indicators)
            .map(|(i, is)| indicator(i, is, to))
            .collect(),
        text_en: to.opt_lines(g.text_en.as_deref()),
        assessment,
        assessment_note,
    }
}

fn indicator<'a>(ind: &'a Indicator, s: &IndicatorScore<'a>, to: For) -> IndicatorReport<'a> {
    let (target, target_year, baseline, due) = match &ind.kind {
        Kind::Target(t) => (
            Some(stated_target(t)),
            t.target_year,
            t.baseline.map(|b| BaselineReport {
                year: b.year,
                value: b.value,
            }),
            None,
        ),
        Kind::Reference { benchmark, .. } => {
            (benchmark.map(TargetReport::Number), None, None, None)
        }
        Kind::Milestone { due } => (None, None, None, *due),
    };
    let band = match &ind.kind {
        Kind::Target(t) => t.band,
        _ => None,
    };
    let rated = s.rated_point();
    IndicatorReport {
        id: to.line(&ind.id),
        name: to.lines(&ind.name),
        kind: ind.kind.name(),
        unit: ind.unit.as_deref().map(|u| to.line(u)),
        count_unit: ind.count_unit.as_deref().map(|u| to.line(u)),
        primary: ind.primary,
        direction: ind.direction(),
        target: to.target(target),
        target_year,
        baseline,
        due,
        accumulate: ind.accumulate(),
        rating: s.rating,
        year: s.year,
        stale: s.stale,
        value: to.value(s.value),
        achievement: s.achievement,
        outlook: s.outlook.as_ref().map(|o| o.outlook),
        trend: s.trend.as_ref().map(|t| t.trend),
        series: match to {
            For::Check => Vec::new(),
            For::Json | For::People => s.series.iter().map(|p| point(p, band, to)).collect(),
        },
        name_en: to.opt_lines(ind.name_en.as_deref()),
        source: to.opt_lines(ind.source.as_deref()),
        provisional: rated.is_some_and(|p| p.point.provisional()),
        note: rated.and_then(|p| to.opt_lines(p.point.note())),
        targets: schedule(&ind.kind),
        measure: ind.measure,
        year_basis: ind.year_basis,
        meets_target: s.meets_target,
    }
}

/// The target as the rubric states it: `[low, high]` for a band, else the number.
fn stated_target(t: &Target) -> TargetReport {
    match t.band {
        Some((low, high)) => TargetReport::Band([low, high]),
        None => TargetReport::Number(t.target),
    }
}

/// A target indicator's yearly schedule, in order of year; `None` without one.
fn schedule(kind: &Kind) -> Option<Schedule> {
    match kind {
        // An empty `targets = {}` is echoed as `{}`: the report says what the rubric says.
        Kind::Target(t) => t
            .schedule
            .as_ref()
            .map(|s| Schedule(s.iter().map(|(y, x)| (*y, *x)).collect())),
        _ => None,
    }
}

/// One year of the series; a band's years state the band as their target.
fn point<'a>(p: &SeriesPoint<'a>, band: Option<(f64, f64)>, to: For) -> PointReport<'a> {
    let target = match band {
        Some((low, high)) => Some(TargetReport::Band([low, high])),
        None => p.target.map(TargetReport::Number),
    };
    PointReport {
        year: p.year,
        value: to.value(p.value),
        target,
        achievement: p.achievement,
        rating: p.rating,
        provisional: p.point.provisional(),
        note: to.opt_lines(p.point.note()),
        status: p.point.status,
        numerator: p.point.ratio().map(|r| r.numerator),
        denominator: p.point.ratio().map(|r| r.denominator),
        span: p.point.span().map(|(first, last)| [first, last]),
    }
}
