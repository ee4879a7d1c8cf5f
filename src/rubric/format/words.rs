//! How the format's types and values are written in messages and the documentation.

use super::Type;

/// How a rubric author would name the type (in messages and the documentation).
pub fn type_name(ty: Type) -> String {
    match ty {
        Type::Text | Type::Id | Type::PolicyId => "a quoted string".into(),
        Type::Integer => "a whole number".into(),
        Type::Year => "a year (a whole number such as 2023)".into(),
        Type::Number => "a number".into(),
        Type::Bool => "true or false".into(),
        Type::Choice(values) => format!("one of {}", quoted_list(values)),
        Type::YearPair => "two years, e.g. [2021, 2023]".into(),
        Type::NumberOrBand => "a number, or [low, high] with direction = \"within\"".into(),
        Type::YearNumbers => "a table of years and numbers, e.g. { 2024 = 52, 2025 = 55 }".into(),
        Type::Choices(values) => {
            format!("an array of strings, each one of {}", quoted_list(values))
        }
        Type::Table(t) => format!("a table ({})", t.what),
        Type::Tables(t) => format!("an array of tables, each written {}", t.header),
    }
}

/// `"a", "b" or "c"`.
pub fn quoted_list(values: &[&str]) -> String {
    let quoted: Vec<String> = values.iter().map(|v| format!("\"{v}\"")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => quoted.join(""),
    }
}

/// Numbers in messages are written as everywhere else (`values::show`): `50`, `10.37`
/// as a rubric writes them, and short (`1e15`) where a bound is named.
pub use crate::values::show::{plain as toml_number, short as short_number};
