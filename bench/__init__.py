"""`make bench`: speed and memory against baselines (see run.py)."""
