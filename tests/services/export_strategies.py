"""Hypothesis strategies for platform export files, valid and broken, and the property every
import of one must keep. Shared by the tests (a few hundred cases) and tools/fuzz_exports.py
(thousands)."""

from __future__ import annotations

import copy
import json
from collections import Counter
from typing import Any

from hypothesis import strategies as st

from services.errors import InvalidInput
from services.files import MESSAGE_CHARS, schema_problems, valid_quickly
from tests.services.builders import BERLIN, bundle, dump, export, intro, mentee, paid

SCHEMA = "platform-export.schema.json"
# Values that have broken readers of dates, numbers and text before, beside random ones.
NASTY_STRINGS = [
    "", " ", "9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59Z",
    "0001-01-01T00:00:00Z", "2026-02-30T10:00:00Z", "2026-03-01T09:00:00", "2026-03-01T24:00:00Z",
    "2026-03-01T09:00:00Z\n", "1899-12-31T23:59:00Z", "3000-01-01T00:00:00Z", "Europe/Atlantis",
    "../../etc/passwd", "a\ud800b", "\udfff", "\x00", "\u202e", "x" * 1001, "x" * 10_001,
    "u-1", "u-2", "b-1", "s-1", "local-000000000001", "intro", "paid", "requested", "NaN",
]
NASTY_NUMBERS = [0, -1, 1, 4, 5, 20, 21, 480, 481, 1000, 1001, 2**31, 2**63, 10**30, -10**30,
                 0.5, 20.0, 1e308, -0.0, True, False]
JSON_SCALARS = (st.none() | st.booleans() | st.integers() | st.sampled_from(NASTY_NUMBERS)
                | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=12)
                | st.sampled_from(NASTY_STRINGS))
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.text(max_size=6) | st.sampled_from(["id", "start", "form", "client_id"]), inner,
        max_size=3),
    max_leaves=8)


def valid_export() -> dict[str, Any]:
    """A small export that imports: requests with forms, a paid session on a bundle, a session
    the platform made from a booking (client_id), every status."""
    return export(
        BERLIN, exported_at="2026-03-01T09:00:00Z",
        mentees=[mentee("u-1", "Sam Lee", timezone="Asia/Tokyo"), mentee("u-2", "Priya Raman"),
                 mentee("u-3", "Jo Park")],
        bundles=[bundle("b-1", "u-2", 4, 1, purchased_at="2026-02-01T10:00:00Z",
                        price_cents=36000, currency="EUR")],
        sessions=[
            intro("s-1", "u-1", "2026-03-06T15:00:00Z", requested_at="2026-03-01T08:00:00Z",
                  form={"What do you want to achieve?": "Backend engineering"}),
            paid("s-2", "u-2", "b-1", "2026-03-04T10:00:00+01:00"),
            intro("s-3", "u-2", "2026-02-01T16:00:00Z", "completed"),
            paid("s-4", "u-2", "b-1", "2026-02-10T10:00:00Z", "cancelled",
                 cancel_reason="Ill"),
            intro("s-5", "u-3", "2026-02-11T10:00:00Z", "rejected", reject_reason="Spam"),
            paid("s-6", "u-2", "b-1", "2026-03-20T10:00:00Z", client_id="local-000000000001"),
            intro("s-7", "u-3", "2026-02-12T10:00:00Z", "no_show"),
        ])


def _nodes(document: Any) -> list[tuple[Any, ...]]:
    """The path of every node (the root too)."""
    found: list[tuple[Any, ...]] = [()]
    stack: list[tuple[Any, tuple[Any, ...]]] = [(document, ())]
    while stack:
        node, where = stack.pop()
        children = node.items() if isinstance(node, dict) else \
            enumerate(node) if isinstance(node, list) else ()
        for key, value in children:
            found.append((*where, key))
            stack.append((value, (*where, key)))
    return sorted(found, key=repr)


def _parent(document: Any, where: tuple[Any, ...]) -> Any:
    node = document
    for key in where[:-1]:
        node = node[key]
    return node


@st.composite
def exports(draw: st.DrawFn) -> dict[str, Any]:
    """A valid export with a few edits: values replaced, keys dropped or added, items copied."""
    document = valid_export()
    for _ in range(draw(st.integers(0, 4))):
        paths = _nodes(document)
        where = draw(st.sampled_from(paths))
        edit = draw(st.sampled_from(["replace", "drop", "add", "copy"]))
        if not where:
            if edit == "replace":
                document = draw(JSON_VALUES)
            continue
        parent = _parent(document, where)
        if edit == "replace":
            parent[where[-1]] = draw(JSON_VALUES)
        elif edit == "drop":
            del parent[where[-1]]
        elif edit == "add" and isinstance(parent, dict):
            parent[draw(st.text(max_size=8) | st.sampled_from(
                ["client_id", "bundle_id", "form", "requested_at", "timezone"]))] = \
                draw(JSON_VALUES)
        elif edit == "copy" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[where[-1]]))
    return document


@st.composite
def export_files(draw: st.DrawFn) -> bytes:
    """The bytes of an export file: an edited export, sometimes with its bytes cut, nested
    deeply, given a huge number, a byte order mark or an unpaired surrogate escape."""
    document = draw(exports())
    raw = json.dumps(document, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")
    trick = draw(st.sampled_from(["none"] * 6 + ["cut", "deep", "digits", "bom", "surrogate",
                                                   "bytes"]))
    if trick == "cut":
        raw = raw[:draw(st.integers(0, max(0, len(raw) - 1)))]
    elif trick == "deep":
        depth = draw(st.sampled_from([10, 900, 5000, 10_000]))
        raw = raw.replace(b'"format"', b'"nest": ' + b"[" * depth + b"]" * depth
                          + b', "format"', 1)
    elif trick == "digits":
        raw = raw.replace(b'"duration_minutes": 60', b'"duration_minutes": '
                          + b"7" * draw(st.sampled_from([400, 4300, 4301, 5000])), 1)
    elif trick == "bom":
        raw = b"\xef\xbb\xbf" + raw
    elif trick == "surrogate":
        raw = raw.replace(b'"Priya Raman"', b'"Priya \\ud800 Raman"', 1)
    elif trick == "bytes":
        at = draw(st.integers(0, max(0, len(raw) - 1)))
        raw = raw[:at] + draw(st.binary(min_size=1, max_size=4)) + raw[at + 1:]
    return raw


def check_import(services: Any, path: Any, raw: bytes, outcomes: Counter[str]) -> None:
    """The property: an export file is imported whole, or refused whole (InvalidInput, every
    problem a short sentence) with the database unchanged; anything else is a defect.
    An imported file imported again changes nothing."""
    path.write_bytes(raw)
    before = dump(services.engine)
    try:
        services.importer.import_file(path)
    except InvalidInput as refused:
        assert refused.problems, "refused without a reason"
        assert all(len(p.message) <= MESSAGE_CHARS + 60 for p in refused.problems)
        assert dump(services.engine) == before, "a refused file changed the database"
        outcomes["refused"] += 1
        return
    assert not services.importer.import_file(path).changed, "a second import changed things"
    outcomes["imported"] += 1


def check_validators_agree(document: Any, outcomes: Counter[str]) -> None:
    """The compiled validator never passes what jsonschema refuses."""
    if valid_quickly(document, SCHEMA):
        assert schema_problems(document, SCHEMA) == [], "the compiled validator let it pass"
        outcomes["valid"] += 1
    else:
        outcomes["invalid" if schema_problems(document, SCHEMA) else "valid, slow path"] += 1
