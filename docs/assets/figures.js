// Figures drawn smaller than their natural size (a wide plot in the text column, any plot on a phone)
// open full size in a lightbox (GLightbox, vendored in assets/vendor/glightbox/) on a click, a tap or
// Enter; the lightbox scrolls when the figure is larger than the screen. Figures shown at full size
// already are left alone. The lightbox's script and stylesheet load on the first click, so pages
// without one never fetch them.
(function () {
  "use strict";
  var BASE = document.currentScript.src;  // .../assets/figures.js
  var lightbox = null;

  function load(tag, attributes) {
    return new Promise(function (resolve, reject) {
      var element = document.createElement(tag);
      Object.keys(attributes).forEach(function (name) { element[name] = attributes[name]; });
      element.onload = resolve;
      element.onerror = function () { reject(new Error("could not load " + (attributes.src || attributes.href))); };
      // the lightbox's stylesheet goes first, so the site's own rules (the page's colours) still win
      document.head.insertBefore(element, tag === "link" ? document.head.querySelector("link[rel=stylesheet]") : null);
    });
  }

  function loadLightbox() {
    lightbox = lightbox || Promise.all([
      load("link", { rel: "stylesheet", href: new URL("vendor/glightbox/glightbox.min.css", BASE).href }),
      load("script", { src: new URL("vendor/glightbox/glightbox.min.js", BASE).href }),
    ]);
    return lightbox;
  }
  var FIGURES = ".glossary-figure > svg, .jp-RenderedImage img, .jp-RenderedSVG svg";
  var BOXES = ".glossary-figure, .jp-RenderedImage, .jp-RenderedSVG";

  function naturalWidth(figure) {
    return figure.tagName === "IMG" ? figure.naturalWidth : figure.width.baseVal.value;  // svg: pt -> px
  }

  function mark() {
    document.querySelectorAll(FIGURES).forEach(function (figure) {
      var box = figure.closest(BOXES);
      var shrunk = figure.getBoundingClientRect().width < naturalWidth(figure) - 1;
      box.classList.toggle("glossary-zoomable", shrunk);
      if (shrunk) {
        box.setAttribute("tabindex", "0");
        box.setAttribute("role", "button");
        box.setAttribute("aria-label", "Open the figure full size");
      } else {
        ["tabindex", "role", "aria-label"].forEach(function (name) { box.removeAttribute(name); });
      }
    });
  }

  function open(box) {
    var figure = box.querySelector(FIGURES);
    var width = naturalWidth(figure);
    var copy = figure.cloneNode(true);
    copy.style.width = width + "px";
    copy.style.height = "auto";
    var content = document.createElement("div");
    content.className = "glossary-zoomed";
    content.appendChild(copy);
    loadLightbox().then(function () {
      var shown = GLightbox({
        elements: [{ content: content, width: (width + 32) + "px", height: "auto" }],
        touchNavigation: false, draggable: false, keyboardNavigation: true,  // a drag or swipe scrolls the figure
        openEffect: "fade", closeEffect: "fade",
      });
      shown.on("close", function () { setTimeout(function () { shown.destroy(); box.focus(); }, 0); });
      shown.open();
    });
  }

  document.addEventListener("click", function (event) {
    var box = event.target.closest && event.target.closest(".glossary-zoomable");
    if (box) open(box);
  });
  document.addEventListener("keydown", function (event) {
    var box = event.target;
    if ((event.key === "Enter" || event.key === " ") && box.classList && box.classList.contains("glossary-zoomable")) {
      event.preventDefault();
      open(box);
    }
  });
  document.addEventListener("load", function (event) {  // notebook images know their size once loaded
    if (event.target.tagName === "IMG") mark();
  }, true);
  window.addEventListener("resize", mark);
  if (window.document$) window.document$.subscribe(mark);  // every page, with instant navigation too
  else mark();
})();
