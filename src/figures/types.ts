import type { FigureApprox } from '../data/figures/shapes';
import type { Mention } from '../contracts/mention';

/**
 * What a figure measures.
 * - `count`: a number of things (`4 آلاف شخص`), also a bare number.
 * - `money`: with a currency (`30 مليون دولار`, `$30`).
 * - `percent`: with `%`, `٪`, `بالمئة`, `في المائة`.
 * - `measure`: with a unit of length, area, mass, volume or power (`10 كيلومترات`, `5 أطنان`).
 * - `age`: a time unit where the sentence speaks of age (`تقل أعمارهم عن 55 سنة`, `(45 عاما)`).
 * - `duration`: any other time unit (`24 ساعة`, `ثلاث سنوات`).
 * - `vague`: a plural that names no number (`عشرات`, `مئات الآلاف`, `بضعة`); `value` is null.
 */
export type FigureKind = 'count' | 'money' | 'percent' | 'measure' | 'age' | 'duration' | 'vague';

// declared beside the qualifier tables, which import no code
export type { FigureApprox } from '../data/figures/shapes';

/**
 * A numeric quantity. `text` is the number with its multiplier words and its percent or currency
 * word (`4 آلاف`, `عشرات الآلاف`, `2.5 مليون`, `30 مليون دولار`, `20%`, `20 بالمئة`, `10` in `10 كيلومترات`),
 * without a conjunction or preposition on it (`وعشرات` → `عشرات`; the article stays: `والثلاثة` → `الثلاثة`),
 * a qualifier or the counted noun, which have fields of their own. Every field is plain JSON.
 */
export interface Figure extends Mention {
  /**
   * The number stated, negative below zero (`-3.5`, `سالب خمسة`, `درجتان تحت الصفر`). null for a vague quantity (`عشرات`, see `lowerBound`) and for a range, which
   * states two numbers (see `min` and `max`). The first end of a fall takes the multiplier written on the
   * second (7 in `من 7 إلى 5 ملايين` is 7000000; `text` is `7`).
   */
  value: number | null;
  /** What the figure measures (see FigureKind); absent when nothing in the text tells. */
  kind?: FigureKind;
  /** Set when a qualifier bounds the number (`أكثر من 90` → `more-than`). */
  approx?: FigureApprox;
  /** The qualifier as written, with its offsets (`ما لا يقل عن`, `على الأقل`). */
  qualifier?: Mention;
  /** The lower end of a range: `بين 5 و10`, `من 5 إلى 10`, `5-10`. A multiplier or unit after the second end applies to both (`بين 5 و10 آلاف` → 5000–10000). */
  min?: number;
  /** The upper end of a range (10 in `بين 5 و10`; 10000 in `بين 5 و10 آلاف`). */
  max?: number;
  /** For a vague quantity, the least it can mean: two of what the plural counts (`عشرات` → 20, `عشرات الآلاف` → 20000), three for `بضعة`. */
  lowerBound?: number;
  /**
   * `percent`; an ISO 4217 code (`USD`, `EGP`, `SAR`, also from `KWD` or `د.ك` as written); a measure symbol
   * (`km`, `km2`, `m`, `m2`, `m3`, `cm`, `mm`, `mi`, `ha`, `dunam`, `feddan`, `t`, `kg`, `g`, `mg`, `L`, `mL`, `bbl`,
   * `kW`, `MW`, `GW`, `kn`, `ozt` (a troy ounce: `أوقية` but in a Mauritanian story, where it is the ouguiya), `°C`,
   * `°F`, or `°` for degrees of no stated scale; a length's square or cube as written against it, `م2`, `كم²`,
   * `سم3`: `m2`, `km2`, `cm3`; a speed, a length per hour or second, `كم/ساعة`, `كلم في الساعة`, `م/ث`:
   * `km/h`, `km/h`, `m/s`); `Richter` for an earthquake's magnitude (`6.8 درجة على مقياس ريختر`); a time unit (`year`, `month`, `week`, `day`, `hour`, `minute`, `second`, `century`); or,
   * for a currency the text leaves ambiguous and whose article names no country that settles it, the word
   * itself (`ريال`, `دينار`, `درهم`, `جنيه`, `ليرة`); `سنتيم` for a sum in centimes, as Algeria and Morocco
   * count large ones (`300 مليون سنتيم`: value 3e8, a hundredth of the dinar or dirham, never converted), and
   * likewise `قرش` and `فلس` for a sum in piastres or fils alone (`35 قرشا`: value 35, unit `قرش`).
   *
   * A number whose unit the sentence writes once, on a figure beside it, takes that unit, which is then
   * neither in `text` nor in `unitSpan`: the first end of a fall (12.1 in `من 12.1 إلى 10.8 في المئة`), a sum,
   * share or measure compared with the one before it (4.2 مليار in `5 مليارات دولار مقابل 4.2 مليار`), a part of a
   * sum (`منها 20 مليونا`) and the next sum of a list (`و2 مليون`).
   */
  unit?: string;
  /**
   * A measure or time unit as written, with its offsets (`كيلومترات` in `10 كيلومترات`); percent and currency
   * words are inside `text`. It may stand before the number, which a definite number follows as an adjective
   * (`الساعات` in `الساعات الـ48 الماضية`: 48 hours).
   */
  unitSpan?: Mention;
  /**
   * What is counted, as written: `شخص` in `4 آلاف شخص`, `عربة نقل مصفحة`, `اللاجئين` in `عشرات الآلاف من اللاجئين`.
   * A definite cardinal follows what it counts, and takes the one definite word right before it:
   * `الأطفال` in `الأطفال الثلاثة` (see readCountedNounBefore).
   */
  noun?: string;
  /** The counted noun with its offsets. */
  nounSpan?: Mention;
}
