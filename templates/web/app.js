// dsobot's pages work without this file. With it, deadlines count down live, and the report
// chat continues in place: an answer is posted in the background and the conversation is
// updated from the page the server answers with, so the screen reader hears only what is new.
"use strict";

(function () {
  function pad(n) { return n < 10 ? "0" + n : "" + n; }

  function tick() {
    var now = Date.now();
    document.querySelectorAll("time.countdown[datetime]").forEach(function (el) {
      var due = Date.parse(el.getAttribute("datetime"));
      if (isNaN(due)) return;
      var ms = due - now, late = ms < 0, s = Math.floor(Math.abs(ms) / 1000);
      var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60);
      var text = (late ? el.dataset.overdue : el.dataset.left) || "{h} h {m} min";
      el.textContent = text.replace("{h}", h).replace("{m}", pad(m)) + (h < 1 ? " " + pad(s % 60) + " s" : "");
      el.classList.toggle("urgent", ms < 12 * 3600 * 1000);
    });
  }

  function enhanceChat() {
    var form = document.getElementById("answer");
    var list = document.getElementById("conversation");
    if (!form || !list || !window.fetch || !window.DOMParser) return;
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var data = new FormData(form);
      if (ev.submitter && ev.submitter.name) data.append(ev.submitter.name, ev.submitter.value);
      form.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
      fetch(form.action, { method: "POST", body: new URLSearchParams(data), credentials: "same-origin" })
        .then(function (res) { if (!res.ok) throw new Error(res.status); return res.text(); })
        .then(function (html) {
          var doc = new DOMParser().parseFromString(html, "text/html");
          var fresh = doc.getElementById("conversation");
          if (fresh) {
            var seen = {};
            list.querySelectorAll("li[id]").forEach(function (li) { seen[li.id] = true; });
            fresh.querySelectorAll("li[id]").forEach(function (li) {
              if (!seen[li.id]) list.appendChild(document.importNode(li, true));
            });
          }
          var next = doc.getElementById("answer");
          if (next) { form.replaceWith(document.importNode(next, true)); enhanceChat(); }
          else { form.remove(); }
          var box = document.getElementById("answer-text");
          if (box) box.focus();
          var last = list.lastElementChild;
          if (last) last.scrollIntoView({ block: "nearest" });
        })
        .catch(function () { form.submit(); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    tick();
    setInterval(tick, 1000);
    enhanceChat();
  });
})();
