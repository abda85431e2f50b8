// Writes each element's API tables into README.md from custom-elements.json, between
// `<!-- api:TAG -->` and `<!-- /api:TAG -->`. `--check` only reports whether README.md is up to date.
// The JSDoc on the element classes is the one source: analyzer → manifest → these tables.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);

const cell = (text = '') => String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(headers, rows) {
  if (!rows.length) return '';
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`]
    .concat(rows.map((row) => `| ${row.join(' | ')} |`))
    .join('\n');
}

function apiTables(element) {
  // The analyzer marks members from Lit's `static properties` "public" explicitly; others carry no privacy.
  const members = (element.members ?? []).filter((m) => (m.privacy ?? 'public') === 'public' && !m.static);
  const fields = members.filter((m) => m.kind === 'field');
  const byAttribute = new Map(fields.filter((f) => f.attribute).map((f) => [f.attribute, f]));
  const attributeRows = (element.attributes ?? []).map((a) => {
    const field = byAttribute.get(a.name);
    return [code(a.name), code(field?.name), code(field?.type?.text ?? a.type?.text), code(field?.default), cell(field?.description ?? a.description)];
  });
  const propertyRows = fields
    .filter((f) => !f.attribute)
    .map((f) => ['', code(f.name), code(f.type?.text), code(f.default), cell(f.description)]);
  const methods = members
    .filter((m) => m.kind === 'method')
    .map((m) => [code(`${m.name}()`), cell(m.description)]);
  const sections = [
    table(['Attribute', 'Property', 'Type', 'Default', 'Description'], [...attributeRows, ...propertyRows]),
    table(['Method', 'Description'], methods),
    table(['Event', 'Description'], (element.events ?? []).map((e) => [code(e.name), cell(e.description)])),
    table(['CSS part', 'Description'], (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])),
  ];
  return sections.filter(Boolean).join('\n\n');
}

const readme = readFileSync('README.md', 'utf8');
let updated = readme;
for (const element of elements) {
  const pattern = new RegExp(`(<!-- api:${element.tagName} -->)[\\s\\S]*?(<!-- /api:${element.tagName} -->)`);
  if (!pattern.test(updated)) {
    console.error(`README.md has no <!-- api:${element.tagName} --> section.`);
    process.exit(1);
  }
  updated = updated.replace(pattern, (_, open, close) => `${open}\n\n${apiTables(element)}\n\n${close}`);
}

if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md API tables are stale: run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  console.log('README.md API tables match custom-elements.json.');
} else if (updated !== readme) {
  writeFileSync('README.md', updated);
  console.log('README.md API tables updated from custom-elements.json.');
}
