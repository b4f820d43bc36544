"""What a finding code means, for ``gcat rule CODE``: every family (R, M, S, Y, N), and plugins' codes.

The explanation is built from the code's spec: name, default severity, the message for each reason
(parameters shown as ‹name›), the fix and the source; a rule adds its options and its page: in
English its module's docstring, in Chinese its ``DOC_ZH`` (a plugin that has none gets a pointer to
its English page). It lives here, beside the rules, because it reads them.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from grassroots_catalog.messages import CodeSpec, spec_for
from grassroots_catalog.messages.render import notes


def explain_code(code: str, lang: str = "zh") -> str | None:
    """The explanation of ``code`` (any case) in ``lang`` ("zh" or "en"); None for a code nobody defines.

    A requirement that cannot be checked from a catalogue (R07, say) is explained as such.
    """
    from grassroots_catalog.check import rules

    code = code.strip().upper()
    module = rules.RULES.get(code) or next((m for m in rules.plugins() if code in m.CODES), None)
    spec = spec_for(code)
    table = notes(lang)
    if spec is None and code in rules.NOT_CHECKABLE:
        zh, en, source = rules.NOT_CHECKABLE[code]
        lines = [
            f"{code} {zh if lang == 'zh' else en}",
            table["explain.not_checkable"],
            table["explain.source"] + source,
        ]
        return "\n".join([*lines, *_quoted(code, [table["explain.not_checkable"], source], lang)]) + "\n"
    if spec is None:
        return None
    lines = [f"{spec.code} {spec.name} [{spec.severity.label(lang)}]"]
    family = table.get(f"explain.family.{spec.code[0]}")
    if family and (module is None or spec.code in rules.RULES):
        lines.append(family)
    lines += ["", table["explain.messages"], *_messages(spec, lang)]
    if spec.fix(lang):
        lines.append(table["explain.fix"] + _shown(spec.fix(lang)))
    lines.append(table["explain.source"] + (spec.citation or "—"))
    lines += _quoted(spec.code, [spec.citation or ""], lang)
    if module is not None:
        if module.OPTIONS:
            lines += ["", table["explain.options"]]
            lines += [
                "  "
                + table["explain.option"].format(
                    name=name, type=_type_name(option.type, lang), default=option.default, help=option.help(lang)
                )
                for name, option in module.OPTIONS.items()
            ]
        doc = module_doc(module) if lang == "en" else _chinese_page(module)
        if doc:
            lines += ["", doc]
        elif module_doc(module):  # a plugin with an English page only: say where it is
            lines += ["", table["explain.full_page"].format(code=spec.code)]
    return "\n".join(lines) + "\n"


def _quoted(code: str, citations: list[str], lang: str) -> list[str]:
    """The passages of docs/requirements.md that ``code`` and its citations point to, so that the
    reader sees what the rule rests on without the source tree: quoted in English, where the document
    is written in English; in Chinese, where each is, and the command that quotes it."""
    from grassroots_catalog.read.requirements import DOCUMENT, cited_passages

    table = notes(lang)
    lines: list[str] = []
    for passage in cited_passages(code, *citations):
        where = passage.reference if passage.reference.startswith("§") else f"§{passage.section} {passage.reference}"
        if lang == "en":
            lines += ["", table["explain.requirement"].format(document=DOCUMENT, where=where), "", passage.text]
        else:
            lines.append(table["explain.requirement"].format(document=DOCUMENT, where=where, code=code))
    return lines


def _type_name(kind: type, lang: str) -> str:
    """An option's type as the tables word it (整数 for ``int``); the Python name if they do not."""
    return notes(lang).get(f"explain.type.{kind.__name__}", kind.__name__)


def _messages(spec: CodeSpec, lang: str) -> list[str]:
    default = notes(lang)["explain.default_reason"]
    lines = []
    for position, reason in enumerate(spec.reasons):
        label = (reason + default if position == 0 else reason).strip() or default.strip()
        lines.append(f"  {label}: {_shown(spec.template(lang, reason))}")
    return lines


def _shown(template: str) -> str:
    """A template with its parameters marked ‹like this›, so that they do not read as text."""
    return template.replace("{", "‹").replace("}", "›")


def _chinese_page(module: object) -> str:
    """A rule module's page in Chinese (its ``DOC_ZH``; a plugin may have none)."""
    page = getattr(module, "DOC_ZH", None)
    return inspect.cleandoc(page) if isinstance(page, str) else ""


def module_doc(module: object) -> str:
    """A module's docstring, cleaned; for a module of the compiled build, which keeps none, read from
    its source, which ships beside it."""
    doc = getattr(module, "__doc__", None)
    if isinstance(doc, str) and doc:
        return inspect.cleandoc(doc)
    file = getattr(module, "__file__", None)
    if not file or file.endswith(".py"):
        return ""
    compiled = Path(file)
    source = compiled.with_name(compiled.name.split(".", 1)[0] + ".py")
    if not source.is_file():
        return ""
    return inspect.cleandoc(ast.get_docstring(ast.parse(source.read_text(encoding="utf-8"))) or "")
