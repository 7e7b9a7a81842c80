/**
 * Expands a Hunspell dictionary into every word form its suffix rules produce.
 *
 * Only suffixes are expanded: in the dictionaries we read, prefix flags carry elisions (`l’`, `d’`,
 * `qu’`) that the repair handles apart, and continuation flags on suffixes name such prefixes too.
 * Forms flagged as needing an affix (NEEDAFFIX) or forbidden (FORBIDDENWORD) are left out on their own.
 */

interface SuffixRule {
  strip: string;
  add: string;
  condition: RegExp;
}

interface AffixData {
  longFlags: boolean;
  needAffix?: string;
  forbidden?: string;
  suffixes: Map<string, SuffixRule[]>;
}

function parseFlags(flags: string, long: boolean): string[] {
  if (!long) return [...flags];
  const result: string[] = [];
  for (let index = 0; index + 1 < flags.length; index += 2) result.push(flags.slice(index, index + 2));
  return result;
}

function parseAffix(aff: string): AffixData {
  const data: AffixData = { longFlags: false, suffixes: new Map() };
  for (const line of aff.split(/\r?\n/)) {
    const fields = line.trim().split(/\s+/);
    const [keyword] = fields;
    if (keyword === 'FLAG') data.longFlags = fields[1] === 'long';
    else if (keyword === 'NEEDAFFIX') data.needAffix = fields[1];
    else if (keyword === 'FORBIDDENWORD') data.forbidden = fields[1];
    else if (keyword === 'SFX' && fields.length >= 5) {
      const [, flag, strip, addWithFlags, condition] = fields as [string, string, string, string, string];
      const add = addWithFlags.split('/')[0] ?? '';
      const rules = data.suffixes.get(flag) ?? [];
      rules.push({
        strip: strip === '0' ? '' : strip,
        add: add === '0' ? '' : add,
        condition: new RegExp(`${condition === '.' ? '' : condition}$`, 'u'),
      });
      data.suffixes.set(flag, rules);
    }
  }
  return data;
}

/** Every form of every entry of `dic` under the suffix rules of `aff`, in dictionary order, deduplicated. */
export function expandHunspell(aff: string, dic: string): string[] {
  const affix = parseAffix(aff);
  const forms = new Set<string>();
  const lines = dic.split(/\r?\n/);
  // The first line of a .dic file is the entry count.
  for (let index = 1; index < lines.length; index++) {
    const entry = lines[index]!.split(/[\t ]/)[0];
    if (!entry) continue;
    const slash = entry.indexOf('/');
    const word = slash < 0 ? entry : entry.slice(0, slash);
    const flags = slash < 0 ? [] : parseFlags(entry.slice(slash + 1), affix.longFlags);
    if (!word || (affix.forbidden && flags.includes(affix.forbidden))) continue;
    if (!(affix.needAffix && flags.includes(affix.needAffix))) forms.add(word);
    for (const flag of flags) {
      const rules = affix.suffixes.get(flag);
      if (!rules) continue;
      for (const rule of rules) {
        if (!word.endsWith(rule.strip) || !rule.condition.test(word)) continue;
        forms.add(word.slice(0, word.length - rule.strip.length) + rule.add);
      }
    }
  }
  return [...forms];
}
