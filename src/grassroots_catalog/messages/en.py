"""Everything a user reads, in English (--lang en): one table per language, data and nothing else.

A third language is a third module of this shape. Templates use str.format fields; every key present
here is present in every other language's table (a test holds them equal).
"""

from __future__ import annotations

# ==================================================================================================
# FINDINGS: the message of each finding code that is not a requirement rule's (Y, S, M, N and the
# notes on the check itself), keyed by code, then by reason ("" is the default reason; "fix" is the
# advice that follows the message). Requirement rules keep their messages in their own modules.
# ==================================================================================================

FINDINGS: dict[str, dict[str, str]] = {
    # ---- Y: reading the file
    "Y001": {
        "": "YAML syntax error: {problem}",
        "full-width-colon": "YAML syntax error: {problem} (a key nearby is followed by a full-width colon '：'; "
        "write ': ' instead)",
        "fix": "check indentation, colons and quotes near this line.",
    },
    "Y002": {
        "": "duplicate key '{key}', first defined on line {first_line}",
        "fix": "remove or rename one; YAML readers silently keep only the last.",
    },
    "Y003": {
        "": "YAML tags are not allowed here: {tag}",
        "fix": "delete the tag; a catalogue needs only text, lists and mappings.",
    },
    "Y004": {"": "anchors and aliases are not allowed ({token})", "fix": "write the value out in full."},
    "Y005": {
        "": "nesting is deeper than the limit of {limit} levels",
        "fix": "a catalogue needs about 4 levels; look for runaway brackets.",
    },
    "Y006": {
        "": "the file is {size} bytes, over the limit of {limit} bytes",
        "fix": "split the catalogue, or raise --max-file-size.",
    },
    "Y007": {
        "": "the file is not UTF-8",
        "guessed": "the file is not UTF-8; it looks like {guess}",
        "fix": "convert it to UTF-8, e.g. iconv -f {encoding} -t UTF-8 old.yaml > new.yaml, or "
        "“Save as UTF-8” in your editor.",
    },
    "Y008": {
        "": "character {char} is not allowed",
        "fix": "delete it (most editors do not show it) and retype the text around it if needed.",
    },
    "Y009": {
        "": "a value of {length} characters is over the limit of {limit}",
        "fix": "no cell should be this long; look for a missing line break or quote.",
    },
    "Y010": {"": "unsupported YAML directive {directive}", "fix": "delete the line; files are read as YAML 1.2."},
    "Y011": {
        "several": "the file holds more than one YAML document",
        "empty": "the file is empty",
        "fix": "put exactly one catalogue in each file.",
    },
    "Y012": {
        "": "{count} matters is over the limit of {limit}",
        "fix": "split the catalogue, or raise --max-matters.",
    },
    "Y013": {"": "cannot read the file: {error}", "fix": "check the path and the file's permissions."},
    "Y014": {
        "": "an ideographic space (U+3000) starts the line",
        "fix": "indent with ordinary spaces; an ideographic space is read as part of the text.",
    },
    "Y015": {"": "a key must be text", "fix": "write the key as plain text."},
    # ---- S: the YAML is not a catalogue
    "S001": {"": "required field '{field}' is missing", "fix": "add it (see docs/format.md for the format)."},
    "S002": {
        "": "unknown field '{field}'",
        "suggested": "unknown field '{field}'; did you mean '{suggestion}'?",
        "fix": "check the spelling; docs/format.md lists the fields.",
    },
    "S003": {
        "text": "'{field}' should be text",
        "list": "'{field}' should be a list",
        "mapping": "'{field}' should be a mapping (key: value)",
        "mapping-full-width-colon": "'{field}' should be a mapping (key: value). This line uses a full-width "
        "colon '：'; write ': ' instead",
        "whole-number": "'{field}' should be a whole number",
        "true-false": "'{field}' should be true or false",
        "date": "'{field}' should be a date such as 2020-12-31",
        "url": "'{field}' should be a web address starting with http:// or https://",
        "fix": "write it as docs/format.md shows.",
    },
    "S004": {
        "": "invalid value for '{field}': {detail}",
        "added-and-removed": "invalid value for '{field}': {values} both added and removed; keep one",
        "empty": "invalid value for '{field}': must not be empty",
        "too-long": "invalid value for '{field}': longer than {max_length} characters",
        "not-one-of": "invalid value for '{field}': '{value}' is not one of {choices}",
        "id-pattern": "invalid value for '{field}': ids use letters, digits and . _ / -, starting with a letter "
        "or digit",
        "area-pattern": "invalid value for '{field}': an area is a slug listed by gcat areas",
        "slug-pattern": "invalid value for '{field}': a slug is lowercase letters, digits and hyphens",
        "code-pattern": "invalid value for '{field}': an administrative-division code has 6 digits",
        "url-pattern": "invalid value for '{field}': a URL starts with http:// or https://",
    },
    "S005": {
        "": "matter id '{value}' is used twice; first at matters[{first}]",
        "fix": "give every matter its own id.",
    },
    "S006": {
        "": "unknown area '{value}'",
        "suggested": "unknown area '{value}'; did you mean '{suggestion}'?",
        "fix": "use one of the 26 pilot areas (gcat areas lists them), or declare the area under areas:.",
    },
    "S007": {
        "": "a not-applicable mark needs its reason",
        "fix": "e.g. not_applicable: the township has no such powers",
    },
    "S008": {
        "": "{slugs} are pilot areas already and must not be declared under areas:",
        "fix": "remove them from areas:.",
    },
    "S009": {
        "": "the top level of the file should be a mapping (id, title, level, matters …)",
        "fix": "start from an example in catalogs/examples/.",
    },
    "S010": {"": "{count} more structural problems not listed", "fix": "fix the ones above, then check again."},
    "S011": {
        "": "refine: is only for files with form: refinement",
        "fix": "in a whole table (form: table), write every matter under matters:.",
    },
    # ---- S012, S013: notes on the check itself
    "S012": {
        "": "the comment gcat: ignore[{codes}] gives no reason and suppresses nothing",
        "fix": "write the reason after it, e.g. # gcat: ignore[R19] set by the county people's congress.",
    },
    "S013": {
        "": "this file is one part of {jurisdiction}'s catalogue (scope: part), so the requirements on the "
        "catalogue as a whole ({codes}) were not checked",
        "fix": "validate all its parts together: gcat validate --complete FOLDER/",
    },
    # ---- M: composing a chain of catalogues
    "M001": {
        "": "cannot find the catalogue it extends: '{reference}'",
        "fix": "check the path (relative to this file) or the catalogue id.",
    },
    "M002": {"": "'{reference}' names several catalogues: {files}", "fix": "use a relative path instead."},
    "M003": {"": "the catalogues extend each other in a cycle: {cycle}", "fix": "check the extends of each file."},
    "M004": {
        "": "a {child} catalogue cannot extend a {parent} one ({parent_file})",
        "fix": "a catalogue extends the tier above it: national → provincial → municipal → county → township.",
    },
    "M005": {
        "": "cannot extend a file outside the catalogue set, or on the network: {reference}",
        "fix": "keep the parent in the same catalogue set, or name its root with --root.",
    },
    "M006": {
        "": "refine: names {matter}, which no parent catalogue has",
        "fix": "check the id; new matters go under matters:.",
    },
    "M007": {"": "{matter} is inherited already", "fix": "to change it, put it under refine:."},
    "M008": {
        "": "a catalogue that extends another must say form: table or form: refinement",
        "fix": "table: the file is the whole published catalogue; refinement: it lists only what it adds or changes.",
    },
    "M010": {
        "": "{matter}: '{field}' is weakened ({parent} → {child}) without a reason",
        "fix": "restore the inherited value, or record why under because: (reason, and the document that allows it).",
    },
    "M011": {
        "": "{matter}: '{field}' weakened ({parent} → {child}), because: {because}",
        "documented": "{matter}: '{field}' weakened ({parent} → {child}), because: {because} ({document})",
    },
    "M012": {
        "": "{matter} ({name}) of the {parent} catalogue is missing from this table, with no not-applicable reason",
        "fix": "add the row, or mark it not_applicable with the reason.",
    },
    # ---- N: normalisation
    "N001": {"": "'{original}' read as '{canonical}'", "fix": "gcat fmt writes the canonical form back."},
    "N002": {"": "'{original}' is not one of the 13 channel boxes; read as '{canonical}'"},
    "N003": {
        "": "unrecognised channel '{original}', read as '{canonical}'",
        "suggested": "unrecognised channel '{original}', read as '{canonical}'; did you mean '{suggestion}'?",
        "fix": "fix the spelling, or write another carrier as 其他：<carrier>.",
    },
    "N004": {"": "duplicate '{original}' kept once"},
    "N005": {"": "a single text read as a list: {canonical}", "fix": "gcat fmt rewrites it as a list."},
    "N006": {
        "": "area '{original}' read as '{canonical}'",
        "disaster-relief-typo": "area '{original}' read as '{canonical}': a known typo for 救灾",
        "employment-and-social-insurance": "area '{original}' read as '{canonical}': the joint guideline covers "
        "two areas; check the matter",
        "agricultural-funds": "area '{original}' read as '{canonical}': a local extension; confirm case by case",
        "rural-revitalisation": "area '{original}' read as '{canonical}': the post-2021 name of the "
        "poverty-alleviation area",
        "fix": "please confirm.",
    },
}

FINDING_NOTES: dict[str, str] = {
    # added to a message when the judged value was set (or left empty) by a parent catalogue
    "inherited": " (inherited from {inherited_from}; leave that file as it is and set the value for this "
    "matter under refine: in this catalogue)",
    # the {together} of a catalogue-wide rule's message, when its parts were checked together
    "together": " (across the {count} parts validated together: {parts})",
    # how the parts of a message are joined
    "list_separator": ", ",
    "fix_separator": "; ",
    "sentence_ends": "",
    # gcat rule CODE: the explanation of a code
    "explain.messages": "Messages (by reason):",
    "explain.default_reason": " (default)",
    "explain.not_checkable": "A requirement a catalogue alone cannot show (requirements.md §3.7).",
    "explain.fix": "Fix: ",
    "explain.source": "Source: ",
    "explain.options": "Options:",
    "explain.option": "{name} ({type}, default {default}): {help}",
    "explain.family.Y": "Y: the file cannot be read safely as YAML (always fatal: exit status 2).",
    "explain.family.S": "S: the YAML is not a catalogue (S001–S011, always fatal), and notes on the check itself "
    "(S012, S013).",
    "explain.family.M": "M: composing the chain of catalogues (a parent that cannot be found, a weakening "
    "without a reason, …).",
    "explain.family.N": "N: a value was normalised to its canonical form (information, or a warning when it "
    "needs a look).",
    "explain.family.R": "R: a requirement of the end-2020 standard catalogues (the requirement rules).",
}


# ==================================================================================================
# CLI: the command line's help, option help, usage and error messages, keyed by a dotted name
# (e.g. "validate.help", "validate.option.format", "error.no_yaml_in_folder").
# ==================================================================================================

CLI: dict[str, str] = {}


# ==================================================================================================
# REPORT: headings, labels and sentences of the gap report and the other human-readable outputs,
# keyed by a dotted name (e.g. "gap.title", "gap.status.present").
# ==================================================================================================

REPORT: dict[str, str] = {}
