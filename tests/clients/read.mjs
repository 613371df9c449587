// read.mjs - N3.js and Oxigraph read newskg's output (tests/e2e/clients-read.sh).
//
//   node tests/clients/read.mjs MANIFEST OUTDIR
//
// MANIFEST has one job a line, fields separated by tabs:
//   NAME  FORMAT  FILE  [QUERY.rq ...]      FORMAT: turtle | ntriples | nquads
// For each job both clients parse FILE strictly; anything they report is an
// error.  Written to OUTDIR:
//   NAME.n3.nt, NAME.oxigraph.nt   every triple (quad) the parser read, one a
//                                  line in canonical N-Triples (N-Quads), sorted
//   NAME.oxigraph.<query>.tsv      the query's results as SPARQL TSV, header
//                                  first, then the rows sorted
// The canonical form is rapper's: ASCII only (\uXXXX / \UXXXXXXXX beyond),
// \t \n \r \" \\ escaped, language tags in lower case, and xsd:string left
// implicit.  Exit status 0 when every client read every file without a word,
// 1 otherwise (each problem on stderr as "clients: ...").
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import N3 from 'n3';
import oxigraph from 'oxigraph';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANGSTRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';
const MEDIA = {
	turtle: 'text/turtle',
	ntriples: 'application/n-triples',
	nquads: 'application/n-quads',
};

let failed = false;
function problem(msg) {
	process.stderr.write(`clients: ${msg}\n`);
	failed = true;
}

function hex(c, width) {
	return c.toString(16).toUpperCase().padStart(width, '0');
}

// ascii: escape everything beyond ASCII (N-Triples as rapper writes it);
// otherwise keep UTF-8 (SPARQL TSV as librdf writes it).
function escape(s, ascii) {
	let out = '';
	for (const ch of s) {
		const c = ch.codePointAt(0);
		if (ch === '\\') out += '\\\\';
		else if (ch === '"') out += '\\"';
		else if (ch === '\t') out += '\\t';
		else if (ch === '\n') out += '\\n';
		else if (ch === '\r') out += '\\r';
		else if (c < 0x20 || c === 0x7f) out += '\\u' + hex(c, 4);
		else if (c > 0x7f && ascii) out += c > 0xffff ? '\\U' + hex(c, 8) : '\\u' + hex(c, 4);
		else out += ch;
	}
	return out;
}

// A term of either library (both follow the RDF/JS data model).
function term(t, ascii) {
	switch (t.termType) {
	case 'NamedNode':
		return '<' + escape(t.value, ascii) + '>';
	case 'BlankNode':
		return '_:' + t.value;
	case 'Literal': {
		let s = '"' + escape(t.value, ascii) + '"';
		if (t.language) s += '@' + t.language.toLowerCase();
		else if (t.datatype && t.datatype.value !== XSD_STRING &&
		         t.datatype.value !== RDF_LANGSTRING)
			s += '^^<' + escape(t.datatype.value, ascii) + '>';
		return s;
	}
	default:
		throw new Error(`unexpected ${t.termType} term`);
	}
}

function line(q) {
	let s = `${term(q.subject, true)} ${term(q.predicate, true)} ${term(q.object, true)}`;
	if (q.graph && q.graph.termType !== 'DefaultGraph') s += ' ' + term(q.graph, true);
	return s + ' .\n';
}

// Sorted, each line once (a graph is a set; the files compared are too).
function canonical(quads) {
	const lines = [...new Set(quads.map(line))];
	lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)); // code units = bytes: ASCII only
	return lines.join('');
}

function readN3(job, text) {
	const quads = [];
	try {
		// A format makes N3.js strict: no N3 extensions, nothing lenient.
		const parser = new N3.Parser({ format: MEDIA[job.format] });
		for (const q of parser.parse(text)) quads.push(q);
	} catch (e) {
		problem(`n3 rejects ${job.file} (${job.format}): ${e.message}`);
		return;
	}
	writeFileSync(`${job.out}.n3.nt`, canonical(quads));
}

// The results of a SELECT: one array of terms (or '' when unbound) a row, in
// the order of vars.
function rows(results, vars) {
	if (!Array.isArray(results)) throw new Error('not a SELECT query');
	return results.map((row) => vars.map((v) => (row.has(v) ? term(row.get(v), false) : '')));
}

function readOxigraph(job, text) {
	const store = new oxigraph.Store();
	let quads;
	try {
		// The parser gives the terms as written; the store keeps typed
		// literals by value ("9.5E-1"^^xsd:double comes back as "0.95",
		// xsd:nonNegativeInteger as xsd:integer), so the triples compared
		// are the parser's, and the store serves the queries.
		quads = oxigraph.parse(text, { format: MEDIA[job.format] });
		store.load(text, { format: MEDIA[job.format] });
	} catch (e) {
		problem(`oxigraph rejects ${job.file} (${job.format}): ${e.message}`);
		return;
	}
	writeFileSync(`${job.out}.oxigraph.nt`, canonical(quads));
	// Two literals with one value (say "1.0" and "1.00" as xsd:double)
	// would be one in the store: answers would then count differently.
	if (store.size !== new Set(quads.map(line)).size)
		problem(`oxigraph's store holds ${store.size} quads of ${job.file} (${job.format}), ` +
		        `its parser read ${quads.length}: literals equal by value`);
	for (const rq of job.queries) {
		const q = readFileSync(rq, 'utf8');
		let head, out;
		try {
			// N-Quads put every triple in the document's graph: ask the union.
			const opt = { use_default_graph_as_union: true };
			// Oxigraph's own TSV gives the header: every projected variable,
			// also one that no row binds.
			head = store.query(q, { ...opt, results_format: 'text/tab-separated-values' })
			            .split('\n')[0];
			const vars = head.split('\t').map((v) => v.replace(/^\?/, ''));
			out = rows(store.query(q, opt), vars).map((r) => r.join('\t'));
		} catch (e) {
			problem(`oxigraph cannot run ${rq} on ${job.file}: ${e.message}`);
			continue;
		}
		// Sorted: ties of ORDER BY may come in any order.
		out.sort();
		writeFileSync(`${job.out}.oxigraph.${basename(rq, '.rq')}.tsv`,
		              head + '\n' + out.map((r) => r + '\n').join(''));
	}
}

function main(argv) {
	if (argv.length !== 2) {
		process.stderr.write('usage: node read.mjs MANIFEST OUTDIR\n');
		return 2;
	}
	const [manifest, outdir] = argv;
	for (const l of readFileSync(manifest, 'utf8').split('\n')) {
		if (!l) continue;
		const [name, format, file, ...queries] = l.split('\t');
		if (!MEDIA[format]) {
			problem(`unknown format '${format}' in ${manifest}`);
			continue;
		}
		const job = { name, format, file, queries, out: `${outdir}/${name}` };
		const text = readFileSync(file, 'utf8');
		readN3(job, text);
		readOxigraph(job, text);
	}
	return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
