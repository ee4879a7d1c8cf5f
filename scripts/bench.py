"""The benchmark of issue-sized workloads: polscore and the DuckDB baseline, side by side.

    python3 scripts/bench.py [--runs 5] [--sizes small,medium,large] [--write BENCHMARKS.md]

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
    "small": (10, 1_000, 10),
    "medium": (100, 10_000, 10),
    "large": (1_000, 100_000, 10),
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


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--sizes", default="small,medium,large")
    p.add_argument("--write", help="write the results as Markdown to this file")
    args = p.parse_args()

    subprocess.run(["cargo", "build", "--release", "--quiet", "--example", "generate"], cwd=ROOT, check=True)
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    polscore = ROOT / "target/release/polscore"
    generate = ROOT / "target/release/examples/generate"
    work = ROOT / "target/bench"
    work.mkdir(parents=True, exist_ok=True)

    rows_out = []
    for size in args.sizes.split(","):
        rubrics, indicators, years = SIZES[size]
        d = work / size
        if not (d / "targets.csv").exists():
            subprocess.run([generate, "--rubrics", str(rubrics), "--indicators", str(indicators),
                            "--years", str(years), "--out", d], check=True, stderr=subprocess.DEVNULL)
        data_rows = sum(sum(1 for _ in open(f, encoding="utf-8")) - 1 for f in sorted((d / "data").glob("*.csv")))
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
