"""Wellbeing Journal: a private journal of difficult client encounters and their toll."""

__version__ = "0.1.0"
