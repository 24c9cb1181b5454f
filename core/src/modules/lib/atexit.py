"""The `atexit` module (not available yet in this runtime)."""
raise ImportError("No module named 'atexit'")
