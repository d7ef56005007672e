import { useDeferredValue, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { ControlProps } from '../../../components/ui/form-field';
import { SCHOOL_SEARCH_MIN_CHARS } from '@clapper/domain/schools';
import { useSchoolSearch, type SchoolOption } from '../api/search-schools';

export interface SchoolSearchProps {
  roundId: string;
  control: ControlProps;
  /** schools already chosen: listed as chosen, and not picked twice */
  chosen: ReadonlySet<string>;
  countryName: (code: string) => string;
  onPick: (school: SchoolOption) => void;
}

/**
 * A combobox over the whole school directory (ARIA 1.2 combobox with a listbox popup): type 3 characters or more,
 * move through the matches with the arrow keys, Enter picks one, Escape closes the list (or clears the text).
 * A polite status line says how many schools matched.
 */
export function SchoolSearch({ roundId, control, chosen, countryName, onPick }: SchoolSearchProps) {
  const { t } = useTranslation();
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const q = useDeferredValue(text.trim());
  const search = useSchoolSearch(roundId, q);
  const ready = q.length >= SCHOOL_SEARCH_MIN_CHARS && !search.isPlaceholderData && search.data !== undefined;
  const options = ready ? search.data : [];
  const expanded = open && options.length > 0;
  const optionId = (i: number) => `${listId}-o${i}`;

  const status =
    q.length < SCHOOL_SEARCH_MIN_CHARS
      ? t('judge.declaration.schoolSearchMin', { count: SCHOOL_SEARCH_MIN_CHARS })
      : !ready
        ? t('judge.declaration.schoolSearching')
        : options.length
          ? t('judge.declaration.schoolSearchFound', { count: options.length })
          : t('judge.declaration.schoolSearchNone');

  function pick(school: SchoolOption) {
    if (!chosen.has(school.id)) onPick(school);
    setText('');
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!options.length) return;
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (!expanded || i < 0 ? (step > 0 ? 0 : options.length - 1) : (i + step + options.length) % options.length));
    } else if (e.key === 'Enter') {
      // Enter picks the highlighted school; it never submits the whole form from here
      e.preventDefault();
      if (expanded && active >= 0 && options[active]) pick(options[active]);
    } else if (e.key === 'Escape') {
      if (expanded) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (text) {
        e.preventDefault();
        setText('');
      }
    }
  }

  return (
    <div className="judge-combobox">
      <input
        {...control}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" className="judge-combobox-list" hidden={!expanded} aria-label={t('judge.declaration.schoolMatches')}>
        {options.map((s, i) => (
          <li
            key={s.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'judge-combobox-option is-active' : 'judge-combobox-option'}
            // mousedown, not click: picking must happen before the input's blur closes the list
            onMouseDown={(e) => {
              e.preventDefault();
              pick(s);
            }}
          >
            <span>{s.name}</span> <span className="muted small">· {countryName(s.countryCode)}</span>
            {chosen.has(s.id) ? <span className="muted small"> · {t('judge.declaration.schoolChosen')}</span> : null}
          </li>
        ))}
      </ul>
      <p className="field-hint judge-combobox-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
