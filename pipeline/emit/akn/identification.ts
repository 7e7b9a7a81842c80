/**
 * `identification`: the FRBR levels of the letter (component `!main`) or of one annex (`!annex_N`).
 * Dates: the Work's is the letter's date; the model holds no publication or markup date, so the
 * Expression and Manifestation carry the same date under their own names, which keeps the output a pure
 * function of the model (same bytes on every run).
 */
import type { LanguageCode } from '../../model/index.ts';
import type { EmitContext } from './context.ts';
import { AKN_LANGUAGE } from './iri.ts';
import { FIXED } from './references.ts';
import type { ElementNode } from './xml.ts';
import { element } from './xml.ts';

export function identification(context: EmitContext, component: string, lang?: LanguageCode): ElementNode {
  const { iris, references } = context;
  const language = lang ? AKN_LANGUAGE[lang] : iris.language;
  const expressionUri = `${iris.workUri}/${language}@${iris.date}`;
  const author = `#${references.proponents[0] ?? FIXED.pipeline}`;
  const pipeline = `#${FIXED.pipeline}`;
  const isMain = component === 'main';
  return element('identification', { source: pipeline }, [
    element('FRBRWork', {}, [
      element('FRBRthis', { value: `${iris.workUri}/!${component}` }),
      element('FRBRuri', { value: iris.workUri }),
      element('FRBRdate', { date: iris.date, name: iris.dateKnown ? 'issuance' : 'unknown' }),
      element('FRBRauthor', { href: author }),
      element('FRBRcountry', { value: 'un' }),
      isMain && element('FRBRsubtype', { value: 'communication' }),
      isMain && element('FRBRnumber', { value: iris.number, showAs: iris.symbol }),
    ]),
    element('FRBRExpression', {}, [
      element('FRBRthis', { value: `${expressionUri}/!${component}` }),
      element('FRBRuri', { value: expressionUri }),
      element('FRBRdate', { date: iris.date, name: iris.dateKnown ? 'expression' : 'unknown' }),
      element('FRBRauthor', { href: author }),
      element('FRBRlanguage', { language }),
    ]),
    element('FRBRManifestation', {}, [
      element('FRBRthis', { value: `${expressionUri}/!${component}.xml` }),
      element('FRBRuri', { value: `${expressionUri}.xml` }),
      element('FRBRdate', { date: iris.date, name: iris.dateKnown ? 'markup' : 'unknown' }),
      element('FRBRauthor', { href: pipeline }),
      isMain && element('FRBRformat', { value: 'xml' }),
    ]),
  ]);
}
