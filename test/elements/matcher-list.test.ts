import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMatcher, exists, focusedName, hasPart, radio, ready, recordEvents } from './matcher-support.js';
import { captureConsole, part, parts, text } from '../support/dom.js';

describe('<rolefit-matcher layout="list">', () => {
  it('shows every question and counts the answers', async () => {
    const el = await ready(await createMatcher({ attributes: { layout: 'list', lang: 'en' } }));
    expect(parts(el, 'question')).to.have.length(2);
    expect(hasPart(el, 'next')).to.equal(false);
    expect(hasPart(el, 'back')).to.equal(false);
    expect(text(el.shadowRoot!.querySelector('.progress span'))).to.equal('0 of 2 questions answered');
    await expect(el).to.be.accessible();

    radio(el, 'q2', 'stage').click();
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('.progress span'))).to.equal('1 of 2 questions answered');
    expect((part(el, 'progress') as HTMLProgressElement).value).to.equal(1);
  });

  it('sends the reader to the first open question when submitted early, and says what is missing', async () => {
    const el = await ready(await createMatcher({ attributes: { layout: 'list', lang: 'en' } }));
    const events = recordEvents(el, 'rolefit-match');
    radio(el, 'q2', 'stage').click();
    await el.updateComplete;
    expect((part(el, 'submit') as HTMLButtonElement).disabled).to.equal(false);

    part(el, 'submit')!.click();
    await el.updateComplete;
    expect(events).to.deep.equal([]);
    expect(focusedName(el)).to.equal('#q-q1-legend');
    expect(text(el.shadowRoot!.querySelector('.actions [role="status"]'))).to.equal(
      'Please answer every question. Still open: 1.',
    );
    const [first, second] = parts(el, 'question');
    expect(first!.getAttribute('aria-describedby')).to.equal('q-q1-missing');
    expect(text(el.shadowRoot!.getElementById('q-q1-missing'))).to.equal('Please choose an answer.');
    expect(second!.getAttribute('aria-describedby')).to.equal('q-q2-hint');
    await expect(el).to.be.accessible();

    radio(el, 'q1', 'people').click();
    await el.updateComplete;
    expect(exists(el, '#q-q1-missing')).to.equal(false);
    expect(text(el.shadowRoot!.querySelector('.actions [role="status"]'))).to.equal('');
    part(el, 'submit')!.click();
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect(el.result!.top).to.equal('host');
    expect(focusedName(el)).to.equal('#result-heading');
  });

  it('can be completed with the keyboard alone', async () => {
    const el = await createMatcher({ attributes: { layout: 'list', lang: 'en' } });
    const before = document.createElement('button');
    before.textContent = 'Before the quiz';
    el.before(before);
    const events = recordEvents(el, 'rolefit-answer', 'rolefit-match');
    await ready(el);
    before.focus();

    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    expect(focusedName(el)).to.equal('radio:q2=desk');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(focusedName(el)).to.equal('part:submit');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;

    expect(events.map((event) => event.type)).to.deep.equal(['rolefit-answer', 'rolefit-answer', 'rolefit-match']);
    expect(el.answers).to.deep.equal({ q1: 'numbers', q2: 'lab' });
    expect(focusedName(el)).to.equal('#result-heading');
    before.remove();
    await expect(el).to.be.accessible();
  });

  it('falls back to steps with one warning for an unknown layout', async () => {
    const warnings = captureConsole('warn');
    try {
      const el = await ready(await createMatcher({ attributes: { layout: 'grid' } }));
      el.requestUpdate();
      await el.updateComplete;
      expect(parts(el, 'question')).to.have.length(1);
      expect(hasPart(el, 'next')).to.equal(true);
      expect(warnings.texts('warn').filter((message) => message.includes('layout="grid"'))).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });
});
