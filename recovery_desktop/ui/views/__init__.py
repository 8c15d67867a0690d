"""The workspace tabs."""
