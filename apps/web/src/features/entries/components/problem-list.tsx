import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { languageLabel } from '../../../lib/languages';
import { checklistItems, problemText, sectionId, type Problem } from '../utils/checklist';

/** Problems as a list, each translated where we can and linked to the section that fixes it. */
export function ProblemList({ problems, links = true }: { problems: readonly Problem[]; links?: boolean }) {
  const { t, i18n } = useTranslation();
  const format = { date: (iso: string) => formatDateTime(iso, i18n.language), language: (code: string) => languageLabel(code, i18n.language) };
  return (
    <ul className="checklist">
      {checklistItems(problems).map((p, i) => {
        const text = problemText(t, p, format);
        return (
          <li key={`${p.code}-${i}`} data-code={p.code}>
            {links ? (
              <a
                href={`#${sectionId(p.section)}`}
                onClick={(e) => {
                  const target = document.getElementById(sectionId(p.section));
                  if (target) {
                    e.preventDefault();
                    target.focus();
                    target.scrollIntoView({ block: 'start' });
                  }
                }}
              >
                {text}
              </a>
            ) : (
              text
            )}
          </li>
        );
      })}
    </ul>
  );
}
