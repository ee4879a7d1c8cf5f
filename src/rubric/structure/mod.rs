//! The first pass over a rubric: TOML syntax (`syntax.rs`), then every table's keys, value
//! types and the ranges of numbers and years against the format (`format`), with messages
//! worded in `words.rs`. It reports every problem in one run, where the serde pass that
//! follows would stop at the first; that pass, and the checks of meaning, run only when this
//! one is clean.

mod compound;
mod syntax;
mod words;

#[cfg(test)]
mod tests;

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::format::{self, Bound, Key, Table, Type, short_number};
use super::located::{Counted, Errors, Lines};
use crate::diag::{Diagnostic, suggest};
use crate::lang::{Message, msg};
use syntax::{csv_error, looks_like_csv, syntax_error};
use words::{
    Named, belongs_elsewhere, describe, japanese_key, lowercase_first, shown_name, table_id,
    type_help, with_range, with_type,
};

/// The parsed document if it is clean, or the syntax or structure problems of the rubric
/// text (the first by place, and their count). The document is handed on so that the text
/// is parsed only once.
pub(super) fn check<'i>(file: &str, text: &'i str) -> Result<Spanned<DeTable<'i>>, Counted> {
    let (root, syntax) = DeTable::parse_recoverable(text);
    let mut w = Walker {
        text,
        errors: Errors::default(),
    };
    if !syntax.is_empty() {
        if looks_like_csv(file, text) {
            return Err(Counted::from_list(vec![csv_error(file, text)]));
        }
        // A recovering parser may report one slip several times on its line: keep the first
        // error of each line, which is the one at the slip.
        let lines = Lines::new(text);
        let mut seen = std::collections::HashSet::new();
        for e in &syntax {
            let span = e.span().unwrap_or(0..0);
            if seen.insert(lines.line(span.start.min(text.len()))) {
                let (d, related) = syntax_error(text, e.message(), span.clone());
                w.errors.push_related(span, d, related);
            }
        }
        return Err(w.errors.finish(file, text));
    }
    // A rubric of another format version is not checked key by key: its keys may differ.
    if let Some((_, v)) = entry(root.get_ref(), "schema")
        && let DeValue::Integer(i) = v.get_ref()
        && integer(i) != Some(format::SCHEMA_VERSION)
    {
        return Err(Counted::from_list(vec![
            Diagnostic::error(msg!("rubric-schema-unsupported", schema = i.as_str()))
                .at_span(file, text, v.span())
                .with_label(msg!("rubric-schema-unsupported-label"))
                .with_help(msg!("rubric-schema-unsupported-help")),
        ]));
    }
    w.table(&format::ROOT, root.get_ref(), root.span());
    if w.errors.is_empty() {
        Ok(root)
    } else {
        Err(w.errors.finish(file, text))
    }
}

fn entry<'a, 'i>(
    table: &'a DeTable<'i>,
    name: &str,
) -> Option<(
    &'a Spanned<std::borrow::Cow<'i, str>>,
    &'a Spanned<DeValue<'i>>,
)> {
    table.iter().find(|(k, _)| k.get_ref() == name)
}

fn integer(i: &toml::de::DeInteger) -> Option<i64> {
    i64::from_str_radix(i.as_str(), i.radix()).ok()
}

struct Walker<'a> {
    text: &'a str,
    errors: Errors,
}

impl Walker<'_> {
    fn error(&mut self, span: Range<usize>, message: Message, label: Message, help: Message) {
        self.errors.push(
            span,
            Diagnostic::error(message).with_label(label).with_help(help),
        );
    }

    fn table(&mut self, spec: &'static Table, table: &DeTable, span: Range<usize>) {
        for (k, v) in table.iter() {
            match spec.key(k.get_ref()) {
                Some(key) => self.value(spec, key, v),
                None => self.unknown_key(spec, k.get_ref(), k.span()),
            }
        }
        for key in spec.keys.iter().filter(|k| k.required) {
            if entry(table, key.name).is_none() {
                self.missing_key(spec, key, span.clone());
            }
        }
    }

    fn unknown_key(&mut self, spec: &'static Table, name: &str, span: Range<usize>) {
        let names: Vec<&str> = spec.keys.iter().map(|k| k.name).collect();
        let help = if let Some(s) = japanese_key(name).filter(|s| names.contains(s)) {
            msg!("rubric-key-in-english", word = name, key = s)
        } else if let Some(help) = belongs_elsewhere(spec, name) {
            help
        } else if let Some(s) = suggest(name, names.iter().copied()) {
            msg!("rubric-key-did-you-mean", key = s)
        } else {
            let keys: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            msg!(
                "rubric-keys-of-table",
                table = table_id(spec),
                keys = keys.join(", ")
            )
        };
        self.error(
            span,
            msg!("rubric-key-unknown-in", key = name, table = table_id(spec)),
            msg!("rubric-key-unknown-in-label"),
            help,
        );
    }

    fn missing_key(&mut self, spec: &'static Table, key: &Key, span: Range<usize>) {
        let table = table_id(spec);
        self.error(
            span,
            msg!("rubric-key-missing-in", key = key.name, table = table),
            msg!("rubric-key-missing-in-label", key = key.name, table = table),
            msg!(
                "rubric-key-missing-in-help",
                key = key.name,
                example = key.example,
                table = table,
                header = spec.header,
                doc = lowercase_first(key.doc.trim_end_matches('.'))
            ),
        );
    }

    fn value(&mut self, spec: &'static Table, key: &Key, v: &Spanned<DeValue>) {
        let span = v.span();
        match (key.ty, v.get_ref()) {
            (Type::Text | Type::Id | Type::PolicyId, DeValue::String(_))
            | (Type::Bool, DeValue::Boolean(_)) => {}
            // A float the TOML parser reads as infinite without `inf` written overflowed:
            // it is out of range, not a deliberate infinity.
            (Type::Number, DeValue::Float(f)) => {
                let n = f.as_str().parse::<f64>().unwrap_or(f64::NAN);
                self.number(spec, key, n, span);
            }
            (Type::Integer | Type::Year | Type::Number, DeValue::Integer(i)) => {
                self.integer(spec, key, i, span);
            }
            (Type::Choice(values), DeValue::String(s)) => self.choice(key, values, s, span),
            (Type::YearPair, DeValue::Array(items)) => self.year_pair(spec, key, items),
            (Type::NumberOrBand, DeValue::Array(items)) => self.band(spec, key, items, span),
            // One number, or a wrong value read as a wrong number ("50%": write 50).
            (Type::NumberOrBand, _) => {
                let number = Key {
                    ty: Type::Number,
                    ..*key
                };
                self.value(spec, &number, v);
            }
            (Type::YearNumbers, DeValue::Table(table)) => self.year_numbers(spec, key, table),
            (Type::Choices(values), DeValue::Array(items)) => self.choices(key, values, items),
            (Type::Table(t), DeValue::Table(table)) => self.table(t, table, span),
            (Type::Tables(t), DeValue::Array(items)) => {
                for item in items.iter() {
                    match item.get_ref() {
                        DeValue::Table(table) => self.table(t, table, item.span()),
                        _ => self.wrong_type(key, item),
                    }
                }
            }
            (Type::Tables(t), DeValue::Table(_)) => self.error(
                span,
                msg!(
                    "rubric-tables-one-bracket",
                    key = key.name,
                    header = t.header
                ),
                msg!("rubric-tables-one-bracket-label"),
                msg!(
                    "rubric-tables-one-bracket-help",
                    key = key.name,
                    header = t.header
                ),
            ),
            _ => self.wrong_type(key, v),
        }
    }

    /// A whole number written for an integer, a year or a number.
    fn integer(
        &mut self,
        spec: &'static Table,
        key: &Key,
        i: &toml::de::DeInteger,
        span: Range<usize>,
    ) {
        match integer(i) {
            None => self.error(
                span,
                Named::key(key).on(msg!("rubric-number-too-large")),
                msg!("rubric-out-of-range-label"),
                msg!("rubric-write-like", key = key.name, example = key.example),
            ),
            Some(n) if matches!(key.ty, Type::Number) => {
                self.number(spec, key, n as f64, span);
            }
            Some(y) if matches!(key.ty, Type::Year) => {
                self.year(&shown_name(spec, key), y, span);
            }
            Some(_) => {}
        }
    }

    /// A string that must be one of `values`.
    fn choice(&mut self, key: &Key, values: &[&str], s: &str, span: Range<usize>) {
        if values.contains(&s) {
            return;
        }
        let lower = s.to_lowercase();
        let help = match suggest(&lower, values.iter().copied()) {
            Some(near) => msg!("rubric-value-unknown-suggest", key = key.name, near = near),
            None => msg!("rubric-value-unknown-help", key = key.name),
        };
        self.error(
            span,
            msg!("rubric-value-unknown-for", value = s, key = key.name),
            msg!("rubric-value-unknown-for-label"),
            with_type(help, key.ty),
        );
    }

    /// `[first, last]`: each item a year, named as the start or the end.
    fn year_pair(&mut self, spec: &'static Table, key: &Key, items: &[Spanned<DeValue>]) {
        let year = Key {
            ty: Type::Year,
            example: "2021",
            ..*key
        };
        for (n, item) in items.iter().enumerate() {
            match item.get_ref() {
                DeValue::Integer(i) if n < 2 && integer(i).is_some() => {
                    let y = integer(i).unwrap_or_default();
                    let what = Named::key(key).part(["start", "end"][n]);
                    self.year(&what, y, item.span());
                }
                _ => self.value(spec, &year, item),
            }
        }
    }

    /// A year a rubric may name (`format::YEARS`); anything else is a typo.
    fn year(&mut self, what: &Named, y: i64, span: Range<usize>) {
        if !format::YEARS.contains(&y) {
            self.error(
                span,
                what.on(msg!("rubric-year-implausible", year = y)),
                msg!("rubric-year-implausible-label"),
                msg!(
                    "rubric-year-implausible-help",
                    first = format::YEARS.start(),
                    last = format::YEARS.end()
                ),
            );
        }
    }

    /// A number within its key's bounds (`format`), with one message for one bad number.
    fn number(&mut self, spec: &'static Table, key: &Key, n: f64, span: Range<usize>) {
        self.number_named(&shown_name(spec, key), key, n, span);
    }

    /// A number within its key's bounds, named `what` in the message.
    fn number_named(&mut self, what: &Named, key: &Key, n: f64, span: Range<usize>) {
        let written = self.text.get(span.clone()).unwrap_or_default().trim();
        let (message, label) = if n.is_nan() || (n.is_infinite() && written.contains("inf")) {
            (
                msg!("rubric-number-not-finite", written = written),
                msg!("rubric-number-not-finite-label"),
            )
        } else {
            let low = key.minimum.filter(|b| match *b {
                Bound::Inclusive(m) => n < m,
                Bound::Exclusive(m) => n <= m,
            });
            let high = key.maximum.filter(|b| match *b {
                Bound::Inclusive(m) => n > m,
                Bound::Exclusive(m) => n >= m,
            });
            let (bound, limit) = match (low, high) {
                (Some(Bound::Exclusive(0.0)), _) => ("positive", 0.0),
                (Some(Bound::Exclusive(m)), _) => ("not-above", m),
                (Some(Bound::Inclusive(m)), _) => ("below", m),
                (None, Some(Bound::Inclusive(m))) => ("above", m),
                (None, Some(Bound::Exclusive(m))) => ("not-below", m),
                (None, None) => return,
            };
            let limit = short_number(limit);
            if bound == "positive" {
                (
                    msg!("rubric-number-not-positive", written = written),
                    msg!("rubric-number-not-positive-label"),
                )
            } else {
                (
                    msg!(
                        "rubric-number-out-of-bounds",
                        written = written,
                        bound = bound,
                        limit = limit
                    ),
                    msg!(
                        "rubric-number-out-of-bounds-label",
                        bound = bound,
                        limit = limit
                    ),
                )
            }
        };
        let help = msg!(
            "rubric-number-help",
            key = key.name,
            example = key.example,
            default = key.default.unwrap_or("none")
        );
        self.error(span, what.on(message), label, with_range(help, key));
    }

    fn wrong_type(&mut self, key: &Key, v: &Spanned<DeValue>) {
        let message = with_type(msg!("rubric-wrong-type", key = key.name), key.ty);
        self.error(
            v.span(),
            describe(message, v.get_ref()),
            describe(msg!("rubric-found-label"), v.get_ref()),
            type_help(key, v.get_ref()),
        );
    }
}
