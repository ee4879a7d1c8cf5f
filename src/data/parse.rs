//! Reading the cells of a data file: years, numbers and milestone statuses as evaluators
//! type them (SPEC §2). Each parser returns what went wrong, for the caller to locate.

/// Full-width ASCII (`０`–`９`, `％`, `，`, `．`, `－` …) and the ideographic space folded
/// to their ASCII forms, so that `８５.２％` reads as `85.2%`.
pub fn fold_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            '\u{2212}' => '-', // MINUS SIGN, as some spreadsheets write negatives
            _ => c,
        })
        .collect()
}

/// A cell as quoted in messages: trimmed, cut after 40 characters.
fn quoted(cell: &str) -> String {
    format!("{:?}", shorten(cell.trim(), 40))
}

/// The first `max` characters of `s`, with `…` when cut.
pub fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_string(),
    }
}

/// A fiscal year in any form of SPEC §2: `2023`, `FY2023`, `2023年度`, `令和5年度`, `R5`,
/// `H30`, `平成30年度`, `令和元年度`, `昭和64年度`, full-width digits too.
pub fn parse_year(cell: &str) -> Result<i32, String> {
    // Most cells are four ASCII digits: they read the same without folding, and at a
    // million rows the folded copy is what costs.
    let plain = cell.trim();
    if plain.len() == 4
        && plain.bytes().all(|b| b.is_ascii_digit())
        && let Ok(y) = plain.parse()
        && (1900..=2200).contains(&y)
    {
        return Ok(y);
    }
    let folded = fold_width(cell.trim());
    let s = folded.trim();
    let s = s
        .strip_suffix("年度")
        .or_else(|| s.strip_suffix('年'))
        .unwrap_or(s)
        .trim();
    let eras: [(&str, &str, i32); 3] = [
        ("令和", "R", 2018),
        ("平成", "H", 1988),
        ("昭和", "S", 1925),
    ];
    for (name, letter, offset) in eras {
        let rest = s.strip_prefix(name).or_else(|| {
            s.strip_prefix(letter)
                .or_else(|| s.strip_prefix(&letter.to_ascii_lowercase()))
        });
        if let Some(rest) = rest {
            let rest = rest.trim();
            let n = if rest == "元" {
                1
            } else {
                small_number(rest).ok_or_else(|| expected_year(cell))?
            };
            // Years past an era's end are used (平成32年度 was written before 令和 was
            // named), so an era year is bounded only as plain years are.
            if n == 0 || !(1900..=2200).contains(&(offset + n)) {
                return Err(expected_year(cell));
            }
            return Ok(offset + n);
        }
    }
    let digits = s
        .strip_prefix("FY")
        .or_else(|| s.strip_prefix("fy"))
        .map(str::trim)
        .unwrap_or(s);
    match small_number(digits) {
        Some(y) if digits.len() == 4 && (1900..=2200).contains(&y) => Ok(y),
        _ => Err(expected_year(cell)),
    }
}

fn small_number(s: &str) -> Option<i32> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn expected_year(cell: &str) -> String {
    format!(
        "cannot read {} as a year; expected e.g. 2023, FY2023, 2023年度, 令和5年度 or R5",
        quoted(cell)
    )
}

/// A number as evaluators paste it: `1,523`, `85.2%`, `８５.２％`, `約266万`, `およそ3千`,
/// `20回` (when `回` is one of the indicator's `units`). The value is never scaled by `%`:
/// `85.2%` is 85.2, in the unit of the indicator.
pub fn parse_number(cell: &str, units: &[String]) -> Result<f64, String> {
    parse_number_in(cell, &Units::new(units))
}

/// An indicator's units as `parse_number` strips them from a value: folded to ASCII where
/// they are full-width, the longest first, so that a unit "万件" wins over "件". Prepared
/// once per indicator, not once per row.
#[derive(Debug, Clone, Default)]
pub(super) struct Units(Vec<String>);

impl Units {
    pub(super) fn new(units: &[String]) -> Units {
        let mut units: Vec<String> = units.iter().map(|u| fold_width(u.trim())).collect();
        units.sort_by_key(|u| std::cmp::Reverse(u.len()));
        Units(units)
    }

    /// `s` without the first unit it ends with.
    fn strip_from<'a>(&self, s: &'a str) -> Option<&'a str> {
        self.0
            .iter()
            .filter(|u| !u.is_empty())
            .find_map(|u| s.strip_suffix(u.as_str()))
    }
}

/// `parse_number` with the indicator's units prepared.
pub(super) fn parse_number_in(cell: &str, units: &Units) -> Result<f64, String> {
    // Most cells are plain ASCII numbers (`161`, `12.5`). Without a `%` or a unit at the
    // end, nothing below changes them before `plain_decimal`, so they skip the folded copy.
    let plain = cell.trim();
    if plain.is_ascii()
        && !plain.ends_with('%')
        && units.strip_from(plain).is_none()
        && let Some(v) = plain_decimal(plain).filter(|v| v.is_finite())
    {
        return Ok(v);
    }
    let folded = fold_width(cell.trim());
    let mut s = folded.trim();
    for prefix in ["約", "およそ"] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest.trim_start();
            break;
        }
    }
    if let Some(rest) = units.strip_from(s) {
        s = rest.trim_end();
    }
    if let Some(rest) = s.strip_suffix('%') {
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
    let n = plain_decimal(s).ok_or_else(|| {
        let unit_hint = if units.0.is_empty() {
            String::new()
        } else {
            format!(", optionally followed by the unit {}", units.0.join(" or "))
        };
        format!(
            "cannot read {} as a number; expected e.g. 1,523, 85.2%, 約266万{unit_hint}",
            quoted(cell)
        )
    })?;
    let v = n * multiplier;
    if v.is_finite() {
        Ok(v)
    } else {
        Err(format!(
            "{} is too large a number; check the figure",
            quoted(cell)
        ))
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
        let grouped_ok = !groups[0].is_empty()
            && groups[0].len() <= 3
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

/// A milestone's status (SPEC §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MilestoneStatus {
    Achieved,
    InProgress,
    NotStarted,
}

impl MilestoneStatus {
    pub fn id(self) -> &'static str {
        match self {
            MilestoneStatus::Achieved => "achieved",
            MilestoneStatus::InProgress => "in_progress",
            MilestoneStatus::NotStarted => "not_started",
        }
    }
}

pub fn parse_milestone(cell: &str) -> Result<MilestoneStatus, String> {
    // The ids themselves, as a program writes them, need no folded, lower-cased copy.
    match cell.trim() {
        "achieved" => return Ok(MilestoneStatus::Achieved),
        "in_progress" => return Ok(MilestoneStatus::InProgress),
        "not_started" => return Ok(MilestoneStatus::NotStarted),
        _ => {}
    }
    let folded = fold_width(cell.trim());
    let s = folded.trim().to_ascii_lowercase();
    match s.as_str() {
        "achieved" | "達成" | "済" | "done" | "yes" | "true" => Ok(MilestoneStatus::Achieved),
        "in_progress" | "実施中" | "進行中" | "partial" => Ok(MilestoneStatus::InProgress),
        "not_started" | "未着手" | "未達成" | "no" | "false" => {
            Ok(MilestoneStatus::NotStarted)
        }
        _ => Err(format!(
            "cannot read {} as a milestone status; expected achieved (達成), in_progress (実施中) or not_started (未着手)",
            quoted(cell)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_in_every_form_of_the_spec() {
        for (cell, year) in [
            ("2023", 2023),
            ("FY2023", 2023),
            ("2023年度", 2023),
            ("令和5年度", 2023), // 2018 + 5
            ("令和５年度", 2023),
            ("令和元年度", 2019), // 2018 + 1
            ("R5", 2023),
            ("H30", 2018), // 1988 + 30
            ("平成30年度", 2018),
            ("昭和64年度", 1989), // 1925 + 64
            ("２０２３", 2023),
            ("平成32年度", 2020), // written before the era changed
            ("ＦＹ２０２３", 2023),
            ("R05", 2023),
            (" FY 2021 ", 2021),
        ] {
            assert_eq!(parse_year(cell), Ok(year), "{cell}");
        }
        for bad in [
            "",
            "23",
            "20233",
            "令和",
            "R0",
            "FY",
            "2023-24",
            "abc",
            "1e3",
            "令和999年度",
            "2023.5",
        ] {
            assert!(parse_year(bad).is_err(), "{bad} should not parse");
        }
    }

    #[test]
    fn numbers_in_every_form_of_the_spec() {
        let units = vec!["件".to_string()];
        for (cell, value) in [
            ("1,523", 1523.0),
            ("85.2%", 85.2),
            ("85.2％", 85.2),
            ("８５.２％", 85.2),
            ("約266万", 2_660_000.0),
            ("約266万件", 2_660_000.0),
            ("およそ3千", 3000.0),
            ("1.5億", 150_000_000.0),
            ("20件", 20.0),
            ("-3", -3.0),
            ("0", 0.0),
            ("10.37%", 10.37),
        ] {
            assert_eq!(parse_number(cell, &units), Ok(value), "{cell}");
        }
        for bad in [
            "", "abc", "1,2,3", "12,34", "1e400", "inf", "NaN", "20回", "1..2", ".",
        ] {
            assert!(parse_number(bad, &units).is_err(), "{bad} should not parse");
        }
    }

    #[test]
    fn messages_quote_at_most_forty_characters_of_the_cell() {
        let long = "9".repeat(500);
        let e = parse_number(&long, &[]).unwrap_err();
        assert!(e.len() < 200, "{e}");
        assert!(e.contains("…"), "{e}");
        assert_eq!(shorten("令和五年度", 2), "令和…");
        assert_eq!(shorten("abc", 3), "abc");
    }

    #[test]
    fn milestone_statuses_and_their_aliases() {
        assert_eq!(parse_milestone("達成"), Ok(MilestoneStatus::Achieved));
        assert_eq!(parse_milestone("Done"), Ok(MilestoneStatus::Achieved));
        assert_eq!(parse_milestone("進行中"), Ok(MilestoneStatus::InProgress));
        assert_eq!(parse_milestone("未達成"), Ok(MilestoneStatus::NotStarted));
        assert!(parse_milestone("maybe").is_err());
    }
}
