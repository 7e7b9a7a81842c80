/**
 * `identification`: the FRBR levels of the letter (component `!main`) or of one annex (`!annex_N`).
 * Dates: the Work's and the Expression's are the letter's date as the source states it; a letter that
 * states none has `undated` in its IRIs and, since the schema wants a date at every level, the day of this
 * edition named `edition` (never `issuance`). The Manifestation's is the day the XML was made
 * (`SOURCE_DATE_EPOCH` when set). An annex that says it was written in other languages (`[Original:
 * Russian]`) is a translation from them: `FRBRtranslation` names each original.
 */
import type { Annex, LanguageCode } from '../../model/index.ts';
import type { EmitContext } from './context.ts';
import { AKN_LANGUAGE } from './iri.ts';
import { expressionUri as expressionOf, originalLanguageCodes } from '../identity.ts';
import { FIXED } from './references.ts';
import type { ElementNode } from './xml.ts';
import { element } from './xml.ts';

export function identification(context: EmitContext, component: string, lang?: LanguageCode, annex?: Annex): ElementNode {
  const { iris, references } = context;
  const language = lang ? AKN_LANGUAGE[lang] : iris.language;
  const expressionUri = expressionOf(iris.workUri, language, iris.date);
  const author = `#${references.proponents[0] ?? FIXED.pipeline}`;
  const pipeline = `#${FIXED.pipeline}`;
  const isMain = component === 'main';
  const workDate = iris.date ?? iris.markupDate;
  const originals = annex ? originalLanguageCodes(context.document.lang, annex.originalLanguages).filter((original) => original !== language) : [];
  return element('identification', { source: pipeline }, [
    element('FRBRWork', {}, [
      element('FRBRthis', { value: `${iris.workUri}/!${component}` }),
      element('FRBRuri', { value: iris.workUri }),
      element('FRBRdate', { date: workDate, name: iris.date ? 'issuance' : 'edition' }),
      element('FRBRauthor', { href: author }),
      element('FRBRcountry', { value: 'un' }),
      isMain && element('FRBRsubtype', { value: 'communication' }),
      isMain && element('FRBRnumber', { value: iris.number, showAs: iris.symbol }),
    ]),
    element('FRBRExpression', {}, [
      element('FRBRthis', { value: `${expressionUri}/!${component}` }),
      element('FRBRuri', { value: expressionUri }),
      element('FRBRdate', { date: workDate, name: iris.date ? 'expression' : 'edition' }),
      element('FRBRauthor', { href: author }),
      element('FRBRlanguage', { language }),
      ...originals.map((original) => element('FRBRtranslation', { href: expressionOf(iris.workUri, original, iris.date), fromLanguage: original, by: `#${FIXED.translator}` })),
    ]),
    element('FRBRManifestation', {}, [
      element('FRBRthis', { value: `${expressionUri}/!${component}.xml` }),
      element('FRBRuri', { value: `${expressionUri}.xml` }),
      element('FRBRdate', { date: iris.markupDate, name: 'markup' }),
      element('FRBRauthor', { href: pipeline }),
      isMain && element('FRBRformat', { value: 'xml' }),
    ]),
  ]);
}
