"""Fixtures for every test come from the glossary_site.testing plugin (pyproject.toml's addopts)."""
