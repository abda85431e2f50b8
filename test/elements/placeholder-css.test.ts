import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';

// Issue #19: before rolefit.js has run, the tags are unknown inline elements 0 px tall, and the page jumps when they
// are defined. The `:not(:defined)` rules of demo/placeholder.css (the same as the configurator's snippet) must give
// each element the height of the loading placeholder it shows once defined, in every engine. So this file does not
// import the elements: it measures them undefined first, then registers them.

const tags = ['rolefit-matcher', 'rolefit-advisor', 'rolefit-courses'];

/** Narrower and wider than 30em (480 px here), where the quiz's step height changes, plus a page's own values. */
const settings = [
  { width: 300, style: '' },
  { width: 800, style: '' },
  // A short step height and a wide gap: the placeholder's own bars and padding set its height, not the step height.
  { width: 300, style: 'font-size: 13px; --rolefit-step-height: 20em; --rolefit-gap: 2em' },
  { width: 800, style: 'font-size: 13px; --rolefit-step-height: 20em; --rolefit-gap: 2em' },
];

async function addPlaceholderCss(): Promise<void> {
  const style = document.createElement('style');
  style.textContent = await (await fetch('/demo/placeholder.css')).text();
  document.head.append(style);
}

describe('demo/placeholder.css', () => {
  it('gives every element its placeholder height before it is defined, narrow and wide', async () => {
    await addPlaceholderCss();
    // A feed that never answers keeps each element on its placeholder once defined.
    const feed = `/faulty/hang/placeholder-css-${Math.random().toString(36).slice(2)}`;
    const elements = settings.flatMap(({ width, style }) =>
      tags.map((tag) => {
        const box = document.createElement('div');
        box.style.cssText = `width: ${width}px; ${style}`;
        const element = document.createElement(tag);
        element.setAttribute('feed', feed);
        element.setAttribute('loading', 'eager');
        box.append(element);
        document.body.append(box);
        return element;
      }),
    );
    expect(elements.filter((element) => element.matches(':defined'))).to.deep.equal([]);
    const before = elements.map((element) => element.getBoundingClientRect().height);

    await import('../../src/define.js');
    await Promise.all(elements.map((element) => (element as LitElement).updateComplete));

    const after = elements.map((element) => {
      expect(element.shadowRoot!.querySelector('[part~="skeleton"]'), element.localName).to.exist;
      return element.getBoundingClientRect().height;
    });
    const described = elements.map((element, index) => {
      const { width, style } = settings[Math.floor(index / tags.length)]!;
      return `${element.localName} at ${width}px${style ? ` (${style})` : ''}`;
    });
    // Rounded to whole pixels: the engines round the em-based heights differently by a fraction.
    expect(before.map((height, index) => `${described[index]}: ${Math.round(height)}`)).to.deep.equal(
      after.map((height, index) => `${described[index]}: ${Math.round(height)}`),
    );
    await expect(elements[0]).to.be.accessible();
  });
});
