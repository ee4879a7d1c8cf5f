//! The errors of the serde pass, said in a rubric author's words. The structure pass accepts
//! only what the raw structs read, so these are a safety net.

use crate::diag::{Diagnostic, suggest};
use crate::lang::{Message, msg};

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
fn explain_serde_message(message: &str) -> (Message, Option<Message>) {
    let quoted: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let word = rest.split('`').next().unwrap_or_default();
        let allowed = &quoted[1.min(quoted.len())..];
        let allowed = allowed.join(", ");
        let help = match suggest(word, quoted[1.min(quoted.len())..].iter().copied()) {
            Some(s) => msg!("rubric-unknown-key-suggest", key = s, allowed = allowed),
            None => msg!("rubric-unknown-key-allowed", allowed = allowed),
        };
        return (msg!("rubric-unknown-key", key = word), Some(help));
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
            Some(s) => msg!("rubric-unknown-value-suggest", value = s, choices = choices),
            None => msg!("rubric-unknown-value-choices", choices = choices),
        };
        return (msg!("rubric-unknown-value", value = word), Some(help));
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let word = rest.split('`').next().unwrap_or_default();
        return (
            msg!("rubric-missing-key", key = word),
            Some(msg!("rubric-missing-key-help", key = word)),
        );
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        // serde names Rust types; say what a rubric author writes instead.
        let rest = rest
            .replace("expected f64", "expected a number")
            .replace("expected i64", "expected a whole number")
            .replace("expected a boolean", "expected true or false")
            .replace("expected a string", "expected a quoted string");
        let help = rest
            .starts_with("string")
            .then(|| msg!("rubric-number-as-string-help"));
        return (msg!("rubric-wrong-type-serde", detail = rest), help);
    }
    (msg!("rubric-schema-other", detail = message), None)
}
