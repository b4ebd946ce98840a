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

#endif
