import { CLDR_CURRENCY_HEADS } from '../data/figures/currencies.generated';
import { CURRENCY_HEAD_FORMS, UNIT_WORDS, type UnitWordData } from '../data/figures/units';
import { DEMONYMS } from '../data/places/demonyms';
import { foldKey } from '../text/fold-key';
import { lazy } from '../text/lazy';
import { adjectiveKey, dualsOf, TABLE_SLOTS, WordTable, type UnitWord } from './lexicon';

/**
 * The unit words as the figures look them up, apart from the number words (lexicon.ts): parseNumber
 * reads no unit, so a bundle of it leaves these tables out.
 */
export interface UnitLexicon {
  units: WordTable<UnitWord>;
  /** Dual unit words, a count of two on their own (درجتان، لترين، دولارين; a time unit's only after a margin: بفارق ثانيتين). */
  dualUnits: WordTable<UnitWord>;
  /** The currency words that name no one currency (ريال، دينار، بيزو): their unit code is the word itself. */
  ambiguousCurrencies: ReadonlySet<string>;
  /** Currency words that are a measure where the currency is not settled (UnitWordData.measureElsewhere): word → symbol. */
  measuresElsewhere: ReadonlyMap<string, string>;
}

/** The folded unit tables, built on first use and never mutated. */
export const getUnitLexicon = lazy(
  (): UnitLexicon => ({
    units: new WordTable(unitWords(), TABLE_SLOTS.units),
    dualUnits: new WordTable(dualUnitWords(), TABLE_SLOTS.dualUnits),
    ambiguousCurrencies: new Set(unitWordData().filter((unit) => unit.kind === 'money' && !/^[A-Z]{3}$/.test(unit.code)).map((unit) => unit.code)),
    measuresElsewhere: new Map(unitWordData().flatMap((unit) => (unit.measureElsewhere === undefined ? [] : [[unit.code, unit.measureElsewhere] as const]))),
  }),
);

function unitEntry(unit: UnitWordData, afterDigitsOnly = false): UnitWord {
  return {
    kind: unit.kind,
    code: unit.code,
    afterDigitsOnly,
    variants: new Map((unit.variants ?? []).map(([adjective, code]) => [adjectiveKey(foldKey(adjective)), code])),
  };
}

function unitWords(): Map<string, UnitWord> {
  const words = new Map<string, UnitWord>();
  for (const unit of unitWordData()) {
    const entry = unitEntry(unit);
    const afterDigits = unit.afterDigitsOnly === undefined ? entry : unitEntry(unit, true);
    for (const form of unit.forms) words.set(foldKey(form), unit.afterDigitsOnly?.includes(form) ? afterDigits : entry);
  }
  return words;
}

/** Duals of the unit words (درجتان، لترين، دولارين، ثانيتين). */
function dualUnitWords(): Map<string, UnitWord> {
  const words = new Map<string, UnitWord>();
  for (const unit of unitWordData()) {
    // a time unit's dual is read as a figure only after a margin (see readUnitAlone)
    if (unit.noDual) continue;
    const entry = unitEntry(unit);
    for (const head of [unit.forms[0]!, ...(unit.dualHeads ?? [])]) for (const dual of dualsOf(head, 'both')) words.set(foldKey(dual), entry);
  }
  return words;
}

/**
 * Every unit word the figures read: the hand-kept ones (UNIT_WORDS), and the currencies CLDR names
 * by a head word those lack (بيزو، شلن، كرونة، وون، نايرا، راند …). A head with one currency is that
 * currency (نايرا → NGN); a head with several is ambiguous, named by the word until an adjective after
 * it or the article's country settles it, as ريال is. Each currency's country is its code's first two
 * letters (ARS → AR, KRW → KR), and that country's demonyms are the adjectives that select it (بيزو
 * أرجنتيني، الوون الكوري، كرونة سويدية), with the one-word adjective CLDR names it by (سنغافوري, a
 * demonym the hand-kept list lacks): they are added to the hand-kept entries' adjectives too (دولار
 * سنغافوري، روبية إندونيسية). Supranational currencies (XOF, EUR) have neither.
 */
export const unitWordData = lazy((): readonly UnitWordData[] => {
  const demonyms = new Map(DEMONYMS.map(([country, forms]) => [country, forms]));
  const codesByHead = new Map<string, { head: string; codes: string[] }>();
  const cldrAdjective = new Map<string, string>();
  for (const [code, head, adjective] of CLDR_CURRENCY_HEADS) {
    if (adjective !== '') cldrAdjective.set(code, adjective);
    const key = foldKey(head);
    const group = codesByHead.get(key) ?? { head, codes: [] };
    group.codes.push(code);
    codesByHead.set(key, group);
  }
  /** The adjectives of `codes`' countries, each selecting its code, but those already known. */
  const adjectivesOf = (codes: readonly string[], known: ReadonlyArray<readonly [string, string]>) => {
    const taken = new Set(known.map(([adjective]) => foldKey(adjective)));
    const added: [string, string][] = [];
    for (const code of codes) {
      const cldr = cldrAdjective.get(code);
      for (const adjective of [...(demonyms.get(code.slice(0, 2)) ?? []), ...(cldr === undefined ? [] : [cldr])]) {
        if (taken.has(foldKey(adjective))) continue;
        taken.add(foldKey(adjective));
        added.push([adjective, code]);
      }
    }
    return added;
  };
  const words = UNIT_WORDS.map((unit) => {
    const group = unit.kind === 'money' ? codesByHead.get(foldKey(unit.forms[0]!)) : undefined;
    if (group === undefined) return unit;
    codesByHead.delete(foldKey(unit.forms[0]!));
    const known = unit.variants ?? [];
    return { ...unit, variants: [...known, ...adjectivesOf(group.codes, known)] };
  });
  const forms = new Map(CURRENCY_HEAD_FORMS.map(([head, more]) => [foldKey(head), more]));
  for (const [key, { head, codes }] of codesByHead) {
    words.push({
      kind: 'money',
      code: codes.length === 1 ? codes[0]! : head,
      forms: [head, ...(forms.get(key) ?? [])],
      noDual: true,
      variants: adjectivesOf(codes, []),
    });
  }
  return words;
});
