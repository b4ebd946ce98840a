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
/* Add it to an object under key, a string literal (cJSON keeps the pointer); returns the
 * item or NULL on ENOMEM. */
cJSON *eg_json_add_int(cJSON *obj, const char *key, long long v);

/* Items that point at their key (a string literal) and at their value instead of copying
 * them: for trees printed and deleted while the value strings live (one line of a
 * partial graph, one node or link of graph JSON), they save two allocations and copies
 * per string. Return the item, or NULL on ENOMEM (nothing added). */
cJSON *eg_json_add_ref(cJSON *obj, const char *key, const char *v);
cJSON *eg_json_add_array(cJSON *obj, const char *key);
cJSON *eg_json_add_bool(cJSON *obj, const char *key, int v);
/* Append item to array and return 1; 0 (item deleted) when item is NULL. */
int eg_json_push(cJSON *array, cJSON *item);

/* An arena for the items of the trees a thread prints one at a time. With
 * eg_json_arena_install()'s hooks in place (the program calls it first, before any
 * thread uses cJSON), cJSON takes its items and strings from the calling thread's arena
 * while eg_json_arena(1) is in force, and cJSON_Delete gives nothing back: eg_json_arena(1)
 * again empties it for the next tree, eg_json_arena(0) frees it and returns to malloc.
 * Pointers of any other origin are freed as before, so trees built outside it are
 * unaffected; without the hooks, cJSON allocates as it always does. A tree built in the
 * arena must be deleted before the arena is emptied. */
void eg_json_arena_install(void);
void eg_json_arena(int on);

/* Append cJSON's text of item (formatted when fmt) to b without an intermediate copy;
 * returns 0, or -1 on ENOMEM. */
struct eg_strbuf;
int eg_json_print_to(struct eg_strbuf *b, const cJSON *item, int fmt);

#endif
