//! Goals, fields and the policy (SPEC §3.4): combining children's ratings into one.

use crate::rating::Rating;
use crate::rubric::Aggregation;

/// A child's part in its parent's rating.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Input {
    pub rating: Rating,
    pub primary: bool,
    pub weight: f64,
}

/// Which part of SPEC §3.4 decided a parent's rating, with the numbers it used: what
/// `explain` puts into words.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Step {
    /// No child has a grade; `no_data` is whether one of them is `no_data`.
    NoGrade { no_data: bool },
    /// Guideline step 1: every graded child met or exceeded; `exceeded` of the `counted`
    /// children of P exceeded.
    AllMet {
        exceeded: usize,
        counted: usize,
        primaries: bool,
    },
    /// Guideline step 2: one of P is not progressing.
    NotProgressing { primaries: bool },
    /// Guideline step 3: all of P are at least progressing.
    Progressing { primaries: bool },
    /// Guideline step 4.
    Limited { primaries: bool },
    /// The weighted mean of points, `sum / total`, rounded half up to `rounded`.
    Mean { sum: f64, total: f64, rounded: u8 },
}

/// The rating of a parent from its children. Children without a grade (`no_data`,
/// `not_rated`) are left out; with none left, the parent is `no_data` if any child is,
/// else `not_rated`.
pub fn aggregate(children: &[Input], aggregation: Aggregation) -> Rating {
    decide(children, aggregation).0
}

/// `aggregate`, with the step that decided.
pub fn decide(children: &[Input], aggregation: Aggregation) -> (Rating, Step) {
    let graded: Vec<Input> = children
        .iter()
        .copied()
        .filter(|c| c.rating.is_grade())
        .collect();
    if graded.is_empty() {
        let no_data = children.iter().any(|c| c.rating == Rating::NoData);
        let rating = if no_data {
            Rating::NoData
        } else {
            Rating::NotRated
        };
        return (rating, Step::NoGrade { no_data });
    }
    match aggregation {
        Aggregation::Guideline => guideline(&graded),
        Aggregation::Mean => mean(&graded),
    }
}

/// The five-grade rule of the government's guideline.
fn guideline(graded: &[Input]) -> (Rating, Step) {
    let primary: Vec<Rating> = graded
        .iter()
        .filter(|c| c.primary)
        .map(|c| c.rating)
        .collect();
    let primaries = !primary.is_empty();
    // P: the primary children, or all of them when none is primary.
    let p: Vec<Rating> = if primaries {
        primary
    } else {
        graded.iter().map(|c| c.rating).collect()
    };
    if graded
        .iter()
        .all(|c| matches!(c.rating, Rating::Met | Rating::Exceeded))
    {
        let exceeded = p.iter().filter(|r| **r == Rating::Exceeded).count();
        // "at least two thirds", in integers: exceeded / |P| >= 2/3.
        let rating = if 3 * exceeded >= 2 * p.len() {
            Rating::Exceeded
        } else {
            Rating::Met
        };
        let step = Step::AllMet {
            exceeded,
            counted: p.len(),
            primaries,
        };
        return (rating, step);
    }
    if p.contains(&Rating::NotProgressing) {
        return (Rating::NotProgressing, Step::NotProgressing { primaries });
    }
    if p.iter()
        .all(|r| matches!(r, Rating::Met | Rating::Exceeded | Rating::Progressing))
    {
        return (Rating::Progressing, Step::Progressing { primaries });
    }
    (Rating::Limited, Step::Limited { primaries })
}

/// The weighted mean of the grades' points (5 … 1), rounded half up.
fn mean(graded: &[Input]) -> (Rating, Step) {
    let total: f64 = graded.iter().map(|c| c.weight).sum();
    let sum: f64 = graded
        .iter()
        .map(|c| c.weight * f64::from(c.rating.score().unwrap_or(0)))
        .sum();
    // The small allowance keeps a mean that is a half in exact arithmetic (e.g. weights
    // 0.1 and 0.2) from rounding down through binary floating point.
    let rounded = (sum / total + 0.5 + 1e-9).floor().clamp(1.0, 5.0) as u8;
    let rating = Rating::from_score(rounded).unwrap_or(Rating::Limited);
    (
        rating,
        Step::Mean {
            sum,
            total,
            rounded,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use Rating::*;

    fn inputs(ratings: &[(Rating, bool)]) -> Vec<Input> {
        ratings
            .iter()
            .map(|&(rating, primary)| Input {
                rating,
                primary,
                weight: 1.0,
            })
            .collect()
    }

    fn g(ratings: &[(Rating, bool)]) -> Rating {
        aggregate(&inputs(ratings), Aggregation::Guideline)
    }

    #[test]
    fn guideline_all_met_with_two_thirds_exceeded_is_exceeded() {
        // 2 of 3 exceeded: 3*2 = 6 >= 2*3 = 6 → exceeded.
        assert_eq!(
            g(&[(Exceeded, false), (Exceeded, false), (Met, false)]),
            Exceeded
        );
        // 1 of 2 exceeded: 3*1 = 3 < 2*2 = 4 → met.
        assert_eq!(g(&[(Exceeded, false), (Met, false)]), Met);
    }

    #[test]
    fn guideline_two_thirds_counts_primaries_only() {
        // P = {the primary exceeded}: 1 of 1 → exceeded, though 1 of 3 overall.
        assert_eq!(g(&[(Exceeded, true), (Met, false), (Met, false)]), Exceeded);
        // P = {the primary met}: 0 of 1 → met, though 2 of 3 overall exceeded.
        assert_eq!(g(&[(Met, true), (Exceeded, false), (Exceeded, false)]), Met);
    }

    #[test]
    fn guideline_not_progressing_in_p_wins_over_progress() {
        assert_eq!(g(&[(Met, false), (NotProgressing, false)]), NotProgressing);
        // A non-primary not_progressing does not: P = {met, progressing} → progressing.
        assert_eq!(
            g(&[(Met, true), (Progressing, true), (NotProgressing, false)]),
            Progressing
        );
    }

    #[test]
    fn guideline_limited_when_p_is_not_all_at_least_progressing() {
        assert_eq!(g(&[(Met, false), (Limited, false)]), Limited);
        // Rule 1 needs every indicator met: a non-primary limited stops it; P all met → progressing.
        assert_eq!(g(&[(Met, true), (Limited, false)]), Progressing);
    }

    #[test]
    fn children_without_data_are_left_out() {
        assert_eq!(g(&[(Met, false), (NoData, true)]), Met);
        assert_eq!(g(&[(NoData, false), (NotRated, false)]), NoData);
        assert_eq!(g(&[(NotRated, false)]), NotRated);
        assert_eq!(g(&[]), NotRated);
    }

    #[test]
    fn mean_rounds_half_up() {
        let m = |r: &[(Rating, f64)]| {
            let v: Vec<Input> = r
                .iter()
                .map(|&(rating, weight)| Input {
                    rating,
                    primary: false,
                    weight,
                })
                .collect();
            aggregate(&v, Aggregation::Mean)
        };
        // (5 + 4) / 2 = 4.5 → 5.
        assert_eq!(m(&[(Exceeded, 1.0), (Met, 1.0)]), Exceeded);
        // (4 + 3) / 2 = 3.5 → 4.
        assert_eq!(m(&[(Met, 1.0), (Progressing, 1.0)]), Met);
        // (4 + 3 + 3) / 3 = 3.33 → 3.
        assert_eq!(
            m(&[(Met, 1.0), (Progressing, 1.0), (Progressing, 1.0)]),
            Progressing
        );
        // Weighted: (0.1*5 + 0.3*4... ) here 0.1*2 + 0.1*1 = 0.3 / 0.2 = 1.5 → 2, despite 0.1 in binary.
        assert_eq!(m(&[(Limited, 0.1), (NotProgressing, 0.1)]), Limited);
        // (1*5 + 3*1) / 4 = 2 → limited.
        assert_eq!(m(&[(Exceeded, 1.0), (NotProgressing, 3.0)]), Limited);
    }
}
