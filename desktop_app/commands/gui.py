"""``reskontra gui [--demo]``: the desktop app (the default when no command is given)."""

from __future__ import annotations

import argparse

from desktop_app.commands.base import Context, command


def _gui_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--demo", action="store_true",
                        help="open a fresh demo database (realistic Finnish data) instead of the real one")


@command("gui", "start the desktop app", _gui_arguments)
def gui_command(ctx: Context) -> int:
    from desktop_app.views import app
    from desktop_app.views.common import language

    demo = bool(getattr(ctx.args, "demo", False))
    # An explicit --lang wins; otherwise the language the clerk last chose in the View menu.
    app.ensure_application()
    lang = ctx.args.lang or language.saved_language() or ctx.lang
    return app.run(None if demo else ctx.database_url, demo=demo, lang=lang, today=ctx.args.today)
