//! The rating scale of SPEC §3: the five grades of the Japanese government's guideline,
//! plus `no_data` and `not_rated`, with their ids, points and standard labels in each
//! display language (`Lang`). Shared by the rubrics (which may relabel the ratings), the
//! scorer, the reports and the comparison of reports.

use serde::{Deserialize, Serialize};

/// Ratings in the order of SPEC §3, best first. The derived `Ord` follows that order,
/// so `a > b` means "a is worse than b".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    Exceeded,
    Met,
    Progressing,
    Limited,
    NotProgressing,
    NoData,
    NotRated,
}

/// Display language, defined with the message catalogue.
pub use crate::lang::Lang;

impl Rating {
    pub const ALL: [Rating; 7] = [
        Rating::Exceeded,
        Rating::Met,
        Rating::Progressing,
        Rating::Limited,
        Rating::NotProgressing,
        Rating::NoData,
        Rating::NotRated,
    ];

    /// The stable machine name used in JSON and on the command line.
    pub fn id(self) -> &'static str {
        match self {
            Rating::Exceeded => "exceeded",
            Rating::Met => "met",
            Rating::Progressing => "progressing",
            Rating::Limited => "limited",
            Rating::NotProgressing => "not_progressing",
            Rating::NoData => "no_data",
            Rating::NotRated => "not_rated",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Rating::Exceeded, Lang::Ja) => "目標超過達成",
            (Rating::Met, Lang::Ja) => "目標達成",
            (Rating::Progressing, Lang::Ja) => "相当程度進展あり",
            (Rating::Limited, Lang::Ja) => "進展が大きくない",
            (Rating::NotProgressing, Lang::Ja) => "目標に向かっていない",
            (Rating::NoData, Lang::Ja) => "データなし",
            (Rating::NotRated, Lang::Ja) => "参考",
            (Rating::Exceeded, Lang::En) => "Exceeded",
            (Rating::Met, Lang::En) => "Met",
            (Rating::Progressing, Lang::En) => "Substantial progress",
            (Rating::Limited, Lang::En) => "Limited progress",
            (Rating::NotProgressing, Lang::En) => "Not progressing",
            (Rating::NoData, Lang::En) => "No data",
            (Rating::NotRated, Lang::En) => "Reference only",
        }
    }

    /// One of the five grades (as opposed to `no_data` / `not_rated`).
    pub fn is_grade(self) -> bool {
        self.score().is_some()
    }

    /// Points of the `mean` aggregation (SPEC §3.4).
    pub fn score(self) -> Option<u8> {
        match self {
            Rating::Exceeded => Some(5),
            Rating::Met => Some(4),
            Rating::Progressing => Some(3),
            Rating::Limited => Some(2),
            Rating::NotProgressing => Some(1),
            Rating::NoData | Rating::NotRated => None,
        }
    }

    pub fn from_score(score: u8) -> Option<Rating> {
        Rating::ALL.into_iter().find(|r| r.score() == Some(score))
    }
}
