"""The benchmark of issue-sized workloads: polscore and the DuckDB baseline, side by side.

    python3 scripts/bench.py [--runs 5] [--sizes small,medium,large] [--write BENCHMARKS.md]
    python3 scripts/bench.py --runs 5 --sizes large,large-1file --polscore-only

`large-1file` is the large workload's rows in one CSV file (about 30 MB) instead of eight:
the same rubrics and rows, read as one stream. `--polscore-only` leaves DuckDB out (and
needs no `pip install duckdb`).

For each size it generates a workload (examples/generate.rs), then runs, alternating, `N`
times each:
  - polscore: `score RUBRICS --data DATA --format json > FILE` (the whole process; with
    `--output FILE` the report is also synced to disk before the rename, which adds the
    disk's time to write it), and the same with the report thrown away (`> /dev/null`), which
    separates the work from the file system's time to take in the report;
  - DuckDB: scripts/duckdb_baseline.py (the same files; the SQL of that script), timed twice:
    the query alone, inside the process, and the whole process (Python start-up and the
    `import duckdb` included); and, in a run of its own, the query's rating steps with every
    row they rate (those of target indicators) written to a JSON-lines file (`--rows-json`),
    timed inside the process: DuckDB with an output of the kind polscore's report has.
It reports medians of wall time, peak memory (the process's maximum resident set), and rows
per second; checks that polscore's report is byte-for-byte the same on 1 and 2 threads; and
times `validate` on the shipped seed rubric. Needs: cargo, python3, `pip install duckdb`.
"""

import argparse
import hashlib
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = {
    "small": (10, 1_000, 10, 8),
    "medium": (100, 10_000, 10, 8),
    "large": (1_000, 100_000, 10, 8),
    "large-1file": (1_000, 100_000, 10, 1),
}


def run(cmd, env=None, stdout=subprocess.DEVNULL):
    """Runs `cmd`; returns (wall seconds, peak RSS in MB, stdout text or None). `stdout` may
    be a path: the output goes to that file."""
    if isinstance(stdout, Path):
        with open(stdout, "wb") as f:
            return run(cmd, env, f)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.DEVNULL, env=env)
    out = proc.stdout.read().decode() if stdout == subprocess.PIPE else None
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: {' '.join(map(str, cmd))} failed")
    return wall, usage.ru_maxrss / 1024, out


def seconds(text, key):
    """The value of `key=<seconds>` in a line printed by duckdb_baseline.py."""
    return next(float(f.split("=")[1]) for f in text.split() if f.startswith(key + "="))


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def machine():
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB memory"
    except (OSError, ValueError, IndexError):
        pass
    return f"{os.cpu_count()} cores ({cpu}){mem}, {platform.system()} {platform.release()}"


def workload(generate, work, size):
    """Generates the workload `size` once; returns its folder, rubrics, indicators and rows."""
    rubrics, indicators, years, files = SIZES[size]
    d = work / size
    if not (d / "targets.csv").exists():
        subprocess.run([generate, "--rubrics", str(rubrics), "--indicators", str(indicators),
                        "--years", str(years), "--files", str(files), "--out", d],
                       check=True, stderr=subprocess.DEVNULL)
    data_rows = sum(sum(1 for _ in open(f, encoding="utf-8")) - 1 for f in sorted((d / "data").glob("*.csv")))
    return d, rubrics, indicators, data_rows


def polscore_only(args):
    """polscore alone on each size, the sizes alternating run by run (so that they see the
    same machine): wall time and peak memory, and whether 1 and 2 threads give one report."""
    subprocess.run(["cargo", "build", "--release", "--quiet", "--example", "generate"], cwd=ROOT, check=True)
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    polscore = ROOT / "target/release/polscore"
    generate = ROOT / "target/release/examples/generate"
    work = ROOT / "target/bench"
    work.mkdir(parents=True, exist_ok=True)
    sizes = args.sizes.split(",")
    loads = {size: workload(generate, work, size) for size in sizes}
    times = {size: [] for size in sizes}
    for _ in range(args.runs):
        for size in sizes:
            d = loads[size][0]
            score = [polscore, "score", d / "rubrics", "--data", d / "data", "--format", "json"]
            times[size].append(run(score, stdout=d / "report.json")[:2])
    lines = ["| workload | data files | biggest file | polscore `score --format json > report.json` | peak memory | rows/s | report (sha256 of it, the folder's path left out) |",
             "|---|---|---|---|---|---|---|"]
    for size in sizes:
        d, rubrics, indicators, rows = loads[size]
        files = sorted((d / "data").glob("*.csv"))
        wall = statistics.median(w for w, _ in times[size])
        mb = max(m for _, m in times[size])
        biggest = max(f.stat().st_size for f in files) / 1e6
        # The reports name the rubric files, in the workload's folder: without it, the
        # reports of one file and of eight are the same.
        text = (d / "report.json").read_text(encoding="utf-8").replace(str(d), "WORKLOAD")
        digest = hashlib.sha256(text.encode()).hexdigest()[:12]
        print(f"{size}: {len(files)} files (biggest {biggest:.0f} MB), {wall:.3f} s, {mb:.0f} MB peak, report {digest}", flush=True)
        lines.append(f"| {rubrics:,} / {indicators:,} / {rows:,} | {len(files)} | {biggest:.0f} MB | {wall:.3f} s | {mb:.0f} MB | {rows / wall:,.0f} | `{digest}` |")
    if args.write:
        Path(args.write).write_text("\n".join(lines) + "\n\n"
                                    + f"Machine: {machine()}. Runs: {args.runs} of each, alternating; medians (peak memory: the largest).\n",
                                    encoding="utf-8")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--sizes", default="small,medium,large")
    p.add_argument("--write", help="write the results as Markdown to this file")
    p.add_argument("--polscore-only", action="store_true", help="time polscore alone, without DuckDB")
    args = p.parse_args()
    if args.polscore_only:
        return polscore_only(args)

    subprocess.run(["cargo", "build", "--release", "--quiet", "--example", "generate"], cwd=ROOT, check=True)
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    polscore = ROOT / "target/release/polscore"
    generate = ROOT / "target/release/examples/generate"
    work = ROOT / "target/bench"
    work.mkdir(parents=True, exist_ok=True)

    rows_out = []
    for size in args.sizes.split(","):
        d, rubrics, indicators, data_rows = workload(generate, work, size)
        out = d / "report.json"
        score = [polscore, "score", d / "rubrics", "--data", d / "data", "--format", "json"]
        duck = [sys.executable, ROOT / "scripts/duckdb_baseline.py", d, "1"]
        duck_rows = duck + ["--rows-json", d / "duckdb-rows.json"]
        ours, ours_null, theirs, theirs_query, theirs_rows = [], [], [], [], []
        for _ in range(args.runs):
            ours.append(run(score, stdout=out)[:2])
            ours_null.append(run(score)[0])
            wall, rss, text = run(duck, stdout=subprocess.PIPE)
            theirs.append((wall, rss))
            theirs_query.append(seconds(text, "seconds"))
            theirs_rows.append(seconds(run(duck_rows, stdout=subprocess.PIPE)[2], "rows_seconds"))
        two = sha256(out)
        run(score, env={**os.environ, "RAYON_NUM_THREADS": "1"}, stdout=out)
        one = sha256(out)
        med = lambda xs: statistics.median(xs)
        r = {
            "size": size, "rubrics": rubrics, "indicators": indicators, "rows": data_rows,
            "ours": med([w for w, _ in ours]), "ours_mb": max(m for _, m in ours),
            "ours_null": med(ours_null),
            "duck_query": med(theirs_query), "duck_proc": med([w for w, _ in theirs]),
            "duck_mb": max(m for _, m in theirs), "report_mb": out.stat().st_size / 1e6,
            "duck_rows": med(theirs_rows), "duck_rows_mb": (d / "duckdb-rows.json").stat().st_size / 1e6,
            "same_1_2": one == two,
        }
        rows_out.append(r)
        print(f"{size}: polscore {r['ours']:.3f} s ({r['ours_mb']:.0f} MB; {r['ours_null']:.3f} s to /dev/null), duckdb query {r['duck_query']:.3f} s, "
              f"duckdb process {r['duck_proc']:.3f} s ({r['duck_mb']:.0f} MB), duckdb writing its rows {r['duck_rows']:.3f} s, "
              f"1 vs 2 threads identical: {r['same_1_2']}",
              flush=True)

    seed = [polscore, "validate", ROOT / "rubrics/mofa-2024-peace.toml"]
    seed_ms = statistics.median(run(seed)[0] for _ in range(21)) * 1000
    print(f"validate on the seed rubric: {seed_ms:.1f} ms (median of 21)")

    if args.write:
        lines = [
            "| workload (rubrics / indicators / rows) | polscore `score --format json > report.json` | the same `> /dev/null` | peak memory | rows/s | report size | DuckDB query alone | DuckDB process | DuckDB peak memory | polscore ÷ DuckDB query | polscore ÷ DuckDB process | 1 = 2 threads |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for r in rows_out:
            lines.append(
                f"| {r['rubrics']:,} / {r['indicators']:,} / {r['rows']:,} | {r['ours']:.3f} s | {r['ours_null']:.3f} s | {r['ours_mb']:.0f} MB | "
                f"{r['rows'] / r['ours']:,.0f} | {r['report_mb']:.0f} MB | {r['duck_query']:.3f} s | {r['duck_proc']:.3f} s | "
                f"{r['duck_mb']:.0f} MB | {r['ours'] / r['duck_query']:.1f}× | {r['ours'] / r['duck_proc']:.2f}× | "
                f"{'yes' if r['same_1_2'] else 'NO'} |")
        lines += [
            "",
            "With the output written out: polscore's report holds every point of every series; DuckDB here writes the rows its query rates (target indicators only) as JSON lines, in order.",
            "",
            "| workload | polscore `score --format json > report.json` | its report | DuckDB query writing its rows | its file | polscore ÷ DuckDB |",
            "|---|---|---|---|---|---|",
        ]
        for r in rows_out:
            lines.append(
                f"| {r['rubrics']:,} / {r['indicators']:,} / {r['rows']:,} | {r['ours']:.3f} s | {r['report_mb']:.0f} MB | "
                f"{r['duck_rows']:.3f} s | {r['duck_rows_mb']:.0f} MB | {r['ours'] / r['duck_rows']:.2f}× |")
        Path(args.write).write_text(
            "<!-- written by scripts/bench.py; the prose around the table is in BENCHMARKS.md's template below -->\n"
            + "\n".join(lines) + "\n\n"
            + f"`validate` on `rubrics/mofa-2024-peace.toml`: {seed_ms:.1f} ms (median of 21 runs).\n\n"
            + f"Machine: {machine()}. Runs: {args.runs} of each, alternating; medians (peak memory: the largest).\n",
            encoding="utf-8")


if __name__ == "__main__":
    main()
