//! The words of the structure pass's messages: how a key, a bound or a value is named, how
//! to write a value instead, and where a key of another table belongs.

use toml::de::DeValue;

use crate::lang::{Message, msg};
use crate::rubric::format::{self, Bound, Key, Table, Type, short_number};

/// How messages name a key or a part of its value: `` `target` ``, "baseline value",
/// "`target` low", "period start" … As catalogue arguments: the key, the part's id
/// (`key`, `baseline`, `low`, `high`, `entry`, `year`, `start`, `end`) and, for an entry of
/// the yearly targets, its year as written.
#[derive(Clone)]
pub(super) struct Named {
    pub(super) key: &'static str,
    pub(super) part: &'static str,
    pub(super) entry: String,
}

impl Named {
    /// The key itself: `` `target` ``.
    pub(super) fn key(key: &Key) -> Named {
        Named {
            key: key.name,
            part: "key",
            entry: String::new(),
        }
    }

    pub(super) fn part(&self, part: &'static str) -> Named {
        Named {
            part,
            ..self.clone()
        }
    }

    pub(super) fn entry(&self, written: &str) -> Named {
        Named {
            part: "entry",
            entry: written.to_string(),
            ..self.clone()
        }
    }

    /// The message `m` naming this.
    pub(super) fn on(&self, m: Message) -> Message {
        m.arg("key", self.key)
            .arg("part", self.part)
            .arg("entry", &self.entry)
    }
}

/// How messages name a key: `` `target` ``, or "baseline value" inside a baseline.
pub(super) fn shown_name(spec: &'static Table, key: &Key) -> Named {
    Named {
        key: key.name,
        part: if std::ptr::eq(spec, &format::BASELINE) {
            "baseline"
        } else {
            "key"
        },
        entry: String::new(),
    }
}

/// The id of a table of the format in the catalogue's selectors: `root`, `policy`, …
pub(super) fn table_id(spec: &'static Table) -> &'static str {
    const IDS: [&str; 9] = [
        "root",
        "policy",
        "scoring",
        "labels",
        "lints",
        "field",
        "goal",
        "indicator",
        "baseline",
    ];
    let tables = format::tables();
    let at = tables.iter().position(|t| std::ptr::eq(*t, spec));
    at.map_or("indicator", |i| IDS[i])
}

/// The message `m` with the bounds of a number key: `range` (`from-to`, `above-at-most` …),
/// `low` and `high` ("from 0 to 1", "above 0 and at most 1e6").
pub(super) fn with_range(m: Message, key: &Key) -> Message {
    let shown = |b: Option<Bound>| {
        b.map_or(String::new(), |b| match b {
            Bound::Inclusive(a) | Bound::Exclusive(a) => short_number(a),
        })
    };
    let low = match key.minimum {
        Some(Bound::Inclusive(_)) => "at-least",
        Some(Bound::Exclusive(_)) => "above",
        None => "",
    };
    let high = match key.maximum {
        Some(Bound::Inclusive(_)) => "at-most",
        Some(Bound::Exclusive(_)) => "below",
        None => "",
    };
    let range = match (low, high) {
        ("at-least", "at-most") => "from-to".to_string(),
        ("", "") => "none".to_string(),
        (l, "") => l.to_string(),
        ("", h) => h.to_string(),
        (l, h) => format!("{l}-{h}"),
    };
    m.arg("range", range)
        .arg("low", shown(key.minimum))
        .arg("high", shown(key.maximum))
}

/// What a rubric author sees in a value, for messages: `found` (`string`, `integer`,
/// `float`, `true`, `false`, `date`, `array`, `table`) and the string, if it is one.
pub(super) fn describe(m: Message, v: &DeValue) -> Message {
    let (found, string) = match v {
        DeValue::String(s) => ("string", s.to_string()),
        DeValue::Integer(_) => ("integer", String::new()),
        DeValue::Float(_) => ("float", String::new()),
        DeValue::Boolean(true) => ("true", String::new()),
        DeValue::Boolean(false) => ("false", String::new()),
        DeValue::Datetime(_) => ("date", String::new()),
        DeValue::Array(_) => ("array", String::new()),
        DeValue::Table(_) => ("table", String::new()),
    };
    m.arg("found", found).arg("string", string)
}

/// The message `m` with the type a key takes (`format::type_name`, worded in the
/// catalogue): `type` (`text`, `integer`, `year`, `number`, `bool`, `choice`, `year-pair`,
/// `number-or-band`, `year-numbers`, `choices`, `table`, `tables`), the `choices`, and the
/// `table` and `header` of a table.
pub(super) fn with_type(m: Message, ty: Type) -> Message {
    let (id, choices, table) = match ty {
        Type::Text | Type::Id | Type::PolicyId => ("text", &[][..], None),
        Type::Integer => ("integer", &[][..], None),
        Type::Year => ("year", &[][..], None),
        Type::Number => ("number", &[][..], None),
        Type::Bool => ("bool", &[][..], None),
        Type::Choice(values) => ("choice", values, None),
        Type::YearPair => ("year-pair", &[][..], None),
        Type::NumberOrBand => ("number-or-band", &[][..], None),
        Type::YearNumbers => ("year-numbers", &[][..], None),
        Type::Choices(values) => ("choices", values, None),
        Type::Table(t) => ("table", &[][..], Some(t)),
        Type::Tables(t) => ("tables", &[][..], Some(t)),
    };
    with_choices(m.arg("type", id), choices)
        .arg("table", table.map_or("", table_id))
        .arg("header", table.map_or("", |t| t.header))
}

/// The message `m` with a list of allowed values, quoted: `choices` all but the last,
/// joined with commas, and `last` ("none" for a list of one), so that each language joins
/// the last in its own words (`"a", "b" or "c"`).
pub(super) fn with_choices(m: Message, values: &[&str]) -> Message {
    let quoted: Vec<String> = values.iter().map(|v| format!("\"{v}\"")).collect();
    let (choices, last) = match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => (rest.join(", "), last.clone()),
        _ => (quoted.join(""), "none".to_string()),
    };
    m.arg("choices", choices).arg("last", last)
}

/// How to write the value instead, as concretely as the wrong value allows.
pub(super) fn type_help(key: &Key, v: &DeValue) -> Message {
    let name = key.name;
    let example = key.example;
    match (key.ty, v) {
        (Type::Number, DeValue::String(s)) => {
            match crate::values::number::parse(s, &[unit_of(s)]) {
                Ok(n) => msg!(
                    "rubric-write-number-bare",
                    key = name,
                    number = format::toml_number(n)
                ),
                Err(_) => msg!("rubric-write-number", key = name, example = example),
            }
        }
        (Type::Year | Type::Integer, DeValue::String(s)) => match crate::values::year::parse(s) {
            Ok(y) => msg!("rubric-write-year-number", key = name, year = y),
            Err(_) => msg!(
                "rubric-write-whole-number-bare",
                key = name,
                example = example
            ),
        },
        (Type::Year | Type::Integer, DeValue::Float(f)) => match f.as_str().parse::<f64>() {
            Ok(x) if x.fract() == 0.0 && x.abs() < 1e9 => {
                msg!(
                    "rubric-write-no-decimal-point",
                    key = name,
                    number = x as i64
                )
            }
            _ => msg!("rubric-write-whole-number", key = name, example = example),
        },
        (Type::Year, DeValue::Datetime(_)) => {
            msg!("rubric-write-year-not-date", key = name, example = example)
        }
        (Type::Bool, DeValue::String(s)) => {
            let yes = matches!(
                s.to_lowercase().as_str(),
                "true" | "yes" | "はい" | "1" | "on"
            );
            msg!("rubric-write-bool", key = name, value = yes)
        }
        (Type::Text | Type::Id | Type::PolicyId, DeValue::Integer(i)) => {
            msg!("rubric-write-quoted", key = name, value = i.as_str())
        }
        (Type::Text | Type::Id | Type::PolicyId, DeValue::Float(f)) => {
            msg!("rubric-write-quoted", key = name, value = f.as_str())
        }
        (Type::Choice(values), _) => with_choices(
            msg!(
                "rubric-write-choice",
                key = name,
                first = values.first().copied().unwrap_or_default()
            ),
            values,
        ),
        (Type::Tables(t), _) => msg!("rubric-write-tables", header = t.header),
        _ => msg!("rubric-write-like", key = name, example = example),
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
pub(super) fn belongs_elsewhere(spec: &'static Table, name: &str) -> Option<Message> {
    let homes: Vec<&'static Table> = format::tables()
        .into_iter()
        .filter(|t| !std::ptr::eq(*t, spec) && t.key(name).is_some())
        .collect();
    let home = homes.first()?;
    // Tables written with a header: name them by it. The keys of the top of the file are
    // not keys of any other table.
    let headers: Vec<&str> = homes.iter().map(|t| t.header).collect();
    Some(if headers.len() == 1 && home.header.starts_with('[') {
        msg!(
            "rubric-key-of-table",
            key = name,
            table = table_id(home),
            header = home.header
        )
    } else if headers.len() == 1 && std::ptr::eq(*home, &format::ROOT) {
        msg!("rubric-key-belongs-top", key = name)
    } else {
        msg!(
            "rubric-key-belongs-in",
            key = name,
            headers = headers.join(", ")
        )
    })
}
