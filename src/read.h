/* read.h — stage 1: files, directories, stdin and JSONL corpora → documents. */
#ifndef EG_READ_H
#define EG_READ_H

#include <stddef.h>

#include "entgraph.h"

typedef struct eg_read_options {
    int lenient;            /* invalid UTF-8 → U+FFFD, malformed JSONL lines skipped (with a warning) */
    int jsonl;              /* treat every input as JSONL (else by .jsonl / .ndjson extension) */
    const char *id_field, *text_field, *title_field, *date_field;
    unsigned long long *consumed; /* if set, bytes of input read so far are added here (progress) */
} eg_read_options;

#define EG_READ_OPTIONS_INIT { 0, 0, "id", "text", "title", "date", NULL }

/* Called once per document; the document lives only during the call. Non-zero stops reading. */
typedef int (*eg_doc_fn)(const eg_doc *doc, void *ud);
/* Called with one-line warnings ("FILE: problem"). */
typedef void (*eg_warn_fn)(const char *msg, void *ud);

/* Read every input in order ("-" = stdin; directories: their .txt/.jsonl files, sorted)
 * and call fn per document. Returns 0, the callback's non-zero value, or an EG_E*
 * code with "FILE: problem" recorded. */
int eg_read_inputs(const char *const *paths, size_t npaths, const eg_read_options *o,
                   eg_doc_fn fn, eg_warn_fn warn, void *ud);

/* Validate and normalise one text in place semantics: returns a new buffer (caller frees)
 * with BOM removed, CRLF/CR → LF, and (lenient) invalid bytes replaced. */
int eg_text_normalise(char **out, size_t *outlen, const char *buf, size_t len, const char *name,
                      int lenient, eg_warn_fn warn, void *ud);

#endif
