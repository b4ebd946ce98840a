/* test_lexicon.c — unit tests for the lexicon stage (src/lexicon.c):
 * built-in lists, case folding, values, user files and their errors. */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include "common.h"
#include "harness.h"
#include "lexicon.h"
#include "lexicon_data.h"

#define HAS(k, s) eg_lex_has((k), (s), strlen(s))
#define VAL(k, s) eg_lex_value((k), (s), strlen(s))

static void test_init(void)
{
    INT_EQ(eg_lexicon_init(), 0, "init");
    INT_EQ(eg_lexicon_init(), 0, "init again is a no-op");
    OK(HAS(EG_LEX_GIVEN, "John"), "John is a given name");
    eg_lexicon_free();
    eg_lexicon_free(); /* twice is harmless */
    OK(HAS(EG_LEX_GIVEN, "John"), "lookup after free reloads the built-in lists");
}

static void test_case(void)
{
    OK(HAS(EG_LEX_GIVEN, "maria"), "lower case");
    OK(HAS(EG_LEX_GIVEN, "MARIA"), "upper case");
    OK(HAS(EG_LEX_GIVEN, "Émile"), "accented given name");
    OK(HAS(EG_LEX_GIVEN, "ÉMILE"), "accented capital folds (É -> é)");
    OK(HAS(EG_LEX_GIVEN, "FRANÇOIS"), "Ç folds");
    OK(HAS(EG_LEX_GIVEN, "SØREN"), "Ø folds");
    OK(HAS(EG_LEX_GIVEN, "ŁUKASZ"), "Latin Extended-A capital folds (Ł -> ł)");
    OK(HAS(EG_LEX_GIVEN, "Zoë"), "Zoë");
    OK(!HAS(EG_LEX_GIVEN, "Emile×"), "× is not a letter");
    OK(HAS(EG_LEX_STOP, "Meanwhile"), "stop word");
    OK(HAS(EG_LEX_STOP, "JANUARY"), "month");
    OK(!HAS(EG_LEX_STOP, "Mr"), "titles are not stop words");
    OK(HAS(EG_LEX_TITLE, "mr."), "Mr. with period");
    OK(HAS(EG_LEX_TITLE, "Mr"), "Mr without period");
    OK(HAS(EG_LEX_ORG_HEAD, "Inc."), "org suffix");
    OK(HAS(EG_LEX_LOC_HEAD, "street"), "loc head");
    OK(HAS(EG_LEX_SURNAME, "Smith"), "surname");
}

static void test_multiword(void)
{
    OK(HAS(EG_LEX_TITLE, "prime minister"), "prime minister");
    OK(HAS(EG_LEX_TITLE, "Prime  Minister"), "runs of spaces fold to one");
    OK(HAS(EG_LEX_TITLE, "Prime\nMinister"), "a line break inside the span");
    OK(HAS(EG_LEX_PLACE, "New York"), "New York");
    OK(HAS(EG_LEX_PLACE, "united states"), "United States");
    OK(!HAS(EG_LEX_PLACE, "New"), "New alone is not a place");
    OK(!HAS(EG_LEX_STOP, "New"), "New alone is not a stop word");
    /* a span longer than the entry must not match a prefix */
    const char *s = "New York City Hall";
    OK(HAS(EG_LEX_PLACE, s) == 0, "longer span");
    OK(eg_lex_has(EG_LEX_PLACE, s, 8), "prefix span of 8 bytes");
}

static void test_values(void)
{
    STR_EQ(VAL(EG_LEX_PLACE, "US"), "United States", "US alias");
    STR_EQ(VAL(EG_LEX_PLACE, "U.S."), "United States", "U.S. alias");
    STR_EQ(VAL(EG_LEX_PLACE, "Britain"), "United Kingdom", "Britain alias");
    STR_EQ(VAL(EG_LEX_PLACE, "Russian Federation"), "Russia", "iso-codes official name");
    STR_EQ(VAL(EG_LEX_PLACE, "France"), "", "canonical entry has no value");
    STR_EQ(VAL(EG_LEX_DEMONYM, "Russian"), "Russia", "demonym");
    STR_EQ(VAL(EG_LEX_DEMONYM, "british"), "United Kingdom", "demonym lower case");
    STR_EQ(VAL(EG_LEX_ROLE, "lawyer"), "represents", "lawyer");
    STR_EQ(VAL(EG_LEX_ROLE, "Brother-in-law"), "family", "brother-in-law");
    STR_EQ(VAL(EG_LEX_ROLE, "chief executive"), "leads", "chief executive");
    STR_EQ(VAL(EG_LEX_ROLE, "striker"), "member_of", "striker");
    STR_EQ(VAL(EG_LEX_ORG, "FBI"), "ORG|Federal Bureau of Investigation", "FBI");
    STR_EQ(VAL(EG_LEX_ORG, "NATO"), "ORG|North Atlantic Treaty Organization", "NATO");
    STR_EQ(VAL(EG_LEX_GIVEN, "John"), "m", "given name of one sex");
    STR_EQ(VAL(EG_LEX_GIVEN, "Oksana"), "f", "given name of one sex (hand list)");
    STR_EQ(VAL(EG_LEX_GIVEN, "Andrea"), "", "given name of both sexes");
    OK(VAL(EG_LEX_ORG, "Frobnicator Ltd") == NULL, "absent -> NULL");
}

static void test_may_start(void)
{
#define MAY(k, w) eg_lex_may_start((k), (w), strlen(w))
    OK(MAY(EG_LEX_ROLE, "lawyer"), "a role word is an entry");
    OK(MAY(EG_LEX_ROLE, "Chief"), "a word that starts a role of several words, any case");
    OK(!MAY(EG_LEX_ROLE, "yesterday"), "a word of no role");
    OK(!MAY(EG_LEX_TITLE, "river"), "a word of no title");
    OK(MAY(EG_LEX_TITLE, "Prime"), "the first word of a title of two words");
    OK(!MAY(EG_LEX_ROLE, ""), "an empty word");
#undef MAY
}

static void test_absent(void)
{
    char big[201];
    memset(big, 'a', sizeof big - 1);
    big[200] = '\0';
    OK(!HAS(EG_LEX_GIVEN, "Zzxqv"), "unknown name");
    OK(!HAS(EG_LEX_GIVEN, ""), "empty key");
    OK(!eg_lex_has(EG_LEX_GIVEN, NULL, 0), "NULL key");
    OK(!HAS(EG_LEX_GIVEN, big), "200-byte key is absent");
    OK(eg_lex_value(EG_LEX_GIVEN, big, 200) == NULL, "200-byte key has no value");
    OK(!HAS((eg_lex_kind)EG_LEX_NKINDS, "John"), "bad kind");
    OK(!HAS(EG_LEX_GIVEN, "Joh"), "prefix of a name");
    OK(!HAS(EG_LEX_GIVEN, "\xC3"), "truncated UTF-8");
}

static void *lookup_thread(void *arg)
{
    int *hits = arg;
    for (int i = 0; i < 1000; i++) *hits += HAS(EG_LEX_PLACE, "Kyiv") + HAS(EG_LEX_GIVEN, "Ana");
    return NULL;
}

static void test_threads(void)
{
    pthread_t t[4];
    int hits[4] = { 0 };
    eg_lexicon_free(); /* the threads race to load the lists */
    for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, lookup_thread, &hits[i]);
    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    for (int i = 0; i < 4; i++) INT_EQ(hits[i], 2000, "concurrent first use");
}

static int write_tmp(char *path, const char *text)
{
    int fd = mkstemp(path);
    if (fd < 0) return -1;
    FILE *f = fdopen(fd, "w");
    if (!f) { close(fd); return -1; }
    fputs(text, f);
    return fclose(f);
}

static void test_load_file(void)
{
    char path[] = "/tmp/eg_lexXXXXXX";
    OK(write_tmp(path, "# user list\n\ngiven_names\tQuvenzhané\n"
                       "organisations\tFrobco\tORG|Frobnicator Company\n"
                       "places\tUS\tAmerica the Beautiful\n") == 0, "write temp");
    INT_EQ(eg_lexicon_load_file(path), 0, "load user file");
    OK(HAS(EG_LEX_GIVEN, "QUVENZHANÉ"), "user entry, folded");
    STR_EQ(VAL(EG_LEX_ORG, "frobco"), "ORG|Frobnicator Company", "user value");
    STR_EQ(VAL(EG_LEX_PLACE, "US"), "America the Beautiful", "user file overrides a value");
    OK(HAS(EG_LEX_GIVEN, "John"), "built-ins still there");
    unlink(path);

    char bad[] = "/tmp/eg_lexXXXXXX";
    OK(write_tmp(bad, "given_names\tZyxophine\n# ok\nnot_a_list\tFoo\n") == 0, "write bad file");
    INT_EQ(eg_lexicon_load_file(bad), EG_EINVAL, "unknown list");
    char want[64];
    snprintf(want, sizeof want, "%s:3: ", bad);
    OK(strncmp(eg_error_last(), want, strlen(want)) == 0, "error is FILE:LINE:");
    OK(!HAS(EG_LEX_GIVEN, "Zyxophine"), "a bad file adds nothing");
    unlink(bad);

    char bad2[] = "/tmp/eg_lexXXXXXX";
    OK(write_tmp(bad2, "titles\n") == 0, "write bad file 2");
    INT_EQ(eg_lexicon_load_file(bad2), EG_EINVAL, "missing tab");
    snprintf(want, sizeof want, "%s:1: ", bad2);
    OK(strncmp(eg_error_last(), want, strlen(want)) == 0, "error is FILE:1:");
    unlink(bad2);

    INT_EQ(eg_lexicon_load_file("/nonexistent/lexicon.txt"), EG_EIO, "missing file");
}

static void test_provenance(void)
{
    OK(eg_lexdata_nfiles >= 10, "all lists embedded");
    for (size_t i = 0; i < eg_lexdata_nfiles; i++) {
        const eg_lexdata_file *f = &eg_lexdata_files[i];
        char msg[128];
        snprintf(msg, sizeof msg, "%s.txt has a '# source:' header", f->name);
        const char *p = f->data;
        int found = 0;
        while (p && *p == '#') {
            if (strncmp(p, "# source:", 9) == 0) found = 1;
            p = strchr(p, '\n');
            if (p) p++;
        }
        OK(found, msg);
        INT_EQ(strlen(f->data), f->len, "embedded length");
    }
}

int main(void)
{
    test_init();
    test_case();
    test_multiword();
    test_values();
    test_absent();
    test_may_start();
    test_threads();
    test_load_file();
    test_provenance();
    eg_lexicon_free();
    return TEST_RESULT();
}
