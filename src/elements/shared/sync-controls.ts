/**
 * Brings form controls in line with the element's state after a render, comparing with what each control shows
 * rather than with the last render, as Lit's `live()` does (without its directive code in the bundle). The state
 * wins where the reader changed a control and the state did not follow (a listener set it back); a control that
 * already shows the state is left alone: writing back the value the reader just typed would move WebKit's caret
 * in a number field.
 */
export function syncControls<K extends 'checked' | 'value'>(
  root: ParentNode,
  selector: string,
  key: K,
  wanted: (input: HTMLInputElement) => HTMLInputElement[K],
): void {
  for (const input of root.querySelectorAll<HTMLInputElement>(selector)) {
    const value = wanted(input);
    if (input[key] !== value) input[key] = value;
  }
}
