"""Custom item roles shared by every model: the id (selection) and the record.

No model offers a raw sort value: the small tables are shown in the order the services give,
and the whole history sorts in the database.
"""

from PySide6.QtCore import Qt

IdRole = Qt.ItemDataRole.UserRole + 2
RecordRole = Qt.ItemDataRole.UserRole + 3
