/* err.h - error codes shared by every module.
 *
 * Functions that can fail return int: 0 on success, a negative enum nkg_err
 * on failure.  Out-parameters are written only on success.
 */
#ifndef NKG_ERR_H
#define NKG_ERR_H

enum nkg_err {
	NKG_OK = 0,
	NKG_ENOMEM = -1,    /* an allocation failed */
	NKG_EIO = -2,       /* reading or writing a file failed (errno says why) */
	NKG_EUTF8 = -3,     /* input is not valid UTF-8 */
	NKG_EJSON = -4,     /* a JSON Lines record is malformed */
	NKG_ELIMIT = -5,    /* a configured limit was exceeded */
	NKG_EINVAL = -6,    /* an argument or option is invalid */
	NKG_EEMPTY = -7,    /* the input holds no text */
	NKG_EBINARY = -8,   /* the input looks binary (NUL bytes) */
	NKG_ERDF = -9,      /* the RDF library reported a failure */
	NKG_ENOTFOUND = -10 /* no such file, record or entry */
};

/* A short lower-case description of err, e.g. "out of memory" (static string). */
const char *nkg_strerror(int err);

#endif
