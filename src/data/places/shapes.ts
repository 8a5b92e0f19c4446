// The shape of the places tables, declared here so that data imports no code; contracts/entity.ts
// re-exports it for the stages.

/**
 * What a place is: kinds a gazetteer entry or a trigger word can tell. country and territory: CLDR
 * regions; province: a first-level division (governorate, state, emirate); city: a capital, a
 * division's seat or a place of 100,000 people or more; town: a smaller place; district: part of a
 * city or a governorate's subdivision; region, continent, feature: hand-kept; street and square: a
 * city's street or square, named by its trigger word (شارع، ميدان، ساحة).
 */
export type PlaceKind = 'country' | 'territory' | 'province' | 'city' | 'town' | 'district' | 'region' | 'continent' | 'feature' | 'street' | 'square';
