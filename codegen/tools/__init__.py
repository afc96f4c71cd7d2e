"""One-off maintenance scripts for the generator (not run at generation time)."""
