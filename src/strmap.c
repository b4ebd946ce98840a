/* strmap.c — string → integer hash map used for interning and word counts. */
#include "strmap.h"

#include <stdlib.h>
#include <string.h>

#include "common.h"

uint64_t eg_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static size_t find_slot(char **keys, const size_t *klen, size_t cap, const char *key, size_t n)
{
    size_t i = (size_t)eg_hash(key, n) & (cap - 1);
    while (keys[i] && !(klen[i] == n && memcmp(keys[i], key, n) == 0)) i = (i + 1) & (cap - 1);
    return i;
}

static int grow(eg_strmap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    char **keys = calloc(cap, sizeof *keys);
    size_t *klen = calloc(cap, sizeof *klen);
    intptr_t *vals = calloc(cap, sizeof *vals);
    if (!keys || !klen || !vals) {
        free(keys);
        free(klen);
        free(vals);
        return -1;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i]) continue;
        size_t j = find_slot(keys, klen, cap, m->keys[i], m->klen[i]);
        keys[j] = m->keys[i];
        klen[j] = m->klen[i];
        vals[j] = m->vals[i];
    }
    free(m->keys);
    free(m->klen);
    free(m->vals);
    m->keys = keys;
    m->klen = klen;
    m->vals = vals;
    m->cap = cap;
    return 0;
}

intptr_t *eg_strmap_put(eg_strmap *m, const char *key, size_t n, intptr_t dflt, int *inserted)
{
    if ((m->n + 1) * 4 >= m->cap * 3 && grow(m)) return NULL;
    size_t i = find_slot(m->keys, m->klen, m->cap, key, n);
    if (inserted) *inserted = 0;
    if (!m->keys[i]) {
        char *k = eg_strndup(key, n);
        if (!k) return NULL;
        m->keys[i] = k;
        m->klen[i] = n;
        m->vals[i] = dflt;
        m->n++;
        if (inserted) *inserted = 1;
    }
    return &m->vals[i];
}

intptr_t *eg_strmap_get(const eg_strmap *m, const char *key, size_t n)
{
    if (!m->cap) return NULL;
    size_t i = find_slot(m->keys, m->klen, m->cap, key, n);
    return m->keys[i] ? &m->vals[i] : NULL;
}

void eg_strmap_free(eg_strmap *m)
{
    for (size_t i = 0; i < m->cap; i++) free(m->keys[i]);
    free(m->keys);
    free(m->klen);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

/* Fibonacci hashing spreads consecutive ids over the table. */
static size_t u64_slot(const uint64_t *keys, size_t cap, uint64_t k1)
{
    size_t i = (size_t)((k1 * 0x9E3779B97F4A7C15ULL) >> 17) & (cap - 1);
    while (keys[i] && keys[i] != k1) i = (i + 1) & (cap - 1);
    return i;
}

static int u64_grow(eg_u64map *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    uint64_t *keys = calloc(cap, sizeof *keys);
    intptr_t *vals = calloc(cap, sizeof *vals);
    if (!keys || !vals) {
        free(keys);
        free(vals);
        return -1;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i]) continue;
        size_t j = u64_slot(keys, cap, m->keys[i]);
        keys[j] = m->keys[i];
        vals[j] = m->vals[i];
    }
    free(m->keys);
    free(m->vals);
    m->keys = keys;
    m->vals = vals;
    m->cap = cap;
    return 0;
}

intptr_t *eg_u64map_put(eg_u64map *m, uint64_t key, intptr_t dflt, int *inserted)
{
    if ((m->n + 1) * 4 >= m->cap * 3 && u64_grow(m)) return NULL;
    size_t i = u64_slot(m->keys, m->cap, key + 1);
    if (inserted) *inserted = 0;
    if (!m->keys[i]) {
        m->keys[i] = key + 1;
        m->vals[i] = dflt;
        m->n++;
        if (inserted) *inserted = 1;
    }
    return &m->vals[i];
}

intptr_t *eg_u64map_get(const eg_u64map *m, uint64_t key)
{
    if (!m->cap) return NULL;
    size_t i = u64_slot(m->keys, m->cap, key + 1);
    return m->keys[i] ? &m->vals[i] : NULL;
}

void eg_u64map_free(eg_u64map *m)
{
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}
