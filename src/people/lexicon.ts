import { AMBIGUOUS_GIVEN_NAMES, DEFINITE_GIVEN_NAMES, GIVEN_NAMES, PEOPLE_AMBIGUOUS_GIVEN_NAMES, PEOPLE_GIVEN_NAMES } from '../data/people/given-names';
import { LATIN_LETTER_NAMES } from '../data/figures/context-words';
import { NAME_DESCRIPTORS, ORGANIZATION_HEADS } from '../data/organizations/organizations-patterns';
import { PLACE_NAME_HEADS, PLACE_TRIGGERS, STATE_TITLES } from '../data/places/places-context';
import { ADDRESS_FORMS, AMBIGUOUS_TITLE_HEADS, ASSISTANT_NOUNS, BUSINESS_NOUNS, COACH_STEMS, REGNAL_TITLE_HEADS, SOVEREIGN_HEADS, PRINCELY_HEADS, KIN_NOUNS, SPOKESPERSON_HEADS, TEAM_NOUN_STEMS, TEAM_POST_STEMS, TITLE_DOMAINS, TITLE_HEADS, TITLE_LINKS, TITLE_UNITS } from '../data/people/person-titles';
import {
  ADDRESSEE_PRONOUNS,
  APPOINTMENT_VERBS,
  AUDIENCE_NOUNS,
  REPLACEMENT_WORDS,
  BYLINE_WORDS,
  COMMON_NOUNS,
  COMPLEMENTIZERS,
  LIST_INTRODUCERS,
  ADJUNCT_PREPOSITIONS,
  NAME_PARTICLES,
  NAMES_ALSO_TITLES,
  DOMAINS_OF_NAMED_TITLES,
  ABD_NAME_WORDS,
  NOT_NAME_WORDS,
  OFFICE_VERBS,
  NOUN_ENDINGS,
  RANK_ADJECTIVES,
  ORDINALS,
  ORDINAL_TENS,
  COMPOUND_NAME_ENDS,
  KUNYA_PARTICLES,
  NATIONAL_PREPOSITIONS,
  WOMAN_NATIONAL_PREPOSITIONS,
  PATRONYMIC_PARTICLES,
  LANDMARK_HEADS,
  PRODUCT_HEADS,
  SPEECH_VERBS,
  STATEMENT_NOUNS,
  PLAY_VERBS,
  PLAY_OBJECTS,
  SCORING_VERBS,
  GOAL_OBJECTS,
  HONORIFIC_FORMULAS,
  ALIAS_WORDS,
} from '../data/people/words';
import { lazy } from '../text/lazy';
import { foldKey } from '../text/fold-key';
import { PhraseIndex } from '../text/phrases';
import { filteredSet, type FilteredWords } from '../text/word-shapes';

export interface PeopleLexicon {
  titleHeads: PhraseIndex<true>;
  titleDomains: ReadonlySet<string>;
  /** The units an office is of in construct (TITLE_UNITS). */
  titleUnits: ReadonlySet<string>;
  /** Kin in construct before a title (KIN_NOUNS). */
  kinNouns: ReadonlySet<string>;
  /** An assistant in construct before a title (ASSISTANT_NOUNS). */
  assistantNouns: ReadonlySet<string>;
  /** Title heads that are also everyday nouns: a given name or particle must follow them. */
  ambiguousTitleHeads: ReadonlySet<string>;
  titleLinks: ReadonlySet<string>;
  /** Forms of address (ADDRESS_FORMS), folded stems without the article, as a token after و + ال has them. */
  addressForms: ReadonlySet<string>;
  /** Heads of those who reign and are numbered, folded (REGNAL_TITLE_HEADS). */
  regnalTitleHeads: ReadonlySet<string>;
  /** A sovereign's heads (الملك، العاهل) and those of royals below one (الأمير، ولي العهد): the second after the first is another person. */
  sovereignHeads: ReadonlySet<string>;
  princelyHeads: ReadonlySet<string>;
  /** The stems of a team's posts, of a coach's among them, and of a team's nouns, folded (TEAM_POST_STEMS, COACH_STEMS, TEAM_NOUN_STEMS). */
  teamPostStems: ReadonlySet<string>;
  coachStems: ReadonlySet<string>;
  teamNounStems: ReadonlySet<string>;
  /** The stems of the title heads of one word with the article, folded (المتهم → متهم): their duals and plurals name several. */
  definiteHeadStems: ReadonlySet<string>;
  /** The nouns of a business in construct with its name, folded (BUSINESS_NOUNS). */
  businessNouns: ReadonlySet<string>;
  /** Spokesperson heads, folded (SPOKESPERSON_HEADS): باسم after them is a link. */
  spokespersonHeads: ReadonlySet<string>;
  givenNames: FilteredWords<true>;
  /** Given names the lists write with a final ى (سلمى، ليلى، منى), folded: written with ي they are other words (سلمي, peaceful). */
  alefMaksuraNames: ReadonlySet<string>;
  ambiguousGivenNames: ReadonlySet<string>;
  /** Given names written with the article, folded (DEFINITE_GIVEN_NAMES: الطيب، الحبيب). */
  definiteGivenNames: ReadonlySet<string>;
  notNameWords: ReadonlySet<string>;
  /** The hamza (أ or إ) NOT_NAME_WORDS write first, by folded word: `أمام` (before) is not `إمام` (imam). */
  notNameHamzas: ReadonlyMap<string, string>;
  particles: ReadonlySet<string>;
  /** Given names that are titles after a name, and what such a title is of, folded (NAMES_ALSO_TITLES, DOMAINS_OF_NAMED_TITLES). */
  namesAlsoTitles: ReadonlySet<string>;
  domainsOfNamedTitles: ReadonlySet<string>;
  /** The words عبد joins in names, folded (ABD_NAME_WORDS). */
  abdNameWords: ReadonlySet<string>;
  bylineWords: ReadonlySet<string>;
  /**
   * The kinds of verb (SPEECH_VERB, OFFICE_VERB, APPOINTMENT_VERB bits) of each folded reporting verb
   * (SPEECH_VERBS), verb of what office holders do (OFFICE_VERBS) and of appointment and election
   * (APPOINTMENT_VERBS): one lookup answers the three questions asked at each word a reading starts at.
   */
  verbKinds: ReadonlyMap<string, number>;
  /** The place of the one replaced after a verb of appointment (REPLACEMENT_WORDS). */
  replacementWords: ReadonlySet<string>;
  /** Title heads of one word without the article (وزير، سفير، مدير): with the accusative's alif, the office someone is made. */
  indefiniteHeads: ReadonlySet<string>;
  /** Verbs of play and their objects, folded (PLAY_VERBS, PLAY_OBJECTS). */
  playVerbs: ReadonlySet<string>;
  playObjects: ReadonlySet<string>;
  /** Verbs of scoring and what they score, with the verbs and objects of play (SCORING_VERBS, GOAL_OBJECTS). */
  scoringVerbs: ReadonlySet<string>;
  scoredObjects: ReadonlySet<string>;
  commonNouns: ReadonlySet<string>;
  nounEndings: readonly string[];
  /** Adjectives of rank, folded stems (ORDINALS and RANK_ADJECTIVES). */
  rankAdjectives: ReadonlySet<string>;
  /** Ordinals, folded stems (ORDINALS), and the ten of a compound one, folded (ORDINAL_TENS). */
  ordinals: ReadonlySet<string>;
  ordinalTens: ReadonlySet<string>;
  /** Second halves of compound given names, folded with their article (COMPOUND_NAME_ENDS). */
  compoundNameEnds: ReadonlySet<string>;
  /** Particles of a kunya, folded (KUNYA_PARTICLES). */
  kunyas: ReadonlySet<string>;
  /** Stems that introduce a person's other name after theirs, folded (ALIAS_WORDS: `المعروف بـ`). */
  aliasWords: ReadonlySet<string>;
  /** Prepositions before a demonym as a noun, folded (NATIONAL_PREPOSITIONS, WOMAN_NATIONAL_PREPOSITIONS). */
  nationalPrepositions: ReadonlySet<string>;
  womanNationalPrepositions: ReadonlySet<string>;
  /** Particles of descent, folded (PATRONYMIC_PARTICLES). */
  patronymics: ReadonlySet<string>;
  /** Nouns of products and indices a brand's name follows, folded (PRODUCT_HEADS). */
  productHeads: ReadonlySet<string>;
  complementizers: ReadonlySet<string>;
  statementNouns: ReadonlySet<string>;
  audienceNouns: ReadonlySet<string>;
  /** ل with a pronoun of the first or second person (لي، لنا): `وقال لي إن` names no speaker. */
  addresseePronouns: ReadonlySet<string>;
  listIntroducers: PhraseIndex<true>;
  /** Formulas of blessing after a person's name (HONORIFIC_FORMULAS): the name ends before one. */
  honorifics: PhraseIndex<true>;
  /** Latin letters spelt out, folded (LATIN_LETTER_NAMES): a name of them alone is an acronym. */
  latinLetters: ReadonlySet<string>;
  /** Prepositions of an adjunct between a list's elements (ADJUNCT_PREPOSITIONS). */
  adjunctPrepositions: ReadonlySet<string>;
  /**
   * Every word a person's reading can start at, folded and without clitics: title heads, given names,
   * particles, byline words, reporting verbs, verbs of office and of play, list introducers; words with the article also without
   * it, as a token's stem has them (الرئيس → رئيس). One or two probes rule out most tokens.
   */
  startWords: FilteredWords<true>;
}

const folded = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldKey));

/**
 * The first letter of the words that open with أ or إ, by folded word (the hamza folding drops); not
 * a word the list writes with both (إن، أن).
 */
function firstHamzas(words: readonly string[]): ReadonlyMap<string, string> {
  const hamzas = new Map<string, string>();
  for (const word of words) {
    if (word[0] !== 'أ' && word[0] !== 'إ') continue;
    const key = foldKey(word);
    hamzas.set(key, hamzas.has(key) && hamzas.get(key) !== word[0] ? '' : word[0]);
  }
  return hamzas;
}

const firstWords = (phrases: readonly string[]): string[] => phrases.map((phrase) => phrase.split(' ')[0]!);

/** The folded words, and those with the article also without it. */
function withStems(words: readonly string[]): FilteredWords<true> {
  const keys = words.map(foldKey);
  return filteredSet([...keys, ...keys.filter((key) => key.startsWith('ال')).map((key) => key.slice(2))]);
}

/** The kinds of verb of PeopleLexicon.verbKinds, as bits. */
export const SPEECH_VERB = 1;
export const OFFICE_VERB = 2;
export const APPOINTMENT_VERB = 4;

/** Whether a folded word is a reporting verb (SPEECH_VERBS) as written, without a conjunction it may have. */
export function isSpeechVerbKey(lex: PeopleLexicon, key: string): boolean {
  return ((lex.verbKinds.get(key) ?? 0) & SPEECH_VERB) !== 0;
}

/** Each folded verb with the bits of the kinds whose lists hold it. */
function verbKindsOf(lists: readonly (readonly [number, readonly string[]])[]): ReadonlyMap<string, number> {
  const kinds = new Map<string, number>();
  for (const [kind, verbs] of lists) {
    for (const key of verbs.map(foldKey)) kinds.set(key, (kinds.get(key) ?? 0) | kind);
  }
  return kinds;
}

/** ى, which folding writes ي. */
const ALEF_MAKSURA = '\u0649';

export const peopleLexicon = lazy(
  (): PeopleLexicon => ({
    startWords: withStems([
      ...firstWords(TITLE_HEADS),
      ...GIVEN_NAMES,
      ...AMBIGUOUS_GIVEN_NAMES,
      ...PEOPLE_GIVEN_NAMES,
      ...PEOPLE_AMBIGUOUS_GIVEN_NAMES,
      ...NAME_PARTICLES,
      ...BYLINE_WORDS,
      ...SPEECH_VERBS,
      ...OFFICE_VERBS,
      ...APPOINTMENT_VERBS,
      ...PLAY_VERBS,
      ...SCORING_VERBS,
      ...firstWords(LIST_INTRODUCERS),
    ]),
    titleHeads: new PhraseIndex(TITLE_HEADS.map((title) => [title, true] as const)),
    titleDomains: folded(TITLE_DOMAINS),
    titleUnits: folded(TITLE_UNITS),
    kinNouns: folded(KIN_NOUNS),
    assistantNouns: folded(ASSISTANT_NOUNS),
    ambiguousTitleHeads: folded(AMBIGUOUS_TITLE_HEADS),
    titleLinks: folded(TITLE_LINKS),
    addressForms: new Set(ADDRESS_FORMS.map((word) => foldKey(word).slice(2))),
    spokespersonHeads: folded(SPOKESPERSON_HEADS),
    teamPostStems: folded(TEAM_POST_STEMS),
    coachStems: folded(COACH_STEMS),
    teamNounStems: folded(TEAM_NOUN_STEMS),
    businessNouns: folded(BUSINESS_NOUNS),
    definiteHeadStems: new Set(TITLE_HEADS.filter((title) => !title.includes(' ') && title.startsWith('ال')).map((title) => foldKey(title).slice(2))),
    regnalTitleHeads: folded(REGNAL_TITLE_HEADS),
    sovereignHeads: folded(SOVEREIGN_HEADS),
    princelyHeads: folded(PRINCELY_HEADS),
    givenNames: filteredSet([...GIVEN_NAMES, ...AMBIGUOUS_GIVEN_NAMES, ...PEOPLE_GIVEN_NAMES, ...PEOPLE_AMBIGUOUS_GIVEN_NAMES].map(foldKey)),
    ambiguousGivenNames: folded([...AMBIGUOUS_GIVEN_NAMES, ...PEOPLE_AMBIGUOUS_GIVEN_NAMES]),
    alefMaksuraNames: folded([...GIVEN_NAMES, ...AMBIGUOUS_GIVEN_NAMES, ...PEOPLE_GIVEN_NAMES, ...PEOPLE_AMBIGUOUS_GIVEN_NAMES].filter((name) => name.endsWith(ALEF_MAKSURA))),
    definiteGivenNames: folded(DEFINITE_GIVEN_NAMES),
    notNameWords: new Set([
      // a goal scored ends the scorer's name (وسجل المهاجم راموس هدفا)
      ...folded([...NOT_NAME_WORDS, ...OFFICE_VERBS, ...SPEECH_VERBS, ...GOAL_OBJECTS]),
      // a person's other name follows them (محمد حمدان المعروف بحميدتي): with the article they end a name
      ...ALIAS_WORDS.map((word) => foldKey(`ال${word}`)),
      ...TITLE_HEADS.filter((t) => !t.includes(' ')).map(foldKey),
    ]),
    // (the complementizers are written with both: إنها as أنها)
    notNameHamzas: firstHamzas([...NOT_NAME_WORDS, ...COMPLEMENTIZERS]),
    particles: folded(NAME_PARTICLES),
    namesAlsoTitles: folded(NAMES_ALSO_TITLES),
    domainsOfNamedTitles: folded(DOMAINS_OF_NAMED_TITLES),
    abdNameWords: folded(ABD_NAME_WORDS),
    bylineWords: folded(BYLINE_WORDS),
    verbKinds: verbKindsOf([
      [SPEECH_VERB, SPEECH_VERBS],
      [OFFICE_VERB, OFFICE_VERBS],
      [APPOINTMENT_VERB, APPOINTMENT_VERBS],
    ]),
    replacementWords: folded(REPLACEMENT_WORDS),
    indefiniteHeads: folded(TITLE_HEADS.filter((title) => !title.includes(' ') && !title.startsWith('ال'))),
    playVerbs: folded(PLAY_VERBS),
    playObjects: folded(PLAY_OBJECTS),
    scoringVerbs: folded([...PLAY_VERBS, ...SCORING_VERBS]),
    scoredObjects: folded([...PLAY_OBJECTS, ...GOAL_OBJECTS]),
    // the head nouns of bodies, outlets and places (وكالة، صحيفة، مدينة، دير) open other names than a person's
    commonNouns: folded([
      ...COMMON_NOUNS,
      ...ORGANIZATION_HEADS.map((h) => h.head),
      ...NAME_DESCRIPTORS.map((d) => d.word),
      ...PLACE_TRIGGERS.map(([word]) => word),
      ...PLACE_NAME_HEADS,
      ...STATE_TITLES,
      ...LANDMARK_HEADS,
    ]),
    nounEndings: NOUN_ENDINGS.map(foldKey),
    rankAdjectives: folded([...ORDINALS, ...RANK_ADJECTIVES]),
    ordinals: folded(ORDINALS),
    ordinalTens: folded(ORDINAL_TENS),
    compoundNameEnds: folded(COMPOUND_NAME_ENDS),
    kunyas: folded(KUNYA_PARTICLES),
    aliasWords: folded(ALIAS_WORDS),
    nationalPrepositions: folded(NATIONAL_PREPOSITIONS),
    womanNationalPrepositions: folded(WOMAN_NATIONAL_PREPOSITIONS),
    patronymics: folded(PATRONYMIC_PARTICLES),
    productHeads: folded(PRODUCT_HEADS),
    complementizers: folded(COMPLEMENTIZERS),
    statementNouns: folded(STATEMENT_NOUNS),
    addresseePronouns: folded(ADDRESSEE_PRONOUNS),
    audienceNouns: new Set([...folded(AUDIENCE_NOUNS), ...NAME_DESCRIPTORS.map((d) => foldKey(d.word))]),
    listIntroducers: new PhraseIndex(LIST_INTRODUCERS.map((phrase) => [phrase, true] as const)),
    adjunctPrepositions: folded(ADJUNCT_PREPOSITIONS),
    honorifics: new PhraseIndex(HONORIFIC_FORMULAS.map((phrase) => [phrase, true] as const)),
    latinLetters: folded(LATIN_LETTER_NAMES),
  }),
);
