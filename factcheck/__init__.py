"""factcheck: check a translated news article's claims against its primary sources."""

__version__ = "0.1.0"
