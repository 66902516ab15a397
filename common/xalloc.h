/* xalloc.h - allocation that never returns NULL: on failure the program
 * prints "prog: out of memory" and exits 2. */
#ifndef NU_XALLOC_H
#define NU_XALLOC_H
#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
void *xreallocarray(void *p, size_t nmemb, size_t size);
char *xstrdup(const char *s);

#endif
