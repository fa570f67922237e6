"""What every screen needs: the open database, the acting user, the business date and the task runner.

``read`` and ``write`` turn a service function into a job for ``tasks.TaskRunner``: the job opens
its own unit of work on the worker thread (one Session per user action, never shared between
threads), calls the service with plain values, and commits only for ``write``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from desktop_app.bootstrap import Database
from desktop_app.services.uow import Actor, UnitOfWork
from desktop_app.views.tasks import Control, TaskRunner

T = TypeVar("T")


def redacted_url(url: str) -> str:
    """The database address without its password, as shown in the status bar."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return "?"
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


@dataclass
class AppContext:
    database: Database
    actor: Actor
    today: dt.date
    tasks: TaskRunner
    demo: bool = False

    def read(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> Callable[[Control], T]:
        """A job that calls ``fn(session, *args, **kwargs)`` in its own unit of work and commits nothing."""
        factory = self.database.session_factory

        def job(control: Control) -> T:
            with UnitOfWork(factory) as uow:
                return fn(uow.session, *args, **kwargs)

        return job

    def write(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> Callable[[Control], T]:
        """A job that calls ``fn(session, actor, *args, **kwargs)`` and commits if it returns."""
        factory, actor = self.database.session_factory, self.actor

        def job(control: Control) -> T:
            with UnitOfWork(factory) as uow:
                result = fn(uow.session, actor, *args, **kwargs)
                uow.commit()
                return result

        return job

    def database_label(self) -> str:
        return "demo" if self.demo else redacted_url(self.database.url)
