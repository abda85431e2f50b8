// The floor for the course list: fetch the JSON, filter by role, format and maximum price, show the count and
// the first 10 matches as cards. A plain custom element so a page drives it with the same attributes as
// <rolefit-courses> (for-role, formats, max-price), plus format checkboxes a reader ticks. No framework.

const shownCourses = 10;
const formatNames = { online: 'Online', onsite: 'Vor Ort', blended: 'Blended' };
const count = new Intl.NumberFormat('de');
const prices = new Map();
const german = (text) => (typeof text === 'string' ? text : (text.de ?? Object.values(text)[0]));

function price(amount, currency) {
  if (!prices.has(currency)) prices.set(currency, new Intl.NumberFormat('de', { style: 'currency', currency }));
  return prices.get(currency).format(amount);
}

function element(tag, properties = {}, ...children) {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

function card(course, provider) {
  const link = element('a', { href: course.url, rel: 'noopener', textContent: german(course.title) });
  return element(
    'li',
    {},
    element(
      'article',
      { className: 'course' },
      element('h3', {}, link),
      element('p', { textContent: german(provider.name) }),
      element('p', { textContent: [formatNames[course.format], course.start].filter(Boolean).join(' · ') }),
      element('p', {
        textContent: course.price ? price(course.price.amount, course.price.currency) : 'Preis auf Anfrage',
      }),
    ),
  );
}

class VanillaCourses extends HTMLElement {
  static observedAttributes = ['for-role', 'formats', 'max-price'];

  #feed;
  #providers;
  #pending = false;
  #boxes = Object.keys(formatNames).map((format) =>
    element('input', { type: 'checkbox', name: 'format', value: format, onchange: () => this.#schedule() }),
  );
  #count = element('p', { className: 'count', role: 'status' });
  #list = element('ul', { className: 'list' });

  async connectedCallback() {
    const legend = element('legend', { textContent: 'Format' });
    const options = this.#boxes.map((box) => element('label', {}, box, formatNames[box.value]));
    this.replaceChildren(element('form', {}, element('fieldset', {}, legend, ...options)), this.#count, this.#list);
    this.#feed = await (await fetch(this.getAttribute('feed'))).json();
    this.#providers = new Map(this.#feed.providers.map((provider) => [provider.id, provider]));
    this.#render();
  }

  attributeChangedCallback(name, old, value) {
    if (name === 'formats') {
      const ticked = new Set((value ?? '').split(',').filter(Boolean));
      for (const box of this.#boxes) box.checked = ticked.has(box.value);
    }
    this.#schedule();
  }

  /** Several attribute changes in one task render once, as Lit's batching does. */
  #schedule() {
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      if (this.#feed) this.#render();
    });
  }

  #render() {
    const role = this.getAttribute('for-role');
    const formats = new Set(this.#boxes.filter((box) => box.checked).map((box) => box.value));
    const maxPrice = this.hasAttribute('max-price') ? Number(this.getAttribute('max-price')) : null;
    const matches = this.#feed.courses.filter(
      (course) =>
        (!role || course.roles.includes(role)) &&
        (!formats.size || formats.has(course.format)) &&
        (maxPrice === null || (course.price !== undefined && course.price.amount <= maxPrice)),
    );
    this.#count.textContent = `${count.format(matches.length)} ${matches.length === 1 ? 'Kurs' : 'Kurse'}`;
    this.#list.replaceChildren(
      ...matches.slice(0, shownCourses).map((course) => card(course, this.#providers.get(course.provider))),
    );
  }
}

customElements.define('vanilla-courses', VanillaCourses);
