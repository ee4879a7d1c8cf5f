use std::collections::BTreeMap;

use super::*;

#[test]
fn did_you_mean_is_looked_for_only_for_the_errors_shown() {
    // 1,000 unknown ids among 2,000 known: a search of the catalogue for each is 2
    // million comparisons of ids (40 s in a debug build on a busy machine); for the
    // 100 shown, 200,000.
    let ids: BTreeMap<String, IdInfo> = (0..2_000)
        .map(|i| (format!("f1.ind-{i:06}"), IdInfo::default()))
        .collect();
    let mut text = String::from("indicator,year,value\n");
    for i in 0..1_000 {
        text.push_str(&format!("f1.inx-{i:06},2023,1\n"));
    }
    let mut rows = Rows::default();
    read_csv("d.csv", &text, &ids, &mut rows);
    let start = std::time::Instant::now();
    let errors = rows
        .finish(&ids, Options::default(), Vec::new())
        .unwrap_err();
    let took = start.elapsed();
    assert_eq!(errors.len(), limits::MAX_ERRORS + 1);
    assert_eq!(errors.iter().map(Diagnostic::count).sum::<usize>(), 1_000);
    assert_eq!(
        errors[0].help.as_deref(),
        Some("did you mean `f1.ind-000000`? (or pass --ignore-unknown to skip such rows)")
    );
    assert!(errors[..100].iter().all(|e| {
        e.help
            .as_deref()
            .is_some_and(|h| h.starts_with("did you mean"))
    }));
    assert!(took.as_secs() < 20, "{took:?}");
}
