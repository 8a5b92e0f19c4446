// The hand-kept part of the places gazetteer: what CLDR (src/data/places/places.generated.ts) lacks.
// Each entry is a plain fact (a name, the country it is in). Spellings that differ only by hamza or
// alef form, ta marbuta, alef maksura or diacritics are one key after folding: list one of them.
import type { PlaceKind } from './shapes';

/** Other names news uses for a country or territory: [CLDR code, names]. */
export const COUNTRY_VARIANTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['US', ['أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية']],
  ['GB', ['بريطانيا', 'بريطانيا العظمى']],
  ['AE', ['الإمارات']],
  ['SA', ['السعودية']],
  ['PS', ['فلسطين', 'الأراضي الفلسطينية المحتلة']],
  ['SY', ['سورية', 'الجمهورية العربية السورية']],
  ['EG', ['جمهورية مصر العربية']],
  ['MA', ['المملكة المغربية']],
  ['JO', ['المملكة الأردنية الهاشمية']],
  ['RU', ['روسيا الاتحادية', 'الاتحاد الروسي']],
  ['BY', ['بيلاروسيا', 'روسيا البيضاء']],
  ['MD', ['مولدافيا']],
  ['MK', ['مقدونيا', 'شمال مقدونيا']],
  ['CZ', ['تشيكيا']],
  ['SZ', ['سوازيلاند']],
  ['CI', ['كوت ديفوار']],
  ['CV', ['كاب فيردي']],
  ['DK', ['الدنمارك', 'الدانمارك', 'الدنمرك']],
  ['HU', ['المجر']],
  ['TL', ['تيمور الشرقية', 'تيمور ليشتي']],
  // Plain الكونغو is either country; the recognizer settles it from the article (see readings.ts).
  ['CD', ['الكونغو الديمقراطية', 'الكونغو']],
  ['CG', ['الكونغو برازافيل', 'الكونغو']],
  ['CF', ['أفريقيا الوسطى']],
  ['DO', ['الدومينيكان']],
  ['HK', ['هونغ كونغ', 'هونج كونج']],
  ['MO', ['ماكاو']],
  ['MT', ['مالطة']],
  ['MV', ['المالديف']],
  ['NZ', ['نيوزيلاندا']],
  ['BD', ['بنغلادش']],
  ['KG', ['قرغيزستان', 'قيرغيزيا', 'قرغيزيا']],
  ['TJ', ['طاجكستان']],
  ['TM', ['تركمنستان']],
  ['BA', ['البوسنة']],
  ['PH', ['الفيليبين']],
  ['AQ', ['القارة القطبية الجنوبية']],
  ['MW', ['مالاوي']],
  ['LK', ['سيريلانكا']],
  ['PE', ['البيرو']],
  ['UY', ['الأوروغواي', 'أوروغواي', 'أوروجواي', 'الأوروجواي']],
  ['PY', ['الباراغواي', 'الباراجواي']],
  // other spellings common in news (the ج spelling of a foreign g is generated: jeem-spellings.mjs)
  ['TH', ['تايلند']],
  ['EC', ['إكوادور']],
  ['NP', ['النيبال']],
  ['KH', ['كامبوديا']],
  ['TG', ['التوغو']],
  ['BF', ['بوركينافاسو']],
  ['MZ', ['موزامبيق']],
  ['PK', ['الباكستان']],
  // the Caucasus', Central Asia's, the Balkans' and the Americas' countries as news also spells them
  ['KZ', ['قازاقستان']],
  ['ME', ['مونتينيغرو']],
  ['HN', ['الهندوراس']],
  ['BS', ['الباهاما', 'البهاما']],
  ['GY', ['غويانا']],
];

/** Other spellings of CLDR's exemplar cities: [IANA time zone, names]. */
export const CITY_VARIANTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Africa/Mogadishu', ['مقديشو']],
  // capitals' spellings no open list has (GeoNames and cities500 give one each), common in news
  ['Africa/Asmera', ['أسمرا']],
  ['Africa/Bangui', ['بانغي']],
  ['Africa/Bujumbura', ['بوجمبورا']],
  ['America/Caracas', ['كراكاس']],
  ['America/Montevideo', ['مونتيفيديو']],
  ['Asia/Vientiane', ['فينتيان']],
  ['Africa/Ndjamena', ['إنجامينا']],
  ['Africa/Johannesburg', ['جوهانسبورغ']],
  ['America/Buenos_Aires', ['بوينس آيرس']],
  ['America/Los_Angeles', ['لوس أنجليس']],
  ['America/Mexico_City', ['مكسيكو']],
  ['America/Toronto', ['تورنتو']],
  ['Asia/Almaty', ['ألما آتا']],
  ['Asia/Bishkek', ['بيشكيك']],
  ['Asia/Calcutta', ['كلكتا', 'كولكاتا']],
  ['Asia/Dhaka', ['داكا']],
  ['Asia/Dushanbe', ['دوشنبه']],
  ['Asia/Kuala_Lumpur', ['كوالالمبور']],
  ['Asia/Pyongyang', ['بيونغيانغ']],
  ['Asia/Rangoon', ['يانغون']],
  ['Asia/Saigon', ['هو تشي منه', 'سايغون']],
  ['Asia/Shanghai', ['شانغهاي']],
  ['Asia/Taipei', ['تايبه']],
  ['Asia/Ulaanbaatar', ['أولان باتور']],
  ['Asia/Vladivostok', ['فلاديفوستوك']],
  ['Asia/Yekaterinburg', ['يكاترينبورغ']],
  ['Australia/Melbourne', ['ملبورن']],
  ['Europe/Chisinau', ['كيشيناو']],
  ['Europe/Copenhagen', ['كوبنهاجن']],
  // and by its historical name, which news on the city's history and its churches writes
  ['Europe/Istanbul', ['استانبول', 'القسطنطينية']],
  ['Europe/Kaliningrad', ['كالينينغراد']],
  ['Europe/Volgograd', ['فولغوغراد']],
  ['Europe/Zurich', ['زيوريخ']],
  // Australia's cities as news writes them (CLDR's exemplars are برسيبان, برثا, أديليد)
  ['Australia/Brisbane', ['بريسبان', 'بريزبن', 'برزبن']],
  ['Australia/Perth', ['بيرث']],
  ['Australia/Adelaide', ['أديلايد']],
  ['Asia/Ashgabat', ['أشغابات', 'عشق أباد']],
  ['Africa/Mbabane', ['مبابان']],
];

/** Capitals and major cities news names that CLDR has no time zone for: [id, ISO code, names]. */
export const MORE_CITIES: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['abu-dhabi', 'AE', ['أبوظبي', 'أبو ظبي']],
  ['sharjah', 'AE', ['الشارقة']],
  ['ankara', 'TR', ['أنقرة']],
  ['izmir', 'TR', ['إزمير']],
  ['islamabad', 'PK', ['إسلام آباد']],
  ['lahore', 'PK', ['لاهور']],
  ['washington', 'US', ['واشنطن']],
  ['san-francisco', 'US', ['سان فرانسيسكو']],
  ['new-delhi', 'IN', ['نيودلهي', 'نيو دلهي']],
  ['mumbai', 'IN', ['مومباي']],
  ['beijing', 'CN', ['بكين']],
  ['manama', 'BH', ['المنامة']],
  ['doha', 'QA', ['الدوحة']],
  ['sanaa', 'YE', ['صنعاء']],
  ['taiz', 'YE', ['تعز']],
  ['hodeidah', 'YE', ['الحديدة']],
  ['marib', 'YE', ['مأرب']],
  ['rabat', 'MA', ['الرباط']],
  ['marrakesh', 'MA', ['مراكش']],
  ['tangier', 'MA', ['طنجة']],
  ['tel-aviv', 'IL', ['تل أبيب']],
  ['haifa', 'IL', ['حيفا']],
  ['ramallah', 'PS', ['رام الله']],
  ['nablus', 'PS', ['نابلس']],
  ['jenin', 'PS', ['جنين']],
  ['rafah', 'PS', ['رفح']],
  ['khan-yunis', 'PS', ['خان يونس']],
  ['bethlehem', 'PS', ['بيت لحم']],
  ['jericho', 'PS', ['أريحا']],
  ['aleppo', 'SY', ['حلب']],
  ['homs', 'SY', ['حمص']],
  ['hama', 'SY', ['حماة']],
  ['latakia', 'SY', ['اللاذقية']],
  ['idlib', 'SY', ['إدلب']],
  ['raqqa', 'SY', ['الرقة']],
  ['deir-ez-zor', 'SY', ['دير الزور']],
  ['daraa', 'SY', ['درعا']],
  ['mosul', 'IQ', ['الموصل']],
  ['basra', 'IQ', ['البصرة']],
  ['erbil', 'IQ', ['أربيل']],
  ['kirkuk', 'IQ', ['كركوك']],
  ['najaf', 'IQ', ['النجف']],
  ['karbala', 'IQ', ['كربلاء']],
  ['fallujah', 'IQ', ['الفلوجة']],
  // towns and Baghdad's districts that Iraq's war and election news names, which GeoNames lists too small
  // or not at all to be read bare (الحويجة and القائم needed their country beside them)
  ['hawija', 'IQ', ['الحويجة']],
  ['shirqat', 'IQ', ['الشرقاط']],
  ['tarmiyah', 'IQ', ['الطارمية']],
  ['al-qaim', 'IQ', ['القائم']],
  ['kadhimiya', 'IQ', ['الكاظمية']],
  ['adhamiyah', 'IQ', ['الأعظمية']],
  ['sadr-city', 'IQ', ['مدينة الصدر']],
  ['jurf-al-sakhar', 'IQ', ['جرف الصخر', 'جرف النصر']],
  ['khor-al-zubair', 'IQ', ['خور الزبير']],
  ['dujail', 'IQ', ['الدجيل']],
  ['alexandria', 'EG', ['الإسكندرية']],
  ['giza', 'EG', ['الجيزة']],
  ['aswan', 'EG', ['أسوان']],
  ['luxor', 'EG', ['الأقصر']],
  ['port-said', 'EG', ['بورسعيد', 'بور سعيد']],
  ['suez', 'EG', ['السويس']],
  ['jeddah', 'SA', ['جدة']],
  ['mecca', 'SA', ['مكة المكرمة', 'مكة']],
  ['medina', 'SA', ['المدينة المنورة']],
  ['dammam', 'SA', ['الدمام']],
  ['benghazi', 'LY', ['بنغازي']],
  ['misrata', 'LY', ['مصراتة']],
  ['tripoli-lebanon', 'LB', ['طرابلس']],
  ['sidon', 'LB', ['صيدا']],
  ['oran', 'DZ', ['وهران']],
  ['constantine', 'DZ', ['قسنطينة']],
  ['sfax', 'TN', ['صفاقس']],
  ['sousse', 'TN', ['سوسة']],
  ['omdurman', 'SD', ['أم درمان']],
  ['port-sudan', 'SD', ['بورتسودان']],
  ['el-fasher', 'SD', ['الفاشر']],
  ['nyala', 'SD', ['نيالا']],
  // cities of 100,000 or more whose Arabic name GeoNames lacks or garbles (الأبي for El Obeid, ربك
  // for Kosti) or whose population it gives as 0 (Qamishli)
  ['el-obeid', 'SD', ['الأبيض']],
  ['kosti', 'SD', ['كوستي']],
  ['sennar', 'SD', ['سنار']],
  ['qamishli', 'SY', ['القامشلي']],
  ['seiyun', 'YE', ['سيئون']],
  ['tarhuna', 'LY', ['ترهونة']],
  // Somalia's cities of 100,000 or more that GeoNames gives no Arabic name (Galkayo only as جالكعيو)
  ['hargeisa', 'SO', ['هرجيسا', 'هرجيسة']],
  ['kismayo', 'SO', ['كيسمايو', 'كسمايو']],
  ['beledweyne', 'SO', ['بلدوين']],
  ['galkayo', 'SO', ['غالكعيو', 'جالكعيو']],
  ['garowe', 'SO', ['غروي', 'جاروي', 'غاروي']],
  ['dhusamareb', 'SO', ['دوسامريب']],
  ['jowhar', 'SO', ['جوهر']],
  ['garissa', 'KE', ['غاريسا', 'جاريسا']],
  ['isfahan', 'IR', ['أصفهان']],
  ['tabriz', 'IR', ['تبريز']],
  ['kandahar', 'AF', ['قندهار']],
  ['kharkiv', 'UA', ['خاركيف']],
  ['odesa', 'UA', ['أوديسا']],
  ['mariupol', 'UA', ['ماريوبول']],
  ['kherson', 'UA', ['خيرسون']],
  ['donetsk', 'UA', ['دونيتسك']],
  ['saint-petersburg', 'RU', ['سانت بطرسبرغ', 'سان بطرسبرغ', 'سانت بطرسبورغ']],
  ['sochi', 'RU', ['سوتشي']],
  ['geneva', 'CH', ['جنيف']],
  ['bern', 'CH', ['برن']],
  ['munich', 'DE', ['ميونخ']],
  ['frankfurt', 'DE', ['فرانكفورت']],
  ['hamburg', 'DE', ['هامبورغ']],
  ['milan', 'IT', ['ميلانو']],
  ['barcelona', 'ES', ['برشلونة']],
  // بلنسية is Spain's Valencia by its Andalusian name, which GeoNames also gives Venezuela's, more
  // populous; فالنسيا is how sport news writes the Spanish city and its club
  ['valencia', 'ES', ['بلنسية', 'فالنسيا']],
  ['marseille', 'FR', ['مرسيليا']],
  ['strasbourg', 'FR', ['ستراسبورغ']],
  ['the-hague', 'NL', ['لاهاي']],
  ['ottawa', 'CA', ['أوتاوا']],
  ['montreal', 'CA', ['مونتريال']],
  ['astana', 'KZ', ['أستانا', 'نور سلطان']],
  ['pristina', 'XK', ['بريشتينا']],
  ['valletta', 'MT', ['فاليتا']],
  ['canberra', 'AU', ['كانبرا', 'كانبيرا']],
  ['brasilia', 'BR', ['برازيليا']],
  ['rio-de-janeiro', 'BR', ['ريو دي جانيرو']],
  ['abuja', 'NG', ['أبوجا']],
  ['pretoria', 'ZA', ['بريتوريا']],
  ['cape-town', 'ZA', ['كيب تاون']],
  ['quito', 'EC', ['كيتو']],
  ['hanoi', 'VN', ['هانوي']],
  ['naypyidaw', 'MM', ['نايبيداو']],
  // Israel's cities that war news names, which GeoNames gives no Arabic name (Ashkelon only in Hebrew
  // and Latin letters); Beersheba, Netanya and Eilat it has
  ['ashkelon', 'IL', ['عسقلان']],
  ['sderot', 'IL', ['سديروت']],
  ['ashdod', 'IL', ['أسدود', 'أشدود']],
  ['hadera', 'IL', ['الخضيرة']],
  ['kiryat-shmona', 'IL', ['كريات شمونة']],
  ['metula', 'IL', ['المطلة']],
  ['ofakim', 'IL', ['أوفاكيم']],
  ['herzliya', 'IL', ['هرتسليا']],
  ['rehovot', 'IL', ['رحوفوت']],
  ['petah-tikva', 'IL', ['بيتح تكفا']],
  ['shujaiya', 'PS', ['الشجاعية']],
  ['maghazi', 'PS', ['المغازي']],
  // towns of the Arab League and the Sahel that news names in its wars, elections and trade, missing
  // from GeoNames' Arabic names or written there otherwise (المخا for Mocha, with the hamza too)
  ['khartoum-north', 'SD', ['الخرطوم بحري']],
  ['shendi', 'SD', ['شندي']],
  ['merowe', 'SD', ['مروي']],
  ['wadi-halfa', 'SD', ['وادي حلفا']],
  ['gao', 'ML', ['غاو']],
  ['agadez', 'NE', ['أغاديز']],
  ['mocha', 'YE', ['المخا', 'المخاء']],
  ['dhale', 'YE', ['الضالع']],
  ['ras-isa', 'YE', ['رأس عيسى']],
  ['dhabba', 'YE', ['الضبة']],
  ['al-ahsa', 'SA', ['الأحساء']],
  ['jebel-ali', 'AE', ['جبل علي']],
  ['duqm', 'OM', ['الدقم']],
  ['ben-gardane', 'TN', ['بن قردان']],
  ['ras-lanuf', 'LY', ['رأس لانوف']],
  ['gondar', 'ET', ['غوندار']],
  ['dire-dawa', 'ET', ['دير داوا']],
  // towns of 40,000 or more of the Arab world and the Sahel that GeoNames gives no Arabic name (cities500
  // has them in Latin letters alone), and Sudan's and South Sudan's that its war news names
  ['temara', 'MA', ['تمارة']],
  ['ksar-el-kebir', 'MA', ['القصر الكبير']],
  ['khemisset', 'MA', ['الخميسات']],
  ['berrechid', 'MA', ['برشيد']],
  ['sidi-slimane', 'MA', ['سيدي سليمان']],
  ['sefrou', 'MA', ['صفرو']],
  ['fnideq', 'MA', ['الفنيدق']],
  ['midelt', 'MA', ['ميدلت']],
  ['jerada', 'MA', ['جرادة']],
  ['guercif', 'MA', ['كرسيف']],
  ['el-eulma', 'DZ', ['العلمة']],
  ['bordj-badji-mokhtar', 'DZ', ['برج باجي مختار']],
  ['ain-beida', 'DZ', ['عين البيضاء']],
  ['boufarik', 'DZ', ['بوفاريك']],
  ['el-khroub', 'DZ', ['الخروب']],
  ['ain-sefra', 'DZ', ['عين الصفراء']],
  ['tajoura', 'LY', ['تاجوراء']],
  ['bisha', 'SA', ['بيشة']],
  ['khafji', 'SA', ['الخفجي']],
  ['al-managil', 'SD', ['المناقل']],
  ['gereida', 'SD', ['قريضة']],
  ['umm-ruwaba', 'SD', ['أم روابة']],
  ['dilling', 'SD', ['الدلنج']],
  ['suakin', 'SD', ['سواكن']],
  ['heglig', 'SD', ['هجليج']],
  ['hasaheisa', 'SD', ['الحصاحيصا']],
  ['rufaa', 'SD', ['رفاعة']],
  ['tawila', 'SD', ['طويلة']],
  ['mellit', 'SD', ['مليط']],
  ['babanusa', 'SD', ['بابنوسة']],
  ['muglad', 'SD', ['المجلد']],
  ['kabkabiya', 'SD', ['كبكابية']],
  ['renk', 'SS', ['الرنك']],
  ['nimule', 'SS', ['نمولي', 'نيمولي']],
  ['shalateen', 'EG', ['شلاتين']],
  ['abu-ramad', 'EG', ['أبو رماد']],
  ['maradi', 'NE', ['مارادي']],
  ['tahoua', 'NE', ['تاهوا']],
  ['tillaberi', 'NE', ['تيلابيري']],
  ['dosso', 'NE', ['دوسو']],
  ['koutiala', 'ML', ['كوتيالا']],
  ['menaka', 'ML', ['ميناكا']],
  ['bobo-dioulasso', 'BF', ['بوبو ديولاسو']],
  ['djibo', 'BF', ['جيبو']],
  ['fada-ngourma', 'BF', ['فادا نغورما']],
  ['maiduguri', 'NG', ['مايدوغوري', 'مايدوجوري']],
  ['las-anod', 'SO', ['لاسعانود', 'لاس عانود']],
  ['afgooye', 'SO', ['أفجوي', 'أفغوي']],
  ['rishon-lezion', 'IL', ['ريشون لتسيون', 'ريشون لصهيون']],
  ['bnei-brak', 'IL', ['بني براك']],
  ['beit-shemesh', 'IL', ['بيت شيمش']],
  ['afula', 'IL', ['العفولة']],
  ['karmiel', 'IL', ['كرمئيل']],
  ['carthage', 'TN', ['قرطاج']],
  ['shebaa', 'LB', ['شبعا']],
  // Turkey's and Syria's cities of the 2023 earthquake and the war, missing from GeoNames' Arabic names
  ['gaziantep', 'TR', ['غازي عنتاب', 'غازيانتيب']],
  ['kahramanmaras', 'TR', ['كهرمان مرعش', 'قهرمان مرعش']],
  ['malatya', 'TR', ['ملاطية']],
  ['sanliurfa', 'TR', ['شانلي أورفا', 'أورفا']],
  ['kobani', 'SY', ['كوباني']],
  ['mezzeh', 'SY', ['المزة']],
  // cities abroad that news names in wars and disasters, with the spellings it writes
  ['guantanamo', 'CU', ['غوانتانامو', 'جوانتانامو']],
  ['davos', 'CH', ['دافوس']],
  ['venice', 'IT', ['البندقية', 'فينيسيا']],
  ['new-orleans', 'US', ['نيو أورلينز', 'نيو أورليانز']],
  ['quetta', 'PK', ['كويتا']],
  ['multan', 'PK', ['ملتان']],
  ['lucknow', 'IN', ['لكناو']],
  ['varanasi', 'IN', ['فاراناسي']],
  ['bengaluru', 'IN', ['بنغالورو']],
  ['shenzhen', 'CN', ['شنتشن']],
  ['guangzhou', 'CN', ['قوانغتشو']],
  ['busan', 'KR', ['بوسان']],
  ['nagasaki', 'JP', ['ناغازاكي']],
  ['srinagar', 'IN', ['سريناغار', 'سريناجار']],
  ['medellin', 'CO', ['ميديين', 'ميدلين']],
  ['zaporizhzhia', 'UA', ['زابوريجيا', 'زاباروجيا']],
  ['bakhmut', 'UA', ['باخموت']],
  ['kursk', 'RU', ['كورسك']],
  // the Caucasus' and Central Asia's cities of their wars, elections and earthquakes, which GeoNames
  // gives no Arabic name; Stepanakert lies in Azerbaijan as Nagorno-Karabakh does (REGIONS)
  ['batumi', 'GE', ['باتومي']],
  ['kutaisi', 'GE', ['كوتايسي']],
  ['grozny', 'RU', ['غروزني']],
  ['makhachkala', 'RU', ['محج قلعة', 'ماخاتشكالا']],
  ['stepanakert', 'AZ', ['ستيباناكيرت', 'ستيبانكيرت']],
  ['sumgait', 'AZ', ['سومغايت']],
  ['khujand', 'TJ', ['خجند']],
  ['namangan', 'UZ', ['نمنغان']],
  ['karaganda', 'KZ', ['كاراغندا']],
  // the Balkans' cities on the migrants' route and in its elections
  ['tuzla', 'BA', ['توزلا']],
  ['bihac', 'BA', ['بيهاتش']],
  ['nis', 'RS', ['نيش']],
  ['dubrovnik', 'HR', ['دوبروفنيك']],
  ['durres', 'AL', ['دوريس']],
  ['shkoder', 'AL', ['شكودر']],
  // Latin America's, Central and Southern Africa's, the Pacific's and Scandinavia's cities of 100,000 or
  // more, or capitals, that GeoNames gives no Arabic name or another spelling
  ['el-alto', 'BO', ['إل ألتو']],
  ['cusco', 'PE', ['كوسكو']],
  ['barranquilla', 'CO', ['بارانكيا']],
  ['bukavu', 'CD', ['بوكافو']],
  ['kisangani', 'CD', ['كيسانغاني']],
  ['beira', 'MZ', ['بيرا']],
  ['bulawayo', 'ZW', ['بولاوايو']],
  ['durban', 'ZA', ['ديربان', 'دربان']],
  ['toamasina', 'MG', ['تاماتافي', 'تواماسينا']],
  ['suva', 'FJ', ['سوفا']],
  // capitals the open data knows only as their province (Honiara) or not at all
  ['honiara', 'SB', ['هونيارا']],
  ['palikir', 'FM', ['باليكير']],
  ['bandar-seri-begawan', 'BN', ['بندر سري بكاوان', 'بندر سري بغاوان', 'بندر سيري بيغاوان']],
  ['nukualofa', 'TO', ['نوكوالوفا']],
  ['port-vila', 'VU', ['بورت فيلا']],
  ['wellington', 'NZ', ['ويلينغتون', 'ولينغتون']],
  ['bergen', 'NO', ['بيرغن']],
  ['stavanger', 'NO', ['ستافانغر']],
  ['tromso', 'NO', ['ترومسو']],
  ['malmo', 'SE', ['مالمو']],
  ['kiruna', 'SE', ['كيرونا']],
  ['aarhus', 'DK', ['آرهوس']],
  // the migrants' routes: the Channel's ports, Greece's and Mexico's towns of arrival, and cities of
  // Qatar's World Cup, Senegal's elections, Kerala's floods and Russia's border war
  ['calais', 'FR', ['كاليه']],
  ['dunkirk', 'FR', ['دنكيرك', 'دونكيرك']],
  ['dover', 'GB', ['دوفر']],
  ['kalamata', 'GR', ['كالاماتا']],
  ['tapachula', 'MX', ['تاباتشولا']],
  ['lusail', 'QA', ['لوسيل']],
  ['thies', 'SN', ['تييس']],
  ['kochi-india', 'IN', ['كوتشي', 'كوشين']],
  ['bryansk', 'RU', ['بريانسك']],
  ['cucuta', 'CO', ['كوكوتا']],
  // eastern Congo's towns of the M23's war, Kenya's and Mongolia's cities of their elections
  ['bunia', 'CD', ['بونيا']],
  ['butembo', 'CD', ['بوتيمبو']],
  ['rutshuru', 'CD', ['روتشورو']],
  ['masisi', 'CD', ['ماسيسي']],
  ['uvira', 'CD', ['أوفيرا']],
  ['kisumu', 'KE', ['كيسومو']],
  ['eldoret', 'KE', ['إلدوريت']],
  ['darkhan', 'MN', ['دارخان']],
  // the Rohingya's camps' town in Bangladesh
  ['coxs-bazar', 'BD', ['كوكس بازار']],
];

/**
 * Regions, continents and geographic features: [id, kind, ISO code of the one country it lies in
 * ('' when it spans several or its status is disputed), names (the first is canonical)].
 * Nagorno-Karabakh lies in Azerbaijan as the UN recognizes it.
 */
export const REGIONS: ReadonlyArray<readonly [string, PlaceKind, string, readonly string[]]> = [
  ['nagorno-karabakh', 'region', 'AZ', ['ناغورني قره باغ', 'قره باغ', 'ناغورنو قره باغ', 'ناغورنو كاراباخ', 'كاراباخ', 'قرباغ']],
  ['caucasus', 'region', '', ['القوقاز']],
  ['south-caucasus', 'region', '', ['جنوب القوقاز']],
  ['north-caucasus', 'region', 'RU', ['شمال القوقاز']],
  ['central-asia', 'region', '', ['آسيا الوسطى']],
  ['middle-east', 'region', '', ['الشرق الأوسط']],
  ['gulf', 'region', '', ['الخليج', 'الخليج العربي', 'الخليج الفارسي']],
  ['maghreb', 'region', '', ['المغرب العربي']],
  ['levant', 'region', '', ['بلاد الشام']],
  // not الشام or جزيرة العرب alone, which name armed groups more often (`أحرار الشام`, `القاعدة في
  // جزيرة العرب`), a place in an organization's name being none of the text's
  ['arabian-peninsula', 'region', '', ['شبه الجزيرة العربية', 'الجزيرة العربية']],
  ['hejaz', 'region', 'SA', ['الحجاز']],
  ['andalusia', 'region', 'ES', ['الأندلس']],
  ['siberia', 'region', 'RU', ['سيبيريا']],
  ['eurasia', 'region', '', ['أوراسيا']],
  ['shebaa-farms', 'region', '', ['مزارع شبعا']],
  ['kerem-shalom', 'feature', '', ['معبر كرم أبو سالم', 'كرم أبو سالم']],
  // a state no longer, named in news of its history and its successors; no ISO country now
  ['soviet-union', 'region', '', ['الاتحاد السوفياتي', 'الاتحاد السوفيتي', 'الاتحاد السوفييتي']],
  ['north-africa', 'region', '', ['شمال أفريقيا']],
  ['west-africa', 'region', '', ['غرب أفريقيا']],
  ['east-africa', 'region', '', ['شرق أفريقيا']],
  ['horn-of-africa', 'region', '', ['القرن الأفريقي']],
  ['sahel', 'region', '', ['الساحل الأفريقي']],
  ['balkans', 'region', '', ['البلقان']],
  ['scandinavia', 'region', '', ['إسكندنافيا']],
  ['eastern-europe', 'region', '', ['أوروبا الشرقية', 'شرق أوروبا']],
  ['latin-america', 'region', '', ['أمريكا اللاتينية', 'أميركا اللاتينية']],
  ['central-america', 'region', '', ['أمريكا الوسطى', 'أميركا الوسطى']],
  ['caribbean', 'region', '', ['الكاريبي', 'منطقة الكاريبي']],
  ['java', 'feature', 'ID', ['جاوة', 'جزيرة جاوة']],
  ['sumatra', 'feature', 'ID', ['سومطرة', 'جزيرة سومطرة']],
  ['southeast-asia', 'region', '', ['جنوب شرق آسيا']],
  ['west-bank', 'region', 'PS', ['الضفة الغربية', 'الضفة']],
  ['gaza-strip', 'region', 'PS', ['قطاع غزة']],
  ['east-jerusalem', 'region', 'PS', ['القدس الشرقية']],
  ['golan', 'region', 'SY', ['الجولان', 'هضبة الجولان', 'مرتفعات الجولان']],
  ['sinai', 'region', 'EG', ['سيناء', 'شبه جزيرة سيناء']],
  ['kurdistan', 'region', '', ['كردستان']],
  ['kurdistan-iraq', 'region', 'IQ', ['كردستان العراق']],
  ['darfur', 'region', 'SD', ['دارفور']],
  // the states GeoNames' Arabic names lack beside the other Kordofans and Darfurs, and the region
  ['north-kordofan', 'region', 'SD', ['شمال كردفان']],
  ['north-darfur', 'region', 'SD', ['شمال دارفور']],
  ['kordofan', 'region', 'SD', ['كردفان']],
  ['tigray', 'region', 'ET', ['تيغراي']],
  ['hatay', 'region', 'TR', ['هاتاي']],
  // Morocco's regions since 2015 (GeoNames and ISO 3166-2 name the twelve before), named whole after
  // `جهة` so that their cities are not read one by one; the two of Western Sahara lie in a disputed land
  // provinces of the 2023 earthquake and the 2024 floods, named by their seats, missing from GeoNames' Arabic names
  ['al-haouz', 'region', 'MA', ['الحوز']],
  ['chichaoua', 'region', 'MA', ['شيشاوة']],
  ['tinghir', 'region', 'MA', ['تنغير']],
  ['zagora', 'region', 'MA', ['زاكورة']],
  ['tata', 'region', 'MA', ['طاطا']],
  ['tanger-tetouan-al-hoceima', 'region', 'MA', ['طنجة تطوان الحسيمة']],
  ['fes-meknes', 'region', 'MA', ['فاس مكناس']],
  ['rabat-sale-kenitra', 'region', 'MA', ['الرباط سلا القنيطرة']],
  ['beni-mellal-khenifra', 'region', 'MA', ['بني ملال خنيفرة']],
  ['casablanca-settat', 'region', 'MA', ['الدار البيضاء سطات']],
  ['draa-tafilalet', 'region', 'MA', ['درعة تافيلالت']],
  ['souss-massa', 'region', 'MA', ['سوس ماسة']],
  ['guelmim-oued-noun', 'region', 'MA', ['كلميم واد نون']],
  ['laayoune-sakia-el-hamra', 'region', '', ['العيون الساقية الحمراء']],
  ['dakhla-oued-ed-dahab', 'region', '', ['الداخلة وادي الذهب']],
  ['borno', 'region', 'NG', ['بورنو']],
  ['liptako-gourma', 'region', '', ['ليبتاكو غورما']],
  ['eastern-ghouta', 'region', 'SY', ['الغوطة الشرقية']],
  ['western-ghouta', 'region', 'SY', ['الغوطة الغربية']],
  ['ghouta', 'region', 'SY', ['الغوطة']],
  ['galilee', 'region', 'IL', ['الجليل']],
  ['negev', 'feature', 'IL', ['النقب']],
  ['jammu-kashmir', 'region', 'IN', ['جامو وكشمير']],
  ['djerba', 'feature', 'TN', ['جربة', 'جزيرة جربة']],
  // the islands and the river the Mediterranean's migrants reach Europe by, and the Channel's sea
  // the Caucasus' breakaway and Russian republics: South Ossetia in Georgia as the UN recognizes it
  ['south-ossetia', 'region', 'GE', ['أوسيتيا الجنوبية']],
  ['ingushetia', 'region', 'RU', ['إنغوشيا', 'أنغوشيا']],
  // Moldova's breakaway region, in Moldova as the UN recognizes it
  ['transnistria', 'region', 'MD', ['ترانسنيستريا', 'بريدنيستروفيا']],
  // India's states of its elections as news writes them (the open data has ماديا براديش, بيهار)
  ['uttar-pradesh', 'region', 'IN', ['أوتار براديش', 'أوتر براديش', 'أتر برديش']],
  ['andhra-pradesh', 'region', 'IN', ['أندرا براديش', 'آندرا برديش']],
  ['west-bengal', 'region', 'IN', ['البنغال الغربية', 'غرب البنغال', 'بنغال الغربية']],
  // the Philippines' islands and province of its typhoons, Central Asia's valley
  ['luzon', 'feature', 'PH', ['لوزون', 'جزيرة لوزون']],
  ['mindanao', 'feature', 'PH', ['مينداناو', 'جزيرة مينداناو']],
  ['cagayan', 'region', 'PH', ['كاغايان']],
  ['fergana-valley', 'region', '', ['وادي فرغانة']],
  // South Africa's provinces of its elections, as news writes them (the open data has `كيب الغربية` alone)
  ['kwazulu-natal', 'region', 'ZA', ['كوازولو ناتال', 'كوازولو-ناتال']],
  ['western-cape', 'region', 'ZA', ['الكيب الغربية', 'كيب الغربية']],
  ['eastern-cape', 'region', 'ZA', ['الكيب الشرقية', 'كيب الشرقية']],
  // Japan's prefecture, which the open data names, beside India's Kochi (MORE_CITIES), which hides it
  ['kochi-prefecture', 'region', 'JP', ['كوتشي']],
  ['lampedusa', 'feature', 'IT', ['لامبيدوزا', 'جزيرة لامبيدوزا']],
  ['lesbos', 'feature', 'GR', ['ليسبوس', 'لسبوس', 'جزيرة ليسبوس']],
  ['samos', 'feature', 'GR', ['ساموس', 'جزيرة ساموس']],
  ['evros', 'feature', '', ['نهر إيفروس', 'إيفروس']],
  ['english-channel', 'feature', '', ['بحر المانش', 'المانش', 'القناة الإنجليزية']],
  // Somalia's self-governing regions: without an entry, أرض الصومال read as Somalia
  ['somaliland', 'region', 'SO', ['أرض الصومال', 'صوماليلاند']],
  ['puntland', 'region', 'SO', ['بونتلاند']],
  ['jubaland', 'region', 'SO', ['جوبالاند']],
  ['kashmir', 'region', '', ['كشمير']],
  ['crimea', 'region', 'UA', ['القرم', 'شبه جزيرة القرم']],
  ['donbas', 'region', 'UA', ['دونباس']],
  ['luhansk', 'region', 'UA', ['لوغانسك', 'لوهانسك']],
  ['anatolia', 'region', 'TR', ['الأناضول']],
  ['xinjiang', 'region', 'CN', ['شينجيانغ']],
  ['tibet', 'region', 'CN', ['التبت']],
  ['catalonia', 'region', 'ES', ['كتالونيا', 'كاتالونيا']],
  // GeoNames has England as a division, but England is also a surname in Wikidata
  ['england', 'region', 'GB', ['إنجلترا', 'إنكلترا', 'انجلترا']],
  ['scotland', 'region', 'GB', ['اسكتلندا', 'إسكتلندا']],
  // The UK's other two nations: CLDR names only sovereign states, GeoNames' Arabic file has England
  // alone (its Wales entry is no Arabic), and iso-codes carries no Arabic subdivision names. Without
  // an entry, أيرلندا الشمالية read as Ireland (IE). ويلز is also Wells in Wikidata's names.
  ['wales', 'region', 'GB', ['ويلز']],
  ['northern-ireland', 'region', 'GB', ['أيرلندا الشمالية']],
  // Saudi Arabia's Eastern Province, which GeoNames' Arabic file lacks (it has Oman's former region so
  // named): without it `المنطقة الشرقية` beside الدمام or السعودية read as Oman
  ['eastern-province-sa', 'region', 'SA', ['المنطقة الشرقية']],
  // Divisions GeoNames' Arabic file names otherwise or not at all: Iraq's Nineveh is its IQ.15 by the
  // seat's name, الموصل; Punjab, split between India and Pakistan, is India's بنجاب there without the
  // article news writes; Pakistan's Khyber Pakhtunkhwa is missing
  ['nineveh', 'region', 'IQ', ['نينوى']],
  ['punjab', 'region', '', ['البنجاب']],
  ['khyber-pakhtunkhwa', 'region', 'PK', ['خيبر بختونخوا']],
  ['europe', 'continent', '', ['أوروبا', 'أوربا', 'القارة الأوروبية']],
  ['asia', 'continent', '', ['آسيا', 'القارة الآسيوية']],
  ['africa', 'continent', '', ['أفريقيا', 'القارة الأفريقية', 'القارة السمراء']],
  ['north-america', 'continent', '', ['أمريكا الشمالية', 'أميركا الشمالية']],
  ['south-america', 'continent', '', ['أمريكا الجنوبية', 'أميركا الجنوبية']],
  ['oceania', 'continent', '', ['أوقيانوسيا']],
  ['sahara', 'feature', '', ['الصحراء الكبرى']],
  ['rub-al-khali', 'feature', '', ['الربع الخالي', 'صحراء الربع الخالي']],
  ['red-sea', 'feature', '', ['البحر الأحمر']],
  ['mediterranean', 'feature', '', ['البحر المتوسط', 'البحر الأبيض المتوسط']],
  ['black-sea', 'feature', '', ['البحر الأسود']],
  ['caspian-sea', 'feature', '', ['بحر قزوين']],
  ['dead-sea', 'feature', '', ['البحر الميت']],
  ['arabian-sea', 'feature', '', ['بحر العرب']],
  ['caribbean-sea', 'feature', '', ['البحر الكاريبي']],
  ['baltic-sea', 'feature', '', ['بحر البلطيق']],
  ['aegean-sea', 'feature', '', ['بحر إيجه']],
  ['south-china-sea', 'feature', '', ['بحر الصين الجنوبي']],
  ['east-china-sea', 'feature', '', ['بحر الصين الشرقي']],
  ['sea-of-japan', 'feature', '', ['بحر اليابان']],
  ['north-sea', 'feature', '', ['بحر الشمال']],
  ['adriatic-sea', 'feature', '', ['البحر الأدرياتيكي']],
  ['sea-of-marmara', 'feature', 'TR', ['بحر مرمرة']],
  ['sea-of-azov', 'feature', '', ['بحر آزوف']],
  ['arctic-ocean', 'feature', '', ['المحيط المتجمد الشمالي']],
  ['indian-ocean', 'feature', '', ['المحيط الهندي']],
  ['atlantic-ocean', 'feature', '', ['المحيط الأطلسي']],
  ['pacific-ocean', 'feature', '', ['المحيط الهادئ', 'المحيط الهادي']],
  ['gulf-of-aden', 'feature', '', ['خليج عدن']],
  ['gulf-of-aqaba', 'feature', '', ['خليج العقبة']],
  ['gulf-of-suez', 'feature', 'EG', ['خليج السويس']],
  ['gulf-of-mexico', 'feature', '', ['خليج المكسيك']],
  ['bay-of-bengal', 'feature', '', ['خليج البنغال']],
  ['gulf-of-guinea', 'feature', '', ['خليج غينيا']],
  ['gulf-of-oman', 'feature', '', ['خليج عمان', 'بحر عمان']],
  ['strait-of-hormuz', 'feature', '', ['مضيق هرمز', 'هرمز']],
  ['bab-el-mandeb', 'feature', '', ['باب المندب', 'مضيق باب المندب']],
  ['bosphorus', 'feature', 'TR', ['البوسفور', 'مضيق البوسفور']],
  ['suez-canal', 'feature', 'EG', ['قناة السويس']],
  ['panama-canal', 'feature', 'PA', ['قناة بنما']],
  ['nile', 'feature', '', ['النيل', 'نهر النيل']],
  ['euphrates', 'feature', '', ['الفرات', 'نهر الفرات']],
  ['tigris', 'feature', '', ['دجلة', 'نهر دجلة']],
  ['jordan-river', 'feature', '', ['نهر الأردن']],
  ['shatt-al-arab', 'feature', '', ['شط العرب']],
  ['sea-of-galilee', 'feature', '', ['بحيرة طبريا']],
  ['alps', 'feature', '', ['جبال الألب']],
  ['atlas-mountains', 'feature', '', ['جبال الأطلس']],
  ['zagros-mountains', 'feature', '', ['جبال زاغروس']],
  ['taurus-mountains', 'feature', 'TR', ['جبال طوروس']],
  ['andes', 'feature', '', ['جبال الأنديز']],
  ['ural-mountains', 'feature', 'RU', ['جبال الأورال']],
  ['himalayas', 'feature', '', ['الهيمالايا', 'جبال الهيمالايا']],
  ['gerd', 'feature', 'ET', ['سد النهضة']],
  ['north-pole', 'feature', '', ['القطب الشمالي']],
  ['south-pole', 'feature', '', ['القطب الجنوبي']],
];

/**
 * Gazetteer names that are also common words or given names (نوم `sleep`, ترك `left`, العيون
 * `the eyes`, برثا, دارون): read as places only right after a trigger word (`مدينة العيون`).
 */
export const NAMES_NEEDING_TRIGGER: readonly string[] = [
  'نوم', 'ترك', 'واك', 'سمراء', 'العيون', 'سنتر', 'كريسماس', 'ماهي', 'استر', 'ديلي', 'جوني', 'استانلي',
  'بيترسبرغ', 'برثا', 'دارون', 'ليندمان', 'دافيز', 'بالمير', 'ترول', 'واليس', 'كيلينغ',
  // `the rifle`
  'البندقية',
  // `the coast` far more often than Cairo's district or Burkina Faso's region (`منطقة الساحل`); `palaces`,
  // `shortcomings` more often than a Tunisian town
  'الساحل', 'القصور',
];

/**
 * Place names that are also everyday words or people's names (صور `pictures`, العين `the eye`, الأمل
 * `hope`, جدة `grandmother`, الخليل `the friend` and إبراهيم الخليل, الزرقاء `blue`, ديربي a match
 * between neighbours): read as places only
 * with evidence: a trigger, a dateline, the place's country or governorate beside it, or a preposition
 * of place that does not open a construct (`في صور` but not `في صور الأطفال`). Open-data names get
 * this condition by rule too (small towns, people's names: src/places/geonames.ts).
 */
export const NAMES_NEEDING_EVIDENCE: readonly string[] = [
  'صور', 'العين', 'الأمل', 'جدة', 'الخليل', 'الزرقاء', 'الكرك', 'المثنى', 'السلام', 'النصر', 'الحرية',
  'الوحدة', 'الشروق', 'الزيتون', 'الباب', 'العمارة', 'الريان', 'الأبيض', 'الجميل', 'سعيدة',
  'بشار', 'رشيد', 'عمران', 'الزبير', 'الأمين', 'المنار', 'الفجر', 'الرمال', 'الكوت', 'الجديد', 'أردو',
  'الظاهرة', 'المهرة', 'عثمانية', 'الحد', 'عقبة', 'الزاوية', 'الباب', 'الخضراء', 'ديربي',
  // `overlooking` (`الشرفة المطلة على البحر`), `a locust`, `the carob`, `springs` (`ينبع من` stems from)
  'المطلة', 'جرادة', 'الخروب', 'ينبع',
  // `the appetizer`, `long`, `the volume`, a given name (رفاعة الطهطاوي)
  'المزة', 'طويلة', 'المجلد', 'رفاعة', 'الضبة',
  // `the existing` (`الوضع القائم`), `essence` (`جوهر القضية`)
  'القائم', 'جوهر',
  // a given name (Doris), a word (`نيش` a niche, `بيرا` beer)
  'دوريس', 'نيش', 'بيرا',
  // `a scene` (`في مشهد مؤثر`), far more often than Iran's city
  'مشهد',
];

/**
 * Everyday words that the open-data gazetteer also lists as places, once hamzas and ta marbuta are
 * folded (آن in Belgium is أن, أطار in Mauritania is إطار, بانه in Iran is بأنه) or through a stray
 * alternate name: never read as places by name alone (a trigger still finds a place named so:
 * `مدينة المنزلة`).
 */
export const WORDS_NOT_PLACE_NAMES: readonly string[] = [
  'أن', 'إن', 'ال', 'بأنه', 'بيان', 'سنة', 'إطار', 'سلطات', 'الثورة', 'الشعب', 'الدولة', 'الحكومة', 'الوطن',
  'العاصمة', 'الجديدة', 'القديمة', 'الكبرى', 'الصغرى', 'العليا', 'السفلى', 'الجامعة', 'المطار',
  'الميناء', 'السوق', 'المركز', 'المحطة', 'القرية', 'الحي', 'المخيم', 'الجسر', 'الطريق', 'الوادي',
  'الجبل', 'البحر', 'النهر', 'الصحراء', 'الريف', 'الحدود', 'الشرق', 'الغرب', 'الشمال', 'الجنوب',
  'المعارضة', 'السلطة', 'الأمن', 'الجيش', 'الشرطة', 'الرئاسة', 'القصر', 'المجلس', 'البرلمان',
  'جامعة', 'طراز', 'مركزي', 'ميدان', 'آلام', 'مساكن', 'الأم', 'مرات', 'جديدة', 'الخضراء', 'الشهداء',
  'ربات', 'عشاق', 'ثورة', 'بلد', 'قارة', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'الأصنام', 'العصابة',
  'معسكر', 'بورصة', 'سن', 'الحمراء', 'التل', 'المنزلة', 'الميادين', 'الجسور', 'الحرم', 'المحطة',
  // and subdivisions' names (scripts/generate-geonames.mjs): delta, gulf, euro, lemon, pretty, perfumer, fire, caves
  'دلتا', 'خليج', 'يورو', 'ليمون', 'مليحة', 'عطار', 'نارا', 'مغار',
];

/** Feminine direction adjectives that name provinces (الشمالية، الشرقية): places only with context. */
export const DIRECTION_ADJECTIVES: readonly string[] = ['الشمالية', 'الجنوبية', 'الشرقية', 'الغربية', 'الوسطى'];

/**
 * Names that are as often something else (مالي `financial`, بنين `boys`, جنين `fetus`, سورية
 * `Syrian`, الأقصر `the shortest`, النيل من `harming`): read as places after a trigger, a preposition
 * of place (في، إلى، من …), or next to another place (`النيجر ومالي`).
 */
export const NAMES_NEEDING_PLACE_CONTEXT: readonly string[] = [
  'مالي', 'بنين', 'جنين', 'سورية', 'الأقصر', 'النيل',
  // `narrated` (`حديث مروي عن`), `seducer`, the Prophet's campaigns (`كتب المغازي`)
  'مروي', 'غاو', 'المغازي',
];

/**
 * Names news gives a place only where the article is about its country, being common words elsewhere:
 * الضفة is the West Bank (`شمال الضفة`, `في الضفة`) beside نابلس or الفلسطينيين, and any river's bank
 * elsewhere; سيول is Seoul beside كوريا الجنوبية or الكوري, and torrents in weather news (`تحذير من
 * سيول`). Read as places only when the article names a place of their country or its demonym, and no
 * definite word follows them (`الضفة الأخرى`, `الضفة الشرقية للنهر`) but one of WORDS_AFTER_SHORT_NAMES.
 */
export const NAMES_NEEDING_COUNTRY_IN_ARTICLE: readonly string[] = ['الضفة', 'سيول'];

/**
 * Names that head an idiom before a word (`مسقط رأسه` his birthplace, not Muscat's head): [name, the
 * word's stems, with or without a pronoun].
 */
export const NAMES_HEADING_IDIOMS: ReadonlyArray<readonly [string, readonly string[]]> = [['مسقط', ['رأس']]];

/** Definite adjectives that may follow a name of NAMES_NEEDING_COUNTRY_IN_ARTICLE (`الضفة المحتلة`). */
export const WORDS_AFTER_SHORT_NAMES: readonly string[] = ['المحتلة'];

/**
 * Names that are also an adjective, the feminine of a demonym (السعودية `Saudi`) or another (الجليل,
 * Galilee, `venerable`): an adjective right after a definite noun it can agree with (`الحكومة السعودية`), a place anywhere else (`زار السعودية`,
 * `في السعودية`, `الإمارات والسعودية`).
 */
export const NAMES_ALSO_ADJECTIVES: readonly string[] = [
  'السعودية',
  // `venerable` (`الشيخ الجليل`), `Caribbean` (`الفن الكاريبي`)
  'الجليل', 'الكاريبي',
];

/**
 * Definite nouns that take a feminine adjective without ending in ة، ات or ي: the feminine السوق and
 * plurals of things of economic news (`السوق السعودية`, `الأسهم السعودية`, `البنوك السعودية`).
 */
export const FEMININE_AGREEING_NOUNS: readonly string[] = ['السوق', 'الأسواق', 'الأسهم', 'البنوك', 'المصارف', 'الموانئ', 'المدن', 'الأموال', 'الجمارك'];
