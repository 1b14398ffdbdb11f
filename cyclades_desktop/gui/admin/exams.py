"""The exam catalogue: what each examen or concours offers, and the supporting documents it asks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from cyclades_desktop.domain import catalogue, queries
from cyclades_desktop.gui import resources
from cyclades_desktop.gui.admin.common import (
    EXAMS,
    EditorPage,
    fill_table,
    mark_invalid,
    plain_spin,
    select_id,
    selected_id,
    set_error,
    setup_table,
)
from cyclades_desktop.gui.forms.ui_admin_exams import Ui_AdminExams
from cyclades_desktop.gui.operations import QueryOp

translate = QCoreApplication.translate


def kind_labels() -> dict[str, str]:
    return {"examen": translate("ExamsPage", "Examen"), "concours": translate("ExamsPage", "Concours")}


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class ExamsPage(EditorPage):
    key = "exams"
    icon_name = "document"
    watches = (EXAMS,)

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.ui = Ui_AdminExams()
        self.ui.setupUi(self)
        self._setup_header()
        self.exams: dict[int, queries.ExamInfo] = {}
        self.current: queries.ExamInfo | None = None
        self._wanted: int | None = None
        self._busy = False
        ui = self.ui
        for code, label in kind_labels().items():
            ui.kindCombo.addItem(label, code)
        ui.saveButton.setProperty("role", "primary")
        ui.reloadButton.setIcon(resources.icon("reload"))
        for label in (ui.countLabel, ui.listsHint, ui.documentsHint):
            label.setProperty("role", "muted")
        ui.errorLabel.hide()
        plain_spin(ui.requiredSpin)
        setup_table(ui.examsTable, (90, 80))
        header = ui.documentsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        ui.splitter.setSizes([380, 800])
        ui.examsTable.itemSelectionChanged.connect(self._selected)
        ui.newButton.clicked.connect(self.new_exam)
        ui.revertButton.clicked.connect(lambda: self._show(self.current))
        ui.saveButton.clicked.connect(self.save)
        ui.reloadButton.clicked.connect(self.reload)
        ui.addDocumentButton.clicked.connect(self.add_document)
        self._editors = {
            "code": ui.codeEdit,
            "name": ui.nameEdit,
            "kind": ui.kindCombo,
            "level": ui.levelEdit,
            "series": ui.seriesEdit,
            "specialities": ui.specialitiesEdit,
            "options": ui.optionsEdit,
            "languages": ui.languagesEdit,
            "specialities_required": ui.requiredSpin,
            "supporting_documents": ui.documentsTable,
            "label": ui.documentsTable,
        }
        self._show(None)
        self.reload()

    def title(self) -> str:
        return self.tr("Examens")

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        session = self.session
        QueryOp(parent=self, op=lambda: queries.exams(session), success=self._loaded).failure(
            self.show_failure
        ).with_label(self.tr("Lecture du catalogue…")).run_in_background()

    def _loaded(self, exams: list) -> None:
        self.exams = {e.id: e for e in exams}
        wanted = self._wanted or (self.current.id if self.current else None)
        self._wanted = None
        table = self.ui.examsTable
        table.blockSignals(True)
        labels = kind_labels()
        fill_table(
            table, [(e.code, labels.get(e.kind, e.kind), e.name) for e in exams], [e.id for e in exams]
        )
        table.blockSignals(False)
        self.ui.countLabel.setText(self.tr("%1 examen(s) ou concours.").replace("%1", str(len(exams))))
        if wanted in self.exams:
            select_id(table, wanted)
            self._show(self.exams[wanted])
        elif exams and self.current is None and not self.ui.codeEdit.text():
            table.selectRow(0)

    def _selected(self) -> None:
        exam_id = selected_id(self.ui.examsTable)
        if exam_id in self.exams:
            self._show(self.exams[exam_id])

    def _show(self, exam: queries.ExamInfo | None) -> None:
        ui = self.ui
        self.current = exam
        set_error(ui.errorLabel, "")
        for editor in set(self._editors.values()):
            mark_invalid(editor, False)
        ui.codeEdit.setText(exam.code if exam else "")
        ui.codeEdit.setEnabled(exam is None)
        ui.nameEdit.setText(exam.name if exam else "")
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(exam.kind if exam else "examen")))
        ui.levelEdit.setText(exam.level if exam else "")
        ui.seriesEdit.setPlainText("\n".join(exam.series) if exam else "")
        ui.specialitiesEdit.setPlainText("\n".join(exam.specialities) if exam else "")
        ui.optionsEdit.setPlainText("\n".join(exam.options) if exam else "")
        ui.languagesEdit.setPlainText("\n".join(exam.languages) if exam else "")
        ui.requiredSpin.setValue(exam.specialities_required if exam else 0)
        table = ui.documentsTable
        table.setRowCount(0)
        for doc in exam.supporting_documents if exam else ():
            self._add_document_row(doc.code, doc.label, doc.mandatory, existing=True)
        ui.saveButton.setText(self.tr("&Enregistrer") if exam else self.tr("&Créer l'examen"))

    def _add_document_row(self, code: str, label: str, mandatory: bool, existing: bool) -> int:
        table = self.ui.documentsTable
        row = table.rowCount()
        table.insertRow(row)
        code_item = QTableWidgetItem(code)
        if existing:  # the code names the piece in received records: it stays
            code_item.setFlags(code_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            code_item.setToolTip(self.tr("Le code d'une pièce déjà demandée ne change pas."))
        table.setItem(row, 0, code_item)
        table.setItem(row, 1, QTableWidgetItem(label))
        check = QTableWidgetItem("")
        check.setToolTip(
            self.tr("Cochée : la candidature reste incomplète tant que la pièce n'est pas reçue.")
        )
        check.setFlags((check.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable)
        check.setCheckState(Qt.CheckState.Checked if mandatory else Qt.CheckState.Unchecked)
        table.setItem(row, 2, check)
        return row

    def add_document(self) -> None:
        row = self._add_document_row("", "", True, existing=False)
        table = self.ui.documentsTable
        table.setCurrentCell(row, 0)
        table.editItem(table.item(row, 0))

    def new_exam(self) -> None:
        self.ui.examsTable.clearSelection()
        self._show(None)
        self.ui.codeEdit.setFocus()

    # -- saving ----------------------------------------------------------------------------
    def documents(self) -> list[tuple[str, str, bool]]:
        table = self.ui.documentsTable
        out = []
        for row in range(table.rowCount()):
            code = (table.item(row, 0).text() if table.item(row, 0) else "").strip()
            label = (table.item(row, 1).text() if table.item(row, 1) else "").strip()
            if not code and not label:
                continue  # an empty line added by mistake
            out.append((code, label, table.item(row, 2).checkState() == Qt.CheckState.Checked))
        return out

    def values(self) -> dict:
        ui = self.ui
        return {
            "name": ui.nameEdit.text(),
            "kind": ui.kindCombo.currentData(),
            "level": ui.levelEdit.text(),
            "series": lines(ui.seriesEdit.toPlainText()),
            "specialities": lines(ui.specialitiesEdit.toPlainText()),
            "options": lines(ui.optionsEdit.toPlainText()),
            "languages": lines(ui.languagesEdit.toPlainText()),
            "specialities_required": ui.requiredSpin.value(),
            "supporting_documents": self.documents(),
        }

    def save(self) -> None:
        session, values, current = self.session, self.values(), self.current
        if current is None:
            code = self.ui.codeEdit.text()

            def op():
                return catalogue.create_exam(session, code, **values)

            done = self.tr("Examen « %1 » créé.")
        else:

            def op():
                catalogue.update_exam(session, current.id, current.version, **values)
                return current.id

            done = self.tr("Examen « %1 » enregistré.")
        done = done.replace("%1", values["name"].strip())
        self._save(op, done, EXAMS, self._saved)

    def _saved(self, exam_id: int, text: str) -> None:
        self._wanted = exam_id
        self.show_message(text)
