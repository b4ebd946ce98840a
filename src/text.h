/* text.h — the per-document data types handed from stage to stage:
 * tokens, sentences and mentions are spans into the immutable document text. */
#ifndef EG_TEXT_H
#define EG_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "graph.h"

enum { EG_TK_WORD = 0, EG_TK_NUM, EG_TK_PUNCT, EG_TK_HANDLE, EG_TK_POSS /* 's or trailing ' */ };

enum {
    EG_TF_CAP = 1 << 0,      /* starts with an upper-case letter */
    EG_TF_ALLCAPS = 1 << 1,  /* two or more letters, all upper case (FBI, NATO) */
    EG_TF_SSTART = 1 << 2,   /* first word of a sentence (after opening quotes) */
    EG_TF_ABBR = 1 << 3,     /* ends with a period that belongs to it (Mr., U.S., Jr.) */
    EG_TF_QUOTE = 1 << 4,    /* punctuation: a quote mark */
    EG_TF_DASH = 1 << 5,     /* punctuation: a dash */
    EG_TF_MIXED = 1 << 6,    /* inner capital (YouTube, McDonald, iPhone) */
    EG_TF_PSTART = 1 << 7,   /* first token of a paragraph */
    EG_TF_LOWER = 1 << 8,    /* starts with a lower-case letter */
    EG_TF_HEADLINE = 1 << 9  /* inside a title-case line (headline) */
};

typedef struct eg_token {
    uint32_t start, len; /* byte span */
    uint16_t kind, flags;
    uint32_t sent;       /* sentence index */
} eg_token;

typedef struct eg_sentence {
    uint32_t tok_start, tok_end; /* token range [start, end) */
    uint32_t start, end;         /* byte span */
    uint32_t para;               /* paragraph index */
} eg_sentence;

typedef struct eg_tokens {
    eg_token *tok;
    size_t ntok, captok;
    eg_sentence *sent;
    size_t nsent, capsent;
    size_t npara;
} eg_tokens;

/* Tokenize text[0..len) into tokens, sentences and paragraphs.
 * Returns 0 or EG_ENOMEM. Free with eg_tokens_free. */
int eg_tokenize(eg_tokens *out, const char *text, size_t len);
void eg_tokens_free(eg_tokens *t);

/* ASCII-case-insensitive comparison of a token with a word. Inline: the stages call it
 * millions of times, mostly with literal words whose length the compiler knows. */
/* Shared word lists (NULL-terminated, lower case; defined in tokenize.c). */
/* compass and position words of regions: "North", "south-east", "Central", "Upper", "Midlands" */
extern const char *const eg_compass_words[];
/* AP abbreviations of US states that are no English word ("Calif.", "Pa."), and those that are
 * ("Ill.", "Wash.", "Ore."): the second only where a state is expected ("D-Ore.") */
extern const char *const eg_states_ap[];
extern const char *const eg_states_ap_words[];
/* royal titles that are part of how a monarch is named ("King Salman", "Pope Francis") */
extern const char *const eg_royal_titles[];
/* the word before the colon of a press release's contact line ("Contact:", "Media Contacts:") */
extern const char *const eg_contact_words[];

static inline int eg_tok_is(const char *text, const eg_token *t, const char *word)
{
    const unsigned char *p = (const unsigned char *)text + t->start, *w = (const unsigned char *)word;
    /* most calls differ in the first letter (| 32 folds ASCII case; other bytes only pass more often) */
    if (!t->len || (p[0] | 32) != (w[0] | 32)) return 0;
    size_t n = strlen(word);
    if (t->len != n) return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char a = p[i], b = w[i];
        if (a != b && (a >= 'A' && a <= 'Z' ? a + 32 : a) != (b >= 'A' && b <= 'Z' ? b + 32 : b)) return 0;
    }
    return 1;
}

/* Does the token end in a Japanese association's suffix ("Kudo-kai", "Yamaguchi-gumi")? */
static inline int eg_tok_assoc_suffix(const char *text, const eg_token *t)
{
    const char *e = text + t->start + t->len;
    return (t->len >= 5 && e[-4] == '-' && (e[-3] | 32) == 'k' && (e[-2] | 32) == 'a' && (e[-1] | 32) == 'i') ||
           (t->len >= 6 && e[-5] == '-' && (e[-4] | 32) == 'g' && (e[-3] | 32) == 'u' && (e[-2] | 32) == 'm' &&
            (e[-1] | 32) == 'i');
}

/* Is the token one of the words of list (NULL-terminated; each compared as by eg_tok_is)?
 * Lists are looked up in hash sets built the first time each is asked about (wordset.c):
 * lists must be static data that never change. */
int eg_tok_in(const char *text, const eg_token *t, const char *const *list);

/* Kinds of type evidence (bits), named by eg_evidence_name. */
enum {
    EG_EV_ORG_LEXICON, EG_EV_PLACE_LEXICON, EG_EV_JR_SUFFIX, EG_EV_ORG_HEAD, EG_EV_LOC_HEAD,
    EG_EV_ORG_FRONT, EG_EV_GIVEN_NAME, EG_EV_SURNAME, EG_EV_INITIALS, EG_EV_ACRONYM, EG_EV_MIXED_CASE,
    EG_EV_TITLE, EG_EV_ROLE_BEFORE, EG_EV_CLASS_NOUN, EG_EV_THE, EG_EV_PLACE_PREP, EG_EV_SPEECH_VERB,
    EG_EV_ROLE_APPOSITION, EG_EV_HEADS_OR_EMPLOYS, EG_EV_CONNECTOR, EG_EV_DEFAULT, EG_EV_DATELINE, EG_EV_WHICH_AFTER,
    EG_EV_PRODUCT, EG_EV_COUNT
};
const char *eg_evidence_name(int bit);

/* A name mention: tokens [tok_start, tok_end) of one sentence. */
typedef struct eg_mention {
    uint32_t tok_start, tok_end;
    uint32_t sent;
    char *name;        /* normalised surface form (titles, possessive, "the" removed); owned */
    int title;         /* index of a title/role cue token before the name, or -1 */
    int type_votes[EG_NTYPES]; /* evidence gathered for this mention */
    uint32_t evidence;  /* EG_EV_* bits: which kinds of evidence voted (for --explain) */
    int entity;        /* resolved entity index in the document, -1 = rejected */
    uint8_t is_acronym, has_the, possessive, suffix_jr, headline;
    uint8_t pronoun;   /* 1 for a resolved pronoun (he/his/she/her) */
} eg_mention;

#endif
