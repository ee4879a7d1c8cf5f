//! Where the time of `polscore score --format json` goes, step by step, on a workload made
//! by `examples/generate.rs`:
//!
//!     cargo run --release --example phases -- target/bench/large [RUNS]
//!
//! Each step is timed on its own, `RUNS` times (default 5), and the median is printed: the
//! steps of the command, in its order and on the same thread pool (without printing the
//! warnings). The report is formatted into a sink, so that the file system's time is left out.

#[path = "shared/medians.rs"]
mod medians;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use polscore::report::json;
use polscore::{data, pipeline, rubric, score};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("usage: phases WORKLOAD_DIR [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(5).max(1);
    let steps = [
        "rubrics (read, parse, validate)",
        "catalogue of ids",
        "data (read, parse, group)",
        "warnings that need the data",
        "scoring",
        "JSON report (to a sink)",
    ];
    let mut times: Vec<Vec<Duration>> = vec![Vec::new(); steps.len()];
    for _ in 0..runs {
        let mut lap = Lap::new();
        let loaded = rubric::load(&[dir.join("rubrics")]).expect("the rubrics load");
        times[0].push(lap.next());
        let ids = pipeline::catalogue(&loaded.rubrics);
        times[1].push(lap.next());
        let dataset = data::load(&[dir.join("data")], &ids, data::Options::default())
            .expect("the data loads")
            .data;
        times[2].push(lap.next());
        let mut warnings = score::data_warnings(&loaded.rubrics, &dataset, None);
        times[3].push(lap.next());
        let scores: Vec<_> = loaded
            .rubrics
            .par_iter()
            .map(|r| score::score(r, &dataset, None))
            .collect();
        warnings.extend(scores.iter().flat_map(|s| s.warnings.iter().cloned()));
        times[4].push(lap.next());
        json::write(
            &scores,
            &warnings,
            json::Style::Compact,
            polscore::lang::Lang::Ja,
            &mut std::io::sink(),
        )
        .expect("a sink takes anything");
        times[5].push(lap.next());
    }
    medians::print(&steps, times, runs);
}

/// The time since the last lap.
struct Lap(Instant);

impl Lap {
    fn new() -> Lap {
        Lap(Instant::now())
    }

    fn next(&mut self) -> Duration {
        let now = Instant::now();
        let lap = now - self.0;
        self.0 = now;
        lap
    }
}
