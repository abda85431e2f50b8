/** The CSV columns `rolefit import` understands, one table per item type (the README's "Publishing a feed" lists them). */
import type { FieldSpec } from './columns.js';

const field = (
  name: string,
  kind: FieldSpec['kind'],
  aliases: string[],
  extra: Partial<FieldSpec> = {},
): FieldSpec => ({
  name,
  kind,
  aliases,
  target: [name],
  ...extra,
});

export const courseFields: FieldSpec[] = [
  field('id', 'text', [], { required: true }),
  field('title', 'text', ['titel'], { required: true, translatable: true }),
  field('provider', 'text', ['anbieter'], { required: true }),
  field('roles', 'list', ['rollen', 'role', 'rolle'], { required: true }),
  field('format', 'text', ['form'], { required: true }),
  field('price', 'number', ['preis'], { target: ['price', 'amount'] }),
  field('currency', 'text', ['währung', 'waehrung'], { target: ['price', 'currency'] }),
  field('hours', 'number', ['stunden']),
  field('weeks', 'number', ['wochen']),
  field('start', 'date', ['beginn', 'start date', 'startdatum']),
  field('location', 'text', ['ort'], { translatable: true }),
  field('certificate', 'text', ['abschluss', 'zertifikat'], { translatable: true }),
  field('funding', 'list', ['förderung', 'foerderung']),
  field('zfu', 'text', ['zfu-nummer']),
  field('url', 'text', ['link'], { required: true }),
  field('topics', 'list', ['themen'], { translatable: true }),
  field('level', 'text', ['niveau', 'stufe']),
  field('language', 'text', ['sprache']),
];

export const providerFields: FieldSpec[] = [
  field('id', 'text', [], { required: true }),
  field('name', 'text', [], { required: true, translatable: true }),
  field('type', 'text', ['typ', 'art'], { required: true }),
  field('url', 'text', ['website', 'link']),
];
