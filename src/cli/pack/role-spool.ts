/**
 * Each role's usable courses as JSON Lines in a temporary folder, in the course list's default order: what lets
 * `rolefit pack` write one role at a time without holding the catalogue. That order ranks a role's courses by how
 * many of its skills they teach, most first, then by input order; so each role gets one file per coverage count
 * (a bucket), each in input order, and reading the buckets from the highest count down gives the order.
 * Writes are buffered per bucket under a total bound, so memory stays small and the number of roles never matters
 * to the number of open files (each flush opens and closes).
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { coveredSkills, roleSkills, type RoleSkills } from '../../courses/skill-coverage.js';
import type { Course, Role } from '../../feed/schema.js';

/** A bucket's buffer is written once it holds this many characters… */
const bucketBufferLimit = 64 * 1024;
/** …and every buffer once they hold this many together. */
const totalBufferLimit = 4 * 1024 * 1024;

interface SpooledRole {
  /** The role's position: ids are safe in file names, but positions are shorter. */
  position: number;
  skills: RoleSkills;
  /** The coverage counts that have a file. */
  counts: Set<number>;
}

export class RoleSpool {
  readonly #folder: string;
  readonly #roles = new Map<string, SpooledRole>();
  /** Bucket file → its lines not written yet. */
  readonly #buffers = new Map<string, string[]>();
  readonly #bufferedLength = new Map<string, number>();
  #totalLength = 0;

  constructor(folder: string, roles: readonly Role[]) {
    this.#folder = folder;
    roles.forEach((role, position) =>
      this.#roles.set(role.id, { position, skills: roleSkills(role), counts: new Set() }),
    );
  }

  /** The files that hold a role's courses once `finish` ran, in the list's default order (none without courses). */
  files(roleId: string): string[] {
    const role = this.#roles.get(roleId)!;
    return [...role.counts].sort((a, b) => b - a).map((count) => this.#file(role, count));
  }

  /** Adds a validated course to each of its roles (each once, whatever its list repeats). */
  add(course: Course): void {
    const line = `${JSON.stringify(course)}\n`;
    for (const roleId of new Set(course.roles)) {
      const role = this.#roles.get(roleId)!;
      const count = coveredSkills(role.skills, course)?.length ?? 0;
      role.counts.add(count);
      const file = this.#file(role, count);
      const buffer = this.#buffers.get(file) ?? [];
      buffer.push(line);
      this.#buffers.set(file, buffer);
      const length = (this.#bufferedLength.get(file) ?? 0) + line.length;
      this.#bufferedLength.set(file, length);
      this.#totalLength += line.length;
      if (length >= bucketBufferLimit) this.#flush(file);
    }
    if (this.#totalLength >= totalBufferLimit) this.finish();
  }

  /** Writes every buffer out. */
  finish(): void {
    for (const file of [...this.#buffers.keys()]) this.#flush(file);
  }

  #file(role: SpooledRole, count: number): string {
    return join(this.#folder, `${role.position}-${count}.jsonl`);
  }

  #flush(file: string): void {
    const buffer = this.#buffers.get(file);
    if (!buffer) return;
    appendFileSync(file, buffer.join(''));
    this.#totalLength -= this.#bufferedLength.get(file)!;
    this.#buffers.delete(file);
    this.#bufferedLength.delete(file);
  }
}
