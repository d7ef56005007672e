/**
 * The wording of award and participation certificates, per language. Pure data plus a lookup, shared by the API
 * (which draws it into a PDF) and the tests.
 *
 * Templates hold placeholders in braces (`{country}`) where the word order differs between languages; fill them
 * with `fillCertificateTemplate`. Everything else is a plain phrase drawn on a line of its own.
 */
export interface CertificateText {
  /** the language tag of this wording, one of CERTIFICATE_LANGUAGES */
  lang: string;
  /** the heading of an award certificate */
  titleAward: string;
  /** the heading of a participation certificate */
  titleParticipation: string;
  /** the line above the names on an award certificate */
  awardedTo: string;
  /** the line above the names on a participation certificate */
  presentedTo: string;
  /** the line above the entry's title */
  forTheEntry: string;
  /** the country line; holds `{country}` */
  representing: string;
  /** drawn where an award certificate names the award */
  participationNote: string;
  /** the label under the date */
  dateOfIssue: string;
  /** the marks around the entry's title */
  quoteOpen: string;
  quoteClose: string;
  /** between two team members' names */
  listSeparator: string;
}

type Wording = Omit<CertificateText, 'lang'>;

const WORDING = {
  en: {
    titleAward: 'Certificate of Achievement',
    titleParticipation: 'Certificate of Participation',
    awardedTo: 'This certificate is awarded to',
    presentedTo: 'This certificate is presented to',
    forTheEntry: 'for the entry',
    representing: 'representing {country}',
    participationNote: 'in recognition of their participation in the competition',
    dateOfIssue: 'Date of issue',
    quoteOpen: '“',
    quoteClose: '”',
    listSeparator: ', ',
  },
  ja: {
    titleAward: '賞状',
    titleParticipation: '参加証明書',
    awardedTo: 'この賞状を次の方に贈ります',
    presentedTo: 'この証書を次の方に贈ります',
    forTheEntry: '応募作品',
    representing: '{country}代表',
    participationNote: '本コンテストへの参加を証します',
    dateOfIssue: '発行日',
    quoteOpen: '「',
    quoteClose: '」',
    listSeparator: '、',
  },
  'zh-Hans': {
    titleAward: '荣誉证书',
    titleParticipation: '参赛证书',
    awardedTo: '本证书授予',
    presentedTo: '本证书颁发给',
    forTheEntry: '参赛作品',
    representing: '代表{country}',
    participationNote: '特此证明其参与本次比赛',
    dateOfIssue: '颁发日期',
    quoteOpen: '《',
    quoteClose: '》',
    listSeparator: '、',
  },
  th: {
    titleAward: 'เกียรติบัตร',
    titleParticipation: 'เกียรติบัตรผู้เข้าร่วมการแข่งขัน',
    awardedTo: 'ขอมอบเกียรติบัตรนี้ให้แก่',
    presentedTo: 'ขอมอบเกียรติบัตรนี้ให้แก่',
    forTheEntry: 'สำหรับผลงาน',
    representing: 'ตัวแทนจาก{country}',
    participationNote: 'เพื่อแสดงว่าได้เข้าร่วมการแข่งขัน',
    dateOfIssue: 'ให้ไว้ ณ วันที่',
    quoteOpen: '“',
    quoteClose: '”',
    listSeparator: ', ',
  },
  km: {
    titleAward: 'វិញ្ញាបនបត្រសរសើរ',
    titleParticipation: 'វិញ្ញាបនបត្របញ្ជាក់ការចូលរួម',
    awardedTo: 'វិញ្ញាបនបត្រនេះប្រគល់ជូន',
    presentedTo: 'វិញ្ញាបនបត្រនេះប្រគល់ជូន',
    forTheEntry: 'សម្រាប់ស្នាដៃ',
    representing: 'តំណាងឱ្យ{country}',
    participationNote: 'ដើម្បីបញ្ជាក់ថាបានចូលរួមក្នុងការប្រកួត',
    dateOfIssue: 'កាលបរិច្ឆេទចេញ',
    quoteOpen: '«',
    quoteClose: '»',
    listSeparator: ', ',
  },
  lo: {
    titleAward: 'ໃບຍ້ອງຍໍ',
    titleParticipation: 'ໃບຢັ້ງຢືນການເຂົ້າຮ່ວມ',
    awardedTo: 'ມອບໃຫ້ແກ່',
    presentedTo: 'ມອບໃຫ້ແກ່',
    forTheEntry: 'ສຳລັບຜົນງານ',
    representing: 'ຕົວແທນຈາກ{country}',
    participationNote: 'ເພື່ອຢັ້ງຢືນວ່າໄດ້ເຂົ້າຮ່ວມການແຂ່ງຂັນ',
    dateOfIssue: 'ອອກໃຫ້ວັນທີ',
    quoteOpen: '“',
    quoteClose: '”',
    listSeparator: ', ',
  },
  my: {
    titleAward: 'ဂုဏ်ပြုလက်မှတ်',
    titleParticipation: 'ပါဝင်မှုလက်မှတ်',
    awardedTo: 'ဤလက်မှတ်ကို အောက်ပါသူများအား ချီးမြှင့်သည်',
    presentedTo: 'ဤလက်မှတ်ကို အောက်ပါသူများအား ပေးအပ်သည်',
    forTheEntry: 'ပြိုင်ပွဲဝင်လက်ရာ',
    representing: '{country}ကိုယ်စား',
    participationNote: 'ပြိုင်ပွဲတွင် ပါဝင်ခဲ့သည့်အတွက် အသိအမှတ်ပြုသည်',
    dateOfIssue: 'ထုတ်ပေးသည့်ရက်စွဲ',
    quoteOpen: '“',
    quoteClose: '”',
    listSeparator: '၊ ',
  },
  ta: {
    titleAward: 'சாதனைச் சான்றிதழ்',
    titleParticipation: 'பங்கேற்புச் சான்றிதழ்',
    awardedTo: 'இந்தச் சான்றிதழ் வழங்கப்படுவது',
    presentedTo: 'இந்தச் சான்றிதழ் வழங்கப்படுவது',
    forTheEntry: 'போட்டிப் படைப்பு',
    representing: '{country} சார்பாக',
    participationNote: 'போட்டியில் பங்கேற்றமைக்காக',
    dateOfIssue: 'வழங்கிய நாள்',
    quoteOpen: '“',
    quoteClose: '”',
    listSeparator: ', ',
  },
  vi: {
    titleAward: 'Giấy chứng nhận thành tích',
    titleParticipation: 'Giấy chứng nhận tham gia',
    awardedTo: 'Trân trọng trao tặng',
    presentedTo: 'Chứng nhận',
    forTheEntry: 'với tác phẩm',
    representing: 'đại diện cho {country}',
    participationNote: 'đã tham gia cuộc thi',
    dateOfIssue: 'Ngày cấp',
    quoteOpen: '“',
    quoteClose: '”',
    listSeparator: ', ',
  },
  id: {
    titleAward: 'Sertifikat Penghargaan',
    titleParticipation: 'Sertifikat Partisipasi',
    awardedTo: 'Sertifikat ini dianugerahkan kepada',
    presentedTo: 'Sertifikat ini diberikan kepada',
    forTheEntry: 'atas karya',
    representing: 'mewakili {country}',
    participationNote: 'sebagai penghargaan atas partisipasinya dalam kompetisi',
    dateOfIssue: 'Tanggal terbit',
    quoteOpen: '“',
    quoteClose: '”',
    listSeparator: ', ',
  },
  ms: {
    titleAward: 'Sijil Pencapaian',
    titleParticipation: 'Sijil Penyertaan',
    awardedTo: 'Sijil ini dianugerahkan kepada',
    presentedTo: 'Sijil ini diberikan kepada',
    forTheEntry: 'bagi karya',
    representing: 'mewakili {country}',
    participationNote: 'sebagai penghargaan atas penyertaan dalam pertandingan',
    dateOfIssue: 'Tarikh dikeluarkan',
    quoteOpen: '“',
    quoteClose: '”',
    listSeparator: ', ',
  },
  fil: {
    titleAward: 'Sertipiko ng Pagkilala',
    titleParticipation: 'Sertipiko ng Paglahok',
    awardedTo: 'Iginagawad ang sertipikong ito sa mga sumusunod:',
    presentedTo: 'Ipinagkakaloob ang sertipikong ito sa mga sumusunod:',
    forTheEntry: 'para sa lahok na',
    representing: 'kumakatawan sa {country}',
    participationNote: 'bilang pagkilala sa kanilang paglahok sa patimpalak',
    dateOfIssue: 'Petsa ng pagkakaloob',
    quoteOpen: '“',
    quoteClose: '”',
    listSeparator: ', ',
  },
  pt: {
    titleAward: 'Certificado de Mérito',
    titleParticipation: 'Certificado de Participação',
    awardedTo: 'Este certificado é atribuído a',
    presentedTo: 'Este certificado é conferido a',
    forTheEntry: 'pelo trabalho',
    // A label, not "em representação de …": the preposition would need the country's article (do Brasil, de Timor-Leste).
    representing: 'País representado: {country}',
    participationNote: 'em reconhecimento da sua participação no concurso',
    dateOfIssue: 'Data de emissão',
    quoteOpen: '“',
    quoteClose: '”',
    listSeparator: ', ',
  },
} as const satisfies Record<string, Wording>;

export type CertificateLanguage = keyof typeof WORDING;

/** The languages certificates are worded in; any other language gets the English wording. */
export const CERTIFICATE_LANGUAGES = Object.keys(WORDING) as readonly CertificateLanguage[];

/** Tags that name one of the languages above under another spelling. */
const ALIASES: Record<string, CertificateLanguage> = {
  zh: 'zh-Hans',
  'zh-cn': 'zh-Hans',
  'zh-sg': 'zh-Hans',
  'zh-my': 'zh-Hans',
  tl: 'fil', // Tagalog, which Filipino is based on
};

/** The wording language for a BCP-47 tag: exact (any case), then an alias, then the primary subtag; else 'en'. */
export function certificateLanguage(tag: string): CertificateLanguage {
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  const exact = CERTIFICATE_LANGUAGES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  if (ALIASES[lower]) return ALIASES[lower];
  // zh-Hans-CN and the like; Traditional Chinese (zh-Hant, zh-TW, zh-HK) has no wording yet and gets English.
  if (lower.startsWith('zh-hans-')) return 'zh-Hans';
  if (lower.startsWith('zh')) return 'en';
  const primary = lower.split('-')[0];
  const byPrimary = CERTIFICATE_LANGUAGES.find((l) => l === primary) ?? ALIASES[primary];
  return byPrimary ?? 'en';
}

/** The certificate's wording for a language; unknown languages get English. */
export function certificateText(lang: string): CertificateText {
  const chosen = certificateLanguage(lang);
  return { lang: chosen, ...WORDING[chosen] };
}

/** Replaces each `{name}` in a template with its value; unknown placeholders are left as they are. */
export function fillCertificateTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name] : whole));
}
