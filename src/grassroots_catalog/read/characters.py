"""Characters a catalogue must not hold, found all at once, each placed at its line, key and matter.

Some characters YAML readers mangle silently (a NEL splits 政务微博 into two words inside a flow list)
or refuse without a line; others are invisible and break matching without anyone seeing why: a
zero-width space or a BOM pasted inside 政府网站 makes it another word, a bidi control reverses what
an editor shows. A clerk cannot find them by looking, so every one is reported (up to
:data:`MAX_REPORTED`), with the key and the matter it sits in as well as its line and column.

The key and matter are found in the text, not by parsing (a file with a NUL may not parse): the last
``key:`` before the character on its line, else the key of the nearest less-indented line above; the
matter is the nearest ``- id:`` above, indented less than that line.
"""

from __future__ import annotations

import re

from grassroots_catalog.results import Finding, Location, Severity

BAD_CHARACTER = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2028\u2029"
    "\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff\ufffe\uffff]"
)
"""C0 controls except tab/LF/CR, DEL, C1 controls (NEL), the soft hyphen, zero-width spaces and joiners,
direction marks, bidi embeddings, overrides and isolates, line and paragraph separators, a BOM after
the start, surrogates and non-characters."""

MAX_REPORTED = 100
"""Characters reported one by one per file; the rest are counted in one more finding."""

_KEY = re.compile(r"""(?:^|[\s{,\[])(?:-\s+)?([^\s:{},\[\]#'"]+)\s*:(?=\s|$)""")
_MATTER = re.compile(r"""^(\s*)-\s+id\s*:\s*['"]?([^\s'"#,}]+)""")


def bad_characters(text: str, file: str | None) -> list[Finding]:
    """A Y008 finding for each character of :data:`BAD_CHARACTER` in ``text``, in order (none if clean)."""
    found: list[Finding] = []
    lines: list[str] | None = None
    total = 0
    for match in BAD_CHARACTER.finditer(text):
        total += 1
        if total > MAX_REPORTED:
            continue
        if lines is None:
            lines = text.split("\n")
        offset = match.start()
        line = text.count("\n", 0, offset)
        column = offset - (text.rfind("\n", 0, offset) + 1)
        ctx: dict[str, object] = {"char": f"U+{ord(match.group(0)):04X}"}
        key, matter = _context(lines, line, column)
        if key is not None:
            ctx.update(key=key, reason="in-matter" if matter is not None else "in-key")
            if matter is not None:
                ctx["matter"] = matter
        found.append(
            Finding("Y008", Severity.ERROR, file=file, location=Location(line + 1, column + 1), ctx=ctx, fatal=True)
        )
    if total > MAX_REPORTED:
        found.append(
            Finding(
                "Y008", Severity.ERROR, file=file, ctx={"reason": "more", "count": total - MAX_REPORTED}, fatal=True
            )
        )
    return found


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _context(lines: list[str], line: int, column: int) -> tuple[str | None, str | None]:
    """The key and the matter id the character at (``line``, ``column``), both 0-based, sits in."""
    keys = _KEY.findall(lines[line][:column])
    key = keys[-1] if keys else None
    indent = _indent(lines[line])
    index = line
    while key is None and index > 0:
        index -= 1
        above = lines[index]
        if above.strip() and not above.lstrip().startswith("#") and _indent(above) < indent:
            found = _KEY.findall(above)
            key = found[-1] if found else None
            indent = _indent(above)
    if key is None:
        return None, None
    own = _MATTER.match(lines[line])
    if own is not None:
        return key, own.group(2)
    for above in reversed(lines[:index]):
        item = _MATTER.match(above)
        if item is not None and len(item.group(1)) < indent:
            return key, item.group(2)
        if above.strip() and not above.startswith(" ") and not above.startswith("-"):
            return key, None  # a top-level key: no list of matters above this one
    return key, None
