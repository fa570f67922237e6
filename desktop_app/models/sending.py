from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, UTCDateTime, enum_column, utcnow
from desktop_app.models.enums import Channel, DispatchStatus


class SendingBatch(Base):
    """One press of "Send invoices" on one channel: its summary stays viewable."""

    __tablename__ = "sending_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[Channel] = enum_column(Channel)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    sent: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    output_path: Mapped[str] = mapped_column(String(500), default="")
    pdf_only: Mapped[bool] = mapped_column(default=False)
    owner: Mapped[str] = mapped_column(String(200), default="")  # "host:pid" of the process sending it
    cancelled: Mapped[bool] = mapped_column(default=False)


class Dispatch(Base):
    """The outbox row of one invoice on one channel: claimed before the send, closed after."""

    __tablename__ = "dispatches"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"))
    channel: Mapped[Channel] = enum_column(Channel)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("sending_batches.id"))
    status: Mapped[DispatchStatus] = enum_column(DispatchStatus, default=DispatchStatus.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str] = mapped_column(Text, default="")
    file_path: Mapped[str] = mapped_column(String(500), default="")
    claimed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        Index("ix_dispatches_invoice_channel", "invoice_id", "channel"),
        # At most one live send of an invoice on a channel: a second desk's claim fails on this
        # index instead of sending the invoice again (failed and PDF-only rows don't count).
        Index("uq_dispatches_live", "invoice_id", "channel", unique=True,
              sqlite_where=text("status IN ('pending', 'sent')"),
              postgresql_where=text("status IN ('pending', 'sent')")),
    )
