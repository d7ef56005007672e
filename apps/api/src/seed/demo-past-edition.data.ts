import type { AwardKind } from '@clapper/domain/awards';
import type { LocalizedText } from '@clapper/domain/rubric';
import { DEMO_AWARD_TEXTS, DEMO_CATEGORY_NAMES, DEMO_FINAL_NAME, DEMO_LANGUAGES, DEMO_RULES, DEMO_SIGNATURE, DEMO_THEME, demoName } from './demo-content.js';

/**
 * The demo's past edition as data: ASEAN–Japan 2026, judged and closed, with six finalists, five judges' scorecards
 * and the awards defined. demo-past-edition.ts loads it. All the dates are ISO strings, in the past.
 */

export interface PastMember {
  fullName: string;
  role: string;
  dateOfBirth: string;
  /** minors: the guardian who consented through the link */
  guardian?: { name: string; relationship: string; email: string };
}

export interface PastTeam {
  countryCode: string;
  code: string;
  /** when the entry was submitted; the consents were given in the days before */
  submittedAt: string;
  schoolName: string;
  /** index into PAST_CATEGORIES: 0 = 7–12, 1 = 13–17, 2 = university */
  category: 0 | 1 | 2;
  title: string;
  synopsisOriginal: string;
  synopsisEnglish: string;
  videoLanguage: string;
  supervisingTeacher: { name: string; email: string } | null;
  members: PastMember[];
  /** the placeholder clip: its size, the test pattern's hue, the tone, and the name it was "uploaded" under */
  clip: { width: number; height: number; hue: number; toneHz: number; fileName: string };
  /** language -> the cue texts, spread over the clip */
  subtitles: Record<string, string[]>;
}

export interface PastJudge {
  displayName: string;
  countryCode: string;
  languages: string[];
}

export interface PastScorecard {
  /** index into PAST_JUDGES */
  judge: number;
  /** the levels given on [message, creativity, impact, production, rules] (the default rubric's criteria, in order) */
  levels: [message: number, creativity: number, impact: number, production: number, rules: number];
  submittedAt: string;
  feedback: string;
}

export interface PastAward {
  kind: AwardKind;
  name: LocalizedText;
  description: LocalizedText;
  position: number;
  places: number;
  criterion: string | null;
}

export const PAST_COMPETITION = {
  slug: 'asean-japan-2026',
  // every text in every language of the edition (demo-content.ts)
  name: demoName(2026),
  theme: DEMO_THEME,
  rulesText: DEMO_RULES,
  emailSignature: DEMO_SIGNATURE,
  languages: DEMO_LANGUAGES,
  referenceDate: '2026-04-01',
  submissionOpensAt: '2026-01-15T00:00:00Z',
  submissionClosesAt: '2026-03-31T15:00:00Z',
  judgingOpensAt: '2026-04-15T00:00:00Z',
  judgingClosesAt: '2026-06-30T15:00:00Z',
  /** every entry was screened eligible by the organiser at this time */
  screenedAt: '2026-04-10T03:00:00Z',
  /** what every team declared about its sources */
  sources: 'All footage, music and sound were made by the team.',
};

export const PAST_CATEGORIES = [
  { name: DEMO_CATEGORY_NAMES[0], minAge: 7, maxAge: 12 },
  { name: DEMO_CATEGORY_NAMES[1], minAge: 13, maxAge: 17 },
  { name: DEMO_CATEGORY_NAMES[2], minAge: 18, maxAge: 25 },
];

/** The final: blind, three judges an entry, closed by the organiser. Every finalist was moved into it on `promotedAt`. */
export const PAST_FINAL = {
  name: DEMO_FINAL_NAME,
  opensAt: '2026-06-01T00:00:00Z',
  closesAt: '2026-06-30T15:00:00Z',
  closedAt: '2026-07-01T02:00:00Z',
  judgesPerEntry: 3,
  blind: true,
  showOtherScores: false,
  countryQuota: 2,
  promotedAt: '2026-05-25T03:00:00Z',
  /** when the judges declared their languages and conflicts (a judge's own country, when it takes part) */
  judgesDeclaredAt: '2026-05-20T00:00:00Z',
  ownCountryConflictNote: 'My own country.',
};

export const PAST_TEAMS: PastTeam[] = [
  {
    countryCode: 'TH',
    code: 'TH-0001',
    submittedAt: '2026-03-10T06:00:00Z',
    schoolName: 'Satit Bangkok School',
    category: 1,
    title: 'คิดก่อนคลิก (Think Before You Click)',
    synopsisOriginal: 'นักเรียนคนหนึ่งได้รับข้อความแจ้งว่าได้รับรางวัล พร้อมลิงก์ให้กรอกรหัสผ่าน เพื่อนสนิทช่วยตรวจสอบที่อยู่เว็บไซต์และผู้ส่ง ก่อนจะลบข้อความหลอกลวงนั้นทิ้ง',
    synopsisEnglish:
      'A student receives a message saying they have won a prize, with a link asking for their password. A close friend helps check the web address and the sender before they delete the scam.',
    videoLanguage: 'th',
    // the adult of this team is its supervising teacher: an adult member would be outside the 13–17 category
    supervisingTeacher: { name: 'Kanya Wongsakul', email: 'kanya.wongsakul@example.org' },
    members: [
      {
        fullName: 'Somchai Jaidee',
        role: 'director',
        dateOfBirth: '2010-06-12',
        guardian: { name: 'Prasert Jaidee', relationship: 'father', email: 'prasert.jaidee@example.org' },
      },
      {
        fullName: 'Malee Srisuk',
        role: 'actor, editor',
        dateOfBirth: '2009-01-20',
        guardian: { name: 'Ratana Srisuk', relationship: 'mother', email: 'ratana.srisuk@example.org' },
      },
    ],
    clip: { width: 640, height: 360, hue: 0, toneHz: 440, fileName: 'kid-gon-click.mp4' },
    subtitles: {
      th: ['ยินดีด้วย! คุณได้รับรางวัล', 'เดี๋ยวก่อน ดูที่อยู่เว็บไซต์ให้ดีก่อน', 'ผู้ส่งไม่ใช่ธนาคารจริง', 'คิดก่อนคลิก ทุกครั้ง'],
      en: [
        'Congratulations! You have won a prize.',
        'Wait, look closely at the web address first.',
        'The sender is not the real bank.',
        'Think before you click, every time.',
      ],
    },
  },
  {
    countryCode: 'JP',
    code: 'JP-0001',
    submittedAt: '2026-03-13T06:00:00Z',
    schoolName: 'Minato Municipal High School',
    category: 1,
    title: 'クリックの前に、ひと呼吸',
    synopsisOriginal:
      '部活帰りの高校生が、SNSに届いた「アカウント停止」の通知に焦ってしまう。友だちと一緒に公式アプリで確かめ、偽の通知だと気づくまでの三十秒。',
    synopsisEnglish:
      'On the way home from club practice, a high-school student panics at an “account suspended” notice on social media. Thirty seconds later, after checking in the official app with friends, they see it was fake.',
    videoLanguage: 'ja',
    supervisingTeacher: { name: 'Akiko Mori', email: 'akiko.mori@example.org' },
    members: [
      {
        fullName: 'Hina Sato',
        role: 'director',
        dateOfBirth: '2009-09-02',
        guardian: { name: 'Takeshi Sato', relationship: 'father', email: 'takeshi.sato@example.org' },
      },
      {
        fullName: 'Haruto Suzuki',
        role: 'actor',
        dateOfBirth: '2010-03-15',
        guardian: { name: 'Yoko Suzuki', relationship: 'mother', email: 'yoko.suzuki@example.org' },
      },
      {
        fullName: 'Yui Takahashi',
        role: 'camera, editor',
        dateOfBirth: '2009-12-01',
        guardian: { name: 'Emi Takahashi', relationship: 'mother', email: 'emi.takahashi@example.org' },
      },
    ],
    clip: { width: 640, height: 360, hue: 200, toneHz: 523, fileName: 'hitokokyuu.mp4' },
    subtitles: {
      ja: ['アカウントが停止されました？', '落ち着いて。公式アプリで確かめよう', 'やっぱり偽物の通知だった', 'クリックの前に、ひと呼吸'],
      en: ['Your account has been suspended?', 'Calm down. Check in the official app.', 'It was a fake notice after all.', 'Before you click, take a breath.'],
    },
  },
  {
    countryCode: 'VN',
    code: 'VN-0001',
    submittedAt: '2026-03-16T06:00:00Z',
    schoolName: 'Hanoi University of Science and Technology',
    category: 2,
    title: 'Mật khẩu mạnh, cuộc sống an toàn',
    synopsisOriginal:
      'Hai sinh viên thi xem ai đoán được mật khẩu của người kia nhanh hơn. Cuộc thi vui nhộn cho thấy vì sao nên dùng cụm mật khẩu dài và bật xác thực hai lớp.',
    synopsisEnglish:
      'Two university students race to guess each other’s passwords. The playful contest shows why long passphrases and two-factor authentication matter.',
    videoLanguage: 'vi',
    supervisingTeacher: null,
    members: [
      { fullName: 'Lan Nguyễn', role: 'director, actor', dateOfBirth: '2004-08-15' },
      { fullName: 'Minh Trần', role: 'actor, editor', dateOfBirth: '2005-01-09' },
    ],
    clip: { width: 640, height: 360, hue: 120, toneHz: 587, fileName: 'mat-khau-manh.mp4' },
    subtitles: {
      vi: ['Mật khẩu của bạn là ngày sinh à?', 'Mình đoán ra trong mười giây!', 'Hãy dùng cụm mật khẩu dài hơn.', 'Và bật xác thực hai lớp nhé.'],
      en: ['Is your password your birthday?', 'I guessed it in ten seconds!', 'Use a longer passphrase.', 'And turn on two-factor authentication.'],
    },
  },
  {
    countryCode: 'PH',
    code: 'PH-0001',
    submittedAt: '2026-03-19T06:00:00Z',
    schoolName: 'University of the Philippines Diliman',
    category: 2,
    title: 'Scroll Smart, Stay Safe',
    synopsisOriginal:
      'A day in the feed of a college student, told in quick cuts: a fake job offer, a sale too good to be true and a friend’s hacked account, each stopped with one simple check.',
    synopsisEnglish:
      'A day in the feed of a college student, told in quick cuts: a fake job offer, a sale too good to be true and a friend’s hacked account, each stopped with one simple check.',
    videoLanguage: 'en',
    supervisingTeacher: null,
    members: [
      { fullName: 'Maria Santos', role: 'director', dateOfBirth: '2003-05-21' },
      { fullName: 'Jose Reyes', role: 'actor', dateOfBirth: '2004-10-02' },
      { fullName: 'Angela Cruz', role: 'editor', dateOfBirth: '2005-07-30' },
    ],
    clip: { width: 640, height: 360, hue: 300, toneHz: 659, fileName: 'scroll-smart.mp4' },
    subtitles: {
      en: [
        'A job offer that pays too well?',
        'A sale that ends in five minutes?',
        'A friend asking for money in a new account?',
        'Stop. Check. Then scroll on.',
      ],
    },
  },
  {
    countryCode: 'MY',
    code: 'MY-0001',
    submittedAt: '2026-03-22T06:00:00Z',
    schoolName: 'SMK Seri Bintang Utara',
    category: 1,
    title: 'Jangan Kongsi Kata Laluan',
    synopsisOriginal:
      'Seorang pelajar hampir berkongsi kata laluan akaun sekolahnya dengan “cikgu” dalam sembang kumpulan. Adiknya menunjukkan cara memastikan siapa sebenarnya yang bertanya.',
    synopsisEnglish:
      'A student nearly shares her school account password with a “teacher” in a group chat. Her younger brother shows her how to check who is really asking.',
    videoLanguage: 'ms',
    supervisingTeacher: { name: 'Farid Ismail', email: 'farid.ismail@example.org' },
    members: [
      {
        fullName: 'Aisyah Rahman',
        role: 'director, actor',
        dateOfBirth: '2009-04-11',
        guardian: { name: 'Rahman Yusof', relationship: 'father', email: 'rahman.yusof@example.org' },
      },
    ],
    // filmed upright, for phones
    clip: { width: 360, height: 640, hue: 60, toneHz: 698, fileName: 'kata-laluan.mp4' },
    subtitles: {
      en: ['Teacher: send me your password, quickly.', 'Is that really your teacher?', 'Call the school office to check.', 'Never share your password.'],
    },
  },
  {
    countryCode: 'ID',
    code: 'ID-0001',
    submittedAt: '2026-03-25T06:00:00Z',
    schoolName: 'Universitas Indonesia',
    category: 2,
    title: 'Jangan Asal Klik',
    synopsisOriginal:
      'Sebuah keluarga menerima pesan berantai tentang undian berhadiah. Budi dan Siti menunjukkan langkah sederhana untuk mengenali penipuan sebelum menyebarkannya.',
    synopsisEnglish: 'A family receives a chain message about a lucky draw. Budi and Siti show simple steps to recognise a scam before passing it on.',
    videoLanguage: 'id',
    supervisingTeacher: null,
    members: [
      { fullName: 'Budi Santoso', role: 'director', dateOfBirth: '2004-02-14' },
      { fullName: 'Siti Rahayu', role: 'actor, editor', dateOfBirth: '2005-11-23' },
    ],
    clip: { width: 640, height: 360, hue: 30, toneHz: 784, fileName: 'jangan-asal-klik.mp4' },
    subtitles: { en: ['You have won a lucky draw!', 'Who sent this? Nobody we know.', 'Do not forward it: check it first.', 'Do not just click.'] },
  },
];

/** The panel of the 2026 final. */
export const PAST_JUDGES: PastJudge[] = [
  { displayName: 'Kenji Tanaka', countryCode: 'JP', languages: ['en', 'ja'] },
  { displayName: 'Siriporn Chaiyaporn', countryCode: 'TH', languages: ['en', 'th'] },
  { displayName: 'Trang Hoàng', countryCode: 'VN', languages: ['en', 'vi'] },
  { displayName: 'Dewi Lestari', countryCode: 'ID', languages: ['en', 'id', 'ms'] },
  { displayName: 'Wei Ling Tan', countryCode: 'SG', languages: ['en', 'ms'] },
];

/**
 * The final's scorecards, by entry code: a mixed assignment (every entry a different trio, no judge on an entry of
 * their own country), and a clear order: TH 92.9, VN 82.9, JP 76.7, PH 71.3, ID 63.8, MY 61.3 (raw weighted mean); PH
 * has the best security message (5.0).
 */
export const PAST_SCORES: Record<string, PastScorecard[]> = {
  'TH-0001': [
    {
      judge: 0,
      levels: [5, 5, 5, 4, 5],
      submittedAt: '2026-06-10T09:00:00Z',
      feedback: 'A clear, correct message with a practical check anyone can copy. The friend’s calm voice makes it stick.',
    },
    {
      judge: 2,
      levels: [5, 5, 4, 5, 5],
      submittedAt: '2026-06-11T09:00:00Z',
      feedback: 'Original and well paced; the moment you zoom in on the web address is the best shot of the final.',
    },
    {
      judge: 4,
      levels: [4, 5, 5, 4, 5],
      submittedAt: '2026-06-12T09:00:00Z',
      feedback: 'Very engaging. The message could name one more warning sign, but the ending is memorable.',
    },
  ],
  'JP-0001': [
    {
      judge: 1,
      levels: [4, 4, 4, 5, 5],
      submittedAt: '2026-06-12T09:00:00Z',
      feedback: 'Beautifully shot and edited. The advice is right; show the official app check a little longer.',
    },
    {
      judge: 2,
      levels: [4, 3, 4, 5, 5],
      submittedAt: '2026-06-13T09:00:00Z',
      feedback: 'Polished production and clean subtitles. The story is familiar; a twist would lift it.',
    },
    {
      judge: 3,
      levels: [4, 4, 3, 5, 4],
      submittedAt: '2026-06-14T09:00:00Z',
      feedback: 'Strong picture and sound. The calm ending works, though the middle loses some energy.',
    },
  ],
  'VN-0001': [
    {
      judge: 0,
      levels: [4, 5, 4, 4, 5],
      submittedAt: '2026-06-14T09:00:00Z',
      feedback: 'A fun, fresh idea: turning password guessing into a game is memorable.',
    },
    {
      judge: 1,
      levels: [5, 4, 4, 4, 5],
      submittedAt: '2026-06-15T09:00:00Z',
      feedback: 'Accurate and practical: passphrases and two-factor authentication are explained simply.',
    },
    {
      judge: 3,
      levels: [4, 4, 5, 4, 4],
      submittedAt: '2026-06-16T09:00:00Z',
      feedback: 'Students will watch this to the end and share it. Check the credits for the music.',
    },
  ],
  'PH-0001': [
    {
      judge: 0,
      levels: [5, 3, 4, 3, 4],
      submittedAt: '2026-06-16T09:00:00Z',
      feedback: 'The strongest message of the final: three real scams, each with one check that stops it.',
    },
    {
      judge: 3,
      levels: [5, 3, 3, 3, 4],
      submittedAt: '2026-06-17T09:00:00Z',
      feedback: 'Excellent advice. The quick cuts make some scenes hard to follow; slow down a little.',
    },
    { judge: 4, levels: [5, 4, 3, 3, 4], submittedAt: '2026-06-18T09:00:00Z', feedback: 'Very accurate and relevant. Sound levels vary between scenes.' },
  ],
  'MY-0001': [
    {
      judge: 1,
      levels: [3, 4, 3, 4, 4],
      submittedAt: '2026-06-18T09:00:00Z',
      feedback: 'A relatable situation. Say clearly what to do when someone asks for a password.',
    },
    {
      judge: 2,
      levels: [4, 3, 3, 4, 5],
      submittedAt: '2026-06-19T09:00:00Z',
      feedback: 'Good use of the upright format for phones. The message arrives late in the video.',
    },
    {
      judge: 4,
      levels: [3, 3, 3, 4, 4],
      submittedAt: '2026-06-20T09:00:00Z',
      feedback: 'Nice acting from the younger brother. The advice could be more concrete.',
    },
  ],
  'ID-0001': [
    {
      judge: 0,
      levels: [4, 4, 3, 3, 4],
      submittedAt: '2026-06-20T09:00:00Z',
      feedback: 'A useful family setting. The steps to recognise the scam could be shown on screen.',
    },
    { judge: 1, levels: [3, 4, 4, 3, 4], submittedAt: '2026-06-21T09:00:00Z', feedback: 'Warm and funny. Make the security advice more precise.' },
    {
      judge: 4,
      levels: [4, 3, 3, 3, 5],
      submittedAt: '2026-06-22T09:00:00Z',
      feedback: 'Clear and within the rules. The picture is dark in the evening scenes.',
    },
  ],
};

export const PAST_AWARDS: PastAward[] = [
  {
    kind: 'grand_prize',
    ...DEMO_AWARD_TEXTS[0],
    position: 1,
    places: 1,
    criterion: null,
  },
  {
    kind: 'runner_up',
    ...DEMO_AWARD_TEXTS[1],
    position: 2,
    places: 2,
    criterion: null,
  },
  {
    kind: 'country_best',
    ...DEMO_AWARD_TEXTS[2],
    position: 3,
    places: 1,
    criterion: null,
  },
  {
    kind: 'special',
    ...DEMO_AWARD_TEXTS[3],
    position: 4,
    places: 1,
    criterion: 'message',
  },
];
