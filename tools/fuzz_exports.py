"""Runs the export reader's properties (tests/services/export_strategies.py) over thousands of
Hypothesis cases and prints the counts: trials, outcomes, failures.

    .venv/bin/python tools/fuzz_exports.py [CASES]      (default 5000 of each property)

A failure prints Hypothesis's smallest falsifying example and makes the exit code 1.
"""

from __future__ import annotations

import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hypothesis import HealthCheck, given, settings  # noqa: E402

from services.clock import FixedClock  # noqa: E402
from services.container import Services  # noqa: E402
from services.timefmt import parse_instant  # noqa: E402
from tests.services.export_strategies import (  # noqa: E402
    check_import,
    check_validators_agree,
    export_files,
    exports,
    valid_export,
)


def run(name: str, prop, strategy, cases: int) -> tuple[int, int, Counter[str]]:  # noqa: ANN001
    """Trials, failures and outcomes of one property over `cases` examples."""
    outcomes: Counter[str] = Counter()
    trials = 0

    @settings(max_examples=cases, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def each(value) -> None:  # noqa: ANN001
        nonlocal trials
        trials += 1
        prop(value, outcomes)

    began = time.perf_counter()
    failures = 0
    try:
        each()
    except Exception:  # noqa: BLE001 - Hypothesis raises the (shrunk) failure: report it
        failures = 1
        traceback.print_exc()
    seen = ", ".join(f"{n} {k}" for k, n in sorted(outcomes.items()))
    print(f"{name}: {trials} trials, {failures} failures ({seen}) "
          f"in {time.perf_counter() - began:.0f} s", flush=True)
    return trials, failures, outcomes


def main(argv: list[str]) -> int:
    cases = int(argv[0]) if argv else 5000
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.json"
        app = Services.open(":memory:", FixedClock(parse_instant("2026-03-02T09:00:00Z")))
        app.importer.import_document(valid_export())
        try:
            results = [
                run("import of an export file", lambda raw, seen: check_import(
                    app, path, raw, seen), export_files(), cases),
                run("compiled validator vs jsonschema", check_validators_agree, exports(),
                    cases),
            ]
        finally:
            app.close()
    trials = sum(t for t, _, _ in results)
    failures = sum(f for _, f, _ in results)
    print(f"total: {trials} trials, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
