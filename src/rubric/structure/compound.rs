//! Values made of several: the band `[low, high]` of a `within` target, the yearly
//! `targets = { 2024 = 52 }`, and lists of choices (`allow = ["…"]`). Each part is checked as
//! its own value (a number within the key's bounds, a plausible year, an allowed string), and
//! named in the message by its place in the whole.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::words::{Named, describe, shown_name};
use super::{Walker, integer};
use crate::lang::msg;
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
                name.on(msg!("rubric-band-count", count = items.len())),
                msg!("rubric-band-count-label"),
                msg!("rubric-band-count-help", key = key.name),
            );
            return;
        }
        for (item, end) in items.iter().zip(["low", "high"]) {
            self.part(&name.part(end), key, item);
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
                            name.on(msg!("rubric-year-twice", year = year)),
                            msg!("rubric-year-twice-label"),
                            msg!("rubric-year-twice-help", year = year, first = first),
                        );
                    }
                }
                Ok(year) => self.year(&name.part("year"), year, k.span()),
                Err(_) => self.not_a_year(&name, key, written, k.span()),
            }
            self.part(&name.entry(written), key, v);
        }
    }

    fn not_a_year(&mut self, name: &Named, key: &Key, written: &str, span: Range<usize>) {
        self.error(
            span,
            name.on(msg!("rubric-year-key-not-a-year", written = written)),
            msg!("rubric-year-key-not-a-year-label"),
            name.on(msg!(
                "rubric-year-key-not-a-year-help",
                example = key.example
            )),
        );
    }

    /// One number of a band or of the yearly targets, named `what`.
    fn part(&mut self, what: &Named, key: &Key, v: &Spanned<DeValue>) {
        let n = match v.get_ref() {
            DeValue::Integer(i) => integer(i).map(|n| n as f64),
            DeValue::Float(f) => Some(f.as_str().parse::<f64>().unwrap_or(f64::NAN)),
            DeValue::Array(_) if key.name == "targets" => {
                self.error(
                    v.span(),
                    what.on(msg!("rubric-part-band")),
                    msg!("rubric-part-band-label"),
                    msg!("rubric-part-band-help"),
                );
                return;
            }
            other => {
                self.error(
                    v.span(),
                    describe(what.on(msg!("rubric-part-not-a-number")), other),
                    describe(msg!("rubric-found-label"), other),
                    msg!("rubric-part-not-a-number-help"),
                );
                return;
            }
        };
        match n {
            Some(n) => self.number_named(what, key, n, v.span()),
            None => self.error(
                v.span(),
                what.on(msg!("rubric-number-too-large")),
                msg!("rubric-out-of-range-label"),
                msg!("rubric-write-like", key = key.name, example = key.example),
            ),
        }
    }

    /// An array of strings, each one of `values`.
    pub(super) fn choices(&mut self, key: &Key, values: &[&str], items: &[Spanned<DeValue>]) {
        for item in items {
            match item.get_ref() {
                DeValue::String(s) => self.choice(key, values, s, item.span()),
                other => {
                    self.error(
                        item.span(),
                        describe(msg!("rubric-items-not-strings", key = key.name), other),
                        describe(msg!("rubric-found-label"), other),
                        msg!(
                            "rubric-write-items-quoted",
                            key = key.name,
                            example = key.example
                        ),
                    );
                }
            }
        }
    }
}
