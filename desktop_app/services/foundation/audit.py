"""The audit trail: every state change records who, when, what, before and after."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models import AuditEvent
from desktop_app.services.foundation.uow import Actor


def _jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    customer_id: int | None = None,
) -> None:
    session.add(
        AuditEvent(
            user_id=actor.user_id,
            username=actor.username,
            action=action,
            entity=entity,
            entity_id=entity_id,
            customer_id=customer_id,
            before_json=json.dumps({k: _jsonable(v) for k, v in (before or {}).items()}, ensure_ascii=False),
            after_json=json.dumps({k: _jsonable(v) for k, v in (after or {}).items()}, ensure_ascii=False),
        )
    )


@dataclass(frozen=True)
class AuditRow:
    at: dt.datetime
    username: str
    action: str
    entity: str
    entity_id: int | None
    before: dict[str, Any]
    after: dict[str, Any]


def customer_change_log(session: Session, customer_id: int, limit: int = 500) -> list[AuditRow]:
    rows = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.customer_id == customer_id)
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        .limit(limit)
    )
    return [
        AuditRow(r.at, r.username, r.action, r.entity, r.entity_id, json.loads(r.before_json), json.loads(r.after_json))
        for r in rows
    ]
