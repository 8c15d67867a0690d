"""The mentee's linked plan: triggers, urge log, warning signs, coping, support, plan.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
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


def _flag() -> sa.Column[object]:
    return sa.Column("shared", sa.Boolean(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "trigger",
        *_record_columns(),
        _text("name"),
        sa.Column("category", sa.String(16), nullable=False),
        sa.Column("risk", sa.Integer(), nullable=False),
        _text("description"),
        _text("avoid"),
        _text("escape"),
        _text("cope"),
        sa.Column("warning_sign_ids", sa.JSON(), nullable=False),
        sa.Column("coping_ids", sa.JSON(), nullable=False),
        sa.Column("contact_ids", sa.JSON(), nullable=False),
        _flag(),
    )
    op.create_table(
        "encounter",
        *_record_columns(),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("trigger_ids", sa.JSON(), nullable=False),
        sa.Column("intensity", sa.Integer(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        _text("thoughts"),
        sa.Column("coping_ids", sa.JSON(), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        _text("note"),
        _flag(),
    )
    op.create_index("ix_encounter_occurred_at", "encounter", ["occurred_at"])
    op.create_table(
        "warning_sign",
        *_record_columns(),
        _text("title"),
        sa.Column("stage", sa.String(16), nullable=False),
        _text("action"),
        _text("last_time"),
        sa.Column("position", sa.Integer(), nullable=False),
        _flag(),
    )
    op.create_table(
        "coping_strategy",
        *_record_columns(),
        _text("title"),
        sa.Column("kind", sa.String(24), nullable=False),
        _text("steps"),
        sa.Column("position", sa.Integer(), nullable=False),
        _flag(),
    )
    op.create_table(
        "support_contact",
        *_record_columns(),
        _text("name"),
        sa.Column("role", sa.String(16), nullable=False),
        _text("phone"),
        _text("email"),
        _text("hours"),
        _text("will_do"),
        sa.Column("position", sa.Integer(), nullable=False),
        _flag(),
    )
    op.create_table(
        "plan",
        *_record_columns(),
        *(
            _text(name)
            for name in (
                "reasons",
                "routine",
                "lapse_plan",
                "crisis_steps",
                "safer_environment",
                "check_in_rhythm",
                "contact_hours",
                "mentor_unreachable",
                "kept_where",
            )
        ),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("next_review", sa.Date(), nullable=True),
        _flag(),
    )
    op.create_table(
        "plan_version",
        *_record_columns(),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        _text("note"),
        _text("snapshot"),
    )


def downgrade() -> None:
    for table in (
        "plan_version",
        "plan",
        "support_contact",
        "coping_strategy",
        "warning_sign",
        "encounter",
        "trigger",
    ):
        op.drop_table(table)
