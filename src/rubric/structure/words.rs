//! The words of the structure pass's messages: how a key, a bound or a value is named, how
//! to write a value instead, and where a key of another table belongs.

use toml::de::DeValue;

use crate::rubric::format::{self, Bound, Key, Table, Type, short_number};

/// How messages name a key: `` `target` ``, or "baseline value" inside a baseline.
pub(super) fn shown_name(spec: &'static Table, key: &Key) -> String {
    if std::ptr::eq(spec, &format::BASELINE) {
        format!("baseline {}", key.name)
    } else {
        format!("`{}`", key.name)
    }
}

/// The bounds of a number key in words: "from 0 to 1", "above 0 and at most 1e6".
pub(super) fn range_words(key: &Key) -> String {
    match (key.minimum, key.maximum) {
        (Some(Bound::Inclusive(a)), Some(Bound::Inclusive(b))) => {
            format!("from {} to {}", short_number(a), short_number(b))
        }
        (low, high) => {
            let low = low.map(|b| match b {
                Bound::Inclusive(a) => format!("at least {}", short_number(a)),
                Bound::Exclusive(a) => format!("above {}", short_number(a)),
            });
            let high = high.map(|b| match b {
                Bound::Inclusive(a) => format!("at most {}", short_number(a)),
                Bound::Exclusive(a) => format!("below {}", short_number(a)),
            });
            low.into_iter()
                .chain(high)
                .collect::<Vec<_>>()
                .join(" and ")
        }
    }
}

/// What a rubric author sees in a value, for messages.
pub(super) fn describe(v: &DeValue) -> String {
    match v {
        DeValue::String(s) => format!("the string \"{s}\""),
        DeValue::Integer(_) => "a whole number".into(),
        DeValue::Float(_) => "a decimal number".into(),
        DeValue::Boolean(b) => format!("{b}"),
        DeValue::Datetime(_) => "a date".into(),
        DeValue::Array(_) => "an array".into(),
        DeValue::Table(_) => "a table".into(),
    }
}

/// How to write the value instead, as concretely as the wrong value allows.
pub(super) fn type_help(key: &Key, v: &DeValue) -> String {
    let name = key.name;
    match (key.ty, v) {
        (Type::Number, DeValue::String(s)) => {
            match crate::values::number::parse(s, &[unit_of(s)]) {
                Ok(n) => format!(
                    "write the number without quotes or unit: `{name} = {}` (a unit goes in `unit`)",
                    format::toml_number(n)
                ),
                Err(_) => format!(
                    "write a number without quotes, e.g. `{name} = {}`",
                    key.example
                ),
            }
        }
        (Type::Year | Type::Integer, DeValue::String(s)) => match crate::values::year::parse(s) {
            Ok(y) => format!("write the fiscal year as a number: `{name} = {y}`"),
            Err(_) => format!(
                "write a whole number without quotes, e.g. `{name} = {}`",
                key.example
            ),
        },
        (Type::Year | Type::Integer, DeValue::Float(f)) => match f.as_str().parse::<f64>() {
            Ok(x) if x.fract() == 0.0 && x.abs() < 1e9 => {
                format!("write it without a decimal point: `{name} = {}`", x as i64)
            }
            _ => format!("write a whole number, e.g. `{name} = {}`", key.example),
        },
        (Type::Year, DeValue::Datetime(_)) => format!(
            "a year is a whole number: write the fiscal year the date falls in, e.g. `{name} = {}`",
            key.example
        ),
        (Type::Bool, DeValue::String(s)) => {
            let yes = matches!(
                s.to_lowercase().as_str(),
                "true" | "yes" | "はい" | "1" | "on"
            );
            format!(
                "write `{name} = {}` without quotes",
                if yes { "true" } else { "false" }
            )
        }
        (Type::Text | Type::Id | Type::PolicyId, DeValue::Integer(i)) => {
            format!("put the value in quotes: `{name} = \"{}\"`", i.as_str())
        }
        (Type::Text | Type::Id | Type::PolicyId, DeValue::Float(f)) => {
            format!("put the value in quotes: `{name} = \"{}\"`", f.as_str())
        }
        (Type::Choice(values), _) => format!(
            "write one of {} in quotes, e.g. `{name} = \"{}\"`",
            format::quoted_list(values),
            values.first().copied().unwrap_or_default()
        ),
        (Type::Tables(t), _) => format!(
            "write each one as a table under its own {} header",
            t.header
        ),
        _ => format!("write it like `{name} = {}`", key.example),
    }
}

/// The unit written after a number ("人" in "1,000人"), for reading the number.
fn unit_of(s: &str) -> String {
    let unit: Vec<char> = s
        .trim()
        .chars()
        .rev()
        .take_while(|c| !c.is_ascii_digit() && !('０'..='９').contains(c))
        .collect();
    unit.into_iter().rev().collect()
}

pub(super) fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The English key an author may have meant by a Japanese word.
pub(super) fn japanese_key(word: &str) -> Option<&'static str> {
    Some(match word {
        "目標" | "目標値" => "target",
        "目標年度" | "目標年" | "達成年度" => "target_year",
        "基準" | "基準値" | "基準年度" => "baseline",
        "単位" => "unit",
        "名称" | "指標名" | "名前" => "name",
        "種類" | "種別" | "区分" => "kind",
        "方向" => "direction",
        "期限" | "期日" => "due",
        "期間" | "評価期間" => "period",
        "出典" => "source",
        "重み" => "weight",
        "主要" => "primary",
        "題名" | "標題" | "タイトル" | "施策名" | "分野名" => "title",
        "担当" | "担当部局" => "owner",
        "目標文" | "内容" => "text",
        _ => return None,
    })
}

/// For a key of another table: where it goes (a header left out is the usual cause).
pub(super) fn belongs_elsewhere(spec: &'static Table, name: &str) -> Option<String> {
    let homes: Vec<&'static Table> = format::tables()
        .into_iter()
        .filter(|t| !std::ptr::eq(*t, spec) && t.key(name).is_some())
        .collect();
    let home = homes.first()?;
    // Tables written with a header: name them by it.
    let headers: Vec<&str> = homes.iter().map(|t| t.header).collect();
    Some(if headers.len() == 1 && home.header.starts_with('[') {
        format!(
            "`{name}` is a key of {}: is a {} header missing above it?",
            home.what, home.header
        )
    } else {
        format!("`{name}` belongs in {}", headers.join(", "))
    })
}
