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
 * Each element's loading placeholder as the elements' own styles draw it (src/elements/shared/styles.ts and the
 * element's renderSkeleton()): `--rolefit-step-height` (30em; 45em in containers narrower than 30em) for the quiz
 * and the advisor, three 11em cards for the course list, each at least as high as its bars, gaps and padding
 * (`--rolefit-gap`, 1em) and 1px borders. The quiz layout (`steps` or `list`) does not change the placeholder.
 */
const placeholderFloors = {
  'rolefit-matcher': 'calc(17.25em + 7.25 * var(--rolefit-gap, 1em) + 2px)',
  'rolefit-advisor': 'calc(7.5em + 5.75 * var(--rolefit-gap, 1em) + 2px)',
};
const courseListHeight =
  'calc(3 * max(11em, 5em + 4.25 * var(--rolefit-gap, 1em) + 2px) + 2 * var(--rolefit-gap, 1em))';

/**
 * The CSS that gives `tag` its placeholder's height before rolefit.js has run, when the browser still treats it
 * as an unknown inline element 0 px tall: without it, everything below jumps once the element is defined. The
 * quiz's height depends on the element's own width, so a `::before` inside the element, with the element as its
 * container, carries it (a container query cannot size the container itself).
 * @param {Tag} tag
 */
export function placeholderCss(tag) {
  const waiting = `${tag}:not(:defined, [hidden])`;
  if (tag === 'rolefit-courses') return `${waiting} {\n  display: block;\n  min-height: ${courseListHeight};\n}`;
  return [
    `${waiting} {\n  display: block;\n  container-type: inline-size;\n}`,
    `${waiting}::before {\n  content: '';\n  display: block;\n  height: var(--rolefit-step-height, 30em);` +
      `\n  min-height: ${placeholderFloors[tag]};\n}`,
    `@container (max-width: 30em) {\n  ${waiting}::before {\n    height: var(--rolefit-step-height, 45em);\n  }\n}`,
  ].join('\n');
}

/**
 * The snippet's `<style>` element with `placeholderCss(tag)`.
 * @param {Tag} tag
 */
export const placeholderStyle = (tag) => `<style>\n${placeholderCss(tag).replace(/^/gm, '  ')}\n</style>`;

/**
 * The HTML a site owner pastes: the placeholder's CSS, the script tag and the element. Long tags put one
 * attribute per line.
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
  return `${placeholderStyle(tag)}\n<script type="module" src="${escapeAttribute(bundleUrl)}"></script>\n<${open}></${tag}>`;
}
