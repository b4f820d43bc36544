"""Command-line arguments that can name nothing: refused before any command runs.

An argument is handed to the operating system as a path, echoed in messages, or written into a
catalogue. A control character in one (typed by accident, or pasted from a file name listing) makes
each of these go wrong in its own way: a NUL ends a file call with an exception, an escape sequence
echoed in a message drives the terminal, a bidi control reverses what the clerk reads, and ``-o``
would create a file whose name no one can type. So every argument is looked at once, as text, before
click parses the command line, and one that holds such a character ends the run (exit status 2) with
the argument shown and each such character named in place: ``a<U+0001>b.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

FORBIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""C0 controls (tab and line feed too: no file name or option value of gcat holds one), DEL, C1
controls, and the bidi marks, embeddings, overrides and isolates. Undecodable bytes of a file name
(surrogate escapes) are not among them: such a file may well exist, in another encoding."""


def hostile_argument(argv: Sequence[str]) -> tuple[str, str] | None:
    """The first argument of ``argv`` holding a :data:`FORBIDDEN` character, as (the argument with each
    such character named in place, the first such character as ``U+XXXX``); None if there is none."""
    for argument in argv:
        found = FORBIDDEN.search(argument)
        if found is not None:
            shown = FORBIDDEN.sub(lambda match: f"<U+{ord(match.group(0)):04X}>", argument)
            return shown, f"U+{ord(found.group(0)):04X}"
    return None
