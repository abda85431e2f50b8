/**
 * Follows a `<rolefit-matcher>` named by id. It listens on the document rather than on the matcher, so it works
 * whichever element is defined or connected first, and when the matcher is added or replaced later.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MatchResult } from '../../match/types.js';
import { warnOnce } from '../shared/warn.js';

/** The host names the matcher in its `matcher` property, read at each use: the attribute may change. */
type Host = ReactiveControllerHost & HTMLElement & { matcher?: string | undefined };

export class MatcherLink implements ReactiveController {
  /** The top role last taken from the matcher. */
  #takenTop?: string;

  constructor(
    private readonly host: Host,
    private readonly onResult: (top: string) => void,
  ) {
    host.addController(this);
  }

  /** Ids resolve in the element's own tree (document or shadow root), like `<label for>`. */
  #find(id: string): Element | null {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    return ('getElementById' in root ? root : this.host.ownerDocument).getElementById(id);
  }

  hostConnected(): void {
    this.host.ownerDocument.addEventListener('rolefit-match', this.#onMatch);
    this.readResult();
  }

  hostDisconnected(): void {
    this.host.ownerDocument.removeEventListener('rolefit-match', this.#onMatch);
  }

  /**
   * Takes over a result the matcher already has (the reader finished the quiz before this element started).
   * The role last taken is not taken again, so moving this element in the DOM does not undo a later `for-role`.
   */
  readResult(): void {
    const id = this.host.matcher;
    const matcher = id ? (this.#find(id) as { result?: MatchResult | null } | null) : null;
    const result = matcher?.result;
    if (result && result.top !== this.#takenTop) this.#take(result);
  }

  /** Says once when the id names nothing or something else; keeps listening, as the matcher may come later. */
  check(): void {
    const id = this.host.matcher;
    if (!id) return;
    const tag = this.host.localName;
    const target = this.#find(id);
    if (!target) {
      warnOnce(
        this.host,
        `<${tag} matcher="${id}">: there is no element with id "${id}" yet; waiting for its results.`,
      );
    } else if (target.localName !== 'rolefit-matcher') {
      warnOnce(this.host, `<${tag} matcher="${id}">: #${id} is a <${target.localName}>, not a <rolefit-matcher>.`);
    }
  }

  readonly #onMatch = (event: Event): void => {
    const id = this.host.matcher;
    if (!id) return;
    // The matcher may sit in a shadow root: then the document sees its host as target, so look along the path
    // (which holds the target too).
    const fromMatcher = event.composedPath().some((node) => node instanceof Element && node.id === id);
    const result = (event as CustomEvent<MatchResult | null>).detail;
    if (fromMatcher && result) this.#take(result);
  };

  #take(result: MatchResult): void {
    if (typeof result.top !== 'string') return;
    this.#takenTop = result.top;
    this.onResult(result.top);
  }
}
