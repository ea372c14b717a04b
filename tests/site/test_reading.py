"""Everything on a page can be read where it is: at 1280 px no code or output block scrolls sideways on any
term or walkthrough page, figure labels are at least 10 px, and a figure drawn smaller than its natural
size opens full size (labels as drawn, colours of the page) on a click or a tap."""


import pytest

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 800}
SMALLEST_LABEL = 10  # px, at 1280 px

# Each block that scrolls sideways (collapsed helper code and every tab shown first): where it is (term:region:part,
# or the notebook cell) and its widest line.
OVERFLOWING = """() => {
  document.querySelectorAll("article details").forEach(d => { d.open = true; });
  const style = document.createElement("style");
  style.textContent = ".tabbed-set > .tabbed-content > .tabbed-block { display: block !important; }";
  document.head.append(style);
  return [...document.querySelectorAll("article pre")].filter(pre => pre.getClientRects().length).flatMap(pre => {
  const code = pre.querySelector("code") || pre;
  const scrolls = [pre, code].some(e => e.scrollWidth > e.clientWidth + 1);
  if (!scrolls) return [];
  const box = pre.closest(".glossary-example");
  const part = pre.closest(".glossary-output") ? "output" : pre.closest("details") ? "helper code" : "code";
  const cell = pre.closest(".jp-Cell");
  const where = box ? `${box.dataset.term}:${box.dataset.region}:${part}`
    : cell ? `notebook cell ${[...document.querySelectorAll(".jp-Cell")].indexOf(cell) + 1}`
    : pre.closest("h2 ~ *") ? "checked claims or prose" : "block";
  const lines = code.textContent.replace(/\\n$/, "").split("\\n");
  const widest = lines.reduce((best, line, i) => line.length > lines[best].length ? i : best, 0);
  return [`${where}, line ${widest + 1} (${lines[widest].length} characters): ${lines[widest].trim().slice(0, 60)}`];
});
}"""

# Each figure: where it is, its smallest label in px as drawn (font size times the figure's scale on the
# page), whether it is drawn smaller than its natural size, and whether it is a button that opens it full size.
FIGURES = """() => [...document.querySelectorAll("article .glossary-figure > svg")].map(svg => {
  const width = svg.getBoundingClientRect().width, scale = width / svg.viewBox.baseVal.width;
  const sizes = [...svg.querySelectorAll("text")].map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
  const box = svg.closest(".glossary-example");
  return [`${box.dataset.term}:${box.dataset.region}`, sizes.length ? Math.min(...sizes) : 1e9,
          width < svg.width.baseVal.value - 1, svg.parentElement.getAttribute("role") === "button"];
})"""


def reading_pages(site, site_url, terms) -> list[str]:
    pages = [f"{t.section}/{t.slug}/" for t in sorted(terms.values(), key=lambda t: t.page)]
    pages += [p.parent.relative_to(site).as_posix() + "/" for p in sorted((site / "walkthroughs").glob("*/index.html"))]
    return [site_url + page for page in pages]


def test_no_code_or_output_block_scrolls_sideways_at_1280_px(browser, site, site_server, site_url, terms):
    # Widths are the stylesheets' doing: with the pages' scripts off, 3x faster, the same blocks scroll
    # sideways (45 of them on 25 makemore pages at 700 px, scripts on or off).
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False)
    page = context.new_page()
    offenders = []
    for url in reading_pages(site, site_url, terms):
        page.goto(url)
        offenders += [f"{url.removeprefix(site_url)}: {block}" for block in page.evaluate(OVERFLOWING)]
    context.close()
    assert not offenders, f"{len(offenders)} blocks scroll sideways at 1280 px:\n" + "\n".join(offenders)


def test_figure_labels_are_at_least_10_px_at_1280_px_and_only_shrunk_figures_open_full_size(
        browser, site, site_server, site_url, terms):
    # The site's figures.js makes shrunk figures buttons; the theme's bundle and its search index
    # play no part, and skipping them makes this 3x faster.
    context = browser.new_context(viewport=DESKTOP)
    context.route("**/assets/javascripts/bundle.*.js", lambda route: route.abort())
    context.route("**/search/search_index.json", lambda route: route.abort())
    page = context.new_page()
    problems, seen = [], 0
    for url in reading_pages(site, site_url, terms):
        if 'class="glossary-figure"' not in (site / url.removeprefix(site_url) / "index.html").read_text():
            continue
        page.goto(url, wait_until="domcontentloaded")  # after the deferred figures.js ran
        for figure, smallest, shrunk, button in page.evaluate(FIGURES):
            seen += 1
            if smallest < SMALLEST_LABEL:
                problems.append(f"{url.removeprefix(site_url)} {figure}: labels of {smallest:.1f} px")
            if shrunk != button:
                problems.append(f"{url.removeprefix(site_url)} {figure}: {'shrunk' if shrunk else 'full size'} "
                                f"but {'a' if button else 'no'} button to open it full size")
    context.close()
    assert seen, "no figure on the site: nothing was measured"
    assert not problems, "\n".join(problems)


def widest_figure(site, terms) -> str:
    """The term page whose figure is widest as drawn (so it is shrunk on a phone)."""
    def width(page: str) -> float:
        html = (site / page / "index.html").read_text(encoding="utf-8")
        start = html.find('<div class="glossary-figure"')
        if start < 0:
            return 0
        tag = html[html.find("<svg", start) : html.find(">", html.find("<svg", start))]
        return float(tag.split('width="', 1)[1].split("pt", 1)[0]) if 'width="' in tag else 0
    return max((f"{t.section}/{t.slug}/" for t in terms.values()), key=width)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_shrunk_figure_opens_full_size_on_a_tap_in_the_page_colours(browser, site, site_server, site_url, terms, scheme):
    context = browser.new_context(viewport={"width": 390, "height": 800}, is_mobile=True, has_touch=True,
                                  color_scheme=scheme)
    page = context.new_page()
    page.goto(site_url + widest_figure(site, terms))
    figure = page.locator(".glossary-figure.glossary-zoomable").first
    inline_width = figure.locator("svg").evaluate("s => s.getBoundingClientRect().width")
    figure.scroll_into_view_if_needed()
    figure.tap()
    zoomed = page.locator(".gslide-inline svg")
    zoomed.wait_for()
    page.wait_for_timeout(500)  # the opening fade
    shown = zoomed.evaluate("""s => ({width: s.getBoundingClientRect().width, natural: s.width.baseVal.value,
        text: getComputedStyle(s).color, background: getComputedStyle(s.closest('.gslide-inline')).backgroundColor,
        scrolls: s.closest('.ginlined-content').scrollWidth > s.closest('.ginlined-content').clientWidth})""")
    assert abs(shown["width"] - shown["natural"]) < 1 and shown["width"] > inline_width  # full size, not shrunk
    assert shown["scrolls"], "a figure wider than the screen must scroll in the lightbox"
    page_colours = page.evaluate("""() => ({text: getComputedStyle(document.body).color,
                                           background: getComputedStyle(document.body).backgroundColor})""")
    assert (shown["text"], shown["background"]) == (page_colours["text"], page_colours["background"])
    page.keyboard.press("Escape")
    page.locator(".glightbox-container").wait_for(state="detached")
    context.close()
