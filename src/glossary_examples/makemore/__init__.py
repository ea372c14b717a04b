"""Data and models for the makemore (bigram language model) terms."""
