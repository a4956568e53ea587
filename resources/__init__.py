"""Icons and styles of Mentor Desk (found through desktop.resources.resource_path)."""
