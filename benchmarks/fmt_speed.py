"""``gcat fmt --check`` and ``gcat fmt`` of a 1,000-matter catalogue against ``gcat validate`` of it.

Whole processes, interleaved round by round (:mod:`interleaved`); the ratios are of the medians.

- baseline: ``gcat validate`` of the canonical file;
- ``fmt --check`` of the canonical file (nothing to change);
- ``fmt`` of the same catalogue written in another style (keys in another order, block lists where
  the canonical form has one-line lists, aliases of the vocabularies), restored before every run;
- ``fmt --check`` of the canonical file with a cell comment after every matter's id, as ``gcat import``
  writes them (kept by the fast writer);
- ``fmt --check`` of the canonical file annotated by hand: a comment line and a blank line before
  every matter, a comment after its time limit (a formatted file is given back as it is, no round trip);
- ``fmt`` of the restyled file annotated the same way (its comments carried to the canonical text by
  their nodes, read/comments.py; the file is restored before every run).

Targets (#13): ``fmt --check`` at most 1.5x ``validate``; ``fmt`` that rewrites at most 3x.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from interleaved import environment, print_table, rounds, table
from validate_speed import catalogue_text

from grassroots_catalog.read.load import read_catalogue
from grassroots_catalog.read.writer import format_text

TARGETS = {
    "gcat fmt --check (canonical)": 1.5,
    "gcat fmt --check (a cell comment per row)": 1.5,
    "gcat fmt --check (annotated by hand)": 1.5,
    "gcat fmt (rewrites)": 3.0,
    "gcat fmt (rewrites, annotated)": 3.0,
}


def restyled(canonical: str) -> str:
    """The canonical text in another style: one-line lists as blocks, key order changed, old spellings."""
    lines: list[str] = []
    for line in canonical.splitlines():
        stripped = line.lstrip(" ")
        indent = " " * (len(line) - len(stripped))
        key, _, value = stripped.partition(": ")
        if stripped.startswith("- "):
            lines.append(line)
        elif value.startswith("[") and value.endswith("]") and indent:
            lines.append(f"{indent}{key}:")
            lines += [f"{indent}  - {item}" for item in value[1:-1].split(", ")]
        else:
            lines.append(line.replace("mode: [主动]", "mode: [主动公开]"))
    return "\n".join(lines).replace("level: county", "level: 县级") + "\n"


def by_hand(text: str) -> str:
    """``text`` annotated as a clerk annotates a table: a blank line and a comment line before every
    matter, a comment after every time limit."""
    lines: list[str] = []
    for line in text.splitlines():
        if line.startswith("  - id: "):
            lines += ["", "  # 本行来自县表"]
        if line.startswith("    time_limit: "):
            line += "  # 时限按县政府规定"
        lines.append(line)
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--matters", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        draft = folder / "draft.yaml"
        draft.write_text(catalogue_text(args.matters), encoding="utf-8")
        result = read_catalogue(draft)
        assert result.catalogue is not None
        assert result.text is not None
        canonical_text = format_text(result.text, result.catalogue)
        canonical = folder / "canonical.yaml"
        canonical.write_text(canonical_text, encoding="utf-8")
        other = restyled(canonical_text)
        rewritten = folder / "restyled.yaml"
        imported = folder / "imported.yaml"
        rows = iter(range(5, 10**6))
        imported.write_text(
            "".join(
                f"{line}  # 标准目录!A{next(rows)}\n" if line.startswith("  - id: ") else line + "\n"
                for line in canonical_text.splitlines()
            ),
            encoding="utf-8",
        )
        annotated = folder / "annotated.yaml"
        annotated.write_text(by_hand(canonical_text), encoding="utf-8")
        commented_other = by_hand(other)
        commented_rewritten = folder / "commented-restyled.yaml"
        gcat = [python, "-m", "grassroots_catalog"]
        commands = {
            "gcat validate (baseline)": [*gcat, "validate", str(canonical)],
            "gcat fmt --check (canonical)": [*gcat, "fmt", "--check", str(canonical)],
            "gcat fmt --check (a cell comment per row)": [*gcat, "fmt", "--check", str(imported)],
            "gcat fmt --check (annotated by hand)": [*gcat, "fmt", "--check", str(annotated)],
            "gcat fmt (rewrites)": [*gcat, "fmt", "--force", str(rewritten)],
            "gcat fmt (rewrites, annotated)": [*gcat, "fmt", "--force", str(commented_rewritten)],
        }
        restore = {
            "gcat fmt (rewrites)": lambda: rewritten.write_text(other, encoding="utf-8"),
            "gcat fmt (rewrites, annotated)": lambda: commented_rewritten.write_text(commented_other, encoding="utf-8"),
        }
        times = rounds(commands, environment(folder), args.repeat, before=restore)
        restore["gcat fmt (rewrites)"]()
        check = read_catalogue(rewritten)
        assert check.catalogue is not None
        assert check.text is not None
        assert format_text(check.text, check.catalogue) != check.text, "the restyled file must need rewriting"
        restore["gcat fmt (rewrites, annotated)"]()
        commented = read_catalogue(commented_rewritten)
        assert commented.catalogue is not None
        assert commented.text is not None
        kept = format_text(commented.text, commented.catalogue)
        assert kept != commented.text, "the annotated restyled file must need rewriting"
        assert kept.count("# ") == commented.text.count("# "), "every comment kept"
    rows = table(times, "gcat validate (baseline)")
    print_table(rows, f"{args.matters} matters; {args.repeat} interleaved rounds, whole process")
    missed = [name for name, _, _, ratio in rows if name in TARGETS and ratio > TARGETS[name]]
    for name, target in TARGETS.items():
        ratio = next(r for n, _, _, r in rows if n == name)
        print(f"{name}: {ratio:.2f}x validate, {'meets' if ratio <= target else 'MISSES'} the {target}x target")
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
