"""The DuckDB baseline of the benchmark: the same files, a SQL query that joins the data with
the targets, computes each row's target for the year (linear path), achievement ratio and
rating, keeps each indicator's latest year and counts ratings per goal.

    python3 scripts/duckdb_baseline.py WORKLOAD_DIR [REPEAT] [--rows-json FILE]

Prints one line per run: `seconds=<query wall time> groups=<result rows>`. The time is measured
inside the process, around the query alone (DuckDB's start-up and Python's are left out, which
favours DuckDB). DuckDB uses every core it finds.

With `--rows-json FILE`, each run also writes every row the query rates (those of target
indicators) to FILE as JSON lines, in order: rubric, goal, indicator, year, value, target,
achievement, rating; and the line gains `rows_seconds=<wall time of that>`: the rating steps
with their output written out, as polscore's report writes every point of every series.
"""

import argparse
import time

import duckdb

RATED = """
WITH data AS (
    SELECT indicator, year, TRY_CAST(value AS DOUBLE) AS value
    FROM read_csv('{dir}/data/*.csv', header = true, auto_detect = false,
                  columns = {{'indicator': 'VARCHAR', 'year': 'INTEGER', 'value': 'VARCHAR', 'note': 'VARCHAR'}})
),
targets AS (
    SELECT * FROM read_csv('{dir}/targets.csv', header = true, auto_detect = false,
        columns = {{'indicator': 'VARCHAR', 'rubric': 'VARCHAR', 'goal': 'VARCHAR', 'kind': 'VARCHAR',
                    'direction': 'VARCHAR', 'target': 'DOUBLE', 'target_year': 'INTEGER',
                    'baseline_year': 'INTEGER', 'baseline_value': 'DOUBLE', 'accumulate': 'BOOLEAN'}})
),
yearly AS (
    SELECT d.indicator, t.rubric, t.goal, t.direction, d.year, d.value,
        CASE WHEN t.target_year IS NOT NULL AND t.baseline_year IS NOT NULL AND d.year < t.target_year
             THEN t.baseline_value + (t.target - t.baseline_value)
                  * (d.year - t.baseline_year) / (t.target_year - t.baseline_year)
             ELSE t.target END AS t_y
    FROM data d JOIN targets t USING (indicator)
    WHERE t.kind = 'target' AND d.value IS NOT NULL
),
achieved AS (
    SELECT *,
        CASE WHEN direction = 'at_least' AND t_y > 0 THEN value / t_y
             WHEN direction = 'at_most' AND value > 0 THEN t_y / value END AS a
    FROM yearly
),
rated AS (
    SELECT *,
        CASE WHEN (direction = 'at_least' AND value >= t_y) OR (direction = 'at_most' AND value <= t_y)
                  THEN CASE WHEN a >= 1.2 THEN 'exceeded' ELSE 'met' END
             WHEN a >= 0.8 THEN 'progressing'
             WHEN a <= 0 THEN 'not_progressing'
             ELSE 'limited' END AS rating
    FROM achieved
)
"""

# The benchmark's query: ratings counted per goal, from each indicator's latest year.
QUERY = RATED + """,
latest AS (
    SELECT * FROM rated QUALIFY row_number() OVER (PARTITION BY indicator ORDER BY year DESC) = 1
)
SELECT rubric, goal, rating, count(*) AS n FROM latest GROUP BY ALL ORDER BY ALL
"""

# Every rated row written out, in a fixed order, so that the file is the same on every run.
ROWS = "COPY (" + RATED + """
SELECT rubric, goal, indicator, year, value, t_y AS target, a AS achievement, rating
FROM rated ORDER BY rubric, indicator, year
) TO '{out}' (FORMAT JSON)
"""


def main() -> None:
    p = argparse.ArgumentParser(description="The DuckDB baseline of scripts/bench.py.")
    p.add_argument("workload", help="a directory written by examples/generate.rs")
    p.add_argument("repeat", type=int, nargs="?", default=1, help="how many runs (1)")
    p.add_argument("--rows-json", metavar="FILE", help="also write every rated row to FILE")
    args = p.parse_args()
    con = duckdb.connect()
    query = QUERY.format(dir=args.workload)
    for _ in range(args.repeat):
        start = time.perf_counter()
        rows = con.execute(query).fetchall()
        line = f"seconds={time.perf_counter() - start:.4f} groups={len(rows)}"
        if args.rows_json is not None:
            start = time.perf_counter()
            con.execute(ROWS.format(dir=args.workload, out=args.rows_json))
            line += f" rows_seconds={time.perf_counter() - start:.4f}"
        print(line, flush=True)


if __name__ == "__main__":
    main()
