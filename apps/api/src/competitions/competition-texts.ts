import { Injectable, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  contentLanguages,
  rubricContentTexts,
  textLanguageProblems,
  translationGaps,
  type ContentItem,
  type ContentText,
  type LocalizedText,
  type TranslationGap,
} from '@clapper/domain/content-languages';
import { CompetitionsReason, problem, Thing, type Problem } from '@clapper/domain/refusals';
import { DomainError, fieldsRefusal, notFound, type FieldError } from '../common/domain-error.js';
import { JudgingQueries, JudgingQueriesModule } from '../judging/judging.queries.js';
import { ResultsQueries, ResultsQueriesModule } from '../results/results.queries.js';
import { CompetitionsQueries, CompetitionsQueriesModule, type Competition } from './competitions.queries.js';

/** A competition's texts, and what each language of the competition still misses. */
export interface CompetitionTextsState {
  languages: string[];
  texts: ContentText[];
  gaps: TranslationGap[];
}

/**
 * Every text an organiser writes for a competition, as one list (content-languages.ts): its own (name, theme, rules,
 * email signature), its categories', its awards', its rounds' names and rubrics. A module with documents of its own
 * (consent texts, the licence) adds them to `texts` before the gaps are computed.
 */
@Injectable()
export class CompetitionTexts {
  constructor(
    private readonly competitions: CompetitionsQueries,
    private readonly results: ResultsQueries,
    private readonly judging: JudgingQueries,
  ) {}

  async state(competitionId: string, m?: EntityManager): Promise<CompetitionTextsState> {
    const competition = await this.competitions.competition(competitionId, m);
    if (!competition) throw notFound(Thing.Competition);
    const texts = await this.texts(competition);
    return { languages: contentLanguages(competition.languages), texts, gaps: translationGaps(competition.languages, texts) };
  }

  async texts(competition: Competition): Promise<ContentText[]> {
    const [categories, { awards }, rounds] = await Promise.all([
      this.competitions.categoriesOf(competition.id),
      this.results.awardsWithWinners(competition.id),
      this.judging.roundsOf(competition.id),
    ]);
    const out: ContentText[] = [
      { field: 'name', item: null, text: competition.name, required: true },
      { field: 'theme', item: null, text: competition.theme, required: false },
      { field: 'rules', item: null, text: competition.rulesText, required: false },
      { field: 'email_signature', item: null, text: competition.emailSignature, required: false },
    ];
    for (const c of categories) out.push({ field: 'category_name', item: { kind: 'category', id: c.id, name: c.name }, text: c.name, required: true });
    for (const a of awards) {
      const item: ContentItem = { kind: 'award', id: a.id, name: a.name };
      out.push({ field: 'award_name', item, text: a.name, required: true }, { field: 'award_description', item, text: a.description, required: false });
    }
    // national rounds by country, then the final
    for (const r of [...rounds].sort((a, b) => (a.kind === b.kind ? (a.countryCode ?? '').localeCompare(b.countryCode ?? '') : a.kind === 'final' ? 1 : -1))) {
      const item: ContentItem = { kind: 'round', id: r.id, name: r.name, roundKind: r.kind, countryCode: r.countryCode };
      out.push({ field: 'round_name', item, text: r.name, required: false }, ...rubricContentTexts(item, r.rubric));
    }
    return out;
  }
}

@Module({
  imports: [CompetitionsQueriesModule, ResultsQueriesModule, JudgingQueriesModule],
  providers: [CompetitionTexts],
  exports: [CompetitionTexts],
})
export class CompetitionTextsModule {}

/**
 * Refuses the texts of a request (field path → text) that have no English or hold a language the competition does
 * not have, each at its field (the web shows it beside the input, naming the language).
 */
export function assertTextLanguages(languages: readonly string[], texts: { field: string; text: LocalizedText | null | undefined }[]): void {
  const problems = textLanguageProblems(languages, texts);
  if (!problems.length) return;
  const all = contentLanguages(languages);
  const fields = new Map<string, FieldError & { problems: Problem[] }>();
  for (const p of problems) {
    const field = p.code === 'english_missing' ? `${p.field}.en` : `${p.field}.${p.language}`;
    const entry = fields.get(field) ?? { field, messages: [], problems: [] };
    if (p.code === 'english_missing') {
      entry.messages.push('needs its English text: English is required');
      entry.problems.push(problem(CompetitionsReason.TextEnglishMissing));
    } else {
      entry.messages.push(`is in ${p.language}, which is not a language of this competition (${all.join(', ')})`);
      entry.problems.push(problem(CompetitionsReason.TextLanguageNotOffered, { language: p.language, languages: all }));
    }
    fields.set(field, entry);
  }
  throw fieldsRefusal([...fields.values()]);
}

/**
 * Publishing (the competition, or its results) with texts missing in some language is asked again: refused with
 * the gaps, unless the organiser confirms (`confirmGaps: true`).
 */
export function assertNoGapsUnlessConfirmed(gaps: TranslationGap[], confirmGaps: boolean | undefined): void {
  if (!gaps.length || confirmGaps) return;
  const languages = [...new Set(gaps.map((g) => g.language))];
  throw new DomainError(
    'conflict',
    CompetitionsReason.TranslationGaps,
    `${gaps.length} texts are missing in ${languages.join(', ')}: publish again with confirmGaps: true to publish anyway.`,
    { count: gaps.length, languages, gaps },
  );
}
