"""Write and read the shared tables: validated, sorted, atomic, CSV-safe, deterministic."""
from __future__ import annotations

import io
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

import numpy as np
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


def is_missing(value: Any) -> bool:
    """None, pandas NA or NaN: an empty cell."""
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def _number(value: Any) -> float | None:
    if is_missing(value):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def frame(table: str, records: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Records -> a DataFrame with exactly the table's columns, in order, with nullable dtypes.

    Built column by column from plain lists: a run makes one per bucket, so its fixed cost matters."""
    records = list(records)
    data: dict[str, Any] = {}
    for col in schema.TABLES[table]:
        values = [r.get(col.name) for r in records]
        if col.type == "integer":
            data[col.name] = pd.array([None if is_missing(v) else int(v) for v in values], dtype="Int64")
        elif col.type == "number":
            data[col.name] = pd.array([_number(v) for v in values], dtype="Float64")
        elif col.type == "boolean":
            data[col.name] = pd.array([None if is_missing(v) else bool(v) for v in values], dtype="boolean")
        else:
            column = np.empty(len(values), dtype=object)
            column[:] = [None if is_missing(v) else v for v in values]
            data[col.name] = pd.Series(column, dtype=object, copy=False)
    return sort(table, pd.DataFrame(data))


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


def to_csv_bytes(table: str, df: pd.DataFrame, header: bool = True) -> bytes:
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
    out.to_csv(buffer, index=False, header=header, lineterminator="\n")
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


def arrow_schema(table: str):
    """The Parquet column types of a table, from its column definitions (dates stay ISO strings)."""
    import pyarrow as pa

    types = {"integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_()}
    return pa.schema([(col.name, types.get(col.type, pa.string())) for col in schema.TABLES[table]])


# Rows validated and written at a time when a table is assembled from many small partitions.
CHUNK_ROWS = 20_000


def frames_of(table: str, records: Iterable[Mapping[str, Any]]) -> Iterator[pd.DataFrame]:
    """Records already in table order as frames of CHUNK_ROWS rows, for write_table_chunks."""
    chunk: list[Mapping[str, Any]] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= CHUNK_ROWS:
            yield frame(table, chunk)
            chunk = []
    if chunk:
        yield frame(table, chunk)


def _rechunked(frames: Iterable[pd.DataFrame], rows: int) -> Iterator[pd.DataFrame]:
    pending: list[pd.DataFrame] = []
    filled = 0
    for df in frames:
        pending.append(df)
        filled += len(df)
        if filled >= rows:
            yield pd.concat(pending, ignore_index=True) if len(pending) > 1 else pending[0].reset_index(drop=True)
            pending, filled = [], 0
    if pending:
        yield pd.concat(pending, ignore_index=True) if len(pending) > 1 else pending[0].reset_index(drop=True)


def _new_temp(path: Path) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    return Path(tmp)


def _write_one_table(table: str, chunks: Iterable[pd.DataFrame], csv_tmp: Path, parquet_tmp: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    target = arrow_schema(table)
    writer = None
    header = True
    with open(csv_tmp, "wb") as csv_file:
        for df in _rechunked(chunks, CHUNK_ROWS):
            if not len(df) and not header:
                continue
            df = validate(table, df[[c.name for c in schema.TABLES[table]]])
            csv_file.write(to_csv_bytes(table, df, header=header))
            header = False
            arrow = pa.Table.from_pandas(df, schema=target, preserve_index=False)
            if writer is None:
                writer = pq.ParquetWriter(parquet_tmp, arrow.schema, compression="zstd")
            writer.write_table(arrow)
        if header:  # no chunk at all: an empty table with its header
            empty = frame(table, [])
            csv_file.write(to_csv_bytes(table, empty))
            writer = pq.ParquetWriter(parquet_tmp, pa.Table.from_pandas(empty, schema=target, preserve_index=False).schema,
                                      compression="zstd")
        csv_file.flush()
        os.fsync(csv_file.fileno())
    writer.close()


def write_table_chunks(chunks: Mapping[str, Iterable[pd.DataFrame]], out_dir: Path, package_info: Mapping[str, Any]) -> list[Path]:
    """Each table from its chunks (already in table order: see SORT_KEYS), validated chunk by chunk into
    temporary files; only when every table is complete are the files replaced, each atomically.
    Nothing is replaced if one table is invalid, and no table is ever held in memory whole."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    temps: dict[Path, Path] = {}
    try:
        for table, parts in chunks.items():
            csv_tmp, parquet_tmp = _new_temp(out_dir / f"{table}.csv"), _new_temp(out_dir / f"{table}.parquet")
            temps[out_dir / f"{table}.csv"], temps[out_dir / f"{table}.parquet"] = csv_tmp, parquet_tmp
            _write_one_table(table, parts, csv_tmp, parquet_tmp)
        package = _new_temp(out_dir / "datapackage.json")
        temps[out_dir / "datapackage.json"] = package
        package.write_text(json.dumps(datapackage(chunks, package_info), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        for final, tmp in temps.items():
            os.replace(tmp, final)
    except BaseException:
        for tmp in temps.values():
            tmp.unlink(missing_ok=True)
        raise
    return list(temps)


def write_tables(frames: Mapping[str, pd.DataFrame], out_dir: Path, package_info: Mapping[str, Any]) -> list[Path]:
    """Validate every table first, then replace each file atomically. Nothing is written if one is invalid."""
    return write_table_chunks({table: iter([sort(table, df)]) for table, df in frames.items()}, out_dir, package_info)


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
