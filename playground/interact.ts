// What the view does in a browser: the legend switches categories, an entity button highlights its
// mentions, a mark shows its description on hover or keyboard focus, the tabs switch panels, the JSON
// tab copies and downloads. Events are delegated to the root, whose state survives re-rendering the
// view inside it (the playground does so on every edit and calls refresh()).
import { CATEGORIES, type Category } from './render';

export interface Interactions {
  /** Applies the current state (hidden categories, tab, chosen entity) to a freshly rendered view. */
  refresh(): void;
}

export function installInteractions(root: HTMLElement): Interactions {
  const hidden = new Set<Category>();
  let tab = 'entities';
  let chosen: string | undefined;

  const all = <E extends Element>(selector: string) => Array.from(root.querySelectorAll<E>(selector));
  const tooltip = () => root.querySelector<HTMLElement>('.k-tooltip');

  function refresh(): void {
    for (const category of CATEGORIES) root.classList.toggle(`k-hide-${category}`, hidden.has(category));
    for (const button of all<HTMLElement>('[data-toggle]')) button.setAttribute('aria-pressed', String(!hidden.has(button.dataset.toggle as Category)));
    // A hidden category's marks leave the tab order; a piece of a split mark never enters it.
    for (const mark of all<HTMLElement>('mark[data-category]:not([data-piece])')) mark.tabIndex = hidden.has(mark.dataset.category as Category) ? -1 : 0;
    for (const button of all<HTMLElement>('[role=tab]')) {
      const selected = button.dataset.tab === tab;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
    }
    for (const panel of all<HTMLElement>('[data-panel]')) panel.hidden = panel.dataset.panel !== tab;
    if (chosen !== undefined && !root.querySelector(`mark[data-entity="${CSS.escape(chosen)}"]`)) chosen = undefined;
    for (const mark of all<HTMLElement>('mark[data-entity]')) mark.classList.toggle('k-chosen', mark.dataset.entity === chosen);
    for (const button of all<HTMLElement>('[data-choose]')) button.setAttribute('aria-pressed', String(button.dataset.choose === chosen));
  }

  function selectTab(button: HTMLElement): void {
    tab = button.dataset.tab ?? tab;
    refresh();
    button.focus();
  }

  function showTooltip(mark: HTMLElement): void {
    const box = tooltip();
    const description = document.getElementById(mark.getAttribute('aria-describedby') ?? '');
    if (!box || !description || hidden.has(mark.dataset.category as Category)) return;
    box.innerHTML = description.innerHTML;
    box.className = `k-tooltip k-${mark.dataset.category}`;
    box.hidden = false;
    // Below the mark, or above it when there is no room; kept inside the window.
    const at = mark.getBoundingClientRect();
    const size = box.getBoundingClientRect();
    const below = at.bottom + 6 + size.height <= window.innerHeight;
    box.style.top = `${Math.max(4, below ? at.bottom + 6 : at.top - 6 - size.height)}px`;
    box.style.left = `${Math.min(Math.max(4, at.right - size.width), window.innerWidth - size.width - 4)}px`;
  }

  function hideTooltip(): void {
    const box = tooltip();
    if (box) box.hidden = true;
  }

  async function copyJson(status: HTMLElement | null, json: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(json);
      if (status) status.textContent = 'Copied.';
    } catch {
      if (status) status.textContent = 'The browser refused the clipboard: select the JSON and copy it.';
    }
  }

  function downloadJson(json: string): void {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    link.download = 'khabar.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  root.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLElement>('[data-toggle], [data-choose], [role=tab], [data-action]');
    if (!target) return;
    if (target.dataset.toggle) {
      const category = target.dataset.toggle as Category;
      if (!hidden.delete(category)) hidden.add(category);
      refresh();
    } else if (target.dataset.choose) {
      chosen = chosen === target.dataset.choose ? undefined : target.dataset.choose;
      refresh();
      if (chosen !== undefined) root.querySelector(`mark[data-entity="${CSS.escape(chosen)}"]`)?.scrollIntoView({ block: 'nearest' });
    } else if (target.dataset.tab) {
      selectTab(target);
    } else {
      const json = root.querySelector('.k-json')?.textContent ?? '';
      if (target.dataset.action === 'copy') void copyJson(root.querySelector('.k-status'), json);
      else downloadJson(json);
    }
  });

  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hideTooltip();
    const current = (event.target as Element).closest<HTMLElement>('[role=tab]');
    if (!current) return;
    const tabs = all<HTMLElement>('[role=tab]');
    const index = tabs.indexOf(current);
    // The tabs read left to right, whatever the text's direction.
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    selectTab(tabs[(to + tabs.length) % tabs.length]!);
  });

  const markOf = (event: Event) => (event.target as Element).closest<HTMLElement>('mark[data-category]');
  root.addEventListener('mouseover', (event) => {
    const mark = markOf(event);
    if (mark) showTooltip(mark);
  });
  root.addEventListener('focusin', (event) => {
    const mark = markOf(event);
    if (mark) showTooltip(mark);
  });
  root.addEventListener('mouseout', (event) => {
    if (markOf(event)) hideTooltip();
  });
  root.addEventListener('focusout', (event) => {
    if (markOf(event)) hideTooltip();
  });

  refresh();
  return { refresh };
}
