// Egyptian papers write a foreign g as ج where others write غ (جوهانسبرج، لاجوس، سانتياجو، بلجراد،
// بيونج يانج، جواتيمالا). The place generators give the world's countries and cities that spelling
// too, from their غ one.

/**
 * Countries whose own place names hold غ as a letter of their language (Arabic, Persian, Turkish,
 * Azeri): there غ is no foreign g (Iğdır's اغدير spelled with ج made Morocco's أجدير a Turkish province).
 */
export const GHAYN_IS_NATIVE = new Set('AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE IL IR AF PK TJ TR AZ'.split(' '));

/** A name as the gazetteer compares names: hamza and alef forms, ta marbuta and alef maksura folded. */
export const foldedName = (name) => name.replace(/[أإآٱ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي');

/**
 * The ج spellings of a place's names in `country`: each name with غ, five letters or more (shorter
 * ones meet Arabic words), its غ written ج, unless `taken` (folded names of every place) holds it.
 */
export function jeemSpellings(names, country, taken) {
  if (GHAYN_IS_NATIVE.has(country)) return [];
  return names
    .filter((name) => name.includes('غ') && name.replace(/ /g, '').length >= 5)
    .map((name) => name.replace(/غ/g, 'ج'))
    .filter((spelling) => !taken.has(foldedName(spelling)));
}
