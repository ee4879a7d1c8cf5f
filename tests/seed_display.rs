//! The seed's reports show its values as the evaluation book writes them: a ratio with its
//! counts, a total over a span of years, a calendar year as 年 and a fiscal one as 年度, and a
//! reference indicator's benchmark judged beside 参考 (SPEC §2, §3.2).

mod common;

use common::polscore;

fn score(format: &str, lang: &str) -> String {
    let run = polscore(&[
        "score",
        "rubrics/mofa-2024-peace.toml",
        "--data",
        "inputs/",
        "--format",
        format,
        "--lang",
        lang,
    ]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    run.stdout
}

/// The line of `id` in the Markdown report.
fn row<'a>(md: &'a str, id: &str) -> &'a str {
    md.lines()
        .find(|l| l.starts_with(&format!("| `{id}`")))
        .unwrap_or_else(|| panic!("no row of {id}:\n{md}"))
}

#[test]
fn markdown_shows_ratios_spans_years_and_benchmarks_as_the_book_does() {
    let ja = score("markdown", "ja");
    // 113 / 215 = 52.56%: one decimal and the counts, in a fiscal year.
    let io = row(&ja, "f3.io-employment-rate");
    assert!(io.contains("| 2023年度 | 52.6%（215名中113名） |"), "{io}");
    // 「2021年から2023年の３年間で19人」: a total over calendar years.
    let iom = row(&ja, "f4.iom-trafficking-victims-assisted");
    assert!(iom.contains("| 2023年 | 2021～2023年計 19人 |"), "{iom}");
    let jc = row(&ja, "f11.joint-committees");
    assert!(jc.contains("| 2021～2023年度計 23か国・機関 |"), "{jc}");
    // UN staff at the end of December: calendar years, the target year too.
    let staff = row(&ja, "f6.un-japanese-staff");
    assert!(
        staff.contains("| 2022年† | 961人 | ≥ 950.8人（2025年に1,000人） |"),
        "{staff}"
    );
    assert!(staff.contains("2023年: 公表予定"), "{staff}");
    // ISTC 10.37% against its 10% benchmark.
    let istc = row(&ja, "f11.istc-admin-cost-ratio");
    assert!(istc.contains("| 参考（目安10%以内：未達成） |"), "{istc}");

    let en = score("markdown", "en");
    let io = row(&en, "f3.io-employment-rate");
    assert!(io.contains("| FY2023 | 52.6% (113 of 215) |"), "{io}");
    let iom = row(&en, "f4.iom-trafficking-victims-assisted");
    assert!(iom.contains("| 2023 | 2021–2023 total 19人 |"), "{iom}");
    let jc = row(&en, "f11.joint-committees");
    assert!(jc.contains("| FY2021–2023 total 23か国・機関 |"), "{jc}");
    let istc = row(&en, "f11.istc-admin-cost-ratio");
    assert!(
        istc.contains("| Reference only (benchmark ≤ 10%: not met) |"),
        "{istc}"
    );
}

/// The words of the table's line of figures that holds `value`.
fn figures<'a>(table: &'a str, value: &str) -> Vec<&'a str> {
    let line = table
        .lines()
        .find(|l| l.contains(value))
        .unwrap_or_else(|| panic!("no line with {value}:\n{table}"));
    line.split("  ")
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .collect()
}

#[test]
fn the_table_shows_them_too() {
    let ja = score("table", "ja");
    assert_eq!(
        figures(&ja, "52.6%（215名中113名）")[..3],
        ["2023年度", "52.6%（215名中113名）", "≥ 50%"]
    );
    assert_eq!(
        figures(&ja, "2021～2023年計 19人")[..2],
        ["2023年", "2021～2023年計 19人"]
    );
    assert_eq!(figures(&ja, "961人")[..2], ["2022年†", "961人"]);
    let istc = ja
        .lines()
        .find(|l| l.contains("f11.istc-admin-cost-ratio"))
        .expect("the ISTC line");
    assert!(istc.ends_with("参考（目安10%以内：未達成）"), "{istc}");
    let en = score("table", "en");
    assert_eq!(
        figures(&en, "52.6% (113 of 215)")[..2],
        ["FY2023", "52.6% (113 of 215)"]
    );
    assert!(
        en.contains("Reference only (benchmark ≤ 10%: not met)"),
        "{en}"
    );
}

#[test]
fn the_html_series_shows_every_year_with_its_basis() {
    let ja = score("html", "ja");
    assert!(
        ja.contains("<td class=\"num\">2021年度</td><td class=\"num\">50.5%（192名中97名）</td>"),
        "{ja}"
    );
    assert!(ja.contains("<td class=\"num\">2020年</td><td class=\"num\">918人</td>"));
    assert!(ja.contains("（目安10%以内：未達成）</td>"));
    let en = score("html", "en");
    assert!(en.contains("<td class=\"num\">FY2021</td><td class=\"num\">50.5% (97 of 192)</td>"));
    assert!(en.contains("<h2>Diagnostics</h2>") && ja.contains("<h2>診断メッセージ</h2>"));
}

#[test]
fn the_csv_keeps_numbers_with_counts_span_and_year_basis_in_columns() {
    let csv = score("csv", "en");
    let body = csv.strip_prefix('\u{feff}').expect("a byte order mark");
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let header = reader.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let of = |id: &str| {
        rows.iter()
            .find(|r| &r[col("indicator_id")] == id && &r[0] == "indicator")
            .unwrap()
    };
    let io = of("f3.io-employment-rate");
    assert_eq!(io[col("value")].parse::<f64>().unwrap(), 11300.0 / 215.0);
    assert_eq!(
        (&io[col("numerator")], &io[col("denominator")]),
        ("113", "215")
    );
    let iom = of("f4.iom-trafficking-victims-assisted");
    assert_eq!(&iom[col("value")], "19");
    assert_eq!(
        (&iom[col("span_first")], &iom[col("span_last")]),
        ("2021", "2023")
    );
    assert_eq!(&iom[col("year_basis")], "calendar");
    assert_eq!(
        &of("f11.istc-admin-cost-ratio")[col("meets_target")],
        "false"
    );
}
