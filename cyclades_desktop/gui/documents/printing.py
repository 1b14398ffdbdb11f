"""Direct printing of a merged batch PDF: the printer is chosen on the GUI thread, the pages are
rendered and sent on a thread of their own, with progress and cancel.

On a CUPS queue the merged file is handed to the spooler as it is (`spool_pdf`); otherwise
`paint_pages` prints it (QtPdf renders each page at the printer's resolution, at most 600 dpi,
scaled into the printable area). `pdfview.print_pdf` calls it on the GUI
thread for one document of a page or two held in memory; a batch file of thousands of pages
is read from disk by QPdfDocument and painted off the GUI thread (Qt supports QPainter on a
QPrinter in another thread).
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from cyclades_desktop.gui import feedback
from cyclades_desktop.gui.documents.jobs import BackgroundJob

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
MAX_DPI = 600


def page_count(path: str | Path) -> int:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(path))
    try:
        return document.pageCount() if document.status() == QPdfDocument.Status.Ready else 0
    finally:
        document.close()


def choose_printer(parent: QWidget, title: str, pages: int):
    """The print dialog (French, window-modal); None when the user cancels."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFromTo(1, pages)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.setWindowTitle(translate("documents", "Imprimer — %1").replace("%1", title))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_pages(
    path: str | Path,
    printer,
    first: int,
    last: int,
    progress=None,
    cancel: threading.Event | None = None,
    spool: bool | None = None,
) -> int:
    """Send pages first..last (1-based) of the PDF at `path` to `printer`; returns pages sent.

    On a CUPS queue the file itself is handed to the spooler (`spool`, the default when
    possible): CUPS prints PDF natively, so ten thousand convocations travel as the few MB of the
    merged file, with their text, instead of ten thousand pages rendered at 600 dpi (3.6 MB
    each, hours of work). Elsewhere (a PDF printer, Windows) each page is painted.
    """
    if spool is None:
        spool = spooler(printer) is not None
    if spool:
        sent = spool_pdf(path, printer, first, last)
        if progress is not None:
            progress(sent)
        return sent
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(path))
    if document.status() != QPdfDocument.Status.Ready:
        raise OSError(translate("documents", "Le fichier %1 ne peut pas être lu.").replace("%1", str(path)))
    try:
        return paint_pages(document, printer, first, last, progress, cancel)
    finally:
        document.close()


def spooler(printer) -> str | None:
    """The `lp` command, when `printer` is a queue of the system's CUPS spooler."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    if sys.platform.startswith("win") or printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        return None
    if printer.printerName() not in QPrinterInfo.availablePrinterNames():
        return None
    return shutil.which("lp")


_SIDES = {
    "DuplexNone": "one-sided",
    "DuplexLongSide": "two-sided-long-edge",
    "DuplexShortSide": "two-sided-short-edge",
}


def spool_pdf(path: str | Path, printer, first: int, last: int) -> int:
    """Queue the PDF on the printer's CUPS queue with the choices of the print dialog (copies,
    recto-verso, pages); returns the pages queued. The job then belongs to the spooler: it can
    be followed and stopped in the system's print queue."""
    lp = spooler(printer)
    if lp is None:
        raise OSError(
            translate("documents", "L'imprimante %1 n'est pas une file d'impression du système.").replace(
                "%1", printer.printerName()
            )
        )
    total = page_count(path)
    command = [
        lp,
        "-d",
        printer.printerName(),
        "-t",
        printer.docName() or Path(path).name,
        "-n",
        str(max(1, printer.copyCount())),
        "-o",
        "media=A4",
    ]  # every document is A4
    sides = _SIDES.get(printer.duplex().name)
    if sides:
        command += ["-o", f"sides={sides}"]
    if (first, last) != (1, total):
        command += ["-P", f"{first}-{last}"]
    done = subprocess.run(
        [*command, "--", str(path)], capture_output=True, text=True, timeout=600, check=False
    )
    if done.returncode != 0:
        raise OSError(
            translate("documents", "Le service d'impression a refusé le fichier : %1").replace(
                "%1", (done.stderr or done.stdout).strip()[:300]
            )
        )
    log.info("spooled %s on %s: %s", path, printer.printerName(), done.stdout.strip())
    return last - first + 1


def paint_pages(
    document, printer, first: int, last: int, progress=None, cancel: threading.Event | None = None
) -> int:
    """Paint pages first..last (1-based) of a loaded QPdfDocument onto `printer`, each rendered at
    the printer's resolution (at most MAX_DPI) and scaled into the printable area."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(translate("documents", "L'imprimante n'a pas pu être ouverte."))
    sent = 0
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        for number in range(first - 1, last):
            if cancel is not None and cancel.is_set():
                break
            if number > first - 1:
                printer.newPage()
            points = document.pagePointSize(number)
            size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
            image = document.render(number, size)
            target = QRectF(painter.viewport())
            scaled = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)
            sent += 1
            if progress is not None:
                progress(sent)
    finally:
        painter.end()
    return sent


def print_pdf_file(parent: QWidget, path: str | Path, title: str, on_done=None) -> BackgroundJob | None:
    """Ask for a printer, then print the file's pages in the background with a progress dialog.

    `on_done(pages_sent, cancelled)` runs on the GUI thread once the printer has everything.
    """
    pages = page_count(path)
    if pages == 0:
        feedback.message_box(
            parent,
            feedback.QMessageBox.Icon.Warning,
            translate("documents", "Impression impossible"),
            translate("documents", "Ce fichier ne peut pas être lu : rien n'a été imprimé."),
            name="errorBox",
        )
        return None
    printer = choose_printer(parent, title, pages)
    if printer is None:
        return None
    first, last = (printer.fromPage(), printer.toPage()) if printer.fromPage() else (1, pages)
    last = min(last or pages, pages)
    cancel = threading.Event()
    dialog = QProgressDialog(
        translate("documents", "Envoi à l'imprimante…"),
        translate("documents", "Arrêter"),
        0,
        last - first + 1,
        parent,
    )
    dialog.setObjectName("printProgress")
    dialog.setWindowTitle(translate("documents", "Impression — %1").replace("%1", title))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(600)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(cancel.set)
    spool = spooler(printer) is not None  # asked here: QPrinterInfo belongs to the GUI thread
    if spool:
        dialog.setLabelText(translate("documents", "Envoi du fichier au service d'impression…"))
    job = BackgroundJob(
        lambda progress: print_pages(path, printer, first, last, progress, cancel, spool),
        parent,
        label="print",
    )
    job.printer = printer  # kept alive with the job

    def step(sent: int) -> None:
        dialog.setValue(sent)
        dialog.setLabelText(
            translate("documents", "Envoi à l'imprimante : page %1 sur %2…")
            .replace("%1", str(sent))
            .replace("%2", str(last - first + 1))
        )

    def finished(sent) -> None:
        cancelled = cancel.is_set() and sent < last - first + 1  # read before close(): closing emits canceled
        dialog.canceled.disconnect(cancel.set)
        dialog.close()
        dialog.deleteLater()
        log.info("printed %s: %d of %d pages", title, sent, last - first + 1)
        if on_done is not None:
            on_done(sent, cancelled)

    def failed(exc) -> None:
        dialog.canceled.disconnect(cancel.set)
        dialog.close()
        dialog.deleteLater()
        feedback.message_box(
            parent,
            feedback.QMessageBox.Icon.Warning,
            translate("documents", "Impression impossible"),
            str(exc),
            name="errorBox",
        )

    job.progressed.connect(step)
    job.succeeded.connect(finished)
    job.failed.connect(failed)
    job.finished.connect(job.deleteLater)
    job.start()
    return job
