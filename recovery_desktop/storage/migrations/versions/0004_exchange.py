"""The mentor exchange: feedback records, pairs, the exchange log and mentees' shares.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
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


def _text(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.Text(), nullable=nullable)


def _short(name: str, length: int = 16, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.String(length), nullable=nullable)


def _date(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.Date(), nullable=nullable)


def upgrade() -> None:
    with op.batch_alter_table("plan") as plan:
        plan.add_column(
            sa.Column("printed_comment_ids", sa.JSON(), nullable=False, server_default="[]")
        )
    op.create_table(
        "comment",
        *_record_columns(),
        _short("pair_id", 36),
        _short("about_type", 32),
        _short("about_id", 36),
        _text("text"),
    )
    op.create_index("ix_comment_about_id", "comment", ["about_id"])
    op.create_table(
        "recognition",
        *_record_columns(),
        _short("pair_id", 36),
        _short("kind"),
        _date("day"),
        _text("text"),
    )
    op.create_table(
        "suggestion",
        *_record_columns(),
        _short("pair_id", 36),
        _short("kind"),
        _text("title"),
        _text("detail"),
    )
    op.create_table(
        "session_note",
        *_record_columns(),
        _short("pair_id", 36),
        _date("day"),
        _text("notes"),
        _text("agreed_actions"),
        _date("next_session", nullable=True),
    )
    op.create_table(
        "suggestion_answer",
        *_record_columns(),
        _short("suggestion_id", 36),
        sa.Column("accepted", sa.Boolean(), nullable=False),
        _short("copy_id", 36, nullable=True),
        sa.Column("shared", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "pair",
        _short("pair_id", 36),
        _text("peer_name"),
        _text("own_age_identity"),
        _short("own_signing_key", 64),
        _text("peer_age_recipient", nullable=True),
        _short("peer_verify_key", 64, nullable=True),
        sa.Column("sent_sequence", sa.Integer(), nullable=False),
        sa.Column("received_sequence", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("pair_id"),
    )
    op.create_table(
        "exchange_log",
        _short("id", 36),
        _short("pair_id", 36),
        _short("direction", 8),
        _short("kind"),
        _short("mode"),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("file_created_at", sa.DateTime(), nullable=False),
        sa.Column("logged_at", sa.DateTime(), nullable=False),
        _short("sha256", 64),
        sa.Column("contents", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_exchange_log_pair", "exchange_log", ["pair_id", "direction"])
    op.create_table(
        "mentee_record",
        _short("pair_id", 36),
        _short("id", 36),
        _short("record_type", 32),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("pair_id", "id"),
    )
    op.create_index("ix_mentee_record_type", "mentee_record", ["pair_id", "record_type"])
    op.create_table(
        "received_share",
        _short("id", 36),
        _short("pair_id", 36),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("records", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_received_share_pair_id", "received_share", ["pair_id"])


def downgrade() -> None:
    for table in (
        "received_share",
        "mentee_record",
        "exchange_log",
        "pair",
        "suggestion_answer",
        "session_note",
        "suggestion",
        "recognition",
        "comment",
    ):
        op.drop_table(table)
    with op.batch_alter_table("plan") as plan:
        plan.drop_column("printed_comment_ids")
