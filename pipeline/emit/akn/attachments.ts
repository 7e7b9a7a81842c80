/**
 * Annexes: each is an `attachment` (eId `att_N`) holding a `doc name="annex"` with its own identification
 * (component `!annex_N`), preface, body, and conclusions (closing paragraphs, then signatures).
 * An annex in another language than the letter says so with `xml:lang` on its parts. Attachments printed
 * inside an annex (an enclosure) are `attachments` of the annex's `doc`, nested as printed.
 */
import type { Annex } from '../../model/index.ts';
import { blockElements, hierarchicalBlocks } from './blocks.ts';
import type { EmitContext } from './context.ts';
import { claimEId } from './context.ts';
import { identification } from './identification.ts';
import { annexPreface } from './preface.ts';
import { signatureParagraphs } from './signatures.ts';
import type { ElementNode } from './xml.ts';
import { element } from './xml.ts';

export function attachments(context: EmitContext): ElementNode | undefined {
  if (context.document.annexes.length === 0) return undefined;
  return element('attachments', {}, context.document.annexes.map((annex) => attachment(context, annex)));
}

function attachment(context: EmitContext, annex: Annex): ElementNode {
  const eId = claimEId(context, annex.id);
  const lang = annex.lang && annex.lang !== context.document.lang ? annex.lang : undefined;
  const component = annex.id.replace(/[^\w-]/g, '_');
  const body = hierarchicalBlocks(context, annex.body);
  const conclusions = [...blockElements(context, annex.closing), ...signatureParagraphs(context, annex.signatures)];
  return element('attachment', { eId }, [
    element('doc', { name: annex.kind ?? 'annex' }, [
      element('meta', {}, [identification(context, component, lang, annex)]),
      annexPreface(context, annex, lang),
      element('mainBody', { 'xml:lang': lang }, body.length > 0 ? body : [element('p')]),
      conclusions.length > 0 && element('conclusions', { 'xml:lang': lang }, conclusions),
      // An enclosure printed inside this attachment is an attachment of its document, as printed.
      (annex.attachments?.length ?? 0) > 0 && element('attachments', {}, annex.attachments!.map((inner) => attachment(context, inner))),
    ]),
  ]);
}
