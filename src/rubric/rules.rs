//! Rules of a target that the rubric's warnings and the scorer both apply, kept here so that
//! the two cannot disagree: whether a value meets a target, up to the slack that binary
//! floating point needs.

use super::{Direction, Target};

/// How far below a threshold a computed number may fall and still reach it. Figures are
/// decimals, and binary floating point turns some exact results into a near miss:
/// 107.8 / 98 is 1.1 in decimal but 1.0999999999999999 in binary, and an evaluator who set
/// `exceeded = 1.1` expects it to count. Far below any difference in real data.
pub const TOLERANCE: f64 = 1e-9;

/// `x >= threshold`, up to `TOLERANCE` relative to the threshold's size.
pub fn reaches(x: f64, threshold: f64) -> bool {
    x >= threshold - TOLERANCE * threshold.abs().max(1.0)
}

/// Whether `v` meets `target` in the indicator's direction (within `TOLERANCE`). For
/// `Within`, `target` is read as the one-point band `[target, target]` (`in_band` takes
/// both ends).
pub fn meets(v: f64, target: f64, direction: Direction) -> bool {
    match direction {
        Direction::AtLeast => reaches(v, target),
        Direction::AtMost => reaches(-v, -target),
        Direction::Within => in_band(v, target, target),
    }
}

/// Whether `v` lies in the band `[low, high]` (within `TOLERANCE` at each end).
pub fn in_band(v: f64, low: f64, high: f64) -> bool {
    reaches(v, low) && reaches(-v, -high)
}

impl Target {
    /// Whether the baseline already meets the target: the scorer then leaves the baseline
    /// out of the achievement ratio (SPEC §3.1 step 2), and the rubric warns.
    pub fn baseline_meets_target(&self) -> bool {
        self.baseline
            .is_some_and(|b| meets(b.value, self.target, self.direction))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::{Baseline, PathKind};

    fn target(baseline: f64, target: f64, direction: Direction) -> Target {
        Target {
            direction,
            target,
            target_year: None,
            schedule: Default::default(),
            band: None,
            baseline: Some(Baseline {
                year: 2020,
                value: baseline,
            }),
            path: PathKind::Linear,
            accumulate: false,
        }
    }

    #[test]
    fn a_near_miss_of_binary_arithmetic_meets_the_target() {
        // 0.7 + 0.1 is 0.7999999999999999 in binary: it meets a target of 0.8.
        assert!(meets(0.7 + 0.1, 0.8, Direction::AtLeast));
        assert!(!meets(0.79, 0.8, Direction::AtLeast));
        assert!(meets(0.8, 0.7 + 0.1, Direction::AtMost));
    }

    #[test]
    fn the_baseline_rule_is_the_scorers_rule() {
        assert!(target(0.7 + 0.1, 0.8, Direction::AtLeast).baseline_meets_target());
        assert!(!target(0.79, 0.8, Direction::AtLeast).baseline_meets_target());
        assert!(target(5.0, 10.0, Direction::AtMost).baseline_meets_target());
        assert!(!target(11.0, 10.0, Direction::AtMost).baseline_meets_target());
    }

    /// The warning and the scorer agree: a baseline the scorer treats as meeting its target
    /// (and so leaves out of the ratio) is one the rubric warns about.
    #[test]
    fn a_baseline_within_the_tolerance_is_warned_about() {
        let text = r#"schema = 1
[policy]
id = "p"
title = "t"
[[field]]
id = "f"
title = "t"
[[field.goal]]
id = "g"
text = "t"
[[field.goal.indicator]]
id = "i"
name = "n"
kind = "target"
target = 0.8
baseline = { year = 2020, value = 0.7999999999999999 }
"#;
        let (_, warnings) = crate::rubric::parse("r.toml", text).unwrap();
        assert!(
            warnings
                .iter()
                .any(|w| w.message.to_string().contains("already meets its target")),
            "{warnings:?}"
        );
    }
}
