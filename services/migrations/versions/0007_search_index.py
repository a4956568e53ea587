"""the text search index: sessions found by their words, accents folded (SQLite FTS5)

Revision ID: 0007
Revises: 0006
"""

from alembic import op

from services import search_index

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Derived data, made from services.search_index.DOCUMENTS: its tables here, filled (and
    # given the triggers that keep it in step) once the migrations are done, and rebuilt after
    # any later migration that changes what it reads (see search_index.set_aside in env.py).
    search_index.create(op.get_bind())


def downgrade() -> None:
    search_index.drop(op.get_bind())
