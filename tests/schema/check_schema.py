#!/usr/bin/python3
"""Checks assets/schema/journey-map.v<N>.schema.json (one per format version)
against real files: each file must match the schema of its own version (every
template and good file), and every bad file of the corpus must be refused,
except those whose fault only the loader can see (references, unique ids)."""
import json
import math
import pathlib
import sys

import jsonschema

root = pathlib.Path(__file__).resolve().parents[2]
CURRENT = 4
validators = {}
for version in range(1, CURRENT + 1):
    schema = json.loads((root / f"assets/schema/journey-map.v{version}.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    validators[version] = jsonschema.Draft202012Validator(schema)


def validator_for(doc):
    """The schema of the file's own version; the current one for anything else."""
    version = doc.get("version") if isinstance(doc, dict) else None
    return validators.get(version if isinstance(version, int) and not isinstance(version, bool) else CURRENT,
                          validators[CURRENT])
LOADER_ONLY = {"duplicate-id", "dangling-reference", "duplicate-score", "duplicate-measure", "duplicate-link",
               "state-count"}
LOADER_ONLY_FILES = {"next-id-too-small", "state-card-id-over-next",  # ids against nextId
                     "measure-exits-over-reached", "link-to-itself", "state-from-itself"}  # one field against another

passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what)


def parse(path):
    def refuse(constant):
        raise ValueError(constant)
    try:
        doc = json.loads(path.read_bytes().decode("utf-8"), parse_constant=refuse)
    except (ValueError, UnicodeDecodeError):
        return None
    numbers = []
    def walk(v):
        if isinstance(v, float):
            numbers.append(v)
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
    try:
        walk(doc)
    except RecursionError:
        return None
    return None if any(not math.isfinite(n) for n in numbers) else doc


for folder in ("assets/templates", "tests/corpus/good"):
    for path in sorted((root / folder).glob("*.json")):
        doc = parse(path)
        errors = list(validator_for(doc).iter_errors(doc))
        check(not errors, f"{path.name} should match the schema: {errors[:1]}")

for line in (root / "tests/corpus/bad/expected.tsv").read_text().splitlines():
    if not line or line.startswith("#"):
        continue
    name, error, _ = (line.split("\t") + [""])[:3]
    doc = parse(root / "tests/corpus/bad" / name)
    if doc is None or error in LOADER_ONLY or name.split("-", 1)[1][:-5] in LOADER_ONLY_FILES:
        continue
    check(not validator_for(doc).is_valid(doc), f"{name} ({error}) should not match the schema")

print(f"schema: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
