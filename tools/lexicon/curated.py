"""curated.py - the small hand-made tables of the lexicon (newskg authors, same
licence as the code).  Everything here is general knowledge a news reader has;
each table says why the derived data needed it."""

# Canonical English names where neither CLDR's short/plain name nor iso-codes'
# common_name is the one news uses (CLDR has "Congo - Kinshasa").
COUNTRY_NAME = {
    'CD': 'Democratic Republic of the Congo',
    'CG': 'Republic of the Congo',
    'CI': 'Ivory Coast',
    'VA': 'Vatican City',
    'PS': 'Palestine',
    'HK': 'Hong Kong',
    'MO': 'Macao',
}

# Names used in news that none of iso-codes, CLDR or WordNet give.
COUNTRY_ALIASES = {
    'US': ['America', 'U.S.', 'U.S.A.', 'USA', 'United States of America'],
    'GB': ['Britain', 'Great Britain', 'U.K.', 'UK'],
    'RU': ['Russia', 'Russian Federation'],
    'KR': ['South Korea', 'Republic of Korea', 'ROK'],
    'KP': ['North Korea', 'DPRK'],
    'AE': ['UAE', 'U.A.E.', 'Emirates'],
    'CD': ['DR Congo', 'DRC', 'Congo-Kinshasa', 'Democratic Republic of Congo'],
    'CG': ['Congo-Brazzaville', 'Congo', 'Republic of Congo'],
    'CZ': ['Czech Republic', 'Czechia'],
    'TR': ['Turkey', 'Turkiye'],
    'NL': ['Holland'],
    'MM': ['Burma'],
    'CI': ["Cote d'Ivoire"],
    'SZ': ['Swaziland'],
    'MK': ['Macedonia'],
    'VA': ['Holy See', 'the Vatican', 'Vatican'],
    'PS': ['Palestinian Territories', 'Palestinian territories'],
    'TL': ['East Timor'],
    'CV': ['Cape Verde'],
}

# City names used in news beside the GeoNames one: (country, GeoNames name) -> aliases.
CITY_ALIASES = {
    ('US', 'Washington D.C.'): ['Washington', 'Washington, D.C.', 'Washington DC'],
    ('US', 'New York'): ['New York City', 'NYC'],
    ('IR', 'Tehran'): ['Teheran'],
    ('UA', 'Kyiv'): ['Kiev'],
    ('IQ', 'Erbil'): ['Irbil', 'Arbil'],
    ('DE', 'Frankfurt am Main'): ['Frankfurt'],
    ('IN', 'Bengaluru'): ['Bangalore'],
}

# Countries whose cities GeoNames names "X City" where news writes "X"
# ("Tacloban City": "Tacloban"; build_cities).
CITY_SUFFIX_COUNTRIES = {'PH'}

# The AP Stylebook's abbreviations of US state names ("state names" entry), the
# convention of US datelines and of "City, State" in news ("BIRMINGHAM, Ala.",
# "Cambridge, Mass."); the eight states AP never abbreviates (Alaska, Hawaii,
# Idaho, Iowa, Maine, Ohio, Texas, Utah) have none.  ISO 3166-2 id -> aliases.
SUBDIVISION_ALIASES = {
    'US-AL': ['Ala.'], 'US-AZ': ['Ariz.'], 'US-AR': ['Ark.'], 'US-CA': ['Calif.'],
    'US-CO': ['Colo.'], 'US-CT': ['Conn.'], 'US-DE': ['Del.'], 'US-FL': ['Fla.'],
    'US-GA': ['Ga.'], 'US-IL': ['Ill.'], 'US-IN': ['Ind.'], 'US-KS': ['Kan.'],
    'US-KY': ['Ky.'], 'US-LA': ['La.'], 'US-MD': ['Md.'], 'US-MA': ['Mass.'],
    'US-MI': ['Mich.'], 'US-MN': ['Minn.'], 'US-MS': ['Miss.'], 'US-MO': ['Mo.'],
    'US-MT': ['Mont.'], 'US-NE': ['Neb.'], 'US-NV': ['Nev.'], 'US-NH': ['N.H.'],
    'US-NJ': ['N.J.'], 'US-NM': ['N.M.'], 'US-NY': ['N.Y.'], 'US-NC': ['N.C.'],
    'US-ND': ['N.D.'], 'US-OK': ['Okla.'], 'US-OR': ['Ore.'], 'US-PA': ['Pa.'],
    'US-RI': ['R.I.'], 'US-SC': ['S.C.'], 'US-SD': ['S.D.'], 'US-TN': ['Tenn.'],
    'US-VT': ['Vt.'], 'US-VA': ['Va.'], 'US-WA': ['Wash.'], 'US-WV': ['W.Va.'],
    'US-WI': ['Wis.'], 'US-WY': ['Wyo.'],
}

# National capitals where WordNet 3.0 (2006) is out of date, silent or
# ambiguous (it lists several for some countries); GeoNames names.
CAPITALS = {
    'MM': ['Nay Pyi Taw', 'Naypyidaw', 'Naypyitaw'],
    'CI': ['Yamoussoukro'],
    'KZ': ['Astana', 'Nur-Sultan'],
    'RS': ['Belgrade'],
    'ME': ['Podgorica'],
    'SS': ['Juba'],
    'ZA': ['Pretoria'],
    'BO': ['Sucre'],
    'NL': ['Amsterdam'],
    'IL': ['Jerusalem'],
    'PS': ['Ramallah', 'East Jerusalem'],
    'TL': ['Dili'],
    'LK': ['Sri Jayewardenepura Kotte', 'Colombo'],
    'MY': ['Kuala Lumpur'],
    'BJ': ['Porto-Novo'],
    'TZ': ['Dodoma'],
    'NG': ['Abuja'],
    'PW': ['Ngerulmud', 'Melekeok'],
    'BI': ['Gitega'],
    'UA': ['Kyiv', 'Kiev'],
    'AD': ['Andorra la Vella'],
    'AG': ["Saint John's", 'St. John\'s'],
    'BF': ['Ouagadougou'],
    'BN': ['Bandar Seri Begawan'],
    'BT': ['Thimphu'],
    'BZ': ['Belmopan'],
    'CD': ['Kinshasa'],
    'FM': ['Palikir'],
    'KM': ['Moroni'],
    'MC': ['Monaco'],
    'MH': ['Majuro'],
    'NR': ['Yaren'],
    'SG': ['Singapore'],
    'TM': ['Ashgabat'],
    'TO': ["Nuku'alofa", 'Nukualofa'],
    'IN': ['New Delhi'],
}

# WordNet country lemmas that today name companies more than the country:
# "Cathay" (China in Marco Polo's time) is Cathay Pacific, Cathay Bank; as an
# alias it split "Cathay Pacific" into China and "Pacific".
NOT_COUNTRY_ALIASES = {'Cathay'}

# Nationality words that WordNet's pertainyms miss or get wrong (WordNet 3.0
# points "Mauritanian" to Mauritius); they override WordNet.
DEMONYMS = [
    ('American', 'US'), ('British', 'GB'), ('Russian', 'RU'), ('Iranian', 'IR'),
    ('Iraqi', 'IQ'), ('Syrian', 'SY'), ('Israeli', 'IL'), ('Palestinian', 'PS'),
    ('Saudi', 'SA'), ('Emirati', 'AE'), ('Yemeni', 'YE'), ('Qatari', 'QA'), ('Kuwaiti', 'KW'),
    ('Bahraini', 'BH'), ('Omani', 'OM'), ('Jordanian', 'JO'), ('Lebanese', 'LB'),
    ('Turkish', 'TR'), ('Egyptian', 'EG'), ('Libyan', 'LY'), ('Afghan', 'AF'),
    ('Pakistani', 'PK'), ('Indian', 'IN'), ('Chinese', 'CN'), ('Japanese', 'JP'),
    ('South Korean', 'KR'), ('North Korean', 'KP'), ('Ukrainian', 'UA'), ('German', 'DE'),
    ('French', 'FR'), ('Italian', 'IT'), ('Spanish', 'ES'), ('Canadian', 'CA'),
    ('Mexican', 'MX'), ('Brazilian', 'BR'), ('Australian', 'AU'), ('Dutch', 'NL'),
    ('Swiss', 'CH'), ('Belgian', 'BE'), ('Polish', 'PL'), ('Greek', 'GR'), ('Swedish', 'SE'),
    ('Norwegian', 'NO'), ('Danish', 'DK'), ('Finnish', 'FI'), ('Irish', 'IE'),
    ('Portuguese', 'PT'), ('Austrian', 'AT'), ('Hungarian', 'HU'), ('Czech', 'CZ'),
    ('Venezuelan', 'VE'), ('Cuban', 'CU'), ('Colombian', 'CO'), ('Nigerian', 'NG'),
    ('Ethiopian', 'ET'), ('Kenyan', 'KE'), ('Sudanese', 'SD'), ('Somali', 'SO'),
    ('Algerian', 'DZ'), ('Moroccan', 'MA'), ('Tunisian', 'TN'), ('Vietnamese', 'VN'),
    ('Thai', 'TH'), ('Indonesian', 'ID'), ('Filipino', 'PH'), ('Malaysian', 'MY'),
    ('Bangladeshi', 'BD'), ('Burmese', 'MM'), ('Taiwanese', 'TW'), ('Azerbaijani', 'AZ'),
    ('Armenian', 'AM'), ('Georgian', 'GE'), ('Kazakh', 'KZ'), ('Uzbek', 'UZ'),
    ('Belarusian', 'BY'), ('Serbian', 'RS'), ('Croatian', 'HR'), ('Bosnian', 'BA'),
    ('Romanian', 'RO'), ('Bulgarian', 'BG'), ('Argentine', 'AR'), ('Argentinian', 'AR'),
    ('Mauritanian', 'MR'), ('Chilean', 'CL'), ('Peruvian', 'PE'), ('New Zealand', 'NZ'), ('South African', 'ZA'),
]

# Plural people nouns not formed by adding "s" to the adjective.
DEMONYM_PLURALS = [
    ('Britons', 'GB'), ('Brits', 'GB'), ('Saudis', 'SA'), ('Emiratis', 'AE'),
    ('Afghans', 'AF'), ('Filipinos', 'PH'), ('Kazakhs', 'KZ'), ('Uzbeks', 'UZ'),
    ('Danes', 'DK'), ('Finns', 'FI'), ('Poles', 'PL'), ('Swedes', 'SE'), ('Turks', 'TR'),
    ('Greeks', 'GR'), ('Czechs', 'CZ'), ('Thais', 'TH'), ('Somalis', 'SO'),
    ('Serbs', 'RS'), ('Croats', 'HR'), ('Bosnians', 'BA'), ('Argentines', 'AR'),
    ('Yemenis', 'YE'), ('Qataris', 'QA'), ('Kuwaitis', 'KW'), ('Bahrainis', 'BH'),
    ('Omanis', 'OM'), ('Israelis', 'IL'), ('Iraqis', 'IQ'), ('Pakistanis', 'PK'),
    ('Bangladeshis', 'BD'),
]

# Pertainyms that are not nationalities of today's country (a language, a
# people spread over several states, or a historical state).
NOT_DEMONYMS = {'Kurdish', 'Arabic', 'Arab', 'Persian', 'Latin', 'Hebrew', 'Soviet', 'Roman',
                'Byzantine', 'Prussian', 'Ottoman', 'Yiddish', 'Gaelic', 'Celtic', 'Saxon',
                'Teutonic', 'Moorish', 'Aramaic', 'Phoenician', 'Babylonian', 'Assyrian',
                'Sumerian', 'Hittite', 'Aztec', 'Mayan', 'Inca', 'Incan', 'Anglo-Saxon',
                'Castilian', 'Catalan', 'Flemish', 'Basque', 'English', 'Scottish',
                'Welsh', 'Scots', 'Afrikaans', 'Anglo-Indian', 'Norse', 'Tai',
                'Lusitanian', 'Rhodesian', 'Maroc', 'Siamese', 'Kampuchean'}

# First or last tokens of WordNet person names that are titles or epithets.
NAME_NON_NAMES = {
    'Saint', 'St', 'Sir', 'Lord', 'Lady', 'King', 'Queen', 'Prince', 'Princess', 'Pope',
    'Duke', 'Earl', 'Count', 'Baron', 'Emperor', 'Empress', 'Tsar', 'Czar', 'Dame', 'Mother',
    'Father', 'Brother', 'Sister', 'Doctor', 'Dr', 'General', 'Admiral', 'Captain', 'Mrs', 'Mr',
    'Elder', 'Younger', 'Great', 'Magnus', 'Apostle', 'Baptist', 'Conqueror', 'Bald', 'Fat',
    'Pious', 'Bold', 'Lionheart', 'Wise', 'Good', 'Terrible', 'Pasha',
}
NAME_SUFFIXES = {'Jr.', 'Jr', 'Sr.', 'Sr', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII',
                 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI'}

# Countries whose ISO 3166-2 names transliterate Arabic, where the article
# assimilates ("An Najaf", "As Sulaymaniyah") and news drops it ("Najaf").
ARABIC_ARTICLE_COUNTRIES = {'AE', 'BH', 'DZ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM',
                            'PS', 'QA', 'SA', 'SD', 'SY', 'TN', 'YE'}

# Name particles, kept out of names.tsv (lower case).
NAME_PARTICLES = {'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'abd', 'umm', 'de', 'da', 'di', 'du',
                  'del', 'della', 'der', 'den', 'des', 'dos', 'das', 'la', 'le', 'van', 'von',
                  'ter', 'ten', 'mac', 'st'}

# WordNet kinds (the first lemma of an instance's hypernym) whose instances are
# places a news reader knows by name alone, none of them in the gazetteer:
# seas, rivers, mountains, deserts, islands, regions ("the Atlantic", "the
# Nile", "the Pyrenees", "the Sahara", "Kashmir"; build_features).
FEATURE_KINDS = {
    'ocean', 'sea', 'river', 'lake', 'bay', 'gulf', 'strait', 'channel', 'sound', 'canal',
    'waterfall', 'range', 'mountain_peak', 'volcano', 'desert', 'tableland', 'plain', 'valley',
    'peninsula', 'island', 'archipelago', 'geographical_area', 'region', 'continent',
}

# Feature names that news uses for something else more: the cricket team
# ("West Indies"), the airline ("Iberia"), either Korean state or its team
# ("Korea beat Japan": WordNet's peninsula).
NOT_FEATURES = {'West Indies', 'Iberia', 'Korea'}

# Regions news names alone that WordNet leaves out or hides behind an
# ordinary word ("gulf"): "the Gulf" (the Persian Gulf's shores and states),
# "the Americas", "the Sahel".  The written dev gold marks them places in 61
# of 76, 19 of 21 and 11 of 11 mentions not part of a longer name (session 13).
ADDED_FEATURES = {'Gulf', 'Americas', 'Sahel'}
