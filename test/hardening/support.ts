/**
 * Shared by the hardening tests on top of test/support/dom.ts: registers the elements as the bundle does, answers
 * a quiz, and lets what a payload might schedule run.
 */
import { waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { part, parts } from '../support/dom.js';

/** Answers every question of the matcher (the first option each, or the given ones) and shows the result. */
export async function finishQuiz(matcher: HTMLElementTagNameMap['rolefit-matcher'], pick = 0): Promise<void> {
  for (let guard = 0; guard < 50 && !part(matcher, 'result'); guard++) {
    await waitUntil(() => part(matcher, 'question'), 'the matcher shows no question');
    for (const fieldset of parts(matcher, 'question')) {
      const radios = fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]');
      if (![...radios].some((radio) => radio.checked)) radios[Math.min(pick, radios.length - 1)]!.click();
    }
    await matcher.updateComplete;
    matcher.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next"], [part~="submit"]')!.click();
    await matcher.updateComplete;
  }
}

/** Lets pending tasks run (image errors, timers a payload might schedule) before checking that nothing ran. */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 150));
