// Uli console: live updates over Server-Sent Events, canned replies, small conveniences.
// The server renders all HTML (escaped there); this script only swaps in fresh parts.
"use strict";
(function () {
  const body = document.body;

  // Submit the language switch as soon as a language is picked.
  for (const select of document.querySelectorAll("select[data-autosubmit]")) {
    select.addEventListener("change", () => select.form.submit());
  }

  // A canned reply fills the reply box (the caseworker can still edit it before sending).
  const canned = document.getElementById("canned");
  if (canned) {
    canned.addEventListener("change", () => {
      const option = canned.selectedOptions[0];
      const box = document.getElementById(canned.dataset.cannedFor);
      if (option && option.dataset.text && box) {
        box.value = option.dataset.text;
        box.focus();
      }
      canned.value = "";
    });
  }

  const history = () => document.getElementById("history");
  function scrollToEnd() {
    const list = history();
    if (list && list.lastElementChild) list.lastElementChild.scrollIntoView({ block: "end" });
  }
  scrollToEnd();

  let refresh = body.dataset.refresh;
  const conversation = body.dataset.conversation;

  function swap(html, keepScroll) {
    const fresh = new DOMParser().parseFromString(html, "text/html");
    const before = history() ? history().children.length : 0;
    const first = history() ? history().firstElementChild : null;
    const firstId = first ? first.dataset.message : null;
    for (const part of fresh.querySelectorAll("[data-part][id]")) {
      const old = document.getElementById(part.id);
      if (old) old.replaceWith(document.importNode(part, true));
    }
    if (keepScroll && firstId) {
      // Older messages came in above: the one that was first stays in view.
      const still = document.querySelector(`#history [data-message="${firstId}"]`);
      if (still) still.scrollIntoView({ block: "start" });
    } else if (history() && history().children.length > before) {
      scrollToEnd();
    }
  }

  // "Older messages" is a link that works without JavaScript (a page with them); here they
  // are loaded in place, and the live updates from then on keep them.
  document.addEventListener("click", async (event) => {
    const link = event.target.closest && event.target.closest("a[data-older]");
    if (!link) return;
    event.preventDefault();
    try {
      const response = await fetch(link.dataset.older, { credentials: "same-origin", cache: "no-store" });
      if (!response.ok) { window.location.href = link.href; return; }
      refresh = link.dataset.older;
      if (body.dataset.refresh) body.dataset.refresh = refresh;
      window.history.replaceState(null, "", link.href);
      swap(await response.text(), true);
    } catch (error) {
      window.location.href = link.href;
    }
  });

  if (!refresh || !window.EventSource) return;

  let busy = false;
  let again = false;
  async function update() {
    if (busy) { again = true; return; }
    busy = true;
    try {
      const response = await fetch(refresh, { credentials: "same-origin", cache: "no-store" });
      // 410: the conversation open here was deleted at the young person's request; the
      // reloaded page says so.
      if (response.redirected || response.status === 401 || response.status === 410) {
        window.location.reload();
        return;
      }
      if (response.ok) swap(await response.text());
    } catch (error) {
      // Offline for a moment: the next event or the timer tries again.
    } finally {
      busy = false;
      if (again) { again = false; update(); }
    }
  }

  // The stream carries only what alters this page (the server filters and coalesces).
  const events = new EventSource(body.dataset.events || "/events");
  // "ready" comes once the server listens for changes: fetch once then, so nothing that
  // happened before (or while reconnecting) is missed.
  events.addEventListener("ready", async () => {
    await update();
    body.dataset.liveReady = "1";
  });
  events.addEventListener("change", (event) => {
    const change = JSON.parse(event.data);
    const here = conversation && String(change.conversation) === conversation;
    if (here && change.what === "deleted") { window.location.reload(); return; }
    if (!conversation || here) update();
  });
  events.addEventListener("logout", () => window.location.reload());
  // A closed stream (the session ended, the server restarted with another secret) does not
  // come back by itself: reload, which shows the login page if that is what is needed.
  events.addEventListener("error", () => {
    if (events.readyState === EventSource.CLOSED) window.setTimeout(() => window.location.reload(), 5000);
  });
  // Waiting times grow without any event.
  window.setInterval(update, 60000);
})();
