/** Problems gathered from many validations (batches of courses, course files) under one cap, as one feed's are. */
import { maxProblems } from '../../feed/parse.js';
import { shorten, type FeedProblem } from '../../feed/problems.js';

/** `courses[3]` at the start of a path or label, as the validator writes it for the 4th course it was given. */
const coursePrefix = /^courses\[(\d+)\]/;

/**
 * The problem with its course named as the reader knows it: the validator numbered the courses of its own batch
 * or file, `name(3)` says what the 4th one is (`courses[1203]`, `courses/a-1-0123abcd.json courses[3]`).
 */
export function renameCourse(problem: FeedProblem, name: (index: number) => string): FeedProblem {
  const rename = (text: string) => text.replace(coursePrefix, (_, index: string) => name(Number(index)));
  const renamed: FeedProblem = { ...problem, path: rename(problem.path), dropped: rename(problem.dropped) };
  if (problem.item !== undefined) renamed.item = rename(problem.item);
  return renamed;
}

/** A course dropped because an earlier one has its id: worded as the validator words it inside one feed. */
export function repeatedIdProblem(coursePath: string, id: string): FeedProblem {
  const label = `${coursePath} ${shorten(id, 40)}`;
  return {
    path: `${coursePath}.id`,
    message: 'repeats the id of an earlier entry',
    value: shorten(id),
    effect: 'item',
    dropped: label,
    item: label,
  };
}

export class ProblemList {
  /** At most `maxProblems` of parse.ts, like a feed's. */
  readonly problems: FeedProblem[] = [];
  /** Problems found beyond those listed. */
  unlistedProblems = 0;

  add(problem: FeedProblem): void {
    if (this.problems.length < maxProblems) this.problems.push(problem);
    else this.unlistedProblems++;
  }

  /** Adds what one validation found: its listed problems, and those it only counted. */
  addAll(found: { problems: readonly FeedProblem[]; unlistedProblems: number }): void {
    for (const problem of found.problems) this.add(problem);
    this.unlistedProblems += found.unlistedProblems;
  }

  get total(): number {
    return this.problems.length + this.unlistedProblems;
  }
}
