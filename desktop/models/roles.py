"""Custom item roles shared by every model: the raw value for sorting, the id, the record."""

from PySide6.QtCore import Qt

SortRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
RecordRole = Qt.ItemDataRole.UserRole + 3
