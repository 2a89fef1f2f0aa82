"""Copies, claims and disagreement, on the seeds' facts restated."""
from __future__ import annotations

import pytest

from analysis import claims
from analysis.ingest import Article
from analysis.pipeline import figure_rows

ORIGINAL = Article(
    "a1", "original.md", "x", "md", title="Seoul counts North Korean losses", outlet="Wire A",
    published="2024-12-23",
    text=("More than 1,000 North Korean soldiers have been killed or wounded fighting for Russia against Ukraine, "
          "South Korea's Joint Chiefs of Staff said on Monday.\n\n"
          "The South Korean military said in a statement that North Korean troops recently sent into combat had "
          "suffered around 1,100 casualties.\n\n"
          "Seoul's spy agency told lawmakers last week that at least 100 North Korean soldiers had been killed.")
)
REWRITE = Article(
    "a2", "rewrite.txt", "y", "txt", outlet="Desk B", published=None,
    text=("Over 1,000 North Korean soldiers have reportedly been killed or wounded while fighting for Russia against "
          "Ukraine, according to South Korea's Joint Chiefs of Staff. The South Korean military said North Korean "
          "troops recently sent into combat have suffered heavy casualties.")
)
UNRELATED = Article(
    "a3", "other.txt", "z", "txt", outlet="Paper C", published="2024-12-20",
    text="Floods displaced 3,000 families in the south of the country, the Red Cross said on Friday.",
)


def _build(*articles):
    rows = [r for a in articles for r in figure_rows(a)]
    return claims.build(list(articles), rows)


def _claims_of_reports(*texts: str, published: str) -> list[dict]:
    """The claim rows of one-article reports, each from its own outlet, all published the same day."""
    articles = [Article(f"r{i}", f"r{i}.txt", str(i), "txt", published=published, outlet=f"Outlet {i}", text=text)
                for i, text in enumerate(texts)]
    return _build(*articles)[1]


def _claim_of_each_figure(rows: list[dict]) -> dict[tuple[str, float], str]:
    """The claim each figure joined, by its article and its number."""
    return {(r["article_id"], r["claim_low"]): r["claim_id"] for r in rows}


def test_a_rewrite_is_linked_to_its_original():
    article_rows, _ = _build(ORIGINAL, REWRITE, UNRELATED)
    by_id = {r["article_id"]: r for r in article_rows}
    assert by_id["a2"]["copy_of"] == "a1"
    assert by_id["a2"]["story_id"] == by_id["a1"]["story_id"]
    assert by_id["a3"]["copy_of"] is None and by_id["a3"]["story_id"] != by_id["a1"]["story_id"]


def test_the_two_jcs_figures_are_one_consistent_claim_from_one_story():
    _, claim_rows = _build(ORIGINAL, REWRITE, UNRELATED)
    jcs = [r for r in claim_rows if r["source_key"] == "south korea joint chiefs of staff" and r["category"] == "killed_or_wounded"]
    assert len({r["claim_id"] for r in jcs}) == 1
    assert {r["status"] for r in jcs} == {"consistent"}
    assert {r["n_stories"] for r in jcs} == {1}, "a rewrite is not an independent confirmation"
    assert len(jcs) == 3  # more than 1,000 / around 1,100 / over 1,000


def test_figures_that_cannot_both_be_true_conflict():
    claim_rows = _claims_of_reports(
        "At least 500 people were killed in the strike on the market in Douma, the ministry of health said on Monday.",
        "Rescue teams were still searching the rubble in Douma. According to the ministry of health, nearly 200 people died in Douma.",
        published="2024-12-23")
    assert len({r["claim_id"] for r in claim_rows}) == 1
    assert {r["status"] for r in claim_rows} == {"conflicting"}
    assert {r["n_stories"] for r in claim_rows} == {2}


def test_two_stories_tolls_of_people_with_no_place_in_common_are_two_claims_not_a_conflict():
    claim_rows = _claims_of_reports(
        "At least nine people were killed in shelling on Aleppo on Thursday, the monitor said.",
        "Six people were killed in U.S. air strikes on the group's stronghold on Thursday, the monitor said.",
        published="2015-07-02")
    assert len({r["claim_id"] for r in claim_rows}) == 2
    assert "conflicting" not in {r["status"] for r in claim_rows}


def test_two_stories_tolls_that_agree_still_join_without_a_place():  # (guard: passed before the rule above)
    claim_rows = _claims_of_reports(
        "At least 40 people were killed in the strike, the ministry of health said on Monday.",
        "According to the ministry of health, about 45 people died in the strike.",
        published="2024-12-23")
    assert len({r["claim_id"] for r in claim_rows}) == 1
    assert {r["status"] for r in claim_rows} == {"consistent"}


def test_two_numbers_in_two_copies_of_one_story_are_two_claims_not_a_conflict():
    shared = ("Rebels and government forces fought for control of the road north of the city through the night, residents "
              "said, as warplanes struck districts on both sides of the front line and families fled towards the border. "
              "The road is the last supply route into the eastern districts, where aid agencies say food and fuel are "
              "running out and hospitals can no longer treat the wounded. Talks on a truce broke down last month after "
              "both sides accused each other of breaking an earlier agreement on the movement of aid convoys. ")
    a = Article("s1", "s1.txt", "1", "txt", published="2016-06-18", outlet="Wire A",
                text=shared + "At least seven people died in rebel shelling on Saturday, the monitor said.")
    b = Article("s2", "s2.txt", "2", "txt", published="2016-06-18", outlet="Wire B",
                text=shared + "Three people died in barrel bombs on Saturday, the monitor said.")
    article_rows, claim_rows = _build(a, b)
    assert len({r["story_id"] for r in article_rows}) == 1  # (the two are copies of one story)
    assert len({r["claim_id"] for r in claim_rows}) == 2
    assert "conflicting" not in {r["status"] for r in claim_rows}


def test_a_later_toll_supersedes_an_earlier_one_and_a_drop_is_flagged():
    a = Article("c1", "c1.txt", "1", "txt", published="2024-12-10", outlet="X",
                text="The toll of flood victims rose to 112 dead, the ministry of health said on Tuesday.")
    b = Article("c2", "c2.txt", "2", "txt", published="2024-12-17", outlet="X",
                text="The toll of flood victims stood at 95 dead, the ministry of health said on Tuesday.")
    _, claim_rows = _build(a, b)
    later = next(r for r in claim_rows if r["article_id"] == "c2")
    earlier = next(r for r in claim_rows if r["article_id"] == "c1")
    assert later["supersedes"] == earlier["claim_id"]
    assert later["decreasing"] is True


def test_running_totals_without_a_counted_noun_still_form_a_history():
    a = Article("d1", "d1.txt", "1", "txt", published="2024-03-01", outlet="X",
                text="The death toll rose to 40, the health ministry said on Friday.")
    b = Article("d2", "d2.txt", "2", "txt", published="2024-03-08", outlet="Y",
                text="The death toll has risen to 52, the health ministry said on Friday.")
    _, claim_rows = _build(a, b)
    later = next(r for r in claim_rows if r["article_id"] == "d2")
    assert later["supersedes"] is not None and later["decreasing"] is False


def test_copies_of_one_story_share_it_and_point_to_the_earliest():
    wire = Article(
        "a4", "wire.txt", "w", "txt", outlet="Wire A", published="2024-12-22",
        text=("Floods displaced 3,000 families in the south of the country on Friday, the Red Cross said, after two days "
              "of heavy rain swept away bridges and cut the main road to the coast. Aid workers said clean water was "
              "running short in the worst-hit villages and that more rain was forecast for the weekend."),
    )
    copy = Article("a5", "copy.txt", "c", "txt", outlet="Paper D", published="2024-12-23",
                   text=wire.text + " The government has not yet asked for international help.")
    late_copy = Article("a6", "copy2.txt", "d", "txt", outlet="Paper E", published="2024-12-24",
                        text=wire.text.replace("Aid workers", "Relief workers"))
    article_rows, _ = _build(copy, ORIGINAL, late_copy, wire)
    by_id = {r["article_id"]: r for r in article_rows}
    assert by_id["a5"]["copy_of"] == "a4" and by_id["a6"]["copy_of"] == "a4" and by_id["a4"]["copy_of"] is None
    assert by_id["a4"]["story_id"] == by_id["a5"]["story_id"] == by_id["a6"]["story_id"] != by_id["a1"]["story_id"]


def test_a_running_total_and_a_days_toll_of_one_source_are_different_claims():
    claim_rows = _claims_of_reports(
        "The war has killed more than 280,000 people since 2011, the Syrian Observatory for Human Rights said.",
        "Air strikes killed 12 people in Aleppo on Sunday, the Syrian Observatory for Human Rights said.",
        published="2016-06-05")
    assert len({r["claim_id"] for r in claim_rows}) == 2
    assert {r["status"] for r in claim_rows} == {"single_source"}


def test_figures_of_one_source_an_order_of_magnitude_apart_are_not_a_disagreement():
    claim_rows = _claims_of_reports(
        "Strikes on the city killed more than 300 people on Sunday, the ministry of health said.",
        "A strike on the market killed 12 people on Sunday, according to the ministry of health.",
        published="2016-06-05")
    assert len({r["claim_id"] for r in claim_rows}) == 2
    assert "conflicting" not in {r["status"] for r in claim_rows}


def test_one_monitors_tolls_for_strikes_on_two_towns_are_two_claims():
    claim_rows = _claims_of_reports(
        "Air strikes killed 42 people in Douma on Sunday, the Syrian Observatory for Human Rights said.",
        "Air strikes killed 18 people in Kobane on Sunday, the Syrian Observatory for Human Rights said.",
        published="2014-10-05")
    assert len({r["claim_id"] for r in claim_rows}) == 2
    assert {r["status"] for r in claim_rows} == {"single_source"}


def test_one_monitors_differing_tolls_for_one_town_still_disagree():
    claim_rows = _claims_of_reports(
        "Air strikes killed 42 people in Douma on Sunday, the Syrian Observatory for Human Rights said.",
        "Air strikes in Syria's Douma killed 18 people on Sunday, the Syrian Observatory for Human Rights said.",
        published="2014-10-05")
    assert len({r["claim_id"] for r in claim_rows}) == 1
    assert {r["status"] for r in claim_rows} == {"conflicting"}


def test_places_leave_out_countries_headlines_and_the_source_itself():
    assert claims.places_in("Shelling killed 5 people in Syria's Aleppo, a source at Damascus Police Command said.",
                     "damascus police command") == "aleppo"
    assert claims.places_in("4 Citizens Killed In Terrorist Rocket Attack In Homs City") == ""
    assert claims.places_in("More than 230000 people have been killed in Syria since 2011.") == ""


def test_casualties_of_a_group_and_that_group_killed_or_wounded_are_one_claim():
    claim_rows = _claims_of_reports(
        "South Korea's Joint Chiefs of Staff said on Monday that more than 1,000 North Korean soldiers had been killed or wounded.",
        "On Monday the Joint Chiefs of Staff put North Korean casualties at around 1,100.",
        published="2024-12-23")
    jcs = [r for r in claim_rows if r["category"] == "killed_or_wounded"]
    assert len(jcs) == 2 and len({r["claim_id"] for r in jcs}) == 1
    assert {r["status"] for r in jcs} == {"consistent"}


# Two killed counts of one source on one day that count different things: never one claim, never a conflict.
DIFFERENT_COUNTS = {
    "children among a toll are not a second count of it": (
        "The Syrian Observatory for Human Rights said 11 children were killed in the strikes on Monday.",
        "There are at least 56 dead, said the Syrian Observatory for Human Rights on Monday."),
    "another toll on top of one does not dispute it": (
        "The Syrian Observatory for Human Rights said 20 people were killed in Idlib on Monday.",
        "Another 5 people were killed in Idlib on Monday, the Syrian Observatory for Human Rights said."),
    "two additions to a toll are two claims": (
        "Another 14 people were killed in barrel bomb attacks in Aleppo, the Syrian Observatory for Human Rights said on Monday.",
        "The Syrian Observatory for Human Rights said five people were also killed in Aleppo on Monday."),
    "more on top of a toll does not dispute it": (
        "The Syrian Observatory for Human Rights said 16 civilians were killed in Douma on Monday.",
        "Five more civilians were killed in Douma on Monday, the Syrian Observatory for Human Rights said."),
    "tolls of attacks on two named days are two events": (
        "Barrel bombs killed seven civilians on Sunday, the Syrian Observatory for Human Rights said.",
        "Barrel bombs killed three civilians on Monday, the Syrian Observatory for Human Rights said."),
}


@pytest.mark.parametrize("first, second", DIFFERENT_COUNTS.values(), ids=DIFFERENT_COUNTS.keys())
def test_counts_of_different_things_are_separate_claims(first, second):
    killed = [r for r in _claims_of_reports(first, second, published="2024-12-23") if r["category"] == "killed"]
    assert len(killed) == 2 and len({r["claim_id"] for r in killed}) == 2
    assert "conflicting" not in {r["status"] for r in killed}


def test_a_source_named_in_full_in_one_report_and_shorter_in_another_is_one_source():
    rows = _claims_of_reports(
        "More than 120 people were injured in the floods, the national disaster management authority said on Thursday.",
        "The disaster management authority said on Thursday that 126 people were injured in the floods.",
        published="2025-08-14")
    wounded = [r for r in rows if r["category"] == "wounded"]
    assert {r["source_key"] for r in wounded} == {"national disaster management authority"}
    assert len({r["claim_id"] for r in wounded}) == 1


def test_a_short_source_key_ending_two_longer_ones_stays_itself():
    assert claims.fuller_source_keys(["interior ministry", "turkish interior ministry", "syrian interior ministry"]) == {}
    assert claims.fuller_source_keys(["health ministry", "gaza health ministry"]) == {}  # two words: too generic


def test_a_figure_naming_nothing_it_counts_joins_a_claim_only_when_it_agrees():
    rows = _claims_of_reports(
        "The Syrian Observatory for Human Rights said on Thursday that 90 people had been killed in the raid.",
        "The death toll from the raid rose to 115 on Friday, the Syrian Observatory for Human Rights said.",
        "Air strikes killed around 90 on Thursday, the Syrian Observatory for Human Rights said.",
        published="2014-07-18")
    killed = [r for r in rows if r["category"] == "killed"]
    assert "conflicting" not in {r["status"] for r in killed}
    by_value = {r["article_id"]: r["claim_id"] for r in killed}
    assert by_value["r0"] == by_value["r2"] != by_value["r1"]


def test_a_part_of_a_group_never_joins_or_disputes_the_group():
    rows = _claims_of_reports(
        "Twelve police officers were injured in the clashes on Saturday, the interior ministry said.",
        "The interior ministry said on Saturday that 12 police officers were injured, three of them seriously.",
        published="2025-03-08")
    wounded = [r for r in rows if r["category"] == "wounded"]
    assert "conflicting" not in {r["status"] for r in wounded}
    claim_of = _claim_of_each_figure(wounded)
    assert claim_of[("r0", 12.0)] == claim_of[("r1", 12.0)] != claim_of[("r1", 3.0)]


def test_a_part_named_after_including_is_the_same_part_as_one_named_of_them():
    rows = _claims_of_reports(
        "The Syrian Observatory for Human Rights put the toll from Sunday's strikes at 51, including 12 children.",
        "The Syrian Observatory for Human Rights said Sunday's strikes killed 51 people, 12 of them children.",
        published="2025-05-20")
    killed = [r for r in rows if r["category"] == "killed"]
    claim_of = _claim_of_each_figure(killed)
    assert claim_of[("r0", 12.0)] == claim_of[("r1", 12.0)] != claim_of[("r0", 51.0)]


def test_a_rate_is_never_a_toll_in_claims():
    rows = _claims_of_reports(
        "Air strikes killed 40 people a day in the city last week, the health ministry said.",
        "Air strikes killed 400 people in the city last week, the health ministry said.",
        published="2025-03-12")
    assert [r["claim_low"] for r in rows if r["category"] == "killed"] == [400.0]


def test_places_after_at_and_al_names_count():
    sentence = "A source at Aleppo Police Command said rocket shells fell at al-Midan neighbourhood and near Bustan al-Qasr."
    assert claims.places_in(sentence, "aleppo police command") == "al-midan|al-qasr|bustan"


def test_two_counts_of_one_sentence_copied_into_another_article_never_dispute_each_other():
    sentence = ("The air strikes killed 45 civilians in and around the city and 22 in the neighbouring province, "
                "the Syrian Observatory for Human Rights said on Sunday.")
    claim_rows = _claims_of_reports(sentence, "Fighting raged for a second day. " + sentence, published="2016-08-14")
    assert {r["status"] for r in claim_rows} == {"consistent"}
    assert len({r["claim_id"] for r in claim_rows}) == 2  # the 45 with its copy, the 22 with its copy


def test_one_articles_two_numbers_from_one_source_are_two_claims_not_a_disagreement():
    claim_rows = _claims_of_reports(
        "Rocket fire killed 15 people in the old town, the monitor said on Saturday. "
        "Shelling of the western districts killed eight people, the monitor said.",
        published="2016-08-25")
    assert len({r["claim_id"] for r in claim_rows}) == 2
    assert {r["status"] for r in claim_rows} == {"single_source"}


def test_the_amount_a_toll_changed_by_is_no_rival_toll():
    rows = _claims_of_reports(
        "The death toll from the floods rose by 60 to 150 on Tuesday, the civil defence agency said.",
        "The civil defence agency said on Tuesday that the flood toll now stands at 150, up 60 from the previous day.",
        published="2025-05-21")
    killed = [r for r in rows if r["category"] == "killed"]
    assert "conflicting" not in {r["status"] for r in killed}
    claim_of = _claim_of_each_figure(killed)
    assert claim_of[("r0", 150.0)] == claim_of[("r1", 150.0)]
    assert claim_of[("r0", 60.0)] != claim_of[("r0", 150.0)] and claim_of[("r1", 60.0)] != claim_of[("r1", 150.0)]
