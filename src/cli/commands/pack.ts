import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { validateFeed } from '../../feed/parse.js';
import { shorten } from '../../feed/problems.js';
import type { Feed } from '../../feed/schema.js';
import type { Command } from '../command.js';
import { CliError, usageError } from '../errors.js';
import { readJsonSource } from '../feed-source.js';
import { count, plain, type Output } from '../output.js';
import { CourseChecker } from '../pack/course-checker.js';
import { defaultCoursesPerFile, indexName, maxCoursesPerFile, minCoursesPerFile } from '../pack/pack-format.js';
import { ProblemList } from '../pack/problem-list.js';
import { RawSpool } from '../pack/raw-spool.js';
import { readJsonLines, streamFeed } from '../pack/read-courses.js';
import { RoleSpool } from '../pack/role-spool.js';
import { writePack, type PackSummary } from '../pack/write-pack.js';
import { problemSection } from '../validate-report.js';

function parseCoursesPerFile(text: string | undefined): number {
  if (text === undefined) return defaultCoursesPerFile;
  const value = Number(text);
  if (!/^\d{1,6}$/.test(text) || value < minCoursesPerFile || value > maxCoursesPerFile) {
    throw usageError(
      `--max-courses-per-file must be a whole number from ${minCoursesPerFile} to ${maxCoursesPerFile.toLocaleString('en')}, not ${shorten(text)}.`,
    );
  }
  return value;
}

/** Everything one run needs while courses stream in; the checker exists once the base (roles, providers) does. */
interface PackRun {
  work: string;
  problems: ProblemList;
  checker?: CourseChecker;
  spool?: RoleSpool;
  base?: Feed;
}

/** Validates the base (the feed without its courses); a base with no usable role stops the run. */
function startChecking(run: PackRun, fields: Record<string, unknown>, source: string): CourseChecker {
  const validation = validateFeed({ ...fields, courses: [] });
  run.problems.addAll(validation);
  if (!validation.feed) {
    const report = problemSection(run.problems, fields, plain);
    throw new CliError([`${source} cannot be packed: ${validation.rejected}`, ...report].join('\n'));
  }
  const base = validation.feed;
  const spool = new RoleSpool(
    run.work,
    base.roles.map((role) => role.id),
  );
  run.base = base;
  run.spool = spool;
  run.checker = new CourseChecker({ base, problems: run.problems, keep: (course) => spool.add(course) });
  return run.checker;
}

async function replay(file: string, checker: CourseChecker): Promise<void> {
  await readJsonLines(file, {
    value: (raw, index) => checker.add(raw, index),
    broken: (index, reason) => checker.unreadable(index, reason),
  });
}

/** A feed file: courses stream straight to the checker, or to disk first when they come before the roles. */
async function readFeed(run: PackRun, file: string): Promise<void> {
  const fields: Record<string, unknown> = {};
  const rawSpool = new RawSpool(join(run.work, 'raw.jsonl'));
  await streamFeed(file, {
    field: (key, value) => {
      fields[key] = value;
    },
    course: (raw, position) => {
      if (!run.checker && !rawSpool.written && 'roles' in fields && 'providers' in fields)
        startChecking(run, fields, file);
      if (run.checker) run.checker.add(raw, position);
      else rawSpool.add(raw);
    },
  });
  rawSpool.finish();
  const checker = run.checker ?? startChecking(run, fields, file);
  if (rawSpool.written) await replay(rawSpool.file, checker);
}

/** JSON Lines of courses plus a base feed for everything else. */
async function readLines(run: PackRun, lines: string, baseSource: string): Promise<void> {
  const base = await readJsonSource(baseSource);
  const baseCourses = (base as { courses?: unknown } | null)?.courses;
  if (Array.isArray(baseCourses) && baseCourses.length) {
    throw new CliError(
      `${baseSource} has ${count(baseCourses.length, 'course')}: with --courses, every course comes from ${lines}. ` +
        'Move them there, or pack the feed itself with `rolefit pack <feed.json> --out <folder>`.',
    );
  }
  const fields = typeof base === 'object' && base !== null ? (base as Record<string, unknown>) : {};
  await replay(lines, startChecking(run, fields, baseSource));
}

function describeSize(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.ceil(bytes / 1e3)} kB`;
}

function report(output: Output, run: PackRun, summary: PackSummary & { out: string; source: string }): void {
  const style = output.errorStyle;
  const checker = run.checker!;
  if (run.problems.total) {
    output.err(
      style.red(`${summary.source}: ${count(run.problems.total, 'problem')}; the pack leaves out what they drop.`),
    );
    output.err(problemSection(run.problems, undefined, style).join('\n'));
    output.err('');
  }
  const dropped = checker.read - checker.kept;
  output.err(
    `Packed ${count(checker.kept, 'course')} (${dropped} of ${checker.read} read dropped) ` +
      `for ${count(run.base!.roles.length, 'role')} into ${count(summary.files, 'course file')} and ${indexName}: ` +
      `${describeSize(summary.bytes)} in ${summary.out}.`,
  );
}

export const packCommand: Command = {
  name: 'pack',
  summary: 'Split a large catalogue into a pack: an index plus per-role course files for any static host.',
  positionals: [{ name: 'feed', required: false, description: 'a feed file (or use --courses and --base)' }],
  options: [
    { name: 'out', kind: 'value', valueName: 'folder', description: 'The folder to write the pack into (required).' },
    {
      name: 'courses',
      kind: 'value',
      valueName: 'courses.jsonl',
      description: 'Courses as JSON Lines (one course object per line), instead of a feed.',
    },
    {
      name: 'base',
      kind: 'value',
      valueName: 'feed.json',
      description: 'With --courses: the feed that gives everything but the courses (it must have none).',
    },
    {
      name: 'max-courses-per-file',
      kind: 'value',
      valueName: 'N',
      description: `Courses per course file (default ${defaultCoursesPerFile.toLocaleString('en')}).`,
    },
  ],
  details: [
    'Writes <folder>/index.json (a feed with the roles, questions and providers, no courses, and a "pack" field)',
    "and <folder>/courses/<role>-<n>-<hash>.json: each role's courses in the list's default order, a course of",
    'several roles in each. The input is streamed, so it may be far larger than memory holds as one JSON text.',
    'Courses are validated as `rolefit validate` does; the pack leaves out what problems drop, and the exit code',
    'is then 1 (the pack is still written). Files of an earlier pack in the folder stay; index.json is written',
    'last. See docs/packs.md for the format and for hosting.',
  ].join('\n'),
  examples: [
    'rolefit pack catalogue.json --out public/catalogue',
    'rolefit pack --courses courses.jsonl --base feed.json --out public/catalogue',
  ],
  async run(args, output) {
    const out = args.values.get('out');
    if (!out) throw usageError('`rolefit pack` needs --out <folder>: where the pack goes.');
    const coursesPerFile = parseCoursesPerFile(args.values.get('max-courses-per-file'));
    const feed = args.positionals[0];
    const lines = args.values.get('courses');
    const baseSource = args.values.get('base');
    if (feed && (lines || baseSource)) throw usageError('Give either a feed or --courses with --base, not both.');
    if (!feed && !(lines && baseSource))
      throw usageError('`rolefit pack` needs a feed file, or --courses <courses.jsonl> with --base <feed.json>.');
    if (statSync(out, { throwIfNoEntry: false })?.isFile()) throw new CliError(`--out ${out} is a file, not a folder.`);
    mkdirSync(out, { recursive: true });
    // Beside the output: the same disk, which has room for the pack anyway.
    const run: PackRun = { work: mkdtempSync(join(out, '.rolefit-pack-')), problems: new ProblemList() };
    try {
      if (feed) await readFeed(run, feed);
      else await readLines(run, lines!, baseSource!);
      run.checker!.finish();
      run.spool!.finish();
      const summary = await writePack({ base: run.base!, spool: run.spool!, out, coursesPerFile });
      report(output, run, { ...summary, out, source: feed ?? lines! });
    } finally {
      rmSync(run.work, { recursive: true, force: true });
    }
    return run.problems.total ? 1 : 0;
  },
};
