/**
 * Which CSV column feeds which field: header names are matched case-insensitively against each field's name and
 * aliases (German ones included); `title_de`, `title_en` style columns of a translatable field make a Text
 * object. Unknown columns are reported, never guessed.
 */
import { CliError } from '../errors.js';

export type FieldKind = 'text' | 'list' | 'number' | 'date';

export interface FieldSpec {
  /** The column name the docs use. */
  name: string;
  aliases: string[];
  kind: FieldKind;
  /** Where the value goes in the item, e.g. `['price', 'amount']`. */
  target: string[];
  required?: boolean;
  translatable?: boolean;
}

export interface MappedColumn {
  index: number;
  spec: FieldSpec;
  /** For `title_de`: `de`. */
  lang?: string;
}

export interface ColumnMap {
  columns: MappedColumn[];
  /** Header names no field claims. */
  ignored: string[];
}

const normalize = (name: string): string => name.normalize('NFC').trim().toLowerCase();

function match(header: string, specs: readonly FieldSpec[]): Omit<MappedColumn, 'index'> | undefined {
  const name = normalize(header);
  const byName = (candidate: string) =>
    specs.find((spec) => spec.name === candidate || spec.aliases.includes(candidate));
  const plain = byName(name);
  if (plain) return { spec: plain };
  const translated = /^(.+)[_-]([a-z]{2,3})$/.exec(name);
  const spec = translated && byName(translated[1]!);
  return spec && spec.translatable ? { spec, lang: translated[2]! } : undefined;
}

const columnLabel = ({ spec, lang }: Omit<MappedColumn, 'index'>): string =>
  lang ? `${spec.name}_${lang}` : spec.name;

export function mapColumns(header: readonly string[], specs: readonly FieldSpec[], source: string): ColumnMap {
  const columns: MappedColumn[] = [];
  const ignored: string[] = [];
  header.forEach((name, index) => {
    const found = match(name, specs);
    if (!found) return ignored.push(name);
    const clash = columns.find(
      (column) => column.spec === found.spec && (column.lang === found.lang || !column.lang || !found.lang),
    );
    if (clash) {
      throw new CliError(
        `${source}: the columns "${header[clash.index]}" and "${name}" both give ${columnLabel(found)}. ` +
          `Keep one${found.spec.translatable ? `, or use only language columns such as ${found.spec.name}_de and ${found.spec.name}_en` : ''}.`,
      );
    }
    columns.push({ index, ...found });
  });
  const missing = specs.filter((spec) => spec.required && !columns.some((column) => column.spec === spec));
  if (missing.length) {
    const names = missing.map((spec) => [spec.name, ...spec.aliases].map((alias) => `"${alias}"`).join(' or '));
    throw new CliError(
      `${source} lacks required column(s): ${names.join('; ')}. ` +
        `The header line has: ${header.map((name) => `"${name}"`).join(', ')}.`,
    );
  }
  return { columns, ignored };
}
