import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabItem<T extends string> {
  readonly id: T;
  readonly label: ReactNode;
}

/** The element ids of one tab and its panel: they name each other (aria-controls, aria-labelledby). */
export function tabIds(idBase: string, id: string): { readonly tab: string; readonly panel: string } {
  return { tab: `${idBase}-tab-${id}`, panel: `${idBase}-panel-${id}` };
}

export interface TabListProps<T extends string> {
  /** The tab list's accessible name. */
  readonly label: string;
  readonly tabs: readonly TabItem<T>[];
  readonly selected: T;
  readonly onSelect: (id: T) => void;
  /** Prefix of the tabs' and panels' ids (unique on the page). */
  readonly idBase: string;
  /**
   * `underline`: a row of tabs over a rule, for a page's sections. `segmented`: toggle-like options
   * in one frame, for switching the view of one thing (Search · By session).
   */
  readonly variant?: 'underline' | 'segmented';
  readonly className?: string;
}

/**
 * The WAI-ARIA tabs pattern with automatic activation: one tab in the Tab order (roving tabindex),
 * Left and Right move to the previous and next tab (wrapping), Home and End to the first and last,
 * and the tab that gets focus is the one shown. Pair it with TabPanel (same idBase).
 */
export function TabList<T extends string>({
  label,
  tabs,
  selected,
  onSelect,
  idBase,
  variant = 'underline',
  className,
}: TabListProps<T>) {
  const buttons = useRef(new Map<T, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const index = tabs.findIndex((tab) => tab.id === selected);
    const last = tabs.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index <= 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    const next = tabs[target];
    if (!next) return;
    event.preventDefault();
    if (next.id !== selected) onSelect(next.id);
    buttons.current.get(next.id)?.focus();
  };

  const segmented = variant === 'segmented';
  return (
    <div
      role="tablist"
      aria-label={label}
      aria-orientation="horizontal"
      className={[segmented ? 'segmented' : 'tabs', className].filter(Boolean).join(' ')}
      onKeyDown={onKeyDown}
    >
      {tabs.map(({ id, label: tabLabel }) => {
        const ids = tabIds(idBase, id);
        const current = id === selected;
        return (
          <button
            key={id}
            ref={(element) => {
              if (element) buttons.current.set(id, element);
              else buttons.current.delete(id);
            }}
            type="button"
            role="tab"
            id={ids.tab}
            aria-selected={current}
            aria-controls={ids.panel}
            tabIndex={current ? 0 : -1}
            className={segmented ? 'segmented__option' : 'tabs__tab'}
            onClick={() => onSelect(id)}
          >
            {tabLabel}
          </button>
        );
      })}
    </div>
  );
}

export interface TabPanelProps {
  readonly idBase: string;
  /** The tab this panel belongs to. */
  readonly tab: string;
  /** Kept in the page but not shown (a panel that must not lose what is typed in it). */
  readonly hidden?: boolean;
  readonly className?: string;
  readonly children: ReactNode;
}

/** The content of one tab, named by it. */
export function TabPanel({ idBase, tab, hidden, className, children }: TabPanelProps) {
  const ids = tabIds(idBase, tab);
  return (
    <div
      role="tabpanel"
      id={ids.panel}
      aria-labelledby={ids.tab}
      hidden={hidden}
      className={['tabs__panel', className].filter(Boolean).join(' ')}
    >
      {children}
    </div>
  );
}

export interface TabsProps<T extends string> extends TabListProps<T> {
  readonly panelClassName?: string;
  /** The selected tab's content. */
  readonly children: ReactNode;
}

/** A tab list with the selected tab's panel right under it. */
export function Tabs<T extends string>({ panelClassName, children, ...list }: TabsProps<T>) {
  return (
    <>
      <TabList {...list} />
      <TabPanel idBase={list.idBase} tab={list.selected} className={panelClassName}>
        {children}
      </TabPanel>
    </>
  );
}
