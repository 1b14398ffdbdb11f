"""The shared page pieces: French formatting, the wrapping text flowable, fonts."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from cyclades_desktop.documents import fonts, layout

NBSP = "\u00a0"


def plain(text: str) -> str:
    return text.replace(NBSP, " ")


def test_french_dates_and_times():
    assert layout.french_date(dt.date(2026, 11, 29)) == "29 novembre 2026"
    assert layout.french_date(dt.date(2027, 6, 1)) == "1er juin 2027"
    assert layout.french_date(dt.date(2027, 8, 2)) == "2 août 2027"
    assert layout.french_long_date(dt.date(2027, 6, 15)) == "mardi 15 juin 2027"
    assert plain(layout.french_datetime(dt.datetime(2027, 6, 14, 8, 0))) == "lundi 14 juin 2027 à 08 h 00"
    assert (
        plain(layout.french_datetime(dt.datetime(2027, 2, 7, 14, 5))) == "dimanche 7 février 2027 à 14 h 05"
    )
    # the time never breaks across lines
    assert layout.french_time(dt.time(8, 0)) == f"08{NBSP}h{NBSP}00"


def test_every_weekday_and_month_is_french():
    days = {layout.french_long_date(dt.date(2027, 3, d)).split()[0] for d in range(1, 8)}
    assert days == {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
    months = [layout.french_date(dt.date(2027, m, 10)).split()[1] for m in range(1, 13)]
    assert months[1] == "février" and months[7] == "août" and months[11] == "décembre"


def test_durations_and_numbers():
    assert plain(layout.french_duration(240)) == "4 h"
    assert plain(layout.french_duration(90)) == "1 h 30"
    assert plain(layout.french_duration(20)) == "20 min"
    assert layout.french_number(14.5) == "14,50"
    assert layout.french_number(13.425) in ("13,42", "13,43")
    assert layout.french_number(4.0, trim=True) == "4"
    assert layout.french_number(2.5, trim=True) == "2,5"


def _text(runs, width):
    style = layout.styles().cell
    flow = layout.Text(runs, style)
    flow.wrap(width, 10_000)
    return flow, style


def _line_width(line, style):
    pieces = []
    for i, word in enumerate(line):
        for j, (t, b) in enumerate(word):
            pieces.append((" " + t if i and not j else t, fonts.BOLD if b else style.fontName))
    return sum(stringWidth(t, f, style.fontSize) for t, f in pieces)


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéèàçŁŻółćễ-'", min_size=1, max_size=30)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(words, st.booleans()), min_size=1, max_size=25),
    st.floats(min_value=25, max_value=400),
)
def test_text_wraps_within_width_and_loses_nothing(runs, width):
    flow, style = _text([(w + " ", b) for w, b in runs], width)
    for line in flow._lines:
        assert _line_width(line, style) <= width + 0.01
    drawn = "".join(t for line in flow._lines for word in line for t, _ in word)
    assert drawn == "".join(w for w, _ in runs)


def test_text_cuts_long_words_after_a_hyphen():
    flow, _style = _text("Saint-Rémy-de-Provence-sur-Durance", 60)
    lines = ["".join(t for word in line for t, _ in word) for line in flow._lines]
    assert len(lines) > 1
    assert all(line.endswith("-") for line in lines[:-1])
    assert "".join(lines) == "Saint-Rémy-de-Provence-sur-Durance"


def test_text_splits_across_frames_without_orphans():
    style = layout.styles().cell
    flow = layout.Text(" ".join(["mot"] * 400), style)
    flow.wrap(200, 10_000)
    lines = len(flow._lines)
    first, rest = flow.split(200, style.leading * 5 + 1)
    assert len(first._lines) == 5 and len(rest._lines) == lines - 5
    assert flow.split(200, style.leading * 1.5) == []  # a single line would be an orphan


def test_fonts_are_found_and_cover_hard_names():
    for name in (fonts.REGULAR, fonts.BOLD):
        path = fonts.font_path(name)
        assert path.is_file() and path.suffix == ".ttf"
    assert (fonts.font_path(fonts.REGULAR).parent / "LICENSE-DejaVu.txt").is_file()
    hard = (
        "Łukasz Żółć Nguyễn Thị Ánh Øyvind Dvořák O'Neil O’Neil Jean-Édouard de La Fontaine Ștefan Gößmann €"
    )
    assert fonts.unsupported_characters(hard) == []
    assert fonts.unsupported_characters("Ωμέγα 東京") == ["Ω", "μ", "έ", "γ", "α", "東", "京"]
    # decomposed input is normalised first
    assert fonts.unsupported_characters("Nguye\u0302\u0303n") == []


def test_font_path_search_order(tmp_path, monkeypatch):
    copy = tmp_path / fonts.FILES[fonts.REGULAR]
    shutil.copy(fonts.font_path(fonts.REGULAR), copy)
    monkeypatch.setenv("CYCLADES_FONTS_DIR", str(tmp_path))
    assert fonts.font_path(fonts.REGULAR) == copy
    monkeypatch.delenv("CYCLADES_FONTS_DIR")
    # a PyInstaller bundle: sys._MEIPASS/resources/fonts is searched too
    bundle = tmp_path / "bundle"
    (bundle / "resources" / "fonts").mkdir(parents=True)
    (bundle / "resources" / "fonts" / "Extra.ttf").write_bytes(b"x")
    monkeypatch.setattr("sys._MEIPASS", str(bundle), raising=False)
    assert fonts.font_path("Extra.ttf") == bundle / "resources" / "fonts" / "Extra.ttf"
    with pytest.raises(FileNotFoundError, match=r"Missing\.ttf"):
        fonts.font_path("Missing.ttf")


def test_subset_script_is_shipped():
    script = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "make_subset.py"
    assert script.is_file()


def test_qr_codewords_match_reportlab():
    """Our Reed-Solomon step gives exactly ReportLab's codewords (only faster)."""
    import random
    import string

    from reportlab.graphics.barcode import qrencoder

    rnd = random.Random(7)
    for _ in range(30):
        text = "".join(
            rnd.choice(string.ascii_letters + string.digits + ":/.-_") for _ in range(rnd.randint(1, 200))
        )
        for level in ("L", "M", "Q", "H"):
            qr = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, level))
            qr.addData(text)
            version = qr.calculate_version()
            expected = qrencoder.QRCode.createData(version, qr.errorCorrectLevel, qr.dataList)
            assert layout._qr_codewords(version, qr.errorCorrectLevel, qr.dataList) == expected
