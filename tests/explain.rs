//! `polscore explain` words the arithmetic of SPEC §3.1 and §3.2 as amended — a year whose
//! target comes from `targets`, ratio rows, span rows, a gap in a running total, a band,
//! a benchmark, calendar years — with the scorer's numbers, in English and in Japanese.
//! Every expected number is worked out by hand beside it.

mod common;

use common::polscore;

const NEW_KEYS: [&str; 3] = [
    "tests/fixtures/format/new-keys.toml",
    "--data",
    "tests/fixtures/format/new-keys.csv",
];
const ARITHMETIC: [&str; 3] = [
    "tests/fixtures/explain/arithmetic.toml",
    "--data",
    "tests/fixtures/explain/arithmetic.csv",
];

/// `polscore explain FILES... ID --lang LANG`, which must succeed: its standard output.
fn explain(files: [&str; 3], id: &str, lang: &str) -> String {
    let mut args = vec!["explain"];
    args.extend_from_slice(&files);
    args.extend_from_slice(&[id, "--lang", lang]);
    let run = polscore(&args);
    assert_eq!(run.status, 0, "{}", run.stderr);
    run.stdout
}

fn has(text: &str, line: &str) {
    assert!(text.contains(line), "no {line:?} in\n{text}");
}

#[test]
fn a_scheduled_year_shows_the_target_it_replaced() {
    // new-keys: target 55 by 2025, no baseline, targets {2023 = 50}: T(2023) = 50 from the
    // schedule, where without it T(2023) = 55 (no baseline, so no path). a = v / T = 51 / 50
    // = 1.02; 51 ≥ 50 and 1.02 < 1.2 → met.
    let en = explain(NEW_KEYS, "f3.io-employment-rate", "en");
    has(
        &en,
        "T(2023) = 50 from `targets` (the yearly schedule lists 2023)",
    );
    has(
        &en,
        "instead of T(2023) = the target 55 (no baseline, so no path)",
    );
    has(&en, "a = v / T = 51 / 50 = 1.02 (102.0%)");
    // 2022 is not listed: T(2022) = 55, a = 40 / 55 = 0.72727… → 0.7273.
    has(&en, "T(2022) = the target 55 (no baseline, so no path)");
    insta::assert_snapshot!("en_new_keys_schedule", en);
    let ja = explain(NEW_KEYS, "f3.io-employment-rate", "ja");
    insta::assert_snapshot!("ja_new_keys_schedule", ja);
}

#[test]
fn a_scheduled_year_on_a_path_shows_the_path_value_it_replaced() {
    // Baseline (2020, 40), target 70 by 2025, targets {2023 = 50}. The path at 2023 would be
    // 40 + (70 − 40) × (2023 − 2020) / (2025 − 2020) = 40 + 30 × 3 / 5 = 58; the schedule
    // gives 50. The baseline 40 < 50, so a = (v − B) / (T − B) with v = 97 / 192 × 100 =
    // 50.520833…: (50.5208 − 40) / (50 − 40) = 1.0520833… → 1.0521 (105.2%); met.
    let en = explain(ARITHMETIC, "f1.employment-rate", "en");
    has(
        &en,
        "T(2023) = 50 from `targets` (the yearly schedule lists 2023)",
    );
    has(
        &en,
        "instead of T(2023) = 40 + (70 − 40) × (2023 − 2020) / (2025 − 2020) = 58",
    );
    has(
        &en,
        "a = (v − B) / (T − B) = (50.5208 − 40) / (50 − 40) = 1.0521 (105.2%)",
    );
    // 2022 is on the path: 40 + 30 × 2 / 5 = 52; a = (45 − 40) / (52 − 40) = 5 / 12 =
    // 0.41666… → 0.4167; 45 > the baseline 40, so it moved toward the target → limited.
    has(
        &en,
        "T(2022) = 40 + (70 − 40) × (2022 − 2020) / (2025 − 2020) = 52",
    );
    has(
        &en,
        "the previous point is 40 (2020), moved toward the target; a > 0 → limited",
    );
    insta::assert_snapshot!("en_ratio_schedule_path", en);
    let ja = explain(ARITHMETIC, "f1.employment-rate", "ja");
    has(&ja, "目標値 T(2023) = 50（`targets` の年度目標による）");
    has(
        &ja,
        "年度目標がなければ 目標値 T(2023) = 40 + (70 − 40) × (2023 − 2020) / (2025 − 2020) = 58",
    );
    has(
        &ja,
        "達成率 a = (v − B) / (T − B) = (50.5208 − 40) / (50 − 40) = 1.0521 (105.2%)",
    );
    insta::assert_snapshot!("ja_ratio_schedule_path", ja);
}

#[test]
fn a_ratio_row_shows_its_numerator_denominator_and_scale() {
    // SPEC §2: v = numerator / denominator × scale. 90 / 200 × 100 = 45;
    // 97 / 192 × 100 = 50.520833… → 50.5208. The row's written 50% is shown only.
    let en = explain(ARITHMETIC, "f1.employment-rate", "en");
    has(
        &en,
        "measure    ratio: v = numerator / denominator × 100 (scale)",
    );
    has(
        &en,
        "v = numerator / denominator × scale = 90 / 200 × 100 = 45%",
    );
    has(
        &en,
        "v = numerator / denominator × scale = 97 / 192 × 100 = 50.5208%",
    );
    has(
        &en,
        "(the row also writes 50%, shown only: the value used is the computed one)",
    );
    let ja = explain(ARITHMETIC, "f1.employment-rate", "ja");
    has(
        &ja,
        "実績値 = 分子 / 分母 × scale = 97 / 192 × 100 = 50.5208%",
    );
    has(&ja, "（行に書かれた 50% は表示のみで、計算した値を用いる）");
}

#[test]
fn a_span_row_is_one_total_at_its_last_year_and_its_years_are_no_gap() {
    // 2021～2022: 8 (a span), 2023: 7; period 2021–2023, so s = 2021 and the baseline is
    // (2020, 0). Running totals 8 at 2022 and 8 + 7 = 15 at 2023. Target 30 by 2023:
    // T(2022) = 0 + 30 × (2022 − 2020) / (2023 − 2020) = 20, a = 8 / 20 = 0.4;
    // T(2023) = 30, a = 15 / 30 = 0.5 → limited (15 > 8: it moved).
    let en = explain(ARITHMETIC, "f1.consultations", "en");
    has(&en, "2022  8件 over 2021–2022; running total 0 + 8 = 8件");
    has(
        &en,
        "a span row: 2021–2022 total 8件, counted at 2022; 2021 has no value of its own and is not a gap",
    );
    has(
        &en,
        "T(2022) = 0 + (30 − 0) × (2022 − 2020) / (2023 − 2020) = 20",
    );
    has(&en, "2023  7件 this year; running total 8 + 7 = 15件");
    has(
        &en,
        "a = (v − B) / (T − B) = (15 − 0) / (30 − 0) = 0.5 (50.0%)",
    );
    assert!(!en.contains("gap:"), "a span is not a gap:\n{en}");
    insta::assert_snapshot!("en_span", en);
    let ja = explain(ARITHMETIC, "f1.consultations", "ja");
    has(
        &ja,
        "2022年度  2021年度～2022年度の合計 8件、累計 0 + 8 = 8件",
    );
    has(
        &ja,
        "期間の行：2021年度～2022年度の合計 8件 を2022年度に計上。2021年度に単独の実績値はないが、累計の途切れではない",
    );
    insta::assert_snapshot!("ja_span", ja);
}

#[test]
fn a_gap_names_the_year_that_broke_the_running_total() {
    // 2021: 11, 2022: pending (no value), 2023: 8. The total breaks at 2022, so 2023 has
    // none; rated at 2021: T(2021) = 40 × 1 / 3 = 13.3333, a = 11 / 13.3333 = 0.825 ≥ 0.8
    // → progressing, stale.
    let en = explain(ARITHMETIC, "f1.trainees", "en");
    has(
        &en,
        "no value; the running total breaks here: no later year has one → no_data",
    );
    has(
        &en,
        "2023  8人 this year; no running total: the total broke at 2022, which has no value",
    );
    has(&en, "no running total → no_data");
    has(
        &en,
        "a = (v − B) / (T − B) = (11 − 0) / (13.3333 − 0) = 0.825 (82.5%)",
    );
    insta::assert_snapshot!("en_gap", en);
    let ja = explain(ARITHMETIC, "f1.trainees", "ja");
    has(
        &ja,
        "実績値なし。累計はここで途切れ、以降の年度に累計はない → データなし",
    );
    has(
        &ja,
        "2023年度  当該年度 8人、累計なし：累計は実績値のない2022年度で途切れた",
    );
    has(
        &ja,
        "達成率 a = (v − B) / (T − B) = (11 − 0) / (13.3333 − 0) = 0.825 (82.5%)",
    );
    insta::assert_snapshot!("ja_gap", ja);
}

#[test]
fn a_band_below_is_rated_against_its_low_end_with_the_distances() {
    // Band [2, 5]. 2021: 1 < 2: as at_least with T = 2, a = 1 / 2 = 0.5, no previous point
    // → limited. 2022: 1.5, a = 0.75; the distance went from 2 − 1 = 1 to 2 − 1.5 = 0.5: it
    // shrank → limited. 2023: 4 is inside: a = 1 → met.
    let en = explain(ARITHMETIC, "f1.exercises", "en");
    has(&en, "1 is below the band [2, 5]: as at_least with T = 2");
    has(&en, "a = v / low = 1.5 / 2 = 0.75 (75.0%)");
    has(
        &en,
        "the distance to the band went from 1 (2021: 1) to 0.5: it shrank; a > 0 → limited",
    );
    has(&en, "4 is inside the band [2, 5]");
    has(&en, "inside the band: met (a band is never exceeded) → met");
    insta::assert_snapshot!("en_band_below_calendar", en);
    let ja = explain(ARITHMETIC, "f1.exercises", "ja");
    has(
        &ja,
        "1 は範囲 [2, 5] を下回る：T = 2（下限）の at_least として評価",
    );
    has(
        &ja,
        "範囲までの距離は 1（2021：1）から 0.5 へ：縮まった。a > 0 → 進展が大きくない",
    );
    insta::assert_snapshot!("ja_band_below_calendar", ja);
}

#[test]
fn a_band_above_that_did_not_come_nearer_is_not_progressing() {
    // new-keys: band [0, 1]; 2022: 1 (inside, distance 0), 2023: 2 > 1: as at_most with
    // T = 1, a = 1 / 2 = 0.5 < 0.8; the distance went from 0 to 2 − 1 = 1 → not_progressing.
    let en = explain(NEW_KEYS, "f3.incidents", "en");
    has(&en, "2 is above the band [0, 1]: as at_most with T = 1");
    has(&en, "a = high / v = 1 / 2 = 0.5 (50.0%)");
    has(
        &en,
        "the distance to the band went from 0 (2022: 1) to 1: it did not shrink → not_progressing",
    );
    insta::assert_snapshot!("en_band_above_calendar", en);
    let ja = explain(NEW_KEYS, "f3.incidents", "ja");
    has(
        &ja,
        "範囲までの距離は 0（2022：1）から 1 へ：縮まっていない → 目標に向かっていない",
    );
    insta::assert_snapshot!("ja_band_above_calendar", ja);
}

#[test]
fn calendar_years_are_said_once() {
    for (files, id) in [(NEW_KEYS, "f3.incidents"), (ARITHMETIC, "f1.exercises")] {
        let en = explain(files, id, "en");
        has(
            &en,
            "years      calendar years (暦年): 2023 is 2023年, not 2023年度",
        );
        assert_eq!(en.matches("calendar years").count(), 1, "{en}");
    }
    // In Japanese the years of the series are 2023年, not 2023年度.
    let ja = explain(NEW_KEYS, "f3.incidents", "ja");
    has(
        &ja,
        "年　　　　暦年（この指標の年は年度でなく暦年：2023年度ではなく2023年）",
    );
    has(&ja, "  2021年  3件\n");
    // The evaluation year is the rubric's, a fiscal year; the rated year is the indicator's.
    has(
        &ja,
        "評価：目標に向かっていない（2023年度までで実績値のある最新の2023年で評価",
    );
    assert!(!ja.contains("2021年度"), "{ja}");
    // A fiscal indicator says nothing of it, and its years are 年度.
    let en = explain(NEW_KEYS, "f3.io-employment-rate", "en");
    assert!(!en.contains("calendar"), "{en}");
    let ja = explain(NEW_KEYS, "f3.io-employment-rate", "ja");
    assert!(!ja.contains("暦年"), "{ja}");
    has(&ja, "  2022年度  40%\n");
}

#[test]
fn a_benchmark_that_is_met_and_one_that_is_not() {
    // new-keys: at_most 10, latest 9.5 (2023): a = T / v = 10 / 9.5 = 1.05263… → 1.0526
    // (105.3%); 9.5 ≤ 10: met.
    let en = explain(NEW_KEYS, "f3.admin-cost", "en");
    has(&en, "Benchmark 10%: the latest value 9.5% (2023)");
    has(&en, "a = T / v = 10 / 9.5 = 1.0526 (105.3%)");
    has(
        &en,
        "9.5 ≤ 10: the benchmark is met (meets_target = true); the rating stays not_rated",
    );
    insta::assert_snapshot!("en_benchmark_met", en);
    let ja = explain(NEW_KEYS, "f3.admin-cost", "ja");
    has(&ja, "達成率 a = T / v = 10 / 9.5 = 1.0526 (105.3%)");
    has(
        &ja,
        "9.5 ≤ 10：目安を満たす（meets_target = true）。評価は「参考」のまま",
    );
    insta::assert_snapshot!("ja_benchmark_met", ja);
    // arithmetic: at_most 10, latest 12.5 (2023): a = 10 / 12.5 = 0.8; 12.5 > 10: not met.
    let en = explain(ARITHMETIC, "f1.admin-cost", "en");
    has(&en, "a = T / v = 10 / 12.5 = 0.8 (80.0%)");
    has(
        &en,
        "12.5 > 10: the benchmark is not met (meets_target = false); the rating stays not_rated",
    );
    insta::assert_snapshot!("en_benchmark_not_met", en);
    let ja = explain(ARITHMETIC, "f1.admin-cost", "ja");
    has(
        &ja,
        "12.5 > 10：目安を満たさない（meets_target = false）。評価は「参考」のまま",
    );
    insta::assert_snapshot!("ja_benchmark_not_met", ja);
}

#[test]
fn the_language_is_japanese_by_default_and_follows_polscore_lang() {
    let run = |env: Option<&str>| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_polscore"));
        cmd.current_dir(common::root())
            .arg("explain")
            .args(NEW_KEYS)
            .arg("f3.admin-cost")
            .env_remove("POLSCORE_LANG");
        if let Some(lang) = env {
            cmd.env("POLSCORE_LANG", lang);
        }
        let out = cmd.output().expect("the polscore binary runs");
        assert!(out.status.success());
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    let default = run(None);
    has(&default, "評価：参考（参考指標）。最新の実績値は2023年度");
    assert_eq!(default, explain(NEW_KEYS, "f3.admin-cost", "ja"));
    assert_eq!(run(Some("en")), explain(NEW_KEYS, "f3.admin-cost", "en"));
}

/// The seed's f6 staff target in the book's terms: 918 in 2020 → 1,000 by 2025, so
/// T(2022) = 918 + 82 × 2 / 5 = 950.8 and a = (961 − 918) / (950.8 − 918) = 43 / 32.8 =
/// 1.3110 (131.1%).
#[test]
fn the_seed_staff_target_in_japanese() {
    let files = ["rubrics/mofa-2024-peace.toml", "--data", "inputs/"];
    let ja = explain(files, "f6.un-japanese-staff", "ja");
    has(
        &ja,
        "目標値 T(2022) = 918 + (1000 − 918) × (2022 − 2020) / (2025 − 2020) = 950.8",
    );
    has(
        &ja,
        "達成率 a = (v − B) / (T − B) = (961 − 918) / (950.8 − 918) = 1.311 (131.1%)",
    );
    insta::assert_snapshot!("ja_seed_staff_target", ja);
}

/// An accumulated count of calendar years says 当該年 for its yearly increment, as its
/// years are 2021年, not 2021年度.
#[test]
fn a_calendar_years_increment_is_of_the_year_not_the_fiscal_year() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(common::root().join(NEW_KEYS[0]))
        .unwrap()
        .replace("#:schema ../../../", "#:schema ")
        + "\n[[field.goal.indicator]]\nid = \"f3.visits\"\nname = \"訪問者数\"\nkind = \"reference\"\nunit = \"人\"\naccumulate = true\nyear_basis = \"calendar\"\n";
    std::fs::write(dir.path().join("r.toml"), text).unwrap();
    std::fs::write(
        dir.path().join("d.csv"),
        "indicator,year,value\nf3.visits,2021,3\nf3.visits,2022,2\n",
    )
    .unwrap();
    let run = common::polscore_in(
        dir.path(),
        &[
            "explain",
            "r.toml",
            "--data",
            "d.csv",
            "f3.visits",
            "--lang",
            "ja",
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    // 2022: the running total 3 + 2 = 5.
    has(&run.stdout, "  2022年  当該年 2人、累計 3 + 2 = 5人");
    assert!(!run.stdout.contains("当該年度"), "{}", run.stdout);
}
