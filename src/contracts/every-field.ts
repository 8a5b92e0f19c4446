/**
 * T with every field present, its optional ones as `T[K] | undefined`. A factory that gives objects one
 * hidden class by writing out every field (entityCandidate, the organization tables) builds a literal
 * of this type, so that a field added to T later fails to compile there instead of being dropped.
 */
export type EveryField<T> = { [K in keyof Required<T>]: {} extends Pick<T, K> ? T[K] | undefined : T[K] };
