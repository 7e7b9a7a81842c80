import type { PagePlan } from '../../pipeline/extract/index.ts';
import type { Diagnostic } from '../../pipeline/model/index.ts';

/**
 * What the plan job leaves for the extract job in the work folder: the page plans and the pages sent to
 * OCR (none for a file read whole), and the diagnostics reported before the document exists.
 */
export interface StoredPlan {
  plans?: PagePlan[];
  ocrPages?: number[];
  diagnostics: Diagnostic[];
}
