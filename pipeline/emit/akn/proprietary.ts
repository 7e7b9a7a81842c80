/**
 * `proprietary`: what the model knows about how the text was obtained, in the unletters namespace —
 * the source, every repair applied and every suggestion not applied (rule, offsets, before/after,
 * confidence), the pages with their OCR confidences (page mean and each word's), and the warnings (stage,
 * code, node, message), and the page furniture kept out of the text (page, kind, line as printed).
 */
import type { Diagnostic, Footnote, Page, PageMark, Repair, UnDocument } from '../../model/index.ts';
import { FIXED } from './references.ts';
import type { ElementNode } from './xml.ts';
import { element } from './xml.ts';

export const UNLETTERS_NAMESPACE = 'https://unletters.dev/ns/akn/1';

export function proprietary(document: UnDocument): ElementNode {
  return element('proprietary', { source: `#${FIXED.pipeline}` }, [
    element(
      'ul:document',
      {
        'xmlns:ul': UNLETTERS_NAMESPACE,
        schemaVersion: document.schemaVersion,
        id: document.id,
        lang: document.lang,
        langSource: document.langSource,
      },
      [
        element('ul:source', { name: document.source.name, mediaType: document.source.mediaType, sha256: document.source.sha256, bytes: document.source.bytes }),
        element('ul:repairs', {}, document.repairs.map(repairElement)),
        element('ul:suggestions', {}, document.suggestions.map(repairElement)),
        document.pages && element('ul:pages', {}, document.pages.map(pageElement)),
        document.pageMarks && element('ul:pageMarks', {}, document.pageMarks.map(pageMarkElement)),
        document.footnotes && element('ul:footnotes', {}, document.footnotes.map(footnoteElement)),
        element('ul:warnings', {}, document.warnings.map(warningElement)),
      ],
    ),
  ]);
}

/** A line of the page frame (masthead, job number, barcode, running symbol, page number), kept out of the text. */
function pageMarkElement(mark: PageMark): ElementNode {
  return element('ul:pageMark', { page: mark.page, kind: mark.kind }, [mark.text]);
}

/** A footnote at the foot of a page, kept out of the paragraphs (mark and text as printed). */
function footnoteElement(footnote: Footnote): ElementNode {
  return element('ul:footnote', { id: footnote.id, page: footnote.page, mark: footnote.mark }, [footnote.text]);
}

function warningElement(warning: Diagnostic): ElementNode {
  return element('ul:warning', { stage: warning.stage, code: warning.code, node: warning.node }, [warning.message]);
}

function repairElement(repair: Repair): ElementNode {
  return element(
    'ul:repair',
    {
      ruleId: repair.ruleId,
      source: repair.source,
      offset: repair.offset,
      line: repair.line,
      column: repair.column,
      confidence: repair.confidence,
      applied: String(repair.applied),
    },
    [element('ul:before', {}, [repair.before]), element('ul:after', {}, [repair.after])],
  );
}

function pageElement(page: Page): ElementNode {
  return element(
    'ul:page',
    {
      number: page.number,
      method: page.method,
      textLayerScore: page.textLayerScore,
      confidence: page.confidence,
      dpi: page.dpi,
      skewDegrees: page.skewDegrees,
    },
    (page.words ?? []).map((word) => element('ul:word', { confidence: word.confidence, bbox: word.bbox.join(' ') }, [word.text])),
  );
}
