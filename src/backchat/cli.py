"""Command line (placeholder while the core is built)."""

from __future__ import annotations


def main() -> None:
    """Entry point."""
