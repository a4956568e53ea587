"""Text from outside (names, answers, reasons, calendar and file names) made safe to show.

Both faces use it: a value shown inside a line of our own text gets its control characters made
visible (an ESC cannot steer a terminal, a CR or LF cannot forge a line) and, when it carries
right-to-left text or bidi controls, is wrapped in a Unicode bidi isolate (FSI ... PDI), so an
override inside a name cannot reverse the text around it.
"""

from __future__ import annotations

import unicodedata

FSI, PDI = "\u2068", "\u2069"
_ISOLATE_OPENERS = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI
# Bidi classes that can move text around them: strong right-to-left letters and every explicit
# embedding, override and isolate control.
_BIDI_ACTIVE = frozenset({"R", "AL", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI",
                          "PDI"})


def _control_pictures(keep: str = "") -> dict[int, str]:
    """C0 controls as their Unicode control pictures (ESC as ␛), DEL as ␡, C1 controls as the
    replacement character, the Unicode line and paragraph separators as ␤."""
    table = {code: chr(0x2400 + code) for code in range(0x20)}
    table[0x7F] = "\u2421"
    table.update({code: "\ufffd" for code in range(0x80, 0xA0)})
    table.update({0x2028: "\u2424", 0x2029: "\u2424"})
    for char in keep:
        table.pop(ord(char))
    return table


CONTROLS = _control_pictures()
# For whole streams of printed lines: everything but the line feeds that end them.
CONTROLS_BUT_NEWLINE = _control_pictures(keep="\n")


def isolate(text: str) -> str:
    """`text` in a bidi isolate when it could reorder what surrounds it; else unchanged.

    A PDI inside the value that closes nothing of the value's own is dropped (it would close the
    isolate early), and isolates the value leaves open are closed before the outer one.
    """
    if text.isascii() or not any(unicodedata.bidirectional(c) in _BIDI_ACTIVE for c in text):
        return text
    kept: list[str] = []
    depth = 0
    for char in text:
        if char in _ISOLATE_OPENERS:
            depth += 1
        elif char == PDI:
            if not depth:
                continue
            depth -= 1
        kept.append(char)
    return FSI + "".join(kept) + PDI * depth + PDI


def one_line(value: object) -> str:
    """A value as one line of plain text to show among other text: control characters made
    visible, and bidi-isolated where needed."""
    text = str(value)
    if text.isascii() and text.isprintable():
        return text
    return isolate(text.translate(CONTROLS))


def width(text: str) -> int:
    """Columns a terminal gives `text`: zero for combining marks and invisible format characters
    (the isolates above among them), two for wide East Asian characters."""
    if text.isascii():
        return len(text)
    columns = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) == "Cf":
            continue
        columns += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return columns
