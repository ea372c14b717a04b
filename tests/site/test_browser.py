"""The site in a real browser: headless Chromium (Debian's, `make browser`) against the built site on loopback.

Every page loads without console errors and asks nothing of any other host; search, copy, term links,
dark mode and instant navigation do what the landing page promises.
"""

import doctest
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

import nbformat

from glossary_site import portable
from glossary_site import reader as _reader
from glossary_site import registry as _registry

pytestmark = pytest.mark.browser

# Chromium resolves no name itself (no background look-ups); only the loopback server answers.

# Spellings readers type, and the term each must find (checked when that term exists).
SPELLINGS = {
    "NLL": "negative_log_likelihood", "negative log likelihood": "negative_log_likelihood",
    "one hot": "one_hot_encoding", "one-hot": "one_hot_encoding", "onehot": "one_hot_encoding",
    "keepdim": "sum_keepdim", "normalized exponential": "softmax", "F.softmax": "softmax",
}


@pytest.fixture
def context(browser, site_url):
    context = browser.new_context()
    context.set_default_timeout(10_000)
    yield context
    context.close()


def watch(page, origin: str) -> list[str]:
    """Problems seen on the page: console errors, uncaught exceptions, requests to another host."""
    problems: list[str] = []
    page.on("console", lambda m: m.type == "error" and problems.append(f"{page.url}: console: {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"{page.url}: exception: {e}"))

    def request(r) -> None:
        url = urlparse(r.url)
        if url.scheme not in ("data", "blob", "about") and f"{url.scheme}://{url.netloc}/" != origin:
            problems.append(f"{page.url}: request to {r.url}")

    page.on("request", request)
    return problems


def pages_of(site: Path, base: str, under: str = "") -> list[str]:
    return [base + path.relative_to(site).as_posix().removesuffix("index.html")
            for path in sorted((site / under).rglob("*.html"))]


# Checked on each page once loaded: nothing scrolls sideways on a phone, and Chromium draws the math
# itself (MathML elements laid out as "math" / "block math" boxes; no script involved) with the math
# font the site serves (its MATH table lays out sums, fractions and scripts).
PAGE_CHECKS = """async () => {
  const problems = [];
  await document.fonts.ready;
  const mathFont = [...document.fonts].filter(f => f.family.replace(/"/g, "") === "Noto Sans Math");
  if (document.querySelector("article math") && !mathFont.some(f => f.status === "loaded"))
    problems.push("math is not drawn with the site's math font: " + mathFont.map(f => f.status));
  const [width, screen] = [document.documentElement.scrollWidth, document.documentElement.clientWidth];
  if (width > screen) problems.push(`scrolls sideways on a phone: ${width}px wide in ${screen}px`);
  // Loading restyles nothing the first style pass did. The theme's script rewrites every relative link to
  // an absolute one (for a stylesheet: read again, whole page restyled), and measures code blocks.
  for (const href of window.sheetsLeftRelative || ["(not recorded)"]) problems.push("relative stylesheet link: " + href);
  for (const code of document.querySelectorAll("details.glossary-helper:not([open]) pre"))
    if (code.getBoundingClientRect().height > 0) problems.push("closed helper code is laid out");
  for (const m of document.querySelectorAll("article math"))
    if (!(m instanceof MathMLElement && m.getBoundingClientRect().width > 0
          && getComputedStyle(m).display.endsWith("math")))
      problems.push("math not drawn as MathML: " + m.outerHTML.slice(0, 100));
  return problems;
}"""


# The stylesheet links as the theme's script finds them: parsing is done, deferred scripts have not run.
SHEETS_BEFORE_SCRIPTS = """document.addEventListener("readystatechange", () => {
  window.sheetsLeftRelative = [...document.querySelectorAll("link[rel=stylesheet]")]
    .map(sheet => sheet.getAttribute("href")).filter(href => !/^https?:[/][/]/.test(href));
}, { once: true });"""


def check_pages(browser, urls: list[str], origin: str) -> None:
    """Load each page on a phone-sized screen; the first one until the network is idle (search index)."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    context.add_init_script(SHEETS_BEFORE_SCRIPTS)
    page = context.new_page()
    problems = watch(page, origin)
    for number, url in enumerate(urls):
        page.goto(url, wait_until="networkidle" if number == 0 else "load")
        problems += [f"{url}: {problem}" for problem in page.evaluate(PAGE_CHECKS)]
    page.wait_for_load_state("networkidle")
    context.close()
    assert not problems, "\n".join(problems)


def one_page_of_each_kind(site: Path, base: str, terms, content) -> list[str]:
    """Home, the course and each lecture, A-Z, Run it yourself, timings, every section index, the first term of
    each section, a source page, every walkthrough, the 404 page."""
    firsts = {}
    for term in sorted(terms.values(), key=lambda t: t.slug):
        firsts.setdefault(term.section, term)
    kinds = ["", "course/", *(lecture.page.removesuffix(".md") + "/" for lecture in content.lectures.values()),
             "a-z/", "run-it-yourself/", "timing/", *(f"{s}/" for s in firsts),
             *(t.page.removesuffix(".md") + "/" for t in firsts.values()), f"source/{next(iter(firsts.values())).slug}/"]
    kinds += [url.removeprefix(base) for url in pages_of(site, base, "walkthroughs")]
    kinds += ["404.html"]
    return [base + kind for kind in kinds]


def test_one_page_of_each_kind_loads_cleanly_offline_and_fits_a_phone(browser, site, site_server, site_url, terms,
                                                                       content):
    check_pages(browser, one_page_of_each_kind(site, site_url, terms, content), site_url)


def test_walkthroughs_draw_math_and_copy_a_cell_exactly(browser, site, site_server, site_url):
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
    page = context.new_page()
    drawn = []
    for notebook in sorted((site / "walkthroughs").glob("*.ipynb")):
        cells = [c.source for c in nbformat.read(str(notebook), as_version=4).cells if c.cell_type == "code"]
        page.goto(f"{site_url}walkthroughs/{notebook.stem}/")
        displays = page.locator("article math").evaluate_all("ms => ms.map(m => getComputedStyle(m).display)")
        assert set(displays) <= {"math", "block math"}, f"{notebook.stem}: math is not drawn as MathML"
        drawn += displays
        page.locator("article div.highlight:not(details *) button[data-md-type=copy]").first.click()
        visible = [c for c in cells if not c.startswith("# ---- helper code")]
        assert page.evaluate("navigator.clipboard.readText()") == visible[0].strip(), f"{notebook.stem}: copy"
    context.close()


def search(page, query: str) -> list[str]:
    """Search; the result links, best first.

    Material searches on keydown, so a key press (End) after filling in the box sends exactly one query.
    """
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.press("End")
    meta = page.locator(".md-search-result__meta")
    meta.filter(has_text="Type to start searching").wait_for()
    box.fill(query)
    box.press("End")
    meta.filter(has_text="matching").wait_for()
    return [a.get_attribute("href") for a in page.locator("a.md-search-result__link").all()]


def test_search_finds_terms_by_alias_and_common_spellings(context, site_server, site_url, terms):
    page = context.new_page()
    page.goto(site_url)
    checked = 0
    for query, slug in SPELLINGS.items():
        if slug not in terms:
            continue
        term = terms[slug]
        found = list(dict.fromkeys(urlparse(href).path for href in search(page, query)))[:5]  # pages, best first
        assert f"/{term.section}/{slug}/" in found, f"search {query!r} does not find {slug} in {found}"
        checked += 1
    assert checked


# Opens the tabs and collapsed blocks an element sits in, so its copy button can be clicked.
SHOW = """element => {
  for (let el = element.parentElement; el; el = el.parentElement) {
    if (el.tagName === "DETAILS") el.open = true;
    if (el.classList.contains("tabbed-block")) {
      const index = [...el.parentElement.children].indexOf(el);
      el.closest(".tabbed-set").querySelectorAll(":scope > .tabbed-labels > label")[index].click();
    }
  }
}"""


def test_copy_buttons_copy_exactly_what_the_html_holds(context, site_server, site_url, terms, content):
    """On one term page per section, each example's copy button copies its region, the claims their commands.

    (Every example's copy text is checked from the HTML in test_site.py; this checks the button copies it.)
    """
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
    page = context.new_page()
    firsts = {}
    for term in sorted(terms.values(), key=lambda t: t.slug):
        firsts.setdefault(term.section, term)
    for term in firsts.values():
        page.goto(f"{site_url}{term.section}/{term.slug}/")
        for name, region in term.regions.items():
            box = page.locator(f'.glossary-example[data-region="{name}"]')
            box.evaluate(SHOW)
            box.locator("div.highlight:has(> span.filename) button[data-md-type=copy]").click()
            copied = page.evaluate("navigator.clipboard.readText()")
            expected = portable.copy_of(term, region, content).text
            assert copied == expected, f"{term.slug}:{name}: the copy button copied something else"
            assert box.locator(".glossary-output button[data-md-type=copy]").count() == 0, "output has a copy button"
        page.locator("pre:has(code[data-copy]) button[data-md-type=copy]").last.click()
        sources = [e.source.rstrip("\n") for e in doctest.DocTestParser().get_examples(term.doctest)]
        copied = page.evaluate("navigator.clipboard.readText()").split("\n")
        commands = [line for line in copied if not line.lstrip().startswith("#")]  # doctest skips comment lines
        assert "\n".join(commands) == "\n".join(sources), f"{term.slug}: checked claims"


def linked_term(link, terms) -> _registry.Term:
    path = urlparse(link.evaluate("a => a.href")).path
    return next(t for t in terms.values() if path.endswith(f"/{t.section}/{t.slug}/"))


def test_a_term_link_describes_its_term_with_its_summary(context, site_server, site_url, terms):
    """The summary is the link's title: the browser's tooltip on hover, read out by screen readers."""
    page = context.new_page()
    page.goto(site_url)
    link = page.locator("article a.glossary-link").first
    term = linked_term(link, terms)
    expect(link).to_have_accessible_description(_reader.tooltip(term.summary))
    link.click()  # a tap or click follows the link
    page.wait_for_url(f"{site_url}{term.section}/{term.slug}/")


def test_dark_mode_toggle_works_and_persists(context, site, site_server, site_url, terms):
    page = context.new_page()
    page.goto(site_url)
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    assert page.evaluate(scheme) == "default"
    page.locator("label[title='Switch to dark mode']").click()
    assert page.evaluate(scheme) == "slate"
    page.locator("article").get_by_role("link", name="A–Z index").click()  # instant navigation
    page.wait_for_url(f"{site_url}a-z/")
    assert page.evaluate(scheme) == "slate"
    pages = [f"{t.section}/{t.slug}/" for t in terms.values()]
    with_figure = next((p for p in pages if "glossary-figure" in (site / p / "index.html").read_text()), pages[0])
    page.goto(site_url + with_figure)
    page.reload()
    assert page.evaluate(scheme) == "slate"
    figure = page.locator(".glossary-figure svg text").first
    if figure.count():  # axis labels are drawn in the page's text colour: light on dark
        rgb = figure.evaluate("t => getComputedStyle(t).fill")
        assert sum(int(c) for c in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3]) > 3 * 150, rgb


def armed_for_instant_navigation(context, url: str):
    """A new page at `url` once the theme's instant navigation handles clicks: it does so only after it has
    fetched and read the sitemap (in the background, after the page loaded); a click before that loads the
    next page the ordinary way. Quiet network: the sitemap is in."""
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    return page


def test_instant_navigation_lands_on_the_right_page(context, site_server, site_url, terms):
    page = armed_for_instant_navigation(context, site_url)
    page.evaluate("window.__still_the_same_document = true")
    page.locator("article").get_by_role("link", name="A–Z index").click()
    page.wait_for_url(f"{site_url}a-z/")
    expect(page.locator("article h1")).to_have_text(re.compile("^A–Z index"))
    term = sorted(terms.values(), key=lambda t: t.title.lower())[0]
    page.locator("article li").get_by_role("link", name=term.title, exact=True).first.click()
    page.wait_for_url(f"{site_url}{term.section}/{term.slug}/")
    expect(page.locator("article h1")).to_have_text(re.compile("^" + re.escape(term.title)))
    assert page.evaluate("window.__still_the_same_document === true"), "the click reloaded the page"


def test_a_tap_on_a_term_follows_its_link(browser, site_server, site_url, terms):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(site_url)
    link = page.locator("article a.glossary-link").first
    term = linked_term(link, terms)
    link.tap()  # on a touch screen a tap follows the link to the term's page
    page.wait_for_url(f"{site_url}{term.section}/{term.slug}/")
    context.close()



def test_a_to_z_letter_bar_takes_a_phone_reader_to_the_letter(browser, site_server, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(f"{site_url}a-z/")
    last = page.locator("article nav.glossary-letters a").last
    letter = urlparse(last.get_attribute("href")).fragment
    heading = f"article h2#{letter}"
    assert not page.locator(heading).evaluate(IN_VIEW)
    last.tap()
    page.wait_for_function(f"() => ({IN_VIEW})(document.querySelector('{heading}'))")
    width = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert width[0] <= width[1], f"the index scrolls sideways at 390 px: {width}"
    context.close()


IN_VIEW = "el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }"


def test_the_header_link_works_after_instant_navigation(context, site_server, site_url, content):
    """The header is not re-rendered by instant navigation, so its links must work from any depth."""
    page = armed_for_instant_navigation(context, site_url)
    page.evaluate("window.__still_the_same_document = true")
    page.locator("article").get_by_role("link", name="Start with lecture 1").click()
    first = next(iter(content.lectures.values()))
    page.wait_for_url(f"{site_url}{first.page.removesuffix('.md')}/")
    page.locator("article ol.glossary-course-terms a").first.click()  # a term page, two levels down
    slug = first.terms[0]
    page.wait_for_url(f"{site_url}{content.terms[slug].section}/{slug}/")
    page.locator("header a.glossary-header-link[title='Run it yourself']").click()
    page.wait_for_url(f"{site_url}run-it-yourself/")
    expect(page.locator("article h1")).to_have_text(re.compile("^Run it yourself"))
    assert page.evaluate("window.__still_the_same_document === true"), "the clicks reloaded the page"


def test_next_at_the_end_of_a_lecture_goes_to_the_next_lecture(context, site_server, site_url, content):
    lectures = list(content.lectures.values())
    first, second = lectures[0], lectures[1]
    last = content.terms[first.terms[-1]]
    page = context.new_page()
    page.goto(f"{site_url}{last.section}/{last.slug}/")
    next_link = page.locator("a.md-footer__link--next")
    to_lecture = next_link.get_attribute("href")
    next_link.click()
    page.wait_for_url(f"{site_url}{second.page.removesuffix('.md')}/")
    expect(next_link).not_to_have_attribute("href", to_lecture)  # instant navigation: the URL changes first
    next_link.click()
    slug = second.terms[0]
    page.wait_for_url(f"{site_url}{content.terms[slug].section}/{slug}/")


def test_the_404_page_searches_the_glossary(context, site_server, site_url, terms):
    term = terms["softmax"] if "softmax" in terms else next(iter(terms.values()))
    page = context.new_page()
    problems = watch(page, site_url)
    page.goto(f"{site_url}404.html")
    box = page.locator("article input[name=q]")
    box.fill(term.title)
    box.press("Enter")  # the form opens the A-Z index with ?q=, which Material's search picks up
    page.locator(".md-search-result__meta").filter(has_text="matching").wait_for()
    found = [urlparse(a.get_attribute("href")).path for a in page.locator("a.md-search-result__link").all()[:5]]
    assert f"/{term.section}/{term.slug}/" in found, found
    assert not problems, "\n".join(problems)
