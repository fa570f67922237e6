"""Subcommands of ``reskontra``, one module per area; each registers itself with ``commands.base.command``.

Every module in this package is imported, so adding a command is adding a module.
"""

import importlib
import pkgutil

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")
