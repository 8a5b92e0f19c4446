// The shapes of the organization tables, declared here so that data imports no code; contracts/entity.ts
// re-exports OrganizationKind for the stages and the output contract.

/** What kind of body an organization is (the `kind` of an organization entity). */
export type OrganizationKind =
  | 'ministry'
  | 'presidency'
  | 'international'
  | 'alliance'
  | 'party'
  | 'company'
  | 'agency'
  | 'media'
  | 'government'
  | 'military'
  | 'court'
  | 'parliament'
  | 'sports'
  | 'other';

/** A named body the lexicon knows: every name news gives it shares its `id`. */
export interface KnownOrganization {
  /**
   * The entity key. A state body known by a seat or a brand (الكرملين، البنتاغون، أرمنبريس) uses its
   * national body's key, `presidency:RU`, so that it is one entity with `الرئاسة الروسية`.
   */
  id: string;
  kind: OrganizationKind;
  /**
   * Every name, the canonical one first: the full name news writes (`حلف شمال الأطلسي`). A state's
   * body keyed as a national body gives no canonical name: the article's fullest mention names it
   * (`الرئاسة الروسية` rather than `الكرملين`).
   */
  names: readonly string[];
  /**
   * Those of `names` that are also common words or places (الجزيرة، العربية، حماس = zeal, روسيا اليوم
   * = "Russia, today"): taken right after a word such as قناة or موقع, between quotes, or anywhere
   * in an article that names the body unambiguously once (`حركة حماس … قالت حماس`). A one-word name
   * that open data holds as a word of people's names is one of these (فاغنر، فيتش: a surname after a
   * given name, رئيسة الجمعية كريستينا فاغنر); a test keeps the list so.
   */
  contextual?: readonly string[];
  /** ISO 3166-1 alpha-2 code of the state the body belongs to, when it belongs to one. */
  nationality?: string;
}

/**
 * A body every state has (its government, its defence ministry, its army): named by a generic name
 * plus the country, as a nisba (`الحكومة الأرمينية`), `في` + country (`مجلس الأمن في أرمينيا`), or a
 * country name inside the name (`حكومة أرمينيا`, `وكالة السودان للأنباء`).
 */
export interface NationalBody {
  /** Key stem: the entity key is `id:CC` once the country is known (`ministry:defense:RU`). */
  id: string;
  kind: OrganizationKind;
  /** Definite names that need a country: alone they are anaphora (`الحكومة` = whichever one the text means). */
  names: readonly string[];
  /** Definite names that are a body's name even without a country (`مجلس الوزراء`, `وزارة الدفاع`). */
  standaloneNames?: readonly string[];
  /**
   * Short names that stand for the body only with a feminine nisba, the agreement of the unwritten
   * وزارة: `الخارجية الروسية` is the ministry, `وزير الخارجية الروسي` is not.
   */
  shortNames?: readonly string[];
  /** Names written around a country name: `{country}` marks where (`وزارة خارجية {country}`). */
  aroundCountry?: readonly string[];
  /** Whether `في` + country names the body's state (`الحكومة في أرمينيا`); not for armies or teams, which travel. */
  locatedByIn: boolean;
  /** The head is feminine without ة or ات, so its nisba is too (`دار الإفتاء المصرية`). */
  feminine?: boolean;
}

/** A ministry's field, from which its national body is built (`وزارة الدفاع`, `وزارة دفاع {country}`, `الدفاع`). */
export interface MinistryDomain {
  id: string;
  /** Definite forms after وزارة; the first is also the short name when `short` is set. */
  names: readonly string[];
  /** Indefinite forms for the construct with a country (`وزارة خارجية أرمينيا`). */
  construct: readonly string[];
  /** Whether the bare field with a feminine nisba names the ministry (`الخارجية الروسية`). */
  short: boolean;
}

/**
 * An indefinite head noun that opens an organization's name (حزب، منظمة، وزارة). `complement` says
 * what may follow: `words` = a definite noun phrase (`حزب العدالة والتنمية`) or a quoted name;
 * `namesake` = only a person's title and name and adjectives, no purpose (`مستشفى الملك فيصل
 * التخصصي`; `… للعلاج` says why one goes there), or a quoted name (a hospital's other complements are
 * what it treats, `مستشفى الأطفال`); `quoted` = only a quoted name
 * (حركة and جبهة also mean movement and front line).
 */
export interface OrganizationHead {
  head: string;
  kind: OrganizationKind;
  complement: 'words' | 'namesake' | 'quoted';
  /** The fewest words the noun phrase needs: `لجنة التحقيق` is a task, `لجنة الانتخابات المركزية` a body. */
  minWords: number;
  /** Definite words that make a name alone, whatever minWords says (`محكمة النقض`, `محكمة الجنايات`). */
  namingWords?: readonly string[];
  /**
   * A place's name may follow as the body's name (`جامعة دمشق`, `بنك قطر الوطني`, `نادي برشلونة`),
   * or a noun in construct with one (`شركة موانئ دبي`; not after a club's head): the place is part of
   * the body's name, not a place mention.
   */
  takesPlaceName?: boolean;
  /**
   * The head names what a body has, not a body (its forces): before a name the lexicon knows, that
   * body is the mention (`قوات الاتحاد الأفريقي` → `الاتحاد الأفريقي`, as `قوات الناتو` → `الناتو`).
   */
  possessedByKnown?: boolean;
  /** A `words` head that also takes a person's title and name (`جامعة الملك سعود`), as `namesake` heads do. */
  takesNamesake?: boolean;
  /** The head opens a club's name: the key is the name alone (`club:الوداد`), found again bare later in the article. */
  namesClub?: boolean;
  /**
   * Naming words without the article, which name the body in construct with a place or a definite
   * noun after them (`محكمة جنايات القاهرة`).
   */
  constructWords?: readonly string[];
}

/** A word that introduces an organization's name without being part of it (`موقع روسيا اليوم`). */
export interface NameDescriptor {
  word: string;
  kind: OrganizationKind;
}
