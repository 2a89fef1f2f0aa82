"""The sentence splitter: a full stop ends a sentence unless it closes an abbreviation or a clock time."""
import pytest

from analysis.text import sentence_spans, singular


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


@pytest.mark.parametrize("text", [
    "The blast hit at 9 p.m. ET Tuesday, killing four. Rescuers worked overnight.",
    "The blast hit at 10:35 a.m. (0735 GMT) Friday, killing four. Rescuers worked overnight.",
    "The blast hit at 9 p.m. Mar. 3, killing four. Rescuers worked overnight.",
    "Mr. Kim said the U.S. military counted four dead on Dec. 23. Rescuers worked overnight.",
])
def test_abbreviations_and_clock_times_do_not_end_a_sentence(text):
    assert len(sentences(text)) == 2


def test_a_clock_time_at_the_end_of_a_sentence_ends_it():
    assert sentences("The vote closed at 8 p.m. Turnout was 61%.") == ["The vote closed at 8 p.m.", "Turnout was 61%."]


def test_a_word_that_merely_starts_like_a_month_ends_the_sentence():
    assert len(sentences("The talks ended at 6 p.m. Janet Yellen left first.")) == 2


def test_singular_of_a_plural_in_ves_is_the_noun_in_f():
    assert singular("lives") == "life"
    assert singular("wives") == "wife"


def test_singular_of_regular_plurals():
    assert [singular(w) for w in ("cities", "churches", "houses", "civilians", "witnesses")] == \
        ["city", "church", "house", "civilian", "witness"]


def test_singular_leaves_short_words_and_words_in_ss_alone():
    assert [singular(w) for w in ("bus", "gas", "boss")] == ["bus", "gas", "boss"]


def test_a_decimal_comma_before_a_scale_word_is_one_number():
    from analysis.text import parse_digits, tokenize
    tokens = [t.text for t in tokenize("1,2 million doses")]
    assert tokens[0] == "1,2" and parse_digits("1,2") == 1.2


def test_a_comma_between_small_numbers_elsewhere_separates_them():
    from analysis.text import tokenize
    assert [t.text for t in tokenize("1,2 and 3")][:3] == ["1", "2", "and"]


def test_a_web_domain_glued_to_a_name_is_one_word():
    from analysis.text import tokenize
    assert [t.text for t in tokenize("according to PowerOutage.us.")][-2:] == ["PowerOutage.us", "."]


def test_a_full_stop_between_a_word_and_the_next_sentence_stays_apart():
    from analysis.text import tokenize
    assert [t.text for t in tokenize("He told us. Then")] == ["He", "told", "us", ".", "Then"]


def test_a_caption_credit_after_its_date_ends_the_caption():
    text = "A checkpoint is seen on a highway June 6 2015 (Reuters) Two people were killed in the attack."
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["A checkpoint is seen on a highway June 6 2015 (Reuters)",
                                             "Two people were killed in the attack."]


def test_a_dateline_credit_without_a_year_ends_nothing():
    text = "KYIV, July 9 (Reuters) Russia launched 728 drones overnight."
    assert len(sentence_spans(text)) == 1
