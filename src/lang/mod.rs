//! The languages of the human output (SPEC §4 `--lang`) and the message catalogue: every
//! sentence polscore prints for a person — diagnostics (message, label, help), the summary
//! lines of the commands — is a message of `en.ftl` and `ja.ftl` (Project Fluent's format),
//! named by an id and filled in with named arguments. Code builds a `Message` (`msg!`)
//! where the problem is found and renders it (`Message::render`, `tr!`) once, at the edge,
//! in the command's language.
//!
//! Arguments are passed already formatted (numbers as the reports show them, ids and file
//! names as they are), so Fluent never re-formats a number; no Unicode isolation marks are
//! added. A phrase that varies with a kind (a directory, a symbolic link …) is a Fluent
//! selector on an argument holding the kind's id, so each language words it in place.
//!
//! The short fixed words of the report tables and of the `check`/`diff` listings stay in
//! their typed tables (`report::human::Words`, `compare::render::words`): they are read for
//! every row of a large report as `&'static str`, which a catalogue lookup would turn into an
//! allocation each, and a missing one is already a compile error there.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

/// Display language of the human output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, clap::ValueEnum)]
pub enum Lang {
    #[default]
    Ja,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// The catalogue's source text.
    pub fn source(self) -> &'static str {
        match self {
            Lang::Ja => include_str!("ja.ftl"),
            Lang::En => include_str!("en.ftl"),
        }
    }

    fn tag(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }
}

type Bundle = FluentBundle<FluentResource>;

/// The parsed catalogues, built once on first use and read-only after.
fn bundle(lang: Lang) -> &'static Bundle {
    static JA: OnceLock<Bundle> = OnceLock::new();
    static EN: OnceLock<Bundle> = OnceLock::new();
    let cell = match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    };
    cell.get_or_init(|| build(lang))
}

fn build(lang: Lang) -> Bundle {
    // The catalogues are part of the program: a syntax error in one is a bug that the
    // tests of this module catch, so it may stop the program here.
    let resource = FluentResource::try_new(lang.source().to_string())
        .unwrap_or_else(|(_, e)| panic!("{}.ftl does not parse: {e:?}", lang.tag()));
    let id = lang.tag().parse().expect("a language tag");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    bundle
        .add_function("PLURAL", plural)
        .expect("one function PLURAL");
    bundle
        .add_resource(resource)
        .unwrap_or_else(|e| panic!("{}.ftl has a duplicate id: {e:?}", lang.tag()));
    bundle
}

/// `PLURAL($count)`: `one` for a count of 1, else `other`, for an English selector
/// (`{ PLURAL($count) -> [one] error *[other] errors }`). Counts are passed as text, which
/// Fluent's own plural rules do not read.
fn plural<'a>(
    positional: &[fluent_bundle::FluentValue<'a>],
    _: &FluentArgs,
) -> fluent_bundle::FluentValue<'a> {
    let one = matches!(positional.first(), Some(fluent_bundle::FluentValue::String(s)) if s == "1");
    fluent_bundle::FluentValue::from(if one { "one" } else { "other" })
}

/// A message of the catalogue: its id and its arguments, rendered in a language when shown.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
    /// Arguments that are messages themselves (`cell C5: <the problem>`), rendered in the
    /// same language as this one. Boxed, as most messages have none, to keep a `Message`
    /// (and a `Result<_, Diagnostic>`) small.
    pub parts: Option<Box<Vec<(&'static str, Message)>>>,
}

impl Message {
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
            parts: None,
        }
    }

    /// The message with one more argument.
    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Message {
        self.args.push((name, value.to_string()));
        self
    }

    /// The message with an argument that is another message, rendered in the same language.
    pub fn part(mut self, name: &'static str, message: Message) -> Message {
        self.parts.get_or_insert_default().push((name, message));
        self
    }

    /// The arguments, the parts rendered in `lang`.
    fn fluent_args(&self, lang: Lang) -> FluentArgs<'_> {
        let parts = self.parts.as_deref().map_or(&[][..], Vec::as_slice);
        let mut args = FluentArgs::with_capacity(self.args.len() + parts.len());
        for (name, value) in &self.args {
            args.set(*name, value.as_str());
        }
        for (name, part) in parts {
            args.set(*name, part.render(lang));
        }
        args
    }

    /// The message's text in `lang`. An id missing from the catalogue (which the tests rule
    /// out) shows as the id itself, with its arguments.
    pub fn render(&self, lang: Lang) -> String {
        // Plain text, which only the unit tests make (see `From<&str>` below).
        if self.id.is_empty() {
            return self
                .args
                .first()
                .map(|(_, t)| t.clone())
                .unwrap_or_default();
        }
        let bundle = bundle(lang);
        let Some(pattern) = bundle.get_message(self.id).and_then(|m| m.value()) else {
            return self.missing();
        };
        let args = self.fluent_args(lang);
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        if errors.is_empty() {
            text.into_owned()
        } else {
            self.missing()
        }
    }

    /// The errors Fluent finds in rendering the message in `lang` (for the tests).
    pub fn errors(&self, lang: Lang) -> Vec<String> {
        let bundle = bundle(lang);
        let Some(pattern) = bundle.get_message(self.id).and_then(|m| m.value()) else {
            return vec![format!("no message `{}`", self.id)];
        };
        let args = self.fluent_args(lang);
        let mut errors = Vec::new();
        bundle.format_pattern(pattern, Some(&args), &mut errors);
        errors.iter().map(|e| e.to_string()).collect()
    }

    fn missing(&self) -> String {
        let parts = self.parts.iter().flat_map(|p| p.iter());
        let args: Vec<String> = (self.args.iter().map(|(n, v)| format!("{n}={v}")))
            .chain(parts.map(|(n, m)| format!("{n}={}", m.missing())))
            .collect();
        format!("{}({})", self.id, args.join(", "))
    }
}

// The unit tests of the diagnostics' rendering and of the report writer use plain text as a
// message; nothing else can, so every message a user sees is in the catalogue.
#[cfg(test)]
impl From<String> for Message {
    fn from(text: String) -> Message {
        Message {
            id: "",
            args: vec![("text", text)],
            parts: None,
        }
    }
}

#[cfg(test)]
impl From<&str> for Message {
    fn from(text: &str) -> Message {
        Message::from(text.to_string())
    }
}

/// In unit tests, a message shows in English, as the tests of the code that raises it read it.
#[cfg(test)]
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// Diagnostics are ordered by place, then by message: by its English text, the order they
/// had before they were messages (and the same whatever language is shown).
impl Ord for Message {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        if self == other {
            return std::cmp::Ordering::Equal;
        }
        self.render(Lang::En)
            .cmp(&other.render(Lang::En))
            .then_with(|| (self.id, &self.args).cmp(&(other.id, &other.args)))
            .then_with(|| self.parts.cmp(&other.parts))
    }
}

impl PartialOrd for Message {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// `msg!("id", name = value, …)`: the `Message` `id` with its arguments, each turned into
/// text with `to_string()`.
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::lang::Message {
            id: $id,
            args: vec![$((stringify!($name), ($value).to_string())),*],
            parts: None,
        }
    };
}

/// `tr!(lang, "id", name = value, …)`: the message rendered in `lang`, as a `String`.
macro_rules! tr {
    ($lang:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::lang::msg!($id $(, $name = $value)*).render($lang)
    };
}

pub(crate) use {msg, tr};

#[cfg(test)]
mod tests;
