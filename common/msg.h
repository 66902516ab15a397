/* msg.h - diagnostics in the form "prog: FILE: message" on stderr.
 * The program name is set once from main(); it is the only process-wide
 * datum in common/ and is never changed afterwards. */
#ifndef NU_MSG_H
#define NU_MSG_H

#define NU_EXIT_OK 0
#define NU_EXIT_NONE 1 /* -e: nothing was found */
#define NU_EXIT_TROUBLE 2

void set_progname(const char *argv0);
const char *progname(void);

/* "prog: message" */
void warnmsg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "prog: message", exit 2 */
void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
/* "prog: message\nTry 'prog --help' for more information.", exit 2 */
void usage_error(const char *fmt, ...)
    __attribute__((format(printf, 1, 2), noreturn));

#endif
