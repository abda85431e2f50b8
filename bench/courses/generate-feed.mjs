// Deterministic, valid feeds of any size for the course benchmark (feed format v1).

/** mulberry32: a tiny seeded PRNG, so every run measures the same feed. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = [
  'Social',
  'Media',
  'Marketing',
  'Kampagnen',
  'Übersetzung',
  'Führung',
  'Strategie',
  'Datenanalyse',
  'Grundlagen',
  'Prüfung',
  'Redaktion',
  'Community',
  'Werbung',
  'Straßen',
  'Müller',
  'Content',
  'Design',
  'Recht',
];
const cities = ['Köln', 'München', 'Düsseldorf', 'Berlin', 'Hamburg', 'Münster', 'Leipzig'];
const funding = ['bildungsgutschein', 'aufstiegs-bafoeg', 'bildungsurlaub', 'arbeitgeber'];
const types = ['academy', 'university', 'private', 'chamber'];
const formats = ['online', 'onsite', 'blended'];
const roles = ['omm', 'mmm', 'smm'];

export function generateFeed(courseCount, seed = 42) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const title = (n) => Array.from({ length: n }, () => pick(words)).join(' ');
  const providers = Array.from({ length: 40 }, (_, i) => ({
    id: `p${i}`,
    name: `${pick(words)} ${pick(['Akademie', 'Hochschule', 'Institut', 'IHK'])} ${i}`,
    type: types[i % types.length],
  }));
  const courses = Array.from({ length: courseCount }, (_, i) => {
    const course = {
      id: `c${i}`,
      title: { de: title(3), en: title(3) },
      provider: `p${Math.floor(rand() * providers.length)}`,
      roles: rand() < 0.2 ? [pick(roles), pick(roles)] : [pick(roles)],
      format: pick(formats),
      url: `https://provider.example/course/${i}?ref=feed`,
      topics: [title(1), title(2)],
    };
    if (rand() < 0.9) course.price = { amount: Math.round(rand() * 5000), currency: 'EUR' };
    if (rand() < 0.8) course.hours = Math.round(rand() * 400) + 8;
    if (rand() < 0.3) course.weeks = Math.round(rand() * 30) + 1;
    if (rand() < 0.85)
      course.start = `2027-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    if (rand() < 0.6) course.location = pick(cities);
    if (rand() < 0.7) course.funding = [...new Set([pick(funding), pick(funding)])];
    return course;
  });
  return {
    version: 1,
    lang: 'de',
    updated: '2026-11-01',
    roles: roles.map((id) => ({ id, name: id.toUpperCase(), summary: `Role ${id}`, tasks: ['Plans', 'Writes'] })),
    questions: [],
    providers,
    courses,
  };
}
