//! From the raw TOML to the validated model: every check of SPEC §1, each error located.
//! Three passes: the structure of the document (`structure.rs`: syntax, keys, types, ranges,
//! all problems at once), then serde into the spanned raw structs, then the checks of meaning
//! here (ids, years, paths, keys of another kind) with the warnings of `warnings.rs`.

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use super::format::{MAX_MAGNITUDE, YEARS};
use super::located::{Counted, Errors, Lines, Related};
use super::raw::*;
use super::*;
use crate::diag::{Diagnostic, suggest};
use crate::fnv::FnvBuild;
use crate::values::show;

pub(super) struct Checker<'a> {
    pub(super) file: &'a str,
    pub(super) text: &'a str,
    errors: Errors,
    pub(super) warnings: Vec<Diagnostic>,
    /// Every id seen, with the span of its first definition.
    ids: BTreeMap<String, Range<usize>>,
    /// Where each line starts: every indicator records its line, and counting newlines from
    /// the top for each would make a large rubric quadratic.
    lines: Lines,
}

impl Checker<'_> {
    fn error(
        &mut self,
        span: Range<usize>,
        message: impl Into<String>,
        label: &str,
        help: Option<String>,
    ) {
        let d = Diagnostic::error(message)
            .with_label(label)
            .with_help_opt(help);
        self.errors.push(span, d);
    }

    /// A warning: legal, but likely not what the author meant.
    pub(super) fn warn(
        &mut self,
        span: Range<usize>,
        message: impl Into<String>,
        label: &str,
        help: impl Into<String>,
    ) {
        let d = Diagnostic::warning(message)
            .at_span(self.file, self.text, span)
            .with_label(label)
            .with_help(help);
        self.warnings.push(d);
    }

    pub(super) fn line_of(&self, span: &Range<usize>) -> usize {
        self.lines.line(span.start.min(self.text.len()))
    }

    fn id(&mut self, id: &Spanned<String>, what: &str) -> String {
        let span = id.span();
        let value = id.get_ref();
        if value.is_empty()
            || value
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == ',' || c == '"')
        {
            self.error(
                span.clone(),
                format!("{what} id {value:?} is not a valid id"),
                "not a valid id",
                Some("use letters, digits, `.`, `-` and `_`, e.g. \"f3.employment-rate\"".into()),
            );
        }
        if let Some(first) = self.ids.get(value).cloned() {
            let line = self.line_of(&first);
            let d = Diagnostic::error(format!("duplicate id `{value}`"))
                .with_label("defined again here")
                .with_help(format!(
                    "ids must be unique in the file: rename this {what} (`{value}` is on line {line})"
                ));
            let related = Related::At(first, "first defined here".into());
            self.errors.push_related(span, d, Some(related));
        } else {
            self.ids.insert(value.clone(), span);
        }
        value.clone()
    }

    /// A year as the model keeps it. The structure pass has checked that it is in
    /// `format::YEARS`, and every number against its bounds, so the values read here are
    /// plausible and finite.
    fn year(year: &Spanned<i64>) -> i32 {
        (*year.get_ref()).clamp(*YEARS.start(), *YEARS.end()) as i32
    }

    fn weight(weight: &Option<Spanned<f64>>) -> f64 {
        weight.as_ref().map_or(1.0, |w| *w.get_ref())
    }

    /// An error for a key that does not fit the indicator's kind.
    fn not_for_kind<T>(&mut self, value: &Option<Spanned<T>>, key: &str, kind: KindName) {
        if let Some(v) = value {
            let fits: Vec<&str> = [
                ("target", &["target"][..]),
                ("target_year", &["target"]),
                ("baseline", &["target"]),
                ("path", &["target"]),
                ("direction", &["target", "reference"]),
                ("accumulate", &["target", "reference"]),
                ("due", &["milestone"]),
            ]
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, kinds)| kinds.to_vec())
            .unwrap_or_default();
            self.error(
                v.span(),
                format!("`{key}` does not belong to a {} indicator", kind.id()),
                &format!("not a key of a {} indicator", kind.id()),
                Some(format!(
                    "remove `{key}`, or make the indicator kind = \"{}\"",
                    fits.join("\" or \"")
                )),
            );
        }
    }
}

/// One rubric from its text, or its errors (the first by place, and their count).
pub(super) fn parse(file: &str, text: &str) -> Result<(Rubric, Vec<Diagnostic>), Counted> {
    let document = super::structure::check(file, text)?;
    // The structure pass accepts only what these structs read, so this is a safety net.
    let raw = RawRubric::deserialize(toml::de::Deserializer::from(document))
        .map_err(|e| Counted::from_list(vec![toml_error(file, text, &e)]))?;
    let mut c = Checker {
        file,
        text,
        errors: Errors::default(),
        warnings: Vec::new(),
        ids: BTreeMap::new(),
        lines: Lines::new(text),
    };
    let rubric = check(&mut c, raw);
    if c.errors.is_empty() {
        c.warnings.sort();
        Ok((rubric, c.warnings))
    } else {
        Err(c.errors.finish(file, text))
    }
}

/// The checks of meaning. (`schema` is checked by the structure pass, which stops at a
/// version other than 1.)
fn check(c: &mut Checker, raw: RawRubric) -> Rubric {
    let policy = raw.policy.into_inner();
    let policy_id = policy.id.get_ref().clone();
    if policy_id.is_empty()
        || !policy_id
            .chars()
            .all(|ch| ch.is_ascii_alphanumeric() || matches!(ch, '.' | '_' | '-'))
    {
        c.error(
            policy.id.span(),
            format!("policy id {policy_id:?} is not valid"),
            "not a valid policy id",
            Some(
                "a policy id uses only A-Z, a-z, 0-9, `.`, `_` and `-`, e.g. \"mofa-2024-peace\""
                    .into(),
            ),
        );
    }
    let period = policy.period.as_ref().and_then(|p| {
        let years = p.get_ref();
        if years.len() != 2 {
            c.error(
                p.span(),
                format!("`period` has {} years; it needs two", years.len()),
                "needs two years",
                Some("write the first and last year evaluated, e.g. period = [2021, 2023]".into()),
            );
            return None;
        }
        let (a, b) = (Checker::year(&years[0]), Checker::year(&years[1]));
        if a > b {
            c.error(
                p.span(),
                format!("`period` starts in {a}, after it ends in {b}"),
                "starts after it ends",
                Some(format!("did you mean period = [{b}, {a}]?")),
            );
        }
        Some((a, b))
    });

    let scoring = scoring(raw.scoring);
    let labels = raw.labels.map(labels).unwrap_or_default();
    let guideline = scoring.aggregation == Aggregation::Guideline;

    let mut fields = Vec::new();
    for f in raw.field {
        let field_span = f.span();
        let f = f.into_inner();
        let id = c.id(&f.id, "field");
        let weight = Checker::weight(&f.weight);
        warnings::weight_ignored(c, &f.weight, guideline);
        let mut goals = Vec::new();
        for g in f.goal {
            let g = g.into_inner();
            let gid = c.id(&g.id, "goal");
            let gweight = Checker::weight(&g.weight);
            warnings::weight_ignored(c, &g.weight, guideline);
            let mut indicators = Vec::new();
            for i in g.indicator {
                let i = i.into_inner();
                let ind = indicator(c, &i);
                warnings::indicator(c, &i, &ind, guideline);
                indicators.push(ind);
            }
            warnings::goal(c, &gid, g.id.span(), &indicators);
            goals.push(Goal {
                id: gid,
                text: g.text,
                text_en: g.text_en,
                weight: gweight,
                indicators,
            });
        }
        if goals.is_empty() {
            c.warn(
                field_span,
                format!("field `{id}` has no goal: it will be not_rated"),
                "a field without goals",
                "add a [[field.goal]] with its indicators after this field, or remove the field",
            );
        }
        fields.push(Field {
            id,
            title: f.title,
            title_en: f.title_en,
            owner: f.owner,
            weight,
            goals,
        });
    }

    Rubric {
        file: c.file.to_string(),
        policy: Policy {
            id: policy_id,
            title: policy.title,
            title_en: policy.title_en,
            owner: policy.owner,
            period,
            source: policy.source,
        },
        scoring,
        labels,
        fields,
    }
}

fn scoring(raw: Option<RawScoring>) -> Scoring {
    let mut s = Scoring::default();
    let Some(raw) = raw else { return s };
    let read =
        |v: &Option<Spanned<f64>>, default: f64| v.as_ref().map_or(default, |v| *v.get_ref());
    s.exceeded = read(&raw.exceeded, s.exceeded);
    s.progressing = read(&raw.progressing, s.progressing);
    s.stable_band = read(&raw.stable_band, s.stable_band);
    s.aggregation = raw.aggregation.unwrap_or(s.aggregation);
    s.growth = raw.growth.unwrap_or(s.growth);
    s
}

fn labels(raw: RawLabels) -> BTreeMap<Rating, String> {
    [
        (Rating::Exceeded, raw.exceeded),
        (Rating::Met, raw.met),
        (Rating::Progressing, raw.progressing),
        (Rating::Limited, raw.limited),
        (Rating::NotProgressing, raw.not_progressing),
        (Rating::NoData, raw.no_data),
        (Rating::NotRated, raw.not_rated),
    ]
    .into_iter()
    .filter_map(|(r, l)| l.map(|l| (r, l)))
    .collect()
}

fn indicator(c: &mut Checker, i: &RawIndicator) -> Indicator {
    let line = c.line_of(&i.id.span());
    let id = c.id(&i.id, "indicator");
    let weight = Checker::weight(&i.weight);
    let kind_name = *i.kind.get_ref();
    let accumulate = i.accumulate.as_ref().is_some_and(|a| *a.get_ref());
    let kind = match kind_name {
        KindName::Target => {
            let target = match &i.target {
                Some(t) => *t.get_ref(),
                None => {
                    c.error(
                        i.kind.span(),
                        format!("target indicator `{id}` has no `target`"),
                        "a target indicator without `target`",
                        Some("add the numeric target, e.g. `target = 50`, or make it kind = \"reference\"".into()),
                    );
                    0.0
                }
            };
            let target_year = i.target_year.as_ref().map(Checker::year);
            let baseline = i.baseline.as_ref().map(|b| {
                let year = Checker::year(&b.get_ref().year);
                Baseline {
                    year,
                    value: *b.get_ref().value.get_ref(),
                }
            });
            if let (Some(b), Some(ty), Some(raw_ty)) = (&baseline, target_year, &i.target_year)
                && ty < b.year
            {
                c.error(
                    raw_ty.span(),
                    format!(
                        "`target_year` {ty} is earlier than the baseline year {}",
                        b.year
                    ),
                    "before the baseline year",
                    Some("the target year must come at or after the baseline year".into()),
                );
            }
            let path = i.path.as_ref().map_or(PathKind::Linear, |p| *p.get_ref());
            if path == PathKind::Geometric {
                let span = i.path.as_ref().map(|p| p.span()).unwrap_or(i.kind.span());
                let base = if accumulate {
                    Some(0.0)
                } else {
                    baseline.map(|b| b.value)
                };
                if target <= 0.0 || base.is_some_and(|b| b <= 0.0) {
                    c.error(
                        span,
                        "a geometric path needs a positive baseline and target",
                        "needs positive values",
                        Some(if accumulate {
                            "an accumulated indicator starts from 0: use path = \"linear\"".into()
                        } else {
                            "use path = \"linear\", or give positive values".into()
                        }),
                    );
                } else if let Some(b) = base
                    && !(1.0 / MAX_MAGNITUDE..=MAX_MAGNITUDE).contains(&(target / b))
                {
                    // B * (target / B)^x: a ratio beyond 1e15 (a tiny baseline) overflows.
                    c.error(
                        span,
                        format!(
                            "a geometric path from {} to {} changes by a factor beyond 1e15",
                            show::short(b),
                            show::short(target)
                        ),
                        "too steep a path",
                        Some(
                            "check the baseline value and the target, or use path = \"linear\""
                                .into(),
                        ),
                    );
                }
            }
            if accumulate && let Some(b) = &i.baseline {
                c.error(
                    b.span(),
                    "an accumulated indicator takes no `baseline`",
                    "not with accumulate = true",
                    Some("its baseline is 0 in the year before the first year counted; remove `baseline`".into()),
                );
            }
            Kind::Target(Target {
                direction: i
                    .direction
                    .as_ref()
                    .map_or(Direction::AtLeast, |d| *d.get_ref()),
                target,
                target_year,
                baseline: if accumulate { None } else { baseline },
                path,
                accumulate,
            })
        }
        KindName::Reference => {
            c.not_for_kind(&i.target, "target", kind_name);
            c.not_for_kind(&i.target_year, "target_year", kind_name);
            c.not_for_kind(&i.baseline, "baseline", kind_name);
            c.not_for_kind(&i.path, "path", kind_name);
            c.not_for_kind(&i.due, "due", kind_name);
            Kind::Reference {
                direction: i.direction.as_ref().map(|d| *d.get_ref()),
                accumulate,
            }
        }
        KindName::Milestone => {
            c.not_for_kind(&i.target, "target", kind_name);
            c.not_for_kind(&i.target_year, "target_year", kind_name);
            c.not_for_kind(&i.baseline, "baseline", kind_name);
            c.not_for_kind(&i.path, "path", kind_name);
            c.not_for_kind(&i.direction, "direction", kind_name);
            c.not_for_kind(&i.accumulate, "accumulate", kind_name);
            Kind::Milestone {
                due: i.due.as_ref().map(Checker::year),
            }
        }
    };
    if kind_name == KindName::Target {
        c.not_for_kind(&i.due, "due", kind_name);
    }
    Indicator {
        id,
        name: i.name.clone(),
        name_en: i.name_en.clone(),
        unit: i.unit.clone().filter(|u| !u.is_empty()),
        primary: i.primary.as_ref().is_some_and(|p| *p.get_ref()),
        weight,
        source: i.source.clone(),
        kind,
        line,
    }
}

/// Checks that need every rubric: policy ids are unique, and an indicator id shared by two
/// rubrics is of the same kind of series (numbers, or milestone statuses) in both.
pub(super) fn across_files(rubrics: &[Rubric], errors: &mut Vec<Diagnostic>) {
    let mut policies: BTreeMap<&str, &str> = BTreeMap::new();
    for r in rubrics {
        if let Some(first) = policies.insert(&r.policy.id, &r.file) {
            errors.push(
                Diagnostic::error(format!(
                    "policy id `{}` is defined in both {first} and {}",
                    r.policy.id, r.file
                ))
                .with_help("give each rubric its own policy id"),
            );
        }
    }
    // Errors follow the rubrics' order, not the map's, so a hash map serves: with 100,000
    // ids it is several times faster than an ordered map.
    let count = rubrics.iter().map(|r| r.indicators().count()).sum();
    let mut kinds: HashMap<&str, (&Rubric, &Indicator), FnvBuild> =
        HashMap::with_capacity_and_hasher(count, Default::default());
    for r in rubrics {
        for ind in r.indicators() {
            let milestone = matches!(ind.kind, Kind::Milestone { .. });
            match kinds.entry(&ind.id) {
                Entry::Occupied(first)
                    if matches!(first.get().1.kind, Kind::Milestone { .. }) != milestone =>
                {
                    let (r0, i0) = first.get();
                    errors.push(
                        Diagnostic::error(format!(
                            "indicator `{}` is a {} in {}:{} but a {} in {}:{}",
                            ind.id,
                            i0.kind.name().id(),
                            r0.file,
                            i0.line,
                            ind.kind.name().id(),
                            r.file,
                            ind.line
                        ))
                        .with_help(
                            "an id names one series in every rubric: give one of them another id",
                        ),
                    );
                }
                Entry::Occupied(_) => {}
                Entry::Vacant(slot) => {
                    slot.insert((r, ind));
                }
            }
        }
    }
}

/// A TOML or schema error from the deserialiser, made to say what to do.
fn toml_error(file: &str, text: &str, e: &toml::de::Error) -> Diagnostic {
    let message = e.message().trim().to_string();
    let span = e.span().unwrap_or(0..0);
    let (message, help) = explain_serde_message(&message);
    Diagnostic::error(message)
        .at_span(file, text, span)
        .with_help_opt(help)
}

/// serde's messages name Rust's view of things ("unknown field", "variant"); rubric authors
/// think in keys and values. Rephrase, and suggest the nearest valid key or value.
fn explain_serde_message(message: &str) -> (String, Option<String>) {
    let quoted: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let word = rest.split('`').next().unwrap_or_default();
        let allowed = &quoted[1.min(quoted.len())..];
        let help = match suggest(word, allowed.iter().copied()) {
            Some(s) => format!("did you mean `{s}`? (allowed here: {})", allowed.join(", ")),
            None => format!("allowed here: {}", allowed.join(", ")),
        };
        return (format!("unknown key `{word}`"), Some(help));
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let word = rest.split('`').next().unwrap_or_default();
        let allowed = &quoted[1.min(quoted.len())..];
        let choices = allowed
            .iter()
            .map(|a| format!("\"{a}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let help = match suggest(word, allowed.iter().copied()) {
            Some(s) => format!("did you mean \"{s}\"? (one of {choices})"),
            None => format!("use one of {choices}"),
        };
        return (format!("unknown value \"{word}\""), Some(help));
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let word = rest.split('`').next().unwrap_or_default();
        return (
            format!("missing required key `{word}`"),
            Some(format!("add `{word} = …` to this table")),
        );
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        // serde names Rust types; say what a rubric author writes instead.
        let rest = rest
            .replace("expected f64", "expected a number")
            .replace("expected i64", "expected a whole number")
            .replace("expected a boolean", "expected true or false")
            .replace("expected a string", "expected a quoted string");
        let help = rest.starts_with("string").then(|| {
            "write numbers without quotes or units, e.g. `target = 50` (the unit goes in `unit`)".to_string()
        });
        return (format!("wrong type: {rest}"), help);
    }
    (message.to_string(), None)
}
