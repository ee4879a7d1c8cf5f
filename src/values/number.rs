//! Numbers as evaluators paste them into a value cell (SPEC §2): `1,523`, `85.2%`, `約266万`,
//! `△5`, with the indicator's units; bounded by `MAX_VALUE`. Each error says what is wrong
//! and, where the cell tells, how to fix it.

use super::text::{fold_width, quoted, with_list};
use crate::lang::{Message, msg};

/// The largest absolute value a cell may hold (SPEC §2): well beyond any count or sum of
/// money in an evaluation, and small enough that every integer up to it is exact in an `f64`.
pub const MAX_VALUE: f64 = 1e15;

/// A value cell that cannot be read: what is wrong, and how to fix it where the cell says
/// enough to tell.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberError {
    pub message: Message,
    pub help: Option<Message>,
}

impl NumberError {
    fn new(message: Message, help: Message) -> NumberError {
        NumberError {
            message,
            help: Some(help),
        }
    }
}

/// A number as evaluators paste it: `1,523`, `85.2%`, `８５.２％`, `約266万`, `およそ3千`,
/// `△5` (−5), `20回` (when `回` is one of the indicator's `units`; `%` likewise). The value
/// is never scaled by `%`: `85.2%` is 85.2, in the unit of the indicator.
pub fn parse(cell: &str, units: &[String]) -> Result<f64, NumberError> {
    parse_in(cell, &Units::new(units))
}

/// An indicator's units as `parse` strips them from a value: folded to ASCII where
/// they are full-width, the longest first, so that a unit "万件" wins over "件". Prepared
/// once per indicator, not once per row.
#[derive(Debug, Clone, Default)]
pub struct Units(Vec<String>);

impl Units {
    pub fn new(units: &[String]) -> Units {
        let mut units: Vec<String> = units.iter().map(|u| fold_width(u.trim())).collect();
        units.retain(|u| !u.is_empty());
        units.sort_by_key(|u| std::cmp::Reverse(u.len()));
        Units(units)
    }

    /// `s` without the first unit it ends with.
    fn strip_from<'a>(&self, s: &'a str) -> Option<&'a str> {
        self.0.iter().find_map(|u| s.strip_suffix(u.as_str()))
    }

    /// Whether a value may be written with `%` (or a number cell formatted as a percentage):
    /// only when `%` is the indicator's unit (SPEC §2).
    pub fn percent(&self) -> bool {
        self.0.iter().any(|u| u == "%")
    }

    /// `message` with the units as its argument `units`, as messages list them: `人 or 名`.
    /// None when there are none.
    fn listed(&self, message: Message) -> Option<Message> {
        let link = |unit: &str| msg!("values-units-or", unit = unit);
        (!self.0.is_empty()).then(|| with_list(message, "units", &self.0, &link))
    }
}

/// `parse` with the indicator's units prepared.
pub fn parse_in(cell: &str, units: &Units) -> Result<f64, NumberError> {
    // Most cells are plain ASCII numbers (`161`, `12.5`). Without a `%` or a unit at the
    // end, nothing below changes them before `plain_decimal`, so they skip the folded copy.
    let plain = cell.trim();
    if plain.is_ascii()
        && !plain.ends_with('%')
        && units.strip_from(plain).is_none()
        && let Some(v) = plain_decimal(plain)
    {
        return within_bounds(v, cell);
    }
    let folded = fold_width(cell.trim());
    let mut s = folded.trim();
    // △5 and ▲5 are −5, as Japanese accounts and white papers write negatives. The sign
    // comes first and once: `△-5` and `△△5` are refused by `plain_decimal` below.
    let mut negative = false;
    if let Some(rest) = s.strip_prefix(SIGNS) {
        s = rest.trim_start();
        negative = true;
        if s.starts_with(['-', '+']) {
            return Err(unreadable(cell, units));
        }
    }
    for prefix in ["約", "およそ"] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest.trim_start();
            break;
        }
    }
    if let Some(rest) = units.strip_from(s) {
        s = rest.trim_end();
    }
    let mut multiplier = 1.0;
    for (suffix, m) in [("千", 1e3), ("万", 1e4), ("億", 1e8)] {
        if let Some(rest) = s.strip_suffix(suffix) {
            s = rest.trim_end();
            multiplier = m;
            break;
        }
    }
    let Some(n) = plain_decimal(s) else {
        return Err(not_a_number(cell, s, units));
    };
    let v = if negative { -n } else { n } * multiplier;
    within_bounds(v, cell)
}

/// `v` read from `cell`, when it is finite and at most `MAX_VALUE` in absolute value.
pub fn within_bounds(v: f64, cell: &str) -> Result<f64, NumberError> {
    if v.is_nan() {
        Err(not_finite(cell))
    } else if v.abs() > MAX_VALUE {
        // Infinite too: digits past f64's range are a figure, only far too large.
        Err(too_large(cell))
    } else {
        // −0 (from `-0` or `△0`) is 0: nothing has no sign.
        Ok(v + 0.0)
    }
}

/// One unit of the last digit a number cell prints, in the value's own scale: 1 for `50`,
/// 0.01 for `50.52`, 10,000 for `約266万`. A figure written with fewer digits is a rounding of
/// one computed, within this much of it.
pub fn last_digit_unit(cell: &str) -> f64 {
    let folded = fold_width(cell.trim());
    let decimals = folded.split_once('.').map_or(0, |(_, frac)| {
        frac.bytes().take_while(u8::is_ascii_digit).count().min(20)
    });
    let multiplier = [("億", 1e8), ("万", 1e4), ("千", 1e3)]
        .into_iter()
        .find(|(m, _)| folded.contains(m))
        .map_or(1.0, |(_, m)| m);
    multiplier * 10f64.powi(-(decimals as i32))
}

fn not_finite(cell: &str) -> NumberError {
    NumberError::new(
        msg!("values-not-finite", cell = quoted(cell)),
        msg!("values-not-finite-help"),
    )
}

fn too_large(cell: &str) -> NumberError {
    NumberError::new(
        msg!("values-too-large", cell = quoted(cell)),
        msg!("values-too-large-help"),
    )
}

/// Why `s`, what is left of `cell` once its sign, `約`, unit and multiplier are taken off, is
/// not a number: one message for each way a figure goes wrong, else what is expected.
fn not_a_number(cell: &str, s: &str, units: &Units) -> NumberError {
    let bare = s.trim_start_matches(['-', '+']);
    if ["inf", "infinity", "nan", "∞"]
        .iter()
        .any(|w| bare.eq_ignore_ascii_case(w))
    {
        return not_finite(cell);
    }
    // `1e5`, `2.5E+06`: what a program writes, never an evaluator. `1e400` is too large
    // rather than infinite: it is a figure, only a wrong one.
    if bare.starts_with(|c: char| c.is_ascii_digit())
        && bare.contains(['e', 'E'])
        && let Ok(v) = s.parse::<f64>()
    {
        if !v.is_finite() || v.abs() > MAX_VALUE {
            return too_large(cell);
        }
        return NumberError::new(
            msg!("values-exponent", cell = quoted(cell)),
            msg!("values-exponent-help", digits = v + 0.0),
        );
    }
    // A figure followed by a unit that is not the indicator's: `50%` for a count of 人,
    // `20回` for a rate in %.
    if let Some((number, unit)) = split_unit(s)
        && unit.chars().count() <= 8
        && !unit.contains(SIGNS)
        && plain_decimal(number).is_some()
        && units.strip_from(unit).is_none()
    {
        return wrong_unit(cell, unit, units);
    }
    unreadable(cell, units)
}

/// The error for `cell`, a figure in `unit`, when `unit` is none of the indicator's.
pub fn wrong_unit(cell: &str, unit: &str, units: &Units) -> NumberError {
    let cell = quoted(cell);
    let (message, help) = if unit == "%" {
        match units.listed(msg!("values-percent-other-unit", cell = cell)) {
            Some(m) => (m, units.listed(msg!("values-percent-other-unit-help"))),
            None => (
                msg!("values-percent-no-unit", cell = cell),
                Some(msg!("values-percent-no-unit-help")),
            ),
        }
    } else {
        match units.listed(msg!("values-unit-other-unit", cell = cell, unit = unit)) {
            Some(m) => (
                m,
                units.listed(msg!("values-unit-other-unit-help", unit = unit)),
            ),
            None => (
                msg!("values-unit-no-unit", cell = cell, unit = unit),
                Some(msg!("values-unit-no-unit-help", unit = unit)),
            ),
        }
    };
    NumberError { message, help }
}

/// `s` split before the text that ends it, without the multiplier between: `50人` is
/// (`50`, `人`), `8万人` is (`8`, `人`). None when `s` ends in a digit or a multiplier.
fn split_unit(s: &str) -> Option<(&str, &str)> {
    let at = s
        .char_indices()
        .rev()
        .take_while(|(_, c)| !c.is_ascii_digit())
        .last()
        .map(|(i, _)| i)?;
    let (number, unit) = s.split_at(at);
    let unit = unit.trim();
    // A multiplier left over is not a unit: `5万億` has one multiplier too many.
    let unit = unit
        .strip_prefix(['千', '万', '億'])
        .map_or(unit, str::trim_start);
    (!unit.is_empty()).then_some((number.trim_end(), unit))
}

/// The signs of a Japanese negative number: △5 and ▲5 are −5.
const SIGNS: [char; 2] = ['△', '▲'];

/// The generic message: the cell, and the forms a value takes for this indicator.
fn unreadable(cell: &str, units: &Units) -> NumberError {
    let percent = if units.percent() { "yes" } else { "no" };
    let message = units
        .listed(msg!(
            "values-unreadable-units",
            cell = quoted(cell),
            percent = percent
        ))
        .unwrap_or_else(|| msg!("values-unreadable", cell = quoted(cell)));
    NumberError {
        message,
        help: cell.contains(SIGNS).then(|| msg!("values-sign-help")),
    }
}

/// `-1,234.5`: an optional sign, digits with thousands separators in the right places, an
/// optional decimal part. No exponent, no `inf`/`NaN`: spreadsheets do not produce them for
/// counts, and accepting them would hide a broken export.
fn plain_decimal(s: &str) -> Option<f64> {
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    if int.is_empty()
        || frac.is_some_and(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let v: f64 = if int.contains(',') {
        let groups: Vec<&str> = int.split(',').collect();
        // The first group is 1 to 3 digits and not a zero: `0,123` and `01,234` are not
        // thousands but a decimal comma or a code, and reading them as 123 and 1234 would
        // be a silent misreading.
        let grouped_ok = !groups[0].is_empty()
            && groups[0].len() <= 3
            && !groups[0].starts_with('0')
            && groups[1..].iter().all(|g| g.len() == 3);
        if !grouped_ok || !groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit())) {
            return None;
        }
        let mut text = groups.concat();
        if let Some(f) = frac {
            text.push('.');
            text.push_str(f);
        }
        text.parse().ok()?
    } else {
        // Without separators the body is already the text to parse: no copy.
        if !int.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        body.parse().ok()?
    };
    Some(if negative { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_every_form_of_the_spec() {
        let units = vec!["件".to_string()];
        let percent = vec!["%".to_string()];
        for (cell, value) in [
            ("1,523", 1523.0),
            ("約266万", 2_660_000.0),
            ("約266万件", 2_660_000.0),
            ("およそ3千", 3000.0),
            ("1.5億", 150_000_000.0),
            ("20件", 20.0),
            ("-3", -3.0),
            ("0", 0.0),
            ("999,999,999,999,999", 999_999_999_999_999.0),
            ("1,000,000,000,000,000", 1e15), // the bound itself
            ("10000000億", 1e15),            // 10,000,000 × 10^8
        ] {
            assert_eq!(parse(cell, &units), Ok(value), "{cell}");
        }
        for (cell, value) in [
            ("85.2%", 85.2),
            ("85.2％", 85.2),
            ("８５.２％", 85.2),
            ("85.2 %", 85.2),
            ("10.37%", 10.37),
            ("85.2", 85.2),
        ] {
            assert_eq!(parse(cell, &percent), Ok(value), "{cell}");
        }
        for bad in [
            "", "abc", "1,2,3", "12,34", "1,23", "1e400", "inf", "NaN", "20回", "1..2", ".",
        ] {
            assert!(parse(bad, &units).is_err(), "{bad} should not parse");
        }
    }

    #[test]
    fn percent_only_for_an_indicator_in_percent() {
        let people = vec!["人".to_string()];
        for cell in ["50%", "50％", "５０％", "約50%", "50 %"] {
            let e = parse(cell, &people).unwrap_err();
            assert!(
                e.message
                    .to_string()
                    .contains("is a percentage, but the unit of this indicator is 人"),
                "{cell}: {}",
                e.message
            );
            assert!(e.help.unwrap().to_string().contains("unit = \"%\""));
        }
        // An indicator without a unit takes no unit at all.
        let e = parse("50%", &[]).unwrap_err();
        assert!(
            e.message.to_string().contains("this indicator has no unit"),
            "{}",
            e.message
        );
        // And a rate in % takes no other unit.
        let percent = vec!["％".to_string()];
        for (cell, unit) in [("50人", "人"), ("8万人", "人"), ("８５．２点", "点")] {
            let e = parse(cell, &percent).unwrap_err();
            assert_eq!(
                e.message.to_string(),
                format!(
                    "{:?} is in {unit}, but the unit of this indicator is %",
                    cell
                ),
            );
        }
        // Units of the same id in several rubrics are all accepted.
        let both = vec!["人".to_string(), "%".to_string()];
        assert_eq!(parse("50%", &both), Ok(50.0));
        assert_eq!(parse("50人", &both), Ok(50.0));
        // A unit given twice is not taken for a wrong one.
        let e = parse("50%%", &percent).unwrap_err();
        assert!(
            e.message.to_string().starts_with("cannot read"),
            "{}",
            e.message
        );
        // Nor is a multiplier too many.
        let e = parse("5万億", &percent).unwrap_err();
        assert!(
            e.message.to_string().starts_with("cannot read"),
            "{}",
            e.message
        );
    }

    #[test]
    fn the_units_of_an_indicator_are_listed_in_the_language_shown() {
        use crate::lang::Lang;
        let units = ["人", "名", "件"].map(String::from);
        let e = parse("50回", &units[..2]).unwrap_err();
        assert_eq!(
            e.message.render(Lang::En),
            "\"50回\" is in 回, but the unit of this indicator is 人 or 名"
        );
        assert_eq!(
            e.message.render(Lang::Ja),
            "\"50回\" の単位は 回 ですが、この指標の単位は 人 または 名 です"
        );
        let e = parse("50%", &units).unwrap_err();
        assert_eq!(
            e.help.unwrap().render(Lang::Ja),
            "割合ではなく 人 または 名 または 件 の数そのものを書いてください。割合の指標は unit = \"%\" の指標です"
        );
        let e = parse("about 50", &units[..1]).unwrap_err();
        assert_eq!(
            e.message.render(Lang::Ja),
            "\"about 50\" を数として読めません。1,523、約266万 のように書いてください（後に単位 人 を付けてもかまいません）"
        );
    }

    #[test]
    fn a_value_is_finite_and_at_most_ten_to_the_fifteenth() {
        for big in [
            "1,000,000,000,000,001",
            "-1000000000000001",
            "10000001億", // 1.0000001 × 10^15
            "△1,000,000,000,000,001",
            "1e400",
            "1e16",
        ] {
            let e = parse(big, &[]).unwrap_err();
            assert!(
                e.message
                    .to_string()
                    .ends_with("is too large: a value is at most 10^15 in absolute value"),
                "{big}: {}",
                e.message
            );
        }
        let long = format!("1{}", "0".repeat(400));
        assert!(
            parse(&long, &[])
                .unwrap_err()
                .message
                .to_string()
                .contains("too large")
        );
        for not_finite in ["inf", "-inf", "NaN", "nan", "Infinity", "-∞", "∞"] {
            let e = parse(not_finite, &[]).unwrap_err();
            assert!(
                e.message.to_string().ends_with("is not a finite number"),
                "{not_finite}: {}",
                e.message
            );
        }
        // A figure in exponent notation is refused with the digits to write instead.
        let e = parse("1.5e3", &[]).unwrap_err();
        assert!(
            e.message.to_string().contains("exponent notation"),
            "{}",
            e.message
        );
        assert_eq!(
            e.help.as_ref().map(ToString::to_string).as_deref(),
            Some("write the figure in digits: 1500")
        );
        // Each bad cell gets one message; within_bounds checks numbers from workbooks alike.
        assert!(within_bounds(f64::NAN, "NaN").is_err());
        assert!(within_bounds(f64::INFINITY, "inf").is_err());
        assert!(within_bounds(-1.5e15, "-1.5e15").is_err());
        assert_eq!(within_bounds(-1e15, "x"), Ok(-1e15));
    }

    #[test]
    fn japanese_negatives_with_a_triangle() {
        let people = vec!["人".to_string()];
        for (cell, value) in [
            ("△5", -5.0),
            ("▲5", -5.0),
            ("△5人", -5.0),
            ("▲1,234", -1234.0),
            ("△５", -5.0),
            ("▲１，２３４．５", -1234.5),
            ("△ 5", -5.0),
            ("△約3万人", -30_000.0),
            ("△0", 0.0),
        ] {
            assert_eq!(parse(cell, &people), Ok(value), "{cell}");
        }
        // −0 is 0, with no sign to print.
        assert!(parse("△0", &[]).unwrap().is_sign_positive());
        assert!(parse("-0", &[]).unwrap().is_sign_positive());
        for bad in ["△", "▲", "△△5", "△▲5", "△-5", "▲+5", "△人", "5△"] {
            assert!(parse(bad, &people).is_err(), "{bad} should not parse");
        }
    }

    #[test]
    fn a_thousands_group_is_three_digits_after_a_leading_one_of_one_to_three() {
        for (cell, value) in [("1,234", 1234.0), ("12,345.6", 12345.6), ("100,000", 1e5)] {
            assert_eq!(parse(cell, &[]), Ok(value), "{cell}");
        }
        // `0,123` is a decimal comma (0.123) or a code, not 123; `1,23` and `1,2345` are
        // not thousands.
        for bad in [
            "0,123", "00,123", "01,234", "1,23", "1,2345", ",123", "1,", "1,,234",
        ] {
            assert!(parse(bad, &[]).is_err(), "{bad} should not parse");
        }
    }

    #[test]
    fn messages_quote_at_most_forty_characters_of_the_cell() {
        let long = "9".repeat(500);
        let e = parse(&long, &[]).unwrap_err().message.to_string();
        assert!(e.len() < 200, "{e}");
        assert!(e.contains("…"), "{e}");
    }

    #[test]
    fn the_last_printed_digit_of_a_cell() {
        let cells = ["50", "50.52", "５０.５％", "約266万", "1.5千"];
        let units = cells.map(last_digit_unit);
        assert_eq!(units, [1.0, 0.01, 0.1, 1e4, 100.0]);
    }
}
