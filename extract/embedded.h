/* embedded.h - data files compiled into the binary by tools/embed.c. */
#ifndef NKG_EMBEDDED_H
#define NKG_EMBEDDED_H

#include <stddef.h>

struct nkg_embedded_file {
	const char *name; /* base name, e.g. "countries.tsv" */
	const char *data; /* the bytes, followed by a NUL */
	size_t len;
};

/* Every file of extract/lexicon/, sorted by name; ends with a NULL name. */
extern const struct nkg_embedded_file nkg_lexicon_files[];
extern const size_t nkg_lexicon_files_count;

/* Every .bin file of extract/model/ (trained models, see its README.md),
 * sorted by name; ends with a NULL name; none when built without a model. */
extern const struct nkg_embedded_file nkg_model_files[];
extern const size_t nkg_model_files_count;

#endif
