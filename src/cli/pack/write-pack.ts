/** The second half of `rolefit pack`: one role at a time, its spooled courses cut into hashed files. */
import { createReadStream, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Course, Feed, Pack, PackRole, Role } from '../../feed/schema.js';
import {
  contentHash,
  courseFilePath,
  courseFileText,
  courseFolder,
  emptyTotals,
  indexName,
  orderAndCount,
} from './pack-format.js';
import type { RoleSpool } from './role-spool.js';

export interface PackTarget {
  /** The validated base: header, roles, questions, providers (its courses are not used). */
  base: Feed;
  spool: RoleSpool;
  out: string;
  coursesPerFile: number;
}

export interface PackSummary {
  courses: number;
  files: number;
  bytes: number;
}

async function writeRole(role: Role, target: PackTarget, summary: PackSummary): Promise<PackRole> {
  const totals = emptyTotals();
  const files: string[] = [];
  const writeRun = (courses: Course[]) => {
    const text = courseFileText(orderAndCount({ feed: target.base, role, courses }, totals));
    const path = courseFilePath(role.id, files.length + 1, contentHash(text));
    writeFileSync(join(target.out, path), text);
    files.push(path);
    summary.files++;
    summary.bytes += Buffer.byteLength(text);
  };
  const spooled = target.spool.file(role.id);
  if (existsSync(spooled)) {
    let run: Course[] = [];
    for await (const line of createInterface({ input: createReadStream(spooled), crlfDelay: Infinity })) {
      run.push(JSON.parse(line) as Course);
      if (run.length < target.coursesPerFile) continue;
      writeRun(run);
      run = [];
    }
    if (run.length) writeRun(run);
  }
  return { courses: totals.courses, files, facets: totals.facets };
}

/**
 * Writes every role's files, then the index last (under a temporary name, renamed into place), so a reader never
 * finds an index whose files are not all there yet. Files of an earlier pack stay: pages that loaded the old
 * index still find theirs.
 */
export async function writePack(target: PackTarget): Promise<PackSummary> {
  const summary: PackSummary = { courses: 0, files: 0, bytes: 0 };
  mkdirSync(join(target.out, courseFolder), { recursive: true });
  const pack: Pack = { version: 1, roles: {} };
  for (const role of target.base.roles) pack.roles[role.id] = await writeRole(role, target, summary);
  const { base } = target;
  const index = { ...base, courses: [], pack };
  const text = `${JSON.stringify(index)}\n`;
  const indexPath = join(target.out, indexName);
  writeFileSync(`${indexPath}.partial`, text);
  renameSync(`${indexPath}.partial`, indexPath);
  summary.bytes += Buffer.byteLength(text);
  return summary;
}
