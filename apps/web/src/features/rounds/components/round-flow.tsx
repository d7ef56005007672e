import { useId } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import './round-setup.css';

/** The steps from the national rounds to the ceremony, as the diagram draws them and its text alternative lists them. */
const STEPS = ['national', 'promotion', 'final', 'awards'] as const;
type Step = (typeof STEPS)[number];

const BOX = { w: 196, h: 84, gap: 40 };

/** One step's box: its name on the first line, what happens on the second. */
function StepBox({ x, y, title, text, step }: { x: number; y: number; title: string; text: string; step: Step }) {
  return (
    <g className={`flow-step flow-${step}`}>
      {step === 'national' ? (
        // several countries' rounds, stacked
        <>
          <rect x={x + 8} y={y - 8} width={BOX.w} height={BOX.h} rx={10} className="flow-shadow" />
          <rect x={x + 4} y={y - 4} width={BOX.w} height={BOX.h} rx={10} className="flow-shadow" />
        </>
      ) : null}
      <rect x={x} y={y} width={BOX.w} height={BOX.h} rx={10} />
      <text x={x + BOX.w / 2} y={y + 34} textAnchor="middle" className="flow-title">
        {title}
      </text>
      <text x={x + BOX.w / 2} y={y + 60} textAnchor="middle" className="flow-text">
        {text}
      </text>
    </g>
  );
}

/** The arrow between two boxes, across (horizontal) or down (vertical). */
function Arrow({ x1, y1, x2, y2, marker }: { x1: number; y1: number; x2: number; y2: number; marker: string }) {
  return <line x1={x1} y1={y1} x2={x2} y2={y2} className="flow-arrow" markerEnd={`url(#${marker})`} />;
}

/**
 * How a competition is judged, drawn: each country's national round, promotion within the quota, the regional final,
 * then awards and the ceremony. The drawing is hidden from screen readers, which read the same steps as a list; on a
 * phone the boxes stack downwards.
 */
export function RoundFlowDiagram({ quota }: { quota?: number | null }) {
  const { t } = useTranslation();
  const marker = `flow-arrow-${useId().replace(/:/g, '')}`;
  const texts = (step: Step) => ({
    title: t(`roundSetup.flow.${step}.title`),
    text: step === 'promotion' && quota ? t('roundSetup.flow.promotion.quota', { count: quota }) : t(`roundSetup.flow.${step}.text`),
    alt: step === 'promotion' && quota ? t('roundSetup.flow.promotion.altQuota', { count: quota }) : t(`roundSetup.flow.${step}.alt`),
  });
  const wide = STEPS.length * BOX.w + (STEPS.length - 1) * BOX.gap + 16;
  const tall = STEPS.length * BOX.h + (STEPS.length - 1) * BOX.gap + 16;
  // each drawing its own arrow head: a marker inside a drawing that is not displayed does not show in the other
  const defs = (id: string) => (
    <defs>
      <marker id={id} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
        <path d="M 0 0 L 10 5 L 0 10 z" className="flow-head" />
      </marker>
    </defs>
  );
  return (
    <figure className="round-flow" aria-labelledby={`${marker}-caption`}>
      <figcaption id={`${marker}-caption`} className="round-flow-title">
        {t('roundSetup.flow.title')}
      </figcaption>
      <div className="round-flow-drawing" aria-hidden="true">
        <svg className="round-flow-wide" viewBox={`0 0 ${wide} ${BOX.h + 20}`} role="presentation" focusable="false">
          {defs(`${marker}-w`)}
          {STEPS.map((step, i) => {
            const x = 4 + i * (BOX.w + BOX.gap);
            return (
              <g key={step}>
                <StepBox x={x} y={12} step={step} {...texts(step)} />
                {i < STEPS.length - 1 ? (
                  <Arrow x1={x + BOX.w + (i === 0 ? 10 : 2)} y1={12 + BOX.h / 2} x2={x + BOX.w + BOX.gap - 4} y2={12 + BOX.h / 2} marker={`${marker}-w`} />
                ) : null}
              </g>
            );
          })}
        </svg>
        <svg className="round-flow-tall" viewBox={`0 0 ${BOX.w + 20} ${tall}`} role="presentation" focusable="false">
          {defs(`${marker}-t`)}
          {STEPS.map((step, i) => {
            const y = 12 + i * (BOX.h + BOX.gap);
            return (
              <g key={step}>
                <StepBox x={4} y={y} step={step} {...texts(step)} />
                {i < STEPS.length - 1 ? (
                  <Arrow x1={4 + BOX.w / 2} y1={y + BOX.h + 2} x2={4 + BOX.w / 2} y2={y + BOX.h + BOX.gap - 4} marker={`${marker}-t`} />
                ) : null}
              </g>
            );
          })}
        </svg>
      </div>
      <ol className="visually-hidden">
        {STEPS.map((step) => (
          <li key={step}>{texts(step).alt}</li>
        ))}
      </ol>
    </figure>
  );
}

/** What each kind of round is, in a sentence or two, and the flow between them: where rounds are listed and created. */
export function RoundKindsExplained({ quota, headingLevel = 2 }: { quota?: number | null; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="panel round-kinds" aria-labelledby="round-kinds-h">
      <Heading id="round-kinds-h">{t('roundSetup.kinds.title')}</Heading>
      <dl className="round-kinds-list">
        <div>
          <dt>{t('rounds.kind.national')}</dt>
          <dd>{t('roundSetup.kinds.national')}</dd>
        </div>
        <div>
          <dt>{t('rounds.kind.final')}</dt>
          <dd>{t('roundSetup.kinds.final')}</dd>
        </div>
      </dl>
      <p className="muted small">{t('roundSetup.kinds.screening')}</p>
      <RoundFlowDiagram quota={quota} />
    </section>
  );
}
