//! `check --junit FILE`: the check as JUnit XML, which CI services show as test results.
//!
//! One `<testsuite>` per policy; one `<testcase>` per rated node of the new report (every
//! policy, field, goal and indicator whose rating is not `not_rated`), plus one per node that
//! regressed without a rating to show (gone from the report, or now `not_rated`), plus one per
//! policy for `--fail-under` (`<skipped>` for a policy with no data yet). A regression is a
//! `<failure>`. A test case's `classname` is the policy id and its `name` the node's path
//! (`policy › field › goal › indicator`).
//!
//! Written by hand rather than with the `quick-junit` crate: the format needs a dozen
//! elements and attributes, and the crate would bring chrono, uuid, quick-xml and more for
//! them. Every text goes through `values::escape::markup`; the tests read the file with an
//! XML parser. The output carries no timestamp or duration, so it is the same for the same
//! inputs.

use std::collections::BTreeMap;

use super::Report;
use super::{Change, NodePath, render};
use crate::rating::{Lang, Rating};
use crate::values::escape::Markup::{XmlAttribute, XmlText};
use crate::values::escape::markup;

struct Case {
    name: String,
    failure: Option<Failure>,
    /// Why the case was not judged (`--fail-under` and a policy with no data yet).
    skipped: Option<&'static str>,
}

struct Failure {
    /// `regression`, or `fail-under`.
    kind: &'static str,
    message: String,
    text: String,
}

struct Suite {
    name: String,
    cases: Vec<Case>,
}

pub fn render(new: &Report, changes: &[Change], floor: Option<Rating>) -> String {
    let regressions: BTreeMap<&NodePath, &Change> = changes
        .iter()
        .filter(|c| c.regression)
        .map(|c| (&c.path, c))
        .collect();
    let mut suites: Vec<Suite> = Vec::new();
    for r in &new.rubrics {
        let mut cases = Vec::new();
        let mut node = |path: NodePath, rating: Rating| {
            let regression = regressions.get(&path).copied();
            if rating != Rating::NotRated || regression.is_some() {
                cases.push(case(&path, regression));
            }
        };
        node(NodePath::policy(&r.id), r.rating);
        for f in &r.fields {
            node(NodePath::field(&r.id, &f.id), f.rating);
            for g in &f.goals {
                node(NodePath::goal(&r.id, &f.id, &g.id), g.rating);
                for i in &g.indicators {
                    node(NodePath::indicator(&r.id, &f.id, &g.id, &i.id), i.rating);
                }
            }
        }
        if let Some(floor) = floor {
            // SPEC §4: a policy with no data yet is skipped, not failed.
            let skipped = r.as_of.is_none().then_some("no data yet");
            let failure = (skipped.is_none() && r.rating > floor).then(|| Failure {
                kind: "fail-under",
                message: format!(
                    "policy rating {} is worse than {}",
                    r.rating.id(),
                    floor.id()
                ),
                text: format!("--fail-under {}\n", floor.id()),
            });
            cases.push(Case {
                name: format!("{} rated {} or better", r.id, floor.id()),
                failure,
                skipped,
            });
        }
        suites.push(Suite {
            name: r.id.to_string(),
            cases,
        });
    }
    // Regressions that are no node of the new report: removed nodes.
    for c in changes.iter().filter(|c| c.regression && c.new.is_none()) {
        let at = suites.iter().position(|s| s.name == c.path.policy);
        let at = at.unwrap_or_else(|| {
            suites.push(Suite {
                name: c.path.policy.clone(),
                cases: Vec::new(),
            });
            suites.len() - 1
        });
        if let Some(suite) = suites.get_mut(at) {
            suite.cases.push(case(&c.path, Some(c)));
        }
    }
    write(&suites)
}

fn case(path: &NodePath, regression: Option<&Change>) -> Case {
    Case {
        name: path.to_string(),
        skipped: None,
        failure: regression.map(|c| {
            // `details` always starts with the rating.
            let rating = render::details(c, render::words(Lang::En))
                .into_iter()
                .next()
                .map(|(_, text)| text)
                .unwrap_or_default();
            Failure {
                kind: "regression",
                message: format!("{}: rating {rating}", c.status.id()),
                text: render::block(c, render::words(Lang::En), ""),
            }
        }),
    }
}

fn write(suites: &[Suite]) -> String {
    let tests: usize = suites.iter().map(|s| s.cases.len()).sum();
    let failed: usize = suites.iter().map(failures).sum();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<testsuites name=\"polscore check\" tests=\"{tests}\" failures=\"{failed}\" errors=\"0\">\n"
    ));
    for s in suites {
        out.push_str(&format!(
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\">\n",
            markup(&s.name, XmlAttribute),
            s.cases.len(),
            failures(s),
            s.cases.iter().filter(|c| c.skipped.is_some()).count()
        ));
        for c in &s.cases {
            let open = format!(
                "    <testcase classname=\"{}\" name=\"{}\"",
                markup(&s.name, XmlAttribute),
                markup(&c.name, XmlAttribute)
            );
            match (&c.failure, c.skipped) {
                (None, Some(why)) => out.push_str(&format!(
                    "{open}>\n      <skipped message=\"{why}\"/>\n    </testcase>\n"
                )),
                (None, None) => out.push_str(&format!("{open}/>\n")),
                (Some(f), _) => out.push_str(&format!(
                    "{open}>\n      <failure type=\"{}\" message=\"{}\">{}</failure>\n    </testcase>\n",
                    f.kind,
                    markup(&f.message, XmlAttribute),
                    markup(&f.text, XmlText)
                )),
            }
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}

fn failures(s: &Suite) -> usize {
    s.cases.iter().filter(|c| c.failure.is_some()).count()
}
