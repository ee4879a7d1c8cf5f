//! `polscore explain`: the whole derivation of one indicator's rating, year by year, in plain
//! text a person can follow with a calculator — the target for the year (the path
//! arithmetic), the achievement ratio, the rule of SPEC §3 that gave the rating, the outlook
//! or trend arithmetic, and how the rating fed its goal's.
//!
//! It is rendered from the scorer's own results (`RubricScore`, whose series points carry
//! the rule that fired), so the numbers shown are the numbers used; the formulas are only
//! written out around them. Numbers are shown rounded to four decimals.

use std::fmt::Write as _;

use crate::data::{DataSet, Value};
use crate::rating::Rating;
use crate::report::human::percent;
use crate::rubric::{
    Aggregation, Baseline, Direction, Goal, Growth, Indicator, Kind, PathKind, Rubric, Target,
};
use crate::score::{
    GoalScore, IndicatorScore, Input, Outlook, OutlookCalc, RubricScore, Rule, SeriesPoint, Step,
    Trend, TrendCalc, decide, indicator::meets,
};

/// How the evaluation year was chosen, for the explanation of `as_of`.
#[derive(Debug, Clone, Copy)]
pub struct Request {
    /// `--year`, if given.
    pub year: Option<i32>,
}

/// The explanation of indicator `id` in one scored rubric; `None` if the rubric does not
/// define it. Texts of the inputs (names, units, notes) are shown with their control
/// characters escaped (`crate::values::escape`); the explanation has no colour to keep apart.
pub fn render(score: &RubricScore, data: &DataSet, id: &str, request: Request) -> Option<String> {
    let mut text = explanation(score, data, id, request)?;
    crate::values::escape::lines_in_place(&mut text);
    Some(text)
}

fn explanation(score: &RubricScore, data: &DataSet, id: &str, request: Request) -> Option<String> {
    let rubric = score.rubric;
    let (fi, gi, ii) = position(rubric, id)?;
    let field = &rubric.fields[fi];
    let goal = &field.goals[gi];
    let ind = &goal.indicators[ii];
    let field_score = score.fields.get(fi)?;
    let goal_score = field_score.goals.get(gi)?;
    let s = goal_score.indicators.get(ii)?;

    let mut out = String::new();
    let _ = writeln!(out, "{}  {}", ind.id, ind.name);
    if let Some(en) = &ind.name_en {
        let _ = writeln!(out, "{}  {en}", " ".repeat(ind.id.chars().count()));
    }
    let _ = writeln!(
        out,
        "in {}:{} (policy {}, field {}, goal {})",
        rubric.file, ind.line, rubric.policy.id, field.id, goal.id
    );
    out.push('\n');
    definition(&mut out, rubric, ind);
    out.push('\n');
    as_of(&mut out, rubric, score.as_of, request);
    let Some(as_of) = score.as_of else {
        let _ = writeln!(out, "\nRating: {}", s.rating.id());
        goal_part(&mut out, rubric, goal, goal_score, ind, score);
        return Some(out);
    };
    out.push('\n');
    series(&mut out, rubric, ind, s, as_of, data);
    out.push('\n');
    rating(&mut out, rubric, ind, s, as_of);
    match &ind.kind {
        Kind::Target(t) => outlook(&mut out, t, s, as_of),
        Kind::Reference { direction, .. } => trend(&mut out, rubric, *direction, s),
        Kind::Milestone { .. } => {}
    }
    for w in &s.warnings {
        let _ = writeln!(out, "  note: {w}");
    }
    goal_part(&mut out, rubric, goal, goal_score, ind, score);
    Some(out)
}

/// Field, goal and indicator index of `id`.
fn position(rubric: &Rubric, id: &str) -> Option<(usize, usize, usize)> {
    for (fi, f) in rubric.fields.iter().enumerate() {
        for (gi, g) in f.goals.iter().enumerate() {
            if let Some(ii) = g.indicators.iter().position(|i| i.id == id) {
                return Some((fi, gi, ii));
            }
        }
    }
    None
}

fn definition(out: &mut String, rubric: &Rubric, ind: &Indicator) {
    let unit = ind.unit.as_deref().unwrap_or("");
    let _ = writeln!(out, "Definition");
    match &ind.kind {
        Kind::Target(t) => {
            let _ = writeln!(
                out,
                "  kind       target, {}",
                direction_words(Some(t.direction))
            );
            let mut target = format!("{}{unit}", num(t.target));
            match (t.target_year, t.baseline, t.accumulate) {
                (Some(ty), _, true) => {
                    let _ = write!(
                        target,
                        " by {ty}, counted as a running total from 0 on a {} path",
                        path_name(t.path)
                    );
                }
                (Some(ty), Some(b), false) => {
                    let _ = write!(
                        target,
                        " by {ty}, from the baseline {}{unit} in {} on a {} path",
                        num(b.value),
                        b.year,
                        path_name(t.path)
                    );
                }
                (Some(ty), None, false) => {
                    let _ = write!(target, " by {ty} (no baseline, so no path: every year)");
                }
                (None, Some(b), _) => {
                    let _ = write!(
                        target,
                        " every year (no target_year), measured from the baseline {}{unit} in {}",
                        num(b.value),
                        b.year
                    );
                }
                (None, None, _) => target.push_str(" every year (no target_year)"),
            }
            let _ = writeln!(out, "  target     {target}");
            if t.accumulate {
                let _ = writeln!(
                    out,
                    "  accumulate the data are yearly increments; the indicator is their running total"
                );
            }
        }
        Kind::Reference {
            direction,
            accumulate,
            ..
        } => {
            let _ = writeln!(
                out,
                "  kind       reference (never rated; shows a trend), {}",
                direction_words(*direction)
            );
            if *accumulate {
                let _ = writeln!(
                    out,
                    "  accumulate the data are yearly increments; the indicator is their running total"
                );
            }
        }
        Kind::Milestone { due } => {
            let _ = writeln!(out, "  kind       milestone (a qualitative step)");
            match due {
                Some(d) => {
                    let _ = writeln!(out, "  due        {d}");
                }
                None => {
                    let _ = writeln!(out, "  due        none (never overdue)");
                }
            }
        }
    }
    if !unit.is_empty() {
        let _ = writeln!(out, "  unit       {unit}");
    }
    let _ = writeln!(
        out,
        "  primary    {}",
        if ind.primary { "yes" } else { "no" }
    );
    let sc = &rubric.scoring;
    match &ind.kind {
        Kind::Target(_) => {
            let _ = writeln!(
                out,
                "  scoring    exceeded at a ≥ {}, progressing at a ≥ {}, growth {}",
                num(sc.exceeded),
                num(sc.progressing),
                growth_name(sc.growth)
            );
        }
        Kind::Reference { .. } => {
            let _ = writeln!(
                out,
                "  scoring    stable within ±{} a year, growth {}",
                num(sc.stable_band),
                growth_name(sc.growth)
            );
        }
        Kind::Milestone { .. } => {}
    }
}

fn as_of(out: &mut String, rubric: &Rubric, as_of: Option<i32>, request: Request) {
    let period = rubric.policy.period;
    let period_words = period.map_or("(the rubric has no period)".to_string(), |(a, b)| {
        format!("in the period {a}–{b}")
    });
    let text = match (as_of, request.year) {
        (None, _) => format!(
            "none: no indicator of the rubric has a value {period_words}, so every rated \
             indicator is no_data"
        ),
        (Some(y), Some(asked)) if y != asked => {
            format!("{y} (--year {asked}, capped at the end of the period)")
        }
        (Some(y), Some(_)) => format!("{y} (--year)"),
        (Some(y), None) => format!(
            "{y}, the latest year in which an indicator of the rubric has a value, {period_words}"
        ),
    };
    let _ = writeln!(out, "Evaluation year (as_of): {text}");
}

fn series(
    out: &mut String,
    rubric: &Rubric,
    ind: &Indicator,
    s: &IndicatorScore,
    as_of: i32,
    data: &DataSet,
) {
    let unit = ind.unit.as_deref().unwrap_or("");
    let _ = writeln!(out, "Year by year (up to {as_of})");
    if s.series.is_empty() {
        let _ = writeln!(out, "  no data for this indicator up to {as_of}");
    }
    let start = rubric.policy.period.map(|(a, _)| a);
    let scoring = &rubric.scoring;
    // The previous point of SPEC §3.1 step 3: the latest earlier value, else the baseline.
    let mut prev: Option<(i32, f64)> = s.baseline.map(|b| (b.year, b.value));
    let mut running = 0.0;
    for p in &s.series {
        let context = start.is_some_and(|a| p.year < a);
        let mut head = format!("  {}  {}", p.year, value_words(p, unit));
        if ind.accumulate()
            && let (Some(Value::Number(total)), Some(Value::Number(step))) =
                (p.value, p.point.value)
        {
            head = format!(
                "  {}  {}{unit} this year; running total {} + {} = {}{unit}",
                p.year,
                num(step),
                num(running),
                num(step),
                num(total)
            );
            running = total;
        } else if ind.accumulate()
            && let (None, Some(Value::Number(step))) = (p.value, p.point.value)
        {
            // After a gap (SPEC §3.1): the increment is known, the total is not.
            head = format!(
                "  {}  {}{unit} this year; no running total (an earlier year has no value)",
                p.year,
                num(step)
            );
        }
        if p.point.provisional() {
            head.push_str(" (provisional)");
        }
        if context {
            head.push_str("  [before the period: context only]");
        }
        let _ = writeln!(out, "{head}");
        if let Some(note) = &p.point.note {
            let _ = writeln!(out, "        note: {note}");
        }
        match (&ind.kind, p.value) {
            (Kind::Target(t), Some(Value::Number(v))) => {
                let target = p.target.unwrap_or(t.target);
                let _ = writeln!(
                    out,
                    "        {}",
                    target_line(t, s.baseline, p.year, target)
                );
                let _ = writeln!(
                    out,
                    "        {}",
                    achievement_line(p.year, v, target, s.baseline, t.direction, p.achievement)
                );
                let _ = writeln!(
                    out,
                    "        {}",
                    rule_line(p, v, target, prev, t.direction, scoring)
                );
                prev = Some((p.year, v));
            }
            (Kind::Milestone { due }, Some(Value::Milestone(m))) => {
                let _ = writeln!(
                    out,
                    "        {}",
                    milestone_line(m.id(), p.year, *due, p.rule, p.rating)
                );
            }
            (_, None) => {
                let _ = writeln!(out, "        no value → {}", p.rating.id());
            }
            _ => {}
        }
    }
    let later: Vec<String> = data
        .series(&ind.id)
        .map(|points| {
            points
                .iter()
                .filter(|(y, _)| *y > as_of)
                .map(|(y, _)| y.to_string())
                .collect()
        })
        .unwrap_or_default();
    if !later.is_empty() {
        let _ = writeln!(
            out,
            "  (later years in the data are after as_of and ignored: {})",
            later.join(", ")
        );
    }
}

fn value_words(p: &SeriesPoint, unit: &str) -> String {
    match (p.value, p.point.status) {
        (Some(Value::Number(v)), _) => format!("{}{unit}", num(v)),
        (Some(Value::Milestone(m)), _) => m.id().to_string(),
        (None, Some(status)) => format!("no value ({})", status.id()),
        (None, None) => "no value".to_string(),
    }
}

/// `T(y)` with its arithmetic (SPEC §3.1 step 1).
fn target_line(t: &Target, baseline: Option<Baseline>, year: i32, target: f64) -> String {
    match (t.target_year, baseline) {
        (Some(ty), Some(b)) if year < ty && ty != b.year => {
            let formula = match t.path {
                PathKind::Linear => format!(
                    "{} + ({} − {}) × ({year} − {}) / ({ty} − {})",
                    num(b.value),
                    num(t.target),
                    num(b.value),
                    b.year,
                    b.year
                ),
                PathKind::Geometric => format!(
                    "{} × ({} / {}) ^ (({year} − {}) / ({ty} − {}))",
                    num(b.value),
                    num(t.target),
                    num(b.value),
                    b.year,
                    b.year
                ),
            };
            format!("T({year}) = {formula} = {}", num(target))
        }
        (Some(ty), _) if year >= ty => {
            format!(
                "T({year}) = the target {} ({year} is at or after target_year {ty})",
                num(target)
            )
        }
        (Some(_), None) => format!(
            "T({year}) = the target {} (no baseline, so no path)",
            num(target)
        ),
        _ => format!(
            "T({year}) = the target {} (it holds every year)",
            num(target)
        ),
    }
}

/// `a` with its arithmetic (SPEC §3.1 step 2).
fn achievement_line(
    year: i32,
    v: f64,
    target: f64,
    baseline: Option<Baseline>,
    direction: Direction,
    a: Option<f64>,
) -> String {
    let shown = a.map_or("undefined".to_string(), |a| {
        format!("{} ({})", num(a), percent(a))
    });
    if let Some(b) = baseline
        && !meets(b.value, target, direction)
    {
        return format!(
            "a = (v − B) / (T − B) = ({} − {}) / ({} − {}) = {shown}",
            num(v),
            num(b.value),
            num(target),
            num(b.value)
        );
    }
    let why = match baseline {
        Some(b) => format!(
            "the baseline {} already meets T({year}) = {}, so ",
            num(b.value),
            num(target)
        ),
        None => String::new(),
    };
    match direction {
        Direction::AtLeast if target > 0.0 => {
            format!("{why}a = v / T = {} / {} = {shown}", num(v), num(target))
        }
        Direction::AtMost if v > 0.0 => {
            format!("{why}a = T / v = {} / {} = {shown}", num(target), num(v))
        }
        Direction::AtLeast | Direction::Within => {
            format!("{why}a is undefined (T is not positive)")
        }
        Direction::AtMost => format!("{why}a is undefined (v is not positive)"),
    }
}

/// Which rule of SPEC §3.1 step 3 gave the rating, with the comparisons that decided it.
fn rule_line(
    p: &SeriesPoint,
    v: f64,
    target: f64,
    prev: Option<(i32, f64)>,
    direction: Direction,
    scoring: &crate::rubric::Thresholds,
) -> String {
    let (meet, miss) = match direction {
        Direction::AtLeast | Direction::Within => ("≥", "<"),
        Direction::AtMost => ("≤", ">"),
    };
    let a = p.achievement.map_or("undefined".to_string(), num);
    let met = format!("{} {meet} {}: the target is met", num(v), num(target));
    let unmet = format!("{} {miss} {}: not met", num(v), num(target));
    let prog = format!("a = {a} < {} (progressing)", num(scoring.progressing));
    let prev_words = prev.map_or("no previous point".to_string(), |(y, pv)| {
        format!("the previous point is {} ({y})", num(pv))
    });
    let text = match p.rule {
        Rule::Exceeded => format!("{met}, and a = {a} ≥ {} (exceeded)", num(scoring.exceeded)),
        Rule::Met => format!("{met}; a = {a} < {} (exceeded)", num(scoring.exceeded)),
        Rule::Progressing => format!(
            "{unmet}; a = {a} ≥ {} (progressing)",
            num(scoring.progressing)
        ),
        Rule::NotMoving => format!(
            "{unmet}; {prog}; {prev_words} and {} did not move toward the target",
            num(v)
        ),
        Rule::NoProgress => format!("{unmet}; {prog}; a ≤ 0: no progress from the baseline"),
        Rule::Limited => format!("{unmet}; {prog}; {prev_words}, moved toward the target; a > 0"),
        _ => format!("rule {:?}", p.rule),
    };
    format!("{text} → {}", p.rating.id())
}

fn milestone_line(status: &str, year: i32, due: Option<i32>, rule: Rule, rating: Rating) -> String {
    let when = match (rule, due) {
        (Rule::MilestoneAchieved, _) => String::new(),
        (Rule::MilestoneOverdue, Some(d)) => format!(", and {year} is at or after due {d}"),
        (_, Some(d)) => format!(", and {year} is before due {d}"),
        (_, None) => ", and there is no due year".to_string(),
    };
    format!("status {status}{when} → {}", rating.id())
}

fn rating(out: &mut String, rubric: &Rubric, ind: &Indicator, s: &IndicatorScore, as_of: i32) {
    let start = rubric.policy.period.map(|(a, _)| a);
    let window = match start {
        Some(a) => format!("in {a}–{as_of}"),
        None => format!("up to {as_of}"),
    };
    match (&ind.kind, s.year) {
        (Kind::Reference { .. }, Some(y)) => {
            let _ = writeln!(
                out,
                "Rating: not_rated (a reference indicator); latest value in {y}{}",
                if s.stale {
                    ", before as_of (stale)"
                } else {
                    ""
                }
            );
        }
        (_, Some(y)) => {
            let a = s
                .achievement
                .map_or(String::new(), |a| format!(", a = {}", num(a)));
            let _ = writeln!(
                out,
                "Rating: {} — rated at {y}, the latest year with a value {window}{a}",
                s.rating.id()
            );
            if s.stale {
                let _ = writeln!(
                    out,
                    "  stale: {y} is before as_of {as_of}, which has no value for this indicator"
                );
            }
        }
        (_, None) => {
            let _ = writeln!(out, "Rating: {} — no value {window}", s.rating.id());
        }
    }
}

/// The outlook arithmetic (SPEC §3.1 step 4), or why there is none.
fn outlook(out: &mut String, t: &Target, s: &IndicatorScore, as_of: i32) {
    let Some(ty) = t.target_year else {
        let _ = writeln!(out, "Outlook: none (no target_year)");
        return;
    };
    if ty <= as_of {
        let _ = writeln!(
            out,
            "Outlook: none (target_year {ty} is not after as_of {as_of})"
        );
        return;
    }
    let Some(calc) = s.outlook else {
        let _ = writeln!(
            out,
            "Outlook toward {ty}: none (it needs two points: the baseline and values up to {as_of})"
        );
        return;
    };
    let OutlookCalc {
        first,
        last,
        growth,
        actual,
        required,
        outlook,
    } = calc;
    let _ = writeln!(out, "Outlook toward {ty}: {}", outlook.id());
    let _ = writeln!(
        out,
        "  first point {} ({}), last point {} ({})",
        num(first.1),
        first.0,
        num(last.1),
        last.0
    );
    let (Some(actual), Some(required)) = (actual, required) else {
        let _ = writeln!(
            out,
            "  the last value {} already meets the target {} → on_track",
            num(last.1),
            num(t.target)
        );
        return;
    };
    match growth {
        Growth::Linear => {
            let _ = writeln!(
                out,
                "  actual annual change   = ({} − {}) / ({} − {}) = {}",
                num(last.1),
                num(first.1),
                last.0,
                first.0,
                num(actual)
            );
            let _ = writeln!(
                out,
                "  required annual change = ({} − {}) / ({ty} − {}) = {}",
                num(t.target),
                num(first.1),
                first.0,
                num(required)
            );
        }
        Growth::Compound => {
            let _ = writeln!(
                out,
                "  actual annual growth   = ({} / {}) ^ (1 / ({} − {})) − 1 = {}",
                num(last.1),
                num(first.1),
                last.0,
                first.0,
                num(actual)
            );
            let _ = writeln!(
                out,
                "  required annual growth = ({} / {}) ^ (1 / ({ty} − {})) − 1 = {}",
                num(t.target),
                num(first.1),
                first.0,
                num(required)
            );
        }
    }
    let away = match t.direction {
        Direction::AtLeast | Direction::Within => required <= 0.0,
        Direction::AtMost => required >= 0.0,
    };
    if away {
        let _ = writeln!(
            out,
            "  the required change points away from the target (the first point already met it) → {}",
            outlook.id()
        );
        return;
    }
    let r = actual / required;
    let band = match outlook {
        Outlook::OnTrack => "R ≥ 0.95",
        Outlook::Moderate => "0.6 ≤ R < 0.95",
        Outlook::Insufficient => "0 ≤ R < 0.6",
        Outlook::MovingAway => "R < 0",
    };
    let _ = writeln!(
        out,
        "  R = actual / required = {} / {} = {}; {band} → {}",
        num(actual),
        num(required),
        num(r),
        outlook.id()
    );
}

/// The trend arithmetic of a reference indicator (SPEC §3.2).
fn trend(out: &mut String, rubric: &Rubric, direction: Option<Direction>, s: &IndicatorScore) {
    let Some(TrendCalc {
        first: (y0, v0),
        last: (y1, v1),
        growth,
        g,
        trend,
    }) = s.trend
    else {
        let _ = writeln!(out, "Trend: none (it needs values in two years)");
        return;
    };
    let _ = writeln!(out, "Trend: {}", trend.id());
    if growth == Growth::Compound {
        let _ = writeln!(
            out,
            "  g = ({} / {}) ^ (1 / ({y1} − {y0})) − 1 = {}",
            num(v1),
            num(v0),
            num(g)
        );
    } else if v0 == 0.0 {
        let _ = writeln!(
            out,
            "  the first value is 0, so g is the sign of the change: {}",
            num(g)
        );
    } else {
        let _ = writeln!(
            out,
            "  g = ({} − {}) / |{}| / ({y1} − {y0}) = {}",
            num(v1),
            num(v0),
            num(v0),
            num(g)
        );
    }
    let band = num(rubric.scoring.stable_band);
    let words = if trend == Trend::Stable {
        format!("|g| ≤ {band}")
    } else {
        format!(
            "|g| > {band}, {}, {}",
            if g > 0.0 { "rising" } else { "falling" },
            direction_words(direction)
        )
    };
    let _ = writeln!(out, "  {words} → {}", trend.id());
}

/// How the indicator fed its goal's rating (SPEC §3.4), and the field's and policy's.
fn goal_part(
    out: &mut String,
    rubric: &Rubric,
    goal: &Goal,
    goal_score: &GoalScore,
    ind: &Indicator,
    score: &RubricScore,
) {
    let rule = match rubric.scoring.aggregation {
        Aggregation::Guideline => "the guideline rule",
        Aggregation::Mean => "the weighted mean",
    };
    let _ = writeln!(
        out,
        "\nGoal {}: {} ({rule})",
        goal.id,
        goal_score.rating.id()
    );
    if !ind.is_rated() {
        let _ = writeln!(
            out,
            "  {} is a reference indicator: it never counts in its goal's rating",
            ind.id
        );
    }
    let inputs: Vec<(&Indicator, &IndicatorScore)> = goal
        .indicators
        .iter()
        .zip(&goal_score.indicators)
        .filter(|(i, _)| i.is_rated())
        .collect();
    if inputs.is_empty() {
        let _ = writeln!(
            out,
            "  the goal has no target or milestone indicator → {}",
            goal_score.rating.id()
        );
    } else {
        goal_inputs(out, rubric, &inputs, goal_score, ind);
    }
    let (fi, _, _) = position(rubric, &ind.id).unwrap_or((0, 0, 0));
    if let (Some(field), Some(fs)) = (rubric.fields.get(fi), score.fields.get(fi)) {
        let _ = writeln!(
            out,
            "Field {}: {}; policy {}: {} (by the same rule, each child counting as primary)",
            field.id,
            fs.rating.id(),
            rubric.policy.id,
            score.rating.id()
        );
    }
}

fn goal_inputs(
    out: &mut String,
    rubric: &Rubric,
    inputs: &[(&Indicator, &IndicatorScore)],
    goal_score: &GoalScore,
    ind: &Indicator,
) {
    let width = inputs
        .iter()
        .map(|(i, _)| i.id.chars().count())
        .max()
        .unwrap_or(0);
    let _ = writeln!(
        out,
        "  inputs: the goal's target and milestone indicators ({} of {} with data)",
        goal_score.coverage.with_data, goal_score.coverage.rated
    );
    for (i, s) in inputs {
        let mark = if i.id == ind.id { "  ← this one" } else { "" };
        let mut extra = Vec::new();
        if i.primary {
            extra.push("primary".to_string());
        }
        if rubric.scoring.aggregation == Aggregation::Mean {
            extra.push(format!("weight {}", num(i.weight)));
        }
        let line = format!(
            "    {:<width$}  {:<15} {}{mark}",
            i.id,
            s.rating.id(),
            extra.join(", ")
        );
        let _ = writeln!(out, "{}", line.trim_end());
    }
    let children: Vec<Input> = inputs
        .iter()
        .map(|(i, s)| Input {
            rating: s.rating,
            primary: i.primary,
            weight: i.weight,
        })
        .collect();
    let (rating, step) = decide(&children, rubric.scoring.aggregation);
    let _ = writeln!(out, "  {} → {}", step_words(step, &children), rating.id());
}

/// The step of SPEC §3.4 that decided, in words, with its numbers.
fn step_words(step: Step, children: &[Input]) -> String {
    let which = |primaries: bool| {
        if primaries {
            "primary inputs"
        } else {
            "inputs (none is primary, so all count)"
        }
    };
    match step {
        Step::NoGrade { no_data: true } => "no input has data".into(),
        Step::NoGrade { no_data: false } => "nothing to rate".into(),
        Step::AllMet {
            exceeded,
            counted,
            primaries,
        } => {
            let cmp = if 3 * exceeded >= 2 * counted {
                "≥"
            } else {
                "<"
            };
            format!(
                "step 1: every input with data is met or exceeded, and {exceeded} of {counted} {} \
                 exceeded ({cmp} two thirds)",
                which(primaries)
            )
        }
        Step::NotProgressing { primaries } => format!(
            "step 2: not all are met, and one of the {} is not_progressing",
            which(primaries)
        ),
        Step::Progressing { primaries } => format!(
            "step 3: not all are met, and all {} are at least progressing",
            which(primaries)
        ),
        Step::Limited { primaries } => format!(
            "step 4: not all are met, none of the {} is not_progressing, and one is limited",
            which(primaries)
        ),
        Step::Mean {
            sum,
            total,
            rounded,
        } => {
            let terms: Vec<String> = children
                .iter()
                .filter_map(|c| c.rating.score().map(|s| format!("{s} × {}", num(c.weight))))
                .collect();
            format!(
                "points (exceeded 5 … not_progressing 1): ({}) / {} = {}, rounded half up to {rounded}",
                terms.join(" + "),
                num(total),
                num(sum / total)
            )
        }
    }
}

fn direction_words(direction: Option<Direction>) -> &'static str {
    match direction {
        Some(Direction::AtLeast) => "higher is better (direction = \"at_least\")",
        Some(Direction::AtMost) => "lower is better (direction = \"at_most\")",
        Some(Direction::Within) => "inside the band (direction = \"within\")",
        None => "no direction",
    }
}

fn path_name(p: PathKind) -> &'static str {
    match p {
        PathKind::Linear => "linear",
        PathKind::Geometric => "geometric",
    }
}

fn growth_name(g: Growth) -> &'static str {
    match g {
        Growth::Linear => "linear",
        Growth::Compound => "compound",
    }
}

/// A number for a person: at most four decimals, no trailing zeros, no `-0`.
pub fn num(x: f64) -> String {
    crate::values::show::rounded(x, 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_rounded_for_people() {
        assert_eq!(num(934.4000000000001), "934.4");
        assert_eq!(num(1000.0), "1000");
        assert_eq!(num(43.0 / 32.8), "1.311");
        assert_eq!(num(-0.00001), "0");
        assert_eq!(percent(43.0 / 32.8), "131.1%");
    }
}
