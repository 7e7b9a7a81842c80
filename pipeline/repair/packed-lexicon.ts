/**
 * The lexicon in one flat buffer: every word in one string, typed arrays for offsets, flags and ranks, and
 * two open-addressing hash tables (word → entry, folded key → group of entries). Built once from the
 * dictionaries and cached on disk; loading it is reading a file, not rebuilding half a million Map entries
 * (issue 21: the Maps cost 50 MB of heap for English and 120 MB for French, and 5 s to build per process).
 *
 * File layout: a JSON header line (counts and the few display forms that are not the lower-case word), then
 * the sections named in `SECTIONS`, each 4-byte aligned.
 */
import { foldKey } from './fold.ts';

/** What a lexicon knows of a word, as the builder gives it. */
export interface LexiconEntries {
  /** Lower-case known forms → the form as the dictionary writes it, in insertion order. */
  forms: ReadonlyMap<string, string>;
  /** Folded key → lower-case forms sharing it, in insertion order. */
  byKey: ReadonlyMap<string, readonly string[]>;
  /** Lower-case word → frequency rank (1 = most frequent); may hold words that are no known form. */
  ranks: ReadonlyMap<string, number>;
  /** Lower-case forms that came from a list beside the dictionary, not from the dictionary itself. */
  added: ReadonlySet<string>;
}

const FORMAT = 'unletters-lexicon-1';
const IS_FORM = 1;
const IS_ADDED = 2;

interface Header {
  format: string;
  words: number;
  keys: number;
  /** Entry index → the form as written, where it is not the lower-case word (proper nouns). */
  display: Record<string, string>;
}

/** FNV-1a over UTF-16 code units: the same string hashes the same whichever way it was built. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) value = Math.imul(value ^ text.charCodeAt(index), 0x01000193);
  return value >>> 0;
}

/** `hash` of the code units from `start` to `end`. */
function hashUnits(units: Uint16Array, start: number, end: number): number {
  let value = 0x811c9dc5;
  for (let index = start; index < end; index++) value = Math.imul(value ^ units[index]!, 0x01000193);
  return value >>> 0;
}

function tableSize(count: number): number {
  let size = 1024;
  while (size < count * 2) size *= 2;
  return size;
}

/**
 * Strings inside one text of UTF-16 code units: entry `i` is the units from `starts[i]` to `ends[i]`. The
 * units stay the file's bytes, never decoded into one long string: decoding the French text (10 MB) cost
 * more than everything else a lexicon load does, in every process and every thread.
 */
class StringPool {
  constructor(
    readonly units: Uint16Array,
    readonly starts: Uint32Array,
    readonly ends: Uint32Array,
  ) {}

  get count(): number {
    return this.starts.length;
  }

  get(index: number): string {
    return String.fromCharCode.apply(null, this.units.subarray(this.starts[index], this.ends[index]) as unknown as number[]);
  }

  equals(index: number, word: string): boolean {
    const start = this.starts[index]!;
    if (this.ends[index]! - start !== word.length) return false;
    for (let position = 0; position < word.length; position++) if (this.units[start + position] !== word.charCodeAt(position)) return false;
    return true;
  }

  /** Entry `i` from `offsets[i]` to `offsets[i + 1]`: words written one after the other. */
  static consecutive(units: Uint16Array, offsets: Uint32Array): StringPool {
    return new StringPool(units, offsets.subarray(0, offsets.length - 1), offsets.subarray(1));
  }
}
/** Slot `hash & mask`, then the next ones: holds `index + 1`, 0 for an empty slot. */
function buildTable(pool: StringPool): Uint32Array {
  const table = new Uint32Array(tableSize(pool.count));
  const mask = table.length - 1;
  for (let index = 0; index < pool.count; index++) {
    let slot = hashUnits(pool.units, pool.starts[index]!, pool.ends[index]!) & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = index + 1;
  }
  return table;
}

function find(table: Uint32Array, pool: StringPool, word: string): number {
  const mask = table.length - 1;
  for (let slot = hash(word) & mask; ; slot = (slot + 1) & mask) {
    const entry = table[slot]!;
    if (entry === 0) return -1;
    if (pool.equals(entry - 1, word)) return entry - 1;
  }
}

// The keys' text follows the words' text: a key that is itself a word (no accent to fold) points into it.
const SECTIONS = ['text', 'wordOffsets', 'flags', 'ranks', 'wordTable', 'keyStarts', 'keyEnds', 'groupStarts', 'groupMembers', 'keyTable'] as const;
type Section = (typeof SECTIONS)[number];

export class Lexicon {
  private readonly words: StringPool;
  private readonly keys: StringPool;
  private readonly display: ReadonlyMap<number, string>;
  private readonly flags: Uint8Array;
  private readonly ranks: Uint32Array;
  private readonly wordTable: Uint32Array;
  private readonly keyTable: Uint32Array;
  private readonly groupStarts: Uint32Array;
  private readonly groupMembers: Uint32Array;

  private constructor(header: Header, sections: Record<Section, Uint8Array>) {
    // Views on the file's bytes, no copy.
    const u32 = (section: Section) => {
      const bytes = sections[section];
      return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    };
    const units = new Uint16Array(sections.text.buffer, sections.text.byteOffset, sections.text.byteLength / 2);
    this.words = StringPool.consecutive(units, u32('wordOffsets'));
    this.keys = new StringPool(units, u32('keyStarts'), u32('keyEnds'));
    this.flags = sections.flags;
    this.ranks = u32('ranks');
    this.wordTable = u32('wordTable');
    this.keyTable = u32('keyTable');
    this.groupStarts = u32('groupStarts');
    this.groupMembers = u32('groupMembers');
    this.display = new Map(Object.entries(header.display).map(([index, form]) => [Number(index), form]));
    let size = 0;
    for (let index = 0; index < header.words; index++) if (sections.flags[index]! & IS_FORM) size++;
    this.size = size;
  }

  /** Number of known forms. */
  readonly size: number;

  private entry(lower: string): number {
    return find(this.wordTable, this.words, lower);
  }

  private isForm(index: number): boolean {
    return index >= 0 && (this.flags[index]! & IS_FORM) !== 0;
  }

  /** Whether the word (any case) is a known form. */
  has(word: string): boolean {
    const lower = word.toLowerCase();
    return this.isForm(this.entry(lower.includes('’') ? lower.replaceAll('’', "'") : lower));
  }

  /** Whether the dictionary writes this word only with a capital (a proper noun). */
  isProperNoun(word: string): boolean {
    const index = this.entry(word.toLowerCase());
    return this.isForm(index) && this.display.has(index);
  }

  /** Whether the word comes from the dictionary itself (any case), not from a list added to it. */
  isDictionaryForm(word: string): boolean {
    const index = this.entry(word.toLowerCase());
    return this.isForm(index) && (this.flags[index]! & IS_ADDED) === 0;
  }

  /** Lower-case known forms sharing the key of `word` (same letters, any accents). */
  sameKey(word: string): readonly string[] {
    return this.withKey(foldKey(word));
  }

  /** Known forms under an already folded key, lower case, in the order the dictionary gave them. */
  withKey(key: string): readonly string[] {
    const group = find(this.keyTable, this.keys, key);
    if (group < 0) return [];
    const starts = this.groupStarts;
    const members = this.groupMembers;
    const forms: string[] = [];
    for (let position = starts[group]!; position < starts[group + 1]!; position++) forms.push(this.words.get(members[position]!));
    return forms;
  }

  hasKey(key: string): boolean {
    return find(this.keyTable, this.keys, key) >= 0;
  }

  /** Frequency rank (1 = most frequent); Infinity for words no list ranks. */
  rank(word: string): number {
    const index = this.entry(word.toLowerCase());
    const rank = index < 0 ? 0 : this.ranks[index]!;
    return rank === 0 ? Infinity : rank;
  }

  /** A cost that grows with rarity: about log2 of the rank, 19 for unranked known forms. */
  cost(word: string): number {
    const rank = this.rank(word);
    return rank === Infinity ? 19 : Math.log2(rank + 1);
  }

  /** The lexicon as bytes, for the disk cache. */
  static pack(entries: LexiconEntries): Buffer {
    const lowerWords = [...entries.forms.keys()];
    for (const word of entries.ranks.keys()) if (!entries.forms.has(word)) lowerWords.push(word);
    const indexOf = new Map(lowerWords.map((word, index) => [word, index]));
    const wordOffsets = new Uint32Array(lowerWords.length + 1);
    const textParts: string[] = [];
    let length = 0;
    lowerWords.forEach((word, index) => {
      wordOffsets[index] = length;
      textParts.push(word);
      length += word.length;
    });
    wordOffsets[lowerWords.length] = length;
    const flags = new Uint8Array(lowerWords.length);
    const ranks = new Uint32Array(lowerWords.length);
    const display: Record<string, string> = {};
    lowerWords.forEach((word, index) => {
      const written = entries.forms.get(word);
      if (written !== undefined) flags[index] = IS_FORM | (entries.added.has(word) ? IS_ADDED : 0);
      if (written !== undefined && written !== word) display[index] = written;
      ranks[index] = entries.ranks.get(word) ?? 0;
    });
    const keyList = [...entries.byKey.keys()];
    const keyStarts = new Uint32Array(keyList.length);
    const keyEnds = new Uint32Array(keyList.length);
    keyList.forEach((key, group) => {
      const word = indexOf.get(key);
      if (word !== undefined) {
        keyStarts[group] = wordOffsets[word]!;
      } else {
        keyStarts[group] = length;
        textParts.push(key);
        length += key.length;
      }
      keyEnds[group] = keyStarts[group]! + key.length;
    });
    const text = textParts.join('');
    const groupStarts = new Uint32Array(keyList.length + 1);
    const groupMembers = new Uint32Array(entries.forms.size);
    let position = 0;
    keyList.forEach((key, group) => {
      groupStarts[group] = position;
      for (const form of entries.byKey.get(key)!) groupMembers[position++] = indexOf.get(form)!;
    });
    groupStarts[keyList.length] = position;
    const textBytes = Buffer.from(text, 'ucs2');
    const units = new Uint16Array(textBytes.buffer, textBytes.byteOffset, textBytes.byteLength / 2);
    const sections: Record<Section, ArrayBufferView> = {
      text: textBytes,
      wordOffsets,
      flags,
      ranks,
      wordTable: buildTable(StringPool.consecutive(units, wordOffsets)),
      keyStarts,
      keyEnds,
      groupStarts,
      groupMembers: groupMembers.subarray(0, position),
      keyTable: buildTable(new StringPool(units, keyStarts, keyEnds)),
    };
    const header: Header = { format: FORMAT, words: lowerWords.length, keys: keyList.length, display };
    return writeSections(header, SECTIONS.map((name) => sections[name]));
  }

  /** Reads bytes written by `pack`; `undefined` when they are of another format or cut short. */
  static unpack(bytes: Buffer): Lexicon | undefined {
    const read = readSections<Header>(bytes, FORMAT, SECTIONS.length);
    if (!read) return undefined;
    return new Lexicon(read.header, Object.fromEntries(SECTIONS.map((name, index) => [name, read.sections[index]!])) as Record<Section, Uint8Array>);
  }
}

/** A JSON header line, then the sections one after the other, each 4-byte aligned. */
function writeSections<H extends { format: string }>(header: H, views: readonly ArrayBufferView[]): Buffer {
  const parts: Buffer[] = [];
  const lengths: number[] = [];
  for (const view of views) {
    const bytes = Buffer.from(view.buffer, view.byteOffset, view.byteLength);
    lengths.push(bytes.length);
    parts.push(bytes, Buffer.alloc((4 - (bytes.length % 4)) % 4));
  }
  const headerLine = Buffer.from(`${JSON.stringify({ ...header, lengths })}\n`);
  // The sections start 4-byte aligned so that typed arrays can view the file's bytes without a copy.
  const padding = Buffer.alloc((4 - (headerLine.length % 4)) % 4, 0x20);
  return Buffer.concat([headerLine.subarray(0, -1), padding, Buffer.from('\n'), ...parts]);
}

/** The header and sections of bytes written by `writeSections`; `undefined` when of another format or cut short. */
function readSections<H extends { format: string }>(bytes: Uint8Array, format: string, count: number): { header: H; sections: Uint8Array[] } | undefined {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return undefined;
  let header: H & { lengths: number[] };
  try {
    header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, newline).toString('utf8'));
  } catch {
    return undefined;
  }
  if (header.format !== format || header.lengths?.length !== count) return undefined;
  // Typed arrays need 4-byte aligned views: a small Buffer may sit at any offset of a shared pool, and is copied.
  let body: Uint8Array = bytes.subarray(newline + 1);
  if (body.byteOffset % 4 !== 0) body = Uint8Array.from(body);
  const sections: Uint8Array[] = [];
  let offset = 0;
  for (const length of header.lengths) {
    if (offset + length > body.length) return undefined;
    sections.push(body.subarray(offset, offset + length));
    offset += length + ((4 - (length % 4)) % 4);
  }
  return { header, sections };
}

const WORD_SETS_FORMAT = 'unletters-word-sets-1';

/** Membership in one of the sets of a `PackedWordSets`. */
export interface WordSet {
  has(word: string): boolean;
  /** Number of words in the set. */
  readonly size: number;
}

/**
 * Several sets of words in one flat buffer: every word once, a bit per set, one open-addressing hash table.
 * Built once and cached on disk like the lexicon, so that a process or thread reads a file instead of
 * parsing a table and filling a Set of hundreds of thousands of strings (the French verb forms: 6 MB of
 * JSON, 300,000 forms).
 */
export class PackedWordSets {
  private constructor(
    private readonly words: StringPool,
    private readonly memberships: Uint8Array,
    private readonly table: Uint32Array,
    readonly count: number,
  ) {}

  /** The `index`-th set of those given to `pack`. */
  set(index: number): WordSet {
    const bit = 1 << index;
    const { memberships } = this;
    let size: number | undefined;
    return {
      has: (word) => {
        const index = find(this.table, this.words, word);
        return index >= 0 && (memberships[index]! & bit) !== 0;
      },
      get size() {
        if (size === undefined) {
          size = 0;
          for (let index = 0; index < memberships.length; index++) if (memberships[index]! & bit) size++;
        }
        return size;
      },
    };
  }

  /** Up to 8 sets as bytes, for the disk cache. */
  static pack(sets: readonly Iterable<string>[]): Buffer {
    if (sets.length > 8) throw new RangeError('at most 8 sets');
    const indexOf = new Map<string, number>();
    const memberships: number[] = [];
    sets.forEach((set, setIndex) => {
      for (const word of set) {
        let index = indexOf.get(word);
        if (index === undefined) {
          index = indexOf.size;
          indexOf.set(word, index);
          memberships.push(0);
        }
        memberships[index]! |= 1 << setIndex;
      }
    });
    const words = [...indexOf.keys()];
    const offsets = new Uint32Array(words.length + 1);
    let length = 0;
    words.forEach((word, index) => {
      offsets[index] = length;
      length += word.length;
    });
    offsets[words.length] = length;
    const textBytes = Buffer.from(words.join(''), 'ucs2');
    const units = new Uint16Array(textBytes.buffer, textBytes.byteOffset, textBytes.byteLength / 2);
    const table = buildTable(StringPool.consecutive(units, offsets));
    return writeSections({ format: WORD_SETS_FORMAT, count: sets.length }, [textBytes, offsets, Uint8Array.from(memberships), table]);
  }

  /** Reads bytes written by `pack`; `undefined` when they are of another format or cut short. */
  static unpack(bytes: Uint8Array): PackedWordSets | undefined {
    const read = readSections<{ format: string; count: number }>(bytes, WORD_SETS_FORMAT, 4);
    if (!read) return undefined;
    const [text, offsets, memberships, table] = read.sections as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
    const units = new Uint16Array(text.buffer, text.byteOffset, text.byteLength / 2);
    const u32 = (bytes: Uint8Array) => new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    return new PackedWordSets(StringPool.consecutive(units, u32(offsets)), memberships, u32(table), read.header.count);
  }
}
