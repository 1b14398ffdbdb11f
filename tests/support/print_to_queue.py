"""`python -m tests.support.print_to_queue QUEUE PDF spool|paint`: print a PDF on a CUPS queue as
the batch window does (gui/documents/printing.print_pages on a QPrinter named after the queue),
by the spooler or page by page, in a process of its own so that libcups reads CUPS_SERVER
afresh. Prints one JSON line."""

from __future__ import annotations

import json
import os
import sys


def main(queue: str, pdf: str, how: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
    from PySide6.QtWidgets import QApplication

    from cyclades_desktop.gui.documents import printing

    app = QApplication([])
    names = QPrinterInfo.availablePrinterNames()
    printer = QPrinter(QPrinterInfo.printerInfo(queue), QPrinter.PrinterMode.HighResolution)
    printer.setDocName("Convocations — test")
    pages = printing.page_count(pdf)
    spool = printing.spooler(printer) is not None
    sent = printing.print_pages(pdf, printer, 1, pages, spool=how == "spool")
    print(
        json.dumps(
            {
                "queues": names,
                "printer": printer.printerName(),
                "valid": printer.isValid(),
                "pages": pages,
                "sent": sent,
                "spooler_found": spool,
            }
        )
    )
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
