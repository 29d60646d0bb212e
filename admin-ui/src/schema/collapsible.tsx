import { type ReactNode, useState } from 'react';

/**
 * A section that can be folded: its content is rendered only while open, so a large definition
 * (an SOP with dozens of stages) opens quickly and only what is looked at costs anything.
 */
export function Collapsible({
  id,
  summary,
  defaultOpen,
  className,
  children,
}: {
  id?: string;
  summary: ReactNode;
  defaultOpen: boolean;
  className?: string;
  children: () => ReactNode;
}) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details
      id={id}
      className={`collapsible ${className ?? ''}`}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{summary}</summary>
      {open && <div className="collapsible-body">{children()}</div>}
    </details>
  );
}
