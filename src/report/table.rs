//! The terminal table: per rubric, the verdict first (the policy's rating, then one line per
//! field with its rating, coverage and indicators counted by rating), then the details, one
//! line per field and goal and two per indicator (its id and name, then its year, value,
//! target of the year, achievement, outlook or trend and sparkline). Every line fits the
//! width: long texts are cut with `…`, and columns drop when narrow (the sparkline, then the
//! outlook). Ratings in colour on a terminal.

mod details;
mod summary;
pub mod text;

use anstyle::{AnsiColor, Style};

use crate::rating::{Lang, Rating};
use crate::report::human::{self, Words};
use crate::report::json::{FieldReport, Report, RubricReport};
use crate::report::view::{Depth, View};

pub use text::{sparkline, wrap};

/// The width of a table not printed to a terminal when `COLUMNS` is not set.
pub const DEFAULT_WIDTH: u16 = 120;
/// No table is drawn narrower: below it, a line of the details could not hold a rating and
/// a value side by side.
pub const MIN_WIDTH: u16 = 80;

/// Options of the table that depend on where it is printed.
#[derive(Debug, Clone, Copy)]
pub struct TableOptions {
    /// Every line holds at most this many columns (Japanese characters count two).
    pub width: u16,
    /// Colour the ratings (only on a terminal, never with `NO_COLOR`: the caller decides).
    pub color: bool,
    /// Show goals' and indicators' texts in full, wrapped, instead of cut to one line.
    pub wide: bool,
}

impl Default for TableOptions {
    fn default() -> Self {
        TableOptions {
            width: DEFAULT_WIDTH,
            color: false,
            wide: false,
        }
    }
}

/// The width to draw at: the terminal's when printing to one, else `COLUMNS` when it is a
/// number, else `DEFAULT_WIDTH`; never less than `MIN_WIDTH`.
pub fn width_for(terminal: Option<u16>, columns: Option<&str>) -> u16 {
    let asked = terminal
        .or_else(|| columns.and_then(|c| c.trim().parse::<u16>().ok()))
        .unwrap_or(DEFAULT_WIDTH);
    asked.max(MIN_WIDTH)
}

/// The width of the terminal standard output is, when it is one.
pub fn terminal_width() -> Option<u16> {
    comfy_table::Table::new().width()
}

pub fn render(report: &Report, lang: Lang, options: &TableOptions, view: &View) -> String {
    let mut out = String::new();
    for (i, r) in report.rubrics.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&rubric(r, lang, options, view));
    }
    out
}

fn rubric(r: &RubricReport, lang: Lang, o: &TableOptions, view: &View) -> String {
    let w = human::words(lang);
    let mut out = headline(r, lang, o);
    if view.depth == Depth::Policy {
        return out;
    }
    let fields: Vec<&FieldReport> = r.fields.iter().filter(|f| view.field(f)).collect();
    if fields.is_empty() {
        if view.attention {
            push_wrapped(&mut out, w.table.nothing_needs_attention, o.width);
        }
        return out;
    }
    out.push('\n');
    summary::render(&mut out, r, &fields, lang, o);
    let mut stale = false;
    if view.depth >= Depth::Goal {
        out.push('\n');
        stale = details::render(&mut out, r, &fields, lang, o, view);
    }
    notes(&mut out, w, stale, o.width);
    out
}

/// The lines above the table: the policy's id and title, its year and rating.
fn headline(r: &RubricReport, lang: Lang, o: &TableOptions) -> String {
    let w = &human::words(lang).table;
    let title = format!(
        "{}  {}",
        r.id,
        human::pick(&r.title, r.title_en.as_deref(), lang)
    );
    format!(
        "{}\n{}: {}   {}: {}\n",
        text::cut(&title, usize::from(o.width)),
        w.as_of,
        human::as_of(r),
        w.rating,
        paint(&human::rating(r.rating, r, lang), r.rating, o.color, true)
    )
}

/// The lines under the details: what the coverage figures are, and the `†` when one is
/// shown.
fn notes(out: &mut String, w: &Words, stale: bool, width: u16) {
    push_wrapped(out, w.table.coverage_note, width);
    if stale {
        push_wrapped(out, w.stale_note, width);
    }
}

/// A note, wrapped to the width.
fn push_wrapped(out: &mut String, note: &str, width: u16) {
    out.push_str(&wrap(note, usize::from(width)));
    out.push('\n');
}

/// The terminal colour of a rating; `None` for those shown dim.
fn color_of(r: Rating) -> Option<AnsiColor> {
    match r {
        Rating::Exceeded | Rating::Met => Some(AnsiColor::Green),
        Rating::Progressing => Some(AnsiColor::Cyan),
        Rating::Limited => Some(AnsiColor::Yellow),
        Rating::NotProgressing => Some(AnsiColor::Red),
        Rating::NoData | Rating::NotRated => None,
    }
}

/// A rating's label in its colour (bold in the headline), or dim, when colour is on. The
/// caller pads it first: escape sequences take no column.
fn paint(text: &str, rating: Rating, color: bool, bold: bool) -> String {
    if !color {
        return text.to_string();
    }
    let style = if bold {
        Style::new().bold()
    } else {
        Style::new()
    };
    let style = match color_of(rating) {
        Some(c) => style.fg_color(Some(c.into())),
        None => style.dimmed(),
    };
    format!("{style}{text}{style:#}")
}

#[cfg(test)]
mod tests;
