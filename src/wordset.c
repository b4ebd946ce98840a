/* wordset.c — see text.h (eg_tok_in).
 *
 * The stages ask, about a million times per megabyte of text, whether a token is one
 * of a NULL-terminated list of words (cue words, kinds of organisation, titles). A scan
 * compared the token with every word of the list. Here each list is compiled, the first
 * time it is asked about, into an open-addressing hash set of its case-folded words; the
 * sets are found by the list's address in a table shared by all threads: a set is built
 * under a lock and published with a release store, and read without one. The answer is
 * the scan's: a word matches when it has the token's length and the same bytes up to
 * ASCII case (eg_tok_is, which confirms every hash hit). When a set cannot be built (out
 * of memory, or more lists than the table holds) the list is scanned. */
#include "text.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>

typedef struct {
    const char *word; /* NULL: empty slot */
    uint32_t hash, len;
} ws_entry;

typedef struct {
    const char *const *list;
    uint32_t mask, maxlen;
    uint64_t first[4]; /* the words' first bytes (folded), a bit each: most tokens stop here */
    ws_entry *e;
} ws_set;

#define WS_BITS 10 /* up to 1024 lists (about 200 today); more are scanned */
#define WS_SLOTS (1u << WS_BITS)

static _Atomic(ws_set *) ws_table[WS_SLOTS];
static pthread_mutex_t ws_lock = PTHREAD_MUTEX_INITIALIZER;

static unsigned char ws_fold(unsigned char ch) { return ch >= 'A' && ch <= 'Z' ? (unsigned char)(ch + 32) : ch; }

/* FNV-1a over the bytes with ASCII upper case folded to lower case. */
static uint32_t ws_hash(const unsigned char *p, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = p[i];
        h = (h ^ ws_fold(ch)) * 16777619u;
    }
    return h;
}

static size_t ws_slot(const char *const *list)
{
    return (size_t)(((uint64_t)(uintptr_t)list * 0x9E3779B97F4A7C15ull) >> (64 - WS_BITS));
}

static ws_set *ws_compile(const char *const *list)
{
    size_t n = 0;
    while (list[n]) n++;
    size_t cap = 8;
    while (cap < 2 * n) cap *= 2;
    ws_set *s = malloc(sizeof *s);
    ws_entry *e = s ? calloc(cap, sizeof *e) : NULL;
    if (!e) {
        free(s);
        return NULL;
    }
    s->list = list;
    s->mask = (uint32_t)(cap - 1);
    s->maxlen = 0;
    memset(s->first, 0, sizeof s->first);
    s->e = e;
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(list[i]);
        uint32_t h = ws_hash((const unsigned char *)list[i], len);
        if (len > s->maxlen) s->maxlen = (uint32_t)len;
        unsigned char f = ws_fold((unsigned char)list[i][0]);
        s->first[f >> 6] |= 1ull << (f & 63);
        size_t j = h & s->mask;
        while (e[j].word) j = (j + 1) & s->mask;
        e[j].word = list[i];
        e[j].hash = h;
        e[j].len = (uint32_t)len;
    }
    return s;
}

/* The compiled set of list, or NULL when it cannot be had. */
static const ws_set *ws_find(const char *const *list)
{
    size_t i = ws_slot(list);
    for (size_t probes = 0; probes < WS_SLOTS; probes++, i = (i + 1) & (WS_SLOTS - 1)) {
        ws_set *s = atomic_load_explicit(&ws_table[i], memory_order_acquire);
        if (!s) break;
        if (s->list == list) return s;
    }
    /* not there yet: build it under the lock (another thread may have meanwhile) */
    ws_set *found = NULL;
    pthread_mutex_lock(&ws_lock);
    i = ws_slot(list);
    for (size_t probes = 0; probes < WS_SLOTS / 2; probes++, i = (i + 1) & (WS_SLOTS - 1)) {
        ws_set *s = atomic_load_explicit(&ws_table[i], memory_order_relaxed);
        if (s && s->list == list) {
            found = s;
            break;
        }
        if (!s) {
            if ((found = ws_compile(list))) atomic_store_explicit(&ws_table[i], found, memory_order_release);
            break;
        }
    }
    pthread_mutex_unlock(&ws_lock);
    return found;
}

int eg_tok_in(const char *text, const eg_token *t, const char *const *list)
{
    const ws_set *s = ws_find(list);
    if (!s) {
        for (; *list; list++)
            if (eg_tok_is(text, t, *list)) return 1;
        return 0;
    }
    if (!t->len || t->len > s->maxlen) return 0;
    unsigned char f = ws_fold((unsigned char)text[t->start]);
    if (!(s->first[f >> 6] >> (f & 63) & 1)) return 0;
    uint32_t h = ws_hash((const unsigned char *)text + t->start, t->len);
    for (size_t j = h & s->mask;; j = (j + 1) & s->mask) {
        const ws_entry *e = &s->e[j];
        if (!e->word) return 0;
        if (e->hash == h && e->len == t->len && eg_tok_is(text, t, e->word)) return 1;
    }
}
