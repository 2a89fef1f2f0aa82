"""Every column of every shared table, defined once.

From these definitions, and nowhere else, come: the pandera schemas that validate each table
before it is written, the frictionless ``datapackage.json`` beside the CSVs, the dtypes that
``analysis.load()`` restores, and the data dictionary (``docs/data-dictionary.md``).
"""
from __future__ import annotations

from dataclasses import dataclass

from .figures import KINDS, QUALIFIERS, SOURCE_BASES

DATE_PRECISIONS = ("day", "week", "month", "quarter", "season", "half", "year", "decade", "unknown")
DATE_BASES = ("explicit", "reporting_clause", "inherited", "publication", "unknown")
CATEGORIES = (
    "killed", "wounded", "killed_or_wounded", "killed_or_missing", "missing", "captured", "kidnapped", "arrested",
    "displaced", "evacuated", "deployed", "other",
)
CLAIM_STATUSES = ("consistent", "conflicting", "single_source")


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # string, integer, number, boolean, date, datetime
    description: str
    nullable: bool = True
    allowed: tuple[str, ...] | None = None
    unique: bool = False
    minimum: float | None = None
    caveat: str | None = None


ARTICLES = (
    Column("article_id", "string", "Stable identifier of the raw file (hash of its path in data/raw).", nullable=False, unique=True),
    Column("path", "string", "Path of the raw file, relative to data/raw.", nullable=False),
    Column("sha256", "string", "SHA-256 of the raw file's bytes; empty if it could not be read."),
    Column("format", "string", "File format the reader used.", allowed=("txt", "md", "html", "csv")),
    Column("status", "string", "ok: read into an article; rejected: see problem.", nullable=False, allowed=("ok", "rejected")),
    Column("problem", "string", "Why the file was rejected (empty when status is ok)."),
    Column("flags", "string", "Semicolon-separated warnings on a kept article, e.g. no_publication_date, decoded_as_windows_1252."),
    Column("title", "string", "Headline as found in the file or the manifest."),
    Column("outlet", "string", "Publisher (manifest, front matter, HTML meta, or the URL's host)."),
    Column("byline", "string", "Author, agency or desk header (\"AFP\", \"News Desk\")."),
    Column("published", "date", "Publication date of the article.", caveat="Never guessed: empty when the file and manifest give none."),
    Column("date_source", "string", "Where the publication date came from (`dateline`: a place and a full date opening the body, \"Khartoum, 12 February 2025 –\").", allowed=("manifest", "front_matter", "html_meta", "date_line", "dateline", "title")),
    Column("url", "string", "Original URL of the article."),
    Column("n_chars", "integer", "Characters of body text (the text figures are read from).", nullable=False, minimum=0),
    Column("n_figures", "integer", "Figures extracted from this article.", nullable=False, minimum=0),
    Column("story_id", "string", "Articles that are copies or rewrites of one another share a story_id."),
    Column("copy_of", "string", "article_id of the earliest/most complete member of the story, when this article is a copy or rewrite of it."),
    Column("furniture", "string", "Lines kept out of the body text: desk header, byline, date line, captions, related links, URL footer."),
    Column("text", "string", "Body text; every figure's char_start/char_end point into it."),
)

FIGURES = (
    Column("figure_id", "string", "Identifier of the figure mention (article_id:char_start).", nullable=False, unique=True),
    Column("article_id", "string", "Article the figure is read from.", nullable=False),
    Column("text", "string", "The figure's words as written, qualifier and unit included (\"more than 1,000\").", nullable=False),
    Column("char_start", "integer", "Offset of the first character in the article's text.", nullable=False, minimum=0),
    Column("char_end", "integer", "Offset after the last character (text[char_start:char_end] == text).", nullable=False, minimum=0),
    Column("sentence_index", "integer", "Which sentence of the article (0-based).", nullable=False, minimum=0),
    Column("sentence", "string", "The sentence the figure stands in, verbatim.", nullable=False),
    Column("value", "number", "Best single value.", caveat="For vague words the policy's value (\"dozens\" = 12); for a range its low end."),
    Column("low", "number", "Lower bound, empty when open.", caveat="more_than: the bound itself is excluded."),
    Column("high", "number", "Upper bound, empty when open.", caveat="less_than: the bound itself is excluded."),
    Column("qualifier", "string", "How the words bound the number.", nullable=False, allowed=QUALIFIERS),
    Column("kind", "string", "What sort of number it is; only count figures count people or things.", nullable=False, allowed=KINDS),
    Column("unit", "string", "Currency (ISO 4217), percent, or unit of measure/duration (pint's names); for a count, "
           "'per day', 'per week'… when it is a rate ('12 aid trucks a day'), else empty."),
    Column("what", "string", "The counted noun phrase (\"North Korean soldiers\", \"casualties\")."),
    Column("category", "string", "What happened to those counted (count figures only; empty for a share such as 'half of the victims', value below 1). GDELT GKG count type: killed=KILL, wounded=WOUND, arrested=ARREST, kidnapped=KIDNAP, displaced=DISPLACED, evacuated=EVACUATE, captured~SEIZE.",
           allowed=CATEGORIES, caveat="killed_or_wounded (casualties) and killed_or_missing (\"dead or missing\") are never merged into killed."),
    Column("source", "string", "Who the figure is attributed to, as written (\"South Korea's Joint Chiefs of Staff\")."),
    Column("source_key", "string", "The source normalised through the alias file (lexicon/sources.yml), for comparing outlets."),
    Column("source_basis", "string", "explicit: named in the sentence; inherited: a pronoun (\"it said\") pointing to the previous sentence's source; none.", nullable=False, allowed=SOURCE_BASES),
    Column("hedged", "boolean", "The figure's clause, or a reporting clause closing its sentence, hedges it (reportedly, may, estimates suggest, unconfirmed).", nullable=False),
    Column("date_start", "date", "First day of the period the figure refers to.", caveat="The date the figure refers to, not the publication date."),
    Column("date_end", "date", "Last day of the period the figure refers to."),
    Column("date_precision", "string", "Precision of the figure's date.", allowed=DATE_PRECISIONS),
    Column("date_text", "string", "The words the figure's date was read from (\"on Monday\", \"last week\")."),
    Column("date_value", "string", "TIMEX3 value of the figure's date (2024-12-23, 2024-W51, XXXX-WXX-1 when unresolved); a span of dates (\"between January and March\", \"the past 24 hours\") is an ISO 8601 interval (2025-01/2025-03)."),
    Column("date_basis", "string", "explicit (in the sentence), reporting_clause, inherited (earlier sentence), publication (falls back to the publication date), unknown.", nullable=False, allowed=DATE_BASES),
    Column("period_start", "date", "First day of the period a running total covers (\"killed since December\", \"which broke out in April 2023, has killed\"); empty for a figure of one day, week or report.",
           caveat="A figure reported last week about deaths since December has date_value 2024-W51 and period_start 2024-12-01."),
    Column("published", "date", "Publication date of the article (repeated here for convenience)."),
    Column("outlet", "string", "Outlet of the article (repeated here for convenience)."),
)

CLAIMS = (
    Column("claim_id", "string", "Identifier of the claim.", nullable=False),
    Column("figure_id", "string", "A figure mention that makes this claim (one row per member).", nullable=False, unique=True),
    Column("article_id", "string", "Article of the member figure.", nullable=False),
    Column("story_id", "string", "Story of the member's article: members in one story are not independent.", nullable=False),
    Column("category", "string", "Category shared by the claim's members.", allowed=CATEGORIES),
    Column("subject", "string", "Normalised counted entity of the claim."),
    Column("source_key", "string", "Normalised source shared by the members."),
    Column("reference_date", "date", "Date the claim refers to (first day)."),
    Column("n_members", "integer", "Figure mentions in the claim.", nullable=False, minimum=1),
    Column("n_stories", "integer", "Independent stories that carry the claim (copies and rewrites count once).", nullable=False, minimum=1),
    Column("claim_low", "number", "Lower end of what the members jointly allow (intersection of bounds; union when they conflict)."),
    Column("claim_high", "number", "Upper end of what the members jointly allow."),
    Column("status", "string", "consistent: members' bounds overlap; conflicting: they do not; single_source: one story only.", nullable=False, allowed=CLAIM_STATUSES),
    Column("supersedes", "string", "claim_id of an earlier claim on the same subject and category that this one updates."),
    Column("decreasing", "boolean", "This claim's total is below the one it supersedes (a toll that went down).", nullable=False),
)

TABLES: dict[str, tuple[Column, ...]] = {"articles": ARTICLES, "figures": FIGURES, "claims": CLAIMS}
SORT_KEYS = {"articles": ["article_id"], "figures": ["article_id", "char_start", "char_end"], "claims": ["claim_id", "figure_id"]}
TABLE_DESCRIPTIONS = {
    "articles": "One row per raw file: the article read from it, or the reason it was rejected.",
    "figures": "One row per figure mention: every number that counts something (and money, percents, measures, ages, durations), with bounds, category, source and the date it refers to.",
    "claims": "Figure mentions across articles grouped into claims (same category, subject, source and date), with their agreement status.",
}


def columns(table: str) -> list[str]:
    return [c.name for c in TABLES[table]]


def pandera_schema(table: str):
    """The pandera schema that validates ``table`` before it is written."""
    import pandera.pandas as pa

    checks_for = {
        "string": None,
        "integer": "Int64",
        "number": "Float64",
        "boolean": "boolean",
        "date": None,
        "datetime": None,
    }
    cols = {}
    for col in TABLES[table]:
        checks = []
        if col.allowed:
            checks.append(pa.Check.isin(list(col.allowed)))
        if col.minimum is not None:
            checks.append(pa.Check.ge(col.minimum))
        if col.type == "date":
            checks.append(pa.Check.str_matches(r"^\d{4}-\d{2}-\d{2}$"))
        dtype = checks_for[col.type]
        cols[col.name] = pa.Column(dtype, checks=checks or None, nullable=col.nullable, unique=col.unique, coerce=dtype is not None)
    frame_checks = []
    if table == "figures":
        frame_checks.append(
            pa.Check(lambda df: (df["low"].isna() | df["value"].isna() | (df["low"] <= df["value"])), name="low <= value", element_wise=False)
        )
        frame_checks.append(
            pa.Check(lambda df: (df["high"].isna() | df["value"].isna() | (df["value"] <= df["high"])), name="value <= high", element_wise=False)
        )
        frame_checks.append(pa.Check(lambda df: df["char_start"] < df["char_end"], name="char_start < char_end", element_wise=False))
    return pa.DataFrameSchema(cols, checks=frame_checks or None, strict=True, ordered=True, name=table)


_FRICTIONLESS_TYPES = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean", "date": "date", "datetime": "datetime"}


def table_schema(table: str) -> dict:
    """The frictionless Table Schema of ``table``."""
    fields = []
    for col in TABLES[table]:
        field = {"name": col.name, "type": _FRICTIONLESS_TYPES[col.type], "description": col.description + (f" Caveat: {col.caveat}" if col.caveat else "")}
        constraints = {}
        if not col.nullable:
            constraints["required"] = True
        if col.unique:
            constraints["unique"] = True
        if col.allowed:
            constraints["enum"] = list(col.allowed)
        if col.minimum is not None:
            constraints["minimum"] = int(col.minimum) if col.type == "integer" else col.minimum
        if col.type == "boolean":
            field["trueValues"], field["falseValues"] = ["true"], ["false"]
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    schema = {"fields": fields, "missingValues": [""]}
    key = [c.name for c in TABLES[table] if c.unique]
    if key:
        schema["primaryKey"] = key[0]
    return schema


def data_dictionary() -> str:
    """The data dictionary as Markdown (docs/data-dictionary.md is this text; a test keeps it current)."""
    lines = [
        "# Data dictionary",
        "",
        "Generated from `src/analysis/schema.py` by `analysis export --dictionary`; do not edit by hand.",
        "Tables live in `data/processed/` as UTF-8 CSV (shareable; cells that a spreadsheet would run as a",
        "formula are prefixed with `'`) and Parquet (exact text). Dates are ISO `YYYY-MM-DD`; empty means missing.",
        "",
    ]
    for table, cols in TABLES.items():
        lines += [f"## {table}", "", TABLE_DESCRIPTIONS[table], "", "| column | type | required | description |", "| --- | --- | --- | --- |"]
        for col in cols:
            desc = col.description
            if col.allowed:
                desc += " Values: " + ", ".join(f"`{a}`" for a in col.allowed) + "."
            if col.caveat:
                desc += f" **Caveat:** {col.caveat}"
            desc = desc.replace("|", "\\|")
            lines.append(f"| `{col.name}` | {col.type} | {'yes' if not col.nullable else 'no'} | {desc} |")
        lines.append("")
    return "\n".join(lines)
