/**
 * Each role's usable courses as JSON Lines in a temporary folder, in input order: what lets `rolefit pack` write
 * one role at a time without holding the catalogue. Writes are buffered per role under a total bound, so memory
 * stays small and the number of roles never matters to the number of open files (each flush opens and closes).
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Course } from '../../feed/schema.js';

/** A role's buffer is written once it holds this many characters… */
const roleBufferLimit = 64 * 1024;
/** …and every buffer once they hold this many together. */
const totalBufferLimit = 4 * 1024 * 1024;

export class RoleSpool {
  /** Role id → its file in the folder (named by the role's position: ids are safe, but positions are shorter). */
  readonly #files = new Map<string, string>();
  readonly #buffers = new Map<string, string[]>();
  readonly #bufferedLength = new Map<string, number>();
  #totalLength = 0;

  constructor(folder: string, roleIds: readonly string[]) {
    roleIds.forEach((id, index) => this.#files.set(id, join(folder, `${index}.jsonl`)));
  }

  /** The file that holds a role's courses once `finish` ran (absent when the role has none). */
  file(roleId: string): string {
    return this.#files.get(roleId)!;
  }

  /** Adds a validated course to each of its roles (each once, whatever its list repeats). */
  add(course: Course): void {
    const line = `${JSON.stringify(course)}\n`;
    for (const roleId of new Set(course.roles)) {
      const buffer = this.#buffers.get(roleId) ?? [];
      buffer.push(line);
      this.#buffers.set(roleId, buffer);
      const length = (this.#bufferedLength.get(roleId) ?? 0) + line.length;
      this.#bufferedLength.set(roleId, length);
      this.#totalLength += line.length;
      if (length >= roleBufferLimit) this.#flush(roleId);
    }
    if (this.#totalLength >= totalBufferLimit) this.finish();
  }

  /** Writes every buffer out. */
  finish(): void {
    for (const roleId of [...this.#buffers.keys()]) this.#flush(roleId);
  }

  #flush(roleId: string): void {
    const buffer = this.#buffers.get(roleId);
    if (!buffer) return;
    appendFileSync(this.#files.get(roleId)!, buffer.join(''));
    this.#totalLength -= this.#bufferedLength.get(roleId)!;
    this.#buffers.delete(roleId);
    this.#bufferedLength.delete(roleId);
  }
}
