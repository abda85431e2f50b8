// The configurator's pure core: one settings object becomes both the attributes of the live preview and the
// snippet text, so what the page shows is exactly what a site owner pastes. No DOM access here.

/** @typedef {'rolefit-advisor' | 'rolefit-matcher' | 'rolefit-courses'} Tag */

/**
 * @typedef {object} EmbedSettings
 * @property {Tag} element
 * @property {string} feed - absolute feed URL, or '' for the built-in feed
 * @property {'de' | 'en'} lang
 * @property {boolean} informal
 * @property {'steps' | 'list'} layout
 * @property {boolean} share
 * @property {boolean} filters
 * @property {number | null} maxPrice
 * @property {string[]} providerTypes
 * @property {string} linkParams
 * @property {{ accent: string, surface: string, text: string } | null} colors
 * @property {number | null} radius - px
 */

/** Which attributes each element understands (the advisor takes those of both). */
const quizAttributes = ['layout', 'share'];
const courseAttributes = ['filters', 'max-price', 'provider-types', 'link-params'];
const supported = {
  'rolefit-matcher': new Set(quizAttributes),
  'rolefit-courses': new Set(courseAttributes),
  'rolefit-advisor': new Set([...quizAttributes, ...courseAttributes]),
};

/** Does `tag` take this (element-specific) attribute? The form greys out what the chosen element ignores. */
export const supports = (tag, attribute) => supported[tag].has(attribute);

/**
 * The attributes as [name, value] pairs in snippet order; `true` stands for a boolean attribute. Defaults are
 * left out, so the snippet stays as short as the settings allow.
 * @param {EmbedSettings} settings
 * @returns {Array<[string, string | true]>}
 */
export function attributesFor(settings) {
  const tag = settings.element;
  const candidates = [
    ['feed', settings.feed || null],
    ['lang', settings.lang],
    ['informal', settings.informal || null],
    ['layout', settings.layout === 'list' ? 'list' : null],
    ['share', settings.share || null],
    ['filters', settings.filters || null],
    ['max-price', settings.maxPrice === null ? null : String(settings.maxPrice)],
    ['provider-types', settings.providerTypes.join(',') || null],
    ['link-params', settings.linkParams || null],
    ['style', styleFor(settings) || null],
  ];
  const shared = new Set(['feed', 'lang', 'informal', 'style']);
  return candidates.filter(([name, value]) => value !== null && (shared.has(name) || supports(tag, name)));
}

/** sRGB relative luminance of a #rrggbb colour (WCAG 2 definition). */
function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The inline style for the theming settings. With custom colours the element also gets the `color-scheme` that
 * suits its surface: the colours not set here (muted text, borders, text on the accent) then come from the
 * widget's matching light or dark palette instead of the page's.
 * @param {EmbedSettings} settings
 */
export function styleFor({ colors, radius }) {
  const declarations = [];
  if (colors) {
    declarations.push(
      `--rolefit-accent: ${colors.accent}`,
      `--rolefit-surface: ${colors.surface}`,
      `--rolefit-text: ${colors.text}`,
      `color-scheme: ${luminance(colors.surface) > 0.4 ? 'light' : 'dark'}`,
    );
  }
  if (radius !== null) declarations.push(`--rolefit-radius: ${radius}px`);
  return declarations.join('; ');
}

/** Escapes a value for a double-quoted HTML attribute. */
export const escapeAttribute = (value) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML a site owner pastes: the script tag and the element. Long tags put one attribute per line.
 * @param {EmbedSettings} settings
 * @param {string} bundleUrl - where rolefit.js is served from
 */
export function snippetFor(settings, bundleUrl) {
  const tag = settings.element;
  const attributes = attributesFor(settings).map(([name, value]) =>
    value === true ? name : `${name}="${escapeAttribute(value)}"`,
  );
  const oneLine = [tag, ...attributes].join(' ');
  const open = oneLine.length <= 72 ? oneLine : [tag, ...attributes].join('\n  ');
  return `<script type="module" src="${escapeAttribute(bundleUrl)}"></script>\n<${open}></${tag}>`;
}
