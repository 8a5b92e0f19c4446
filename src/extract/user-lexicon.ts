// A user's own names (createExtractor({ lexicon })): checked once, compiled once into one phrase
// index, then found at each call before the built-in recognizers, whose overlapping proposals give way.
import { entityCandidate, type EntityCandidate } from '../contracts/candidate';
import type { TextContext } from '../contracts/context';
import type { OrganizationKind, PlaceKind } from '../contracts/entity';
import type { CompiledLexicon, UserName } from '../contracts/user-names';
import { describeValue } from '../text/errors';
import { foldKey } from '../text/fold-key';
import { PhraseIndex } from '../text/phrases';
import type { UserLexicon } from './output';

const CATEGORIES = ['people', 'places', 'organizations'] as const;
type Category = (typeof CATEGORIES)[number];
const ENTRY_FIELDS = ['name', 'variants', 'kind', 'countryCode'];
const COUNTRY_CODE = /^[A-Z]{2}$/;
const LETTER = /\p{L}/u;
// every kind once, as object keys typed against the unions, so a kind added to the contract and
// not here (or the reverse) is a compile error, not an entry wrongly refused
const PLACE_KINDS = Object.keys({
  country: true, territory: true, province: true, city: true, town: true, district: true, region: true, continent: true, feature: true,
  street: true, square: true,
} satisfies Record<PlaceKind, true>);
const ORGANIZATION_KINDS = Object.keys({
  ministry: true, presidency: true, international: true, alliance: true, party: true, company: true, agency: true, media: true,
  government: true, military: true, court: true, parliament: true, sports: true, other: true,
} satisfies Record<OrganizationKind, true>);
const KINDS: Record<Category, readonly string[] | null> = { people: null, places: PLACE_KINDS, organizations: ORGANIZATION_KINDS };

/**
 * Checks a user lexicon and compiles it. Throws a TypeError (wrong type, unknown field) or a
 * RangeError (empty name, unknown kind, malformed country code, one name given to two entries)
 * whose message names the entry: `createExtractor(): lexicon.places[2].countryCode …`.
 */
export function compileLexicon(lexicon: unknown, fn: string): CompiledLexicon {
  const fail = (Kind: typeof TypeError, path: string, message: string): never => {
    throw new Kind(`${fn}(): ${path} ${message}`);
  };
  if (typeof lexicon !== 'object' || lexicon === null || Array.isArray(lexicon)) {
    fail(TypeError, 'option "lexicon"', `must be an object with people, places or organizations, got ${describeValue(lexicon)}`);
  }
  for (const key of Object.keys(lexicon as object)) {
    if (!(CATEGORIES as readonly string[]).includes(key)) fail(TypeError, `lexicon.${key}`, `is not a category; known: ${CATEGORIES.join(', ')}`);
  }
  const entries: [string, UserName][] = [];
  const owners = new Map<string, string>();
  for (const category of CATEGORIES) {
    const list = (lexicon as UserLexicon)[category];
    if (list === undefined) continue;
    if (!Array.isArray(list)) fail(TypeError, `lexicon.${category}`, `must be an array, got ${describeValue(list)}`);
    (list as readonly unknown[]).forEach((entry, index) => {
      const path = `lexicon.${category}[${index}]`;
      const { name, variants, kind, countryCode } = checkEntry(entry, path, category, fail);
      const value: UserName = { category, key: `user:${category}:${index}`, canonical: name };
      if (kind !== undefined) value.kind = kind as PlaceKind | OrganizationKind;
      if (countryCode !== undefined) value.countryCode = countryCode;
      for (const written of [name, ...variants]) {
        const folded = foldKey(written);
        const owner = owners.get(folded);
        if (owner !== undefined && owner !== path) fail(RangeError, path, `repeats the name ${JSON.stringify(written)} of ${owner}`);
        owners.set(folded, path);
        entries.push([written, value]);
      }
    });
  }
  return new PhraseIndex(entries);
}

type Fail = (Kind: typeof TypeError, path: string, message: string) => never;

function checkEntry(
  entry: unknown,
  path: string,
  category: Category,
  fail: Fail,
): { name: string; variants: readonly string[]; kind?: string; countryCode?: string } {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    return fail(TypeError, path, `must be an object such as { name: "…" }, got ${describeValue(entry)}`);
  }
  const record = entry as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!ENTRY_FIELDS.includes(key)) fail(TypeError, `${path}.${key}`, `is not a field; known: ${ENTRY_FIELDS.join(', ')}`);
  }
  const name = checkName(record.name, `${path}.name`, fail);
  const variants = record.variants ?? [];
  if (!Array.isArray(variants)) fail(TypeError, `${path}.variants`, `must be an array of strings, got ${describeValue(variants)}`);
  const checkedVariants = (variants as unknown[]).map((variant, k) => checkName(variant, `${path}.variants[${k}]`, fail));
  const { kind, countryCode } = record;
  const kinds = KINDS[category];
  if (kind !== undefined) {
    if (typeof kind !== 'string') fail(TypeError, `${path}.kind`, `must be a string, got ${describeValue(kind)}`);
    if (kinds === null) fail(TypeError, `${path}.kind`, 'is not a field of a person (people have no kind)');
    if (!kinds!.includes(kind as string)) fail(RangeError, `${path}.kind`, `must be one of ${kinds!.join(', ')}, got ${describeValue(kind)}`);
  }
  if (countryCode !== undefined && (typeof countryCode !== 'string' || !COUNTRY_CODE.test(countryCode))) {
    fail(RangeError, `${path}.countryCode`, `must be an ISO 3166-1 alpha-2 code such as "EG", got ${describeValue(countryCode)}`);
  }
  return { name, variants: checkedVariants, kind: kind as string | undefined, countryCode: countryCode as string | undefined };
}

function checkName(value: unknown, path: string, fail: Fail): string {
  if (typeof value !== 'string') return fail(TypeError, path, `must be a string, got ${describeValue(value)}`);
  if (!LETTER.test(value)) fail(RangeError, path, `must contain a letter, got ${describeValue(value)}`);
  return value.trim();
}

/** Every user name in the text, longest first at each token, as strength-3 candidates. */
export function recognizeUserNames(ctx: TextContext, lexicon: CompiledLexicon): EntityCandidate[] {
  const stream = { source: ctx.source, view: ctx.view, tokens: ctx.tokens };
  const found: EntityCandidate[] = [];
  for (let index = 0; index < ctx.tokens.length; ) {
    const match = lexicon.match(stream, index);
    if (match === null) {
      index++;
      continue;
    }
    const { category, key, canonical, kind, countryCode } = match.value;
    const candidate = entityCandidate({ category, start: match.start, end: match.end, firstToken: index, nextToken: match.next, key, canonical, kind, strength: 3, evidence: 'lexicon' });
    if (countryCode !== undefined) candidate[category === 'places' ? 'countryCode' : 'nationality'] = countryCode;
    found.push(candidate);
    index = match.next;
  }
  return found;
}
