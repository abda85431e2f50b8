import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import type { RolefitMatcher } from '../../src/elements/matcher/rolefit-matcher.js';
import type { FeedErrorDetail } from '../../src/feed/errors.js';
import { captureConsole, fixtureJson, hits, part, text, uniqueKey } from '../support/dom.js';
import { createMatcher, hasPart, radio, ready, recordEvents, smallFeedUrl } from './matcher-support.js';

describe('<rolefit-matcher> loading and errors', () => {
  it('reserves the height of a question step while loading, and is accessible', async () => {
    const el = await createMatcher({ attributes: { feed: `/faulty/hang/${uniqueKey('hang')}`, lang: 'en' } });
    const skeleton = part(el, 'skeleton')!;
    expect(skeleton.getAttribute('role')).to.equal('status');
    expect(text(skeleton)).to.equal('Loading …');
    expect(el.getBoundingClientRect().height).to.be.at.least(parseFloat(getComputedStyle(el).fontSize) * 20);
    await expect(el).to.be.accessible();
    el.feed = smallFeedUrl; // stops waiting for the hanging request
  });

  it('fetches nothing until a lazy element comes near the viewport', async () => {
    const key = uniqueKey('lazy');
    const el = await createMatcher({ attributes: { loading: 'lazy', feed: `/faulty/feed/small/${key}` } });
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    el.before(spacer);
    await nextFrame();
    await nextFrame();
    expect(await hits(key)).to.equal(0);
    expect(hasPart(el, 'skeleton')).to.equal(true);

    el.scrollIntoView();
    await ready(el);
    expect(await hits(key)).to.equal(1);
    window.scrollTo(0, 0);
    await expect(el).to.be.accessible();
  });

  it('shows the error, fires rolefit-error, and asks again on retry', async () => {
    const key = uniqueKey('missing');
    const errors: CustomEvent<FeedErrorDetail>[] = [];
    document.addEventListener('rolefit-error', (event) => errors.push(event as CustomEvent<FeedErrorDetail>), {
      once: true,
    });
    const output = captureConsole('error');
    try {
      const el = await createMatcher({ attributes: { feed: `/faulty/status/404/${key}`, lang: 'en' } });
      await waitUntil(() => part(el, 'error'), 'no error shown');
      const detail = errors[0]!.detail;
      expect(detail).to.deep.equal({
        kind: 'http',
        message: detail.message,
        url: new URL(`/faulty/status/404/${key}`, location.href).href,
        status: 404,
      });
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      await expect(el).to.be.accessible();

      part(el, 'error')!.querySelector('button')!.click();
      await waitUntil(async () => (await hits(key)) === 2, 'retry did not ask again');
      await waitUntil(() => part(el, 'error'), 'no error shown after retry');
    } finally {
      output.restore();
    }
  });

  it('applies answers set before the feed is loaded', async () => {
    const el = document.createElement('rolefit-matcher') as RolefitMatcher;
    el.answers = { q1: 'people' };
    el.setAttribute('loading', 'eager');
    el.setAttribute('feed', smallFeedUrl);
    el.setAttribute('lang', 'en');
    document.body.append(el);
    try {
      await ready(el);
      expect(el.answers).to.deep.equal({ q1: 'people' });
      expect(text(el.shadowRoot!.querySelector('.progress span'))).to.equal('Question 2 of 2');
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('drops answers that no longer fit when the feed changes', async () => {
    const small = await fixtureJson(smallFeedUrl);
    const el = await ready(await createMatcher({ data: small, attributes: { lang: 'en' } }));
    radio(el, 'q1', 'numbers').click();
    await el.updateComplete;
    part(el, 'next')!.click();
    await el.updateComplete;
    radio(el, 'q2', 'desk').click();
    await el.updateComplete;

    const changed = await fixtureJson(smallFeedUrl);
    changed.questions[1].options = changed.questions[1].options.filter(
      (option: { id: string }) => option.id !== 'desk',
    );
    const output = captureConsole('warn');
    el.data = changed;
    await el.updateComplete;
    output.restore();
    expect(el.answers).to.deep.equal({ q1: 'numbers' });
    expect(radio(el, 'q2', 'lab').checked).to.equal(false);
    expect(text(el.shadowRoot!.querySelector('.progress span'))).to.equal('Question 2 of 2');
    await expect(el).to.be.accessible();
  });

  it('leaves the result when a new feed no longer answers every question', async () => {
    const el = await ready(await createMatcher({ attributes: { lang: 'en' } }));
    const events = recordEvents(el, 'rolefit-match');
    radio(el, 'q1', 'code').click();
    await el.updateComplete;
    part(el, 'next')!.click();
    await el.updateComplete;
    radio(el, 'q2', 'lab').click();
    await el.updateComplete;
    part(el, 'submit')!.click();
    await el.updateComplete;
    expect(events).to.have.length(1);

    const output = captureConsole('warn');
    el.data = await fixtureJson('/test/fixtures/five-roles.json');
    await el.updateComplete;
    output.restore();
    expect(el.result).to.equal(null);
    expect(el.answers).to.deep.equal({});
    expect(text(el.shadowRoot!.querySelector('legend'))).to.equal('What do you like to make?');
    await expect(el).to.be.accessible();
  });
});
