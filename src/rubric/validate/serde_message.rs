//! The errors of the serde pass, said in a rubric author's words. The structure pass accepts
//! only what the raw structs read, so these are a safety net.

use crate::diag::{Diagnostic, suggest};

/// A TOML or schema error from the deserialiser, made to say what to do.
pub(super) fn toml_error(file: &str, text: &str, e: &toml::de::Error) -> Diagnostic {
    let message = e.message().trim().to_string();
    let span = e.span().unwrap_or(0..0);
    let (message, help) = explain_serde_message(&message);
    Diagnostic::error(message)
        .at_span(file, text, span)
        .with_help_opt(help)
}

/// serde's messages name Rust's view of things ("unknown field", "variant"); rubric authors
/// think in keys and values. Rephrase, and suggest the nearest valid key or value.
fn explain_serde_message(message: &str) -> (String, Option<String>) {
    let quoted: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let word = rest.split('`').next().unwrap_or_default();
        let allowed = &quoted[1.min(quoted.len())..];
        let help = match suggest(word, allowed.iter().copied()) {
            Some(s) => format!("did you mean `{s}`? (allowed here: {})", allowed.join(", ")),
            None => format!("allowed here: {}", allowed.join(", ")),
        };
        return (format!("unknown key `{word}`"), Some(help));
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let word = rest.split('`').next().unwrap_or_default();
        let allowed = &quoted[1.min(quoted.len())..];
        let choices = allowed
            .iter()
            .map(|a| format!("\"{a}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let help = match suggest(word, allowed.iter().copied()) {
            Some(s) => format!("did you mean \"{s}\"? (one of {choices})"),
            None => format!("use one of {choices}"),
        };
        return (format!("unknown value \"{word}\""), Some(help));
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let word = rest.split('`').next().unwrap_or_default();
        return (
            format!("missing required key `{word}`"),
            Some(format!("add `{word} = …` to this table")),
        );
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        // serde names Rust types; say what a rubric author writes instead.
        let rest = rest
            .replace("expected f64", "expected a number")
            .replace("expected i64", "expected a whole number")
            .replace("expected a boolean", "expected true or false")
            .replace("expected a string", "expected a quoted string");
        let help = rest.starts_with("string").then(|| {
            "write numbers without quotes or units, e.g. `target = 50` (the unit goes in `unit`)".to_string()
        });
        return (format!("wrong type: {rest}"), help);
    }
    (message.to_string(), None)
}
