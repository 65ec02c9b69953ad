"""The typed model: pure data, no file system."""
