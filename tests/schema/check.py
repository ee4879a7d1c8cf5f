"""Checks polscore's rubric JSON Schema with an independent validator.

    python3 tests/schema/check.py SCHEMA.json --good RUBRIC.toml... --bad RUBRIC.toml...

The schema must be a valid draft-07 schema; every --good rubric must pass it and every --bad
rubric must fail it. Needs Python 3.11+ (tomllib) and the `jsonschema` package.
"""
import json
import sys
import tomllib

import jsonschema


def main(argv):
    schema_path, rest = argv[0], argv[1:]
    good = rest[rest.index("--good") + 1 : rest.index("--bad")]
    bad = rest[rest.index("--bad") + 1 :]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    failures = []
    for path in good:
        with open(path, "rb") as f:
            errors = list(validator.iter_errors(tomllib.load(f)))
        if errors:
            failures.append(f"{path}: rejected: {errors[0].message}")
    for path in bad:
        with open(path, "rb") as f:
            doc = tomllib.load(f)
        if validator.is_valid(doc):
            failures.append(f"{path}: accepted, but it is broken")
    for line in failures:
        print(line)
    print(f"schema: {len(good)} good and {len(bad)} broken rubrics checked")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
