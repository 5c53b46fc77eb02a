import * as RadixTabs from '@radix-ui/react-tabs';
import type { ReactNode } from 'react';

/**
 * The app's one tab list (Radix Tabs underneath: roving focus, arrow keys, Home and End, the ARIA wiring). Only the
 * selected tab's panel is rendered; `children` is that panel.
 */
export function Tabs<Id extends string>({ label, tabs, value, onChange, children, panelClassName }: {
  label: string;
  tabs: ReadonlyArray<readonly [Id, ReactNode]>;
  value: Id;
  onChange(id: NoInfer<Id>): void;
  children: ReactNode;
  panelClassName?: string;
}) {
  return (
    <RadixTabs.Root value={value} onValueChange={(v) => onChange(tabs.find(([id]) => id === v)?.[0] ?? value)} activationMode="automatic">
      <RadixTabs.List aria-label={label} className="mb-2 flex flex-wrap gap-1 border-b border-line">
        {tabs.map(([id, title]) => (
          <RadixTabs.Trigger
            key={id}
            value={id}
            className="-mb-px rounded-t-md border border-transparent px-3 py-1.5 text-sm text-muted hover:text-ink data-[state=active]:border-line data-[state=active]:border-b-transparent data-[state=active]:bg-surface data-[state=active]:font-semibold data-[state=active]:text-ink"
          >
            {title}
          </RadixTabs.Trigger>
        ))}
      </RadixTabs.List>
      <RadixTabs.Content value={value} className={panelClassName}>
        {children}
      </RadixTabs.Content>
    </RadixTabs.Root>
  );
}
