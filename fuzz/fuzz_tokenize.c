/* fuzz_tokenize.c — fuzz target for stage 2 (tokenizer): arbitrary bytes in,
 * token/sentence spans must stay inside the text and be ordered. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* the tokenizer sees validated UTF-8 without NULs; feed it raw bytes anyway */
    char *text = malloc(size + 1);
    if (!text) return 0;
    memcpy(text, data, size);
    text[size] = 0;
    eg_tokens t;
    memset(&t, 0, sizeof t);
    if (eg_tokenize(&t, text, size) == 0) {
        for (size_t i = 0; i < t.ntok; i++) {
            if ((size_t)t.tok[i].start + t.tok[i].len > size) abort();
            if (t.tok[i].sent >= t.nsent) abort();
        }
        for (size_t i = 0; i < t.nsent; i++) {
            if (t.sent[i].tok_start > t.sent[i].tok_end || t.sent[i].tok_end > t.ntok) abort();
            if (t.sent[i].start > t.sent[i].end || t.sent[i].end > size) abort();
        }
    }
    eg_tokens_free(&t);
    free(text);
    return 0;
}
