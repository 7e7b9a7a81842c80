/**
 * Signature blocks, after AKN4UN: `<p><signature>` holding the honorific, one `role` per role line (each
 * referring to its TLCRole), the signed mark as `docStatus`, and the name as `person` referring to its
 * TLCPerson with `as` naming the role it signs as. Each field has an eId read off the signature's id and the
 * field name the mentions use (`signature_1__name`, `signature_1__role_1`, `signature_1__honorific`).
 */
import type { Signature } from '../../model/index.ts';
import type { EmitContext } from './context.ts';
import { claimEId, claimFieldEId, inlineText } from './context.ts';
import { FIXED } from './references.ts';
import type { ElementNode, Node } from './xml.ts';
import { element, text } from './xml.ts';

export function signatureParagraphs(context: EmitContext, signatures: readonly Signature[]): ElementNode[] {
  return signatures.map((signature) => element('p', {}, [signatureElement(context, signature)]));
}

function signatureElement(context: EmitContext, signature: Signature): ElementNode {
  const parts: ElementNode[] = [];
  const field = (name: string) => claimFieldEId(context, signature.id, name);
  if (signature.honorific !== undefined) {
    const eId = field('honorific');
    parts.push(element('inline', { eId, name: 'akn4un:honorific' }, inlineText(context, signature.id, signature.honorific, { field: 'honorific' })));
  }
  const roleRefs: string[] = [];
  signature.roles.forEach((role, index) => {
    const refersTo = context.references.signatureRole(signature, index);
    if (refersTo) roleRefs.push(refersTo);
    const eId = field(`roles.${index}`);
    const content = inlineText(context, signature.id, role, { field: `roles.${index}` });
    parts.push(element('role', { eId, refersTo: refersTo ? `#${refersTo}` : `#${eId}` }, unwrapWholeRole(content, refersTo)));
  });
  if (signature.signed) parts.push(element('docStatus', { refersTo: `#${FIXED.signed}` }, [context.words.signedMark]));
  if (signature.name !== undefined) {
    const eId = field('name');
    const person = context.references.signaturePerson(signature);
    // The role the person signs as: the role entity the tagger tied to the person, else the first role line.
    const entityRole = signature.personId
      ? context.references.entityById(signature.personId)?.roleIds?.map((id) => context.references.entity(id)).find((eId) => eId !== undefined)
      : undefined;
    const role = entityRole ?? roleRefs[0];
    const as = role ? `#${role}` : undefined;
    const content = inlineText(context, signature.id, signature.name, { field: 'name' });
    parts.push(element('person', { eId, refersTo: person ? `#${person}` : `#${eId}`, as }, unwrapWholePerson(content, person)));
  }
  const children: Node[] = [];
  parts.forEach((part, index) => {
    if (index > 0) children.push(text(' '));
    children.push(part);
  });
  return element('signature', { eId: claimEId(context, signature.id) }, children);
}

/**
 * A mention covering the whole field refers to the same TLC as the field's own element: it would only
 * repeat it, so its content is lifted into the field's element.
 */
function unwrapWholeRole(content: Node[], refersTo: string | undefined): Node[] {
  return unwrapSame(content, 'role', refersTo);
}

function unwrapWholePerson(content: Node[], refersTo: string | undefined): Node[] {
  return unwrapSame(content, 'person', refersTo);
}

function unwrapSame(content: Node[], name: string, refersTo: string | undefined): Node[] {
  const only = content.length === 1 ? content[0] : undefined;
  if (refersTo && only?.type === 'element' && only.name === name && only.attributes.refersTo === `#${refersTo}`) return only.children;
  return content;
}
