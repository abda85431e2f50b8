/**
 * Keeps one `<script type="application/ld+json">` in an element's light DOM (search engines read the light DOM,
 * not shadow roots), rewriting it only when its text changes.
 */
import { setScriptText } from '../../courses/trusted-types.js';

export class StructuredData {
  private script?: HTMLScriptElement;
  private text = '';

  constructor(private readonly host: HTMLElement) {}

  show(text: string): void {
    if (!this.script || this.script.parentNode !== this.host) {
      this.script = this.host.ownerDocument.createElement('script');
      this.script.type = 'application/ld+json';
      this.text = '';
      this.host.append(this.script);
    }
    if (text === this.text) return;
    setScriptText(this.script, text);
    this.text = text;
  }

  remove(): void {
    this.script?.remove();
    this.script = undefined;
    this.text = '';
  }
}
