//! Exit statuses, in one place (SPEC §4).

/// Success.
pub const OK: u8 = 0;
/// `check` found a regression, or a rating under `--fail-under`.
pub const REGRESSION: u8 = 1;
/// Bad usage or bad input; every message names the file and place.
pub const BAD_INPUT: u8 = 2;
