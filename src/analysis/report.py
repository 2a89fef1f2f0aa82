"""Reports: papermill runs with checked parameters, run records, offline HTML and PDF (WeasyPrint).

A report is a notebook plus parameters, defined in ``reports/reports.yml``. A run:
1. checks the parameters against the notebook's ``parameters`` cell (names and types) before any
   kernel starts -> ``ParameterError`` (exit code 2);
2. executes the notebook with papermill (kernel, timeout) into ``reports/runs/<name>/<stamp>.ipynb``,
   kept even when a cell fails -> ``ExecutionError`` naming the notebook, cell and error (exit code 3);
3. exports HTML without input cells and without any network URL, then a PDF with WeasyPrint
   -> ``ExportError`` (exit code 4). ``reports/<name>.html`` and ``.pdf`` are replaced only when
   all three steps succeed.
"""
from __future__ import annotations

import ast
import json
import re
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .settings import Settings
from .tables import atomic_write_bytes

EXIT_OK, EXIT_PARAMETERS, EXIT_EXECUTION, EXIT_EXPORT, EXIT_LOCKED, EXIT_INPUT = 0, 2, 3, 4, 5, 6
REPORTS_FILE = Path("reports") / "reports.yml"


class ReportError(Exception):
    exit_code = 1


class ParameterError(ReportError):
    exit_code = EXIT_PARAMETERS


class ExecutionError(ReportError):
    exit_code = EXIT_EXECUTION


class ExportError(ReportError):
    exit_code = EXIT_EXPORT


@dataclass(frozen=True)
class ReportSpec:
    name: str
    notebook: str
    description: str = ""
    parameters: dict[str, Any] = field(default_factory=dict)


def load_specs(root: Path) -> dict[str, ReportSpec]:
    path = Path(root) / REPORTS_FILE
    if not path.exists():
        raise ParameterError(f"no report definitions: {path} does not exist")
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    specs = {}
    for name, entry in (data.get("reports") or {}).items():
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", str(name)):
            raise ParameterError(f"report name {name!r} in {path} may only use letters, digits, '-', '_' and '.'")
        if not isinstance(entry, dict) or "notebook" not in entry:
            raise ParameterError(f"report {name!r} in {path} needs a 'notebook'")
        specs[str(name)] = ReportSpec(str(name), entry["notebook"], entry.get("description", ""), dict(entry.get("parameters") or {}))
    return specs


def notebook_parameters(notebook_path: Path) -> dict[str, Any]:
    """Names and default values of the notebook's ``parameters`` cell (literals only)."""
    nb = json.loads(Path(notebook_path).read_text(encoding="utf-8"))
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "code" and "parameters" in cell.get("metadata", {}).get("tags", []):
            source = "".join(cell.get("source", []))
            defaults = {}
            for node in ast.parse(source).body:
                if not isinstance(node, (ast.Assign, ast.AnnAssign)):
                    raise ParameterError(f"{notebook_path}: the parameters cell may only assign literals (line {node.lineno})")
                target = node.targets[0] if isinstance(node, ast.Assign) else node.target
                if not isinstance(target, ast.Name):
                    raise ParameterError(f"{notebook_path}: parameters must be plain names (line {node.lineno})")
                try:
                    defaults[target.id] = ast.literal_eval(node.value)
                except ValueError:
                    raise ParameterError(f"{notebook_path}: parameter {target.id!r} is not a literal") from None
            return defaults
    raise ParameterError(f"{notebook_path} has no cell tagged 'parameters'")


def _type_name(value: Any) -> str:
    return "None" if value is None else type(value).__name__


def check_parameters(notebook_path: Path, given: dict[str, Any]) -> dict[str, Any]:
    """The given parameters, after checking every name exists in the notebook and has the default's type."""
    defaults = notebook_parameters(notebook_path)
    unknown = sorted(set(given) - set(defaults))
    if unknown:
        raise ParameterError(
            f"{Path(notebook_path).name}: unknown parameter(s) {', '.join(unknown)}; "
            f"the notebook accepts: {', '.join(sorted(defaults))}"
        )
    checked = {}
    for name, value in given.items():
        default = defaults[name]
        if default is None or value is None:
            checked[name] = value
            continue
        if isinstance(default, bool) != isinstance(value, bool):
            raise ParameterError(f"parameter {name!r} must be {_type_name(default)}, got {_type_name(value)} {value!r}")
        if isinstance(default, float) and isinstance(value, int):
            value = float(value)
        if not isinstance(value, type(default)):
            raise ParameterError(f"parameter {name!r} must be {_type_name(default)}, got {_type_name(value)} {value!r}")
        checked[name] = value
    return checked


def parse_cli_value(text: str) -> Any:
    """A -p value from the command line: a Python/YAML literal when it reads as one, else the string."""
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        pass
    try:
        value = yaml.safe_load(text)
    except yaml.YAMLError:
        return text
    return value if isinstance(value, (int, float, bool, list, dict)) or value is None else text


@dataclass
class ReportResult:
    name: str
    html: Path
    pdf: Path
    record: Path
    seconds: float


def html_exporter():
    from nbconvert import HTMLExporter

    template_dir = str(resources.files("analysis").joinpath("templates"))
    exporter = HTMLExporter(template_name="offline", extra_template_basedirs=[template_dir])
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    return exporter


def _failed_cell(nb) -> tuple[int | None, str]:
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                return index, f"{output.get('ename')}: {output.get('evalue')}"
    return None, "unknown error"


def _prefer_project_kernel() -> None:
    """Find kernels of this environment first, so "python3" is the project's Python, not another one."""
    import os
    import sys

    share = str(Path(sys.prefix) / "share" / "jupyter")
    paths = [p for p in os.environ.get("JUPYTER_PATH", "").split(os.pathsep) if p]
    if share not in paths:
        os.environ["JUPYTER_PATH"] = os.pathsep.join([share, *paths])


def run_report(spec: ReportSpec, settings: Settings, overrides: dict[str, Any] | None = None, log=print) -> ReportResult:
    import nbformat
    import papermill as pm

    _prefer_project_kernel()

    started = time.perf_counter()
    notebook = (settings.root / spec.notebook).resolve()
    if not notebook.exists():
        raise ParameterError(f"report {spec.name!r}: notebook {spec.notebook} does not exist")
    defaults = notebook_parameters(notebook)
    given = dict(spec.parameters)
    # Paths of this run, when the notebook asks for them.
    for key, value in (("processed_dir", settings.processed_dir), ("figures_dir", settings.reports_dir / "figures")):
        if key in defaults:
            given.setdefault(key, str(value))
    given.update(overrides or {})
    params = check_parameters(notebook, given)

    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    runs = settings.reports_dir / "runs" / spec.name
    runs.mkdir(parents=True, exist_ok=True)
    record = runs / f"{stamp}.ipynb"
    log(f"report {spec.name}: running {spec.notebook} -> {record.relative_to(settings.reports_dir.parent) if settings.reports_dir.parent in record.parents else record}")
    try:
        pm.execute_notebook(
            str(notebook), str(record), parameters=params, kernel_name=settings.kernel,
            execution_timeout=settings.execution_timeout, cwd=str(settings.root), progress_bar=False,
            log_output=False, report_mode=False,
        )
    except pm.PapermillExecutionError as exc:
        raise ExecutionError(
            f"report {spec.name}: {spec.notebook} failed in cell {exc.exec_count} (cell index {exc.cell_index}): "
            f"{exc.ename}: {exc.evalue}. Partial run record: {record}"
        ) from None
    except Exception as exc:  # noqa: BLE001 - kernel missing, timeout, dead kernel: all are failed executions
        index, message = (None, str(exc))
        if record.exists():
            try:
                index, message = _failed_cell(nbformat.read(str(record), as_version=4))
            except Exception:  # noqa: BLE001
                pass
        where = f" in cell index {index}" if index is not None else ""
        raise ExecutionError(f"report {spec.name}: {spec.notebook} failed{where}: {type(exc).__name__}: {message}. Run record: {record}") from None

    try:
        nb = nbformat.read(str(record), as_version=4)
        nb.metadata["title"] = str(params.get("title") or spec.name)
        html, _ = html_exporter().from_notebook_node(nb)
        import logging

        from weasyprint import HTML

        # the notebook CSS uses properties WeasyPrint ignores; its per-property warnings are noise
        logging.getLogger("weasyprint").setLevel(logging.ERROR)
        pdf = HTML(string=html, base_url=str(record.parent)).write_pdf()
    except Exception as exc:  # noqa: BLE001
        raise ExportError(f"report {spec.name}: export failed: {type(exc).__name__}: {exc}. Run record: {record}") from None
    html_path = settings.reports_dir / f"{spec.name}.html"
    pdf_path = settings.reports_dir / f"{spec.name}.pdf"
    atomic_write_bytes(html_path, html.encode("utf-8"))
    atomic_write_bytes(pdf_path, pdf)
    seconds = time.perf_counter() - started
    log(f"report {spec.name}: wrote {html_path.name} and {pdf_path.name} in {seconds:.1f} s")
    return ReportResult(spec.name, html_path, pdf_path, record, seconds)
