// The hostile feeds of issue #19's probe, made in memory when the hostile case runs (the largest is about 52 MB,
// the bomb unpacks to 300 MB: neither is committed). Each attack is served with a course list page of its own.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { generateFeed } from '../courses/generate-feed.mjs';

const bench = new URL('..', import.meta.url);

/** A letter under 4,990 combining marks of mixed classes: NFD's canonical reordering is quadratic in such a run. */
const markFlood = `Z${'\u0301\u0302\u0303\u0308\u0336'.repeat(998)}`;

function markFloodFeed() {
  const feed = generateFeed(200);
  for (const course of feed.courses) {
    course.title = markFlood;
    course.location = markFlood;
    course.topics = [markFlood];
  }
  return feed;
}

/** Valid titles of 4,900 characters: ordinary words, so the keys fold real German text. */
function longTitleFeed() {
  const feed = generateFeed(10_000);
  for (const course of feed.courses) {
    const words = `${course.title.de} ${course.title.en} `;
    course.title = words.repeat(Math.ceil(4_900 / words.length)).slice(0, 4_900);
  }
  return feed;
}

function taskFloodFeed() {
  const feed = generateFeed(100);
  feed.roles[0].tasks = new Array(300_000).fill(0);
  return feed;
}

function topicFloodFeed() {
  const feed = generateFeed(30_000);
  for (const course of feed.courses) course.topics = new Array(10).fill(0);
  return feed;
}

const json = (feed) => ({ type: 'application/json', body: JSON.stringify(feed) });

/** 300 MB of spaces, gzipped (about 0.3 MB on the wire); the browser unpacks it while the loader reads. */
const bomb = () => ({
  type: 'application/json',
  headers: { 'content-encoding': 'gzip' },
  body: gzipSync(Buffer.alloc(300_000_000, 0x20), { level: 9 }),
});

/**
 * The attacks in the order they are run and reported. `search`: one letter typed into the search box once the
 * list is painted; `maxFeedBytes`: the page raises the limit (the 52 MB feed is over the 20 MiB default).
 */
export const attacks = [
  {
    id: 'marks',
    name: 'Combining-mark flood: 200 courses, title, location and topic each "Z" + 4,990 marks',
    feed: markFloodFeed,
    search: 'q',
    before: 'one 6.5 s task (typing one letter)',
  },
  {
    id: 'long-titles',
    name: '10,000 valid courses with 4,900-character titles',
    feed: longTitleFeed,
    maxFeedBytes: 60_000_000,
    search: 'q',
    before: '16.4 s (first search)',
  },
  {
    id: 'tasks',
    name: 'Problem flood: a role whose `tasks` is 300,000 zeros',
    feed: taskFloodFeed,
    before: '8.4 s task and a 43 MB console.warn',
  },
  {
    id: 'topics',
    name: 'Problem flood: 30,000 courses with 10 bad topics each',
    feed: topicFloodFeed,
    before: '10.9 s',
  },
  {
    id: 'bomb',
    name: 'Size limit: gzip feed that unpacks to 300 MB (default limit 20 MiB)',
    feed: null,
    served: bomb,
    before: '4.4 s task, then a misleading message',
  },
];

export const hostileFeedPath = (id) => `/bench/hostile/feeds/${id}.json`;
export const hostilePagePath = (id) => `/bench/hostile/${id}.html`;

/** The routes of every attack: its feed and its page (`courses.html` with the element's attributes filled in). */
export async function hostileRoutes() {
  const template = await readFile(new URL('hostile/courses.html', bench), 'utf8');
  const routes = new Map();
  for (const attack of attacks) {
    const limit = attack.maxFeedBytes ? ` max-feed-bytes="${attack.maxFeedBytes}"` : '';
    routes.set(hostileFeedPath(attack.id), attack.served ? attack.served() : json(attack.feed()));
    routes.set(hostilePagePath(attack.id), {
      type: 'text/html; charset=utf-8',
      body: template.replace('{attributes}', `feed="${hostileFeedPath(attack.id)}"${limit}`),
    });
  }
  return routes;
}
