"""Qt's enum properties set by their keys' names (the window's frame paints before Qt's
namespace is loaded), and the labels made that way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget

from desktop.views.by_name import set_by_name
from desktop.views.plain_label import plain_label


def test_an_enum_and_flags_are_set_by_their_keys_names(qtbot) -> None:  # noqa: ANN001
    label = QLabel()
    qtbot.addWidget(label)
    set_by_name(label, alignment="AlignHCenter|AlignTop", textFormat="PlainText")
    assert label.alignment() == Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
    assert label.textFormat() == Qt.TextFormat.PlainText
    view = QListWidget()
    qtbot.addWidget(view)
    set_by_name(view, horizontalScrollBarPolicy="ScrollBarAlwaysOff", frameShape="NoFrame")
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert view.frameShape() == QListWidget.Shape.NoFrame


def test_a_key_or_property_that_is_not_there_is_an_error(qtbot) -> None:  # noqa: ANN001
    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(ValueError, match="QLabel has no alignment 'AlignSideways'"):
        set_by_name(label, alignment="AlignSideways")
    assert label.alignment() == Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def test_a_plain_label_shows_markup_as_text_and_is_selectable_as_asked(qtbot) -> None:  # noqa: ANN001
    label = plain_label("<b>Ada</b>")
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText and label.wordWrap()
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    both = plain_label("x", wrap=False, select="TextSelectableByMouse|TextSelectableByKeyboard")
    qtbot.addWidget(both)
    assert both.textInteractionFlags() == (Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    assert not both.wordWrap()
    none = plain_label(select="NoTextInteraction")
    qtbot.addWidget(none)
    assert none.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
