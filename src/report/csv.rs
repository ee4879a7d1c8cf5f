//! The CSV report, for spreadsheets: one row per policy, field, goal and indicator, in the
//! rubric's order (a parent before its children), told apart by the `level` column, so that
//! the headline ratings reach a spreadsheet as well as the indicators'. Columns that do not
//! apply to a level are empty; the `year` of a policy, field or goal is the year of
//! evaluation.
//!
//! - UTF-8 with a byte order mark, because Excel (the spreadsheet of most evaluators) reads a
//!   CSV without one in the local code page and garbles Japanese; LF line ends; RFC 4180
//!   quoting.
//! - Numbers keep full precision, as in the JSON report, with no thousands separators and the
//!   unit in its own column: spreadsheets do their own rounding. `achievement` is the ratio
//!   (1 = 100%).
//! - Headers, names, kinds and labels follow `--lang`; `rating_id` keeps the stable rating
//!   id for filtering and sorting whatever the language or the rubric's `[labels]`.
//! - Every cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return and is not a
//!   number (an id, a name, a unit, a label, a note: anything) is prefixed with `'`, so that
//!   a spreadsheet never runs it as a formula; `-0.5` stays a number.
//! - Control characters of the inputs are escaped (`\u{1b}`) as in every format for people;
//!   line breaks in a note are kept, in a quoted field.

use crate::rating::Lang;
use crate::rating::Rating;
use crate::report::human;
use crate::report::json::{IndicatorReport, JsonValue, Report, RubricReport};
use crate::rubric::YearBasis;
use crate::values::show::plain;

pub const BOM: &str = "\u{feff}";

const HEADER_JA: [&str; 30] = [
    "階層",
    "施策ID",
    "施策",
    "分野ID",
    "分野",
    "目標ID",
    "目標",
    "指標ID",
    "指標名",
    "区分",
    "単位",
    "年度",
    "実績値",
    "目標値",
    "目標年度",
    "当該年度の目標値",
    "達成率",
    "評価",
    "評価ID",
    "見通し",
    "傾向",
    "評価年度前の値",
    "速報値",
    "備考",
    "分子",
    "分母",
    "合計の初年",
    "合計の終年",
    "年の数え方",
    "目安の達成",
];

const HEADER_EN: [&str; 30] = [
    "level",
    "policy_id",
    "policy",
    "field_id",
    "field",
    "goal_id",
    "goal",
    "indicator_id",
    "indicator",
    "kind",
    "unit",
    "year",
    "value",
    "target",
    "target_year",
    "target_for_year",
    "achievement",
    "rating",
    "rating_id",
    "outlook",
    "trend",
    "stale",
    "provisional",
    "note",
    "numerator",
    "denominator",
    "span_first",
    "span_last",
    "year_basis",
    "meets_target",
];

/// Where columns start: `kind` (after the level, and the id and name of each of the four
/// levels), `year`, and `rating`.
const KIND: usize = 9;
const YEAR: usize = 11;
const RATING: usize = 17;

pub fn render(report: &Report, lang: Lang) -> String {
    let mut out = String::from(BOM);
    let header = match lang {
        Lang::Ja => HEADER_JA,
        Lang::En => HEADER_EN,
    };
    line(&mut out, header.iter().map(|h| h.to_string()));
    for r in &report.rubrics {
        let policy = [
            r.id.to_string(),
            human::pick(&r.title, r.title_en.as_deref(), lang).to_string(),
        ];
        line(&mut out, above("policy", r, &policy, lang, r.rating));
        for f in &r.fields {
            let field = [
                f.id.to_string(),
                human::pick(&f.title, f.title_en.as_deref(), lang).to_string(),
            ];
            let ids = [&policy[..], &field[..]].concat();
            line(&mut out, above("field", r, &ids, lang, f.rating));
            for g in &f.goals {
                let goal = [
                    g.id.to_string(),
                    human::pick(&g.text, g.text_en.as_deref(), lang).to_string(),
                ];
                let ids = [&policy[..], &field[..], &goal[..]].concat();
                line(&mut out, above("goal", r, &ids, lang, g.rating));
                for ind in &g.indicators {
                    let cells = ["indicator".to_string()]
                        .into_iter()
                        .chain(ids.iter().cloned())
                        .chain(indicator(r, ind, lang));
                    line(&mut out, cells);
                }
            }
        }
    }
    out
}

/// The row of a policy, field or goal: its level, the ids and names down to it (`ids`),
/// then empty cells down to the year of evaluation (`as_of`) and the rating.
fn above(
    level: &str,
    r: &RubricReport,
    ids: &[String],
    lang: Lang,
    rating: Rating,
) -> impl Iterator<Item = String> {
    let mut cells = vec![level.to_string()];
    cells.extend(ids.iter().cloned());
    // The ids and names of the levels below, the kind and the unit are empty; the year is
    // the year of evaluation; value, targets and achievement are empty.
    cells.resize(YEAR, String::new());
    cells.push(opt(r.as_of));
    cells.resize(RATING, String::new());
    cells.push(human::rating(rating, r, lang));
    cells.push(rating.id().to_string());
    cells.resize(HEADER_EN.len(), String::new());
    cells.into_iter()
}

/// An indicator's cells after its name: kind, unit, year, value, targets, achievement,
/// rating, outlook, trend, stale, provisional, note; then the rated point's numerator,
/// denominator and span, the year basis and a reference indicator's benchmark verdict.
fn indicator(
    r: &RubricReport,
    ind: &IndicatorReport,
    lang: Lang,
) -> [String; HEADER_EN.len() - KIND + 2] {
    let point = ind
        .year
        .and_then(|y| ind.series.iter().rev().find(|p| p.year == y));
    [
        ind.id.to_string(),
        human::pick(&ind.name, ind.name_en.as_deref(), lang).to_string(),
        human::kind(ind.kind, lang).to_string(),
        ind.unit.as_deref().unwrap_or("").to_string(),
        opt(ind.year),
        value(ind, lang),
        ind.target_number().map(plain).unwrap_or_default(),
        opt(ind.target_year),
        target_for_year(ind),
        ind.achievement.map(plain).unwrap_or_default(),
        human::rating(ind.rating, r, lang),
        ind.rating.id().to_string(),
        ind.outlook
            .map(|o| human::outlook(o, lang).to_string())
            .unwrap_or_default(),
        ind.trend
            .map(|t| human::trend(t, lang).to_string())
            .unwrap_or_default(),
        ind.stale.to_string(),
        ind.provisional.to_string(),
        human::note(ind, lang),
        point
            .and_then(|p| p.numerator)
            .map(plain)
            .unwrap_or_default(),
        point
            .and_then(|p| p.denominator)
            .map(plain)
            .unwrap_or_default(),
        opt(point.and_then(|p| p.span).map(|[first, _]| first)),
        opt(point.and_then(|p| p.span).map(|[_, last]| last)),
        year_basis(ind.year_basis, lang).to_string(),
        ind.meets_target.map(|m| m.to_string()).unwrap_or_default(),
    ]
}

/// How the indicator counts its years (SPEC §2), so that a spreadsheet can tell the fiscal
/// year 2023 from the calendar year 2023.
fn year_basis(basis: YearBasis, lang: Lang) -> &'static str {
    match (basis, lang) {
        (YearBasis::Fiscal, Lang::Ja) => "年度",
        (YearBasis::Calendar, Lang::Ja) => "暦年",
        (YearBasis::Fiscal, Lang::En) => "fiscal",
        (YearBasis::Calendar, Lang::En) => "calendar",
    }
}

/// The target of the rated year, `T(y)` of SPEC §3.1 (it differs from `target` on a path).
fn target_for_year(ind: &IndicatorReport) -> String {
    ind.series
        .iter()
        .find(|p| Some(p.year) == ind.year)
        .and_then(|p| p.target_number())
        .map(plain)
        .unwrap_or_default()
}

fn value(ind: &IndicatorReport, lang: Lang) -> String {
    match &ind.value {
        Some(JsonValue::Number(n)) => plain(*n),
        Some(JsonValue::Status(s)) => human::milestone(*s, lang).to_string(),
        None => String::new(),
    }
}

fn opt(y: Option<i32>) -> String {
    y.map(|y| y.to_string()).unwrap_or_default()
}

/// A cell guarded against being read as a spreadsheet formula: one that starts with a sign
/// a spreadsheet reads as the start of a formula, and is not a number, gets a `'` before it.
pub fn guarded(cell: String) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_number(&cell) {
        format!("'{cell}")
    } else {
        cell
    }
}

/// A decimal number as `plain` writes it, or as a spreadsheet reads one: an optional sign,
/// digits with an optional fraction, an optional exponent. (`-inf` and `+NaN` are not.)
fn is_number(s: &str) -> bool {
    let s = s.strip_prefix(['+', '-']).unwrap_or(s);
    let (mantissa, exponent) = match s.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e.strip_prefix(['+', '-']).unwrap_or(e))),
        None => (s, None),
    };
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    !(int.is_empty() && frac.is_empty())
        && digits(int)
        && digits(frac)
        && exponent.is_none_or(|e| !e.is_empty() && digits(e))
}

/// One record: every cell guarded against formulas, and quoted (RFC 4180) when it holds a
/// comma, a quote or a line break.
fn line(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.map(guarded).enumerate() {
        if i > 0 {
            out.push(',');
        }
        if cell.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&cell);
        }
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_needed() {
        let mut out = String::new();
        line(
            &mut out,
            ["a", "b,c", "say \"hi\"", "two\nlines"]
                .iter()
                .map(|s| s.to_string()),
        );
        assert_eq!(out, "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\n");
    }

    #[test]
    fn numbers_keep_full_precision_and_formulas_are_defused() {
        assert_eq!(plain(2_660_000.0), "2660000");
        assert_eq!(plain(43.0 / 32.8), "1.3109756097560976");
        assert_eq!(plain(-0.5), "-0.5");
        assert_eq!(guarded("=HYPERLINK(\"x\")".into()), "'=HYPERLINK(\"x\")");
        assert_eq!(guarded("192名中97名".into()), "192名中97名");
    }

    #[test]
    fn every_cell_but_a_number_is_guarded() {
        for cell in [
            "=cmd", "-x", "@x", "+x", "-", "-inf", "+NaN", "-1e", "-.", "-1.2.3",
        ] {
            assert_eq!(guarded(cell.into()), format!("'{cell}"), "{cell}");
        }
        for cell in [
            "-0.5", "-12", "+3", "1.5e-7", "-2E+10", "-.5", "x-1", "達成",
        ] {
            assert_eq!(guarded(cell.into()), cell, "{cell}");
        }
        let mut out = String::new();
        line(
            &mut out,
            ["=cmd", "-x", "@x", "-0.5"].map(String::from).into_iter(),
        );
        assert_eq!(out, "'=cmd,'-x,'@x,-0.5\n");
    }
}
