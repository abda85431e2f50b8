import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult, type CSSResultOrNative } from 'lit';

/** Sheets constructed in another window, once per window and style (the window goes, its sheets go with it). */
const foreignSheets = new WeakMap<Window, Map<CSSResultOrNative, CSSStyleSheet>>();

/**
 * Gives a shadow root its styles again after its host moved into another document with `adoptNode` (an
 * iframe's): the engines drop adopted sheets there, and a sheet constructed in one window cannot be adopted in
 * another. So the sheets are constructed again in the new window, not written as `<style>` elements, which a
 * strict CSP (`style-src 'self'`) would block. Back in its own window, Lit's sheets are adopted again.
 */
export function readoptStyles(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  const view = root.ownerDocument.defaultView;
  // Without adopted sheets, Lit wrote <style> elements, which move with the root. Without a window (a document
  // made by script), nothing is shown: the styles come when the element moves on.
  if (!view || !supportsAdoptingStyleSheets) return;
  if (view === window) {
    adoptStyles(root, [...styles]);
    return;
  }
  let sheets = foreignSheets.get(view);
  if (!sheets) {
    sheets = new Map();
    foreignSheets.set(view, sheets);
  }
  root.adoptedStyleSheets = styles.map((style) => {
    let sheet = sheets.get(style);
    if (!sheet) {
      sheet = new view.CSSStyleSheet();
      // Every rolefit style is a CSSResult from the `css` tag (styles.ts), so its text is at hand.
      sheet.replaceSync((style as CSSResult).cssText);
      sheets.set(style, sheet);
    }
    return sheet;
  });
}
