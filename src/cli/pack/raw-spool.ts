/**
 * Courses met before the roles and providers they name (a feed may list them first): kept as JSON Lines on disk,
 * read back once the base is known.
 */
import { appendFileSync, existsSync } from 'node:fs';

const bufferLimit = 1024 * 1024;

export class RawSpool {
  readonly file: string;
  #buffer: string[] = [];
  #length = 0;

  constructor(file: string) {
    this.file = file;
  }

  /** Line n of the file is the course at position n of the feed: JSON Lines positions are line indices too. */
  add(raw: unknown): void {
    const line = `${JSON.stringify(raw) ?? 'null'}\n`;
    this.#buffer.push(line);
    this.#length += line.length;
    if (this.#length >= bufferLimit) this.finish();
  }

  finish(): void {
    if (!this.#buffer.length) return;
    appendFileSync(this.file, this.#buffer.join(''));
    this.#buffer = [];
    this.#length = 0;
  }

  get written(): boolean {
    return existsSync(this.file);
  }
}
