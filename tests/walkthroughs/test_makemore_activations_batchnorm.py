"""The makemore part 3 walkthrough: a percent notebook built from the glossary's code, linking real terms."""

import re

import jupytext
import pytest

LINK = re.compile(r"\]\(\.\./\.\./(?P<section>[a-z]+)/(?P<slug>[a-z_]+)/\)")


@pytest.fixture(scope="module")
def notebook(content):
    return jupytext.read(content.root.parents[1] / "docs" / "walkthroughs" / "makemore_activations_batchnorm.py")


def test_it_is_a_titled_percent_notebook_that_imports_the_glossary_layers(notebook):
    assert notebook.cells[0].cell_type == "markdown" and notebook.cells[0].source.startswith("# ")
    code = "\n".join(c.source for c in notebook.cells if c.cell_type == "code")
    assert "from glossary_examples.makemore.layers import BatchNorm1d, Linear, Tanh" in code
    assert "from glossary_examples.makemore.dataset import build_dataset, split_words" in code
    assert not re.search(r"^class ", code, re.M)  # the layers are imported, not copied
    assert code.count("plt.show()") == 4  # histograms, two pairs of per-layer curves, weights and ratios


def test_every_term_link_points_at_a_term_of_that_section_and_covers_the_lecture(notebook, terms):
    text = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    links = [m.groupdict() for m in LINK.finditer(text)]
    for link in links:
        assert link["slug"] in terms and terms[link["slug"]].section == link["section"], link
    linked = {link["slug"] for link in links}
    assert {"expected_initial_loss", "tanh_saturation", "dead_neuron", "kaiming_initialization", "calculate_gain",
            "batch_normalization", "bias_before_batch_normalization", "running_statistics", "train_and_eval_mode",
            "vanishing_and_exploding_gradients", "update_to_data_ratio", "torch_no_grad"} <= linked
