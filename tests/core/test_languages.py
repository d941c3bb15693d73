from tsunagari.core.languages import HTML_LANG, LANGUAGE_CODES, base_language


def test_japanese_comes_first_and_twelve_locales_are_served():
    assert LANGUAGE_CODES[0] == "ja"
    assert len(LANGUAGE_CODES) == 12


def test_easy_japanese_falls_back_to_japanese_texts():
    assert base_language("ja-easy") == "ja"
    assert base_language("th") == "th"


def test_html_lang_uses_bcp47_tags():
    assert HTML_LANG["zh-hans"] == "zh-Hans"
    assert HTML_LANG["pt"] == "pt-BR"
