"""The Payments tab (W10): import, lists, allocation, manual entry, returns."""

