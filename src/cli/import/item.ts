/** What every importer hands the shared import: one course as read, before it gets its id, roles and provider. */
import type { Text } from '../../feed/schema.js';

export interface SourceProvider {
  name: string;
  url?: string;
}

export interface ImportItem {
  /** Where the item is, for messages: `page 2, item 5` or `kurse.html, block 1, item 3`. */
  where: string;
  /** The source's own id for the course (MOOChub `id`, schema.org `@id`, `identifier` or url). */
  sourceId?: string;
  /** Course fields already in feed form (title, url, format, price, …); no id, roles or provider. */
  course: Record<string, unknown>;
  provider?: SourceProvider;
  /** Occupation codes the source gives (ISCO-08, KldB 2010, O*NET-SOC, BA ids), for `--roles` and role codes. */
  occupationCodes: string[];
  /** Text that role keywords are matched against: the title in every language. */
  keywordText: string;
  /** Something the reader should know although the item is usable (a second price, an unknown course mode). */
  notes: string[];
}

/** A list of names in several languages, as MOOChub and schema.org give them, as a feed Text. */
export function textOf(value: unknown): Text | undefined {
  if (typeof value === 'string') return value.trim() ? value.trim() : undefined;
  if (!Array.isArray(value)) return undefined;
  const translations: Record<string, string> = {};
  for (const entry of value.slice(0, 20)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { inLanguage, name } = entry as { inLanguage?: unknown; name?: unknown };
    if (typeof inLanguage === 'string' && typeof name === 'string' && name.trim())
      translations[inLanguage.toLowerCase()] ??= name.trim();
  }
  const languages = Object.keys(translations);
  if (!languages.length) return undefined;
  return translations;
}

/** `value` if it is a list, else a list of the value (JSON-LD and MOOChub allow both), at most `max` entries. */
export function listOf(value: unknown, max = 100): unknown[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).slice(0, max);
}

/** The date part of an ISO 8601 date or date-time ("2027-03-01T08:00:00Z" → "2027-03-01"). */
export function datePart(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? value;
}

/**
 * Hours or weeks from an ISO 8601 duration: "PT40H" → { hours: 40 }, "P6W" → { weeks: 6 }; days count when they
 * make whole weeks ("P14D"), months as 52/12 weeks each ("P3M" → 13). Anything else gives nothing.
 */
export function durationFields(value: unknown): { hours?: number; weeks?: number } {
  if (typeof value !== 'string') return {};
  const hours = /^PT(\d+(?:\.\d+)?)H$/i.exec(value);
  if (hours) return { hours: Number(hours[1]) };
  const weeks = /^P(\d+)W$/i.exec(value);
  if (weeks) return { weeks: Number(weeks[1]) };
  const days = /^P(\d+)D$/i.exec(value);
  if (days && Number(days[1]) % 7 === 0) return { weeks: Number(days[1]) / 7 };
  const months = /^P(\d+)M$/i.exec(value);
  return months ? { weeks: Math.round((Number(months[1]) * 52) / 12) } : {};
}

/** A text's plain form, for keyword matching. */
export const plainTexts = (text: Text | undefined): string[] =>
  text === undefined ? [] : typeof text === 'string' ? [text] : Object.values(text);
