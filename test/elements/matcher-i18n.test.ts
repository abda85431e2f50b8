import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { RolefitMatcher } from '../../src/elements/matcher/rolefit-matcher.js';
import { answerAndContinue, createMatcher, ready, smallFeedUrl } from './matcher-support.js';
import { captureConsole, part, text } from '../support/dom.js';

const title = (el: RolefitMatcher) => text(el.shadowRoot!.querySelector('h2'));
const legend = (el: RolefitMatcher) => text(el.shadowRoot!.querySelector('legend'));
const progress = (el: RolefitMatcher) => text(el.shadowRoot!.querySelector('.progress span'));

describe('<rolefit-matcher> languages', () => {
  it('switches UI strings and feed texts when lang and informal change after render', async () => {
    const el = await ready(await createMatcher({ attributes: { lang: 'de' } }));
    expect(title(el)).to.equal('Welcher Job passt zu Ihnen?');
    expect(progress(el)).to.equal('Frage 1 von 2');
    expect(legend(el)).to.equal('Was machen Sie am liebsten?');
    expect(text(part(el, 'next'))).to.equal('Weiter');

    el.setAttribute('informal', '');
    await el.updateComplete;
    expect(title(el)).to.equal('Welcher Job passt zu dir?');
    expect(text(el.shadowRoot!.querySelector('.intro'))).to.contain('Beantworte 2 kurze Fragen');

    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(title(el)).to.equal('Which job suits you?');
    expect(progress(el)).to.equal('Question 1 of 2');
    expect(legend(el)).to.equal('What do you enjoy most?');
    expect(text(part(el, 'next'))).to.equal('Next');
    await expect(el).to.be.accessible();
  });

  it('words the result for "du" and names roles in the new language', async () => {
    const el = await ready(await createMatcher({ attributes: { lang: 'de', informal: true } }));
    await answerAndContinue(el, 'q1', 'code');
    await answerAndContinue(el, 'q2', 'lab');
    expect(text(part(el, 'result'))).to.contain('Weil du gesagt hast:');
    expect(text(part(el, 'result'))).to.contain('Dein Ergebnis');
    expect(el.result!.roles[0]!.name).to.equal('Macher');

    el.removeAttribute('informal');
    await el.updateComplete;
    expect(text(part(el, 'result'))).to.contain('Weil Sie gesagt haben:');

    el.lang = 'en';
    await el.updateComplete;
    expect(text(el.shadowRoot!.getElementById('result-heading'))).to.equal('Best fit: Maker');
    expect(el.result!.roles[0]!.name).to.equal('Maker');
    await expect(el).to.be.accessible();
  });

  it('takes the nearest lang up the tree, and falls back to English for unknown UI languages', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="de-AT">
        <rolefit-matcher loading="eager" feed=${smallFeedUrl}></rolefit-matcher>
      </div>`,
    );
    const el = await ready(wrapper.querySelector('rolefit-matcher')!);
    expect(title(el)).to.equal('Welcher Job passt zu Ihnen?');

    const warnings = captureConsole('warn');
    try {
      wrapper.lang = 'fr';
      el.requestUpdate();
      await el.updateComplete;
      expect(title(el)).to.equal('Which job suits you?');
      expect(warnings.texts('warn').some((message) => message.includes('lang "fr"'))).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('applies partial string overrides', async () => {
    const el = await ready(await createMatcher({ attributes: { lang: 'en' } }));
    el.strings = { title: 'Find your job', next: 'Onwards' };
    await el.updateComplete;
    expect(title(el)).to.equal('Find your job');
    expect(text(part(el, 'next'))).to.equal('Onwards');
    expect(progress(el)).to.equal('Question 1 of 2');
    await expect(el).to.be.accessible();
  });
});
