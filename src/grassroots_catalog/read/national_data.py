"""Which national guidelines the checks use: the bundled partial rows, or a folder of full official tables.

The bundled national catalogues hold only the rows that could be recovered from public copies. An
office that has the full official table of an area imports it (``gcat import TABLE --level national
--area AREA -o DIR/AREA.yaml``) and names the folder (``--national DIR``, or ``national = "DIR"`` in
its project config). A :class:`NationalData` is that choice as a value: it is handed to whatever
compares a catalogue with the national guidelines (the merge's source of catalogues, the gap report,
``gcat new``), never kept in a global, so that a library caller chooses it per call too.

A folder replaces the national data area by area: ``DIR/social-assistance.yaml`` stands for the
bundled 社会救助 rows, and an area without a file in the folder keeps its bundled rows. Every output
says which data it used (:meth:`NationalData.statement`, :meth:`NationalData.summary`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from grassroots_catalog.domain.areas import AREAS, PILOT_AREAS
from grassroots_catalog.domain.vocabularies import CatalogueLevel
from grassroots_catalog.errors import CatalogError
from grassroots_catalog.messages.cli_text import cli_text
from grassroots_catalog.messages.words import report_text
from grassroots_catalog.model.catalogue import Catalogue
from grassroots_catalog.read.limits import DEFAULT_LIMITS, Limits
from grassroots_catalog.results import Finding, Severity

NATIONAL_TITLE = "基层政务公开标准指引（26个试点领域）"
"""The title of the national layer: the guidelines of all 26 areas as one catalogue."""


class NationalDataError(CatalogError):
    """A national data folder that cannot be used: the file (or folder) and what is wrong with it.

    ``problem`` names the message (``national.<problem>`` in the CLI tables), ``params`` fill it, so that
    the command line says it in the user's language; ``str()`` is English.
    """

    def __init__(self, path: Path, problem: str, **params: object) -> None:
        self.path = path
        self.problem = problem
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "zh") -> str:
        params = dict(self.params)
        finding = params.pop("finding", None)
        if isinstance(finding, Finding):  # the reader's own finding, said in the same language
            params.update(code=finding.code, detail=finding.message(lang))
        return cli_text(f"national.{self.problem}", lang, path=self.path, **params)


class NationalData:
    """The national catalogues a check uses, by area: a folder's where it has one, the bundled ones elsewhere.

    Build one with :meth:`from_directory` (which reads and checks every file of the folder at once, so
    that a bad file is refused before anything is checked) or use :data:`BUNDLED`.
    """

    __slots__ = ("_catalogues", "_files", "_layer", "directory")

    def __init__(
        self,
        directory: Path | None = None,
        catalogues: Mapping[str, Catalogue] | None = None,
        files: Mapping[str, Path] | None = None,
    ) -> None:
        self.directory = directory
        """The folder given, or None for the bundled data alone."""
        self._catalogues: Mapping[str, Catalogue] = MappingProxyType(dict(catalogues or {}))
        self._files: Mapping[str, Path] = MappingProxyType(dict(files or {}))
        self._layer: Catalogue | None = None

    @classmethod
    def from_directory(cls, directory: str | os.PathLike[str], *, limits: Limits = DEFAULT_LIMITS) -> NationalData:
        """The national data of ``directory``: one ``AREA.yaml`` national catalogue per area it replaces.

        Raises :class:`NationalDataError`, naming the file, if the folder is missing or holds no
        catalogue, or a file in it is named for no pilot area (or a second time), cannot be read as a
        catalogue, is not of level ``national``, extends another, holds no matter, or holds matters of
        another area.
        """
        from grassroots_catalog.read.load import read_catalogue

        folder = Path(directory)
        if not folder.is_dir():
            raise NationalDataError(folder, "missing")
        candidates = sorted(
            path
            for path in folder.iterdir()
            if path.suffix.lower() in (".yaml", ".yml") and not path.name.startswith(".") and path.is_file()
        )
        if not candidates:
            raise NationalDataError(folder, "empty")
        catalogues: dict[str, Catalogue] = {}
        files: dict[str, Path] = {}
        for path in candidates:
            area = path.stem
            if area not in AREAS:
                raise NationalDataError(path, "unknown_area", area=area)
            if area in files:
                raise NationalDataError(path, "twice", area=area, other=files[area].name)
            result = read_catalogue(path, limits=limits)
            errors = [f for f in result.findings if f.fatal or f.severity >= Severity.ERROR]
            if result.catalogue is None or errors:
                first = errors[0] if errors else result.findings[0]
                raise NationalDataError(path, "not_a_catalogue", finding=first)
            catalogue = result.catalogue
            if catalogue.level is not CatalogueLevel.NATIONAL:
                raise NationalDataError(path, "not_national", level=catalogue.level.value)
            if catalogue.extends is not None:
                raise NationalDataError(path, "extends", extends=catalogue.extends)
            if not catalogue.matters:
                raise NationalDataError(path, "no_matters", area=area)
            others = sorted({m.area for m in catalogue.matters if m.area != area})
            if others:
                raise NationalDataError(path, "wrong_area", area=area, others=others)
            catalogues[area], files[area] = catalogue, path
        # in the order of the 26 areas, so that every statement lists them alike
        order = [a.slug for a in PILOT_AREAS if a.slug in catalogues]
        return cls(folder, {a: catalogues[a] for a in order}, {a: files[a] for a in order})

    # ------------------------------------------------------------------ the catalogues

    @property
    def replaced(self) -> tuple[str, ...]:
        """The areas whose national rows come from the folder, in the order of the 26 areas."""
        return tuple(self._catalogues)

    def catalogue(self, area: str) -> Catalogue:
        """The national catalogue of ``area``: the folder's, or the bundled one."""
        found = self._catalogues.get(area)
        if found is not None:
            return found
        from grassroots_catalog.read.national import national_catalogue

        return national_catalogue(area)

    def catalogues(self) -> Mapping[str, Catalogue]:
        """All 26 national catalogues by area slug, in the order of requirements.md §5.2."""
        return MappingProxyType({area.slug: self.catalogue(area.slug) for area in PILOT_AREAS})

    def source_of(self, area: str) -> str | None:
        """The file (as outputs show it) the folder gives for ``area``; None for the bundled rows."""
        return _shown(self._files[area]) if area in self._files else None

    def file(self, area: str) -> Path:
        """The file the national catalogue of ``area`` was read from."""
        if area in self._files:
            return self._files[area]
        from grassroots_catalog.read.national import national_directory

        return national_directory() / f"{area}.yaml"

    def layer(self) -> Catalogue:
        """The national guidelines of all 26 areas as one catalogue (built once per value)."""
        if self._layer is None:
            matters = tuple(m for c in self.catalogues().values() for m in c.matters)
            self._layer = Catalogue.model_construct(
                id="national",
                title=NATIONAL_TITLE,
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
        return self._layer

    # ------------------------------------------------------------------ saying which data was used

    def statement(self, lang: str = "zh") -> str:
        """One sentence for the end of an output: which national data the check used."""
        from grassroots_catalog.read.national import is_partial, known_rows

        bundled = [a.slug for a in PILOT_AREAS if a.slug not in self._catalogues]
        if not self._catalogues:  # worded without reading the 26 files: a check that needs none stays fast
            return report_text("national.used.bundled", lang)
        items = [
            report_text(
                "national.used.area",
                lang,
                zh=AREAS[area].zh,
                en=AREAS[area].en,
                rows=known_rows(catalogue),
                status=report_text(
                    "national.used.partial" if is_partial(catalogue) else "national.used.complete", lang
                ),
            )
            for area, catalogue in self._catalogues.items()
        ]
        text = report_text(
            "national.used.directory",
            lang,
            directory=_shown(self.directory),
            count=len(items),
            areas=report_text("national.used.separator", lang).join(items),
        )
        if bundled:
            text += report_text("national.used.rest", lang, rest=len(bundled))
        return text

    def summary(self, lang: str = "zh") -> dict[str, Any]:
        """The same, for machine-readable outputs (JSON's ``national``, SARIF's run properties)."""
        from grassroots_catalog.read.national import is_partial, known_rows

        return {
            "directory": _shown(self.directory) if self.directory is not None else None,
            "statement": self.statement(lang),
            "from_directory": [
                {
                    "area": area,
                    "file": _shown(self._files[area]),
                    "completeness": "partial" if is_partial(catalogue) else "complete",
                    "known_rows": known_rows(catalogue),
                }
                for area, catalogue in self._catalogues.items()
            ],
            "bundled_areas": [a.slug for a in PILOT_AREAS if a.slug not in self._catalogues],
        }

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NationalData):
            return NotImplemented
        return self.directory == other.directory and dict(self._files) == dict(other._files)

    def __hash__(self) -> int:
        return hash((self.directory, tuple(self._files.items())))

    def __repr__(self) -> str:
        return f"NationalData({str(self.directory) if self.directory is not None else 'bundled'!r})"


def _shown(path: Path | None) -> str:
    """A path as outputs show it: relative to the working directory when below it, in / form."""
    if path is None:
        return ""
    from grassroots_catalog.read.paths import display_path

    return display_path(str(path), default="")


BUNDLED = NationalData()
"""The bundled national catalogues alone (partial: only the rows recovered from public copies)."""


def national_data(directory: str | os.PathLike[str] | NationalData | None) -> NationalData:
    """What a ``national=`` argument stands for: a folder (read and checked), a value as it is, or
    (None) the bundled data."""
    if directory is None:
        return BUNDLED
    if isinstance(directory, NationalData):
        return directory
    return NationalData.from_directory(directory)
