"""Demo books: a generator of realistic customers, orders, invoices, reminders and payments,
written in bulk, and a practice bank file."""

from desktop_app.services.demo.bank_file import practice_bank_file
from desktop_app.services.demo.errors import DemoDataRefused, DemoSizeInvalid
from desktop_app.services.demo.load import (
    DEMO_ACTOR,
    MAX_CUSTOMERS,
    DemoSummary,
    Progress,
    generate_demo_data,
)
from desktop_app.services.demo.state import day_, ytunnus_check_digit

__all__ = [
    "DemoDataRefused",
    "DemoSizeInvalid",
    "DemoSummary",
    "Progress",
    "generate_demo_data",
    "MAX_CUSTOMERS",
    "DEMO_ACTOR",
    "ytunnus_check_digit",
    "day_",
    "practice_bank_file",
]
