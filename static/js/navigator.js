/* Tsunagari: the quick exit on every page, and the navigator as a chat.
 *
 * No framework, no third-party code. Every form works without this script (plain POST,
 * one page per step); with it, a step is sent with fetch and only the conversation is
 * replaced, so it feels like a chat and the whole conversation stays one history entry.
 */
(function () {
  "use strict";

  // Quick exit: hide the page at once, then replace it (not add to the history) with a
  // neutral site, so that "back" does not bring it up again.
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("[data-quick-exit]") : null;
    if (!link) {
      return;
    }
    event.preventDefault();
    document.title = "";
    document.body.style.visibility = "hidden";
    window.location.replace(link.href);
  });

  var conversation = document.getElementById("conversation");
  if (!conversation || !window.fetch || !window.FormData) {
    return;
  }
  var busy = false;

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute("data-chat")) {
      return;
    }
    event.preventDefault();
    if (busy) {
      return;
    }
    var submitter = event.submitter || document.activeElement;
    var data = new FormData(form);
    if (submitter && submitter.name && submitter.form === form) {
      data.append(submitter.name, submitter.value);
    }
    send(form, data, submitter);
  });

  function send(form, data, submitter) {
    busy = true;
    conversation.setAttribute("aria-busy", "true");
    conversation.classList.add("is-waiting");
    echo(submitter);
    fetch(form.action, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      cache: "no-store",
      headers: { "X-Requested-With": "fetch" }
    })
      .then(function (response) {
        if (!response.ok && response.status !== 400) {
          throw new Error("HTTP " + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        swap(html);
        done();
      })
      .catch(function () {
        done();
        fallback(form, submitter);
      });
  }

  function done() {
    busy = false;
    conversation.removeAttribute("aria-busy");
    conversation.classList.remove("is-waiting");
  }

  // Show the person's choice as their chat bubble while the answer loads.
  function echo(submitter) {
    var list = conversation.querySelector(".bubbles");
    var text = submitter && submitter.classList && submitter.classList.contains("choice")
      ? submitter.textContent.trim() : "";
    if (!list || !text) {
      return;
    }
    var bubble = document.createElement("li");
    bubble.className = "bubble me";
    bubble.textContent = text;
    list.appendChild(bubble);
  }

  function swap(html) {
    conversation.innerHTML = html;
    var root = conversation.firstElementChild;
    if (root && root.getAttribute("data-title")) {
      document.title = root.getAttribute("data-title");
    }
    var focus = conversation.querySelector("[data-focus]");
    if (focus) {
      focus.focus({ preventScroll: true });
      focus.scrollIntoView({ block: "start" });
    }
  }

  // If fetch fails (offline, server error), send the form the ordinary way.
  function fallback(form, submitter) {
    if (submitter && submitter.name) {
      var field = document.createElement("input");
      field.type = "hidden";
      field.name = submitter.name;
      field.value = submitter.value;
      form.appendChild(field);
    }
    HTMLFormElement.prototype.submit.call(form);
  }
})();
