"""Each result says which languages the service can be used in."""

import pytest
from django.utils import translation

from tests.navigator.web.conftest import Conversation

pytestmark = pytest.mark.django_db


def test_an_english_result_names_the_languages_of_each_service(client):
    conversation = Conversation(client, prefix="/en/")
    html = conversation.post(text="my husband hits me and I am scared", op="text")
    with translation.override("en"):
        assert html.count("Languages you can use:") >= 5
        assert "other languages too (ask which)" in html  # DV相談+ offers unnamed ones


def test_a_japanese_result_shows_no_language_line_for_japanese_only_services(client):
    html = Conversation(client).post(text="家賃が払えない", op="text")
    with translation.override("ja"):
        label = translation.gettext("Languages you can use:")
    assert label not in html or html.count(label) < 3
