/**
 * Validates a stream of courses exactly as a feed's courses are validated (the feed's own validator, run on
 * batches that carry the base feed's roles and providers), and drops a course whose id an earlier one has, across
 * the whole stream. Only the ids seen are kept, not the courses.
 */
import { validateFeed } from '../../feed/parse.js';
import { own } from '../../feed/rules.js';
import type { Course, Feed } from '../../feed/schema.js';
import { ProblemList, renameCourse, repeatedIdProblem } from './problem-list.js';

/**
 * Courses validated per call of the validator: large enough that checking the base's roles and providers again
 * for each batch costs little, small enough to stay a small part of memory.
 */
const batchSize = 1000;

export interface CheckerOptions {
  /** The validated base feed: its roles and providers are what courses may name. */
  base: Feed;
  /** Receives each usable course, in input order. */
  keep: (course: Course) => void;
  problems: ProblemList;
}

export class CourseChecker {
  /** Courses read, usable or not. */
  read = 0;
  /** Courses passed to `keep`. */
  kept = 0;

  readonly #options: CheckerOptions;
  readonly #seen = new Set<string>();
  #batch: unknown[] = [];
  /** Each batch entry's position in the input: what `courses[n]` in a problem means. */
  #positions: number[] = [];

  constructor(options: CheckerOptions) {
    this.#options = options;
  }

  add(raw: unknown, position: number): void {
    this.read++;
    this.#batch.push(raw);
    this.#positions.push(position);
    if (this.#batch.length >= batchSize) this.#flush();
  }

  /** A course that could not even be read (a line of JSON Lines that is not JSON). */
  unreadable(position: number, reason: string): void {
    this.read++;
    const path = `courses[${position}]`;
    this.#options.problems.add({ path, message: `is not valid JSON (${reason})`, effect: 'item', dropped: path });
  }

  finish(): void {
    this.#flush();
  }

  #flush(): void {
    if (!this.#batch.length) return;
    const { base, keep, problems } = this.#options;
    const batch = this.#batch;
    const positions = this.#positions;
    this.#batch = [];
    this.#positions = [];
    const found = validateFeed({
      version: 1,
      lang: base.lang,
      roles: base.roles,
      providers: base.providers,
      courses: batch,
    });
    const name = (index: number) => `courses[${positions[index]}]`;
    problems.addAll({
      problems: found.problems.map((problem) => renameCourse(problem, name)),
      unlistedProblems: found.unlistedProblems,
    });
    // The base's roles are valid, so the batch is never rejected as a whole.
    let rawIndex = 0;
    for (const course of found.feed!.courses) {
      // Kept courses come in batch order, so the next raw entry with the same id is this course's (when an entry
      // with that id was dropped just before it in the same batch, that entry's position is named instead).
      while (rawIndex < batch.length && !hasId(batch[rawIndex], course.id)) rawIndex++;
      const position = positions[rawIndex++]!;
      if (this.#seen.has(course.id)) {
        problems.add(repeatedIdProblem(`courses[${position}]`, course.id));
        continue;
      }
      this.#seen.add(course.id);
      this.kept++;
      keep(course);
    }
  }
}

const hasId = (raw: unknown, id: string): boolean => typeof raw === 'object' && raw !== null && own(raw, 'id') === id;
