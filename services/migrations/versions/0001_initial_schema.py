"""initial schema

Revision ID: 0001
Revises: 
"""

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('availability_window',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('start_minute', sa.Integer(), nullable=False),
    sa.Column('end_minute', sa.Integer(), nullable=False),
    sa.CheckConstraint('start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute', name=op.f('ck_availability_window_span')),
    sa.CheckConstraint('weekday >= 0 AND weekday <= 6', name=op.f('ck_availability_window_weekday')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_availability_window'))
    )
    op.create_table('busy_block',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.Column('start_utc', sa.DateTime(), nullable=False),
    sa.Column('end_utc', sa.DateTime(), nullable=False),
    sa.Column('summary', sa.String(length=300), nullable=False),
    sa.Column('all_day', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_busy_block'))
    )
    with op.batch_alter_table('busy_block', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_busy_block_source'), ['source'], unique=False)
        batch_op.create_index('ix_busy_block_start_end', ['start_utc', 'end_utc'], unique=False)

    op.create_table('day_off',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_day_off')),
    sa.UniqueConstraint('day', name=op.f('uq_day_off_day'))
    )
    op.create_table('mentee',
    sa.Column('id', sa.String(length=100), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=True),
    sa.Column('exported_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentee'))
    )
    with op.batch_alter_table('mentee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentee_name'), ['name'], unique=False)

    op.create_table('mentor',
    sa.Column('id', sa.String(length=100), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentor'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('bundle',
    sa.Column('id', sa.String(length=100), nullable=False),
    sa.Column('mentee_id', sa.String(length=100), nullable=False),
    sa.Column('sessions_total', sa.Integer(), nullable=False),
    sa.Column('sessions_used', sa.Integer(), nullable=False),
    sa.Column('platform_sessions_used', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('price_cents', sa.Integer(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=True),
    sa.Column('purchased_at', sa.DateTime(), nullable=True),
    sa.Column('exported_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('sessions_used >= 0 AND sessions_total >= 1', name=op.f('ck_bundle_counts')),
    sa.ForeignKeyConstraint(['mentee_id'], ['mentee.id'], name=op.f('fk_bundle_mentee_id_mentee')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bundle'))
    )
    with op.batch_alter_table('bundle', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bundle_mentee_id'), ['mentee_id'], unique=False)

    op.create_table('session',
    sa.Column('id', sa.String(length=100), nullable=False),
    sa.Column('type', sa.String(length=8), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('start_utc', sa.DateTime(), nullable=False),
    sa.Column('end_utc', sa.DateTime(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('mentee_id', sa.String(length=100), nullable=False),
    sa.Column('bundle_id', sa.String(length=100), nullable=True),
    sa.Column('form', sa.JSON(), nullable=True),
    sa.Column('requested_at', sa.DateTime(), nullable=True),
    sa.Column('cancel_reason', sa.Text(), nullable=True),
    sa.Column('reject_reason', sa.Text(), nullable=True),
    sa.Column('outcome', sa.String(length=16), nullable=True),
    sa.Column('decision', sa.String(length=8), nullable=True),
    sa.Column('origin', sa.String(length=8), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('exported_at', sa.DateTime(), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['bundle_id'], ['bundle.id'], name=op.f('fk_session_bundle_id_bundle')),
    sa.ForeignKeyConstraint(['mentee_id'], ['mentee.id'], name=op.f('fk_session_mentee_id_mentee')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session'))
    )
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_bundle_id'), ['bundle_id'], unique=False)
        batch_op.create_index('ix_session_mentee_start', ['mentee_id', 'start_utc'], unique=False)
        batch_op.create_index('ix_session_start_end', ['start_utc', 'end_utc'], unique=False)
        batch_op.create_index('ix_session_status_start', ['status', 'start_utc'], unique=False)

    op.create_table('action',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('session_id', sa.String(length=100), nullable=True),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('outcome', sa.String(length=16), nullable=True),
    sa.Column('decision', sa.String(length=8), nullable=True),
    sa.Column('before', sa.JSON(), nullable=False),
    sa.Column('undone', sa.Boolean(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], name=op.f('fk_action_session_id_session')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action')),
    sa.UniqueConstraint('uid', name=op.f('uq_action_uid'))
    )
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.create_index('ix_action_pending', ['sent_at', 'undone', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_session_id'), ['session_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_session_id'))
        batch_op.drop_index('ix_action_pending')

    op.drop_table('action')
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.drop_index('ix_session_status_start')
        batch_op.drop_index('ix_session_start_end')
        batch_op.drop_index('ix_session_mentee_start')
        batch_op.drop_index(batch_op.f('ix_session_bundle_id'))

    op.drop_table('session')
    with op.batch_alter_table('bundle', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bundle_mentee_id'))

    op.drop_table('bundle')
    op.drop_table('setting')
    op.drop_table('mentor')
    with op.batch_alter_table('mentee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentee_name'))

    op.drop_table('mentee')
    op.drop_table('day_off')
    with op.batch_alter_table('busy_block', schema=None) as batch_op:
        batch_op.drop_index('ix_busy_block_start_end')
        batch_op.drop_index(batch_op.f('ix_busy_block_source'))

    op.drop_table('busy_block')
    op.drop_table('availability_window')
