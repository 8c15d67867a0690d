"""Use cases: what the mentee and mentor can do, independent of any window."""
