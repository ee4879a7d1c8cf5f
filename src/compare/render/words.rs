//! The words of the listings of `check` and `diff`, in each language. English keeps the
//! stable ids of ratings, outlooks and trends (the words a CI log and a script share);
//! Japanese uses the labels of the evaluation book (目標達成 …), as the reports do.

use super::super::ChangeKind;
use crate::data::MilestoneStatus;
use crate::rating::{Lang, Rating};
use crate::report::human;
use crate::score::{Outlook, Trend};

pub struct Words {
    pub lang: Lang,
    /// The labels of the lines of a change.
    pub rating: &'static str,
    pub as_of: &'static str,
    pub value: &'static str,
    pub target: &'static str,
    pub baseline: &'static str,
    pub outlook: &'static str,
    pub trend: &'static str,
    /// A reference indicator's benchmark (met or not).
    pub benchmark: &'static str,
    pub moved: &'static str,
    /// The headings of the table of `diff`.
    pub header: [&'static str; 6],
    pub passed: &'static str,
    pub failed: &'static str,
    pub no_change: &'static str,
}

pub const EN: Words = Words {
    lang: Lang::En,
    rating: "rating",
    as_of: "as_of",
    value: "value",
    target: "target",
    baseline: "baseline",
    outlook: "outlook",
    trend: "trend",
    benchmark: "benchmark",
    moved: "moved",
    header: [
        "Policy, field, goal, indicator",
        "Change",
        "Rating",
        "Value (year)",
        "Target",
        "Outlook, trend",
    ],
    passed: "ok",
    failed: "FAILED",
    no_change: "no change",
};

pub const JA: Words = Words {
    lang: Lang::Ja,
    rating: "評価",
    as_of: "評価年度",
    value: "実績値",
    target: "目標",
    baseline: "基準値",
    outlook: "見通し",
    trend: "傾向",
    benchmark: "目安",
    moved: "移動",
    header: [
        "施策・分野・目標・指標",
        "変化",
        "評価",
        "実績値 (年度)",
        "目標",
        "見通し・傾向",
    ],
    passed: "合格",
    failed: "不合格",
    no_change: "変化なし",
};

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}

impl Words {
    pub fn status(&self, s: ChangeKind) -> &'static str {
        match (self.lang, s) {
            (Lang::En, s) => s.id(),
            (Lang::Ja, ChangeKind::Worse) => "悪化",
            (Lang::Ja, ChangeKind::Better) => "改善",
            (Lang::Ja, ChangeKind::Changed) => "変更",
            (Lang::Ja, ChangeKind::Added) => "追加",
            (Lang::Ja, ChangeKind::Removed) => "削除",
        }
    }

    /// Whether a benchmark is met.
    pub fn met(&self, met: bool) -> &'static str {
        match (self.lang, met) {
            (Lang::En, true) => "met",
            (Lang::En, false) => "not met",
            (Lang::Ja, true) => "達成",
            (Lang::Ja, false) => "未達成",
        }
    }

    pub fn rating(&self, r: Rating) -> &'static str {
        match self.lang {
            Lang::En => r.id(),
            Lang::Ja => r.label(Lang::Ja),
        }
    }

    pub fn outlook(&self, o: Outlook) -> &'static str {
        match self.lang {
            Lang::En => o.id(),
            Lang::Ja => human::outlook(o, Lang::Ja),
        }
    }

    pub fn trend(&self, t: Trend) -> &'static str {
        match self.lang {
            Lang::En => t.id(),
            Lang::Ja => human::trend(t, Lang::Ja),
        }
    }

    pub fn milestone(&self, m: MilestoneStatus) -> &'static str {
        match self.lang {
            Lang::En => m.id(),
            Lang::Ja => human::milestone(m, Lang::Ja),
        }
    }

    /// A year after a value or a baseline: ` (2023)` in both languages, with a space that a
    /// narrow table may wrap at (the heading says 年度).
    pub fn year(&self, y: i32) -> String {
        format!(" ({y})")
    }

    /// The year of a target: `by 2025`, `2025年度まで`.
    pub fn by(&self, y: i32) -> String {
        match self.lang {
            Lang::En => format!("by {y}"),
            Lang::Ja => format!("{y}年度まで"),
        }
    }

    /// A milestone's due year: `due 2023`, `期限 2023年度`.
    pub fn due(&self, y: i32) -> String {
        match self.lang {
            Lang::En => format!("due {y}"),
            Lang::Ja => format!("期限 {y}年度"),
        }
    }

    /// Where a moved node was: `from f1 › f1.g1`, `f1 › f1.g1 から`.
    pub fn moved_from(&self, path: &str) -> String {
        match self.lang {
            Lang::En => format!("from {path}"),
            Lang::Ja => format!("{path} から"),
        }
    }

    /// What `diff` says when two reports agree.
    pub fn no_changes(&self, old: &str, new: &str) -> String {
        match self.lang {
            Lang::En => format!("no changes between {old} and {new}"),
            Lang::Ja => format!("{old} と {new} に変化はありません"),
        }
    }

    /// Before a policy's changed evaluation year in the table: `as of 2022 → 2023`.
    pub fn as_of_prefix(&self) -> &'static str {
        match self.lang {
            Lang::En => "as of",
            Lang::Ja => "評価年度",
        }
    }

    /// A changed baseline under a target: `from 918人 (2020)`, `基準 918人（2020年度）`.
    pub fn from_baseline(&self, text: &str) -> String {
        match self.lang {
            Lang::En => format!("from {text}"),
            Lang::Ja => format!("基準 {text}"),
        }
    }

    /// The last line of `diff`: how many nodes changed, by status, and how many of them
    /// `check` would fail on.
    pub fn summary(
        &self,
        total: usize,
        by_status: [(&str, usize); 5],
        regressions: usize,
    ) -> String {
        match self.lang {
            Lang::En => {
                let each: Vec<String> = by_status.iter().map(|(s, n)| format!("{n} {s}")).collect();
                format!(
                    "{}: {}; {}\n",
                    count_en(total, "changed node"),
                    each.join(", "),
                    count_en(regressions, "regression")
                )
            }
            Lang::Ja => {
                let each: Vec<String> = by_status.iter().map(|(s, n)| format!("{s} {n}")).collect();
                format!(
                    "変化のあった項目 {total}件：{}。うち check で不合格となる悪化 {regressions}件\n",
                    each.join("、")
                )
            }
        }
    }

    /// A count of things: `4 regressions` in English, `悪化 4件` in Japanese.
    pub fn count(&self, n: usize, en: &str, ja: &str) -> String {
        match self.lang {
            Lang::En => count_en(n, en),
            Lang::Ja => format!("{ja} {n}件"),
        }
    }
}

fn count_en(n: usize, what: &str) -> String {
    match (n, what.strip_suffix('y')) {
        (1, _) => format!("1 {what}"),
        (_, Some(stem)) => format!("{n} {stem}ies"),
        (_, None) => format!("{n} {what}s"),
    }
}
