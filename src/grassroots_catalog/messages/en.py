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
        "full-width-colon": "YAML syntax error: {problem} (the key here is followed by a full-width colon '：'; "
        "write ': ' instead, here and wherever else it is typed so)",
        "unclosed-quote": "YAML syntax error: the quote {quote} opened here is never closed (no closing {quote} "
        "up to line {end_line})",
        "unclosed-bracket": "YAML syntax error: the '{bracket}' here is never closed (by line {end_line} no ',' "
        "or '{closer}' was found)",
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
        "in-key": "character {char} in '{key}' is not allowed",
        "in-matter": "character {char} in '{key}' of {matter} is not allowed",
        "escaped": "character {char}, written as an escape inside quotes, is not allowed",
        "more": "{count} more characters that are not allowed are not listed one by one",
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
        "null": "the top level of the file is null, not a catalogue",
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
        "code-pattern": "invalid value for '{field}': an administrative-division code has 6 digits (9 or 12 for a township)",
        "code-level": "invalid value for '{field}': a {level_label} catalogue's administrative-division code has {lengths} digits; '{value}' has {length}",
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
        "fix": "validate all its parts together: gcat validate --complete {folder}",
    },
    # ---- M: composing a chain of catalogues
    "M001": {
        "": "cannot find the catalogue it extends: '{reference}'",
        "fix": "check the path (relative to this file) or the catalogue id.",
    },
    "M002": {"": "'{reference}' names several catalogues: {files}", "fix": "use a relative path instead."},
    "M003": {"": "the catalogues extend each other in a cycle: {cycle}", "fix": "check the extends of each file."},
    "M016": {
        "": "the division code {code} lies outside {parent_code} of the parent catalogue ({parent_file}): a {child_level} code there starts with {prefix}",
        "fix": "check the code under jurisdiction here and in the parent, and that extends names this place's parent.",
    },
    "M004": {
        "": "a {child_level} catalogue cannot extend a {parent_level} one ({parent_file})",
        "fix": "a catalogue extends the tier above it: national → provincial → municipal → county → township.",
    },
    "M005": {
        "": "cannot extend a file outside the catalogue set, or on the network: {reference}",
        "network": "cannot extend a file on the network: {reference} (a parent is never downloaded)",
        "absolute": "extends cannot be an absolute path: {reference} (on another machine or in another folder it names nothing)",
        "backslash": "the path in extends, “{reference}”, uses backslashes, which are not path separators; write “{suggestion}”",
        "fix": "write a path relative to this file with “/” (such as ../county.yaml), keep the parent in the same catalogue set, or name its root with --root.",
    },
    "M015": {
        "control-character": "extends holds an invisible or control character {char}: {reference}",
        "too-long": "extends is {length} characters long, over the limit of {limit}: no catalogue's path or id",
        "fix": "extends holds national, the parent's id, or a path relative to this file (such as ../county.yaml); type the value again.",
    },
    "M006": {
        "": "refine: names {matter}, which no parent catalogue has",
        "suggested": "refine: names {matter}, which no parent catalogue has; did you mean: {candidates}?",
        "fix": "check the id; new matters go under matters:.",
    },
    "M007": {"": "{matter} is inherited already", "fix": "to change it, put it under refine:."},
    "M008": {
        "": "a catalogue that extends another must say form: table or form: refinement",
        "fix": "table: the file is the whole published catalogue; refinement: it lists only what it adds or changes.",
    },
    "M010": {
        "": "{matter}: '{field_label}' is weakened ({parent} → {child}) without a reason",
        "fix": "restore the inherited value, or record why under because: (reason, and the document that allows it).",
    },
    "M011": {
        "": "{matter}: '{field_label}' weakened ({parent} → {child}), because: {because}",
        "documented": "{matter}: '{field_label}' weakened ({parent} → {child}), because: {because} ({document})",
    },
    "M012": {
        "": "{matter} ({name}) of the {parent} catalogue is missing from this table, with no not-applicable reason",
        "level-unknown": "{matter} ({name}) of the {parent} catalogue is not in this table; the {parent} data does not say at which level it is disclosed (the national data is partial), so whether this table should hold it is not known",
        "fix": "add the row, or mark it not_applicable with the reason.",
    },
    "M013": {
        "": "this row '{written}' is taken as the parent row {matter} ({name}) by the likeness of its names, score {score} ({why_label})",
        "fix": "if that is right, gcat link writes the id into the file; if it is another matter, give the row an id of its own.",
    },
    "M014": {
        "": "this row '{written}' could be any of several parent rows: {candidates}; it is linked to none",
        "fix": "write the id of the parent row it copies under id:, or an id of its own if it is a local matter.",
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
    # ---- T001–T019: reading a table file (XLSX, CSV, HTML) into cells
    "T001": {
        "": "the file is not an Excel workbook (an .xlsx file is a zip archive)",
        "text": "the file is not an Excel workbook but text (it looks like a CSV file renamed)",
        "xls": "the file is in the old Excel 97-2003 format (.xls), which cannot be read safely",
        "fix": "open it in Excel or WPS and save it as an .xlsx workbook; if it is a CSV file, name it .csv.",
    },
    "T002": {
        "entries": "the workbook's zip archive has {count} entries, over the limit of {limit}",
        "inflated": "the workbook inflates to {size} bytes, over the limit of {limit} bytes",
        "ratio": "the workbook inflates to {ratio} times its size, over the limit of {limit} (a zip bomb?)",
        "fix": "real catalogue tables are far smaller; check where the file came from, or save it again as .xlsx.",
    },
    "T003": {
        "": "the workbook's shared strings (sharedStrings.xml) inflate to {size} bytes, over the limit of {limit}",
        "fix": "check where the file came from, or split the table and save it again.",
    },
    "T004": {
        "": "sheet '{sheet}' has {rows} rows × {columns} columns, over the limit of {limit} cells",
        "fix": "delete empty rows and columns beyond the table (often formatted whole columns), or split it.",
    },
    "T005": {
        "": "cell {cell} holds {length} characters, over the limit of {limit}",
        "fix": "no cell should be this long; look for a whole text pasted by mistake.",
    },
    "T006": {
        "": "cell {cell} holds a formula, which is never evaluated; it is read as empty",
        "fix": "replace the formula by its value: copy the cell, then Paste Special → Values.",
    },
    "T007": {
        "": "cell {cell} holds the character {char}, which is not allowed",
        "fix": "delete it (most spreadsheet programs do not show it) and retype the cell if needed.",
    },
    "T008": {
        "": "the workbook is corrupt and cannot be read: {error}",
        "truncated": "the workbook is incomplete (cut short while downloading or copying?): {error}",
        "fix": "get the original file again, or open it in Excel/WPS and save it as .xlsx.",
    },
    "T009": {
        "": "the file was read as {encoding}",
        "fix": 'if the text looks wrong, save it from Excel/WPS as "CSV UTF-8".',
    },
    "T010": {
        "": "the text encoding of the file cannot be recognised",
        "guessed": "the file is not UTF-8, and cannot be read whole as {guess} either (near line {line})",
        "fix": 'save it from Excel/WPS as "CSV UTF-8 (comma delimited)".',
    },
    "T011": {
        "more": "line {line} has {count} fields, more than the {expected} of the header; the line was not read",
        "fewer": "line {line} has only {count} fields, fewer than the {expected} of the header; the line was not read",
        "fix": "look for an unquoted comma, semicolon or line break in that line; nothing is imported shifted.",
    },
    "T012": {
        "": "CSV syntax error (line {line}): {error}",
        "unclosed-quote": "the quote opened on line {line} is never closed",
        "fix": "check that quotes come in pairs; opening it in Excel/WPS and saving it as CSV again helps.",
    },
    "T013": {
        "": "the file holds no table",
        "html": "the page holds no <table>",
        "fix": "check that the saved page is the one with the catalogue table, or use the page's Excel attachment.",
    },
    "T014": {
        "": "'{suffix}' is not a table format that can be read",
        "fix": "tables are read from .xlsx, .xlsm, .csv, .tsv, .txt, .html and .htm files.",
    },
    "T015": {
        "": "the file is {size} bytes, over the limit of {limit} bytes",
        "fix": "real catalogue tables are far smaller; check the file, or split it before importing.",
    },
    "T016": {"": "cannot read the file: {error}", "fix": "check the path and the file's permissions."},
    "T017": {
        "": "the table nested in cell {cell} is read on its own as '{sheet}'",
        "fix": "check whether its content belongs to the outer table.",
    },
    "T018": {
        "": "the file is named '{suffix}' but holds {format}; it was read as {format}",
        "fix": "rename the file to match what it holds.",
    },
    "T019": {
        "": "the workbook's macros were neither read nor run",
        "fix": "a catalogue needs only the table; save it as .xlsx.",
    },
    # ---- T020–T039: interpreting a table
    "T020": {
        "": "sheet '{sheet}' has no header row (一级事项, 公开内容 …); nothing was imported",
        "fix": "make sure the header names the columns 一级事项, 二级事项, 公开内容 …; a picture or text in one cell "
        "must become a table.",
    },
    "T021": {
        "": "column heading '{heading}' is not understood; its cells are kept in the note",
        "repeated": "column heading '{heading}' repeats an earlier column; its cells are kept in the note",
        "unnamed": "this cell's column has no heading; its text is kept in the note",
        "fix": "use the standard heading (docs/format.md) if it is a standard column; an extra remark may stay.",
    },
    "T022": {
        "": "'{text}' in the tick column '{heading}' is not a tick; not counted as ticked, kept in the note",
        "fix": "write √ to tick, leave the cell empty otherwise.",
    },
    "T023": {"": "特定群体 written as '{text}': counted as ticked, the description kept in the note"},
    "T024": {
        "": "'{text}' is not a value of the column '{heading}'; kept in the note",
        "fix": "use a value of the vocabulary (docs/format.md, vocabularies).",
    },
    "T025": {"": "area '{original}' read as '{area}'", "fix": "please confirm; the standard area name may be used."},
    "T026": {
        "": "'{name}' is not one of the 26 pilot areas; kept as the further area '{slug}'",
        "fix": "if it is another name of a pilot area, use the standard name; if it is a further area, give its "
        "English name in areas:.",
    },
    "T027": {
        "": "the row's area cannot be told; recorded as 'unassigned'",
        "fix": "name the area with --area, or in the sheet's name, the title, a section row or a 领域 column.",
    },
    "T028": {
        "before-header": "'{text}' before the header is not a title; not imported",
        "section": "the one-cell row '{text}' is neither an area nor a matter; not imported",
        "no-name": "the row has no matter name (一级/二级事项); not imported: {text}",
        "fix": "check the row: a matter needs a name, a section row an area's name.",
    },
    "T029": {"": "row number '{text}' is not a whole number; not used as the row", "fix": "number the rows 1, 2, 3 …"},
    "T030": {
        "": "this row shares the merged row number of {first}; folded into one matter",
        "blank": "this row has no row number and no name of its own; folded into the matter of {first}",
    },
    "T031": {
        "": "the table names no area; the area '{area}' was taken from the file's name '{name}'",
        "fix": "please confirm; --area, a section row or a 领域 column names the area too.",
    },
    # ---- T040: a national guideline table (gcat import --level national)
    "T040": {
        "": "a national guideline table holds the matters of one pilot area; this one holds: {areas}",
        "fix": "import each area's table on its own (--area names it), written as DIR/AREA.yaml.",
    },
}

FINDING_NOTES: dict[str, str] = {
    # added to a message when the judged value was set (or left empty) by a parent catalogue
    "as_in_national": " (the value is as the national guideline words it, so this is a note: improve it when localising)",
    "inherited": " (inherited from {inherited_from}; leave that file as it is and set the value for this "
    "matter under refine: in this catalogue)",
    # the {together} of a catalogue-wide rule's message, when its parts were checked together
    "together": " (across the {count} parts validated together: {parts})",
    # how the parts of a message are joined
    "list_separator": ", ",
    "fix_separator": "; ",
    "sentence_ends": "",
    # how a value that is empty reads inside a message (M010, M011)
    "empty": "(empty)",
    # a finding's severity, wherever it is shown
    "severity.error": "error",
    "severity.warning": "warning",
    "severity.info": "info",
    # Y013: why the file could not be opened, by the operating system's error name
    "os_error.ENOENT": "no such file or directory",
    "os_error.EACCES": "permission denied",
    "os_error.EPERM": "operation not permitted",
    "os_error.EISDIR": "it is a directory, not a file",
    "os_error.ENOTDIR": "a part of the path is not a directory",
    "os_error.ELOOP": "too many levels of symbolic links (perhaps a loop)",
    "os_error.ENAMETOOLONG": "file name too long",
    "os_error.EMFILE": "too many open files",
    "os_error.EIO": "input/output error",
    "os_error.EBUSY": "the file is in use",
    "os_error.ENOSPC": "no space left on the disk",
    "os_error.EDQUOT": "disk quota exceeded",
    "os_error.EROFS": "read-only file system",
    "os_error.EFBIG": "file too large",
    "os_error.EINVAL": "invalid argument",
    # a code's title where its default message, its parameters taken out, would not read well
    "title.Y002": "duplicate key",
    "title.Y005": "nesting too deep",
    "title.Y006": "file too large",
    "title.Y009": "value too long",
    "title.Y012": "too many matters",
    "title.S003": "wrong type of value",
    "title.S004": "invalid value",
    "title.S005": "matter id used twice",
    "title.S008": "pilot area declared under areas:",
    "title.S010": "more structural problems not listed",
    "title.S013": "a part's catalogue-wide requirements not checked",
    "title.N001": "value read in its canonical form",
    "title.N002": "carrier outside the 13 channel boxes",
    "title.N003": "unrecognised channel",
    "title.N004": "duplicate value kept once",
    "title.N006": "area read through an alias",
    "title.M002": "extends names several catalogues",
    "title.M004": "a catalogue extends one of its own or a lower tier",
    "title.M006": "refine: names a matter no parent has",
    "title.M007": "an added matter is inherited already",
    "title.M010": "weakened without a reason",
    "title.M011": "weakening with a reason",
    "title.M012": "a parent's matter missing, not marked not applicable",
    "title.R01": "pilot areas with no matter and no not-applicable entry",
    "title.R19": "proactive time limit over 20 working days or vague",
    "title.R21": "on-request reply limit beyond the statutory days",
    "title.R38": "duplicate matter",
    # gcat rule CODE: the explanation of a code
    "explain.messages": "Messages (by reason):",
    "explain.default_reason": " (default)",
    "explain.not_checkable": "A requirement a catalogue alone cannot show (docs/requirements.md §3.7).",
    "explain.fix": "Fix: ",
    "explain.source": "Source: ",
    "explain.requirement": "The requirement ({document} {where}):",
    "explain.full_page": "The full explanation with examples: gcat rule {code} --lang en, and docs/rules.md.",
    "explain.type.int": "int",
    "explain.type.float": "float",
    "explain.type.str": "str",
    "explain.type.bool": "bool",
    "explain.type.date": "date",
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

CLI: dict[str, str] = {
    # ---- the group: gcat --help, --version, --lang (any command's)
    "gcat.help": (
        "Build, check and compare standard catalogues of government-affairs disclosure (基层政务公开事项标准目录).\n\n"
        "\b\nExamples:\n"
        "  gcat validate catalogs/examples/county.yaml\n"
        "  gcat validate --lang en --format json my-county.yaml\n"
        "  gcat fmt --check my-county.yaml\n"
        "  gcat areas\n\n"
        "Chinese by default; --lang en, GCAT_LANG=en or an English LANG/LC_ALL switch to English."
    ),
    "gcat.version": "grassroots-catalog, version {version}",
    "option.version": "Show the version and exit.",
    "option.lang": "Language of messages: zh (中文, the default) or en; also set by GCAT_LANG or LANG.",
    # ---- options several commands share
    "option.max-file-size": "Refuse files larger than this many bytes.",
    "option.max-depth": "Refuse YAML nested deeper than this.",
    "option.max-value-chars": "Refuse any single value longer than this.",
    "option.max-matters": "Refuse catalogues with more matters than this.",
    "option.as-of": "Judge deadlines and staleness as of this date (YYYY-MM-DD).",
    "option.root": "Folder that parent catalogues must be in (default: the file's folder).",
    "option.catalogues-only": (
        "Skip, without a report, YAML files that do not look like catalogues (no top-level matters, extends "
        "or schema key, no catalogue schema modeline); for the pre-commit hooks."
    ),
    "option.national": "Folder of national data: each AREA.yaml in it (a full table brought in with gcat import --level national) replaces the bundled partial rows of that area; other areas keep the bundled rows (default: the project config's national, else the bundled data).",
    # ---- gcat validate
    "validate.short_help": (
        "Check catalogue files: safe YAML, structure, vocabularies, the merge of each chain, the end-2020 requirements."
    ),
    "validate.help": (
        "Check catalogue FILES: safe YAML, structure, vocabularies, the merge of each chain, and the "
        "end-2020 requirements.\n\n"
        "Each finding is printed as path:line:column: CODE [severity] message. A folder stands for the "
        ".yaml and .yml files below it (hidden ones skipped). A catalogue published as several files "
        "(scope: part) is judged as a whole only when all its parts are given with --complete."
    ),
    "validate.option.format": "Output format.",
    "validate.option.output": "Write the results to this file (atomically) instead of standard output; with --format xlsx, an .xlsx file is required.",
    "validate.xlsx_needs_output": "--format xlsx needs an .xlsx file given with -o, e.g. -o findings.xlsx",
    "validate.option.fail-on": "Exit with status 1 when a finding at or above this severity is reported.",
    "validate.option.show": "Print findings at or above this severity.",
    "validate.option.color": "Colour the text output (auto: on a terminal, or when FORCE_COLOR is set; never with NO_COLOR).",
    "validate.option.max-findings": "Print at most this many findings in text output, then a count.",
    "validate.option.concise": "Text output: one line per finding, without its source line.",
    "validate.option.statistics": "Print how many findings of each code, the most frequent first, instead of the findings.",
    "validate.option.baseline": "Set aside the findings recorded in this baseline file: fail only on new ones.",
    "validate.option.write-baseline": "Record the current findings in this baseline file, and exit 0 (2 if a file cannot be read).",
    "validate.option.show-suppressed": "List each finding the baseline sets aside, not only their count per code.",
    "validate.baseline_written": "{path}: baseline written, {count} finding(s) recorded",
    "validate.option.config": (
        "Project config with reasoned ignore entries (default: the nearest .gcat.toml, or "
        "pyproject.toml with [tool.grassroots-catalog])."
    ),
    "validate.option.complete": (
        "The FILES are all the parts of their jurisdictions' catalogues: check the requirements on "
        "a catalogue as a whole (area coverage: R01, R23-R25, R31, R33) across the parts "
        "(scope: part) of each jurisdiction."
    ),
    "validate.option.jobs": "Check this many files at once, each in its own process (default: every core this machine lets the run use; 1: one after another, in this process).",
    "validate.option.quiet": "Show no progress bar (files done, matters per second, time left; shown only on a terminal, for runs longer than about a second, never in CI).",
    "validate.progress": "checking {bar} {done}/{total} files, {rate} matters/s, {left} left",
    # ---- gcat fmt
    "link.short_help": "Write the ids of the parent rows each row copies into the file, keeping comments.",
    "link.help": (
        "Write into FILES the id of the parent row each row copies, keeping comments: a row with no id, or with "
        "a clerk's own numbering, that links to a parent row by its names gets that row's id; a row that links "
        "to none gets the id its area and names make. Confirm the links once instead of copying ids by hand."
    ),
    "link.option.check": "Change nothing; list the ids that would be written, and exit 1 if there are any.",
    "link.change": "{where}: {names} → {new} ({source})",
    "link.source.names": "the same names",
    "link.source.likeness": "similar names: please check",
    "link.source.own-names": "a local row: made from its names",
    "link.nothing": "{path}: every row has its id already",
    "link.would_write": "{path}: would write {count} id(s) (run without --check to write them)",
    "link.written": "{path}: wrote {count} id(s)",
    "export.short_help": "Export a catalogue as a print-ready Excel sheet (or CSV), laid out as published tables are.",
    "export.help": (
        "Export CATALOGUE to Excel (.xlsx) or CSV: a merged title, the two-row header, merged 一级 cells, √ in the "
        "tick columns, wrapped text, A4 landscape, the header repeated on every page, frozen panes. --merged "
        "exports the effective catalogue of the whole chain."
    ),
    "export.option.output": "Write to this file (.xlsx or .csv, atomically).",
    "export.option.merged": "Export the effective catalogue of the chain (inherited matters included), not only what this file writes.",
    "export.suffix": "{path}: export writes only .xlsx or .csv files",
    "new.short_help": "Start a catalogue from the national guidelines (a refinement per area, one table, or an Excel template).",
    "new.help": (
        "Start a county's (or township's) catalogue from the national guidelines: one refinement file per area "
        "(extends: national), or with --table one table holding every national row, or with --format xlsx an Excel "
        "template with drop-down lists. The cells a county must localise (subject, channels) are marked."
    ),
    "new.option.level": "The level: county or township.",
    "new.option.jurisdiction": "The government's name, e.g. 示例县人民政府.",
    "new.option.code": "The administrative-division code: 6 digits for a county, 9 or 12 for a township.",
    "new.option.areas": "The areas: all (the 26), or slugs or Chinese names separated by commas.",
    "new.option.table": "Write one table (form: table) instead of a refinement per area.",
    "new.option.format": "yaml (catalogue files) or xlsx (an Excel template with drop-down lists).",
    "new.option.output": "Write into this folder (for xlsx, it may also be an .xlsx file name).",
    "new.exists": "{path}: the file exists already and is left as it is; choose another folder",
    "new.written": "{count} file(s) written in {path}",
    "import.short_help": "Import a county's Excel or CSV table, or a saved web page's table, as a catalogue; each row names its cell.",
    "import.help": (
        "Import TABLE (.xlsx, .xlsm, .csv, .tsv, .txt, .html, .htm) as a canonical catalogue YAML: two-row headers, the "
        "ways headers are written, merged cells, tick columns (√ ✓ ● ■ ☑ 是), the area given per file, sheet, section "
        "row or 一级; each matter names its cell, and every cell not understood is reported (FILE:Sheet!Cell), never "
        "dropped or shifted. Formulas are never evaluated. Rows are linked to the national rows by their names."
    ),
    "import.option.output": "Write to this file (atomically) instead of standard output.",
    "import.option.level": "The catalogue's level (default: the one the hidden sheet of a gcat export workbook records, else county; national to bring in a full official guideline table of one area, as DIR/AREA.yaml for --national DIR).",
    "import.option.area": "The area the whole file is about (slug or Chinese name), when the table does not say.",
    "import.option.extends": "The catalogue it extends (default: the one the hidden sheet of a gcat export workbook records, else national; none for none).",
    "import.option.jurisdiction": "The government's name, e.g. 示例县人民政府.",
    "import.option.title": "The catalogue's title (default: the table's title row or the file's name).",
    "import.written": "{path}: {count} matter(s) written",
    "fmt.short_help": "Rewrite catalogue files in canonical form, keeping comments.",
    "fmt.help": (
        "Rewrite catalogue FILES in canonical form, keeping comments.\n\n"
        "Canonical form: fields in the documented order, vocabulary values in their standard spelling and "
        "order, cells split into lists. Files are replaced atomically; a file with errors is left untouched."
    ),
    "fmt.option.check": "Change nothing; exit 1 if any file is not in canonical form.",
    "fmt.option.force": "Rewrite even files whose reading raised warnings (e.g. an unrecognised channel).",
    "fmt.option.quiet": "Show no progress (on a terminal, the file being formatted and the time so far are shown).",
    "fmt.progress": "{path}: formatting (file {index} of {total}, {seconds} s so far) …",
    "fmt.not_rewritten": "{path}: not rewritten because of the warnings above (use --force once checked)",
    "fmt.would_reformat": "{path}: would be reformatted",
    "fmt.reformatted": "{path}: reformatted",
    # ---- gcat areas
    "areas.short_help": "List the 26 pilot areas: guideline issuer, and the national rows known to this tool.",
    "areas.help": (
        "List the 26 pilot areas: guideline issuer, and the national rows known to this tool.\n\n"
        "Every national table is partial: only its first rows could be recovered from public copies."
    ),
    "areas.option.format": "Output format: a text table, or JSON for other tools.",
    "areas.column.number": "#",
    "areas.column.slug": "slug",
    "areas.column.area": "area",
    "areas.column.issuer": "issuer",
    "areas.column.document": "document",
    "areas.column.known_rows": "known rows",
    "areas.column.completeness": "completeness",
    "areas.completeness.partial": "partial",
    "areas.completeness.complete": "complete",
    "areas.certainty.partly-verified": "partly-verified",
    "areas.certainty.inferred": "inferred",
    "areas.certainty.not-verified": "not-verified",
    "areas.total": (
        "{total} known national rows in all; every national table is longer (only its first rows "
        "could be recovered from public copies)."
    ),
    "areas.total.some_complete": "{total} known national rows in all; the tables marked partial are longer.",
    # ---- gcat merge, gcat explain
    "merge.short_help": "Print the effective catalogue of FILE: its chain of parents up to the national guidelines, composed.",
    "merge.help": (
        "Print the effective catalogue of FILE: its chain of parents up to the national guidelines, composed.\n\n"
        "Findings (refused weakenings, dropped matters, a broken chain) go to standard error. Exit status 2 "
        "if the chain cannot be resolved, 1 if a weakening was refused, 0 otherwise."
    ),
    "merge.option.provenance": "Say where each value came from: as YAML comments, as JSON, or not at all.",
    "merge.option.written": "Show what the files say, refused weakenings included (default: what the chain allows).",
    "merge.header.composed": "Effective catalogue, composed from: {chain}",
    "merge.header.refused": "{count} weakening(s) refused (no reason given): the inherited values are kept.",
    "merge.comment.first": "{action} in {layer}",
    "merge.comment.set_by": "set by {layer}",
    "merge.action.defined": "defined",
    "merge.action.refined": "refined",
    "merge.action.added": "added",
    "merge.action.not-applicable": "not-applicable",
    "merge.action.restated": "restated",
    "merge.action.dropped": "dropped",
    "merge.change.stricter": "stricter",
    "merge.change.equal": "equal",
    "merge.change.localised": "localised",
    "merge.change.weaker": "weaker",
    "merge.change.incomparable": "incomparable",
    "diff.short_help": "Compare two catalogues: matters added, removed, moved, and each field stricter, weaker, localised or incomparable.",
    "diff.help": (
        "Compare catalogue A with catalogue B (YAML catalogue files, or any table gcat import reads): matters "
        "added, removed and moved between areas; for each matter they share, each field that got stricter, "
        "weaker, localised or incomparable; and changes of the catalogue's metadata (revision date, URL, level, "
        "scope). Exit status: 0 equivalent, 1 different (with --fail-on weaker: only when something got "
        "weaker), 2 unreadable.\n\n"
        "\b\nExamples:\n  gcat diff --merged county.yaml township.yaml\n"
        "  gcat diff --rev HEAD~1 county.yaml\n  gcat diff national.yaml county.xlsx --only weaker --format json"
    ),
    "diff.option.rev": "Compare FILE as git has it at revision REV with FILE in the working tree (one file only).",
    "diff.option.merged": "Compare the effective catalogues of both files' chains.",
    "diff.option.area": "Compare only the matters of this area (repeatable).",
    "diff.option.ignore": "Do not compare this field or metadata key (repeatable), e.g. note, channels, revised.",
    "diff.option.only": "Show only changes of this kind (repeatable).",
    "diff.option.format": "Output format.",
    "diff.option.output": "Write to this file (atomically) instead of standard output; required for xlsx.",
    "diff.option.fail-on": "When to exit with status 1: any (any difference, the default) or weaker (only when something was taken away: a field weaker or incomparable, a matter removed).",
    "diff.option.as-refinement": "Also write the refinement (YAML) that turns A into B, each weakening with a reason to fill in.",
    "diff.option.color": "Colour: auto (on a terminal), always or never.",
    "diff.option.git-external": "Run as git's external diff program: the arguments are path old-file old-hex old-mode new-file new-hex new-mode.",
    "diff.needs_two": "Two files A and B are needed (one with --rev).",
    "diff.no_file": "{file}: no such file",
    "diff.git_failed": "{file}: git cannot give that revision: {detail}",
    "diff.unreadable": "{file}: cannot be read as a catalogue",
    "diff.unknown_ignore": "--ignore {name}: no such field; choose from {choices}",
    "diff.unknown_area": "--area {name}: no such area",
    "diff.xlsx_needs_output": "--format xlsx needs -o naming an .xlsx file",
    "diff.git_new_file": "{path}: new file",
    "diff.git_deleted_file": "{path}: file deleted",
    "compare.short_help": "Compare many catalogues row by row with one (the national guidelines or any catalogue): copied, localised, strengthened, weakened, missing, added, not applicable, by jurisdiction and area.",
    "compare.help": (
        "Compare each of FILES (catalogue files, or folders of them) row by row with the catalogue of --against: "
        "national for the national guidelines (all 26 pilot areas; --national and the project config's national "
        "are honoured), or any catalogue file (a province's, say). A refinement is judged as its chain's "
        "effective catalogue, a table as written (with --written: everything as written). Shows the matrix of catalogues × areas, the totals "
        "per catalogue and per area, and the rows most often weakened or left out. Exit status: 0 compared, 2 "
        "some file could not be read (the others are compared all the same).\n\n"
        "\b\nExamples:\n  gcat compare catalogs/examples --against national\n"
        "  gcat compare counties/ --against province.yaml --format html -o comparison.html\n"
        "  gcat compare counties/ --format xlsx -o comparison.xlsx --jobs 2"
    ),
    "compare.option.against": "The catalogue to compare with: national (the national guidelines, the default) or a catalogue file.",
    "compare.option.written": "Judge refinements as written too, not as the effective catalogues of their chains.",
    "compare.option.ignore": "Do not compare this field (repeatable), e.g. note, subject.",
    "compare.option.format": "Output format.",
    "compare.option.output": "Write to this file (atomically) instead of standard output; required for xlsx.",
    "compare.option.jobs": "Number of processes (default: one per CPU core).",
    "compare.option.top": "How many of the rows most often weakened or left out to list.",
    "compare.needs_files": "At least one catalogue file or folder to compare is needed.",
    "compare.xlsx_needs_output": "--format xlsx needs -o naming an .xlsx file",
    "compare.skipped": "{file}: not compared",
    "explain.short_help": "Show, layer by layer, where MATTER of FILE (or one FIELD of it) got its value.",
    "explain.help": (
        "Show, layer by layer, where MATTER of FILE (or one FIELD of it) got its value.\n\n"
        "\b\nExample:\n  gcat explain county.yaml public-legal-services.99c18880 mode"
    ),
    "explain.no_matter_in_chain": "{file}: no matter {matter} in the chain",
    "explain.no_matter": "no matter {matter}",
    "explain.refused": ", refused: {kept} kept",
    "explain.unchanged": " (unchanged)",
    "explain.effective": "  effective value: {value}",
    # ---- gcat report
    "report.short_help": "Write the gap report of one catalogue for its leadership (Markdown or HTML).",
    "report.help": (
        "Write the gap report of one catalogue for its leadership: coverage of the 26 areas, what to fix "
        "first, every finding grouped by requirement, suppressions with their reasons, and what a catalogue "
        "cannot show.\n\n"
        "FILES is one catalogue file, or the parts (scope: part) of one catalogue published in several."
    ),
    "report.option.format": "Markdown, or one self-contained HTML page to print or send.",
    "report.option.output": "Write the report to this file (atomically) instead of standard output.",
    "report.option.complete": "The FILES are all the parts of the catalogue: judge it as a whole (area coverage).",
    "report.one_catalogue": "gcat report covers one catalogue: give one file, or the parts (scope: part) of one catalogue",
    # ---- gcat rules, gcat rule
    "rules.short_help": "List every requirement rule: code, default severity, citation.",
    "rules.help": (
        "List every requirement rule: code, default severity, citation; then the requirements a catalogue "
        "alone cannot show."
    ),
    "rules.option.format": "Output format: a text table, or JSON for other tools.",
    "rules.column.code": "code",
    "rules.column.name": "name",
    "rules.column.severity": "severity",
    "rules.column.source": "source",
    "rules.not_checkable": "Requirements a catalogue alone cannot show:",
    "rule.short_help": "Explain one finding code (R, M, S, Y or N, e.g. R19 or M010): meaning, source, example.",
    "rule.help": "Explain one finding CODE: for a rule (R) what it checks, its source, options and examples; for any other code (M chains, S structure, Y reading, N normalisation) its message for each reason, the fix and the source.",
    "rule.unknown": "no code {code}; gcat rules lists the rules and docs/cli.md every code",
    # ---- gcat import-guideline, gcat schema
    "import-guideline.short_help": "Convert a national guideline table in the extract format into a catalogue.",
    "import-guideline.help": (
        "Convert a national guideline table EXTRACT in the extract format (sources/guidelines/FORMAT.md) into a "
        "catalogue, as the bundled national catalogues are made from sources/guidelines/. To check against a full "
        "official table, import the table itself: gcat import TABLE --level national --area AREA -o DIR/AREA.yaml, "
        "then --national DIR."
    ),
    "import-guideline.option.output": "Write the catalogue to this file (atomically) instead of standard output.",
    "import-guideline.too_large": "larger than {limit} bytes",
    "import-guideline.problems": "{count} problem(s), listed above",
    "import-guideline.cannot_convert": "{where}: cannot convert: {reason} (see sources/guidelines/FORMAT.md)",
    "schema.short_help": "Print the JSON Schema of the catalogue file format (for editors and other tools).",
    "schema.help": "Print the JSON Schema of the catalogue file format (for editors and other tools).",
    "schema.option.output": "Write the schema to this file instead of standard output.",
    # ---- messages of several commands
    "written": "{path}: written",
    "output.no_folder": "the folder {folder} does not exist; nothing was written. Create the folder first, or give another output path (-o)",
    "output.not_a_folder": "{folder} is not a folder; nothing was written. Give another output path (-o)",
    "error.no_yaml_in_folder": "{path}: no .yaml or .yml file in this folder",
    "error.bad_gcat_lang": "the environment variable GCAT_LANG is {value}: it should be zh or en",
    "error.control_in_argument": "gcat: the command-line argument {argument} holds the control character {char}, which no file name or value may hold; retype it",
    "error.output_not_written": "gcat: {path} could not be written ({reason}); no file was changed. Choose another output path (-o), or check the permissions and the free space.",
    "error.internal": "gcat: internal error: {kind}: {error} (set GCAT_DEBUG=1 for details and please report it)",
    # ---- project config (.gcat.toml, pyproject.toml) and baselines: {path} is the file
    "config.unreadable": "{path}: cannot read the config: {detail}",
    "config.not_a_list": "{path}: ignore should be a list of tables ([[ignore]])",
    "config.no_code": "{path}: ignore entry {index} has no code",
    "config.no_reason": "{path}: ignore entry {index} ({code}) has no reason; every suppression must say why",
    "config.unknown_key": "{path}: unknown setting '{key}' (known: {known})",
    "config.unknown_entry_key": "{path}: ignore entry {index} has an unknown key '{key}' (known keys: {known}); otherwise the entry would apply to every file and matter",
    "config.not_text": "{path}: ignore entry {index}: {key} should be text",
    "config.national_not_text": "{path}: national should be a folder's path (text, relative to the config file)",
    # --national DIR (or national = "DIR" in the config): a folder of national catalogues
    "national.missing": "{path}: the national data folder does not exist",
    "national.empty": "{path}: the national data folder holds no .yaml file; bring a table in with gcat import TABLE --level national --area AREA -o {path}/AREA.yaml",
    "national.unknown_area": "{path}: the file name '{area}' is not a pilot area's slug; name the file AREA.yaml (gcat areas lists the 26 slugs)",
    "national.twice": "{path}: area {area} is given by {other} already",
    "national.not_a_catalogue": "{path}: not a usable national catalogue ({code}: {detail})",
    "national.not_national": "{path}: its level is {level}; a national catalogue has level: national",
    "national.extends": "{path}: a national catalogue extends nothing (this one extends '{extends}')",
    "national.no_matters": "{path}: holds no matter; a national catalogue holds every matter of {area}",
    "national.wrong_area": "{path}: should hold the matters of {area} only; it holds matters of: {others}",
    "baseline.unreadable": "{path}: cannot read the baseline: {detail}",
    "baseline.not_a_baseline": "{path} is not a grassroots-catalog baseline (format_version {version})",
    "baseline.findings_not_list": "{path}: 'findings' should be a list",
    # ---- the placeholders of usage lines and options (click's FILE, INTEGER RANGE, [OPTIONS] …)
    "metavar.ARGS": "ARGS",
    "metavar.CATALOGUE": "CATALOGUE",
    "metavar.CODE": "CODE",
    "metavar.COMMAND": "COMMAND",
    "metavar.DIR": "DIR",
    "metavar.DIRECTORY": "DIRECTORY",
    "metavar.DIRS": "DIRS",
    "metavar.EXTRACT": "EXTRACT",
    "metavar.FIELD": "FIELD",
    "metavar.FILE": "FILE",
    "metavar.FILES": "FILES",
    "metavar.INTEGER RANGE": "INTEGER RANGE",
    "metavar.MATTER": "MATTER",
    "metavar.OPTIONS": "OPTIONS",
    "metavar.PATH": "PATH",
    "metavar.REV": "REV",
    "metavar.TABLE": "TABLE",
    "metavar.TEXT": "TEXT",
    # ---- click's own words (help layout, usage errors); click fills these templates itself
    "click.usage": "Usage:",
    "click.options": "Options",
    "click.commands": "Commands",
    "click.arguments": "Positional arguments",
    "click.help_option": "Show this message and exit.",
    "click.default": "default: {default}",
    "click.env_var": "env var: {var}",
    "click.required": "required",
    "click.error": "Error: {message}",
    "click.try_help": "Try '{command} {option}' for help.",
    "click.missing_argument": "Missing argument",
    "click.missing_option": "Missing option",
    "click.missing_parameter": "Missing parameter",
    "click.missing_parameter_named": "Missing parameter: {param_name}",
    "click.missing_command": "Missing command.",
    "click.no_such_option": "No such option {name!r}.",
    "click.no_such_option_colon": "No such option: {name}",
    "click.no_such_command": "No such command {name!r}.",
    "click.did_you_mean": "Did you mean {possibility}?",
    "click.did_you_mean_one_of": "(Did you mean one of: {possibilities}?)",
    "click.possible_options": "(Possible options: {possibilities})",
    "click.invalid_value": "Invalid value: {message}",
    "click.invalid_value_for": "Invalid value for {param_hint}: {message}",
    "click.extra_argument": "Got unexpected extra argument ({args})",
    "click.extra_arguments": "Got unexpected extra arguments ({args})",
    "click.option_requires_argument": "Option {name!r} requires an argument.",
    "click.option_requires_arguments": "Option {name!r} requires {nargs} arguments.",
    "click.option_takes_no_value": "Option {name!r} does not take a value.",
    "click.not_choice": "{value!r} is not {choice}.",
    "click.not_one_of": "{value!r} is not one of {choices}.",
    "click.not_format": "{value!r} does not match the format {format}.",
    "click.not_formats": "{value!r} does not match the formats {formats}.",
    "click.not_number": "{value!r} is not a valid {number_type}.",
    "click.not_in_range": "{value} is not in the range {range}.",
    "click.is_directory": "{name} {filename!r} is a directory.",
    "click.is_file": "{name} {filename!r} is a file.",
    "click.aborted": "Aborted!",
}


# ==================================================================================================
# REPORT: headings, labels and sentences of the gap report and the other human-readable outputs,
# keyed by a dotted name (e.g. "gap.title", "gap.status.present").
# ==================================================================================================

REPORT: dict[str, str] = {
    # gcat validate, text: the lines after the findings
    "text.summary": "{files} file(s) checked: {errors} error(s), {warnings} warning(s), {notes} note(s)",
    "text.summary.suppressed": "; {count} suppressed (reasons above)",
    "text.summary.unreadable": "; {count} file(s) could not be read",
    "text.more": "… {count} more not shown (see --max-findings)",
    "text.suppressed": "suppressed: {finding} — {reason}",
    "text.baselined": "set aside by the baseline: {count}, {codes} (--show-suppressed lists them)",
    "text.list_separator": ", ",
    # gcat diff: the words of every output format (report/diff)
    "diff.kind.added": "added",
    "diff.kind.removed": "removed",
    "diff.kind.moved": "moved",
    "diff.kind.stricter": "stricter",
    "diff.kind.weaker": "weaker",
    "diff.kind.localised": "localised",
    "diff.kind.incomparable": "incomparable",
    "diff.kind.metadata": "metadata",
    "diff.title": "Catalogue differences: {a} → {b}",
    "diff.equivalent": "The catalogues are equivalent: no differences.",
    "diff.summary": "{count} differences: {added} added, {removed} removed, {moved} moved, {stricter} stricter, {weaker} weaker, {localised} localised, {incomparable} incomparable, {metadata} metadata",
    "diff.metadata.heading": "Catalogue metadata",
    "diff.row.ids": "A: {a} · B: {b}",
    "diff.row.with_match": "{ids}; {how}",
    "diff.row.match.names": "matched by names",
    "diff.row.match.fuzzy": "matched by similar names (score {score})",
    "diff.none": "(none)",
    "diff.arrow": "→",
    "diff.column.kind": "Change",
    "diff.column.area": "Area",
    "diff.column.a_id": "Id in A",
    "diff.column.b_id": "Id in B",
    "diff.column.name": "Matter",
    "diff.column.field": "Field",
    "diff.column.old": "Value in A",
    "diff.column.new": "Value in B",
    "diff.column.where_a": "Where in A",
    "diff.column.where_b": "Where in B",
    "diff.sheet": "Differences",
    "diff.field.area": "area",
    "diff.field.not_applicable": "not applicable",
    "diff.field.whole_row": "whole row",
    "diff.meta.id": "catalogue id",
    "diff.meta.title": "title",
    "diff.meta.level": "level",
    "diff.meta.jurisdiction": "jurisdiction",
    "diff.meta.scope": "scope",
    "diff.meta.issuer": "issuer",
    "diff.meta.issued": "issued",
    "diff.meta.revised": "revision date",
    "diff.meta.published.date": "publication date",
    "diff.meta.published.url": "publication URL",
    "diff.meta.not_applicable_areas": "areas not applicable",
    "diff.github.title": "{kind}: {field}",
    "diff.refinement.because": "TODO: give the reason for this weakening and the document allowing it",
    "diff.refinement.not_applicable": "TODO: B has no such matter; give the reason it does not apply",
    "diff.refinement.header": "Written by gcat diff --as-refinement: the refinement that turns {a} into {b}. Review each entry and fill in the reasons marked TODO.",
    "diff.refinement.unexpressed": "Differences a refinement cannot state:",
    "compare.status.copied": "copied",
    "compare.status.localised": "localised",
    "compare.status.strengthened": "strengthened",
    "compare.status.weakened": "weakened",
    "compare.status.missing": "missing",
    "compare.status.added": "added",
    "compare.status.not-applicable": "not applicable",
    "compare.title": "Compared with {against}: {count} catalogue(s)",
    "compare.judged.merged": "Refinements are judged as the effective catalogues of their chains, tables as written.",
    "compare.judged.written": "Every catalogue is judged as written (refinements too: chains not composed).",
    "compare.ignored": "Fields not compared: {fields}",
    "compare.by_catalogue": "Totals by catalogue",
    "compare.by_area": "Totals by area",
    "compare.matrix": "Matrix: rows weakened or missing / rows compared (— an area the catalogue does not cover)",
    "compare.most_taken_away": "Rows most often weakened or left out",
    "compare.none_taken_away": "No row was weakened or left out.",
    "compare.unreadable": "Files not read, not compared: {files}",
    "compare.uncovered": "—",
    "compare.all": "All",
    "compare.column.catalogue": "Catalogue",
    "compare.column.file": "File",
    "compare.column.level": "Level",
    "compare.column.area": "Area",
    "compare.column.area_slug": "Area slug",
    "compare.column.row": "Matter id",
    "compare.column.local_id": "Local id",
    "compare.column.name": "Matter",
    "compare.column.status": "Outcome",
    "compare.column.fields": "Fields",
    "compare.column.total": "Total",
    "compare.column.taken_away": "Weakened+missing",
    "compare.column.weakened_in": "Weakened in",
    "compare.column.missing_in": "Missing in",
    "compare.sheet.matrix": "Matrix",
    "compare.sheet.rows": "Rows",
    "compare.sheet.outcomes": "Rows by catalogue",
    "compare.cell": "{catalogue} · {area}: {counts}",
    "compare.bars": "By area",
    "compare.bar": "{area}: {counts}",
    "compare.bar.added": "{count} rows added",
    "compare.count": "{count} {label}",
    "compare.separator": ", ",
    # gcat validate --format markdown
    "markdown.title": "Findings",
    "markdown.nothing": "Nothing found.",
    "markdown.column.where": "where",
    "markdown.column.code": "code",
    "markdown.column.severity": "severity",
    "markdown.column.message": "message",
    "markdown.column.source": "source",
    "markdown.not_checkable.heading": "Not checkable from a catalogue",
    "markdown.not_checkable.item": "{code}: {text} ({source})",
    # gcat explain: the columns of the table
    "explain.column.layer": "catalogue",
    "explain.column.level": "level",
    "explain.column.where": "where",
    "explain.column.action": "action",
    "explain.column.value": "value",
    "explain.no_value": "—",
    # how much of a national table a check can vouch for (gcat report, gcat areas)
    "national.statement": "checked against {rows} known national rows of {area}",
    "national.statement.partial": "; the national table is longer",
    "national.statement.whole": " (the whole national table)",
    "national.statement.from": ", read from {file}",
    # which national data a check used (every output of validate, report, merge, explain, areas)
    "national.used.bundled": "National guidelines: the bundled partial data (the first rows of each national table; gcat areas counts them)",
    "national.used.directory": "National guidelines: {count} area(s) from {directory} ({areas})",
    "national.used.rest": "; the other {rest} area(s): the bundled partial data",
    "national.used.area": "{zh:.0}{en}, {rows} rows, {status}",
    "national.used.separator": "; ",
    "national.used.complete": "complete",
    "national.used.partial": "partial",
    # what gcat import --level national records of the official table it read
    "national.import.source": "read by gcat import --level national from the official table {file}",
    "national.import.note": "read by gcat import --level national from the official table {file}: {rows} rows, taken as the whole national table.",
    "national.area": "{zh} ({en})",
    # docs/national-guidelines.md, generated from the bundled national tables
    "national.doc.title": "The national guidelines",
    "national.doc.generated": "Generated by `scripts/convert_guidelines.py` from `sources/guidelines/`; do not edit by hand.",
    "national.doc.body": (
        "One catalogue per pilot area in `catalogs/national/`, loaded with\n"
        '`grassroots_catalog.read.national.national_catalogue("<slug>")` and listed by `gcat areas`.\n'
        "**Every table is partial**: only the first rows of each national table could be recovered from\n"
        "public copies ({rows} rows across the 26 areas). Checks and comparisons against them say so in\n"
        "their output. To check against a full official table, import the table itself\n"
        "(`gcat import TABLE.xlsx --level national --area AREA -o DIR/AREA.yaml`) and name the folder with\n"
        '`--national DIR` (or `national = "DIR"` in the project config): the areas DIR has a file for use\n'
        "the full table, the others keep the bundled rows, and every output says which national data it\n"
        "used ([tables.md](tables.md#using-a-full-official-national-table))."
    ),
    "national.doc.ids": (
        "Matter ids are `<area>.<8 hex digits>`: the first digits of the SHA-256 of the matter's names\n"
        "(一级/二级/三级事项, width-folded, white space removed, joined by `/`). The same names give the same\n"
        "id in every catalogue and version, whatever the row; a repeated name gets `-2`, `-3` … in order."
    ),
    "national.doc.columns": "| # | area | slug | issuer | document | issued | known rows | fidelity | rows with gaps |",
    "national.doc.total": (
        "{total} rows in all. *Rows with gaps*: rows where at least one column could not be read in any\n"
        "source; the row's `note` says which and why. *Fidelity*: `reconstructed` rows were read from county\n"
        "and township catalogues that copy the national table, not from the national text itself."
    ),
    # The published table as a workbook or CSV (gcat export), its findings sheet and its template (gcat new)
    "table.sheet": "Catalogue",
    "table.findings_sheet": "Findings",
    "table.column.number": "No.",
    "table.column.area": "Area",
    "table.column.matter": "Matter",
    "table.column.level1": "Level-1 matter",
    "table.column.level2": "Level-2 matter",
    "table.column.level3": "Level-3 matter",
    "table.column.content": "Content (elements)",
    "table.column.basis": "Basis",
    "table.column.time_limit": "Time limit",
    "table.column.subject": "Responsible body",
    "table.column.channels": "Channels and carriers",
    "table.column.audience": "Audience",
    "table.column.mode": "Mode",
    "table.column.level": "Disclosure level",
    "table.column.note": "Note",
    "table.column.flat": "{group} ({column})",
    "table.area_row": "{number}. {name}",
    "table.tick": "√",
    "table.not_applicable": "Not applicable: {reason}",
    "table.localise": "To localise: name the local body responsible (subject) and tick the channels actually used",
    "table.about_sheet": "About",
    "table.about.national": "National data",
    "table.findings.column.file": "File",
    "table.findings.column.where": "Where",
    "table.findings.column.code": "Code",
    "table.findings.column.severity": "Severity",
    "table.findings.column.message": "Message",
    "table.findings.column.source": "Source",
    "new.title": "{jurisdiction} grassroots standard catalogue of government-affairs disclosure",
    "new.title.area": "{jurisdiction} grassroots standard catalogue of government-affairs disclosure: {area}",
    "new.refuse.level": "cannot start a catalogue at level {level}: only county or township catalogues are started",
    "new.refuse.code.county": "division code {code} breaks the rule: a county's code is 6 digits, not starting with 0",
    "new.refuse.code.township": "division code {code} breaks the rule: a township's code is 9 or 12 digits, not starting with 0",
    "new.refuse.area": "unknown area {area}: `gcat areas` lists the slugs of the 26 pilot areas",
    "new.refuse.jurisdiction": "name the government that owns the catalogue (jurisdiction), e.g. Mou County People's Government",
    # The gap report (gcat report): the page, its header and summary.
    "gap.language_tag": "en",
    "gap.title": "Gap report: {title}",
    "gap.separator": ", ",
    "gap.meta.file": "File: {file}",
    "gap.meta.level": "Level: {level}",
    "gap.meta.as_of": "As of: {date}",
    "gap.meta.chain": "Chain: {chain}",
    "gap.meta.chain_separator": " → ",
    "gap.meta.national": "{national}",
    "gap.summary.heading": "Summary",
    "gap.summary.counts": "{errors} error(s), {warnings} warning(s), {notes} note(s); {suppressed} suppressed.",
    "gap.severity.error": "error",
    "gap.severity.warning": "warning",
    "gap.severity.info": "info",
    # What to fix first: errors, then warnings.
    "gap.fix_first.heading": "Fix first",
    "gap.fix_first.item": "{code} {severity} {where} — {message}",
    "gap.fix_first.none": "Nothing.",
    "gap.fix_first.more": "{count} more error(s) or warning(s) below, under “Findings by requirement”.",
    # Coverage of the pilot areas against the known national rows.
    "gap.coverage.heading": "Coverage by area",
    "gap.coverage.area": "Area",
    "gap.coverage.local_additions": "Local additions",
    "gap.coverage.unknown": "—",
    "gap.coverage.absent": (
        "“—”: the files given (scope: part) do not touch these areas: {areas}. If they are all the parts, "
        "add {option}, and the areas no part touches count as missing."
    ),
    "gap.coverage.statement": "{area}: {statement}",
    "gap.coverage.none": "This catalogue extends no national guideline.",
    "gap.status.present": "Present",
    "gap.status.localised": "Localised",
    "gap.status.strengthened": "Strengthened",
    "gap.status.weakened": "Weakened",
    "gap.status.missing": "Missing",
    "gap.status.not-applicable": "Not applicable",
    "gap.chart.caption": "Known national rows of each area, by status; then the local additions",
    "gap.chart.bar": "{area}: {counts}",
    "gap.chart.count": "{status} {count}",
    "gap.chart.count_separator": ", ",
    # Every finding, grouped by the requirement it checks.
    "gap.findings.heading": "Findings by requirement",
    "gap.findings.group": "{code} {name}",
    "gap.findings.group_cited": "{code} {name} — {citation}",
    "gap.findings.item": "{where} {severity} {message}",
    "gap.suppressed.heading": "Suppressed, with reasons",
    "gap.suppressed.item": "{code} {where} — {reason}",
    "gap.not_checkable.heading": "Not checkable from a catalogue",
    "gap.not_checkable.item": "{code}: {text} ({source})",
}


# ==================================================================================================
# LABELS: the names of things a user reads beside values: a matter's fields (field.<key>, the
# column names of the national template) and the tiers of government (level.<value>).
# ==================================================================================================

LABELS: dict[str, str] = {
    "link.same-names": "the same names",
    "link.width": "full- and half-width characters",
    "link.traditional": "traditional characters",
    "link.whitespace": "spaces or line breaks",
    "link.punctuation": "punctuation",
    "link.area-name-in-level1": "the area's name typed as the 一级",
    "link.prefix": "a prefix added",
    "link.suffix": "a suffix added",
    "link.repeated-name": "the 二级 repeating the 一级",
    "link.reworded-level1": "the 一级 reworded",
    "link.level-dropped": "a level of the name left out",
    "link.content": "similar names and the same content",
    "link.similar-names": "similar names",
    "link.parent-taken": "the similar parent row is linked to another row",
    "field.name": "name",
    "field.content": "content elements",
    "field.basis": "basis",
    "field.time_limit": "time limit",
    "field.subject": "subject",
    "field.channels": "channels and carriers",
    "field.audience": "audience",
    "field.mode": "mode",
    "field.level": "disclosure level",
    "field.note": "note",
    "level.national": "national",
    "level.provincial": "provincial",
    "level.municipal": "municipal",
    "level.county": "county",
    "level.township": "township",
}
