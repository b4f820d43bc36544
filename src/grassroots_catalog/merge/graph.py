"""Resolving ``extends``: from one catalogue up to the national guidelines, as a chain of layers.

Each catalogue names at most one parent, so the layers form a chain; networkx keeps the graph so that
a cycle can be reported with its whole path. The merge never reads a file itself: it is handed a
:class:`CatalogueSource`, which reads catalogues by key, turns an ``extends`` reference into the key
of a parent (or says why it cannot), and gives the national guidelines. The file-system source, with
the rules for paths as user input (INPUT-SAFETY.md §9: parents stay inside the catalogue set's root,
nothing is fetched from a URL), is :class:`grassroots_catalog.read.source.FileSource`; tests and other
tools may hand in catalogues held in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from grassroots_catalog.domain.divisions import lies_within, own_prefix
from grassroots_catalog.model.catalogue import Catalogue
from grassroots_catalog.read.load import LoadResult, locate_in
from grassroots_catalog.results import Finding, Location, Severity
from grassroots_catalog.results import Path as DocPath

NATIONAL = "national"
"""The parent name for the bundled national guidelines (all 26 areas)."""

MatterLocator = Callable[[str, DocPath], tuple[str | None, Location | None]]
"""Where a matter of the national layer is written: (matter id, path within the matter) → file, position."""


class CatalogueSource(Protocol):
    """What the merge asks of the world: catalogues by key, parents by reference, the national layer."""

    def key(self, location: str) -> str:
        """The key of the catalogue at ``location`` as given by a caller (for files: the resolved path)."""
        ...

    def read(self, key: str) -> LoadResult:
        """The catalogue at ``key`` (or at the location the caller gave for the first one), read with its
        findings; never raises for bad input."""
        ...

    def parent(self, reference: str, child: LoadResult) -> str | tuple[str, dict[str, object]]:
        """The key of the catalogue ``reference`` names in the ``extends`` of ``child``, or why there is
        none: a finding code (M001 not found, M002 ambiguous, M005 outside the set or on the network)
        and its parameters."""
        ...

    def national(self) -> tuple[Catalogue, MatterLocator]:
        """The national guidelines of all 26 areas as one catalogue, and where each matter is written."""
        ...


@dataclass
class Layer:
    """One catalogue in a chain: where it comes from and what it says."""

    key: str
    """The resolved path, or ``national``."""
    catalogue: Catalogue
    file: str | None = None
    result: LoadResult | None = None
    locate_matter: MatterLocator | None = None
    """For the national layer: where each of its matters is written (their area's file)."""

    def locate(self, path: DocPath, matter_id: str | None = None) -> tuple[str | None, Location | None]:
        """The file and position of ``path`` in this layer (for national matters, in their area's file)."""
        if self.locate_matter is not None and matter_id is not None:
            return self.locate_matter(matter_id, path[2:])
        if self.result is None:
            return self.file, None
        return self.file, locate_in(self.result, path)


@dataclass
class Chain:
    """The layers from the root (national first) to the file asked about, and any problems found."""

    layers: list[Layer]
    findings: list[Finding]

    @property
    def ok(self) -> bool:
        return not any(f.fatal for f in self.findings)


def national_layer(source: CatalogueSource) -> Layer:
    """The national guidelines of all 26 areas as one layer."""
    catalogue, locate_matter = source.national()
    return Layer(NATIONAL, catalogue, file=None, locate_matter=locate_matter)


def resolve_chain(location: str, *, source: CatalogueSource) -> Chain:
    """The chain of catalogues the catalogue at ``location`` extends, up to the national guidelines."""
    import networkx as nx  # only a file that extends another needs the graph: kept off every command's start-up

    graph: nx.DiGraph[str] = nx.DiGraph()
    findings: list[Finding] = []
    layers: list[Layer] = []
    current_key = source.key(location)
    result = source.read(location)  # as the caller named it, so that its findings name it so too
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
            resolved = source.parent(reference, result)
            if isinstance(resolved, tuple):
                findings.append(_problem(layer, *resolved))
                break
            parent_key = resolved
        graph.add_edge(current_key, parent_key)
        if parent_key in {existing.key for existing in layers}:
            cycle = nx.find_cycle(graph, source=parent_key)
            names = " → ".join(_name(edge[0]) for edge in cycle) + f" → {_name(cycle[0][0])}"
            findings.append(_problem(layer, "M003", {"cycle": names}))
            break
        if parent_key == NATIONAL:
            parent = national_layer(source)
            _check_levels(layer, parent, findings)
            layers.append(parent)
            break
        result = source.read(parent_key)
        if result.catalogue is not None:
            parent_layer = Layer(parent_key, result.catalogue, file=result.file)
            _check_levels(layer, parent_layer, findings)
            _check_codes(layer, parent_layer, findings)
        current_key = parent_key
    return Chain(list(reversed(layers)), findings)


def _name(key: str) -> str:
    """The last part of a key (a file's name), to show a cycle briefly."""
    return key.replace("\\", "/").rsplit("/", 1)[-1]


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


def _check_codes(child: Layer, parent: Layer, findings: list[Finding]) -> None:
    """M016 when the child's division code lies outside its parent's (a township of another county).

    Not fatal: the chain composes as written, but the file names a place its parent does not hold.
    """
    child_code = child.catalogue.jurisdiction.code if child.catalogue.jurisdiction is not None else None
    parent_code = parent.catalogue.jurisdiction.code if parent.catalogue.jurisdiction is not None else None
    if child_code is None or parent_code is None:
        return
    level = parent.catalogue.level
    if lies_within(child_code, parent_code, level):
        return
    path: DocPath = ("jurisdiction", "code")
    file, location = child.locate(path)
    ctx = {
        "code": child_code,
        "parent_code": parent_code,
        "prefix": own_prefix(parent_code, level),
        "child": child.catalogue.level.value,
        "parent_file": parent.file or NATIONAL,
    }
    findings.append(Finding("M016", Severity.ERROR, file=file, path=path, location=location, ctx=ctx))


def _problem(layer: Layer, code: str, ctx: dict[str, object]) -> Finding:
    file, location = layer.locate(("extends",))
    return Finding(code, Severity.ERROR, file=file, path=("extends",), location=location, ctx=ctx, fatal=True)
