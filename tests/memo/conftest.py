"""Memo fixtures: answers from the seed catalog (no database), and PDF readers.

Rendering costs ~0.3 s, so each (language, variant) PDF is made once per test process
and shared; the tests only read it.
"""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from tsunagari.catalog.records import snapshot_from_seed_files
from tsunagari.catalog.snapshot import CatalogSnapshot
from tsunagari.memo.render import render_memo
from tsunagari.navigator.engine.navigate import navigate
from tsunagari.navigator.presenter import answer_payload
from tsunagari.navigator.requests import parse_request

JST = ZoneInfo("Asia/Tokyo")
AT = datetime(2026, 11, 25, 14, 0, tzinfo=JST)  # a weekday afternoon: most desks open
REOPEN_URL = "https://tsunagari.example/r/resume?t=eyJuIjpbImxvbmVsaW5lc3MiXX0.sig"
# Guided answers name needs directly, so every language gets the same services.
ANSWERS = {"worry": "need:loneliness", "worry_2": "need:housing"}

# One name and one sentence in each language's script, put into the catalog under test
# for the services of the answer, so every script is drawn and read back.
SAMPLES: dict[str, tuple[str, str]] = {
    "ja": ("住まいの相談窓口", "家賃が払えないときに相談できます。"),
    "ja-easy": (
        "すまいの そうだん まどぐち",
        "いえの おかねが はらえない ときに そうだん できます。",
    ),
    "en": ("Housing advice desk", "You can ask for help when you cannot pay the rent."),
    "zh-hans": ("住房咨询窗口", "付不起房租时可以来咨询。"),
    "ko": ("주거 상담 창구", "집세를 낼 수 없을 때 상담할 수 있습니다."),
    "pt": (
        "Atendimento sobre moradia",
        "Você pode pedir ajuda quando não consegue pagar o aluguel.",
    ),
    "es": ("Ventanilla de vivienda", "Puede pedir ayuda cuando no puede pagar el alquiler."),
    "tl": (
        "Tanggapan para sa pabahay",
        "Maaari kang humingi ng tulong kapag hindi mo mabayaran ang upa.",
    ),
    "th": ("ศูนย์ให้คำปรึกษาเรื่องที่อยู่อาศัย", "ขอคำปรึกษาได้เมื่อไม่สามารถจ่ายค่าเช่าบ้าน"),
    "vi": ("Quầy tư vấn nhà ở", "Bạn có thể xin tư vấn khi không trả được tiền thuê nhà."),
    "ne": ("आवास परामर्श केन्द्र", "घरभाडा तिर्न नसक्दा परामर्श लिन सकिन्छ।"),
    "id": (
        "Loket konsultasi perumahan",
        "Anda bisa meminta bantuan saat tidak mampu membayar sewa.",
    ),
}


@pytest.fixture(scope="session")
def snapshot() -> CatalogSnapshot:
    return snapshot_from_seed_files()


def payload_for(snapshot: CatalogSnapshot, lang: str, **fields: Any) -> dict[str, Any]:
    data = {"lang": lang, "answers": ANSWERS, "at": AT.isoformat(), **fields}
    request = parse_request(data)
    return answer_payload(navigate(snapshot, request), snapshot)


def with_samples(snapshot: CatalogSnapshot, lang: str, ids: list[str]) -> CatalogSnapshot:
    """The catalog with `lang` texts (numbered sample name and sentence) for `ids`."""
    name, sentence = SAMPLES[lang]
    entries = []
    for entry in snapshot.services:
        if entry.id in ids:
            number = ids.index(entry.id) + 1
            texts = dict(entry.texts)
            texts[lang] = {
                "name": f"{name} {number}",
                "summary": sentence,
                "for_whom": sentence,
                "what_you_get": sentence,
                "next_step": sentence,
            }
            entry = replace(entry, texts=texts)
        entries.append(entry)
    return replace(snapshot, services=tuple(entries), by_id={e.id: e for e in entries})


class WeasyPrintLog(logging.Handler):
    """Every warning or error WeasyPrint logs: missing glyphs, fontTools fallback, alt."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@pytest.fixture(scope="session")
def weasyprint_log() -> Iterator[WeasyPrintLog]:
    handler = WeasyPrintLog()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)


@pytest.fixture(scope="session")
def memo_pdf(snapshot: CatalogSnapshot, weasyprint_log: WeasyPrintLog) -> Callable[..., bytes]:
    """`memo_pdf(lang, variant)`; variant is "catalog" (the real texts) or "samples"."""
    made: dict[tuple[str, str], bytes] = {}

    def make(lang: str, variant: str = "catalog") -> bytes:
        if (lang, variant) not in made:
            payload = payload_for(snapshot, lang)
            catalog = snapshot
            if variant == "samples":
                catalog = with_samples(snapshot, lang, [s["id"] for s in payload["services"]])
            before = len(weasyprint_log.messages)
            made[(lang, variant)] = render_memo(
                payload, catalog, lang=lang, at=AT, reopen_url=REOPEN_URL
            )
            problems = weasyprint_log.messages[before:]
            assert not problems, f"WeasyPrint complained for {lang}: {problems}"
        return made[(lang, variant)]

    return make


def pdf_text(pdf: bytes) -> str:
    """The text a reader (or a screen reader) gets back, via poppler's pdftotext."""
    return _poppler("pdftotext", pdf, "-")


def pdf_fonts(pdf: bytes) -> list[dict[str, str]]:
    """pdffonts rows: name, type, emb, sub."""
    lines = _poppler("pdffonts", pdf).splitlines()[2:]
    rows = []
    for line in lines:
        parts = line.split()
        # name, type words..., encoding, emb, sub, uni, object, id
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def _poppler(tool: str, pdf: bytes, *args: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"{tool} is missing: install poppler-utils (make system-packages)")
    done = subprocess.run([path, "-", *args], input=pdf, capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def squeeze(text: str) -> str:
    """Text without any white space: pdftotext breaks lines where the layout did."""
    return "".join(text.split())


def pdf_reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))
