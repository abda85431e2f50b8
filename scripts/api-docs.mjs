// Writes each element's API tables from custom-elements.json into the docs, between `<!-- api:TAG -->` and
// `<!-- /api:TAG -->` (today all three are in docs/elements.md; any of README.md and docs/*.md may hold them).
// Every element needs exactly one such section, and every section an element. `--check` writes nothing and only
// reports whether the files are up to date. The JSDoc on the element classes is the one source: analyzer →
// manifest → these tables.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);

const cell = (text = '') =>
  String(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
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
    return [
      code(a.name),
      code(field?.name),
      code(field?.type?.text ?? a.type?.text),
      code(field?.default),
      cell(field?.description ?? a.description),
    ];
  });
  const propertyRows = fields
    .filter((f) => !f.attribute)
    .map((f) => ['', code(f.name), code(f.type?.text), code(f.default), cell(f.description)]);
  const methods = members.filter((m) => m.kind === 'method').map((m) => [code(`${m.name}()`), cell(m.description)]);
  const sections = [
    table(['Attribute', 'Property', 'Type', 'Default', 'Description'], [...attributeRows, ...propertyRows]),
    table(['Method', 'Description'], methods),
    table(
      ['Event', 'Description'],
      (element.events ?? []).map((e) => [code(e.name), cell(e.description)]),
    ),
    table(
      ['CSS part', 'Description'],
      (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
  ];
  return sections.filter(Boolean).join('\n\n');
}

const documents = [
  'README.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
const tags = new Set(elements.map((element) => element.tagName));
const mistakes = [];
const changed = [];
/** Where each tag's complete section is: the count must be exactly one. */
const homes = new Map([...tags].map((tag) => [tag, []]));

for (const path of documents) {
  const text = readFileSync(path, 'utf8');
  const updated = text.replace(
    /(<!-- api:([a-z0-9-]+) -->)[\s\S]*?(<!-- \/api:\2 -->)/g,
    // eslint-disable-next-line max-params -- the signature of String.replace's callback
    (section, open, tag, close) => {
      if (!tags.has(tag)) {
        mistakes.push(`${path} has an <!-- api:${tag} --> section, but custom-elements.json has no <${tag}>.`);
        return section;
      }
      homes.get(tag).push(path);
      return `${open}\n\n${apiTables(elements.find((element) => element.tagName === tag))}\n\n${close}`;
    },
  );
  if (updated !== text) changed.push({ path, updated });
  const opened = text.match(/<!-- api:[a-z0-9-]+ -->/g)?.length ?? 0;
  const closed = text.match(/<!-- \/api:[a-z0-9-]+ -->/g)?.length ?? 0;
  if (opened !== closed) mistakes.push(`${path} has ${opened} <!-- api:… --> markers but ${closed} closing ones.`);
}

for (const [tag, paths] of homes) {
  if (paths.length !== 1) {
    mistakes.push(
      `<${tag}> needs exactly one <!-- api:${tag} --> … <!-- /api:${tag} --> section in README.md or docs/*.md; ` +
        `found ${paths.length}${paths.length ? ` (${paths.join(', ')})` : ''}.`,
    );
  }
}

if (mistakes.length) {
  console.error(mistakes.join('\n'));
  process.exit(1);
}
if (process.argv.includes('--check')) {
  if (changed.length) {
    const paths = changed.map((file) => file.path).join(', ');
    console.error(`API tables are stale in ${paths}: run \`npm run analyze\` and commit the result.`);
    process.exit(1);
  }
  console.log('The API tables in the docs match custom-elements.json.');
} else {
  for (const { path, updated } of changed) {
    writeFileSync(path, updated);
    console.log(`${path}: API tables updated from custom-elements.json.`);
  }
}
