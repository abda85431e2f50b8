/**
 * A translated text lacking a language that other translated texts have falls back to another language in the
 * widget, so a German page suddenly shows English. Plain strings are single-language on purpose and not checked.
 */
import type { Feed, Text } from '../../feed/schema.js';
import { skillName } from '../../feed/skills.js';
import { label, type LintRule, type LintWarning } from './types.js';

interface ItemTexts {
  item: string;
  /** Field name (as in the feed) → text. */
  texts: [string, Text | undefined][];
}

const listed = (name: string, texts: Text[] | undefined): [string, Text][] =>
  (texts ?? []).map((text, index) => [`${name}[${index}]`, text]);

function itemsWithTexts(feed: Feed): ItemTexts[] {
  return [
    { item: 'feed', texts: [['notice', feed.notice]] },
    ...feed.roles.map((role) => ({
      item: label('role', role.id),
      texts: [
        ['name', role.name],
        ['summary', role.summary],
        ...listed('tasks', role.tasks),
        ...listed('skills', role.skills?.map(skillName)),
      ] as [string, Text][],
    })),
    ...feed.questions.map((question) => ({
      item: label('question', question.id),
      texts: [
        ['text', question.text],
        ['hint', question.hint],
        ...question.options.map((option, index): [string, Text] => [`options[${index}].label`, option.label]),
      ] as [string, Text | undefined][],
    })),
    ...feed.providers.map((provider) => ({
      item: label('provider', provider.id),
      texts: [['name', provider.name]] as [string, Text][],
    })),
    ...feed.courses.map((course) => ({
      item: label('course', course.id),
      texts: [
        ['title', course.title],
        ['location', course.location],
        ['certificate', course.certificate],
        ...listed('topics', course.topics),
      ] as [string, Text | undefined][],
    })),
  ];
}

const isTranslated = (text: Text | undefined): text is Record<string, string> => typeof text === 'object';

export const missingTranslation: LintRule = ({ feed }) => {
  const items = itemsWithTexts(feed);
  const all = new Set<string>();
  for (const { texts } of items)
    for (const [, text] of texts) if (isTranslated(text)) Object.keys(text).forEach((lang) => all.add(lang));
  if (all.size < 2) return [];
  const warnings: LintWarning[] = [];
  for (const { item, texts } of items) {
    const fieldsByMissingLang = new Map<string, string[]>();
    for (const [field, text] of texts) {
      if (!isTranslated(text)) continue;
      for (const lang of all)
        if (!Object.hasOwn(text, lang))
          fieldsByMissingLang.set(lang, [...(fieldsByMissingLang.get(lang) ?? []), field]);
    }
    if (!fieldsByMissingLang.size) continue;
    const gaps = [...fieldsByMissingLang].map(([lang, fields]) => `no "${lang}" text for ${fields.join(', ')}`);
    warnings.push({
      rule: 'missing-translation',
      item,
      message: `${gaps.join('; ')} (other texts in the feed have ${[...all].map((lang) => `"${lang}"`).join(', ')})`,
      fix: `write these texts as translations, e.g. {${[...all].map((lang) => `"${lang}": "…"`).join(', ')}}`,
    });
  }
  return warnings;
};
