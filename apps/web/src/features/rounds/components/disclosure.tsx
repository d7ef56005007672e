import { useEffect, useState, type ReactNode } from 'react';

export interface DisclosureProps {
  id?: string;
  className?: string;
  summary: ReactNode;
  /** open at first (closed unless said) */
  initiallyOpen?: boolean;
  /** opens (and stays open) while true: a field inside has a problem to show */
  mustOpen?: boolean;
  /** renders the content only while open (a dozen languages' fields stay out of the page until asked for) */
  lazy?: boolean;
  children: ReactNode;
}

/** A native <details>: folded content the reader opens and closes, opened for them when a field inside has a problem. */
export function Disclosure({ id, className, summary, initiallyOpen = false, mustOpen = false, lazy = false, children }: DisclosureProps) {
  const [open, setOpen] = useState(initiallyOpen || mustOpen);
  useEffect(() => {
    if (mustOpen) setOpen(true);
  }, [mustOpen]);
  return (
    <details id={id} className={className} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open || !lazy ? children : null}
    </details>
  );
}
