//! The JSON Schema (draft-07) of the rubric format, built from `format` so that it and the
//! checker cannot disagree. Editors that read JSON Schema for TOML (taplo, Even Better TOML)
//! use it to complete keys, show their documentation and flag mistakes as the author types.
//!
//! It expresses what a schema can: keys, types, choices, bounds, required keys, and the keys
//! each indicator kind takes. Checks across the document (unique ids, a target year after the
//! baseline year, a positive geometric path) are left to `polscore validate`.

use serde_json::{Map, Value, json};

use super::format::{self, Bound, Key, Table, Type};

/// Where the schema says it comes from; also the name the documentation suggests saving
/// it under.
pub const FILE_NAME: &str = "polscore-rubric.schema.json";

/// The schema, as a JSON value (its keys sorted, so its text is deterministic).
pub fn json_schema() -> Value {
    let mut root = object(&format::ROOT);
    // The one version this program reads.
    if let Some(Value::Object(p)) = root.get_mut("properties").and_then(|p| p.get_mut("schema")) {
        p.insert("const".into(), json!(format::SCHEMA_VERSION));
    }
    root.insert(
        "$schema".into(),
        json!("http://json-schema.org/draft-07/schema#"),
    );
    root.insert(
        "title".into(),
        json!(format!(
            "polscore rubric, schema = {}",
            format::SCHEMA_VERSION
        )),
    );
    let definitions: Map<String, Value> = format::tables()
        .into_iter()
        .skip(1)
        .map(|t| (definition_name(t).to_string(), Value::Object(object(t))))
        .collect();
    root.insert("definitions".into(), Value::Object(definitions));
    Value::Object(root)
}

/// The schema as text: pretty-printed, ending with a newline.
pub fn render() -> String {
    let mut text = serde_json::to_string_pretty(&json_schema()).unwrap_or_default();
    text.push('\n');
    text
}

fn definition_name(t: &Table) -> &'static str {
    t.header
        .trim_start_matches('[')
        .trim_end_matches(']')
        .rsplit('.')
        .next()
        .unwrap_or(t.header)
        .split(' ')
        .next()
        .unwrap_or(t.header)
}

fn object(t: &'static Table) -> Map<String, Value> {
    let mut o = Map::new();
    o.insert("type".into(), json!("object"));
    o.insert("description".into(), json!(t.doc));
    o.insert("additionalProperties".into(), json!(false));
    let properties: Map<String, Value> = t
        .keys
        .iter()
        .map(|k| (k.name.to_string(), property(k)))
        .collect();
    o.insert("properties".into(), Value::Object(properties));
    let required: Vec<&str> = t
        .keys
        .iter()
        .filter(|k| k.required)
        .map(|k| k.name)
        .collect();
    if !required.is_empty() {
        o.insert("required".into(), json!(required));
    }
    if std::ptr::eq(t, &format::INDICATOR) {
        o.insert("allOf".into(), Value::Array(kind_rules(t)));
    }
    o
}

fn property(k: &Key) -> Value {
    let mut p = match value_schema_bounded(k.ty, &bounds(k)) {
        Value::Object(m) => m,
        _ => Map::new(),
    };
    let mut doc = k.doc.to_string();
    if let Some(d) = k.default {
        doc.push_str(&format!(" Default: {d}."));
        // A default that is a TOML value is also given to editors as a value.
        if let Ok(v) = serde_json::from_str::<Value>(d) {
            p.insert("default".into(), v);
        }
    }
    p.insert("description".into(), json!(doc));
    Value::Object(p)
}

/// A key's bounds as schema keywords: `minimum`, `exclusiveMinimum`, ….
fn bounds(k: &Key) -> Map<String, Value> {
    let mut b = Map::new();
    for (bound, inclusive, exclusive) in [
        (k.minimum, "minimum", "exclusiveMinimum"),
        (k.maximum, "maximum", "exclusiveMaximum"),
    ] {
        match bound {
            Some(Bound::Inclusive(x)) => {
                b.insert(inclusive.into(), json!(x));
            }
            Some(Bound::Exclusive(x)) => {
                b.insert(exclusive.into(), json!(x));
            }
            None => {}
        }
    }
    b
}

/// The schema of a value whose numbers, wherever they are, keep `bounds`.
fn value_schema_bounded(ty: Type, bounds: &Map<String, Value>) -> Value {
    let number = || {
        let mut n = bounds.clone();
        n.insert("type".into(), json!("number"));
        Value::Object(n)
    };
    match ty {
        Type::Number => number(),
        Type::NumberOrBand => json!({
            "oneOf": [
                number(),
                { "type": "array", "items": number(), "minItems": 2, "maxItems": 2 }
            ]
        }),
        // Keys are years of `format::YEARS` (1900 to 2200).
        Type::YearNumbers => json!({
            "type": "object",
            "propertyNames": { "pattern": "^(19[0-9]{2}|2[01][0-9]{2}|2200)$" },
            "additionalProperties": number()
        }),
        _ => value_schema(ty),
    }
}

fn value_schema(ty: Type) -> Value {
    match ty {
        Type::Text => json!({ "type": "string" }),
        // No spaces, commas, quotes or control characters (as the checker's `id`).
        Type::Id => json!({ "type": "string", "pattern": "^[^\\s,\"\\x00-\\x1f\\x7f-\\x9f]+$" }),
        Type::PolicyId => json!({ "type": "string", "pattern": "^[A-Za-z0-9._-]+$" }),
        Type::Integer => json!({ "type": "integer" }),
        Type::Year => json!({
            "type": "integer",
            "minimum": format::YEARS.start(),
            "maximum": format::YEARS.end()
        }),
        Type::Number | Type::NumberOrBand | Type::YearNumbers => {
            value_schema_bounded(ty, &Map::new())
        }
        Type::Choices(values) => json!({
            "type": "array",
            "items": { "type": "string", "enum": values }
        }),
        Type::Bool => json!({ "type": "boolean" }),
        Type::Choice(values) => json!({ "type": "string", "enum": values }),
        Type::YearPair => json!({
            "type": "array",
            "items": value_schema(Type::Year),
            "minItems": 2,
            "maxItems": 2
        }),
        Type::Table(t) => json!({ "$ref": format!("#/definitions/{}", definition_name(t)) }),
        Type::Tables(t) => json!({
            "type": "array",
            "items": { "$ref": format!("#/definitions/{}", definition_name(t)) }
        }),
    }
}

/// The keys each kind takes (and needs), and no baseline on an accumulated indicator.
fn kind_rules(t: &Table) -> Vec<Value> {
    let mut rules: Vec<Value> = format::KINDS
        .iter()
        .map(|kind| {
            let foreign: Map<String, Value> = t
                .keys
                .iter()
                .filter(|k| !k.kinds.is_empty() && !k.kinds.contains(kind))
                .map(|k| (k.name.to_string(), json!(false)))
                .collect();
            let mut then = Map::new();
            then.insert("properties".into(), Value::Object(foreign));
            let needed: Vec<&str> = format::REQUIRED_BY_KIND
                .iter()
                .filter(|(_, kinds)| kinds.contains(kind))
                .map(|(key, _)| *key)
                .collect();
            if !needed.is_empty() {
                then.insert("required".into(), json!(needed));
            }
            json!({
                "if": { "properties": { "kind": { "const": kind } }, "required": ["kind"] },
                "then": then
            })
        })
        .collect();
    rules.push(json!({
        "if": { "properties": { "accumulate": { "const": true } }, "required": ["accumulate"] },
        "then": { "properties": { "baseline": false } }
    }));
    rules.extend(shape_rules());
    rules
}

/// The rules of a band, a benchmark and a ratio (`validate/shapes.rs` says them in words).
fn shape_rules() -> Vec<Value> {
    let within: Map<String, Value> = format::NOT_WITH_WITHIN
        .iter()
        .map(|k| (k.to_string(), json!(false)))
        .chain([("target".to_string(), json!({ "type": "array" }))])
        .collect();
    let ratio =
        json!({ "properties": { "measure": { "const": "ratio" } }, "required": ["measure"] });
    vec![
        // `within` takes a band and nothing on a path to it.
        json!({
            "if": { "properties": { "direction": { "const": "within" } }, "required": ["direction"] },
            "then": { "properties": within }
        }),
        // A band needs `within`.
        json!({
            "if": { "properties": { "target": { "type": "array" } }, "required": ["target"] },
            "then": { "properties": { "direction": { "const": "within" } }, "required": ["direction"] }
        }),
        // A reference indicator's benchmark needs a direction, never `within`.
        json!({
            "if": { "properties": { "kind": { "const": "reference" } }, "required": ["kind"] },
            "then": {
                "properties": { "direction": { "enum": ["at_least", "at_most"] } },
                "if": { "required": ["target"] },
                "then": { "required": ["direction"] }
            }
        }),
        // `scale` needs a ratio, and a ratio is not accumulated.
        json!({ "if": { "not": ratio.clone() }, "then": { "properties": { "scale": false } } }),
        json!({
            "if": ratio,
            "then": { "properties": { "accumulate": { "const": false } } }
        }),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_is_defined_once_under_its_own_name() {
        let schema = json_schema();
        let defs = schema["definitions"].as_object().unwrap();
        let names: Vec<&str> = defs.keys().map(String::as_str).collect();
        assert_eq!(
            names,
            [
                "baseline",
                "field",
                "goal",
                "indicator",
                "labels",
                "lints",
                "policy",
                "scoring"
            ]
        );
    }

    /// Editors flag a number out of range as the author types, with the checker's bounds.
    #[test]
    fn numbers_carry_their_bounds() {
        let schema = json_schema();
        let defs = &schema["definitions"];
        let weight = &defs["indicator"]["properties"]["weight"];
        assert_eq!(weight["exclusiveMinimum"], json!(0.0));
        assert_eq!(weight["maximum"], json!(1e6));
        for value in [
            &defs["indicator"]["properties"]["target"]["oneOf"][0],
            &defs["baseline"]["properties"]["value"],
        ] {
            assert_eq!(value["minimum"], json!(-1e15));
            assert_eq!(value["maximum"], json!(1e15));
        }
        assert_eq!(
            defs["scoring"]["properties"]["stable_band"]["maximum"],
            json!(1.0)
        );
    }

    #[test]
    fn a_reference_indicator_may_have_a_benchmark_but_no_baseline() {
        let schema = json_schema();
        let rules = schema["definitions"]["indicator"]["allOf"]
            .as_array()
            .unwrap();
        let reference = rules
            .iter()
            .find(|r| r["if"]["properties"]["kind"]["const"] == "reference")
            .unwrap();
        assert_eq!(reference["then"]["properties"]["baseline"], json!(false));
        assert_eq!(reference["then"]["properties"].get("target"), None);
    }

    /// A band's ends and a schedule's values keep the bounds of a target.
    #[test]
    fn bands_and_schedules_carry_the_bounds() {
        let schema = json_schema();
        let target = &schema["definitions"]["indicator"]["properties"]["target"];
        assert_eq!(target["oneOf"][1]["items"]["maximum"], json!(1e15));
        let targets = &schema["definitions"]["indicator"]["properties"]["targets"];
        assert_eq!(targets["additionalProperties"]["minimum"], json!(-1e15));
    }
}
