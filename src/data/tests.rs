use std::collections::BTreeMap;

use super::*;

#[test]
fn did_you_mean_is_looked_for_only_for_the_errors_shown() {
    // 1,000 unknown ids among 2,000 known: a search of the catalogue for each is 2
    // million comparisons of ids (40 s in a debug build on a busy machine); for the
    // 100 shown, 200,000.
    let ids: BTreeMap<String, IdInfo> = (0..2_000)
        .map(|i| (format!("f1.ind-{i:06}"), IdInfo::default()))
        .collect();
    let mut text = String::from("indicator,year,value\n");
    for i in 0..1_000 {
        text.push_str(&format!("f1.inx-{i:06},2023,1\n"));
    }
    let mut rows = Rows::default();
    read_csv("d.csv", &text, &ids, &mut rows);
    let start = std::time::Instant::now();
    let errors = rows
        .finish(&ids, Options::default(), Vec::new())
        .unwrap_err();
    let took = start.elapsed();
    assert_eq!(errors.len(), limits::MAX_ERRORS + 1);
    assert_eq!(errors.iter().map(Diagnostic::count).sum::<usize>(), 1_000);
    assert_eq!(
        errors[0].help.as_ref().map(ToString::to_string).as_deref(),
        Some("did you mean `f1.ind-000000`? (or pass --ignore-unknown to skip such rows)")
    );
    assert!(errors[..100].iter().all(|e| {
        e.help
            .as_ref()
            .is_some_and(|h| h.to_string().starts_with("did you mean"))
    }));
    assert!(took.as_secs() < 20, "{took:?}");
}

/// The catalogue of the new forms: a ratio in % (scale 100), an accumulated count, a
/// calendar-year count, and a plain rate.
fn forms() -> Catalogue {
    let mut ids = Catalogue::new();
    let mut add = |id: &str, unit: &str, ratio, accumulate, calendar| {
        let mut info = IdInfo::default();
        info.add(false, Some(unit));
        info.read_as(ratio, accumulate, calendar);
        ids.insert(id.to_string(), info);
    };
    add("f1.hired", "%", Some(100.0), false, false);
    add("f1.talks", "件", None, true, false);
    add("f1.visits", "人", None, false, true);
    add("f1.rate", "%", None, false, false);
    ids
}

fn load_text(text: &str) -> Result<Loaded, Vec<Diagnostic>> {
    let ids = forms();
    let mut rows = Rows::default();
    read_csv("d.csv", text, &ids, &mut rows);
    rows.finish(&ids, Options::default(), Vec::new())
}

fn points(loaded: &Loaded, id: &str) -> Vec<(i32, Point)> {
    loaded.data.series(id).unwrap_or_default().to_vec()
}

#[test]
fn a_ratio_row_is_its_numerator_over_its_denominator_times_the_scale() {
    let loaded = load_text(
        "indicator,year,value,分子,分母\n\
         f1.hired,2021,,97,192\n\
         f1.hired,2022,50.7%,103,203\n\
         f1.hired,2023,110/200,,\n\
         f1.hired,2020,45%,,\n",
    )
    .unwrap();
    let p = points(&loaded, "f1.hired");
    let value = |i: usize| p[i].1.value;
    assert_eq!(value(0), Some(Value::Number(45.0)));
    assert_eq!(
        p[0].1.ratio(),
        None,
        "a plain value on a ratio indicator is the value"
    );
    assert_eq!(value(1), Some(Value::Number(97.0 / 192.0 * 100.0)));
    let ratio = p[1].1.ratio().unwrap();
    assert_eq!(
        (ratio.numerator, ratio.denominator, ratio.written),
        (97.0, 192.0, None)
    );
    // 103/203 × 100 = 50.738…: 50.7 is within a unit of its last digit, and kept to show.
    assert_eq!(value(2), Some(Value::Number(103.0 / 203.0 * 100.0)));
    assert_eq!(p[2].1.ratio().unwrap().written, Some(50.7));
    assert_eq!(value(3), Some(Value::Number(110.0 / 200.0 * 100.0)));
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
}

#[test]
fn a_written_value_far_from_the_computed_ratio_is_a_warning_and_not_used() {
    let loaded =
        load_text("indicator,year,value,numerator,denominator\nf1.hired,2021,60,97,192\n").unwrap();
    assert_eq!(loaded.warnings.len(), 1);
    let w = &loaded.warnings[0];
    assert_eq!(w.code(), Some("ratio-value-differs"));
    assert!(
        w.message.to_string().contains("97/192 × 100 = 50.52"),
        "{}",
        w.message
    );
    assert_eq!(
        w.location.as_ref().map(|l| (l.line, l.column)),
        Some((2, 3))
    );
    let p = points(&loaded, "f1.hired");
    assert_eq!(p[0].1.value, Some(Value::Number(97.0 / 192.0 * 100.0)));
    // 50 for 50.52 is within one unit of its last digit.
    let loaded =
        load_text("indicator,year,value,numerator,denominator\nf1.hired,2021,50,97,192\n").unwrap();
    assert!(loaded.warnings.is_empty());
}

#[test]
fn ratio_cells_that_cannot_make_a_ratio_are_errors_at_their_cell() {
    for (row, column, says) in [
        ("f1.hired,2021,,97,0", 5, "the denominator is 0"),
        ("f1.hired,2021,3/0,,", 3, "the denominator is 0"),
        ("f1.hired,2021,,97,", 4, "a numerator but no denominator"),
        ("f1.hired,2021,,,192", 5, "a denominator but no numerator"),
        ("f1.rate,2021,,97,192", 4, "its indicator is not a ratio"),
        (
            "f1.rate,2021,97/192,,",
            3,
            "is a ratio, but this row's indicator is not one",
        ),
    ] {
        let errors = load_text(&format!(
            "indicator,year,value,numerator,denominator\n{row}\n"
        ))
        .unwrap_err();
        assert_eq!(errors.len(), 1, "{row}");
        assert!(
            errors[0].message.to_string().contains(says),
            "{row}: {}",
            errors[0].message
        );
        assert_eq!(errors[0].location.as_ref().unwrap().column, column, "{row}");
    }
}

#[test]
fn a_span_row_is_one_point_at_its_last_year() {
    let loaded = load_text(
        "indicator,year,value\n\
         f1.talks,2020,3\n\
         f1.talks,令和3～5年度,8\n\
         f1.talks,2024..2025,\n",
    )
    .unwrap();
    let p = points(&loaded, "f1.talks");
    let spans: Vec<(i32, Option<(i32, i32)>)> = p.iter().map(|(y, p)| (*y, p.span())).collect();
    assert_eq!(
        spans,
        [
            (2020, None),
            (2023, Some((2021, 2023))),
            (2025, Some((2024, 2025)))
        ]
    );
    assert_eq!(p[1].1.value, Some(Value::Number(8.0)));
    assert_eq!(p[2].1.value, None, "a span row with an empty value is kept");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
}

#[test]
fn spans_that_overlap_a_row_or_each_other_are_errors_naming_both_rows() {
    for (rows, says) in [
        (
            "f1.talks,2021..2023,8\nf1.talks,2022,1",
            "d.csv row 3 (2022) and d.csv row 2 (2021..2023)",
        ),
        (
            "f1.talks,2021..2022,8\nf1.talks,2022～2024,1",
            "d.csv row 2 (2021..2022) and d.csv row 3 (2022..2024)",
        ),
        (
            "f1.talks,2023,8\nf1.talks,2021..2023,1",
            "d.csv row 2 (2023) and d.csv row 3 (2021..2023)",
        ),
    ] {
        let errors = load_text(&format!("indicator,year,value\n{rows}\n")).unwrap_err();
        assert_eq!(errors.len(), 1, "{rows}");
        assert!(
            errors[0].message.to_string().contains(says),
            "{rows}: {}",
            errors[0].message
        );
    }
    // Spans that only touch are fine.
    assert!(load_text("indicator,year,value\nf1.talks,2019..2020,8\nf1.talks,2021,1\n").is_ok());
}

#[test]
fn a_span_on_an_indicator_that_does_not_accumulate_is_an_error() {
    let errors = load_text("indicator,year,value\nf1.rate,2021..2023,50\n").unwrap_err();
    assert!(
        errors[0]
            .message
            .to_string()
            .contains("does not accumulate"),
        "{}",
        errors[0].message
    );
    assert_eq!(errors[0].location.as_ref().unwrap().column, 2);
}

#[test]
fn a_year_in_a_form_of_the_other_basis_is_a_warning_and_still_read() {
    let loaded = load_text(
        "indicator,year,value\n\
         f1.visits,2021,1\nf1.visits,2022年,2\nf1.visits,令和5年,3\nf1.visits,CY2024,4\n\
         f1.visits,令和7年度,5\n\
         f1.rate,2021年度,1\nf1.rate,R4,2\nf1.rate,令和5年,3\n",
    )
    .unwrap();
    let years = |id| {
        points(&loaded, id)
            .iter()
            .map(|(y, _)| *y)
            .collect::<Vec<_>>()
    };
    assert_eq!(years("f1.visits"), [2021, 2022, 2023, 2024, 2025]);
    assert_eq!(years("f1.rate"), [2021, 2022, 2023]);
    let warned: Vec<(usize, &str)> = loaded
        .warnings
        .iter()
        .map(|w| (w.location.as_ref().unwrap().line, w.code().unwrap()))
        .collect();
    assert_eq!(warned, [(6, "year-basis-form"), (9, "year-basis-form")]);
    assert!(
        loaded.warnings[0]
            .message
            .to_string()
            .contains("counts calendar years")
    );
    assert!(
        loaded.warnings[1]
            .message
            .to_string()
            .contains("counts fiscal years")
    );
}

#[test]
fn copies_of_a_row_are_not_kept_while_reading_and_give_the_same_errors() {
    // 150,000 copies of a row of a single year, and as many of a year a span covers: more
    // than a bucket holds before it drops its copies.
    let ids = forms();
    let copies = 150_000;
    let mut text = String::from("indicator,year,value\nf1.talks,2021..2023,8\n");
    for _ in 0..copies {
        text.push_str("f1.rate,2023,40\nf1.talks,2023,1\n");
    }
    let mut rows = Rows::default();
    read_csv("d.csv", &text, &ids, &mut rows);
    let held = rows.read_points().count();
    assert!(held < 70_000, "{held} rows held of {}", 2 * copies + 1);
    let errors = rows
        .finish(&ids, Options::default(), Vec::new())
        .unwrap_err();
    // Every copy is an error but the first row of f1.rate; the first by place are shown,
    // each naming the row kept, as when nothing is dropped.
    let all: usize = errors.iter().map(Diagnostic::count).sum();
    assert_eq!(all, 2 * copies - 1);
    let messages: Vec<String> = errors[..4]
        .iter()
        .map(|e| e.message.render(crate::lang::Lang::En))
        .collect();
    assert_eq!(
        messages,
        [
            "indicator `f1.talks` has rows whose years overlap: d.csv row 2 (2021..2023) and d.csv row 4 (2023)",
            "indicator `f1.rate` has two rows for 2023: d.csv row 3 and d.csv row 5",
            "indicator `f1.talks` has rows whose years overlap: d.csv row 2 (2021..2023) and d.csv row 6 (2023)",
            "indicator `f1.rate` has two rows for 2023: d.csv row 3 and d.csv row 7",
        ]
    );
    let next = errors.last().unwrap();
    assert_eq!(next.location.as_ref().map(|l| l.line), Some(104));
}
