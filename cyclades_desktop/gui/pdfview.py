"""Showing, printing and saving one published PDF (QtPdf renders it; nothing is written to disk
unless the user saves it)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from cyclades_desktop.gui import feedback, formatting, resources
from cyclades_desktop.gui.forms.ui_pdfpreview import Ui_PdfPreviewDialog

log = logging.getLogger(__name__)


translate = QCoreApplication.translate  # lupdate reads translate("context", "texte")


def load_document(data: bytes, parent=None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over `data` (keep the buffer alive as long as the document)."""
    document = QPdfDocument(parent)
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document, buffer


def file_name(doc) -> str:
    return f"{doc.kind}-{doc.inscription_number}-v{doc.version}.pdf"


class PdfPreviewDialog(QDialog):
    def __init__(self, doc, data: bytes, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PdfPreviewDialog()
        self.ui.setupUi(self)
        self.doc_info = doc
        self.data = data
        self.setWindowTitle(
            translate("pdfview", "%1 — version %2")
            .replace("%1", doc.kind_label)
            .replace("%2", str(doc.version))
        )
        self.setWindowIcon(resources.icon("document"))
        state = (
            translate("pdfview", "en vigueur")
            if doc.is_current
            else translate("pdfview", "remplacée par une version plus récente")
        )
        self.ui.infoLabel.setText(
            translate(
                "pdfview",
                "%1, candidature n° %2 — version %3 (%4), publiée le %5 par %6 ; code de vérification %7.",
            )
            .replace("%1", doc.kind_label)
            .replace("%2", doc.inscription_number)
            .replace("%3", str(doc.version))
            .replace("%4", state)
            .replace("%5", formatting.when(doc.published_at))
            .replace("%6", formatting.actor_text(doc.published_by))
            .replace("%7", doc.verification_code)
        )
        self.document, self._buffer = load_document(data, self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.ui.viewerLayout.addWidget(self.view)
        self.ui.printButton.setIcon(resources.icon("print"))
        self.ui.saveButton.setIcon(resources.icon("save"))
        self.ui.printButton.clicked.connect(lambda: print_pdf(self, self.data, doc.kind_label))
        self.ui.saveButton.clicked.connect(lambda: save_pdf(self, self.data, file_name(doc)))
        self.ui.closeButton.clicked.connect(self.accept)

    def page_count(self) -> int:
        return self.document.pageCount()


def print_pdf(parent: QWidget, data: bytes, title: str) -> bool:
    """Ask for a printer, then print the chosen pages (on the GUI thread: one short document)."""
    from cyclades_desktop.gui.documents import printing

    document, _buffer = load_document(data)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        feedback.message_box(
            parent,
            feedback.QMessageBox.Icon.Warning,
            translate("pdfview", "Impression impossible"),
            translate("pdfview", "Ce document ne peut pas être lu : il n'a pas été imprimé."),
            name="errorBox",
        )
        return False
    printer = printing.choose_printer(parent, title, document.pageCount())
    if printer is None:
        return False
    first, last = (printer.fromPage(), printer.toPage()) if printer.fromPage() else (1, document.pageCount())
    try:
        sent = printing.paint_pages(document, printer, first, last)
    except OSError as exc:
        feedback.message_box(
            parent,
            feedback.QMessageBox.Icon.Warning,
            translate("pdfview", "Impression impossible"),
            str(exc),
            name="errorBox",
        )
        return False
    log.info("printed %s (%d pages)", title, sent)
    return True


def save_pdf(parent: QWidget, data: bytes, suggested: str) -> bool:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("pdfview", "Enregistrer le document"),
        suggested,
        translate("pdfview", "Document PDF (*.pdf)"),
    )
    if not path:
        return False
    try:
        with open(path, "wb") as out:
            out.write(data)
    except OSError as exc:
        feedback.message_box(
            parent,
            feedback.QMessageBox.Icon.Warning,
            translate("pdfview", "Enregistrement impossible"),
            translate("pdfview", "Le fichier n'a pas pu être écrit : %1").replace("%1", str(exc)),
            name="errorBox",
        )
        return False
    return True
