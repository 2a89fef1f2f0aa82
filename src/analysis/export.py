"""A shareable bundle: the CSVs, datapackage.json, the data dictionary and a README to fill in."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from . import schema
from .settings import Settings
from .tables import atomic_write_bytes, atomic_write_text

BUNDLE_README = """# Dated figures from news articles

Tables produced by the `analysis` package (version {version}) from the articles in `data/raw`.
Start with `data-dictionary.md`: it defines every column. `datapackage.json` describes the same
tables in the Frictionless Data format (validate with `frictionless validate datapackage.json`).

- `articles.csv`: one row per raw file (kept or rejected, with the reason).
- `figures.csv`: one row per figure mention, with its bounds, category, source and date.
- `claims.csv`: figure mentions grouped into claims across articles, with agreement status.

Cells that start with `=`, `+`, `-`, `@`, a tab or a carriage return are prefixed with `'` so that
spreadsheets show them as text; numbers are unchanged.

## Citation
Please cite as: <fill in: authors, year, title, URL or DOI>

## Licence
<fill in: the licence of these tables, and the terms of the source articles>

## Contact
<fill in>
"""


def write_dictionary(path: Path) -> Path:
    atomic_write_text(path, schema.data_dictionary() + "\n")
    return path


def export_bundle(settings: Settings, out: Path) -> Path:
    """Zip the processed tables for sharing; fails clearly when `analysis run` has not written them."""
    import json

    folder = settings.processed_dir
    package = folder / "datapackage.json"
    if not package.exists():
        raise FileNotFoundError(f"{package} not found: run `analysis run` first")
    version = json.loads(package.read_text(encoding="utf-8")).get("version", "unknown")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        for table in schema.TABLES:
            bundle.write(folder / f"{table}.csv", f"{table}.csv")
        bundle.write(package, "datapackage.json")
        bundle.writestr("data-dictionary.md", schema.data_dictionary() + "\n")
        bundle.writestr("README.md", BUNDLE_README.format(version=version))
    atomic_write_bytes(out, buffer.getvalue())
    return out
