#!/usr/bin/env python3
"""orgs.py - builds extract/lexicon/organizations.tsv from the name-suggestion-index.

usage: orgs.py NSI_PACKAGE_DIR OUT_DIR
NSI_PACKAGE_DIR is the unpacked npm package name-suggestion-index (pinned in
package-lock.json beside this script; rebuild.sh installs it).  It reads
dist/json/nsi.json (brands, operators, transit networks and flags of
OpenStreetMap, with their tags) and dist/wikidata/wikidata.json (label and
description of every Wikidata item NSI uses).  Python 3 standard library
only; output sorted, so the same package version gives byte-identical files.

What goes in (extract/lexicon/README.md, "Organisations", says it for users):
  - every QID named by a brand:wikidata, operator:wikidata or network:wikidata
    tag of a brands/*, operators/* or transit/* item (flags/* are flags of
    countries and regions: left out; so are subject:wikidata and the like);
  - minus items whose Wikidata description says they are a place (a city,
    municipality, country, state...: operators of parks and drinking water
    are often the municipality itself), a product, brand of a product, or a
    person (not_organisation() below: the head noun of the description), and
    items NSI lists as dissolved (wikidata.json "dissolutions");
  - kind: brand (a brand:wikidata tag), else operator, else network;
  - canonical name: the Wikidata label (else the most used NSI name);
  - aliases: the NSI names of that very organisation: the brand / operator /
    network tag whose wikidata tag is the QID, its :en and :short forms,
    official_name, the name and displayName of brand items (a brand item's
    name is the brand), and matchNames that spell one of those (the same
    letters and digits: "mcdonalds"); each only in Latin script (its folded
    key is ASCII: news in English), not a generic word of NSI's
    genericWords.json, not 3 characters or fewer unless written in capitals
    (an acronym: "BP", "KFC"), and with a leading "The " also without it;
    operators and networks lose names made only of lower-case English words
    of wamerican and joiners ("Ministry of Health", "State Police": every
    country has one, descriptive()); brands lose such names when their last
    word says what kind of institution it is ("Central Bank", INSTITUTION_HEADS).
  - a folded key (build.fold, what the C loader computes) of two different
    QIDs is ambiguous: it is left out (counted on stderr and in the header),
    unless it is the Wikidata label of exactly one of them, which keeps it.
"""
import collections
import json
import os
import re
import sys

from build import build_common, clean, fold, write_tsv

# The head noun of a Wikidata description decides what the item is: the last
# word before the first "of", "in", "based", ",", ... ("capital and largest
# city of Poland" -> city; "American multinational technology company based
# in Cupertino" -> company; "government agency of the state of Ohio" -> agency).
HEAD_END = re.compile(r' (?:of|in|on|at|for|from|by|near|within|based|located|headquartered|'
                      r'operating|serving|owned|that|which|with|and its|founded|established|'
                      r'between|covering|across|under|since|off|comprising|bordering|'
                      r'along)\b|[,;(:]')
# Heads of places (operators of parks and drinking water are often the
# municipality itself): left out.
PLACE_HEADS = {
    'city', 'town', 'village', 'hamlet', 'municipality', 'commune', 'comune', 'county',
    'borough', 'country', 'state', 'province', 'prefecture', 'region', 'canton', 'territory',
    'island', 'islands', 'archipelago', 'area', 'settlement', 'suburb', 'neighbourhood',
    'neighborhood', 'locality', 'parish', 'township', 'ward', 'capital', 'metropolis',
    'megacity', 'oblast', 'voivodeship', 'governorate', 'emirate', 'kingdom', 'republic',
    'city-state', 'seat', 'conurbation', 'agglomeration', 'place', 'cdp', 'gemeinde',
    'stadt', 'ort', 'quarter', 'krai', 'raion', 'okrug', 'arrondissement', 'departement',
    'département', 'district', 'land', 'polity', 'nation', 'monarchy', 'verbandsgemeinde',
    'samtgemeinde', 'powiat', 'gmina', 'intercommunality',
}
# A district that is an organisation: "school district in Texas".
ORG_DISTRICTS = {'school', 'park', 'transit', 'water', 'fire', 'library', 'sanitary', 'utility',
                 'hospital', 'irrigation', 'special', 'sewer', 'recreation', 'transportation',
                 'conservation', 'health', 'independent', 'unified', 'community', 'college',
                 'protection', 'services', 'service', 'power', 'utilities', 'drainage',
                 'improvement', 'port', 'airport', 'forest', 'preserve', 'mosquito'}
# Heads of things that are not organisations (products, works, people, routes).
THING_HEADS = {
    'drink', 'drinks', 'beer', 'lager', 'ale', 'beverage', 'beverages', 'water', 'wine',
    'whisky', 'whiskey', 'vodka', 'cigarette', 'cigarettes', 'car', 'cars', 'automobile',
    'vehicle', 'model', 'models', 'software', 'app', 'application', 'website', 'game', 'channel',
    'magazine', 'newspaper', 'card', 'currency', 'cryptocurrency', 'protocol', 'standard',
    'line', 'route', 'road', 'highway', 'motorway', 'bridge', 'building', 'tower', 'skyscraper',
    'politician', 'singer', 'actor', 'actress', 'musician', 'footballer', 'human', 'person',
    'name', 'surname', 'species', 'genus', 'flag', 'product', 'products', 'food', 'snack',
    'candy', 'cereal', 'chocolate', 'confectionery', 'sauce', 'cheese', 'coffee', 'tea',
    'toy', 'toys', 'font', 'logo', 'trademark', 'lottery', 'river', 'lake', 'mountain',
    'park', 'trail', 'monument', 'church', 'cathedral', 'mosque', 'temple', 'stadium',
    'airport', 'station', 'mall', 'museum', 'shopping', 'character', 'film', 'series',
    'album', 'song', 'book', 'novel', 'event', 'festival', 'holiday', 'tradition', 'ritual',
}
# "brand of gas stations" is a chain; "brand of beer" a product.
CHAIN_WORDS = re.compile(r'\b(?:stores?|shops?|restaurants?|supermarkets?|hotels?|banks?|'
                         r'pharmac(?:y|ies)|stations?|chains?|retail(?:er|ers)?|outlets?|'
                         r'franchises?|cafes?|cafés?|bakeries|gyms?|cinemas?|dealers?)\b', re.I)

# A brand of these is a product, not a firm.
PRODUCT_WORDS = re.compile(r'\b(?:drinks?|beers?|lagers?|ales?|beverages?|water|wines?|spirits?|'
                           r'whiske?y|vodka|gin|rum|cigarettes?|tobacco|food|foods|snacks?|'
                           r'cand(?:y|ies)|chocolates?|cereals?|confectionery|sauces?|cheeses?|'
                           r'coffee|tea|toys?|cosmetics|soaps?|detergents?|ice cream|yogh?urts?|'
                           r'products?|goods|medicines?|drugs?|pharmaceuticals?|fuels?|oils?)\b',
                           re.I)


def description_head(desc):
    """(head noun, the word before it) of a description, lower case."""
    m = HEAD_END.search(desc)
    words = re.findall(r"[\w'-]+", (desc[:m.start()] if m else desc).lower())
    if not words:
        return '', ''
    return words[-1], (words[-2] if len(words) > 1 else '')


def not_organisation(desc):
    """Why a description is of a place or a thing, or '' for an organisation."""
    head, before = description_head(desc)
    if head in PLACE_HEADS and not (head == 'district' and before in ORG_DISTRICTS):
        return 'place'
    if head in THING_HEADS:
        return 'not an organisation'
    if (head in ('brand', 'brands', 'label', 'marque', 'line') and PRODUCT_WORDS.search(desc) and
            not CHAIN_WORDS.search(desc)):
        return 'not an organisation'  # "brand of beer"; "automobile brand" stays (Mercedes-Benz)
    return ''


# Words that may join common words in a descriptive name ("Ministry of Health").
JOINERS = {'of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'el', 'del', 'in', 'on',
           'at', 'to', '&', 'st', 'st.'}
KINDS = (('brand', 'brand'), ('operator', 'operator'), ('network', 'network'))


def squash(s):
    return re.sub('[^a-z0-9]', '', fold(s))


def latin(s):
    """True when the folded name is ASCII: a name English news may write."""
    return all(ord(c) < 128 for c in fold(s))


def acronym(s):
    return re.fullmatch(r'[A-Z0-9&.\'-]+', s) is not None and re.search('[A-Z]', s) is not None


# Last words of a brand name made of common words that say what kind of
# institution it is ("Central Bank", "Community Pharmacy"): descriptive too.
INSTITUTION_HEADS = {
    'bank', 'banks', 'savings', 'credit', 'union', 'insurance', 'assurance', 'pharmacy',
    'chemist', 'chemists', 'hospital', 'clinic', 'school', 'schools', 'college', 'university',
    'academy', 'church', 'police', 'library', 'post', 'office', 'trust', 'society',
    'association', 'council', 'authority', 'agency', 'department', 'ministry', 'court',
    'services', 'service', 'transit', 'transport', 'bus', 'buses', 'railway', 'railways',
    'rail', 'airport', 'party', 'federation', 'foundation', 'institute', 'centre', 'center',
    'company', 'group', 'cooperative', 'co-op', 'market', 'supermarket', 'store', 'stores',
}


def descriptive(name, common):
    """True when every word of the name is a lower-case English word of
    wamerican or a joiner: "Ministry of Health", "Fire Department", "State
    Police".  Such an operator or network name describes what it is, and the
    same words name other bodies elsewhere (every country has a ministry of
    health), so it is no key."""
    words = [w for w in re.split(r"[ /-]+", fold(name)) if w]
    return bool(words) and all(w in common or w in JOINERS for w in words)


def main():
    pkg, out_dir = sys.argv[1:3]
    nsi = json.load(open(os.path.join(pkg, 'dist/json/nsi.json'), encoding='utf-8'))['nsi']
    wd = json.load(open(os.path.join(pkg, 'dist/wikidata/wikidata.json'),
                        encoding='utf-8'))['wikidata']
    generic = [re.compile(g, re.I) for g in json.load(
        open(os.path.join(pkg, 'dist/json/genericWords.json'), encoding='utf-8'))['genericWords']]
    version = json.load(open(os.path.join(pkg, 'package.json'), encoding='utf-8'))['version']

    kinds = collections.defaultdict(set)       # qid -> {'brand', 'operator', 'network'}
    names = collections.defaultdict(list)      # qid -> names in data order
    for cat in sorted(nsi):
        top = cat.split('/')[0]
        if top not in ('brands', 'operators', 'transit'):
            continue
        for it in nsi[cat]['items']:
            tags = it['tags']
            for prefix, kind in KINDS:
                qid = tags.get(prefix + ':wikidata', '')
                if not re.fullmatch(r'Q[1-9][0-9]*', qid):
                    continue  # none, or several ("Q1;Q2")
                kinds[qid].add(kind)
                got = [tags.get(prefix), tags.get(prefix + ':en'), tags.get(prefix + ':short'),
                       tags.get('official_name') if prefix == 'brand' else None]
                if prefix == 'brand':
                    got += [tags.get('name'), tags.get('name:en'), it.get('displayName')]
                got = [clean(n) for n in got if n]
                primary = ([p for p, _ in KINDS if tags.get(p + ':wikidata')] or [''])[0]
                if prefix == primary:
                    # matchNames are what OSM mappers write for the item: other
                    # spellings ("mcdonalds") but also facilities ("shell
                    # station") and other firms ("facebook" for Meta): only a
                    # spelling of a name of the item (same letters and digits)
                    spelled = {squash(n) for n in got}
                    got += [clean(m) for m in it.get('matchNames', []) if squash(m) in spelled]
                names[qid] += got

    dropped = collections.Counter()
    records = {}
    common = set(build_common())
    n_descriptive = 0
    for qid in sorted(kinds, key=lambda q: int(q[1:])):
        w = wd.get(qid, {})
        if w.get('dissolutions'):
            dropped['dissolved'] += 1
            continue
        desc = w.get('description', '')
        why = not_organisation(desc)
        if why:
            dropped[why] += 1
            continue
        kind = next(k for _, k in KINDS if k in kinds[qid])
        label = clean(w.get('label', ''))
        counts = collections.Counter(names[qid])
        if not label:
            if not counts:
                continue
            label = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        aliases = []
        for n in [label] + names[qid]:
            forms = [n] + ([n[4:]] if n.startswith('The ') and len(n) > 8 else [])
            for f in forms:
                if '|' in f or not latin(f) or not fold(f):
                    continue
                if any(g.search(fold(f)) for g in generic):
                    continue
                if len(fold(f)) <= 3 and not acronym(f):
                    continue
                # a descriptive name still claims its key (so "Shell", a
                # common word, stays ambiguous between Q154950 and Q110716465)
                desc_name = descriptive(f, common) and (
                    kind != 'brand' or fold(f).split(' ')[-1] in INSTITUTION_HEADS)
                aliases.append((f, desc_name))
        if not [a for a, desc_name in aliases if not desc_name]:
            dropped['no usable name'] += 1
            continue
        records[qid] = (kind, label, aliases)

    by_key = collections.defaultdict(set)
    for qid, (_, _, aliases) in records.items():
        for a, _ in aliases:
            by_key[fold(a)].add(qid)
    # A key of several QIDs is ambiguous, unless it is the Wikidata label of
    # exactly one of them: "McDonald's" is the label of Q38076 and only a
    # brand tag of its national subsidiaries; "Shell" is the label of two
    # items and stays out.
    label_of = collections.defaultdict(set)
    for qid, (_, label, _) in records.items():
        label_of[fold(label)].add(qid)
    owner = {}
    for k, q in by_key.items():
        if len(q) > 1 and len(label_of.get(k, set()) & q) == 1:
            owner[k] = next(iter(label_of[k] & q))
    ambiguous = {k for k, q in by_key.items() if len(q) > 1 and k not in owner}
    rows = []
    for qid in sorted(records, key=lambda q: int(q[1:])):
        kind, label, aliases = records[qid]
        keep, seen = [], set()
        for a, desc_name in aliases:
            k = fold(a)
            if k in ambiguous or k in seen or owner.get(k, qid) != qid:
                continue
            if desc_name:
                n_descriptive += 1
                continue
            seen.add(k)
            keep.append(a)
        if not keep:
            dropped['every name ambiguous'] += 1
            continue
        # the label comes first when it is unambiguous; the name column is
        # always the label (the display name), aliases are the keys
        rows.append((qid, kind, label, '|'.join(keep)))
    write_tsv(os.path.join(out_dir, 'organizations.tsv'), [
        'organizations.tsv - organisations of the name-suggestion-index %s with their' % version,
        'Wikidata QIDs.  Generated by tools/lexicon/orgs.py: do not edit; see README.md.',
        'qid\tkind (brand|operator|network)\tname (Wikidata label)\tkeys (|-separated; matched',
        'folded; a key of two QIDs is left out: %d were)' % len(ambiguous),
    ], rows)
    print('organizations: %d of %d NSI items with a QID (dropped: %s); %d names, %d descriptive '
          'names and %d ambiguous keys left out, %d keys of several QIDs kept by the '
          'one whose label they are'
          % (len(rows), len(kinds), ', '.join('%s %d' % kv for kv in sorted(dropped.items())),
             sum(len(r[3].split('|')) for r in rows), n_descriptive, len(ambiguous), len(owner)),
          file=sys.stderr)


if __name__ == '__main__':
    main()
