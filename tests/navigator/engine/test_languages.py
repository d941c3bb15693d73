"""Languages a service can be used in, as the ranking reads them."""

from tests.navigator.engine.test_ranking import WEEKDAY_AFTERNOON
from tsunagari.navigator.engine.navigate import navigate
from tsunagari.navigator.engine.types import NavigationRequest


def reasons_of(snapshot, service_id, text, lang):
    result = navigate(snapshot, NavigationRequest(text=text, lang=lang, at=WEEKDAY_AFTERNOON))
    match = next(m for m in result.matches if m.service_id == service_id)
    return {reason.code for reason in match.reasons}


def test_a_line_with_unnamed_further_languages_is_never_called_japanese_only(snapshot):
    """DV相談+ offers foreign languages the reference does not name (catalog code `mul`)."""
    codes = reasons_of(snapshot, "dv-soudan-plus", "my husband hits me every night", "en")
    assert "other_languages" in codes
    assert "japanese_only" not in codes


def test_a_line_in_japanese_only_says_so_to_a_foreign_language_user(snapshot):
    codes = reasons_of(snapshot, "dv-soudan-navi", "my husband hits me every night", "en")
    assert "japanese_only" in codes
