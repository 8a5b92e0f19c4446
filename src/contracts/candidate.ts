import type { EntityCategory, Evidence, OrganizationKind, PlaceKind } from './entity';
import type { EveryField } from './every-field';

/**
 * A span a recognizer proposes as a person, place or organization. The resolver settles overlaps
 * between candidates and merges those that name the same thing into one entity.
 */
export interface EntityCandidate {
  category: EntityCategory;
  /** Original offsets of the mention, without attached proclitics (و، ب، ل …). */
  start: number;
  end: number;
  /** Token indexes: the first token of the mention and the one after its last. */
  firstToken: number;
  nextToken: number;
  /**
   * Candidates with the same category and key are one entity: a gazetteer id (`AM`, `city:Asia/Baku`),
   * an organization's lexicon id, or for people a name skeleton the people merger refines.
   */
  key: string;
  /** The canonical name when a lexicon knows the entity (CLDR's `أرمينيا`); otherwise the fullest mention names it. */
  canonical?: string;
  /** Places: a PlaceKind; organizations: an OrganizationKind. */
  kind?: PlaceKind | OrganizationKind;
  countryCode?: string;
  nationality?: string;
  titles?: string[];
  /**
   * What found the span, when its strength does not say it: `layout` for a byline's or credit line's
   * name, `model` for the model's spans. Absent: see evidenceOf.
   */
  evidence?: Evidence;
  /**
   * A person read from the word after a title or a given name, which an ordinary word fits as well
   * (`الفريق جاهز`, `علي مطالب` with علي for على): the entity model may set it aside.
   */
  questionable?: boolean;
  /** Evidence strength: a lexicon entry (3) beats a trigger pattern (2) beats a contextual guess (1) when spans overlap. */
  strength: 1 | 2 | 3;
}

/**
 * A candidate with every field present, in one order, absent ones `undefined`; recognizers make
 * candidates, and copies with a field changed, through it. Candidates then share one hidden class:
 * literals with different optional fields, or fields added after creation, gave V8 a map per
 * recognizer, and optimized code reading candidates (merging people, settling overlaps, building
 * entities) was thrown away when another map reached it (session 7: deopts in a fresh process's first
 * pass over the bench's articles 69–71 → 57–61 with the guarded letter reads of word-shapes; its
 * wall time within noise).
 */
export function entityCandidate(fields: EntityCandidate): EntityCandidate {
  const candidate: EveryField<EntityCandidate> = {
    category: fields.category,
    start: fields.start,
    end: fields.end,
    firstToken: fields.firstToken,
    nextToken: fields.nextToken,
    key: fields.key,
    canonical: fields.canonical,
    kind: fields.kind,
    countryCode: fields.countryCode,
    nationality: fields.nationality,
    titles: fields.titles,
    evidence: fields.evidence,
    questionable: fields.questionable,
    strength: fields.strength,
  };
  return candidate;
}

/** What found a candidate: as it says, else a lexicon entry for a place or organization of strength 3, else a pattern. */
export function evidenceOf(candidate: EntityCandidate): Evidence {
  if (candidate.evidence) return candidate.evidence;
  return candidate.strength === 3 && candidate.category !== 'people' ? 'lexicon' : 'pattern';
}
