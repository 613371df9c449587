#!/bin/sh
# The seed article's graph holds what a reader learns from it (issue 2): the
# eight named people, the organisations, the places, and the rally, the
# strike and the vote with their dates.  Each fact is a SPARQL ASK run by
# roqet over the output that rapper parsed strictly, in every format.
. tests/e2e/lib.sh "$1"

S='PREFIX schema: <http://schema.org/>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX nkg: <https://w3id.org/newskg/ns#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
'

# fact FILE FORMAT WHAT ASK-BODY
fact() {
	ask "$1" "$2" "$S ASK { $4 }" || fail "$2: $3"
}

for fmt in turtle ntriples nquads; do
	nkg extract --date 2020-01-24 -f "$fmt" samples/iraq-rallies.txt
	expect_status 0
	out=$T/sample.$fmt
	cp "$T/out" "$out"

	for p in "Sadiq al-Hashemi" "Donald Trump" "Muqtada al-Sadr" "Qassem Soleimani" \
		"Abu Mahdi al-Muhandis" "James Jeffrey" "Qais al-Khazali" "Ali al-Sistani"; do
		fact "$out" "$fmt" "person $p" "?x a schema:Person ; schema:name \"$p\" ; rdfs:label \"$p\""
	done
	for o in "Iraqi Center for Studies" "Al-Ahd" "Iraqi parliament" "Hashd al-Shaabi" \
		"AFP" "Press TV"; do
		fact "$out" "$fmt" "organisation $o" "?x a schema:Organization ; schema:name \"$o\""
	done
	fact "$out" "$fmt" "Iraq is a country" "?x a schema:Country ; schema:name \"Iraq\""
	fact "$out" "$fmt" "US, America, United States are one place" \
		"?x a schema:Country ; schema:name \"United States\" ; skos:altLabel \"US\", \"America\""
	fact "$out" "$fmt" "Jadiriyah is in Baghdad, in Iraq" \
		"?j schema:name \"Jadiriyah\" ; schema:containedInPlace ?b . ?b a schema:City ;
		 schema:name \"Baghdad\" ; schema:containedInPlace ?i . ?i schema:name \"Iraq\""
	fact "$out" "$fmt" "Baghdad airport is in Baghdad" \
		"?a a schema:Airport ; schema:containedInPlace ?b . ?b schema:name \"Baghdad\""
	fact "$out" "$fmt" "the Iraqi capital is a mention of Baghdad" \
		"?m nif:anchorOf \"Iraqi capital\" ; itsrdf:taIdentRef ?b . ?b schema:name \"Baghdad\""
	fact "$out" "$fmt" "Trump is US President" \
		"?t schema:name \"Donald Trump\" ; schema:jobTitle \"President\" ;
		 schema:nationality ?us . ?us schema:name \"United States\""
	fact "$out" "$fmt" "al-Hashemi directs the Iraqi Center for Studies" \
		"?h schema:name \"Sadiq al-Hashemi\" ; schema:memberOf ?r . ?r schema:roleName \"director\" ;
		 schema:memberOf ?c . ?c schema:name \"Iraqi Center for Studies\""
	fact "$out" "$fmt" "Soleimani is Iranian" \
		"?s schema:name \"Qassem Soleimani\" ; schema:nationality ?ir . ?ir schema:name \"Iran\""
	# roqet has no NOT EXISTS: a demonym alone must anchor no mention.
	if ask "$out" "$fmt" "$S ASK { ?m nif:anchorOf \"Iraqi\" }"; then
		fail "$fmt: the demonym Iraqi is a mention"
	fi
	fact "$out" "$fmt" "the rally on 2020-01-24 in Jadiriyah, called by al-Sadr" \
		"?e a nkg:Protest ; sem:hasTimeStamp \"2020-01-24\"^^xsd:date ; sem:hasPlace ?j ;
		 sem:hasActor ?s ; nkg:quantity \"more than 2.5 million\" .
		 ?j schema:name \"Jadiriyah\" . ?s schema:name \"Muqtada al-Sadr\""
	fact "$out" "$fmt" "the US strike on 2020-01-03 at Baghdad airport killed Soleimani and al-Muhandis" \
		"?e a nkg:MilitaryStrike ; sem:hasTimeStamp \"2020-01-03\"^^xsd:date ; sem:hasPlace ?a ;
		 nkg:hasRole ?r1, ?r2, ?r3 . ?a a schema:Airport .
		 ?r1 sem:roleType nkg:Patient ; rdf:value ?p1 . ?p1 schema:name \"Qassem Soleimani\" .
		 ?r2 sem:roleType nkg:Patient ; rdf:value ?p2 . ?p2 schema:name \"Abu Mahdi al-Muhandis\" .
		 ?r3 sem:roleType nkg:Agent ; rdf:value ?us . ?us schema:name \"United States\""
	fact "$out" "$fmt" "the Iraqi parliament voted on 2020-01-05" \
		"?e a nkg:Vote ; sem:hasTimeStamp \"2020-01-05\"^^xsd:date ; sem:hasActor ?p .
		 ?p schema:name \"Iraqi parliament\""
	fact "$out" "$fmt" "the article is dated by the option" \
		"?d a schema:NewsArticle ; schema:datePublished \"2020-01-24\"^^xsd:date ;
		 nkg:datePublishedSource nkg:DateFromOption ;
		 schema:headline \"Iraq rallies demanding an end to US troops presence\""
done
finish
