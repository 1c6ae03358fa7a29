import { type RefObject, useEffect } from 'react';

/**
 * A table wider than the screen scrolls sideways; keyboard users must be able to scroll it too
 * (WCAG 2.1.1, axe `scrollable-region-focusable`), so its scroll container takes the focus and
 * is named after the table.
 */
export function useFocusableScroll(ref: RefObject<HTMLElement | null>, label: string) {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const mark = () => {
      for (const el of root.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body')) {
        if (el.getAttribute('tabindex') !== '0') el.setAttribute('tabindex', '0');
        if (!el.hasAttribute('role')) el.setAttribute('role', 'region');
        el.setAttribute('aria-label', label);
      }
    };
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref, label]);
}
