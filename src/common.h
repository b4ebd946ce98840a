/* common.h — shared helpers: errors, growable string buffer, allocation.
 * Internal to libentgraph; not installed. */
#ifndef EG_COMMON_H
#define EG_COMMON_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "entgraph.h"

#if defined(__GNUC__)
#define EG_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define EG_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define EG_PRINTF(a, b)
#define EG_ALWAYS_INLINE inline

#endif

/* Record a one-line error for eg_error_last() and return code. */
int eg_error_set(int code, const char *fmt, ...) EG_PRINTF(2, 3);

/* Growable byte buffer; always NUL-terminated when ptr != NULL. */
typedef struct eg_strbuf {
    char *ptr;
    size_t len, cap;
    int oom; /* set once an allocation failed; later appends are no-ops */
} eg_strbuf;

#define EG_STRBUF_INIT { NULL, 0, 0, 0 }

void eg_strbuf_put(eg_strbuf *b, const char *s, size_t n);
/* Room for n more bytes (and the NUL) without changing the contents: 0, or -1 on ENOMEM. */
int eg_strbuf_reserve(eg_strbuf *b, size_t n);
void eg_strbuf_puts(eg_strbuf *b, const char *s);
void eg_strbuf_putc(eg_strbuf *b, char c);
void eg_strbuf_printf(eg_strbuf *b, const char *fmt, ...) EG_PRINTF(2, 3);
/* Take ownership of the contents (caller frees); the buffer is reset. */
char *eg_strbuf_detach(eg_strbuf *b);
void eg_strbuf_free(eg_strbuf *b);

/* Allocation that returns NULL on failure (callers check). */
char *eg_strndup(const char *s, size_t n);
char *eg_strdup(const char *s);

/* Text of items [0, n) written to f in item order, rendered batch by batch (batch
 * items each) by up to jobs threads: fn appends the text of items [lo, hi) to out and
 * returns 0 or an EG_* code. The bytes do not depend on jobs. Returns 0, fn's first
 * code, EG_ENOMEM (a buffer) or EG_EIO (fwrite failed; errno says why); records no message. */
typedef int (*eg_render_fn)(const void *ctx, size_t lo, size_t hi, eg_strbuf *out);
int eg_render_ordered(FILE *f, size_t n, size_t batch, int jobs, eg_render_fn fn, const void *ctx);

/* Shared immutable strings: a reference count in front of the bytes. Evidence items
 * share their document id, date and sentence text this way (one copy per document
 * or sentence instead of one per item). Not thread-safe: a string and its references
 * stay on one thread (the corpus merge thread). eg_rcstr_unref(NULL) is a no-op. */
char *eg_rcstr_new(const char *s, size_t n);
char *eg_rcstr_ref(char *s);
void eg_rcstr_unref(char *s);
/* A reference to *last when it holds s[0..n), else to a new copy that replaces it there (readers
 * of evidence share one copy of a run of equal document ids); NULL on ENOMEM. */
char *eg_rcstr_shared(char **last, const char *s, size_t n);

/* An output file that replaces its target only when committed. A regular
 * file (or a new one) is written to a temporary in the same directory, which
 * eg_outfile_commit renames over the target; "-" is stdout and special files
 * (/dev/null, FIFOs) are written in place, so for them commit is a no-op.
 * Use: open, write to f, close, then commit every output (or discard). */
typedef struct eg_outfile {
    const char *path; /* the target, borrowed */
    const char *name; /* for messages: path, or "<stdout>" */
    char *tmp;        /* temporary name while not committed, else NULL */
    FILE *f;          /* between open and close */
    char *buf;        /* f's buffer (NULL: stdio's own) */
} eg_outfile;

#define EG_OUTFILE_INIT { NULL, NULL, NULL, NULL, NULL }

/* Open o for writing to path. Returns 0, EG_EIO (path is a directory or
 * cannot be created) or EG_ENOMEM; on error nothing is left behind. */
int eg_outfile_open(eg_outfile *o, const char *path);
/* Flush and close o->f, fsync'ing a temporary first (stdout is flushed, not
 * closed). Returns 0 or EG_EIO "NAME: write failed: ..."; o->f is NULL after. */
int eg_outfile_close(eg_outfile *o);
/* Rename the closed temporary over the target. Returns 0 or EG_EIO. */
int eg_outfile_commit(eg_outfile *o);
/* Close o if open and unlink its temporary if not committed; a no-op on an
 * EG_OUTFILE_INIT or committed outfile. */
void eg_outfile_discard(eg_outfile *o);

/* Slug of a label for stable node ids: lowercase ASCII letters/digits joined
 * by '-'; non-ASCII letters are transliterated where simple (é->e) else dropped.
 * Caller frees. */
char *eg_slug(const char *label);

/* ASCII case-insensitive comparison of n bytes: 0 if equal. */
/* Is the word (n bytes, any case) one of the common Chinese, Korean or Vietnamese surnames that a name
 * written surname first opens with ("Li Wenhao", "Kim Jong Un", "Nguyen Van An")? */
int eg_east_asian_surname(const char *w, size_t n);

static inline int eg_ncasecmp(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z') x = (unsigned char)(x + 32);
        if (y >= 'A' && y <= 'Z') y = (unsigned char)(y + 32);
        if (x != y) return x < y ? -1 : 1;
        if (!x) return 0;
    }
    return 0;
}

#endif
