// News that repeats nothing, for the bench's headline rows and the identity check: the ANERcorp
// training text (../shared/data, read at run time and never copied into the repository) rebuilt as
// running text — tokens joined by spaces, a line break after each sentence — and cut at line ends
// into articles of about 2,500 characters, the size of a news story. Where ../shared is absent, the
// seed articles (fixtures) stand in, and `source` says so.
import { existsSync, readFileSync } from 'node:fs';
import { seeds } from './corpus.mjs';

const ANERCORP = new URL('../../shared/data/ner/anercorp/train.txt', import.meta.url).pathname;
const ARTICLE_CHARS = 2500;

/** ANERcorp's CoNLL lines (`token TAG`, blank line between sentences) as one line per sentence. */
function sentencesOf(conll) {
  const sentences = [];
  let words = [];
  for (const line of conll.split('\n')) {
    const token = line.trim().split(/\s+/)[0];
    if (token) words.push(token);
    else if (words.length) {
      sentences.push(words.join(' '));
      words = [];
    }
  }
  if (words.length) sentences.push(words.join(' '));
  return sentences;
}

/** Lines grouped, in order, into articles, each cut at the first line end past `size` characters. */
function articlesOf(lines, size = ARTICLE_CHARS) {
  const articles = [];
  let current = [];
  let chars = 0;
  for (const line of lines) {
    current.push(line);
    chars += line.length + 1;
    if (chars >= size) {
      articles.push(articleText(current));
      current = [];
      chars = 0;
    }
  }
  if (current.length) articles.push(articleText(current));
  return articles;
}

/**
 * The lines as one article, each ended by a line break, in one flat string as a file read or a JSON
 * parse gives it: `join('\n') + '\n'` made a concatenation V8 keeps as two parts, through which
 * every character khabar read took one more step (a pass over the articles ran 7-8% slower), while
 * wink-nlp, given the text after a replace, read a flat copy.
 */
function articleText(lines) {
  return [...lines, ''].join('\n');
}

/** { articles, source, bytes }: the unique articles and where they come from. */
export function uniqueArticles() {
  const fromCorpus = existsSync(ANERCORP);
  const articles = fromCorpus ? articlesOf(sentencesOf(readFileSync(ANERCORP, 'utf8'))) : seeds;
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a), 0);
  const source = fromCorpus
    ? `ANERcorp training text (../shared/data/ner/anercorp/train.txt), ${articles.length} articles of ~${ARTICLE_CHARS} characters`
    : `../shared/data/ner/anercorp/train.txt not found: the ${articles.length} seed articles (fixtures) instead`;
  return { articles, source, bytes, fromCorpus };
}
