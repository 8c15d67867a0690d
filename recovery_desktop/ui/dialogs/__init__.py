"""Dialogs, each with one purpose."""
