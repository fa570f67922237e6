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

from desktop_app.bootstrap import Database, display_url
from desktop_app.services.foundation.uow import Actor, UnitOfWork
from desktop_app.views.common.tasks import Control, TaskRunner

T = TypeVar("T")


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

    def long_job(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> Callable[[Control], T]:
        """A job for a service that runs its own transactions (a billing run, a send):
        ``fn(session_factory, actor, *args, progress=…, cancel=…, **kwargs)`` with the task's progress and Cancel."""
        factory, actor = self.database.session_factory, self.actor

        def job(control: Control) -> T:
            return fn(factory, actor, *args, progress=control.report, cancel=control.is_cancelled, **kwargs)

        return job

    def database_label(self) -> str:
        return "demo" if self.demo else display_url(self.database.url)
