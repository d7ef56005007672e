import type { Rubric } from './rubric.js';

/** A criterion's texts in one language: its name, its description, then its level descriptors from 1 up. */
type CriterionTexts = [name: string, description: string, levels: string[]];

/**
 * The default rubric's texts (rubric.ts, written in English and Japanese) in the platform's other languages, by
 * language then criterion key, so that a new round's judges read the rubric in their own language whichever
 * languages the competition offers (rubricIn keeps the competition's). Drafted for the platform; a native speaker
 * should review them before a real edition, and an organiser can reword any of them in the rubric builder.
 */
const RUBRIC_TRANSLATIONS: Record<string, Record<string, CriterionTexts>> = {
  th: {
    message: [
      'สารด้านความปลอดภัย',
      'สารด้านความมั่นคงปลอดภัยไซเบอร์ถูกต้อง ทันสมัย และเกี่ยวข้องกับชีวิตประจำวันของผู้ชมหรือไม่',
      [
        'สารผิดหรือไม่มีสาร หรืออาจทำให้ผู้ชมทำสิ่งที่ไม่ปลอดภัย',
        'สารคลุมเครือหรือล้าสมัยบางส่วน',
        'สารถูกต้องแต่ทั่วไป ผู้ชมรู้ว่าควรระวัง แต่ไม่รู้ว่าควรทำอย่างไร',
        'สารถูกต้องและนำไปใช้ได้จริง พร้อมสิ่งที่ควรทำอย่างชัดเจน',
        'สารถูกต้อง ทันสมัย และนำไปใช้ได้ทันทีในชีวิตประจำวันของผู้ชม',
      ],
    ],
    creativity: [
      'ความคิดสร้างสรรค์',
      'แนวคิดและวิธีเล่าเรื่องแปลกใหม่และน่าจดจำหรือไม่',
      [
        'ไม่มีแนวคิดของตัวเอง เป็นการอ่านคำแนะนำหรือคัดลอกผลงานอื่น',
        'แนวคิดที่คุ้นเคย เล่าตามแบบที่คาดเดาได้',
        'แนวคิดที่คุ้นเคย แต่มีมุมมองของตัวเองบ้าง',
        'แนวคิดแปลกใหม่ที่ผู้ชมจะจดจำได้',
        'แนวคิดโดดเด่นและเล่าอย่างน่าประหลาดใจ ผู้ชมจะอยากแบ่งปัน',
      ],
    ],
    impact: [
      'ผลต่อผู้ชม',
      'ผู้ชมจะดูจนจบ เข้าใจ และเปลี่ยนพฤติกรรมหรือไม่',
      [
        'ผู้ชมน่าจะเลิกดูหรือไม่เข้าใจ',
        'เข้าใจได้ แต่ไม่น่าจะเปลี่ยนสิ่งที่ผู้ชมทำ',
        'ผู้ชมเข้าใจและอาจจำได้ในภายหลัง',
        'ผู้ชมน่าจะดูจนจบและทำตามคำแนะนำ',
        'ผู้ชมจะดูจนจบ ทำตามคำแนะนำ และบอกต่อผู้อื่น',
      ],
    ],
    production: [
      'คุณภาพการผลิต',
      'ภาพ เสียง การตัดต่อ และคำบรรยายช่วยให้สารชัดเจนหรือไม่',
      [
        'ภาพหรือเสียงทำให้ตามเรื่องได้ยาก',
        'ตามเรื่องได้ แต่มีปัญหาที่เห็นได้ชัดหลายจุด',
        'ชัดเจนในภาพรวม มีปัญหาเล็กน้อย',
        'ภาพ เสียง และการตัดต่อดี ช่วยให้สารชัดเจน',
        'ประณีตทุกด้าน งานสร้างทำให้สารทรงพลังยิ่งขึ้น',
      ],
    ],
    rules: [
      'การปฏิบัติตามกติกา',
      'วิดีโอเป็นไปตามกติกาการประกวด (ความยาว เครดิต ลิขสิทธิ์ ความเป็นส่วนตัว) หรือไม่',
      ['ละเมิดกติกาอย่างร้ายแรง', 'ละเมิดกติกาหลายข้อ', 'ละเมิดกติกาเล็กน้อยหนึ่งข้อ', 'เป็นไปตามกติกา มีข้อสังเกตเล็กน้อย', 'เป็นไปตามกติกาทุกข้อ และเคารพความเป็นส่วนตัวของผู้อื่น'],
    ],
  },
  vi: {
    message: [
      'Thông điệp an ninh',
      'Thông điệp về an ninh mạng có chính xác, cập nhật và gắn với đời sống hằng ngày của người xem không?',
      [
        'Thông điệp sai hoặc không có, hoặc có thể khiến người xem hành động thiếu an toàn.',
        'Thông điệp mơ hồ hoặc phần nào đã lỗi thời.',
        'Thông điệp đúng nhưng chung chung: người xem biết phải cẩn thận nhưng không biết làm gì.',
        'Thông điệp đúng và thiết thực, với việc cần làm rõ ràng.',
        'Thông điệp đúng, cập nhật và người xem có thể áp dụng ngay trong đời sống hằng ngày.',
      ],
    ],
    creativity: [
      'Tính sáng tạo',
      'Ý tưởng và cách kể chuyện có mới mẻ và đáng nhớ không?',
      [
        'Không có ý tưởng riêng: đọc lời khuyên hoặc sao chép tác phẩm khác.',
        'Ý tưởng quen thuộc, kể theo cách dễ đoán.',
        'Ý tưởng quen thuộc nhưng có góc nhìn riêng.',
        'Ý tưởng mới mẻ mà người xem sẽ nhớ.',
        'Ý tưởng nổi bật, kể một cách bất ngờ: người xem sẽ muốn chia sẻ.',
      ],
    ],
    impact: [
      'Tác động đến người xem',
      'Người xem có xem đến cuối, hiểu và thay đổi hành vi không?',
      [
        'Người xem có lẽ sẽ bỏ dở hoặc không hiểu.',
        'Dễ hiểu nhưng khó thay đổi việc người xem làm.',
        'Người xem hiểu và có thể nhớ lại sau này.',
        'Người xem có lẽ sẽ xem đến cuối và làm theo lời khuyên.',
        'Người xem sẽ xem đến cuối, làm theo lời khuyên và kể cho người khác.',
      ],
    ],
    production: [
      'Chất lượng sản xuất',
      'Hình ảnh, âm thanh, dựng phim và phụ đề có giúp thông điệp rõ ràng không?',
      [
        'Hình ảnh hoặc âm thanh khiến khó theo dõi.',
        'Theo dõi được nhưng có nhiều lỗi dễ thấy.',
        'Nhìn chung rõ ràng, có lỗi nhỏ.',
        'Hình ảnh, âm thanh và dựng phim tốt, giúp thông điệp rõ ràng.',
        'Chỉn chu mọi mặt: phần sản xuất làm thông điệp mạnh mẽ hơn.',
      ],
    ],
    rules: [
      'Tuân thủ thể lệ',
      'Video có tuân thủ thể lệ cuộc thi (thời lượng, ghi công, bản quyền, quyền riêng tư) không?',
      [
        'Vi phạm thể lệ nghiêm trọng.',
        'Vi phạm nhiều điều của thể lệ.',
        'Vi phạm nhỏ một điều của thể lệ.',
        'Tuân thủ thể lệ, có vài lưu ý nhỏ.',
        'Tuân thủ mọi điều của thể lệ và tôn trọng quyền riêng tư của người khác.',
      ],
    ],
  },
  id: {
    message: [
      'Pesan keamanan',
      'Apakah pesan keamanan sibernya akurat, terkini, dan relevan dengan kehidupan sehari-hari penonton?',
      [
        'Pesannya salah atau tidak ada, atau bisa membuat penonton berperilaku tidak aman.',
        'Pesannya ada, tetapi samar, sebagian tidak akurat, atau kurang relevan bagi penonton.',
        'Pesannya akurat tetapi umum; penonton mungkin tidak melihat kaitannya dengan diri mereka.',
        'Pesannya akurat, jelas, dan relevan, dengan langkah praktis yang bisa dilakukan penonton.',
        'Pesannya akurat, jelas, dan meyakinkan, serta memberi penonton tindakan nyata dan benar yang akan mereka ingat.',
      ],
    ],
    creativity: [
      'Kreativitas',
      'Seberapa orisinal ide, cerita, atau cara penyampaiannya?',
      [
        'Meniru ide yang sudah umum tanpa sentuhan sendiri.',
        'Ide yang umum dengan sedikit sentuhan orisinal.',
        'Ada beberapa ide orisinal, meski penyajiannya mudah ditebak.',
        'Ide orisinal, atau cara tak terduga menyampaikan ide yang umum.',
        'Ide segar dan mengejutkan, disampaikan dengan cara khas yang membekas di benak penonton.',
      ],
    ],
    impact: [
      'Dampak pada penonton sasaran',
      'Apakah penonton sasaran akan menonton sampai habis, memahami, dan mengubah perilakunya?',
      [
        'Kecil kemungkinan menarik perhatian penonton atau mengubah apa pun.',
        'Menarik perhatian di beberapa bagian; ajakan untuk bertindak lemah.',
        'Menarik perhatian; sebagian penonton akan memikirkan kembali kebiasaannya.',
        'Menarik dari awal sampai akhir; sebagian besar penonton akan mengingat dan melakukannya.',
        'Sangat memikat; penonton akan membagikannya dan mengubah perilakunya.',
      ],
    ],
    production: [
      'Kualitas produksi',
      'Apakah gambar, suara, penyuntingan, dan subtitelnya mendukung pesan?',
      [
        'Masalah gambar atau suara membuat video sulit diikuti.',
        'Dapat dipahami, tetapi sering ada masalah pada gambar, suara, atau penyuntingan.',
        'Gambar dan suara jelas; penyuntingan sederhana dengan sedikit masalah.',
        'Pengambilan gambar dan penyuntingan baik; suara dan subtitel jelas serta tepat waktu.',
        'Rapi di seluruh bagian; setiap pilihan teknis mendukung pesan.',
      ],
    ],
    rules: [
      'Kepatuhan pada peraturan',
      'Durasi, subtitel, kredit, materi asli atau berlisensi, dan konten yang cocok untuk penonton muda.',
      [
        'Beberapa peraturan dilanggar.',
        'Satu peraturan jelas dilanggar.',
        'Kekurangan kecil, seperti kredit atau subtitel yang tidak lengkap.',
        'Mematuhi peraturan, dengan satu kekurangan sepele.',
        'Mematuhi semua peraturan: durasi, subtitel, kredit, materi berlisensi, dan konten yang sesuai.',
      ],
    ],
  },
  ms: {
    message: [
      'Mesej keselamatan',
      'Adakah mesej keselamatan sibernya tepat, terkini dan berkaitan dengan kehidupan harian penonton?',
      [
        'Mesejnya salah atau tiada, atau boleh mendorong penonton bertindak secara tidak selamat.',
        'Mesejnya ada tetapi kabur, sebahagiannya tidak tepat atau kurang berkaitan dengan penonton.',
        'Mesejnya tepat tetapi umum; penonton mungkin tidak nampak kaitannya dengan diri mereka.',
        'Mesejnya tepat, jelas dan berkaitan, dengan langkah praktikal yang boleh diambil penonton.',
        'Mesejnya tepat, jelas dan meyakinkan, serta memberi penonton tindakan konkrit dan betul yang akan mereka ingat.',
      ],
    ],
    creativity: [
      'Kreativiti',
      'Sejauh manakah idea, cerita atau cara penyampaiannya asli?',
      [
        'Meniru idea yang biasa tanpa sentuhan sendiri.',
        'Idea yang biasa dengan sedikit sentuhan asli.',
        'Ada beberapa idea asli, walaupun olahannya mudah dijangka.',
        'Idea yang asli, atau cara yang tidak dijangka untuk menyampaikan idea yang biasa.',
        'Idea yang segar dan mengejutkan, disampaikan dengan cara tersendiri yang melekat di ingatan penonton.',
      ],
    ],
    impact: [
      'Kesan kepada penonton sasaran',
      'Adakah penonton sasaran akan menonton hingga habis, memahami dan mengubah tindakan mereka?',
      [
        'Tidak mungkin menarik perhatian penonton atau mengubah apa-apa.',
        'Menarik perhatian di beberapa bahagian; seruan untuk bertindak lemah.',
        'Menarik perhatian; sebahagian penonton akan memikirkan semula tabiat mereka.',
        'Menarik dari awal hingga akhir; kebanyakan penonton akan mengingatinya dan bertindak.',
        'Sangat memikat; penonton akan berkongsinya dan mengubah tingkah laku mereka.',
      ],
    ],
    production: [
      'Kualiti penerbitan',
      'Adakah gambar, bunyi, suntingan dan sari kata menyokong mesej?',
      [
        'Masalah gambar atau bunyi menyukarkan video untuk diikuti.',
        'Boleh difahami, tetapi kerap bermasalah pada gambar, bunyi atau suntingan.',
        'Gambar dan bunyi jelas; suntingan ringkas dengan sedikit masalah.',
        'Rakaman dan suntingan yang baik; bunyi dan sari kata jelas serta tepat masanya.',
        'Kemas sepenuhnya; setiap pilihan teknikal menyokong mesej.',
      ],
    ],
    rules: [
      'Pematuhan peraturan',
      'Tempoh, sari kata, kredit, bahan asli atau berlesen, dan kandungan yang sesuai untuk penonton muda.',
      [
        'Beberapa peraturan dilanggar.',
        'Satu peraturan jelas dilanggar.',
        'Kekurangan kecil, seperti kredit atau sari kata yang tidak lengkap.',
        'Mematuhi peraturan, dengan satu kekurangan kecil.',
        'Mematuhi semua peraturan: tempoh, sari kata, kredit, bahan berlesen dan kandungan yang sesuai.',
      ],
    ],
  },
  fil: {
    message: [
      'Mensahe tungkol sa seguridad',
      'Tama, napapanahon at may kinalaman ba sa araw-araw na buhay ng manonood ang mensahe tungkol sa cybersecurity?',
      [
        'Mali o wala ang mensahe, o maaari nitong akayin ang manonood sa hindi ligtas na gawain.',
        'May mensahe pero malabo, bahagyang mali o hindi gaanong may kinalaman sa manonood.',
        'Tama ang mensahe pero pangkalahatan; maaaring hindi makita ng manonood kung paano ito tumutukoy sa kanila.',
        'Tama, malinaw at may kinalaman ang mensahe, na may praktikal na hakbang na magagawa ng manonood.',
        'Tama, malinaw at nakakukumbinsi ang mensahe, at nag-iiwan sa manonood ng tiyak at tamang gawain na tatandaan nila.',
      ],
    ],
    creativity: [
      'Pagkamalikhain',
      'Gaano kaorihinal ang ideya, ang kuwento o ang paraan ng pagkukuwento?',
      [
        'Kinopya ang kilalang ideya nang walang sariling ambag.',
        'Kilalang ideya na may ilang orihinal na dagdag.',
        'May ilang orihinal na ideya, pero madaling hulaan ang pagkakagawa.',
        'Orihinal na ideya, o hindi inaasahang paraan ng pagkukuwento ng kilalang ideya.',
        'Sariwa at nakagugulat na ideya na ikinuwento sa sariling paraan at tumatatak sa manonood.',
      ],
    ],
    impact: [
      'Epekto sa target na manonood',
      'Manonood ba ang target na manonood hanggang dulo, maiintindihan ba nila, at babaguhin ba nila ang kanilang ginagawa?',
      [
        'Malamang na hindi makuha ang atensiyon ng manonood o makapagbago ng anuman.',
        'Nakakukuha ng atensiyon sa ilang bahagi; mahina ang panawagang kumilos.',
        'Nakakukuha ng atensiyon; may ilang manonood na mag-iisip muli tungkol sa kanilang mga gawi.',
        'Kawili-wili mula simula hanggang dulo; tatandaan ito ng karamihan at isasagawa.',
        'Lubhang nakaaakit; ibabahagi ito ng manonood at babaguhin nila ang kanilang gawi.',
      ],
    ],
    production: [
      'Kalidad ng produksiyon',
      'Nakatutulong ba sa mensahe ang larawan, tunog, pag-edit at subtitle?',
      [
        'Dahil sa problema sa larawan o tunog, mahirap sundan ang video.',
        'Naiintindihan, pero madalas may problema sa larawan, tunog o pag-edit.',
        'Malinaw ang larawan at tunog; simple ang pag-edit at kaunti ang problema.',
        'Maayos ang pagkuha at pag-edit; malinaw at nasa tamang oras ang tunog at subtitle.',
        'Pulido sa kabuuan; bawat teknikal na pagpili ay sumusuporta sa mensahe.',
      ],
    ],
    rules: [
      'Pagsunod sa mga patakaran',
      'Haba, subtitle, credits, orihinal o lisensiyadong materyal, at nilalamang angkop sa batang manonood.',
      [
        'Ilang patakaran ang nilabag.',
        'Malinaw na nilabag ang isang patakaran.',
        'Maliliit na pagkukulang, gaya ng kulang na credits o subtitle.',
        'Sumusunod sa mga patakaran, na may isang napakaliit na pagkukulang.',
        'Sumusunod sa bawat patakaran: haba, subtitle, credits, lisensiyadong materyal at angkop na nilalaman.',
      ],
    ],
  },
  km: {
    message: [
      'សារសុវត្ថិភាព',
      'តើសារអំពីសន្តិសុខអ៊ីនធឺណិតត្រឹមត្រូវ ទាន់សម័យ និងទាក់ទងនឹងជីវិតប្រចាំថ្ងៃរបស់អ្នកមើលដែរឬទេ?',
      [
        'សារខុស ឬគ្មានសារ ឬអាចនាំឱ្យអ្នកមើលប្រព្រឹត្តដោយគ្មានសុវត្ថិភាព។',
        'មានសារ ប៉ុន្តែមិនច្បាស់ ខុសខ្លះ ឬមិនសូវទាក់ទងនឹងអ្នកមើល។',
        'សារត្រឹមត្រូវ ប៉ុន្តែទូទៅពេក អ្នកមើលប្រហែលមិនឃើញថាវាទាក់ទងនឹងខ្លួន។',
        'សារត្រឹមត្រូវ ច្បាស់ និងពាក់ព័ន្ធ ព្រមទាំងមានជំហានជាក់ស្ដែងដែលអ្នកមើលអាចធ្វើបាន។',
        'សារត្រឹមត្រូវ ច្បាស់ និងគួរឱ្យជឿជាក់ ហើយផ្ដល់ឱ្យអ្នកមើលនូវសកម្មភាពជាក់លាក់ និងត្រឹមត្រូវដែលពួកគេនឹងចងចាំ។',
      ],
    ],
    creativity: [
      'ភាពច្នៃប្រឌិត',
      'តើគំនិត សាច់រឿង ឬរបៀបនិទានមានភាពថ្មីប្លែកកម្រិតណា?',
      [
        'ចម្លងគំនិតដែលគេស្គាល់ច្រើន ដោយគ្មានអ្វីជារបស់ខ្លួន។',
        'គំនិតដែលគេស្គាល់ ដោយមានការច្នៃប្រឌិតខ្លះៗ។',
        'មានគំនិតថ្មីខ្លះ ប៉ុន្តែការរៀបរាប់អាចទាយដឹងមុន។',
        'គំនិតថ្មី ឬរបៀបនិទានដែលមិននឹកស្មានដល់ចំពោះគំនិតដែលគេស្គាល់។',
        'គំនិតថ្មីស្រឡាង និងគួរឱ្យភ្ញាក់ផ្អើល និទានតាមរបៀបផ្ទាល់ខ្លួន ដែលអ្នកមើលចងចាំបាន។',
      ],
    ],
    impact: [
      'ឥទ្ធិពលលើអ្នកមើលគោលដៅ',
      'តើអ្នកមើលគោលដៅនឹងមើលដល់ចប់ យល់ ហើយផ្លាស់ប្ដូរអ្វីដែលពួកគេធ្វើដែរឬទេ?',
      [
        'ទំនងជាមិនទាក់ទាញចំណាប់អារម្មណ៍អ្នកមើល ឬមិនផ្លាស់ប្ដូរអ្វីទាល់តែសោះ។',
        'ទាក់ទាញចំណាប់អារម្មណ៍ខ្លះៗ ការអំពាវនាវឱ្យធ្វើសកម្មភាពនៅខ្សោយ។',
        'ទាក់ទាញចំណាប់អារម្មណ៍ អ្នកមើលខ្លះនឹងគិតឡើងវិញអំពីទម្លាប់របស់ខ្លួន។',
        'ទាក់ទាញពីដើមដល់ចប់ អ្នកមើលភាគច្រើននឹងចងចាំ ហើយអនុវត្តតាម។',
        'ទាក់ទាញខ្លាំង អ្នកមើលនឹងចែករំលែកវា ហើយផ្លាស់ប្ដូរឥរិយាបថរបស់ខ្លួន។',
      ],
    ],
    production: [
      'គុណភាពផលិតកម្ម',
      'តើរូបភាព សំឡេង ការកាត់តរូប និងអក្សររត់ជួយឱ្យសារច្បាស់ដែរឬទេ?',
      [
        'បញ្ហារូបភាព ឬសំឡេងធ្វើឱ្យពិបាកតាមដានវីដេអូ។',
        'អាចយល់បាន ប៉ុន្តែមានបញ្ហាញឹកញាប់លើរូបភាព សំឡេង ឬការកាត់តរូប។',
        'រូបភាព និងសំឡេងច្បាស់ ការកាត់តរូបសាមញ្ញ មានបញ្ហាតិចតួច។',
        'ថត និងកាត់តរូបបានល្អ សំឡេង និងអក្សររត់ច្បាស់ ហើយត្រូវពេលវេលា។',
        'ល្អឥតខ្ចោះទាំងមូល រាល់ជម្រើសបច្ចេកទេសគាំទ្រសារ។',
      ],
    ],
    rules: [
      'ការគោរពវិធាន',
      'រយៈពេល អក្សររត់ ការបញ្ជាក់ឈ្មោះអ្នកចូលរួម សម្ភារៈដើម ឬមានអាជ្ញាប័ណ្ណ និងខ្លឹមសារសមស្របសម្រាប់អ្នកមើលវ័យក្មេង។',
      [
        'បំពានវិធានច្រើន។',
        'បំពានវិធានមួយយ៉ាងច្បាស់។',
        'ខ្វះខាតតិចតួច ដូចជាការបញ្ជាក់ឈ្មោះ ឬអក្សររត់មិនពេញលេញ។',
        'គោរពវិធាន ដោយមានខ្វះខាតតូចតាចមួយ។',
        'គោរពគ្រប់វិធាន៖ រយៈពេល អក្សររត់ ការបញ្ជាក់ឈ្មោះ សម្ភារៈមានអាជ្ញាប័ណ្ណ និងខ្លឹមសារសមស្រប។',
      ],
    ],
  },
  lo: {
    message: [
      'ຂໍ້ຄວາມດ້ານຄວາມປອດໄພ',
      'ຂໍ້ຄວາມກ່ຽວກັບຄວາມປອດໄພທາງໄຊເບີຖືກຕ້ອງ, ທັນສະໄໝ ແລະ ກ່ຽວຂ້ອງກັບຊີວິດປະຈຳວັນຂອງຜູ້ຊົມບໍ່?',
      [
        'ຂໍ້ຄວາມຜິດ ຫຼື ບໍ່ມີ, ຫຼື ອາດເຮັດໃຫ້ຜູ້ຊົມປະພຶດໃນທາງທີ່ບໍ່ປອດໄພ.',
        'ມີຂໍ້ຄວາມ ແຕ່ບໍ່ຈະແຈ້ງ, ຜິດບາງສ່ວນ ຫຼື ບໍ່ຄ່ອຍກ່ຽວຂ້ອງກັບຜູ້ຊົມ.',
        'ຂໍ້ຄວາມຖືກຕ້ອງ ແຕ່ກວ້າງເກີນໄປ; ຜູ້ຊົມອາດບໍ່ເຫັນວ່າກ່ຽວຂ້ອງກັບຕົນເອງແນວໃດ.',
        'ຂໍ້ຄວາມຖືກຕ້ອງ, ຈະແຈ້ງ ແລະ ກ່ຽວຂ້ອງ, ພ້ອມຂັ້ນຕອນທີ່ຜູ້ຊົມເຮັດໄດ້ຈິງ.',
        'ຂໍ້ຄວາມຖືກຕ້ອງ, ຈະແຈ້ງ ແລະ ໜ້າເຊື່ອຖື, ແລະ ໃຫ້ຜູ້ຊົມມີການກະທຳທີ່ຊັດເຈນ ແລະ ຖືກຕ້ອງທີ່ເຂົາຈະຈື່ໄດ້.',
      ],
    ],
    creativity: [
      'ຄວາມຄິດສ້າງສັນ',
      'ແນວຄິດ, ເລື່ອງ ຫຼື ວິທີເລົ່າ ມີຄວາມເປັນຕົ້ນສະບັບພຽງໃດ?',
      [
        'ລອກແນວຄິດທີ່ຄຸ້ນເຄີຍ ໂດຍບໍ່ມີຫຍັງເປັນຂອງຕົນເອງ.',
        'ແນວຄິດທີ່ຄຸ້ນເຄີຍ ທີ່ມີການປຸງແຕ່ງເປັນຂອງຕົນເອງເລັກນ້ອຍ.',
        'ມີແນວຄິດໃໝ່ບາງຢ່າງ ແຕ່ການນຳສະເໜີຄາດເດົາໄດ້.',
        'ແນວຄິດໃໝ່ ຫຼື ວິທີເລົ່າທີ່ບໍ່ຄາດຄິດສຳລັບເລື່ອງທີ່ຄຸ້ນເຄີຍ.',
        'ແນວຄິດສົດໃໝ່ ແລະ ໜ້າແປກໃຈ ເລົ່າໃນແບບຂອງຕົນເອງ ທີ່ຜູ້ຊົມຈື່ຈຳ.',
      ],
    ],
    impact: [
      'ຜົນກະທົບຕໍ່ຜູ້ຊົມເປົ້າໝາຍ',
      'ຜູ້ຊົມເປົ້າໝາຍຈະເບິ່ງຈົນຈົບ, ເຂົ້າໃຈ ແລະ ປ່ຽນສິ່ງທີ່ເຂົາເຮັດບໍ່?',
      [
        'ບໍ່ໜ້າຈະດຶງດູດຄວາມສົນໃຈຂອງຜູ້ຊົມ ຫຼື ປ່ຽນແປງຫຍັງໄດ້.',
        'ດຶງດູດຄວາມສົນໃຈໄດ້ບາງຊ່ວງ; ການຊັກຊວນໃຫ້ລົງມືເຮັດຍັງອ່ອນ.',
        'ດຶງດູດຄວາມສົນໃຈ; ຜູ້ຊົມບາງຄົນຈະຄິດທົບທວນນິໄສຂອງຕົນ.',
        'ໜ້າສົນໃຈຕະຫຼອດ; ຜູ້ຊົມສ່ວນໃຫຍ່ຈະຈື່ ແລະ ປະຕິບັດຕາມ.',
        'ດຶງດູດໃຈຫຼາຍ; ຜູ້ຊົມຈະແບ່ງປັນ ແລະ ປ່ຽນພຶດຕິກຳຂອງຕົນ.',
      ],
    ],
    production: [
      'ຄຸນນະພາບການຜະລິດ',
      'ພາບ, ສຽງ, ການຕັດຕໍ່ ແລະ ຄຳບັນຍາຍ ຊ່ວຍສົ່ງເສີມຂໍ້ຄວາມບໍ່?',
      [
        'ບັນຫາພາບ ຫຼື ສຽງ ເຮັດໃຫ້ຕິດຕາມວິດີໂອໄດ້ຍາກ.',
        'ເຂົ້າໃຈໄດ້ ແຕ່ມີບັນຫາເລື້ອຍໆ ດ້ານພາບ, ສຽງ ຫຼື ການຕັດຕໍ່.',
        'ພາບ ແລະ ສຽງຈະແຈ້ງ; ການຕັດຕໍ່ງ່າຍໆ ມີບັນຫາໜ້ອຍ.',
        'ຖ່າຍ ແລະ ຕັດຕໍ່ດີ; ສຽງ ແລະ ຄຳບັນຍາຍຈະແຈ້ງ ແລະ ກົງຈັງຫວະ.',
        'ປານີດທຸກດ້ານ; ທຸກການເລືອກດ້ານເຕັກນິກສົ່ງເສີມຂໍ້ຄວາມ.',
      ],
    ],
    rules: [
      'ການປະຕິບັດຕາມກົດລະບຽບ',
      'ຄວາມຍາວ, ຄຳບັນຍາຍ, ການໃຫ້ກຽດຜູ້ສ້າງ, ເນື້ອຫາຕົ້ນສະບັບ ຫຼື ມີໃບອະນຸຍາດ, ແລະ ເນື້ອຫາທີ່ເໝາະສົມກັບຜູ້ຊົມໄວໜຸ່ມ.',
      [
        'ລະເມີດກົດລະບຽບຫຼາຍຂໍ້.',
        'ລະເມີດກົດລະບຽບໜຶ່ງຂໍ້ຢ່າງຊັດເຈນ.',
        'ມີຂໍ້ບົກພ່ອງເລັກນ້ອຍ ເຊັ່ນ ການໃຫ້ກຽດຜູ້ສ້າງ ຫຼື ຄຳບັນຍາຍບໍ່ຄົບ.',
        'ປະຕິບັດຕາມກົດລະບຽບ ມີຂໍ້ບົກພ່ອງເລັກນ້ອຍໜຶ່ງຂໍ້.',
        'ປະຕິບັດຕາມທຸກກົດລະບຽບ: ຄວາມຍາວ, ຄຳບັນຍາຍ, ການໃຫ້ກຽດຜູ້ສ້າງ, ເນື້ອຫາທີ່ມີໃບອະນຸຍາດ ແລະ ເນື້ອຫາທີ່ເໝາະສົມ.',
      ],
    ],
  },
  my: {
    message: [
      'လုံခြုံရေး သတင်းစကား',
      'ဆိုက်ဘာလုံခြုံရေး သတင်းစကားသည် မှန်ကန်၊ ခေတ်မီပြီး ကြည့်ရှုသူ၏ နေ့စဉ်ဘဝနှင့် သက်ဆိုင်ပါသလား။',
      [
        'သတင်းစကား မှားနေသည် သို့မဟုတ် မပါဝင်ပါ၊ သို့မဟုတ် ကြည့်ရှုသူကို မလုံခြုံသော အပြုအမူဆီ ဦးတည်စေနိုင်သည်။',
        'သတင်းစကား ပါသော်လည်း မရှင်းလင်း၊ တစ်စိတ်တစ်ပိုင်း မမှန်ကန် သို့မဟုတ် ကြည့်ရှုသူနှင့် သိပ်မသက်ဆိုင်ပါ။',
        'သတင်းစကား မှန်ကန်သော်လည်း ယေဘုယျဆန်သည်၊ ကြည့်ရှုသူက မိမိနှင့် မည်သို့ သက်ဆိုင်သည်ကို မမြင်နိုင်ပါ။',
        'သတင်းစကား မှန်ကန်၊ ရှင်းလင်းပြီး သက်ဆိုင်သည်၊ ကြည့်ရှုသူ လုပ်ဆောင်နိုင်သော လက်တွေ့ကျသည့် အဆင့်တစ်ခု ပါဝင်သည်။',
        'သတင်းစကား မှန်ကန်၊ ရှင်းလင်းပြီး ယုံကြည်စိတ်ချရသည်၊ ကြည့်ရှုသူ မှတ်မိမည့် တိကျမှန်ကန်သော လုပ်ဆောင်ချက်များ ပေးသည်။',
      ],
    ],
    creativity: [
      'ဖန်တီးနိုင်စွမ်း',
      'အကြံဉာဏ်၊ ဇာတ်လမ်း သို့မဟုတ် တင်ပြပုံသည် မည်မျှ မူလဆန်းသစ်ပါသလဲ။',
      [
        'လူသိများသော အကြံဉာဏ်ကို ကိုယ်ပိုင်အရာ မပါဘဲ ကူးယူထားသည်။',
        'လူသိများသော အကြံဉာဏ်တွင် ကိုယ်ပိုင် ထိတွေ့မှု အနည်းငယ် ပါသည်။',
        'ကိုယ်ပိုင် အကြံဉာဏ် အချို့ ပါသော်လည်း တင်ပြပုံကို ကြိုတင် ခန့်မှန်းနိုင်သည်။',
        'ကိုယ်ပိုင် အကြံဉာဏ် သို့မဟုတ် လူသိများသော အကြောင်းအရာကို မမျှော်လင့်သော နည်းဖြင့် တင်ပြထားသည်။',
        'လတ်ဆတ်ပြီး အံ့အားသင့်ဖွယ် အကြံဉာဏ်ကို ကိုယ်ပိုင်နည်းဖြင့် တင်ပြထားပြီး ကြည့်ရှုသူ စိတ်ထဲ စွဲကျန်စေသည်။',
      ],
    ],
    impact: [
      'ပစ်မှတ် ကြည့်ရှုသူအပေါ် သက်ရောက်မှု',
      'ပစ်မှတ် ကြည့်ရှုသူများသည် အဆုံးထိ ကြည့်ပြီး နားလည်ကာ ၎င်းတို့ လုပ်ပုံကို ပြောင်းလဲမည်လား။',
      [
        'ကြည့်ရှုသူ၏ စိတ်ဝင်စားမှုကို ဆွဲဆောင်နိုင်ရန် သို့မဟုတ် မည်သည့်အရာကိုမျှ ပြောင်းလဲနိုင်ရန် မဖြစ်နိုင်ပါ။',
        'နေရာအချို့တွင် စိတ်ဝင်စားမှုကို ဆွဲဆောင်နိုင်သည်၊ လုပ်ဆောင်ရန် တိုက်တွန်းချက် အားနည်းသည်။',
        'စိတ်ဝင်စားမှုကို ဆွဲဆောင်နိုင်သည်၊ ကြည့်ရှုသူ အချို့က မိမိ အလေ့အကျင့်များကို ပြန်စဉ်းစားမည်။',
        'အစမှအဆုံး စိတ်ဝင်စားဖွယ်ကောင်းသည်၊ ကြည့်ရှုသူ အများစု မှတ်မိပြီး လိုက်လုပ်မည်။',
        'အလွန် ဆွဲဆောင်မှုရှိသည်၊ ကြည့်ရှုသူများက မျှဝေပြီး ၎င်းတို့၏ အပြုအမူကို ပြောင်းလဲမည်။',
      ],
    ],
    production: [
      'ထုတ်လုပ်မှု အရည်အသွေး',
      'ရုပ်ပုံ၊ အသံ၊ တည်းဖြတ်မှုနှင့် စာတန်းထိုးများသည် သတင်းစကားကို အထောက်အကူ ပြုပါသလား။',
      [
        'ရုပ်ပုံ သို့မဟုတ် အသံ ပြဿနာကြောင့် ဗီဒီယိုကို လိုက်ကြည့်ရ ခက်သည်။',
        'နားလည်နိုင်သော်လည်း ရုပ်ပုံ၊ အသံ သို့မဟုတ် တည်းဖြတ်မှုတွင် ပြဿနာ မကြာခဏ ရှိသည်။',
        'ရုပ်ပုံနှင့် အသံ ကြည်လင်သည်၊ ရိုးရှင်းသော တည်းဖြတ်မှုတွင် ပြဿနာ နည်းသည်။',
        'ကောင်းစွာ ရိုက်ကူး တည်းဖြတ်ထားသည်၊ အသံနှင့် စာတန်းထိုးများ ကြည်လင်ပြီး အချိန်ကိုက်သည်။',
        'တစ်ခုလုံး သပ်ရပ်သည်၊ နည်းပညာဆိုင်ရာ ရွေးချယ်မှုတိုင်းက သတင်းစကားကို အထောက်အကူ ပြုသည်။',
      ],
    ],
    rules: [
      'စည်းမျဉ်းများ လိုက်နာမှု',
      'ကြာချိန်၊ စာတန်းထိုး၊ ဖန်တီးသူ အမည်များ၊ မူရင်း သို့မဟုတ် ခွင့်ပြုချက်ရ ပစ္စည်းများနှင့် လူငယ် ကြည့်ရှုသူများအတွက် သင့်လျော်သော အကြောင်းအရာ။',
      [
        'စည်းမျဉ်း အများအပြားကို ချိုးဖောက်ထားသည်။',
        'စည်းမျဉ်း တစ်ခုကို ထင်ရှားစွာ ချိုးဖောက်ထားသည်။',
        'ဖန်တီးသူ အမည်များ သို့မဟုတ် စာတန်းထိုး မပြည့်စုံခြင်းကဲ့သို့ အသေးအဖွဲ ချို့ယွင်းချက်များ ရှိသည်။',
        'စည်းမျဉ်းများကို လိုက်နာသည်၊ အလွန်သေးငယ်သော ချို့ယွင်းချက် တစ်ခု ရှိသည်။',
        'စည်းမျဉ်းအားလုံးကို လိုက်နာသည်- ကြာချိန်၊ စာတန်းထိုး၊ ဖန်တီးသူ အမည်များ၊ ခွင့်ပြုချက်ရ ပစ္စည်းများနှင့် သင့်လျော်သော အကြောင်းအရာ။',
      ],
    ],
  },
  pt: {
    message: [
      'Mensagem de segurança',
      'A mensagem sobre cibersegurança é rigorosa, atual e relevante para o dia a dia do público?',
      [
        'A mensagem está errada ou ausente, ou pode levar o público a comportamentos inseguros.',
        'A mensagem existe, mas é vaga, em parte incorreta ou pouco relevante para o público.',
        'A mensagem é correta, mas genérica; o público pode não perceber como se aplica a si.',
        'A mensagem é correta, clara e relevante, com um passo prático que o público pode dar.',
        'A mensagem é correta, clara e convincente, e deixa ao público ações concretas e corretas que vai recordar.',
      ],
    ],
    creativity: [
      'Criatividade',
      'Quão original é a ideia, a história ou a forma de a contar?',
      [
        'Copia uma ideia conhecida sem nada de próprio.',
        'Uma ideia conhecida com alguns toques originais.',
        'Algumas ideias originais, embora o tratamento seja previsível.',
        'Uma ideia original, ou uma forma inesperada de contar uma ideia conhecida.',
        'Uma ideia nova e surpreendente, contada de forma própria, que fica na memória do público.',
      ],
    ],
    impact: [
      'Impacto no público-alvo',
      'O público-alvo veria até ao fim, compreenderia e mudaria o que faz?',
      [
        'Dificilmente prende a atenção do público ou muda alguma coisa.',
        'Prende a atenção em alguns momentos; o apelo à ação é fraco.',
        'Prende a atenção; alguns espectadores repensariam os seus hábitos.',
        'Cativante do início ao fim; a maioria dos espectadores lembrar-se-ia e agiria.',
        'Muito convincente; o público partilhá-lo-ia e mudaria o seu comportamento.',
      ],
    ],
    production: [
      'Qualidade de produção',
      'A imagem, o som, a montagem e as legendas servem a mensagem?',
      [
        'Problemas de imagem ou de som tornam o vídeo difícil de acompanhar.',
        'Compreensível, mas com problemas frequentes de imagem, som ou montagem.',
        'Imagem e som claros; montagem simples com poucos problemas.',
        'Bem filmado e montado; som e legendas claros e bem sincronizados.',
        'Cuidado do princípio ao fim; cada escolha técnica apoia a mensagem.',
      ],
    ],
    rules: [
      'Respeito pelas regras',
      'Duração, legendas, créditos, material original ou licenciado, e conteúdo adequado a um público jovem.',
      [
        'Várias regras não são cumpridas.',
        'Uma regra é claramente violada.',
        'Pequenas falhas, como créditos ou legendas incompletos.',
        'Cumpre as regras, com uma falha insignificante.',
        'Cumpre todas as regras: duração, legendas, créditos, material licenciado e conteúdo adequado.',
      ],
    ],
  },
  tet: {
    message: [
      'Mensajen seguransa',
      'Mensajen kona-ba seguransa sibernétika loos, atualizadu no iha relasaun ho moris loroloron espetadór sira-nian ka lae?',
      [
        'Mensajen sala ka la iha, ka bele lori espetadór sira ba hahalok ne’ebé la seguru.',
        'Mensajen iha, maibé la klaru, sala balun ka la iha relasaun boot ho espetadór sira.',
        'Mensajen loos maibé jerál liu; espetadór sira karik la haree oinsá nia iha relasaun ho sira.',
        'Mensajen loos, klaru no relevante, ho pasu prátiku ida ne’ebé espetadór sira bele halo.',
        'Mensajen loos, klaru no konvinsente, no fó ba espetadór sira asaun konkretu no loos ne’ebé sira sei hanoin nafatin.',
      ],
    ],
    creativity: [
      'Kriatividade',
      'Ideia, istória ka maneira atu konta ne’e orijinál oinsá?',
      [
        'Kopia ideia ne’ebé ema hotu koñese, la iha buat ida husi an rasik.',
        'Ideia ne’ebé ema koñese, ho toke orijinál balun.',
        'Ideia orijinál balun, maski maneira aprezenta bele hatene uluk ona.',
        'Ideia orijinál ida, ka maneira la espera atu konta ideia ne’ebé ema koñese.',
        'Ideia foun no surpreendente, konta ho maneira rasik, ne’ebé espetadór sira sei hanoin nafatin.',
      ],
    ],
    impact: [
      'Impaktu ba públiku-alvu',
      'Públiku-alvu sei haree to’o remata, komprende no muda saida mak sira halo ka lae?',
      [
        'Karik la dada espetadór sira-nia atensaun ka la muda buat ida.',
        'Dada atensaun iha parte balun; apelu atu halo asaun sei fraku.',
        'Dada atensaun; espetadór balun sei hanoin fali kona-ba sira-nia hahalok.',
        'Interesante husi hahú to’o remata; espetadór barak sei hanoin no halo tuir.',
        'Konvinsente tebes; espetadór sira sei fahe no muda sira-nia hahalok.',
      ],
    ],
    production: [
      'Kualidade produsaun',
      'Imajen, son, edisaun no legenda ajuda mensajen ka lae?',
      [
        'Problema imajen ka son halo vídeo susar atu tuir.',
        'Bele komprende, maibé dala barak iha problema iha imajen, son ka edisaun.',
        'Imajen no son klaru; edisaun simples ho problema uitoan.',
        'Filma no edita di’ak; son no legenda klaru no tuir tempu loos.',
        'Kapricha iha buat hotu; eskolla téknika hotu apoia mensajen.',
      ],
    ],
    rules: [
      'Respeitu ba regra sira',
      'Durasaun, legenda, kréditu, materiál orijinál ka ho lisensa, no konteúdu ne’ebé apropriadu ba públiku joven.',
      [
        'Regra balun la kumpre.',
        'Regra ida la kumpre ho klaru.',
        'Falla ki’ik, hanesan kréditu ka legenda la kompletu.',
        'Kumpre regra sira, ho falla ki’ik tebes ida.',
        'Kumpre regra hotu: durasaun, legenda, kréditu, materiál ho lisensa no konteúdu apropriadu.',
      ],
    ],
  },
  'zh-Hans': {
    message: [
      '安全信息',
      '网络安全信息是否准确、与时俱进，并与观众的日常生活相关？',
      [
        '信息错误或缺失，或可能引导观众做出不安全的行为。',
        '有信息，但含糊不清、部分不准确，或与观众关系不大。',
        '信息准确但笼统，观众可能看不出与自己有什么关系。',
        '信息准确、清楚且贴近观众，并给出观众可以采取的实际行动。',
        '信息准确、清楚、有说服力，让观众记住具体而正确的做法。',
      ],
    ],
    creativity: [
      '创意',
      '创意、故事或表现方式有多独特？',
      [
        '照搬常见的创意，没有自己的东西。',
        '常见的创意，带有少许独创之处。',
        '有一些独创的想法，但表现手法可以预料。',
        '独创的创意，或以出人意料的方式讲述常见的题材。',
        '新颖、令人惊喜的创意，以独特的方式讲述，让观众难以忘怀。',
      ],
    ],
    impact: [
      '对目标观众的影响',
      '目标观众会看到最后、看懂，并改变自己的做法吗？',
      [
        '很难吸引观众的注意，也难以改变什么。',
        '部分内容能吸引注意，但号召行动的力量较弱。',
        '能吸引注意，部分观众会重新思考自己的习惯。',
        '自始至终引人入胜，大多数观众会记住并付诸行动。',
        '极具感染力，观众会分享并改变自己的行为。',
      ],
    ],
    production: [
      '制作质量',
      '画面、声音、剪辑和字幕是否有助于传达信息？',
      [
        '画面或声音的问题让视频难以看懂。',
        '能看懂，但画面、声音或剪辑经常出问题。',
        '画面和声音清晰，剪辑简单，问题很少。',
        '拍摄和剪辑出色，声音和字幕清晰且时间准确。',
        '整体精良，每一个技术选择都服务于信息。',
      ],
    ],
    rules: [
      '遵守规则',
      '时长、字幕、署名、原创或获得授权的素材，以及适合年轻观众的内容。',
      [
        '违反了多项规则。',
        '明显违反了一项规则。',
        '有小的疏漏，如署名或字幕不完整。',
        '遵守规则，仅有一处微小疏漏。',
        '遵守所有规则：时长、字幕、署名、获得授权的素材以及适当的内容。',
      ],
    ],
  },
  ta: {
    message: [
      'பாதுகாப்புச் செய்தி',
      'இணையப் பாதுகாப்புச் செய்தி துல்லியமானதாகவும், புதுப்பிக்கப்பட்டதாகவும், பார்வையாளர்களின் அன்றாட வாழ்க்கைக்குப் பொருத்தமானதாகவும் உள்ளதா?',
      [
        'செய்தி தவறானது அல்லது இல்லை, அல்லது பார்வையாளர்களைப் பாதுகாப்பற்ற நடத்தைக்கு இட்டுச் செல்லக்கூடும்.',
        'செய்தி உள்ளது, ஆனால் தெளிவற்றது, ஓரளவு தவறானது அல்லது பார்வையாளர்களுக்குப் பெரிதும் பொருந்தாதது.',
        'செய்தி துல்லியமானது, ஆனால் பொதுவானது; அது தங்களுக்கு எப்படிப் பொருந்தும் என்று பார்வையாளர்கள் உணராமல் போகலாம்.',
        'செய்தி துல்லியமானது, தெளிவானது, பொருத்தமானது; பார்வையாளர்கள் எடுக்கக்கூடிய நடைமுறைப் படி ஒன்றும் உள்ளது.',
        'செய்தி துல்லியமானது, தெளிவானது, மனதைத் தொடுவது; பார்வையாளர்கள் நினைவில் வைக்கும் உறுதியான, சரியான செயல்களைத் தருகிறது.',
      ],
    ],
    creativity: [
      'படைப்பாற்றல்',
      'யோசனை, கதை அல்லது சொல்லும் விதம் எவ்வளவு புதுமையானது?',
      [
        'பழக்கமான யோசனையைச் சொந்தமாக எதுவும் சேர்க்காமல் பின்பற்றுகிறது.',
        'பழக்கமான யோசனை, சில சொந்தத் தொடுதல்களுடன்.',
        'சில புதிய யோசனைகள் உள்ளன, ஆனால் சொல்லும் விதம் எதிர்பார்க்கக்கூடியது.',
        'புதிய யோசனை, அல்லது பழக்கமான ஒன்றை எதிர்பாராத விதத்தில் சொல்கிறது.',
        'புத்துணர்ச்சியான, வியப்பூட்டும் யோசனை, தனக்கே உரிய விதத்தில் சொல்லப்பட்டு பார்வையாளர் மனதில் நிலைக்கிறது.',
      ],
    ],
    impact: [
      'இலக்குப் பார்வையாளர்கள் மீதான தாக்கம்',
      'இலக்குப் பார்வையாளர்கள் இறுதிவரை பார்த்து, புரிந்துகொண்டு, தாங்கள் செய்வதை மாற்றுவார்களா?',
      [
        'பார்வையாளர்களின் கவனத்தை ஈர்க்கவோ எதையும் மாற்றவோ வாய்ப்பில்லை.',
        'சில இடங்களில் கவனத்தை ஈர்க்கிறது; செயல்படத் தூண்டும் அழைப்பு பலவீனமாக உள்ளது.',
        'கவனத்தை ஈர்க்கிறது; சில பார்வையாளர்கள் தங்கள் பழக்கங்களை மீண்டும் யோசிப்பார்கள்.',
        'தொடக்கம் முதல் இறுதிவரை ஈர்க்கிறது; பெரும்பாலான பார்வையாளர்கள் நினைவில் வைத்துச் செயல்படுவார்கள்.',
        'மிகவும் ஈர்க்கக்கூடியது; பார்வையாளர்கள் இதைப் பகிர்ந்து தங்கள் நடத்தையை மாற்றுவார்கள்.',
      ],
    ],
    production: [
      'தயாரிப்புத் தரம்',
      'படம், ஒலி, படத்தொகுப்பு, வசனங்கள் ஆகியவை செய்திக்கு உதவுகின்றனவா?',
      [
        'படம் அல்லது ஒலிச் சிக்கல்களால் காணொளியைப் பின்தொடர்வது கடினம்.',
        'புரிகிறது, ஆனால் படம், ஒலி அல்லது படத்தொகுப்பில் அடிக்கடி சிக்கல்கள் உள்ளன.',
        'தெளிவான படமும் ஒலியும்; எளிய படத்தொகுப்பு, சில சிக்கல்களுடன்.',
        'நன்றாகப் படமாக்கித் தொகுக்கப்பட்டது; ஒலியும் வசனங்களும் தெளிவாகவும் சரியான நேரத்திலும் உள்ளன.',
        'முழுவதும் நேர்த்தியானது; ஒவ்வொரு தொழில்நுட்பத் தேர்வும் செய்திக்கு உதவுகிறது.',
      ],
    ],
    rules: [
      'விதிகளைப் பின்பற்றுதல்',
      'நீளம், வசனங்கள், நன்றிக் குறிப்புகள், சொந்த அல்லது உரிமம் பெற்ற பொருட்கள், இளம் பார்வையாளர்களுக்கு ஏற்ற உள்ளடக்கம்.',
      [
        'பல விதிகள் மீறப்பட்டுள்ளன.',
        'ஒரு விதி தெளிவாக மீறப்பட்டுள்ளது.',
        'முழுமையற்ற நன்றிக் குறிப்புகள் அல்லது வசனங்கள் போன்ற சிறு குறைகள்.',
        'விதிகளைப் பின்பற்றுகிறது, ஒரு சிறிய குறையுடன்.',
        'எல்லா விதிகளையும் பின்பற்றுகிறது: நீளம், வசனங்கள், நன்றிக் குறிப்புகள், உரிமம் பெற்ற பொருட்கள், ஏற்ற உள்ளடக்கம்.',
      ],
    ],
  },
};

/** The rubric with its texts in every language above added to its English and Japanese (a criterion it does not know keeps its texts). */
export function withRubricTranslations(rubric: Rubric): Rubric {
  const languages = Object.entries(RUBRIC_TRANSLATIONS);
  const texts = (key: string, pick: (t: CriterionTexts) => string | undefined): Record<string, string> =>
    Object.fromEntries(
      languages.flatMap(([language, criteria]) => {
        const own = criteria[key];
        const text = own ? pick(own) : undefined;
        return text ? [[language, text]] : [];
      }),
    );
  return {
    ...rubric,
    criteria: rubric.criteria.map((c) => ({
      ...c,
      name: { ...c.name, ...texts(c.key, (t) => t[0]) },
      description: { ...c.description, ...texts(c.key, (t) => t[1]) },
      levels: c.levels.map((l, i) => ({ ...l, descriptor: { ...l.descriptor, ...texts(c.key, (t) => t[2][i]) } })),
    })),
  };
}
