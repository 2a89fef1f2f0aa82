"""Write and read the shared tables: validated, sorted, atomic, CSV-safe, deterministic."""
from __future__ import annotations

import io
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping

import pandas as pd

from . import schema

# Cells a spreadsheet would run as a formula (OWASP "CSV injection"): prefix them with a quote.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class TableValidationError(ValueError):
    """A table broke its schema; the message names the table, the columns and the rows."""


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half of it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def frame(table: str, records: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Records -> a DataFrame with exactly the table's columns, in order, with nullable dtypes."""
    cols = schema.TABLES[table]
    df = pd.DataFrame.from_records(list(records), columns=[c.name for c in cols])
    for col in cols:
        series = df[col.name]
        if col.type == "integer":
            df[col.name] = pd.array(series, dtype="Int64")
        elif col.type == "number":
            df[col.name] = pd.array(pd.to_numeric(series, errors="coerce"), dtype="Float64")
        elif col.type == "boolean":
            df[col.name] = pd.array(series, dtype="boolean")
        else:
            df[col.name] = series.astype("object").where(series.notna(), None)
    return sort(table, df)


def sort(table: str, df: pd.DataFrame) -> pd.DataFrame:
    return df.sort_values(schema.SORT_KEYS[table], kind="mergesort", na_position="last").reset_index(drop=True)


def validate(table: str, df: pd.DataFrame) -> pd.DataFrame:
    import pandera.errors

    try:
        return schema.pandera_schema(table).validate(df, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        cases = exc.failure_cases
        lines = [f"table {table!r} does not match its schema ({len(cases)} problem(s)):"]
        for _, case in cases.head(20).iterrows():
            lines.append(f"  column {case.get('column')!r}, row {case.get('index')}: {case.get('check')} (got {case.get('failure_case')!r})")
        raise TableValidationError("\n".join(lines)) from None


def _csv_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def to_csv_bytes(table: str, df: pd.DataFrame) -> bytes:
    """UTF-8 CSV: stable column order, ISO dates, '.' decimals, empty for missing, formulas neutralised."""
    out = pd.DataFrame(index=df.index)
    for col in schema.TABLES[table]:
        series = df[col.name]
        if col.type == "number":
            out[col.name] = [("" if pd.isna(v) else format(float(v), ".15g")) for v in series]
        elif col.type == "integer":
            out[col.name] = [("" if pd.isna(v) else str(int(v))) for v in series]
        elif col.type == "boolean":
            out[col.name] = [("" if pd.isna(v) else ("true" if v else "false")) for v in series]
        else:
            out[col.name] = [("" if v is None or (isinstance(v, float) and pd.isna(v)) else _csv_cell(str(v))) for v in series]
    buffer = io.StringIO()
    out.to_csv(buffer, index=False, lineterminator="\n")
    return buffer.getvalue().encode("utf-8")


def to_parquet_bytes(df: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    df.to_parquet(buffer, index=False, engine="pyarrow", compression="zstd")
    return buffer.getvalue()


def datapackage(tables: Iterable[str], package_info: Mapping[str, Any]) -> dict:
    resources = []
    for table in tables:
        resources.append({
            "name": table,
            "path": f"{table}.csv",
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "description": schema.TABLE_DESCRIPTIONS[table],
            "schema": schema.table_schema(table),
        })
    return {
        "profile": "tabular-data-package",
        "name": "news-dated-figures",
        "title": "Dated figures reported in news articles",
        "description": "Tables produced by the analysis package; see docs/data-dictionary.md.",
        **dict(package_info),
        "resources": resources,
    }


def write_tables(frames: Mapping[str, pd.DataFrame], out_dir: Path, package_info: Mapping[str, Any]) -> list[Path]:
    """Validate every table first, then replace each file atomically. Nothing is written if one is invalid."""
    out_dir = Path(out_dir)
    validated = {table: validate(table, sort(table, df)) for table, df in frames.items()}
    payloads: dict[str, bytes] = {}
    for table, df in validated.items():
        payloads[f"{table}.csv"] = to_csv_bytes(table, df)
        payloads[f"{table}.parquet"] = to_parquet_bytes(df)
    payloads["datapackage.json"] = (json.dumps(datapackage(validated, package_info), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    written = []
    for name, data in payloads.items():
        atomic_write_bytes(out_dir / name, data)
        written.append(out_dir / name)
    return written


@dataclass
class Tables:
    articles: pd.DataFrame
    figures: pd.DataFrame
    claims: pd.DataFrame

    def __iter__(self):
        return iter((self.articles, self.figures, self.claims))


def _restore_dtypes(table: str, df: pd.DataFrame) -> pd.DataFrame:
    for col in schema.TABLES[table]:
        if col.name not in df:
            continue
        if col.type == "date":
            df[col.name] = pd.to_datetime(df[col.name], errors="coerce", format="%Y-%m-%d")
        elif col.type == "integer":
            df[col.name] = df[col.name].astype("Int64")
        elif col.type == "number":
            df[col.name] = df[col.name].astype("Float64")
        elif col.type == "boolean":
            df[col.name] = df[col.name].astype("boolean")
        elif col.allowed:
            df[col.name] = pd.Categorical(df[col.name], categories=list(col.allowed))
    return df


def load(processed_dir: str | os.PathLike | None = None) -> Tables:
    """The processed tables with their dtypes: dates as datetimes, nullable integers, categoricals."""
    folder = Path(processed_dir) if processed_dir else Path.cwd() / "data" / "processed"
    frames = {}
    for table in schema.TABLES:
        parquet = folder / f"{table}.parquet"
        if parquet.exists():
            df = pd.read_parquet(parquet)
        else:
            df = frame(table, [])
        frames[table] = _restore_dtypes(table, df)
    return Tables(**frames)
