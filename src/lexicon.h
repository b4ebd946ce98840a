/* lexicon.h — general-knowledge word lists compiled from data/NAME.txt into the
 * binary, extendable at run time. Lookups are ASCII-case-insensitive. */
#ifndef EG_LEXICON_H
#define EG_LEXICON_H

#include <stddef.h>

typedef enum {
    EG_LEX_GIVEN,      /* given names: "john", "maría", "mohammed" */
    EG_LEX_SURNAME,    /* frequent surnames (weak PERSON evidence) */
    EG_LEX_TITLE,      /* honorifics and titles peeled from names: "president", "mr", "prime minister" */
    EG_LEX_ROLE,       /* role nouns: "lawyer", "spokesman", "chairman", "founder" */
    EG_LEX_ORG_HEAD,   /* organisation head words/suffixes: "committee", "inc", "university", "times" */
    EG_LEX_PLACE,      /* countries, US states, major cities, regions; value = canonical name if alias */
    EG_LEX_DEMONYM,    /* "russian" -> "Russia" */
    EG_LEX_ORG,        /* well-known organisations and acronyms: "fbi", "nato", "wikileaks" -> type hints */
    EG_LEX_STOP,       /* capitalised non-names: "meanwhile", "yesterday", "monday", "january" */
    EG_LEX_LOC_HEAD,   /* place head words: "street", "river", "tower", "square", "county" */
    EG_LEX_GROUP,      /* party, faith and movement adjectives and members: "democratic", "republicans" */
    EG_LEX_NONENT_HEAD,/* heads of names that are not actors: "prize", "treaty", "act", "cup" */
    EG_LEX_COMMON,     /* lower-case English dictionary words: "newly", "asked", "fifteen" */
    EG_LEX_COUNTRY,    /* canonical country names: "united states", "united kingdom" */
    EG_LEX_CITY,       /* GeoNames cities whose names are no word or name: "hartford", "aarhus" (weak LOC) */
    EG_LEX_NICKNAME,   /* short forms of given names: "doug" -> "douglas", "liz" -> "elizabeth|elisabeth" */
    EG_LEX_NKINDS
} eg_lex_kind;

/* Load the built-in lists (idempotent, thread-safe after the first call).
 * Returns 0 or EG_ENOMEM. */
int eg_lexicon_init(void);
/* Add entries from a file: lines "kind<TAB>entry[<TAB>value]"; '#' comments.
 * Returns 0 or EG_EIO/EG_EINVAL with "FILE:LINE: problem" recorded. */
int eg_lexicon_load_file(const char *path);
/* 1 if the n bytes at s (case-insensitive ASCII) are in list k. */
int eg_lex_has(eg_lex_kind k, const char *s, size_t n);
/* The value stored with an entry ("" if none), or NULL if absent. */
const char *eg_lex_value(eg_lex_kind k, const char *s, size_t n);
/* 1 if the n bytes at s name a country by any of its names: the place list's canonical form
 * ("Great Britain", "U.S.") or the name itself is in the country list. */
int eg_lex_country(const char *s, size_t n);
/* 0 when the word of n bytes at s (one word, no space) is no entry of list k and starts none:
 * a cheap test before the lookups of spans that start with it; 1 otherwise. */
int eg_lex_may_start(eg_lex_kind k, const char *s, size_t n);
struct eg_token;
/* Speed up this thread's lookups of spans inside text (a document being extracted,
 * with its tokens, both unchanged) until eg_lex_doc_end. 0 or EG_ENOMEM. */
int eg_lex_doc_begin(const char *text, size_t len, const struct eg_token *tok, size_t ntok);
void eg_lex_doc_end(void);
/* Free everything loaded (tests and leak checkers). */
void eg_lexicon_free(void);

#endif
