import { useEffect, useId, useRef } from 'react';

export interface ErrorSummaryItem {
  /** id of the input to jump to; absent for errors that belong to no single input */
  targetId?: string;
  text: string;
}

export interface ErrorSummaryProps {
  title: string;
  message?: string;
  items: ErrorSummaryItem[];
  /** when this changes (a new failed attempt), the summary takes the focus */
  focusKey: unknown;
}

/** The list of problems at the top of a form; it receives focus so keyboard and screen-reader users land on it. */
export function ErrorSummary({ title, message, items, focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  useEffect(() => {
    if (focusKey) ref.current?.focus();
  }, [focusKey]);
  return (
    <div ref={ref} className="error-summary" tabIndex={-1} role="alert" aria-labelledby={headingId}>
      <h2 id={headingId} className="error-summary-title">
        {title}
      </h2>
      {message ? <p>{message}</p> : null}
      {items.length ? (
        <ul>
          {items.map((item, i) => (
            <li key={`${item.targetId ?? 'x'}-${i}`}>
              {item.targetId ? (
                <a
                  href={`#${item.targetId}`}
                  onClick={(e) => {
                    const target = document.getElementById(item.targetId!);
                    if (target) {
                      e.preventDefault();
                      target.focus();
                      target.scrollIntoView({ block: 'center' });
                    }
                  }}
                >
                  {item.text}
                </a>
              ) : (
                item.text
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
