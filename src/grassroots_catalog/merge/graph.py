"""Resolving ``extends``: from one catalogue file up to the national guidelines, as a chain of layers.

Each catalogue names at most one parent, so the layers form a chain; networkx keeps the graph so that
a cycle can be reported with its whole path. A parent is ``national`` (the bundled guidelines), a path
relative to the child's folder, or a catalogue id found among the ``*.yaml`` files of the catalogue
set. Paths are user input (INPUT-SAFETY.md §9): they must stay inside the catalogue set's root
folder, and nothing is ever fetched from a URL.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import networkx as nx

from grassroots_catalog.domain.vocabularies import CatalogueLevel
from grassroots_catalog.model.catalogue import Catalogue
from grassroots_catalog.read.load import LoadResult, locate_in, read_catalogue
from grassroots_catalog.results import Finding, Location, Severity
from grassroots_catalog.results import Path as DocPath

NATIONAL = "national"
"""The parent name for the bundled national guidelines (all 26 areas)."""

_TOP_LEVEL_ID = re.compile(r"^id:\s*['\"]?([A-Za-z0-9][A-Za-z0-9._-]*)['\"]?\s*(?:#.*)?$", re.MULTILINE)


@dataclass
class Layer:
    """One catalogue in a chain: where it comes from and what it says."""

    key: str
    """The resolved path, or ``national``."""
    catalogue: Catalogue
    file: str | None = None
    result: LoadResult | None = None

    def locate(self, path: DocPath, matter_id: str | None = None) -> tuple[str | None, Location | None]:
        """The file and position of ``path`` in this layer (for national matters, in their area's file)."""
        if self.key == NATIONAL and matter_id is not None:
            from grassroots_catalog.read.national import national_directory

            area = matter_id.split(".", 1)[0]
            file = str(national_directory() / f"{area}.yaml")
            result = _national_file(file)
            if result.catalogue is None:
                return file, None
            index = next((i for i, m in enumerate(result.catalogue.matters) if m.id == matter_id), None)
            if index is None:
                return file, None
            return file, locate_in(result, ("matters", index, *path[2:]))
        if self.result is None:
            return self.file, None
        return self.file, locate_in(self.result, path)


@lru_cache(maxsize=64)
def _national_file(file: str) -> LoadResult:
    """A national catalogue file, read once per process (positions recovered on first use)."""
    return read_catalogue(file)


def national_layer() -> Layer:
    """The national guidelines of all 26 areas as one layer."""
    from grassroots_catalog.read.national import national_catalogues

    catalogues = national_catalogues()
    matters = tuple(m for c in catalogues.values() for m in c.matters)
    catalogue = Catalogue.model_construct(
        id=NATIONAL,
        title="基层政务公开标准指引（26个试点领域）",
        level=CatalogueLevel.NATIONAL,
        matters=matters,
        extends=None,
        form=None,
        refine=(),
        not_applicable_areas=(),
        areas=(),
        sources=(),
        completeness=None,
    )
    return Layer(NATIONAL, catalogue, file=None)


@dataclass
class Chain:
    """The layers from the root (national first) to the file asked about, and any problems found."""

    layers: list[Layer]
    findings: list[Finding]

    @property
    def ok(self) -> bool:
        return not any(f.fatal for f in self.findings)


Loader = Callable[[str], LoadResult]


def resolve_chain(path: str | Path, *, root: str | Path | None = None, loader: Loader = read_catalogue) -> Chain:
    """The chain of catalogues ``path`` extends, up to the national guidelines.

    ``root`` is the folder parents must stay in (default: the folder of ``path``).
    """
    leaf = Path(path).resolve()
    boundary = Path(root).resolve() if root is not None else leaf.parent
    graph: nx.DiGraph[str] = nx.DiGraph()
    findings: list[Finding] = []
    layers: list[Layer] = []
    current_key = str(leaf)
    result = loader(str(path))
    while True:
        if result.catalogue is None:
            findings += result.findings
            return Chain(list(reversed(layers)), findings)
        catalogue = result.catalogue
        layer = Layer(current_key, catalogue, file=result.file, result=result)
        layers.append(layer)
        graph.add_node(current_key)
        reference = catalogue.extends
        if reference is None:
            break
        if catalogue.form is None:
            findings.append(_problem(layer, "M008", {}))
        if reference == NATIONAL:
            parent_key = NATIONAL
        else:
            parent_key_or_problem = _resolve_reference(reference, Path(result.file).resolve().parent, boundary, layer)
            if isinstance(parent_key_or_problem, Finding):
                findings.append(parent_key_or_problem)
                break
            parent_key = parent_key_or_problem
        graph.add_edge(current_key, parent_key)
        if parent_key in {existing.key for existing in layers}:
            cycle = nx.find_cycle(graph, source=parent_key)
            names = " → ".join(Path(edge[0]).name for edge in cycle) + f" → {Path(cycle[0][0]).name}"
            findings.append(_problem(layer, "M003", {"cycle": names}))
            break
        if parent_key == NATIONAL:
            parent = national_layer()
            _check_levels(layer, parent, findings)
            layers.append(parent)
            break
        result = loader(parent_key)
        if result.catalogue is not None:
            _check_levels(layer, Layer(parent_key, result.catalogue, file=result.file), findings)
        current_key = parent_key
    return Chain(list(reversed(layers)), findings)


def _check_levels(child: Layer, parent: Layer, findings: list[Finding]) -> None:
    if child.catalogue.level.rank <= parent.catalogue.level.rank:
        findings.append(
            _problem(
                child,
                "M004",
                {
                    "child": child.catalogue.level.value,
                    "parent": parent.catalogue.level.value,
                    "parent_file": parent.file or NATIONAL,
                },
            )
        )


def _problem(layer: Layer, code: str, ctx: dict[str, object]) -> Finding:
    file, location = layer.locate(("extends",))
    return Finding(code, Severity.ERROR, file=file, path=("extends",), location=location, ctx=ctx, fatal=True)


def _resolve_reference(reference: str, folder: Path, boundary: Path, layer: Layer) -> str | Finding:
    if re.match(r"^[a-z][a-z0-9+.-]*://", reference):
        return _problem(layer, "M005", {"reference": reference})
    looks_like_path = "/" in reference or "\\" in reference or reference.endswith((".yaml", ".yml"))
    if looks_like_path:
        target = (folder / reference).resolve()
        if not target.is_relative_to(boundary):
            return _problem(layer, "M005", {"reference": reference})
        if not target.is_file():
            return _problem(layer, "M001", {"reference": reference})
        return str(target)
    matches = _find_by_id(reference, boundary)
    if not matches:
        return _problem(layer, "M001", {"reference": reference})
    if len(matches) > 1:
        return _problem(layer, "M002", {"reference": reference, "files": ", ".join(p.name for p in matches)})
    return str(matches[0])


def _find_by_id(identifier: str, boundary: Path, limit: int = 2_000) -> list[Path]:
    """Files under ``boundary`` whose top-level ``id`` is ``identifier`` (a text scan, no parsing)."""
    found = []
    for count, candidate in enumerate(sorted(boundary.rglob("*.y*ml"))):
        if count >= limit:
            break
        try:
            head = candidate.read_text(encoding="utf-8", errors="replace")[:20_000]
        except OSError:
            continue
        match = _TOP_LEVEL_ID.search(head)
        if match and match.group(1) == identifier:
            found.append(candidate.resolve())
    return found
