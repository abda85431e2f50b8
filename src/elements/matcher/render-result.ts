import { html, nothing, type TemplateResult } from 'lit';
import type { Feed, Text } from '../../feed/schema.js';
import { skillName } from '../../feed/skills.js';
import { formatPercent } from '../../i18n/format.js';
import type { MatcherStrings } from '../../i18n/matcher-strings.js';
import { fill, type UiLang } from '../../i18n/strings.js';
import type { MatchResult, RoleFit } from '../../match/types.js';

/** The runner-up is named when it trails the top role by at most this many percentage points (as displayed). */
const closeRunnerUpPoints = 10;

export const resultHeadingId = 'result-heading';
export const shareLinkSelector = 'input.share-link';

export type CopyState = 'idle' | 'copied' | 'manual';

export interface ResultView {
  feed: Feed;
  result: MatchResult;
  t: MatcherStrings;
  /** A feed text in the reader's language. */
  text: (value: Text | undefined) => string;
  ui: UiLang;
  /** Share controls; undefined when the `share` attribute is off. */
  share: { state: CopyState; link: string; onCopy: () => void } | undefined;
  onRestart: () => void;
}

/** The second role when it is close to the top one (a result always has a top role: the feed has one). */
function closeRunnerUp([top, second]: readonly RoleFit[]): RoleFit | undefined {
  const points = (fit: RoleFit) => Math.round(fit.score * 100);
  return second && points(top!) - points(second) <= closeRunnerUpPoints ? second : undefined;
}

interface ListView {
  heading: string;
  items: readonly Text[] | undefined;
  text: ResultView['text'];
}

function renderList({ heading, items, text }: ListView): TemplateResult | typeof nothing {
  if (!items?.length) return nothing;
  return html`<h3>${heading}</h3>
    <ul>
      ${items.map((item) => html`<li>${text(item)}</li>`)}
    </ul>`;
}

/**
 * Every role's fit as a CSS bar with its percentage as text, so the chart reads without colour. The bar's width
 * is set through the `style` property (CSSOM), which a strict `style-src` CSP allows, unlike a style attribute.
 */
function renderFits({ result, t, ui }: ResultView): TemplateResult {
  return html`<h3>${t.fitHeading}</h3>
    <ul class="fits">
      ${result.roles.map(
        (role) =>
          html`<li part="role" class=${role.id === result.top ? 'fit top' : 'fit'}>
            <span class="fit-name">${role.name}</span>
            <span class="fit-bar" aria-hidden="true"><span .style=${`--fit:${role.score}`}></span></span>
            <span class="fit-value">${formatPercent(ui, role.score)}</span>
          </li>`,
      )}
    </ul>`;
}

function renderReasons({ feed, result, t, text }: ResultView): TemplateResult | typeof nothing {
  if (!result.reasons.length) return nothing;
  return html`<h3>${t.because}</h3>
    <ul class="reasons">
      ${result.reasons.map(({ questionId, optionId }) => {
        const question = feed.questions.find((candidate) => candidate.id === questionId)!;
        const option = question.options.find((candidate) => candidate.id === optionId)!;
        return html`<li>${text(question.text)} — ${text(option.label)}</li>`;
      })}
    </ul>`;
}

function renderShare({ share, t }: ResultView): TemplateResult | typeof nothing {
  if (!share) return nothing;
  return html`<button type="button" part="share" @click=${share.onCopy}>${t.copyLink}</button>
    <span class="copy-status" role="status">${share.state === 'copied' ? t.linkCopied : ''}</span>
    ${
      share.state === 'manual'
        ? html`<label class="share-field"
            >${t.linkLabel}<input class="share-link" type="url" readonly .value=${share.link}
          /></label>`
        : nothing
    }`;
}

/** The result: the top role explained, every role's fit, the reasons, and the way back to the start. */
export function renderResult(view: ResultView): TemplateResult {
  const { feed, result, t, text, ui } = view;
  const role = feed.roles.find((candidate) => candidate.id === result.top)!;
  const topName = result.roles[0]!.name;
  const runnerUp = closeRunnerUp(result.roles);
  return html`<section part="result" class="card result" aria-labelledby=${resultHeadingId}>
    <p class="eyebrow muted">${t.resultEyebrow}</p>
    <h2 id=${resultHeadingId} tabindex="-1">${fill(t.resultHeading, { role: topName })}</h2>
    <p class="summary">${text(role.summary)}</p>
    ${renderList({ heading: t.tasks, items: role.tasks, text })}
    ${renderList({ heading: t.skills, items: role.skills?.map(skillName), text })}
    ${
      runnerUp
        ? html`<p class="runner-up">
            ${fill(t.runnerUp, { role: runnerUp.name, percent: formatPercent(ui, runnerUp.score) })}
          </p>`
        : nothing
    }
    ${renderFits(view)} ${renderReasons(view)}
    <p class="disclaimer muted">${t.disclaimer}</p>
    <div class="actions">
      ${renderShare(view)}
      <button type="button" part="restart" class="restart" @click=${view.onRestart}>${t.restart}</button>
    </div>
  </section>`;
}
