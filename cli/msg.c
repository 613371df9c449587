/* msg.c - messages of the newskg command on standard error. */
#include "msg.h"

#include <stdarg.h>
#include <stdio.h>

void nkg_vmsg(const char *fmt, va_list ap)
{
	fputs("newskg: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void nkg_msg(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	nkg_vmsg(fmt, ap);
	va_end(ap);
}

int nkg_usage_error(const char *usage, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	nkg_vmsg(fmt, ap);
	va_end(ap);
	fputs(usage, stderr);
	return 2;
}
