"""The `json` module (not available yet in this runtime)."""
raise ImportError("No module named 'json'")
