"""The batch engine: the same findings, in the same order, at the same places, however the files are
checked (in this process, a process pool, a Dask cluster; accelerator and caches on or off), with
reports that keep no catalogue, output that streams, and parents read once per process."""

from __future__ import annotations

import io
import json
import pickle
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
from click.testing import CliRunner

from grassroots_catalog.check import chain
from grassroots_catalog.check.batch import WorkItem, check_item, default_jobs, validate_stream
from grassroots_catalog.check.validate import FileReport, validate
from grassroots_catalog.cli import cli
from grassroots_catalog.cli.progress import BatchProgress, Progress
from grassroots_catalog.report import FORMATS, render, stream
from grassroots_catalog.results import Finding, Location, Severity

from .conftest import EXAMPLES

NATIONAL_ROWS = """\
id: gen-{index}
title: 生成县{index}基层政务公开标准目录
level: county
jurisdiction: {{name: 生成县{index}人民政府, code: '99{index:04d}'}}
extends: national
form: table
matters:
  - id: gen.{index}.local
    area: elderly-care
    name: {{level1: 本地事项, level2: 高龄津贴{index}}}
    content: [申请条件]
    basis: [社会救助暂行办法]
    subject: 基准县民政局
    channels: [政府网站]
    audience: [全社会]
    mode: [主动]
    level: [县级]
"""


def _key(reports: list[FileReport]) -> list[Any]:
    """Everything a report says, in order: the findings' codes, files, places, severities, parameters."""
    return [
        (
            report.file,
            report.readable,
            [(f.code, f.severity, f.file, f.path, f.location, dict(f.ctx), f.fatal) for f in report.findings],
            [(item.finding.code, item.finding.location, item.reason, item.source) for item in report.suppressed],
        )
        for report in reports
    ]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small generated batch: county tables extending national (each with findings), one broken file,
    and a township refining one of the counties."""
    folder = tmp_path_factory.mktemp("batch")
    for index in range(5):
        (folder / f"county-{index}.yaml").write_text(NATIONAL_ROWS.format(index=index), encoding="utf-8")
    (folder / "county-9-broken.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    (folder / "township.yaml").write_text(
        "id: gen-town\ntitle: 生成镇\nlevel: township\njurisdiction: {name: 生成镇人民政府}\n"
        "extends: ./county-0.yaml\nform: refinement\nmatters: []\n",
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="module")
def examples_in_process() -> list[FileReport]:
    return validate([EXAMPLES], complete=True)


def test_the_bundled_examples_give_the_same_findings_in_a_process_pool(examples_in_process: list[FileReport]) -> None:
    with ProcessPoolExecutor(2) as pool:
        pooled = validate([EXAMPLES], complete=True, executor=pool)
    assert _key(pooled) == _key(examples_in_process) and sum(len(r.findings) for r in pooled) > 10
    assert all(report.written is None and report.source is None for report in pooled)  # slim: no catalogue kept


def test_a_generated_batch_gives_the_same_findings_with_jobs_accelerator_and_caches(
    generated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = validate([generated])
    assert any(not report.readable for report in whole) and sum(len(r.findings) for r in whole) > 20
    assert _key(validate([generated], jobs=2)) == _key(whole)
    assert _key(list(validate_stream([generated], window=1))) == _key(whole)
    monkeypatch.setattr(chain, "PARENTS", chain.ParentCache())  # caches cold
    monkeypatch.setenv("GCAT_NO_ACCELERATOR", "1")  # the pure-Python reader in the workers too
    assert _key(validate([generated], jobs=2)) == _key(whole)


def test_a_project_config_applies_as_in_one_process(generated: Path, tmp_path: Path) -> None:
    (generated / ".gcat.toml").write_text('[[ignore]]\ncode = "M012"\nreason = "测试"\n', encoding="utf-8")
    try:
        configured = validate([generated])
        assert any(item.finding.code == "M012" for report in configured for item in report.suppressed)
        assert _key(validate([generated], jobs=2)) == _key(configured)
        assert _key(validate([generated], config=None, jobs=2)) == _key(validate([generated], config=None))
    finally:
        (generated / ".gcat.toml").unlink()


def test_validate_runs_on_a_dask_cluster(generated: Path) -> None:
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        on_dask = validate([generated, EXAMPLES], complete=True, executor=client.get_executor())
    assert _key(on_dask) == _key(validate([generated, EXAMPLES], complete=True))


def test_parts_are_judged_together_as_check_together_does(examples_in_process: list[FileReport]) -> None:
    streamed = list(validate_stream([EXAMPLES], complete=True))
    assert _key(streamed) == _key(examples_in_process)
    incomplete = list(validate_stream([EXAMPLES]))
    assert any(f.code == "S013" for report in incomplete for f in report.findings)
    assert not any(f.code == "S013" for report in streamed for f in report.findings)


def test_a_slim_report_keeps_only_the_lines_its_findings_point_at(generated: Path) -> None:
    result = check_item(WorkItem(0, str(generated / "county-1.yaml")))
    report = result.report
    pointed = {(f.file, f.location.line) for f in report.findings if f.file and f.location}
    kept = {(file, number) for file, lines in report.lines.items() for number in lines}
    assert pointed and kept == pointed
    assert report.written is None and report.effective is None and report.matters == 1
    assert pickle.loads(pickle.dumps(result)).report.findings == report.findings


def test_slim_reports_render_as_full_ones_in_every_format(examples_in_process: list[FileReport]) -> None:
    slim = list(validate_stream([EXAMPLES], complete=True))
    for name in FORMATS:
        for lang in ("zh", "en"):
            assert render(name, slim, lang=lang) == render(name, examples_in_process, lang=lang), name


def test_every_format_writes_a_report_before_the_next_is_checked(examples_in_process: list[FileReport]) -> None:
    pulled: list[str] = []

    def one_at_a_time() -> Iterator[FileReport]:
        for report in examples_in_process:
            pulled.append(report.file)
            yield report

    for name in ("text", "json", "markdown", "github", "jsonl"):
        pulled.clear()
        pieces = stream(name, one_at_a_time(), lang="en")
        while len(pulled) < 2:
            next(pieces)
        assert len(pulled) == 2, name  # the first report's text came before the second was asked for
        rest = "".join(pieces)
        assert rest and len(pulled) == len(examples_in_process)


def test_a_spool_on_disk_gives_the_same_output(
    examples_in_process: list[FileReport], monkeypatch: pytest.MonkeyPatch
) -> None:
    from grassroots_catalog.report import _common

    in_memory = {name: render(name, examples_in_process, lang="en") for name in ("sarif", "junit")}
    monkeypatch.setattr(_common, "SPOOL_MEMORY", 16)  # every spool moves to a temporary file at once
    assert {name: render(name, examples_in_process, lang="en") for name in in_memory} == in_memory


def test_a_finding_pickles_with_its_parameters_frozen() -> None:
    finding = Finding("R05", Severity.ERROR, "a.yaml", ("matters", 1), Location(3, 4), MappingProxyType({"a": 1}))
    back = pickle.loads(pickle.dumps(finding))
    assert back == finding and isinstance(back.ctx, MappingProxyType)


def _county_with_townships(folder: Path) -> tuple[Path, list[Path]]:
    """A county table and three township refinements of it, each extending ``./county.yaml``."""
    county = folder / "county.yaml"
    county.write_text(NATIONAL_ROWS.format(index=1), encoding="utf-8")
    towns = []
    for index in range(3):
        town = folder / f"town-{index}.yaml"
        town.write_text(
            f"id: town-{index}\ntitle: 镇{index}\nlevel: township\njurisdiction: {{name: 镇{index}人民政府}}\n"
            "extends: ./county.yaml\nform: refinement\nmatters: []\n",
            encoding="utf-8",
        )
        towns.append(town)
    return county, towns


def test_a_parent_is_read_once_per_process_and_again_when_it_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    county, towns = _county_with_townships(tmp_path)
    reads: list[str] = []
    original = chain.read_catalogue
    monkeypatch.setattr(chain, "read_catalogue", lambda key: reads.append(key) or original(key))
    monkeypatch.setattr(chain, "PARENTS", chain.ParentCache())
    validate(towns, config=None)
    assert reads == [str(county.resolve())]
    county.touch()  # the same bytes: not parsed again
    validate(towns[:1], config=None)
    assert len(reads) == 1
    county.write_text(NATIONAL_ROWS.format(index=2), encoding="utf-8")
    validate(towns[:1], config=None)
    assert len(reads) == 2


def test_a_parent_chain_is_composed_once_per_process_and_again_when_it_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    county, towns = _county_with_townships(tmp_path)
    folds: list[tuple[str, ...]] = []
    original = chain.fold
    monkeypatch.setattr(
        chain, "fold", lambda layers: folds.append(tuple(layer.key for layer in layers)) or original(layers)
    )
    monkeypatch.setattr(chain, "PARENTS", chain.ParentCache())
    monkeypatch.setattr(chain, "COMPOSED", chain.CompositionCache())
    cached = validate(towns, config=None)
    assert folds == [("national", str(county.resolve()))]
    chain.COMPOSED.clear()
    folds.clear()
    uncached = []
    for town in towns:  # each composing its whole chain
        chain.COMPOSED.clear()
        uncached += validate([town], config=None)
    assert [_key([report]) for report in cached] == [_key([report]) for report in uncached] and len(folds) == 3
    county.write_text(NATIONAL_ROWS.format(index=2), encoding="utf-8")  # another county: folded again
    validate(towns[:1], config=None)
    assert len(folds) == 4


def test_the_default_jobs_are_the_cores_this_process_may_use() -> None:
    assert 1 <= default_jobs() <= 4096


def test_the_progress_bar_of_a_batch_counts_files_and_matters(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    from grassroots_catalog.cli import progress

    reports = [FileReport(str(index), True, matters=10) for index in range(3)]
    layout = "{n_fmt}/{total_fmt} files {matters_rate} matters/s {remaining} left"
    quiet = BatchProgress(Progress(enabled=False), 3, layout)
    assert list(quiet.counted(iter(reports))) == reports
    monkeypatch.setattr(progress, "DELAY_SECONDS", 0.0)
    terminal = Terminal()
    shown = BatchProgress(Progress(enabled=True, stream=terminal), 3, layout)
    seen = []
    for report in shown.counted(iter(reports)):
        with shown.paused():  # the command prints here: the bar is erased, then drawn again
            seen.append((report, terminal.getvalue()))
    assert [report for report, _ in seen] == reports
    drawn = terminal.getvalue()
    assert "0/3 files" in drawn and "3/3 files" in drawn and " matters/s " in drawn
    assert drawn.endswith("\r") and not drawn.split("\r")[-2].strip()  # erased at the end (leave=False)
    slow = BatchProgress(Progress(enabled=True, stream=(silent := Terminal())), 3, layout)
    monkeypatch.setattr(progress, "DELAY_SECONDS", 60.0)
    for _ in slow.counted(iter(reports)):
        with slow.paused():  # the command prints between files, as text output does
            pass
    assert "files" not in silent.getvalue()  # a quick run: no bar, not even around what it prints


def test_the_command_gives_the_same_output_with_any_jobs_and_streams_jsonl(generated: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    one = runner.invoke(cli, ["validate", "--lang", "en", "--jobs", "1", str(generated)])
    two = runner.invoke(cli, ["validate", "--lang", "en", "--jobs", "2", str(generated)])
    assert one.exit_code == two.exit_code == 2 and one.output == two.output and " | " in one.output
    lines = runner.invoke(cli, ["validate", "--format", "jsonl", "--jobs", "1", str(generated)]).output.splitlines()
    records = [json.loads(line) for line in lines]
    expected = sum(len(report.findings) + len(report.suppressed) for report in validate([generated]))
    assert len(records) == expected and all({"code", "line", "checked", "suppressed"} <= set(r) for r in records)
    written = tmp_path / "out.json"
    result = runner.invoke(cli, ["validate", "--format", "json", "--jobs", "1", "-o", str(written), str(generated)])
    assert result.exit_code == 2 and json.loads(written.read_text(encoding="utf-8"))["summary"]["error"] > 0


def test_a_fresh_process_words_the_findings_its_workers_found(generated: Path) -> None:
    """The main process of ``gcat validate --jobs 2`` renders what its workers found: it must know the
    rules' messages itself, though it checks no file (a test process has imported the rules already,
    so this runs the command in a fresh interpreter)."""
    import subprocess
    import sys

    outputs: dict[tuple[str, str], str] = {}
    for form in ("jsonl", "text", "sarif"):
        for jobs in ("1", "2"):
            command = [sys.executable, "-m", "grassroots_catalog", "validate", "--format", form, "--jobs", jobs]
            done = subprocess.run([*command, str(generated)], capture_output=True, text=True, check=False)
            assert done.returncode == 2, done.stderr
            outputs[form, jobs] = done.stdout
        assert outputs[form, "1"] == outputs[form, "2"], form
    records = [json.loads(line) for line in outputs["jsonl", "2"].splitlines()]
    assert any(record["code"].startswith("R") for record in records)
    assert all(record["name"] and not record["message"].startswith(record["code"] + " {") for record in records)
    assert "{'matter'" not in outputs["text", "2"] and "{'matter'" not in outputs["sarif", "2"]


def test_a_batch_process_collects_the_young_generation_in_larger_steps() -> None:
    import subprocess
    import sys

    code = (
        "import gc; from grassroots_catalog.check.batch import settle_collector, YOUNG_COLLECTION_THRESHOLD as T\n"
        "before = gc.get_threshold(); restore = settle_collector(); after = gc.get_threshold()\n"
        "assert after == (T, *before[1:]) and gc.get_freeze_count() > 0 and gc.isenabled(), (before, after)\n"
        "restore(); assert gc.get_threshold() == before and gc.get_freeze_count() == 0\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_command_puts_the_collector_back_for_a_process_that_goes_on() -> None:
    import gc

    before = gc.get_threshold()
    result = CliRunner().invoke(cli, ["validate", "--lang", "en", str(EXAMPLES / "county.yaml")])
    assert result.exit_code in (0, 1, 2) and "Traceback" not in result.output
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
