// Click (or Enter on) a highlighted span: mark every span of its attribution and
// show the attribution's details in the side panel. #att-N in the URL selects N.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const text = document.getElementById("article-text");
  if (!text) return;
  const details = document.getElementById("details");
  const detailsBody = document.getElementById("details-body");

  function select(id, scroll) {
    document.querySelectorAll(".selected").forEach((el) => el.classList.remove("selected"));
    const entry = document.getElementById("att-" + id);
    if (!entry) {
      details.hidden = true;
      return;
    }
    document.querySelectorAll(`[data-att~="${CSS.escape(id)}"]`)
      .forEach((el) => el.classList.add("selected"));
    const copy = entry.cloneNode(true);
    copy.removeAttribute("id");
    copy.removeAttribute("data-att");
    detailsBody.replaceChildren(copy);
    details.hidden = false;
    if (scroll) {
      const first = text.querySelector(`[data-att~="${CSS.escape(id)}"]`);
      if (first) first.scrollIntoView({ block: "center" });
    }
  }

  function innermost(el) {
    const span = el.closest("[data-att]");
    return span ? span.dataset.att.split(" ")[0] : null;
  }

  text.addEventListener("click", (ev) => {
    const id = innermost(ev.target);
    if (id) select(id, false);
  });
  text.addEventListener("keydown", (ev) => {
    const id = ev.key === "Enter" ? innermost(ev.target) : null;
    if (id) select(id, false);
  });
  document.querySelectorAll(".atts .att").forEach((entry) => {
    entry.addEventListener("click", () => select(entry.dataset.att, true));
  });

  function fromHash() {
    const m = /^#att-(\d+)$/.exec(location.hash);
    if (m) select(m[1], true);
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
});
