/* msg.c - messages of the newskg command on standard error. */
#include "msg.h"

#include <stdarg.h>
#include <stdio.h>

void nkg_msg(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("newskg: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}
