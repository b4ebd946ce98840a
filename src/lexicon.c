/* lexicon.c — lexicon stage: the general-knowledge word lists (data/NAME.txt,
 * embedded as eg_lexdata_files[]) in one open-addressing hash table per kind. */
#define _POSIX_C_SOURCE 200809L
#include "lexicon.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "lexicon_data.h"
#include "text.h"

#define LEX_KEYMAX 128 /* longer keys are never stored, so lookups say "absent" */
#define LEX_BUF (LEX_KEYMAX + 8)
/* the value of a title the list writes in capitals ("DA", "MP") */
#define LEX_CAPS "\001caps"

typedef struct lex_slot {
    uint64_t hash;   /* 0 = empty slot */
    const char *key; /* folded key, NUL-terminated, in the arena */
    const char *val; /* "" when the entry has no value */
    uint32_t keylen;
} lex_slot;

typedef struct lex_table {
    lex_slot *slots;
    size_t cap, n; /* cap is a power of two (or 0) */
} lex_table;

typedef struct lex_chunk {
    struct lex_chunk *next;
    size_t used, cap;
    char buf[];
} lex_chunk;

static const char *const lex_names[EG_LEX_NKINDS] = {
    "given_names", "surnames", "titles", "roles", "org_heads",
    "places", "demonyms", "organisations", "stopwords", "loc_heads", "groups", "nonentity_heads", "common_words", "countries",
    "cities", "nicknames",
};

static lex_table lex_tables[EG_LEX_NKINDS];
/* Every one-word key of every list, and every first word of a multi-word entry, with
 * two kind masks as its value (uint32_t[2]: lists it is an entry of, lists it starts
 * an entry of): one probe tells a token's lists. */
static lex_table lex_words;
static lex_chunk *lex_arena;
static pthread_mutex_t lex_lock = PTHREAD_MUTEX_INITIALIZER;
static atomic_int lex_loaded;

/* Fold n bytes at s into out (LEX_BUF bytes): ASCII, Latin-1 and Latin
 * Extended-A capitals to lower case, white space runs to one space, U+2019 to
 * an apostrophe. Returns the folded length, or -1 past LEX_KEYMAX bytes. */
static int lex_fold(char *out, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    size_t o = 0;
    int space = 0;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) p++;
    while (p < end) {
        unsigned char c = *p;
        /* fast path: a run of printable ASCII */
        if (c > ' ' && c < 0x80) {
            if (space) {
                out[o++] = ' ';
                space = 0;
            }
            do {
                if (o > LEX_KEYMAX) return -1;
                out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
                c = *++p;
            } while (p < end && c > ' ' && c < 0x80);
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { space = 1; p++; continue; }
        if (space) {
            out[o++] = ' ';
            space = 0;
        }
        if (o > LEX_KEYMAX) return -1;
        if (c < 0x80) {
            out[o++] = (char)c;
            p++;
        } else if (c == 0xC3 && p + 1 < end) {
            unsigned char d = p[1];
            if (d >= 0x80 && d <= 0x9E && d != 0x97) d += 0x20; /* À-Þ except × */
            out[o++] = (char)c;
            out[o++] = (char)d;
            p += 2;
        } else if ((c == 0xC4 || c == 0xC5) && p + 1 < end && (p[1] & 0xC0) == 0x80) {
            unsigned cp = ((unsigned)(c & 0x1F) << 6) | (p[1] & 0x3Fu);
            if ((cp <= 0x137 && !(cp & 1)) || (cp >= 0x139 && cp <= 0x148 && (cp & 1)) ||
                (cp >= 0x14A && cp <= 0x177 && !(cp & 1)) ||
                (cp >= 0x179 && cp <= 0x17E && (cp & 1)))
                cp++;
            out[o++] = (char)(0xC0 | (cp >> 6));
            out[o++] = (char)(0x80 | (cp & 0x3F));
            p += 2;
        } else if (c == 0xE2 && end - p >= 3 && p[1] == 0x80 && p[2] == 0x99) {
            out[o++] = '\'';
            p += 3;
        } else {
            out[o++] = (char)c;
            p++;
        }
    }
    return o > LEX_KEYMAX ? -1 : (int)o;
}

static int lex_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static uint64_t lex_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    h ^= h >> 29;
    return h ? h : 1;
}

static char *lex_alloc(size_t n)
{
    if (!lex_arena || lex_arena->cap - lex_arena->used < n) {
        size_t cap = n > 65536 ? n : 65536;
        lex_chunk *c = malloc(sizeof *c + cap);
        if (!c) return NULL;
        c->next = lex_arena;
        c->used = 0;
        c->cap = cap;
        lex_arena = c;
    }
    char *p = lex_arena->buf + lex_arena->used;
    lex_arena->used += n;
    return p;
}

/* lex_alloc aligned to 8 bytes (a new chunk starts aligned). */
static void *lex_alloc8(size_t n)
{
    if (lex_arena) {
        size_t pad = (8 - lex_arena->used % 8) % 8;
        if (lex_arena->cap - lex_arena->used >= n + pad) lex_arena->used += pad;
    }
    return lex_alloc(n);
}

static lex_slot *lex_find(const lex_table *t, const char *key, size_t n, uint64_t h)
{
    if (!t->cap) return NULL;
    size_t mask = t->cap - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        lex_slot *s = &t->slots[i];
        if (!s->hash) return s;
        if (s->hash == h && s->keylen == n && memcmp(s->key, key, n) == 0) return s;
    }
}

static int lex_grow(lex_table *t)
{
    size_t cap = t->cap ? t->cap * 2 : 1024;
    lex_slot *slots = calloc(cap, sizeof *slots);
    if (!slots) return EG_ENOMEM;
    lex_table nt = { slots, cap, t->n };
    for (size_t i = 0; i < t->cap; i++)
        if (t->slots[i].hash)
            *lex_find(&nt, t->slots[i].key, t->slots[i].keylen, t->slots[i].hash) = t->slots[i];
    free(t->slots);
    *t = nt;
    return 0;
}

/* Put a folded key into a table; an existing key keeps its value unless replace is set. */
static int lex_put(lex_table *t, const char *key, size_t n, const char *v, size_t vn, int replace)
{
    if ((t->n + 1) * 2 > t->cap && lex_grow(t)) return EG_ENOMEM;
    uint64_t h = lex_hash(key, n);
    lex_slot *s = lex_find(t, key, n, h);
    if (s->hash && !replace) return 0;
    char *val = (char *)"";
    if (vn) {
        if (!(val = lex_alloc(vn + 1))) return EG_ENOMEM;
        memcpy(val, v, vn);
        val[vn] = '\0';
    }
    if (!s->hash) {
        char *kc = lex_alloc(n + 1);
        if (!kc) return EG_ENOMEM;
        memcpy(kc, key, n);
        kc[n] = '\0';
        s->key = kc;
        s->keylen = (uint32_t)n;
        s->hash = h;
        t->n++;
    }
    s->val = val;
    return 0;
}

/* Set bit k of mask `which` (0: is an entry, 1: starts an entry) of a word in lex_words. */
static int lex_mark(const char *key, size_t n, int which, eg_lex_kind k)
{
    lex_table *t = &lex_words;
    if ((t->n + 1) * 2 > t->cap && lex_grow(t)) return EG_ENOMEM;
    uint64_t h = lex_hash(key, n);
    lex_slot *s = lex_find(t, key, n, h);
    if (!s->hash) {
        uint32_t *masks = (uint32_t *)lex_alloc8(2 * sizeof *masks);
        char *kc = lex_alloc(n + 1);
        if (!masks || !kc) return EG_ENOMEM;
        masks[0] = masks[1] = 0;
        memcpy(kc, key, n);
        kc[n] = '\0';
        s->key = kc;
        s->keylen = (uint32_t)n;
        s->hash = h;
        s->val = (const char *)masks;
        t->n++;
    }
    ((uint32_t *)(uintptr_t)s->val)[which] |= 1u << k;
    return 0;
}

/* The two masks of a folded one-word key (both 0 when it is in no list). */
static const uint32_t *lex_word_masks(const char *key, size_t n)
{
    static const uint32_t none[2] = {0, 0};
    const lex_slot *w = lex_find(&lex_words, key, n, lex_hash(key, n));
    return w && w->hash ? (const uint32_t *)(const void *)w->val : none;
}

/* Add an entry; an existing key keeps its value unless replace is set. The first word
 * of a multi-word entry is marked in lex_words as starting an entry of kind k, so that
 * lookups of spans whose first word starts no entry stop after folding one word.
 * Returns 0, 1 if the key does not fit (skipped), or EG_ENOMEM. */
static int lex_add(eg_lex_kind k, const char *e, size_t en, const char *v, size_t vn, int replace)
{
    char key[LEX_BUF];
    int n = lex_fold(key, e, en);
    if (n <= 0) return 1;
    const char *sp = memchr(key, ' ', (size_t)n);
    if (lex_mark(key, sp ? (size_t)(sp - key) : (size_t)n, sp != NULL, k)) return EG_ENOMEM;
    return lex_put(&lex_tables[k], key, (size_t)n, v, vn, replace);
}

static int lex_kind_of(const char *name, size_t n)
{
    for (int k = 0; k < EG_LEX_NKINDS; k++)
        if (strlen(lex_names[k]) == n && memcmp(lex_names[k], name, n) == 0) return k;
    return -1;
}

/* Trim ASCII white space at both ends of [*s, *s + *n). */
static void lex_trim(const char **s, size_t *n)
{
    while (*n && ((*s)[0] == ' ' || (*s)[0] == '\t' || (*s)[0] == '\r')) { (*s)++; (*n)--; }
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t' || (*s)[*n - 1] == '\r')) (*n)--;
}

/* The entry [s, s + n) with its Latin-1 accented letters written plain ("Hernán" -> "Hernan") into
 * out (at least n bytes); its length, or 0 when it has no such letter. */
static size_t lex_unaccent(char *out, const char *s, size_t n)
{
    static const char plain[64] = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
    size_t o = 0;
    int any = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0xC3 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0xBF) {
            unsigned char d = (unsigned char)s[++i];
            char q = plain[d - 0x80];
            if (q == 'x' || q == '/' || q == 'T' || q == 't' || q == 's' || q == 'D' || q == 'd') return 0; /* (×, ÷, þ, ß, ð: no plain letter) */
            out[o++] = q;
            any = 1;
        } else
            out[o++] = (char)c;
    }
    return any ? o : 0;
}

/* Add the lines of one built-in list: "entry[<TAB>value]", '#' comments. */
static int lex_load_builtin(eg_lex_kind k, const char *data, size_t len)
{
    const char *p = data, *end = data + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        if (p < le && *p != '#') {
            const char *tab = memchr(p, '\t', (size_t)(le - p));
            const char *e = p, *v = tab ? tab + 1 : le;
            size_t en = (size_t)((tab ? tab : le) - p), vn = (size_t)(le - v);
            lex_trim(&e, &en);
            lex_trim(&v, &vn);
            /* ("DA", "MP": a title written in capitals is that only in capitals, not "Da Nang") */
            if (k == EG_LEX_TITLE && !vn && en >= 2 && en <= 4) {
                size_t up = 0;
                while (up < en && e[up] >= 'A' && e[up] <= 'Z') up++;
                if (up == en) { v = LEX_CAPS; vn = strlen(LEX_CAPS); }
            }
            if (en && lex_add(k, e, en, v, vn, 0) == EG_ENOMEM) return EG_ENOMEM;
            /* ("Hernan" as often as "Hernán": a name is also known without its accents) */
            if ((k == EG_LEX_GIVEN || k == EG_LEX_SURNAME) && en && en < LEX_BUF) {
                char plain[LEX_BUF];
                size_t pn = lex_unaccent(plain, e, en);
                if (pn && lex_add(k, plain, pn, v, vn, 0) == EG_ENOMEM) return EG_ENOMEM;
            }
        }
        p = le + 1;
    }
    return 0;
}

static void lex_free_locked(void)
{
    for (int k = 0; k < EG_LEX_NKINDS; k++) {
        free(lex_tables[k].slots);
        lex_tables[k] = (lex_table){ NULL, 0, 0 };
    }
    free(lex_words.slots);
    lex_words = (lex_table){ NULL, 0, 0 };
    while (lex_arena) {
        lex_chunk *c = lex_arena->next;
        free(lex_arena);
        lex_arena = c;
    }
}

int eg_lexicon_init(void)
{
    if (atomic_load_explicit(&lex_loaded, memory_order_acquire)) return 0;
    int rc = 0;
    pthread_mutex_lock(&lex_lock);
    if (!atomic_load_explicit(&lex_loaded, memory_order_relaxed)) {
        for (size_t i = 0; i < eg_lexdata_nfiles && !rc; i++) {
            const eg_lexdata_file *f = &eg_lexdata_files[i];
            int k = lex_kind_of(f->name, strlen(f->name));
            if (k >= 0) rc = lex_load_builtin((eg_lex_kind)k, f->data, f->len);
        }
        if (rc) {
            lex_free_locked();
            rc = eg_error_set(EG_ENOMEM, "lexicon: out of memory loading built-in lists");
        } else {
            atomic_store_explicit(&lex_loaded, 1, memory_order_release);
        }
    }
    pthread_mutex_unlock(&lex_lock);
    return rc;
}

/* Read a whole file into a NUL-terminated buffer (caller frees). */
static int lex_read_file(char **out, size_t *outlen, const char *path)
{
    int rc = 0;
    eg_strbuf b = EG_STRBUF_INIT;
    FILE *f = fopen(path, "rb");
    if (!f) return eg_error_set(EG_EIO, "%s: cannot open", path);
    char tmp[8192];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0) eg_strbuf_put(&b, tmp, n);
    if (ferror(f)) {
        rc = eg_error_set(EG_EIO, "%s: read error", path);
        goto done;
    }
    *outlen = b.len;
    if (!(*out = eg_strbuf_detach(&b))) rc = eg_error_set(EG_ENOMEM, "%s: out of memory", path);
done:
    eg_strbuf_free(&b);
    fclose(f);
    return rc;
}

/* Walk a user lexicon file; with apply == 0 only validate, else add entries. */
static int lex_user_pass(const char *path, const char *data, size_t len, int apply)
{
    const char *p = data, *end = data + len;
    for (long line = 1; p < end; line++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        const char *s = p;
        size_t sn = (size_t)(le - p);
        p = le + 1;
        lex_trim(&s, &sn);
        if (!sn || *s == '#') continue;
        const char *t1 = memchr(s, '\t', sn);
        if (!t1) return eg_error_set(EG_EINVAL, "%s:%ld: expected kind<TAB>entry[<TAB>value]", path, line);
        const char *kn = s;
        size_t knn = (size_t)(t1 - s);
        lex_trim(&kn, &knn);
        int k = lex_kind_of(kn, knn);
        if (k < 0)
            return eg_error_set(EG_EINVAL, "%s:%ld: unknown list \"%.*s\"", path, line,
                                (int)(knn > 40 ? 40 : knn), kn);
        const char *e = t1 + 1, *rest = s + sn;
        const char *t2 = memchr(e, '\t', (size_t)(rest - e));
        size_t en = (size_t)((t2 ? t2 : rest) - e);
        const char *v = t2 ? t2 + 1 : rest;
        size_t vn = (size_t)(rest - v);
        lex_trim(&e, &en);
        lex_trim(&v, &vn);
        if (!en) return eg_error_set(EG_EINVAL, "%s:%ld: empty entry", path, line);
        if (!apply) {
            char key[LEX_BUF];
            if (lex_fold(key, e, en) < 0)
                return eg_error_set(EG_EINVAL, "%s:%ld: entry longer than %d bytes", path, line, LEX_KEYMAX);
            continue;
        }
        if (lex_add((eg_lex_kind)k, e, en, v, vn, 1) == EG_ENOMEM)
            return eg_error_set(EG_ENOMEM, "%s:%ld: out of memory", path, line);
    }
    return 0;
}

int eg_lexicon_load_file(const char *path)
{
    char *data = NULL;
    size_t len = 0;
    int rc;
    if (!path) return eg_error_set(EG_EINVAL, "lexicon: no file name");
    if ((rc = eg_lexicon_init())) return rc;
    if ((rc = lex_read_file(&data, &len, path))) goto done;
    if ((rc = lex_user_pass(path, data, len, 0))) goto done; /* all or nothing */
    pthread_mutex_lock(&lex_lock);
    rc = lex_user_pass(path, data, len, 1);
    pthread_mutex_unlock(&lex_lock);
done:
    free(data);
    return rc;
}

/* While one document is extracted the stages ask about the same spans of its text
 * many times (every cue pattern tries the roles and titles at a token, for one to
 * four words). Per document and thread: each token's lists (those it is an entry of,
 * and those with a multi-word entry it starts), worked out once with one fold, answer
 * most lookups that start at a token; a memo answers repeats of the rest. Only spans
 * inside the document text are handled here; that text does not change meanwhile. */
typedef struct lex_memo_ent {
    const char *s, *val; /* s NULL: empty; val lex_miss: absent */
    uint32_t n, k;
} lex_memo_ent;

#define LEX_MASKS_DONE (1u << 31)
#define LEX_AT_MAX ((size_t)1 << 20)

typedef struct lex_memo {
    const char *lo, *hi;
    const eg_token *tok;
    size_t ntok;
    uint32_t *is, *starts; /* per token: kinds it is an entry of (| LEX_MASKS_DONE), kinds it starts an entry of */
    uint32_t *at;          /* documents up to LEX_AT_MAX bytes: token index + 1 by start byte, else 0 */
    size_t mask;
    lex_memo_ent e[];
} lex_memo;

static _Thread_local lex_memo *lex_memo_tl;
static const char lex_miss[] = "";

int eg_lex_doc_begin(const char *text, size_t len, const eg_token *tok, size_t ntok)
{
    eg_lex_doc_end();
    size_t cap = 256;
    while (cap < 2 * ntok && cap < 8192) cap *= 2;
    lex_memo *m = calloc(1, sizeof *m + cap * sizeof m->e[0]);
    uint32_t *masks = calloc(ntok ? 2 * ntok : 1, sizeof *masks);
    uint32_t *at = len && len <= LEX_AT_MAX ? calloc(len, sizeof *at) : NULL;
    if (!m || !masks || (len && len <= LEX_AT_MAX && !at)) {
        free(m);
        free(masks);
        free(at);
        return EG_ENOMEM;
    }
    if (at)
        for (size_t i = 0; i < ntok; i++)
            if (tok[i].start < len) at[tok[i].start] = (uint32_t)i + 1;
    m->at = at;
    m->lo = text;
    m->hi = text + len;
    m->tok = tok;
    m->ntok = ntok;
    m->is = masks;
    m->starts = masks + ntok;
    m->mask = cap - 1;
    lex_memo_tl = m;
    return 0;
}

void eg_lex_doc_end(void)
{
    if (lex_memo_tl) {
        free(lex_memo_tl->is);
        free(lex_memo_tl->at);
    }
    free(lex_memo_tl);
    lex_memo_tl = NULL;
}

/* The token starting at byte off, or -1. */
static long lex_token_at(const lex_memo *m, size_t off)
{
    if (m->at) return (long)m->at[off] - 1;
    size_t lo = 0, hi = m->ntok;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (m->tok[mid].start < off) lo = mid + 1;
        else hi = mid;
    }
    return lo < m->ntok && m->tok[lo].start == off ? (long)lo : -1;
}

static void lex_token_masks(lex_memo *m, size_t i)
{
    char key[LEX_BUF];
    uint32_t is = LEX_MASKS_DONE, starts = 0;
    int kn = lex_fold(key, m->lo + m->tok[i].start, m->tok[i].len);
    if (kn > 0 && !memchr(key, ' ', (size_t)kn)) {
        const uint32_t *masks = lex_word_masks(key, (size_t)kn);
        is |= masks[0];
        starts = masks[1];
    } else {
        is |= (1u << EG_LEX_NKINDS) - 1; /* not a plain word: no shortcut, ask the tables */
        starts = (1u << EG_LEX_NKINDS) - 1;
    }
    m->is[i] = is;
    m->starts[i] = starts;
}

static const char *lex_lookup(eg_lex_kind k, const char *s, size_t n);

const char *eg_lex_value(eg_lex_kind k, const char *s, size_t n)
{
    lex_memo *m = lex_memo_tl;
    if (!m || !s || s < m->lo || s >= m->hi || n > (size_t)(m->hi - s) || (unsigned)k >= EG_LEX_NKINDS)
        return lex_lookup(k, s, n);
    long i = lex_token_at(m, (size_t)(s - m->lo));
    if (i >= 0) {
        if (!(m->is[i] & LEX_MASKS_DONE)) lex_token_masks(m, (size_t)i);
        size_t tl = m->tok[i].len;
        if (n == tl && !(m->is[i] & (1u << k))) return NULL;
        if (n > tl && lex_space(s[tl]) && !(m->starts[i] & (1u << k))) return NULL;
    }
    uint64_t h = ((uint64_t)(s - m->lo) * 0x9E3779B97F4A7C15ULL) ^ ((uint64_t)n << 8 | (uint64_t)k);
    lex_memo_ent *e = &m->e[(size_t)(h ^ h >> 29) & m->mask];
    if (e->s == s && e->n == n && e->k == (uint32_t)k) return e->val == lex_miss ? NULL : e->val;
    const char *v = lex_lookup(k, s, n);
    e->s = s;
    e->n = (uint32_t)n;
    e->k = (uint32_t)k;
    e->val = v ? v : lex_miss;
    return v;
}

static const char *lex_lookup(eg_lex_kind k, const char *s, size_t n)
{
    char key[LEX_BUF];
    if ((unsigned)k >= EG_LEX_NKINDS || !s || !n || n > 4 * LEX_KEYMAX) return NULL;
    if (!atomic_load_explicit(&lex_loaded, memory_order_acquire) && eg_lexicon_init()) return NULL;
    /* a span of several words: its first word must start some entry of the list,
     * checked before the rest is folded */
    const char *p = s, *end = s + n;
    while (p < end && lex_space(*p)) p++;
    const char *w = p;
    while (w < end && !lex_space(*w)) w++;
    int kn = lex_fold(key, p, (size_t)(w - p));
    if (kn <= 0) return NULL;
    while (w < end && lex_space(*w)) w++;
    if (w < end) {
        if (!(lex_word_masks(key, (size_t)kn)[1] & (1u << k))) return NULL;
        char rest[LEX_BUF];
        int rn = lex_fold(rest, w, (size_t)(end - w));
        if (rn <= 0 || kn + 1 + rn > LEX_KEYMAX) return NULL;
        key[kn] = ' ';
        memcpy(key + kn + 1, rest, (size_t)rn);
        kn += 1 + rn;
    }
    lex_slot *slot = lex_find(&lex_tables[k], key, (size_t)kn, lex_hash(key, (size_t)kn));
    if (!slot || !slot->hash) return NULL;
    if (k == EG_LEX_TITLE && slot->val && !strcmp(slot->val, LEX_CAPS))
        for (size_t q = 0; q < n; q++)
            if (s[q] >= 'a' && s[q] <= 'z') return NULL;
    return slot->val;
}

int eg_lex_has(eg_lex_kind k, const char *s, size_t n) { return eg_lex_value(k, s, n) != NULL; }

int eg_lex_country(const char *s, size_t n)
{
    const char *v = eg_lex_value(EG_LEX_PLACE, s, n);
    if (v && *v) return eg_lex_has(EG_LEX_COUNTRY, v, strlen(v));
    return eg_lex_has(EG_LEX_COUNTRY, s, n);
}

int eg_lex_may_start(eg_lex_kind k, const char *s, size_t n)
{
    if ((unsigned)k >= EG_LEX_NKINDS || !s || !n) return 0;
    lex_memo *m = lex_memo_tl;
    if (m && s >= m->lo && s < m->hi && n <= (size_t)(m->hi - s)) {
        long i = lex_token_at(m, (size_t)(s - m->lo));
        if (i >= 0 && m->tok[i].len == n) {
            if (!(m->is[i] & LEX_MASKS_DONE)) lex_token_masks(m, (size_t)i);
            return ((m->is[i] | m->starts[i]) >> k) & 1;
        }
    }
    char key[LEX_BUF];
    if (n > LEX_KEYMAX) return 1;
    if (!atomic_load_explicit(&lex_loaded, memory_order_acquire) && eg_lexicon_init()) return 1;
    int kn = lex_fold(key, s, n);
    if (kn <= 0) return 0;
    if (memchr(key, ' ', (size_t)kn)) return 1;
    const uint32_t *masks = lex_word_masks(key, (size_t)kn);
    return ((masks[0] | masks[1]) >> k) & 1;
}

void eg_lexicon_free(void)
{
    pthread_mutex_lock(&lex_lock);
    lex_free_locked();
    atomic_store_explicit(&lex_loaded, 0, memory_order_release);
    pthread_mutex_unlock(&lex_lock);
}
