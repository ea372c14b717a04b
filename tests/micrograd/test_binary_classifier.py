"""binary classifier: the page's claims, checked."""

import torch

from glossary_examples import binary_classifier as page  # the example ran on import: page.model, page.xs, page.ys


def test_trained_lecture_classifier_gets_every_training_example_right():
    outputs = [page.model(x).data for x in page.xs]
    assert all(-1 < out < 1 for out in outputs)  # tanh output
    assert [1.0 if out > 0 else -1.0 for out in outputs] == page.ys
    assert page.loss.data < 0.05  # the loss of the last training step


def test_tanh_zero_sigmoid_half_and_raw_score_zero_are_the_same_rule():
    scores = torch.cat([torch.randn(10_000, generator=torch.Generator().manual_seed(2147483647)) * 5,
                        torch.tensor([0.0, -0.0, 1e-30, -1e-30])])
    by_tanh = torch.tanh(scores) > 0
    by_sigmoid = torch.sigmoid(scores) > 0.5
    assert torch.equal(by_tanh, scores > 0)
    clear = scores.abs() > 1e-6  # sigmoid agrees too, away from float32's rounding near 0.5
    assert torch.equal(by_sigmoid[clear], (scores > 0)[clear])


def test_float32_sigmoid_rounds_tiny_positive_scores_to_exactly_one_half():
    tiny = torch.tensor([1e-30, 1e-8, 8.9e-8, 9e-8, 1e-7])
    assert (torch.sigmoid(tiny) > 0.5).tolist() == [False, False, False, True, True]
    assert (torch.tanh(tiny) > 0).all() and (tiny > 0).all()  # tanh keeps the sign


def test_raising_the_threshold_trades_false_positives_for_false_negatives():
    g = torch.Generator().manual_seed(2147483647)
    labels = torch.rand(2000, generator=g) < 0.5
    probs = torch.sigmoid(torch.randn(2000, generator=g) + torch.where(labels, 1.0, -1.0))
    counts = []
    for threshold in (0.3, 0.5, 0.7):
        predicted = probs > threshold
        counts.append(((predicted & ~labels).sum().item(), (~predicted & labels).sum().item()))
    false_pos, false_neg = zip(*counts)
    assert false_pos[0] > false_pos[1] > false_pos[2]
    assert false_neg[0] < false_neg[1] < false_neg[2]


def test_pitfall_sign_gives_zero_for_a_zero_output_where_always_picks_a_class():
    out = torch.tanh(torch.tensor([-0.3, 0.0, 0.8]))
    wrong = torch.sign(out)
    right = torch.where(out > 0, 1.0, -1.0)
    assert wrong.tolist() == [-1.0, 0.0, 1.0]  # 0.0 is neither class
    assert right.tolist() == [-1.0, -1.0, 1.0]
    assert set(right.tolist()) <= {-1.0, 1.0}
