"""Fixtures for the Qt tiers: a DeskContext over a tmp database, with sample data on demand."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.bridge import ServiceBridge
from desktop.context import DeskContext
from desktop.settings import AppSettings
from services.container import Services


@pytest.fixture
def ctx(qapp, services: Services, tmp_path: Path) -> DeskContext:  # noqa: ANN001
    bridge = ServiceBridge(services.hub)
    # The look at other desks is tested on its own (test_other_desks.py): elsewhere it would
    # add statements at random moments to the tests that count them.
    context = DeskContext(services=services, bridge=bridge,
                          settings=AppSettings(tmp_path / "settings.ini"), other_desks_ms=0)
    yield context
    bridge.detach()


@pytest.fixture
def demo_ctx(ctx: DeskContext) -> DeskContext:
    """The context with the sample data installed around the test clock's now."""
    from services.demo import install

    install(ctx.services)
    return ctx


@pytest.fixture
def answer_modal(qtbot):  # noqa: ANN001, ANN201
    """Schedule `handler(dialog)` for the next modal dialog, which the code under test opens
    with exec(); the handler clicks or types like a user would. A failing handler closes the
    dialog (so the test cannot hang) and its error is raised when the test ends."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    seen: list[object] = []
    errors: list[BaseException] = []

    def arm(handler) -> list[object]:  # noqa: ANN001
        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(10, poll)
                return
            seen.append(dialog)
            try:
                handler(dialog)
            except BaseException as exc:  # noqa: BLE001 - re-raised in the test's thread
                errors.append(exc)
                if isinstance(dialog, QDialog):
                    dialog.reject()

        QTimer.singleShot(0, poll)
        return seen

    yield arm
    if errors:
        raise errors[0]


def as_shown(text: str | None, text_format: object = None) -> str:
    """What a label or tooltip shows of `text`: Qt renders rich text, and text in the automatic
    format (every tooltip) as rich text when it looks like markup."""
    from PySide6.QtGui import QTextDocument, Qt

    text_format = Qt.TextFormat.AutoText if text_format is None else text_format
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and Qt.mightBeRichText(text or ""))
    if not rich:
        return text or ""
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def follow_changes(ctx: DeskContext, page) -> None:  # noqa: ANN001
    """Redraw `page` after every delivered change it shows, unless it made the change itself:
    what the main window does for the page on screen."""
    def on_changed(change) -> None:  # noqa: ANN001
        if change.initiator is not page and page.affected_by(change):
            page.refresh()

    ctx.bridge.changed.connect(on_changed)


def delivered(qtbot, ctx: DeskContext) -> None:  # noqa: ANN001
    """Wait until changes made outside any operation (a test's own service calls) have been
    delivered, as the window's event loop delivers them."""
    qtbot.waitUntil(lambda: not ctx.services.hub.pending(), timeout=5000)


def click_choice(qtbot, button) -> None:  # noqa: ANN001
    """Click a radio or check box on its label, where a user clicks (not the stretched centre)."""
    from PySide6.QtCore import QPoint, Qt

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def shown_window(qtbot, ctx):  # noqa: ANN001, ANN201
    """The main window over `ctx` with every page, shown and exposed."""
    from desktop.views.main_window import MainWindow
    from desktop.views.pages import build_pages

    window = MainWindow(ctx, build_pages(ctx))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture(scope="session", autouse=True)
def english(qapp):  # noqa: ANN001, ANN201
    """The window in English, as an English system shows it (its plural forms come from the
    English translation file), whatever this machine's language is."""
    from desktop.i18n import apply_language

    apply_language(qapp, "en")


@pytest.fixture
def language(qapp):  # noqa: ANN001, ANN201
    """`language(code)` switches the window's language for one test; English again after it."""
    from desktop.i18n import apply_language

    yield lambda code: apply_language(qapp, code)
    apply_language(qapp, "en")


@pytest.fixture
def engine() -> str:
    """The window's tests run on SQLite: what it shows comes through the same service calls on
    either engine, which tests/services and the command-line tests run on both."""
    return "sqlite"
