/* fuzz_aliases.c — fuzz target for the --aliases JSON reader (eg_aliases_parse):
 * any bytes must give rules or an error message, never a crash. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "entgraph.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *json = malloc(size + 1);
    if (!json) return 0;
    memcpy(json, data, size);
    json[size] = 0;
    eg_aliases *a = NULL;
    if (eg_aliases_parse(&a, json, size, "fuzz.json") == 0 && a) {
        /* exercise the lookups */
        eg_aliases_group(a, "a");
        eg_aliases_forbidden(a, "a", "b");
        eg_aliases_dropped(a, "a");
        eg_aliases_type(a, "a");
        eg_aliases_group_label(a, 0);
    } else if (strlen(eg_error_last()) == 0) {
        abort(); /* an error must carry a message */
    }
    eg_aliases_free(a);
    free(json);
    return 0;
}
