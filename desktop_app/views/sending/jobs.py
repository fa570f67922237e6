"""The service calls of the Sending tab, run on the worker thread: plain values in, plain values out.

Each takes the job's session first (``AppContext.read`` / ``write`` open it); the services are
imported when a job runs, so opening the window does not load them. ``guarded`` hands an error of a
send back as a result (``JobFailed``), so the page is usable again before the message is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.models.enums import Channel
from desktop_app.views.common.tasks import Cancelled, Control

if TYPE_CHECKING:
    from desktop_app.services.sending import DispatchRow, SendResult


def save_document(path: Path, data: bytes) -> None:
    from desktop_app.services.foundation.export import save_whole

    def write(partial: Path) -> None:
        partial.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(data)

    save_whole(path, write)


def unsent(session: Any, channel: Channel, batch: str | None) -> Any:
    from desktop_app.services import sending

    return sending.list_unsent(session, channel, billing_batch=batch)


def preview(session: Any, channel: Channel, ids: list[int]) -> Any:
    from desktop_app.services import sending

    return sending.preview(session, channel, ids, limit=20)


def runs_and_batches(session: Any) -> Any:
    from desktop_app.services import sending
    from desktop_app.services.billing.history import list_billing_runs

    return [r.batch_id for r in list_billing_runs(session)], sending.list_batches(session)


def send_check(session: Any, channel: Channel) -> tuple[tuple[str, ...], bool]:
    """What the send lacks: settings (asked before the confirmation) and whether to ask the SMTP password."""
    from desktop_app.services import sending

    missing = sending.missing_settings(session, channel)
    return missing, channel == Channel.EMAIL and not missing and sending.smtp_password_needed(session)


def resolve(session: Any, actor: Any) -> Any:
    from desktop_app.services import sending

    return sending.resolve_interrupted(session, actor)


def mark_sent(session: Any, actor: Any, channel: Channel, ids: list[int]) -> int:
    from desktop_app.services import sending

    for iid in ids:
        sending.mark_sent(session, actor, iid, channel)
    return len(ids)


@dataclass(frozen=True)
class JobFailed:
    """A send that raised: delivered as a result, so the page is usable again before the error is shown."""

    error: BaseException


def guarded(job: Any) -> Any:
    def run(control: Control) -> Any:
        try:
            return job(control)
        except Cancelled:
            raise
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread: shown, or passed to the crash handler
            return JobFailed(exc)

    return run




def switch_channel(session: Any, actor: Any, ids: list[int], channel: Channel) -> int:
    from desktop_app.services import sending

    return sending.switch_channel(session, actor, ids, channel)


def batch_dispatches(session: Any, batch_id: int) -> list[DispatchRow]:
    from desktop_app.services import sending

    return sending.batch_dispatches(session, batch_id)


def send(session_factory: Any, actor: Any, channel: Channel, ids: list[int], **kwargs: Any) -> SendResult:
    """The send itself (``AppContext.long_job`` gives it the session factory, progress and Cancel)."""
    from desktop_app.services import sending

    return sending.send(session_factory, actor, channel, ids, **kwargs)
