/* msg.h - messages of the newskg command on standard error.
 *
 * Every message is one line, git-style: "newskg: " + the text, lower case,
 * the subject quoted, no full stop ("newskg: cannot open 'x.txt': No such
 * file or directory").
 */
#ifndef NKG_MSG_H
#define NKG_MSG_H

/* Prints "newskg: " fmt "\n" on stderr. */
void nkg_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
