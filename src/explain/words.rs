//! The words and numbers of an explanation: a number rounded for people, the names of a
//! rubric's settings and of the ratings, and the text being written with its language.
//! Every sentence is a message of the catalogue (`explain-…` in `src/lang/*.ftl`); only
//! the indentation and the formulas' numbers are put together here.

use crate::lang::{Lang, Message, tr};
use crate::rating::Rating;
use crate::rubric::{Direction, Growth, Indicator, PathKind, YearBasis};
use crate::score::{Outlook, Trend};

/// The explanation being written, in its language.
pub(super) struct Out {
    pub text: String,
    pub lang: Lang,
}

impl Out {
    pub fn new(lang: Lang) -> Out {
        Out {
            text: String::new(),
            lang,
        }
    }

    /// A line: `indent` spaces, then the message in the explanation's language.
    pub fn line(&mut self, indent: usize, m: Message) {
        let text = m.render(self.lang);
        self.raw(indent, &text);
    }

    /// A line of text already in the explanation's language (names, formulas, fragments).
    pub fn raw(&mut self, indent: usize, text: &str) {
        self.text.extend(std::iter::repeat_n(' ', indent));
        self.text.push_str(text);
        self.text.push('\n');
    }

    pub fn blank(&mut self) {
        self.text.push('\n');
    }

    /// The message in the explanation's language, to go into another.
    pub fn tr(&self, m: Message) -> String {
        m.render(self.lang)
    }
}

/// A number for a person: at most four decimals, no trailing zeros, no `-0`.
pub fn num(x: f64) -> String {
    if !x.is_finite() {
        return format!("{x}");
    }
    crate::values::show::rounded(x, 4)
}

/// A year as the evaluation book writes it: `2023年度`, or `2023年` for an indicator counted
/// in calendar years (SPEC §2); the plain number in English, where the definition says once
/// that the years are calendar years.
pub(super) fn year(y: i32, ind: &Indicator, lang: Lang) -> String {
    match (lang, ind.year_basis) {
        (Lang::En, _) => y.to_string(),
        (Lang::Ja, YearBasis::Fiscal) => format!("{y}年度"),
        (Lang::Ja, YearBasis::Calendar) => format!("{y}年"),
    }
}

/// A year of the rubric rather than of one indicator (the evaluation year `as_of`, the
/// period): the policy is evaluated by fiscal year, so `2023年度` whatever the indicator's
/// basis; the plain number in English.
pub(super) fn fiscal(y: i32, lang: Lang) -> String {
    match lang {
        Lang::En => y.to_string(),
        Lang::Ja => format!("{y}年度"),
    }
}

/// A rating as the explanation names it: its id in English, the book's label in Japanese.
pub(super) fn rating(r: Rating, lang: Lang) -> &'static str {
    match lang {
        Lang::En => r.id(),
        Lang::Ja => r.label(Lang::Ja),
    }
}

pub(super) fn outlook(o: Outlook, lang: Lang) -> &'static str {
    match lang {
        Lang::En => o.id(),
        Lang::Ja => crate::report::human::outlook(o, Lang::Ja),
    }
}

pub(super) fn trend(t: Trend, lang: Lang) -> &'static str {
    match lang {
        Lang::En => t.id(),
        Lang::Ja => crate::report::human::trend(t, Lang::Ja),
    }
}

pub(super) fn direction_words(direction: Option<Direction>, lang: Lang) -> String {
    let id = match direction {
        Some(Direction::AtLeast) => "at_least",
        Some(Direction::AtMost) => "at_most",
        Some(Direction::Within) => "within",
        None => "none",
    };
    tr!(lang, "explain-direction", direction = id)
}

pub(super) fn path_name(p: PathKind, lang: Lang) -> String {
    let id = match p {
        PathKind::Linear => "linear",
        PathKind::Geometric => "geometric",
    };
    tr!(lang, "explain-path-name", path = id)
}

pub(super) fn growth_name(g: Growth, lang: Lang) -> String {
    let id = match g {
        Growth::Linear => "linear",
        Growth::Compound => "compound",
    };
    tr!(lang, "explain-growth-name", growth = id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::human::percent;

    #[test]
    fn numbers_are_rounded_for_people() {
        assert_eq!(num(934.4000000000001), "934.4");
        assert_eq!(num(1000.0), "1000");
        assert_eq!(num(43.0 / 32.8), "1.311");
        assert_eq!(num(-0.00001), "0");
        assert_eq!(percent(43.0 / 32.8), "131.1%");
    }
}
