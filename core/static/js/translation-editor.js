/*
 * wagtail-localize's translation editor (core/wagtail_hooks.py loads this on every editor
 * page; it acts only where the translation editor is).
 * - Translation fields take the target language and its direction, so Arabic and Urdu are typed
 *   right to left.
 * - Whoever may not publish gets "Submit to moderation" in the editor's footer; the server
 *   (core.wagtail_hooks) saves the translation as a draft and starts the workflow.
 * The editor is a React app drawn after this runs, so a MutationObserver follows it.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var editor = document.querySelector(".js-translation-editor");
  if (!script || !editor || !editor.dataset.props) {
    return;
  }
  var props = JSON.parse(editor.dataset.props);
  var language = props.locale.code;
  var rightToLeft = script.dataset.rightToLeft.split(" ").indexOf(language) !== -1;
  var direction = rightToLeft ? "rtl" : "ltr";

  function markFields() {
    editor.querySelectorAll("textarea:not([dir])").forEach(function (field) {
      field.dir = direction;
      field.lang = language;
    });
  }

  function addSubmitAction() {
    var actions = editor.querySelector("footer form nav.actions");
    if (!actions || actions.querySelector("button[name=action][value=submit]")) {
      return;
    }
    var button = document.createElement("button");
    button.type = "submit";
    button.name = "action";
    button.value = "submit";
    button.className = "button";
    button.textContent = script.dataset.submitLabel;
    var wrapper = document.createElement("div");
    wrapper.className = "w-dropdown-button";
    wrapper.appendChild(button);
    actions.insertBefore(wrapper, actions.firstChild);
  }

  function update() {
    markFields();
    if (!props.perms.canPublish) {
      addSubmitAction();
    }
  }

  new MutationObserver(update).observe(editor, { childList: true, subtree: true });
  update();
})();
