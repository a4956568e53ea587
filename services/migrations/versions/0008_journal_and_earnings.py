"""the mentor's journal (stage, profile note, session notes, goals with indicators and progress)
and what each held paid session earned

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

# The platform's commission when this revision came: 12.5 % of the mentor's share, in
# hundredths of a percent. Sessions held before the upgrade are counted at it.
COMMISSION_BP = 1250


def upgrade() -> None:
    op.create_table(
        'mentee_journal',
        sa.Column('mentee_id', sa.String(length=100), nullable=False),
        sa.Column('stage', sa.String(length=16), nullable=True),
        sa.Column('profile_note', sa.Text(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['mentee_id'], ['mentee.id'],
                                name=op.f('fk_mentee_journal_mentee_id_mentee')),
        sa.PrimaryKeyConstraint('mentee_id', name=op.f('pk_mentee_journal')),
    )
    op.create_table(
        'session_note',
        sa.Column('session_id', sa.String(length=100), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['session_id'], ['session.id'],
                                name=op.f('fk_session_note_session_id_session')),
        sa.PrimaryKeyConstraint('session_id', name=op.f('pk_session_note')),
    )
    op.create_table(
        'goal',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('mentee_id', sa.String(length=100), nullable=False),
        sa.Column('title', sa.Text(), nullable=False),
        sa.Column('due', sa.Date(), nullable=True),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['mentee_id'], ['mentee.id'],
                                name=op.f('fk_goal_mentee_id_mentee')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_goal')),
    )
    op.create_index(op.f('ix_goal_mentee_id'), 'goal', ['mentee_id'], unique=False)
    op.create_table(
        'goal_indicator',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('goal_id', sa.Integer(), nullable=False),
        sa.Column('name', sa.Text(), nullable=False),
        sa.Column('target', sa.Float(), nullable=False),
        sa.Column('unit', sa.String(length=40), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], ondelete='CASCADE',
                                name=op.f('fk_goal_indicator_goal_id_goal')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_goal_indicator')),
    )
    op.create_index(op.f('ix_goal_indicator_goal_id'), 'goal_indicator', ['goal_id'],
                    unique=False)
    op.create_table(
        'indicator_progress',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('indicator_id', sa.Integer(), nullable=False),
        sa.Column('session_id', sa.String(length=100), nullable=True),
        sa.Column('value', sa.Float(), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['indicator_id'], ['goal_indicator.id'], ondelete='CASCADE',
                                name=op.f('fk_indicator_progress_indicator_id_goal_indicator')),
        sa.ForeignKeyConstraint(['session_id'], ['session.id'],
                                name=op.f('fk_indicator_progress_session_id_session')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_progress')),
    )
    op.create_index(op.f('ix_indicator_progress_indicator_id'), 'indicator_progress',
                    ['indicator_id'], unique=False)
    op.create_index(op.f('ix_indicator_progress_session_id'), 'indicator_progress',
                    ['session_id'], unique=False)
    op.create_table(
        'earning',
        sa.Column('session_id', sa.String(length=100), nullable=False),
        sa.Column('bundle_id', sa.String(length=100), nullable=False),
        sa.Column('currency', sa.String(length=3), nullable=False),
        sa.Column('gross_cents', sa.Integer(), nullable=False),
        sa.Column('commission_bp', sa.Integer(), nullable=False),
        sa.Column('commission_cents', sa.Integer(), nullable=False),
        sa.Column('net_cents', sa.Integer(), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['bundle_id'], ['bundle.id'],
                                name=op.f('fk_earning_bundle_id_bundle')),
        sa.ForeignKeyConstraint(['session_id'], ['session.id'],
                                name=op.f('fk_earning_session_id_session')),
        sa.PrimaryKeyConstraint('session_id', name=op.f('pk_earning')),
    )
    op.create_index(op.f('ix_earning_bundle_id'), 'earning', ['bundle_id'], unique=False)
    # Every paid session already held on a priced bundle earns its share from here on, at the
    # commission in force now. Whole cents, halves rounded up, in integers (as the services do):
    # share = price / sessions, commission = share * rate.
    share = ("((2 * b.price_cents + b.sessions_total) / (2 * b.sessions_total))")
    commission = f"((2 * {share} * {COMMISSION_BP} + 10000) / 20000)"
    op.execute(
        "INSERT INTO earning (session_id, bundle_id, currency, gross_cents, commission_bp, "
        "commission_cents, net_cents, recorded_at) "
        f"SELECT s.id, b.id, b.currency, {share}, {COMMISSION_BP}, {commission}, "
        f"{share} - {commission}, s.updated_at "
        "FROM session s JOIN bundle b ON b.id = s.bundle_id "
        "WHERE s.type = 'paid' AND s.status = 'completed' "
        "AND b.price_cents IS NOT NULL AND b.currency IS NOT NULL")


def downgrade() -> None:
    op.drop_index(op.f('ix_earning_bundle_id'), table_name='earning')
    op.drop_table('earning')
    op.drop_index(op.f('ix_indicator_progress_session_id'), table_name='indicator_progress')
    op.drop_index(op.f('ix_indicator_progress_indicator_id'), table_name='indicator_progress')
    op.drop_table('indicator_progress')
    op.drop_index(op.f('ix_goal_indicator_goal_id'), table_name='goal_indicator')
    op.drop_table('goal_indicator')
    op.drop_index(op.f('ix_goal_mentee_id'), table_name='goal')
    op.drop_table('goal')
    op.drop_table('session_note')
    op.drop_table('mentee_journal')
