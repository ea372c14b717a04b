"""nn.Module: registration of parameters and sub-modules, forward via call, train/eval recursion, the pitfalls."""

import pytest
import torch
import torch.nn as nn

from glossary_examples.makemore.layers import Linear


def test_example_the_lectures_linear_as_a_module_computes_the_same(example):
    ran = example("nn_module")
    lines = ran.stdout.splitlines()
    assert lines == ["same output: True", "registered: [('weight', (30, 200)), ('bias', (200,))]",
                     "requires_grad already on: True", "eval() reached every module: [False, False, False, False]"]
    theirs, x = ran.globals["theirs"], ran.globals["x"]
    torch.manual_seed(42)
    assert torch.allclose(theirs(x), Linear(30, 200)(x))  # the same draws, the same product


class Two(nn.Module):
    def __init__(self):
        super().__init__()
        self.first = nn.Linear(3, 4)
        self.second = nn.Sequential(nn.Tanh(), nn.Linear(4, 2), nn.BatchNorm1d(2))
        self.scale = nn.Parameter(torch.ones(2))
        self.register_buffer("seen", torch.zeros(2))
        self.plain = torch.ones(5)
        self.calls = 0

    def forward(self, x):
        self.calls += 1
        return self.second(self.first(x)) * self.scale


def test_calling_a_module_runs_forward():
    m = Two()
    x = torch.randn(6, 3)
    out = m(x)
    assert m.calls == 1 and torch.equal(out, m.forward(x))


def test_parameters_reach_every_registered_parameter_and_sub_module_but_no_plain_tensor_or_buffer():
    m = Two()
    names = [name for name, _ in m.named_parameters()]
    assert names == ["scale", "first.weight", "first.bias", "second.1.weight", "second.1.bias",
                     "second.2.weight", "second.2.bias"]
    assert all(p.requires_grad for p in m.parameters())
    assert not any(p is m.plain for p in m.parameters())
    assert [name for name, _ in m.named_buffers()][:1] == ["seen"] and "seen" in m.state_dict()
    assert not any(p is m.seen for p in m.parameters())


def test_an_optimizer_never_updates_a_plain_tensor_attribute():
    m = Two()
    plain, scale = m.plain.clone(), m.scale.detach().clone()
    optimizer = torch.optim.SGD(m.parameters(), lr=0.1)
    (m(torch.randn(6, 3)).sum() + (m.plain * 0).sum()).backward()
    optimizer.step()
    assert torch.equal(m.plain, plain) and not torch.equal(m.scale.detach(), scale)


def test_eval_and_train_set_the_flag_of_every_sub_module():
    m = Two()
    m.eval()
    assert not any(sub.training for sub in m.modules())
    m.train()
    assert all(sub.training for sub in m.modules())


def test_the_pitfalls_unregistered_tensor_and_no_super_init(example):
    lines = example("nn_module", "pitfall").stdout.splitlines()
    assert lines == ["parameters of Forgetful: []", "NoInit(): cannot assign parameters before Module.__init__() call"]


def test_assigning_a_sub_module_before_super_init_fails_too():
    class NoInit(nn.Module):
        def __init__(self):
            self.layer = nn.Linear(2, 2)

    with pytest.raises(AttributeError, match="before Module.__init__"):
        NoInit()
