// Writes a generated catalogue for `rolefit pack`: a feed of N courses over R roles (streamed to disk, never held
// in memory), or the same courses as JSON Lines plus a base feed. Deterministic: the same arguments give the
// same bytes. Usage:
//   node bench/pack/generate.mjs <out.json> [--courses 1000000] [--roles 200] [--jsonl <courses.jsonl>]
// With --jsonl, <out.json> is the base feed (no courses) and the courses go to the JSON Lines file.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    courses: { type: 'string', default: '1000000' },
    roles: { type: 'string', default: '200' },
    jsonl: { type: 'string' },
  },
});
const out = positionals[0];
if (!out) throw new Error('usage: node bench/pack/generate.mjs <out.json> [--courses N] [--roles R] [--jsonl file]');
const courseCount = Number(values.courses);
const roleCount = Number(values.roles);

const providerTypes = ['academy', 'university', 'private', 'chamber'];
const formats = ['online', 'onsite', 'blended'];
const funding = ['Bildungsgutschein', 'Aufstiegs-BAföG', 'Bildungsprämie', 'employer'];

const roles = Array.from({ length: roleCount }, (_, index) => ({
  id: `role-${index}`,
  name: { de: `Rolle ${index}`, en: `Role ${index}` },
  summary: { de: `Was Rolle ${index} tut.`, en: `What role ${index} does.` },
  tasks: [`Task ${index}a`, `Task ${index}b`],
}));
const providers = Array.from({ length: 40 }, (_, index) => ({
  id: `provider-${index}`,
  name: `Provider ${index}`,
  type: providerTypes[index % providerTypes.length],
}));
const questions = [
  {
    id: 'q1',
    text: 'What do you like?',
    options: [
      { id: 'a', label: 'A', weights: Object.fromEntries(roles.slice(0, 100).map((role) => [role.id, 1])) },
      { id: 'b', label: 'B', weights: Object.fromEntries(roles.slice(100).map((role) => [role.id, 1])) },
    ],
  },
];

/** A small deterministic generator (mulberry32), so runs are comparable. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(14);
const pick = (list) => list[Math.floor(next() * list.length)];

function course(index) {
  // Most courses belong to one role, some to two or three, so roles share courses as real catalogues do.
  const roleIds = new Set([pick(roles).id]);
  if (next() < 0.3) roleIds.add(pick(roles).id);
  if (next() < 0.1) roleIds.add(pick(roles).id);
  const entry = {
    id: `course-${index}`,
    title: { de: `Weiterbildung ${index}: Grundlagen und Praxis`, en: `Training ${index}: basics and practice` },
    provider: pick(providers).id,
    roles: [...roleIds],
    format: pick(formats),
    hours: 8 + Math.floor(next() * 400),
    start: `2027-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`,
    location: pick(['Berlin', 'Hamburg', 'München', 'Köln', 'Leipzig']),
    url: `https://courses.example.com/c/${index}`,
    topics: [`topic ${index % 97}`, `topic ${index % 89}`],
  };
  if (next() < 0.8) entry.price = { amount: Math.round(next() * 500000) / 100, currency: 'EUR' };
  if (next() < 0.4) entry.funding = [pick(funding)];
  return entry;
}

async function write(stream, text) {
  if (!stream.write(text)) await once(stream, 'drain');
}

const header = { version: 1, lang: 'de', updated: '2026-12-01', roles, questions, providers };
const feedStream = createWriteStream(out);
if (values.jsonl) {
  await write(feedStream, `${JSON.stringify({ ...header, courses: [] })}\n`);
  const lines = createWriteStream(values.jsonl);
  for (let index = 0; index < courseCount; index++) await write(lines, `${JSON.stringify(course(index))}\n`);
  lines.end();
  await once(lines, 'finish');
} else {
  await write(feedStream, `${JSON.stringify(header).slice(0, -1)},"courses":[\n`);
  for (let index = 0; index < courseCount; index++)
    await write(feedStream, `${index ? ',\n' : ''}${JSON.stringify(course(index))}`);
  await write(feedStream, '\n]}\n');
}
feedStream.end();
await once(feedStream, 'finish');
