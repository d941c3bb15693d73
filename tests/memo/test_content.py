"""What goes on the memo, before any PDF: crisis lines, texts and their languages."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from dataclasses import replace
from datetime import datetime

import pytest
import tinyhtml5
from django.utils import translation

from tests.memo.conftest import AT, JST, payload_for
from tsunagari.catalog.snapshot import CatalogSnapshot
from tsunagari.memo.content import (
    FULL_SERVICES,
    contact_href,
    crisis_lines,
    line_contact,
    memo_build,
    page_url,
)
from tsunagari.memo.render import FontOnlyFetcher, ParsedHTML, memo_document, memo_html
from tsunagari.navigator.crisis_lines import crisis_block
from tsunagari.navigator.crisis_lines import crisis_lines as web_crisis_lines

IN_9999_PERIOD = datetime(2024, 5, 3, 12, 0, tzinfo=JST)  # the May 2024 run of #9999
NIGHT = datetime(2026, 11, 25, 3, 0, tzinfo=JST)  # most desks and some lines closed


def line_values(snapshot, at, *, kinds=(), child=False):
    with translation.override("en"):
        lines = crisis_lines(snapshot, at, "en", kinds=kinds, crisis=bool(kinds), child=child)
    return [line.value for line in lines]


def test_crisis_lines_cover_suicide_abuse_violence_and_sexual_violence(snapshot):
    with translation.override("en"):
        lines = crisis_lines(snapshot, AT, "en")
    assert {"suicide", "child_abuse", "dv", "sexual_violence"} <= {
        kind for line in lines for kind in line.kinds
    }
    assert all(line.value for line in lines)


def test_a_round_the_clock_phone_line_is_on_every_memo(snapshot):
    assert "0120-279-338" in line_values(snapshot, AT)  # よりそいホットライン, 24 h
    assert "0120-279-338" in line_values(snapshot, NIGHT, kinds=["suicide"])


def test_a_child_in_crisis_gets_the_childrens_line_first(snapshot):
    assert line_values(snapshot, AT, kinds=["suicide"], child=True)[0] == "0120-0-78310"


def test_the_kinds_in_the_persons_words_come_first(snapshot):
    with translation.override("en"):
        lines = crisis_lines(snapshot, AT, "en", kinds=["dv"], crisis=True)
    assert "dv" in lines[0].kinds


def test_9999_is_listed_only_while_it_runs(snapshot):
    assert "#9999" not in line_values(snapshot, AT)
    assert "#9999" in line_values(snapshot, IN_9999_PERIOD)


def web_line_ids(snapshot, payload, lang, at, audience):
    """The crisis lines the web shows for this answer, in page order: the result's crisis
    block (open, else other open lines; then hours differ; then closed), or the crisis page."""
    kinds = frozenset(payload["crisis_kinds"])
    if kinds or payload["crisis"]:
        block = crisis_block(snapshot, kinds, audience, lang, at, payload)
        groups = (block["open"], block["others"], block["maybe"], block["closed"])
        return [line["id"] for group in groups for line in group]
    return [line["id"] for line in web_crisis_lines(snapshot, lang, at)]


@pytest.mark.parametrize("at", [AT, NIGHT, IN_9999_PERIOD], ids=["day", "night", "9999"])
@pytest.mark.parametrize("audience", ["adult", "child"])
@pytest.mark.parametrize(
    ("lang", "crisis"),
    [
        ("ja", {}),  # no crisis: every line, as on the crisis page
        ("ja", {"text": "もう死にたい"}),
        ("en", {"crisis_kinds": ["dv"]}),  # as a guided answer gives it
        ("ja-easy", {"crisis_kinds": ["child_abuse", "sexual_violence"]}),
        ("th", {}),
    ],
    ids=["ja", "ja-words", "en-dv", "ja-easy-abuse", "th"],
)
def test_the_memo_lists_the_crisis_lines_the_web_shows_in_its_order(
    snapshot, lang, crisis, audience, at
):
    payload = payload_for(snapshot, lang, audience=audience, at=at.isoformat(), **crisis)
    assert bool(crisis) == bool(payload["crisis_kinds"] or payload["crisis"])
    with translation.override(lang):
        memo = memo_build(payload, snapshot, lang=lang, at=at, child=audience == "child")
        web = web_line_ids(snapshot, payload, lang, at, audience)
    assert web
    assert [line.id for line in memo.crisis_lines] == web


@pytest.mark.parametrize("audience", ["adult", "child"])
def test_without_services_the_memo_orders_lines_for_the_persons_age_as_the_web_does(
    snapshot, audience
):
    """No ranked services to follow: lines for the person's age group come first."""
    payload = payload_for(snapshot, "ja", audience=audience, crisis_kinds=["suicide"])
    payload["services"] = []
    with translation.override("ja"):
        memo = memo_build(payload, snapshot, lang="ja", at=AT, child=audience == "child")
        web = web_line_ids(snapshot, payload, "ja", AT, audience)
    assert [line.id for line in memo.crisis_lines] == web
    children_first = web[0] == "24h-kodomo-sos-dial"
    assert children_first == (audience == "child")


def test_free_text_is_dropped_without_the_persons_consent(snapshot):
    payload = payload_for(snapshot, "ja", text="夫を亡くしてから誰とも話していない")
    with translation.override("ja"):
        assert memo_build(payload, snapshot, lang="ja", at=AT).free_text is None
    html = memo_html(payload, snapshot, lang="ja", at=AT)
    assert "夫を亡くして" not in html


def without_language(snapshot, lang):
    """The catalog as it would be before anyone translated it into `lang`."""
    services = tuple(
        replace(s, texts={k: v for k, v in s.texts.items() if k != lang}) for s in snapshot.services
    )
    needs = tuple(
        replace(n, names={k: v for k, v in n.names.items() if k != lang}) for n in snapshot.needs
    )
    return CatalogSnapshot(services=services, needs=needs, by_id={s.id: s for s in services})


def test_fallback_texts_carry_their_own_language(snapshot):
    snapshot = without_language(snapshot, "th")
    payload = payload_for(snapshot, "th")
    with translation.override("th"):
        memo = memo_build(payload, snapshot, lang="th", at=AT)
    assert memo.html_lang == "th"
    assert {service.name.lang for service in memo.services} == {"en"}
    assert {need.lang for need in memo.needs} == {"en"}
    html = memo_html(payload, snapshot, lang="th", at=AT)
    assert 'lang="en"' in html


def test_easy_japanese_falls_back_to_japanese_without_marking_it(snapshot):
    payload = payload_for(snapshot, "ja-easy")
    html = memo_html(payload, snapshot, lang="ja-easy", at=AT)
    assert '<html lang="ja">' in html
    assert 'lang="en"' not in html


def test_the_nepali_memo_dates_itself_as_nepali_readers_write_dates(snapshot):
    """Year, month's name, day; 24-hour clock; international digits (glossary, Nepali)."""
    payload = payload_for(snapshot, "ne")
    payload["services"][0]["open_now"] = True
    html = memo_html(payload, snapshot, lang="ne", at=AT)
    assert "बनाएको मिति: 2026 नोभेम्बर 25, 14:00 (जापानको समय)।" in html
    assert "(14:00 बजेको अवस्था)" in html
    assert not re.search("[\u0966-\u096f]", html)


def test_open_now_is_said_as_of_the_memo_time(snapshot):
    payload = payload_for(snapshot, "en")
    payload["services"][0]["open_now"] = True
    payload["services"][1]["open_now"] = None
    with translation.override("en"):
        memo = memo_build(payload, snapshot, lang="en", at=AT)
    assert memo.services[0].open_label == "Open now (at 14:00)."
    assert "cannot tell" in memo.services[1].open_label


def element_text(element: ElementTree.Element) -> str:
    return "".join(element.itertext())


def test_the_first_five_services_are_given_in_full_and_the_rest_in_short(snapshot):
    payload = payload_for(snapshot, "en")
    assert len(payload["services"]) == 10
    with translation.override("en"):
        memo = memo_build(payload, snapshot, lang="en", at=AT)
    assert [s.number for s in memo.services] == list(range(1, FULL_SERVICES + 1))
    assert [s.number for s in memo.more_services] == list(range(FULL_SERVICES + 1, 11))
    assert all(s.next_step.value and s.for_whom.value for s in memo.services)
    for brief in memo.more_services:
        contact = line_contact(snapshot.by_id[brief.id])
        if contact is None:  # no contact of its own (子ども食堂): its next step instead
            assert brief.contact is None
            assert brief.how is not None
            assert brief.how.value
            continue
        assert brief.contact is not None
        assert brief.contact.value == contact.value  # a phone first, else a chat or page
        assert brief.how is None
    assert [s.id for s in memo.desk_services] == [s["id"] for s in payload["services"]]

    root = tinyhtml5.parse(memo_html(payload, snapshot, lang="en", at=AT), False)
    full = element_text(root.find(".//section[@class='services']"))
    more = element_text(root.find(".//section[@class='more']"))
    assert more.startswith("More places you can contact")
    for service in memo.services:
        assert service.next_step.value in full
        assert all(contact.value in full for contact in service.contacts)
    for brief in memo.more_services:
        entry = snapshot.by_id[brief.id]
        assert f"{brief.number}. {brief.name.value}" in more
        assert brief.name_ja in more
        assert brief.open_label in more
        if brief.contact is None:  # where to ask, given once, in short
            assert (full + more).count(entry.text("en", "next_step")) == 1
        else:
            assert brief.contact.value in more
            assert entry.text("en", "next_step") not in full + more
        assert f"{brief.number}. {brief.name.value}" not in full


def test_the_print_view_shows_what_the_pdf_shows(snapshot):
    payload = payload_for(snapshot, "vi")
    pdf, page = (
        memo_html(payload, snapshot, lang="vi", at=AT, reopen_url="https://x.example/r", for_pdf=f)
        for f in (True, False)
    )
    assert "More places you can contact" not in pdf  # in Vietnamese
    assert 'class="more"' in pdf
    assert pdf[pdf.index("<body>") :] == page[page.index("<body>") :]


def test_a_service_that_left_the_catalog_is_left_out(snapshot):
    payload = payload_for(snapshot, "ja")
    payload["services"].insert(0, {"id": "no-such-service", "why": ""})
    with translation.override("ja"):
        memo = memo_build(payload, snapshot, lang="ja", at=AT)
    assert "no-such-service" not in [s.id for s in memo.services]


def test_page_urls_are_only_url_contacts(snapshot):
    for entry in snapshot.services:
        url = page_url(entry)
        assert url == "" or any(c.kind == "url" and c.value == url for c in entry.contacts)


def test_numbers_become_tel_links_and_text_stays_text(snapshot):
    contacts = {c.value: c for e in snapshot.services for c in e.contacts}
    assert contact_href(contacts["#8008"]) == "tel:%238008"
    assert contact_href(contacts["0120-279-338"]) == "tel:0120279338"
    assert contact_href(contacts["LINE「生きづらびっと」"]) == ""


def test_the_print_view_names_no_font_file_of_ours(snapshot):
    payload = payload_for(snapshot, "ja")
    assert "file://" not in memo_html(payload, snapshot, lang="ja", at=AT, for_pdf=False)
    assert "Noto Sans CJK JP" in memo_html(payload, snapshot, lang="ja", at=AT, for_pdf=False)


@pytest.mark.parametrize("lang", ["ja", "en", "th", "ne", "zh-hans"])
def test_the_memo_markup_reads_the_same_with_the_fast_parser(snapshot, lang, tmp_path):
    """The XML parser reads our markup into the tree WeasyPrint's HTML5 parser makes,
    free text with line breaks and markup characters included."""
    payload = payload_for(snapshot, lang)
    words = "A <b>&amp; \"quoted\" 'words'\n  on two lines"
    html = memo_html(
        payload,
        snapshot,
        lang=lang,
        at=AT,
        include_text=words,
        reopen_url="https://x.example/r?a=1&b=2",
    )
    document = memo_document(html, FontOnlyFetcher(tmp_path))
    assert isinstance(document, ParsedHTML)
    expected = tinyhtml5.parse(html, namespace_html_elements=False)
    body = expected.find("body")
    if body is not None and len(body) and (body[-1].tail or "").strip() == "":
        body[-1].tail = None  # the HTML5 parser keeps the file's last newline in <body>
    assert ElementTree.tostring(document.etree_element) == ElementTree.tostring(expected)


def test_markup_the_xml_parser_cannot_read_still_makes_a_memo(tmp_path):
    document = memo_document(
        "<html><body><p>a&nbsp;b<br></p></body></html>", FontOnlyFetcher(tmp_path)
    )
    assert not isinstance(document, ParsedHTML)
    assert document.write_pdf()
