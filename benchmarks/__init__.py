"""National-scale measurements of Cyclades Desktop: `python -m benchmarks.run` (never run as tests)."""
