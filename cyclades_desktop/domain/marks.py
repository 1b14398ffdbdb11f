"""Import of marks and decisions from the jury's CSV: all or nothing.

One file per session. Columns (French headers, `;` or `,` separated, UTF-8):
`numero_inscription; epreuve; note` and optionally `conservee` (oui/non), `decision`,
`mention`. `note` is a mark out of 20 (« 12,5 ») or « ABS ». The decision and mention, when
given, are the same on every row of an inscription. Every bad row is reported with its line
number and reason, and then nothing at all is imported.
"""

from __future__ import annotations

import csv
import io
import itertools
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from cyclades_desktop.domain import audit, clock, roles
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.errors import NotFound, ValidationError
from cyclades_desktop.store.db import transactional
from cyclades_desktop.store.models import ExamSession, Inscription, Mark, Paper, Result

DECISIONS = ("admis", "second groupe", "refusé", "ajourné")
MENTIONS = ("", "assez bien", "bien", "très bien", "très bien avec félicitations du jury")
REQUIRED = ("numero_inscription", "epreuve", "note")
MAX_ROWS = 500_000


class ImportRejected(ValidationError):
    """The file has bad rows: `problems` lists (line, reason); nothing was imported."""

    def __init__(self, problems: list[tuple[int, str]]):
        shown = "\n".join(f"ligne {line} : {reason}" for line, reason in problems[:50])
        more = f"\n… et {len(problems) - 50} autre(s)" if len(problems) > 50 else ""
        super().__init__(f"{len(problems)} ligne(s) en erreur, rien n'a été importé :\n{shown}{more}")
        self.problems = problems


@dataclass(frozen=True)
class ImportReport:
    rows: int
    inscriptions: int
    results: int

    def summary(self) -> str:
        return (
            f"{self.rows} note(s) importée(s) pour {self.inscriptions} candidature(s), "
            f"{self.results} décision(s) enregistrée(s)."
        )


def _score(text: str):
    t = text.strip().upper()
    if t in ("ABS", "ABSENT"):
        return None, True
    try:
        value = Decimal(t.replace(",", "."))
    except InvalidOperation:
        raise ValueError(f"note « {text} » illisible (attendu : un nombre de 0 à 20 ou ABS)") from None
    if not value.is_finite() or value < 0 or value > 20:
        raise ValueError(f"note « {text} » hors de l'intervalle 0 à 20")
    if value != value.quantize(Decimal("0.01")):
        raise ValueError(f"note « {text} » : deux décimales au plus")
    return value, False


def _reader(content: str):
    sample = content[:4096]
    delimiter = ";" if sample.count(";") >= sample.count(",") else ","
    return csv.DictReader(io.StringIO(content), delimiter=delimiter)


@dataclass(frozen=True)
class MarksPlan:
    """A checked marks file: what to write, nothing written yet."""

    session_id: int
    marks: dict  # (inscription id, paper id) -> (score, absent, kept, coefficient)
    decisions: dict  # inscription id -> (decision, mention, line)
    numbers: dict  # inscription id -> (number, line of its first row)


def import_marks(session, session_id: int, content: str) -> ImportReport:
    """Check the whole file first, outside any write transaction, then write it in one short one.

    On SQLite a write transaction locks the base for every workstation: a long file checked
    inside it made the others' sign-in and saves fail with « database is locked ».
    """
    roles.require(session, Permission.IMPORT_MARKS)
    plan = check_marks_file(session_id, content)
    return _write_marks(session, plan)


def _registered(session_id: int, numbers: list[str]) -> dict[str, Inscription | None]:
    """The session's candidatures by number, read in chunks (one query per 500 numbers)."""
    found: dict[str, Inscription | None] = dict.fromkeys(numbers)
    for i in range(0, len(numbers), 500):
        chunk = numbers[i : i + 500]
        for ins in Inscription.select(Inscription.id, Inscription.number, Inscription.status).where(
            (Inscription.number.in_(chunk)) & (Inscription.session == session_id)
        ):
            found[ins.number] = ins
    return found


def check_marks_file(session_id: int, content: str) -> MarksPlan:
    """Every row checked, every problem named by its line; reads only."""
    if not ExamSession.select().where(ExamSession.id == session_id).exists():
        raise NotFound(f"La session n° {session_id} n'existe pas.")
    content = content.lstrip("\ufeff")
    reader = _reader(content)
    headers = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [h for h in REQUIRED if h not in headers]
    if missing:
        raise ImportRejected([(1, "colonne(s) manquante(s) : " + ", ".join(missing))])
    reader.fieldnames = headers
    papers = {p.code.upper(): p for p in Paper.select().where(Paper.session == session_id)}
    rows = list(itertools.islice(reader, MAX_ROWS))  # never more in memory than the limit
    if len(rows) == MAX_ROWS and next(reader, None) is not None:
        raise ImportRejected([(MAX_ROWS + 2, f"fichier trop long (plus de {MAX_ROWS} lignes)")])
    inscriptions = _registered(
        session_id, sorted({(r.get("numero_inscription") or "").strip() for r in rows} - {""})
    )
    numbers: dict[int, tuple[str, int]] = {}
    problems: list[tuple[int, str]] = []
    marks: dict[tuple[int, int], tuple] = {}
    decisions: dict[int, tuple[str, str, int]] = {}
    for line, row in enumerate(rows, start=2):
        if None in row:
            problems.append((line, "trop de colonnes"))
            continue
        number = (row.get("numero_inscription") or "").strip()
        code = (row.get("epreuve") or "").strip().upper()
        if not number:
            problems.append((line, "numéro d'inscription manquant"))
            continue
        ins = inscriptions[number]
        if ins is None:
            problems.append((line, f"aucune candidature n° {number} dans cette session"))
            continue
        if ins.status != "registered":
            problems.append((line, f"la candidature n° {number} n'est plus active"))
            continue
        paper = papers.get(code)
        if paper is None:
            problems.append((line, f"épreuve « {code} » inconnue dans cette session"))
            continue
        try:
            score, absent = _score(row.get("note") or "")
        except ValueError as exc:
            problems.append((line, str(exc)))
            continue
        kept_text = (row.get("conservee") or "non").strip().lower()
        if kept_text not in ("oui", "non", ""):
            problems.append((line, f"« conservee » vaut oui ou non, pas « {kept_text} »"))
            continue
        if (ins.id, paper.id) in marks:
            problems.append(
                (line, f"note de l'épreuve {code} donnée deux fois pour la candidature n° {number}")
            )
            continue
        marks[(ins.id, paper.id)] = (score, absent, kept_text == "oui", paper.coefficient)
        numbers.setdefault(ins.id, (number, line))
        decision = (row.get("decision") or "").strip().lower()
        mention = (row.get("mention") or "").strip().lower()
        if decision or mention:
            if decision not in DECISIONS:
                problems.append((line, f"décision « {decision} » inconnue ({', '.join(DECISIONS)})"))
                continue
            if mention not in MENTIONS:
                problems.append((line, f"mention « {mention} » inconnue"))
                continue
            previous = decisions.get(ins.id)
            if previous and previous[:2] != (decision, mention):
                problems.append(
                    (line, f"décision différente de celle de la ligne {previous[2]} pour la même candidature")
                )
                continue
            decisions.setdefault(ins.id, (decision, mention, line))
    if problems:
        raise ImportRejected(problems)
    if not marks:
        raise ImportRejected([(1, "le fichier ne contient aucune note")])
    return MarksPlan(session_id, marks, decisions, numbers)


@transactional
def _write_marks(session, plan: MarksPlan) -> ImportReport:
    """The write, kept short: the file is already checked; only what changed meanwhile is re-read."""
    marks, decisions = plan.marks, plan.decisions
    ids = list(plan.numbers)
    changed = [
        (plan.numbers[ins.id][1], f"la candidature n° {ins.number} n'est plus active (modifiée entre-temps)")
        for i in range(0, len(ids), 500)
        for ins in Inscription.select(Inscription.id, Inscription.number).where(
            Inscription.id.in_(ids[i : i + 500]) & (Inscription.status != "registered")
        )
    ]
    if changed:
        raise ImportRejected(sorted(changed))
    now = clock.now()
    by_inscription: dict[int, list[tuple[Decimal | None, float]]] = {}
    for (ins_id, paper_id), (score, absent, kept, coef) in marks.items():
        Mark.insert(inscription=ins_id, paper=paper_id, score=score, absent=absent, kept=kept).on_conflict(
            conflict_target=[Mark.inscription, Mark.paper],
            update={Mark.score: score, Mark.absent: absent, Mark.kept: kept},
        ).execute()
        by_inscription.setdefault(ins_id, []).append((score, coef))
    for ins_id, values in by_inscription.items():
        total_coef = sum((Decimal(str(c)) for _, c in values), Decimal(0))
        average = (
            sum(((s or Decimal(0)) * Decimal(str(c)) for s, c in values), Decimal(0)) / total_coef
        ).quantize(Decimal("0.01"))
        decision = decisions.get(ins_id)
        if decision:
            Result.insert(
                inscription=ins_id,
                average=average,
                decision=decision[0],
                mention=decision[1],
                recorded_at=now,
            ).on_conflict(
                conflict_target=[Result.inscription],
                update={
                    Result.average: average,
                    Result.decision: decision[0],
                    Result.mention: decision[1],
                    Result.recorded_at: now,
                },
            ).execute()
        ins = Inscription.get_by_id(ins_id)
        audit.record(
            session,
            "marks.imported",
            "inscription",
            ins_id,
            candidate_id=ins.candidate_id,
            new={
                "number": ins.number,
                "marks": len(values),
                "average": str(average),
                "decision": decision[0] if decision else None,
            },
        )
    return ImportReport(len(marks), len(by_inscription), len(decisions))
