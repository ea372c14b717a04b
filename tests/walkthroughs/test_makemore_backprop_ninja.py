"""The makemore part 4 walkthrough: every intermediate gradient is checked, terms link to real pages."""

import re

import jupytext
import pytest

LINK = re.compile(r"\]\(\.\./\.\./(?P<section>[a-z]+)/(?P<slug>[a-z_]+)/\)")


@pytest.fixture(scope="module")
def code_and_text(content):
    notebook = jupytext.read(content.root.parents[1] / "docs" / "walkthroughs" / "makemore_backprop_ninja.py")
    assert notebook.cells[0].cell_type == "markdown" and notebook.cells[0].source.startswith("# ")
    code = "\n".join(c.source for c in notebook.cells if c.cell_type == "code")
    text = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    return code, text


def test_the_table_checks_every_retained_intermediate_and_every_parameter(code_and_text):
    code, _ = code_and_text
    retained = re.search(r"intermediates = \[(.*?)\]", code, re.S)[1]
    intermediates = {name.strip() for name in retained.split(",") if name.strip()}
    parameters = {name.strip() for name in re.search(r"parameters = \[(.*?)\]", code)[1].split(",")}
    checks = re.search(r"checks = \[(.*?)\]\n", code, re.S)[1]
    checked = set(re.findall(r'\("(\w+)", d(\w+), (\w+)\)', checks))
    assert all(name == grad == t for name, grad, t in checked)  # ("x", dx, x): name, gradient and tensor agree
    assert {name for name, _, _ in checked} == intermediates | parameters


def test_it_imports_the_glossary_data_and_links_the_backward_rules(code_and_text, terms):
    code, text = code_and_text
    assert "from glossary_examples.makemore.dataset import build_dataset, split_words" in code
    links = [m.groupdict() for m in LINK.finditer(text)]
    for link in links:
        assert link["slug"] in terms and terms[link["slug"]].section == link["section"], link
    assert {"gradient_check", "leaf_tensor", "broadcasting_backward", "max_backward", "matmul_backward",
            "tanh_backward", "embedding_backward", "bessel_correction", "cross_entropy_backward",
            "batch_normalization_backward"} <= {link["slug"] for link in links}
