/* msg.h - messages of the newskg command on standard error.
 *
 * Every message is one line, git-style: "newskg: " + the text, lower case,
 * the subject quoted, no full stop ("newskg: cannot open 'x.txt': No such
 * file or directory").
 */
#ifndef NKG_MSG_H
#define NKG_MSG_H

#include <stdarg.h>

/* Prints "newskg: " fmt "\n" on stderr. */
void nkg_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void nkg_vmsg(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

/* A usage error: the message as nkg_msg, then the command's usage line
 * (usage, with its newline); returns 2, the exit status of usage errors. */
int nkg_usage_error(const char *usage, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
