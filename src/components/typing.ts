/** Whether a key press goes to a text field (where the browser's own shortcuts, such as its undo, apply). */
export const isTyping = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
