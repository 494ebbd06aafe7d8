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

  const refresh = body.dataset.refresh;
  if (!refresh || !window.EventSource) return;
  const conversation = body.dataset.conversation;

  function swap(html) {
    const fresh = new DOMParser().parseFromString(html, "text/html");
    const before = history() ? history().children.length : 0;
    for (const part of fresh.querySelectorAll("[data-part][id]")) {
      const old = document.getElementById(part.id);
      if (old) old.replaceWith(document.importNode(part, true));
    }
    if (history() && history().children.length > before) scrollToEnd();
  }

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

  const events = new EventSource("/events");
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
