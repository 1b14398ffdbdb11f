#!/usr/bin/env python3
"""Regenerate docs/documents/<kind>.png: one example of each document, with a hard name.

python docs/documents/make_previews.py      (needs pdftoppm, from poppler-utils)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run from a checkout without installing

from cyclades_desktop.documents import KINDS, render
from cyclades_desktop.documents.samples import sample

HERE = Path(__file__).resolve().parent
#: kind -> index into samples.HARD_NAMES (a different hard name on each document)
EXAMPLES = {"recap": 0, "convocation": 1, "transcript": 2, "certificate": 3, "accommodation_notice": 5}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for kind in KINDS:
            pdf = Path(tmp) / f"{kind}.pdf"
            pdf.write_bytes(render(sample(kind, EXAMPLES[kind])))
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    "70",
                    "-png",
                    "-singlefile",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    str(pdf),
                    str(HERE / kind),
                ],
                check=True,
            )
            print(HERE / f"{kind}.png")


if __name__ == "__main__":
    main()
