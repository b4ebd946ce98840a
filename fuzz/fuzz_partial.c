/* fuzz_partial.c — fuzz target for partial graphs (the input of merge and build):
 * any bytes must be read into a corpus and written back, or give an error message,
 * never a crash. The same bytes are also merged with a tiny --memory, so the tables
 * spill to disk after every line and come back through the run merge: when the
 * in-memory path succeeds, the spilled path must succeed with the same output. */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "entgraph.h"
#include "partial.h"
#include "spill.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Read data as a partial graph and write it back; 0 or an error code. *out holds the bytes. */
static int roundtrip(const uint8_t *data, size_t size, size_t budget, char **out, size_t *outlen)
{
    *out = NULL;
    *outlen = 0;
    eg_options o = EG_OPTIONS_INIT;
    eg_corpus *c = eg_corpus_new(&o);
    if (!c) return EG_ENOMEM;
    int rc = budget ? eg_corpus_set_spill(c, budget, NULL) : 0;
    FILE *in = size ? fmemopen((void *)data, size, "rb") : NULL;
    FILE *res = open_memstream(out, outlen);
    eg_partial_state st = EG_PARTIAL_STATE_INIT;
    if (!rc && in) rc = eg_partial_read(c, &st, in, "fuzz.jsonl");
    if (!rc) rc = eg_partial_finish(c, &st);
    if (!rc && res) rc = eg_partial_write(res, c, "fuzz.out", 1);
    if (rc && strlen(eg_error_last()) == 0) abort(); /* an error must carry a message */
    if (in) fclose(in);
    if (res) fclose(res);
    eg_corpus_free(c);
    return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *a, *b;
    size_t na, nb;
    int ra = roundtrip(data, size, 0, &a, &na);
    int rb = roundtrip(data, size, 1, &b, &nb);
    if (!ra && (rb || na != nb || memcmp(a, b, na))) abort(); /* spilling changed the result */
    free(a);
    free(b);
    return 0;
}
