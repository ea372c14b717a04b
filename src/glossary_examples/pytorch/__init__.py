"""PyTorch: the tensor operations and autograd calls the lectures use."""
