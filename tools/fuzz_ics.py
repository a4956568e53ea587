"""Feed the .ics reader thousands of damaged and hostile calendars and count what happens.

    .venv/bin/python tools/fuzz_ics.py [CASES] [--seed N]

Each case is one of the shared samples (../shared/ics-samples, when there) or of ours, cut,
shuffled and laced with hostile lines (tests/services/ics_fuzz.py, the same strategy the test
suite runs a few hundred of). A case must end read or refused (InvalidInput) within the time
bound; anything else is a failure. Prints trials, failures, the slowest case and peak memory.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
import traceback
import warnings
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis.errors import HypothesisWarning  # noqa: E402

from services import policy  # noqa: E402
from services.errors import InvalidInput  # noqa: E402
from services.ical_import import read_busy  # noqa: E402
from tests.services.ics_fuzz import damaged_calendars, samples  # noqa: E402

NOW = datetime(2026, 3, 2, 9, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="?", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=20260302)
    args = parser.parse_args(argv)
    # The cases are large; Hypothesis would warn about printing them, which nothing here does.
    warnings.filterwarnings("ignore", category=HypothesisWarning)
    seeds = samples()
    stats = {"trials": 0, "read": 0, "refused": 0, "slowest": 0.0, "peak": 0, "bytes": 0}
    failures: list[tuple[str, bytes]] = []
    slowest_case = b""

    @seed(args.seed)
    @settings(max_examples=args.cases, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(damaged_calendars(seeds))
    def one(data: bytes) -> None:
        nonlocal slowest_case
        stats["trials"] += 1
        stats["bytes"] = max(stats["bytes"], len(data))
        tracemalloc.start()
        began = time.perf_counter()
        try:
            read_busy(data, BERLIN, NOW - policy.BUSY_EXPAND_PAST,
                      NOW + policy.BUSY_EXPAND_AHEAD, "fuzz.ics", NOW)
            stats["read"] += 1
        except InvalidInput:
            stats["refused"] += 1
        except Exception:  # noqa: BLE001 - every other outcome is what this looks for
            failures.append((traceback.format_exc(limit=3), data))
        elapsed = time.perf_counter() - began
        stats["peak"] = max(stats["peak"], tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        if elapsed > stats["slowest"]:
            stats["slowest"], slowest_case = elapsed, data
        if elapsed > policy.BUSY_READ_SECONDS + 2:
            failures.append((f"took {elapsed:.1f} s", data))

    began = time.perf_counter()
    one()
    total = time.perf_counter() - began
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"seeds: {len(seeds)} calendars; trials: {stats['trials']}; read: {stats['read']}; "
          f"refused: {stats['refused']}; failures: {len(failures)}")
    print(f"slowest: {stats['slowest']:.2f} s ({len(slowest_case)} bytes); peak traced memory "
          f"of one case: {stats['peak'] / 1e6:.1f} MB; process peak RSS: {rss:.0f} MB; "
          f"largest case: {stats['bytes'] / 1e3:.0f} kB; total {total:.0f} s")
    for message, data in failures[:5]:
        print(f"--- failure ({len(data)} bytes): {message}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
