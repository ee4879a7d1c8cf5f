"""The DuckDB baseline of the benchmark: the same files, a SQL query that joins the data with
the targets, computes each row's target for the year (linear path), achievement ratio and
rating, keeps each indicator's latest year and counts ratings per goal.

    python3 scripts/duckdb_baseline.py WORKLOAD_DIR [REPEAT]

Prints one line per run: `seconds=<query wall time> groups=<result rows>`. The time is measured
inside the process, around the query alone (DuckDB's start-up and Python's are left out, which
favours DuckDB). DuckDB uses every core it finds.
"""

import sys
import time

import duckdb

QUERY = """
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
),
latest AS (
    SELECT * FROM rated QUALIFY row_number() OVER (PARTITION BY indicator ORDER BY year DESC) = 1
)
SELECT rubric, goal, rating, count(*) AS n FROM latest GROUP BY ALL ORDER BY ALL
"""


def main() -> None:
    directory = sys.argv[1]
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    con = duckdb.connect()
    query = QUERY.format(dir=directory)
    for _ in range(repeat):
        start = time.perf_counter()
        rows = con.execute(query).fetchall()
        print(f"seconds={time.perf_counter() - start:.4f} groups={len(rows)}", flush=True)


if __name__ == "__main__":
    main()
