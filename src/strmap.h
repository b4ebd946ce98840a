/* strmap.h — string → integer hash map (open addressing, FNV-1a), keys copied.
 * Used to intern names and count words; grows with the number of keys. */
#ifndef EG_STRMAP_H
#define EG_STRMAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct eg_strmap {
    char **keys;
    size_t *klen;
    intptr_t *vals;
    size_t cap, n;
} eg_strmap;

#define EG_STRMAP_INIT { NULL, NULL, NULL, 0, 0 }

uint64_t eg_hash(const char *s, size_t n);
/* Pointer to the value slot for key (inserting it with value dflt if absent),
 * or NULL on ENOMEM. *inserted (may be NULL) tells whether it was new. */
intptr_t *eg_strmap_put(eg_strmap *m, const char *key, size_t n, intptr_t dflt, int *inserted);
/* Pointer to the value for key, or NULL if absent. */
intptr_t *eg_strmap_get(const eg_strmap *m, const char *key, size_t n);
void eg_strmap_free(eg_strmap *m);

/* 64-bit integer → integer map (open addressing), for keys such as entity pairs. */
typedef struct eg_u64map {
    uint64_t *keys; /* key + 1; 0 marks an empty slot */
    intptr_t *vals;
    size_t cap, n;
} eg_u64map;

#define EG_U64MAP_INIT { NULL, NULL, 0, 0 }

/* As eg_strmap_put / eg_strmap_get; key must be below UINT64_MAX. */
intptr_t *eg_u64map_put(eg_u64map *m, uint64_t key, intptr_t dflt, int *inserted);
intptr_t *eg_u64map_get(const eg_u64map *m, uint64_t key);
void eg_u64map_free(eg_u64map *m);

#endif
