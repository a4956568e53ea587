"""Mutation run over the booking rules, the policy numbers and the expiry code (cosmic-ray):
would the tests notice if a boundary moved (`<` to `<=`, 48 to 47, `and` to `or`, ...)?

    .venv/bin/python tools/mutation.py [--tests TEST ...] [--keep]

It copies the committed tree (HEAD) to a temporary folder, so the checkout is never mutated,
installs cosmic-ray into a virtual environment of its own (.venv-mutation, so that its
dependencies never move the project's), runs every mutant against the services tests of the
rules with this Python, and prints the score and each surviving mutant (file, line, operator).
The figures go in docs/reliability.md. Takes about an hour on two busy cores.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOOL_VENV = ROOT / ".venv-mutation"
MODULES = ["services/rules.py", "services/policy.py", "services/expiry.py"]
TESTS = ["tests/services/test_rules.py", "tests/services/test_session_search.py",
         "tests/services/test_free_slots.py"]
# Mutations no one would type by mistake: arithmetic the rules never do (`+` to `**`, `<<`),
# and an ordering compared with `is`. What stays: every comparison flipped or moved (the
# boundaries), every number one up or down, `and`/`or`, `not`, `+`/`-`, loops skipped.
EXCLUDED = [
    r"core/ReplaceBinaryOperator_.*_(Mul|Div|FloorDiv|Mod|Pow|RShift|LShift|BitOr|BitAnd|BitXor)$",
    r"core/ReplaceBinaryOperator_(Mul|Div|FloorDiv|Mod|Pow|RShift|LShift|BitOr|BitAnd|BitXor)_.*",
    r"core/ReplaceComparisonOperator_.*_(Is|IsNot)$",
    r"core/ReplaceComparisonOperator_(Is|IsNot)_(Lt|LtE|Gt|GtE)$",
]


def ensure_cosmic_ray() -> None:
    if not Path(tool("cosmic-ray")).exists():
        subprocess.run([sys.executable, "-m", "venv", str(TOOL_VENV)], check=True)
        subprocess.run([tool("python"), "-m", "pip", "install", "--quiet",
                        "cosmic-ray>=8.4,<9"], check=True)


def tool(name: str) -> str:
    return str(TOOL_VENV / ("Scripts" if sys.platform == "win32" else "bin") / name)


def committed_tree(into: Path) -> None:
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", "HEAD"],
                             check=True, capture_output=True).stdout
    with tempfile.TemporaryFile() as handle:
        handle.write(archive)
        handle.seek(0)
        with tarfile.open(fileobj=handle) as tar:
            tar.extractall(into, filter="data")


def config(modules: list[str], tests: list[str]) -> str:
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
               "-p", "no:randomly", *tests]
    excluded = ",\n  ".join(json.dumps(pattern) for pattern in EXCLUDED)
    return f"""[cosmic-ray]
module-path = {json.dumps(modules)}
timeout = 900.0
excluded-modules = []
test-command = {json.dumps(" ".join(command))}

[cosmic-ray.distributor]
name = "local"

[cosmic-ray.filters.operators-filter]
exclude-operators = [
  {excluded},
]
"""


def results(work: Path) -> list[tuple[dict, dict]]:
    dumped = subprocess.run([tool("cosmic-ray"), "dump", "session.sqlite"], cwd=work,
                            check=True, capture_output=True, text=True).stdout
    return [tuple(json.loads(line)) for line in dumped.splitlines()]  # type: ignore[misc]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modules", nargs="+", default=MODULES, help="the files to mutate")
    parser.add_argument("--tests", nargs="+", default=TESTS, help="the tests each mutant meets")
    parser.add_argument("--keep", action="store_true", help="keep the temporary copy")
    args = parser.parse_args()
    ensure_cosmic_ray()
    work = Path(tempfile.mkdtemp(prefix="mentordesk-mutation-"))
    started = time.monotonic()
    try:
        committed_tree(work)
        (work / "cosmic-ray.toml").write_text(config(args.modules, args.tests), encoding="utf-8")
        for step in (["cosmic-ray", "init", "cosmic-ray.toml", "session.sqlite"],
                     ["cr-filter-operators", "session.sqlite", "cosmic-ray.toml"],
                     ["cosmic-ray", "exec", "cosmic-ray.toml", "session.sqlite"]):
            subprocess.run([tool(step[0]), *step[1:]], cwd=work, check=True)
        report(results(work), time.monotonic() - started)
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def report(done: list[tuple[dict, dict]], seconds: float) -> None:
    outcomes: Counter[str] = Counter()
    by_module: dict[str, Counter[str]] = {}
    survivors = []
    for job, result in done:
        if result is None:
            continue
        mutation = job["mutations"][0]
        if result.get("worker_outcome") == "skipped":
            outcome = "excluded"
        elif result.get("worker_outcome") != "normal":
            outcome = result.get("worker_outcome", "unknown")  # e.g. a timeout: counted killed
        else:
            outcome = result["test_outcome"]
        outcomes[outcome] += 1
        if outcome != "excluded":
            by_module.setdefault(mutation["module_path"], Counter())[outcome] += 1
        if outcome == "survived":
            survivors.append(f"  {mutation['module_path']}:{mutation['start_pos'][0]} "
                             f"{mutation['operator_name']} #{mutation['occurrence']}")
    tried = sum(n for o, n in outcomes.items() if o != "excluded")
    caught = tried - outcomes["survived"]
    print(f"\nmutants tried: {tried} ({outcomes['excluded']} excluded as implausible); "
          f"caught: {caught}; survived: {outcomes['survived']}; "
          f"score: {100 * caught / max(tried, 1):.1f} %  ({seconds / 60:.0f} min)")
    for module, counts in sorted(by_module.items()):
        total = sum(counts.values())
        print(f"  {module}: {total - counts['survived']} of {total} caught")
    if survivors:
        print("surviving mutants:")
        print("\n".join(survivors))


if __name__ == "__main__":
    sys.exit(main())
