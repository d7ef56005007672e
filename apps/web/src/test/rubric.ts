import { rubricIn } from '@clapper/domain/content-languages';
import { DEFAULT_RUBRIC } from '@clapper/domain/rubric';

/** The default rubric as a round of a competition in English and Japanese has it (the API keeps the competition's languages). */
export const EN_JA_RUBRIC = rubricIn(DEFAULT_RUBRIC, ['en', 'ja']);
