/* remove_cmd.c - newskg remove: withdraw articles from a persistent store.
 *
 * Each DOC-IRI names an article graph (the document IRI newskg extract
 * gave it); its completion marker goes first, then the graph, so a crash
 * half-way leaves a graph that the next open for writing removes (see
 * graph/store.h).  An IRI that the store does not hold is reported and the
 * others are still removed.
 */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "../core/err.h"
#include "../graph/store.h"
#include "commands.h"
#include "msg.h"

static const char usage_text[] =
        "usage: newskg remove --store SPEC DOC-IRI...\n"
        "\n"
        "Withdraws articles from a persistent store: the named graph of each\n"
        "document IRI (as newskg extract minted it) and its completion marker.\n"
        "\n"
        "Options:\n"
        "      --store SPEC   sqlite:PATH or postgresql:host=H,port=P,database=D,\n"
        "                     user=U,password=X[,name=MODEL]\n"
        "  -q, --quiet        no warnings (errors are still shown)\n"
        "  -v, --verbose      a line per article removed\n"
        "  -h, --help         show this help\n"
        "\n"
        "Exit status: 0 every article was removed, 1 some were not in the store\n"
        "(the others are removed), 2 usage error or the store failed.\n";

/* Usage errors: the message, then the command's usage line (cli/msg.h). */
static const char usage_line[] =
        "usage: newskg remove --store SPEC DOC-IRI...  (see 'newskg remove --help')\n";
#define usage_error(...) nkg_usage_error(usage_line, __VA_ARGS__)

int nkg_cmd_remove(int argc, char **argv)
{
	static const struct option longopts[] = {
	        {"store", required_argument, NULL, 's'},
	        {"quiet", no_argument, NULL, 'q'},
	        {"verbose", no_argument, NULL, 'v'},
	        {"help", no_argument, NULL, 'h'},
	        {NULL, 0, NULL, 0},
	};
	struct nkg_store_options sopt = {.mode = NKG_STORE_WRITE};
	struct nkg_store *st = NULL;
	const char *spec = NULL;
	int verbosity = 0, status = 0, c, rc;
	char why[256];

	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":qvh", longopts, NULL)) != -1) {
		switch (c) {
		case 's':
			if (nkg_store_spec_check(optarg, why, sizeof(why)) != 0)
				return usage_error("invalid --store: %s", why);
			spec = optarg;
			break;
		case 'q': verbosity = -1; break;
		case 'v': verbosity = 1; break;
		case 'h':
			fputs(usage_text, stdout);
			return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 2;
		case ':': return usage_error("option '%s' needs a value", argv[optind - 1]);
		default:
			if (optopt && optopt < 256)
				return usage_error("unknown option '-%c'", optopt);
			return usage_error("unknown option '%s'", argv[optind - 1]);
		}
	}
	if (!spec)
		return usage_error("no store given (--store SPEC)");
	if (optind >= argc)
		return usage_error("no document IRI given");
	for (int k = optind; k < argc; k++) {
		if (!strchr(argv[k], ':'))
			return usage_error("'%s' is not an absolute IRI", argv[k]);
	}

	if ((rc = nkg_store_open(spec, &sopt, &st)) != 0) {
		fprintf(stderr, "newskg: %s\n",
		        rc == NKG_ENOMEM ? nkg_strerror(rc) : nkg_store_error(st));
		status = 2;
		goto out;
	}
	if (nkg_store_recovered(st) && verbosity >= 0)
		fprintf(stderr,
		        "newskg: warning: removed %zu incomplete article graph%s from the store "
		        "(an earlier run stopped midway)\n",
		        nkg_store_recovered(st), nkg_store_recovered(st) == 1 ? "" : "s");
	for (int k = optind; k < argc; k++) {
		bool found = false;
		if ((rc = nkg_store_remove(st, argv[k], &found)) != 0) {
			fprintf(stderr, "newskg: %s\n",
			        rc == NKG_ENOMEM ? nkg_strerror(rc) : nkg_store_error(st));
			status = 2;
			goto out;
		}
		if (!found) {
			fprintf(stderr, "newskg: '%s' is not in the store\n", argv[k]);
			status = 1;
		} else if (verbosity > 0) {
			fprintf(stderr, "newskg: removed '%s'\n", argv[k]);
		}
	}
out:
	nkg_store_free(st);
	return status;
}
