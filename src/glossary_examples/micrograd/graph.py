"""`draw_graph(root)`: the lecture's `draw_dot` drawn with matplotlib (no graphviz
needed).

Every `Value` is a box with its label, data and grad; every operation is a circle
between its inputs and its result. Inputs are on the left, the root on the right.
"""

import matplotlib.pyplot as plt
from matplotlib.colors import to_rgba


def trace(root):
    """All values that `root` was computed from (`root` included), inputs before
    results."""
    order, seen = [], set()

    def visit(v):
        if v not in seen:
            seen.add(v)
            for child in v._prev:
                visit(child)
            order.append(v)

    visit(root)
    return order


def layout(root):
    """(column, row) of each value: a result sits one column right of its deepest input.
    """
    order = trace(root)
    column = {}
    for v in order:  # inputs first, so each child's column is known
        column[v] = 1 + max((column[c] for c in v._prev), default=-1)
    # an input with no inputs of its own sits just left of its first use
    for v in reversed(order):
        users = [u for u in order if v in u._prev]
        if not v._prev and users:
            column[v] = min(column[u] for u in users) - 1
    row, next_leaf = {}, 0
    # leaves get rows in order; a result sits level with the middle of its inputs
    for v in order:
        if v._prev:
            row[v] = sum(row[c] for c in v._prev) / len(v._prev)
        else:
            row[v], next_leaf = next_leaf, next_leaf + 1
    for col in set(column.values()):  # keep boxes in one column at least one row apart
        stacked = sorted((v for v in order if column[v] == col), key=lambda v: row[v])
        for above, below in zip(stacked, stacked[1:]):
            row[below] = max(row[below], row[above] + 1)
    return {v: (column[v], row[v]) for v in order}


def draw_graph(root, digits=4):
    """A matplotlib Figure of the graph that computed `root`, each box showing label,
    data and grad."""
    places = layout(root)
    columns = 1 + max(c for c, _ in places.values())
    rows = 1 + max(r for _, r in places.values())
    step_x, step_y = 2.0, 0.8  # inches between columns and rows
    fig = plt.figure(figsize=(columns * step_x, rows * step_y))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(-step_x / 2, (columns - 0.5) * step_x)
    ax.set_ylim((rows - 0.5) * step_y, -step_y / 2)  # row 0 at the top
    ax.axis("off")
    box = dict(boxstyle="round,pad=0.3", facecolor=to_rgba("C0", 0.15), edgecolor="C0")
    circle = dict(boxstyle="circle,pad=0.2", facecolor=to_rgba("C1", 0.2),
                  edgecolor="C1")
    arrow = dict(arrowstyle="->", shrinkA=1, shrinkB=1, color="C7")
    texts = {}
    for v, (col, row) in places.items():
        lines = [v.label] if v.label else []
        lines += [f"data {v.data:.{digits}f}", f"grad {v.grad:.{digits}f}"]
        texts[v] = ax.text(col * step_x, row * step_y, "\n".join(lines), ha="center",
                           va="center", fontsize=10, family="monospace", bbox=box)
    for v, (col, row) in places.items():
        if not v._prev:
            continue
        op = ax.text((col - 0.5) * step_x, row * step_y, v._op, ha="center",
                     va="center", fontsize=10, bbox=circle)
        ax.annotate("", xy=(0.5, 0.5), xycoords=texts[v], xytext=(0.5, 0.5),
                    textcoords=op,
                    arrowprops=dict(arrow, patchA=op.get_bbox_patch(),
                                    patchB=texts[v].get_bbox_patch()))
        for child in v._prev:
            ax.annotate("", xy=(0.5, 0.5), xycoords=op, xytext=(0.5, 0.5),
                        textcoords=texts[child],
                        arrowprops=dict(arrow, patchA=texts[child].get_bbox_patch(),
                                        patchB=op.get_bbox_patch()))
    return fig
