/* common.c — shared helpers: thread-local error message, string buffer,
 * output files replaced only when complete, slugs. */
#define _POSIX_C_SOURCE 200809L
#include "common.h"
#include "text.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static _Thread_local char eg_errbuf[512];

const char *eg_error_last(void) { return eg_errbuf; }

int eg_error_set(int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(eg_errbuf, sizeof eg_errbuf, fmt, ap);
    va_end(ap);
    for (char *p = eg_errbuf; *p; p++) /* one line, always */
        if (*p == '\n' || *p == '\r') *p = ' ';
    return code;
}

static int strbuf_grow(eg_strbuf *b, size_t extra)
{
    if (b->oom) return -1;
    if (b->len + extra + 1 <= b->cap) return 0;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1) {
        if (cap > SIZE_MAX / 2) { b->oom = 1; return -1; }
        cap *= 2;
    }
    char *p = realloc(b->ptr, cap);
    if (!p) { b->oom = 1; return -1; }
    b->ptr = p;
    b->cap = cap;
    return 0;
}

void eg_strbuf_put(eg_strbuf *b, const char *s, size_t n)
{
    if (strbuf_grow(b, n)) return;
    if (n) memcpy(b->ptr + b->len, s, n);
    b->len += n;
    b->ptr[b->len] = '\0';
}

int eg_strbuf_reserve(eg_strbuf *b, size_t n) { return strbuf_grow(b, n); }

void eg_strbuf_puts(eg_strbuf *b, const char *s) { eg_strbuf_put(b, s, strlen(s)); }
void eg_strbuf_putc(eg_strbuf *b, char c) { eg_strbuf_put(b, &c, 1); }

void eg_strbuf_printf(eg_strbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char tmp[256];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) { b->oom = 1; return; }
    if ((size_t)n < sizeof tmp) { eg_strbuf_put(b, tmp, (size_t)n); return; }
    if (strbuf_grow(b, (size_t)n)) return;
    va_start(ap, fmt);
    vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

char *eg_strbuf_detach(eg_strbuf *b)
{
    char *p = b->ptr;
    if (!p && !b->oom) p = calloc(1, 1);
    if (b->oom) { free(p); p = NULL; }
    b->ptr = NULL;
    b->len = b->cap = 0;
    b->oom = 0;
    return p;
}

void eg_strbuf_free(eg_strbuf *b)
{
    free(b->ptr);
    b->ptr = NULL;
    b->len = b->cap = 0;
    b->oom = 0;
}

char *eg_strndup(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p) return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *eg_strdup(const char *s) { return eg_strndup(s, strlen(s)); }

typedef struct { size_t refs; } eg_rchead; /* size_t keeps the bytes after it aligned */

char *eg_rcstr_new(const char *s, size_t n)
{
    if (n > SIZE_MAX - sizeof(eg_rchead) - 1) return NULL;
    eg_rchead *h = malloc(sizeof *h + n + 1);
    if (!h) return NULL;
    h->refs = 1;
    char *p = (char *)(h + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *eg_rcstr_ref(char *s)
{
    if (s) ((eg_rchead *)s - 1)->refs++;
    return s;
}

void eg_rcstr_unref(char *s)
{
    if (!s) return;
    eg_rchead *h = (eg_rchead *)s - 1;
    if (--h->refs == 0) free(h);
}

char *eg_rcstr_shared(char **last, const char *s, size_t n)
{
    if (!*last || strlen(*last) != n || memcmp(*last, s, n)) {
        eg_rcstr_unref(*last);
        *last = eg_rcstr_new(s, n);
    }
    return eg_rcstr_ref(*last);
}

#define EG_OUTFILE_BUFSIZE (64 * 1024)

int eg_outfile_open(eg_outfile *o, const char *path)
{
    struct stat st;
    int fd;

    o->path = o->name = path;
    o->tmp = o->buf = NULL;
    o->f = NULL;
    if (strcmp(path, "-") == 0) {
        o->name = "<stdout>";
        o->f = stdout;
        return 0;
    }
    int exists = stat(path, &st) == 0;
    if (exists && S_ISDIR(st.st_mode)) return eg_error_set(EG_EIO, "%s: is a directory", path);
    if (exists && !S_ISREG(st.st_mode)) {
        /* Special files (/dev/null, /dev/full, FIFOs) are written in place: rename would replace them. */
        fd = open(path, O_WRONLY | O_TRUNC);
        if (fd < 0) return eg_error_set(EG_EIO, "%s: cannot open: %s", path, strerror(errno));
    } else {
        size_t n = strlen(path) + sizeof ".tmpXXXXXX";
        char *tmp = malloc(n);
        if (!tmp) return eg_error_set(EG_ENOMEM, "%s: out of memory", path);
        snprintf(tmp, n, "%s.tmpXXXXXX", path);
        /* A signal handler that removes o->tmp must see either no name or a created file:
         * hold the usual terminating signals while the file appears and gets its name. */
        sigset_t stop, old;
        sigemptyset(&stop);
        sigaddset(&stop, SIGINT);
        sigaddset(&stop, SIGTERM);
        sigaddset(&stop, SIGHUP);
        int held = pthread_sigmask(SIG_BLOCK, &stop, &old) == 0;
        fd = mkstemp(tmp);
        int e = errno;
        if (fd >= 0) o->tmp = tmp;
        if (held) pthread_sigmask(SIG_SETMASK, &old, NULL);
        if (fd < 0) {
            free(tmp);
            return eg_error_set(EG_EIO, "%s: cannot create: %s", path, strerror(e));
        }
        (void)fchmod(fd, 0644); /* mkstemp makes 0600; outputs are shared files (best effort) */
    }
    if (!(o->f = fdopen(fd, "wb"))) {
        int e = errno;
        close(fd);
        eg_outfile_discard(o);
        return eg_error_set(EG_EIO, "%s: cannot open: %s", path, strerror(e));
    }
    /* Large outputs: 64 KB writes instead of st_blksize ones. glibc ignores the
     * size unless given the buffer; without memory, stdio's own buffer will do. */
    if ((o->buf = malloc(EG_OUTFILE_BUFSIZE)) && setvbuf(o->f, o->buf, _IOFBF, EG_OUTFILE_BUFSIZE) != 0) {
        free(o->buf);
        o->buf = NULL;
    }
    return 0;
}

int eg_outfile_close(eg_outfile *o)
{
    FILE *f = o->f;
    if (!f) return 0;
    o->f = NULL;
    errno = 0;
    int bad = fflush(f) != 0 || ferror(f);
    int e = errno;
    if (f != stdout) {
        if (!bad && o->tmp && fsync(fileno(f)) != 0) { bad = 1; e = errno; }
        if (fclose(f) != 0 && !bad) { bad = 1; e = errno; }
        free(o->buf);
        o->buf = NULL;
    }
    if (bad) return eg_error_set(EG_EIO, "%s: write failed: %s", o->name, strerror(e ? e : EIO));
    return 0;
}

int eg_outfile_commit(eg_outfile *o)
{
    int rc = eg_outfile_close(o);
    if (rc || !o->tmp) return rc;
    if (rename(o->tmp, o->path) != 0) return eg_error_set(EG_EIO, "%s: cannot rename into place: %s", o->path, strerror(errno));
    char *t = o->tmp; /* (a signal handler may read o->tmp: clear it before the free) */
    o->tmp = NULL;
    atomic_signal_fence(memory_order_seq_cst);
    free(t);
    return 0;
}

void eg_outfile_discard(eg_outfile *o)
{
    if (o->f && o->f != stdout) fclose(o->f);
    o->f = NULL;
    free(o->buf);
    o->buf = NULL;
    if (o->tmp) {
        char *t = o->tmp;
        unlink(t);
        o->tmp = NULL;
        atomic_signal_fence(memory_order_seq_cst);
        free(t);
    }
}

/* Transliterate the Latin-1 supplement and Latin Extended-A letters we meet in names:
 * the ASCII letters (at most two), or "" for none. one is the caller's room for a letter
 * of Extended-A (the function keeps no state: threads slug at once). */
static const char *translit(unsigned cp, char one[2])
{
    static const char *l1[] = { /* U+00C0 .. U+00FF */
        "a","a","a","a","a","a","ae","c","e","e","e","e","i","i","i","i",
        "d","n","o","o","o","o","o","", "o","u","u","u","u","y","th","ss",
        "a","a","a","a","a","a","ae","c","e","e","e","e","i","i","i","i",
        "d","n","o","o","o","o","o","", "o","u","u","u","u","y","th","y"};
    if (cp >= 0xC0 && cp <= 0xFF) return l1[cp - 0xC0];
    if (cp >= 0x100 && cp <= 0x17F) {
        static const char ext[] = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiijjjjkkklllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
        size_t i = cp - 0x100;
        if (i < sizeof ext - 1) { one[0] = ext[i]; one[1] = 0; return one; }
    }
    return "";
}

char *eg_slug(const char *label)
{
    /* Every character gives at most as many bytes as it takes (a two-byte letter at most
     * two ASCII letters), and a dash comes before each run after the first: 2 n + 2. */
    size_t len = strlen(label);
    char *out = len < SIZE_MAX / 2 - 2 ? malloc(2 * len + 2) : NULL;
    if (!out) return NULL;
    size_t o = 0;
    int dash = 0;
    const unsigned char *s = (const unsigned char *)label;
    while (*s) {
        unsigned cp = *s;
        if (cp < 0x80) { /* ASCII: letters and digits kept (lower case), ' and . dropped, the rest a dash */
            char ch = (char)((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp);
            if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
                if (dash && o) out[o++] = '-';
                dash = 0;
                out[o++] = ch;
            } else if (cp != '\'' && cp != '.') {
                dash = 1; /* O'Brien -> obrien, Jr. -> jr */
            }
            s++;
            continue;
        }
        size_t n = 1;
        if (cp >= 0xC0 && cp < 0xE0 && (s[1] & 0xC0) == 0x80) { cp = ((cp & 0x1F) << 6) | (s[1] & 0x3F); n = 2; }
        else if (cp >= 0xE0 && cp < 0xF0 && s[1] && s[2]) { cp = ((cp & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F); n = 3; }
        else if (cp >= 0xF0 && s[1] && s[2] && s[3]) { cp = 0x10000; n = 4; }
        char one[2];
        const char *t = translit(cp, one);
        size_t tn = 0;
        if (*t) {
            tn = strlen(t);
        } else if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) {
            t = ""; /* apostrophes: dropped */
        } else if (!(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0xA0 && cp <= 0xBF) && cp != 0xD7 &&
                   cp != 0xF7 && !(cp >= 0x3000 && cp <= 0x303F) && cp != 0xFFFD && cp < 0x1F000) {
            t = (const char *)s; /* a letter of another script: kept as is */
            tn = n;
        } else {
            t = NULL;
        }
        if (!t) {
            dash = 1;
        } else if (tn) {
            if (dash && o) out[o++] = '-';
            dash = 0;
            memcpy(out + o, t, tn);
            o += tn;
        }
        s += n;
    }
    if (!o) out[o++] = 'x';
    out[o] = '\0';
    return out;
}

typedef struct render_part {
    eg_render_fn fn;
    const void *ctx;
    size_t lo, hi;
    eg_strbuf out;
    int rc;
} render_part;

static void *render_part_run(void *arg)
{
    render_part *r = arg;
    r->rc = r->fn(r->ctx, r->lo, r->hi, &r->out);
    if (!r->rc && r->out.oom) r->rc = EG_ENOMEM;
    return NULL;
}

int eg_render_ordered(FILE *f, size_t n, size_t batch, int jobs, eg_render_fn fn, const void *ctx)
{
    enum { MAXJ = 64 };
    render_part part[MAXJ];
    pthread_t th[MAXJ];
    int started[MAXJ], rc = 0;
    if (jobs < 1) jobs = 1;
    if (jobs > MAXJ) jobs = MAXJ;
    if (!batch) batch = 1;
    for (size_t lo = 0; lo < n && !rc; lo += batch) {
        size_t hi = n - lo > batch ? lo + batch : n, per = (hi - lo + (size_t)jobs - 1) / (size_t)jobs;
        int k = 0;
        for (size_t a = lo; a < hi; a += per, k++) {
            part[k] = (render_part){fn, ctx, a, hi - a > per ? a + per : hi, EG_STRBUF_INIT, 0};
            /* the first part runs here, the others in threads (here too if a thread cannot start) */
            started[k] = k > 0 && pthread_create(&th[k], NULL, render_part_run, &part[k]) == 0;
        }
        render_part_run(&part[0]);
        for (int t = 1; t < k; t++) {
            if (started[t]) pthread_join(th[t], NULL);
            else render_part_run(&part[t]);
        }
        for (int t = 0; t < k; t++) {
            if (!rc) rc = part[t].rc;
            if (!rc && part[t].out.len && fwrite(part[t].out.ptr, 1, part[t].out.len, f) != part[t].out.len) rc = EG_EIO;
            eg_strbuf_free(&part[t].out);
        }
    }
    return rc;
}

int eg_east_asian_surname(const char *w, size_t n)
{
    static const char *const names[] = {
        "li", "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu",
        "guo", "he", "lin", "gao", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao",
        "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su",
        "lu", "ding", "ren", "shen", "yao", "tsai", "kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon",
        "jang", "lim", "nguyen", "tran", "pham", "hoang", "phan", "vu", "dang", "bui", "ngo", "duong", NULL};
    if (n < 2 || n > 6) return 0;
    eg_token t = {0, (uint32_t)n, 0, 0, 0}; /* (the word as a token: the hashed word sets of wordset.c) */
    return eg_tok_in(w, &t, names);
}
