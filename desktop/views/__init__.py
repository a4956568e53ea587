"""Windows, pages and dialogs of Mentor Desk."""
