"""The Sending tab (W5) and the sending settings dialog."""

