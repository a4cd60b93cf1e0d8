import type { RendererRule, StateCore } from 'markdown-it';

// GitHub's marker: `[ ]`, `[x]` or `[X]` opening a list item, then whitespace and content.
const TASK_MARKER = /^\[([ xX])\][ \t]+(?=\S)/;

/**
 * Core rule: a list item whose text starts with a task marker gets a checkbox token in
 * place of the marker. The checkbox is rendered disabled: it shows state, it is no control.
 * The item's text is the checkbox's label, so assistive technology reads what it marks.
 */
export function markTaskItems(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.type !== 'list_item_open' || tokens[i + 1]!.type !== 'paragraph_open') continue;
    const inline = tokens[i + 2]!;
    const first = inline.type === 'inline' ? inline.children?.[0] : undefined;
    const marker = first?.type === 'text' ? TASK_MARKER.exec(first.content) : null;
    if (!first || !marker || !inline.children) continue;
    first.content = first.content.slice(marker[0].length);
    const checkbox = new state.Token('task_checkbox', 'input', 0);
    checkbox.meta = { isChecked: marker[1] !== ' ' };
    inline.children.unshift(new state.Token('task_label_open', 'label', 1), checkbox);
    inline.children.push(new state.Token('task_label_close', 'label', -1));
  }
}

/** Renders the token made by {@link markTaskItems}. */
export const renderTaskCheckbox: RendererRule = (tokens, idx) => {
  const meta = tokens[idx]!.meta as { isChecked: boolean };
  return meta.isChecked ? '<input type="checkbox" disabled checked> ' : '<input type="checkbox" disabled> ';
};

/** Renders the label around a task item's checkbox and text. */
export const renderTaskLabelOpen: RendererRule = () => '<label>';
export const renderTaskLabelClose: RendererRule = () => '</label>';
