"""Demo books: a generator of realistic customers, orders, invoices, reminders and payments,
written in bulk, and a practice bank file."""

from desktop_app.services.demo.generator import (
    DEMO_ACTOR,
    MAX_CUSTOMERS,
    DemoDataRefused,
    DemoSizeInvalid,
    DemoSummary,
    Progress,
    create_demo_database,
    day_,
    generate_demo_data,
    practice_bank_file,
    ytunnus_check_digit,
)

__all__ = [
    "DemoDataRefused",
    "DemoSizeInvalid",
    "DemoSummary",
    "Progress",
    "create_demo_database",
    "generate_demo_data",
    "MAX_CUSTOMERS",
    "DEMO_ACTOR",
    "ytunnus_check_digit",
    "day_",
    "practice_bank_file",
]
