#!/usr/bin/env python3
"""Writes the hand-made seed inputs of tests/fuzz/corpus/ (run from the
repository root: python3 tests/fuzz/seeds.py).  The fuzzer adds its own
inputs beside them (make fuzz FUZZ_MERGE=1).  Sources: the sample article
and pieces of the CC BY articles of eval/gold/ (GUM, MEANTIME, ECB+)."""
import json
import os

ROOT = 'tests/fuzz/corpus'


def put(target, name, data):
    d = os.path.join(ROOT, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode('utf-8')
    with open(os.path.join(d, 'seed-' + name), 'wb') as f:
        f.write(data)


def gold_texts(path, n):
    out = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            rec = json.loads(line)
            out.append(rec)
            if len(out) == n:
                break
    return out


sample = open('samples/iraq-rallies.txt', encoding='utf-8').read()
articles = []
for set_name, path, n in (('gum', 'eval/gold/gum.jsonl', 3),
                          ('meantime', 'eval/gold/meantime.jsonl', 3),
                          ('ecbplus', 'eval/gold/ecbplus.jsonl', 2)):
    for k, rec in enumerate(gold_texts(path, n)):
        articles.append(('%s-%d' % (set_name, k), rec))

# Tricky text, in a news-like frame so the extractors get past their cues.
tricky = {
    'rtl': 'BAGHDAD, Jan 24 (Reuters) - \u200f\u0645\u0642\u062a\u062f\u0649 '
           '\u0627\u0644\u0635\u062f\u0631\u200e Moqtada al-Sadr said on Friday.\n',
    'combining': 'Jose\u0301 Marti\u0301 met Ame\u0301lie in Bogota\u0301 on Monday.\n',
    'nbsp': 'President\u00a0Donald\u00a0Trump spoke in\u202fWashington\u3000on Jan.\u00a024.\n',
    'curly': '\u201cWe want change,\u201d said Maria Lopez. \u2018No,\u2019 he said \u2014 '
             'later \u2013 in Paris.\n',
    'emoji': 'Protesters \U0001F600 rallied in Madrid \U0001F1EA\U0001F1F8 on '
             'Saturday.\n',
    'fffd': 'Ali \ufffd Hassan visited Baghdad\ufffd on 3 March 2020.\n',
    'quotes-nested': 'He said: "She told me \'the U.S. will leave\' yesterday."\n',
    'dateline': 'TEHRAN (Iran News) \u2013 Iran\'s Supreme Leader Ayatollah Ali Khamenei '
                'said on Jan. 3 that ...\n\nsource : Iran News\n',
    'controls': 'Name\x01With\x02Controls\x1b[31m in \x7fParis\r\n on Friday\x0b.\n',
}
invalid = {
    'surrogates': b'Gen. \xed\xa0\x80\xed\xb0\x80 Soleimani was killed in Baghdad.\n',
    'overlong': b'The \xc0\xafU.N.\xe0\x80\xaf said on Monday \xf0\x80\x80\xaf.\n',
    'truncated': b'Protesters rallied in Baghdad on Friday \xe2\x80',
    'bom': b'\xef\xbb\xbfProtesters rally in Quito\n\nThousands marched on 2020-01-24.\n',
    'toobig': b'\xf4\x90\x80\x80 Kabul \xf5\x80 \xff\xfe\n',
}

for target in ('token', 'extract', 'graph'):
    put(target, 'sample', sample)
    put(target, 'sample-head', sample[:700])
    for name, rec in articles:
        text = rec['text']
        put(target, name, text[:2000])
        paras = [p for p in text.split('\n\n') if p.strip()]
        if len(paras) > 2:
            put(target, name + '-para', paras[2][:1000])
    for name, text in tricky.items():
        put(target, name, text)
    for name, data in invalid.items():
        put(target, name, data)

# JSON Lines records: real ones (short text), and hostile ones.
for name, rec in articles[:4]:
    small = {k: rec[k] for k in ('id', 'date', 'title') if k in rec}
    small['text'] = rec['text'][:400]
    put('json', name, json.dumps(small, ensure_ascii=(name.endswith('1'))))
records = {
    'minimal': '{"text":"Hello"}',
    'all-fields': '{"id":42,"url":"https://example.org/a?b=c#d","title":"T","date":'
                  '"2020-01-24T10:00:00+03:00","source":"Reuters","text":"A \\"b\\" c"}',
    'escapes': '{"text":"tab\\tnl\\nq\\"bs\\\\sl\\/u\\u00e9\\ud83d\\ude00"}',
    'lone-surrogate': '{"text":"\\ud800 x"}',
    'nul-escape': '{"text":"a\\u0000b"}',
    'nested': '{"meta":{"a":[1,2,{"b":null}],"c":true},"text":"x","n":-1.5e+10}',
    'deep': '{"x":' + '[' * 70 + ']' * 70 + ',"text":"x"}',
    'duplicate': '{"text":"a","text":"b"}',
    'bad-date': '{"text":"a","date":"2020-02-30"}',
    'number-text': '{"text":5}',
    'trailing': '{"text":"a"} x',
    'leading-zero': '{"id":01,"text":"a"}',
    'raw-control': '{"text":"a\tb"}',
    'unterminated': '{"text":"abc',
    'empty': '',
    'array': '[{"text":"a"}]',
}
for name, data in records.items():
    put('json', name, data)

for name, data in invalid.items():
    put('utf8', name, data)
for name, text in tricky.items():
    put('utf8', name, text)
