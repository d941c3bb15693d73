"""The memo as a document: tagged and titled, the person's words only on request,
QR codes that encode the right links, and the Japanese page for desk staff."""

from __future__ import annotations

import re

import pytest
import segno
from weasyprint import HTML

from tests.memo.conftest import AT, REOPEN_URL, payload_for, pdf_reader, pdf_text, squeeze
from tsunagari.core.languages import HTML_LANG
from tsunagari.memo.content import FULL_SERVICES, line_contact, page_url
from tsunagari.memo.render import ParsedHTML, render_memo

FREE_TEXT = "夫を亡くしてから誰とも話していない"


def struct_tags(node, found=None):
    found = set() if found is None else found
    node = node.get_object()
    if isinstance(node, list):
        for kid in node:
            struct_tags(kid, found)
        return found
    if hasattr(node, "get") and node.get("/S"):
        found.add(str(node["/S"]))
    kids = node.get("/K") if hasattr(node, "get") else None
    if kids is not None and not isinstance(kids, int):
        struct_tags(kids, found)
    return found


@pytest.mark.parametrize("lang", ["ja", "en", "th"])
def test_pdf_is_tagged_with_language_title_and_headings(lang, memo_pdf):
    reader = pdf_reader(memo_pdf(lang))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == HTML_LANG[lang]
    assert root["/MarkInfo"]["/Marked"]
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    assert reader.metadata.title
    tags = struct_tags(root["/StructTreeRoot"]["/K"])
    assert {"/H1", "/H2", "/H3", "/P", "/L", "/Figure"} <= tags


def test_pdf_is_a4(memo_pdf):
    box = pdf_reader(memo_pdf("ja")).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_free_text_stays_out_unless_the_person_asked(snapshot):
    payload = payload_for(snapshot, "ja", text=FREE_TEXT)
    without = squeeze(pdf_text(render_memo(payload, snapshot, lang="ja", at=AT)))
    assert FREE_TEXT not in without
    with_text = squeeze(
        pdf_text(render_memo(payload, snapshot, lang="ja", at=AT, include_text=FREE_TEXT))
    )
    assert with_text.count(FREE_TEXT) == 2  # on the person's page and the desk page


def test_worries_are_named_in_the_persons_language(memo_pdf):
    text = pdf_text(memo_pdf("en"))
    assert "Loneliness" in text
    assert "Housing" in text
    desk = text[text.index("窓口の方へ") :]
    assert "住まい" in desk


def qr_matrix(image):
    """Dark modules of a 1-pixel-per-module QR image, as rows of booleans."""
    gray = image.convert("L")
    return [
        tuple(gray.getpixel((x, y)) < 128 for x in range(gray.width)) for y in range(gray.height)
    ]


def expected_matrix(url):
    code = segno.make(url, error="m", micro=False)
    return [tuple(bool(v) for v in row) for row in code.matrix_iter(scale=1, border=2)]


def qr_codes(pdf):
    """Every distinct QR image in the PDF (WeasyPrint shares resources between pages)."""
    reader = pdf_reader(pdf)
    return {tuple(qr_matrix(i.image)) for page in reader.pages for i in page.images}


def test_reopen_qr_encodes_the_link_it_was_given(memo_pdf):
    assert tuple(expected_matrix(REOPEN_URL)) in qr_codes(memo_pdf("ja"))


def test_no_reopen_qr_without_a_link(snapshot):
    payload = payload_for(snapshot, "en")
    pdf = render_memo(payload, snapshot, lang="en", at=AT)
    assert tuple(expected_matrix(REOPEN_URL)) not in qr_codes(pdf)
    assert "Open this result again" not in pdf_text(pdf)


def test_each_full_service_qr_is_its_first_url_and_none_is_invented(memo_pdf, snapshot):
    """Services listed in short after the first five carry no QR code."""
    payload = payload_for(snapshot, "ja")
    urls = [page_url(snapshot.by_id[s["id"]]) for s in payload["services"]]
    assert "" in urls[:FULL_SERVICES]  # some services have no page of their own
    later = {url for url in urls[FULL_SERVICES:] if url} - set(urls[:FULL_SERVICES])
    assert later  # the bench answer has pages among its later services too
    expected = {tuple(expected_matrix(url)) for url in urls[:FULL_SERVICES] if url}
    expected.add(tuple(expected_matrix(REOPEN_URL)))
    assert qr_codes(memo_pdf("ja")) == expected


def without_page_numbers(text: str) -> str:
    """The text without the footers ("4/6") that fall inside a text crossing a page."""
    return re.sub(r"(?m)^\s*\d+/\d+\s*$", "", text)


def test_services_after_the_fifth_are_listed_in_short_with_their_contact(memo_pdf, snapshot):
    text = squeeze(without_page_numbers(pdf_text(memo_pdf("en"))))
    full, _, rest = text.partition("Moreplacesyoucancontact")
    more = rest[: rest.index("窓口の方へ")]
    assert text.count("Whattodonext:") == FULL_SERVICES
    payload = payload_for(snapshot, "en")
    for number, item in enumerate(payload["services"], start=1):
        entry = snapshot.by_id[item["id"]]
        name = squeeze(f"{number}. {entry.text('en', 'name')}")
        if number <= FULL_SERVICES:
            assert name in full
            assert squeeze(entry.text("en", "next_step")) in full
        else:
            assert name in more
            assert squeeze(entry.text("ja", "name")) in more
            contact = line_contact(entry)
            if contact is None:  # no contact of its own: where to ask instead, in short
                assert squeeze(entry.text("en", "next_step")) in more
                assert squeeze(entry.text("en", "next_step")) not in full
            else:
                assert squeeze(contact.value) in more
                assert squeeze(entry.text("en", "next_step")) not in text


@pytest.mark.parametrize("lang", ["ja", "en", "vi"])
def test_desk_page_is_one_japanese_page_of_its_own(lang, memo_pdf, snapshot):
    pdf = memo_pdf(lang)
    pages = pdf_text(pdf).split("\f")
    last = squeeze(pages[-2])  # pdftotext ends each page with a form feed
    assert last.startswith("窓口の方へ")
    assert "窓口の方へ" not in squeeze(pages[-3])
    for item in payload_for(snapshot, lang)["services"]:
        assert squeeze(snapshot.by_id[item["id"]].text("ja", "name")) in last


def test_desk_page_names_a_foreign_residents_language(memo_pdf):
    text = pdf_text(memo_pdf("ne"))
    assert "ネパール語" in text[text.index("窓口の方へ") :]


def test_phone_numbers_are_tappable_links(memo_pdf):
    reader = pdf_reader(memo_pdf("ja"))
    uris = {
        annotation.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annotation in page.get("/Annots") or []
        if "/A" in annotation.get_object()
    }
    assert "tel:0120279338" in uris
    assert "tel:110" in uris


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_cut_user_agent_sheet_makes_the_same_pdf_as_weasyprints_own(
    lang, snapshot, monkeypatch
):
    """user_agent.css keeps only the rules for elements a memo has: not one byte changes."""
    payload = payload_for(snapshot, lang, text="I cannot pay the rent.\nI live alone.")

    def render() -> bytes:
        return render_memo(
            payload,
            snapshot,
            lang=lang,
            at=AT,
            reopen_url=REOPEN_URL,
            include_text="I cannot pay the rent.\nI live alone.",
        )

    cut = render()
    monkeypatch.setattr(ParsedHTML, "_ua_stylesheets", HTML._ua_stylesheets)
    assert render() == cut
