"""Every policy number of the platform and of Mentor Desk, in one place."""

from datetime import timedelta

INTRO_MINUTES = 20
PAID_DEFAULT_MINUTES = 60
INTRO_MIN_NOTICE = timedelta(hours=48)
INTRO_MAX_AHEAD = timedelta(days=14)
INTROS_PER_MONTH = 3
CANCEL_MIN_NOTICE = timedelta(hours=24)
UPCOMING_WINDOW = timedelta(hours=72)

SLOT_MINUTES = {"intro": INTRO_MINUTES, "paid": PAID_DEFAULT_MINUTES}
PAID_MIN_MINUTES = 15
PAID_MAX_MINUTES = 480
REASON_MAX_CHARS = 2000

# Imported calendars are expanded only over the span a mentor plans in.
BUSY_EXPAND_PAST = timedelta(days=30)
BUSY_EXPAND_AHEAD = timedelta(days=365)

# Intros that count against the monthly limit: requested, scheduled, or confirmed as held or a
# mentee no-show.  A mentor no-show does not cost the mentee one of their intros.
INTRO_COUNTING_STATUSES = ("requested", "scheduled", "completed", "no_show")

# A session cancelled, rejected or moved, and a free block that vanished, go out in .ics exports
# as cancelled events this long after the change, so that a calendar importing the files drops
# its copy.
ICS_WITHDRAWN_KEPT = timedelta(days=30)

# Reading an imported calendar is bounded by what its rules produce, whatever their spelling:
# how often one event repeats (counted from its start to the end of the span read), how many
# occurrences the whole calendar has in that span, and how long reading it takes. A file past a
# bound is refused. A daily event since 1971 repeats 20 000 times; a busy working year, a few
# thousand times.
BUSY_MAX_REPEATS = 20_000
BUSY_MAX_OCCURRENCES = 20_000
BUSY_READ_SECONDS = 10.0
# How far beyond the span read a calendar's next event is looked for, to tell the mentor.
BUSY_NEXT_EVENT_AHEAD = timedelta(days=10 * 365)

# The mentor's calendar server: booked sessions are sent this many days ahead (from today), free
# time as far as the kept .ics file holds it; a sync runs this often while the app is open, and
# this long after the last of a burst of changes; a request without an answer is given up.
CALDAV_SESSION_DAYS = 90
CALDAV_FREE_DAYS = 28
CALDAV_SYNC_EVERY = timedelta(minutes=5)
CALDAV_CHANGE_DELAY = timedelta(seconds=3)
CALDAV_TIMEOUT_SECONDS = 30

# The platform's commission on the mentor's share of a bundle, in hundredths of a percent:
# 1250 is 12.5 %. A setting may change it; each earning keeps the rate it was counted at.
COMMISSION_DEFAULT_BP = 1250
COMMISSION_MAX_BP = 10_000

# The mentor's journal: how long a note (on a session, or a mentee's profile) and a goal may be.
NOTE_MAX_CHARS = 20_000
GOAL_MAX_CHARS = 500
