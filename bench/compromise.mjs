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
//   run=1 seconds=12.345678 cpu_seconds=12.9
//   articles=886 words=287824 bytes=1720840 entities=12345 median_seconds=12.3
//     median_cpu_seconds=12.9 words_per_s=23456.7 runs=3 version=14.17.0
//
// (one line).  seconds is wall time, cpu_seconds the process CPU time
// (process.cpuUsage(), user + system, all threads: the garbage collector
// runs beside the script).
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
const cpus = [];
let entities = 0;
for (let r = 0; r < runs; r++) {
	let found = 0;
	const c0 = process.cpuUsage();
	const t0 = process.hrtime.bigint();
	for (const t of texts) {
		const doc = nlp(t);
		found += doc.people().json().length;
		found += doc.places().json().length;
		found += doc.organizations().json().length;
	}
	const t1 = process.hrtime.bigint();
	const c1 = process.cpuUsage(c0);
	const s = Number(t1 - t0) / 1e9;
	const cs = (c1.user + c1.system) / 1e6;
	times.push(s);
	cpus.push(cs);
	entities = found;
	console.log(`run=${r + 1} seconds=${s.toFixed(6)} cpu_seconds=${cs.toFixed(6)}`);
}
function median(v) {
	v.sort((a, b) => a - b);
	const mid = v.length >> 1;
	return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
const wall = median(times);
const cpu = median(cpus);
const version = nlp.version;
console.log(`articles=${texts.length} words=${words} bytes=${bytes} entities=${entities} ` +
	`median_seconds=${wall.toFixed(6)} median_cpu_seconds=${cpu.toFixed(6)} ` +
	`words_per_s=${(words / wall).toFixed(1)} runs=${runs} ` +
	`version=${version}`);
