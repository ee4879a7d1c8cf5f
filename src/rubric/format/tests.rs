use super::*;
use crate::rubric::{Aggregation, Direction, Growth, KindName, Measure, PathKind, YearBasis};

fn parses<T: serde::de::DeserializeOwned>(values: &[&str]) {
    for v in values {
        let parsed: Result<T, _> = serde_json::from_value(serde_json::json!(v));
        assert!(parsed.is_ok(), "{v} is listed but not read");
    }
}

#[test]
fn the_listed_choices_are_the_ones_the_model_reads() {
    parses::<KindName>(KINDS);
    parses::<Direction>(DIRECTIONS);
    parses::<PathKind>(PATHS);
    parses::<Aggregation>(AGGREGATIONS);
    parses::<Growth>(GROWTHS);
    parses::<Measure>(MEASURES);
    parses::<YearBasis>(YEAR_BASES);
}

/// `assessment` takes the ids and the Japanese labels of the ratings, nothing else.
#[test]
fn assessments_are_the_rating_ids_and_japanese_labels() {
    use crate::rating::{Lang, Rating};
    let ids = Rating::ALL.map(Rating::id);
    let labels = Rating::ALL.map(|r| r.label(Lang::Ja));
    assert_eq!(ASSESSMENTS, [&ids[..], &labels[..]].concat());
    for (n, word) in ASSESSMENTS.iter().enumerate() {
        assert_eq!(
            crate::rubric::rating_named(word),
            Some(Rating::ALL[n % Rating::ALL.len()])
        );
    }
    assert_eq!(crate::rubric::rating_named("Met"), None);
}

#[test]
fn every_rating_has_a_label_key() {
    for r in crate::rating::Rating::ALL {
        assert!(LABELS.key(r.id()).is_some(), "{}", r.id());
    }
    assert_eq!(LABELS.keys.len(), crate::rating::Rating::ALL.len());
}

/// A number without bounds would reach the arithmetic of scoring unchecked.
#[test]
fn every_number_is_bounded_on_both_sides() {
    for t in tables() {
        let numbers =
            |k: &&Key| matches!(k.ty, Type::Number | Type::NumberOrBand | Type::YearNumbers);
        for k in t.keys.iter().filter(numbers) {
            assert!(
                k.minimum.is_some() && k.maximum.is_some(),
                "{} in {}",
                k.name,
                t.header
            );
        }
    }
}

#[test]
fn lists_read_as_english() {
    assert_eq!(quoted_list(&["a"]), "\"a\"");
    assert_eq!(quoted_list(&["a", "b", "c"]), "\"a\", \"b\" or \"c\"");
}

/// Bounds and values in messages: plain in the usual range, scientific beyond it.
#[test]
fn numbers_in_messages_read_short() {
    for (x, shown) in [
        (0.0, "0"),
        (0.8, "0.8"),
        (1.0, "1"),
        (918.0, "918"),
        (1e6, "1e6"),
        (-1e15, "-1e15"),
        (1e-300, "1e-300"),
    ] {
        assert_eq!(short_number(x), shown);
    }
}
