import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Question } from '../../feed/schema.js';
import { localize } from '../../feed/text.js';

/** Selector of a question's legend: the focus target when that question comes into view or is still open. */
export const legendSelector = (questionId: string): string => `#q-${questionId}-legend`;

export interface QuestionView {
  question: Question;
  /** Language for feed texts, and the feed's own language. */
  lang: string;
  feedLang: string;
  /** Text to show when the reader tried to finish with this question open; undefined otherwise. */
  missing: string | undefined;
  onChoose: (questionId: string, optionId: string) => void;
}

/**
 * One question as a native radio group: arrow keys, Space and form semantics come from the browser. The legend
 * takes focus (tabindex=-1) when the question is stepped to, so screen readers read the question first. Which
 * radio is checked, `<rolefit-matcher>` sets after each render (`syncControls`).
 */
export function renderQuestion({ question, lang, feedLang, missing, onChoose }: QuestionView): TemplateResult {
  const id = `q-${question.id}`;
  const hint = localize(question.hint, lang, feedLang);
  const describedBy = [hint && `${id}-hint`, missing && `${id}-missing`].filter(Boolean).join(' ');
  return html`<fieldset part="question" class="question" aria-describedby=${ifDefined(describedBy || undefined)}>
    <legend id="${id}-legend" tabindex="-1">${localize(question.text, lang, feedLang)}</legend>
    ${hint ? html`<p class="hint muted" id="${id}-hint">${hint}</p>` : nothing}
    ${missing ? html`<p class="missing" id="${id}-missing">${missing}</p>` : nothing}
    <div class="options">
      ${question.options.map(
        (option) =>
          html`<label part="option" class="option">
            <input
              type="radio"
              name=${question.id}
              value=${option.id}
              @change=${() => onChoose(question.id, option.id)}
            />
            <span>${localize(option.label, lang, feedLang)}</span>
          </label>`,
      )}
    </div>
  </fieldset>`;
}
