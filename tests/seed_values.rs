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
            return true;
        }
        from = start + hay[start..].chars().next().map_or(1, char::len_utf8);
    }
    false
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

    let records = parse_csv(&csv);
    let (header, rows) = records
        .split_first()
        .expect("the data file has no header row");
    let id_col = column(header, &["indicator", "指標"]).expect("no `indicator` column");
    let value_col = column(header, &["value", "実績値", "値"]).expect("no `value` column");

    let mut checked = 0;
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
        let value = row[value_col].trim();
        if value.is_empty() || MILESTONE_VALUES.contains(&value) {
            continue;
        }
        checked += 1;
        if !found_in_seed(value, &seed, &seed_variants) {
            missing.push(format!("{CSV_PATH}:{line}: {} = {value:?}", row[id_col]));
        }
    }
    assert!(
        checked >= 40,
        "only {checked} numeric values were checked; is {CSV_PATH} complete?"
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
fn csv_fields_with_commas_and_quotes_are_parsed() {
    let rows = parse_csv("a,b,c\r\nx,\"1,523件\",\"say \"\"hi\"\"\"\n");
    assert_eq!(
        rows,
        vec![vec!["a", "b", "c"], vec!["x", "1,523件", "say \"hi\""]]
    );
}
