/* jsonint.h — integers for cJSON documents without cJSON's float round trip.
 * cJSON 1.7.15 prints every number with sprintf("%1.15g") and checks it with
 * sscanf; on partial graphs and graph JSON (millions of offsets and counts) that
 * is a third of the writing time. These items carry the same digits as a raw
 * value, which cJSON prints verbatim. */
#ifndef EG_JSONINT_H
#define EG_JSONINT_H

#include <cjson/cJSON.h>

/* A number item for v (raw digits when |v| < 1e15, where "%1.15g" prints the same). */
cJSON *eg_json_int(long long v);
/* Add it to an object under key; returns the item or NULL on ENOMEM. */
cJSON *eg_json_add_int(cJSON *obj, const char *key, long long v);

#endif
