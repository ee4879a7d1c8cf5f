//! Every numeric value typed into `inputs/mofa-2024-peace.csv` must be found in the source
//! document, `docs/sources/mofa-2024-peace-evaluation.txt` (the text of the evaluation book, kept in the repository): the
//! 2024 evaluation book of MOFA for 「国際の平和と安定に対する取組」.
//!
//! Only `std` is used. Rows with an empty value (公表予定, 見送り …) and milestone rows
//! (`achieved`, `in_progress`, `not_started` and their aliases of SPEC §2) are skipped.
//!
//! A value counts as found when one of these written forms occurs in the seed text:
//!
//! 1. the value exactly as typed (`約266万件`, `1,523件`, `84.2％`);
//! 2. the same after folding full-width characters to ASCII on both sides: digits `０-９`,
//!    `％`, `，`, `．` (so `８名` matches `8名` and `87.7%` matches `87.7％`);
//! 3. with the thousands separators removed, or added, on both sides (`1523件` ↔ `1,523件`);
//! 4. with or without a leading `約` / `およそ` (`約266万件` ↔ `266万件`);
//! 5. a `千`/`万`/`億` multiplier written out in digits, or digits written with `万`
//!    (`約266万件` ↔ `2660000件` / `2,660,000件`; `20000` ↔ `2万`).
//!
//! A match only counts when it is a whole number in the text: a value that starts (ends)
//! with a digit must not be preceded (followed) by another digit, or by a `.`/`,` that is
//! itself attached to a digit. So `17` is not "found" inside `17,280` or `2017`.
//!
//! Ratio rows (SPEC §2: `numerator` and `denominator` columns) are checked as well: each count
//! must be found on its own, and the pair as the book writes it, `192名中97名` (denominator,
//! an optional unit of up to four characters, `中`, numerator), or `97/192`, with the PDF's
//! line breaks removed (`（192名\n中152名）` is one pair).
//!
//! Span rows (a `year` such as `2021..2023`, `2021～2023` or `令和3～5年度`, SPEC §2) must
//! have a value, found as above, and the book must name both ends of the span near it (within
//! 200 characters, line breaks removed): the first year as `2021年`, `令和3年` or `令和3～`,
//! the last as `2023年`, `令和5年` or `～5年`. So `延べ23か国・機関` for `令和3～5年度` is
//! checked against 「令和３～5年度で新興国を含む延べ23か国・機関」.

use std::fs;
use std::path::PathBuf;

const CSV_PATH: &str = "inputs/mofa-2024-peace.csv";
const SEED_PATH: &str = "docs/sources/mofa-2024-peace-evaluation.txt";

/// Milestone statuses and their aliases (SPEC §2); rows with these values are not numbers.
const MILESTONE_VALUES: &[&str] = &[
    "achieved",
    "達成",
    "済",
    "done",
    "yes",
    "true",
    "in_progress",
    "実施中",
    "進行中",
    "partial",
    "not_started",
    "未着手",
    "未達成",
    "no",
    "false",
];

/// Parses CSV text into records: fields separated by `,`, optionally enclosed in `"`, with
/// `""` as an escaped quote inside a quoted field; records end at LF or CRLF.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                _ => field.push(c),
            }
        } else {
            match c {
                '"' => in_quotes = true,
                ',' => record.push(std::mem::take(&mut field)),
                '\r' => {}
                '\n' => {
                    record.push(std::mem::take(&mut field));
                    records.push(std::mem::take(&mut record));
                }
                _ => field.push(c),
            }
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records.retain(|r| !(r.len() == 1 && r[0].trim().is_empty()));
    records
}

/// Folds full-width digits, `％`, `，` and `．` to ASCII.
fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '％' => '%',
            '，' => ',',
            '．' => '.',
            _ => c,
        })
        .collect()
}

/// Removes commas that sit between two ASCII digits (thousands separators).
fn strip_thousands(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == ','
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit)
        {
            continue;
        }
        out.push(c);
    }
    out
}

/// Inserts thousands separators into every run of four or more ASCII digits that is not
/// part of a decimal fraction.
fn add_thousands(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let run: String = chars[start..i].iter().collect();
            let after_point = start > 0 && chars[start - 1] == '.';
            if after_point || run.len() < 4 {
                out.push_str(&run);
            } else {
                let n = run.len();
                for (k, d) in run.chars().enumerate() {
                    if k > 0 && (n - k).is_multiple_of(3) {
                        out.push(',');
                    }
                    out.push(d);
                }
            }
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// Splits a folded value into (leading 約/およそ, number, multiplier, rest).
fn split_value(v: &str) -> (&str, &str, Option<char>, &str) {
    let (prefix, body) = if let Some(b) = v.strip_prefix('約') {
        ("約", b)
    } else if let Some(b) = v.strip_prefix("およそ") {
        ("およそ", b)
    } else {
        ("", v)
    };
    let end = body
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == '.' || c == ','))
        .map_or(body.len(), |(i, _)| i);
    let (number, rest) = body.split_at(end);
    let mut rest_chars = rest.chars();
    match rest_chars.next() {
        Some(m @ ('千' | '万' | '億')) => (prefix, number, Some(m), rest_chars.as_str()),
        _ => (prefix, number, None, rest),
    }
}

fn multiplier_zeros(m: char) -> usize {
    match m {
        '千' => 3,
        '万' => 4,
        _ => 8,
    }
}

/// `number * 10^zeros` written out in digits, for a plain or decimal number (`266` → `2660000`).
fn expand(number: &str, zeros: usize) -> Option<String> {
    let number = number.replace(',', "");
    let (int, frac) = number.split_once('.').unwrap_or((&number, ""));
    if frac.len() > zeros || int.is_empty() {
        return None;
    }
    let mut s = format!("{int}{frac}");
    s.push_str(&"0".repeat(zeros - frac.len()));
    let s = s.trim_start_matches('0');
    Some(if s.is_empty() { "0".into() } else { s.into() })
}

/// Every written form under which the (folded) value may appear in the folded seed text.
fn candidate_forms(value: &str) -> Vec<String> {
    let folded = fold(value.trim());
    let mut bases = vec![folded.clone()];
    let (prefix, number, multiplier, rest) = split_value(&folded);
    if !prefix.is_empty() {
        bases.push(folded[prefix.len()..].to_string());
    } else if !number.is_empty() {
        bases.push(format!("約{folded}"));
    }
    if !number.is_empty() {
        match multiplier {
            Some(m) => {
                if let Some(digits) = expand(number, multiplier_zeros(m)) {
                    bases.push(format!("{digits}{rest}"));
                    bases.push(format!("{prefix}{digits}{rest}"));
                }
            }
            None => {
                let plain = number.replace(',', "");
                for (m, zeros) in [('万', 4usize), ('億', 8)] {
                    if plain.len() > zeros
                        && !plain.contains('.')
                        && plain.ends_with(&"0".repeat(zeros))
                    {
                        let head = &plain[..plain.len() - zeros];
                        bases.push(format!("{head}{m}{rest}"));
                        bases.push(format!("約{head}{m}{rest}"));
                    }
                }
            }
        }
    }
    let mut forms = Vec::new();
    for b in bases {
        for f in [
            b.clone(),
            strip_thousands(&b),
            add_thousands(&strip_thousands(&b)),
        ] {
            if !f.is_empty() && !forms.contains(&f) {
                forms.push(f);
            }
        }
    }
    forms
}

fn is_number_char(c: char) -> bool {
    c.is_ascii_digit()
}

/// Whether `needle` occurs in `hay` as a whole number (see the module comment).
fn contains_whole(hay: &str, needle: &str) -> bool {
    !whole_positions(hay, needle).is_empty()
}

/// The byte offsets at which `needle` occurs in `hay` as a whole number.
fn whole_positions(hay: &str, needle: &str) -> Vec<usize> {
    let mut found = Vec::new();
    if needle.is_empty() {
        return found;
    }
    let starts_digit = needle.chars().next().is_some_and(is_number_char);
    let ends_digit = needle.chars().last().is_some_and(is_number_char);
    let mut from = 0;
    while let Some(pos) = hay[from..].find(needle) {
        let start = from + pos;
        let end = start + needle.len();
        let before: Vec<char> = hay[..start].chars().rev().take(2).collect();
        let after: Vec<char> = hay[end..].chars().take(2).collect();
        let bad_before = starts_digit
            && match before.as_slice() {
                [c, ..] if is_number_char(*c) => true,
                [p, d, ..] if (*p == '.' || *p == ',') && is_number_char(*d) => true,
                _ => false,
            };
        let bad_after = ends_digit
            && match after.as_slice() {
                [c, ..] if is_number_char(*c) => true,
                [p, d, ..] if (*p == '.' || *p == ',') && is_number_char(*d) => true,
                _ => false,
            };
        if !bad_before && !bad_after {
            found.push(start);
        }
        from = start + hay[start..].chars().next().map_or(1, char::len_utf8);
    }
    found
}

/// The seed text folded (see `fold`) with every whitespace character removed, so that a
/// phrase the PDF broke over two lines is one string again.
fn joined(seed: &str) -> String {
    fold(seed).chars().filter(|c| !c.is_whitespace()).collect()
}

/// Whether the book writes the pair as `{denominator}{unit}中{numerator}` (a unit of at most
/// four non-digit characters, e.g. `192名中97名`) or `{numerator}/{denominator}`.
fn pair_in_seed(numerator: &str, denominator: &str, joined_seed: &str) -> bool {
    let (n, d) = (fold(numerator.trim()), fold(denominator.trim()));
    if n.is_empty() || d.is_empty() {
        return false;
    }
    if contains_whole(joined_seed, &format!("{n}/{d}")) {
        return true;
    }
    whole_positions(joined_seed, &d).into_iter().any(|start| {
        let after = &joined_seed[start + d.len()..];
        after
            .char_indices()
            .take(5)
            .take_while(|&(_, c)| !c.is_ascii_digit())
            .filter(|&(_, c)| c == '中')
            .any(|(i, c)| {
                let rest = &after[i + c.len_utf8()..];
                rest.starts_with(n.as_str())
                    && !rest[n.len()..].starts_with(|c: char| c.is_ascii_digit())
            })
    })
}

/// The first and last year of a span row (`2021..2023`, `2021～2023`, `令和3～5年度`), or
/// `None` for a single year.
fn span_years(year: &str) -> Option<(i32, i32)> {
    let y = fold(year.trim());
    let (era, body) = match y.strip_prefix("令和") {
        Some(rest) => (2018, rest),
        None => (0, y.as_str()),
    };
    let body = body.trim_end_matches("年度").trim_end_matches('年');
    let (a, b) = body
        .split_once("..")
        .or_else(|| body.split_once('～'))
        .or_else(|| body.split_once('~'))?;
    let a: i32 = a
        .trim_end_matches("年度")
        .trim_end_matches('年')
        .parse()
        .ok()?;
    let b: i32 = b.trim_start_matches("令和").parse().ok()?;
    Some((era + a, era + b))
}

/// Whether the book names both ends of the span within 200 characters of an occurrence of
/// the value (see the module comment).
fn span_near_value(value: &str, first: i32, last: i32, joined_seed: &str) -> bool {
    let starts = [
        format!("{first}年"),
        format!("令和{}年", first - 2018),
        format!("令和{}～", first - 2018),
    ];
    let ends = [
        format!("{last}年"),
        format!("令和{}年", last - 2018),
        format!("～{}年", last - 2018),
    ];
    let variants = [joined_seed.to_string(), strip_thousands(joined_seed)];
    candidate_forms(value).iter().any(|form| {
        variants.iter().any(|seed| {
            whole_positions(seed, form).into_iter().any(|pos| {
                let window = window_around(seed, pos, form.len(), 200);
                starts.iter().any(|s| window.contains(s.as_str()))
                    && ends.iter().any(|e| window.contains(e.as_str()))
            })
        })
    })
}

/// The text from `chars` characters before `start` to `chars` characters after `start + len`.
fn window_around(text: &str, start: usize, len: usize, chars: usize) -> &str {
    let from = text[..start]
        .char_indices()
        .rev()
        .nth(chars.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    let end = start + len;
    let to = text[end..]
        .char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| end + i);
    &text[from..to]
}

fn found_in_seed(value: &str, raw_seed: &str, seed_variants: &[String]) -> bool {
    if contains_whole(raw_seed, value) {
        return true;
    }
    candidate_forms(value)
        .iter()
        .any(|form| seed_variants.iter().any(|seed| contains_whole(seed, form)))
}

fn column(header: &[String], names: &[&str]) -> Option<usize> {
    header.iter().position(|h| names.contains(&h.trim()))
}

#[test]
fn every_value_in_the_2024_data_file_is_written_in_the_seed_document() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let seed_path = root.join(SEED_PATH);
    let seed = fs::read_to_string(&seed_path).unwrap_or_else(|e| {
        panic!(
            "the seed document {} could not be read ({e}); this test checks inputs/ against it \
             and must not pass without it",
            seed_path.display()
        )
    });
    let csv_path = root.join(CSV_PATH);
    let csv = fs::read_to_string(&csv_path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", csv_path.display()));

    let folded = fold(&seed);
    let seed_variants = vec![folded.clone(), strip_thousands(&folded)];
    let joined_seed = joined(&seed);

    let records = parse_csv(&csv);
    let (header, rows) = records
        .split_first()
        .expect("the data file has no header row");
    let id_col = column(header, &["indicator", "指標"]).expect("no `indicator` column");
    let value_col = column(header, &["value", "実績値", "値"]).expect("no `value` column");
    let year_col = column(header, &["year", "年度"]).expect("no `year` column");
    let numerator_col = column(header, &["numerator", "分子"]);
    let denominator_col = column(header, &["denominator", "分母"]);

    let mut checked = 0;
    let mut pairs = 0;
    let mut spans = 0;
    let mut missing = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let line = i + 2;
        assert_eq!(
            row.len(),
            header.len(),
            "{CSV_PATH}:{line}: {} fields, the header has {}",
            row.len(),
            header.len()
        );
        let id = &row[id_col];
        let value = row[value_col].trim();
        let numerator = numerator_col.map_or("", |c| row[c].trim());
        let denominator = denominator_col.map_or("", |c| row[c].trim());
        if !numerator.is_empty() || !denominator.is_empty() {
            pairs += 1;
            for (what, count) in [("numerator", numerator), ("denominator", denominator)] {
                if count.is_empty() || !found_in_seed(count, &seed, &seed_variants) {
                    missing.push(format!("{CSV_PATH}:{line}: {id} {what} = {count:?}"));
                }
            }
            if !pair_in_seed(numerator, denominator, &joined_seed) {
                missing.push(format!(
                    "{CSV_PATH}:{line}: {id}: the book never writes {denominator}…中{numerator} \
                     (or {numerator}/{denominator})"
                ));
            }
        }
        let span = span_years(&row[year_col]);
        if let Some((first, last)) = span {
            spans += 1;
            if value.is_empty() {
                missing.push(format!(
                    "{CSV_PATH}:{line}: {id}: a span row without a value"
                ));
            } else if !span_near_value(value, first, last, &joined_seed) {
                missing.push(format!(
                    "{CSV_PATH}:{line}: {id}: the book does not give {value:?} as the total \
                     for {first}–{last} (both years named near the value)"
                ));
            }
        }
        if value.is_empty() || MILESTONE_VALUES.contains(&value) {
            continue;
        }
        checked += 1;
        if !found_in_seed(value, &seed, &seed_variants) {
            missing.push(format!("{CSV_PATH}:{line}: {id} = {value:?}"));
        }
    }
    assert!(
        checked >= 40,
        "only {checked} numeric values were checked; is {CSV_PATH} complete?"
    );
    assert!(
        pairs >= 9,
        "only {pairs} numerator/denominator pairs were checked; is {CSV_PATH} complete?"
    );
    assert!(
        spans >= 5,
        "only {spans} span rows were checked; is {CSV_PATH} complete?"
    );
    assert!(
        missing.is_empty(),
        "{} value(s) not found in {SEED_PATH} in any written form:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn the_written_forms_tried_are_the_documented_ones() {
    let seed = "令和２年266万件、1,523件、８名、計８基、17,280枚、2017年、87.7％";
    let variants = vec![fold(seed), strip_thousands(&fold(seed))];
    for ok in [
        "266万件",
        "約266万件",
        "2660000件",
        "2,660,000件",
        "1523件",
        "1,523件",
        "8名",
        "８名",
        "87.7%",
    ] {
        assert!(found_in_seed(ok, seed, &variants), "{ok} should be found");
    }
    for bad in ["17", "201", "7", "523件", "12名"] {
        assert!(
            !found_in_seed(bad, seed, &variants),
            "{bad} should not be found"
        );
    }
}

#[test]
fn counts_are_found_as_the_pairs_the_book_writes() {
    let seed = joined("（２）50％（192名中97名）（３）79％（192名\n\n中152名）、13名中11名、3/4");
    for (n, d) in [("97", "192"), ("152", "192"), ("11", "13"), ("3", "4")] {
        assert!(pair_in_seed(n, d, &seed), "{n}/{d} should be found");
    }
    for (n, d) in [
        ("9", "192"),
        ("97", "19"),
        ("152", "13"),
        ("1", "13"),
        ("4", "3"),
    ] {
        assert!(!pair_in_seed(n, d, &seed), "{n}/{d} should not be found");
    }
}

#[test]
fn span_rows_need_both_ends_named_near_the_value() {
    assert_eq!(span_years("2021..2023"), Some((2021, 2023)));
    assert_eq!(span_years("2021～2023"), Some((2021, 2023)));
    assert_eq!(span_years("令和3～5年度"), Some((2021, 2023)));
    assert_eq!(span_years("令和３～５年度"), Some((2021, 2023)));
    assert_eq!(span_years("令和5年度"), None);
    assert_eq!(span_years("2023"), None);
    let seed = joined(
        "令和３～5年度で新興国を含む延べ23か国・機関との間で\n合同委員会を実施。\
         2021年から2023年の３年間で19人の帰国が実現した。別の段落：７名。",
    );
    assert!(span_near_value("23か国・機関", 2021, 2023, &seed));
    assert!(span_near_value("19人", 2021, 2023, &seed));
    assert!(!span_near_value("19人", 2020, 2023, &seed));
    assert!(!span_near_value("23か国・機関", 2021, 2024, &seed));
}

#[test]
fn csv_fields_with_commas_and_quotes_are_parsed() {
    let rows = parse_csv("a,b,c\r\nx,\"1,523件\",\"say \"\"hi\"\"\"\n");
    assert_eq!(
        rows,
        vec![vec!["a", "b", "c"], vec!["x", "1,523件", "say \"hi\""]]
    );
}
