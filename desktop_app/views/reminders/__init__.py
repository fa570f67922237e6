"""The Invoices tab with reminders and collection (W3), and the reference-rate dialog."""

