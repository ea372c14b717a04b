"""NumPy: the array functions the course uses before it reaches for PyTorch."""
