"""Plumbing every workflow stands on: the unit of work, errors, money, formatting, texts and
translations, files, bulk writes, sequences, audit, settings, set-up, reference rates, export, faults, logs,
validation of identifiers. Nothing here knows a workflow."""

