/** Codes and skill URLs as sources write them, made what the feed holds. */

/** An ESCO skill URL (`http://data.europa.eu/esco/skill/<uuid>`), or undefined. */
export function escoSkillUrl(value: unknown): string | undefined {
  return typeof value === 'string' && /^https?:\/\/data\.europa\.eu\/esco\/skill\/[\w-]+$/.test(value)
    ? value
    : undefined;
}

/** Code systems by the names sources give them; the value is how the feed's role `codes` key them. */
const codeSystems: [RegExp, string][] = [
  [/isco/i, 'isco08'],
  [/kldb/i, 'kldb2010'],
  [/o\*?net|soc/i, 'onetSoc'],
  [/^ba\b|bundesagentur|berufenet|dkz/i, 'ba'],
];

/** The system a code set name stands for: "ISCO-08" → isco08, "KldB 2010" → kldb2010. */
export function codeSystem(name: unknown): string | undefined {
  return typeof name === 'string' ? codeSystems.find(([pattern]) => pattern.test(name))?.[1] : undefined;
}

/**
 * An occupation code from an alignment (MOOChub `educationalAlignment`) or a schema.org `CategoryCode`: its
 * `shortCode`/`codeValue` when its framework or code set is an occupation classification.
 */
export function occupationCode(entry: Record<string, unknown>): string | undefined {
  const system =
    codeSystem(entry.educationalFramework) ??
    codeSystem(entry.inCodeSet) ??
    codeSystem(
      typeof entry.inCodeSet === 'object' && entry.inCodeSet !== null
        ? (entry.inCodeSet as { name?: unknown }).name
        : undefined,
    );
  const code = entry.shortCode ?? entry.codeValue;
  return system && (typeof code === 'string' || typeof code === 'number') ? String(code) : undefined;
}
