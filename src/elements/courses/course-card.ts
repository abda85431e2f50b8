/** One course as a card: title link, provider, facts, price and funding badges. */
import { html, nothing, type TemplateResult } from 'lit';
import { withLinkParams } from '../../courses/link-params.js';
import type { Course, Provider, Text } from '../../feed/schema.js';
import type { CoursesStrings } from '../../i18n/courses-strings.js';
import { formatDate, formatLanguage, formatNumber, formatPrice } from '../../i18n/format.js';
import { fill, type UiLang } from '../../i18n/strings.js';
import { formatLabel, fundingLabel, plural, providerTypeLabel } from './labels.js';

export interface CardContext {
  providers: ReadonlyMap<string, Provider>;
  t: CoursesStrings;
  ui: UiLang;
  /** A feed text in the reader's language. */
  text: (value: Text | undefined) => string;
  linkParams: string | undefined;
  linkTarget: string | undefined;
  onLinkClick: (event: MouseEvent) => void;
}

/** One course and what its card needs to show it. */
export interface CardView extends CardContext {
  course: Course;
}

function facts({ course, t, ui, text }: CardView): string[] {
  const list = [formatLabel(t, course.format)];
  if (course.start) list.push(fill(t.start, { date: formatDate(ui, course.start) }));
  // Hours and weeks make one fact.
  const time: string[] = [];
  if (course.hours !== undefined) time.push(fill(t.hours, { n: formatNumber(ui, course.hours) }));
  if (course.weeks !== undefined) time.push(plural({ one: t.weeksOne, other: t.weeksOther }, course.weeks, ui));
  const duration = time.join(' · ');
  if (duration) list.push(duration);
  if (course.location) list.push(text(course.location));
  if (course.level) list.push(course.level === 'beginner' ? t.levelBeginner : t.levelAdvanced);
  if (course.certificate) list.push(text(course.certificate));
  if (course.language && course.language.split('-')[0] !== ui) {
    list.push(fill(t.courseLanguage, { language: formatLanguage(ui, course.language) }));
  }
  return list;
}

export function renderCourseCard(view: CardView): TemplateResult {
  const { course, t, ui, text } = view;
  const provider = view.providers.get(course.provider)!;
  const href = withLinkParams(course.url, view.linkParams);
  const topics = (course.topics ?? []).map(text);
  const badgeList = (course.funding ?? []).map((value) => fundingLabel(t, value));
  if (course.zfu) badgeList.push(fill(t.zfu, { number: course.zfu }));
  return html`<article part="course" class="card course">
    <h3 part="course-title" class="title">
      <a
        part="course-link"
        href=${href}
        rel="noopener"
        target=${view.linkTarget || nothing}
        data-course-id=${course.id}
        @click=${view.onLinkClick}
        >${text(course.title)}</a
      >
    </h3>
    <p part="provider" class="provider">
      ${text(provider.name)} <span class="muted">· ${providerTypeLabel(t, provider.type)}</span>
    </p>
    <ul class="facts" role="list">
      ${facts(view).map((fact) => html`<li>${fact}</li>`)}
    </ul>
    ${topics.length ? html`<p class="topics muted">${topics.join(' · ')}</p>` : nothing}
    ${
      badgeList.length
        ? html`<ul part="badges" class="badges" role="list">
            ${badgeList.map((badge) => html`<li>${badge}</li>`)}
          </ul>`
        : nothing
    }
    <p part="price" class="price">
      ${course.price ? formatPrice(ui, course.price.amount, course.price.currency) : t.priceOnRequest}
    </p>
  </article>`;
}
