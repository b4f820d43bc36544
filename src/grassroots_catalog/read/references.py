"""Whether the text of an ``extends`` reference can name a catalogue at all, decided before any file is touched.

A reference is user input (INPUT-SAFETY.md §9). Handed to the operating system as it is, a NUL ends the
call with an exception instead of an answer, and a reference that is absolute, a URL, written with
Windows separators or longer than any real path is never a parent inside the catalogue set. So each
is refused here, as text, with the reason: :func:`reference_problem` gives the finding code and its
parameters, or None for a reference worth looking up.
"""

from __future__ import annotations

import re
import unicodedata

MAX_REFERENCE_CHARS = 255
"""Longer than any relative path between catalogues of one set; also the longest file name most file
systems allow, so a longer reference would end in an operating-system error rather than an answer."""

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:(?://|/)")
_DRIVE = re.compile(r"^[A-Za-z]:")
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
"""Controls, format characters (zero-width, bidi), surrogates, private-use and unassigned code points."""


def reference_problem(reference: str) -> tuple[str, dict[str, object]] | None:
    """Why ``reference`` cannot name a parent, as (finding code, parameters); None if it may.

    M015 for a reference that is no path at all (a control or invisible character, too long);
    M005 for one that points outside the catalogue set (a URL, an absolute path, backslashes).
    """
    if len(reference) > MAX_REFERENCE_CHARS:
        return "M015", {"reason": "too-long", "length": len(reference), "limit": MAX_REFERENCE_CHARS}
    bad = next((c for c in reference if unicodedata.category(c) in _INVISIBLE_CATEGORIES), None)
    if bad is not None:
        shown = "".join(
            f"<U+{ord(c):04X}>" if unicodedata.category(c) in _INVISIBLE_CATEGORIES else c for c in reference
        )
        return "M015", {"reason": "control-character", "char": f"U+{ord(bad):04X}", "reference": shown}
    if reference.startswith(("/", "\\")) or _DRIVE.match(reference):  # C: before a one-letter URL scheme
        return "M005", {"reason": "absolute", "reference": reference}
    if _URL.match(reference):
        return "M005", {"reason": "network", "reference": reference}
    if "\\" in reference:
        return "M005", {"reason": "backslash", "reference": reference, "suggestion": reference.replace("\\", "/")}
    return None
