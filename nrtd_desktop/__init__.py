"""NRTD Desktop: offline, Arabic-first follow-up of human-rights recommendations."""

__version__ = "0.1.0"
