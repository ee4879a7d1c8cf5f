use super::text::*;
use super::*;
use crate::data::MilestoneStatus;
use crate::report::json::{IndicatorReport, JsonValue, PointReport, fixtures};

fn indicator(values: &[Option<JsonValue>]) -> IndicatorReport<'static> {
    let series = values
        .iter()
        .enumerate()
        .map(|(i, v)| PointReport {
            value: *v,
            ..fixtures::point(2020 + i as i32, 0.0)
        })
        .collect();
    IndicatorReport {
        series,
        ..fixtures::indicator()
    }
}

fn n(x: f64) -> Option<JsonValue> {
    Some(JsonValue::Number(x))
}

#[test]
fn sparkline_scales_between_the_lowest_and_highest_value() {
    // 855 → lowest block, 2917 → highest; 1523: (1523-855)/(2917-855)*7 = 2.27 → ▃.
    let ind = indicator(&[n(855.0), n(1523.0), n(1434.0), n(2917.0)]);
    assert_eq!(sparkline(&ind), "▁▃▃█");
}

#[test]
fn sparkline_keeps_a_small_change_small() {
    // 50, 50, 52: the span is raised to 5.2 around 51 (48.4..53.6):
    // 50 → 1.6/5.2*7 = 2.15 → ▃ (level 2); 52 → 3.6/5.2*7 = 4.85 → ▆ (level 5).
    assert_eq!(sparkline(&indicator(&[n(50.0), n(50.0), n(52.0)])), "▃▃▆");
}

#[test]
fn sparkline_marks_gaps_flat_series_and_milestones() {
    assert_eq!(sparkline(&indicator(&[n(1.0), None, n(1.0)])), "▄·▄");
    let status = |s| Some(JsonValue::Status(s));
    let ind = indicator(&[
        status(MilestoneStatus::NotStarted),
        status(MilestoneStatus::InProgress),
        status(MilestoneStatus::Achieved),
    ]);
    assert_eq!(sparkline(&ind), "▁▄█");
    assert_eq!(sparkline(&indicator(&[])), "");
}

#[test]
fn japanese_wraps_without_a_closing_mark_at_the_start_of_a_line() {
    // 24 columns hold all 12 characters; at 22, 「。」 may not start a line and takes
    // 「る」 with it; at 20, 「る」 is on the next line anyway and 「。」 follows it.
    assert_eq!(
        wrap("国民の生命と財産を守る。", 24),
        "国民の生命と財産を守る。"
    );
    assert_eq!(
        wrap("国民の生命と財産を守る。", 22),
        "国民の生命と財産を守\nる。"
    );
    assert_eq!(
        wrap("国民の生命と財産を守る。", 20),
        "国民の生命と財産を守\nる。"
    );
    // An opening bracket never ends a line: 「（」 moves down with what it opens.
    assert_eq!(wrap("職員数（12月末現在）", 8), "職員数\n（12月末\n現在）");
    // Latin text breaks at spaces; numbers stay whole.
    assert_eq!(
        wrap("raise to 1,000 by 2025.", 10),
        "raise to\n1,000 by\n2025."
    );
    // A word wider than the line is cut.
    assert_eq!(wrap("abcdefghij", 4), "abcd\nefgh\nij");
}

#[test]
fn colour_only_when_asked() {
    use crate::report::view::View;
    let report = crate::report::json::Report {
        schema: "".into(),
        generator: "".into(),
        rubrics: vec![fixtures::rubric()],
        diagnostics: vec![],
    };
    let plain = TableOptions {
        width: 80,
        color: false,
        wide: false,
    };
    let view = View::default();
    assert!(!render(&report, Lang::Ja, &plain, &view).contains('\x1b'));
    let coloured = TableOptions {
        color: true,
        ..plain
    };
    // Bold and green, as anstyle writes them: one sequence each.
    assert!(render(&report, Lang::Ja, &coloured, &view).contains("\x1b[1m\x1b[32m目標達成\x1b[0m"));
}

#[test]
fn a_text_is_cut_to_its_columns_with_an_ellipsis() {
    // 「国民の生命と財産を守る。」 is 24 columns: at 10, four characters (8) and `…` (1).
    assert_eq!(
        cut("国民の生命と財産を守る。", 24),
        "国民の生命と財産を守る。"
    );
    assert_eq!(cut("国民の生命と財産を守る。", 10), "国民の生…");
    assert_eq!(cut("two\nlines", 20), "two lines");
    assert_eq!(cut("abc", 0), "");
    assert_eq!(width(&cut("raise to 1,000 by 2025.", 9)), 9);
}

#[test]
fn the_width_is_the_terminal_then_columns_then_the_default_and_never_below_80() {
    assert_eq!(width_for(Some(100), Some("90")), 100);
    assert_eq!(width_for(None, Some("90")), 90);
    assert_eq!(width_for(None, Some(" 150 ")), 150);
    assert_eq!(width_for(None, Some("wide")), DEFAULT_WIDTH);
    assert_eq!(width_for(None, None), DEFAULT_WIDTH);
    assert_eq!(width_for(Some(40), None), MIN_WIDTH);
    assert_eq!(width_for(None, Some("20")), MIN_WIDTH);
}

/// A report of one field with one goal holding `n` indicators of three years each.
fn report_of(count: usize) -> crate::report::json::Report<'static> {
    use crate::report::json::{FieldReport, GoalReport};
    let indicators = (0..count)
        .map(|k| IndicatorReport {
            count_unit: None,
            id: format!("x{k}").into(),
            ..indicator(&[n(1.0), n(k as f64), n(3.0)])
        })
        .collect();
    let goal = GoalReport {
        id: "g".into(),
        text: "goal".into(),
        rating: Rating::Met,
        coverage: Default::default(),
        indicators,
        text_en: None,
        assessment: None,
        assessment_note: None,
    };
    let field = FieldReport {
        id: "f".into(),
        title: "field".into(),
        rating: Rating::Met,
        goals: vec![goal],
        title_en: None,
        owner: None,
        assessment: None,
        assessment_note: None,
    };
    crate::report::json::Report {
        schema: "".into(),
        generator: "".into(),
        rubrics: vec![RubricReport {
            id: "p".into(),
            as_of: Some(2022),
            title: "t".into(),
            title_en: None,
            file: "p.toml".into(),
            rating: Rating::Met,
            fields: vec![field],
            owner: None,
            period: None,
            labels: Default::default(),
            assessment: None,
            assessment_note: None,
        }],
        diagnostics: vec![],
    }
}

/// The columns of figures are measured once per table, not once per line: measuring every
/// cell for every line made the table quadratic in the number of indicators (4,000 took
/// 28 s where Markdown took 0.5 s). Counts the cells measured instead of timing.
#[test]
fn each_cell_of_figures_is_measured_a_bounded_number_of_times() {
    let view = crate::report::view::View::default();
    for (n, width) in [(10, 80), (400, 80), (400, 200)] {
        let report = report_of(n);
        details::measured::take();
        let out = render(
            &report,
            Lang::Ja,
            &TableOptions {
                width,
                ..Default::default()
            },
            &view,
        );
        let measured = details::measured::take();
        assert!(out.contains(&format!("x{}", n - 1)), "{out}");
        // Six columns of one line per indicator; dropping columns to fit measures them a
        // few times more, but never once per indicator.
        let cells = 6 * n;
        assert!(
            measured <= 5 * cells,
            "{n} indicators at width {width}: {measured} cells measured for {cells}"
        );
    }
}
