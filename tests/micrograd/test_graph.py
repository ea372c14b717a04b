"""draw_graph: the lecture's draw_dot in matplotlib; layout and content checked."""

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.colors import to_rgba  # noqa: E402
from matplotlib.text import Annotation  # noqa: E402

from glossary_examples.micrograd import Value  # noqa: E402
from glossary_examples.micrograd.graph import draw_graph, layout, trace  # noqa: E402
from micrograd_lecture import mlp, sse  # noqa: E402


def boxes_and_circles(fig):
    return [t for t in fig.axes[0].texts if not isinstance(t, Annotation)]


def arrows(fig):
    return [t for t in fig.axes[0].texts if isinstance(t, Annotation)]


def neuron():
    x1, x2 = Value(2.0, label="x1"), Value(0.0, label="x2")
    w1, w2 = Value(-3.0, label="w1"), Value(1.0, label="w2")
    b = Value(6.8813735870195432, label="b")
    o = (x1 * w1 + x2 * w2 + b).tanh()
    o.label = "o"
    o.backward()
    return o


def test_trace_lists_every_value_once_inputs_first():
    o = neuron()
    order = trace(o)
    assert len(order) == len(set(order)) == 10 and order[-1] is o
    seen = set()
    for v in order:
        assert all(child in seen for child in v._prev)
        seen.add(v)


def test_layout_inputs_left_of_results_root_rightmost_no_two_boxes_in_one_place():
    o = neuron()
    places = layout(o)
    assert all(places[child][0] < places[v][0] for v in places for child in v._prev)
    assert places[o][0] == max(col for col, _ in places.values())
    assert len(set(places.values())) == len(places)
    for col in {c for c, _ in places.values()}:
        rows = sorted(r for c, r in places.values() if c == col)
        assert all(b - a >= 1 for a, b in zip(rows, rows[1:]))


def test_a_leaf_sits_just_left_of_its_first_use():
    o = neuron()
    places = layout(o)
    b = next(v for v in places if v.label == "b")
    (user,) = [v for v in places if b in v._prev]
    assert places[b][0] == places[user][0] - 1


def test_boxes_show_label_data_grad_and_circles_show_the_ops():
    o = neuron()
    fig = draw_graph(o)
    texts = [t.get_text() for t in boxes_and_circles(fig)]
    assert "o\ndata 0.7071\ngrad 1.0000" in texts
    assert "x1\ndata 2.0000\ngrad -1.5000" in texts
    assert sorted(t for t in texts if "\n" not in t) == ["*", "*", "+", "+", "tanh"]
    assert len(arrows(fig)) == 4 * (1 + 2) + (1 + 1)  # result arrow + one per input, for four 2-input ops and tanh
    plt.close(fig)


def test_unlabelled_values_show_data_and_grad_only():
    a = Value(2.0)
    b = a * a
    b.backward()
    fig = draw_graph(b, digits=1)
    assert sorted(t.get_text() for t in boxes_and_circles(fig)) == ["*", "data 2.0\ngrad 4.0", "data 4.0\ngrad 1.0"]
    plt.close(fig)


def test_no_explicit_black_or_white_so_the_page_can_recolour_text():
    fig = draw_graph(neuron())
    for text in boxes_and_circles(fig):
        assert text.get_color() == plt.rcParams["text.color"]  # the default, which the page maps to its text colour
        patch = text.get_bbox_patch()
        assert patch.get_facecolor()[3] < 1  # translucent fill
        assert to_rgba(patch.get_facecolor())[:3] not in [(1.0, 1.0, 1.0), (0.0, 0.0, 0.0)]
    plt.close(fig)


def test_a_whole_mlp_loss_graph_can_be_laid_out():
    places = layout(sse(mlp()))
    assert len(places) == 398 and len(set(places.values())) == 398
