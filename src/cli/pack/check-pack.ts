/**
 * `rolefit validate` on a pack: the index as a feed, its "pack" field against the schema, then every course file
 * (one at a time) as a feed's courses, and the counts and facets the index claims against what the files hold.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as z from 'zod/mini';
import { validateFeed } from '../../feed/parse.js';
import { pathToString, shorten, type FeedProblem } from '../../feed/problems.js';
import { packSchema, type Course, type Feed, type Pack, type Role } from '../../feed/schema.js';
import type { FeedCheck, ListCount } from '../check-feed.js';
import { claimedHash, contentHash, emptyTotals, orderAndCount } from './pack-format.js';
import { ProblemList, renameCourse, repeatedIdProblem } from './problem-list.js';

export interface PackCheck extends FeedCheck {
  /** Course files read, and courses in them (counted once per role they are in). */
  pack: { files: number; courses: number };
}

/** A problem with the pack itself (its field, a file, a count): what it breaks is the pack. */
const packProblem = (path: string, message: string, value?: unknown): FeedProblem => {
  const problem: FeedProblem = { path, message, effect: 'feed', dropped: 'pack' };
  if (value !== undefined) problem.value = shorten(value);
  return problem;
};

/** A course file's problem that loses the whole file: its courses are missing from the role. */
const fileProblem = (file: string, message: string): FeedProblem => ({
  path: file,
  message,
  effect: 'item',
  dropped: file,
});

interface RoleFiles {
  feed: Feed;
  folder: string;
  role: Role;
  problems: ProblemList;
  seen: Set<string>;
  counts: { files: number; courses: number; dropped: number };
}

/** The courses of one file, validated as a feed's courses; undefined when the file cannot be used at all. */
async function readCourseFile(file: string, context: RoleFiles): Promise<unknown[] | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(context.folder, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    context.problems.add(fileProblem(file, code === 'ENOENT' ? 'is listed but missing' : `cannot be read (${code})`));
    return undefined;
  }
  const hash = claimedHash(file);
  if (hash && hash !== contentHash(bytes)) {
    context.problems.add(
      fileProblem(
        file,
        `has changed since it was named: its content hash is ${contentHash(bytes)}, its name says ${hash}`,
      ),
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    context.problems.add(fileProblem(file, 'is not valid JSON'));
    return undefined;
  }
  const record = raw as { version?: unknown; courses?: unknown };
  if (typeof raw !== 'object' || raw === null || record.version !== 1 || !Array.isArray(record.courses)) {
    context.problems.add(fileProblem(file, 'must be {"version": 1, "courses": [ … ]}'));
    return undefined;
  }
  return record.courses;
}

async function checkRoleFiles(claimed: Pack['roles'][string], context: RoleFiles): Promise<void> {
  const totals = emptyTotals();
  const { feed, role, problems } = context;
  for (const file of claimed.files) {
    const rawCourses = await readCourseFile(file, context);
    if (!rawCourses) continue;
    context.counts.files++;
    context.counts.courses += rawCourses.length;
    const found = validateFeed({
      version: 1,
      lang: feed.lang,
      roles: feed.roles,
      providers: feed.providers,
      courses: rawCourses,
    });
    const name = (index: number) => `${file} courses[${index}]`;
    problems.addAll({
      problems: found.problems.map((problem) => renameCourse(problem, name)),
      unlistedProblems: found.unlistedProblems,
    });
    const usable: Course[] = [];
    found.feed!.courses.forEach((course, index) => {
      if (context.seen.has(course.id)) problems.add(repeatedIdProblem(name(index), course.id));
      else if (!course.roles.includes(role.id))
        problems.add({
          ...fileProblem(name(index), `is in the files of role ${shorten(role.id)} but does not name it in "roles"`),
          dropped: name(index),
        });
      else {
        context.seen.add(course.id);
        usable.push(course);
      }
    });
    context.counts.dropped += rawCourses.length - usable.length;
    orderAndCount({ feed, role, courses: usable }, totals);
  }
  const at = (field: string) => pathToString(['pack', 'roles', role.id, field]);
  if (claimed.courses !== totals.courses)
    problems.add(
      packProblem(at('courses'), `must be ${totals.courses}, the usable courses in the role's files`, claimed.courses),
    );
  if (JSON.stringify(claimed.facets) !== JSON.stringify(totals.facets))
    problems.add(
      packProblem(
        at('facets'),
        `must be ${shorten(totals.facets, 200)}, the counts of the role's files`,
        claimed.facets,
      ),
    );
}

/** Issues of the "pack" field in the validator's words, each at its path. */
function packFieldProblems(input: unknown, problems: ProblemList): Pack | undefined {
  const result = z.safeParse(packSchema, input);
  if (result.success) return result.data;
  for (const issue of result.error.issues.slice(0, 10))
    problems.add(packProblem(pathToString(['pack', ...(issue.path as (string | number)[])]), issue.message));
  return undefined;
}

export async function checkPack(raw: Record<string, unknown>, indexFile: string): Promise<PackCheck> {
  const problems = new ProblemList();
  const validation = validateFeed({ ...raw, courses: [] });
  problems.addAll(validation);
  const listCounts = (courses: { total: number; dropped: number }): ListCount[] => [
    ...(['roles', 'questions', 'providers'] as const).map((list) => {
      const total = Array.isArray(raw[list]) ? (raw[list] as unknown[]).length : 0;
      return { list, total, dropped: total - (validation.feed ? validation.feed[list].length : 0) };
    }),
    { list: 'courses', ...courses },
  ];
  const found = (counts: { files: number; courses: number; dropped: number }): PackCheck => ({
    valid: problems.total === 0,
    ...(validation.rejected === undefined ? {} : { rejected: validation.rejected }),
    problems: problems.problems,
    unlistedProblems: problems.unlistedProblems,
    counts: listCounts({ total: counts.courses, dropped: counts.dropped }),
    lints: [],
    lintsSkipped: 'Lints are not run on a pack (they need the whole catalogue): run them on the feed you packed.',
    pack: { files: counts.files, courses: counts.courses },
  });
  const counts = { files: 0, courses: 0, dropped: 0 };
  if (Array.isArray(raw.courses) && raw.courses.length)
    problems.add(
      packProblem(
        'courses',
        'must be empty in a pack index: its courses are in the course files',
        `${raw.courses.length} courses`,
      ),
    );
  const pack = packFieldProblems(raw.pack, problems);
  if (!validation.feed || !pack) return found(counts);
  const feed = validation.feed;
  const context = { feed, folder: dirname(indexFile), problems, counts };
  for (const [roleId, claimed] of Object.entries(pack.roles)) {
    const role = feed.roles.find((candidate) => candidate.id === roleId);
    if (!role) {
      problems.add(packProblem(pathToString(['pack', 'roles', roleId]), 'names a role that is not in "roles"'));
      continue;
    }
    // A course of several roles is in each role's files: ids repeat across roles, never within one.
    await checkRoleFiles(claimed, { ...context, role, seen: new Set() });
  }
  for (const role of feed.roles)
    if (!Object.hasOwn(pack.roles, role.id))
      problems.add(packProblem(pathToString(['pack', 'roles']), `has no entry for role ${shorten(role.id)}`));
  return found(counts);
}
