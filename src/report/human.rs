//! What the human formats (table, Markdown, CSV, HTML) share: words and labels in two
//! languages, and the cells every format shows the same way (their numbers rounded by
//! `values::show`).

use crate::data::{MilestoneStatus, Status};
use crate::diag::Level;
use crate::rating::{Lang, Rating};
use crate::report::json::{CoverageReport, FieldReport, GoalReport, IndicatorReport, RubricReport};
use crate::rubric::KindName;
use crate::score::{Outlook, Trend};
use crate::values::show;

mod cells;
pub use cells::{
    indicator_rating, point_value, rated_value, rated_year, ratio, span, target, target_of_year,
    value, year,
};

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
    /// Introduces a diagnostic's advice.
    pub help: &'static str,
    /// Explains the coverage figures `with data/rated`.
    pub coverage_note: &'static str,
    /// Explains the `†` after a year.
    pub stale_note: &'static str,
    /// The first column of the terminal table, which holds all three.
    pub field_goal_indicator: &'static str,
    /// The terminal table's column of sparklines.
    pub series: &'static str,
    /// The terminal table's own wording, shorter or placed differently.
    pub table: TableWords,
}

/// Where the terminal table words a label its own way: its headline is a line of text, and
/// its coverage figures stand under Value.
pub struct TableWords {
    pub as_of: &'static str,
    pub rating: &'static str,
    pub outlook_trend: &'static str,
    pub coverage_note: &'static str,
    /// The summary's first column.
    pub field: &'static str,
    /// The summary's and the details' coverage column.
    pub coverage: &'static str,
    /// Says what the summary's counts are, before the short labels are explained.
    pub counts_note: &'static str,
    /// Shown instead of the details when nothing needs attention.
    pub nothing_needs_attention: &'static str,
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
    help: "対処",
    coverage_note: "データのある指標: データのある評価対象指標数/評価対象指標数（参考指標を除く）",
    stale_note: "† 評価年度より前の年度の値で評価",
    field_goal_indicator: "分野・目標・指標",
    series: "推移",
    table: TableWords {
        as_of: "評価年度",
        rating: "総合評価",
        outlook_trend: "見通し・傾向",
        coverage_note: "データ: データのある評価対象指標数/評価対象指標数（参考指標を除く）",
        field: "分野",
        coverage: "データ",
        counts_note: "評価別の指標数",
        nothing_needs_attention: "注意を要する項目（目標達成に至らないもの、古い年度の値、データなし、目安を満たさない参考指標）はありません。",
    },
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
    help: "help",
    coverage_note: "Indicators with data: rated indicators with data / rated indicators (reference indicators not counted)",
    stale_note: "† rated at a year before the evaluation year (stale)",
    field_goal_indicator: "Field, goal, indicator",
    series: "Series",
    table: TableWords {
        as_of: "as of",
        rating: "rating",
        outlook_trend: "Outlook, trend",
        coverage_note: "Data: rated indicators with data / rated indicators (reference indicators not counted)",
        field: "Field",
        coverage: "Data",
        counts_note: "Indicators by rating",
        nothing_needs_attention: "Nothing needs attention (nothing below met, stale, without data, or missing its benchmark).",
    },
};

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}

/// A rating's short name, for the heading of a column of counts.
pub fn short_rating(r: Rating, lang: Lang) -> &'static str {
    match (r, lang) {
        (Rating::Exceeded, Lang::Ja) => "超過",
        (Rating::Met, Lang::Ja) => "達成",
        (Rating::Progressing, Lang::Ja) => "相当",
        (Rating::Limited, Lang::Ja) => "進展小",
        (Rating::NotProgressing, Lang::Ja) => "向かわず",
        (Rating::NoData, Lang::Ja) => "なし",
        (Rating::NotRated, Lang::Ja) => "参考",
        (Rating::Exceeded, Lang::En) => "Exc",
        (Rating::Met, Lang::En) => "Met",
        (Rating::Progressing, Lang::En) => "Subst",
        (Rating::Limited, Lang::En) => "Ltd",
        (Rating::NotProgressing, Lang::En) => "Not",
        (Rating::NoData, Lang::En) => "NoData",
        (Rating::NotRated, Lang::En) => "Ref",
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

/// A node's computed rating beside what the evaluation itself records for it (SPEC §1
/// `assessment`, `assessment_note`): the policy, a field or a goal.
pub struct Verdict<'a> {
    pub computed: Rating,
    pub assessment: Option<Rating>,
    pub note: Option<&'a str>,
}

impl Verdict<'_> {
    /// Whether the evaluation records another rating than the computed one.
    pub fn differs(&self) -> bool {
        self.assessment.is_some_and(|a| a != self.computed)
    }
}

/// The nodes that carry a recorded assessment.
pub trait Assessed {
    fn verdict(&self) -> Verdict<'_>;
}

macro_rules! assessed {
    ($($node:ident),*) => {$(
        impl Assessed for $node<'_> {
            fn verdict(&self) -> Verdict<'_> {
                Verdict {
                    computed: self.rating,
                    assessment: self.assessment,
                    note: self.assessment_note.as_deref(),
                }
            }
        }
    )*};
}
assessed!(RubricReport, FieldReport, GoalReport);

/// What the evaluation itself records, to show beside the computed rating, marked where the
/// recorded rating differs from it: `評価書: 目標達成（算定と相違）; 一定の進展があった`.
/// Empty when it records nothing.
pub fn recorded(v: &Verdict, rubric: &RubricReport, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(a) = v.assessment {
        let differs = match (v.differs(), lang) {
            (false, _) => "",
            (true, Lang::Ja) => "（算定と相違）",
            (true, Lang::En) => " (differs from the computed rating)",
        };
        parts.push(format!("{}{differs}", rating(a, rubric, lang)));
    }
    parts.extend(v.note.map(str::to_string));
    if parts.is_empty() {
        return String::new();
    }
    let head = match lang {
        Lang::Ja => "評価書: ",
        Lang::En => "recorded: ",
    };
    format!("{head}{}", parts.join("; "))
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

/// Coverage as `with data/rated`.
pub fn coverage(c: CoverageReport) -> String {
    format!("{}/{}", c.with_data, c.rated)
}

/// A field's coverage: its goals' rated indicators with data over its rated indicators.
pub fn field_coverage(f: &FieldReport) -> String {
    let (with_data, rated) = f.goals.iter().fold((0, 0), |(d, r), g| {
        (d + g.coverage.with_data, r + g.coverage.rated)
    });
    format!("{with_data}/{rated}")
}

/// The evaluation year of a rubric, or `—`.
pub fn as_of(r: &RubricReport) -> String {
    r.as_of.map_or_else(|| "—".to_string(), |y| y.to_string())
}

/// The note a reader needs beside the rating: the rated year's note, then why each later
/// year has no value (`2023年: 公表予定`), so that a stale or missing rating explains itself.
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
        parts.push(format!("{}: {why}", year(p.year, ind.year_basis, lang)));
    }
    parts.join(" / ")
}

/// An achievement ratio as a percentage with one decimal.
pub fn percent(a: f64) -> String {
    format!("{}%", show::fixed(a * 100.0, 1))
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
    fn achievements_are_percentages_with_one_decimal() {
        assert_eq!(percent(1.04), "104.0%");
        assert_eq!(percent(-0.0001), "0.0%");
    }
}
