//! The summary under the headline: one line per field with its id, its title cut to fit, its
//! rating, its coverage (`4/4`) and its rated indicators counted by rating, one column per
//! rating that occurs; then what the figures mean.

use super::text::{cut, pad, pad_left, width, wrap};
use super::{TableOptions, paint};
use crate::rating::{Lang, Rating};
use crate::report::human;
use crate::report::json::{FieldReport, RubricReport};

/// The ratings counted, best first: every rating but `not_rated`, the last of `Rating::ALL`.
const COUNTED: &[Rating] = Rating::ALL.split_last().expect("ratings").1;
const GAP: &str = "  ";

/// A field's target and milestone indicators by rating, in the order of `COUNTED`.
fn counts(f: &FieldReport) -> [usize; 6] {
    let mut n = [0; 6];
    for i in f.goals.iter().flat_map(|g| &g.indicators) {
        if let Some(k) = COUNTED.iter().position(|r| *r == i.rating) {
            n[k] += 1;
        }
    }
    n
}

/// The widths of the summary's columns.
struct Layout {
    id: usize,
    title: usize,
    rating: usize,
    coverage: usize,
    /// The counted ratings shown (those that occur), with their columns' widths.
    counts: Vec<(usize, usize)>,
}

fn layout(
    r: &RubricReport,
    fields: &[&FieldReport],
    all: &[[usize; 6]],
    lang: Lang,
    total: usize,
) -> Layout {
    let w = &human::words(lang).table;
    let id = fields.iter().map(|f| width(&f.id)).max().unwrap_or(0);
    let rating = fields
        .iter()
        .map(|f| width(&human::rating(f.rating, r, lang)))
        .chain([width(human::words(lang).rating)])
        .max()
        .unwrap_or(0);
    let coverage = fields
        .iter()
        .map(|f| width(&human::field_coverage(f)))
        .chain([width(w.coverage)])
        .max()
        .unwrap_or(0);
    let counts: Vec<(usize, usize)> = (0..COUNTED.len())
        .filter(|&k| all.iter().any(|n| n[k] > 0))
        .map(|k| {
            let digits = all
                .iter()
                .map(|n| n[k].to_string().len())
                .max()
                .unwrap_or(1);
            (k, digits.max(width(human::short_rating(COUNTED[k], lang))))
        })
        .collect();
    let fixed = id
        + GAP.len() * 3
        + rating
        + coverage
        + counts.iter().map(|(_, w)| w + GAP.len()).sum::<usize>();
    let longest = fields
        .iter()
        .map(|f| width(human::pick(&f.title, f.title_en.as_deref(), lang)))
        .max()
        .unwrap_or(0)
        .max(width(w.field).saturating_sub(id + GAP.len()));
    Layout {
        id,
        title: total.saturating_sub(fixed + GAP.len()).min(longest),
        rating,
        coverage,
        counts,
    }
}

pub fn render(
    out: &mut String,
    r: &RubricReport,
    fields: &[&FieldReport],
    lang: Lang,
    o: &TableOptions,
) {
    let total = usize::from(o.width);
    let all: Vec<[usize; 6]> = fields.iter().map(|f| counts(f)).collect();
    let l = layout(r, fields, &all, lang, total);
    let w = human::words(lang);
    let mut header = pad(w.table.field, l.id + GAP.len() + l.title);
    header.push_str(GAP);
    header.push_str(&pad(w.rating, l.rating));
    header.push_str(GAP);
    header.push_str(&pad_left(w.table.coverage, l.coverage));
    for (k, cw) in &l.counts {
        header.push_str(GAP);
        header.push_str(&pad_left(human::short_rating(COUNTED[*k], lang), *cw));
    }
    push_line(out, &header);
    for (f, n) in fields.iter().zip(&all) {
        let title = human::pick(&f.title, f.title_en.as_deref(), lang);
        let label = human::rating(f.rating, r, lang);
        let mut line = pad(&f.id, l.id);
        line.push_str(GAP);
        line.push_str(&pad(&cut(title, l.title), l.title));
        line.push_str(GAP);
        line.push_str(&paint(&label, f.rating, o.color, false));
        line.push_str(&" ".repeat(l.rating - width(&label)));
        line.push_str(GAP);
        line.push_str(&pad_left(&human::field_coverage(f), l.coverage));
        for (k, cw) in &l.counts {
            line.push_str(GAP);
            let count = if n[*k] == 0 {
                "·".to_string()
            } else {
                n[*k].to_string()
            };
            line.push_str(&pad_left(&count, *cw));
        }
        push_line(out, &line);
    }
    legend(out, r, &l, lang, total);
}

/// What the short names over the counts stand for: the rubric's labels.
fn legend(out: &mut String, r: &RubricReport, l: &Layout, lang: Lang, total: usize) {
    if l.counts.is_empty() {
        return;
    }
    let names: Vec<String> = l
        .counts
        .iter()
        .map(|(k, _)| {
            let rating = COUNTED[*k];
            format!(
                "{}={}",
                human::short_rating(rating, lang),
                human::rating(rating, r, lang)
            )
        })
        .collect();
    let note = format!(
        "{}: {}",
        human::words(lang).table.counts_note,
        names.join("  ")
    );
    out.push_str(&wrap(&note, total));
    out.push('\n');
}

fn push_line(out: &mut String, line: &str) {
    out.push_str(line.trim_end());
    out.push('\n');
}
