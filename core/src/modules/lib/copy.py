"""The `copy` module (not available yet in this runtime)."""
raise ImportError("No module named 'copy'")
