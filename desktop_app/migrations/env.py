"""Alembic environment: the app passes its engine in ``config.attributes['engine']``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import desktop_app.models  # noqa: F401  (registers every table)
from desktop_app.models.base import Base

config = context.config
target_metadata = Base.metadata


def _render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    """Render our UTCDateTime decorator as a plain timezone-aware DateTime."""
    from desktop_app.models.base import UTCDateTime

    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            user_module_prefix="sa.",
            render_item=_render_item,
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
