//! The state of the checks of meaning over one rubric: its text, the errors and warnings
//! found so far, and every id seen.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use toml::Spanned;

use crate::diag::Diagnostic;
use crate::lang::{Message, msg};
use crate::rubric::KindName;
use crate::rubric::format::{Key, Lint, YEARS};
use crate::rubric::located::{Counted, Errors, Lines, Related};

pub(super) struct Checker<'a> {
    pub(super) file: &'a str,
    text: &'a str,
    errors: Errors,
    warnings: Vec<Diagnostic>,
    /// The warnings the rubric silences (`[lints] allow`).
    allowed: BTreeSet<Lint>,
    /// Every id seen, with the span of its first definition.
    ids: BTreeMap<String, Range<usize>>,
    /// Where each line starts: every indicator records its line, and counting newlines from
    /// the top for each would make a large rubric quadratic.
    lines: Lines,
}

impl<'a> Checker<'a> {
    pub(super) fn new(file: &'a str, text: &'a str) -> Self {
        Checker {
            file,
            text,
            errors: Errors::default(),
            warnings: Vec::new(),
            allowed: BTreeSet::new(),
            ids: BTreeMap::new(),
            lines: Lines::new(text),
        }
    }

    /// The warnings sorted by place if no error was found, or the errors.
    pub(super) fn finish(mut self) -> Result<Vec<Diagnostic>, Counted> {
        if self.errors.is_empty() {
            self.warnings.sort();
            Ok(self.warnings)
        } else {
            Err(self.errors.finish(self.file, self.text))
        }
    }

    pub(super) fn error(
        &mut self,
        span: Range<usize>,
        message: Message,
        label: Message,
        help: Option<Message>,
    ) {
        let d = Diagnostic::error(message)
            .with_label(label)
            .with_help_opt(help);
        self.errors.push(span, d);
    }

    /// Silences the warnings of these codes (each one of `format::LINT_CODES`, as the
    /// structure pass has checked).
    pub(super) fn allow(&mut self, codes: &BTreeSet<String>) {
        self.allowed = Lint::ALL
            .into_iter()
            .filter(|l| codes.contains(l.code()))
            .collect();
    }

    /// A warning: legal, but likely not what the author meant; printed with its code, and
    /// left out when the rubric allows it.
    pub(super) fn warn(
        &mut self,
        lint: Lint,
        span: Range<usize>,
        message: Message,
        label: Message,
        help: Message,
    ) {
        if self.allowed.contains(&lint) {
            return;
        }
        let d = Diagnostic::warning(message)
            .with_code(lint.code())
            .at_span(self.file, self.text, span)
            .with_label(label)
            .with_help(help);
        self.warnings.push(d);
    }

    pub(super) fn line_of(&self, span: &Range<usize>) -> usize {
        self.lines.line(span.start.min(self.text.len()))
    }

    /// The id, checked for its characters and for being the first of its name in the file.
    /// `what` is the kind of node: `field`, `goal` or `indicator`.
    pub(super) fn id(&mut self, id: &Spanned<String>, what: &str) -> String {
        let span = id.span();
        let value = id.get_ref();
        if value.is_empty()
            || value
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == ',' || c == '"')
        {
            self.error(
                span.clone(),
                msg!("rubric-id-invalid", what = what, id = format!("{value:?}")),
                msg!("rubric-id-invalid-label"),
                Some(msg!("rubric-id-invalid-help")),
            );
        }
        if let Some(first) = self.ids.get(value).cloned() {
            let line = self.line_of(&first);
            let d = Diagnostic::error(msg!("rubric-id-duplicate", id = value))
                .with_label(msg!("rubric-id-duplicate-label"))
                .with_help(msg!(
                    "rubric-id-duplicate-help",
                    what = what,
                    id = value,
                    line = line
                ));
            let related = Related::At(first, msg!("rubric-id-duplicate-first"));
            self.errors.push_related(span, d, Some(related));
        } else {
            self.ids.insert(value.clone(), span);
        }
        value.clone()
    }

    /// A year as the model keeps it. The structure pass has checked that it is in
    /// `format::YEARS`, and every number against its bounds, so the values read here are
    /// plausible and finite.
    pub(super) fn year(year: &Spanned<i64>) -> i32 {
        (*year.get_ref()).clamp(*YEARS.start(), *YEARS.end()) as i32
    }

    pub(super) fn weight(weight: &Option<Spanned<f64>>) -> f64 {
        weight.as_ref().map_or(1.0, |w| *w.get_ref())
    }

    /// An error for a key, written at `span`, that does not fit the indicator's kind; the
    /// help names the kinds it fits (`format::Key::kinds`).
    pub(super) fn not_for_kind(&mut self, span: Range<usize>, key: &Key, kind: KindName) {
        self.error(
            span,
            msg!("rubric-key-not-for-kind", key = key.name, kind = kind.id()),
            msg!("rubric-key-not-for-kind-label", kind = kind.id()),
            // A key belongs to one or two kinds (`format::indicator`).
            Some(msg!(
                "rubric-key-not-for-kind-help",
                key = key.name,
                kind = key.kinds.first().copied().unwrap_or_default(),
                or_kind = key.kinds.get(1).copied().unwrap_or("none")
            )),
        );
    }
}
