"""Reskontra: accounts receivable desk for subscription businesses."""

__version__ = "0.1.0"
