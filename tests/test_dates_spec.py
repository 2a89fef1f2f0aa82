"""The temporal tagger against tests/spec/dates.yaml, and the date each figure refers to."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
import yaml

import analysis

CASES = yaml.safe_load((Path(__file__).parent / "spec" / "dates.yaml").read_text(encoding="utf-8"))


def _norm(value):
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:60] for c in CASES])
def test_spec_case(case):
    published = case.get("published")
    found = analysis.find_dates(case["text"], published.isoformat() if isinstance(published, date) else published)
    rows = found.to_dict("records")
    if case.get("no_dates"):
        assert rows == [], f"expected no dates, found {[r['text'] for r in rows]}"
        return
    expected = case["dates"]
    assert [r["text"] for r in rows] == [e["text"] for e in expected]
    for want, got in zip(expected, rows):
        for field, value in want.items():
            assert _norm(got[field]) == _norm(value), f"{field} of {got['text']!r}: expected {value!r}, got {got[field]!r}"


def test_offsets_point_into_the_text():
    text = "On Monday, Dec. 23, 2024, officials said losses rose last week."
    for row in analysis.find_dates(text, "2024-12-23").itertuples():
        assert text[row.char_start : row.char_end] == row.text


def test_figure_takes_the_date_of_its_reporting_clause():
    text = "More than 1,000 soldiers have been killed or wounded, South Korea's Joint Chiefs of Staff said on Monday."
    fig = analysis.extract_figures(text, "2024-12-23").iloc[0]
    assert (fig.date_start, fig.date_end, fig.date_precision, fig.date_basis) == ("2024-12-23", "2024-12-23", "day", "reporting_clause")


def test_figure_reported_last_week_covers_the_period_since_december():
    text = ("The new figure follows a report by Seoul's spy agency to lawmakers last week, which said at least "
            "100 North Korean soldiers had been killed since entering combat in December.")
    fig = analysis.extract_figures(text, "2024-12-23").iloc[0]
    assert (fig.date_value, fig.date_start, fig.date_end, fig.date_precision) == ("2024-W51", "2024-12-16", "2024-12-22", "week")
    assert fig.period_start == "2024-12-01"


def test_figure_without_a_date_in_its_sentence_takes_the_publication_date():
    fig = analysis.extract_figures("Around 1,100 soldiers were wounded.", "2024-12-23").iloc[0]
    assert (fig.date_start, fig.date_basis) == ("2024-12-23", "publication")


def test_figure_inherits_the_date_of_the_previous_sentence_in_its_paragraph():
    text = "The shelling began on Monday. Twelve people were killed, the ministry said."
    fig = analysis.extract_figures(text, "2024-12-25").iloc[0]
    assert (fig.date_start, fig.date_basis, fig.date_text) == ("2024-12-23", "inherited", "Monday")


def test_undated_article_leaves_relative_dates_unresolved_and_flagged():
    fig = analysis.extract_figures("On Monday, 1,000 soldiers were reported killed or wounded.", None).iloc[0]
    assert fig.date_value == "XXXX-WXX-1"
    assert fig.date_start is None and fig.date_end is None
    assert fig.date_basis == "explicit"


def test_undated_article_without_any_date_is_unknown_not_today():
    fig = analysis.extract_figures("At least 100 soldiers were killed.", None).iloc[0]
    assert fig.date_start is None and fig.date_basis == "unknown"


def test_each_date_goes_to_the_figure_nearest_to_it_in_its_clause():
    text = "Police arrested 12 protesters on Saturday, and another three were detained on Sunday, a spokesman said."
    dates = list(analysis.extract_figures(text, "2024-03-04")["date_start"])
    assert dates == ["2024-03-02", "2024-03-03"]


def test_an_earlier_toll_takes_its_own_date_and_the_new_one_the_statement():
    text = "The death toll has risen to 2,946, the interior ministry said, up from 2,012 a day earlier."
    figs = analysis.extract_figures(text, "2023-09-11")
    assert list(figs["date_start"]) == ["2023-09-11", "2023-09-10"]
    assert list(figs["category"]) == ["killed", "killed"]


def test_a_superlative_since_is_not_the_period_of_the_figure():
    fig = analysis.extract_figures("The attack, the deadliest since 2015, left 58 dead.", "2024-06-06").iloc[0]
    assert fig.date_start == "2024-06-06" and fig.period_start is None


def test_over_the_past_week_is_a_period_ending_at_publication():
    fig = analysis.extract_figures("Over the past week, 37 civilians have been killed in shelling, the UN said.", "2024-07-07").iloc[0]
    assert (fig.date_start, fig.date_end, fig.period_start) == ("2024-06-30", "2024-07-07", "2024-06-30")


def test_since_a_day_without_a_year_is_in_the_past():
    fig = analysis.extract_figures("Nearly 40,000 people have been killed since October 7, officials said.", "2024-08-01").iloc[0]
    assert fig.date_start == "2023-10-07" and fig.period_start == "2023-10-07"


def test_a_day_months_ahead_of_publication_is_last_years():
    fig = analysis.extract_figures("Israel says 1,200 people were killed in the October 7 attack.", "2024-06-02").iloc[0]
    assert fig.date_start == "2023-10-07"


def test_the_past_48_hours_is_a_period_ending_at_publication():
    fig = analysis.extract_figures("Some 150 civilians have been killed in the past 48 hours, the monitor said.", "2024-06-02").iloc[0]
    assert (fig.date_start, fig.date_end) == ("2024-05-31", "2024-06-02")


def test_the_only_date_of_a_sentence_dates_all_its_figures():
    figs = analysis.extract_figures("The shelling killed two people and injured 15 others in Kharkiv last week.", "2024-03-06")
    assert list(figs["date_value"]) == ["2024-W09", "2024-W09"]
    assert list(figs["date_basis"]) == ["explicit", "explicit"]


def test_two_dates_in_a_sentence_each_date_their_own_figure():
    figs = analysis.extract_figures("Police arrested 12 people on Saturday and three on Sunday.", "2024-03-06")
    assert list(figs["date_value"]) == ["2024-03-02", "2024-03-03"]


def test_a_part_named_in_an_aside_does_not_keep_the_date_from_its_group():
    text = "Nine people, including four children, were killed when a landslide buried their homes on Monday night."
    figs = analysis.extract_figures(text, "2025-03-12")
    assert list(figs["date_start"]) == ["2025-03-10", "2025-03-10"]


def test_a_part_counted_after_its_group_shares_the_group_date():
    figs = analysis.extract_figures("Firefighters battled 120 blazes on Sunday, 15 of them out of control.", "2025-03-12")
    assert list(figs["date_start"]) == ["2025-03-09", "2025-03-09"]


def test_a_when_clause_dates_its_figures_by_the_date_it_follows():
    fig = analysis.extract_figures("Monday's attack was the deadliest since 2019, when 40 people died in a similar bombing.", "2025-03-12").iloc[0]
    assert (fig.date_value, fig.date_basis, fig.period_start) == ("2019", "explicit", None)


def test_a_date_reachable_without_a_comma_dates_a_figure_though_another_clause_has_its_own():
    text = "Two soldiers were killed and three wounded on Tuesday, the ministry said, bringing the army's losses this month to 17."
    figs = analysis.extract_figures(text, "2025-03-12")
    assert list(figs["date_value"]) == ["2025-03-11", "2025-03-11", "2025-03"]


def test_a_duration_inside_a_date_does_not_take_the_date_from_the_figure():
    figs = analysis.extract_figures("In the first nine months of 2023, 2,600 migrants died trying to cross the Mediterranean.", "2025-03-12")
    assert figs.set_index("text").loc["2,600", "date_value"] == "2023-01-01/2023-09-30"  # the months named, not the whole year


def test_figures_joined_by_and_after_a_dated_one_share_its_date():
    text = "Hamas-led militants stormed into southern Israel on Oct. 7, 2023, killing around 1,200 people and abducting 250."
    figs = analysis.extract_figures(text, "2024-10-15")
    assert list(figs["date_value"]) == ["2023-10-07", "2023-10-07"]
    assert list(figs["category"]) == ["killed", "kidnapped"]


def test_a_figure_between_two_months_covers_both():
    fig = analysis.extract_figures("Between January and March, 400 people were arrested.", "2025-04-12").iloc[0]
    assert (fig.date_value, fig.date_start, fig.date_end) == ("2025-01/2025-03", "2025-01-01", "2025-03-31")


def test_so_far_this_year_is_a_period_up_to_publication():
    fig = analysis.extract_figures("So far this year, 1,200 migrants have drowned.", "2025-03-12").iloc[0]
    assert (fig.date_start, fig.date_end, fig.period_start) == ("2025-01-01", "2025-03-12", "2025-01-01")


def test_the_first_day_of_a_span_of_days_is_no_count():
    figs = analysis.extract_figures("Between 1 and 5 March, 40 people were killed.", "2025-03-12")
    assert list(figs["value"]) == [40]


def test_a_part_introduced_by_of_which_shares_the_group_date():
    text = "Russia launched 112 drones overnight, of which 89 were shot down, the air force said."
    figs = analysis.extract_figures(text, "2025-03-12")
    assert list(figs["date_start"]) == ["2025-03-11", "2025-03-11"]


def test_a_date_that_opens_the_sentence_dates_every_figure_in_it():
    figs = analysis.extract_figures("In 2015, a magnitude 7.8 quake killed nearly 9,000 people in the country.", "2025-03-12")
    assert list(figs["date_value"]) == ["2015", "2015"]


def test_a_date_that_opens_the_sentence_stops_at_a_semicolon():
    figs = analysis.extract_figures("A year ago, the camp held 40,000 people; it now holds 65,000.", "2025-03-12")
    assert list(figs["date_value"]) == ["2024", "2025-03-12"]
    assert list(figs["date_basis"]) == ["explicit", "publication"]


def test_the_baseline_of_a_change_does_not_date_it():
    figs = analysis.extract_figures("Sales rose to 1.2 million vehicles in 2024, up 8% from 2023.", "2025-03-12")
    assert list(figs["date_value"]) == ["2024", "2025-03-12"]


def test_a_date_in_another_clause_after_a_semicolon_does_not_date_the_figure():
    fig = analysis.extract_figures("Apollo 11 landed in 1969; Flight MH17 was downed with 298 people aboard.", "2025-03-12").iloc[0]
    assert (fig.date_start, fig.date_basis) == ("2025-03-12", "publication")


def test_a_toll_from_an_earlier_days_event_is_dated_by_its_report():
    text = "The death toll from Sunday's strikes on Kharkiv has risen to 15, the regional governor said on Monday."
    fig = analysis.extract_figures(text, "2025-03-11").iloc[0]
    assert (fig.date_start, fig.date_basis) == ("2025-03-10", "reporting_clause")


def test_an_events_own_toll_keeps_the_events_day():
    fig = analysis.extract_figures("Sunday's strike killed 12 people, officials said on Monday.", "2025-03-11").iloc[0]
    assert fig.date_start == "2025-03-09"


def test_list_items_take_the_date_of_the_line_that_introduces_them():
    text = "Key figures (as of 10 March 2025):\n- Killed: 34\n- Injured: 120\n\nOther news: 5 people were arrested."
    figs = analysis.extract_figures(text, "2025-03-12")
    assert list(figs["date_start"]) == ["2025-03-10", "2025-03-10", "2025-03-12"]
    assert list(figs["date_basis"]) == ["inherited", "inherited", "publication"]


def test_a_table_takes_the_date_of_the_line_that_introduces_it():
    text = "Casualties, as of 10 March 2025:\n\n| Governorate | Killed |\n|---|---|\n| Idlib | 21 |\n\nSome 40 people fled."
    figs = analysis.extract_figures(text, "2025-03-12")
    assert list(figs["category"]) == ["killed", "displaced"]
    assert list(figs["date_start"]) == ["2025-03-10", "2025-03-12"]


def test_a_toll_of_a_war_since_its_onset_covers_the_period_from_it():
    text = "The war, which broke out in April 2023, has killed tens of thousands of people."
    fig = analysis.extract_figures(text, "2024-06-06").iloc[0]
    assert (fig.date_start, fig.date_end, fig.period_start) == ("2023-04-01", "2024-06-06", "2023-04-01")


def test_an_acronym_in_brackets_does_not_cut_a_group_from_its_date():
    text = ("At least 104 people, including 35 children, were killed when Rapid Support Forces (RSF) fighters "
            "stormed the village on Wednesday.")
    assert list(analysis.extract_figures(text, "2024-06-06")["date_start"]) == ["2024-06-05", "2024-06-05"]


def test_a_participle_clause_after_a_comma_shares_the_date_of_its_event():
    text = ("A magnitude 6.4 earthquake struck the south late on Monday, killing at least eight people and "
            "injuring 294, the disaster agency said.")
    assert list(analysis.extract_figures(text, "2025-03-12")["date_start"]) == ["2025-03-10"] * 3


def test_a_comma_inside_a_number_does_not_cut_a_figure_from_the_date_after_it():
    text = ("At least 782 civilians were killed and more than 1,143 injured between April and mid-June, "
            "according to the UN human rights office.")
    figs = analysis.extract_figures(text, "2025-03-12")
    assert list(figs["date_value"]) == ["2024-04/2024-06", "2024-04/2024-06"]


def test_a_period_ending_on_a_date_covers_the_days_up_to_it():
    figs = analysis.extract_figures("In the week to March 8, 1,200 migrants arrived; in the year to June, arrivals rose 5%.",
                                    "2025-03-12")
    assert list(zip(figs["date_start"], figs["date_end"])) == [("2025-03-02", "2025-03-08"), ("2023-07-01", "2024-06-30")]


def test_a_date_later_than_the_story_counts_from_the_latest_date_named():
    text = ("On Sunday, an air strike killed 5 people. The next day, 3 more died. Two days later, 4 were killed.\n\n"
            "In January, 40 civilians were killed. A month later, the toll had doubled to 80.")
    figs = analysis.extract_figures(text, "2025-03-12")
    assert list(figs["date_value"]) == ["2025-03-09", "2025-03-10", "2025-03-12", "2025-01", "2025-02"]


def test_the_first_months_of_a_year_are_that_part_of_it():
    figs = analysis.extract_figures("In the first nine months of 2024, the army recruited 250,000 soldiers; in the last "
                                    "two weeks of March 2024, 40 died.", "2025-03-12")
    counts = figs[figs["kind"] == "count"]
    assert list(zip(counts["date_start"], counts["date_end"])) == [("2024-01-01", "2024-09-30"), ("2024-03-18", "2024-03-31")]


def test_the_past_24_hours_dates_the_figures_beside_it_and_since_dates_the_totals():
    text = ("Health officials reported 312 new cases in the past 24 hours, bringing the total to 8,941 cases "
            "since the outbreak was declared in January.")
    figs = analysis.extract_figures(text, "2025-03-12").set_index("text")
    assert (figs.loc["312", "date_start"], figs.loc["312", "date_end"]) == ("2025-03-11", "2025-03-12")
    assert (figs.loc["8,941", "date_start"], figs.loc["8,941", "period_start"]) == ("2025-01-01", "2025-01-01")


def test_a_since_period_named_for_a_part_in_its_own_clause_does_not_date_the_whole():
    text = "Over 3,000 people have been killed since the conflict began, more than 1,000 of them since late September."
    figs = analysis.extract_figures(text, "2025-03-12")
    assert list(figs["period_start"].fillna("")) == ["", "2024-09-01"]


def test_a_since_period_that_opens_the_sentence_covers_every_clause():
    figs = analysis.extract_figures("Since October, 400 people were killed, 200 were wounded and 50 are missing.", "2025-03-12")
    assert list(figs["period_start"]) == ["2024-10-01"] * 3


def test_a_since_period_of_a_place_named_after_the_figure_is_not_the_figures():
    text = "The strikes killed 40 people in Aleppo, which has been under siege since July."
    fig = analysis.extract_figures(text, "2025-03-12").iloc[0]
    assert (fig.date_basis, fig.period_start) == ("publication", None)


def test_a_running_total_is_not_dated_by_the_past_day():
    text = "Ukraine's general staff said Russia had lost 1,240 troops in the past day, bringing its total losses to about 424,000."
    figs = analysis.extract_figures(text, "2024-03-11")
    assert list(figs["date_basis"]) == ["explicit", "publication"]


def test_a_wire_datelines_date_is_the_reports_not_the_nearest_figures():
    fig = analysis.extract_figures("BEIRUT, Jan 5 (Reuters) - Twelve people were killed, a monitor said.", "2025-01-06").iloc[0]
    assert (fig.date_value, fig.date_basis) == ("2025-01-05", "reporting_clause")


def test_a_reporting_clause_dates_a_figure_before_the_dateline_does():
    text = "GOMA, 30 January 2025 — Fighting has killed at least 700 people, the WHO said on Friday."
    fig = analysis.extract_figures(text, "2025-01-31").iloc[0]
    assert (fig.date_text, fig.date_value) == ("Friday", "2025-01-31")


def test_a_count_of_places_after_over_shares_the_date_of_the_figure_before_it():
    text = "The ministry said on Monday it had destroyed 36 drones over several regions overnight."
    figs = analysis.extract_figures(text, "2024-03-11")
    assert list(figs["date_text"]) == ["overnight", "overnight"]


def test_a_day_between_a_whole_and_its_part_dates_the_whole():
    text = ("Monitor says air strikes kill 22 in Idlib Reuters Wednesday 26 Oct 2016 The Observatory said air strikes killed"
            " at least 22 people in a village on Wednesday seven of them children.")
    figs = analysis.extract_figures(text, "2016-10-18")
    assert list(figs["date_text"])[1:] == ["Wednesday", "Wednesday"]


def test_hours_to_a_clock_time_reach_back_into_the_day_before():
    fig = analysis.extract_figures("In the 24 hours to 8 a.m. on Sunday, 310 people were admitted to hospital.", "2025-03-20").iloc[-1]
    assert (fig.date_start, fig.date_end) == ("2025-03-15", "2025-03-16")


def test_a_since_period_of_a_running_total_is_not_the_figure_befores():
    text = "The strikes killed 22 people, officials said, bringing the death toll since October to more than 3,000."
    figs = analysis.extract_figures(text, "2024-11-20")
    assert list(figs["date_basis"]) == ["publication", "explicit"]


def test_an_aside_naming_who_the_group_mostly_was_does_not_split_the_sentences_date():
    text = "Militants killed about 1,200 people, mostly civilians, and took 251 hostages in the October 7 attack."
    figs = analysis.extract_figures(text, "2023-10-20")
    assert list(figs["date_value"]) == ["2023-10-07", "2023-10-07"]


def test_a_restatement_between_commas_does_not_split_the_sentences_date():
    figs = analysis.extract_figures("The firm will cut about 1,500 jobs, or 6% of its workforce, by March.", "2024-11-12")
    assert list(figs["date_value"]) == ["2025-03", "2025-03"]


def test_as_of_a_date_dates_every_figure_of_the_list():
    figs = analysis.extract_figures("The agency reported 14 dead, 9 missing and 27 injured as of 6 a.m. Sunday.", "2025-03-12")
    assert list(figs["date_start"]) == ["2025-03-09"] * 3


def test_a_noun_ending_in_est_before_since_is_not_a_superlative():
    fig = analysis.extract_figures("Nearly 700 people have been killed in the unrest since May 2023.", "2025-03-12").iloc[0]
    assert (fig.date_start, fig.period_start) == ("2023-05-01", "2023-05-01")


def test_two_objects_of_one_verb_share_the_date_after_the_second():
    text = "Russia launched 147 drones and two ballistic missiles at Ukraine overnight, the air force said on Friday."
    figs = analysis.extract_figures(text, "2025-02-14")
    assert list(figs["date_text"]) == ["overnight", "overnight"]


def test_has_since_makes_an_inherited_date_the_start_of_a_period():
    text = "The war began on Oct. 7, 2023. The campaign has since killed more than 48,000 people."
    fig = analysis.extract_figures(text, "2025-03-18").iloc[0]
    assert (fig.date_start, fig.date_end, fig.period_start, fig.date_basis) == ("2023-10-07", "2025-03-18", "2023-10-07", "inherited")


def test_so_far_this_year_after_a_superlative_compares_and_is_no_period():
    text = "More than 800 migrants crossed the Channel on Saturday, the highest daily figure so far this year."
    fig = analysis.extract_figures(text, "2024-10-06").iloc[0]
    assert (fig.date_start, fig.period_start) == ("2024-10-05", None)


def test_a_date_after_compared_with_dates_the_baseline_not_the_figure():
    text = "Arrivals to Italy have fallen by roughly 60 percent compared with the same period last year."
    fig = analysis.extract_figures(text, "2025-03-12").iloc[0]
    assert (fig.date_start, fig.date_basis) == ("2025-03-12", "publication")


def test_a_date_after_a_from_baseline_is_the_baseline_s_alone():
    text = "Exports rose to 500 tonnes from 300 tonnes in the same period last year."
    figs = analysis.extract_figures(text, "2025-03-12")
    assert list(figs["date_start"]) == ["2025-03-12", "2024-01-01"]


def test_a_part_listed_with_including_does_not_cut_a_since_period():
    text = "The mission has verified that 12,340 civilians, including 669 children, have been killed since February 2022."
    figs = analysis.extract_figures(text, "2025-04-12")
    assert list(figs["period_start"]) == ["2022-02-01", "2022-02-01"]


def test_a_part_with_its_own_since_period_takes_it():
    text = "Over 3,000 people have been killed since the war began in 2023, more than 1,000 of them since late September."
    figs = analysis.extract_figures(text, "2025-04-12")
    assert list(figs["period_start"]) == ["2023-01-01", "2024-09-01"]


def test_a_figure_added_with_with_shares_the_date_of_the_figure_before():
    text = "The official toll from the floods climbed to 1,033 on Saturday, with more than 1,500 injured."
    figs = analysis.extract_figures(text, "2025-03-12")
    assert list(figs["date_start"]) == ["2025-03-08", "2025-03-08"]


def test_a_part_of_a_whole_opening_the_sentence_shares_its_date():
    text = "Of the 1,139 people killed in the October 7 attack, 695 were Israeli civilians."
    figs = analysis.extract_figures(text, "2025-03-12")
    assert list(figs["date_start"]) == ["2024-10-07", "2024-10-07"]


def test_a_bare_quarter_number_after_in_is_the_latest_such_quarter():
    dates = analysis.find_dates("In Q3, revenue rose, and the Audi Q3 was recalled.", "2025-03-12")
    assert list(dates["value"]) == ["2024-Q3"]


def test_a_slash_date_reads_day_first_when_only_that_reading_can_be_past():
    dates = analysis.find_dates("On 25/12/2024 and on 12/03/2025 the system failed; on 12/25/2024 it was fixed.", "2025-03-12")
    assert list(dates["value"]) == ["2024-12-25", "2025-03-12", "2024-12-25"]


def test_a_clock_time_with_its_zone_in_brackets_does_not_end_the_sentence():
    text = "A drone struck a fuel depot at about 9:40 p.m. (1840 GMT) Tuesday, killing four workers, officials said."
    fig = analysis.extract_figures(text, "2025-03-12").iloc[0]
    assert (fig.value, fig.date_start, fig.source) == (4, "2025-03-11", "officials")
    assert fig.sentence == text


def test_figures_a_day_after_a_dated_clause_happened_the_day_before():
    text = "Israeli strikes killed 45 people in Gaza on Friday, a day after 60 were killed across the territory."
    dated = analysis.extract_figures(text, "2025-06-14")
    assert list(zip(dated.value, dated.date_value)) == [(45, "2025-06-13"), (60, "2025-06-12")]


def test_figures_two_days_before_an_undated_main_clause_count_back_from_publication():
    dated = analysis.extract_figures("The attack came two days after air strikes killed 26 people in the province.", "2025-06-14")
    assert (dated.iloc[0].value, dated.iloc[0].date_value, dated.iloc[0].date_basis) == (26, "2025-06-12", "explicit")


def test_a_day_after_a_clause_that_names_its_own_day_keeps_that_day():
    dated = analysis.extract_figures("The bombing came a day after strikes on Monday killed 12 people.", "2025-06-14")
    assert dated.iloc[0].date_value == "2025-06-09"


def test_the_main_clause_after_a_fronted_day_after_keeps_its_own_date():
    dated = analysis.extract_figures("A day after 60 people were killed, the army launched new strikes that killed 12.", "2025-06-14")
    assert list(zip(dated.value, dated.date_value)) == [(60, "2025-06-13"), (12, "2025-06-14")]


def test_a_superlative_since_the_start_of_a_war_gives_no_period():
    dated = analysis.extract_figures("The attack was the deadliest since the start of the war in 2011, killing 40 people.", "2025-06-14")
    assert (dated.iloc[0].date_value, dated.iloc[0].date_basis) == ("2025-06-14", "publication")


def test_a_superlative_with_its_noun_before_since_gives_no_period():
    dated = analysis.extract_figures("It was the deadliest attack since 2015, killing 40 people.", "2025-06-14")
    assert dated.iloc[0].date_value == "2025-06-14"


def test_a_count_since_the_start_of_a_war_covers_the_war():
    dated = analysis.extract_figures("More than 500,000 people have been killed since the start of the war in 2011.", "2025-06-14")
    assert (dated.iloc[0].date_value, dated.iloc[0].period_start) == ("2011", "2011-01-01")


def test_the_figures_of_the_event_a_since_phrase_names_take_its_day():
    text = "The shelling was the deadliest since the March 19 bombing that killed 87 civilians."
    dated = analysis.extract_figures(text, "2025-06-14")
    assert (dated.iloc[0].value, dated.iloc[0].date_value, dated.iloc[0].period_start) == (87, "2025-03-19", None)


def test_wire_copy_carries_the_leads_day_to_the_next_paragraphs_past_event():
    text = ("Fighters killed at least 40 people in an attack on a village on Tuesday, a local group said.\n\n"
            "The fighters stormed the village at dawn, the group said, adding that more than 100 people were wounded.")
    dated = analysis.extract_figures(text, "2024-06-12")
    assert list(zip(dated.value, dated.date_value, dated.date_basis)) == [
        (40, "2024-06-11", "explicit"), (100, "2024-06-11", "inherited")]


def test_a_present_tense_paragraph_does_not_take_the_day_of_the_one_before():
    text = ("Fighters killed at least 40 people in an attack on a village on Tuesday, a local group said.\n\n"
            "The UN says 2 million people in the state face famine.")
    dated = analysis.extract_figures(text, "2024-06-12")
    assert dated.iloc[1].date_basis == "publication"


def test_a_week_named_in_one_paragraph_does_not_date_the_next():
    text = "Last week, fighters killed 35 people in a raid nearby.\n\nThe army said it had lost 12 soldiers."
    dated = analysis.extract_figures(text, "2024-06-12")
    assert dated.iloc[1].date_basis == "publication"


def test_a_reports_heading_as_of_a_day_dates_the_figures_below_it():
    text = "# Flash Update No. 12 (as of 10 June 2025)\n\n- People killed: 1,245\n- Missing: 63\n"
    dated = analysis.extract_figures(text, "2025-06-11")
    assert list(zip(dated.value, dated.date_value, dated.date_basis)) == [
        (1245, "2025-06-10", "inherited"), (63, "2025-06-10", "inherited")]


def test_an_as_of_day_inside_the_text_is_no_heading():
    text = "The ministry said 40 people had died.\nAs of 10 June 2025, the agency had counted 63 missing people."
    dated = analysis.extract_figures(text, "2025-06-11")
    assert dated.iloc[0].date_basis == "publication"


def test_a_total_raised_by_a_days_finds_stands_on_that_day():
    dated = analysis.extract_figures("Rescuers found 8 more bodies on Sunday, raising the toll to 57.", "2025-06-14")
    assert list(zip(dated.value, dated.date_value)) == [(8, "2025-06-08"), (57, "2025-06-08")]


def test_a_total_after_a_past_days_losses_is_no_days_figure():
    dated = analysis.extract_figures("Russia lost 1,240 troops in the past day, bringing its total losses to 424,000.", "2025-06-14")
    assert dated.iloc[1].date_basis == "publication"


def test_a_span_of_weekdays_is_one_stretch_of_days_in_the_past():
    dated = analysis.extract_figures("Between Friday and Sunday, 12 people were killed.", "2025-06-14")
    assert (dated.iloc[0].date_start, dated.iloc[0].date_end) == ("2025-06-06", "2025-06-08")


def test_a_span_of_weekdays_ahead_is_one_stretch_of_days_to_come():
    dated = analysis.extract_figures("The clinic will vaccinate 12 people between Friday and Sunday.", "2025-06-14")
    assert (dated.iloc[0].date_start, dated.iloc[0].date_end) == ("2025-06-20", "2025-06-22")


def test_a_toll_carries_the_day_named_two_sentences_up_past_an_undated_one():
    text = ("Air strikes killed 16 civilians in the town on Monday, the monitor said. The highest toll was in the "
            "old quarter, it said. Five more civilians were killed in a nearby village.")
    dated = analysis.extract_figures(text, "2025-06-12")
    assert list(zip(dated.value, dated.date_value)) == [(16, "2025-06-09"), (5, "2025-06-09")]


def test_a_running_total_two_sentences_down_keeps_the_publication_date():
    text = ("Air strikes killed 16 civilians in the town on Monday, the monitor said. The town lies near the border. "
            "The war has killed more than 300,000 people.")
    dated = analysis.extract_figures(text, "2025-06-12")
    assert dated.iloc[1].date_basis == "publication"


def test_what_a_speaker_adds_about_a_past_event_shares_the_reports_day():
    text = "Russian strikes killed 12 people on Monday, officials said, adding that 30 others were wounded."
    dated = analysis.extract_figures(text, "2024-09-03")
    assert list(dated.date_value) == ["2024-09-02", "2024-09-02"]


def test_a_plan_a_speaker_adds_keeps_the_publication_date():
    text = "Russian strikes killed 12 people on Monday, officials said, adding that 300 more troops will be sent."
    dated = analysis.extract_figures(text, "2024-09-03")
    assert list(dated.date_basis) == ["explicit", "publication"]


def test_a_part_counted_in_the_next_sentence_shares_the_group_date():
    text = "At least 673 people have been killed since Tuesday, the ministry said. Of those, 322 were children, UNICEF said."
    dated = analysis.extract_figures(text, "2025-03-24")
    assert list(dated.period_start) == ["2025-03-18", "2025-03-18"]


def test_the_day_of_an_event_waited_for_does_not_date_the_figure():
    dated = analysis.extract_figures("The government deployed 4,000 police officers ahead of Sunday's vote.", "2025-03-15")
    assert dated.iloc[0].date_basis == "publication"


def test_a_stretch_of_time_that_is_the_subject_of_a_toll_ends_at_publication():
    dated = analysis.extract_figures("Three weeks of fighting have killed 200 people, the UN said.", "2025-03-15")
    toll = dated[dated.kind == "count"].iloc[0]
    assert (toll.date_start, toll.date_end, toll.period_start) == ("2025-02-22", "2025-03-15", "2025-02-22")
