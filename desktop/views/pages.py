"""The pages of the main window, in sidebar order (Ctrl+1 … Ctrl+7)."""

from __future__ import annotations

from desktop.context import DeskContext
from desktop.views.availability_page import AvailabilityPage
from desktop.views.calendar_page import CalendarPage
from desktop.views.confirmation_page import ConfirmationPage
from desktop.views.invitations_page import InvitationsPage
from desktop.views.mentees_page import MenteesPage
from desktop.views.page import Page
from desktop.views.sessions_page import SessionsPage
from desktop.views.upcoming_page import UpcomingPage


def build_pages(ctx: DeskContext) -> list[Page]:
    return [
        UpcomingPage(ctx),
        InvitationsPage(ctx),
        ConfirmationPage(ctx),
        SessionsPage(ctx),
        CalendarPage(ctx),
        AvailabilityPage(ctx),
        MenteesPage(ctx),
    ]
