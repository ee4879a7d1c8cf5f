//! Values made of several: the band `[low, high]` of a `within` target, the yearly
//! `targets = { 2024 = 52 }`, and lists of choices (`allow = ["…"]`). Each part is checked as
//! its own value (a number within the key's bounds, a plausible year, an allowed string), and
//! named in the message by its place in the whole.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::words::{describe, shown_name};
use super::{Walker, integer};
use crate::rubric::format::{self, Key, Table};

impl Walker<'_> {
    /// `[low, high]`: two numbers, each within the key's bounds. (Their order, and whether
    /// the direction is `within`, are checks of meaning.)
    pub(super) fn band(
        &mut self,
        spec: &'static Table,
        key: &Key,
        items: &[Spanned<DeValue>],
        span: Range<usize>,
    ) {
        let name = shown_name(spec, key);
        if items.len() != 2 {
            self.error(
                span,
                format!("the band {name} has {} numbers; it needs two", items.len()),
                "needs [low, high]",
                format!(
                    "write the lowest and highest value of the band with direction = \"within\", \
                     e.g. `{} = [0, 1]`; for one target write one number",
                    key.name
                ),
            );
            return;
        }
        for (item, end) in items.iter().zip(["low", "high"]) {
            self.part(&format!("{name} {end}"), key, item);
        }
    }

    /// `{ 2024 = 52, "2025" = 55 }`: each key a plausible year, given once; each value a
    /// number within the key's bounds.
    pub(super) fn year_numbers(&mut self, spec: &'static Table, key: &Key, table: &DeTable) {
        let name = shown_name(spec, key);
        let mut seen = std::collections::BTreeMap::new();
        for (k, v) in table.iter() {
            let written = k.get_ref().trim();
            match written.parse::<i64>() {
                Ok(year) if format::YEARS.contains(&year) => {
                    if let Some(first) = seen.insert(year, written.to_string()) {
                        self.error(
                            k.span(),
                            format!("year {year} is given twice in {name}"),
                            "given again",
                            format!("keep one target for {year} (the other is written {first})"),
                        );
                    }
                }
                Ok(year) => self.year(&format!("{name} year"), year, k.span()),
                Err(_) => self.not_a_year(&name, key, written, k.span()),
            }
            self.part(&format!("{name} {written}"), key, v);
        }
    }

    fn not_a_year(&mut self, name: &str, key: &Key, written: &str, span: Range<usize>) {
        self.error(
            span,
            format!("{name} key \"{written}\" is not a year"),
            "not a year",
            format!(
                "each key of {name} is a year written as a western year (2024 for 令和6年度), \
                 e.g. `{} = {}`",
                key.name, key.example
            ),
        );
    }

    /// One number of a band or of the yearly targets, named `what`.
    fn part(&mut self, what: &str, key: &Key, v: &Spanned<DeValue>) {
        let n = match v.get_ref() {
            DeValue::Integer(i) => integer(i).map(|n| n as f64),
            DeValue::Float(f) => Some(f.as_str().parse::<f64>().unwrap_or(f64::NAN)),
            DeValue::Array(_) if key.name == "targets" => {
                self.error(
                    v.span(),
                    format!("{what} must be a number, not a band"),
                    "an array",
                    "a band [low, high] is only for `target` with direction = \"within\", which \
                     takes no `targets`; `targets` gives one number a year"
                        .into(),
                );
                return;
            }
            other => {
                let found = describe(other);
                self.error(
                    v.span(),
                    format!("{what} must be a number, not {found}"),
                    &found,
                    "write the number without quotes or unit (a unit goes in `unit`)".into(),
                );
                return;
            }
        };
        match n {
            Some(n) => self.number_named(what, key, n, v.span()),
            None => self.error(
                v.span(),
                format!("{what} is too large a number"),
                "out of range",
                format!("write it like `{} = {}`", key.name, key.example),
            ),
        }
    }

    /// An array of strings, each one of `values`.
    pub(super) fn choices(&mut self, key: &Key, values: &[&str], items: &[Spanned<DeValue>]) {
        for item in items {
            match item.get_ref() {
                DeValue::String(s) => self.choice(key, values, s, item.span()),
                other => {
                    let found = describe(other);
                    self.error(
                        item.span(),
                        format!("`{}` must hold strings, not {found}", key.name),
                        &found,
                        format!(
                            "write each item in quotes, e.g. `{} = {}`",
                            key.name, key.example
                        ),
                    );
                }
            }
        }
    }
}
