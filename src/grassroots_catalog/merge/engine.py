"""Folding a chain of catalogues into one effective catalogue, with provenance and classified overrides.

Two views come out of one pass:

- :attr:`EffectiveCatalogue.catalogue`, what the chain *allows*: an override that weakens an
  inherited value without a recorded reason is refused, and the inherited value stays. So the
  result never holds a weaker value than its parent without a reason.
- :attr:`EffectiveCatalogue.written`, what the files *say*: every override applied as written. The
  requirement rules judge this one, since a published table is what the public sees.

Each refused weakening is a finding at the line that wrote it; each accepted one (``because:``) stays
visible as information. Provenance is kept per matter as the versions each layer produced; which
file and line set a field, and the chain of values it went through, are worked out when asked
(:meth:`EffectiveCatalogue.explain`), so that composing stays a fraction of the cost of parsing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from grassroots_catalog.domain.linking import Candidate, LinkKind, Row, link, nearest
from grassroots_catalog.domain.rebuilt import Reduced, by_fields
from grassroots_catalog.domain.vocabularies import CatalogueLevel, DisclosureLevel
from grassroots_catalog.merge.graph import NATIONAL, Layer
from grassroots_catalog.merge.lattice import REFUSAL_SEVERITY, Change, classify
from grassroots_catalog.model.catalogue import Catalogue, Justification, Matter, MatterRefinement
from grassroots_catalog.model.fields import BY_NAME, COMPARED, MULTI_VALUED, REMOVABLE, SCALARS
from grassroots_catalog.results import Finding, Location, Severity, sorted_findings
from grassroots_catalog.results import Path as DocPath

COMPARED_FIELDS = COMPARED
"""Fields compared between layers (from the field table, :mod:`grassroots_catalog.model.fields`)."""
# The tier a table is published for: parent matters at that tier are expected in it.
_TIER = {
    CatalogueLevel.COUNTY: DisclosureLevel.COUNTY,
    CatalogueLevel.TOWNSHIP: DisclosureLevel.TOWNSHIP,
    CatalogueLevel.MUNICIPAL: DisclosureLevel.PREFECTURE,
}


@dataclass(frozen=True, slots=True)
class Override:
    """One field of one matter changed by one layer, and how it relates to the inherited value."""

    matter: str
    field: str
    change: Change
    parent: Any
    child: Any
    layer: int
    path: DocPath
    reason: Justification | None = None

    @property
    def accepted(self) -> bool:
        """True unless it takes something away without a recorded reason."""
        return not self.change.needs_reason or self.reason is not None

    def __reduce__(self) -> Reduced:
        return by_fields(self)  # rebuilt by the constructor in the compiled build too (domain/rebuilt.py)


@dataclass(frozen=True, slots=True)
class Step:
    """What one layer did to one matter: the matter after it, and where in that layer's file."""

    layer: int
    action: str
    """``defined``, ``restated``, ``refined``, ``added``, ``not-applicable`` or ``dropped``."""
    matter: Matter | None
    """The matter after this layer, as the chain allows it (refused weakenings not applied)."""
    path: DocPath
    written: Matter | None = None
    """The matter as this layer wrote it, when that differs from :attr:`matter`."""

    @property
    def as_written(self) -> Matter | None:
        return self.written if self.written is not None else self.matter

    def __reduce__(self) -> Reduced:
        return by_fields(self)  # rebuilt by the constructor in the compiled build too (domain/rebuilt.py)


@dataclass(frozen=True, slots=True)
class RowLink:
    """A row of a table that names its parent row by what it says rather than by the parent's id."""

    layer: int
    position: int
    """The row's place under ``matters:`` in that layer's file."""
    written_id: str
    """The id the row had as read: its own (a clerk's numbering), or the one its names make."""
    parent_id: str
    kind: LinkKind
    """NAMES (the same names once folded) or FUZZY (similar enough, and clearly the closest)."""
    score: float
    why: str

    def __reduce__(self) -> Reduced:
        return by_fields(self)  # rebuilt by the constructor in the compiled build too (domain/rebuilt.py)


@dataclass(frozen=True, slots=True)
class EffectiveCatalogue:
    """The result of composing a chain. Frozen, its sequences tuples and its history read-only:
    derive a changed one with :func:`dataclasses.replace`."""

    catalogue: Catalogue
    written: Catalogue
    layers: tuple[Layer, ...]
    history: Mapping[str, tuple[Step, ...]]
    """Per matter id, what each layer did to it, root first (a read-only mapping)."""
    overrides: tuple[Override, ...]
    findings: tuple[Finding, ...] = ()
    links: tuple[RowLink, ...] = ()
    """The table rows linked to their parent rows by their names, in layer and row order."""

    def locate_written(self, path: DocPath) -> tuple[str | None, Location | None]:
        """File and line of ``path`` in :attr:`written` (``("matters", i, field, ...)``): the layer
        that last wrote that field, so a problem inherited from a parent points into the parent."""
        if len(path) < 2 or path[0] != "matters" or not isinstance(path[1], int):
            return self.layers[-1].locate(path)
        matter = self.written.matters[path[1]]
        field_name = path[2] if len(path) > 2 and isinstance(path[2], str) else None
        writer: Step | None = None
        previous: Matter | None = None
        for step in self.history.get(matter.id, []):
            shown = step.as_written
            if shown is None:
                continue
            # A whole row (defined, added, restated in a table) writes every field; a refinement only
            # the fields it changes.
            if (
                writer is None
                or field_name is None
                or previous is None
                or step.action != "refined"
                or getattr(previous, field_name, None) != getattr(shown, field_name, None)
            ):
                writer = step
            previous = shown
        if writer is None:
            return self.layers[-1].locate(path)
        return self.layers[writer.layer].locate((*writer.path, *path[2:]), matter.id)

    def explain(self, matter_id: str, field_name: str | None = None) -> list[dict[str, Any]]:
        """Layer by layer, what each did to the matter (or one field of it), with file and line."""
        rows = []
        previous: Matter | None = None
        for step in self.history.get(matter_id, []):
            layer = self.layers[step.layer]
            path = step.path if field_name is None or step.matter is None else (*step.path, field_name)
            file, location = layer.locate(path, matter_id)
            shown = step.as_written
            value = getattr(shown, field_name) if (field_name and shown) else shown
            override = next(
                (
                    o
                    for o in self.overrides
                    if o.matter == matter_id and o.layer == step.layer and (field_name is None or o.field == field_name)
                ),
                None,
            )
            changed = (
                previous is None
                or shown is None
                or field_name is None
                or getattr(previous, field_name) != getattr(shown, field_name)
            )
            rows.append(
                {
                    "layer": layer.catalogue.id,
                    "level": layer.catalogue.level.value,
                    "file": file,
                    "line": location.line if location else None,
                    "action": step.action,
                    "value": value,
                    "changed": changed,
                    "change": override.change.value if override else None,
                    "accepted": override.accepted if override else None,
                    "reason": override.reason.reason if override and override.reason else None,
                    "kept": (
                        getattr(step.matter, field_name)
                        if override and not override.accepted and field_name and step.matter
                        else None
                    ),
                }
            )
            previous = step.matter or previous
        return rows

    def __reduce__(self) -> Reduced:
        return by_fields(self)  # rebuilt by the constructor in the compiled build too (domain/rebuilt.py)


@dataclass(frozen=True, slots=True)
class PartialComposition:
    """A chain folded up to some layer: what :func:`compose` resumes from for each child of it.

    Twenty township refinements of one county share the county's chain; folding the county (linking
    its thousand rows to the national ones) once and resuming from here for each township gives the
    same result as composing each township's whole chain. Read-only: :func:`compose` copies what it
    changes, so one partial serves any number of children.
    """

    layers: tuple[Layer, ...]
    allowed: Mapping[str, Matter]
    written: Mapping[str, Matter]
    history: Mapping[str, tuple[Step, ...]]
    overrides: tuple[Override, ...]
    findings: tuple[Finding, ...]
    links: tuple[RowLink, ...]

    def starts(self, layers: Sequence[Layer]) -> bool:
        """True when ``layers`` begin with this partial's layers, the same catalogues in the same order."""
        return len(layers) > len(self.layers) and all(
            mine.catalogue is theirs.catalogue and mine.key == theirs.key
            for mine, theirs in zip(self.layers, layers, strict=False)
        )

    def __reduce__(self) -> Reduced:
        return by_fields(self)  # rebuilt by the constructor in the compiled build too (domain/rebuilt.py)


def fold(layers: Sequence[Layer]) -> PartialComposition:
    """``layers`` (root first) folded, ready for :func:`compose` to resume with the layers below them."""
    state = _Fold()
    for index, layer in enumerate(layers):
        state.add(index, layer)
    return state.partial(layers)


def compose(layers: Sequence[Layer], *, start: PartialComposition | None = None) -> EffectiveCatalogue:
    """Fold ``layers`` (root first) into an effective catalogue. Needs no files: layers may be built in memory.

    ``start``, a :func:`fold` of the first layers (the same catalogues, :meth:`PartialComposition.starts`),
    spares folding them again; the result is the same as without it.
    """
    if start is not None and not start.starts(layers):
        raise ValueError("the partial composition does not start these layers")
    state = _Fold.resume(start) if start is not None else _Fold()
    for index in range(len(start.layers) if start is not None else 0, len(layers)):
        state.add(index, layers[index])
    # Findings for what needs a look: weakenings refused (no reason) and weakenings accepted (with one).
    # Other overrides (localisations, strengthenings) are in `overrides` and in `explain`, not findings.
    findings = state.findings + [_override_finding(layers, o) for o in state.overrides if o.change.needs_reason]
    leaf = layers[-1].catalogue
    effective = leaf.model_copy(update={"matters": tuple(state.allowed.values()), "refine": ()})
    as_written = leaf.model_copy(update={"matters": tuple(state.written.values()), "refine": ()})
    return EffectiveCatalogue(
        effective,
        as_written,
        tuple(layers),
        MappingProxyType({matter_id: tuple(steps) for matter_id, steps in state.history.items()}),
        tuple(state.overrides),
        tuple(sorted_findings(findings)),
        tuple(state.links),
    )


class _Fold:
    """The state of a chain being folded, layer by layer."""

    __slots__ = ("allowed", "findings", "history", "links", "overrides", "written")

    def __init__(self) -> None:
        self.allowed: dict[str, Matter] = {}
        self.written: dict[str, Matter] = {}
        self.history: dict[str, list[Step]] = {}
        self.overrides: list[Override] = []
        self.findings: list[Finding] = []
        self.links: list[RowLink] = []

    @classmethod
    def resume(cls, partial: PartialComposition) -> _Fold:
        state = cls()
        state.allowed = dict(partial.allowed)
        state.written = dict(partial.written)
        state.history = {matter_id: list(steps) for matter_id, steps in partial.history.items()}
        state.overrides = list(partial.overrides)
        state.findings = list(partial.findings)
        state.links = list(partial.links)
        return state

    def partial(self, layers: Sequence[Layer]) -> PartialComposition:
        """This state, read-only, for resuming; it takes the state's dictionaries as they are, so the
        state must not be folded further (:func:`fold` drops it)."""
        return PartialComposition(
            tuple(layers),
            MappingProxyType(self.allowed),
            MappingProxyType(self.written),
            MappingProxyType({matter_id: tuple(steps) for matter_id, steps in self.history.items()}),
            tuple(self.overrides),
            tuple(self.findings),
            tuple(self.links),
        )

    def add(self, index: int, layer: Layer) -> None:
        """Fold in ``layer``, the ``index``-th of its chain (0 is the root)."""
        allowed, written, history = self.allowed, self.written, self.history
        catalogue = layer.catalogue
        if index == 0 or (catalogue.form is None and catalogue.extends is None):
            for position, matter in enumerate(catalogue.matters):
                allowed[matter.id] = written[matter.id] = matter
                history.setdefault(matter.id, []).append(Step(index, "defined", matter, ("matters", position)))
        elif catalogue.form == "refinement":
            _refine(index, layer, allowed, written, history, self.overrides, self.findings)
            _exempt_areas(index, layer, allowed, written, history)
        else:  # a table handles its exempted areas itself, carrying their matters on
            _table(index, layer, allowed, written, history, self.overrides, self.findings, self.links)


# --------------------------------------------------------------------------- one layer


def _refine(
    index: int,
    layer: Layer,
    allowed: dict[str, Matter],
    written: dict[str, Matter],
    history: dict[str, list[Step]],
    overrides: list[Override],
    findings: list[Finding],
) -> None:
    for position, entry in enumerate(layer.catalogue.refine):
        path: DocPath = ("refine", position)
        parent = allowed.get(entry.id)
        if parent is None:
            ctx: dict[str, Any] = {"matter": entry.id}
            near = nearest(entry.id, [_row(matter) for matter in allowed.values()])
            if near:  # did you mean …: the parent rows whose ids are nearest, with their names
                ctx |= {"reason": "suggested", "candidates": [_shown(c) for c in near]}
            findings.append(_layer_finding(layer, "M006", (*path, "id"), Severity.ERROR, ctx))
            continue
        if entry.not_applicable is not None:
            allowed[entry.id] = parent.model_copy(update={"not_applicable": entry.not_applicable})
            written[entry.id] = written[entry.id].model_copy(update={"not_applicable": entry.not_applicable})
            history[entry.id].append(Step(index, "not-applicable", allowed[entry.id], path))
            continue
        updates = _refinement_values(parent, entry)
        accepted = _classify_updates(index, parent, updates, entry.because or {}, path, overrides)
        allowed[entry.id] = parent.model_copy(update=accepted) if accepted else parent
        previous_written = written.get(entry.id, parent)
        written[entry.id] = previous_written.model_copy(update=updates) if updates else previous_written
        as_written = parent.model_copy(update=updates) if updates else parent
        history[entry.id].append(
            Step(index, "refined", allowed[entry.id], path, None if as_written == allowed[entry.id] else as_written)
        )
    for position, matter in enumerate(layer.catalogue.matters):
        path = ("matters", position)
        if matter.id in allowed:
            findings.append(_layer_finding(layer, "M007", (*path, "id"), Severity.ERROR, {"matter": matter.id}))
            continue
        allowed[matter.id] = written[matter.id] = matter
        history[matter.id] = [Step(index, "added", matter, path)]


def _refinement_values(parent: Matter, entry: MatterRefinement) -> dict[str, Any]:
    """The values a refinement entry gives: lists and sets merged by value, removals explicit."""
    removal = entry.remove
    updates: dict[str, Any] = {}
    for name in MULTI_VALUED:
        removed = set(getattr(removal, name)) if removal is not None and name in REMOVABLE else set()
        added = getattr(entry, name)
        if not removed and not added:
            continue
        merged = [value for value in getattr(parent, name) if value not in removed]
        merged += [value for value in added if value not in merged]
        updates[name] = _canonical_order(name, merged)
    for name in SCALARS:
        value = getattr(entry, name)
        if value is not None:
            updates[name] = value
    return updates


def _canonical_order(name: str, values: list[Any]) -> tuple[Any, ...]:
    """A set in its vocabulary's printed order; a list as written."""
    order = BY_NAME[name].order
    return tuple(sorted(values, key=order)) if order is not None else tuple(values)


def _classify_updates(
    index: int,
    parent: Matter,
    updates: Mapping[str, Any],
    because: Mapping[Any, Justification],
    path: DocPath,
    overrides: list[Override],
) -> dict[str, Any]:
    """Record an override for each changed field; return the updates the chain allows."""
    accepted: dict[str, Any] = {}
    for name, value in updates.items():
        old = getattr(parent, name)
        if old == value:
            continue
        override = Override(
            parent.id, name, classify(name, old, value), old, value, index, (*path, name), because.get(name)
        )
        overrides.append(override)
        if override.accepted:
            accepted[name] = value
    return accepted


def _linked_rows(
    index: int, layer: Layer, allowed: Mapping[str, Matter], findings: list[Finding], links: list[RowLink]
) -> list[Matter]:
    """The table's rows, each row that names no parent row by id linked to one by what it says.

    Real tables carry no ids, or a clerk's own numbering: such a row is matched among the parent rows
    of its area that no other row names (:func:`grassroots_catalog.domain.linking.link`). Equal names
    once folded link silently; similar names that clearly point at one row link with a note (M013);
    names that could be several rows link to none, with the candidates (M014); anything else is a
    local addition. A linked row takes its parent's id, so everything downstream speaks of one matter.
    """
    rows = list(layer.catalogue.matters)
    unmatched = [position for position, matter in enumerate(rows) if matter.id not in allowed]
    if not unmatched:
        return rows
    named = {matter.id for matter in rows if matter.id in allowed}
    areas = {rows[position].area for position in unmatched}
    parents = [parent for parent in allowed.values() if parent.area in areas and parent.id not in named]
    if not parents:
        return rows
    found = link([_row(rows[position]) for position in unmatched], [_row(parent) for parent in parents])
    for position, result in zip(unmatched, found, strict=True):
        matter = rows[position]
        if result.kind in (LinkKind.ID, LinkKind.NAMES, LinkKind.FUZZY) and result.parent_id is not None:
            parent = allowed[result.parent_id]
            rows[position] = matter.model_copy(update={"id": parent.id})
            links.append(RowLink(index, position, matter.id, parent.id, result.kind, result.score, result.why))
            if result.kind is LinkKind.FUZZY:
                findings.append(
                    _layer_finding(
                        layer,
                        "M013",
                        ("matters", position),
                        Severity.INFO,
                        {
                            "matter": parent.id,
                            "written": str(matter.name),
                            "name": str(parent.name),
                            "score": round(result.score),
                            "why": result.why,
                        },
                    )
                )
        elif result.kind is LinkKind.AMBIGUOUS:
            findings.append(
                _layer_finding(
                    layer,
                    "M014",
                    ("matters", position),
                    Severity.WARNING,
                    {
                        "written": str(matter.name),
                        "candidates": [_shown(c) for c in result.candidates],
                    },
                )
            )
    return rows


def _shown(candidate: Candidate) -> str:
    """A candidate row as a message lists it: its id and its names."""
    return f"{candidate.id}（{' / '.join(p for p in (candidate.level1, candidate.level2) if p)}）"


def _row(matter: Matter) -> Row:
    names = matter.name
    return Row(matter.id, matter.area, names.level1, names.level2, names.level3, tuple(matter.content))


def _table(
    index: int,
    layer: Layer,
    allowed: dict[str, Matter],
    written: dict[str, Matter],
    history: dict[str, list[Step]],
    overrides: list[Override],
    findings: list[Finding],
    links: list[RowLink],
) -> None:
    catalogue = layer.catalogue
    covered = catalogue.areas_covered()
    tier = _TIER.get(catalogue.level)
    listed: set[str] = set()
    new_allowed: dict[str, Matter] = {}
    new_written: dict[str, Matter] = {}
    for position, matter in enumerate(_linked_rows(index, layer, allowed, findings, links)):
        path: DocPath = ("matters", position)
        listed.add(matter.id)
        parent = allowed.get(matter.id)
        if parent is None:
            new_allowed[matter.id] = new_written[matter.id] = matter
            history[matter.id] = [Step(index, "added", matter, path)]
            continue
        if matter.not_applicable is not None:
            new_allowed[matter.id] = new_written[matter.id] = matter
            history[matter.id].append(Step(index, "not-applicable", matter, path))
            continue
        mine, theirs = matter.__dict__, parent.__dict__
        updates = {
            name: mine[name]
            for name in COMPARED_FIELDS
            if mine[name] is not theirs[name] and mine[name] != theirs[name]
        }
        new_written[matter.id] = matter
        accepted = _classify_updates(index, parent, updates, matter.because or {}, path, overrides) if updates else {}
        if len(accepted) == len(updates):  # nothing refused: the row is what the chain allows
            new_allowed[matter.id] = matter
            history[matter.id].append(Step(index, "restated", matter, path))
            continue
        kept = parent.model_copy(update={**accepted, "row": matter.row, "because": matter.because})
        new_allowed[matter.id] = kept
        history[matter.id].append(Step(index, "restated", kept, path, matter))
    exempt = {e.area: e.reason for e in catalogue.not_applicable_areas}
    for matter_id, parent in allowed.items():
        if matter_id in listed:
            continue
        if parent.area in exempt:  # carried on, marked with the area's reason
            marked = parent.model_copy(update={"not_applicable": exempt[parent.area]})
            new_allowed[matter_id] = new_written[matter_id] = marked
            history[matter_id].append(Step(index, "not-applicable", marked, ("not_applicable_areas",)))
            continue
        if parent.area not in covered or parent.not_applicable is not None:
            continue
        if tier is not None and parent.level and tier not in parent.level:
            continue  # another tier's matter: not expected in this table
        if tier is not None and not parent.level:
            # The parent does not say at which tier the row is disclosed (the national data is partial):
            # whether this table should hold it cannot be known, so it is noted, never refused.
            findings.append(
                _layer_finding(
                    layer,
                    "M012",
                    ("matters",),
                    Severity.INFO,
                    {
                        "matter": matter_id,
                        "name": str(parent.name),
                        "parent": _origin_name(history, matter_id),
                        "reason": "level-unknown",
                    },
                )
            )
            continue
        findings.append(
            _layer_finding(
                layer,
                "M012",
                ("matters",),
                Severity.ERROR,
                {"matter": matter_id, "name": str(parent.name), "parent": _origin_name(history, matter_id)},
            )
        )
        new_allowed[matter_id] = parent  # refused: a drop without a reason
        history[matter_id].append(Step(index, "dropped", None, ("matters",)))
    allowed.clear()
    allowed.update(new_allowed)
    written.clear()
    written.update(new_written)


def _exempt_areas(
    index: int, layer: Layer, allowed: dict[str, Matter], written: dict[str, Matter], history: dict[str, list[Step]]
) -> None:
    for position, exemption in enumerate(layer.catalogue.not_applicable_areas):
        for view in (allowed, written):
            for matter_id, matter in list(view.items()):
                if matter.area == exemption.area and matter.not_applicable is None:
                    view[matter_id] = matter.model_copy(update={"not_applicable": exemption.reason})
        for matter_id, matter in allowed.items():
            if matter.area == exemption.area and history.get(matter_id) and history[matter_id][-1].layer != index:
                history[matter_id].append(Step(index, "not-applicable", matter, ("not_applicable_areas", position)))


def _origin_name(history: Mapping[str, list[Step]], matter_id: str) -> str:
    steps = history.get(matter_id) or []
    return "national" if steps and steps[0].layer == 0 else "parent"


def _layer_finding(layer: Layer, code: str, path: DocPath, severity: Severity, ctx: dict[str, Any]) -> Finding:
    file, location = layer.locate(path)
    return Finding(code, severity, file=file, path=path, location=location, ctx=ctx)


def _override_finding(layers: Sequence[Layer], override: Override) -> Finding:
    layer = layers[override.layer]
    file, location = layer.locate(override.path)
    ctx = {
        "matter": override.matter,
        "field": override.field,
        "change": override.change.value,
        "parent": _show(override.parent),
        "child": _show(override.child),
    }
    if override.reason is not None:
        ctx["because"] = override.reason.reason
        if override.reason.document:
            ctx.update(reason="documented", document=override.reason.document)
        return Finding("M011", Severity.INFO, file=file, path=override.path, location=location, ctx=ctx)
    severity = REFUSAL_SEVERITY.get(override.field, Severity.WARNING)
    return Finding("M010", severity, file=file, path=override.path, location=location, ctx=ctx)


def _show(value: Any) -> list[str] | str | None:
    """A value as plain data for a finding's ctx: a list of texts, one text, or None when empty.

    How a list is joined and how "empty" reads is the wording's business (messages/render.py), in
    the language the finding is shown in."""
    if isinstance(value, tuple):
        return [getattr(v, "zh", None) or (v.as_text() if hasattr(v, "as_text") else str(v)) for v in value] or None
    if value is None:
        return None
    return str(value)


def combine_refinements(first: Catalogue, second: Catalogue) -> Catalogue:
    """One refinement that does what applying ``first`` and then ``second`` does.

    Where every weakening in them carries a reason, composing with the result equals composing with
    both in turn (the associativity law the tests check). Matters ``first`` adds that ``second``
    refines are added already refined.
    """
    merged: dict[str, dict[str, Any]] = {}
    for entry in (*first.refine, *second.refine):
        data = entry.model_dump(exclude_defaults=True)
        previous = merged.get(entry.id)
        merged[entry.id] = data if previous is None else _merge_entries(previous, data)
    added = {matter.id: matter for matter in first.matters}
    for matter_id in [i for i in merged if i in added]:
        entry = MatterRefinement.model_validate(merged.pop(matter_id))
        base = added[matter_id]
        if entry.not_applicable is not None:
            added[matter_id] = base.model_copy(update={"not_applicable": entry.not_applicable})
        else:
            added[matter_id] = base.model_copy(update=_refinement_values(base, entry))
    added.update({matter.id: matter for matter in second.matters})
    return second.model_copy(
        update={
            "refine": tuple(MatterRefinement.model_validate(d) for d in merged.values()),
            "matters": tuple(added.values()),
            "not_applicable_areas": (*first.not_applicable_areas, *second.not_applicable_areas),
        }
    )


_NOT_SCALAR = frozenset({*MULTI_VALUED, "remove", "because"})
"""Keys of a refinement entry that two entries for one matter combine instead of the later one winning."""


def _merge_entries(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    """Two refinement entries for one matter as one: later scalars win; additions and removals combine."""
    result = {
        **first,
        **{k: v for k, v in second.items() if k not in _NOT_SCALAR},
    }
    result.pop("remove", None)
    first_removed = first.get("remove") or {}
    second_removed = second.get("remove") or {}
    removal: dict[str, list[Any]] = {}
    for name in MULTI_VALUED:
        later_removed = list(second_removed.get(name, ()))
        later_added = list(second.get(name, ()))
        adds = [v for v in first.get(name, ()) if v not in later_removed]
        adds += [v for v in later_added if v not in adds]
        # A value the first removes and the second adds back is simply kept (at its inherited place).
        removed = [v for v in first_removed.get(name, ()) if v not in later_added]
        removed += [v for v in later_removed if v not in removed]
        if adds:
            result[name] = adds
        else:
            result.pop(name, None)
        if removed:
            removal[name] = removed
    if removal:
        result["remove"] = removal
    because = {**(first.get("because") or {}), **(second.get("because") or {})}
    if because:
        result["because"] = because
    return result


__all__ = [
    "NATIONAL",
    "EffectiveCatalogue",
    "Location",
    "Override",
    "Step",
    "combine_refinements",
    "compose",
]
