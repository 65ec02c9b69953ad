"""The package version (single source for pyproject and ``mmc --version``)."""

__version__ = "0.1.0"
