import { DEFAULT_LICENCE_BODY, DEFAULT_LICENCE_TITLE, GUARDIAN_CONSENT_TEXT, PARTICIPANT_CONSENT_TEXT } from './licence.js';
import type { BuiltInText, LegalDocument } from './legal-texts.js';
import type { Locale } from './locales.js';

/**
 * The platform's built-in texts, version 1 of every competition's: English is the source the platform has always
 * shown (approved by the platform); the other languages were drafted by Clapper and wait for an organiser or the
 * country's coordinator to review and approve them before anyone is shown them.
 */
export const BUILT_IN_TEXTS: Record<LegalDocument, Record<Locale, BuiltInText>> = {
  participant_consent: {
    en: { title: null, body: PARTICIPANT_CONSENT_TEXT },
    ja: {
      title: null,
      body: '私はこの応募作品に参加し、その動画、コンテストのページ、および作品が選ばれた場合は啓発キャンペーンに、チームが入力したとおりの名前のクレジット付きで登場することに同意します。この同意は後で取り消すことができます。',
    },
    id: {
      title: null,
      body: 'Saya setuju untuk ikut serta dalam karya ini dan ditampilkan dalam videonya, di halaman kompetisi, dan, jika karya ini terpilih, dalam kampanye kesadaran, dengan nama saya dicantumkan sebagaimana dimasukkan oleh tim. Saya dapat menarik persetujuan ini nanti.',
    },
    ms: {
      title: null,
      body: 'Saya bersetuju untuk menyertai penyertaan ini dan ditunjukkan dalam videonya, di halaman pertandingan dan, jika karya ini dipilih, dalam kempen kesedaran, dengan nama saya dikreditkan seperti yang dimasukkan oleh pasukan. Saya boleh menarik balik persetujuan ini kemudian.',
    },
    th: {
      title: null,
      body: 'ข้าพเจ้ายินยอมเข้าร่วมผลงานนี้ และยินยอมให้ปรากฏในวิดีโอของผลงาน บนหน้าเว็บของการประกวด และหากผลงานได้รับการคัดเลือก ในแคมเปญสร้างความตระหนักรู้ โดยระบุชื่อของข้าพเจ้าตามที่ทีมกรอกไว้ ข้าพเจ้าสามารถเพิกถอนความยินยอมนี้ได้ในภายหลัง',
    },
    vi: {
      title: null,
      body: 'Tôi đồng ý tham gia bài dự thi này và xuất hiện trong video của bài, trên các trang của cuộc thi và, nếu tác phẩm được chọn, trong các chiến dịch nâng cao nhận thức, với tên của tôi được ghi như đội đã nhập. Tôi có thể rút lại sự đồng ý này sau.',
    },
    fil: {
      title: null,
      body: 'Pumapayag akong lumahok sa entry na ito at maipakita sa video nito, sa mga pahina ng paligsahan at, kung mapili ang akda, sa mga kampanya para sa kamalayan, na nakasulat ang pangalan ko ayon sa inilagay ng team. Maaari kong bawiin ang pahintulot na ito sa ibang pagkakataon.',
    },
    km: {
      title: null,
      body: 'ខ្ញុំយល់ព្រមចូលរួមក្នុងស្នាដៃប្រកួតនេះ និងបង្ហាញខ្លួនក្នុងវីដេអូរបស់វា នៅលើទំព័រនៃការប្រកួត ហើយប្រសិនបើស្នាដៃត្រូវបានជ្រើសរើស នៅក្នុងយុទ្ធនាការលើកកម្ពស់ការយល់ដឹង ដោយមានឈ្មោះរបស់ខ្ញុំដូចដែលក្រុមបានបញ្ចូល។ ខ្ញុំអាចដកការយល់ព្រមនេះវិញនៅពេលក្រោយ។',
    },
    lo: {
      title: null,
      body: 'ຂ້າພະເຈົ້າຍິນຍອມເຂົ້າຮ່ວມໃນຜົນງານນີ້ ແລະ ປາກົດໃນວິດີໂອຂອງຜົນງານ, ໃນໜ້າເວັບຂອງການແຂ່ງຂັນ ແລະ, ຖ້າຜົນງານໄດ້ຮັບການຄັດເລືອກ, ໃນແຄມເປນສ້າງຄວາມຕື່ນຕົວ, ໂດຍມີຊື່ຂອງຂ້າພະເຈົ້າຕາມທີ່ທີມໄດ້ປ້ອນໄວ້. ຂ້າພະເຈົ້າສາມາດຖອນຄວາມຍິນຍອມນີ້ໄດ້ໃນພາຍຫຼັງ.',
    },
    my: {
      title: null,
      body: 'ဤပြိုင်ပွဲဝင်လက်ရာတွင် ပါဝင်ရန်နှင့် ၎င်း၏ဗီဒီယို၊ ပြိုင်ပွဲစာမျက်နှာများတွင်လည်းကောင်း၊ လက်ရာကို ရွေးချယ်ခံရပါက အသိပညာပေးလှုပ်ရှားမှုများတွင်လည်းကောင်း အဖွဲ့က ထည့်သွင်းထားသည့်အတိုင်း ကျွန်ုပ်၏အမည်ဖြင့် ဖော်ပြခံရန် သဘောတူပါသည်။ ဤသဘောတူညီချက်ကို နောက်ပိုင်းတွင် ရုပ်သိမ်းနိုင်ပါသည်။',
    },
    tet: {
      title: null,
      body: "Ha'u konkorda atu partisipa iha partisipasaun ida-ne'e no atu hatudu ha'u iha ninia vídeo, iha pájina kompetisaun nian no, se karik servisu ne'e hetan eskolla, iha kampaña konsiensializasaun sira, ho ha'u-nia naran hakerek tuir ekipa prenxe. Ha'u bele dada fali konsentimentu ida-ne'e depois.",
    },
    pt: {
      title: null,
      body: 'Concordo em participar nesta candidatura e em aparecer no seu vídeo, nas páginas do concurso e, se o trabalho for escolhido, em campanhas de sensibilização, com o meu nome creditado tal como a equipa o indicou. Posso retirar este consentimento mais tarde.',
    },
    'zh-Hans': {
      title: null,
      body: '我同意参加本参赛作品，并同意出现在其视频中、比赛页面上，以及在作品入选时出现在宣传教育活动中，署名以团队填写的为准。我以后可以撤回本同意。',
    },
    ta: {
      title: null,
      body: 'இந்தப் படைப்பில் பங்கேற்கவும், அதன் வீடியோவிலும், போட்டிப் பக்கங்களிலும், படைப்பு தேர்ந்தெடுக்கப்பட்டால் விழிப்புணர்வுப் பிரச்சாரங்களிலும், குழு உள்ளிட்டபடி என் பெயருடன் காட்டப்படவும் நான் ஒப்புக்கொள்கிறேன். இந்த ஒப்புதலைப் பின்னர் திரும்பப் பெறலாம்.',
    },
  },
  guardian_consent: {
    en: { title: null, body: GUARDIAN_CONSENT_TEXT },
    ja: {
      title: null,
      body: '私はここに記載されたチームメンバーの保護者または法定後見人です。このメンバーがこの応募作品に参加し、その動画、コンテストのページ、および作品が選ばれた場合は非営利の啓発キャンペーンに、チームが入力したとおりの名前のクレジット付きで登場することに同意します。この同意は、同じリンクからいつでも取り消すことができます。',
    },
    id: {
      title: null,
      body: 'Saya adalah orang tua atau wali sah dari anggota tim yang disebutkan di sini. Saya setuju bahwa ia ikut serta dalam karya ini dan ditampilkan dalam videonya, di halaman kompetisi, dan, jika karya ini terpilih, dalam kampanye kesadaran nonkomersial, dengan namanya dicantumkan sebagaimana dimasukkan oleh tim. Saya dapat menarik persetujuan ini kapan saja melalui tautan yang sama.',
    },
    ms: {
      title: null,
      body: 'Saya ialah ibu bapa atau penjaga sah ahli pasukan yang dinamakan di sini. Saya bersetuju bahawa dia menyertai penyertaan ini dan ditunjukkan dalam videonya, di halaman pertandingan dan, jika karya ini dipilih, dalam kempen kesedaran bukan komersial, dengan namanya dikreditkan seperti yang dimasukkan oleh pasukan. Saya boleh menarik balik persetujuan ini pada bila-bila masa melalui pautan yang sama.',
    },
    th: {
      title: null,
      body: 'ข้าพเจ้าเป็นบิดา มารดา หรือผู้ปกครองตามกฎหมายของสมาชิกทีมที่ระบุชื่อไว้ ณ ที่นี้ ข้าพเจ้ายินยอมให้บุคคลดังกล่าวเข้าร่วมผลงานนี้ และปรากฏในวิดีโอของผลงาน บนหน้าเว็บของการประกวด และหากผลงานได้รับการคัดเลือก ในแคมเปญสร้างความตระหนักรู้ที่ไม่แสวงหาผลกำไร โดยระบุชื่อตามที่ทีมกรอกไว้ ข้าพเจ้าสามารถเพิกถอนความยินยอมนี้ได้ทุกเมื่อผ่านลิงก์เดียวกันนี้',
    },
    vi: {
      title: null,
      body: 'Tôi là cha, mẹ hoặc người giám hộ hợp pháp của thành viên đội có tên ở đây. Tôi đồng ý để em tham gia bài dự thi này và xuất hiện trong video của bài, trên các trang của cuộc thi và, nếu tác phẩm được chọn, trong các chiến dịch nâng cao nhận thức phi thương mại, với tên được ghi như đội đã nhập. Tôi có thể rút lại sự đồng ý này bất cứ lúc nào qua cùng đường liên kết này.',
    },
    fil: {
      title: null,
      body: 'Ako ang magulang o legal na tagapag-alaga ng miyembro ng team na nakapangalan dito. Pumapayag ako na siya ay lumahok sa entry na ito at maipakita sa video nito, sa mga pahina ng paligsahan at, kung mapili ang akda, sa mga di-pangkomersiyong kampanya para sa kamalayan, na nakasulat ang kanyang pangalan ayon sa inilagay ng team. Maaari kong bawiin ang pahintulot na ito anumang oras sa parehong link.',
    },
    km: {
      title: null,
      body: 'ខ្ញុំជាឪពុក ម្ដាយ ឬអាណាព្យាបាលស្របច្បាប់របស់សមាជិកក្រុមដែលមានឈ្មោះនៅទីនេះ។ ខ្ញុំយល់ព្រមឱ្យគាត់ចូលរួមក្នុងស្នាដៃប្រកួតនេះ និងបង្ហាញខ្លួនក្នុងវីដេអូរបស់វា នៅលើទំព័រនៃការប្រកួត ហើយប្រសិនបើស្នាដៃត្រូវបានជ្រើសរើស នៅក្នុងយុទ្ធនាការលើកកម្ពស់ការយល់ដឹងដែលមិនរកប្រាក់ចំណេញ ដោយមានឈ្មោះរបស់គាត់ដូចដែលក្រុមបានបញ្ចូល។ ខ្ញុំអាចដកការយល់ព្រមនេះវិញបានគ្រប់ពេល តាមរយៈតំណដដែលនេះ។',
    },
    lo: {
      title: null,
      body: 'ຂ້າພະເຈົ້າເປັນພໍ່, ແມ່ ຫຼື ຜູ້ປົກຄອງຕາມກົດໝາຍຂອງສະມາຊິກທີມທີ່ມີຊື່ຢູ່ນີ້. ຂ້າພະເຈົ້າຍິນຍອມໃຫ້ລາວເຂົ້າຮ່ວມໃນຜົນງານນີ້ ແລະ ປາກົດໃນວິດີໂອຂອງຜົນງານ, ໃນໜ້າເວັບຂອງການແຂ່ງຂັນ ແລະ, ຖ້າຜົນງານໄດ້ຮັບການຄັດເລືອກ, ໃນແຄມເປນສ້າງຄວາມຕື່ນຕົວທີ່ບໍ່ແມ່ນເພື່ອການຄ້າ, ໂດຍມີຊື່ຂອງລາວຕາມທີ່ທີມໄດ້ປ້ອນໄວ້. ຂ້າພະເຈົ້າສາມາດຖອນຄວາມຍິນຍອມນີ້ໄດ້ທຸກເວລາ ຜ່ານລິ້ງດຽວກັນນີ້.',
    },
    my: {
      title: null,
      body: 'ကျွန်ုပ်သည် ဤနေရာတွင် အမည်ဖော်ပြထားသော အဖွဲ့ဝင်၏ မိဘ သို့မဟုတ် တရားဝင်အုပ်ထိန်းသူ ဖြစ်ပါသည်။ ၎င်းသည် ဤပြိုင်ပွဲဝင်လက်ရာတွင် ပါဝင်ရန်နှင့် ၎င်း၏ဗီဒီယို၊ ပြိုင်ပွဲစာမျက်နှာများတွင်လည်းကောင်း၊ လက်ရာကို ရွေးချယ်ခံရပါက စီးပွားဖြစ်မဟုတ်သော အသိပညာပေးလှုပ်ရှားမှုများတွင်လည်းကောင်း အဖွဲ့က ထည့်သွင်းထားသည့်အတိုင်း ၎င်း၏အမည်ဖြင့် ဖော်ပြခံရန် သဘောတူပါသည်။ ဤသဘောတူညီချက်ကို ဤလင့်ခ်တစ်ခုတည်းမှတစ်ဆင့် အချိန်မရွေး ရုပ်သိမ်းနိုင်ပါသည်။',
    },
    tet: {
      title: null,
      body: "Ha'u mak inan-aman ka kuidadór legál husi membru ekipa nian ne'ebé naran iha ne'e. Ha'u konkorda katak nia partisipa iha partisipasaun ida-ne'e no hatudu nia iha ninia vídeo, iha pájina kompetisaun nian no, se karik servisu ne'e hetan eskolla, iha kampaña konsiensializasaun sira ne'ebé la komersiál, ho nia naran hakerek tuir ekipa prenxe. Ha'u bele dada fali konsentimentu ida-ne'e iha momentu ruma liuhusi link hanesan ne'e.",
    },
    pt: {
      title: null,
      body: 'Sou o pai, a mãe ou o tutor legal do membro da equipa aqui indicado. Concordo que participe nesta candidatura e apareça no seu vídeo, nas páginas do concurso e, se o trabalho for escolhido, em campanhas de sensibilização sem fins comerciais, com o seu nome creditado tal como a equipa o indicou. Posso retirar este consentimento a qualquer momento através da mesma ligação.',
    },
    'zh-Hans': {
      title: null,
      body: '我是此处所列团队成员的父母或法定监护人。我同意其参加本参赛作品，并出现在其视频中、比赛页面上，以及在作品入选时出现在非商业性的宣传教育活动中，署名以团队填写的为准。我可以随时通过同一链接撤回本同意。',
    },
    ta: {
      title: null,
      body: 'இங்கு பெயரிடப்பட்டுள்ள குழு உறுப்பினரின் பெற்றோர் அல்லது சட்டப்பூர்வ பாதுகாவலர் நான். அவர் இந்தப் படைப்பில் பங்கேற்கவும், அதன் வீடியோவிலும், போட்டிப் பக்கங்களிலும், படைப்பு தேர்ந்தெடுக்கப்பட்டால் வணிக நோக்கமற்ற விழிப்புணர்வுப் பிரச்சாரங்களிலும், குழு உள்ளிட்டபடி அவரது பெயருடன் காட்டப்படவும் நான் ஒப்புக்கொள்கிறேன். இதே இணைப்பின் மூலம் இந்த ஒப்புதலை எப்போது வேண்டுமானாலும் திரும்பப் பெறலாம்.',
    },
  },
  licence: {
    en: { title: DEFAULT_LICENCE_TITLE, body: DEFAULT_LICENCE_BODY },
    ja: {
      title: 'CC BY-NC 4.0 および啓発キャンペーンのための非独占的な利用許諾',
      body: `1. 一般への利用許諾。チームは、動画、字幕、ポスター画像をクリエイティブ・コモンズ 表示-非営利 4.0 国際ライセンス（CC BY-NC 4.0）のもとで提供します。誰でも、チームが入力した作者名を表示すれば、非営利の目的でこれらを共有・改変できます。

2. 主催者への利用許諾。チームはさらに、コンテストの主催者に対し、非営利のサイバーセキュリティ啓発キャンペーンにおいて、あらゆる媒体で、作者名を表示したうえで作品を上映、複製、字幕付け、翻訳、短縮、配布する非独占的、無償かつ全世界的な権利を許諾します。

3. 同意が最優先です。作品に登場するすべての人の同意が記録されていない限り、作品が公に利用されることはありません。同意が取り消された場合、主催者はすべての公開ページとキャンペーンから作品を取り下げます。

4. チームは、作品を自ら制作したこと、および出典として記載した音楽と映像の権利を有していることを確認します。`,
    },
    id: {
      title: 'CC BY-NC 4.0 dan izin noneksklusif untuk kampanye kesadaran',
      body: `1. Lisensi untuk publik. Tim melisensikan video, subtitel, dan posternya di bawah lisensi Creative Commons Atribusi-NonKomersial 4.0 Internasional (CC BY-NC 4.0): siapa pun boleh membagikan dan mengadaptasinya untuk tujuan nonkomersial, dengan mencantumkan nama pembuat sebagaimana dimasukkan oleh tim.

2. Izin kepada penyelenggara. Tim juga memberikan kepada penyelenggara kompetisi hak noneksklusif, bebas royalti, dan berlaku di seluruh dunia untuk menayangkan, menyalin, memberi subtitel, menerjemahkan, mempersingkat, dan mendistribusikan karya dalam kampanye kesadaran keamanan siber nonkomersial, di media apa pun, dengan mencantumkan nama pembuat.

3. Persetujuan yang utama. Tidak ada karya yang digunakan secara publik tanpa persetujuan yang tercatat dari setiap orang yang tampil di dalamnya; jika suatu persetujuan ditarik, penyelenggara menurunkan karya tersebut dari setiap halaman publik dan kampanye.

4. Tim menyatakan bahwa tim membuat karya ini sendiri dan memegang hak atas musik dan rekaman yang dicantumkannya sebagai sumber.`,
    },
    ms: {
      title: 'CC BY-NC 4.0 dan pemberian hak bukan eksklusif untuk kempen kesedaran',
      body: `1. Lesen kepada orang ramai. Pasukan melesenkan video, sari kata dan posternya di bawah lesen Creative Commons Atribusi-BukanKomersial 4.0 Antarabangsa (CC BY-NC 4.0): sesiapa sahaja boleh berkongsi dan mengadaptasinya untuk tujuan bukan komersial, dengan mengkreditkan pencipta seperti nama yang dimasukkan oleh pasukan.

2. Pemberian hak kepada penganjur. Pasukan juga memberikan kepada penganjur pertandingan hak bukan eksklusif, bebas royalti dan di seluruh dunia untuk menayangkan, menyalin, memberi sari kata, menterjemah, memendekkan dan mengedarkan karya dalam kempen kesedaran keselamatan siber bukan komersial, dalam apa jua medium, dengan mengkreditkan pencipta.

3. Persetujuan didahulukan. Tiada karya digunakan secara terbuka tanpa persetujuan yang direkodkan bagi setiap orang yang muncul di dalamnya; apabila sesuatu persetujuan ditarik balik, penganjur mengeluarkan karya itu daripada setiap halaman awam dan kempen.

4. Pasukan mengesahkan bahawa ia mencipta karya ini dan memegang hak atas muzik dan rakaman yang disenaraikan sebagai sumber.`,
    },
    th: {
      title: 'CC BY-NC 4.0 และการอนุญาตแบบไม่ผูกขาดสำหรับแคมเปญสร้างความตระหนักรู้',
      body: `1. สัญญาอนุญาตแก่สาธารณะ ทีมอนุญาตให้ใช้วิดีโอ คำบรรยาย และโปสเตอร์ของผลงานภายใต้สัญญาอนุญาตครีเอทีฟคอมมอนส์ แสดงที่มา-ไม่ใช้เพื่อการค้า 4.0 สากล (CC BY-NC 4.0) กล่าวคือ ทุกคนสามารถแบ่งปันและดัดแปลงผลงานเพื่อวัตถุประสงค์ที่ไม่ใช่การค้าได้ โดยระบุชื่อผู้สร้างตามที่ทีมกรอกไว้

2. การอนุญาตแก่ผู้จัด ทีมยังให้สิทธิแก่ผู้จัดการประกวดแบบไม่ผูกขาด ไม่มีค่าตอบแทน และใช้ได้ทั่วโลก ในการฉาย ทำสำเนา ใส่คำบรรยาย แปล ตัดต่อให้สั้นลง และเผยแพร่ผลงานในแคมเปญสร้างความตระหนักรู้ด้านความมั่นคงปลอดภัยไซเบอร์ที่ไม่แสวงหาผลกำไร ผ่านสื่อทุกประเภท โดยระบุชื่อผู้สร้าง

3. ความยินยอมมาก่อน จะไม่มีการนำผลงานไปใช้ในที่สาธารณะหากยังไม่มีการบันทึกความยินยอมของทุกคนที่ปรากฏในผลงาน เมื่อมีการเพิกถอนความยินยอม ผู้จัดจะนำผลงานออกจากทุกหน้าสาธารณะและทุกแคมเปญ

4. ทีมยืนยันว่าทีมเป็นผู้สร้างสรรค์ผลงานนี้ และมีสิทธิในเพลงและภาพวิดีโอที่ระบุไว้เป็นแหล่งที่มา`,
    },
    vi: {
      title: 'CC BY-NC 4.0 và quyền sử dụng không độc quyền cho các chiến dịch nâng cao nhận thức',
      body: `1. Giấy phép cho công chúng. Đội cấp phép video, phụ đề và áp phích của mình theo giấy phép Creative Commons Ghi công - Phi thương mại 4.0 Quốc tế (CC BY-NC 4.0): bất kỳ ai cũng có thể chia sẻ và phóng tác chúng vì mục đích phi thương mại, với điều kiện ghi tên tác giả như đội đã nhập.

2. Quyền cấp cho ban tổ chức. Đội cũng cấp cho ban tổ chức cuộc thi quyền không độc quyền, miễn phí bản quyền và có hiệu lực trên toàn thế giới để trình chiếu, sao chép, gắn phụ đề, dịch, rút ngắn và phân phối tác phẩm trong các chiến dịch phi thương mại nâng cao nhận thức về an ninh mạng, trên mọi phương tiện, có ghi tên tác giả.

3. Sự đồng ý là trên hết. Không tác phẩm nào được sử dụng công khai khi chưa ghi nhận sự đồng ý của mọi người xuất hiện trong đó; khi một sự đồng ý bị rút lại, ban tổ chức gỡ tác phẩm khỏi mọi trang công khai và mọi chiến dịch.

4. Đội xác nhận rằng đội đã tự tạo ra tác phẩm và có quyền đối với phần nhạc và cảnh quay được liệt kê làm nguồn.`,
    },
    fil: {
      title: 'CC BY-NC 4.0 at di-eksklusibong pahintulot para sa mga kampanya para sa kamalayan',
      body: `1. Lisensiya sa publiko. Ipinapalisensiya ng team ang video, ang mga subtitle nito at ang poster nito sa ilalim ng lisensiyang Creative Commons Attribution-NonCommercial 4.0 International (CC BY-NC 4.0): sinuman ay maaaring magbahagi at mag-angkop ng mga ito para sa di-pangkomersiyong layunin, basta't kinikilala ang mga may-akda ayon sa mga pangalang inilagay ng team.

2. Pahintulot sa mga tagapag-organisa. Ibinibigay din ng team sa mga tagapag-organisa ng paligsahan ang di-eksklusibo, walang bayad na royalty at pandaigdigang karapatang ipalabas, kopyahin, lagyan ng subtitle, isalin, paikliin at ipamahagi ang mga akda sa mga di-pangkomersiyong kampanya para sa kamalayan sa cybersecurity, sa anumang midyum, na kinikilala ang mga may-akda.

3. Pahintulot muna. Walang akdang gagamitin sa publiko nang walang nakatalang pahintulot ng bawat taong lumalabas dito; kapag binawi ang isang pahintulot, aalisin ng mga tagapag-organisa ang akda sa bawat pampublikong pahina at kampanya.

4. Pinatutunayan ng team na sila ang lumikha ng akda at hawak nila ang karapatan sa musika at mga footage na inilista nila bilang pinagkunan.`,
    },
    km: {
      title: 'CC BY-NC 4.0 និងការផ្ដល់សិទ្ធិមិនផ្ដាច់មុខសម្រាប់យុទ្ធនាការលើកកម្ពស់ការយល់ដឹង',
      body: `1. អាជ្ញាប័ណ្ណសម្រាប់សាធារណជន។ ក្រុមផ្ដល់អាជ្ញាប័ណ្ណលើវីដេអូ អក្សររត់ និងផ្ទាំងរូបភាពរបស់ខ្លួន ក្រោមអាជ្ញាប័ណ្ណ Creative Commons Attribution-NonCommercial 4.0 International (CC BY-NC 4.0)៖ អ្នកណាក៏អាចចែករំលែក និងកែសម្រួលវាសម្រាប់គោលបំណងមិនមែនពាណិជ្ជកម្មបាន ដោយបញ្ជាក់ឈ្មោះអ្នកបង្កើតដូចដែលក្រុមបានបញ្ចូល។

2. ការផ្ដល់សិទ្ធិដល់អ្នករៀបចំ។ ក្រុមក៏ផ្ដល់ដល់អ្នករៀបចំការប្រកួតនូវសិទ្ធិមិនផ្ដាច់មុខ ឥតគិតថ្លៃសួយសារ និងមានសុពលភាពទូទាំងពិភពលោក ដើម្បីចាក់បង្ហាញ ថតចម្លង ដាក់អក្សររត់ បកប្រែ កាត់បន្ថយ និងចែកចាយស្នាដៃក្នុងយុទ្ធនាការលើកកម្ពស់ការយល់ដឹងអំពីសន្តិសុខអ៊ីនធឺណិតដែលមិនរកប្រាក់ចំណេញ តាមគ្រប់មធ្យោបាយ ដោយបញ្ជាក់ឈ្មោះអ្នកបង្កើត។

3. ការយល់ព្រមមកមុន។ គ្មានស្នាដៃណាមួយត្រូវបានប្រើជាសាធារណៈ ដោយគ្មានការយល់ព្រមដែលបានកត់ត្រាពីមនុស្សគ្រប់រូបដែលបង្ហាញខ្លួនក្នុងនោះឡើយ។ នៅពេលការយល់ព្រមណាមួយត្រូវបានដកវិញ អ្នករៀបចំនឹងដកស្នាដៃនោះចេញពីគ្រប់ទំព័រសាធារណៈ និងគ្រប់យុទ្ធនាការ។

4. ក្រុមបញ្ជាក់ថា ក្រុមបានបង្កើតស្នាដៃនេះដោយខ្លួនឯង និងមានសិទ្ធិលើតន្ត្រី និងរូបភាពវីដេអូដែលខ្លួនបានរាយជាប្រភព។`,
    },
    lo: {
      title: 'CC BY-NC 4.0 ແລະ ການອະນຸຍາດແບບບໍ່ຜູກຂາດສຳລັບແຄມເປນສ້າງຄວາມຕື່ນຕົວ',
      body: `1. ການອະນຸຍາດແກ່ສາທາລະນະ. ທີມອະນຸຍາດໃຫ້ນຳໃຊ້ວິດີໂອ, ຄຳບັນຍາຍ ແລະ ໂປສເຕີຂອງຕົນ ພາຍໃຕ້ໃບອະນຸຍາດ Creative Commons Attribution-NonCommercial 4.0 International (CC BY-NC 4.0): ທຸກຄົນສາມາດແບ່ງປັນ ແລະ ດັດແປງໄດ້ເພື່ອຈຸດປະສົງທີ່ບໍ່ແມ່ນການຄ້າ ໂດຍລະບຸຊື່ຜູ້ສ້າງຕາມທີ່ທີມໄດ້ປ້ອນໄວ້.

2. ການອະນຸຍາດແກ່ຜູ້ຈັດ. ທີມຍັງມອບສິດໃຫ້ຜູ້ຈັດການແຂ່ງຂັນແບບບໍ່ຜູກຂາດ, ບໍ່ມີຄ່າລິຂະສິດ ແລະ ໃຊ້ໄດ້ທົ່ວໂລກ ໃນການສາຍ, ສຳເນົາ, ໃສ່ຄຳບັນຍາຍ, ແປ, ຕັດໃຫ້ສັ້ນລົງ ແລະ ເຜີຍແຜ່ຜົນງານໃນແຄມເປນສ້າງຄວາມຕື່ນຕົວດ້ານຄວາມປອດໄພທາງໄຊເບີທີ່ບໍ່ແມ່ນເພື່ອການຄ້າ, ຜ່ານທຸກສື່, ໂດຍລະບຸຊື່ຜູ້ສ້າງ.

3. ຄວາມຍິນຍອມມາກ່ອນ. ບໍ່ມີຜົນງານໃດຖືກນຳໃຊ້ຢ່າງເປີດເຜີຍ ຖ້າບໍ່ມີການບັນທຶກຄວາມຍິນຍອມຂອງທຸກຄົນທີ່ປາກົດໃນນັ້ນ; ເມື່ອມີການຖອນຄວາມຍິນຍອມ, ຜູ້ຈັດຈະເອົາຜົນງານອອກຈາກທຸກໜ້າສາທາລະນະ ແລະ ທຸກແຄມເປນ.

4. ທີມຢືນຢັນວ່າທີມເປັນຜູ້ສ້າງຜົນງານນີ້ ແລະ ມີສິດໃນດົນຕີ ແລະ ພາບວິດີໂອທີ່ລະບຸໄວ້ເປັນແຫຼ່ງທີ່ມາ.`,
    },
    my: {
      title: 'CC BY-NC 4.0 နှင့် အသိပညာပေးလှုပ်ရှားမှုများအတွက် သီးသန့်မဟုတ်သော ခွင့်ပြုချက်',
      body: `1. အများပြည်သူအတွက် လိုင်စင်။ အဖွဲ့သည် ဗီဒီယို၊ စာတန်းထိုးနှင့် ပိုစတာကို Creative Commons Attribution-NonCommercial 4.0 International (CC BY-NC 4.0) လိုင်စင်ဖြင့် ခွင့်ပြုပါသည်- မည်သူမဆို စီးပွားဖြစ်မဟုတ်သော ရည်ရွယ်ချက်များအတွက် အဖွဲ့က ထည့်သွင်းထားသည့် ဖန်တီးသူအမည်များကို ဖော်ပြ၍ မျှဝေခြင်း၊ ပြုပြင်ခြင်း ပြုလုပ်နိုင်ပါသည်။

2. စီစဉ်သူများအား ခွင့်ပြုချက်။ အဖွဲ့သည် ပြိုင်ပွဲစီစဉ်သူများအား စီးပွားဖြစ်မဟုတ်သော ဆိုက်ဘာလုံခြုံရေး အသိပညာပေးလှုပ်ရှားမှုများတွင် မည်သည့်မီဒီယာတွင်မဆို ဖန်တီးသူများကို ဖော်ပြ၍ လက်ရာများကို ပြသခြင်း၊ မိတ္တူကူးခြင်း၊ စာတန်းထိုးခြင်း၊ ဘာသာပြန်ခြင်း၊ တိုချုံ့ခြင်းနှင့် ဖြန့်ဝေခြင်း ပြုလုပ်ရန် သီးသန့်မဟုတ်သော၊ မူပိုင်ခကင်းသော၊ ကမ္ဘာတစ်ဝန်းသုံး အခွင့်အရေးကိုလည်း ပေးအပ်ပါသည်။

3. သဘောတူညီချက်က ဦးစားပေး။ လက်ရာတွင် ပါဝင်သူတိုင်း၏ သဘောတူညီချက်ကို မှတ်တမ်းတင်ထားခြင်းမရှိဘဲ မည်သည့်လက်ရာကိုမျှ လူသိရှင်ကြား အသုံးမပြုပါ။ သဘောတူညီချက်တစ်ခုကို ရုပ်သိမ်းသောအခါ စီစဉ်သူများသည် ထိုလက်ရာကို အများသုံးစာမျက်နှာနှင့် လှုပ်ရှားမှုအားလုံးမှ ဖယ်ရှားပါသည်။

4. အဖွဲ့သည် ဤလက်ရာကို မိမိတို့ကိုယ်တိုင် ဖန်တီးခဲ့ကြောင်းနှင့် ရင်းမြစ်အဖြစ် ဖော်ပြထားသော ဂီတနှင့် ရုပ်ရှင်ရိုက်ကူးမှုများ၏ အခွင့်အရေးကို ပိုင်ဆိုင်ကြောင်း အတည်ပြုပါသည်။`,
    },
    tet: {
      title: 'CC BY-NC 4.0 no autorizasaun la esklusivu ba kampaña konsiensializasaun',
      body: `1. Lisensa ba públiku. Ekipa fó lisensa ba vídeo, legenda no poster tuir lisensa Creative Commons Atribuisaun-LaKomersiál 4.0 Internasionál (CC BY-NC 4.0): ema hotu bele fahe no adapta sira ba objetivu ne'ebé la komersiál, no hato'o naran autór sira tuir ekipa prenxe.

2. Autorizasaun ba organizadór sira. Ekipa mós fó ba organizadór kompetisaun nian direitu la esklusivu, la selu royalty no iha mundu tomak atu hatudu, kopia, tau legenda, tradús, halo badak no distribui servisu sira iha kampaña konsiensializasaun kona-ba siberseguransa ne'ebé la komersiál, iha média saida de'it, no hato'o naran autór sira.

3. Konsentimentu mak uluk. La iha servisu ida mak uza iha públiku se la iha konsentimentu rejistadu husi ema hotu ne'ebé mosu iha laran; bainhira konsentimentu ida dada fali, organizadór sira hasai servisu ne'e husi pájina públiku no kampaña hotu.

4. Ekipa konfirma katak sira mak kria servisu ne'e no iha direitu ba múzika no imajen sira ne'ebé sira lista hanesan fonte.`,
    },
    pt: {
      title: 'CC BY-NC 4.0 e autorização não exclusiva para campanhas de sensibilização',
      body: `1. Licença ao público. A equipa licencia o vídeo, as legendas e o cartaz ao abrigo da licença Creative Commons Atribuição-NãoComercial 4.0 Internacional (CC BY-NC 4.0): qualquer pessoa os pode partilhar e adaptar para fins não comerciais, creditando os autores tal como a equipa indicou os seus nomes.

2. Autorização aos organizadores. A equipa concede também aos organizadores do concurso o direito não exclusivo, gratuito e mundial de exibir, copiar, legendar, traduzir, encurtar e distribuir os trabalhos em campanhas de sensibilização para a cibersegurança sem fins comerciais, em qualquer meio, creditando os autores.

3. O consentimento vem primeiro. Nenhum trabalho é usado publicamente sem os consentimentos registados de todas as pessoas que nele aparecem; quando um consentimento é retirado, os organizadores retiram o trabalho de todas as páginas públicas e campanhas.

4. A equipa confirma que criou o trabalho e que detém os direitos sobre a música e as imagens que indica como fontes.`,
    },
    'zh-Hans': {
      title: 'CC BY-NC 4.0 及宣传教育活动的非独占许可',
      body: `1. 对公众的许可。团队依据知识共享 署名-非商业性使用 4.0 国际许可协议（CC BY-NC 4.0）授权其视频、字幕和海报：任何人均可出于非商业目的分享和改编，但须按团队填写的姓名为作者署名。

2. 对主办方的许可。团队还授予比赛主办方一项非独占、免版税、全球范围的权利，可在非商业性的网络安全宣传教育活动中，通过任何媒介放映、复制、添加字幕、翻译、剪短和传播作品，并为作者署名。

3. 同意优先。未记录作品中出现的每个人的同意之前，任何作品都不会被公开使用；一旦有人撤回同意，主办方将把该作品从所有公开页面和活动中撤下。

4. 团队确认作品由其创作，并拥有其列为素材来源的音乐和影像的权利。`,
    },
    ta: {
      title: 'CC BY-NC 4.0 மற்றும் விழிப்புணர்வுப் பிரச்சாரங்களுக்கான பிரத்தியேகமற்ற அனுமதி',
      body: `1. பொதுமக்களுக்கான உரிமம். குழு தனது வீடியோ, வசனங்கள் மற்றும் சுவரொட்டியை Creative Commons Attribution-NonCommercial 4.0 International (CC BY-NC 4.0) உரிமத்தின் கீழ் வழங்குகிறது: குழு உள்ளிட்ட படைப்பாளர்களின் பெயர்களைக் குறிப்பிட்டு, வணிக நோக்கமற்ற பயன்பாட்டிற்கு யார் வேண்டுமானாலும் அவற்றைப் பகிரலாம், மாற்றியமைக்கலாம்.

2. ஏற்பாட்டாளர்களுக்கான அனுமதி. வணிக நோக்கமற்ற இணையப் பாதுகாப்பு விழிப்புணர்வுப் பிரச்சாரங்களில், எந்த ஊடகத்திலும், படைப்பாளர்களின் பெயர்களைக் குறிப்பிட்டு, படைப்புகளைக் காட்டவும், நகலெடுக்கவும், வசனம் சேர்க்கவும், மொழிபெயர்க்கவும், சுருக்கவும், விநியோகிக்கவும் பிரத்தியேகமற்ற, உரிமத்தொகையற்ற, உலகளாவிய உரிமையையும் குழு போட்டி ஏற்பாட்டாளர்களுக்கு வழங்குகிறது.

3. ஒப்புதலே முதன்மை. படைப்பில் தோன்றும் ஒவ்வொருவரின் ஒப்புதலும் பதிவு செய்யப்படாமல் எந்தப் படைப்பும் பொதுவில் பயன்படுத்தப்படாது; ஓர் ஒப்புதல் திரும்பப் பெறப்பட்டால், ஏற்பாட்டாளர்கள் அந்தப் படைப்பை ஒவ்வொரு பொதுப் பக்கத்திலிருந்தும் பிரச்சாரத்திலிருந்தும் நீக்குவார்கள்.

4. இந்தப் படைப்பைத் தாங்களே உருவாக்கியதாகவும், மூலங்களாகப் பட்டியலிட்ட இசை மற்றும் காட்சிப் பதிவுகளுக்கான உரிமைகள் தங்களிடம் உள்ளதாகவும் குழு உறுதிப்படுத்துகிறது.`,
    },
  },
};
