"""What every screen shares: the page base, tables, background tasks, messages, the banner,
labels, the language switch, the crash dialog, opening documents."""

