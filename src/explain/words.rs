//! The words and numbers of an explanation: a number rounded for people, and the names of
//! a rubric's settings.

use crate::rubric::{Direction, Growth, PathKind};

/// A number for a person: at most four decimals, no trailing zeros, no `-0`.
pub fn num(x: f64) -> String {
    if !x.is_finite() {
        return format!("{x}");
    }
    crate::values::show::rounded(x, 4)
}

pub(super) fn direction_words(direction: Option<Direction>) -> &'static str {
    match direction {
        Some(Direction::AtLeast) => "higher is better (direction = \"at_least\")",
        Some(Direction::AtMost) => "lower is better (direction = \"at_most\")",
        Some(Direction::Within) => "inside the band (direction = \"within\")",
        None => "no direction",
    }
}

pub(super) fn path_name(p: PathKind) -> &'static str {
    match p {
        PathKind::Linear => "linear",
        PathKind::Geometric => "geometric",
    }
}

pub(super) fn growth_name(g: Growth) -> &'static str {
    match g {
        Growth::Linear => "linear",
        Growth::Compound => "compound",
    }
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
