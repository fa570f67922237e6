"""Unit of work: one Session per user action, committed explicitly, rolled back on any error."""

from __future__ import annotations

from dataclasses import dataclass
from types import TracebackType

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop_app.models.enums import Role
from desktop_app.services.foundation.errors import ConcurrentChange, DatabaseConnectionLost, PermissionDenied


@dataclass(frozen=True)
class Actor:
    """Who acts: every service takes one, checks its role and writes it to the audit log."""

    user_id: int | None
    username: str
    role: Role = Role.CLERK

    def require_accountant(self, action: str) -> None:
        if self.role != Role.ACCOUNTANT:
            raise PermissionDenied(action=action)


class UnitOfWork:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._factory = session_factory
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            self.session.rollback()
        except DBAPIError:
            pass
        finally:
            self.session.close()
        if isinstance(exc, StaleDataError):
            raise ConcurrentChange() from exc
        if isinstance(exc, DBAPIError) and exc.connection_invalidated:
            raise DatabaseConnectionLost(detail=str(exc.orig).strip().splitlines()[0]) from exc

    def commit(self) -> None:
        self.session.commit()
