"""Text search: what text finds what (`DOCUMENTS`, the one place that says so), the SQLite FTS5
index that holds that text, kept in step by triggers, and the plain LIKE search used where
there is no such index.

A document is a row a search finds (a session) with the text it is found by: the text of its
own columns and of rows tied to it (its mentee's name and e-mail). The index, its triggers and
the LIKE fallback are all made from `DOCUMENTS`. To add a source of text, say notes kept on a
session or on a mentee: create the notes table in a migration and add a `Part` to the document
it should find, naming the table, its text columns and the column that ties a note to the
document's row (`link=("session_id", "id")` for a session's notes, `("mentee_id", "mentee_id")`
for notes on the mentee, found with each of their sessions). After every migration the index
is rebuilt when what `DOCUMENTS` asks for differs from what the database holds (`ensure`), so
nothing else needs to change; a new kind of document (mentees, found by their notes) is one
more `Document`, searched through `hits` like sessions.

On SQLite, each document kind has a plain table `search_<kind>` (docid, ref: the id of the
row it finds, body: its text, mentor_id: whose row it is, so that a search reads one
mentor's) and an FTS5 index over it, `search_<kind>_fts`, tokenised by `unicode61
remove_diacritics 2` ("tomas" finds "Tomás"; case folds in every script), with a prefix index
for the first letter of a word (a one-letter search over 100 000 sessions reads one list, 7 ms
against 35 ms without it; from two letters on, the words' own lists are few enough, and a
second prefix index would cost a third of the index's building) and without the documents'
sizes (`columnsize=0`: nothing is ranked, the docids give the order). A document with an
`order` column gets a docid that grows with it (its second * 2**20, plus a count among equal seconds), so the
index hands out the newest matches first, already in order: a page of a search over 100 000
sessions reads what it shows and no more. `ref` joins the document's own table, where every
further filter (type, status, a mentor) applies.

On PostgreSQL the same documents are searched over the same columns as the index finds them:
the words typed, in their order, the last one the start of a word, case and accents folded
(the `unaccent` extension, which the schema brings), as a regular expression over each text
(`holds`). On a SQLite built without FTS5 they are searched with LIKE: any part of a word, case
folded, accents as typed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Connection, String, cast, column, false, func, literal, or_
from sqlalchemy import select, table
from sqlalchemy import text as sql_text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement

TOKENIZER = "unicode61 remove_diacritics 2"
PREFIXES = "1"
# Docids of one second of `order`: more documents than any table will hold in one second.
PER_SECOND = 1 << 20
# Letters unicode61 keeps as they are (they carry no accent to take off), read as their base
# letters in the parts that ask for it (`Part.fold`: names), so that "lukasz" finds "Łukasz".
FOLDED = (("ø", "o"), ("Ø", "o"), ("ł", "l"), ("Ł", "l"), ("đ", "d"), ("Đ", "d"),
          ("ð", "d"), ("Ð", "d"), ("þ", "th"), ("Þ", "th"), ("ß", "ss"), ("æ", "ae"),
          ("Æ", "ae"), ("œ", "oe"), ("Œ", "oe"), ("ı", "i"), ("ħ", "h"), ("Ħ", "h"))


@dataclass(frozen=True)
class Part:
    """Text a document takes from rows of `table`: its `columns`, and the keys and values of
    its `json_columns` (JSON objects, read decoded, so an answer stored as "Tom\\u00e1s" is
    found as "Tomás"). A row belongs to the documents whose column `link[1]` holds the row's
    `link[0]`; with `only` (SQL over the row, named `{row}`), only the rows it holds for do.
    With `fold`, its text is indexed with the FOLDED letters as their base letters (it costs a
    tenth of the indexing per folded part: names, not the whole text)."""

    table: str
    columns: tuple[str, ...]
    json_columns: tuple[str, ...] = ()
    link: tuple[str, str] = ("id", "id")
    only: str | None = None
    fold: bool = False


@dataclass(frozen=True)
class Document:
    """A row of `table` (keyed by `key`) as a search finds it, with the `parts` of its text;
    the first part is the row's own. With `order` (a time column), the index keeps the
    documents in that order."""

    kind: str
    table: str
    parts: tuple[Part, ...]
    key: str = "id"
    order: str | None = None

    @property
    def content(self) -> str:
        return f"search_{self.kind}"

    @property
    def index(self) -> str:
        return f"search_{self.kind}_fts"


SESSIONS = Document(
    kind="session", table="session", order="start_utc",
    parts=(
        # The id, the intro form (questions and answers), why it was cancelled or rejected.
        Part("session", ("id", "cancel_reason", "reject_reason"), json_columns=("form",)),
        # The mentee's name and e-mail: typing a name finds every session of theirs.
        Part("mentee", ("name", "email"), link=("id", "mentee_id"), fold=True),
        # The mentor's note on the session (the journal).
        Part("session_note", ("text",), link=("session_id", "id")),
    ),
)
# The journal (services/journal.py): mentees found by their name, e-mail or id; notes on
# sessions and mentees' profile notes found by their text; goals by their title and their
# indicators. The Mentees page and `mentees --search` join these (a mentee is found by what
# was written about them); `notes --search` shows the notes.
MENTEES = Document(kind="mentee", table="mentee",
                   parts=(Part("mentee", ("id", "name", "email"), fold=True),))
NOTES = Document(kind="note", table="session_note", key="session_id",
                 parts=(Part("session_note", ("text",)),))
PROFILES = Document(kind="profile", table="mentee_journal", key="mentee_id",
                    parts=(Part("mentee_journal", ("profile_note",)),))
GOALS = Document(kind="goal", table="goal", parts=(
    Part("goal", ("title",)),
    Part("goal_indicator", ("name", "unit"), link=("goal_id", "id")),
))
DOCUMENTS = (SESSIONS, MENTEES, NOTES, PROFILES, GOALS)


def owns(name: str) -> bool:
    """Whether a table is the index's."""
    return any(name == d.content or name.startswith(d.index) for d in DOCUMENTS)


def include_name(name: str | None, kind: str, _parents: Any) -> bool:
    """For Alembic's comparisons of the schema with the models: the index is derived data,
    made here, not by the models."""
    return kind != "table" or name is None or not owns(name)


# -- the index (SQLite) ------------------------------------------------------------------------

SPACED = " || ' ' || "


def _folded(sql: str) -> str:
    for letter, base in FOLDED:
        sql = f"replace({sql}, '{letter}', '{base}')"
    return sql


def _text(part: Part, row: str) -> str:
    """SQL for the text of one row of `part`, named `row` (NEW, OLD or an alias)."""
    pieces = [f"coalesce({row}.{name}, '')" for name in part.columns]
    pieces += [f"coalesce((SELECT group_concat(coalesce(j.key, '') || ' ' || "
               f"coalesce(j.value, ''), ' ') FROM json_each(CASE WHEN json_valid({row}.{name}) "
               f"THEN {row}.{name} END) AS j), '')" for name in part.json_columns]
    return SPACED.join(pieces)


def _part_text(part: Part) -> str:
    """SQL for the text of every row of `part` tied to one document (`p`: its rows)."""
    text = f"group_concat({_text(part, 'p')}, ' ')"
    return _folded(text) if part.fold else text


def _others(doc: Document, present: set[str]) -> list[Part]:
    return [part for part in doc.parts[1:] if part.table in present]


def _body(doc: Document, row: str, present: set[str]) -> str:
    """SQL for the whole text of the document of `row`, a row of the document's table."""
    own = doc.parts[0]
    pieces = [_folded(_text(own, row)) if own.fold else _text(own, row)]
    for part in _others(doc, present):
        mine, theirs = part.link
        only = f" AND ({part.only.format(row='p')})" if part.only else ""
        pieces.append(f"coalesce((SELECT {_part_text(part)} FROM {part.table} AS p "
                      f"WHERE p.{mine} = {row}.{theirs}{only}), '')")
    return SPACED.join(pieces)


def _second(doc: Document, row: str) -> str:
    return f"CAST(strftime('%s', {row}.{doc.order}) AS INTEGER) * {PER_SECOND}"


def _owner(doc: Document, row: str, owned: set[str]) -> str:
    """SQL for whose document it is: the row's mentor (before the revision that gave rows a
    mentor, during the migrations, nobody's)."""
    return f"{row}.mentor_id" if doc.table in owned else "''"


def _statements(doc: Document, present: set[str], owned: set[str]) -> list[str]:
    """The index's tables and triggers, as SQLite keeps them (one statement each)."""
    own, *others = doc.parts
    others = [p for p in others if p.table in present]
    content, index = doc.content, doc.index
    statements = [
        f"CREATE TABLE {content} (docid INTEGER PRIMARY KEY, ref VARCHAR(100) NOT NULL, "
        "body TEXT NOT NULL, mentor_id VARCHAR(100) NOT NULL)",
        f"CREATE UNIQUE INDEX ix_{content}_ref ON {content} (ref)",
        f"CREATE VIRTUAL TABLE {index} USING fts5(body, content='{content}', "
        f"content_rowid='docid', tokenize='{TOKENIZER}', prefix='{PREFIXES}', columnsize=0)",
        # The index follows its content table (FTS5's external content).
        f"CREATE TRIGGER {content}_ai AFTER INSERT ON {content} BEGIN "
        f"INSERT INTO {index} (rowid, body) VALUES (NEW.docid, NEW.body); END",
        f"CREATE TRIGGER {content}_ad AFTER DELETE ON {content} BEGIN "
        f"INSERT INTO {index} ({index}, rowid, body) VALUES ('delete', OLD.docid, OLD.body); END",
        f"CREATE TRIGGER {content}_au AFTER UPDATE ON {content} BEGIN "
        f"INSERT INTO {index} ({index}, rowid, body) VALUES ('delete', OLD.docid, OLD.body); "
        f"INSERT INTO {index} (rowid, body) VALUES (NEW.docid, NEW.body); END",
    ]
    # A row of the document's table: its document comes, goes, or is made again (a new start
    # moves it in the order).
    docid = "NULL"
    if doc.order:
        second = _second(doc, "NEW")
        docid = (f"coalesce((SELECT max(docid) + 1 FROM {content} WHERE docid >= {second} "
                 f"AND docid < {second} + {PER_SECOND}), {second})")
    insert = (f"INSERT INTO {content} (docid, ref, body, mentor_id) VALUES ({docid}, "
              f"NEW.{doc.key}, {_body(doc, 'NEW', present)}, {_owner(doc, 'NEW', owned)});")
    delete = f"DELETE FROM {content} WHERE ref = OLD.{doc.key};"
    watched = dict.fromkeys([doc.key, *(["mentor_id"] if doc.table in owned else []),
                             *([doc.order] if doc.order else []),
                             *own.columns,
                             *own.json_columns, *(p.link[1] for p in others)])
    name = f"{content}_{doc.table}"
    statements += [
        f"CREATE TRIGGER {name}_ai AFTER INSERT ON {doc.table} BEGIN {insert} END",
        f"CREATE TRIGGER {name}_ad AFTER DELETE ON {doc.table} BEGIN {delete} END",
        f"CREATE TRIGGER {name}_au AFTER UPDATE OF {', '.join(watched)} ON {doc.table} "
        f"BEGIN {delete} {insert} END",
    ]
    # A row of another part: the documents it belongs to (before and after) take its new text.
    tables: dict[str, list[Part]] = {}
    for part in others:
        tables.setdefault(part.table, []).append(part)
    for table_name, parts in tables.items():

        def refresh(*rows: str, parts: list[Part] = parts) -> str:
            tied = " OR ".join(f"d.{part.link[1]} IN ({', '.join(f'{row}.{part.link[0]}' for row in rows)})"
                               for part in parts)
            return (f"UPDATE {content} SET body = (SELECT {_body(doc, 'd', present)} FROM "
                    f"{doc.table} AS d WHERE d.{doc.key} = {content}.ref) WHERE ref IN "
                    f"(SELECT d.{doc.key} FROM {doc.table} AS d WHERE {tied});")

        name = f"{content}_{table_name}"
        columns = ", ".join(dict.fromkeys(name for part in parts for name in (
            part.link[0], *part.columns, *part.json_columns)))
        statements += [
            f"CREATE TRIGGER {name}_ai AFTER INSERT ON {table_name} BEGIN {refresh('NEW')} END",
            f"CREATE TRIGGER {name}_ad AFTER DELETE ON {table_name} BEGIN {refresh('OLD')} END",
            f"CREATE TRIGGER {name}_au AFTER UPDATE OF {columns} ON {table_name} "
            f"BEGIN {refresh('OLD', 'NEW')} END",
        ]
    return statements


def _fill(doc: Document, present: set[str], owned: set[str]) -> str:
    """Every document at once, numbered in order (equal seconds by key). The text of each other
    part is made once per row it is tied to (a mentee's name once, not once per session) and
    joined in."""
    own, others = doc.parts[0], _others(doc, present)
    tied, pieces, joins = [], [_folded(_text(own, "d")) if own.fold else _text(own, "d")], []
    for n, part in enumerate(others):
        mine, theirs = part.link
        only = f" WHERE {part.only.format(row='p')}" if part.only else ""
        tied.append(f"t{n} AS MATERIALIZED (SELECT p.{mine} AS k, {_part_text(part)} AS t "
                    f"FROM {part.table} AS p{only} GROUP BY p.{mine})")
        pieces.append(f"coalesce(t{n}.t, '')")
        joins.append(f" LEFT JOIN t{n} ON t{n}.k = d.{theirs}")
    rows = (f"{'WITH ' + ', '.join(tied) + ' ' if tied else ''}SELECT "
            f"{_second(doc, 'd') if doc.order else 'NULL'} AS second, d.{doc.key} AS ref, "
            f"{SPACED.join(pieces)} AS body, {_owner(doc, 'd', owned)} AS mentor_id "
            f"FROM {doc.table} AS d{''.join(joins)}")
    docid = ("second + row_number() OVER (PARTITION BY second ORDER BY ref) - 1"
             if doc.order else "NULL")
    return (f"INSERT INTO {doc.content} (docid, ref, body, mentor_id) SELECT {docid}, ref, "
            f"body, mentor_id FROM ({rows})")


def _tables(conn: Connection) -> set[str]:
    return set(conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table'").scalars())


def _owned(conn: Connection, present: set[str]) -> set[str]:
    """The tables of `present` whose rows belong to a mentor (all, from revision 0009)."""
    return {name for name in present if any(
        row[1] == "mentor_id" for row in conn.exec_driver_sql(f'PRAGMA table_info("{name}")'))}


def _name(statement: str) -> str:
    words = statement.split()
    return words[3] if words[1] in ("UNIQUE", "VIRTUAL") else words[2]


def _wanted(conn: Connection) -> dict[Document, list[str]]:
    """The statements of each document's index over the tables there are now (a document
    whose table is not there yet has none)."""
    present = _tables(conn)
    owned = _owned(conn, {doc.table for doc in DOCUMENTS} & present)
    return {doc: _statements(doc, present, owned) for doc in DOCUMENTS if doc.table in present}


def supported(conn: Connection) -> bool:
    """Whether this database can hold the index: SQLite, built with FTS5."""
    return conn.dialect.name == "sqlite" and bool(conn.exec_driver_sql(
        "SELECT sqlite_compileoption_used('ENABLE_FTS5')").scalar())


def install(conn: Connection) -> bool:
    """(Re)build the index as `DOCUMENTS` describes it: its tables, every document from the
    rows there are, and the triggers that keep it in step. False (and nothing done) where the
    index cannot live; on PostgreSQL, what its search needs instead (`server_search`)."""
    server_search(conn)
    if not supported(conn):
        return False
    drop(conn)
    present = _tables(conn)
    owned = _owned(conn, {doc.table for doc in DOCUMENTS} & present)
    for doc, (table_, unique, index, *triggers) in _wanted(conn).items():
        conn.exec_driver_sql(table_)
        conn.exec_driver_sql(_fill(doc, present, owned))
        conn.exec_driver_sql(unique)
        conn.exec_driver_sql(index)
        conn.exec_driver_sql(f"INSERT INTO {doc.index} ({doc.index}) VALUES ('rebuild')")
        for trigger in triggers:
            conn.exec_driver_sql(trigger)
    return True


def create(conn: Connection) -> None:
    """The index's tables, empty and without triggers: what the migration that brings the
    index makes; `set_aside` fills it once the migrations are done."""
    server_search(conn)
    if supported(conn):
        drop(conn)
        for table_, unique, index, *_triggers in _wanted(conn).values():
            for statement in (table_, unique, index):
                conn.exec_driver_sql(statement)


def server_search(conn: Connection) -> None:
    """On PostgreSQL: the `unaccent` extension, which folds accents for the search (a trusted
    extension: the database's owner may create it)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")


def drop(conn: Connection) -> None:
    """Take the index away: its triggers first, then its tables."""
    if conn.dialect.name != "sqlite":
        return
    drop_triggers(conn)
    for doc in DOCUMENTS:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {doc.index}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {doc.content}")


def drop_triggers(conn: Connection) -> None:
    for doc in DOCUMENTS:
        triggers = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE ?",
            (f"%{doc.content}%",)).scalars().all()
        for name in triggers:
            conn.exec_driver_sql(f'DROP TRIGGER "{name}"')


def ensure(conn: Connection) -> bool:
    """Rebuild the index, where there is one, when it is not what `DOCUMENTS` asks for (a
    table made anew, a source of text added or changed). True if it was rebuilt."""
    if not supported(conn) or not any(owns(name) for name in _tables(conn)):
        return False
    wanted = {_name(s): " ".join(s.split()) for statements in _wanted(conn).values()
              for s in statements}
    held = {name: " ".join(sql.split()) for name, sql in conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
        "(name LIKE 'search%' OR name LIKE 'ix_search%')").all()
        if not any(name.startswith(f"{d.index}_") for d in DOCUMENTS)}
    if held == wanted:
        return False
    return install(conn)


@contextmanager
def set_aside(conn: Connection) -> Iterator[None]:
    """Around migrations: the index's triggers are taken away while they run, and the index
    rebuilt after, where there is one, if it no longer fits. A migration that makes a table
    anew (Alembic's batch mode on SQLite) would otherwise fail on a trigger of another table
    that names it, or lose the table's own triggers; and one that adds a source of text (a
    notes table named in `DOCUMENTS`) needs no step of its own for the index."""
    if not supported(conn):
        yield
        return
    drop_triggers(conn)
    yield
    ensure(conn)


@contextmanager
def refilled(conn: Connection, table_name: str) -> Iterator[None]:
    """Around filling an empty table a document is made of (an import into a new database):
    the index's triggers are set aside while the rows go in, and the index is rebuilt from
    them in one go after, which costs a fraction of keeping it up row by row. Inside the
    caller's transaction: a failure undoes both."""
    if not any(table_name in (doc.table, *(p.table for p in doc.parts)) and indexed(conn, doc)
               for doc in DOCUMENTS):
        yield
        return
    drop_triggers(conn)
    yield
    install(conn)


def indexed(conn: Connection, doc: Document) -> bool:
    """Whether `doc` is searched through its index here (else through LIKE)."""
    return conn.dialect.name == "sqlite" and conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
        (doc.index,)).first() is not None


# -- searching ---------------------------------------------------------------------------------

def phrase(words: str) -> str:
    """The FTS5 query for what the mentor typed: its words in that order, the last one the
    start of a word ("sam l" finds "Sam Lee"). Quoted whole, so that nothing typed is taken
    as FTS5 syntax; punctuation separates words, as it does in the text. Typed with a FOLDED
    letter, either spelling is found (names are indexed folded, other text as it is)."""
    folded = words
    for letter, base in FOLDED:
        folded = folded.replace(letter, base)
    if folded != words:
        return f"{_phrase(words)} OR {_phrase(folded)}"
    return _phrase(words)


def _phrase(words: str) -> str:
    return '"' + words.replace('"', '""') + '"*'


def hits(doc: Document, words: str) -> tuple[Any, Any, Any]:
    """(the index as a table, its docid column, the condition that it matches `words`)."""
    index = table(doc.index, column("rowid"), column(doc.index))
    return index, index.c.rowid, index.c[doc.index].match(phrase(words))


def content(doc: Document) -> Any:
    """The documents' table: docid, ref (the id of the row found), mentor_id (whose it is)."""
    return table(doc.content, column("docid"), column("ref"), column("mentor_id"))


def matching(doc: Document, words: str, mentor: str | None) -> Any:
    """SELECT of the ids (`ref`) of `mentor`'s rows whose document matches `words`."""
    _, docid, hit = hits(doc, words)
    documents = content(doc)
    return select(documents.c.ref).where(documents.c.docid.in_(select(docid).where(hit)),
                                         documents.c.mentor_id == (mentor or ""))


def contains(words: str) -> str:
    """The LIKE pattern (escape character \\) of text holding `words`, taken literally."""
    escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class Holds(ColumnElement[bool]):
    """Whether texts hold what was typed, as the database at hand searches without the index:
    on PostgreSQL the words (`word_pattern`) in the texts joined by spaces, as the index holds
    a row's columns, accents and case folded; elsewhere LIKE on each text (`folds_case` where
    the database's LIKE folds ASCII case itself, which spares lowering)."""

    type = Boolean()
    # Each holds its own words: a statement made of it is not cached.
    inherit_cache = False

    def __init__(self, values: tuple[Any, ...], words: str, folds_case: bool = False) -> None:
        self.values, self.words, self.folds_case = values, words, folds_case


@compiles(Holds)
def _holds_with_like(element: Holds, compiler: Any, **kw: Any) -> str:
    pattern = contains(element.words)
    held = [value.like(pattern, escape="\\") if element.folds_case
            else value.ilike(pattern, escape="\\") for value in element.values]
    return compiler.process(or_(*held), **kw)


@compiles(Holds, "postgresql")
def _holds_as_words(element: Holds, compiler: Any, **kw: Any) -> str:
    if not element.words:
        return compiler.process(or_(*(v.isnot(None) for v in element.values)), **kw)
    pattern = word_pattern(element.words)
    if pattern is None:
        return compiler.process(false(), **kw)
    joined = func.concat_ws(" ", *element.values)
    folded = func.lower(func.unaccent(joined))
    return compiler.process(folded.op("~")(literal(pattern, String)), **kw)


def holds(words: str, *values: Any) -> ColumnElement[bool]:
    """Whether any of `values` holds `words` (on PostgreSQL: they, joined, hold the words)."""
    return Holds(values, words)


class JsonText(ColumnElement[str]):
    """A JSON column as text, with its strings decoded where the database stores them escaped
    (PostgreSQL's json keeps "Tom\\u00e1s" as written; its jsonb reads it as "Tomás")."""

    type = String()
    inherit_cache = False

    def __init__(self, value: Any) -> None:
        self.value = value


@compiles(JsonText)
def _json_text(element: JsonText, compiler: Any, **kw: Any) -> str:
    return compiler.process(cast(element.value, String), **kw)


@compiles(JsonText, "postgresql")
def _json_text_decoded(element: JsonText, compiler: Any, **kw: Any) -> str:
    # Imported here: PostgreSQL's dialect is ~150 ms of every start on SQLite.
    from sqlalchemy.dialects.postgresql import JSONB

    return compiler.process(cast(cast(element.value, JSONB), String), **kw)


def fold(text: str) -> str:
    """Text as the searches compare it: lower case, accents and FOLDED letters taken off."""
    for letter, base in FOLDED:
        text = text.replace(letter, base)
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def word_pattern(words: str) -> str | None:
    """The regular expression (PostgreSQL's) of text holding `words` as the index finds them:
    the words in their order, separated by anything but letters and digits, the first from
    the start of a word, the last one the start of a word. None when nothing was typed that
    could be a word (the index finds nothing then either)."""
    found = re.findall(r"[^\W_]+", fold(words))
    if not found:
        return None
    # Letters and digits only: nothing in them is the expression's syntax.
    return "(^|[^[:alnum:]])" + "[^[:alnum:]]+".join(found)


def like(doc: Document, words: str, own: Any, folds_case: bool = False) -> ColumnElement[bool]:
    """The same search without the index: the rows of `own` (the table `doc.table`, as the
    query around names it) whose text holds `words` (`Holds`)."""

    def holds(values: list[Any], folds: bool = folds_case) -> Any:
        return Holds(tuple(values), words, folds)

    def texts(part: Part, row: Any) -> list[Any]:
        return [*(row.c[name] for name in part.columns),
                *(JsonText(row.c[name]) for name in part.json_columns)]

    def rows(part: Part) -> Any:
        return table(part.table, *(column(name) for name in dict.fromkeys(
            (*part.link, *part.columns, *part.json_columns))))

    first, *others = doc.parts
    conditions = [holds(texts(first, own))]
    for part in others:
        theirs = rows(part)
        holding = select(theirs.c[part.link[0]]).where(holds(texts(part, theirs), False))
        if part.only:
            holding = holding.where(sql_text(part.only.format(row=part.table)))
        conditions.append(own.c[part.link[1]].in_(holding))
    return or_(*conditions)
