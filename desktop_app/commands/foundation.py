"""settings get/set (more foundation commands: gui, search, check-ledger live beside it)."""

from __future__ import annotations

import argparse

from desktop_app.cli import EXIT_OK, Context, add_global_options, command, emit_json


def _settings_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    get = actions.add_parser("get", help="print a setting (or all)")
    get.add_argument("key", nargs="?")
    add_global_options(get)
    put = actions.add_parser("set", help="change a setting")
    put.add_argument("key")
    put.add_argument("value")
    add_global_options(put)


@command("settings", "read or change settings", _settings_arguments)
def settings_command(ctx: Context) -> int:
    from desktop_app.services import settings
    from desktop_app.services.uow import UnitOfWork

    args = ctx.args
    with UnitOfWork(ctx.db.session_factory) as uow:
        if args.settings_command == "get":
            values = settings.get_all(uow.session)
            if args.key:
                values = {args.key: settings.get(uow.session, args.key)}
            if ctx.as_json:
                emit_json({k: settings.to_text(v) if v is not None else None for k, v in values.items()})
            else:
                for key, value in values.items():
                    print(f"{key} = {settings.to_text(value)}")
            return EXIT_OK
        value = settings.set_value(uow.session, ctx.actor(), args.key, args.value)
        uow.commit()
        if ctx.as_json:
            emit_json({args.key: settings.to_text(value)})
        else:
            print(f"{args.key} = {settings.to_text(value)}")
        return EXIT_OK
