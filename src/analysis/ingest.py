"""Raw files -> Article records. Every file ends as an article (status ok) or a rejected row with its reason.

Readers: plain text, markdown, YAML front matter, HTML, and an optional ``manifest.csv``
(file, title, outlet, published, url) whose values override what is parsed from the file.
Lines that are not body text (desk header, byline, date line, photo caption, "Related article:",
"Original url:") are moved to ``furniture``: kept, but out of the text that figures are read from.
"""
from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import stat
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Iterator

import yaml

from .settings import RAW_SUFFIXES, Settings
from .text import LIST_OR_TABLE_LINE

MANIFEST = "manifest.csv"
# libyaml's loader when PyYAML was built with it: same safe constructor, ten times faster on front matter
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MANIFEST_COLUMNS = ("file", "title", "outlet", "published", "url")


@dataclass(frozen=True)
class Article:
    article_id: str
    path: str  # relative to the raw folder, POSIX separators
    sha256: str | None
    format: str | None
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) of publication, never guessed
    date_source: str | None = None  # manifest / front_matter / html_meta / date_line / dateline / title
    url: str | None = None
    text: str = ""
    furniture: str = ""  # lines kept out of the body: captions, related links, headers
    n_chars: int = 0
    status: str = "ok"  # ok / rejected
    problem: str | None = None  # why a file was rejected
    flags: str = ""  # ";"-separated warnings on a kept article (e.g. no_publication_date)


def article_id_for(relative_path: str) -> str:
    """Stable across runs: derived from the file's place in the raw folder, not from its content."""
    return "a" + hashlib.sha256(relative_path.encode("utf-8", "surrogateescape")).hexdigest()[:12]


# --- reading bytes ------------------------------------------------------------------------------

_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or a Word/Excel file)",
    b"\x7fELF": "a program (ELF binary)",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}


class RejectedFile(Exception):
    """A raw file that cannot become an article; the message is the reason shown to the user."""


def decode(data: bytes) -> tuple[str, list[str]]:
    """Text of ``data`` and flags about how it was decoded; raises RejectedFile for binary data."""
    flags: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), ["utf8_bom"]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ["utf16"]
        except UnicodeDecodeError as exc:
            raise RejectedFile(f"starts with a UTF-16 byte-order mark but is not valid UTF-16 ({exc.reason})") from exc
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise RejectedFile(f"binary file: looks like {what}, not text")
    if b"\x00" in data[:8192]:
        raise RejectedFile("binary file: contains NUL bytes, not text")
    try:
        return data.decode("utf-8"), flags
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        flags.append("decoded_as_windows_1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        flags.append("decoded_as_latin_1")
    return text, flags


def _read_bytes(path: Path, settings: Settings) -> bytes:
    try:
        info = path.lstat()
    except OSError as exc:
        raise RejectedFile(f"cannot stat file: {exc.strerror or exc}") from exc
    if stat.S_ISLNK(info.st_mode):
        try:
            info = path.stat()
        except OSError as exc:  # dangling link or a loop
            raise RejectedFile(f"symbolic link that cannot be followed: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(info.st_mode):
        raise RejectedFile("not a regular file")
    if info.st_size == 0:
        raise RejectedFile("empty file")
    if info.st_size > settings.max_file_bytes:
        raise RejectedFile(
            f"file is {info.st_size:,} bytes, over the limit of {settings.max_file_bytes:,} (setting max_file_bytes)"
        )
    try:
        with open(path, "rb") as handle:
            return handle.read(settings.max_file_bytes + 1)
    except OSError as exc:
        raise RejectedFile(f"cannot read file: {exc.strerror or exc}") from exc


# --- parsing text -------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_BYLINE = re.compile(r"^\s*(?:by|BY|By)\s+(.{2,120})$")
_DESK = re.compile(
    r"^\s*(?:[A-Z][\w&.'’-]*\s+){0,3}(?:Desk|Staff|Reporter|Bureau|Correspondent|Newsroom|Team|Editor|Wire)s?\s*$"
)
_RELATED = re.compile(
    r"^\s*(?:\*\*|__)?\s*(?:related(?: article| story| stories| reading)?|read more|see also|also read|"
    r"more on this|recommended|advertisement|subscribe)\b",
    re.IGNORECASE,
)
# a labelled header line of a text export ("Title: …", "Author: …", "Outlet: …"), above the body
_LABELLED_HEADER = re.compile(r"^\s*(title|headline|author|authors|byline|outlet|publisher|publication)\s*:\s*(\S.{0,300})$",
                              re.IGNORECASE)
_ORIGINAL_URL = re.compile(r"^\s*(?:original\s+url|source\s+url|url|source|link)\s*:\s*<?(\S*?)>?\s*$", re.IGNORECASE)
_URL_LINE = re.compile(r"^\s*<?(https?://\S+?)>?\s*$")
_CAPTION = re.compile(
    r"^\s*(?:!\[.*?\]\(.*?\)|(?:photo|image|picture|caption|file photo|pictured)\s*[:(].*|.*\*\*[A-Z0-9 /.,'’&-]{3,}\*\*\s*$|"
    r".*\((?:photo|image)[^)]*\)\s*$|.*\b(?:AFP|AP|Reuters|Getty Images|EPA|Anadolu)\s*/\s*[A-Z][\w ]*$|"
    # a credit that closes the line ("… outside the palace on Friday. Photo: AFP", in italics or not)
    r".*[.!?]\s+(?:photo|photograph|image|picture)(?:\s+credit)?\s*:\s*[\w][\w ./&’'-]{1,40}[*_]?\s*$)",
    re.IGNORECASE,
)
# a line wholly in bold, and a photo credit that a bold caption may end with ("… **AGENCY PHOTO / WIRE**")
_BOLD_LINE = re.compile(r"\s*(\*\*|__)(?!\s)[^*_\n]{3,200}(?<!\s)\1\s*")
_CAPTION_CREDIT = re.compile(r"\b(?:photo|image|picture|AFP|AP|Reuters|Getty|EPA|file)\b", re.IGNORECASE)
# An italic line right under an image: its caption ("![…](…)" then "*Soldiers celebrate … *")
_ITALIC_LINE = re.compile(r"^\s*([*_])(?!\1)[^*_].*[^*_]\1\s*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|(?<!\w)\*(?!\s)|(?<!\w)_(?!\s)|(?<=\S)\*(?!\w)|(?<=\S)_(?!\w))")
_DATE_PREFIX = re.compile(r"^\s*(?:first\s+|last\s+)?(?:published|posted|updated|modified|date|dated)\s*(?:[:\-]\s*|on\s+|\s)", re.IGNORECASE)
# a time after the date ("07.00 GMT", "at 4:05 p.m. EDT"): part of a date line, not of its date
_CLOCK_AFTER_DATE = r"(?:[\s,|-]+|\s+at\s+)\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}|\([A-Z]{2,5}\)|UTC[+-]\d{1,2})?"
_DATE_LINE = re.compile(
    r"^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:\d{4}-\d{2}-\d{2}(?:[T ][\d:.+Z-]+)?|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{4})"
    r"(?:" + _CLOCK_AFTER_DATE + r")?\s*$",
    re.IGNORECASE,
)
# a place of a dateline: a name of up to four words, and the country or region after a comma ("PRAYAGRAJ, India")
_DATELINE_PLACE = r"[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+){0,3}(?:,\s*[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+){0,2})?"
# a place before a header's date ("NAIROBI, June 26, 2025" on a line of its own)
_PLACE_BEFORE_DATE = re.compile(r"^\s*" + _DATELINE_PLACE + r",\s+(?=\d|[A-Z][a-z]{2,8}\.?\s+\d)")
# a place, then a full date with its year, then a dash, opening the body ("GOMA, 30 January 2025 — …")
# (or the date in brackets after the place: "WASHINGTON (June 10, 2025) — …")
_DATELINE_WITH_YEAR = re.compile(_DATELINE_PLACE +
                                 r"(?:,\s+(\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})"
                                 r"\s*(?:\([^()\n]{1,40}\)\s*)?"
                                 r"|\s+\((\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})\)\s*)"
                                 r"[–—-]\s")
_TIME_AFTER_DATE = re.compile(_CLOCK_AFTER_DATE + r"\s*$", re.IGNORECASE)
# a header line may join a date and a byline or an outlet: "By Jane Roe, Reuters | March 12, 2025"
_HEADER_PARTS = re.compile(r"\s+[|·•]\s+|\s+[—–]\s+")


def header_date(line: str) -> tuple[str | None, str | None] | None:
    """(ISO date, byline) when a short header line carries a publication date, alone or beside a byline
    or an outlet ("Updated March 12, 2025 at 4:05 p.m. EDT", "By Jane Roe | 12 March 2025"); else None."""
    parts = _HEADER_PARTS.split(line.strip())
    if len(parts) > 4:
        return None
    found: str | None = None
    byline: str | None = None
    for part in parts:
        bare = _PLACE_BEFORE_DATE.sub("", _DATE_PREFIX.sub("", part).strip())
        if _DATE_LINE.match(bare):
            found = found or parse_date(_TIME_AFTER_DATE.sub("", bare)) or parse_date(bare)
            continue
        by = _BYLINE.match(part)
        if by:
            byline = byline or by.group(1).strip()
        elif len(part.split()) > 6 or re.search(r"[.!?]$", part):
            return None  # a sentence, not header furniture
    if found is None and not (len(parts) == 1 and _DATE_LINE.match(_DATE_PREFIX.sub("", line).strip())):
        return None
    return found, byline


_FURNITURE_MAX_CHARS = 400


def parse_date(value: object) -> str | None:
    """An ISO date (YYYY-MM-DD) from a date-like value, or None. Never falls back to today."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    text = _DATE_PREFIX.sub("", text)
    from dateutil import parser as dateparser

    # "03-02-2009", "24.07.2016": numbers joined by dashes or dots put the day first (as outside the US);
    # with slashes ("7/8/2007") the month comes first
    dayfirst = bool(re.fullmatch(r"\d{1,2}[-.]\d{1,2}[-.]\d{4}", text))
    try:
        # default with an impossible-to-miss year: a value without a year must not borrow one
        first = dateparser.parse(text, default=datetime(1, 1, 1), fuzzy=False, dayfirst=dayfirst)
        second = dateparser.parse(text, default=datetime(2, 2, 2), fuzzy=False, dayfirst=dayfirst)
    except (ValueError, OverflowError, TypeError):
        return None
    if first.year != second.year or first.month != second.month or first.day != second.day:
        return None  # year, month or day missing from the text
    if not 1800 <= first.year <= 2200:
        return None
    return first.date().isoformat()


@dataclass
class _Parsed:
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: str | None = None
    date_source: str | None = None
    url: str | None = None
    body: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)


def _front_matter(text: str, parsed: _Parsed) -> str:
    match = _FRONT_MATTER.match(text)
    if not match:
        return text
    try:
        meta = yaml.load(match.group(1), Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        parsed.flags.append("front_matter_invalid_yaml")
        parsed.furniture.append(match.group(0).strip())
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        parsed.flags.append(f"front_matter_ignored{where}")
        return text[match.end():]
    if not isinstance(meta, dict):
        parsed.flags.append("front_matter_not_a_mapping")
        return text[match.end():]
    lowered = {str(k).lower(): v for k, v in meta.items()}
    parsed.title = _clean_inline(str(lowered["title"])) if lowered.get("title") else None
    parsed.outlet = str(lowered.get("outlet") or lowered.get("publisher") or lowered.get("source") or "") or None
    author = lowered.get("byline") or lowered.get("author") or lowered.get("authors")
    if isinstance(author, list):
        author = ", ".join(str(a) for a in author)
    parsed.byline = str(author) if author else None
    raw_date = lowered.get("published") or lowered.get("date") or lowered.get("published_at")
    if raw_date:
        parsed.published = parse_date(raw_date)
        parsed.date_source = "front_matter" if parsed.published else None
        if not parsed.published:
            parsed.flags.append("front_matter_date_unreadable")
    parsed.url = str(lowered["url"]) if lowered.get("url") else None
    return text[match.end():]


def _clean_inline(line: str) -> str:
    line = _MD_LINK.sub(lambda m: m.group(1), line)
    line = _MD_EMPHASIS.sub("", line)
    return re.sub(r"[ \t]+", " ", line).strip()


def parse_text(text: str, markdown: bool) -> _Parsed:
    """Split a plain-text or markdown article into metadata, furniture and body paragraphs."""
    parsed = _Parsed()
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = _front_matter(text, parsed)
    lines = text.split("\n")
    expecting_url = False
    seen_body = False
    for number, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if expecting_url and _URL_LINE.match(line):
            parsed.url = parsed.url or _URL_LINE.match(line).group(1)
            parsed.furniture.append(line)
            expecting_url = False
            continue
        expecting_url = False
        url = _ORIGINAL_URL.match(line)
        if url and (url.group(1) == "" or url.group(1).startswith("http")):
            if url.group(1):
                parsed.url = parsed.url or url.group(1)
            else:
                expecting_url = True
            parsed.furniture.append(line)
            continue
        if line.startswith("#") and re.match(r"^#{1,6}\s", line):
            heading = _clean_inline(line.lstrip("#"))
            if parsed.title is None and not seen_body:
                parsed.title = heading
            else:
                parsed.body.append(heading)
            continue
        labelled = _LABELLED_HEADER.match(line) if not seen_body else None
        if labelled:
            key, value = labelled.group(1).lower(), _clean_inline(labelled.group(2))
            if key in ("title", "headline"):
                parsed.title = parsed.title or value
            elif key in ("outlet", "publisher", "publication"):
                parsed.outlet = parsed.outlet or value
            else:
                parsed.byline = parsed.byline or value
            parsed.furniture.append(line)
            continue
        if len(line) >= _FURNITURE_MAX_CHARS:
            parsed.body.append(_clean_inline(line) if markdown else line)
            seen_body = True
            continue
        if not seen_body and _DESK.match(_clean_inline(line)):
            parsed.byline = parsed.byline or _clean_inline(line)
            parsed.furniture.append(line)
            continue
        header = header_date(_clean_inline(line)) if not seen_body and len(line) < 160 else None
        if header is not None:
            found, by = header
            if found and parsed.published is None:
                parsed.published, parsed.date_source = found, "date_line"
            parsed.byline = parsed.byline or by
            parsed.furniture.append(line)
            continue
        byline = _BYLINE.match(_clean_inline(line))
        if byline and not seen_body and len(byline.group(1).split()) <= 12 and not byline.group(1).rstrip().endswith("."):
            parsed.byline = parsed.byline or byline.group(1).strip()
            parsed.furniture.append(line)
            continue
        if markdown and re.fullmatch(r"\s*(?:-{3,}|\*{3,}|_{3,})\s*", line):
            continue  # a thematic break ("---") is layout, not text
        if not seen_body and parsed.title is None and _BOLD_LINE.fullmatch(line) and not _CAPTION_CREDIT.search(line) \
                and len(line.split()) >= 3:  # (not a one-word kicker: "**Exclusive**")
            parsed.title = _clean_inline(line)  # "**Drone and missile barrage on Kyiv kills 23**": a headline set in bold
            continue
        short = len(line) < _FURNITURE_MAX_CHARS  # captions and link lines are short; body paragraphs may not be
        under_an_image = markdown and number > 0 and lines[number - 1].lstrip().startswith("![") and _ITALIC_LINE.match(line)
        if short and (_RELATED.match(line) or _CAPTION.match(line) or _URL_LINE.match(line) or under_an_image):
            parsed.furniture.append(line)
            continue
        cleaned = _clean_inline(line) if markdown else line
        # A plain-text headline: the first short line without final punctuation, before any body.
        # (a question is a headline too: "Fact check: Did the war in Sudan kill 150,000 people?")
        if (not markdown and not seen_body and parsed.title is None and len(cleaned.split()) <= 20
                and (not re.search(r"[.!?:;,\"”]$", cleaned) or (cleaned.endswith("?") and len(cleaned.split()) <= 15))
                and _next_is_blank(lines, number)):
            parsed.title = cleaned
            continue
        if cleaned and parsed.body and LIST_OR_TABLE_LINE.match(cleaned) and number > 0 and lines[number - 1].strip() \
                and (LIST_OR_TABLE_LINE.match(parsed.body[-1].rsplit("\n", 1)[-1]) or parsed.body[-1].endswith(":")):
            parsed.body[-1] += "\n" + cleaned  # a list or a table stays one block, a line per item or row
        elif cleaned:
            parsed.body.append(cleaned)
            seen_body = True
    parsed.body = _join_broken_paragraphs(parsed.body)
    return _dated_by_its_dateline(parsed)


def _dated_by_its_dateline(parsed: _Parsed) -> _Parsed:
    """A text with no date elsewhere, whose body opens with a dateline that carries the year ("Khartoum, 12 February
    2025 – Médecins Sans Frontières …", as press releases write it): dated by that line."""
    if parsed.published is None and parsed.body and (dateline := _DATELINE_WITH_YEAR.match(parsed.body[0])):
        parsed.published = parse_date(dateline.group(1) or dateline.group(2))
        parsed.date_source = "dateline" if parsed.published else None
    return parsed


def _next_is_blank(lines: list[str], index: int) -> bool:
    return index + 1 < len(lines) and not lines[index + 1].strip()


def _join_broken_paragraphs(paragraphs: list[str]) -> list[str]:
    """Re-join a sentence that a blank line cut in two ("preparing for the" / "rotation of ...")."""
    joined: list[str] = []
    for para in paragraphs:
        if joined and not re.search(r"[.!?:;\"”’)\]]$", joined[-1]) and para[:1].islower():
            joined[-1] = joined[-1] + " " + para
        else:
            joined.append(para)
    return joined


# Where pages put their publication date: Open Graph / article tags, schema.org (meta, microdata, JSON-LD),
# Dublin Core, and the tags of common publishing platforms. The first readable one wins.
_PUBLISHED_KEYS = ("article:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date",
                   "publication_date", "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.created",
                   "parsely-pub-date", "sailthru.date", "og:published_time", "datecreated")


def _json_ld_article(soup) -> dict[str, str]:
    """Publication date, headline, author and publisher from a page's schema.org JSON-LD, when it has them."""
    import json

    found: dict[str, str] = {}
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except (ValueError, TypeError):
            continue  # a page's broken JSON-LD only costs its metadata
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items:
            if not isinstance(item, dict):
                continue
            for key in ("datePublished", "dateCreated", "headline"):
                if isinstance(item.get(key), str):
                    found.setdefault(key.lower(), item[key])
            for key, name in (("author", "json-ld:author"), ("publisher", "json-ld:publisher")):
                who = item.get(key)
                who = who[0] if isinstance(who, list) and who else who
                if isinstance(who, dict) and isinstance(who.get("name"), str):
                    found.setdefault(name, who["name"])
                elif isinstance(who, str):
                    found.setdefault(name, who)
    return found


def _table_as_markdown(table) -> str:
    """An HTML table as markdown rows, the first row as the header: the figure reader takes a cell's
    column header as its label ("Killed", "Injured")."""
    rows = []
    for tr in table.find_all("tr"):
        cells = [re.sub(r"\s+", " ", cell.get_text(" ", strip=True)).replace("|", "/") for cell in tr.find_all(["th", "td"])]
        if cells:
            rows.append("| " + " | ".join(cells) + " |")
    if len(rows) > 1:
        rows.insert(1, "|" + "---|" * rows[0].count(" | ") + "---|")
    return "\n".join(rows)


def parse_html(text: str) -> _Parsed:
    from bs4 import BeautifulSoup

    parsed = _Parsed()
    soup = BeautifulSoup(text, "html.parser")
    metas = {}
    for meta in soup.find_all("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key and meta.get("content"):
            metas.setdefault(key, meta.get("content"))
    title_tag = soup.find("h1") or soup.find("title")
    parsed.title = metas.get("og:title") or (title_tag.get_text(" ", strip=True) if title_tag else None)
    parsed.outlet = metas.get("og:site_name") or metas.get("publisher")
    parsed.byline = metas.get("author") or metas.get("article:author")
    canonical = soup.find("link", rel="canonical")
    parsed.url = metas.get("og:url") or (canonical.get("href") if canonical is not None else None)
    for tag in soup.find_all(attrs={"itemprop": True}):  # microdata outside <meta>: <span itemprop="datePublished" content=…>
        if tag.name != "meta" and (tag.get("content") or tag.get("datetime")):
            metas.setdefault(str(tag.get("itemprop")).lower(), tag.get("content") or tag.get("datetime"))
    linked = _json_ld_article(soup)
    for key, value in linked.items():
        metas.setdefault(key, value)
    parsed.title = parsed.title or metas.get("headline")
    parsed.byline = parsed.byline or metas.get("json-ld:author")
    parsed.outlet = parsed.outlet or metas.get("json-ld:publisher")
    for key in _PUBLISHED_KEYS:
        if metas.get(key):
            parsed.published = parse_date(metas[key])
            if parsed.published:
                parsed.date_source = "html_meta"
                break
    if parsed.published is None:
        time_tag = soup.find("time")
        if time_tag is not None:
            parsed.published = parse_date(time_tag.get("datetime") or time_tag.get_text(" ", strip=True))
            parsed.date_source = "html_meta" if parsed.published else None
    for tag in soup(["script", "style", "noscript", "nav", "footer", "header", "aside", "form", "template"]):
        tag.decompose()
    for caption in soup.find_all(["figcaption"]):
        parsed.furniture.append(caption.get_text(" ", strip=True))
        caption.decompose()
    blocks = soup.find_all(["p", "h2", "h3", "h4", "li", "blockquote", "table"])
    texts = [_table_as_markdown(b) if b.name == "table" else b.get_text(" ", strip=True) for b in blocks
             if (b.name == "table" or not b.find(["p", "li"])) and b.find_parent("table") is None]
    if not texts:
        body = soup.body or soup
        texts = [t.strip() for t in body.get_text("\n").split("\n")]
    for para in texts:
        # (a table keeps one row per line)
        para = re.sub(r"[^\S\n]+" if para.startswith("| ") else r"\s+", " ", para).strip()
        if not para or para == parsed.title:
            continue
        if _RELATED.match(para) or _CAPTION.match(para):
            parsed.furniture.append(para)
            continue
        if not parsed.body and _BYLINE.match(para):
            parsed.byline = parsed.byline or _BYLINE.match(para).group(1)
            parsed.furniture.append(para)
            continue
        parsed.body.append(para)
    parsed.body = _join_broken_paragraphs(parsed.body)
    return _dated_by_its_dateline(parsed)


def _outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    match = re.match(r"https?://(?:www\.)?([^/:]+)", url)
    return match.group(1).lower() if match else None


# --- files -> articles --------------------------------------------------------------------------


_AS_OF_IN_TITLE = re.compile(r"\bas\s+(?:of|at)\s+([^()\[\]\n,;]{4,40}?\d{4})", re.IGNORECASE)


def _title_as_of(title: str | None) -> str | None:
    """The day a report's title says it stands at ("Situation Report (as of 10 June 2025)"), or the day a statement's
    title closes on ("Statement by the Ministry of Health, 2 June 2025")."""
    found = _AS_OF_IN_TITLE.search(title or "") or _DAY_CLOSING_A_TITLE.search(title or "")
    return parse_date(found.group(1)) if found else None


_DAY_CLOSING_A_TITLE = re.compile(r"(?:,|\s[-–—|])\s*((?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4})\s*$")


def read_article(path: Path, relative: str, settings: Settings, overrides: dict | None = None) -> Article:
    """One raw file -> an Article (ok or rejected). Never raises for a bad file."""
    article_id = article_id_for(relative)
    suffix = path.suffix.lower()
    if suffix not in RAW_SUFFIXES:
        return Article(article_id, relative, None, suffix.lstrip(".") or None, status="rejected",
                       problem=f"unsupported file type {suffix or '(no extension)'}; expected one of {', '.join(RAW_SUFFIXES)}")
    fmt = {".htm": "html", ".markdown": "md"}.get(suffix, suffix.lstrip("."))
    sha = None
    try:
        data = _read_bytes(path, settings)
        sha = hashlib.sha256(data).hexdigest()
        text, flags = decode(data)
        if max((len(line) for line in text.split("\n")), default=0) > settings.max_line_chars:
            raise RejectedFile(f"a line is longer than {settings.max_line_chars:,} characters (setting max_line_chars)")
        parsed = parse_html(text) if fmt == "html" else parse_text(text, markdown=(fmt == "md"))
    except RejectedFile as exc:
        return Article(article_id, relative, sha, fmt, status="rejected", problem=str(exc))
    except Exception as exc:  # noqa: BLE001 - a parser bug on one file must not stop the run
        return Article(article_id, relative, sha, fmt, status="rejected", problem=f"could not parse: {type(exc).__name__}: {exc}")
    parsed.flags = flags + parsed.flags
    body = "\n\n".join(parsed.body)
    if not body.strip():
        return Article(article_id, relative, sha, fmt, title=parsed.title, status="rejected",
                       problem="no body text after removing headers, captions and links")
    article = Article(
        article_id=article_id,
        path=relative,
        sha256=sha,
        format=fmt,
        title=parsed.title,
        outlet=parsed.outlet,
        byline=parsed.byline,
        published=parsed.published,
        date_source=parsed.date_source,
        url=parsed.url,
        text=body,
        furniture="\n".join(parsed.furniture),
        n_chars=len(body),
    )
    if overrides:
        changes = {k: v for k, v in overrides.items() if v not in (None, "")}
        if "published" in changes:
            iso = parse_date(changes["published"])
            if iso is None:
                parsed.flags.append("manifest_date_unreadable")
                del changes["published"]
            else:
                changes["published"], changes["date_source"] = iso, "manifest"
        article = replace(article, **changes)
    if article.outlet is None:
        article = replace(article, outlet=_outlet_from_url(article.url))
    if article.published is None and (as_of := _title_as_of(article.title)):
        article = replace(article, published=as_of, date_source="title")  # "Flash Update No. 12 (as of 10 June 2025)"
    if article.published is None:
        parsed.flags.append("no_publication_date")
    return replace(article, flags=";".join(dict.fromkeys(parsed.flags)))


def read_manifest(raw_dir: Path) -> tuple[dict[str, dict], list[Article]]:
    """Overrides per relative path, and rejected rows for manifest lines that cannot be used."""
    path = raw_dir / MANIFEST
    if not path.exists():
        return {}, []
    rejected: list[Article] = []
    overrides: dict[str, dict] = {}
    try:
        text, _ = decode(path.read_bytes())
        rows = list(csv.DictReader(io.StringIO(text)))
    except (OSError, RejectedFile, csv.Error) as exc:
        return {}, [Article(article_id_for(MANIFEST), MANIFEST, None, "csv", status="rejected",
                            problem=f"manifest.csv cannot be read: {exc}")]
    root = raw_dir.resolve()
    for number, row in enumerate(rows, start=2):
        name = (row.get("file") or "").strip()
        if not name:
            continue
        target = (raw_dir / name).resolve()
        relative = Path(name).as_posix()
        if root not in target.parents:
            rejected.append(Article(article_id_for(f"{MANIFEST}:{number}"), f"{MANIFEST}:{number}", None, None,
                                    status="rejected", problem=f"manifest line {number} points outside the raw folder: {name!r}"))
            continue
        if not target.exists():
            rejected.append(Article(article_id_for(relative), relative, None, None, status="rejected",
                                    problem=f"manifest line {number} names a file that does not exist"))
            continue
        overrides[target.relative_to(root).as_posix()] = {k: (row.get(k) or "").strip() or None for k in MANIFEST_COLUMNS[1:]}
    return overrides, rejected


def raw_files(raw_dir: Path) -> Iterator[tuple[Path, str]]:
    """Every file below ``raw_dir`` (hidden files and the manifest excepted), sorted, with its relative path."""
    root = Path(raw_dir)
    found: list[tuple[str, Path]] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith(".") or (Path(dirpath) == root and name == MANIFEST):
                continue
            full = Path(dirpath) / name
            found.append((full.relative_to(root).as_posix(), full))
    for relative, full in sorted(found):
        yield full, relative


def raw_entries(raw_dir: Path) -> tuple[list[tuple[str, dict | None]], list[Article]]:
    """What a run reads: (relative path, manifest overrides) of every raw file, and the rejected
    rows of manifest lines that cannot be used."""
    overrides, rejected = read_manifest(raw_dir)
    return [(relative, overrides.get(relative)) for _, relative in raw_files(raw_dir)], rejected


def ingest(settings: Settings, only: Iterable[str] | None = None) -> list[Article]:
    """Read every raw file (or just the relative paths in ``only``) into Article records, in memory."""
    entries, rejected = raw_entries(settings.raw_dir)
    wanted = set(only) if only is not None else None
    articles = list(rejected) if wanted is None else [a for a in rejected if a.path in wanted]
    for relative, overrides in entries:
        if wanted is not None and relative not in wanted:
            continue
        articles.append(read_article(settings.raw_dir / relative, relative, settings, overrides))
    return articles
