// compromise.mjs - the reference NER for make bench.
//
//   node bench/compromise.mjs CORPUS.jsonl [RUNS]
//
// Reads the JSON Lines corpus (one article per line, its text in "text"),
// then, for every article, runs compromise's people / places /
// organizations extraction with JSON output, as a user of compromise would
// to get the same kinds of entities newskg finds.  Only the NLP part is
// timed (reading and JSON parsing of the corpus are not), RUNS times
// (default 3).  Prints one line per run and a summary:
//
//   run=1 seconds=12.345678
//   articles=886 words=287824 bytes=1720840 entities=12345 median_seconds=12.3 words_per_s=23456.7
//
// words: white-space separated tokens of the texts, as make_corpus.py
// counts them.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const [, , path, runsArg] = process.argv;
if (!path) {
	console.error('usage: node compromise.mjs CORPUS.jsonl [RUNS]');
	process.exit(2);
}
const runs = Math.max(1, parseInt(runsArg || '3', 10));

const texts = [];
for (const line of readFileSync(path, 'utf8').split('\n')) {
	if (line.trim() === '')
		continue;
	const rec = JSON.parse(line);
	if (typeof rec.text === 'string')
		texts.push(rec.text);
}
let words = 0;
let bytes = 0;
for (const t of texts) {
	// Python's str.split(): runs of white space, no empty tokens
	const w = t.split(/\s+/u).filter((x) => x !== '');
	words += w.length;
	bytes += Buffer.byteLength(t, 'utf8');
}

const times = [];
let entities = 0;
for (let r = 0; r < runs; r++) {
	let found = 0;
	const t0 = process.hrtime.bigint();
	for (const t of texts) {
		const doc = nlp(t);
		found += doc.people().json().length;
		found += doc.places().json().length;
		found += doc.organizations().json().length;
	}
	const t1 = process.hrtime.bigint();
	const s = Number(t1 - t0) / 1e9;
	times.push(s);
	entities = found;
	console.log(`run=${r + 1} seconds=${s.toFixed(6)}`);
}
times.sort((a, b) => a - b);
const mid = times.length >> 1;
const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
const version = nlp.version;
console.log(`articles=${texts.length} words=${words} bytes=${bytes} entities=${entities} ` +
	`median_seconds=${median.toFixed(6)} words_per_s=${(words / median).toFixed(1)} runs=${runs} ` +
	`version=${version}`);
