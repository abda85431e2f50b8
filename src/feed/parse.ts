/**
 * Lenient validation: every item is checked on its own with the rules generated from the feed schema, so one bad
 * course never hides the
 * rest. An invalid optional field is dropped and its item kept; an invalid required field drops the item; only
 * a structural failure rejects the whole feed (thrown as `FeedError` of kind `invalid`).
 */
import { FeedError } from './errors.js';
import { describeIssue, pathToString, shorten, valueAt, type FeedProblem } from './problems.js';
import { check, type ObjectRule } from './rules.js';
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

export interface ParsedFeed {
  feed: Feed;
  /** Everything that was ignored or dropped; empty for a fully valid feed. */
  problems: FeedProblem[];
}

type Path = (string | number)[];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function itemLabel(path: Path, raw: unknown): string {
  const id = isRecord(raw) && typeof raw.id === 'string' ? ` ${shorten(raw.id, 40)}` : '';
  return `${pathToString(path)}${id}`;
}

class FeedParser {
  readonly problems: FeedProblem[] = [];

  readonly #root: unknown;

  constructor(root: unknown) {
    this.#root = root;
  }

  /** Records a problem at `path`; `dropped` is what goes because of it (default: the field at `path`). */
  #report(path: Path, message: string, effect: FeedProblem['effect'], item?: string, dropped?: string): void {
    const value = valueAt(this.#root, path);
    const where = pathToString(path);
    const problem: FeedProblem = {
      path: where,
      message,
      effect,
      dropped: dropped ?? (effect === 'item' ? item! : where),
    };
    if (value !== undefined) problem.value = shorten(value);
    if (item !== undefined) problem.item = item;
    this.problems.push(problem);
  }

  /** Parses one item; drops invalid optional fields; returns undefined (and reports) when the item must go. */
  #item<T>(rule: ObjectRule, raw: unknown, path: Path, itemName?: string): T | undefined {
    const first = check(rule, raw);
    if (!first.issues.length) return first.value as T;
    // Labels are built only for problems: a valid 10,000-course feed never needs one.
    const label = itemName ?? itemLabel(path, raw);
    if (!isRecord(raw)) {
      this.#report(path, 'must be an object', 'item', label);
      return undefined;
    }
    const optional = (key: string) => rule.shape[key]?.type === 'optional';
    const badKeys = new Set(first.issues.map((issue) => String(issue.path[0])));
    const required = [...badKeys].some((key) => !optional(key));
    const reported = new Set<string>();
    for (const issue of first.issues) {
      const key = String(issue.path[0]);
      if (required && optional(key)) continue;
      const issuePath = [...path, ...issue.path];
      // Several checks of one field (pattern, then URL parse) fail together: one problem per path is enough.
      const where = pathToString(issuePath);
      if (reported.has(where)) continue;
      reported.add(where);
      const message = describeIssue(issue, valueAt(this.#root, issuePath));
      this.#report(
        issuePath,
        message,
        required ? 'item' : 'field',
        label,
        required ? label : pathToString([...path, key]),
      );
    }
    if (required) return undefined;
    const rest = { ...raw };
    for (const key of badKeys) delete rest[key];
    const second = check(rule, rest);
    return second.issues.length ? undefined : (second.value as T);
  }

  /** Parses a list item by item, then drops repeated ids (the first one wins). */
  #list<T extends { id: string }>(
    raw: unknown,
    path: Path,
    parseOne: (entry: unknown, path: Path) => T | undefined,
  ): T[] {
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) {
      this.#report(path, 'must be a list', 'field');
      return [];
    }
    const seen = new Set<string>();
    const items: T[] = [];
    raw.forEach((entry, index) => {
      const itemPath = [...path, index];
      const parsed = parseOne(entry, itemPath);
      if (!parsed) return;
      if (seen.has(parsed.id)) {
        this.#report([...itemPath, 'id'], `repeats the id of an earlier entry`, 'item', itemLabel(itemPath, entry));
        return;
      }
      seen.add(parsed.id);
      items.push(parsed);
    });
    return items;
  }

  #question(raw: unknown, path: Path, roleIds: Set<string>): Question | undefined {
    const shell = this.#item<Omit<Question, 'options'>>(questionShellRule, raw, path);
    if (!shell) return undefined;
    const optionsPath = [...path, 'options'];
    const options = this.#list((raw as Record<string, unknown>).options, optionsPath, (entry, optionPath) => {
      const option = this.#item<Option>(optionRule, entry, optionPath);
      if (option) this.#dropUnknownWeights(option, optionPath, roleIds);
      return option;
    });
    if (options.length < 2) {
      this.#report(optionsPath, 'needs at least 2 valid options', 'item', itemLabel(path, raw));
      return undefined;
    }
    return { ...shell, options };
  }

  #dropUnknownWeights(option: Option, path: Path, roleIds: Set<string>): void {
    for (const roleId of Object.keys(option.weights)) {
      if (roleIds.has(roleId)) continue;
      this.#report([...path, 'weights', roleId], 'names a role that is not in "roles"', 'field');
      delete option.weights[roleId];
    }
  }

  #course(raw: unknown, path: Path, roleIds: Set<string>, providerIds: Set<string>): Course | undefined {
    const course = this.#item<Course>(courseRule, raw, path);
    if (!course) return undefined;
    if (!providerIds.has(course.provider)) {
      this.#report([...path, 'provider'], 'names a provider that is not in "providers"', 'item', itemLabel(path, raw));
      return undefined;
    }
    const known = course.roles.filter((roleId, index) => {
      if (roleIds.has(roleId)) return true;
      this.#report([...path, 'roles', index], 'names a role that is not in "roles"', 'field');
      return false;
    });
    if (!known.length) {
      this.#report([...path, 'roles'], 'names no known role', 'item', itemLabel(path, raw));
      return undefined;
    }
    course.roles = known; // the rules built `course` fresh, so it is ours to change
    return course;
  }

  /** The usable feed: every list item by item, then the references between them. */
  feed(input: Record<string, unknown>): Feed {
    const { roles: rawRoles, questions, providers: rawProviders, courses, ...header } = input;
    if (check(langRule, header.lang).issues.length) {
      this.#report(['lang'], 'must be a language code such as "de" or "en"; using "en"', 'field');
      header.lang = 'en';
    }
    const head = this.#item<Omit<Feed, 'roles' | 'questions' | 'providers' | 'courses'>>(
      headerRule,
      header,
      [],
      'feed',
    );

    const roles = this.#list(rawRoles, ['roles'], (raw, path) => this.#item<Role>(roleRule, raw, path));
    if (!roles.length) reject('The feed has no valid role: fix the roles listed in the console.', this.problems);
    const roleIds = new Set(roles.map((role) => role.id));

    const providers = this.#list(rawProviders, ['providers'], (raw, path) =>
      this.#item<Provider>(providerRule, raw, path),
    );
    const providerIds = new Set(providers.map((provider) => provider.id));

    return {
      ...head!,
      roles,
      questions: this.#list(questions, ['questions'], (raw, path) => this.#question(raw, path, roleIds)),
      providers,
      courses: this.#list(courses, ['courses'], (raw, path) => this.#course(raw, path, roleIds, providerIds)),
    };
  }
}

function reject(message: string, problems: FeedProblem[] = []): never {
  throw new FeedError('invalid', message, '', undefined, problems);
}

/**
 * Validates a feed object. Returns the usable feed and every problem found; throws `FeedError` (kind `invalid`)
 * when nothing usable is left.
 */
export function parseFeed(input: unknown): ParsedFeed {
  if (!isRecord(input)) reject('The feed must be a JSON object with "version": 1 and a "roles" list.');
  if (input.version !== 1) {
    reject(
      input.version === undefined
        ? 'The feed has no "version": add "version": 1.'
        : `The feed has "version": ${shorten(input.version, 20)}; this rolefit reads version 1.`,
    );
  }
  if (!Array.isArray(input.roles)) reject('The feed has no "roles" list: add at least one role.');

  const parser = new FeedParser(input);
  return { feed: parser.feed(input), problems: parser.problems };
}
