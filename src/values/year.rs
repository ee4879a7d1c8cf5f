//! Fiscal years as evaluators write them (SPEC §2), and the years polscore reads at all.

use std::ops::RangeInclusive;

use super::text::{fold_width, quoted};

/// The years a rubric or a data file may name; anything else is a typo. The one definition
/// of the range: the rubric format, the data reader and the command line all use it.
pub const RANGE: RangeInclusive<i32> = 1900..=2200;

/// A fiscal year in any form of SPEC §2: `2023`, `FY2023`, `2023年度`, `令和5年度`, `R5`,
/// `H30`, `平成30年度`, `令和元年度`, `昭和64年度`, full-width digits too.
pub fn parse(cell: &str) -> Result<i32, String> {
    // Most cells are four ASCII digits: they read the same without folding, and at a
    // million rows the folded copy is what costs.
    let plain = cell.trim();
    if plain.len() == 4
        && plain.bytes().all(|b| b.is_ascii_digit())
        && let Ok(y) = plain.parse()
        && RANGE.contains(&y)
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
    if let Some(year) = era_year(s, cell) {
        return year;
    }
    let digits = s
        .strip_prefix("FY")
        .or_else(|| s.strip_prefix("fy"))
        .map(str::trim)
        .unwrap_or(s);
    match small_number(digits) {
        Some(y) if digits.len() == 4 && RANGE.contains(&y) => Ok(y),
        _ => Err(expected(cell)),
    }
}

/// The year of `s`, the folded text of `cell` without `年度`, when it starts with an era:
/// `令和5`, `R5`, `h30`, `令和元`. `None` when it names no era.
fn era_year(s: &str, cell: &str) -> Option<Result<i32, String>> {
    let eras: [(&str, &str, i32); 3] = [
        ("令和", "R", 2018),
        ("平成", "H", 1988),
        ("昭和", "S", 1925),
    ];
    eras.into_iter().find_map(|(name, letter, offset)| {
        let rest = s.strip_prefix(name).or_else(|| {
            s.strip_prefix(letter)
                .or_else(|| s.strip_prefix(&letter.to_ascii_lowercase()))
        })?;
        let rest = rest.trim();
        let n = if rest == "元" {
            Some(1)
        } else {
            small_number(rest)
        };
        // Years past an era's end are used (平成32年度 was written before 令和 was
        // named), so an era year is bounded only as plain years are.
        Some(match n {
            Some(n) if n != 0 && RANGE.contains(&(offset + n)) => Ok(offset + n),
            _ => Err(expected(cell)),
        })
    })
}

fn small_number(s: &str) -> Option<i32> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn expected(cell: &str) -> String {
    format!(
        "cannot read {} as a year; expected e.g. 2023, FY2023, 2023年度, 令和5年度 or R5",
        quoted(cell)
    )
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
            assert_eq!(parse(cell), Ok(year), "{cell}");
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
            assert!(parse(bad).is_err(), "{bad} should not parse");
        }
    }
}
