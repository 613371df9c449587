/* commands.h - the subcommands of the newskg command.
 *
 * main.c parses the first argument and calls one of these with the rest
 * (argv[0] is the subcommand's name).  Each returns the process exit status:
 * 0 success, 1 when some input failed but the others were processed, 2 on a
 * usage error or a failure that stopped the run.
 */
#ifndef NKG_COMMANDS_H
#define NKG_COMMANDS_H

/* newskg extract [OPTIONS] [FILE|DIR|-]...  (cli/extract_cmd.c) */
int nkg_cmd_extract(int argc, char **argv);

/* newskg eval [OPTIONS] GOLD...  (cli/eval_cmd.c) */
int nkg_cmd_eval(int argc, char **argv);

/* newskg train --out FILE [OPTIONS] GOLD.jsonl...  (cli/train_cmd.c) */
int nkg_cmd_train(int argc, char **argv);

/* newskg remove --store SPEC DOC-IRI...  (cli/remove_cmd.c) */
int nkg_cmd_remove(int argc, char **argv);

/* newskg query (-q SPARQL | -Q FILE) [OPTIONS] RDF-FILE...  (cli/query_cmd.c) */
int nkg_cmd_query(int argc, char **argv);

/* newskg validate [--shapes FILE] [--report text|ttl] RDF-FILE...  (cli/validate_cmd.c) */
int nkg_cmd_validate(int argc, char **argv);

/* newskg merge [OPTIONS] FILE... [-o OUT]  (cli/merge_cmd.c) */
int nkg_cmd_merge(int argc, char **argv);

/* newskg eval-xdoc [--split S] [--tsv] GOLD.jsonl GRAPH...  (cli/xdoc_cmd.c) */
int nkg_cmd_eval_xdoc(int argc, char **argv);

#endif
