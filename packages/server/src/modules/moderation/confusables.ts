/**
 * Data of the fold (fold-table.ts), as space-separated tokens: the first character of each
 * token is what a text may contain, the rest is what it folds to.
 */

/**
 * Look-alike letters folded to the Latin letter they imitate, applied before lower-casing so
 * upper-case Greek and Cyrillic keep their look (Greek Η is an "h", its lower case η an "n").
 * Drawn from Unicode TS #39 `confusables.txt` (the Cyrillic, Greek, IPA and small-capital
 * entries whose target is one ASCII letter), limited to letters that imitate Latin ones;
 * digits are left alone so that numbers stay numbers.
 */
export const CONFUSABLE_TOKENS =
  'Аa Вb Сc Еe Ёe Нh Іi Їi Јj Кk Мm Оo Рp Ѕs Тt Уy Хx Үy Ԛq Ԝw Һh Ӏl аa вb сc ԁd еe ёe һh іi їi јj кk ' +
  'мm оo пn рp ѕs тt уy хx ԛq ԝw шw ьb ъb үy ұy ӏl гr Αa Βb Εe Ζz Ηh Ιi Κk Μm Νn Οo Ρp Τt Υy Χx Ϲc Ϳj ' +
  'αa βb γy εe ηn ιi κk νv οo ρp τt υu χx ωw ϲc ϳj ςs ıi ȷj ɑa ɡg ɩi ɪi ʏy øo Øo łl Łl đd Đd ħh Ħh ŀl ' +
  'ðd ßss æae Æae œoe Œoe þth ƅb ƒf ɵo ɔo ꞵb ᴀa ʙb ᴄc ᴅd ᴇe ꜰf ɢg ʜh ᴊj ᴋk ʟl ᴍm ɴn ᴏo ᴘp ǫq ʀr ꜱs ᴛt ' +
  'ᴜu ᴠv ᴡw ᴢz';

/**
 * Variant (異體字) and radical forms folded to the character word lists use, for what
 * OpenCC's Traditional→Simplified tables leave: 儍 for 傻, 㣲 for 微, and the CJK Radicals
 * Supplement forms (⺅) that NFKC leaves alone but that split-character evasions use for the
 * component (亻).
 */
export const VARIANT_TOKENS =
  '儍傻 㣲微 妳你 祂他 牠它 貓猫 ⺅亻 ⺡氵 ⺘扌 ⻖阝 ⻏阝 ⺮竹 ⺌小 ⺗心 ⺣灬 ⺩王 ⻊足 ⻌辶 ⻍辶 ⻎辶 ⺼月 ⻗雨 ⺾艹 ⺿艹 ⻀艹 ⺨犭 ⻓长 ⻔门 ⻉贝 ⻋车 ⻘青 ⻝食 ⻠饣 ' +
  '⻢马 ⻦鸟 ⻥鱼 ⻆角 ⻈讠 ⻑长 ⺆冂 ⺊卜 ⺧牛 ⺪疋 ⺶羊 ⺷羊 ⺻聿 ⻂衤 ⻃覀 ⻄西 ⻅见 ⻇角 ⻐钅 ⻒长 ⻙韦 ⻚页 ⻛风 ⻜飞 ⻟饣 ⻣骨 ⻤鬼 ⻧卤 ⻨麦 ⻩黄 ⻬齐 ⻮齿 ⻯龙 ' +
  '⻳龟';

/** `'Аa ßss'` → Map { 'А' → 'a', 'ß' → 'ss' }. */
export function parseTokens(tokens: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const token of tokens.split(' ')) {
    if (!token) continue;
    const [key = '', ...rest] = [...token];
    map.set(key, rest.join(''));
  }
  return map;
}
