import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { In, type EntityManager } from 'typeorm';
import { isMinor } from '@clapper/domain/age';
import { DEFAULT_ENTRY_RULES } from '@clapper/domain/entry-rules';
import { CONSENT_TEXT_VERSION } from '@clapper/domain/licence';
import { DEFAULT_RUBRIC } from '@clapper/domain/rubric';
import { toWebVtt, type Cue } from '@clapper/domain/subtitles';
import { User } from '../accounts/user.entity.js';
import { RoleGrant } from '../accounts/role-grant.entity.js';
import { School } from '../accounts/school.entity.js';
import { schoolKey } from '@clapper/domain/schools';
import { Competition } from '../competitions/competition.entity.js';
import { Category } from '../competitions/category.entity.js';
import { Country } from '../countries/country.entity.js';
import { Consent } from '../consents/consent.entity.js';
import { Entry } from '../entries/entry.entity.js';
import { TeamMember } from '../entries/team-member.entity.js';
import { addDefaultLicence, LicenceGrant, LicenceVersion } from '../entries/licence.entity.js';
import { Assignment } from '../judging/assignment.entity.js';
import { Round } from '../judging/round.entity.js';
import { RoundEntry } from '../judging/round-entry.entity.js';
import { RoundJudge } from '../judging/round-judge.entity.js';
import { Scorecard } from '../judging/scorecard.entity.js';
import type { MediaToolkit } from '../media/media-toolkit.js';
import type { JobQueue } from '../queue/job-queue.js';
import { Award } from '../results/award.entity.js';
import type { StoragePort } from '../storage/storage.port.js';
import { originalKey, subtitleKey } from '../videos/video-keys.js';
import { Subtitle, VideoAsset } from '../videos/video-asset.entity.js';
import type { DemoAccount } from './demo-seed.js';

/**
 * The demo's past edition: ASEAN–Japan 2026, judged and closed, with six finalists, their videos and subtitles,
 * five judges' locked scorecards and the awards defined, so that the organisers can assign the winners, seal,
 * run the ceremony and publish in the app. Winners are not assigned and nothing is sealed or published here.
 */

export const DEMO_PAST_SLUG = 'asean-japan-2026';
export const DEMO_TEAM_PASSWORD = 'demo-team-pass';
export const DEMO_PAST_JUDGE_PASSWORD = 'demo-judge-pass-2026';

/** The clips are placeholders, long enough for the default rules (at least 30 s) and cheap: 5 frames a second. */
export const DEMO_CLIP_SECONDS = 31;

type CategoryIndex = 0 | 1 | 2;
type CriterionLevels = [message: number, creativity: number, impact: number, production: number, rules: number];

interface MemberSpec {
  fullName: string;
  role: string;
  dateOfBirth: string;
  /** minors: the guardian who consented through the link */
  guardian?: { name: string; relationship: string; email: string };
}

interface TeamSpec {
  countryCode: string;
  code: string;
  schoolName: string;
  /** index into the categories: 0 = 7–12, 1 = 13–17, 2 = university */
  category: CategoryIndex;
  title: string;
  synopsisOriginal: string;
  synopsisEnglish: string;
  videoLanguage: string;
  supervisingTeacher: { name: string; email: string } | null;
  members: MemberSpec[];
  clip: { width: number; height: number; hue: number; frequency: number; fileName: string };
  /** language -> the cue texts, spread over the clip */
  subtitles: Record<string, string[]>;
}

const TEAMS: TeamSpec[] = [
  {
    countryCode: 'TH',
    code: 'TH-0001',
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
    clip: { width: 640, height: 360, hue: 0, frequency: 440, fileName: 'kid-gon-click.mp4' },
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
    clip: { width: 640, height: 360, hue: 200, frequency: 523, fileName: 'hitokokyuu.mp4' },
    subtitles: {
      ja: ['アカウントが停止されました？', '落ち着いて。公式アプリで確かめよう', 'やっぱり偽物の通知だった', 'クリックの前に、ひと呼吸'],
      en: ['Your account has been suspended?', 'Calm down. Check in the official app.', 'It was a fake notice after all.', 'Before you click, take a breath.'],
    },
  },
  {
    countryCode: 'VN',
    code: 'VN-0001',
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
    clip: { width: 640, height: 360, hue: 120, frequency: 587, fileName: 'mat-khau-manh.mp4' },
    subtitles: {
      vi: ['Mật khẩu của bạn là ngày sinh à?', 'Mình đoán ra trong mười giây!', 'Hãy dùng cụm mật khẩu dài hơn.', 'Và bật xác thực hai lớp nhé.'],
      en: ['Is your password your birthday?', 'I guessed it in ten seconds!', 'Use a longer passphrase.', 'And turn on two-factor authentication.'],
    },
  },
  {
    countryCode: 'PH',
    code: 'PH-0001',
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
    clip: { width: 640, height: 360, hue: 300, frequency: 659, fileName: 'scroll-smart.mp4' },
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
    clip: { width: 360, height: 640, hue: 60, frequency: 698, fileName: 'kata-laluan.mp4' },
    subtitles: {
      en: ['Teacher: send me your password, quickly.', 'Is that really your teacher?', 'Call the school office to check.', 'Never share your password.'],
    },
  },
  {
    countryCode: 'ID',
    code: 'ID-0001',
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
    clip: { width: 640, height: 360, hue: 30, frequency: 784, fileName: 'jangan-asal-klik.mp4' },
    subtitles: { en: ['You have won a lucky draw!', 'Who sent this? Nobody we know.', 'Do not forward it: check it first.', 'Do not just click.'] },
  },
];

export interface DemoTeamAccount {
  countryCode: string;
  email: string;
  password: string;
  displayName: string;
  schoolName: string;
  /** the team's 2026 finalist entry */
  entryCode: string;
}

/** One student account per country, each the owner of its country's 2026 finalist entry. */
export const DEMO_TEAM_ACCOUNTS: DemoTeamAccount[] = TEAMS.map((t) => ({
  countryCode: t.countryCode,
  email: `team.${t.countryCode.toLowerCase()}@demo.clapper.local`,
  password: DEMO_TEAM_PASSWORD,
  displayName: t.members[0].fullName,
  schoolName: t.schoolName,
  entryCode: t.code,
}));

interface JudgeSpec {
  displayName: string;
  countryCode: string;
  languages: string[];
}

const JUDGES: JudgeSpec[] = [
  { displayName: 'Kenji Tanaka', countryCode: 'JP', languages: ['en', 'ja'] },
  { displayName: 'Siriporn Chaiyaporn', countryCode: 'TH', languages: ['en', 'th'] },
  { displayName: 'Trang Hoàng', countryCode: 'VN', languages: ['en', 'vi'] },
  { displayName: 'Dewi Lestari', countryCode: 'ID', languages: ['en', 'id', 'ms'] },
  { displayName: 'Wei Ling Tan', countryCode: 'SG', languages: ['en', 'ms'] },
];

export interface DemoJudgeAccount {
  email: string;
  password: string;
  displayName: string;
  countryCode: string;
}

/** The panel of the 2026 final. */
export const DEMO_PAST_JUDGE_ACCOUNTS: DemoJudgeAccount[] = JUDGES.map((j, i) => ({
  email: `judge.final${i + 1}@demo.clapper.local`,
  password: DEMO_PAST_JUDGE_PASSWORD,
  displayName: j.displayName,
  countryCode: j.countryCode,
}));

/** For the start-up banner: one line for the teams and one for the judges of 2026. */
export const DEMO_PAST_BANNER_ACCOUNTS: DemoAccount[] = [
  {
    role: 'student',
    email: 'team.<cc>@demo.clapper.local',
    password: DEMO_TEAM_PASSWORD,
    scope: `2026 finalist teams, <cc> = ${TEAMS.map((t) => t.countryCode.toLowerCase()).join(', ')}`,
  },
  { role: 'judge', email: 'judge.final<n>@demo.clapper.local', password: DEMO_PAST_JUDGE_PASSWORD, scope: `2026 final, <n> = 1–${JUDGES.length}` },
];

/**
 * The final's scorecards: for each entry, the judges (index into JUDGES) and the levels each gave on
 * [message, creativity, impact, production, rules]. A mixed assignment (every entry a different trio, no judge on
 * an entry of their own country), and a clear order: TH 92.9, VN 82.9, JP 76.7, PH 71.3, ID 63.8, MY 61.3 (raw
 * weighted mean); PH has the best security message (5.0).
 */
const SCORES: Record<string, { judge: number; levels: CriterionLevels; feedback: string }[]> = {
  'TH-0001': [
    { judge: 0, levels: [5, 5, 5, 4, 5], feedback: 'A clear, correct message with a practical check anyone can copy. The friend’s calm voice makes it stick.' },
    { judge: 2, levels: [5, 5, 4, 5, 5], feedback: 'Original and well paced; the moment you zoom in on the web address is the best shot of the final.' },
    { judge: 4, levels: [4, 5, 5, 4, 5], feedback: 'Very engaging. The message could name one more warning sign, but the ending is memorable.' },
  ],
  'JP-0001': [
    { judge: 1, levels: [4, 4, 4, 5, 5], feedback: 'Beautifully shot and edited. The advice is right; show the official app check a little longer.' },
    { judge: 2, levels: [4, 3, 4, 5, 5], feedback: 'Polished production and clean subtitles. The story is familiar; a twist would lift it.' },
    { judge: 3, levels: [4, 4, 3, 5, 4], feedback: 'Strong picture and sound. The calm ending works, though the middle loses some energy.' },
  ],
  'VN-0001': [
    { judge: 0, levels: [4, 5, 4, 4, 5], feedback: 'A fun, fresh idea: turning password guessing into a game is memorable.' },
    { judge: 1, levels: [5, 4, 4, 4, 5], feedback: 'Accurate and practical: passphrases and two-factor authentication are explained simply.' },
    { judge: 3, levels: [4, 4, 5, 4, 4], feedback: 'Students will watch this to the end and share it. Check the credits for the music.' },
  ],
  'PH-0001': [
    { judge: 0, levels: [5, 3, 4, 3, 4], feedback: 'The strongest message of the final: three real scams, each with one check that stops it.' },
    { judge: 3, levels: [5, 3, 3, 3, 4], feedback: 'Excellent advice. The quick cuts make some scenes hard to follow; slow down a little.' },
    { judge: 4, levels: [5, 4, 3, 3, 4], feedback: 'Very accurate and relevant. Sound levels vary between scenes.' },
  ],
  'MY-0001': [
    { judge: 1, levels: [3, 4, 3, 4, 4], feedback: 'A relatable situation. Say clearly what to do when someone asks for a password.' },
    { judge: 2, levels: [4, 3, 3, 4, 5], feedback: 'Good use of the upright format for phones. The message arrives late in the video.' },
    { judge: 4, levels: [3, 3, 3, 4, 4], feedback: 'Nice acting from the younger brother. The advice could be more concrete.' },
  ],
  'ID-0001': [
    { judge: 0, levels: [4, 4, 3, 3, 4], feedback: 'A useful family setting. The steps to recognise the scam could be shown on screen.' },
    { judge: 1, levels: [3, 4, 4, 3, 4], feedback: 'Warm and funny. Make the security advice more precise.' },
    { judge: 4, levels: [4, 3, 3, 3, 5], feedback: 'Clear and within the rules. The picture is dark in the evening scenes.' },
  ],
};

const CRITERIA = DEFAULT_RUBRIC.criteria.map((c) => c.key);

const AWARDS: Pick<Award, 'kind' | 'name' | 'description' | 'position' | 'places' | 'criterion'>[] = [
  {
    kind: 'grand_prize',
    name: { en: 'Grand Prize', ja: 'グランプリ' },
    description: { en: 'The best awareness video of the 2026 edition.', ja: '2026年大会で最も優れた啓発動画。' },
    position: 1,
    places: 1,
    criterion: null,
  },
  {
    kind: 'runner_up',
    name: { en: 'Runner-up', ja: '準グランプリ' },
    description: { en: 'The next two in the final’s ranking.', ja: '決勝審査で次点となった2作品。' },
    position: 2,
    places: 2,
    criterion: null,
  },
  {
    kind: 'country_best',
    name: { en: 'Best entry per country', ja: '国別最優秀賞' },
    description: { en: 'The best entry of each participating country.', ja: '各参加国で最も優れた作品。' },
    position: 3,
    places: 1,
    criterion: null,
  },
  {
    kind: 'special',
    name: { en: 'Best message', ja: '最優秀メッセージ賞' },
    description: { en: 'The clearest, most accurate security message.', ja: '最も明確で正確なセキュリティメッセージ。' },
    position: 4,
    places: 1,
    criterion: 'message',
  },
];

// the edition's calendar: all in the past
const d = (iso: string) => new Date(iso);
const CALENDAR = {
  referenceDate: '2026-04-01',
  submissionOpensAt: d('2026-01-15T00:00:00Z'),
  submissionClosesAt: d('2026-03-31T15:00:00Z'),
  judgingOpensAt: d('2026-04-15T00:00:00Z'),
  judgingClosesAt: d('2026-06-30T15:00:00Z'),
  finalOpensAt: d('2026-06-01T00:00:00Z'),
  finalClosesAt: d('2026-06-30T15:00:00Z'),
  finalClosedAt: d('2026-07-01T02:00:00Z'),
};

/** What the past edition needs from outside the database: storage for the videos and subtitles, the queue, ffmpeg. */
export interface DemoMediaServices {
  storage: StoragePort;
  queue: JobQueue;
  media: MediaToolkit;
}

/** Made before the seed's transaction (and alongside the other password hashes): the clips and the password hashes. */
export interface PastEditionMaterial {
  dir: string;
  /** entry code -> clip file */
  clips: Map<string, string>;
  teamHashes: string[];
  judgeHashes: string[];
}

const run = promisify(execFile);

/** A placeholder clip from ffmpeg's own sources: the test pattern tinted per entry, and a tone. */
async function makeClip(ffmpeg: string, out: string, clip: TeamSpec['clip']): Promise<void> {
  const seconds = DEMO_CLIP_SECONDS;
  await run(
    ffmpeg,
    [
      '-nostdin',
      '-hide_banner',
      '-loglevel',
      'error',
      '-y',
      '-f',
      'lavfi',
      '-i',
      `testsrc2=size=${clip.width}x${clip.height}:rate=5:duration=${seconds}`,
      '-f',
      'lavfi',
      '-i',
      `sine=frequency=${clip.frequency}:sample_rate=22050:duration=${seconds}`,
      '-vf',
      `hue=h=${clip.hue}`,
      // the six run side by side: one thread each
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-crf',
      '32',
      '-threads',
      '1',
      '-pix_fmt',
      'yuv420p',
      '-c:a',
      'aac',
      '-b:a',
      '32k',
      '-ac',
      '1',
      '-movflags',
      '+faststart',
      '-shortest',
      out,
    ],
    { timeout: 60_000, windowsHide: true },
  );
}

export async function preparePastEdition(media: MediaToolkit, hash: (password: string) => Promise<string>): Promise<PastEditionMaterial> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'clapper-demo-'));
  try {
    const clips = new Map(TEAMS.map((t) => [t.code, path.join(dir, `${t.code}.mp4`)]));
    const [teamHashes, judgeHashes] = await Promise.all([
      Promise.all(DEMO_TEAM_ACCOUNTS.map((a) => hash(a.password))),
      Promise.all(DEMO_PAST_JUDGE_ACCOUNTS.map((a) => hash(a.password))),
      Promise.all(TEAMS.map((t) => makeClip(media.binaries.ffmpeg, clips.get(t.code)!, t.clip))),
    ]);
    return { dir, clips, teamHashes, judgeHashes };
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}

export async function discardPastEditionMaterial(material: PastEditionMaterial): Promise<void> {
  await rm(material.dir, { recursive: true, force: true });
}

/** Cues spread evenly over the clip, each ending well before it does. */
function cues(texts: string[]): Cue[] {
  const slot = (DEMO_CLIP_SECONDS - 1) / texts.length;
  return texts.map((text, i) => ({ start: 0.5 + i * slot, end: 0.5 + i * slot + slot - 1, text }));
}

/**
 * Writes the 2026 edition inside the seed's transaction and uploads its videos and subtitles. Returns the video
 * assets to process: queue them (queuePastEditionVideos) once the transaction has committed.
 */
export async function seedPastEdition(m: EntityManager, storage: StoragePort, material: PastEditionMaterial, organiserId: string): Promise<string[]> {
  const competition = await m.save(
    m.create(Competition, {
      slug: DEMO_PAST_SLUG,
      name: { en: 'ASEAN–Japan Cybersecurity Awareness Video Competition 2026', ja: '日ASEANサイバーセキュリティ啓発動画コンテスト2026' },
      theme: { en: 'Think before you click: staying safe online', ja: 'クリックする前に考えよう：オンラインで安全に' },
      languages: ['en', 'ja', 'th', 'vi'],
      status: 'published',
      referenceDate: CALENDAR.referenceDate,
      submissionOpensAt: CALENDAR.submissionOpensAt,
      submissionClosesAt: CALENDAR.submissionClosesAt,
      judgingOpensAt: CALENDAR.judgingOpensAt,
      judgingClosesAt: CALENDAR.judgingClosesAt,
      ceremonyAt: null,
      rules: { ...DEFAULT_ENTRY_RULES },
      countries: await m.find(Country, { where: { code: In(TEAMS.map((t) => t.countryCode)) } }),
      createdBy: organiserId,
    }),
  );
  const categoryIds: string[] = [];
  const categories = [
    { name: { en: 'Ages 7–12', ja: '7〜12歳' }, minAge: 7, maxAge: 12 },
    { name: { en: 'Ages 13–17', ja: '13〜17歳' }, minAge: 13, maxAge: 17 },
    { name: { en: 'University (18–25)', ja: '大学生（18〜25歳）' }, minAge: 18, maxAge: 25 },
  ];
  for (const [i, c] of categories.entries()) categoryIds.push((await m.save(m.create(Category, { competitionId: competition.id, ...c, position: i }))).id);
  await addDefaultLicence(m, competition.id);
  const licence = await m.findOneByOrFail(LicenceVersion, { competitionId: competition.id, version: 1 });

  const round = await m.save(
    m.create(Round, {
      competitionId: competition.id,
      kind: 'final',
      countryCode: null,
      status: 'closed',
      opensAt: CALENDAR.finalOpensAt,
      closesAt: CALENDAR.finalClosesAt,
      judgesPerEntry: 3,
      blind: true,
      showOtherScores: false,
      rubric: DEFAULT_RUBRIC,
      countryQuota: 2,
      closedAt: CALENDAR.finalClosedAt,
      closedBy: organiserId,
    }),
  );

  const judgeIds: string[] = [];
  for (const [i, j] of JUDGES.entries()) {
    const account = DEMO_PAST_JUDGE_ACCOUNTS[i];
    const user = await m.save(
      m.create(User, {
        email: account.email,
        passwordHash: material.judgeHashes[i],
        displayName: j.displayName,
        countryCode: j.countryCode,
        locale: 'en',
        dateOfBirth: null,
        schoolId: null,
        disabledAt: null,
      }),
    );
    judgeIds.push(user.id);
    await m.insert(RoleGrant, { userId: user.id, role: 'judge', roundId: round.id, grantedBy: organiserId });
    const participating = TEAMS.some((t) => t.countryCode === j.countryCode);
    await m.insert(RoundJudge, {
      roundId: round.id,
      userId: user.id,
      languages: j.languages,
      conflictCountryCodes: participating ? [j.countryCode] : [],
      conflictNote: participating ? 'My own country.' : '',
      declaredAt: d('2026-05-20T00:00:00Z'),
    });
  }

  const assetIds: string[] = [];
  for (const [i, team] of TEAMS.entries()) {
    const account = DEMO_TEAM_ACCOUNTS[i];
    await m
      .createQueryBuilder()
      .insert()
      .into(School)
      .values({ name: team.schoolName, nameKey: schoolKey(team.schoolName), countryCode: team.countryCode })
      .orIgnore()
      .execute();
    const school = await m.findOneByOrFail(School, { countryCode: team.countryCode, nameKey: schoolKey(team.schoolName) });
    const owner = await m.save(
      m.create(User, {
        email: account.email,
        passwordHash: material.teamHashes[i],
        displayName: account.displayName,
        countryCode: team.countryCode,
        schoolId: school.id,
        dateOfBirth: team.members[0].dateOfBirth,
        locale: 'en',
        disabledAt: null,
      }),
    );
    await m.insert(RoleGrant, { userId: owner.id, role: 'student', countryCode: team.countryCode, schoolId: school.id });

    const submittedAt = d(`2026-03-${String(10 + i * 3).padStart(2, '0')}T06:00:00Z`);
    const entry = await m.save(
      m.create(Entry, {
        code: team.code,
        competitionId: competition.id,
        categoryId: categoryIds[team.category],
        countryCode: team.countryCode,
        schoolId: school.id,
        ownerId: owner.id,
        title: team.title,
        synopsisOriginal: team.synopsisOriginal,
        synopsisEnglish: team.synopsisEnglish,
        videoLanguage: team.videoLanguage,
        supervisingTeacherName: team.supervisingTeacher?.name ?? null,
        supervisingTeacherEmail: team.supervisingTeacher?.email ?? null,
        sources: 'All footage, music and sound were made by the team.',
        status: 'submitted',
        submittedAt,
        eligibility: 'eligible',
        screenedBy: organiserId,
        screenedAt: d('2026-04-10T03:00:00Z'),
        creditStyle: 'first_names',
      }),
    );

    const consentedAt = new Date(submittedAt.getTime() - 3 * 24 * 3600_000);
    for (const [position, spec] of team.members.entries()) {
      const member = await m.save(
        m.create(TeamMember, {
          entryId: entry.id,
          fullName: spec.fullName,
          role: spec.role,
          dateOfBirth: spec.dateOfBirth,
          schoolName: team.schoolName,
          position,
        }),
      );
      await m.insert(Consent, {
        entryId: entry.id,
        memberId: member.id,
        kind: 'participant',
        status: 'given',
        method: 'account',
        textVersion: CONSENT_TEXT_VERSION,
        givenByUserId: owner.id,
        givenByName: spec.fullName,
        givenAt: consentedAt,
      });
      if (isMinor(spec.dateOfBirth, CALENDAR.referenceDate)) {
        if (!spec.guardian) throw new Error(`demo seed: ${spec.fullName} is a minor and needs a guardian`);
        await m.insert(Consent, {
          entryId: entry.id,
          memberId: member.id,
          kind: 'guardian',
          status: 'given',
          method: 'email_link',
          textVersion: CONSENT_TEXT_VERSION,
          textLanguage: 'en',
          givenByName: spec.guardian.name,
          guardianRelationship: spec.guardian.relationship,
          guardianEmail: spec.guardian.email,
          emailLanguage: 'en',
          linkSentAt: consentedAt,
          givenAt: new Date(consentedAt.getTime() + 24 * 3600_000),
        });
      }
    }
    await m.insert(LicenceGrant, { entryId: entry.id, licenceVersionId: licence.id, acceptedBy: owner.id, acceptedAt: consentedAt });

    // the video, stored where an upload's original goes, to be processed like one
    const assetId = randomUUID();
    const clip = material.clips.get(team.code)!;
    const key = originalKey(entry.id, assetId);
    const stored = await storage.put(key, createReadStream(clip), { contentType: 'video/mp4', contentLength: (await stat(clip)).size });
    await m.insert(VideoAsset, {
      id: assetId,
      entryId: entry.id,
      status: 'uploaded',
      originalKey: key,
      uploadId: null,
      fileName: team.clip.fileName,
      sizeBytes: stored.size,
      sha256: stored.sha256,
      progress: 0,
    });
    assetIds.push(assetId);

    for (const [language, texts] of Object.entries(team.subtitles)) {
      const track = cues(texts);
      const vtt = Buffer.from(toWebVtt(track), 'utf8');
      const objectKey = subtitleKey(entry.id, language);
      await storage.put(objectKey, Readable.from([vtt]), { contentType: 'text/vtt; charset=utf-8', contentLength: vtt.length });
      await m.insert(Subtitle, { entryId: entry.id, language, objectKey, cueCount: track.length });
    }

    const roundEntry = await m.save(
      m.create(RoundEntry, {
        roundId: round.id,
        entryId: entry.id,
        promotedFromId: null,
        promotedBy: organiserId,
        promotedAt: d('2026-05-25T03:00:00Z'),
        promotedRank: null,
      }),
    );
    for (const [n, card] of SCORES[team.code].entries()) {
      const judgeId = judgeIds[card.judge];
      await m.insert(Assignment, {
        roundId: round.id,
        roundEntryId: roundEntry.id,
        judgeId,
        languageMatch: JUDGES[card.judge].languages.includes(team.videoLanguage),
        source: 'auto',
        createdBy: organiserId,
      });
      await m.insert(Scorecard, {
        roundId: round.id,
        roundEntryId: roundEntry.id,
        judgeId,
        scores: Object.fromEntries(CRITERIA.map((key, c) => [key, card.levels[c]])),
        overallComment: '',
        privateNote: '',
        teamFeedback: card.feedback,
        status: 'locked',
        version: 2,
        submittedAt: d(`2026-06-${String(10 + i * 2 + n).padStart(2, '0')}T09:00:00Z`),
      });
    }
  }

  for (const award of AWARDS) await m.insert(Award, { competitionId: competition.id, categoryId: null, ...award });
  return assetIds;
}

/** The same processing job an upload queues: the worker makes the web rendition and the poster. */
export async function queuePastEditionVideos(queue: JobQueue, assetIds: string[]): Promise<void> {
  for (const assetId of assetIds) await queue.send('video.process', { assetId }, { singletonKey: assetId });
}
