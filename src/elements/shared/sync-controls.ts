/**
 * Brings form controls in line with the element's state after a render, comparing with what each control shows
 * rather than with the last render, as Lit's `live()` does (without its directive code in the bundle). The state
 * wins where the reader changed a control and the state did not follow (a listener set it back); a control that
 * already shows the state is left alone: writing back the value the reader just typed would move WebKit's caret
 * in a number field.
 */
export interface ControlSync<K extends 'checked' | 'value'> {
  /** The controls to bring in line, e.g. `[type=radio]`. */
  selector: string;
  /** The control property that shows the state. */
  property: K;
  /** What that property should be for one control. */
  wanted: (input: HTMLInputElement) => HTMLInputElement[K];
}

export function syncControls<K extends 'checked' | 'value'>(root: ParentNode, sync: ControlSync<K>): void {
  for (const input of root.querySelectorAll<HTMLInputElement>(sync.selector)) {
    const value = sync.wanted(input);
    if (input[sync.property] !== value) input[sync.property] = value;
  }
}
