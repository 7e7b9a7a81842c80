/**
 * Expands a Hunspell dictionary into every word form its suffix rules produce.
 *
 * Suffixes are always expanded. Prefixes only on request: in the French dictionary prefix flags carry
 * elisions (`l’`, `d’`, `qu’`) that the repair handles apart, and continuation flags on suffixes name such
 * prefixes too; in the English one they are real word prefixes (`re`, `un`, `dis`), combined with the
 * suffixes when both rules allow it (cross product `Y`).
 * Forms flagged as needing an affix (NEEDAFFIX) or forbidden (FORBIDDENWORD) are left out on their own.
 */

interface AffixRule {
  strip: string;
  add: string;
  condition: RegExp;
  /** Whether the rule combines with rules of the other side (`Y` in the header). */
  cross: boolean;
}

export interface ExpandOptions {
  /** Also apply prefix rules (PFX), alone and crossed with suffixes. */
  prefixes?: boolean;
}

interface AffixData {
  longFlags: boolean;
  needAffix?: string;
  forbidden?: string;
  suffixes: Map<string, AffixRule[]>;
  prefixes: Map<string, AffixRule[]>;
}

function parseFlags(flags: string, long: boolean): string[] {
  if (!long) return [...flags];
  const result: string[] = [];
  for (let index = 0; index + 1 < flags.length; index += 2) result.push(flags.slice(index, index + 2));
  return result;
}

function parseAffix(aff: string): AffixData {
  const data: AffixData = { longFlags: false, suffixes: new Map(), prefixes: new Map() };
  const cross = new Map<string, boolean>();
  for (const line of aff.split(/\r?\n/)) {
    const fields = line.trim().split(/\s+/);
    const [keyword] = fields;
    if (keyword === 'FLAG') data.longFlags = fields[1] === 'long';
    else if (keyword === 'NEEDAFFIX') data.needAffix = fields[1];
    else if (keyword === 'FORBIDDENWORD') data.forbidden = fields[1];
    else if ((keyword === 'SFX' || keyword === 'PFX') && fields.length === 4) cross.set(`${keyword} ${fields[1]}`, fields[2] === 'Y');
    else if ((keyword === 'SFX' || keyword === 'PFX') && fields.length >= 5) {
      const [, flag, strip, addWithFlags, condition] = fields as [string, string, string, string, string];
      const add = addWithFlags.split('/')[0] ?? '';
      const table = keyword === 'SFX' ? data.suffixes : data.prefixes;
      const rules = table.get(flag) ?? [];
      const test = condition === '.' ? '' : condition;
      rules.push({
        strip: strip === '0' ? '' : strip,
        add: add === '0' ? '' : add,
        condition: new RegExp(keyword === 'SFX' ? `${test}$` : `^${test}`, 'u'),
        cross: cross.get(`${keyword} ${flag}`) ?? false,
      });
      table.set(flag, rules);
    }
  }
  return data;
}

/** Every form of every entry of `dic` under the suffix rules of `aff`, in dictionary order, deduplicated. */
export function expandHunspell(aff: string, dic: string, options: ExpandOptions = {}): string[] {
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
    const crossing: string[] = [];
    for (const flag of flags) {
      const rules = affix.suffixes.get(flag);
      if (!rules) continue;
      for (const rule of rules) {
        if (!word.endsWith(rule.strip) || !rule.condition.test(word)) continue;
        const form = word.slice(0, word.length - rule.strip.length) + rule.add;
        forms.add(form);
        if (rule.cross) crossing.push(form);
      }
    }
    if (!options.prefixes) continue;
    for (const flag of flags) {
      for (const rule of affix.prefixes.get(flag) ?? []) {
        if (!word.startsWith(rule.strip) || !rule.condition.test(word)) continue;
        const prefixed = (stem: string): string => rule.add + stem.slice(rule.strip.length);
        forms.add(prefixed(word));
        if (rule.cross) for (const form of crossing) forms.add(prefixed(form));
      }
    }
  }
  return [...forms];
}
