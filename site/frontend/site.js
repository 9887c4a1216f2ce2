// Progressive enhancement only: every page works without this file.
import { initAll } from "./govuk-frontend.min.js";

initAll();

// GOV.UK's conditional reveal, finished. A block two options share (a call and a
// text both need the phone number) shows when either is chosen; GOV.UK's script
// follows only the last option naming it. And aria-expanded, which ARIA does not
// allow on a radio (axe: aria-allowed-attr), is taken off again. This runs after
// GOV.UK's own handlers: "change" fires after "click".
const revealing = [...document.querySelectorAll(".govuk-radios__input[aria-controls]")];
const syncReveals = () => {
  for (const option of revealing) option.removeAttribute("aria-expanded");
  for (const id of new Set(revealing.map((option) => option.getAttribute("aria-controls")))) {
    const chosen = revealing.some(
      (option) => option.checked && option.getAttribute("aria-controls") === id,
    );
    document.getElementById(id).classList.toggle("govuk-radios__conditional--hidden", !chosen);
  }
};
if (revealing.length) {
  document.addEventListener("change", syncReveals);
  window.addEventListener("pageshow", syncReveals);
  syncReveals();
}
