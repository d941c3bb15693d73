"""Build-time subsets of the CJK faces: the characters our texts can use, made once.

A Noto Sans CJK face holds 65,000 glyphs in a 19 MB collection; WeasyPrint copies and
subsets every face a PDF uses, for every PDF. So each face is cut once, in two tiers:

- core: what our texts use (catalog, needs, .po files, the memo templates) plus kana,
  punctuation and full-width forms. Every memo draws its CJK text from it: ~1 MB to
  copy and subset per PDF instead of ~2 MB with the common characters in it.
- common: the common characters of free text that our texts do not use (JIS X 0208
  level 1 kanji for Japanese, GB 2312 level 1 for Chinese, KS X 1001 Hangul for
  Korean). Only a memo carrying such a character, in the person's own words or in a
  catalog entry added since the build, embeds it.

The full faces stay in every font stack after the two tiers, so any other character is
still drawn right, from the full face (docs/decisions/0005-pdf-memo.md).

HarfBuzz-Subset (already required by WeasyPrint) does the cutting in under a second
per face, through ctypes; fontTools needs ~30 s per face.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import json
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tsunagari.memo.fonts import CJK_JP, CJK_KR, CJK_SC, TIERS, subset_file

# Always kept: ASCII, Latin-1, general punctuation, letterlike symbols, arrows, enclosed
# numbers, CJK symbols and punctuation, kana, full- and half-width forms.
BASE_RANGES = (
    (0x20, 0x7E),
    (0xA0, 0xFF),
    (0x2000, 0x206F),
    (0x2100, 0x214F),
    (0x2190, 0x21FF),
    (0x2460, 0x24FF),
    (0x25A0, 0x25FF),
    (0x3000, 0x30FF),
    (0x31F0, 0x31FF),
    (0xFF00, 0xFFEF),
)


# Bumped when what goes into a subset changes, so that `make setup` rebuilds them.
BUILD_FORMAT = 2


def _legacy_charset(codec: str, first_row: int, last_row: int) -> set[int]:
    """The characters of rows `first_row..last_row` of a 94x94 EUC character set."""
    found: set[int] = set()
    for high in range(0xA0 + first_row, 0xA0 + last_row + 1):
        for low in range(0xA1, 0xFF):
            try:
                found.add(ord(bytes((high, low)).decode(codec)))
            except UnicodeDecodeError:
                continue
    return found


@dataclass(frozen=True)
class SubsetFace:
    family: str  # the system face it is cut from
    style: str  # Regular | Bold
    codec: str  # legacy character set of the common characters
    rows: tuple[int, int]
    tier: str = "core"  # core | common

    @property
    def file_name(self) -> str:
        return subset_file(self.family, self.style, self.tier).name

    def common_characters(self) -> set[int]:
        return _legacy_charset(self.codec, *self.rows)


FACES: tuple[SubsetFace, ...] = tuple(
    SubsetFace(family, style, codec, rows, tier)
    for family, codec, rows in (
        (CJK_JP, "euc_jp", (16, 47)),  # JIS X 0208 level 1 kanji
        (CJK_SC, "gb2312", (16, 55)),  # GB 2312 level 1 hanzi
        (CJK_KR, "euc_kr", (16, 40)),  # KS X 1001 Hangul syllables
    )
    for style in ("Regular", "Bold")
    for tier in TIERS
)


def corpus_characters(paths: Iterable[Path]) -> set[int]:
    found: set[int] = set()
    for path in paths:
        found.update(map(ord, path.read_text(encoding="utf-8", errors="ignore")))
    return found


def face_characters(face: SubsetFace, corpus: set[int]) -> list[int]:
    """Core: our texts and the base ranges. Common: the common characters besides."""
    core = {code for low, high in BASE_RANGES for code in range(low, high + 1)} | corpus
    if face.tier == "core":
        return sorted(core)
    return sorted(face.common_characters() - core)


def system_face(family: str, style: str) -> tuple[Path, int]:
    """Where fontconfig keeps the face: a collection file and the face's index in it."""
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        raise RuntimeError("fc-match not found: install fontconfig")
    found = subprocess.run(
        [fc_match, "--format=%{file}\n%{index}\n%{family}", f"{family}:style={style}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    if family not in found[2].split(","):
        raise RuntimeError(f"font {family} {style} is not installed (fonts-noto-cjk)")
    return Path(found[0]), int(found[1])


class HarfBuzz:
    """The few HarfBuzz calls a subset needs (harfbuzz and harfbuzz-subset)."""

    def __init__(self) -> None:
        core, subset = (
            ctypes.util.find_library("harfbuzz"),
            ctypes.util.find_library("harfbuzz-subset"),
        )
        if core is None or subset is None:
            raise RuntimeError("libharfbuzz-subset0 is missing (make system-packages)")
        self.hb, self.hbs = ctypes.CDLL(core), ctypes.CDLL(subset)
        pointer, uint = ctypes.c_void_p, ctypes.c_uint
        for lib, name, result, args in (
            (self.hb, "hb_blob_create_from_file", pointer, [ctypes.c_char_p]),
            (self.hb, "hb_face_create", pointer, [pointer, uint]),
            (self.hb, "hb_face_reference_blob", pointer, [pointer]),
            (self.hb, "hb_blob_get_data", ctypes.c_void_p, [pointer, ctypes.POINTER(uint)]),
            (self.hb, "hb_blob_destroy", None, [pointer]),
            (self.hb, "hb_face_destroy", None, [pointer]),
            (self.hb, "hb_set_add", None, [pointer, ctypes.c_uint32]),
            (self.hbs, "hb_subset_input_create_or_fail", pointer, []),
            (self.hbs, "hb_subset_input_unicode_set", pointer, [pointer]),
            (self.hbs, "hb_subset_input_destroy", None, [pointer]),
            (self.hbs, "hb_subset_or_fail", pointer, [pointer, pointer]),
        ):
            function = getattr(lib, name)
            function.restype, function.argtypes = result, args

    def subset(self, path: Path, index: int, characters: Iterable[int]) -> bytes:
        blob = self.hb.hb_blob_create_from_file(str(path).encode())
        face = self.hb.hb_face_create(blob, index)
        request = self.hbs.hb_subset_input_create_or_fail()
        try:
            unicodes = self.hbs.hb_subset_input_unicode_set(request)
            for code in characters:
                self.hb.hb_set_add(unicodes, code)
            result = self.hbs.hb_subset_or_fail(face, request)
            if not result:
                raise RuntimeError(f"HarfBuzz could not subset {path}#{index}")
            out_blob = self.hb.hb_face_reference_blob(result)
            length = ctypes.c_uint()
            data = self.hb.hb_blob_get_data(out_blob, ctypes.byref(length))
            content = ctypes.string_at(data, length.value)
            self.hb.hb_blob_destroy(out_blob)
            self.hb.hb_face_destroy(result)
            return content
        finally:
            self.hbs.hb_subset_input_destroy(request)
            self.hb.hb_face_destroy(face)
            self.hb.hb_blob_destroy(blob)


def fonts_build(*, out_dir: Path, corpus: Iterable[Path], force: bool = False) -> list[Path]:
    """Write the subsets to `out_dir`; skipped when the inputs did not change.

    Returns the files written (empty when up to date). A manifest records a digest
    of the inputs, so `make setup` can run this every time at no cost.
    """
    characters = corpus_characters(corpus)
    digest = hashlib.sha256(json.dumps([BUILD_FORMAT, sorted(characters)]).encode())
    manifest = out_dir / "manifest.json"
    faces = [(face, system_face(face.family, face.style)) for face in FACES]
    for _face, (path, index) in faces:
        digest.update(f"{path}:{index}:{path.stat().st_mtime_ns}".encode())
    wanted = {"digest": digest.hexdigest(), "files": [face.file_name for face in FACES]}
    up_to_date = manifest.exists() and json.loads(manifest.read_text()) == wanted
    if up_to_date and not force and all((out_dir / name).exists() for name in wanted["files"]):
        return []
    out_dir.mkdir(parents=True, exist_ok=True)
    harfbuzz = HarfBuzz()
    written = []
    for face, (path, index) in faces:
        target = out_dir / face.file_name
        target.write_bytes(harfbuzz.subset(path, index, face_characters(face, characters)))
        written.append(target)
    manifest.write_text(json.dumps(wanted, indent=1))
    return written
