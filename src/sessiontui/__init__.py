"""sessiontui: run a mentoring session well, from a side terminal."""

__version__ = "0.1.0"
