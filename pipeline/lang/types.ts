import type { LanguageCode } from '../model/index.ts';
import type { RepairLanguage } from '../repair/resources.ts';
import type { SegmentationCues } from '../segment/cues.ts';
import type { ExtractWords } from '../extract/lexicon.ts';

/**
 * Everything a stage needs to know about one language. Stages hold no literal of any language: they
 * read it from here. Each stage defines the shape of its own part next to its code and each language
 * folder (`fr/`, `en/`) fills it in a file named after the stage.
 */
export interface LanguageResources {
  code: LanguageCode;
  /** Month names, January first, lower case, as written in dates. */
  months: readonly string[];
  /** Date phrasing: ordinal first day (`1er`), the word joining two days of a range (`et`, `and`). */
  dates: DateWords;
  /** Cues the segmenter reads (letter title, annex heading, signatures, header, closing). */
  segmentation: SegmentationCues;
  /** Word forms and OCR language data the PDF text-layer scorer and the OCR read. */
  extract?: ExtractWords;
  /** OCR and extraction repair data; a language without it passes through repair unchanged. */
  repair?: RepairLanguage;
}

export interface DateWords {
  /** Suffixes that may follow a day number (`er` in `1er`, `st`/`nd`/`rd`/`th`). */
  daySuffixes: readonly string[];
  /** Words joining two days of one range (`26 et 27 mars`), or two bounds (`du 3 au 5 mai`). */
  rangeJoiners: readonly string[];
}
