import {
  FUTURE_VERB_STEMS,
  PARTICLES_TAKING_SUFFIX,
  WHOLE_WORDS_WITH_ARTICLE_LOOK,
  WHOLE_WORDS_WITH_PROCLITIC_LOOK,
} from '../lexicon/clitic-exceptions';
import { COUNTRY_NAMES_AR } from '../lexicon/countries.generated';
import { foldKey } from './fold-key';

/** A word split into proclitics, stem and enclitic pronoun; all three in normalized form. */
export interface CliticSplit {
  prefix: string;
  stem: string;
  suffix: string;
}

/**
 * What the splitter needs to know about the original letters, which folding hides:
 * whether the letter at a normalized index was a plain alef (the article's alef never carries hamza)
 * and whether the last letter was ة (a folded ة looks like the pronoun ه).
 */
export interface OriginalLetters {
  isPlainAlef(index: number): boolean;
  isTehMarbuta(index: number): boolean;
}

interface CliticLexicon {
  whole: ReadonlySet<string>;
  articleLook: ReadonlySet<string>;
  futureStems: ReadonlySet<string>;
  particles: ReadonlySet<string>;
}

let lexicon: CliticLexicon | undefined;

// Built on first use, not at import, so importing khabar stays cheap; never mutated afterwards.
function getLexicon(): CliticLexicon {
  if (lexicon) return lexicon;
  const whole = new Set(WHOLE_WORDS_WITH_PROCLITIC_LOOK.map(foldKey));
  for (const [, name] of COUNTRY_NAMES_AR) for (const word of name.split(' ')) whole.add(foldKey(word));
  lexicon = {
    whole,
    articleLook: new Set(WHOLE_WORDS_WITH_ARTICLE_LOOK.map(foldKey)),
    futureStems: new Set(FUTURE_VERB_STEMS.map(foldKey)),
    particles: new Set(PARTICLES_TAKING_SUFFIX.map(foldKey)),
  };
  return lexicon;
}

const CONJUNCTIONS = 'وف';
const PREPOSITIONS = 'بلك';
const IMPERFECT_PREFIXES = 'يتنا';
const LONG_VOWELS = 'اوي';
// Longest first, so هما wins over هم and ها.
const PRONOUN_SUFFIXES = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا', 'ه'] as const;

/**
 * Splits a normalized Arabic word into proclitics (و ف، ب ل ك، س، ال، لل), stem and enclitic pronoun
 * (ه ها هم هما هن كم كن كما نا). Conservative: when in doubt the word stays whole. Rules, in order:
 * - a known whole word (lexicon, country names) is never split;
 * - a proclitic is removed only if at least three letters remain, or the remainder is a known word
 *   or starts with the article;
 * - the article ال is removed only when its alef was written plain (آلاف, ألف, إلى are not ال+…);
 * - a pronoun is removed only from a word without the article (Arabic never has both), from a stem of
 *   three letters or more that does not end in a long vowel (كورونا، تراكم stay whole), or from a
 *   listed particle (منها، عليه); ي is never split (it is too often a nisba ending).
 */
export function splitClitics(word: string, letters: OriginalLetters): CliticSplit {
  const lex = getLexicon();
  let at = 0;
  const rest = (): string => word.slice(at);
  const known = (s: string): boolean => isKnownWord(s, lex);

  if (!known(word)) {
    if (CONJUNCTIONS.includes(word[0] ?? '') && canStripProclitic(word.slice(1), word, lex)) at = 1;

    let r = rest();
    if (!known(r)) {
      if (r.startsWith('لل') && r.length >= 4) {
        // ل + ال fused: للجنود. If the stem itself starts with ل (ل + اللجنة → للجنة) keep that lam.
        at += isKnownWord(r.slice(1), lex) ? 1 : 2;
      } else if (PREPOSITIONS.includes(r[0] ?? '') && canStripProclitic(r.slice(1), r, lex)) {
        at += 1;
      } else if (r[0] === 'س' && IMPERFECT_PREFIXES.includes(r[1] ?? '') && lex.futureStems.has(r.slice(1))) {
        at += 1;
      }
      r = rest();
      if (
        r.startsWith('ال') &&
        r.length >= 4 &&
        letters.isPlainAlef(at) &&
        !lex.articleLook.has(r) &&
        !lex.whole.has(r)
      ) {
        at += 2;
      }
    }
  }

  const prefix = word.slice(0, at);
  let stem = word.slice(at);
  let suffix = '';
  const definite = prefix.endsWith('ال') || prefix.endsWith('لل');
  if (!definite && !lex.whole.has(stem) && !lex.articleLook.has(stem) && !lex.futureStems.has(stem)) {
    for (const s of PRONOUN_SUFFIXES) {
      if (!stem.endsWith(s) || stem.length <= s.length) continue;
      const base = stem.slice(0, -s.length);
      if (s === 'ه' && letters.isTehMarbuta(word.length - 1)) break;
      const isParticle = lex.particles.has(base);
      if (isParticle || (base.length >= 3 && !LONG_VOWELS.includes(base[base.length - 1]!))) {
        stem = base;
        suffix = s;
      }
      break;
    }
  }
  return { prefix, stem, suffix };
}

/** A listed word, alone or with a pronoun (بلادهم), or a particle with a pronoun (كلها، بينهما، لديكما). */
function isKnownWord(s: string, lex: CliticLexicon): boolean {
  if (lex.whole.has(s) || lex.articleLook.has(s) || lex.futureStems.has(s)) return true;
  for (const suffix of PRONOUN_SUFFIXES) {
    if (s.length > suffix.length && s.endsWith(suffix)) {
      const base = s.slice(0, -suffix.length);
      if (lex.whole.has(base) || lex.particles.has(base)) return true;
    }
  }
  return false;
}

function canStripProclitic(remainder: string, word: string, lex: CliticLexicon): boolean {
  if (isKnownWord(word, lex)) return false;
  if (isKnownWord(remainder, lex)) return true;
  if (remainder.startsWith('ال') && remainder.length >= 4) return true;
  return remainder.length >= 3;
}
