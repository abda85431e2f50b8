// Wires the configurator form: every change rebuilds the settings object, re-creates the preview element from it
// and rewrites the snippet from the same object (see embed-settings.js).
import { wireCopyButton } from './copy-button.js';
import { attributesFor, snippetFor, supports } from './embed-settings.js';

const form = document.getElementById('settings');
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');
const bundleUrl = new URL('../dist/rolefit.js', import.meta.url).href;

/** A relative feed URL would resolve against the site owner's page, not this one: the snippet shows it absolute. */
function absoluteFeed(value) {
  const feed = value.trim();
  if (!feed) return '';
  return URL.canParse(feed, location.href) ? new URL(feed, location.href).href : feed;
}

/** @returns {number | null} an empty number field means "not set" */
function numberOrNull(field) {
  return field.value.trim() === '' || !field.validity.valid ? null : Number(field.value);
}

/** @returns {import('./embed-settings.js').EmbedSettings} */
function readSettings() {
  const fields = form.elements;
  return {
    element: fields.element.value,
    feed: absoluteFeed(fields.feed.value),
    lang: fields.lang.value,
    informal: fields.informal.checked,
    layout: fields.layout.value,
    share: fields.share.checked,
    filters: fields.filters.checked,
    maxPrice: numberOrNull(fields.maxPrice),
    providerTypes: [...form.querySelectorAll('input[name="providerTypes"]:checked')].map((box) => box.value),
    linkParams: fields.linkParams.value.trim(),
    colors: fields.customColors.checked
      ? { accent: fields.accent.value, surface: fields.surface.value, text: fields.text.value }
      : null,
    radius: numberOrNull(fields.radius),
  };
}

/** Fields the chosen element ignores are disabled, so the form never suggests a setting that does nothing. */
function updateApplicableFields(settings) {
  for (const fieldset of form.querySelectorAll('fieldset[data-attribute]')) {
    fieldset.disabled = !supports(settings.element, fieldset.dataset.attribute);
  }
  form.elements.colors.disabled = !settings.colors;
}

function createWidget(settings) {
  const widget = document.createElement(settings.element);
  for (const [name, value] of attributesFor(settings)) widget.setAttribute(name, value === true ? '' : value);
  return widget;
}

function update() {
  const settings = readSettings();
  updateApplicableFields(settings);
  // A new element rather than changed attributes: the preview starts exactly as a freshly pasted snippet would.
  preview.replaceChildren(createWidget(settings));
  snippet.textContent = snippetFor(settings, bundleUrl);
}

// The feed URL applies when the field is left (change), not per keystroke: each half-typed URL would be fetched.
form.addEventListener('input', (event) => {
  if (event.target !== form.elements.feed) update();
});
form.elements.feed.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
wireCopyButton(document.getElementById('copy'), snippet, document.getElementById('copy-status'));
update();
