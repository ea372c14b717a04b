"""Executable deep-learning glossary: one module per term (see CONTRIBUTING.md).

Modules whose names start with "_" are the engine; every other module is a term.
"""
