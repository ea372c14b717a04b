"""import numpy as np

import numpy as np loads the NumPy library under the short name np, the alias used by NumPy's own documentation, most tutorials and the lectures.

NumPy is the Python library for numerical arrays that most scientific code builds on:
its `ndarray` holds many numbers of one type, and its functions (`np.arange`, `np.linspace`, `np.tanh`, ...)
work on a whole array at once instead of one number at a time. The lectures use it for
the inputs of plots, such as the x values of the tanh curve.

`as np` only chooses the name the module gets in your code: `np` is the very module
object that a plain `import numpy` gives you, so `numpy.tanh` and `np.tanh` are the same
function. Every example in this glossary that uses NumPy imports it this way.

>>> import numpy as np
>>> import numpy
>>> np is numpy
True
>>> np.tanh is numpy.tanh
True
>>> np.arange(3) * 2
array([0, 2, 4])
"""

ALIASES = ("NumPy", "numpy", "np")
SEE_ALSO = ("np_arange", "np_linspace", "np_tanh", "tensor")
DOCS = "https://numpy.org/doc/stable/user/absolute_beginners.html"

# --8<-- [start:example]
import numpy as np

print("np is the module", np.__name__)  # np is only the name; the module is numpy
xs = np.array([1.0, 2.0, 3.0])
print("xs * 2 =", xs * 2)  # one operation, every element
print("type:", type(xs).__name__, "| dtype:", xs.dtype, "| shape:", xs.shape)
# --8<-- [end:example]
