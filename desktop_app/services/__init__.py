"""Every business rule of Reskontra. Plain Python: nothing here imports Qt."""
