"""The Qt shell of Mentor Desk."""
