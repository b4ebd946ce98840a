/* test_text.c — unit tests for the shared text helpers: word-list membership of a token
 * (eg_tok_in, src/wordset.c: hash sets built per list, shared by threads, a scan past the
 * table's size) and slugs (eg_slug, src/common.c). */
#include <pthread.h>
#include <stdlib.h>

#include "common.h"
#include "harness.h"
#include "text.h"

static const char *const fruit[] = {"apple", "pear", "co-op", "n't", "crème", "a", NULL};
static const char *const empty[] = {NULL};

/* The token spanning the first occurrence of w in text. */
static eg_token tok(const char *text, const char *w)
{
    const char *p = strstr(text, w);
    eg_token t = {(uint32_t)(p - text), (uint32_t)strlen(w), EG_TK_WORD, 0, 0};
    return t;
}

static int in(const char *text, const char *w, const char *const *list)
{
    eg_token t = tok(text, w);
    return eg_tok_in(text, &t, list);
}

static void test_members(void)
{
    const char *text = "An Apple, a PEAR, the Co-op wasn't crème CRÈME CRèME apples ap";
    OK(in(text, "Apple", fruit), "a member, capitalised");
    OK(in(text, "PEAR", fruit), "a member in capitals");
    OK(in(text, "Co-op", fruit), "a hyphenated member");
    OK(in(text, "n't", fruit), "an apostrophe member");
    OK(in(text, "crème", fruit), "a member with a non-ASCII letter");
    OK(in(text, "CRèME", fruit), "ASCII letters fold");
    OK(!in(text, "CRÈME", fruit), "only ASCII letters fold, as in eg_tok_is");
    OK(!in(text, "apples", fruit), "a longer word is no member");
    OK(!in(text, "ap", fruit), "nor a prefix");
    OK(in(text, "a", fruit), "a one-letter member");
    OK(!in(text, "the", fruit), "a word of no list");
    OK(!in(text, "the", empty), "an empty list");
    eg_token none = {0, 0, EG_TK_WORD, 0, 0};
    OK(!eg_tok_in(text, &none, fruit), "an empty token");
}

/* More lists than the table holds: the later ones are scanned, with the same answers. */
static void test_many_lists(void)
{
    enum { N = 1500 };
    static char words[N][16];
    static const char *lists[N][3];
    const char *text = "w1234 w77 x";
    for (int i = 0; i < N; i++) {
        snprintf(words[i], sizeof words[i], "w%d", i);
        lists[i][0] = "x";
        lists[i][1] = words[i];
        lists[i][2] = NULL;
    }
    int right = 0;
    for (int round = 0; round < 2; round++)
        for (int i = 0; i < N; i++)
            right += in(text, "x", lists[i]) && in(text, "w1234", lists[i]) == (i == 1234) &&
                     in(text, "w77", lists[i]) == (i == 77);
    INT_EQ(right, 2 * N, "every list answers right, hashed or scanned");
}

static const char *const shared_list[] = {"chairman", "chairwoman", "chair", "president", NULL};

static void *ask(void *arg)
{
    int *hits = arg;
    const char *text = "the Chairman and the chair of the board";
    for (int i = 0; i < 2000; i++)
        *hits += in(text, "Chairman", shared_list) + in(text, "chair", shared_list) + in(text, "board", shared_list);
    return NULL;
}

static void test_threads(void)
{
    pthread_t t[4];
    int hits[4] = {0};
    for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, ask, &hits[i]);
    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    for (int i = 0; i < 4; i++) INT_EQ(hits[i], 4000, "concurrent first use of a list");
}

static void slug_is(const char *label, const char *want)
{
    char *s = eg_slug(label);
    STR_EQ(s, want, label);
    free(s);
}

static void test_slug(void)
{
    slug_is("Donald Trump Jr.", "donald-trump-jr");
    slug_is("O'Brien", "obrien");
    slug_is("Nasser Al-Khelaïfi", "nasser-al-khelaifi");
    slug_is("Łukasz Żółć", "lukasz-zolc");
    slug_is("Ærø Straße", "aero-strasse");
    slug_is("Ruth’s Café", "ruths-cafe");
    slug_is("  --  ", "x");
    slug_is("", "x");
    slug_is("Москва 2024", "Москва-2024"); /* other scripts kept as they are */
    slug_is("A & B", "a-b");
}

int main(void)
{
    test_members();
    test_many_lists();
    test_threads();
    test_slug();
    return TEST_RESULT();
}
