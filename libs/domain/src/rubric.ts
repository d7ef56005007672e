/**
 * A round's rubric: the weighted criteria judges score an entry on.
 * Judges come from several countries, so every text is multilingual, and English, the panel's common
 * language, must always be there.
 */
import { problem, ScoringReason, type Problem } from './refusals.js';
import { withRubricTranslations } from './rubric-translations.js';

/** locale -> text; 'en' is required */
export type LocalizedText = Record<string, string>;

/** What a score means, so that two judges giving a 4 mean the same thing. */
export interface RubricLevel {
  score: number;
  descriptor: LocalizedText;
}

export interface Criterion {
  /** stable slug the scores are stored under; names can be reworded, keys cannot */
  key: string;
  name: LocalizedText;
  description: LocalizedText;
  /** relative; only the proportions matter (see normalisedWeights) */
  weight: number;
  scaleMin: number;
  scaleMax: number;
  /** one per integer score from scaleMin to scaleMax, in order */
  levels: RubricLevel[];
}

export interface Rubric {
  criteria: Criterion[];
  /** the rubric offers an optional overall comment */
  overallComment: boolean;
}

export const MAX_CRITERIA = 20;
/** A judge cannot tell more than about twenty levels apart; past that, scores are noise. */
export const MAX_LEVELS = 20;
const KEY_PATTERN = /^[a-z0-9_-]{1,40}$/;

/** [English, Japanese] */
type Bilingual = [en: string, ja: string];

function bilingual([en, ja]: Bilingual): LocalizedText {
  return { en, ja };
}

/** A criterion on the default 1–5 scale, one descriptor per level from 1 up. */
function fivePointCriterion(key: string, weight: number, name: Bilingual, description: Bilingual, levels: Bilingual[]): Criterion {
  return {
    key,
    name: bilingual(name),
    description: bilingual(description),
    weight,
    scaleMin: 1,
    scaleMax: 5,
    levels: levels.map((text, i) => ({ score: i + 1, descriptor: bilingual(text) })),
  };
}

/**
 * The default for an awareness video, from the criteria real contests publish (PRODUCT.md). The message
 * weighs most because a polished video that teaches the wrong thing does harm; respect of the rules weighs
 * least because a breach serious enough to matter is handled at screening.
 */
export const DEFAULT_RUBRIC: Rubric = withRubricTranslations({
  overallComment: true,
  criteria: [
    fivePointCriterion(
      'message',
      30,
      ['Security message', 'セキュリティメッセージ'],
      [
        "Is the cybersecurity message accurate, up to date and relevant to the audience's everyday life?",
        'サイバーセキュリティに関するメッセージは正確で最新か。視聴者の日常生活に関係しているか。',
      ],
      [
        [
          'The message is wrong or missing, or could lead viewers to unsafe behaviour.',
          'メッセージが誤っているか伝わらない、または視聴者を危険な行動に導くおそれがある。',
        ],
        [
          'The message is there but vague, partly inaccurate or of little relevance to the audience.',
          'メッセージはあるが、あいまいか一部不正確で、視聴者との関連が薄い。',
        ],
        [
          'The message is accurate but general; viewers may not see how it applies to them.',
          'メッセージは正確だが一般的で、視聴者が自分ごととして捉えにくい。',
        ],
        [
          'The message is accurate, clear and relevant, with a practical step viewers can take.',
          'メッセージは正確・明確で視聴者に関連があり、実践できる行動が示されている。',
        ],
        [
          'The message is accurate, clear and compelling, and leaves viewers with concrete, correct actions they will remember.',
          'メッセージは正確・明確で説得力があり、記憶に残る具体的で正しい行動が示されている。',
        ],
      ],
    ),
    fivePointCriterion(
      'creativity',
      20,
      ['Creativity', '創造性'],
      ['How original is the idea, the story or the way it is told?', 'アイデア、ストーリー、表現方法にどれだけ独創性があるか。'],
      [
        ['Copies a familiar idea with nothing of its own.', 'よく知られたアイデアの模倣で、独自の工夫がない。'],
        ['A familiar idea with a few original touches.', 'よくあるアイデアに、わずかな独自の工夫がある。'],
        ['Some original ideas, though the treatment is predictable.', '独自のアイデアはあるが、展開は予想の範囲内である。'],
        ['An original idea, or an unexpected way of telling a familiar one.', '独創的なアイデア、またはよくある題材の意外性のある表現がある。'],
        ['A fresh, surprising idea told in a way of its own that stays with the viewer.', '新鮮で意外性のあるアイデアを独自の方法で表現し、視聴者の心に残る。'],
      ],
    ),
    fivePointCriterion(
      'impact',
      25,
      ['Impact on the target audience', '対象視聴者への影響力'],
      [
        'Would the target audience watch to the end, understand, and change what they do?',
        '対象となる視聴者が最後まで見て内容を理解し、行動を変えたくなるか。',
      ],
      [
        ["Unlikely to hold the audience's attention or change anything.", '視聴者の関心を引かず、行動の変化も期待できない。'],
        ['Holds attention in places; the call to act is weak.', '部分的に関心を引くが、行動を促す力が弱い。'],
        ['Holds attention; some viewers would think again about their habits.', '関心を引き、一部の視聴者には自分の習慣を見直すきっかけになる。'],
        ['Engaging throughout; most viewers would remember it and act on it.', '最後まで引き込まれ、多くの視聴者が内容を覚えて行動に移す。'],
        ['Compelling; viewers would share it and change their behaviour.', '強い訴求力があり、視聴者が共有したくなり、行動を変える。'],
      ],
    ),
    fivePointCriterion(
      'production',
      15,
      ['Production quality', '制作の質'],
      ['Do the picture, sound, editing and subtitles serve the message?', '映像、音声、編集、字幕はメッセージを効果的に伝えているか。'],
      [
        ['Picture or sound problems make the video hard to follow.', '映像や音声の問題により、内容を理解しにくい。'],
        ['Understandable, but with frequent problems in picture, sound or editing.', '理解はできるが、映像・音声・編集に問題が多い。'],
        ['Clear picture and sound; simple editing with few problems.', '映像と音声は明瞭で、編集はシンプルだが問題は少ない。'],
        ['Well shot and edited; sound and subtitles are clear and well timed.', '撮影と編集が丁寧で、音声と字幕が明瞭でタイミングも適切である。'],
        ['Polished throughout; every technical choice supports the message.', '全体が洗練されており、すべての技術的な選択がメッセージを支えている。'],
      ],
    ),
    fivePointCriterion(
      'rules',
      10,
      ['Respect of the rules', '規定の遵守'],
      [
        'Duration, subtitles, credits, original or licensed material, and content suitable for a young audience.',
        '長さ、字幕、クレジット、オリジナルまたは使用許諾を得た素材、若い視聴者にふさわしい内容であるか。',
      ],
      [
        ['Several rules are broken.', '複数の規定に違反している。'],
        ['One rule is clearly broken.', '規定の一つに明らかに違反している。'],
        ['Small lapses, such as incomplete credits or subtitles.', 'クレジットや字幕が不完全など、軽微な不備がある。'],
        ['Follows the rules, with one trivial lapse.', '規定を守っているが、ごく小さな不備が一つある。'],
        [
          'Follows every rule: duration, subtitles, credits, licensed material and suitable content.',
          '長さ、字幕、クレジット、素材の権利、内容の適切さのすべての規定を守っている。',
        ],
      ],
    ),
  ],
});

export type RubricProblem = {
  /** index in rubric.criteria; null for a problem of the whole rubric */
  criterion: number | null;
  /** 'criteria', 'key', 'weight', 'scaleMin', 'scaleMax', 'levels', 'name', 'description' or 'levels.<index>.descriptor' */
  field: string;
  code: 'empty' | 'too_many' | 'weight_not_positive' | 'scale_invalid' | 'levels_mismatch' | 'duplicate_key' | 'key_invalid' | 'english_missing';
};

const hasEnglish = (t: LocalizedText | undefined): boolean => typeof t?.en === 'string' && t.en.trim() !== '';

/** The field of the scale's bad end, or null when the scale is usable. */
function badScaleEnd(c: Criterion): 'scaleMin' | 'scaleMax' | null {
  if (!Number.isInteger(c.scaleMin) || c.scaleMin < 0) return 'scaleMin';
  if (!Number.isInteger(c.scaleMax) || c.scaleMax <= c.scaleMin || c.scaleMax - c.scaleMin + 1 > MAX_LEVELS) return 'scaleMax';
  return null;
}

/**
 * Every problem at once, so that an organiser fixes the rubric in one pass. A rubric with problems must not
 * be attached to a round: scores could not be validated or totalled against it.
 * The English description is required as well as the name, because 'en' is required in every LocalizedText.
 */
export function checkRubric(r: Rubric): RubricProblem[] {
  const problems: RubricProblem[] = [];
  if (r.criteria.length === 0) problems.push({ criterion: null, field: 'criteria', code: 'empty' });
  if (r.criteria.length > MAX_CRITERIA) problems.push({ criterion: null, field: 'criteria', code: 'too_many' });
  const seen = new Set<string>();
  r.criteria.forEach((c, i) => {
    const add = (field: string, code: RubricProblem['code']) => problems.push({ criterion: i, field, code });
    if (!KEY_PATTERN.test(c.key)) add('key', 'key_invalid');
    else if (seen.has(c.key)) add('key', 'duplicate_key');
    seen.add(c.key);
    if (!hasEnglish(c.name)) add('name', 'english_missing');
    if (!hasEnglish(c.description)) add('description', 'english_missing');
    if (!(Number.isFinite(c.weight) && c.weight > 0)) add('weight', 'weight_not_positive');
    const badEnd = badScaleEnd(c);
    if (badEnd) add(badEnd, 'scale_invalid');
    else if (c.levels.length !== c.scaleMax - c.scaleMin + 1 || c.levels.some((l, j) => l.score !== c.scaleMin + j)) add('levels', 'levels_mismatch');
    c.levels.forEach((l, j) => {
      if (!hasEnglish(l.descriptor)) add(`levels.${j}.descriptor`, 'english_missing');
    });
  });
  return problems;
}

/** Where a rubric problem sits in a request's body: `rubric.criteria` or `rubric.criteria.<index>.<field>`. */
export const rubricProblemField = (p: RubricProblem): string => (p.criterion === null ? `rubric.${p.field}` : `rubric.criteria.${p.criterion}.${p.field}`);

/**
 * A problem as a refusal reason with its facts, for the web to word in the reader's language: the criterion by its
 * position in the list (from 1), as the organiser sees it, and the limits.
 */
export function rubricProblemReason(p: RubricProblem): Problem {
  const position = (p.criterion ?? 0) + 1;
  switch (p.code) {
    case 'empty':
      return problem(ScoringReason.RubricEmpty);
    case 'too_many':
      return problem(ScoringReason.RubricTooMany, { max: MAX_CRITERIA });
    case 'key_invalid':
      return problem(ScoringReason.RubricKeyInvalid, { position });
    case 'duplicate_key':
      return problem(ScoringReason.RubricDuplicateKey, { position });
    case 'english_missing': {
      const level = /^levels\.(\d+)\.descriptor$/.exec(p.field);
      if (level) return problem(ScoringReason.RubricLevelEnglishMissing, { position, level: Number(level[1]) + 1 });
      return p.field === 'description'
        ? problem(ScoringReason.RubricDescriptionEnglishMissing, { position })
        : problem(ScoringReason.RubricNameEnglishMissing, { position });
    }
    case 'weight_not_positive':
      return problem(ScoringReason.RubricWeightNotPositive, { position });
    case 'scale_invalid':
      return p.field === 'scaleMin'
        ? problem(ScoringReason.RubricScaleStartInvalid, { position })
        : problem(ScoringReason.RubricScaleEndInvalid, { position, maxLevels: MAX_LEVELS });
    case 'levels_mismatch':
      return problem(ScoringReason.RubricLevelsMismatch, { position });
  }
}

/**
 * key -> the criterion's share of the total, summing to 1; judges see these as percentages, whatever scale
 * the organiser typed the weights in. For a rubric that passes checkRubric.
 */
export function normalisedWeights(r: Rubric): Record<string, number> {
  const sum = r.criteria.reduce((s, c) => s + c.weight, 0);
  return Object.fromEntries(r.criteria.map((c) => [c.key, c.weight / sum]));
}
