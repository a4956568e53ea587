"""Alembic environment: runs on the connection Mentor Desk hands it (see services.db.upgrade)."""

from alembic import context

from services import search_index
from services.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    from sqlalchemy import create_engine

    connection = create_engine(config.get_main_option("sqlalchemy.url")).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=search_index.include_name,
)
with context.begin_transaction(), search_index.set_aside(connection):
    context.run_migrations()
