"""The languages Mentor Desk speaks (Qt-free, so the command line can name them)."""

SYSTEM = "system"
# Each language under its own name, as a language menu shows it (never translated).
LANGUAGES = {"en": "English", "de": "Deutsch", "ar": "العربية"}
# Those written right to left: the window is laid out mirrored.
RIGHT_TO_LEFT = frozenset({"ar"})
