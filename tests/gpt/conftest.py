"""One torch thread for the GPT tests: their tensors are tiny, and on a shared machine a second
thread waits for a busy core far longer than it saves (measured: up to 20 times slower)."""

import pytest
import torch


@pytest.fixture(autouse=True, scope="package")
def one_torch_thread():
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)
