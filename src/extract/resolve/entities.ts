import type { Mention } from '../../contracts/mention';
import { evidenceOf, type EntityCandidate } from '../../contracts/candidate';
import type { EntityCategory, EntityOf, Evidence, OrganizationKind, PlaceKind } from '../../contracts/entity';

/**
 * Keeps the candidates that do not overlap a better one. Evidence from a lexicon or a pattern
 * (strength 2–3) comes before a contextual guess (1); among those, the longer span wins, so an
 * organization keeps the place inside its name (`منظمة الأمن والتعاون في أوروبا`) and a media name
 * its country (`روسيا اليوم`); then the stronger, then the earlier; over the same words, an
 * organization before a place: the organizations' readings of a name that is also a place's need a
 * context of their own (`« الشرق الأوسط »`, `قناة الجزيرة`). Returned in text order.
 */
export function settleOverlaps(candidates: readonly EntityCandidate[]): EntityCandidate[] {
  // candidates are made of whole tokens, so two overlap exactly when they share a token; most share
  // none, and only each run of overlapping ones needs ranking (a run's choice cannot touch another's)
  const inOrder = [...candidates].sort((a, b) => a.firstToken - b.firstToken);
  const kept: EntityCandidate[] = [];
  let from = 0;
  while (from < inOrder.length) {
    let reach = inOrder[from]!.nextToken;
    let to = from + 1;
    for (; to < inOrder.length && inOrder[to]!.firstToken < reach; to++) reach = Math.max(reach, inOrder[to]!.nextToken);
    if (to - from === 1) kept.push(inOrder[from]!);
    else for (const candidate of settleRun(inOrder.slice(from, to))) kept.push(candidate);
    from = to;
  }
  return kept;
}

/** The best of candidates that overlap in a chain, greedily in rank order, returned in text order. */
function settleRun(run: EntityCandidate[]): EntityCandidate[] {
  run.sort(
    (a, b) =>
      Number(b.strength > 1) - Number(a.strength > 1) ||
      b.end - b.start - (a.end - a.start) ||
      b.strength - a.strength ||
      a.start - b.start ||
      Number(b.category === 'organizations') - Number(a.category === 'organizations'),
  );
  const kept: EntityCandidate[] = [];
  for (const candidate of run) {
    if (kept.some((k) => k.firstToken < candidate.nextToken && candidate.firstToken < k.nextToken)) continue;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const ID_PREFIX: Readonly<Record<EntityCategory, string>> = { people: 'person', places: 'place', organizations: 'organization' };

/** The first value a group's candidates give a field, if any. */
const firstOf = <K extends keyof EntityCandidate>(group: readonly EntityCandidate[], field: K): EntityCandidate[K] | undefined =>
  group.find((c) => c[field])?.[field];

/**
 * The fields only some categories have, each entity taking only its own category's: a person has
 * titles and a nationality, a place a kind and a country, an organization a kind and a nationality.
 * The recognizers of a category give only that category's kinds (places PlaceKind, organizations
 * OrganizationKind), hence the casts.
 */
const ADD_FIELDS: { [C in EntityCategory]: (entity: EntityOf[C], group: readonly EntityCandidate[]) => void } = {
  people(person, group) {
    const titles = [...new Set(group.flatMap((c) => c.titles ?? []))];
    if (titles.length > 0) person.titles = titles;
    const nationality = firstOf(group, 'nationality');
    if (nationality) person.nationality = nationality;
  },
  places(place, group) {
    const kind = firstOf(group, 'kind');
    if (kind) place.kind = kind as PlaceKind;
    const countryCode = firstOf(group, 'countryCode');
    if (countryCode) place.countryCode = countryCode;
  },
  organizations(organization, group) {
    const kind = firstOf(group, 'kind');
    if (kind) organization.kind = kind as OrganizationKind;
    const nationality = firstOf(group, 'nationality');
    if (nationality) organization.nationality = nationality;
  },
};

const EVIDENCE_ORDER: readonly Evidence[] = ['lexicon', 'pattern', 'layout', 'model'];

/**
 * Groups settled candidates into entities: same category and key, one entity. Entities are ordered by
 * first mention and numbered in that order, so the same text always gives the same ids.
 */
export function buildEntities<C extends EntityCategory>(source: string, settled: readonly EntityCandidate[], category: C): EntityOf[C][] {
  const groups = new Map<string, EntityCandidate[]>();
  for (const candidate of settled) {
    if (candidate.category !== category) continue;
    const group = groups.get(candidate.key);
    if (group) group.push(candidate);
    else groups.set(candidate.key, [candidate]);
  }
  const entities: EntityOf[C][] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => a.start - b.start);
    const mentions: Mention[] = group.map((c) => ({ text: source.slice(c.start, c.end), start: c.start, end: c.end }));
    const entity = { id: '', name: canonicalName(group, mentions), mentions } as EntityOf[C];
    ADD_FIELDS[category](entity, group);
    entity.evidence = EVIDENCE_ORDER.filter((kind) => group.some((c) => evidenceOf(c) === kind));
    entities.push(entity);
  }
  entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  entities.forEach((entity, k) => (entity.id = `${ID_PREFIX[category]}-${k + 1}`));
  return entities;
}

/** The lexicon's canonical name if there is one, else the fullest mention: most words, then longest, then first. */
function canonicalName(group: readonly EntityCandidate[], mentions: readonly Mention[]): string {
  const canonical = group.find((c) => c.canonical)?.canonical;
  if (canonical) return canonical;
  let best = 0;
  for (let k = 1; k < group.length; k++) {
    const words = (c: EntityCandidate) => c.nextToken - c.firstToken;
    const [a, b] = [group[k]!, group[best]!];
    if (words(a) > words(b) || (words(a) === words(b) && mentions[k]!.text.length > mentions[best]!.text.length)) best = k;
  }
  return mentions[best]!.text;
}
