/**
 * Lenient validation: every item is checked on its own with the rules generated from the feed schema, so one bad
 * course never hides the rest. An invalid optional field is dropped and its item kept; an invalid required field
 * drops the item; only a structural failure rejects the whole feed (thrown as `FeedError` of kind `invalid`).
 */
import { FeedError } from './errors.js';
import { describeIssue, pathToString, problemLines, shorten, valueAt, type FeedProblem } from './problems.js';
import { check, isObject, own, type FeedIssue, type ObjectRule, type Outcome } from './rules.js';
import {
  courseRule,
  headerRule,
  langRule,
  optionRule,
  providerRule,
  questionShellRule,
  roleRule,
} from './rules.generated.js';
import type { Course, Feed, Option, Provider, Question, Role } from './schema.js';

/**
 * The most problems a feed lists; the rest are only counted (`unlistedProblems`), so a feed with 300,000 broken
 * entries costs a short report, not a frozen page and a 40 MB console message.
 */
export const maxProblems = 100;

/**
 * The most problems looked for in one item (role, question, option, provider, course): its validation stops
 * there, so an item with 300,000 bad entries costs as much as one with ten.
 */
export const maxProblemsPerItem = 10;

/** How many problems of a rejected feed its error message lists (all of them are in `error.problems`). */
const problemsInError = 5;

export interface ParsedFeed {
  feed: Feed;
  /** What was ignored or dropped, at most `maxProblems`; empty for a fully valid feed. */
  problems: FeedProblem[];
  /** Problems found beyond those listed in `problems`. */
  unlistedProblems: number;
}

type Path = (string | number)[];

/** How problems name an item: its path and id (`courses[3] "c-1"`); the header, at the root, is the `feed`. */
function itemLabel(path: Path, raw: unknown): string {
  const id = isObject(raw) ? own(raw, 'id') : undefined;
  return `${pathToString(path) || 'feed'}${typeof id === 'string' ? ` ${shorten(id, 40)}` : ''}`;
}

/** What a problem costs: `effect` on `item` (a label), and what goes (default: the item, or the field at its path). */
interface Cost {
  effect: FeedProblem['effect'];
  item?: string;
  dropped?: string;
  /** false: the problem names no value (the value is a whole item or list, already quoted by its own problems). */
  quote?: boolean;
}

/** The ids a course may refer to. */
interface KnownIds {
  roles: Set<string>;
  providers: Set<string>;
}

const samePath = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((key, index) => key === b[index]);

class FeedParser {
  readonly problems: FeedProblem[] = [];
  unlistedProblems = 0;

  readonly #root: unknown;

  constructor(root: unknown) {
    this.#root = root;
  }

  /**
   * Records a problem at `path`, worded from `reason` (a message or an issue), with what it costs. Past
   * `maxProblems` it is only counted, before any wording work.
   */
  #report(path: Path, reason: string | FeedIssue, cost: Cost): void {
    if (this.problems.length >= maxProblems) {
      this.unlistedProblems++;
      return;
    }
    const value = cost.quote === false ? undefined : valueAt(this.#root, path);
    const where = pathToString(path);
    const problem: FeedProblem = {
      path: where,
      message: typeof reason === 'string' ? reason : describeIssue(reason, value),
      effect: cost.effect,
      dropped: cost.dropped ?? (cost.effect === 'item' ? cost.item! : where),
    };
    if (value !== undefined) problem.value = shorten(value);
    if (cost.item !== undefined) problem.item = cost.item;
    this.problems.push(problem);
  }

  /**
   * Reports the first issue at each path of one item, at most `maxProblemsPerItem` (the rest are counted).
   * Several checks of one value (pattern, then URL parse) fail together, one after the other: one problem per
   * path is enough.
   */
  #reportIssues(issues: readonly FeedIssue[], path: Path, cost: Required<Pick<Cost, 'effect' | 'item'>>): void {
    let listed = 0;
    issues.forEach((issue, index) => {
      if (index > 0 && samePath(issue.path, issues[index - 1]!.path)) return;
      listed += 1;
      if (listed > maxProblemsPerItem) {
        this.unlistedProblems++;
        return;
      }
      const dropped = cost.effect === 'item' ? cost.item : pathToString([...path, issue.path[0]!]);
      this.#report([...path, ...issue.path], issue, { ...cost, dropped });
    });
  }

  /**
   * Parses one item; drops invalid optional fields; returns undefined (and reports) when the item must go.
   * Each check stops at `maxProblemsPerItem` issues; while the issues found are in optional fields, those fields
   * go and the rest is checked again, at most once per field.
   */
  #item<T>(rule: ObjectRule, raw: unknown, path: Path): T | undefined {
    let outcome: Outcome = check(rule, raw, maxProblemsPerItem);
    if (!outcome.issues.length) return outcome.value as T;
    // Labels are built only for problems: a valid 10,000-course feed never needs one.
    const label = itemLabel(path, raw);
    if (!isObject(raw)) {
      this.#report(path, 'must be an object', { effect: 'item', item: label });
      return undefined;
    }
    const optional = (key: string) => rule.shape[key]?.type === 'optional';
    const rest = { ...raw };
    const ignored: FeedIssue[] = [];
    while (outcome.issues.length) {
      const badKeys = new Set(outcome.issues.map((issue) => String(issue.path[0])));
      if ([...badKeys].some((key) => !optional(key))) {
        // The item goes: its optional fields do not matter any more.
        const required = outcome.issues.filter((issue) => !optional(String(issue.path[0])));
        this.#reportIssues(required, path, { effect: 'item', item: label });
        if (outcome.truncated)
          this.#report(path, `has more problems than the ${maxProblemsPerItem} looked for`, {
            effect: 'item',
            item: label,
            quote: false,
          });
        return undefined;
      }
      ignored.push(...outcome.issues);
      for (const key of badKeys) delete rest[key];
      outcome = check(rule, rest, maxProblemsPerItem);
    }
    this.#reportIssues(ignored, path, { effect: 'field', item: label });
    return outcome.value as T;
  }

  /** Parses a list item by item, then drops repeated ids (the first one wins). */
  #list<T extends { id: string }>(
    raw: unknown,
    path: Path,
    parseOne: (entry: unknown, path: Path) => T | undefined,
  ): T[] {
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) {
      this.#report(path, 'must be a list', { effect: 'field' });
      return [];
    }
    const seen = new Set<string>();
    const items: T[] = [];
    raw.forEach((entry, index) => {
      const itemPath = [...path, index];
      const parsed = parseOne(entry, itemPath);
      if (!parsed) return;
      if (seen.has(parsed.id)) {
        this.#report([...itemPath, 'id'], 'repeats the id of an earlier entry', {
          effect: 'item',
          item: itemLabel(itemPath, entry),
        });
        return;
      }
      seen.add(parsed.id);
      items.push(parsed);
    });
    return items;
  }

  /**
   * A filter for the role ids of one item: true for an id in `roleIds`; any other id is reported at `path` and its
   * key (an index, or the id itself for a weight), listed up to `maxProblemsPerItem` per item, then only counted.
   */
  #knownRoles(roleIds: Set<string>, path: Path): (roleId: string, key: string | number) => boolean {
    let unknown = 0;
    return (roleId, key) => {
      if (roleIds.has(roleId)) return true;
      if (unknown < maxProblemsPerItem)
        this.#report([...path, key], 'names a role that is not in "roles"', { effect: 'field' });
      else this.unlistedProblems++;
      unknown += 1;
      return false;
    };
  }

  #question(raw: unknown, path: Path, roleIds: Set<string>): Question | undefined {
    const shell = this.#item<Omit<Question, 'options'>>(questionShellRule, raw, path);
    if (!shell) return undefined;
    const optionsPath = [...path, 'options'];
    // The shell passed, so `raw` is an object.
    const options = this.#list(own(raw as object, 'options'), optionsPath, (entry, optionPath) => {
      const option = this.#item<Option>(optionRule, entry, optionPath);
      if (!option) return undefined;
      const isKnown = this.#knownRoles(roleIds, [...optionPath, 'weights']);
      // The rules built `option` fresh, so it is ours to change.
      option.weights = Object.fromEntries(Object.entries(option.weights).filter(([roleId]) => isKnown(roleId, roleId)));
      return option;
    });
    if (options.length < 2) {
      this.#report(optionsPath, 'needs at least 2 valid options', {
        effect: 'item',
        item: itemLabel(path, raw),
        // The whole list would be a long quote and a long walk: the problems of its options are listed already.
        quote: false,
      });
      return undefined;
    }
    return { ...shell, options };
  }

  #course(raw: unknown, path: Path, knownIds: KnownIds): Course | undefined {
    const course = this.#item<Course>(courseRule, raw, path);
    if (!course) return undefined;
    if (!knownIds.providers.has(course.provider)) {
      this.#report([...path, 'provider'], 'names a provider that is not in "providers"', {
        effect: 'item',
        item: itemLabel(path, raw),
      });
      return undefined;
    }
    const isKnown = this.#knownRoles(knownIds.roles, [...path, 'roles']);
    const known = course.roles.filter((roleId, index) => isKnown(roleId, index));
    if (!known.length) {
      this.#report([...path, 'roles'], 'names no known role', { effect: 'item', item: itemLabel(path, raw) });
      return undefined;
    }
    course.roles = known; // the rules built `course` fresh, so it is ours to change
    return course;
  }

  /** The usable feed: every list item by item, then the references between them. */
  feed(input: Record<string, unknown>): Feed {
    // A copy, because a bad `lang` is replaced; the header rule reads only the header's own fields.
    const header = { ...input };
    if (check(langRule, header.lang).issues.length) {
      this.#report(['lang'], 'must be a language code such as "de" or "en"; using "en"', { effect: 'field' });
      header.lang = 'en';
    }
    const head = this.#item<Omit<Feed, 'roles' | 'questions' | 'providers' | 'courses'>>(headerRule, header, []);

    const rawRoles = own(input, 'roles') as unknown[];
    const roles = this.#list(rawRoles, ['roles'], (raw, path) => this.#item<Role>(roleRule, raw, path));
    if (!rawRoles.length) throw new Rejection('The feed has no valid role: its "roles" list is empty.');
    if (!roles.length) throw new Rejection('The feed has no valid role. Fix these problems:');
    const roleIds = new Set(roles.map((role) => role.id));

    const providers = this.#list(own(input, 'providers'), ['providers'], (raw, path) =>
      this.#item<Provider>(providerRule, raw, path),
    );
    const knownIds: KnownIds = { roles: roleIds, providers: new Set(providers.map((provider) => provider.id)) };

    return {
      ...head!,
      roles,
      questions: this.#list(own(input, 'questions'), ['questions'], (raw, path) => this.#question(raw, path, roleIds)),
      providers,
      courses: this.#list(own(input, 'courses'), ['courses'], (raw, path) => this.#course(raw, path, knownIds)),
    };
  }
}

/** Nothing usable is left; `message` says why in one line. */
class Rejection extends Error {}

/** What validation found: the usable feed, or `rejected` (one line) saying why there is none. */
export type FeedValidation = ({ feed: Feed; rejected?: undefined } | { feed?: undefined; rejected: string }) &
  Omit<ParsedFeed, 'feed'>;

/** Validates a feed object without throwing: what `parseFeed` and `rolefit validate` build on. */
export function validateFeed(input: unknown): FeedValidation {
  const parser = new FeedParser(input);
  const found = () => ({ problems: parser.problems, unlistedProblems: parser.unlistedProblems });
  try {
    if (!isObject(input)) throw new Rejection('The feed must be a JSON object with "version": 1 and a "roles" list.');
    const version = own(input, 'version');
    if (version === undefined) throw new Rejection('The feed has no "version": add "version": 1.');
    if (version !== 1)
      throw new Rejection(`The feed has "version": ${shorten(version, 20)}; this rolefit reads version 1.`);
    if (!Array.isArray(own(input, 'roles')))
      throw new Rejection('The feed has no "roles" list: add at least one role.');
    return { feed: parser.feed(input), ...found() };
  } catch (error) {
    if (!(error instanceof Rejection)) throw error;
    return { rejected: error.message, ...found() };
  }
}

/**
 * Validates a feed object. Returns the usable feed and the problems found; throws `FeedError` (kind `invalid`)
 * when nothing usable is left. Its message says why, then lists the first problems in the words of
 * `rolefit validate`; `error.problems` holds all those listed in `problems` here.
 */
export function parseFeed(input: unknown): ParsedFeed {
  const { feed, rejected, problems, unlistedProblems } = validateFeed(input);
  if (feed) return { feed, problems, unlistedProblems };
  const listed = problems.slice(0, problemsInError);
  const lines = problemLines(listed, problems.length - listed.length + unlistedProblems);
  throw new FeedError('invalid', [rejected, ...lines].join('\n'), { problems });
}
