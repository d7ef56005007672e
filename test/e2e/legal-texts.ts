import type { APIRequestContext } from '@playwright/test';
import { headers, ok } from './judging-data';

type Document = 'participant_consent' | 'guardian_consent' | 'licence';
interface Texts {
  documents: { document: Document; languages: { language: string; draft: { id: string } | null }[] }[];
}

/**
 * An organiser approves the built-in translations (drafted by Clapper) of a competition's consent and licence texts in
 * these languages, through the API, as they would on the competition's texts page: only then are people who read
 * those languages shown them.
 */
export async function approveTexts(
  organiser: APIRequestContext,
  competitionId: string,
  languages: string[],
  documents: Document[] = ['participant_consent', 'guardian_consent', 'licence'],
): Promise<void> {
  const texts = await ok<Texts>(organiser.get(`/api/competitions/${competitionId}/legal-texts`));
  for (const doc of texts.documents.filter((d) => documents.includes(d.document)))
    for (const cell of doc.languages.filter((l) => languages.includes(l.language) && l.draft))
      await ok(
        organiser.post(`/api/competitions/${competitionId}/legal-texts/${doc.document}/${cell.language}/approve`, {
          headers: headers(),
          data: { textId: cell.draft!.id },
        }),
      );
}
