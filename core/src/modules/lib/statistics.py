"""The `statistics` module (not available yet in this runtime)."""
raise ImportError("No module named 'statistics'")
