r"""np.linspace

np.linspace(start, stop, num) returns num evenly spaced numbers from start to stop, both ends included unless you pass endpoint=False.

You choose how many points you want (`num`, 50 if you leave it out) and NumPy works
out the spacing: with the endpoint included the step is
$(\text{stop} - \text{start}) / (\text{num} - 1)$, because `num` points leave `num - 1`
gaps. The first value is exactly `start` and, for `num` of 2 or more, the last is exactly
`stop` (a single point is just `start`).

With `endpoint=False` the interval becomes $[\text{start}, \text{stop})$: `stop` is left
out and the step shrinks to $(\text{stop} - \text{start}) / \text{num}$.
With `retstep=True` the call returns a pair, the samples and the step.
For Python ints and floats the result is a float64 array, even when `start` and `stop`
are integers (a Python complex gives complex128); `dtype=` asks for another type.

Compared with `np.arange`, which takes a step and leaves `stop` out, `np.linspace` is
the safer choice for float ranges: the number of points is exactly what you asked for,
and no round-off can add or drop one. The values themselves are still rounded to float64,
so points that should be symmetric around 0 need not hit 0 exactly: an even number of
them has no point at 0 (`np.linspace(-3, 3, 100)` skips it), and an odd number puts its
middle point at 0 only up to round-off (`np.linspace(-3, 3, 101)` contains `0.0`, while
the middle of `np.linspace(-0.1, 0.1, 23)` is about `1.4e-17`). And a range narrower
than float64 can resolve cannot hold `num` distinct points at all: neighbours come out
equal, and with `endpoint=False` the last point can even equal `stop`. At the other
extreme, a span wider than the largest float64 (`np.linspace(-1e308, 1e308, 5)`)
overflows: even the first point comes out as `nan`, and the inner ones as `inf`.

>>> import numpy as np
>>> xs = np.linspace(-3, 3, 100)
>>> len(xs), float(xs[0]), float(xs[-1])
(100, -3.0, 3.0)
>>> np.linspace(-3, 3, 5)
array([-3. , -1.5,  0. ,  1.5,  3. ])
>>> np.linspace(-3, 3, 5, endpoint=False)
array([-3. , -1.8, -0.6,  0.6,  1.8])
>>> float(np.linspace(-3, 3, 5, retstep=True)[1])
1.5
>>> len(np.linspace(0, 1))
50
>>> bool(0.0 in np.linspace(-3, 3, 100)), bool(0.0 in np.linspace(-3, 3, 101))
(False, True)
>>> bool(np.linspace(-0.1, 0.1, 23)[11] == 0.0)
False
"""

ALIASES = ("numpy.linspace", "linspace")
SEE_ALSO = ("np_arange", "np_tanh", "import_numpy")
DOCS = "https://numpy.org/doc/stable/reference/generated/numpy.linspace.html"

# --8<-- [start:example]
import numpy as np

print(np.linspace(-3, 3, 5))  # 5 points, both ends included
print(np.linspace(-3, 3, 5, endpoint=False))  # stop left out: a smaller step
samples, step = np.linspace(-3, 3, 5, retstep=True)
print("step:", step, "= 6 / 4")
print("default num:", len(np.linspace(0, 1)))
xs = np.linspace(-3, 3, 100)  # 100 points, e.g. for a plot
print("len:", len(xs), "| first:", xs[0], "| last:", xs[-1])
print("0.0 in 100 points:", 0.0 in xs, "| in 101:", 0.0 in np.linspace(-3, 3, 101))
# --8<-- [end:example]

# --8<-- [start:versus_arange]
import numpy as np

print(np.arange(0, 1, 0.25))  # you choose the step; stop left out
print(np.linspace(0, 1, 5))  # you choose the count; stop included
print(np.linspace(0, 1, 4, endpoint=False))  # the same points as the arange
stepped = np.arange(1, 1.3, 0.1)
counted = np.linspace(1, 1.3, 3, endpoint=False)
print("arange(1, 1.3, 0.1):", len(stepped), "points (round-off added one)")
print("linspace(1, 1.3, 3, endpoint=False):", len(counted), "points")
# --8<-- [end:versus_arange]
