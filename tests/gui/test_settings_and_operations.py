"""The typed settings registry and the background-operation API."""

from __future__ import annotations

import threading

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

from cyclades_desktop.gui import settings as s
from cyclades_desktop.gui.operations import QueryOp


def test_settings_are_typed_and_fall_back_to_defaults(tmp_path):
    store = s.Settings.at(tmp_path / "a.ini")
    assert store.get(s.IDLE_LOCK_MINUTES) == 10
    store.set(s.IDLE_LOCK_MINUTES, 3)
    store.set(s.REMEMBER_ME, True)
    store.set(s.MAIN_GEOMETRY, QByteArray(b"\x01\x02"))
    store.sync()
    again = s.Settings.at(tmp_path / "a.ini")
    assert again.get(s.IDLE_LOCK_MINUTES) == 3
    assert again.get(s.REMEMBER_ME) is True
    assert again.get(s.MAIN_GEOMETRY) == QByteArray(b"\x01\x02")
    again.qsettings.setValue(s.IDLE_LOCK_MINUTES.key, "beaucoup")  # hand-edited file
    assert again.get(s.IDLE_LOCK_MINUTES) == 10
    again.qsettings.setValue(s.IDLE_LOCK_MINUTES.key, 0)  # below the minimum
    assert again.get(s.IDLE_LOCK_MINUTES) == 10


def test_settings_upgrade_backs_up_first(tmp_path):
    path = tmp_path / "old.ini"
    old = QSettings(str(path), QSettings.Format.IniFormat)
    old.setValue("security/idle_lock_seconds", 300)
    old.sync()
    store = s.Settings.at(path)
    assert store.get(s.IDLE_LOCK_MINUTES) == 5
    assert (tmp_path / "old.ini.v0.bak").exists()
    assert int(store.qsettings.value(s.SCHEMA_KEY)) == s.SCHEMA_VERSION


def test_query_op_runs_off_the_gui_thread_and_answers_on_it(qtbot, tasks):
    seen = {}

    def op():
        seen["op_thread"] = threading.current_thread()
        return 42

    def success(value):
        seen["value"] = value
        seen["success_thread"] = threading.current_thread()

    QueryOp(parent=None, op=op, success=success).run_in_background()
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["op_thread"] is not threading.main_thread()
    assert seen["success_thread"] is threading.main_thread()


def test_query_op_failure_and_finally(qtbot, tasks):
    seen = []

    def op():
        raise ValueError("boom")

    QueryOp(parent=None, op=op, success=lambda _v: seen.append("success")).failure(
        lambda exc: seen.append(str(exc))
    ).and_finally(lambda: seen.append("finally")).run_in_background()
    qtbot.waitUntil(lambda: "finally" in seen)
    assert seen == ["boom", "finally"]


def test_no_callback_for_a_closed_window(qtbot, tasks):
    gate = threading.Event()
    seen = []
    widget = QWidget()
    QueryOp(parent=widget, op=lambda: gate.wait(5), success=seen.append).run_in_background()
    widget.deleteLater()
    qtbot.wait(20)
    gate.set()
    qtbot.waitUntil(lambda: tasks.idle)
    qtbot.wait(20)
    assert seen == []


def test_busy_indicator_only_after_a_delay(qtbot, tasks):
    gate = threading.Event()
    states = []
    tasks.busy_changed.connect(lambda busy, label: states.append((busy, label)))
    QueryOp(parent=None, op=lambda: gate.wait(5)).with_label("Recherche…").run_in_background()
    qtbot.wait(100)
    assert states == [] and not tasks.busy_shown  # a quick answer never flickers
    qtbot.waitUntil(lambda: tasks.busy_shown, timeout=2000)
    assert states[-1] == (True, "Recherche…")
    gate.set()
    qtbot.waitUntil(lambda: tasks.idle)
    assert states[-1] == (False, "") and not tasks.busy_shown


def test_emitting_signals_keeps_python_alive(qtbot, tasks):
    """PySide6 6.12.0's emit() takes a reference from True each time (gui/qtcompat.py)."""
    import sys

    before = sys.getrefcount(True)
    done = []
    for _ in range(300):
        QueryOp(parent=None, op=lambda: True, success=done.append).run_in_background()
    qtbot.waitUntil(lambda: len(done) == 300)
    qtbot.waitUntil(lambda: tasks.idle)
    assert sys.getrefcount(True) >= before - 10


def test_a_long_session_of_void_qt_calls_does_not_wear_none_down(qtbot):
    """PySide6 6.12.0 takes a reference from None per void call; 100,000 calls must not abort."""
    import subprocess
    import sys

    code = (
        "import os; os.environ['QT_QPA_PLATFORM']='offscreen'\n"
        "import cyclades_desktop.gui\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([]); label = QLabel()\n"
        "for i in range(100000): label.setText('x'); label.setEnabled(True)\n"
        "print('ok')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr[-500:]
