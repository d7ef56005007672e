import { CERTIFICATE_LANGUAGES, certificateLanguage, certificateText, fillCertificateTemplate, type CertificateText } from './certificate-text.js';

const KEYS: (keyof CertificateText)[] = [
  'lang',
  'titleAward',
  'titleParticipation',
  'awardedTo',
  'presentedTo',
  'forTheEntry',
  'representing',
  'participationNote',
  'dateOfIssue',
  'quoteOpen',
  'quoteClose',
  'listSeparator',
];

/** The script each language's wording is written in; the wording of one must not fall back to another's. */
const SCRIPT: Record<string, RegExp> = {
  en: /^[\p{Script=Latin}\p{Script=Common}]+$/u,
  vi: /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+$/u,
  id: /^[\p{Script=Latin}\p{Script=Common}]+$/u,
  ms: /^[\p{Script=Latin}\p{Script=Common}]+$/u,
  fil: /^[\p{Script=Latin}\p{Script=Common}]+$/u,
  pt: /^[\p{Script=Latin}\p{Script=Common}]+$/u,
  ja: /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Common}]+$/u,
  'zh-Hans': /^[\p{Script=Han}\p{Script=Common}]+$/u,
  th: /^[\p{Script=Thai}\p{Script=Common}]+$/u,
  km: /^[\p{Script=Khmer}\p{Script=Common}]+$/u,
  lo: /^[\p{Script=Lao}\p{Script=Common}]+$/u,
  my: /^[\p{Script=Myanmar}\p{Script=Common}]+$/u,
  ta: /^[\p{Script=Tamil}\p{Script=Common}]+$/u,
};

describe('certificateText', () => {
  it('words at least English and Japanese, and the languages the ASEAN–Japan edition needs', () => {
    expect(CERTIFICATE_LANGUAGES).toEqual(expect.arrayContaining(['en', 'ja', 'th', 'km', 'vi', 'lo', 'my', 'ta', 'zh-Hans', 'id', 'ms', 'fil', 'pt']));
  });

  it.each([...CERTIFICATE_LANGUAGES])('%s has every string, non-empty, in its own script', (lang) => {
    const text = certificateText(lang);
    expect(Object.keys(text).sort()).toEqual([...KEYS].sort());
    expect(text.lang).toBe(lang);
    for (const key of KEYS) {
      expect(typeof text[key]).toBe('string');
      expect(text[key].trim()).not.toBe('');
    }
    expect(text.representing).toContain('{country}');
    expect(text.titleAward).not.toBe(text.titleParticipation);
    const words = KEYS.filter((k) => k !== 'lang' && k !== 'representing').map((k) => text[k]);
    words.push(text.representing.replace('{country}', ''));
    for (const phrase of words) expect(phrase).toMatch(SCRIPT[lang]);
  });

  it('gives English for unknown languages and English wording for them', () => {
    for (const unknown of ['xx', 'de', '', 'tet', 'zh-Hant', 'zh-TW']) {
      expect(certificateText(unknown)).toEqual(certificateText('en'));
    }
    expect(certificateText('en').titleAward).toBe('Certificate of Achievement');
    expect(certificateText('en').titleParticipation).toBe('Certificate of Participation');
  });

  it('matches tags by case, by region and by alias', () => {
    expect(certificateLanguage('JA')).toBe('ja');
    expect(certificateLanguage('th-TH')).toBe('th');
    expect(certificateLanguage('pt-BR')).toBe('pt');
    expect(certificateLanguage('zh-hans')).toBe('zh-Hans');
    expect(certificateLanguage('zh-CN')).toBe('zh-Hans');
    expect(certificateLanguage('zh')).toBe('zh-Hans');
    expect(certificateLanguage('zh-Hans-SG')).toBe('zh-Hans');
    expect(certificateLanguage('fil-PH')).toBe('fil');
    expect(certificateLanguage('tl')).toBe('fil');
    expect(certificateText('ja').titleAward).toBe('賞状');
  });
});

describe('fillCertificateTemplate', () => {
  it('puts the country where each language wants it', () => {
    expect(fillCertificateTemplate(certificateText('en').representing, { country: 'Thailand' })).toBe('representing Thailand');
    expect(fillCertificateTemplate(certificateText('ja').representing, { country: 'タイ' })).toBe('タイ代表');
    expect(fillCertificateTemplate(certificateText('th').representing, { country: 'ประเทศไทย' })).toBe('ตัวแทนจากประเทศไทย');
  });

  it('takes values literally and leaves unknown placeholders alone', () => {
    expect(fillCertificateTemplate('{country} and {other}', { country: '$& $1' })).toBe('$& $1 and {other}');
  });
});
