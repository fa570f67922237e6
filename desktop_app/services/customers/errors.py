"""What the customer screens refuse (W1). A customer's fields are checked by
``foundation/validation.py``, whose errors name the field; these are the workflow's own."""

from __future__ import annotations

from desktop_app.services.foundation.errors import ReskontraError


class SearchTooSlow(ReskontraError):
    template = "The search took too long and was stopped. Search with fewer, longer words or with a number."
