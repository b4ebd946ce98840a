/* harness.h — a tiny unit-test harness (cmark/jq style): OK, INT_EQ, STR_EQ.
 * Each test file defines main() calling its cases, then returns TEST_RESULT(). */
#ifndef EG_HARNESS_H
#define EG_HARNESS_H
#include <stdio.h>
#include <string.h>

static int eg_t_run, eg_t_fail;

#define OK(cond, msg) do { eg_t_run++; if (!(cond)) { eg_t_fail++; \
    fprintf(stderr, "%s:%d: FAIL %s\n", __FILE__, __LINE__, (msg)); } } while (0)
#define INT_EQ(got, want, msg) do { long long g_ = (long long)(got), w_ = (long long)(want); eg_t_run++; \
    if (g_ != w_) { eg_t_fail++; fprintf(stderr, "%s:%d: FAIL %s: got %lld, want %lld\n", \
    __FILE__, __LINE__, (msg), g_, w_); } } while (0)
#define STR_EQ(got, want, msg) do { const char *g_ = (got), *w_ = (want); eg_t_run++; \
    if (!g_ || !w_ || strcmp(g_, w_) != 0) { eg_t_fail++; fprintf(stderr, \
    "%s:%d: FAIL %s: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, (msg), \
    g_ ? g_ : "(null)", w_ ? w_ : "(null)"); } } while (0)
#define TEST_RESULT() (printf("%d passed, %d failed\n", eg_t_run - eg_t_fail, eg_t_fail), eg_t_fail ? 1 : 0)

#endif
