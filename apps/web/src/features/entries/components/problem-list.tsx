import { useTranslation } from '../../../lib/use-translation';
import { checklistItems, problemText, sectionId, type Problem } from '../utils/checklist';

/** Problems as a list, each in the reader's language with its facts, and linked to the section that fixes it. */
export function ProblemList({ problems, links = true }: { problems: readonly Problem[]; links?: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="checklist">
      {checklistItems(problems).map((p, i) => {
        const text = problemText(t, p);
        return (
          <li key={`${p.reason}-${i}`} data-reason={p.reason}>
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
