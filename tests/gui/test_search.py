"""The main window's search: typing, misspelled names, filters, paging, sorting, keyboard."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from cyclades_desktop.gui.candidate.file import CandidateFileWidget
from cyclades_desktop.gui.operations import QueryOp
from cyclades_desktop.gui.search_model import ID_ROLE
from tests import factories
from tests.gui.conftest import wait_idle


def search_for(qtbot, window, text):
    window.ui.searchEdit.setText(text)
    window.run_search()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: not window.model.loading)


def shown_names(window):
    proxy = window.proxy
    return [proxy.index(r, 1).data() for r in range(proxy.rowCount())]


def test_window_shows_who_where_and_lists_candidates(qtbot, world, open_window):
    window = open_window(world.agent)
    assert window.windowTitle().startswith("Cyclades Desktop")
    assert window.user_label.text() == "Agent Test — Agent"
    assert "sqlite:///test.db" in window.db_label.text()
    assert sorted(shown_names(window)) == ["DURAND", "LEFÈVRE"]
    assert window.ui.kindLabel.text() == "Tous les candidats"
    # the filters are filled from the database
    assert window.ui.sessionCombo.count() == 3  # « Toutes les sessions » + 2 sessions
    assert window.ui.statusCombo.itemText(3) == "Désinscrite"
    assert gc.get_freeze_count() > 0  # start-up's objects out of the full collections (no long pause)


def test_a_misspelled_name_finds_the_candidate_and_says_why(qtbot, world, open_window):
    window = open_window(world.agent)
    search_for(qtbot, window, "Lefebvre")
    assert shown_names(window) == ["LEFÈVRE"]
    assert window.ui.kindLabel.text() == "Recherche par nom"
    why = window.proxy.index(0, 6).data()
    assert why == "Orthographe approchante"
    assert "1 candidat." in window.ui.resultsLabel.text()


def test_typing_searches_at_each_keystroke(qtbot, world, open_window):
    window = open_window(world.agent)
    qtbot.keyClicks(window.ui.searchEdit, "dur")
    qtbot.waitUntil(lambda: shown_names(window) == ["DURAND"], timeout=5000)


def _hold_the_worker():
    """Keep the one database worker busy until the returned event is set."""
    gate = threading.Event()
    QueryOp(parent=None, op=lambda: gate.wait(10)).run_in_background()
    return gate


def test_a_query_typed_over_before_it_ran_is_not_run(qtbot, world, open_window):
    window = open_window(world.agent)
    wait_idle(qtbot)
    ran = []
    fetch = window.model._fetch
    window.model._fetch = lambda q, f, c, n: ran.append(q) or fetch(q, f, c, n)
    gate = _hold_the_worker()
    qtbot.keyClicks(window.ui.searchEdit, "lef")  # three searches asked while the worker is busy
    assert sorted(shown_names(window)) == ["DURAND", "LEFÈVRE"]  # the former rows stay meanwhile
    assert window.model.loading
    gate.set()
    qtbot.waitUntil(lambda: not window.model.loading, timeout=5000)
    assert ran == ["lef"]
    assert shown_names(window) == ["LEFÈVRE"]


def test_rows_are_replaced_in_one_go_and_cleared_by_a_refused_query(qtbot, world, open_window):
    window = open_window(world.agent)
    wait_idle(qtbot)
    resets = []
    window.model.modelReset.connect(lambda: resets.append(window.model.rowCount()))
    search_for(qtbot, window, "durand")
    assert resets == [1] and shown_names(window) == ["DURAND"]
    search_for(qtbot, window, "-")  # no letter: refused with a message, the former rows go
    assert shown_names(window) == []
    assert "au moins une lettre" in window.ui.resultsLabel.text()


def test_substring_number_and_email_searches(qtbot, world, open_window):
    window = open_window(world.agent)
    search_for(qtbot, window, "URA")
    assert shown_names(window) == ["DURAND"]
    search_for(qtbot, window, "paul.durand@")
    assert shown_names(window) == ["DURAND"]
    assert window.ui.kindLabel.text() == "Recherche par adresse e-mail"
    search_for(qtbot, window, world.inscription.inscription_number)
    assert shown_names(window) == ["LEFÈVRE"]


def test_filters_narrow_the_results(qtbot, world, open_window):
    window = open_window(world.agent)
    combo = window.ui.sessionCombo
    combo.setCurrentIndex(combo.findData(world.world.session_id))
    wait_idle(qtbot)
    assert shown_names(window) == ["LEFÈVRE"]  # Durand has no inscription
    assert "filtres appliqués" in window.ui.resultsLabel.text()
    window.ui.statusCombo.setCurrentIndex(window.ui.statusCombo.findData("withdrawn"))
    wait_idle(qtbot)
    assert shown_names(window) == []
    assert "Aucun candidat" in window.ui.resultsLabel.text()
    window.ui.actionClearFilters.trigger()
    wait_idle(qtbot)
    assert len(shown_names(window)) == 2


def test_results_load_page_by_page_as_the_view_scrolls(qtbot, world, open_window):
    for i in range(5):
        factories.active_candidate(
            f"martin{i}@example.fr", birth_name="Martin", first_names=f"Claire{chr(65 + i)}"
        )
    window = open_window(world.agent)
    view = window.ui.resultsView
    view.setFixedHeight(200)
    view.verticalHeader().setDefaultSectionSize(400)  # one row at a time: more come only as it scrolls
    window.model.page_size = 2
    search_for(qtbot, window, "martin")
    assert window.model.rowCount() == 2 and window.model.has_more
    assert "premiers candidats affichés" in window.ui.resultsLabel.text()
    for _ in range(5):
        if not window.model.has_more:
            break
        view.scrollToBottom()
        qtbot.waitUntil(lambda: not window.model.loading and window.model.rowCount() > 2)
        wait_idle(qtbot)
    assert window.model.rowCount() == 5 and not window.model.has_more
    firsts = [window.proxy.index(r, 2).data() for r in range(5)]
    assert firsts == sorted(firsts)  # keyset pages follow each other without gaps or repeats


def test_sorting_by_a_column_and_back_to_relevance(qtbot, world, open_window):
    window = open_window(world.agent)
    search_for(qtbot, window, "")
    window._sort_by(3)  # Né(e) le: Durand 2007 before Lefèvre 2008
    assert shown_names(window) == ["DURAND", "LEFÈVRE"]
    window._sort_by(3)
    assert shown_names(window) == ["LEFÈVRE", "DURAND"]
    assert "Tri par" in window.ui.sortLabel.text()
    window.ui.actionRelevanceOrder.trigger()
    assert window.ui.sortLabel.text() == ""


def test_keyboard_ctrl_f_down_and_enter_open_the_candidate(qtbot, world, open_window):
    window = open_window(world.agent)
    window.activateWindow()
    search_for(qtbot, window, "lefevre")
    window.ui.resultsView.setFocus()
    assert window.ui.actionFind.shortcut() == QKeySequence("Ctrl+F")
    window.ui.actionFind.trigger()
    assert QApplication.focusWidget() is window.ui.searchEdit
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Down)
    assert window.ui.resultsView.currentIndex().row() == 0
    qtbot.keyClick(window.ui.resultsView, Qt.Key.Key_Return)
    current = window.ui.tabs.currentWidget()
    assert isinstance(current, CandidateFileWidget)
    assert current.candidate_id == window.proxy.index(0, 0).data(ID_ROLE) == world.candidate_id
    qtbot.waitUntil(lambda: current.file is not None)
    assert window.ui.tabs.tabText(window.ui.tabs.currentIndex()) == "LEFÈVRE Jeanne Marie"
    # opening it again switches to the same tab; Ctrl+W closes it
    window.open_candidate(world.candidate_id)
    assert window.ui.tabs.count() == 2
    window.ui.actionCloseTab.trigger()
    assert window.ui.tabs.count() == 1


def test_a_bad_query_is_explained(qtbot, world, open_window):
    window = open_window(world.agent)
    search_for(qtbot, window, "31/02/2008")
    assert "n'est pas une date valide" in window.ui.resultsLabel.text()


def test_enter_after_typing_does_not_search_the_same_query_twice(qtbot, world, open_window):
    window = open_window(world.agent)
    wait_idle(qtbot)
    ran = []
    fetch = window.model._fetch
    window.model._fetch = lambda q, f, c, n: ran.append(q) or fetch(q, f, c, n)
    qtbot.keyClicks(window.ui.searchEdit, "dur")
    qtbot.waitUntil(lambda: not window.model.loading and shown_names(window) == ["DURAND"], timeout=5000)
    searched = len(ran)
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    wait_idle(qtbot)
    assert len(ran) == searched and shown_names(window) == ["DURAND"]
    window.ui.searchEdit.blockSignals(True)  # a query the keystrokes did not ask for: Enter searches it
    window.ui.searchEdit.setText("lef")
    window.ui.searchEdit.blockSignals(False)
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.model.loading and shown_names(window) == ["LEFÈVRE"], timeout=5000)
    assert ran[-1] == "lef"
