/**
 * Registers a tag unless it is already registered (a second copy of the bundle on the page, or a test that
 * registered it first). Returns false when the tag was taken, so the caller can say so once.
 */
export function defineElement(tag: string, element: CustomElementConstructor): boolean {
  if (customElements.get(tag)) return false;
  customElements.define(tag, element);
  return true;
}
