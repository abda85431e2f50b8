import { html, nothing, type TemplateResult } from 'lit';
import type { Question, Text } from '../../feed/schema.js';

/** Selector of a question's legend: the focus target when that question comes into view or is still open. */
export const legendSelector = (questionId: string): string => `#q-${questionId}-legend`;

export interface QuestionView {
  question: Question;
  /** A feed text in the reader's language. */
  text: (value: Text | undefined) => string;
  /** The text to show when the reader tried to finish with this question open; undefined otherwise. */
  missing: string | undefined;
  onChoose: (questionId: string, optionId: string) => void;
}

/**
 * One question as a native radio group: arrow keys, Space and form semantics come from the browser. The legend
 * takes focus (tabindex=-1) when the question is stepped to, so screen readers read the question first. Which
 * radio is checked, `<rolefit-matcher>` sets after each render (`syncControls`).
 */
export function renderQuestion(view: QuestionView): TemplateResult {
  const { question, text, missing, onChoose } = view;
  const id = `q-${question.id}`;
  const hint = text(question.hint);
  const describedBy = [hint && `${id}-hint`, missing && `${id}-missing`].filter(Boolean).join(' ');
  return html`<fieldset part="question" class="question" aria-describedby=${describedBy || nothing}>
    <legend id="${id}-legend" tabindex="-1">${text(question.text)}</legend>
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
            <span>${text(option.label)}</span>
          </label>`,
      )}
    </div>
  </fieldset>`;
}
