/** The CSV columns `rolefit import` understands, one table per item type (docs/cli.md lists them). */
import type { FieldSpec } from './columns.js';

/** A column that fills the item field of its own name, unless `target` says otherwise. */
const field = (name: string, kind: FieldSpec['kind'], details: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  kind,
  aliases: [],
  target: [name],
  ...details,
});

export const courseFields: FieldSpec[] = [
  field('id', 'text', { required: true }),
  field('title', 'text', { aliases: ['titel'], required: true, translatable: true }),
  field('provider', 'text', { aliases: ['anbieter'], required: true }),
  field('roles', 'list', { aliases: ['rollen', 'role', 'rolle'], required: true }),
  field('format', 'text', { aliases: ['form'], required: true }),
  field('price', 'number', { aliases: ['preis'], target: ['price', 'amount'] }),
  field('currency', 'text', { aliases: ['währung', 'waehrung'], target: ['price', 'currency'] }),
  field('hours', 'number', { aliases: ['stunden'] }),
  field('weeks', 'number', { aliases: ['wochen'] }),
  field('start', 'date', { aliases: ['beginn', 'start date', 'startdatum'] }),
  field('location', 'text', { aliases: ['ort'], translatable: true }),
  field('certificate', 'text', { aliases: ['abschluss', 'zertifikat'], translatable: true }),
  field('funding', 'list', { aliases: ['förderung', 'foerderung'] }),
  field('zfu', 'text', { aliases: ['zfu-nummer'] }),
  field('url', 'text', { aliases: ['link'], required: true }),
  field('topics', 'list', { aliases: ['themen'], translatable: true }),
  field('level', 'text', { aliases: ['niveau', 'stufe'] }),
  field('language', 'text', { aliases: ['sprache'] }),
];

export const providerFields: FieldSpec[] = [
  field('id', 'text', { required: true }),
  field('name', 'text', { required: true, translatable: true }),
  field('type', 'text', { aliases: ['typ', 'art'], required: true }),
  field('url', 'text', { aliases: ['website', 'link'] }),
];
