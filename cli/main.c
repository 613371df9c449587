/* main.c - the newskg command: dispatches to its subcommands. */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "commands.h"
#include "output.h"

static const char usage_text[] =
        "usage: newskg <command> [OPTIONS] [ARGS]...\n"
        "   or: newskg [OPTIONS] FILE|DIR|-...   (the same as 'newskg extract')\n"
        "\n"
        "Reads news articles and writes a knowledge graph of their people,\n"
        "organisations, places, events, dates and quotes as RDF.\n"
        "\n"
        "Commands:\n"
        "  extract   articles (text, JSON Lines, folders) -> Turtle, N-Triples or N-Quads\n"
        "  eval      score the extraction against gold annotations\n"
        "  merge     union of RDF graphs, owl:sameAs-linked nodes smushed\n"
        "  eval-xdoc score cross-document coreference of names (ECB+)\n"
        "  train     train the name tagger on gold files (extract/model/ner.bin)\n"
        "  remove    withdraw articles from a persistent store (see extract --store)\n"
        "  query     run a SPARQL query over RDF files (what extract wrote)\n"
        "  validate  check RDF files against the SHACL shapes (ontology/shapes.ttl)\n"
        "  help      show this help, or 'newskg help <command>' for a command's\n"
        "\n"
        "Options: -h, --help   show this help;  --version   show the version\n"
        "Example: newskg extract --date 2020-01-24 article.txt > article.ttl\n";

static int print_and_flush(const char *s)
{
	fputs(s, stdout);
	return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 2;
}

static int run_command(const char *name, int argc, char **argv, int *status)
{
	if (strcmp(name, "extract") == 0) {
		*status = nkg_cmd_extract(argc, argv);
		return 1;
	}
	if (strcmp(name, "merge") == 0) {
		*status = nkg_cmd_merge(argc, argv);
		return 1;
	}
	if (strcmp(name, "eval-xdoc") == 0) {
		*status = nkg_cmd_eval_xdoc(argc, argv);
		return 1;
	}
	if (strcmp(name, "eval") == 0) {
		*status = nkg_cmd_eval(argc, argv);
		return 1;
	}
	if (strcmp(name, "train") == 0) {
		*status = nkg_cmd_train(argc, argv);
		return 1;
	}
	if (strcmp(name, "remove") == 0) {
		*status = nkg_cmd_remove(argc, argv);
		return 1;
	}
	if (strcmp(name, "query") == 0) {
		*status = nkg_cmd_query(argc, argv);
		return 1;
	}
	if (strcmp(name, "validate") == 0) {
		*status = nkg_cmd_validate(argc, argv);
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	int status;

	nkg_output_blocking(stdout);
	if (argc < 2) {
		fputs(usage_text, stderr);
		return 2;
	}
	const char *cmd = argv[1];
	if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 ||
	    (strcmp(cmd, "help") == 0 && argc == 2))
		return print_and_flush(usage_text);
	if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0)
		return print_and_flush("newskg " NKG_VERSION "\n");
	if (strcmp(cmd, "help") == 0) {
		char help[] = "--help";
		char *sub[] = {argv[2], help, NULL};
		if (run_command(argv[2], 2, sub, &status))
			return status;
		fprintf(stderr, "newskg: no help for '%s': not a newskg command\n", argv[2]);
		return 2;
	}
	if (run_command(cmd, argc - 1, argv + 1, &status))
		return status;
	/* "newskg article.txt", "newskg --date D dir/", "newskg -": extract is
	 * the default command when the first argument is an input or an option. */
	struct stat st;
	if (cmd[0] == '-' || stat(cmd, &st) == 0) {
		static char extract_name[] = "extract";
		argv[0] = extract_name;
		return nkg_cmd_extract(argc, argv);
	}
	fprintf(stderr, "newskg: '%s' is not a newskg command. See 'newskg --help'.\n", cmd);
	return 2;
}
