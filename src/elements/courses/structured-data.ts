/**
 * Keeps one `<script type="application/ld+json">` in the light DOM of the element as the document sees it (search
 * engines read the document, not shadow roots), rewriting it only when its text changes. Inside another
 * component's shadow root (e.g. `<rolefit-advisor>`), that is the outermost host's light DOM.
 */
import { setScriptText } from '../../courses/trusted-types.js';

function documentHost(element: HTMLElement): HTMLElement {
  let host = element;
  for (let root = host.getRootNode(); root instanceof ShadowRoot; root = host.getRootNode()) {
    host = root.host as HTMLElement;
  }
  return host;
}

export class StructuredData {
  #script?: HTMLScriptElement;

  constructor(private readonly host: HTMLElement) {}

  show(text: string): void {
    const target = documentHost(this.host);
    if (!this.#script || this.#script.parentNode !== target) {
      this.#script?.remove();
      this.#script = this.host.ownerDocument.createElement('script');
      this.#script.type = 'application/ld+json';
      target.append(this.#script);
    }
    if (this.#script.text !== text) setScriptText(this.#script, text);
  }

  remove(): void {
    this.#script?.remove();
    this.#script = undefined;
  }
}
