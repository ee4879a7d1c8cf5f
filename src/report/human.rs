//! What the human formats share: labels in two languages and numbers rounded for people.

use crate::rating::{Lang, Rating};
use crate::report::json::{IndicatorReport, JsonValue, RubricReport};

/// A rating's label: the rubric's own `[labels]` first, else the standard one.
pub fn rating(r: Rating, rubric: &RubricReport, lang: Lang) -> String {
    rubric
        .labels
        .get(&r)
        .cloned()
        .unwrap_or_else(|| r.label(lang).to_string())
}

pub fn outlook(id: &str, lang: Lang) -> &str {
    match (id, lang) {
        ("on_track", Lang::Ja) => "順調",
        ("moderate", Lang::Ja) => "やや遅れ",
        ("insufficient", Lang::Ja) => "遅れ",
        ("moving_away", Lang::Ja) => "逆行",
        ("on_track", Lang::En) => "on track",
        ("moderate", Lang::En) => "moderate",
        ("insufficient", Lang::En) => "insufficient",
        ("moving_away", Lang::En) => "moving away",
        _ => id,
    }
}

pub fn trend(id: &str, lang: Lang) -> &str {
    match (id, lang) {
        ("stable", Lang::Ja) => "横ばい",
        ("improving", Lang::Ja) => "改善",
        ("worsening", Lang::Ja) => "悪化",
        ("rising", Lang::Ja) => "上昇",
        ("falling", Lang::Ja) => "低下",
        _ => id,
    }
}

pub fn milestone(id: &str, lang: Lang) -> &str {
    match (id, lang) {
        ("achieved", Lang::Ja) => "達成",
        ("in_progress", Lang::Ja) => "実施中",
        ("not_started", Lang::Ja) => "未着手",
        ("achieved", Lang::En) => "achieved",
        ("in_progress", Lang::En) => "in progress",
        ("not_started", Lang::En) => "not started",
        _ => id,
    }
}

/// A number for people: thousands separators, at most two decimals, no trailing zeros.
pub fn number(x: f64) -> String {
    let rounded = format!("{:.2}", x);
    let rounded = rounded.trim_end_matches('0').trim_end_matches('.');
    let (sign, body) = match rounded.strip_prefix('-') {
        Some(b) => ("-", b),
        None => ("", rounded),
    };
    let (int, frac) = body
        .split_once('.')
        .map_or((body, None), |(i, f)| (i, Some(f)));
    let mut grouped = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    let sign = if grouped == "0" && frac.is_none() {
        ""
    } else {
        sign
    };
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// A value with its unit (`52%`, `1,200人`), or a milestone's status in words.
pub fn value(v: &JsonValue, unit: Option<&str>, lang: Lang) -> String {
    match v {
        JsonValue::Number(n) => format!("{}{}", number(*n), unit.unwrap_or("")),
        JsonValue::Status(s) => milestone(s, lang).to_string(),
    }
}

/// An achievement ratio as a percentage with one decimal.
pub fn percent(a: f64) -> String {
    format!("{:.1}%", a * 100.0)
}

/// The target as a reader states it: `≥ 1,000人 (2025)`, `≤ 10%`, or a milestone's due year.
pub fn target(ind: &IndicatorReport, lang: Lang) -> String {
    if let Some(t) = ind.target {
        let sign = match ind.direction {
            Some(crate::rubric::Direction::AtMost) => "≤",
            _ => "≥",
        };
        let unit = ind.unit.as_deref().unwrap_or("");
        let year = ind
            .target_year
            .map(|y| format!(" ({y})"))
            .unwrap_or_default();
        return format!("{sign} {}{unit}{year}", number(t));
    }
    match (ind.due, lang) {
        (Some(d), Lang::Ja) => format!("{d}年度まで"),
        (Some(d), Lang::En) => format!("by {d}"),
        (None, _) => String::new(),
    }
}

/// The outlook of a target indicator or the trend of a reference one, in words.
pub fn direction_of_travel(ind: &IndicatorReport, lang: Lang) -> String {
    match (&ind.outlook, &ind.trend) {
        (Some(o), _) => outlook(o, lang).to_string(),
        (None, Some(t)) => trend(t, lang).to_string(),
        (None, None) => String::new(),
    }
}

/// Picks the text in the chosen language, falling back to the Japanese original.
pub fn pick<'a>(ja: &'a str, en: Option<&'a str>, lang: Lang) -> &'a str {
    match (lang, en) {
        (Lang::En, Some(en)) if !en.is_empty() => en,
        _ => ja,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_rounded_and_grouped_for_people() {
        assert_eq!(number(2_660_000.0), "2,660,000");
        assert_eq!(number(10.37), "10.37");
        assert_eq!(number(0.123456), "0.12");
        assert_eq!(number(-1234.5), "-1,234.5");
        assert_eq!(number(50.0), "50");
        assert_eq!(number(-0.001), "0");
        assert_eq!(percent(1.04), "104.0%");
    }
}
