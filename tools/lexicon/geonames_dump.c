/* geonames_dump.c - prints every city compiled into libgeonames as TSV:
 * name, state, country name, country code, latitude, longitude, population.
 * Part of tools/lexicon (rebuild.sh); never built by the main Makefile.
 *
 * build: cc -std=c11 -O1 -o geonames_dump geonames_dump.c $(pkg-config --cflags --libs geonames)
 */
#include <geonames.h>
#include <stdio.h>

int main(void)
{
	gint n = geonames_get_n_cities();

	for (gint i = 0; i < n; i++) {
		GeonamesCity *c = geonames_get_city(i);

		if (!c)
			continue;
		printf("%s\t%s\t%s\t%s\t%.4f\t%.4f\t%u\n", geonames_city_get_name(c),
		       geonames_city_get_state(c) ? geonames_city_get_state(c) : "",
		       geonames_city_get_country(c) ? geonames_city_get_country(c) : "",
		       geonames_city_get_country_code(c), geonames_city_get_latitude(c),
		       geonames_city_get_longitude(c), geonames_city_get_population(c));
		geonames_city_free(c);
	}
	return ferror(stdout) ? 1 : 0;
}
