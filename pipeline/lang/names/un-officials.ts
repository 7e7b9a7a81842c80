/**
 * Senior officials of the United Nations whom letters name, with their names as the UN prints them in its six
 * languages, so that one person has one id in every language version of a letter (`person:<entry id>`): a name
 * in Cyrillic, Arabic or Chinese goes through no transliteration back to the Latin spelling (`Антониу Гутерриш`
 * is `antoniu-guterrish` by the standard one), so the persons letters name most are listed here.
 *
 * Source: the UN's published lists of its senior officials (the Secretary-General's Senior Management Group and
 * the heads of departments, funds, programmes and specialized agencies on un.org, and the Secretary-General's
 * envoys, representatives and coordinators, in the press releases announcing their appointment), and the
 * names as the UN's sites and documents print them in French, Spanish, Russian, Arabic and Chinese (UN News,
 * the six language versions of the Secretary-General's reports), as known to the compiler on 2 December 2026.
 * Written from those sources, not from the letters of the fixtures. The Cyrillic, Arabic and Chinese forms are
 * not checked one by one against UNTERM: a form that differs from the one a letter prints still meets it by the
 * sound key (`personSoundKey`, where the key has five consonant classes or more and no other entry has it);
 * `test/languages/un-officials.test.ts` checks that every form gives its entry's id and no form two ids.
 *
 * To extend: add the person with the office and its years, the English name as the UN prints it (the id is its
 * slug), French and Spanish only where they differ from it, and the Russian, Arabic and Chinese names as UNTERM
 * or the UN's site in that language print them; several forms of one language go in one list. Former holders
 * stay: letters cite them.
 */
import type { LanguageCode } from '../../model/index.ts';

export interface UnOfficial {
  /** The office and its years, for the reader of this table. */
  office: string;
  /** Names as printed, per language; French and Spanish default to the English ones. */
  names: { en: readonly string[] } & Partial<Record<Exclude<LanguageCode, 'en'>, readonly string[]>>;
}

export const UN_OFFICIALS: readonly UnOfficial[] = [
  {
    office: 'Secretary-General (2017–)',
    names: { en: ['António Guterres'], ru: ['Антониу Гутерриш'], ar: ['أنطونيو غوتيريش'], zh: ['安东尼奥·古特雷斯'] },
  },
  {
    office: 'Deputy Secretary-General (2017–)',
    names: { en: ['Amina J. Mohammed', 'Amina Mohammed'], ru: ['Амина Дж. Мохаммед', 'Амина Мохаммед'], ar: ['أمينة محمد', 'أمينة ج. محمد'], zh: ['阿米娜·J·穆罕默德', '阿米娜·穆罕默德'] },
  },
  {
    office: 'Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator (2024–)',
    names: { en: ['Tom Fletcher'], ru: ['Том Флетчер'], ar: ['توم فليتشر'], zh: ['汤姆·弗莱彻'] },
  },
  {
    office: 'Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator (2021–2024)',
    names: { en: ['Martin Griffiths'], ru: ['Мартин Гриффитс'], ar: ['مارتن غريفيثس'], zh: ['马丁·格里菲思'] },
  },
  {
    office: 'High Commissioner for Human Rights (2022–)',
    names: { en: ['Volker Türk'], ru: ['Фолькер Тюрк'], ar: ['فولكر تورك'], zh: ['福尔克尔·蒂尔克', '沃尔克·蒂尔克'] },
  },
  {
    office: 'High Commissioner for Refugees (2016–2025)',
    names: { en: ['Filippo Grandi'], ru: ['Филиппо Гранди'], ar: ['فيليبو غراندي'], zh: ['菲利波·格兰迪'] },
  },
  {
    office: 'Under-Secretary-General for Political and Peacebuilding Affairs (2018–)',
    names: { en: ['Rosemary DiCarlo'], ru: ['Розмари Дикарло'], ar: ['روزماري ديكارلو'], zh: ['罗斯玛丽·迪卡洛'] },
  },
  {
    office: 'Under-Secretary-General for Peace Operations (2017–)',
    names: { en: ['Jean-Pierre Lacroix'], ru: ['Жан-Пьер Лакруа'], ar: ['جان بيير لاكروا'], zh: ['让-皮埃尔·拉克鲁瓦'] },
  },
  {
    office: 'Under-Secretary-General for Management Strategy, Policy and Compliance (2019–)',
    names: { en: ['Catherine Pollard'], ru: ['Кэтрин Поллард'], ar: ['كاثرين بولارد'], zh: ['凯瑟琳·波拉德'] },
  },
  {
    office: 'Under-Secretary-General of the Office of Counter-Terrorism (2017–)',
    names: { en: ['Vladimir Voronkov'], fr: ['Vladimir Voronkov'], ru: ['Владимир Воронков'], ar: ['فلاديمير فورونكوف'], zh: ['弗拉基米尔·沃龙科夫'] },
  },
  {
    office: 'High Representative for Disarmament Affairs (2017–)',
    names: { en: ['Izumi Nakamitsu'], ru: ['Идзуми Накамицу'], ar: ['إيزومي ناكاميتسو'], zh: ['中满泉'] },
  },
  {
    office: 'Under-Secretary-General for Economic and Social Affairs (2022–)',
    names: { en: ['Li Junhua'], ru: ['Ли Цзюньхуа'], ar: ['لي جونهوا'], zh: ['李军华'] },
  },
  {
    office: 'Under-Secretary-General for Global Communications (2019–2025)',
    names: { en: ['Melissa Fleming'], ru: ['Мелисса Флеминг'], ar: ['ميليسا فليمنغ'], zh: ['梅利莎·弗莱明'] },
  },
  {
    office: 'Administrator of the United Nations Development Programme (2017–2025)',
    names: { en: ['Achim Steiner'], ru: ['Ахим Штайнер'], ar: ['أخيم شتاينر'], zh: ['阿奇姆·施泰纳'] },
  },
  {
    office: 'Acting Administrator of the United Nations Development Programme (2025–)',
    names: { en: ['Haoliang Xu'], ru: ['Хаолян Сюй'], ar: ['هاوليانغ شو'], zh: ['徐浩良'] },
  },
  {
    office: 'Executive Director of the United Nations Children’s Fund (2022–)',
    names: { en: ['Catherine Russell'], ru: ['Кэтрин Рассел'], ar: ['كاثرين راسل'], zh: ['凯瑟琳·拉塞尔'] },
  },
  {
    office: 'Executive Director of the World Food Programme (2023–)',
    names: { en: ['Cindy McCain'], ru: ['Синди Маккейн'], ar: ['سيندي ماكين'], zh: ['辛迪·麦凯恩'] },
  },
  {
    office: 'Executive Director of the United Nations Environment Programme (2019–)',
    names: { en: ['Inger Andersen'], ru: ['Ингер Андерсен'], ar: ['إنغر أندرسن'], zh: ['英格·安德森'] },
  },
  {
    office: 'Executive Director of the United Nations Population Fund (2017–2025)',
    names: { en: ['Natalia Kanem'], ru: ['Наталия Канем'], ar: ['ناتاليا كانيم'], zh: ['纳塔利娅·卡内姆'] },
  },
  {
    office: 'Executive Director of UN-Women (2021–)',
    names: { en: ['Sima Sami Bahous'], ru: ['Сима Сами Бахус'], ar: ['سيما سامي بحوث'], zh: ['西马·萨米·巴胡斯'] },
  },
  {
    office: 'Executive Director of the United Nations Office on Drugs and Crime (2020–)',
    names: { en: ['Ghada Fathi Waly'], ru: ['Гада Фатхи Вали'], ar: ['غادة فتحي والي'], zh: ['加达·法蒂·瓦利'] },
  },
  {
    office: 'Commissioner-General of UNRWA (2020–)',
    names: { en: ['Philippe Lazzarini'], ru: ['Филипп Лаццарини'], ar: ['فيليب لازاريني'], zh: ['菲利普·拉扎里尼'] },
  },
  {
    office: 'Secretary-General of UNCTAD (2021–)',
    names: { en: ['Rebeca Grynspan'], ru: ['Ребека Гринспан'], ar: ['ريبيكا غرينسبان'], zh: ['丽贝卡·格林斯潘'] },
  },
  {
    office: 'Director-General of the World Health Organization (2017–)',
    names: { en: ['Tedros Adhanom Ghebreyesus'], ru: ['Тедрос Аданом Гебрейесус'], ar: ['تيدروس أدهانوم غيبريسوس'], zh: ['谭德塞'] },
  },
  {
    office: 'Director General of the International Atomic Energy Agency (2019–)',
    names: { en: ['Rafael Mariano Grossi'], ru: ['Рафаэль Мариано Гросси'], ar: ['رافائيل ماريانو غروسي'], zh: ['拉斐尔·马里亚诺·格罗西'] },
  },
  {
    office: 'Director General of the International Organization for Migration (2023–)',
    names: { en: ['Amy Pope'], ru: ['Эми Поуп'], ar: ['إيمي بوب'], zh: ['艾米·波普'] },
  },
  {
    office: 'Special Envoy of the Secretary-General for Syria (2019–2025)',
    names: { en: ['Geir O. Pedersen', 'Geir Pedersen'], ru: ['Гейр Педерсен'], ar: ['غير بيدرسن'], zh: ['盖尔·彼得森'] },
  },
  {
    office: 'Special Envoy of the Secretary-General for Yemen (2021–)',
    names: { en: ['Hans Grundberg'], ru: ['Ханс Грундберг'], ar: ['هانس غروندبرغ'], zh: ['汉斯·格伦德贝格'] },
  },
  {
    office: 'Special Coordinator for the Middle East Peace Process (2021–2024)',
    names: { en: ['Tor Wennesland'], ru: ['Тор Веннесланд'], ar: ['تور وينسلاند'], zh: ['托尔·文内斯兰'] },
  },
  {
    office: 'Senior Humanitarian and Reconstruction Coordinator for Gaza (2024–2025)',
    names: { en: ['Sigrid Kaag'], ru: ['Сигрид Кааг'], ar: ['سيغريد كاغ'], zh: ['西格丽德·卡格'] },
  },
  {
    office: 'Personal Envoy of the Secretary-General for Western Sahara (2021–)',
    names: { en: ['Staffan de Mistura'], ru: ['Стаффан де Мистура'], ar: ['ستافان دي ميستورا'], zh: ['斯塔凡·德米斯图拉'] },
  },
  {
    office: 'Personal Envoy of the Secretary-General for the Sudan (2023–)',
    names: { en: ['Ramtane Lamamra'], ru: ['Рамтан Ламамра'], ar: ['رمطان لعمامرة'], zh: ['拉姆丹·拉马拉'] },
  },
  {
    office: 'Special Envoy of the Secretary-General for the Great Lakes Region (2019–)',
    names: { en: ['Huang Xia'], ru: ['Хуан Ся'], ar: ['هوانغ شيا'], zh: ['夏煌'] },
  },
  {
    office: 'Special Representative of the Secretary-General for Children and Armed Conflict (2017–2025)',
    names: { en: ['Virginia Gamba'], ru: ['Вирджиния Гамба'], ar: ['فرجينيا غامبا'], zh: ['弗吉尼亚·甘巴'] },
  },
  {
    office: 'Special Representative of the Secretary-General on Sexual Violence in Conflict (2017–)',
    names: { en: ['Pramila Patten'], ru: ['Прамила Паттен'], ar: ['براميلا باتن'], zh: ['普拉米拉·帕滕'] },
  },
  {
    office: 'President of the General Assembly at its seventy-eighth session (2023–2024)',
    names: { en: ['Dennis Francis'], ru: ['Деннис Фрэнсис'], ar: ['دينيس فرانسيس'], zh: ['丹尼斯·弗朗西斯'] },
  },
  {
    office: 'President of the General Assembly at its seventy-ninth session (2024–2025)',
    names: { en: ['Philemon Yang'], ru: ['Филемон Ян'], ar: ['فيليمون يانغ'], zh: ['菲勒蒙·扬'] },
  },
  {
    office: 'President of the General Assembly at its eightieth session (2025–2026)',
    names: { en: ['Annalena Baerbock'], ru: ['Анналена Бербок'], ar: ['أنالينا بيربوك'], zh: ['安娜莱娜·贝尔伯克'] },
  },
];
