//! Ratings on the page: a coloured badge, with what the evaluation itself records after it
//! (SPEC §1 `assessment`, `assessment_note`) and a reference indicator's benchmark verdict.

use crate::rating::{Lang, Rating};
use crate::report::human::{self, Assessed};
use crate::report::json::{IndicatorReport, RubricReport};
use crate::values::escape::html as esc;

pub(super) fn badge(rating: Rating, r: &RubricReport, lang: Lang) -> String {
    format!(
        r#"<span class="badge r-{}">{}</span>"#,
        rating.id(),
        esc(&human::rating(rating, r, lang))
    )
}

/// A reference indicator's badge with its benchmark verdict after it.
pub(super) fn indicator_badge(ind: &IndicatorReport, r: &RubricReport, lang: Lang) -> String {
    let (full, label) = (
        human::indicator_rating(ind, r, lang),
        human::rating(ind.rating, r, lang),
    );
    let verdict = full.strip_prefix(label.as_str()).unwrap_or_default();
    format!("{}{}", badge(ind.rating, r, lang), esc(verdict))
}

/// What the evaluation records, after the computed rating (`differs`: another rating).
pub(super) fn recorded(node: &impl Assessed, r: &RubricReport, lang: Lang) -> String {
    let v = node.verdict();
    let text = human::recorded(&v, r, lang);
    let differs = if v.differs() { " differs" } else { "" };
    match text.is_empty() {
        true => text,
        false => format!(" <span class=\"recorded{differs}\">{}</span>", esc(&text)),
    }
}
