//! The table the timing examples print: each step's median time, and their sum.

use std::time::Duration;

/// Prints the median of each step's times, `times[i]` being those of `steps[i]`.
pub fn print(steps: &[&str], times: Vec<Vec<Duration>>, runs: usize) {
    let mut total = Duration::ZERO;
    for (step, mut t) in steps.iter().zip(times) {
        t.sort();
        let median = t[t.len() / 2];
        total += median;
        println!("{:>8.1} ms  {step}", median.as_secs_f64() * 1000.0);
    }
    println!(
        "{:>8.1} ms  in all (sum of the medians, {runs} runs)",
        total.as_secs_f64() * 1000.0
    );
}
