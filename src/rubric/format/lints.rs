//! The warnings a rubric can draw, each with its stable kebab-case code: printed with the
//! warning (`warning[baseline-meets-target]: …`), named in `[lints] allow` to silence it,
//! and listed in docs/rubric-format.md. A code, once published, is never renamed.
//!
//! The first ones are found in the rubric alone (`rubric::validate`); the last ones need the
//! data and the evaluation year, and the scorer finds them (`score`): a rubric's `allow`
//! silences both, as both are about that rubric.

/// A warning of a rubric that is legal but likely not what the author meant, alone or with
/// its data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Lint {
    /// A goal with no indicator at all.
    GoalWithoutIndicator,
    /// A goal with only reference indicators.
    GoalWithoutRatedIndicator,
    /// A field with no goal.
    FieldWithoutGoal,
    /// A `weight` under `aggregation = "guideline"`, which ignores weights.
    WeightIgnored,
    /// `primary = true` on a reference indicator, which is never rated.
    PrimaryIgnored,
    /// A baseline that already meets its target.
    BaselineMeetsTarget,
    /// A value of a `%` indicator outside 0–100.
    PercentOutOfRange,
    /// A value of a count (人, 件, …) that is not a whole, non-negative number.
    CountNotWhole,
    /// With data: a target indicator whose `target_year` has passed with no value since.
    TargetYearPassed,
    /// With data: `--year` before or after the rubric's `period`.
    YearOutsidePeriod,
    /// With data: `--year` before every value of the rubric, or a year none of its
    /// indicators has a value for.
    YearWithoutData,
    /// With data: an accumulated indicator with a year missing, which breaks its running
    /// total.
    AccumulatedGap,
    /// With data: `growth = "compound"` over values that are not all positive, rated by the
    /// linear rule instead.
    CompoundNeedsPositive,
}

/// Every code, in the order of `Lint::ALL`: the values `[lints] allow` takes.
pub const LINT_CODES: &[&str] = &[
    "goal-without-indicator",
    "goal-without-rated-indicator",
    "field-without-goal",
    "weight-ignored",
    "primary-ignored",
    "baseline-meets-target",
    "percent-out-of-range",
    "count-not-whole",
    "target-year-passed",
    "year-outside-period",
    "year-without-data",
    "accumulated-gap",
    "compound-needs-positive",
];

impl Lint {
    pub const ALL: [Lint; 13] = [
        Lint::GoalWithoutIndicator,
        Lint::GoalWithoutRatedIndicator,
        Lint::FieldWithoutGoal,
        Lint::WeightIgnored,
        Lint::PrimaryIgnored,
        Lint::BaselineMeetsTarget,
        Lint::PercentOutOfRange,
        Lint::CountNotWhole,
        Lint::TargetYearPassed,
        Lint::YearOutsidePeriod,
        Lint::YearWithoutData,
        Lint::AccumulatedGap,
        Lint::CompoundNeedsPositive,
    ];

    /// The stable code.
    pub fn code(self) -> &'static str {
        LINT_CODES[self as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lint_has_its_own_kebab_case_code() {
        assert_eq!(Lint::ALL.len(), LINT_CODES.len());
        for (n, lint) in Lint::ALL.iter().enumerate() {
            assert_eq!(*lint as usize, n);
            let code = lint.code();
            assert!(
                code.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{code}"
            );
        }
        let mut codes = LINT_CODES.to_vec();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), LINT_CODES.len());
    }
}
