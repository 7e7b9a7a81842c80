import type { LanguageCode, Repair, UnDocument } from '../model/index.ts';

export interface RepairOptions {
  lang: LanguageCode;
  /** Changes with a confidence under this are kept as suggestions, not applied. */
  threshold?: number;
  /** Also apply the language's typography (typographic apostrophe, no-break spaces). */
  typography?: boolean;
}

export interface RepairResult {
  text: string;
  repairs: Repair[];
  suggestions: Repair[];
}

/** Repairs extraction and OCR damage in `rawText`, keeping its line structure. */
export async function repairText(rawText: string, _options: RepairOptions): Promise<RepairResult> {
  // Placeholder until the retext plugins land (issue 3): the text passes through unchanged.
  return { text: rawText, repairs: [], suggestions: [] };
}

/** The repair stage: fills `text`, `repairs` and `suggestions` from `rawText`. */
export async function repair(document: UnDocument, options: Omit<RepairOptions, 'lang'> = {}): Promise<UnDocument> {
  const result = await repairText(document.rawText, { ...options, lang: document.lang });
  return { ...document, text: result.text, repairs: result.repairs, suggestions: result.suggestions };
}
