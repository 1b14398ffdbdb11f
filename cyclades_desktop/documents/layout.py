"""The page every official document shares, and the helpers the renderers use.

A document is an A4 portrait page (or several) with:

* on the first page, the letterhead (académie, exam office, address, e-mail, phone;
  exam and session on the right), the title, the version line
  (« Version 3 — éditée le 29 novembre 2026 ») and the candidate's identity block
  with the candidate and inscription numbers;
* on later pages, a running header (office, title, numbers);
* on every page, a footer with the verification code, a QR code of the
  verification URL, the URL itself and « Page 1 / 2 ».

Renderers build a list of platypus flowables for their own content and call
:func:`build_pdf`. Everything is drawn with the embedded DejaVu Sans subset
(:mod:`cyclades_desktop.documents.fonts`); a text with a character the subset lacks
raises :class:`UnsupportedCharacters` instead of printing a box.

The output is deterministic: ReportLab's ``invariant`` mode, no clock read, French
dates formatted here (never ``strftime``, whose ``%A``/``%B`` print English).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from . import fonts
from .model import Document

__all__ = [
    "KINDS",
    "UnsupportedCharacters",
    "build_pdf",
    "french_date",
    "french_datetime",
    "french_duration",
    "french_long_date",
    "french_number",
    "french_time",
]

#: kind -> French title printed on the document.
KINDS: dict[str, str] = {
    "recap": "Récapitulatif d'inscription",
    "convocation": "Convocation",
    "transcript": "Relevé de notes",
    "certificate": "Attestation de réussite",
    "accommodation_notice": "Notification d'aménagements d'épreuves",
}

# --------------------------------------------------------------------------- palette
NAVY = colors.HexColor("#14325C")
INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#505A66")
RULE = colors.HexColor("#9AA5B1")
TINT = colors.HexColor("#EEF2F7")
WHITE = colors.white

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 12 * mm
FOOTER_HEIGHT = 31 * mm  # reserved at the bottom of every page
FOOTER_RULE = 28 * mm  # the footer's rule, from the bottom edge
QR_BOTTOM = 8 * mm  # clear of the unprintable strip of office printers
RUNNING_HEADER_HEIGHT = 13 * mm  # reserved under the top margin of pages 2+
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
QR_SIZE = 19 * mm

# ------------------------------------------------------------------ French formatting
_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
NBSP = "\u00a0"


def french_date(day: dt.date) -> str:
    """« 29 novembre 2026 », « 1er juin 2027 »."""
    d = "1er" if day.day == 1 else str(day.day)
    return f"{d} {_MONTHS[day.month - 1]} {day.year}"


def french_long_date(day: dt.date) -> str:
    """« lundi 15 juin 2027 »."""
    return f"{_WEEKDAYS[day.weekday()]} {french_date(day)}"


def french_time(moment: dt.datetime | dt.time) -> str:
    """« 08 h 00 » (non-breaking spaces, so it never splits across lines)."""
    return f"{moment.hour:02d}{NBSP}h{NBSP}{moment.minute:02d}"


def french_datetime(moment: dt.datetime) -> str:
    """« lundi 15 juin 2027 à 08 h 00 »."""
    return f"{french_long_date(moment.date())} à {french_time(moment)}"


def french_duration(minutes: int) -> str:
    """« 4 h », « 1 h 30 », « 45 min »."""
    hours, rest = divmod(int(minutes), 60)
    if hours == 0:
        return f"{rest}{NBSP}min"
    if rest == 0:
        return f"{hours}{NBSP}h"
    return f"{hours}{NBSP}h{NBSP}{rest:02d}"


def french_number(value: float, decimals: int = 2, *, trim: bool = False) -> str:
    """« 14,50 »; with ``trim``, « 4 » for 4.0 and « 2,5 » for 2.5."""
    text = f"{value:.{decimals}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",").replace("-", "\u2212")


def feminine(document: Document, masculine: str, feminine_: str, neutral: str | None = None) -> str:
    """Agree words with the candidate's civility: « né » / « née », and « né(e) »
    (or ``neutral``) when no civility is recorded."""
    ident = document.identity
    if ident.neutral:
        return neutral if neutral is not None else f"{masculine}(e)"
    return feminine_ if ident.feminine else masculine


# --------------------------------------------------------------------- text checking
class UnsupportedCharacters(ValueError):
    """A text holds characters the embedded font cannot draw.

    ``problems`` maps a field path ("identity.birth_name") to the offending characters.
    Raised instead of printing boxes on an official document: correct the data
    (or transliterate it) and render again.
    """

    def __init__(self, problems: dict[str, list[str]]):
        self.problems = problems
        detail = "; ".join(
            f"{path}: " + ", ".join(f"{ch!r} U+{ord(ch):04X}" for ch in chars)
            for path, chars in problems.items()
        )
        super().__init__(f"characters not covered by the embedded font: {detail}")


def _strings(value, path: str):
    if isinstance(value, str):
        yield path, value
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from _strings(getattr(value, f.name), f"{path}.{f.name}" if path else f.name)
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from _strings(item, f"{path}[{i}]")


def check_characters(document: Document) -> None:
    """Raise :class:`UnsupportedCharacters` if any text of ``document`` cannot be drawn."""
    covered = fonts.covered_characters()
    problems: dict[str, list[str]] = {}
    for path, text in _strings(document, ""):
        if not covered.issuperset(text):
            missing = fonts.unsupported_characters(text)
            if missing:
                problems[path] = missing
    if problems:
        raise UnsupportedCharacters(problems)


# ------------------------------------------------------------------------ paragraphs
def _style(name: str, **kw) -> ParagraphStyle:
    base: dict[str, Any] = dict(
        fontName=fonts.REGULAR,
        fontSize=9.5,
        leading=12.5,
        textColor=INK,
        splitLongWords=1,
        allowWidows=0,
        allowOrphans=0,
    )
    base.update(kw)
    return ParagraphStyle(name, **base)


class _Styles:
    """The documents' paragraph styles (built on first use, after font registration)."""

    def __init__(self) -> None:
        B = fonts.BOLD
        self.body = _style("body", spaceAfter=5)
        self.small = _style("small", fontSize=8, leading=10.5, textColor=MUTED)
        self.cell = _style("cell", fontSize=9, leading=11.5)
        self.cell_right = _style("cell_right", fontSize=9, leading=11.5, alignment=TA_RIGHT)
        self.cell_head = _style("cell_head", fontName=B, fontSize=8.5, leading=10.5, textColor=NAVY)
        self.cell_head_right = _style(
            "cell_head_right", fontName=B, fontSize=8.5, leading=10.5, textColor=NAVY, alignment=TA_RIGHT
        )
        self.cell_note = _style("cell_note", fontSize=7.5, leading=9.5, textColor=MUTED)
        self.result = _style("result", fontSize=10.5, leading=15)
        self.statement_center = _style("statement_center", fontSize=11, leading=16, alignment=TA_CENTER)
        self.label = _style("label", fontSize=8.5, leading=11.5, textColor=MUTED)
        self.value = _style("value", fontName=B, fontSize=9.5, leading=12)
        self.value_plain = _style("value_plain", fontSize=9.5, leading=12)
        self.title = _style(
            "title", fontName=B, fontSize=18, leading=22, textColor=NAVY, alignment=TA_CENTER, spaceAfter=2
        )
        self.subtitle = _style("subtitle", fontSize=10.5, leading=13.5, alignment=TA_CENTER)
        self.version = _style("version", fontSize=8.5, leading=11, textColor=MUTED, alignment=TA_CENTER)
        self.section = _style(
            "section",
            fontName=B,
            fontSize=10,
            leading=12.5,
            textColor=NAVY,
            spaceBefore=11,
            spaceAfter=2,
        )
        self.box_title = _style("box_title", fontName=B, fontSize=8.5, leading=11, textColor=NAVY)
        self.signature = _style("signature", fontSize=9.5, leading=12.5, alignment=TA_LEFT)
        self.big_center = _style(
            "big_center",
            fontName=B,
            fontSize=13,
            leading=17,
            textColor=NAVY,
            alignment=TA_CENTER,
            spaceAfter=4,
        )


_styles: _Styles | None = None


def styles() -> _Styles:
    global _styles
    if _styles is None:
        fonts.register()
        _cache_font_subsets()
        _styles = _Styles()
    return _styles


# ------------------------------------------------------------------ font subsets, once
# Every PDF embeds the subset of the font it uses. ReportLab builds it for each document (a
# pure-Python TrueType subsetter, then zlib): about a third of a convocation's rendering. The
# documents of a batch mostly use the same characters in the same order, hence the same subset:
# it is built and compressed once per process and reused, byte for byte what ReportLab writes.
_SUBSETS: dict[tuple, tuple[bytes, bytes]] = {}
_SUBSETS_MAX = 256


def _add_subset_objects(face, doc, fontname, subset):
    """TTFontFace.addSubsetObjects with the subset program cached (same objects, same bytes)."""
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC

    key = (face.filename, tuple(subset))
    program = _SUBSETS.get(key)
    if program is None:
        raw = face.makeSubset(subset)
        program = (raw, pdfdoc.PDFZCompress.encode(raw))
        if len(_SUBSETS) >= _SUBSETS_MAX:
            _SUBSETS.clear()
        _SUBSETS[key] = program
    font_file = pdfdoc.PDFStream()
    font_file.dictionary["Length1"] = len(program[0])
    if doc.compression:  # already compressed: PDFStream leaves a stream with a Filter alone
        font_file.content = program[1]
        font_file.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName(pdfdoc.PDFZCompress.pdfname)])
    else:
        font_file.content = program[0]
    font_file_ref = doc.Reference(font_file, f"fontFile:{face.filename}({fontname})")
    descriptor = pdfdoc.PDFDictionary(
        {
            "Type": "/FontDescriptor",
            "Ascent": face.ascent,
            "CapHeight": face.capHeight,
            "Descent": face.descent,
            "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
            "FontBBox": pdfdoc.PDFArray(face.bbox),
            "FontName": pdfdoc.PDFName(fontname),
            "ItalicAngle": face.italicAngle,
            "StemV": face.stemV,
            "FontFile2": font_file_ref,
            "MissingWidth": face.defaultWidth,
        }
    )
    return doc.Reference(descriptor, "fontDescriptor:" + fontname)


def _cache_font_subsets() -> None:
    import types

    for name in fonts.FILES:
        face = fonts.face(name)
        face.addSubsetObjects = types.MethodType(_add_subset_objects, face)


Run = tuple[str, bool]  # (data text, bold)
_BREAKS: dict = {}  # (runs, font, size, width) -> lines, see Text._break
_BREAKS_MAX = 4096


@lru_cache(maxsize=64)
def _space_width(font: str, size: float) -> float:
    return stringWidth(" ", font, size)


def B(text: str) -> Run:
    """A bold run for :class:`Text`."""
    return (text, True)


class Text(Flowable):
    """Word-wrapped text with bold runs, drawn straight onto the canvas.

    ReportLab's Paragraph parses markup and breaks lines in pure Python (about
    0.5 ms for three lines); documents are mostly short label/value texts, so this
    lighter flowable does the same job for what we need: regular and bold runs,
    explicit newlines, left/centre/right alignment, wrapping on spaces (never on
    no-break spaces), long words cut after a hyphen or slash when possible, and
    splitting between lines across pages. ``runs`` is data text, not markup: a
    plain ``str`` or a sequence of ``str`` (regular) and ``(text, bold)`` runs.
    """

    def __init__(self, runs: str | Run | Sequence[str | Run], style: ParagraphStyle, *, _lines=None):
        super().__init__()
        if isinstance(runs, str) or (
            isinstance(runs, tuple) and len(runs) == 2 and isinstance(runs[1], bool)
        ):
            runs = [runs]
        self.runs: list[Run] = [
            (unicodedata.normalize("NFC", r), False)
            if isinstance(r, str)
            else (unicodedata.normalize("NFC", r[0]), r[1])
            for r in runs
        ]
        self.style = style
        self._lines = _lines  # list of lines; a line is a list of words; a word a list of runs
        self._wrapped_for: float | None = None if _lines is None else -1.0

    # ---- layout
    def plain_text(self) -> str:
        return "".join(t for t, _ in self.runs)

    def _font(self, bold: bool) -> str:
        return fonts.BOLD if bold else self.style.fontName

    def _width(self, word: list[Run]) -> float:
        size = self.style.fontSize
        return sum(stringWidth(t, self._font(b), size) for t, b in word)

    def _words(self):
        """Yield words (lists of runs) and ``None`` for a forced line break."""
        word: list[Run] = []
        for text, bold in self.runs:
            for li, segment in enumerate(text.split("\n")):
                if li:
                    if word:
                        yield word
                        word = []
                    yield None
                for wi, part in enumerate(segment.split(" ")):
                    if wi and word:
                        yield word
                        word = []
                    if part:
                        word.append((part, bold))
        if word:
            yield word

    def _cut(self, word: list[Run], width: float) -> tuple[list[Run], list[Run]]:
        """Cut a too-wide word: after the last hyphen/slash that fits, else after the last fitting character."""
        flat = [(ch, b) for t, b in word for ch in t]
        size = self.style.fontSize
        used, fit = 0.0, 0
        for ch, b in flat:
            w = stringWidth(ch, self._font(b), size)
            if used + w > width and fit:
                break
            used += w
            fit += 1
        cut = fit
        for i in range(fit - 1, 0, -1):
            if flat[i][0] in "-/\u2011":
                cut = i + 1
                break

        def regroup(chars):
            out: list[Run] = []
            for ch, b in chars:
                if out and out[-1][1] == b:
                    out[-1] = (out[-1][0] + ch, b)
                else:
                    out.append((ch, b))
            return out

        return regroup(flat[:cut]), regroup(flat[cut:])

    def _break(self, width: float) -> list[list[list[Run]]]:
        """The lines at `width`: most texts of a document (headings, instructions, labels) are
        the same in every document of a batch, so lines are kept per text, style and width (they
        are only read afterwards, never changed)."""
        key = (tuple(self.runs), self.style.fontName, self.style.fontSize, width)
        lines = _BREAKS.get(key)
        if lines is None:
            if len(_BREAKS) >= _BREAKS_MAX:
                _BREAKS.clear()
            lines = _BREAKS[key] = self._break_lines(width)
        return lines

    def _break_lines(self, width: float) -> list[list[list[Run]]]:
        size = self.style.fontSize
        lines: list[list[list[Run]]] = []
        line: list[list[Run]] = []
        line_w = 0.0
        for word in self._words():
            if word is None:
                lines.append(line)
                line, line_w = [], 0.0
                continue
            w = self._width(word)
            space = _space_width(self._font(word[0][1]), size) if line else 0.0
            if line_w + space + w <= width + 1e-6:
                line.append(word)
                line_w += space + w
                continue
            if line:
                lines.append(line)
                line, line_w = [], 0.0
            while w > width + 1e-6:
                head, word = self._cut(word, width)
                lines.append([head])
                w = self._width(word)
            if word:
                line, line_w = [word], w
        if line or not lines:
            lines.append(line)
        return lines

    def wrap(self, availWidth, availHeight):
        if self._wrapped_for != availWidth and self._wrapped_for != -1.0:
            self._lines = self._break(availWidth)
            self._wrapped_for = availWidth
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth, availHeight):
        self.wrap(availWidth, availHeight)
        fit = int((availHeight + 1e-6) // self.style.leading)
        total = len(self._lines)
        if fit >= total:
            return [self]
        if total >= 4:
            fit = min(fit, total - 2)  # no widow
        if fit < 2 and total > 1:  # no orphan
            return []
        if fit < 1:
            return []
        first = Text(self.runs, self.style, _lines=self._lines[:fit])
        rest = Text(self.runs, self.style, _lines=self._lines[fit:])
        return [first, rest]

    def getSpaceBefore(self):
        return self.style.spaceBefore

    def getSpaceAfter(self):
        return self.style.spaceAfter

    # ---- drawing
    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        size, leading = style.fontSize, style.leading
        alignment = style.alignment
        text = canvas.beginText()
        text.setFillColor(style.textColor)
        y = self.height - size
        current_font = None
        for line in self._lines:
            # consecutive pieces in the same font become one text-showing operation
            pieces: list[list] = []
            for i, word in enumerate(line):
                for j, (t, b) in enumerate(word):
                    font = self._font(b)
                    t = " " + t if i and not j else t
                    if pieces and pieces[-1][0] == font:
                        pieces[-1][1] += t
                    else:
                        pieces.append([font, t])
            x = 0.0
            if alignment in (TA_RIGHT, TA_CENTER):
                line_w = sum(stringWidth(t, font, size) for font, t in pieces)
                x = (self.width - line_w) if alignment == TA_RIGHT else (self.width - line_w) / 2
            text.setTextOrigin(x, y)
            for font, t in pieces:
                if font != current_font:
                    text.setFont(font, size)
                    current_font = font
                text.textOut(t)
            y -= leading
        canvas.drawText(text)


def T(text: str, style: ParagraphStyle, *, bold: bool = False) -> Text:
    """Shorthand for a one-run :class:`Text`."""
    return Text([(text, bold)], style)


def section(title: str, *, room: float = 30 * mm) -> list[Flowable]:
    """A section heading with a rule under it, on a new page unless ``room`` is left.

    (keepWithNext would glue the heading to a long table and push both to the
    next page, leaving the first page half empty.)
    """
    rule = HRFlowable(width="100%", thickness=0.6, color=NAVY, spaceBefore=0, spaceAfter=5)
    return [CondPageBreak(room), T(title, styles().section), rule]


def _table_style(commands: list) -> TableStyle:
    # Tables set each cell's font even when the cell holds flowables: name ours,
    # or the page would reference (unembedded) Helvetica.
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), *commands])


def data_table(
    rows: list[list], col_widths: list[float], *, header: bool = True, align_right: tuple[int, ...] = ()
) -> Table:
    """A sober grid: tinted header row in navy bold, thin grey rules, rows kept whole."""
    table = Table(rows, colWidths=col_widths, repeatRows=1 if header else 0, hAlign="LEFT")
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, NAVY),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), TINT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, NAVY),
        ]
    for col in align_right:
        commands.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    table.setStyle(_table_style(commands))
    return table


def key_values(
    pairs: Sequence[tuple[str, str | Flowable]], *, label_width: float = 45 * mm, bold: bool = False
) -> Table:
    """Label / value lines without grid (values are data text or flowables)."""
    st = styles()
    value_style = st.value if bold else st.value_plain
    rows = [
        [T(label, st.label), value if isinstance(value, Flowable) else T(value, value_style)]
        for label, value in pairs
    ]
    table = Table(rows, colWidths=[label_width, CONTENT_WIDTH - label_width], hAlign="LEFT")
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def boxed(flowables: Sequence[Flowable], *, title: str | None = None) -> Table:
    """A framed, lightly tinted box around some flowables (notices, instructions)."""
    content = list(flowables)
    if title:
        content.insert(0, T(title, styles().box_title))
    # one row per flowable, so that a long box can continue on the next page
    table = Table([[f] for f in content], colWidths=[CONTENT_WIDTH], hAlign="LEFT")
    table.setStyle(
        _table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, NAVY),
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            ]
        )
    )
    return table


def signature_block(document: Document, *, on: dt.date | None = None) -> Table:
    """« Fait à Nantes, le 29 novembre 2026 » and the signatory, right half of the page."""
    office = document.office
    day = french_date(on or document.header.issued_on)
    place = f"Fait à {office.city}, le {day}" if office.city else f"Fait le {day}"
    lines: list[Flowable] = [T(place, styles().signature), Spacer(1, 4)]
    lines += [T(line, styles().signature) for line in office.signatory.splitlines()]
    table = Table([["", lines]], colWidths=[CONTENT_WIDTH * 0.5, CONTENT_WIDTH * 0.5], hAlign="LEFT")
    table.setStyle(
        _table_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 14),
            ]
        )
    )
    return table


# -------------------------------------------------------------------- the first page
class _Line:
    """One line of drawn text: font, size, colour, leading (line box height)."""

    __slots__ = ("align", "color", "font", "leading", "size", "text")

    def __init__(self, text, font, size, color, leading, align="left"):
        self.text, self.font, self.size, self.color, self.leading, self.align = (
            text,
            font,
            size,
            color,
            leading,
            align,
        )


def _wrapped(
    text: str, font: str, size: float, color, leading: float, width: float, align="left"
) -> list[_Line]:
    text = unicodedata.normalize("NFC", text)
    lines: list[_Line] = []
    for part in text.splitlines() or [""]:
        for line in _wrap(part, font, size, width) or [""]:
            lines.append(_Line(line, font, size, color, leading, align))
    return lines


def _draw_lines(canvas: Canvas, lines: list[_Line], x: float, top: float, width: float) -> None:
    """Draw ``lines`` downwards from ``top``; baseline = line top - font size (as Paragraph)."""
    for line in lines:
        if line.text:
            canvas.setFont(line.font, line.size)
            canvas.setFillColor(line.color)
            baseline = top - line.size
            if line.align == "right":
                canvas.drawRightString(x + width, baseline, line.text)
            else:
                canvas.drawString(x, baseline, line.text)
        top -= line.leading


class _Letterhead(Flowable):
    """Académie, office, address, e-mail and phone on the left; exam and session on the right."""

    def __init__(self, document: Document):
        super().__init__()
        self.document = document

    def wrap(self, availWidth, availHeight):
        office, header = self.document.office, self.document.header
        R, B = fonts.REGULAR, fonts.BOLD
        self.left_w, self.right_w = availWidth * 0.60, availWidth * 0.36
        lw, rw = self.left_w, self.right_w
        left = _wrapped(office.academy_name, B, 13, NAVY, 16, lw)
        left += _wrapped(office.office_name, B, 9.5, NAVY, 14, lw)
        left += _wrapped(office.address, R, 8.5, INK, 10.8, lw)
        left += _wrapped(f"Courriel{NBSP}: {office.email}", R, 8.5, INK, 10.8, lw)
        left += _wrapped(f"Téléphone{NBSP}: {office.phone}", R, 8.5, INK, 10.8, lw)
        right = _wrapped(header.exam_name, B, 10, NAVY, 12.5, rw, "right")
        right += _wrapped(header.session_label, R, 9.5, INK, 12, rw, "right")
        self.left, self.right = left, right
        content = max(sum(line.leading for line in left), sum(line.leading for line in right))
        self.width, self.height = availWidth, content + 7
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        _draw_lines(canvas, self.left, 0, self.height, self.left_w)
        _draw_lines(canvas, self.right, self.width - self.right_w, self.height, self.right_w)
        canvas.setStrokeColor(NAVY)
        canvas.setLineWidth(1.2)
        canvas.line(0, 0.6, self.width, 0.6)


def version_line(document: Document) -> str:
    """« Version 3 — éditée le 29 novembre 2026 »."""
    header = document.header
    return f"Version {header.version} — éditée le {french_date(header.issued_on)}"


def full_name(document: Document) -> str:
    """« Mme Łucja Anna Żółć », with the usage name when there is one (« Mme Anna Martin, née Dvořák »)."""
    ident = document.identity
    if ident.usage_name and ident.usage_name != ident.birth_name:
        born = feminine(document, "né", "née")
        name = f"{ident.first_names} {ident.usage_name}, {born} {ident.birth_name}"
    else:
        name = f"{ident.first_names} {ident.birth_name}"
    return f"{ident.civility} {name}" if ident.civility else name


class _IdentityBlock(Flowable):
    """The candidate's identity and numbers in a tinted, framed box; long names wrap."""

    PAD_X, PAD_TOP, PAD_BOTTOM = 7.0, 6.0, 6.0
    LABEL_W1, LABEL_W2, VALUE_W2 = 30 * mm, 26 * mm, 38 * mm
    LEADING = 12.5

    def __init__(self, document: Document):
        super().__init__()
        self.document = document

    def _rows(self):
        d = self.document
        ident, header = d.identity, d.header
        return [
            ("Nom de naissance", ident.birth_name, True, "N° de candidat", ident.candidate_number),
            ("Nom d'usage", ident.usage_name or "—", True, "N° d'inscription", header.inscription_number),
            ("Prénoms", ident.first_names, True, "INE", ident.ine or "—"),
            (
                feminine(d, "Né le", "Née le", "Né(e) le"),
                f"{french_date(ident.birth_date)} à {ident.birth_place}",
                False,
                "Civilité",
                ident.civility or "—",
            ),
        ]

    def wrap(self, availWidth, availHeight):
        R, B = fonts.REGULAR, fonts.BOLD
        inner = availWidth - 2 * self.PAD_X
        self.value_w1 = inner - self.LABEL_W1 - self.LABEL_W2 - self.VALUE_W2 - 6
        lead = self.LEADING
        self.layout = []
        height = self.PAD_TOP + 13  # title line
        for label1, value1, bold1, label2, value2 in self._rows():
            cells = (
                _wrapped(label1, R, 8.5, MUTED, lead, self.LABEL_W1 - 4),
                _wrapped(value1, B if bold1 else R, 9.5, INK, lead, self.value_w1 - 4),
                _wrapped(label2, R, 8.5, MUTED, lead, self.LABEL_W2 - 4),
                _wrapped(value2, B, 9.5, INK, lead, self.VALUE_W2 - 2),
            )
            row_h = max(len(c) for c in cells) * lead + 2
            self.layout.append((cells, row_h))
            height += row_h
        self.width, self.height = availWidth, height + self.PAD_BOTTOM
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(TINT)
        canvas.setStrokeColor(NAVY)
        canvas.setLineWidth(0.6)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=1)
        x0 = self.PAD_X
        top = self.height - self.PAD_TOP
        canvas.setFont(fonts.BOLD, 8.5)
        canvas.setFillColor(NAVY)
        canvas.drawString(x0, top - 8.5, feminine(self.document, "CANDIDAT", "CANDIDATE", "CANDIDAT(E)"))
        top -= 13
        xs = (
            x0,
            x0 + self.LABEL_W1,
            x0 + self.LABEL_W1 + self.value_w1 + 6,
            x0 + self.LABEL_W1 + self.value_w1 + 6 + self.LABEL_W2,
        )
        widths = (self.LABEL_W1, self.value_w1, self.LABEL_W2, self.VALUE_W2)
        for cells, row_h in self.layout:
            for x, w, lines in zip(xs, widths, cells, strict=True):
                # every cell of a row shares the first baseline
                _draw_lines(canvas, lines, x, top - (9.5 - lines[0].size), w)
            top -= row_h
        canvas.restoreState()


def first_page(document: Document, *, title: str | None = None) -> list[Flowable]:
    """Letterhead, title, version line and identity block."""
    st = styles()
    header = document.header
    return [
        _Letterhead(document),
        Spacer(1, 5 * mm),
        T(title or KINDS[header.kind], st.title),
        T(f"{header.exam_name} — {header.session_label}", st.subtitle),
        T(version_line(document), st.version),
        Spacer(1, 4 * mm),
        _IdentityBlock(document),
        Spacer(1, 2 * mm),
    ]


# ----------------------------------------------------------------- page decorations
@lru_cache(maxsize=2048)  # the footer's and letterhead's texts are the same on every page of a batch
def _wrap(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """Greedy line wrapping on spaces (never on no-break spaces).

    A word wider than the line (a long compound name, a URL) is cut after its last
    hyphen or slash that fits, else after the last character that fits.
    """
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        while stringWidth(word, font, size) > width:
            fit = len(word)
            while fit > 1 and stringWidth(word[:fit], font, size) > width:
                fit -= 1
            cut = max((i + 1 for i in range(1, fit) if word[i] in "-/\u2011"), default=fit)
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return tuple(lines)


# ---- QR code
# ReportLab's encoder scores the 8 mask patterns (~6 ms per code) and rebuilds the
# Reed-Solomon generator polynomial for every block. Any mask is valid for a reader,
# so a fixed one is used; the error-correction codewords are computed here with
# log/antilog tables and cached generators. ReportLab still places the modules.
_GF_EXP = [0] * 512
_GF_LOG = [0] * 256
_x = 1
for _i in range(255):
    _GF_EXP[_i] = _x
    _GF_LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    _GF_EXP[_i] = _GF_EXP[_i - 255]
del _x, _i

QR_MASK = 2


@cache
def _rs_generator(degree: int) -> tuple[int, ...]:
    """Coefficients (highest first) of the product of (x - a^i) for i < degree, in GF(256)."""
    poly = [1]
    for i in range(degree):
        nxt = [*poly, 0]
        for j, coef in enumerate(poly):
            if coef:
                nxt[j + 1] ^= _GF_EXP[_GF_LOG[coef] + i]
        poly = nxt
    return tuple(poly)


def _rs_remainder(data: list[int], degree: int) -> list[int]:
    """The ``degree`` error-correction codewords of ``data``."""
    gen = _rs_generator(degree)
    rem = [0] * degree
    for byte in data:
        factor = byte ^ rem[0]
        rem = rem[1:]
        rem.append(0)
        if factor:
            log_f = _GF_LOG[factor]
            for k in range(degree):
                g = gen[k + 1]
                if g:
                    rem[k] ^= _GF_EXP[log_f + _GF_LOG[g]]
    return rem


def _qr_codewords(version: int, level: int, data_list) -> list[int]:
    """Data and error-correction codewords, interleaved (same result as ReportLab's createData)."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, level)
    capacity = sum(block.dataCount for block in blocks)
    buffer = qrencoder.QRBitBuffer()
    for data in data_list:
        data.write(buffer, version)
    if buffer.getLengthInBits() > capacity * 8:
        raise ValueError("verification URL too long for a QR code")
    if buffer.getLengthInBits() + 4 <= capacity * 8:
        buffer.put(0, 4)
    while buffer.getLengthInBits() % 8:
        buffer.putBit(False)
    codewords = list(buffer.buffer)
    pad = 0
    while len(codewords) < capacity:
        codewords.append((0xEC, 0x11)[pad % 2])
        pad += 1
    data_blocks, ec_blocks, offset = [], [], 0
    for block in blocks:
        part = codewords[offset : offset + block.dataCount]
        offset += block.dataCount
        data_blocks.append(part)
        ec_blocks.append(_rs_remainder(part, block.totalCount - block.dataCount))
    out: list[int] = []
    for group in (data_blocks, ec_blocks):
        for i in range(max(len(b) for b in group)):
            out.extend(b[i] for b in group if i < len(b))
    return out


@lru_cache(maxsize=8)
def _qr_template(version: int, level: int):
    """The modules of a code of this version with only zero data (function patterns, format
    information, the mask over the data area), and the data positions in placement order."""
    qr = qrencoder.QRCode(version, level)
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, level)
    qr.dataCache = [0] * sum(block.totalCount for block in blocks)
    qr.makeImpl(False, QR_MASK)
    return tuple(tuple(row) for row in qr.modules), tuple(qr.dataPosIterator())


def _qr_matrix(data: str) -> list[list[bool]]:
    """The same modules as ReportLab's makeImpl(False, QR_MASK), from a template per version:
    a dark data bit flips the masked module that zero data left there."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(data)
    version = qr.calculate_version()
    codewords = _qr_codewords(version, qr.errorCorrectLevel, qr.dataList)
    base, positions = _qr_template(version, qr.errorCorrectLevel)
    modules = [list(row) for row in base]
    i = 0
    for byte in codewords:
        for shift in range(7, -1, -1):
            if (byte >> shift) & 1:
                col, row = positions[i]
                modules[row][col] = not modules[row][col]
            i += 1
    return modules


def _draw_qr(canvas: Canvas, data: str, x: float, y: float, size: float) -> None:
    """The QR code of ``data``, ``size`` wide with its quiet zone, lower-left at (x, y).

    Drawn as one filled path in module units (integer coordinates, runs of dark
    modules merged): a few hundred bytes and no per-rectangle number formatting.
    """
    modules = _qr_matrix(data)
    count = len(modules)
    quiet = 2  # modules of white border inside ``size`` (the page margin adds more)
    cell = size / (count + 2 * quiet)
    ops: list[str] = []
    for r, row in enumerate(modules):
        row_y = count + quiet - 1 - r
        c = 0
        while c < count:
            if row[c]:
                start = c
                while c < count and row[c]:
                    c += 1
                ops.append(f"{start + quiet} {row_y} {c - start} 1 re")
            else:
                c += 1
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(cell, cell)
    canvas.addLiteral("0 g\n" + "\n".join(ops) + "\nf")
    canvas.restoreState()


class _DocTemplate(BaseDocTemplate):
    """Knows its document; draws the footer on every page and the running header on pages 2+."""

    def __init__(self, buffer, document: Document, doc_title: str, **kw):
        self.cyc_document = document
        self.cyc_title = doc_title
        super().__init__(buffer, **kw)

    def _footer(self, canvas: Canvas, doc) -> None:
        document = self.cyc_document
        header = document.header
        canvas.saveState()
        top = FOOTER_RULE
        canvas.setStrokeColor(NAVY)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, top, PAGE_WIDTH - MARGIN_X, top)
        # QR code, drawn once as a form and reused on every page
        if not getattr(canvas, "_cyc_qr", False):
            canvas.beginForm("cyc_qr", 0, 0, QR_SIZE, QR_SIZE)
            _draw_qr(canvas, header.verification_url, 0, 0, QR_SIZE)
            canvas.endForm()
            canvas._cyc_qr = True  # type: ignore[attr-defined]  # our marker: the form is drawn once per canvas
        qr_y = QR_BOTTOM
        canvas.saveState()
        canvas.translate(PAGE_WIDTH - MARGIN_X - QR_SIZE + 1.5 * mm, qr_y)
        canvas.doForm("cyc_qr")
        canvas.restoreState()
        # text, left of the QR code
        x = MARGIN_X
        width = CONTENT_WIDTH - QR_SIZE - 8 * mm
        y = top - 5 * mm
        canvas.setFillColor(NAVY)
        canvas.setFont(fonts.BOLD, 9)
        canvas.drawString(x, y, f"Code de vérification{NBSP}: {header.verification_code}")
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.REGULAR, 7.5)
        y -= 4.2 * mm
        for line in _wrap(
            "Authenticité vérifiable en ligne en flashant le code QR ou à l'adresse :",
            fonts.REGULAR,
            7.5,
            width,
        ):
            canvas.drawString(x, y, line)
            y -= 3.3 * mm
        canvas.setFillColor(INK)
        for line in _wrap(header.verification_url, fonts.REGULAR, 7.5, width)[:2]:
            canvas.drawString(x, y, line)
            y -= 3.3 * mm
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.REGULAR, 7)
        info = (
            f"{self.cyc_title} — version {header.version} éditée le {french_date(header.issued_on)} — "
            f"{document.office.academy_name}, {document.office.office_name.lower()}"
        )
        for line in _wrap(info, fonts.REGULAR, 7, width)[:2]:
            canvas.drawString(x, y, line)
            y -= 3.1 * mm
        canvas.restoreState()

    def on_first_page(self, canvas: Canvas, doc) -> None:
        # invariant mode dates every PDF 2000-01-01; the issue date is as deterministic and true
        day = self.cyc_document.header.issued_on
        stamp = f"D:{day.year:04d}{day.month:02d}{day.day:02d}000000+00'00'"
        canvas.setDateFormatter(lambda *_: stamp)
        self._footer(canvas, doc)

    def on_later_page(self, canvas: Canvas, doc) -> None:
        document = self.cyc_document
        canvas.saveState()
        y = PAGE_HEIGHT - MARGIN_TOP - 3 * mm
        canvas.setFillColor(NAVY)
        canvas.setFont(fonts.BOLD, 8.5)
        left = f"{document.office.academy_name} — {document.office.office_name}"
        canvas.drawString(MARGIN_X, y, _wrap(left, fonts.BOLD, 8.5, CONTENT_WIDTH * 0.48)[0])
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(INK)
        right = (
            f"{self.cyc_title} (suite) — candidat n° {document.identity.candidate_number} — "
            f"inscription n° {document.header.inscription_number}"
        )
        lines = _wrap(right, fonts.REGULAR, 8, CONTENT_WIDTH * 0.5)
        for i, line in enumerate(lines[:2]):
            canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y - i * 3.5 * mm, line)
        canvas.setStrokeColor(NAVY)
        canvas.setLineWidth(0.6)
        rule_y = PAGE_HEIGHT - MARGIN_TOP - RUNNING_HEADER_HEIGHT + 4 * mm
        canvas.line(MARGIN_X, rule_y, PAGE_WIDTH - MARGIN_X, rule_y)
        canvas.restoreState()
        self._footer(canvas, doc)


class _NumberedCanvas(Canvas):
    """Defers each page until the end so that it can print « Page n / total »."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._cyc_pages: list[dict] = []

    def showPage(self) -> None:
        self._cyc_pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # ReportLab's own page reset, not in its stubs

    def save(self) -> None:
        total = len(self._cyc_pages)
        for state in self._cyc_pages:
            self.__dict__.update(state)
            self.setFont(fonts.REGULAR, 8)
            self.setFillColor(MUTED)
            self.drawRightString(
                PAGE_WIDTH - MARGIN_X - QR_SIZE - 2 * mm,
                FOOTER_RULE - 5 * mm,
                f"Page {self._pageNumber} / {total}",  # type: ignore[attr-defined]  # ReportLab's counter
            )
            super().showPage()
        super().save()


def build_pdf(document: Document, body: list[Flowable], *, title: str | None = None) -> bytes:
    """Lay out ``body`` under the shared first page and return the PDF bytes."""
    check_characters(document)
    st = styles()  # registers the fonts
    del st
    title = title or KINDS[document.header.kind]
    ident = document.identity
    buffer = io.BytesIO()
    doc = _DocTemplate(
        buffer,
        document,
        title,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=FOOTER_HEIGHT,
        invariant=1,
        pageCompression=1,
        title=unicodedata.normalize(
            "NFC", f"{title} — {document.header.exam_name} — {document.header.session_label}"
        ),
        author=unicodedata.normalize(
            "NFC", f"{document.office.academy_name} — {document.office.office_name}"
        ),
        subject=unicodedata.normalize(
            "NFC",
            f"{title} de {ident.civility} {ident.first_names} {ident.usage_name or ident.birth_name}, "
            f"candidat n° {ident.candidate_number}, version {document.header.version}",
        ),
        creator="Cyclades Desktop",
        lang="fr-FR",
        initialFontName=fonts.REGULAR,  # else the canvas references (unembedded) Helvetica
        initialFontSize=9.5,
    )
    frame_height_first = PAGE_HEIGHT - MARGIN_TOP - FOOTER_HEIGHT
    first = Frame(
        MARGIN_X,
        FOOTER_HEIGHT,
        CONTENT_WIDTH,
        frame_height_first,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="first",
    )
    later = Frame(
        MARGIN_X,
        FOOTER_HEIGHT,
        CONTENT_WIDTH,
        frame_height_first - RUNNING_HEADER_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="later",
    )
    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=[first], onPage=doc.on_first_page),
            PageTemplate(id="later", frames=[later], onPage=doc.on_later_page),
        ]
    )
    story: list[Flowable] = [NextPageTemplate("later"), *first_page(document, title=title), *body]
    doc.build(story, canvasmaker=_NumberedCanvas)
    return buffer.getvalue()
