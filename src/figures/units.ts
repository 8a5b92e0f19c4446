import type { UnitKind } from '../data/figures/units';
import { adjectiveKey, type UnitWord } from './lexicon';
import type { TokenReader } from './token-reader';

/** A unit written next to a number. */
export interface UnitMatch {
  kind: UnitKind;
  /** ISO 4217 code, measure symbol, time unit, 'percent', or the written word of an ambiguous currency. */
  code: string;
  /** Tokens [first, end), and the original offset where the unit starts. */
  first: number;
  end: number;
  start: number;
}

const PERCENT_CODE = 'percent';

/**
 * The unit right after a number at token `index`: a percent sign or phrase (% ٪ بالمئة، في المائة),
 * a currency sign ($ €), or a unit word (دولار، كيلومتر، سنة) with an adjective that makes it precise
 * (جنيه مصري → EGP, متر مربع → m2). After a vague quantity the unit may be definite (ملايين الدولارات).
 */
export function readUnitAfter(reader: TokenReader, index: number, vague: boolean): UnitMatch | undefined {
  const token = reader.at(index);
  if (!token) return undefined;
  const percentEnd = reader.matchForward(index, reader.lexicon.percent)?.end;
  if (percentEnd !== undefined) return unitMatch('percent', PERCENT_CODE, index, percentEnd, token.start);
  const currency = token.kind === 'word' ? undefined : reader.lexicon.currencySigns.get(token.norm);
  if (currency) return unitMatch('money', currency, index, index + 1, token.start);
  if (!vague) return readUnitWord(reader, index, index, '');
  // ملايين الدولارات، ملايين من الدولارات
  if (token.norm === reader.lexicon.partitive) return readUnitWord(reader, index, index + 1, 'ال');
  return readUnitWord(reader, index, index, '') ?? readUnitWord(reader, index, index, 'ال');
}

/**
 * The unit word at token `index` with exactly `prefix` as its clitics, and the adjective that may
 * follow it; the unit is read from token `first` (the من before a definite unit, or the word itself).
 */
function readUnitWord(reader: TokenReader, first: number, index: number, prefix: string): UnitMatch | undefined {
  const match = reader.lookup(index, reader.lexicon.units);
  if (!match || match.prefix !== prefix) return undefined;
  const start = first < index ? reader.at(first)!.start : match.start;
  const variant = variantAt(reader, index + 1, match.entry, prefix);
  return unitMatch(match.entry.kind, variant ?? match.entry.code, first, variant ? index + 2 : index + 1, start);
}

/** A percent or currency sign written right before the number, touching it (%20، $30). */
export function readSignBefore(reader: TokenReader, first: number): UnitMatch | undefined {
  const index = first - 1;
  const token = reader.at(index);
  if (!token || token.kind === 'word' || !reader.touches(index, first)) return undefined;
  if (reader.matchForward(index, reader.lexicon.percent)?.end === first) {
    return unitMatch('percent', PERCENT_CODE, index, first, token.start);
  }
  const currency = reader.lexicon.currencySigns.get(token.norm);
  return currency ? unitMatch('money', currency, index, first, token.start) : undefined;
}

/** The code an adjective after the unit selects (ريال سعودي → SAR), in any of its agreement forms. */
function variantAt(reader: TokenReader, index: number, unit: UnitWord, unitPrefix: string): string | undefined {
  const token = reader.at(index);
  if (!token || token.kind !== 'word' || unit.variants.size === 0) return undefined;
  // the adjective agrees with the unit in definiteness (الدولارات الأمريكية)
  if (token.prefix === unitPrefix) {
    const code = unit.variants.get(adjectiveKey(token.stem));
    if (code) return code;
  }
  // the splitter may have taken the adjective's first letter for a clitic (بحريني → ب + حريني)
  return unitPrefix === '' ? unit.variants.get(adjectiveKey(token.norm)) : undefined;
}

function unitMatch(kind: UnitKind, code: string, first: number, end: number, start: number): UnitMatch {
  return { kind, code, first, end, start };
}
