"""What readers get besides the examples: term links with summaries, copy text, navigation, search, source pages.

These read the built HTML; tests/test_browser.py checks the same things in a real browser.
"""

import doctest
import json
import re
from pathlib import Path
from urllib.parse import urljoin

from bs4 import BeautifulSoup
from lxml import etree
from site_html import examples, has_class, soup_of, tree_of, trees

from glossary_site import pages as _pages
from glossary_site import reader as _reader
from glossary_site import registry as _registry


def make_term(slug: str, title: str, aliases=(), see_also=(), section="makemore") -> _registry.Term:
    return _registry.Term(slug=slug, title=title, summary=f"{title.capitalize()} is a `thing` in *one* sentence.",
                          definition="", doctest="", section=section, aliases=tuple(aliases),
                          see_also=tuple(see_also), docs="", path=Path(f"/project/src/glossary_examples/{section}/{slug}.py"))


TERMS = {t.slug: t for t in [
    make_term("negative_log_likelihood", "negative log likelihood", ["NLL", "nll loss"]),
    make_term("log_likelihood", "log likelihood"),
    make_term("one_hot_encoding", "one-hot encoding", ["F.one_hot", "onehot", "one-hot"]),
    make_term("sum_keepdim", "sum with keepdim", ["keepdim"]),
    make_term("loss", "loss"),
]}
URLS = {slug: f"{t.section}/{slug}/" for slug, t in TERMS.items()}


def links(html: str) -> list[tuple[str, str]]:
    soup = BeautifulSoup(html, "html.parser")
    return [(a["href"], a.get_text()) for a in soup.select("a.glossary-link")]


def test_first_mention_of_each_term_links_to_its_page_with_the_summary_as_title():
    linker = _reader.TermLinker(TERMS, URLS)
    html = linker.link("<p>The Loss is low; the loss stays low. Losses add up.</p>", "a-z/")
    assert links(html) == [("../makemore/loss/", "Loss")]
    assert 'title="Loss is a thing in one sentence."' in html


def test_longest_name_wins_and_names_may_break_across_lines():
    linker = _reader.TermLinker(TERMS, URLS)
    html = linker.link("<p>The negative log\nlikelihood (NLL) is minus the log likelihood.</p>", "")
    assert links(html) == [("makemore/negative_log_likelihood/", "negative log\nlikelihood"),
                           ("makemore/log_likelihood/", "log likelihood")]


def test_acronym_aliases_match_with_their_capitals_only():
    linker = _reader.TermLinker(TERMS, URLS)
    assert links(linker.link("<p>NLL, then nll.</p>", "")) == [("makemore/negative_log_likelihood/", "NLL")]
    assert links(linker.link("<p>The nll and the NLLs.</p>", "")) == [("makemore/negative_log_likelihood/", "NLLs")]


def test_one_word_lowercase_aliases_and_code_names_link_only_as_whole_inline_code():
    linker = _reader.TermLinker(TERMS, URLS)
    assert links(linker.link("<p>keepdim or onehot, F.one_hot</p>", "")) == []
    html = linker.link("<p>Use <code>keepdim</code> and <code>F.one_hot()</code>, not <code>x.keepdim</code>.</p>", "")
    assert links(html) == [("makemore/sum_keepdim/", "keepdim"), ("makemore/one_hot_encoding/", "F.one_hot()")]
    assert "<code>x.keepdim</code>" in html


def test_no_links_in_code_headings_links_math_or_on_the_terms_own_page():
    linker = _reader.TermLinker(TERMS, URLS)
    untouched = ('<h2 id="loss">loss</h2><pre><code>loss = 1</code></pre><a href="x">the loss</a>'
                 '<p class="admonition-title">loss</p><math><mi>loss</mi></math><svg><text>loss</text></svg>'
                 '<p class="glossary-aliases">Also called: loss</p>')
    assert linker.link(untouched, "") == untouched
    assert links(linker.link("<p>loss</p>", "makemore/loss/", own="loss")) == []
    assert links(linker.link(untouched + "<p>a loss</p>", "")) == [("makemore/loss/", "loss")]


def test_links_already_on_the_page_get_the_summary_and_count_as_the_mention():
    linker = _reader.TermLinker(TERMS, URLS)
    html = linker.link('<p>See <a href="../loss/">it</a>, <a href="../loss/" title="x">it</a>, '
                       '<a href="#top">top</a>; the loss.</p>', "makemore/sum_keepdim/")
    assert '<a title="Loss is a thing in one sentence." href="../loss/">it</a>' in html
    assert '<a href="../loss/" title="x">it</a>' in html and '<a href="#top">top</a>' in html
    assert links(html) == []
    report = linker.link('<p>The loss: <a href="../loss/">it</a>.</p>', "makemore/sum_keepdim/", mentions=False)
    assert links(report) == [] and 'title="Loss is a thing in one sentence."' in report


def test_joined_spellings_of_hyphenated_names():
    assert _reader.joined_spellings(make_term("x", "mini-batch", ["one-hot vector"])) == ["minibatch", "onehot"]
    assert _reader.joined_spellings(TERMS["one_hot_encoding"]) == []  # "onehot" is an alias already


def test_see_also_links_go_both_ways():
    a = make_term("alpha", "alpha", see_also=["beta"])
    b = make_term("beta", "beta")
    content = _registry.Content(Path("/project/src/glossary_examples"),
                                {"makemore": _registry.Section("makemore", "Makemore")}, {"alpha": a, "beta": b})

    def linked(term) -> set:
        return set(re.findall(r"\]\(([^)]+\.md)\)", _pages.term_page(term, content, "")))

    assert "../makemore/beta.md" in linked(a)
    assert "../makemore/alpha.md" in linked(b)


def test_tooltip_is_plain_text():
    assert _reader.tooltip("The `F.one_hot` of $x$ is **one** [row](a.md) per x_i.") == \
        "The F.one_hot of x is one row per x_i."
    assert _reader.tooltip(r"Its $-\log p$ is $\sum_i x_i^2$ in nats.") == "Its −log p is ∑ᵢ xᵢ² in nats."


# --- the built site -------------------------------------------------------------------------


def page_url(site: Path, path: Path) -> str:
    """The page's URL path relative to the site root, as MkDocs writes it ('' for the home page)."""
    relative = path.relative_to(site).as_posix()
    return relative.removesuffix("index.html")


def test_term_links_on_the_site_point_to_their_term_with_its_summary(site, terms, content):
    by_url = {f"{t.section}/{t.slug}/": t for t in terms.values()}
    # Indexes show each summary next to its link: hover text would repeat it (and cost a tooltip per link).
    indexes = {"a-z/", *(f"{s}/" for s in content.sections), *(l.page[:-3] + "/" for l in content.lectures.values())}
    seen = 0
    for path, tree in trees(site):
        here = page_url(site, path)
        linked = []
        for a in tree.xpath("//article//a[@href]"):
            target = urljoin("http://site/" + here, a.get("href")).removeprefix("http://site/").partition("#")[0]
            classes, inside = (a.get("class") or "").split(), {parent.tag for parent in a.iterancestors()}
            shown = etree.tostring(a, encoding="unicode", with_tail=False)
            if target not in by_url or "headerlink" in classes:
                continue
            if here in indexes:
                assert "li" in inside and not a.get("title"), f"{here}: {shown}"
                continue
            assert a.get("title"), f"{here}: a link to {target} shows no summary on hover: {shown}"
            if "glossary-link" in classes:
                term = by_url[target]
                assert a.get("title") == _reader.tooltip(term.summary), f"{here}: {shown}"
                assert not inside & {"pre", "code", "h1", "h2", "h3", "h4", "h5", "h6", "a"}, f"{here}: {shown}"
                assert target != here, f"{here} links to itself"
                linked.append(term.slug)
        assert len(linked) == len(set(linked)), f"{here}: a term is linked more than once: {linked}"
        seen += len(linked)
    assert seen, "no term is linked from any page (the landing page mentions softmax)"


CONSOLE_BLOCKS = f"//pre/code[.//*[{has_class('gp')}]]"  # code blocks that show `>>>` prompts


def test_console_blocks_copy_the_commands_only(site, terms):
    for term in terms.values():
        blocks = tree_of(site / term.section / term.slug / "index.html").xpath(CONSOLE_BLOCKS)
        assert blocks, f"{term.slug}: no Checked claims block"
        expected = "\n".join(e.source.rstrip("\n") for e in doctest.DocTestParser().get_examples(term.doctest))
        copied = [line for line in blocks[-1].get("data-copy").split("\n") if not line.lstrip().startswith("#")]
        assert "\n".join(copied) == expected, term.slug  # doctest skips comment-only lines; the copy keeps them
    for path, tree in trees(site):
        for code in tree.xpath(CONSOLE_BLOCKS):
            assert ">>>" not in code.get("data-copy", ">>>"), f"{path.relative_to(site)}: prompts copied"


def footer_links(site: Path, here: str) -> list[str]:
    """The page's Previous and Next links, as page URLs from the site root."""
    return [urljoin("http://site/" + here, href).removeprefix("http://site/")
            for href in tree_of(site / here / "index.html").xpath(f"//a[{has_class('md-footer__link')}]/@href")]


def test_previous_and_next_follow_the_course_path(site, content):
    """Home, the course overview, then each lecture's page and its terms in the lecture's order."""
    path = ["", "course/"]
    for lecture in content.lectures.values():
        path += [lecture.page.removesuffix(".md") + "/", *(f"{content.terms[s].section}/{s}/" for s in lecture.terms)]
    for before, here, after in zip([None, *path], path, [*path[1:], None]):
        expected = [page for page in (before, after) if page is not None]
        assert footer_links(site, here) == expected, here


def test_each_term_page_links_its_module_and_test_source_pages(site, terms, content):
    for term in terms.values():
        here = f"{term.section}/{term.slug}/"
        provenance = tree_of(site / here / "index.html").xpath(f"//*[{has_class('glossary-provenance')}]")[0]
        targets = {a.text_content(): urljoin("http://site/" + here, a.get("href")).removeprefix("http://site/")
                   for a in provenance.iter("a")}
        for shown, file in [(f"src/glossary_examples/{term.section}/{term.slug}.py", term.path),
                            (f"tests/{term.section}/test_{term.slug}.py", _pages.tests_of(term, content))]:
            assert shown in targets, f"{here}: no link to {shown}"
            source = tree_of(site / targets[shown] / "index.html")
            assert source.xpath("//h1")[0].text_content().startswith(shown)
            code = "".join(c.text_content() for c in source.xpath(f"//td[{has_class('code')}]//code | //pre/code")[-1:])
            assert code.rstrip("\n") == file.read_text(encoding="utf-8").rstrip("\n")


def search_entries(site: Path) -> list[dict]:
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def test_helper_code_stays_out_of_the_search_index(site, terms):
    """Helper modules are shown collapsed on many pages; indexed, they would match most queries everywhere."""
    entries, checked = search_entries(site), 0
    for term in terms.values():
        tree = tree_of(site / term.section / term.slug / "index.html")
        outside_helpers = f"//article//code[not(ancestor::details[{has_class('glossary-helper')}])]"
        own = " ".join(code.text_content() for code in tree.xpath(outside_helpers))
        indexed = " ".join(e["text"] for e in entries if e["location"].startswith(f"{term.section}/{term.slug}/"))
        for helper in tree.xpath(f"//details[{has_class('glossary-helper')}]//code"):
            defined = [d for d in re.findall(r"^(?:def|class) \w+", helper.text_content(), re.M) if d not in own]
            assert not [name for name in defined if name in indexed], term.slug
            checked += bool(defined)
    assert checked, "no page shows helper code"


def test_search_index_has_every_name_of_every_term_on_its_page(site, terms):
    config = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]
    separator = re.compile(config["separator"])
    entries = search_entries(site)

    def tokens(text: str) -> set[str]:
        return {t.lower() for t in separator.split(re.sub(r"<[^>]+>", " ", text)) if t}

    for term in terms.values():
        page = f"{term.section}/{term.slug}/"
        words = set().union(*(tokens(e["title"] + " " + e["text"]) for e in entries if e["location"].startswith(page)))
        for name in (term.title, *term.aliases, *_reader.joined_spellings(term)):
            assert tokens(name) <= words, f"search does not index {name!r} on {page}: {tokens(name) - words}"


def test_search_index_leaves_out_example_output_and_source_pages(site, terms):
    entries = search_entries(site)
    assert not [e["location"] for e in entries if e["location"].startswith("source/")]
    text = "\n".join(e["text"] for e in entries)
    for example in examples(site):
        if len(example["output"].strip()) >= 20:
            assert example["output"].strip() not in text, f"{example['term']}:{example['region']} output is indexed"


def test_overrides_folder_is_not_published(site):
    assert not (site / "overrides").exists()


# --- walkthrough (notebook) pages --------------------------------------------------------------


def test_walkthrough_pages_are_tidy_offline_and_searchable_without_outputs_or_helper_code(site):
    walkthroughs = sorted((site / "walkthroughs").rglob("index.html"))
    assert walkthroughs, "no walkthrough page was built"
    entries = search_entries(site)
    for path in walkthroughs:
        where = path.relative_to(site).as_posix()
        text = path.read_text(encoding="utf-8")
        article = soup_of(path).select_one("article")
        assert not article.select("script, style, clipboard-copy, .clipboard-copy-txt"), where
        assert not re.search(r"mathjax|cdnjs|cdn\.jsdelivr|unpkg", text, re.I), where
        assert "$$" not in article.get_text() and "\\(" not in article.get_text(), f"{where}: raw TeX"
        cells = article.select("div.highlight > pre > code")
        own = [c for c in cells if not c.find_parent("details", class_="glossary-helper")]
        assert own, f"{where}: no code cell of its own as a code block"
        indexed = " ".join(e["text"] for e in entries if e["location"].startswith(where.removesuffix("index.html")))
        assert own[0].get_text().strip().splitlines()[0] in indexed, f"{where}: code is not searchable"
        for helper in article.select("details.glossary-helper code"):  # the same modules on many pages
            assert helper.get_text().strip().splitlines()[0] not in indexed, f"{where}: helper code is indexed"
        for output in article.select(".jp-OutputArea-output pre"):
            if len(output.get_text().strip()) >= 20:
                assert output.get_text().strip() not in indexed, f"{where}: an output is indexed"
