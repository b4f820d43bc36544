"""Rewrite the finding-code table at the end of docs/cli.md from the code registry.

    python scripts/document_codes.py

A test fails when a code is missing from the table, so run this after adding one.
"""

from __future__ import annotations

from pathlib import Path

from grassroots_catalog.check.codes import CODES
from grassroots_catalog.messages import CodeSpec
from grassroots_catalog.read.atomic import write_atomic

DOC = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
HEADING = "## Finding codes"


def table() -> str:
    rows = ["| code | name | severity | message (en) | message (zh) |", "|---|---|---|---|---|"]
    for spec in CODES.values():
        row = (
            f"| `{spec.code}` | {spec.name} | {spec.severity.slug} | {messages(spec, 'en')} | {messages(spec, 'zh')} |"
        )
        rows.append(row.replace("{", "‹").replace("}", "›"))
    return "\n".join(rows) + "\n"


def messages(spec: CodeSpec, lang: str) -> str:
    """A code's templates: the one it has, or each reason's, one per line of the cell."""
    if spec.reasons == ("",):
        return spec.template(lang)
    return "<br>".join(f"*{reason or '(none)'}*: {spec.template(lang, reason)}" for reason in spec.reasons)


def main() -> None:
    text = DOC.read_text(encoding="utf-8")
    head = text[: text.index(HEADING) + len(HEADING)]
    intro = (
        "\n\nEvery code a finding can carry, with its default severity and message (parameters in ‹›). "
        "`Y` and `S` findings mean the file could not be read as a catalogue (exit status 2); `M` findings "
        "come from composing a chain (`gcat merge`, `gcat explain`); `N` findings report normalisations. "
        "A code raised for several reasons has a message for each (a finding's `ctx.reason` in JSON).\n\n"
    )
    write_atomic(DOC, (head + intro + table()).encode("utf-8"))


if __name__ == "__main__":
    main()
