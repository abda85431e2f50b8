// Case 5 (issue #14): `rolefit pack` on a generated 1,000,000-course, 200-role catalogue, as a feed and as JSON
// Lines, then `rolefit validate` of the pack. Every command is a child process, timed (wall) and measured (peak
// RSS). The inputs (about 750 MB) and packs go to a temporary folder that is deleted afterwards.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summary } from '../support/stats.mjs';

export const packCourses = 1_000_000;
export const packRoles = 200;
const time = '/usr/bin/time';
const generator = fileURLToPath(new URL('generate.mjs', import.meta.url));
const rssPreload = fileURLToPath(new URL('max-rss.mjs', import.meta.url));
/** The last lines of a failed command's output, enough to say what went wrong. */
const outputTail = 2_000;

/** Runs `node <args>` in `cwd`; resolves with the wall time in ms and the peak RSS in bytes, or throws. */
async function measure({ args, cwd, folder }) {
  const report = join(folder, 'measure.txt');
  const useTime = existsSync(time);
  const [command, commandArgs] = useTime
    ? [time, ['-v', '-o', report, process.execPath, ...args]]
    : [process.execPath, ['--import', rssPreload, ...args]];
  const started = performance.now();
  const child = spawn(command, commandArgs, {
    cwd,
    env: { ...process.env, NO_COLOR: '1', ROLEFIT_BENCH_RSS_FILE: report },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-outputTail);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const code = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`node ${args.join(' ')} exited with ${code}:\n${output}`);
  const text = await readFile(report, 'utf8');
  const kib = Number(useTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1] : text);
  if (!Number.isFinite(kib) || kib <= 0) throw new Error(`no peak RSS in ${report}: ${text.slice(0, 200)}`);
  return { ms, rss: kib * 1024 };
}

/** Files and bytes under a folder. */
async function folderSize(folder) {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile());
  const sizes = await Promise.all(files.map(async (entry) => (await stat(join(entry.parentPath, entry.name))).size));
  return { files: files.length, bytes: sizes.reduce((total, size) => total + size, 0) };
}

export async function runPackCase({ root, rounds, log }) {
  const folder = await mkdtemp(join(tmpdir(), 'rolefit-bench-pack-'));
  try {
    const path = (name) => join(folder, name);
    const sizeOptions = ['--courses', String(packCourses), '--roles', String(packRoles)];
    log(`pack: generating ${packCourses.toLocaleString('en')} courses over ${packRoles} roles into ${folder}`);
    await measure({ args: [generator, path('feed.json'), ...sizeOptions], cwd: root, folder });
    await measure({
      args: [generator, path('base.json'), '--jsonl', path('courses.jsonl'), ...sizeOptions],
      cwd: root,
      folder,
    });
    const inputBytes = async (...names) =>
      (await Promise.all(names.map(async (name) => (await stat(path(name))).size))).reduce(
        (total, size) => total + size,
        0,
      );
    const runs = [
      {
        id: 'feed',
        label: '`pack feed.json`',
        input: await inputBytes('feed.json'),
        args: ['bin/rolefit.js', 'pack', path('feed.json'), '--out', path('out-feed')],
        out: path('out-feed'),
      },
      {
        id: 'jsonl',
        label: '`pack --courses courses.jsonl --base base.json`',
        input: await inputBytes('courses.jsonl', 'base.json'),
        args: [
          'bin/rolefit.js',
          'pack',
          '--courses',
          path('courses.jsonl'),
          '--base',
          path('base.json'),
          '--out',
          path('out-jsonl'),
        ],
        out: path('out-jsonl'),
      },
      {
        id: 'validate',
        label: '`validate` of the feed’s pack',
        args: ['bin/rolefit.js', 'validate', path('out-feed')],
      },
    ];
    const samples = new Map(runs.map((run) => [run.id, { ms: [], rss: [] }]));
    const outputs = new Map();
    for (let round = 0; round < rounds; round++) {
      // A fresh pack each round: files of an earlier pack would stay in the folder.
      await Promise.all(runs.filter((run) => run.out).map((run) => rm(run.out, { recursive: true, force: true })));
      for (const run of runs) {
        const { ms, rss } = await measure({ args: run.args, cwd: root, folder });
        samples.get(run.id).ms.push(ms);
        samples.get(run.id).rss.push(rss);
        if (run.out) outputs.set(run.id, await folderSize(run.out));
        log(`pack round ${round + 1}/${rounds}: ${run.id} ${(ms / 1000).toFixed(1)} s, ${(rss / 1e6).toFixed(0)} MB`);
      }
    }
    return {
      courses: packCourses,
      roles: packRoles,
      rounds,
      measuredBy: existsSync(time) ? '`/usr/bin/time -v`' : '`process.resourceUsage().maxRSS` in the child',
      runs: runs.map((run) => ({
        id: run.id,
        label: run.label,
        input: run.input,
        output: outputs.get(run.id),
        ms: summary(samples.get(run.id).ms),
        rss: summary(samples.get(run.id).rss),
      })),
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
