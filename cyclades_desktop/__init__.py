"""Cyclades Desktop: the exam office's workstation over the shared Cyclades database."""

__version__ = "0.1.0"
