"""Goals, daily check-ins and their audit trail, self-assessment, learning log, milestones.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("owner", sa.String(8), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def _text(name: str) -> sa.Column[object]:
    return sa.Column(name, sa.Text(), nullable=False)


def _short(name: str, length: int = 16) -> sa.Column[object]:
    return sa.Column(name, sa.String(length), nullable=False)


def _date(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.Date(), nullable=nullable)


def _flag(name: str = "shared") -> sa.Column[object]:
    return sa.Column(name, sa.Boolean(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "goal",
        *_record_columns(),
        _text("title"),
        _text("why"),
        _text("measure"),
        _text("target"),
        _date("due", nullable=True),
        _short("horizon"),
        _short("goal_type"),
        _text("steps"),
        _short("status"),
        _short("proposed_by", 8),
        _date("done_on", nullable=True),
        _flag(),
    )
    op.create_table(
        "goal_update",
        *_record_columns(),
        _short("goal_id", 36),
        _date("day"),
        _short("kind"),
        _text("note"),
        _text("changed"),
        _text("why"),
        _flag(),
    )
    op.create_index("ix_goal_update_goal_id", "goal_update", ["goal_id"])
    op.create_table(
        "check_in",
        *_record_columns(),
        _date("day"),
        sa.Column("mood", sa.Integer(), nullable=False),
        sa.Column("craving", sa.Integer(), nullable=False),
        _short("use"),
        _text("slip_note"),
        _flag("hungry"),
        _flag("angry"),
        _flag("lonely"),
        _flag("tired"),
        sa.Column("sleep_hours", sa.Float(), nullable=True),
        _text("grateful"),
        _text("support_action"),
        _text("note"),
        _short("sharing"),
    )
    op.create_index("ix_check_in_day", "check_in", ["day"])
    op.create_table(
        "check_in_audit",
        *_record_columns(),
        _short("checkin_id", 36),
        _date("day"),
        _date("made_on"),
        _short("action"),
        _text("changes"),
        _flag(),
    )
    op.create_index("ix_check_in_audit_day", "check_in_audit", ["day"])
    op.create_table(
        "assessment_question",
        *_record_columns(),
        _text("text"),
        sa.Column("position", sa.Integer(), nullable=False),
        _flag("active"),
        _flag(),
    )
    op.create_table(
        "self_assessment",
        *_record_columns(),
        _date("day"),
        sa.Column("answers", sa.JSON(), nullable=False),
        _text("note"),
        _flag(),
    )
    op.create_table(
        "learning_entry",
        *_record_columns(),
        _short("kind"),
        _date("day"),
        _text("title"),
        _text("notes"),
        sa.Column("goal_id", sa.String(36), nullable=True),
        _short("repeats"),
        _flag(),
    )
    op.create_table(
        "milestone",
        *_record_columns(),
        _short("kind"),
        sa.Column("threshold", sa.Integer(), nullable=False),
        _date("reached_on"),
        _flag("celebrated"),
        _flag(),
    )


def downgrade() -> None:
    for table in (
        "milestone",
        "learning_entry",
        "self_assessment",
        "assessment_question",
        "check_in_audit",
        "check_in",
        "goal_update",
        "goal",
    ):
        op.drop_table(table)
