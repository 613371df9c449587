/* err.c - descriptions of error codes. */
#include "err.h"

const char *nkg_strerror(int err)
{
	switch (err) {
	case NKG_OK: return "success";
	case NKG_ENOMEM: return "out of memory";
	case NKG_EIO: return "input/output error";
	case NKG_EUTF8: return "invalid UTF-8";
	case NKG_EJSON: return "malformed JSON";
	case NKG_ELIMIT: return "limit exceeded";
	case NKG_EINVAL: return "invalid argument";
	case NKG_EEMPTY: return "no text";
	case NKG_EBINARY: return "binary data";
	case NKG_ERDF: return "RDF library failure";
	case NKG_ENOTFOUND: return "not found";
	}
	return "unknown error";
}
