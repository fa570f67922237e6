"""Screens of W1: customer search, the customer card, editing a customer, the order detail."""

