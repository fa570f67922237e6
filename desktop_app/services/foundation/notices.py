"""Messages that are not errors: what the clerk is told after an action ("12 reminders were created …").

A ``Notice`` is a frozen dataclass whose fields are the parameters of its English ``template``. The
template is the translation key, collected into the "errors" context of ``translations/*.ts`` with the
domain error messages (``tools.update_error_translations``), so a notice is shown the way an error is:
``i18n.error_text(notice, lang)``. Unlike an error it is never raised.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, ClassVar

__all__ = ["Notice"]


@dataclass(frozen=True)
class Notice:
    """Base of the notices; a subclass sets ``template`` and declares one field per ``{placeholder}``."""

    template: ClassVar[str] = ""

    @property
    def params(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def english(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError):
            return self.template
