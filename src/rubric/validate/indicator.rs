//! The checks of meaning of one indicator: the keys of its kind, a target's years and path;
//! a band, a schedule, a benchmark and a ratio in `shapes.rs`.

use std::ops::Range;

use toml::Spanned;

use super::checker::Checker;
use super::shapes;
use crate::lang::msg;
use crate::rubric::format::{self, MAX_MAGNITUDE, short_number};
use crate::rubric::raw::{RawIndicator, RawTarget};
use crate::rubric::{Baseline, Direction, Indicator, Kind, KindName, PathKind, Target};

pub(super) fn indicator(c: &mut Checker, i: &RawIndicator) -> Indicator {
    let line = c.line_of(&i.id.span());
    let id = c.id(&i.id, "indicator");
    let weight = Checker::weight(&i.weight);
    let kind_name = *i.kind.get_ref();
    let accumulate = i.accumulate.as_ref().is_some_and(|a| *a.get_ref());
    let kind = match kind_name {
        KindName::Target => Kind::Target(target(c, i, &id, accumulate)),
        KindName::Reference => shapes::reference(c, i, accumulate),
        KindName::Milestone => Kind::Milestone {
            due: i.due.as_ref().map(Checker::year),
        },
    };
    keys_of_other_kinds(c, i, kind_name);
    let unit = i.unit.clone().filter(|u| !u.is_empty());
    let (measure, scale) = match kind_name {
        KindName::Milestone => (crate::rubric::Measure::Value, 1.0),
        _ => shapes::measure(c, i, unit.as_deref(), accumulate),
    };
    let count_unit = shapes::count_unit(c, i, measure);
    Indicator {
        id,
        name: i.name.clone(),
        name_en: i.name_en.clone(),
        unit,
        primary: i.primary.as_ref().is_some_and(|p| *p.get_ref()),
        weight,
        source: i.source.clone(),
        kind,
        measure,
        scale,
        count_unit,
        year_basis: i
            .year_basis
            .as_ref()
            .map_or_else(Default::default, |y| *y.get_ref()),
        line,
    }
}

/// An error for each key written that belongs to other kinds only (the format's
/// `Key::kinds`).
fn keys_of_other_kinds(c: &mut Checker, i: &RawIndicator, kind: KindName) {
    let foreign = format::INDICATOR
        .keys
        .iter()
        .filter(|k| !k.kinds.is_empty() && !k.kinds.contains(&kind.id()));
    for key in foreign {
        if let Some(span) = written(i, key.name) {
            c.not_for_kind(span, key, kind);
        }
    }
}

/// Where the indicator sets a key that only some kinds take, if it does.
fn written(i: &RawIndicator, key: &str) -> Option<Range<usize>> {
    fn at<T>(v: &Option<Spanned<T>>) -> Option<Range<usize>> {
        v.as_ref().map(Spanned::span)
    }
    match key {
        "direction" => at(&i.direction),
        "target" => at(&i.target),
        "target_year" => at(&i.target_year),
        "targets" => at(&i.targets),
        "measure" => at(&i.measure),
        "scale" => at(&i.scale),
        "count_unit" => at(&i.count_unit),
        "baseline" => at(&i.baseline),
        "path" => at(&i.path),
        "accumulate" => at(&i.accumulate),
        "due" => at(&i.due),
        _ => None,
    }
}

/// A target indicator: its target, years and path, checked together.
fn target(c: &mut Checker, i: &RawIndicator, id: &str, accumulate: bool) -> Target {
    let direction = i
        .direction
        .as_ref()
        .map_or(Direction::AtLeast, |d| *d.get_ref());
    let band = shapes::band(c, i, direction);
    let target = match i.target.as_ref().map(|t| *t.get_ref()) {
        Some(RawTarget::Number(n)) => n,
        Some(RawTarget::Band(low, _)) => low,
        None => {
            c.error(
                i.kind.span(),
                msg!("rubric-target-missing", id = id),
                msg!("rubric-target-missing-label"),
                Some(msg!("rubric-target-missing-help")),
            );
            0.0
        }
    };
    let target_year = i.target_year.as_ref().map(Checker::year);
    let baseline = i.baseline.as_ref().map(|b| Baseline {
        year: Checker::year(&b.get_ref().year),
        value: *b.get_ref().value.get_ref(),
    });
    if let (Some(b), Some(ty), Some(raw_ty)) = (&baseline, target_year, &i.target_year)
        && ty < b.year
    {
        c.error(
            raw_ty.span(),
            msg!("rubric-target-year-early", year = ty, baseline = b.year),
            msg!("rubric-target-year-early-label"),
            Some(msg!("rubric-target-year-early-help")),
        );
    }
    let path = i.path.as_ref().map_or(PathKind::Linear, |p| *p.get_ref());
    if path == PathKind::Geometric {
        let span = i.path.as_ref().map(|p| p.span()).unwrap_or(i.kind.span());
        // An accumulated indicator starts from 0.
        let base = if accumulate {
            Some(0.0)
        } else {
            baseline.map(|b| b.value)
        };
        geometric(c, span, base, target, accumulate);
    }
    if accumulate && let Some(b) = &i.baseline {
        c.error(
            b.span(),
            msg!("rubric-accumulate-baseline"),
            msg!("rubric-accumulate-baseline-label"),
            Some(msg!("rubric-accumulate-baseline-help")),
        );
    }
    Target {
        direction,
        target,
        target_year,
        schedule: shapes::schedule(c, i, target_year),
        band,
        baseline: if accumulate { None } else { baseline },
        path,
        accumulate,
    }
}

/// A geometric path from `base` to `target` needs both positive, and a ratio that stays
/// finite.
fn geometric(c: &mut Checker, span: Range<usize>, base: Option<f64>, target: f64, acc: bool) {
    if target <= 0.0 || base.is_some_and(|b| b <= 0.0) {
        c.error(
            span,
            msg!("rubric-geometric-positive"),
            msg!("rubric-geometric-positive-label"),
            Some(if acc {
                msg!("rubric-geometric-positive-help-accumulated")
            } else {
                msg!("rubric-geometric-positive-help")
            }),
        );
    } else if let Some(b) = base
        && !(1.0 / MAX_MAGNITUDE..=MAX_MAGNITUDE).contains(&(target / b))
    {
        // B * (target / B)^x: a ratio beyond 1e15 (a tiny baseline) overflows.
        c.error(
            span,
            msg!(
                "rubric-geometric-steep",
                from = short_number(b),
                to = short_number(target)
            ),
            msg!("rubric-geometric-steep-label"),
            Some(msg!("rubric-geometric-steep-help")),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key that only some kinds take is found where it is written, so a new one in
    /// the format cannot slip past the kind check.
    #[test]
    fn every_kind_specific_key_is_read() {
        let raw: RawIndicator = toml::from_str(
            r#"id = "i"
name = "n"
kind = "target"
direction = "at_least"
target = 1
target_year = 2025
baseline = { year = 2020, value = 1 }
path = "linear"
accumulate = false
targets = { 2024 = 1 }
measure = "value"
scale = 1
count_unit = "名"
due = 2025
"#,
        )
        .unwrap();
        for key in format::INDICATOR
            .keys
            .iter()
            .filter(|k| !k.kinds.is_empty())
        {
            assert!(written(&raw, key.name).is_some(), "{}", key.name);
        }
    }
}
