/**
 * Akoma Ntoso 3.0 rendering of a document, following AKN4UN: a letter is a Communication,
 * `<doc name="officialLetter">`, each annex an attachment `<doc name="annex">`. The XML is a rendering of
 * the model: every string in its body is a string of the model (the language's few framing words sit in
 * `docStatus` and `span class="generated"`), and its metadata is read from the model's fields.
 */
import type { UnDocument } from '../../model/index.ts';
import { attachments } from './attachments.ts';
import { blockElements, hierarchicalBlocks } from './blocks.ts';
import { createContext } from './context.ts';
import { identification } from './identification.ts';
import { letterPreface } from './preface.ts';
import { proprietary } from './proprietary.ts';
import { signatureParagraphs } from './signatures.ts';
import { element, serialize } from './xml.ts';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

export function emitAkn(document: UnDocument): string {
  const context = createContext(document);
  // Parts are built in reading order so that eIds are claimed in that order.
  const preface = letterPreface(context);
  const body = hierarchicalBlocks(context, document.letter.body);
  // The complimentary close of a note verbale, then the signatures, as an annex's closing (attachments.ts).
  const signatures = [...blockElements(context, document.letter.closing ?? []), ...signatureParagraphs(context, document.letter.signatures)];
  const annexes = attachments(context);
  const meta = element('meta', {}, [identification(context, 'main'), context.references.toElement(), proprietary(document)]);
  const letter = element('doc', { name: 'officialLetter' }, [
    meta,
    preface,
    // The schema wants a non-empty body; a letter not segmented yet has an empty paragraph.
    // The letter's language on its body, so that a reader (and a right-to-left renderer) knows it without
    // the FRBR metadata, as an annex in another language says so on its own parts.
    element('mainBody', { 'xml:lang': document.lang }, body.length > 0 ? body : [element('p')]),
    signatures.length > 0 && element('conclusions', {}, signatures),
    annexes,
  ]);
  return serialize(element('akomaNtoso', { xmlns: AKN_NAMESPACE }, [letter]));
}
