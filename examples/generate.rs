//! Synthetic workloads for benchmarks: N rubric files holding M indicators in all (every
//! kind: target with and without baseline and path, at_most, accumulated, reference,
//! milestone), and Y years of data for each, split over several CSV files with the rows
//! shuffled. It also writes `targets.csv`, the rubrics' targets as a flat table, for tools
//! that cannot read TOML (the DuckDB baseline of the benchmark).
//!
//!     cargo run --release --example generate -- --rubrics 100 --indicators 10000 --years 10 --out target/workload
//!
//! The output depends only on the arguments (and `--seed`).

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*: small, fast, and the same on every platform.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

struct Args {
    rubrics: usize,
    indicators: usize,
    years: i32,
    files: usize,
    seed: u64,
    out: PathBuf,
}

fn args() -> Result<Args, String> {
    let mut a = Args {
        rubrics: 10,
        indicators: 1000,
        years: 10,
        files: 8,
        seed: 1,
        out: PathBuf::from("workload"),
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next().ok_or(format!("{flag} needs a value"))?;
        let bad = |_| format!("{flag}: not a number: {value}");
        match flag.as_str() {
            "--rubrics" => a.rubrics = value.parse().map_err(bad)?,
            "--indicators" => a.indicators = value.parse().map_err(bad)?,
            "--years" => a.years = value.parse().map_err(bad)?,
            "--files" => a.files = value.parse().map_err(bad)?,
            "--seed" => a.seed = value.parse().map_err(bad)?,
            "--out" => a.out = PathBuf::from(&value),
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    if a.rubrics == 0 || a.indicators < a.rubrics || a.years < 2 || a.files == 0 {
        return Err("need rubrics >= 1, indicators >= rubrics, years >= 2, files >= 1".into());
    }
    Ok(a)
}

const FIRST_YEAR: i32 = 2015;

fn main() {
    let a = match args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("generate: {e}");
            std::process::exit(2);
        }
    };
    let last_year = FIRST_YEAR + a.years - 1;
    let mut rng = Rng(a.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let rubric_dir = a.out.join("rubrics");
    let data_dir = a.out.join("data");
    for d in [&rubric_dir, &data_dir] {
        std::fs::create_dir_all(d).unwrap_or_else(|e| panic!("cannot create {}: {e}", d.display()));
    }
    let mut rows: Vec<String> = Vec::with_capacity(a.indicators * a.years as usize);
    let mut targets = String::from(
        "indicator,rubric,goal,kind,direction,target,target_year,baseline_year,baseline_value,accumulate\n",
    );
    let mut next_id = 0usize;
    for r in 0..a.rubrics {
        let count = a.indicators / a.rubrics + usize::from(r < a.indicators % a.rubrics);
        let mut toml = format!(
            "schema = 1\n\n[policy]\nid = \"bench-{r:04}\"\ntitle = \"合成施策 {r}\"\nperiod = [{}, {last_year}]\n\n",
            last_year - 2
        );
        if rng.chance(30) {
            toml.push_str("[scoring]\naggregation = \"mean\"\ngrowth = \"compound\"\n\n");
        }
        let goals = count.div_ceil(5).max(1);
        let fields = goals.div_ceil(3);
        let mut placed = 0;
        for f in 0..fields {
            let _ = write!(
                toml,
                "[[field]]\nid = \"r{r}.f{f}\"\ntitle = \"分野 {f}\"\n\n"
            );
            for g in 0..3 {
                if placed >= count {
                    break;
                }
                let goal = format!("r{r}.f{f}.g{g}");
                let _ = write!(
                    toml,
                    "[[field.goal]]\nid = \"{goal}\"\ntext = \"中期目標 {g}\"\n\n"
                );
                for _ in 0..5 {
                    if placed >= count {
                        break;
                    }
                    placed += 1;
                    let id = format!("i{next_id:07}");
                    next_id += 1;
                    indicator(
                        &mut rng,
                        &id,
                        &goal,
                        r,
                        a.years,
                        &mut toml,
                        &mut targets,
                        &mut rows,
                    );
                }
            }
        }
        let path = rubric_dir.join(format!("bench-{r:04}.toml"));
        std::fs::write(&path, toml)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    }
    // Shuffle, so that nothing can rely on the rows being grouped by indicator or year.
    for i in (1..rows.len()).rev() {
        rows.swap(i, rng.below(i as u64 + 1) as usize);
    }
    let per_file = rows.len().div_ceil(a.files);
    for (n, chunk) in rows.chunks(per_file.max(1)).enumerate() {
        let path = data_dir.join(format!("part-{n:03}.csv"));
        let mut f =
            std::io::BufWriter::new(std::fs::File::create(&path).expect("create data file"));
        writeln!(f, "indicator,year,value,note").expect("write");
        for row in chunk {
            writeln!(f, "{row}").expect("write");
        }
    }
    std::fs::write(a.out.join("targets.csv"), targets).expect("write targets.csv");
    eprintln!(
        "generate: {} rubrics, {} indicators, {} rows in {} files under {}",
        a.rubrics,
        a.indicators,
        rows.len(),
        a.files.min(rows.len()),
        a.out.display()
    );
}

#[allow(clippy::too_many_arguments)]
fn indicator(
    rng: &mut Rng,
    id: &str,
    goal: &str,
    r: usize,
    years: i32,
    toml: &mut String,
    targets: &mut String,
    rows: &mut Vec<String>,
) {
    let kind = rng.below(10);
    let _ = write!(
        toml,
        "[[field.goal.indicator]]\nid = \"{id}\"\nname = \"指標 {id}\"\n"
    );
    let level = 50 + rng.below(950) as i64;
    if kind < 2 {
        // Milestone: statuses that advance over the years.
        let due = FIRST_YEAR + years - 1 - rng.below(3) as i32;
        let _ = write!(toml, "kind = \"milestone\"\ndue = {due}\n\n");
        let _ = writeln!(
            targets,
            "{id},bench-{r:04},{goal},milestone,,,{due},,,false"
        );
        let start = rng.below(years as u64) as i32;
        for y in 0..years {
            let status = match (y - start).signum() {
                -1 => "not_started",
                0 => "in_progress",
                _ => {
                    if rng.chance(70) {
                        "achieved"
                    } else {
                        "in_progress"
                    }
                }
            };
            rows.push(format!("{id},{},{status},", FIRST_YEAR + y));
        }
        return;
    }
    let reference = kind < 5;
    let at_most = rng.chance(25);
    let accumulate = rng.chance(10);
    let direction = if at_most { "at_most" } else { "at_least" };
    let step = if at_most { -(level / 40) } else { level / 40 };
    if reference {
        let _ = write!(toml, "kind = \"reference\"\ndirection = \"{direction}\"\n");
        if accumulate {
            toml.push_str("accumulate = true\n");
        }
        toml.push('\n');
        let _ = writeln!(
            targets,
            "{id},bench-{r:04},{goal},reference,{direction},,,,,{accumulate}"
        );
    } else {
        let target = if accumulate {
            level * 5
        } else if at_most {
            level * 3 / 4
        } else {
            level + level / 4
        };
        let _ = write!(
            toml,
            "kind = \"target\"\nunit = \"件\"\ndirection = \"{direction}\"\ntarget = {target}\n"
        );
        let (mut ty, mut by, mut bv) = (String::new(), String::new(), String::new());
        if accumulate {
            toml.push_str("accumulate = true\n");
        } else if rng.chance(50) {
            let target_year = FIRST_YEAR + years + rng.below(3) as i32 - 2;
            let baseline_year = FIRST_YEAR - 1;
            let path = if rng.chance(30) {
                "geometric"
            } else {
                "linear"
            };
            let _ = write!(
                toml,
                "target_year = {target_year}\nbaseline = {{ year = {baseline_year}, value = {level} }}\npath = \"{path}\"\n"
            );
            (ty, by, bv) = (
                target_year.to_string(),
                baseline_year.to_string(),
                level.to_string(),
            );
        }
        if rng.chance(30) {
            toml.push_str("primary = true\n");
        }
        toml.push('\n');
        let _ = writeln!(
            targets,
            "{id},bench-{r:04},{goal},target,{direction},{target},{ty},{by},{bv},{accumulate}"
        );
    }
    let mut value = level;
    for y in 0..years {
        let year = FIRST_YEAR + y;
        if rng.chance(3) {
            rows.push(format!("{id},{year},,not published"));
            continue;
        }
        let v = if accumulate {
            rng.below(level as u64 / 5 + 1) as i64
        } else {
            value += step + rng.below(level as u64 / 10 + 1) as i64 - level / 20;
            value.max(1)
        };
        rows.push(format!("{id},{year},{v},"));
    }
}
