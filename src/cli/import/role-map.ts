/**
 * Which feed roles an imported course is for: `--roles <map.json>` maps source occupation codes (KldB 2010,
 * ISCO-08, O*NET-SOC, BA occupation ids) and title keywords to role ids; a code the source gives that a feed role
 * carries in its `codes` matches that role; `--role <id>` is the role for everything else.
 */
import type { Feed } from '../../feed/schema.js';
import { shorten } from '../../feed/problems.js';
import { CliError } from '../errors.js';
import { readJsonSource } from '../feed-source.js';
import type { ImportItem } from './item.js';

/** Entries a map file may have: more is not a map a person wrote. */
const maxMapEntries = 10_000;

export interface RoleMap {
  /** Code → role ids. */
  codes: Map<string, string[]>;
  /** Lower-case keyword → role ids, in the file's order. */
  keywords: [string, string[]][];
  /** For courses nothing else matches. */
  fallback?: string;
}

const isCode = (key: string): boolean => /^[\d.-]+$/.test(key);

function roleIds([key, value]: [string, unknown], { source, known }: { source: string; known: Set<string> }): string[] {
  const ids = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  if (!ids.length || ids.some((id) => typeof id !== 'string' || !known.has(id))) {
    throw new CliError(
      `${source}: ${shorten(key)} maps to ${shorten(value)}, which is not a role id of the feed ` +
        `(${[...known].join(', ')}). Give a role id or a list of them.`,
    );
  }
  return ids as string[];
}

/** The roles' own codes, as a map: a course whose occupation is `2431` joins every role with `isco08: "2431"`. */
function feedRoleCodes(feed: Feed): Map<string, string[]> {
  const codes = new Map<string, string[]>();
  for (const role of feed.roles) {
    for (const code of Object.values(role.codes ?? {})) codes.set(code, [...(codes.get(code) ?? []), role.id]);
  }
  return codes;
}

export async function readRoleMap(options: { mapFile?: string; fallback?: string }, feed: Feed): Promise<RoleMap> {
  const known = new Set(feed.roles.map((role) => role.id));
  if (options.fallback !== undefined && !known.has(options.fallback)) {
    throw new CliError(`--role ${shorten(options.fallback)} is not a role of the feed (${[...known].join(', ')}).`, 2);
  }
  const map: RoleMap = { codes: feedRoleCodes(feed), keywords: [], fallback: options.fallback };
  if (!options.mapFile) return map;
  const raw = await readJsonSource(options.mapFile);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new CliError(
      `${options.mapFile} must be a JSON object of codes or title keywords to role ids, e.g. {"92112": "omm", "social media": "smm"}.`,
    );
  }
  const entries = Object.entries(raw);
  if (entries.length > maxMapEntries) {
    throw new CliError(`${options.mapFile} has ${entries.length} entries; at most ${maxMapEntries} are read.`);
  }
  for (const [key, value] of entries) {
    const ids = roleIds([key, value], { source: options.mapFile, known });
    // The map file's codes come before the roles' own: the publisher said so explicitly.
    if (isCode(key)) map.codes.set(key, ids);
    else map.keywords.push([key.toLocaleLowerCase(), ids]);
  }
  return map;
}

/** The roles for `item`: by code, else by keyword in its title, else the fallback; empty when nothing matches. */
export function rolesFor(item: ImportItem, map: RoleMap): string[] {
  const byCode = new Set(item.occupationCodes.flatMap((code) => map.codes.get(code) ?? []));
  if (byCode.size) return [...byCode];
  const text = item.keywordText.toLocaleLowerCase();
  const byKeyword = new Set(map.keywords.filter(([keyword]) => text.includes(keyword)).flatMap(([, ids]) => ids));
  if (byKeyword.size) return [...byKeyword];
  return map.fallback ? [map.fallback] : [];
}
