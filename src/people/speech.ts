import { sameLine } from '../text/lines';
import { isPunctuation } from '../text/phrases';
import { COMMAS, hasLam, type Reader } from './reader';
import { titleAt } from './titles';

// و and a pronoun of the third person, as folded (the splitter leaves them whole): after a speaker's
// name and a comma they open a clause that says who the speaker is (، وهو مسؤول في الحزب، إن)
const DESCRIBING_PRONOUNS: ReadonlySet<string> = new Set(['وهو', 'وهي']);

/**
 * Whether what starts at token `at` carries on a report after its speaker: a complementizer (إن،
 * بأن), a colon, a comma and the speaker's title or a clause of who the speaker is (، وهي ناشطة), `في
 * بيان`, or a lam to an outlet (لوكالة، للصحفيين، لرويترز).
 */
export function introducesSpeech(reader: Reader, at: number): boolean {
  const { tokens, lex } = reader;
  const token = tokens[at];
  if (token === undefined || !sameLine(reader.stream, at - 1, at)) return false;
  if (isPunctuation(token, ':')) return true;
  // a comma and a title, or a clause that says who the speaker is (، وهي ناشطة حقوقية، أن)
  if (isPunctuation(token, COMMAS)) return titleAt(reader, at + 1) !== null || DESCRIBING_PRONOUNS.has(tokens[at + 1]?.norm ?? '');
  if (token.kind !== 'word') return false;
  if (lex.complementizers.has(token.norm)) return true;
  // a title in apposition with no comma before it, then what was said: قال عزيز أخنوش رئيس الحكومة إن
  const title = titleAt(reader, at);
  if (title !== null) {
    const after = tokens[title.next];
    return after !== undefined && after.kind === 'word' && lex.complementizers.has(after.norm) && sameLine(reader.stream, at, title.next);
  }
  const next = tokens[at + 1];
  if (token.norm === 'في') return next !== undefined && next.prefix === '' && lex.statementNouns.has(next.norm);
  const toOutlet = lex.audienceNouns.has(token.stem) || reader.claims[at]?.category === 'organizations';
  return hasLam(token) && toOutlet;
}
