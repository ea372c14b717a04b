r"""np.arange

np.arange(start, stop, step) returns an array of values from start in steps of step, stopping before stop (though a float step's round-off can let one value reach or pass stop).

It is NumPy's version of Python's `range`, returning an array instead of a range object.
The interval is half-open, $[\text{start}, \text{stop})$: `start` is included and `stop`
is not (round-off aside, see below), so `np.arange(5)` is `[0 1 2 3 4]`. The length is
worked out first, as $\lceil (\text{stop} - \text{start}) / \text{step} \rceil$ computed
in float64 (no elements at all if that is 0 or less). Integer arguments give an integer
(int64) array; any float argument gives a float64 array.

A float step such as `0.2` cannot be stored exactly in binary, so the values carry tiny
round-off errors. `np.arange(-5, 5, 0.2)[25]` should be 0 but is about `4.4e-15`. The
length can be off too: `(1.3 - 1) / 0.1` comes out as `3.0000000000000004` in float64,
so `np.arange(1, 1.3, 0.1)` has 4 values and ends with `1.3000000000000003`, past the
`stop` it was supposed to leave out (and `np.arange(0.1, 0.4, 0.1)` ends with `0.4`
itself). NumPy's documentation therefore recommends `np.linspace` for non-integer steps:
you give the number of points instead of the step, so the length is never in doubt, the
first point is exactly `start` and, by default, the last is exactly `stop`.

`torch.arange` works the same way for tensors (stop excluded, the same length rule), with
two differences: its float results are float32 (the default dtype), so its round-off
errors differ from NumPy's, and where NumPy returns an empty array because the step
points away from `stop` (`np.arange(5, 0)`), `torch.arange` raises a `RuntimeError`.

>>> import numpy as np
>>> np.arange(5)
array([0, 1, 2, 3, 4])
>>> xs = np.arange(-5, 5, 0.2)
>>> len(xs), xs.dtype, bool(xs[0] == -5.0), bool(xs[-1] < 5)
(50, dtype('float64'), True, True)
>>> bool(xs[25] == 0.0), bool(abs(xs[25]) < 1e-14)
(False, True)
>>> len(np.arange(1, 1.3, 0.1)), bool(np.arange(1, 1.3, 0.1)[-1] > 1.3)
(4, True)
>>> np.arange(5, 0)
array([], dtype=int64)
"""

ALIASES = ("numpy.arange", "arange", "torch.arange")
SEE_ALSO = ("np_linspace", "np_tanh", "import_numpy")
DOCS = "https://numpy.org/doc/stable/reference/generated/numpy.arange.html"

# --8<-- [start:example]
import numpy as np

print(np.arange(5))  # like range(5): stop is left out
print(np.arange(2, 10, 3))  # start, stop, step
xs = np.arange(-5, 5, 0.2)  # the lecture's x values
print("len:", len(xs), "| dtype:", xs.dtype)
print("first:", xs[0], "| last:", xs[-1])
# --8<-- [end:example]

# --8<-- [start:pytorch]
import torch

print(torch.arange(5))  # like range(5): stop is left out
print(torch.arange(2, 10, 3))  # start, stop, step
xs = torch.arange(-5, 5, 0.2)  # float32, not float64
print("len:", len(xs), "| dtype:", xs.dtype)
print("first:", xs[0].item(), "| last:", xs[-1].item())
# --8<-- [end:pytorch]

# --8<-- [start:pitfall]
import numpy as np

xs = np.arange(-5, 5, 0.2)
print("xs[25]:", xs[25], "| == 0.0:", xs[25] == 0.0)
print(np.arange(1, 1.3, 0.1), "last:", np.arange(1, 1.3, 0.1)[-1])

grid = np.linspace(-5, 5, 50, endpoint=False)  # the 50 intended points, counted
print("linspace[25]:", grid[25], "| == 0.0:", grid[25] == 0.0)
print(np.linspace(1, 1.3, 3, endpoint=False))  # exactly 3 points, 1.3 left out
# --8<-- [end:pitfall]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import numpy as np

stepped = np.arange(0, 2, 0.25)  # you choose the step: 8 points, 2 left out
counted = np.linspace(0, 2, 8)  # you choose the count: 8 points, 2 included
plt.plot(stepped, np.ones(8), "o", color="C0")
plt.plot(counted, np.zeros(8), "o", color="C1")
plt.axvline(2, linestyle="--", color="C2")
plt.yticks([1, 0], ["np.arange(0, 2, 0.25)", "np.linspace(0, 2, 8)"])
plt.ylim(-0.5, 1.5)
plt.xlabel("value (dashed line: stop = 2)")
plt.title("8 points each: arange steps, linspace counts")
plt.show()
# --8<-- [end:figure]
