/**
 * Keeps one `<script type="application/ld+json">` in the light DOM of the element as the document sees it (search
 * engines read the document, not shadow roots), rewriting it only when its text changes. Inside another
 * component's shadow root (e.g. `<rolefit-advisor>`), that is the outermost host's light DOM.
 *
 * The script belongs to what the element shows: it goes when the element leaves the document (an advisor going
 * back to its quiz removes its course list, whose script sits in the advisor's light DOM, not in the list), and
 * comes back with the element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { setScriptText } from './trusted-types.js';

function documentHost(element: HTMLElement): HTMLElement {
  let host = element;
  for (let root = host.getRootNode(); root instanceof ShadowRoot; root = host.getRootNode()) {
    host = root.host as HTMLElement;
  }
  return host;
}

export class StructuredData implements ReactiveController {
  #script?: HTMLScriptElement;
  /** The text last shown, put back when the element returns to the document. */
  #text?: string;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#text !== undefined) this.show(this.#text);
  }

  hostDisconnected(): void {
    this.#script?.remove();
    this.#script = undefined;
  }

  show(text: string): void {
    this.#text = text;
    const target = documentHost(this.host);
    if (!this.#script || this.#script.parentNode !== target) {
      this.#script?.remove();
      this.#script = this.host.ownerDocument.createElement('script');
      this.#script.type = 'application/ld+json';
      target.append(this.#script);
    }
    if (this.#script.text !== text) setScriptText(this.#script, text);
  }

  /** No list is shown (an error, another feed loading, the attribute gone): no JSON-LD either. */
  remove(): void {
    this.hostDisconnected();
    this.#text = undefined;
  }
}
