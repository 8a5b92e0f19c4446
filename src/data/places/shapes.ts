// The shape of the places tables, declared here so that data imports no code; contracts/entity.ts
// re-exports it for the stages.

/** What a place is: kinds a gazetteer entry or a trigger word can tell. */
export type PlaceKind = 'country' | 'territory' | 'city' | 'region' | 'continent' | 'feature';
