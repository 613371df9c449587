/* validate_cmd.c - newskg validate: check RDF files against the SHACL shapes.
 *
 *   newskg validate [--shapes FILE] [-f FORMAT] [--report text|ttl] FILE...
 *
 * The shapes default to ontology/shapes.ttl as compiled into the binary, so
 * the command works the same from a checkout and after make install.  The
 * checks themselves are graph/validate.c.  Exit status: 0 every file
 * conforms, 1 some violate the shapes, 2 usage error or a file that cannot be
 * read or parsed.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/buf.h"
#include "../core/err.h"
#include "../graph/validate.h"
#include "commands.h"
#include "input.h"

#define MAX_FILE (1u << 30)

static const char usage[] =
        "usage: newskg validate [--shapes FILE] [-f FORMAT] [--report text|ttl] FILE...\n"
        "\n"
        "Checks RDF files (as written by newskg extract) against SHACL shapes: by\n"
        "default ontology/shapes.ttl, compiled into newskg.  FILE '-' is standard\n"
        "input.  The format comes from the extension (.ttl turtle, .nt ntriples,\n"
        ".nq nquads) unless -f turtle|ntriples|nquads is given.\n"
        "\n"
        "  --shapes FILE     check against these shapes (Turtle) instead\n"
        "  -f, --format F    the format of every FILE\n"
        "  --report text     one line per violation, sorted: FILE: FOCUS PATH: MESSAGE,\n"
        "                    then 'N violations in M files' or 'conforms' (default)\n"
        "  --report ttl      a SHACL validation report in Turtle (one per file);\n"
        "                    the summary line goes to standard error\n"
        "  --list-checks     print the SPARQL query of every check and exit\n"
        "\n"
        "Exit status: 0 conforms, 1 violations, 2 errors.\n";

struct file_result {
	const char *name;
	struct nkg_violations vs;
	bool failed;
};

static const char *syntax_of(const char *path, const char *forced)
{
	static const struct {
		const char *ext, *syntax;
	} map[] = {
	        {".ttl", "turtle"}, {".turtle", "turtle"}, {".nt", "ntriples"}, {".nq", "nquads"}};
	size_t n = strlen(path);

	if (forced)
		return forced;
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
		size_t e = strlen(map[i].ext);
		if (n > e && !strcmp(path + n - e, map[i].ext))
			return map[i].syntax;
	}
	return NULL;
}

static const char *format_name(const char *f)
{
	if (!strcmp(f, "turtle") || !strcmp(f, "ttl"))
		return "turtle";
	if (!strcmp(f, "ntriples") || !strcmp(f, "nt"))
		return "ntriples";
	if (!strcmp(f, "nquads") || !strcmp(f, "nq"))
		return "nquads";
	return NULL;
}

/* Writes s as a Turtle string literal. */
static void put_string(FILE *out, const char *s)
{
	fputc('"', out);
	for (; *s; s++) {
		switch (*s) {
		case '"': fputs("\\\"", out); break;
		case '\\': fputs("\\\\", out); break;
		case '\n': fputs("\\n", out); break;
		case '\r': fputs("\\r", out); break;
		default: fputc(*s, out);
		}
	}
	fputc('"', out);
}

static void print_ttl(FILE *out, const struct file_result *f)
{
	fprintf(out, "[] a sh:ValidationReport ;\n\tdcterms:source ");
	put_string(out, f->name);
	fprintf(out, " ;\n\tsh:conforms %s", f->vs.n ? "false" : "true");
	for (size_t i = 0; i < f->vs.n; i++) {
		const struct nkg_violation *x = &f->vs.v[i];
		fprintf(out, " ;\n\tsh:result [\n\t\ta sh:ValidationResult ;\n");
		fprintf(out, "\t\tsh:resultSeverity sh:Violation ;\n");
		fprintf(out, "\t\tsh:sourceConstraintComponent sh:%s ;\n", x->component);
		if (x->shape)
			fprintf(out, "\t\tsh:sourceShape %s ;\n", x->shape);
		fprintf(out, "\t\tsh:focusNode %s ;\n", x->focus);
		if (x->path)
			fprintf(out, "\t\tsh:resultPath %s ;\n", x->path);
		if (x->value)
			fprintf(out, "\t\tsh:value %s ;\n", x->value);
		fprintf(out, "\t\tsh:resultMessage ");
		put_string(out, x->message);
		fprintf(out, "\n\t]");
	}
	fprintf(out, " .\n\n");
}

static void print_text(FILE *out, const struct file_result *f)
{
	for (size_t i = 0; i < f->vs.n; i++) {
		const struct nkg_violation *x = &f->vs.v[i];
		fprintf(out, "%s: %s%s%s: %s", f->name, x->focus, x->path ? " " : "",
		        x->path ? x->path : "", x->message);
		if (x->value && !strstr(x->message, x->value))
			fprintf(out, " (value %s)", x->value);
		fputc('\n', out);
	}
}

static int cmp_name(const void *a, const void *b)
{
	const struct file_result *x = a, *y = b;
	return strcmp(x->name, y->name);
}

int nkg_cmd_validate(int argc, char **argv)
{
	const char *shapes_path = NULL, *forced = NULL, *report = "text";
	bool list_checks = false;
	struct nkg_validator *v = NULL;
	struct nkg_buf shapes, data;
	struct file_result *files = NULL;
	size_t n_files = 0, n_bad = 0, n_violations = 0;
	int status = 2, rc, i;

	nkg_buf_init(&shapes, 0);
	nkg_buf_init(&data, 0);
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(usage, stdout);
			return fflush(stdout) == 0 ? 0 : 2;
		} else if (!strcmp(a, "--shapes") || !strcmp(a, "--report") || !strcmp(a, "-f") ||
		           !strcmp(a, "--format")) {
			if (i + 1 >= argc) {
				fprintf(stderr, "newskg validate: option '%s' needs a value\n%s", a,
				        usage);
				return 2;
			}
			const char *val = argv[++i];
			if (!strcmp(a, "--shapes")) {
				shapes_path = val;
			} else if (!strcmp(a, "--report")) {
				if (strcmp(val, "text") && strcmp(val, "ttl")) {
					fprintf(stderr,
					        "newskg validate: unknown report '%s' (text or "
					        "ttl)\n",
					        val);
					return 2;
				}
				report = val;
			} else if (!(forced = format_name(val))) {
				fprintf(stderr,
				        "newskg validate: unknown format '%s' (turtle, ntriples or "
				        "nquads)\n",
				        val);
				return 2;
			}
		} else if (!strcmp(a, "--list-checks")) {
			list_checks = true;
		} else if (!strcmp(a, "--")) {
			i++;
			break;
		} else if (a[0] == '-' && a[1]) {
			fprintf(stderr, "newskg validate: unknown option '%s'\n%s", a, usage);
			return 2;
		} else {
			break;
		}
	}
	if (i >= argc && !list_checks) {
		fputs(usage, stderr);
		return 2;
	}

	if ((rc = nkg_validator_new(&v))) {
		fprintf(stderr, "newskg: cannot start the RDF library: %s\n", nkg_strerror(rc));
		goto out;
	}
	if (shapes_path) {
		if ((rc = nkg_input_read_file(shapes_path, MAX_FILE, &shapes))) {
			fprintf(stderr, "newskg: cannot read '%s': %s\n", shapes_path,
			        rc == NKG_EIO ? strerror(errno) : nkg_strerror(rc));
			goto out;
		}
		rc = nkg_validator_load_shapes(v, shapes.ptr ? shapes.ptr : "", shapes.len);
	} else {
		size_t len;
		const char *ttl = nkg_validate_default_shapes(&len);
		rc = ttl ? nkg_validator_load_shapes(v, ttl, len) : NKG_ENOTFOUND;
	}
	if (rc) {
		const char *why = nkg_validator_error(v);
		fprintf(stderr, "newskg: bad shapes '%s': %s\n",
		        shapes_path ? shapes_path : "ontology/shapes.ttl",
		        why ? why : nkg_strerror(rc));
		goto out;
	}
	if (list_checks) {
		for (size_t k = 0; k < nkg_validator_check_count(v); k++)
			printf("# check %zu\n%s\n", k + 1, nkg_validator_check_query(v, k));
		status = fflush(stdout) == 0 ? 0 : 2;
		goto out;
	}

	if (!(files = nkg_calloc((size_t)(argc - i), sizeof(*files)))) {
		fprintf(stderr, "newskg: out of memory\n");
		goto out;
	}
	for (; i < argc; i++) {
		struct file_result *f = &files[n_files++];
		const char *path = argv[i];
		const char *syntax = syntax_of(path, forced);

		f->name = path;
		nkg_violations_init(&f->vs);
		if (!syntax && !strcmp(path, "-"))
			syntax = "turtle";
		if (!syntax) {
			fprintf(stderr,
			        "newskg: cannot tell the format of '%s': use -f "
			        "turtle|ntriples|nquads\n",
			        path);
			f->failed = true;
			continue;
		}
		rc = strcmp(path, "-") ? nkg_input_read_file(path, MAX_FILE, &data)
		                       : nkg_input_read_stream(stdin, MAX_FILE, &data);
		if (rc) {
			fprintf(stderr, "newskg: cannot read '%s': %s\n", path,
			        rc == NKG_EIO ? strerror(errno) : nkg_strerror(rc));
			f->failed = true;
			continue;
		}
		rc = nkg_validator_run(v, data.ptr ? data.ptr : "", data.len, syntax, &f->vs);
		if (rc) {
			const char *why = nkg_validator_error(v);
			fprintf(stderr, "newskg: cannot validate '%s': %s\n", path,
			        why ? why : nkg_strerror(rc));
			f->failed = true;
			if (rc == NKG_ENOMEM)
				goto out;
		}
	}
	qsort(files, n_files, sizeof(*files), cmp_name);
	if (!strcmp(report, "ttl"))
		printf("@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
		       "@prefix dcterms: <http://purl.org/dc/terms/> .\n\n");
	for (size_t k = 0; k < n_files; k++) {
		if (files[k].failed)
			continue;
		n_violations += files[k].vs.n;
		n_bad += files[k].vs.n > 0;
		if (!strcmp(report, "ttl"))
			print_ttl(stdout, &files[k]);
		else
			print_text(stdout, &files[k]);
	}
	{
		FILE *sum = strcmp(report, "ttl") ? stdout : stderr;
		if (n_violations)
			fprintf(sum, "%zu violation%s in %zu file%s\n", n_violations,
			        n_violations == 1 ? "" : "s", n_bad, n_bad == 1 ? "" : "s");
		else
			fprintf(sum, "conforms\n");
	}
	status = n_violations ? 1 : 0;
	{
		size_t n_failed = 0;
		for (size_t k = 0; k < n_files; k++)
			n_failed += files[k].failed;
		if (n_failed) {
			fprintf(stderr, "newskg: %zu file%s could not be checked\n", n_failed,
			        n_failed == 1 ? "" : "s");
			status = 2;
		}
	}
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "newskg: cannot write the report: %s\n", strerror(errno));
		status = 2;
	}
out:
	for (size_t k = 0; k < n_files; k++)
		nkg_violations_release(&files[k].vs);
	nkg_free(files);
	nkg_buf_release(&shapes);
	nkg_buf_release(&data);
	nkg_validator_free(v);
	return status;
}
