//! What the human formats (table, Markdown, CSV, HTML) share: words and labels in two
//! languages, numbers rounded for people, and the cells every format shows the same way.

use crate::data::{MilestoneStatus, Status};
use crate::diag::Level;
use crate::rating::{Lang, Rating};
use crate::report::json::{CoverageReport, IndicatorReport, JsonValue, RubricReport};
use crate::rubric::KindName;
use crate::score::{Outlook, Trend};

/// The fixed words of the human formats, one set per language, so that a label reads the
/// same in every format.
pub struct Words {
    pub policy_rating: &'static str,
    pub as_of: &'static str,
    pub period: &'static str,
    pub owner: &'static str,
    pub file: &'static str,
    pub summary: &'static str,
    pub field_goal: &'static str,
    pub indicator: &'static str,
    pub kind: &'static str,
    pub year: &'static str,
    pub value: &'static str,
    pub target: &'static str,
    pub achievement: &'static str,
    pub rating: &'static str,
    pub outlook_trend: &'static str,
    pub note: &'static str,
    pub coverage: &'static str,
    pub provisional: &'static str,
    pub diagnostics: &'static str,
    pub no_diagnostics: &'static str,
    pub no_indicators: &'static str,
    pub no_data: &'static str,
    pub due: &'static str,
    /// Explains the coverage figures `with data/rated`.
    pub coverage_note: &'static str,
    /// Explains the `†` after a year.
    pub stale_note: &'static str,
}

const JA: Words = Words {
    policy_rating: "総合評価",
    as_of: "評価年度",
    period: "評価期間",
    owner: "担当部局",
    file: "評価基準ファイル",
    summary: "評価の概要",
    field_goal: "分野・目標",
    indicator: "指標",
    kind: "区分",
    year: "年度",
    value: "実績値",
    target: "目標",
    achievement: "達成率",
    rating: "評価",
    outlook_trend: "見通し・傾向",
    note: "備考",
    coverage: "データのある指標",
    provisional: "速報値",
    diagnostics: "診断メッセージ",
    no_diagnostics: "なし",
    no_indicators: "指標なし",
    no_data: "データなし",
    due: "期限",
    coverage_note: "データのある指標: データのある評価対象指標数/評価対象指標数（参考指標を除く）",
    stale_note: "† 評価年度より前の年度の値で評価",
};

const EN: Words = Words {
    policy_rating: "Overall rating",
    as_of: "As of",
    period: "Period",
    owner: "Owner",
    file: "Rubric file",
    summary: "Summary",
    field_goal: "Field, goal",
    indicator: "Indicator",
    kind: "Kind",
    year: "Year",
    value: "Value",
    target: "Target",
    achievement: "Achievement",
    rating: "Rating",
    outlook_trend: "Outlook/trend",
    note: "Note",
    coverage: "Indicators with data",
    provisional: "provisional",
    diagnostics: "Diagnostics",
    no_diagnostics: "None",
    no_indicators: "No indicators",
    no_data: "No data",
    due: "Due",
    coverage_note: "Indicators with data: rated indicators with data / rated indicators (reference indicators not counted)",
    stale_note: "† rated at a year before the evaluation year (stale)",
};

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}

/// A rating's label: the rubric's own `[labels]` first, else the standard one.
pub fn rating(r: Rating, rubric: &RubricReport, lang: Lang) -> String {
    rubric
        .labels
        .get(&r)
        .cloned()
        .unwrap_or_else(|| r.label(lang).to_string())
}

pub fn outlook(o: Outlook, lang: Lang) -> &'static str {
    match (o, lang) {
        (Outlook::OnTrack, Lang::Ja) => "順調",
        (Outlook::Moderate, Lang::Ja) => "やや遅れ",
        (Outlook::Insufficient, Lang::Ja) => "遅れ",
        (Outlook::MovingAway, Lang::Ja) => "逆行",
        (Outlook::OnTrack, Lang::En) => "on track",
        (Outlook::Moderate, Lang::En) => "moderate",
        (Outlook::Insufficient, Lang::En) => "insufficient",
        (Outlook::MovingAway, Lang::En) => "moving away",
    }
}

pub fn trend(t: Trend, lang: Lang) -> &'static str {
    match (t, lang) {
        (Trend::Stable, Lang::Ja) => "横ばい",
        (Trend::Improving, Lang::Ja) => "改善",
        (Trend::Worsening, Lang::Ja) => "悪化",
        (Trend::Rising, Lang::Ja) => "上昇",
        (Trend::Falling, Lang::Ja) => "低下",
        (t, Lang::En) => t.id(),
    }
}

/// The kind of an indicator as the evaluation book names it.
pub fn kind(kind: KindName, lang: Lang) -> &'static str {
    match (kind, lang) {
        (KindName::Target, Lang::Ja) => "測定指標",
        (KindName::Reference, Lang::Ja) => "参考指標",
        (KindName::Milestone, Lang::Ja) => "定性的な指標",
        (KindName::Target, Lang::En) => "target",
        (KindName::Reference, Lang::En) => "reference",
        (KindName::Milestone, Lang::En) => "milestone",
    }
}

/// A data row's `status` in words.
pub fn status(s: Status, lang: Lang) -> &'static str {
    match (s, lang) {
        (Status::Pending, Lang::Ja) => "公表予定",
        (Status::NotConducted, Lang::Ja) => "未実施",
        (Status::Na, Lang::Ja) => "該当なし",
        (Status::Provisional, Lang::Ja) => "速報値",
        (Status::Pending, Lang::En) => "pending",
        (Status::NotConducted, Lang::En) => "not conducted",
        (Status::Na, Lang::En) => "n/a",
        (Status::Provisional, Lang::En) => "provisional",
    }
}

/// A diagnostic's level in words.
pub fn level(l: Level, lang: Lang) -> &'static str {
    match (l, lang) {
        (Level::Error, Lang::Ja) => "エラー",
        (Level::Warning, Lang::Ja) => "警告",
        (l, Lang::En) => l.id(),
    }
}

pub fn milestone(m: MilestoneStatus, lang: Lang) -> &'static str {
    match (m, lang) {
        (MilestoneStatus::Achieved, Lang::Ja) => "達成",
        (MilestoneStatus::InProgress, Lang::Ja) => "実施中",
        (MilestoneStatus::NotStarted, Lang::Ja) => "未着手",
        (MilestoneStatus::Achieved, Lang::En) => "achieved",
        (MilestoneStatus::InProgress, Lang::En) => "in progress",
        (MilestoneStatus::NotStarted, Lang::En) => "not started",
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
        JsonValue::Status(s) => milestone(*s, lang).to_string(),
    }
}

/// The rated value with its unit, marked when it is a preliminary figure.
pub fn rated_value(ind: &IndicatorReport, lang: Lang) -> String {
    let mut value = ind
        .value
        .as_ref()
        .map(|v| self::value(v, ind.unit.as_deref(), lang))
        .unwrap_or_default();
    if ind.provisional {
        value.push_str(&format!(" ({})", words(lang).provisional));
    }
    value
}

/// The rated year, with `†` when it is earlier than the evaluation year.
pub fn rated_year(ind: &IndicatorReport) -> String {
    match ind.year {
        Some(y) if ind.stale => format!("{y}†"),
        Some(y) => y.to_string(),
        None => String::new(),
    }
}

/// Coverage as `with data/rated`.
pub fn coverage(c: CoverageReport) -> String {
    format!("{}/{}", c.with_data, c.rated)
}

/// The note a reader needs beside the rating: the rated year's note, then why each later
/// year has no value (`2023: 公表予定`), so that a stale or missing rating explains itself.
pub fn note(ind: &IndicatorReport, lang: Lang) -> String {
    let mut parts: Vec<String> = ind.note.iter().map(|n| n.to_string()).collect();
    for p in &ind.series {
        let later = ind.year.is_none_or(|y| p.year > y);
        if !later || p.value.is_some() {
            continue;
        }
        let why = match (&p.note, &p.status) {
            (Some(n), _) => n.to_string(),
            (None, Some(s)) => status(*s, lang).to_string(),
            (None, None) => words(lang).no_data.to_string(),
        };
        parts.push(format!("{}: {why}", p.year));
    }
    parts.join(" / ")
}

/// An achievement ratio as a percentage with one decimal.
pub fn percent(a: f64) -> String {
    let s = format!("{:.1}", a * 100.0);
    // A tiny negative ratio rounds to zero; a "-0.0%" would read as a sign that means something.
    if s == "-0.0" {
        "0.0%".to_string()
    } else {
        format!("{s}%")
    }
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
    match (ind.outlook, ind.trend) {
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
        assert_eq!(percent(-0.0001), "0.0%");
    }
}
