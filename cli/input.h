/* input.h - finding and reading the articles newskg extract is given.
 *
 * Which files count.  A FILE named on the command line is always read: as
 * JSON Lines when its name ends in ".jsonl" (or with --jsonl), else as plain
 * text, whatever its extension.  Inside a FOLDER (walked recursively), only
 * files ending in ".txt" (plain text) or ".jsonl" (JSON Lines) count, the
 * extension compared without regard to ASCII case; files without one of
 * these extensions (README, .json, .html...) are skipped, so that a folder of
 * articles may also hold notes.  Names starting with '.' (hidden files and
 * folders) are skipped, and so are symbolic links to folders (no cycles); a
 * symbolic link to a file counts like the file.  The files found are sorted
 * by the byte order of their whole path (strcmp), so the output does not
 * depend on the order the file system lists them in.
 *
 * Reading.  Each article is read whole into a buffer with a cap (the
 * --max-article-bytes limit); a JSON Lines file is read line by line with the
 * same cap per line, so an oversized line is rejected and skipped without
 * holding it in memory.
 *
 * Checking.  Article text must be UTF-8 without NUL bytes and must hold
 * something else than white space.  A leading UTF-8 byte order mark is
 * dropped.  Byte offsets in messages count from 0 from the start of the
 * file (plain text) or of the line (JSON Lines); JSON columns count from 1.
 */
#ifndef NKG_CLI_INPUT_H
#define NKG_CLI_INPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "../core/buf.h"
#include "../core/str.h"

#define NKG_DEFAULT_MAX_ARTICLE_BYTES ((size_t)16 * 1024 * 1024)

enum nkg_input_kind {
	NKG_INPUT_SKIP, /* not an article file (inside folders only) */
	NKG_INPUT_TEXT, /* one plain-text article */
	NKG_INPUT_JSONL /* one article per line */
};

/* How a file found inside a folder is read, from its name (the last path
 * component): SKIP for hidden names and other extensions. */
enum nkg_input_kind nkg_input_classify(const char *name);

/* ---- folder walking --------------------------------------------------- */

/* A list of paths, each owned by the list (new strings, freed with it). */
struct nkg_path_list {
	char **paths;
	size_t n, cap;
};

void nkg_path_list_init(struct nkg_path_list *l);
void nkg_path_list_release(struct nkg_path_list *l);

/* Called for a folder or file that could not be read during a walk: path is
 * borrowed for the call, errnum is the errno value. */
typedef void nkg_walk_error_fn(void *ctx, const char *path, int errnum);

/* Appends to out the article files under dir (recursively, as described
 * above), sorted among themselves.  A subfolder or entry that cannot be read
 * is reported through on_error (may be NULL) and skipped.  Returns 0,
 * NKG_ENOTFOUND when the walk found no article file, NKG_EIO (errno set)
 * when dir itself cannot be opened, or NKG_ENOMEM; out keeps what was
 * appended before a failure. */
int nkg_input_walk(const char *dir, struct nkg_path_list *out, nkg_walk_error_fn *on_error,
                   void *ctx);

/* ---- reading ----------------------------------------------------------- */

/* Reads f to its end into out (reset first; out->max is ignored).  Returns 0,
 * NKG_ELIMIT when it holds more than max bytes (out then holds max + 1
 * bytes at most), NKG_EIO (errno set) or NKG_ENOMEM. */
int nkg_input_read_stream(FILE *f, size_t max, struct nkg_buf *out);

/* Opens path and reads it whole as nkg_input_read_stream does; a regular
 * file larger than max is refused from its size without reading it.
 * NKG_EIO with errno set when it cannot be opened or read (EISDIR for a
 * folder). */
int nkg_input_read_file(const char *path, size_t max, struct nkg_buf *out);

/* Reads a stream line by line with a cap on the line length. */
struct nkg_line_reader {
	FILE *f;             /* borrowed */
	size_t max;          /* longest line accepted, in bytes, without its end */
	struct nkg_buf line; /* the current line, without "\n" or "\r\n"; owned */
	size_t lineno;       /* 1-based number of the current line */
	char *chunk;         /* read-ahead, owned */
	size_t pos, len;
	bool eof;
};

/* 0 or NKG_ENOMEM; f is borrowed. */
int nkg_line_reader_init(struct nkg_line_reader *r, FILE *f, size_t max);
void nkg_line_reader_release(struct nkg_line_reader *r);

/* Moves to the next line.  Returns 1 with the line in r->line, 0 at the end
 * of input, NKG_ELIMIT when the line is longer than r->max (its bytes have
 * been skipped: r->lineno names it and the next call reads the line after
 * it), NKG_EIO (errno set) or NKG_ENOMEM. */
int nkg_line_reader_next(struct nkg_line_reader *r);

/* ---- checking ---------------------------------------------------------- */

/* Checks the raw bytes of one article s[0..n) and sets *text to the text to
 * extract from: a slice of s without its byte order mark, or, with repair
 * non-NULL (--lenient), of repair (reset first) holding s with invalid UTF-8
 * replaced by U+FFFD, the count in *n_replaced.  Returns 0, NKG_EBINARY
 * (NUL byte, its offset in *bad_off), NKG_EUTF8 (without repair: offset of
 * the first bad byte in *bad_off), NKG_EEMPTY (nothing but white space), or
 * NKG_ENOMEM.  Offsets count from s, BOM included. */
int nkg_input_check_text(const char *s, size_t n, struct nkg_buf *repair, struct nkg_str *text,
                         size_t *n_replaced, size_t *bad_off);

/* Writes the message for a failed check or read into out (NUL-terminated,
 * truncated to size): "invalid UTF-8 at byte 1234", "binary file (NUL byte
 * at 17)", "no text", "article is larger than the limit of 16777216 bytes
 * (--max-article-bytes)", else nkg_strerror(err).  off is the offset of
 * EUTF8/EBINARY, limit the cap of ELIMIT. */
void nkg_input_describe(int err, size_t off, size_t limit, char *out, size_t size);

/* ---- JSON Lines records and dates -------------------------------------- */

/* The metadata of one record: slices into the line, empty when absent or
 * null.  id may have been a JSON number (its text). */
struct nkg_record {
	struct nkg_str id, url, title, source, date, text;
	size_t text_column; /* 1-based column where the text value starts */
};

/* Parses one JSON Lines record in line[0..n) (valid UTF-8; modified in
 * place, see core/json.h).  "date" is checked and reduced to YYYY-MM-DD.
 * Returns 0, or NKG_EJSON / NKG_EINVAL / NKG_EEMPTY with the message in
 * msg ("malformed JSON at column 34: expected ':'", "\"title\" must be a
 * string, not a number", "invalid \"date\" '2020-13-01' (expected
 * YYYY-MM-DD or an ISO 8601 date-time)", "no \"text\" field"). */
int nkg_input_parse_record(char *line, size_t n, struct nkg_record *rec, char *msg,
                           size_t msg_size);

/* true when s[0..n) is exactly YYYY-MM-DD and a real day of the Gregorian
 * calendar (years 0001-9999). */
bool nkg_input_date_valid(const char *s, size_t n);

/* Accepts "YYYY-MM-DD" or an ISO 8601 / RFC 3339 date-time
 * "YYYY-MM-DDThh:mm[:ss[.fff]][Z|+hh:mm|-hh:mm]" and sets *date to the
 * YYYY-MM-DD prefix (a slice of in).  The date is NOT moved to UTC: it is
 * the publication day as the publisher wrote it.  0 or NKG_EINVAL. */
int nkg_input_date_from_iso(struct nkg_str in, struct nkg_str *date);

#endif
