"""Property-based tests of the export reader (Hypothesis): whatever the file, it is imported
whole or refused whole with the database unchanged, and the compiled validator never lets
through what jsonschema refuses. tools/fuzz_exports.py runs the same properties by thousands."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from services.clock import FixedClock
from services.container import Services
from services.files import schema_problems, valid_quickly
from services.timefmt import parse_instant
from tests.services.export_strategies import (
    SCHEMA,
    check_import,
    check_validators_agree,
    export_files,
    exports,
    valid_export,
)
from tests.services.test_import import BAD_DOCUMENTS, base, broken

CASES = settings(max_examples=150, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Services:
    app = Services.open(":memory:", FixedClock(parse_instant("2026-03-02T09:00:00Z")))
    app.importer.import_document(valid_export())
    yield app
    app.close()


def test_every_export_file_is_imported_or_refused_whole(desk, tmp_path_factory) -> None:  # noqa: ANN001
    path = tmp_path_factory.mktemp("fuzz") / "export.json"
    outcomes: Counter[str] = Counter()

    @CASES
    @given(raw=export_files())
    def run(raw: bytes) -> None:
        check_import(desk, path, raw, outcomes)

    run()
    # Both ends were reached: the strategies make files that import and files that do not.
    assert outcomes["imported"] and outcomes["refused"], outcomes


def test_the_compiled_validator_never_passes_what_jsonschema_refuses() -> None:
    outcomes: Counter[str] = Counter()

    @CASES
    @given(document=exports())
    def run(document) -> None:  # noqa: ANN001
        check_validators_agree(document, outcomes)

    run()
    assert outcomes["valid"] and outcomes["invalid"], outcomes


@pytest.mark.parametrize("case", list(BAD_DOCUMENTS))
def test_both_validators_agree_on_every_bad_export_of_the_tests(case: str) -> None:
    edit, _ = BAD_DOCUMENTS[case]
    document = broken(edit)
    assert valid_quickly(document, SCHEMA) == (schema_problems(document, SCHEMA) == [])


@pytest.mark.parametrize("document", [[], {}, "export", None, 1, {"format": 1}])
def test_both_validators_agree_on_values_that_are_not_exports(document) -> None:  # noqa: ANN001
    assert not valid_quickly(document, SCHEMA) and schema_problems(document, SCHEMA)


def test_both_validators_pass_a_good_export() -> None:
    assert valid_quickly(base(), SCHEMA) and schema_problems(base(), SCHEMA) == []


def test_a_refused_export_file_keeps_the_database_as_it_was(desk, tmp_path: Path) -> None:  # noqa: ANN001
    outcomes: Counter[str] = Counter()
    check_import(desk, tmp_path / "cut.json", b'{"format": "mentor-platform-export", ', outcomes)
    assert outcomes == {"refused": 1}
