//! Fiscal years as evaluators write them (SPEC §2), and the years polscore reads at all.

use std::ops::RangeInclusive;

use super::text::{fold_width, quoted};
use crate::lang::{Message, msg};

/// The years a rubric or a data file may name; anything else is a typo. The one definition
/// of the range: the rubric format, the data reader and the command line all use it.
pub const RANGE: RangeInclusive<i32> = 1900..=2200;

/// A fiscal year in any form of SPEC §2: `2023`, `FY2023`, `2023年度`, `令和5年度`, `R5`,
/// `H30`, `平成30年度`, `令和元年度`, `昭和64年度`, full-width digits too; and the calendar
/// forms `2023年`, `令和5年`, `CY2023`.
pub fn parse(cell: &str) -> Result<i32, Message> {
    single(cell).map(|(year, _)| year)
}

/// Which basis a year's form belongs to (SPEC §2): `2023年度` and `FY2023` are fiscal years,
/// `2023年` and `CY2023` calendar ones, `2023` and `R5` either.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Either,
    Fiscal,
    Calendar,
}

/// A year cell as written: one year, or a span of years (`2021..2023`, `令和3～5年度`),
/// and the basis its form belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    /// The span's first year; `None` for one year.
    pub first: Option<i32>,
    pub last: i32,
    pub form: Form,
}

/// A year cell as written (SPEC §2): one year in any form of `parse`, or a span of two joined
/// by `..` or `～` (`2021..2023`, `2021～2023`, `令和3～5年度`, `令和3年度～令和5年度`). The right
/// end of a span written without an era takes the left end's.
pub fn written(cell: &str) -> Result<Written, Message> {
    let folded = fold_width(cell.trim());
    let Some((left, right)) = ["..", "~", "\u{301C}"]
        .into_iter()
        .find_map(|sep| folded.split_once(sep))
    else {
        let (last, form) = single(cell)?;
        return Ok(Written {
            first: None,
            last,
            form,
        });
    };
    let (left, right) = (left.trim(), right.trim());
    let (first, left_form) = single(left).map_err(|_| span_expected(cell))?;
    let (last, right_form) = single(right)
        .or_else(|e| match era_of(left) {
            Some(era) if right.starts_with(|c: char| c.is_ascii_digit() || c == '元') => {
                single(&format!("{era}{right}"))
            }
            _ => Err(e),
        })
        .map_err(|_| span_expected(cell))?;
    if first >= last {
        return Err(msg!(
            "values-span-backward",
            cell = quoted(cell),
            first = first,
            last = last
        ));
    }
    let form = match (left_form, right_form) {
        (Form::Either, f) => f,
        (f, _) => f,
    };
    Ok(Written {
        first: Some(first),
        last,
        form,
    })
}

/// One year in any form, and the basis its form belongs to.
fn single(cell: &str) -> Result<(i32, Form), Message> {
    // Most cells are four ASCII digits: they read the same without folding, and at a
    // million rows the folded copy is what costs.
    let plain = cell.trim();
    if plain.len() == 4
        && plain.bytes().all(|b| b.is_ascii_digit())
        && let Ok(y) = plain.parse()
        && RANGE.contains(&y)
    {
        return Ok((y, Form::Either));
    }
    let folded = fold_width(cell.trim());
    let s = folded.trim();
    let (s, form) = match s.strip_suffix("年度") {
        Some(rest) => (rest, Form::Fiscal),
        None => match s.strip_suffix('年') {
            Some(rest) => (rest, Form::Calendar),
            None => (s, Form::Either),
        },
    };
    let s = s.trim();
    if let Some(year) = era_year(s, cell) {
        return year.map(|y| (y, form));
    }
    let (digits, form) = match ["FY", "fy", "CY", "cy"]
        .into_iter()
        .find_map(|p| s.strip_prefix(p).map(|rest| (rest.trim(), p)))
    {
        Some((rest, "FY" | "fy")) if form != Form::Calendar => (rest, Form::Fiscal),
        Some((rest, "CY" | "cy")) if form != Form::Fiscal => (rest, Form::Calendar),
        Some(_) => return Err(expected(cell)),
        None => (s, form),
    };
    match small_number(digits) {
        Some(y) if digits.len() == 4 && RANGE.contains(&y) => Ok((y, form)),
        _ => Err(expected(cell)),
    }
}

/// The era `s` starts with, as written (`令和`, `R`, `h`), when it starts with one.
fn era_of(s: &str) -> Option<&str> {
    ["令和", "平成", "昭和", "R", "H", "S", "r", "h", "s"]
        .into_iter()
        .find(|era| s.starts_with(era))
}

fn span_expected(cell: &str) -> Message {
    msg!("values-span-unreadable", cell = quoted(cell))
}

/// The year of `s`, the folded text of `cell` without `年度`, when it starts with an era:
/// `令和5`, `R5`, `h30`, `令和元`. `None` when it names no era.
fn era_year(s: &str, cell: &str) -> Option<Result<i32, Message>> {
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

fn expected(cell: &str) -> Message {
    msg!("values-year-unreadable", cell = quoted(cell))
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

    #[test]
    fn calendar_forms_and_the_basis_of_each_form() {
        let form = |cell| single(cell).map(|(_, f)| f);
        assert_eq!(single("2023年"), Ok((2023, Form::Calendar)));
        assert_eq!(single("令和5年"), Ok((2023, Form::Calendar)));
        assert_eq!(single("CY2023"), Ok((2023, Form::Calendar)));
        assert_eq!(single("ｃｙ２０２３"), Ok((2023, Form::Calendar)));
        assert_eq!(form("2023"), Ok(Form::Either));
        assert_eq!(form("R5"), Ok(Form::Either));
        assert_eq!(form("FY2023"), Ok(Form::Fiscal));
        assert_eq!(form("令和5年度"), Ok(Form::Fiscal));
        assert!(single("CY2023年度").is_err());
        assert!(single("FY2023年").is_err());
        assert!(single("CY").is_err());
    }

    #[test]
    fn spans_of_years_in_every_written_form() {
        let span = |cell| written(cell).map(|w| (w.first, w.last, w.form));
        assert_eq!(span("2021..2023"), Ok((Some(2021), 2023, Form::Either)));
        assert_eq!(span("2021～2023"), Ok((Some(2021), 2023, Form::Either)));
        assert_eq!(
            span("２０２１〜２０２３"),
            Ok((Some(2021), 2023, Form::Either))
        );
        assert_eq!(span("令和3～5年度"), Ok((Some(2021), 2023, Form::Fiscal)));
        assert_eq!(
            span("令和3年度～令和5年度"),
            Ok((Some(2021), 2023, Form::Fiscal))
        );
        assert_eq!(
            span("平成30～令和2年度"),
            Ok((Some(2018), 2020, Form::Fiscal))
        );
        assert_eq!(span("R3..5"), Ok((Some(2021), 2023, Form::Either)));
        assert_eq!(
            span("2021年～2023年"),
            Ok((Some(2021), 2023, Form::Calendar))
        );
        assert_eq!(span("令和5年度"), Ok((None, 2023, Form::Fiscal)));
        for bad in [
            "2023..2023",
            "2023..2021",
            "2021..",
            "..2023",
            "2021..23",
            "a～b",
            "2021...2023",
        ] {
            assert!(written(bad).is_err(), "{bad} should not read");
        }
        assert!(
            written("2023..2021")
                .unwrap_err()
                .to_string()
                .contains("does not run forward")
        );
    }
}
