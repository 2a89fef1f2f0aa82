"""Ingest: every raw file becomes an article or a rejected row with its reason."""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis.ingest import ingest, parse_date, read_article
from analysis.settings import Settings


def _read(tmp_path: Path, name: str, content: str | bytes):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return read_article(path, name, Settings.from_root(tmp_path))


def test_plain_text_with_desk_header_and_no_date_is_kept_and_flagged(tmp_path):
    article = _read(tmp_path, "a.txt", "News Desk\n1,000 soldiers reportedly killed or wounded, officials said.\nMore text here.\n")
    assert article.status == "ok"
    assert article.byline == "News Desk"
    assert article.published is None and "no_publication_date" in article.flags
    assert article.text.startswith("1,000 soldiers")
    assert "News Desk" in article.furniture


def test_markdown_title_byline_date_caption_related_and_url_are_kept_out_of_the_body(tmp_path):
    article = _read(tmp_path, "b.md", (
        "# Troops suffer losses\n\nBy [Wire Agency](#)\n\nDecember 23, 2024\n\n"
        "Soldiers on parade. **AGENCY PHOTO / WIRE**\n\n"
        "More than 1,000 soldiers were killed or wounded, the military said on Monday.\n\n"
        "**Related article:** [Another story](#)\n\n"
        "It added that units were \"preparing for the\n\nrotation of troops.\"\n\n"
        "Original url:\n\n<https://example.org/2024/12/23/story>\n"
    ))
    assert article.status == "ok"
    assert article.title == "Troops suffer losses"
    assert article.byline == "Wire Agency"
    assert (article.published, article.date_source) == ("2024-12-23", "date_line")
    assert article.url == "https://example.org/2024/12/23/story"
    assert "Related article" not in article.text and "PHOTO" not in article.text
    assert "Related article" in article.furniture and "PHOTO" in article.furniture
    assert "preparing for the rotation of troops" in article.text  # a sentence cut by a blank line is re-joined


def test_an_italic_caption_under_an_image_a_closing_photo_credit_and_a_rule_are_kept_out_of_the_body(tmp_path):
    article = _read(tmp_path, "c.md", (
        "# Army retakes the palace\n\n*March 21, 2025*\n\n"
        "![Soldiers celebrate](https://example.org/img/p.jpg)\n"
        "*Soldiers celebrate outside the palace on Friday as 40 vehicles pass.*\n\n"
        "The army said on Friday it had recaptured the palace.\n\n"
        "Crowds gathered in the square. Photo: AFP\n\n"
        "---\n\n"
        "Three journalists were killed in a drone strike, the ministry said.\n"
    ))
    assert article.status == "ok"
    assert article.published == "2025-03-21"
    assert "40 vehicles" not in article.text and "40 vehicles" in article.furniture
    assert "Photo: AFP" not in article.text and "Photo: AFP" in article.furniture
    assert "---" not in article.text
    assert "Three journalists were killed" in article.text


def test_front_matter_gives_metadata(tmp_path):
    article = _read(tmp_path, "c.md", "---\ntitle: A title\noutlet: Example Times\npublished: 2024-12-24\nurl: https://example.org/x\n---\nAbout 1,100 soldiers were wounded.\n")
    assert (article.title, article.outlet, article.published, article.date_source) == ("A title", "Example Times", "2024-12-24", "front_matter")


def test_invalid_front_matter_keeps_the_article_and_says_so(tmp_path):
    article = _read(tmp_path, "d.md", "---\ntitle: [unclosed\n---\nAbout 1,100 soldiers were wounded.\n")
    assert article.status == "ok"
    assert "front_matter_invalid_yaml" in article.flags
    assert "1,100" in article.text and "unclosed" in article.furniture


def test_html_article_uses_meta_tags_and_paragraphs(tmp_path):
    article = _read(tmp_path, "e.html", (
        "<html><head><title>T</title><meta property='og:site_name' content='Example Times'>"
        "<meta property='article:published_time' content='2024-12-23T10:00:00Z'><script>var x = 5000;</script></head>"
        "<body><nav>Menu 1 2 3</nav><h1>Headline</h1><figure><figcaption>A caption</figcaption></figure>"
        "<p>At least 100 soldiers were killed.</p><p>Around 1,100 were wounded.</p></body></html>"
    ))
    assert (article.outlet, article.published, article.title) == ("Example Times", "2024-12-23", "Headline")
    assert "At least 100 soldiers were killed." in article.text
    assert "5000" not in article.text and "Menu" not in article.text and "A caption" not in article.text
    assert "A caption" in article.furniture


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "PDF"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        ("nul.txt", b"text\x00with\x00nuls", "NUL"),
        ("notes.docx", b"PK\x03\x04 zip", "unsupported file type"),
        ("blank.md", b"# Only a title\n\n", "no body text"),
    ],
)
def test_unreadable_files_are_rejected_with_a_reason(tmp_path, name, content, reason):
    article = _read(tmp_path, name, content)
    assert article.status == "rejected"
    assert reason in article.problem


def test_windows_1252_and_utf16_are_decoded(tmp_path):
    cp = _read(tmp_path, "cp.txt", "Officials said \u201c1,000 killed\u201d on Monday.\n".encode("cp1252"))
    assert cp.status == "ok" and "\u201c1,000 killed\u201d" in cp.text and "decoded_as_windows_1252" in cp.flags
    u16 = _read(tmp_path, "u16.txt", "Officials said 1,000 were killed.\r\n".encode("utf-16"))
    assert u16.status == "ok" and "1,000" in u16.text and "\r" not in u16.text


def test_too_large_file_is_rejected_without_reading_it(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 2048)
    article = read_article(path, "big.txt", Settings.from_root(tmp_path, max_file_bytes=1024))
    assert article.status == "rejected" and "max_file_bytes" in article.problem


def test_manifest_overrides_and_missing_files_become_rejected_rows(tmp_path):
    raw = tmp_path / "data" / "raw"
    raw.mkdir(parents=True)
    (raw / "one.txt").write_text("Some 50 people were killed, police said.\n", encoding="utf-8")
    (raw / "manifest.csv").write_text(
        "file,title,outlet,published,url\none.txt,Manifest title,Manifest Outlet,2024-12-20,https://example.org/one\n"
        "gone.txt,,,,\n../../etc/passwd,,,,\n",
        encoding="utf-8",
    )
    articles = {a.path: a for a in ingest(Settings.from_root(tmp_path))}
    one = articles["one.txt"]
    assert (one.title, one.outlet, one.published, one.date_source) == ("Manifest title", "Manifest Outlet", "2024-12-20", "manifest")
    assert articles["gone.txt"].status == "rejected" and "does not exist" in articles["gone.txt"].problem
    outside = [a for a in articles.values() if "outside the raw folder" in (a.problem or "")]
    assert len(outside) == 1


def test_article_id_is_stable_across_runs(tmp_path):
    raw = tmp_path / "data" / "raw"
    raw.mkdir(parents=True)
    (raw / "one.txt").write_text("Some 50 people were killed.\n", encoding="utf-8")
    first = ingest(Settings.from_root(tmp_path))[0].article_id
    (raw / "one.txt").write_text("Some 60 people were killed.\n", encoding="utf-8")
    assert ingest(Settings.from_root(tmp_path))[0].article_id == first


def test_numeric_dates_put_the_day_first_with_dashes_and_dots_and_the_month_first_with_slashes():
    assert parse_date("03-02-2009") == "2009-02-03"
    assert parse_date("24.07.2016") == "2016-07-24"
    assert parse_date("7/8/2007") == "2007-07-08"
    assert parse_date("2009-02-03") == "2009-02-03"


@pytest.mark.parametrize("header, published, byline", [
    ("Updated March 12, 2025 at 4:05 p.m. EDT", "2025-03-12", None),
    ("Wed 12 Mar 2025 07.00 GMT", "2025-03-12", None),
    ("Posted on 12.03.2025", "2025-03-12", None),
    ("*12.03.2025*", "2025-03-12", None),
    ("By Jane Roe, Wire Service | March 12, 2025", "2025-03-12", "Jane Roe, Wire Service"),
])
def test_header_lines_in_common_news_layouts_give_the_publication_date(tmp_path, header, published, byline):
    article = _read(tmp_path, "h.md", f"# Floods kill 12\n\n{header}\n\nAt least 12 people were killed on Monday.\n")
    assert (article.published, article.byline) == (published, byline)
    assert article.text.startswith("At least 12 people")


def test_a_header_line_without_a_full_date_gives_no_date(tmp_path):
    article = _read(tmp_path, "h.md", "# Floods kill 12\n\nDecember 2024 | Report\n\nAt least 12 people were killed.\n")
    assert article.published is None and "no_publication_date" in article.flags


@pytest.mark.parametrize("head", [
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-03-12T08:00:00Z"}</script>',
    '<meta name="DC.date.issued" content="2025-03-12">',
    '<meta name="parsely-pub-date" content="2025-03-12T10:00:00Z">',
])
def test_html_publication_date_is_read_from_json_ld_dublin_core_and_platform_tags(tmp_path, head):
    page = f"<html><head>{head}</head><body><p>At least 12 people were killed on Monday.</p></body></html>"
    assert _read(tmp_path, "p.html", page).published == "2025-03-12"


def test_broken_json_ld_costs_only_the_metadata(tmp_path):
    page = '<html><head><script type="application/ld+json">{oops</script></head><body><p>Some 40 people fled.</p></body></html>'
    article = _read(tmp_path, "p.html", page)
    assert article.status == "ok" and article.text == "Some 40 people fled." and article.published is None


def test_html_tables_become_rows_whose_cells_keep_their_column_header(tmp_path):
    page = ("<html><body><p>Casualties by governorate, as of 10 March 2025:</p><table>"
            "<tr><th>Governorate</th><th>Killed</th><th>Injured</th></tr><tr><td>Idlib</td><td>21</td><td>80</td></tr>"
            "</table></body></html>")
    article = _read(tmp_path, "t.html", page)
    assert "| Governorate | Killed | Injured |\n|---|---|---|\n| Idlib | 21 | 80 |" in article.text


def test_markdown_lists_and_tables_stay_one_block_with_a_line_per_item(tmp_path):
    article = _read(tmp_path, "s.md", ("# Sitrep\n\nKey figures:\n\n- Killed: 34\n- Injured: 120\n\n"
                                       "| Governorate | Killed |\n|---|---|\n| Idlib | 21 |\n\nSome 40 people fled.\n"))
    assert article.text == ("Key figures:\n\n- Killed: 34\n- Injured: 120\n\n"
                            "| Governorate | Killed |\n|---|---|\n| Idlib | 21 |\n\nSome 40 people fled.")


def test_a_title_as_of_a_day_dates_a_report_that_gives_no_other_date(tmp_path):
    article = _read(tmp_path, "sitrep.md", "# Flash Update No. 12 (as of 10 June 2025)\n\n- People killed: 1,245\n- Missing: 63\n")
    assert (article.published, article.date_source) == ("2025-06-10", "title")
    assert "no_publication_date" not in article.flags


def test_a_title_that_closes_on_a_day_dates_a_statement_that_gives_no_other_date(tmp_path):
    article = _read(tmp_path, "statement.txt", "Statement by the Ministry of Health, 2 June 2025\n\nAs of 1 June, 4,012 deaths were confirmed.\n")
    assert (article.published, article.date_source) == ("2025-06-02", "title")


def test_a_title_that_names_a_year_in_passing_gives_no_date(tmp_path):
    article = _read(tmp_path, "story.txt", "The 2024 floods, one year on\n\nAt least 40 people died in the floods.\n")
    assert article.published is None


def test_a_date_line_outranks_the_titles_as_of_day(tmp_path):
    article = _read(tmp_path, "sitrep.md", "# Situation report (as of 10 June 2025)\n\nJune 11, 2025\n\nAt least 40 people died.\n")
    assert (article.published, article.date_source) == ("2025-06-11", "date_line")


def test_a_dateline_with_its_year_dates_a_text_that_gives_no_other_date(tmp_path):
    article = _read(tmp_path, "release.txt", (
        "Press release: charity treats hundreds of wounded\n\n"
        "Khartoum, 12 February 2025 – Charity teams received 158 wounded patients on Saturday.\n"
    ))
    assert (article.published, article.date_source) == ("2025-02-12", "dateline")


def test_a_dateline_with_the_date_in_brackets_dates_the_text(tmp_path):
    article = _read(tmp_path, "story.txt", (
        "Marines sent to Los Angeles\n\n"
        "WASHINGTON (June 10, 2025) — The Pentagon said on Monday it would deploy about 700 Marines.\n"
    ))
    assert (article.published, article.date_source) == ("2025-06-10", "dateline")


def test_a_place_and_a_full_date_on_a_line_of_their_own_are_the_date_line(tmp_path):
    article = _read(tmp_path, "story.txt", (
        "Kenya protests: rights groups count 16 dead\n\nNAIROBI, June 26, 2025\n\n"
        "Sixteen people were killed during protests across Kenya on Wednesday.\n"
    ))
    assert (article.published, article.date_source) == ("2025-06-26", "date_line")
    assert article.text.startswith("Sixteen people")


def test_labelled_header_lines_of_a_text_export_are_metadata(tmp_path):
    article = _read(tmp_path, "export.txt", (
        "Title: Sudan's RSF kills dozens in attack on displacement camp\n"
        "Author: Jane Roe\nDate: 2025-04-12\nSource URL: https://example.org/sudan-camp\n\n"
        "At least 56 civilians were killed on Friday, according to the Sudan Doctors Network.\n"
    ))
    assert article.title == "Sudan's RSF kills dozens in attack on displacement camp"
    assert (article.byline, article.published, article.url) == ("Jane Roe", "2025-04-12", "https://example.org/sudan-camp")
    assert article.text.startswith("At least 56 civilians")


def test_a_headline_set_in_bold_above_the_body_is_the_title(tmp_path):
    article = _read(tmp_path, "story.txt", (
        "**Drone and missile barrage on Kyiv kills 23**\n\n*July 31, 2025*\n\n"
        "KYIV — Russia launched 309 drones and eight missiles at Ukraine overnight.\n"
    ))
    assert article.title == "Drone and missile barrage on Kyiv kills 23"
    assert article.published == "2025-07-31"
    assert article.text.startswith("KYIV")


def test_a_bold_credit_line_is_still_a_caption(tmp_path):
    article = _read(tmp_path, "story.md", "# Troops\n\n**AGENCY PHOTO / WIRE**\n\nMore than 1,000 soldiers were killed.\n")
    assert article.title == "Troops"
    assert "AGENCY PHOTO" in article.furniture and "AGENCY" not in article.text


def test_a_short_question_above_the_body_is_a_headline(tmp_path):
    article = _read(tmp_path, "check.txt", (
        "Fact check: Did the war in Sudan kill 150,000 people?\n\n"
        "A figure of 150,000 deaths has been widely shared online since early 2024.\n"
    ))
    assert article.title == "Fact check: Did the war in Sudan kill 150,000 people?"
    assert article.text.startswith("A figure of 150,000")


def test_a_date_line_outranks_a_dateline_in_the_body(tmp_path):
    article = _read(tmp_path, "story.md", "# Clashes in Goma\n\nJanuary 31, 2025\n\nGOMA, 30 January 2025 — Fighting has killed 700 people.\n")
    assert (article.published, article.date_source) == ("2025-01-31", "date_line")


def test_a_place_and_a_day_without_its_year_date_nothing(tmp_path):
    article = _read(tmp_path, "story.txt", "Clashes\n\nTRIPOLI, May 14 - At least 32 people were killed.\n")
    assert article.published is None
