/** The text selected inside `element`, if the selection lies within it (so a quote can take just that part). */
export function selectedTextWithin(element: HTMLElement | null): string {
  const selection = window.getSelection();
  if (!element || !selection || selection.isCollapsed || selection.rangeCount === 0) return '';
  const range = selection.getRangeAt(0);
  return element.contains(range.commonAncestorContainer) ? selection.toString().trim() : '';
}
