// One "copy" button for the demo pages: copies text through the async clipboard API and says what happened in a
// polite status line. Where the clipboard is refused (no permission, insecure context) it selects the code so
// the reader can copy it by keyboard instead.

/**
 * @param {HTMLButtonElement} button
 * @param {HTMLElement} source - the element whose text is copied (a <code> block)
 * @param {HTMLElement} status - a role="status" element next to the button
 */
export function wireCopyButton(button, source, status) {
  button.addEventListener('click', async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(source.textContent ?? '');
      status.textContent = 'Copied.';
    } catch {
      getSelection()?.selectAllChildren(source);
      status.textContent = 'Copying is blocked here: the code is selected, press Ctrl+C (⌘C on a Mac).';
    }
  });
  // A new text makes an old "Copied." wrong.
  new MutationObserver(() => {
    status.textContent = '';
  }).observe(source, {
    childList: true,
    characterData: true,
    subtree: true,
  });
}

/** Wires every `button[data-copy]`: `data-copy` holds the id of the code to copy, `data-status` the id of its status line. */
export function wireCopyButtons(root = document) {
  for (const button of root.querySelectorAll('button[data-copy]')) {
    const source = document.getElementById(button.dataset.copy);
    const status = document.getElementById(button.dataset.status);
    if (source && status) wireCopyButton(button, source, status);
  }
}
