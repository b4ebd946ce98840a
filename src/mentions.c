/* mentions.c — stage 3: tokens → name mentions.
 * Capitalised runs joined by of/for/and/& and name particles, titles and roles
 * peeled off as cues, sentence-initial and headline words checked against the
 * rest of the document; every rejection is recorded with its reason. */
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "extract.h"
#include "lexicon.h"
#include "strmap.h"

/* (SEEN_CAP_ALONE: capitalised in mid-sentence with no capitalised word beside it, not only inside a
 * longer name: "Rights" of "Human Rights Watch" is not) */
enum { SEEN_CAP_MID = 1, SEEN_LOWER = 2, SEEN_CAP_ALONE = 4 };

typedef struct ctx {
    eg_docresult *r;
    const char *text;
    size_t len;
    eg_strmap seen; /* lower-cased word -> SEEN_* bits */
    eg_strmap capb; /* "word\x01title" -> cap_only_before's answer plus one */
    eg_strmap firsts; /* word -> times it opens a longer name (built on first use) */
    int firsts_built;
    eg_strmap after_given; /* words that follow a capitalised given name, "Murdoch" (built on first use) */
    int after_given_built;
    uint32_t caps_sent_end; /* the sentence caps_heading last read (end token, 0 none) ... */
    int caps_sent_lower;    /* ... and whether it has a lower-case word */
    int skip_award_tail; /* the last run named an award: "Nobel Prize in Physiology or Medicine" */
    eg_strmap nonent; /* letters a law, award or event took in brackets: "(FCPA)"; 2: names of illnesses, vessels,
                       * models and diseases, rejected again later in the text */
    uint32_t prefix_scans; /* prefix_of_longer's scans of the text so far (bounded: each reads it whole) */
    eg_strmap title_orgs;  /* titles that open an organisation's name in the text so far ("Duke" of "Duke University") */
    eg_strmap party_stems; /* the words before "Party" in the parties named so far ("Conservative", "Free Democratic") */
    eg_strmap makers;      /* a model's maker ("Tupolev" of "a Tupolev Tu-154"): 1 named alone in the text, 2 not */
} ctx;

/* people's plurals that open a group's name before "for" and its cause ("Fridays for Future") */
/* (not people who work "for" someone: "Writers for Vogue", "Workers for Target", "Voters for Trump") */
static const char *const cause_groups[] = {"Fridays", "Doctors", "Scientists", "Students", "Parents", "Mothers",
                                           "Moms", "Mums", "Fathers", "Citizens", "Americans", "Veterans", "Physicians",
                                           "Grandparents", "Christians", "Muslims", "Jews", "Catholics", "Families",
                                           "Taxpayers", "Economists", NULL};
static const char *const particles[] = {"de", "da", "di", "du", "del", "della", "der", "den", "van", "dello", "delle", "degli", "dei",
                                        "von", "bin", "ibn", "bint", "al", "el", "la", "le", "dos",
                                        "das", "ter", "ten", "y", "zu", "af", "en", "ole", "arap", "las", "los", "des", "do", "es", "au", "am",
                                        "dela", "delos", "dalla", "no", NULL};
/* articles and possessive pronouns that open a phrase, not a name ("The Corp said") */
static const char *const determiners[] = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
                                          "their", "our", "my", "your", NULL};
/* small words inside a name a list may know whole ("Union for a Popular Movement") */
static const char *const inner_small[] = {"in", "a", "for", "of", "and", "the", "on", "&", NULL};
/* company forms that close a name (compared without case) */
static const char *const legal_suffixes[] = {"corp", "corp.", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "ag", "gmbh",
                                             "sa", "s.a.", "nv", "bv", "spa", "ab", "asa", NULL};
static const char *const suffixes[] = {"jr", "jr.", "jnr", "jnr.", "junior", "sr", "sr.", "snr",
                                       "snr.", "ii", "iii", "iv", NULL};
static const char *const ordinals_cap[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                           "eighth", "ninth", "tenth", "eleventh", NULL};
static const char *const pronouns_i[] = {"i", "i'll", "i've", "i'm", "i'd", "i\xe2\x80\x99" "ll", "i\xe2\x80\x99" "ve",
                                         "i\xe2\x80\x99" "m", "i\xe2\x80\x99" "d", NULL};

static int tok_in(const ctx *c, const eg_token *t, const char *const *list)
{
    return eg_tok_in(c->text, t, list);
}

static int lex(const ctx *c, eg_lex_kind k, uint32_t a, uint32_t b)
{
    const eg_token *ta = &c->r->tk.tok[a], *tb = &c->r->tk.tok[b - 1];
    size_t s = ta->start, e = tb->start + tb->len;
    return eg_lex_has(k, c->text + s, e - s);
}

static int lex1(const ctx *c, eg_lex_kind k, uint32_t i)
{
    const eg_token *t = &c->r->tk.tok[i];
    if (eg_lex_has(k, c->text + t->start, t->len)) return 1;
    if ((t->flags & EG_TF_ABBR) && t->len > 1) return eg_lex_has(k, c->text + t->start, t->len - 1);
    return 0;
}

static int is_suffix(const ctx *c, uint32_t i) { return tok_in(c, &c->r->tk.tok[i], suffixes); }

/* "el-Sisi", "al-Assad", "bin-Talal": a lower-case particle joined by a hyphen to a capitalised name */
static int hyphen_particle(const ctx *c, uint32_t i)
{
    const eg_token *t = &c->r->tk.tok[i];
    if (t->kind != EG_TK_WORD || !(t->flags & EG_TF_LOWER)) return 0;
    const char *s = c->text + t->start;
    const char *h = memchr(s, '-', t->len);
    if (!h || h == s || (size_t)(h - s) + 1 >= t->len || h[1] < 'A' || h[1] > 'Z') return 0;
    eg_token p = *t;
    p.len = (uint32_t)(h - s);
    return tok_in(c, &p, particles);
}

/* "SUVs", "NGOs", "MPs": the plural of an acronym is a common noun */
static int acronym_plural(const ctx *c, const eg_token *t)
{
    const char *w = c->text + t->start;
    if (t->len < 3 || w[t->len - 1] != 's') return 0;
    for (uint32_t k = 0; k + 1 < t->len; k++)
        if (w[k] < 'A' || w[k] > 'Z') return 0;
    return 1;
}

/* another language's "and" inside a name ("Entraide et Solidarité") */
static const char *const foreign_ands[] = {"et", "y", "e", "und", NULL};
/* speech verbs after a name */
static const char *const said_words[] = {"said", "says", "told", "added", "testified", "wrote", NULL};

/* The bytes from token a's start to token b - 1's end. */
static size_t span_len(const ctx *c, uint32_t a, uint32_t b)
{
    return c->r->tk.tok[b - 1].start + c->r->tk.tok[b - 1].len - c->r->tk.tok[a].start;
}

/* Remember the words [a, b) as a name no actor has in this text (an illness's, a vessel's, a model's), so that
 * they are rejected wherever they come again. 0, or EG_ENOMEM. */
static int remember_nonent(ctx *c, uint32_t a, uint32_t b)
{
    return eg_strmap_put(&c->nonent, c->text + c->r->tk.tok[a].start, span_len(c, a, b), 2, NULL) ? 0 : EG_ENOMEM;
}

/* Were the words [a, b) remembered so? */
static int remembered_nonent(const ctx *c, uint32_t a, uint32_t b)
{
    const intptr_t *v = c->nonent.n ? eg_strmap_get(&c->nonent, c->text + c->r->tk.tok[a].start, span_len(c, a, b)) : NULL;
    return v && *v == 2;
}

/* Is token i the punctuation mark ch? */
static int is_punct_tok(const ctx *c, uint32_t i, char ch)
{
    const eg_token *t = &c->r->tk.tok[i];
    return t->kind == EG_TK_PUNCT && t->len == 1 && c->text[t->start] == ch;
}

/* "Justice Department and EPA Sue Norfolk Southern Over East Palestine Train Derailment": in a headline
 * written in capitals, a function word ("Over", "Against", "After") ends the name before it (not one a
 * list knows whole: "Bank Of America") */
static int headline_break(const ctx *c, uint32_t a, uint32_t b)
{
    const eg_token *t = &c->r->tk.tok[b];
    if (!(t->flags & EG_TF_HEADLINE) || !(t->flags & EG_TF_CAP)) return 0;
    /* ("EPA Sue ...": a verb that is a given name too, after an organisation's letters or known name) */
    if (b > a && !lex1(c, EG_LEX_STOP, b) && lex1(c, EG_LEX_COMMON, b) && lex1(c, EG_LEX_GIVEN, b) &&
        ((c->r->tk.tok[b - 1].flags & EG_TF_ALLCAPS) || lex(c, EG_LEX_ORG, a, b)))
        return 1;
    if (!lex1(c, EG_LEX_STOP, b)) return 0;
    static const char *const joins[] = {"of", "and", "the", "for", "de", NULL};
    if (tok_in(c, t, joins)) return 0;
    for (uint32_t e = b + 1; e <= c->r->tk.ntok && e <= b + 4; e++)
        if (lex(c, EG_LEX_ORG, a, e) || lex(c, EG_LEX_PLACE, a, e)) return 0;
    return 1;
}

/* Is token i a French particle elided before a capital ("d'Esny", "d’Ormesson")? */
static int elided_particle(const ctx *c, uint32_t i)
{
    const eg_token *t = &c->r->tk.tok[i];
    const unsigned char *w = (const unsigned char *)c->text + t->start;
    if (t->kind != EG_TK_WORD || t->len < 4 || w[0] != 'd') return 0;
    if (w[1] == '\'') return w[2] >= 'A' && w[2] <= 'Z';
    return t->len >= 6 && w[1] == 0xE2 && w[2] == 0x80 && w[3] == 0x99 && w[4] >= 'A' && w[4] <= 'Z';
}

/* Does a role's word come within the three words from token k on ("the regulator's chief executive")? */
static int appos_role(const ctx *c, uint32_t k)
{
    for (uint32_t q = k; q < c->r->tk.ntok && q < k + 4; q++) {
        const eg_token *t = &c->r->tk.tok[q];
        if (t->kind == EG_TK_POSS) continue;
        if (t->kind != EG_TK_WORD) return 0;
        if ((t->flags & EG_TF_LOWER) && lex1(c, EG_LEX_ROLE, q)) return 1;
    }
    return 0;
}

static int namey(const ctx *c, uint32_t i);

/* If token k opens a quotation that holds only a title (capitalised words, small words between them, figures,
 * a colon; two to twelve tokens, or one word), the index of the closing quote; else 0. */
static uint32_t quoted_title_end(const ctx *c, uint32_t k, uint32_t end)
{
    static const char *const small[] = {"the", "of", "a", "an", "and", "in", "on", "by", "for", "to", "with", "at", "from", NULL};
    const eg_tokens *tk = &c->r->tk;
    const eg_token *q = &tk->tok[k];
    if (q->kind != EG_TK_PUNCT || !(q->flags & EG_TF_QUOTE) || k + 2 >= end) return 0;
    /* (an opening quote: after a space or the start, with a word right after it) */
    if (q->start > 0 && !(c->text[q->start - 1] == ' ' || c->text[q->start - 1] == '\n' || c->text[q->start - 1] == '(')) return 0;
    if (tk->tok[k + 1].start != q->start + q->len || !(tk->tok[k + 1].flags & EG_TF_CAP)) return 0;
    uint32_t j = k + 1;
    int caps = 0;
    for (; j < end && j < k + 14; j++) {
        const eg_token *t = &tk->tok[j];
        if (t->kind == EG_TK_PUNCT && (t->flags & EG_TF_QUOTE)) break;
        if (t->kind == EG_TK_WORD && (t->flags & (EG_TF_CAP | EG_TF_ALLCAPS))) { caps++; continue; }
        if (t->kind == EG_TK_WORD && tok_in(c, t, small)) continue;
        if (t->kind == EG_TK_NUM || t->kind == EG_TK_POSS) continue;
        if (t->kind == EG_TK_PUNCT && (c->text[t->start] == ':' || c->text[t->start] == '-' ||
                                      ((c->text[t->start] == ',' || c->text[t->start] == '.') && j + 1 < end &&
                                       (tk->tok[j + 1].flags & EG_TF_QUOTE))))
            continue;
        return 0;
    }
    if (j >= end || !(tk->tok[j].flags & EG_TF_QUOTE) || !caps) return 0;
    uint32_t last = j; /* the title's end (a comma or full stop inside the quotes stays out) */
    while (last > k + 1 && tk->tok[last - 1].kind == EG_TK_PUNCT) last--;
    if (last <= k + 1) return 0;
    /* (a nickname: a given name before the quote, a name right after it) */
    if (k > 0 && namey(c, k - 1) && j + 1 < tk->ntok && namey(c, j + 1)) return 0;
    /* (a name the text gives an actor: "a gang known as \"Los Choneros\"", "nicknamed \"El Flaco\"") */
    static const char *const naming[] = {"as", "called", "named", "nicknamed", "dubbed", "alias", NULL};
    static const char *const selves[] = {"itself", "themselves", "himself", "herself", "it", "them", "him", "her", NULL};
    if (k > 0 && tok_in(c, &tk->tok[k - 1], naming)) return 0;
    if (k > 1 && tok_in(c, &tk->tok[k - 1], selves) && tok_in(c, &tk->tok[k - 2], naming)) return 0; /* "called itself" */
    /* (a known actor quoted alone: "\"Reuters\" said") */
    if (lex(c, EG_LEX_ORG, k + 1, last) || lex(c, EG_LEX_PLACE, k + 1, last)) return 0;
    return last;
}

/* "Criminal Court No. 2", "EPA Region 5", "Teamsters Local 727": is token i a body's number (up to four
 * digits) after a word that numbers it inside its name? */
static int body_number(const ctx *c, uint32_t i)
{
    static const char *const numbering[] = {"no.", "region", "local", "lodge", NULL};
    const eg_token *t = &c->r->tk.tok[i];
    if (i == 0 || t->kind != EG_TK_NUM || t->len > 4 || !tok_in(c, &c->r->tk.tok[i - 1], numbering)) return 0;
    for (uint32_t q = 0; q < t->len; q++)
        if (c->text[t->start + q] < '0' || c->text[t->start + q] > '9') return 0;
    /* (not a ranking's or a shirt's number: "World No. 3 Carlos Alcaraz", "Ireland No. 8 Caelan Doris") */
    /* (a city's numbered body is one: "Beijing No. 2 Intermediate People's Court", "Shanghai No. 1 Prison") */
    int body = 0;
    for (uint32_t k = i + 1; k < c->r->tk.ntok && k <= i + 4 && !body; k++) {
        const eg_token *w = &c->r->tk.tok[k];
        if (w->kind == EG_TK_POSS) continue;
        if (w->kind != EG_TK_WORD || !(w->flags & EG_TF_CAP)) break;
        body = lex1(c, EG_LEX_ORG_HEAD, k);
    }
    if (i >= 2 && !body &&
        (eg_tok_is(c->text, &c->r->tk.tok[i - 2], "World") || lex1(c, EG_LEX_PLACE, i - 2) ||
         lex1(c, EG_LEX_CITY, i - 2) || lex1(c, EG_LEX_DEMONYM, i - 2)))
        return 0;
    if (i + 1 < c->r->tk.ntok && (lex1(c, EG_LEX_GIVEN, i + 1) || lex1(c, EG_LEX_TITLE, i + 1))) return 0;
    return 1;
}

static int namey(const ctx *c, uint32_t i)
{
    const eg_token *t = &c->r->tk.tok[i];
    if (t->kind == EG_TK_HANDLE) return 1;
    if (t->kind != EG_TK_WORD) return 0;
    if (!(t->flags & (EG_TF_CAP | EG_TF_ALLCAPS))) return 0;
    if (tok_in(c, t, pronouns_i) || acronym_plural(c, t)) return 0;
    /* "S$38 million", "C$400,000": a currency's letters, not a name's end */
    if (t->len <= 3 && i + 1 < c->r->tk.ntok && c->text[t->start + t->len] == '$') return 0;
    return 1;
}

static int seen(const ctx *c, uint32_t i)
{
    const eg_token *t = &c->r->tk.tok[i];
    char buf[128];
    if (t->len >= sizeof buf) return 0;
    for (uint32_t k = 0; k < t->len; k++) {
        char ch = c->text[t->start + k];
        buf[k] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
    }
    intptr_t *v = eg_strmap_get(&c->seen, buf, t->len);
    return v ? (int)*v : 0;
}

static int collect_seen(ctx *c)
{
    const eg_tokens *tk = &c->r->tk;
    for (size_t i = 0; i < tk->ntok; i++) {
        const eg_token *t = &tk->tok[i];
        if (t->kind != EG_TK_WORD || t->len >= 128) continue;
        int bit = 0;
        if (t->flags & EG_TF_LOWER) bit = SEEN_LOWER;
        else if ((t->flags & (EG_TF_CAP | EG_TF_ALLCAPS)) && !(t->flags & (EG_TF_SSTART | EG_TF_HEADLINE))) {
            bit = SEEN_CAP_MID;
            int capped_prev = i > 0 && tk->tok[i - 1].kind == EG_TK_WORD && (tk->tok[i - 1].flags & (EG_TF_CAP | EG_TF_ALLCAPS));
            int capped_next = i + 1 < tk->ntok && tk->tok[i + 1].kind == EG_TK_WORD &&
                              (tk->tok[i + 1].flags & (EG_TF_CAP | EG_TF_ALLCAPS));
            if (!capped_prev && !capped_next) bit |= SEEN_CAP_ALONE;
        }
        if (!bit) continue;
        char buf[128];
        for (uint32_t k = 0; k < t->len; k++) {
            char ch = c->text[t->start + k];
            buf[k] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
        }
        intptr_t *v = eg_strmap_put(&c->seen, buf, t->len, 0, NULL);
        if (!v) return -1;
        *v |= bit;
    }
    return 0;
}

/* 1 if word i, a common word, is capitalised in the middle of a sentence only right before the
 * word at title (the same text): "Information" of "Information Commissioner" in a text that also
 * names the "Information Commissioner's Office" is the title's, not an organisation in front. */
static int cap_only_before(ctx *c, uint32_t i, uint32_t title)
{
    const eg_tokens *tk = &c->r->tk;
    const eg_token *w = &tk->tok[i], *ti = &tk->tok[title];
    if (!lex1(c, EG_LEX_COMMON, i)) return 0;
    /* one scan of the document per pair of words, not per name (a long text repeats them) */
    char key[256];
    intptr_t *memo = NULL;
    if (w->len + ti->len + 1 < sizeof key) {
        memcpy(key, c->text + w->start, w->len);
        key[w->len] = '\x01';
        memcpy(key + w->len + 1, c->text + ti->start, ti->len);
        memo = eg_strmap_put(&c->capb, key, w->len + 1 + ti->len, 0, NULL);
        if (memo && *memo) return (int)*memo - 1;
    }
    int ok = 1;
    for (size_t k = 0; k < tk->ntok && ok; k++) {
        const eg_token *t = &tk->tok[k];
        if (t->kind != EG_TK_WORD || t->len != w->len || !(t->flags & EG_TF_CAP) || (t->flags & (EG_TF_SSTART | EG_TF_HEADLINE)) ||
            memcmp(c->text + t->start, c->text + w->start, w->len))
            continue;
        const eg_token *n = k + 1 < tk->ntok ? &tk->tok[k + 1] : NULL;
        if (!n || n->len != ti->len || memcmp(c->text + n->start, c->text + ti->start, ti->len)) ok = 0;
    }
    if (memo) *memo = ok + 1;
    return ok;
}

/* Lexicon evidence that a single capitalised word is (part of) a name. */
static int word_has_evidence(const ctx *c, uint32_t i)
{
    const eg_token *t = &c->r->tk.tok[i];
    if (t->kind == EG_TK_HANDLE) return 1;
    if (lex1(c, EG_LEX_PLACE, i) || lex1(c, EG_LEX_ORG, i)) return 1; /* "US", "WHO" */
    if (t->flags & (EG_TF_ALLCAPS | EG_TF_MIXED)) return !lex1(c, EG_LEX_STOP, i);
    if (lex1(c, EG_LEX_GIVEN, i) || lex1(c, EG_LEX_SURNAME, i)) return 1;
    return 0;
}

int eg_docresult_reject(eg_docresult *r, uint32_t start, uint32_t len, const char *reason)
{
    if (r->nrej == r->caprej) {
        size_t cap = r->caprej ? r->caprej * 2 : 32;
        eg_reject *p = realloc(r->rej, cap * sizeof *p);
        if (!p) return EG_ENOMEM;
        r->rej = p;
        r->caprej = cap;
    }
    r->rej[r->nrej].start = start;
    r->rej[r->nrej].len = len;
    r->rej[r->nrej].reason = reason;
    r->nrej++;
    return 0;
}

static int reject(ctx *c, uint32_t a, uint32_t b, const char *reason)
{
    if (b <= a) return 0;
    const eg_token *ta = &c->r->tk.tok[a], *tb = &c->r->tk.tok[b - 1];
    return eg_docresult_reject(c->r, ta->start, tb->start + tb->len - ta->start, reason);
}

/* Normalised surface form of tokens [a, b): single spaces, ’ → ', possessive excluded. */
static char *surface(const ctx *c, uint32_t a, uint32_t b)
{
    eg_strbuf sb = EG_STRBUF_INIT;
    for (uint32_t i = a; i < b; i++) {
        const eg_token *t = &c->r->tk.tok[i];
        if (i > a && !(t->kind == EG_TK_PUNCT && t->len == 1 && c->text[t->start] == '&' && 0)) {
            const eg_token *p = &c->r->tk.tok[i - 1];
            if (p->start + p->len < t->start) eg_strbuf_putc(&sb, ' ');
        }
        /* ("the Tamil Nadu government": the name writes "Government") */
        if (i > a && i + 1 == b && eg_tok_is(c->text, t, "government")) {
            eg_strbuf_puts(&sb, "Government");
            continue;
        }
        for (uint32_t k = 0; k < t->len; k++) {
            const unsigned char *s = (const unsigned char *)c->text + t->start + k;
            if (s[0] == 0xE2 && k + 2 < t->len && s[1] == 0x80 && s[2] == 0x99) { /* ’ */
                eg_strbuf_putc(&sb, '\'');
                k += 2;
                continue;
            }
            eg_strbuf_putc(&sb, (char)s[0]);
        }
    }
    return eg_strbuf_detach(&sb);
}

static int add_mention(ctx *c, uint32_t a, uint32_t b, uint32_t sent, int *out_index)
{
    eg_docresult *r = c->r;
    if (r->nm == r->capm) {
        size_t cap = r->capm ? r->capm * 2 : 64;
        eg_mention *p = realloc(r->m, cap * sizeof *p);
        if (!p) return EG_ENOMEM;
        r->m = p;
        r->capm = cap;
    }
    eg_mention *m = &r->m[r->nm];
    memset(m, 0, sizeof *m);
    m->tok_start = a;
    m->tok_end = b;
    m->sent = sent;
    m->title = -1;
    m->entity = -1;
    m->name = surface(c, a, b);
    if (!m->name) return EG_ENOMEM;
    const eg_token *ta = &r->tk.tok[a];
    m->is_acronym = (b - a == 1) && (ta->flags & EG_TF_ALLCAPS);
    /* ("1MDB": a figure and capitals) */
    if (b - a == 1 && ta->kind == EG_TK_NUM) {
        int caps = 0;
        for (uint32_t q = 0; q < ta->len; q++) caps += c->text[ta->start + q] >= 'A' && c->text[ta->start + q] <= 'Z';
        m->is_acronym = caps >= 2;
    }
    m->headline = (ta->flags & EG_TF_HEADLINE) != 0;
    if (b < r->tk.ntok && r->tk.tok[b].kind == EG_TK_POSS) m->possessive = 1;
    if (a > 0 && eg_tok_is(c->text, &r->tk.tok[a - 1], "the")) m->has_the = 1;
    /* ("the Conservative Party": its members' plural later, "the Conservatives", is the party) */
    if (b - a >= 2 && eg_tok_is(c->text, &r->tk.tok[b - 1], "Party") && (r->tk.tok[b - 1].flags & EG_TF_CAP)) {
        uint32_t a1 = a + (eg_tok_is(c->text, ta, "The") && b - a >= 3);
        const eg_token *t0 = &r->tk.tok[a1], *t1 = &r->tk.tok[b - 2];
        if (!eg_strmap_put(&c->party_stems, c->text + t0->start, t1->start + t1->len - t0->start, 1, NULL)) return EG_ENOMEM;
    }
    /* ("Duke University": its first word alone later is the university's short form, no title) */
    if (b - a == 2 && (ta->flags & EG_TF_CAP) && !(ta->flags & EG_TF_ALLCAPS) &&
        eg_lex_may_start(EG_LEX_TITLE, c->text + ta->start, ta->len) && lex1(c, EG_LEX_TITLE, a) &&
        lex1(c, EG_LEX_ORG_HEAD, b - 1) && !eg_strmap_put(&c->title_orgs, c->text + ta->start, ta->len, 1, NULL))
        return EG_ENOMEM;
    if (b - a >= 2 && is_suffix(c, b - 1)) m->suffix_jr = 1;
    if (out_index) *out_index = (int)r->nm;
    r->nm++;
    return 0;
}

static int add_cue(ctx *c, int mention, uint32_t ts, uint32_t te, int pre)
{
    eg_docresult *r = c->r;
    if (r->ncues == r->capcues) {
        size_t cap = r->capcues ? r->capcues * 2 : 32;
        eg_cue *p = realloc(r->cues, cap * sizeof *p);
        if (!p) return EG_ENOMEM;
        r->cues = p;
        r->capcues = cap;
    }
    eg_cue *q = &r->cues[r->ncues++];
    q->mention = (uint32_t)mention;
    q->tok_start = ts;
    q->tok_end = te;
    q->pre_mention = pre;
    return 0;
}

static int is_title_modifier(const ctx *c, uint32_t i)
{
    static const char *const mods[] = {"senior", "deputy", "assistant", "associate", "acting", "chief",
                                       "principal", "special", "executive", "under", "vice", "former",
                                       "interim", "junior", NULL};
    return tok_in(c, &c->r->tk.tok[i], mods);
}

/* Does [a, b) look like a person's name that may follow a title? */
static int name_after_title(const ctx *c, uint32_t a, uint32_t b)
{
    /* (a particle starts a name only before a capitalised surname: "Justice de Alwis") */
    if (a >= b) return 0;
    if (tok_in(c, &c->r->tk.tok[a], particles)) {
        /* (a capitalised one too before a surname alone that no list knows as a place: "Vice Foreign Minister
         * Le Yucheng", "Le Pen") */
        if (((c->r->tk.tok[a].flags & EG_TF_CAP) &&
             !(b == a + 2 && !lex(c, EG_LEX_PLACE, a, b) && !lex(c, EG_LEX_CITY, a, b) && !lex1(c, EG_LEX_LOC_HEAD, a + 1))) ||
            !(a + 1 < b && namey(c, a + 1) && (c->r->tk.tok[a + 1].flags & EG_TF_CAP)))
            return 0;
    } else if (!namey(c, a))
        return 0;
    if (lex1(c, EG_LEX_ORG_HEAD, b - 1) || lex1(c, EG_LEX_NONENT_HEAD, b - 1)) return 0;
    /* "Major League Soccer", "General Motors": an organisation word that is no name */
    if (lex1(c, EG_LEX_ORG_HEAD, a) && !lex1(c, EG_LEX_GIVEN, a) && !lex1(c, EG_LEX_SURNAME, a)) return 0;
    /* "Senator Linda Marsh", "Senator Marsh": a place head word is a surname after a title,
     * unless the rest looks like a place ("General Lake Road") */
    if (lex1(c, EG_LEX_LOC_HEAD, b - 1) && b - a >= 2 && !lex1(c, EG_LEX_GIVEN, a)) return 0;
    for (uint32_t i = a; i < b; i++)
        if (eg_tok_is(c->text, &c->r->tk.tok[i], "of") || eg_tok_is(c->text, &c->r->tk.tok[i], "for") ||
            eg_tok_is(c->text, &c->r->tk.tok[i], "and") || eg_tok_is(c->text, &c->r->tk.tok[i], "&"))
            return 0;
    return 1;
}

/* Is token i a capitalised plural whose singular is a title of one word ("Justices", "Attorneys")? */
static int title_plural(const ctx *c, uint32_t i)
{
    const eg_token *t = &c->r->tk.tok[i];
    return t->kind == EG_TK_WORD && (t->flags & EG_TF_CAP) && !(t->flags & EG_TF_ALLCAPS) && t->len > 4 &&
           c->text[t->start + t->len - 1] == 's' && eg_lex_has(EG_LEX_TITLE, c->text + t->start, t->len - 1);
}

/* Tokens [a, b) a title, or a title whose last word is plural ("Assistant U.S. Attorneys Jane Roe and John
 * Doe", "Justices Rohinton Nariman and Indu Malhotra")? */
static int title_span(const ctx *c, uint32_t a, uint32_t b)
{
    if (lex(c, EG_LEX_TITLE, a, b)) return 1;
    /* (a name after it, no dictionary word: not "Queens Park Rangers", "Governors Island", "Kings Cross") */
    /* (an initial is a name's: "Assistant U.S. Attorneys K. Nathaniel Yeager and ...") */
    const eg_token *tn = b < c->r->tk.ntok ? &c->r->tk.tok[b] : NULL;
    int initial = tn && tn->len == 2 && c->text[tn->start] >= 'A' && c->text[tn->start] <= 'Z' && c->text[tn->start + 1] == '.';
    if (!tn || (!initial && (lex1(c, EG_LEX_COMMON, b) || lex1(c, EG_LEX_LOC_HEAD, b) || lex1(c, EG_LEX_ORG_HEAD, b))))
        return 0;
    const eg_token *ta = &c->r->tk.tok[a], *tb = &c->r->tk.tok[b - 1];
    if (tb->kind != EG_TK_WORD || !(tb->flags & EG_TF_CAP) || (tb->flags & EG_TF_ALLCAPS) || tb->len < 4 ||
        c->text[tb->start + tb->len - 1] != 's')
        return 0;
    size_t s = ta->start, e = tb->start + tb->len - 1;
    return eg_lex_has(EG_LEX_TITLE, c->text + s, e - s);
}

/* Could token i begin a title or a role (one, or the first word of one)? */
static int may_title(const ctx *c, uint32_t i)
{
    const eg_token *t = &c->r->tk.tok[i];
    return eg_lex_may_start(EG_LEX_TITLE, c->text + t->start, t->len) ||
           eg_lex_may_start(EG_LEX_ROLE, c->text + t->start, t->len) || title_plural(c, i);
}

/* Where the person's name starts after a title with its department or field ("Secretary of the Treasury
 * Janet L. Yellen", "Assistant Attorney General for National Security John C. Demers", "Under Secretary of
 * Commerce for Industry and Security Alan F. Estevez"): the run [a, b) opens with a title and "of" or
 * "for", and ends with a given name, initials and a surname (two to four words); 0 when it does not. */
static uint32_t title_field_end(const ctx *c, uint32_t a, uint32_t b)
{
    const eg_tokens *tk = &c->r->tk;
    if (b - a < 5 || !may_title(c, a)) return 0;
    uint32_t te = a;
    for (uint32_t j = a + 1; j <= b && j <= a + 4; j++)
        if (lex(c, EG_LEX_TITLE, a, j)) te = j;
    if (te == a || te >= b || (!eg_tok_is(c->text, &tk->tok[te], "of") && !eg_tok_is(c->text, &tk->tok[te], "for")))
        return 0;
    for (uint32_t g = te + 2; g + 2 <= b; g++) {
        if (b - g > 4 || !lex1(c, EG_LEX_GIVEN, g) || lex1(c, EG_LEX_TITLE, g) || lex1(c, EG_LEX_ORG_HEAD, g)) continue;
        const eg_token *p = &tk->tok[g - 1];
        if (p->kind != EG_TK_WORD || !(p->flags & EG_TF_CAP) || eg_tok_is(c->text, p, "The")) continue;
        int name = 1;
        for (uint32_t q = g + 1; q < b && name; q++) {
            const eg_token *t = &tk->tok[q];
            /* (an initial is no stop word: "Jeffrey A. Taylor") */
            int initial = t->len == 2 && c->text[t->start + 1] == '.';
            name = t->kind == EG_TK_WORD && (t->flags & EG_TF_CAP) && !lex1(c, EG_LEX_ORG_HEAD, q) &&
                   !lex1(c, EG_LEX_LOC_HEAD, q) && (initial || !lex1(c, EG_LEX_STOP, q));
        }
        if (name) return g;
    }
    return 0;
}

/* Longest title or capitalised role starting at token i within [i, b): its end, or i.
 * Title modifiers before it belong to it ("Senior Director"), and so does "of X" when a
 * name still follows ("Secretary of Finance Ramirez"). */
static int is_regnal(const ctx *c, uint32_t i);

/* Is token i, alone, the short form of an organisation the text named with it before ("Duke" after "Duke
 * University")? Not after "the": "the Duke", "the General", "the Senator" are titled people. */
static int title_org_short(const ctx *c, uint32_t i)
{
    const eg_token *t = &c->r->tk.tok[i];
    return c->title_orgs.n && !(i > 0 && eg_tok_is(c->text, &c->r->tk.tok[i - 1], "the")) &&
           eg_strmap_get(&c->title_orgs, c->text + t->start, t->len);
}

/* Is token i a one-word title that is also a given name, here the person's given name: "Earl
 * Blumenauer", "Amir Peretz", "Raja Krishnamoorthi" (before a word that is no given name, title or role),
 * "Sultan Al Jaber" (a ruler's title only before one name, a "bin" name or a regnal number)? The words that
 * are mostly ranks ("King", "Prince", "Major") stay titles. */
static int given_not_title(const ctx *c, uint32_t i, uint32_t b)
{
    static const char *const ranks[] = {"king", "queen", "prince", "princess", "major", "marquis", NULL};
    static const char *const rulers[] = {"sultan", "emir", NULL};
    static const char *const lineage[] = {"bin", "bint", "ibn", "ben", NULL};
    const eg_token *tk = c->r->tk.tok;
    if (i + 2 > b || (tk[i].flags & (EG_TF_CAP | EG_TF_ALLCAPS)) != EG_TF_CAP || !lex1(c, EG_LEX_GIVEN, i) ||
        !lex1(c, EG_LEX_TITLE, i) || tok_in(c, &tk[i], ranks) || lex(c, EG_LEX_TITLE, i, i + 2))
        return 0;
    if (tk[i + 1].kind != EG_TK_WORD || !(tk[i + 1].flags & EG_TF_CAP) || lex1(c, EG_LEX_TITLE, i + 1) ||
        lex1(c, EG_LEX_ROLE, i + 1))
        return 0;
    for (uint32_t k = i + 1; k < b; k++)
        if (tok_in(c, &tk[k], lineage) || is_regnal(c, k)) return 0;
    /* (a ruler's title before two names unless an Arabic surname's article follows: "Sultan Al Jaber", not
     * "Sultan Hassanal Bolkiah") */
    if (tok_in(c, &tk[i], rulers))
        return b - i >= 3 && (eg_tok_is(c->text, &tk[i + 1], "Al") || eg_tok_is(c->text, &tk[i + 1], "El"));
    /* (before a given name, a title: "Dean Martha Minow", "Earl Spencer") */
    return !lex1(c, EG_LEX_GIVEN, i + 1);
}
static uint32_t title_at(const ctx *c, uint32_t i, uint32_t b)
{
    uint32_t best = i, k = i;
    /* ("Sri Lankan", "Sri Lanka": a people's or a place's name that opens with an honorific) */
    if (i + 1 < b && (lex(c, EG_LEX_DEMONYM, i, i + 2) || lex(c, EG_LEX_PLACE, i, i + 2))) return i;
    /* "CIA Director": the acronym is an organisation in front of the title, not part of it */
    if ((c->r->tk.tok[i].flags & EG_TF_ALLCAPS) && !lex1(c, EG_LEX_TITLE, i) && !lex1(c, EG_LEX_ROLE, i)) return i;
    if (given_not_title(c, i, b)) return i;
    /* ("Duke" alone after "Duke University": the organisation's short form; not "the Duke", "the General", "the
     * Senator", a titled person) */
    if (i + 1 == b && title_org_short(c, i)) return i;
    /* "Priya Shah", "Ali Khan": a one-word title right after a given name (no place) is a surname */
    if (i > 0 && i + 1 == b && lex1(c, EG_LEX_GIVEN, i - 1) && !lex1(c, EG_LEX_PLACE, i - 1) &&
        (c->r->tk.tok[i - 1].flags & EG_TF_CAP) && lex1(c, EG_LEX_TITLE, i) && !lex1(c, EG_LEX_ROLE, i))
        return i;
    /* "Choe Son Hui": a kinship word inside a run of names is a name ("his son" is written in lower case) */
    if (i > 0 && i + 1 < b && (c->r->tk.tok[i - 1].flags & EG_TF_CAP) && c->r->tk.tok[i - 1].kind == EG_TK_WORD &&
        !lex1(c, EG_LEX_TITLE, i - 1) && !lex1(c, EG_LEX_ROLE, i - 1) && !lex1(c, EG_LEX_TITLE, i)) {
        const eg_token *t = &c->r->tk.tok[i];
        const char *v = eg_lex_value(EG_LEX_ROLE, c->text + t->start, t->len);
        if (v && !strcmp(v, "family")) return i;
    }
    /* (the spans' lookups only after a word that is or starts a title or role) */
    if (may_title(c, i))
        for (uint32_t j = i + 1; j <= b && j <= i + 5; j++) {
            if ((j < b ? title_span(c, i, j) : lex(c, EG_LEX_TITLE, i, j)) ||
                (lex(c, EG_LEX_ROLE, i, j) && (c->r->tk.tok[i].flags & (EG_TF_CAP | EG_TF_ALLCAPS))))
                best = j;
            /* "Assistant United States Attorneys John P. Cronan and Ian McGinley": a title's plural before a
             * list of names */
            else if (j < b && lex1(c, EG_LEX_GIVEN, j)) {
                const eg_token *l = &c->r->tk.tok[j - 1];
                size_t s0 = c->r->tk.tok[i].start, n = l->start + l->len - s0;
                if (l->len > 3 && c->text[l->start + l->len - 1] == 's' && !(l->flags & EG_TF_ALLCAPS) &&
                    eg_lex_has(EG_LEX_TITLE, c->text + s0, n - 1))
                    best = j;
            }
        }
    while (k < b && is_title_modifier(c, k)) k++;
    for (uint32_t j = k + 1, may = k < b && may_title(c, k); may && j <= b && j <= k + 5; j++) {
        if ((j < b ? title_span(c, k, j) : lex(c, EG_LEX_TITLE, k, j)) || (j == k + 1 ? lex1(c, EG_LEX_TITLE, k) : 0) ||
            (lex(c, EG_LEX_ROLE, k, j) && (c->r->tk.tok[k].flags & (EG_TF_CAP | EG_TF_ALLCAPS))))
            if (j > best) best = j;
    }
    if (best == i && k > i && k == b) return i;
    /* "The Premier Circuit", "the Governor Hotel": "the", a one-word title and a common word are an
     * organisation's name, not a titled person */
    if (best == i + 1 && best + 1 == b && i > 0 && eg_tok_is(c->text, &c->r->tk.tok[i - 1], "the") &&
        lex1(c, EG_LEX_COMMON, best) && !lex1(c, EG_LEX_GIVEN, best) && !lex1(c, EG_LEX_SURNAME, best))
        return i;
    if (best > i && best + 2 < b &&
        (eg_tok_is(c->text, &c->r->tk.tok[best], "of") || eg_tok_is(c->text, &c->r->tk.tok[best], "for")) &&
        namey(c, best + 1) && name_after_title(c, best + 2, b))
        best += 2;
    /* "Disney Chairman and Chief Executive Bob Iger": two titles joined by "and" before one name */
    if (best > i && best + 2 < b && eg_tok_is(c->text, &c->r->tk.tok[best], "and") &&
        (c->r->tk.tok[best + 1].flags & EG_TF_CAP) && may_title(c, best + 1)) {
        uint32_t e2 = best + 1;
        for (uint32_t j = best + 2; j < b && j <= best + 4; j++)
            if (lex(c, EG_LEX_TITLE, best + 1, j) || lex(c, EG_LEX_ROLE, best + 1, j)) e2 = j;
        if (e2 > best + 1 && e2 < b && name_after_title(c, e2, b)) best = e2;
    }
    return best;
}

static const char *const storm_words[] = {"hurricane", "typhoon", "cyclone", "storm", NULL};

/* A regnal number: "II", "III", "IV", ... "XII" */
static int is_regnal(const ctx *c, uint32_t i)
{
    static const char *const nums[] = {"I",   "II",  "III", "IV",   "V",  "VI", "VII", "VIII", "IX", "X",
                                       "XI",  "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", NULL};
    /* ("World War Two": a spelled number after an event's word) */
    static const char *const spelled[] = {"One", "Two", "Three", NULL};
    if (i > 0 && eg_tok_in(c->text, &c->r->tk.tok[i], spelled) && eg_tok_is(c->text, &c->r->tk.tok[i - 1], "War")) return 1;
    const eg_token *t = &c->r->tk.tok[i];
    for (int k = 0; nums[k]; k++)
        if (t->len == strlen(nums[k]) && !memcmp(c->text + t->start, nums[k], t->len)) return 1;
    return 0;
}

/* Is token k, a word, the first of a longer name: a name-like word (no regnal number) or a particle and
 * one after it? */
static int opens_longer(const ctx *c, uint32_t k)
{
    const eg_tokens *tk = &c->r->tk;
    if (k + 1 >= tk->ntok) return 0;
    return (namey(c, k + 1) && !is_regnal(c, k + 1)) ||
           (tok_in(c, &tk->tok[k + 1], particles) && k + 2 < tk->ntok && (namey(c, k + 2) || hyphen_particle(c, k + 2)));
}

/* Does the text elsewhere write word i as the first of a longer name ("Prince Mohammed" in a text
 * that names "Mohammed bin Salman")? The words that open longer names are counted once per text. */
static int starts_longer_name(ctx *c, uint32_t i)
{
    const eg_tokens *tk = &c->r->tk;
    if (!c->firsts_built) {
        c->firsts_built = 1;
        for (uint32_t k = 0; k < tk->ntok; k++) {
            const eg_token *t = &tk->tok[k];
            if (t->kind != EG_TK_WORD || !(t->flags & EG_TF_CAP) || !opens_longer(c, k)) continue;
            intptr_t *v = eg_strmap_put(&c->firsts, c->text + t->start, t->len, 0, NULL);
            if (!v) return 0; /* (out of memory: keep the title out of the name) */
            ++*v;
        }
    }
    const eg_token *w = &tk->tok[i];
    intptr_t *v = eg_strmap_get(&c->firsts, c->text + w->start, w->len);
    return v && *v > opens_longer(c, i);
}

/* Does the text write the words [a, b) elsewhere as the opening of a longer capitalised name ("Big Machine",
 * "Big Machine Label Group")? */
static int prefix_of_longer(ctx *c, uint32_t a, uint32_t b)
{
    const eg_tokens *tk = &c->r->tk;
    uint32_t n = b - a;
    if (c->prefix_scans >= 64) return 0; /* (a text of many such names: the first ones only, linear time) */
    c->prefix_scans++;
    for (uint32_t k = 0; k + n < tk->ntok; k++) {
        if (k == a) continue;
        uint32_t q = 0;
        while (q < n && tk->tok[k + q].len == tk->tok[a + q].len &&
               !memcmp(c->text + tk->tok[k + q].start, c->text + tk->tok[a + q].start, tk->tok[a + q].len))
            q++;
        if (q == n && namey(c, k + n) && tk->tok[k + n].sent == tk->tok[k].sent) return 1;
    }
    return 0;
}

static int headline_word_ok(ctx *c, uint32_t i)
{
    const eg_token *t = &c->r->tk.tok[i];
    if (!(t->flags & (EG_TF_CAP | EG_TF_ALLCAPS))) return 1;
    /* "Michael R. Pompeo, Secretary of State" as a statement's heading: a given name's middle initial and
     * the surname after it */
    for (uint32_t k = 0; k <= 1 && k + 1 <= i; k++) {
        const eg_token *m = &c->r->tk.tok[i - k];
        if (m->len == 2 && (m->flags & EG_TF_CAP) && c->text[m->start + 1] == '.' && lex1(c, EG_LEX_GIVEN, i - k - 1)) return 1;
    }
    return (seen(c, i) & SEEN_CAP_MID) || word_has_evidence(c, i) || lex1(c, EG_LEX_ORG_HEAD, i) ||
           lex1(c, EG_LEX_LOC_HEAD, i);
}

/* An organisation word right after a place's possessive names that place's institution:
 * "Spain's Senate", "Japan's Government". */
static int after_place_possessive(const ctx *c, uint32_t a)
{
    const eg_tokens *tk = &c->r->tk;
    if (a < 2 || tk->tok[a - 1].kind != EG_TK_POSS) return 0;
    const eg_token *p = &tk->tok[a - 2];
    return eg_lex_has(EG_LEX_PLACE, c->text + p->start, p->len);
}

/* Is the number at token k an amount ("1.4 billion euros", "2 percent") rather than a model
 * number ("Windows 10")? */
static int is_amount(const ctx *c, uint32_t k)
{
    static const char *const scale[] = {"billion", "million", "trillion", "bn", "m", "percent", "per",
                                        "euros", "pounds", "dollars", "yuan", "yen", "%", NULL};
    const eg_token *t = &c->r->tk.tok[k];
    if (memchr(c->text + t->start, '.', t->len) || memchr(c->text + t->start, ',', t->len)) return 1;
    return k + 1 < c->r->tk.ntok && tok_in(c, &c->r->tk.tok[k + 1], scale);
}

static int plain_words(const ctx *c, uint32_t a, uint32_t b);
static int plain_words_org(const ctx *c, uint32_t a, uint32_t b, int org_ok);
static int month_or_day(const ctx *c, uint32_t i);

/* Is token k a "Conference" after a possessive ("the Catholic Bishops' Conference"): a body of
 * office-holders, not an event? */
static int holders_conference(const ctx *c, uint32_t k)
{
    return k > 0 && eg_tok_is(c->text, &c->r->tk.tok[k], "Conference") && c->r->tk.tok[k - 1].kind == EG_TK_POSS;
}

/* Is token t a word of time joined to a title's word ("Then-Prime", "then-president")? */
static int then_joined(const ctx *c, const eg_token *t)
{
    return t->len > 5 && (!strncmp(c->text + t->start, "Then-", 5) || !strncmp(c->text + t->start, "then-", 5));
}

static int memchr_digit(const char *s, size_t n);

/* Is the name part [a, b) acceptable? Returns a rejection reason or NULL. */
/* "FOR IMMEDIATE RELEASE", "RELEASE 14-256": dictionary words in capitals of four letters or more, on a
 * line of the text with no lower-case word, are a heading, not an acronym */
static int caps_heading(ctx *c, uint32_t a, uint32_t b)
{
    const eg_tokens *tk = &c->r->tk;
    int stops = 0, heads = 0;
    for (uint32_t k = a; k < b; k++) {
        const eg_token *t = &tk->tok[k];
        /* ("A CONTEST FOR THE MOON", "POLITICS IN THE SENATE": short function words between) */
        if (!(t->flags & EG_TF_ALLCAPS) || lex1(c, EG_LEX_PLACE, k) || lex1(c, EG_LEX_CITY, k) || lex1(c, EG_LEX_ORG, k)) return 0;
        if (lex1(c, EG_LEX_STOP, k) && t->len <= 4 && !eg_tok_is(c->text, t, "US")) { stops = 1; continue; }
        if (t->len < 4 || !lex1(c, EG_LEX_COMMON, k)) return 0;
        heads |= lex1(c, EG_LEX_ORG_HEAD, k) || lex1(c, EG_LEX_LOC_HEAD, k);
    }
    /* (not a body's name in a press release's heading: "DEPARTMENT OF JUSTICE", "SAVE THE CHILDREN") */
    if (stops && (heads || lex(c, EG_LEX_ORG, a, b))) return 0;
    size_t lo = 0, hi = tk->nsent; /* the sentence holding token a */
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (tk->sent[mid].tok_start <= a) lo = mid; else hi = mid;
    }
    if (lo >= tk->nsent) return 0;
    /* (read once per sentence: a long line of capitals is asked about many times) */
    if (c->caps_sent_end != tk->sent[lo].tok_end + 1) {
        c->caps_sent_end = tk->sent[lo].tok_end + 1;
        c->caps_sent_lower = 0;
        for (uint32_t k = tk->sent[lo].tok_start; k < tk->sent[lo].tok_end && !c->caps_sent_lower; k++)
            c->caps_sent_lower = tk->tok[k].kind == EG_TK_WORD && (tk->tok[k].flags & EG_TF_LOWER);
    }
    return !c->caps_sent_lower;
}

/* "the negotiations with the Murdochs", "the Kennedys": "the" and a plural surname that the text gives a
 * person after a given name ("Rupert Murdoch") is the family, no organisation */
static int family_plural(ctx *c, uint32_t a)
{
    const eg_tokens *tk = &c->r->tk;
    const eg_token *t = &tk->tok[a];
    /* (after "the" inside a sentence: "negotiations with the Murdochs", "represents the Kalvanis"; not a team,
     * "The Browns signed X", "beat the Kings") */
    static const char *const games[] = {"beat", "beats", "played", "plays", "play", "defeated", "defeat", "face",
                                        "faces", "faced", "hosted", "hosts", "host", "against", "edged", "routed", NULL};
    if (a < 2 || t->len < 4 || c->text[t->start + t->len - 1] != 's' || (t->flags & EG_TF_ALLCAPS) ||
        !eg_tok_is(c->text, &tk->tok[a - 1], "the") || (tk->tok[a - 1].flags & EG_TF_CAP) ||
        tok_in(c, &tk->tok[a - 2], games) || lex1(c, EG_LEX_PLACE, a) ||
        lex1(c, EG_LEX_CITY, a) || lex1(c, EG_LEX_ORG, a) || lex1(c, EG_LEX_GROUP, a) || lex1(c, EG_LEX_DEMONYM, a))
        return 0;
    if (!c->after_given_built) { /* (once per text: the words right after a capitalised given name) */
        c->after_given_built = 1;
        for (uint32_t k = 1; k < tk->ntok; k++) {
            const eg_token *u = &tk->tok[k];
            if (u->kind != EG_TK_WORD || !(tk->tok[k - 1].flags & EG_TF_CAP) || !lex1(c, EG_LEX_GIVEN, k - 1) ||
                lex1(c, EG_LEX_TITLE, k - 1))
                continue;
            if (!eg_strmap_put(&c->after_given, c->text + u->start, u->len, 1, NULL)) return 0;
        }
    }
    return eg_strmap_get(&c->after_given, c->text + t->start, t->len - 1) != NULL;
}

/* "on Windows computers", "aboard Soyuz spacecraft", "its Office and Dynamics business software": a name
 * that a product's noun follows names the product here (the maker, named elsewhere, keeps its other
 * mentions; a known organisation or place stays) */
static int product_before(const ctx *c, uint32_t a, uint32_t b)
{
    /* (nouns a maker's name rarely takes: not "Bombardier jets", "Cellebrite software", "Pfizer vaccine") */
    static const char *const products[] = {"computers", "computer", "spacecraft", "capsule", "capsules", "browser",
                                           "console", "consoles", "laptops", "laptop", "tablets", "programs",
                                           "rocket", "rockets", "crude", NULL};
    static const char *const suites[] = {"software", "suite", NULL}; /* (after "business" or "operating" only) */
    const eg_tokens *tk = &c->r->tk;
    uint32_t n = b;
    /* ("Office and Dynamics business software": a list of names and a describing word) */
    while (n + 1 < tk->ntok && (eg_tok_is(c->text, &tk->tok[n], "and") || eg_tok_is(c->text, &tk->tok[n], ",")) &&
           (tk->tok[n + 1].flags & EG_TF_CAP) && n < b + 4)
        n += 2;
    int suite = 0;
    if (n < tk->ntok && (tk->tok[n].flags & EG_TF_LOWER) && !tok_in(c, &tk->tok[n], products) && n + 1 < tk->ntok &&
        (tok_in(c, &tk->tok[n + 1], products) || tok_in(c, &tk->tok[n + 1], suites)) &&
        (eg_tok_is(c->text, &tk->tok[n], "business") || eg_tok_is(c->text, &tk->tok[n], "operating") ||
         eg_tok_is(c->text, &tk->tok[n], "office"))) {
        n++;
        suite = 1;
    }
    if (n >= tk->ntok || !(tk->tok[n].flags & EG_TF_LOWER) ||
        !(tok_in(c, &tk->tok[n], products) || (suite && tok_in(c, &tk->tok[n], suites))))
        return 0;
    return !lex(c, EG_LEX_ORG, a, b) && !lex(c, EG_LEX_PLACE, a, b) && !lex(c, EG_LEX_CITY, a, b) &&
           !(b - a >= 2 && lex1(c, EG_LEX_ORG_HEAD, b - 1)) && !(tk->tok[a].flags & EG_TF_ALLCAPS);
}

/* Is token a "Black" or "White" naming people by race ("the Black man", "Black and Hispanic residents"), not a
 * surname ("Conrad Black said")? */
static int race_word(const ctx *c, uint32_t a)
{
    static const char *const races[] = {"Black", "White", NULL};
    static const char *const people[] = {"man", "men", "woman", "women", "people", "person", "persons", "boy", "boys",
                                         "girl", "girls", "teenager", "teenagers", "youth", "youths", "resident",
                                         "residents", "voters", "community", "communities", "neighborhood",
                                         "neighborhoods", "neighbourhood", "district", "families", "family", "officers",
                                         "officer", "students", "drivers", "motorist", "motorists", "americans",
                                         "victims", "victim", "churches", "church", "leaders", "lawmakers",
                                         "defendants", "defendant", "jurors", "juror", "activists", "workers",
                                         "employees", "patients", "children", "child", "mothers", "fathers",
                                         "athletes", "players", "citizens", "customers", "homeowners", "voices", NULL};
    const eg_tokens *tk = &c->r->tk;
    if (!tok_in(c, &tk->tok[a], races) || a + 1 >= tk->ntok) return 0;
    uint32_t n = a + 1;
    /* ("Black and Hispanic New Yorkers": another people's adjective after "and" or "or") */
    if ((eg_tok_is(c->text, &tk->tok[n], "and") || eg_tok_is(c->text, &tk->tok[n], "or")) && n + 1 < tk->ntok &&
        (lex1(c, EG_LEX_GROUP, n + 1) || lex1(c, EG_LEX_DEMONYM, n + 1)))
        return 1;
    return tok_in(c, &tk->tok[n], people);
}

/* Are the parts of hyphenated token t dictionary words (or a number's), none a place's, a people's or an
 * organisation's ("Two-Year", "Court-Enforced"; not "Baku-Tbilisi-Ceyhan", "Rolls-Royce")? */
static int headline_compound(const ctx *c, const eg_token *t)
{
    const char *p = c->text + t->start, *end = p + t->len;
    int parts = 0;
    while (p < end) {
        const char *q = memchr(p, '-', (size_t)(end - p));
        if (!q) q = end;
        size_t n = (size_t)(q - p);
        if (!n || !eg_lex_has(EG_LEX_COMMON, p, n) || eg_lex_has(EG_LEX_PLACE, p, n) || eg_lex_has(EG_LEX_CITY, p, n) ||
            eg_lex_has(EG_LEX_DEMONYM, p, n) || eg_lex_has(EG_LEX_ORG, p, n) || eg_lex_has(EG_LEX_GIVEN, p, n) ||
            eg_lex_has(EG_LEX_SURNAME, p, n))
            return 0;
        parts++;
        p = q + 1;
    }
    return parts >= 2 && !eg_lex_has(EG_LEX_ORG, c->text + t->start, t->len);
}

/* the last word of a law's name (not a cup's, a week's or a report's) */
static const char *const law_words[] = {"Act", "Acts", "Law", "Code", "Statute", "Regulation", "Regulations", "Directive",
                                        "Treaty", "Convention", "Bill", "Ordinance", NULL};

/* Is the run before token b the first item of a law's list of words ("the Food, Drug, and Cosmetic Act",
 * "the Racketeer Influenced and Corrupt Organizations Act")? */
static int law_list_after(ctx *c, uint32_t b)
{
    const eg_tokens *tk = &c->r->tk;
    if (b >= tk->ntok || !eg_tok_is(c->text, &tk->tok[b], ",")) return 0;
    int and = 0;
    for (uint32_t g = b + 1; g < tk->ntok && g < b + 12; g++) {
        const eg_token *t = &tk->tok[g];
        if (eg_tok_is(c->text, t, ",")) continue;
        if (eg_tok_is(c->text, t, "and") || eg_tok_is(c->text, t, "&")) { and = 1; continue; }
        if (t->kind != EG_TK_WORD || !(t->flags & EG_TF_CAP)) return 0;
        if (and && tok_in(c, t, law_words) && (g + 1 >= tk->ntok || !(tk->tok[g + 1].flags & EG_TF_CAP))) return 1;
    }
    return 0;
}

static const char *check_name(ctx *c, uint32_t a, uint32_t b)
{
    const eg_tokens *tk = &c->r->tk;
    const eg_token *ta = &tk->tok[a];
    if (b - a == 1 && (ta->flags & EG_TF_ALLCAPS) && c->nonent.n && eg_strmap_get(&c->nonent, c->text + ta->start, ta->len))
        return "award, law, event or work";
    if (caps_heading(c, a, b)) return "a heading in capitals";
    /* "the Boeing 737 MAX": a model's letters after a maker's name and a number of three figures (not a date's
     * or an article's: "Jan. 6 FBI agents", "Article 5 NATO members") */
    if (b - a == 1 && (ta->flags & EG_TF_ALLCAPS) && a >= 2 && tk->tok[a - 1].kind == EG_TK_NUM && tk->tok[a - 1].len == 3 &&
        tk->tok[a - 2].kind == EG_TK_WORD && (tk->tok[a - 2].flags & EG_TF_CAP) && !(tk->tok[a - 2].flags & EG_TF_SSTART) &&
        !(tk->tok[a - 2].flags & EG_TF_ABBR) && !lex1(c, EG_LEX_STOP, a - 2) && !lex1(c, EG_LEX_TITLE, a - 2)) {
        /* (and the letters alone later: "the MAX"; out of memory, only the later ones stay) */
        remember_nonent(c, a, b);
        return "a product";
    }
    /* "under the Superfund law", "the Dodd-Frank law": a law named by its short name (not "the Harvard law school") */
    if (a > 0 && b + 1 < tk->ntok && eg_tok_is(c->text, &tk->tok[a - 1], "the") && eg_tok_is(c->text, &tk->tok[b], "law")) {
        static const char *const law_nouns[] = {"school", "schools", "firm", "firms", "professor", "professors", "student",
                                                "students", "enforcement", "clinic", "review", "faculty", "office", "partner",
                                                "department", "center", "centre", "society", NULL};
        if (!tok_in(c, &tk->tok[b + 1], law_nouns) && !lex(c, EG_LEX_ORG, a, b) && !lex(c, EG_LEX_PLACE, a, b) &&
            !lex(c, EG_LEX_CITY, a, b) && !lex(c, EG_LEX_DEMONYM, a, b))
            return "award, law, event or work";
    }
    /* "the Krenak indigenous people", "the Guarani tribe": a people, no actor */
    if (b - a == 1 && b < tk->ntok && (tk->tok[b].flags & EG_TF_LOWER)) {
        static const char *const peoples[] = {"indigenous", "tribe", "tribes", "tribespeople", "tribesmen", "clan", "clans", NULL};
        /* (not a body named before its kind: "Conaie indigenous confederation", "the Apib indigenous umbrella group") */
        static const char *const bodies[] = {"confederation", "federation", "group", "organisation", "organization", "council",
                                             "association", "movement", "alliance", "umbrella", "party", "network", NULL};
        int body = (b + 1 < tk->ntok && tok_in(c, &tk->tok[b + 1], bodies)) || (b + 2 < tk->ntok && tok_in(c, &tk->tok[b + 2], bodies));
        if (tok_in(c, &tk->tok[b], peoples) && !body && !lex1(c, EG_LEX_PLACE, a) && !lex1(c, EG_LEX_CITY, a) &&
            !lex1(c, EG_LEX_ORG, a))
            return "nationality or group adjective";
    }
    /* "Additional Information:", "Media Contact:": a label of dictionary words before a colon that ends its line
     * (or that opens a press release's contact line: "Media Contact: Office of Communications") */
    if (b < tk->ntok && eg_tok_is(c->text, &tk->tok[b], ":")) {
        int contact = tok_in(c, &tk->tok[b - 1], eg_contact_words);
        int plain = contact || b + 1 >= tk->ntok ||
                    memchr(c->text + tk->tok[b].start, '\n', tk->tok[b + 1].start - tk->tok[b].start) != NULL;
        for (uint32_t q = a; q < b && plain; q++) plain = lex1(c, EG_LEX_COMMON, q) && !lex1(c, EG_LEX_ORG, q);
        if (plain) return contact ? "a press release's contact line" : "a heading";
    }
    /* "a Black teenager", "the 25-year-old Black man": a race's adjective written with a capital */
    if (b - a == 1 && b < tk->ntok && (tk->tok[b].flags & EG_TF_LOWER) && tk->tok[b].kind == EG_TK_WORD && a > 0 &&
        !lex1(c, EG_LEX_STOP, b) && (eg_tok_is(c->text, ta, "Black") || eg_tok_is(c->text, ta, "White"))) {
        static const char *const before[] = {"a", "an", "the", "another", "other", "young", "unarmed", "two", "three",
                                             "many", "several", "older", "elderly", NULL};
        if (tk->tok[a - 1].kind == EG_TK_NUM || tok_in(c, &tk->tok[a - 1], before)) return "nationality or group adjective";
    }
    /* "JPMorgan Chase Bank, National Association": an American bank's legal form after its name */
    if (b - a == 2 && a >= 2 && eg_tok_is(c->text, ta, "National") && eg_tok_is(c->text, &tk->tok[a + 1], "Association") &&
        is_punct_tok(c, a - 1, ',') && eg_tok_is(c->text, &tk->tok[a - 2], "Bank"))
        return "a bank's legal form";
    /* "Weeks before the explosion, ...", "Days later": a span of time opening a sentence (a surname too) */
    if (b - a == 1 && (ta->flags & EG_TF_SSTART) && b < tk->ntok && (tk->tok[b].flags & EG_TF_LOWER)) {
        static const char *const spans[] = {"weeks", "months", "days", "years", "hours", "minutes", "decades", NULL};
        /* (not a surname the text gives as a name elsewhere: "Fire chief Daniel Weeks ... Weeks said") */
        static const char *const time_after[] = {"before", "after", "later", "earlier", "ago", "into", "passed", NULL};
        if (tok_in(c, ta, spans) &&
            (tok_in(c, &tk->tok[b], time_after) || (!(seen(c, a) & SEEN_CAP_MID) && !tok_in(c, &tk->tok[b], said_words))))
            return "common word at sentence start";
    }
    if (product_before(c, a, b)) return "a product";
    if (law_list_after(c, b)) return "award, law, event or work";
    /* "the South African Nobel Peace laureate": the prize a laureate won */
    if (b < tk->ntok && (eg_tok_is(c->text, &tk->tok[b], "laureate") || eg_tok_is(c->text, &tk->tok[b], "laureates")))
        return "award, law, event or work";
    /* "Hurricane Katrina", "Typhoon Haiyan", "Tropical Storm Allison": a storm, an event */
    {
        if (b - a >= 2 && (ta->flags & EG_TF_CAP) &&
            (tok_in(c, ta, storm_words) || (eg_tok_is(c->text, ta, "Tropical") && tok_in(c, &tk->tok[a + 1], storm_words)))) {
            /* (and its name alone later: "when Maria made landfall") */
            /* (not a place's name: "Hurricane Florence ... In Florence, the council met") */
            uint32_t n = a + 1 + eg_tok_is(c->text, ta, "Tropical");
            if (n < b && !lex(c, EG_LEX_PLACE, n, b) && !lex(c, EG_LEX_CITY, n, b))
                (void)remember_nonent(c, n, b); /* (out of memory: the name alone is only not rejected) */
            return "award, law, event or work";
        }
    }
    /* ("signed an Executive Order": a title word before the rest of a non-entity's name) */
    if (a >= 1 && (tk->tok[a - 1].flags & EG_TF_CAP) && lex(c, EG_LEX_NONENT_HEAD, a - 1, b)) return "award, law, event or work";
    /* "Co., Ltd.", ", Inc.", ", S.A.": a company form alone, after the comma that ends a company's name */
    /* (or anywhere, written in lower case after its capital: "The Corp said", not "AG" or "SA") */
    if (b - a == 1 && tok_in(c, ta, legal_suffixes) &&
        ((a > 0 && eg_tok_is(c->text, &tk->tok[a - 1], ",")) || !(ta->flags & EG_TF_ALLCAPS)))
        return "a company form alone";
    /* "China Concord Petroleum Co., Limited", "COSCO Shipping Tanker (Dalian) Co., Ltd.": the form spelt out, or
     * "Co." after a bracketed place */
    if (b - a == 1 && a > 0 && (eg_tok_is(c->text, ta, "Limited") || eg_tok_is(c->text, ta, "Co.")) &&
        (eg_tok_is(c->text, &tk->tok[a - 1], ",") || eg_tok_is(c->text, &tk->tok[a - 1], ")")))
        return "a company form alone";
    /* "the Leader of the Opposition", "Secretary of State": the end of a title the lexicon knows whole */
    /* (one word the lexicons know as no organisation or place: not "Governor of the Bank of England") */
    if (a >= 2 && b == a + 1 && !lex(c, EG_LEX_ORG, a, b) && !lex(c, EG_LEX_PLACE, a, b) &&
        (eg_tok_is(c->text, &tk->tok[a - 1], "of") || eg_tok_is(c->text, &tk->tok[a - 1], "the")))
        for (uint32_t k = 2; k <= 4 && k <= a; k++)
            if ((tk->tok[a - k].flags & EG_TF_CAP) && lex(c, EG_LEX_TITLE, a - k, b)) return "title";
    /* (not a law firm: "Kang Min-seok of Hwasan Law", "a partner at Carter Law"; a statute takes "the") */
    int firm = b - a >= 2 && eg_tok_is(c->text, &tk->tok[b - 1], "Law") && a > 0 &&
               (eg_tok_is(c->text, &tk->tok[a - 1], "of") || eg_tok_is(c->text, &tk->tok[a - 1], "at") ||
                eg_tok_is(c->text, &tk->tok[a - 1], "from"));
    /* (nor an organisation's field: "State Administration for Market Regulation") */
    for (uint32_t k = a + 1; k + 1 < b && !firm; k++)
        firm = (eg_tok_is(c->text, &tk->tok[k], "for") || eg_tok_is(c->text, &tk->tok[k], "of")) && lex1(c, EG_LEX_ORG_HEAD, k - 1) &&
               eg_tok_is(c->text, &tk->tok[b - 1], "Regulation");
    /* (nor a body of office-holders: "the Catholic Bishops' Conference") */
    if (b - a >= 3 && holders_conference(c, b - 1)) firm = 1;
    /* (nor a given name and a surname that is also such a word: "Jon Day", "Doris Day") */
    if (b - a == 2 && lex1(c, EG_LEX_GIVEN, a) && lex1(c, EG_LEX_SURNAME, b - 1) && !lex1(c, EG_LEX_PLACE, a) &&
        !lex1(c, EG_LEX_COMMON, a) && (tk->tok[a].flags & EG_TF_CAP) && !(tk->tok[a].flags & EG_TF_ALLCAPS))
        firm = 1;
    /* ("Operation Car Wash", "Operation Zelotes": a police or military operation is an event) */
    if (b - a >= 2 && eg_tok_is(c->text, &tk->tok[a], "Operation") && !lex(c, EG_LEX_ORG, a, b)) return "award, law, event or work";
    /* ("World War II": an event's number after its head word) */
    if (!firm && (lex1(c, EG_LEX_NONENT_HEAD, b - 1) || (b - a >= 2 && lex(c, EG_LEX_NONENT_HEAD, b - 2, b)) ||
                  (b - a >= 3 && lex(c, EG_LEX_NONENT_HEAD, a, b)) || /* ("Tour de France": an event's whole name) */
                  (b - a >= 3 && is_regnal(c, b - 1) && lex1(c, EG_LEX_NONENT_HEAD, b - 2))))
        return "award, law, event or work";
    /* "Vietnamese-American", "Egyptian-American": two peoples' adjectives joined by a hyphen */
    if (b - a == 1 && ta->len > 5) {
        const char *w = c->text + ta->start, *h = memchr(w + 1, '-', ta->len - 2);
        if (h && eg_lex_has(EG_LEX_DEMONYM, w, (size_t)(h - w)) && eg_lex_has(EG_LEX_DEMONYM, h + 1, ta->len - (size_t)(h - w) - 1))
            return "nationality or group adjective";
        /* "Anglo-Dutch", "Sino-Indian", "Franco-German": a people's combining form and a people's adjective */
        static const char *const combining[] = {"Anglo", "Franco", "Sino", "Indo", "Afro", "Euro", "Russo", "Austro",
                                                "Greco", "Italo", "Judeo", "Hispano", "Luso", "Turco", "Irano", NULL};
        for (const char *const *q = combining; h && *q; q++)
            if ((size_t)(h - w) == strlen(*q) && !memcmp(w, *q, strlen(*q)) &&
                eg_lex_has(EG_LEX_DEMONYM, h + 1, ta->len - (size_t)(h - w) - 1))
                return "nationality or group adjective";
        /* "Then-Prime Minister Tony Blair": "then" joined to a title's first word */
        if (then_joined(c, ta)) return "title";
    }
    /* "South African", "Southeast Asian": a people's adjective of two words */
    if (b - a >= 2 && lex(c, EG_LEX_DEMONYM, a, b) && !lex(c, EG_LEX_PLACE, a, b)) return "nationality or group adjective";
    /* ("Roman Catholic dioceses": a faith's adjective of two words) */
    if (b - a >= 2 && lex(c, EG_LEX_GROUP, a, b)) return "party, faith or group word";
    /* ("Royal Highness", "Yom Kippur": a common phrase of several capitalised words) */
    if (b - a >= 2 && lex(c, EG_LEX_STOP, a, b)) return "common word";
    if (b < tk->ntok && tk->tok[b].kind == EG_TK_NUM && b - a == 1 && !(ta->flags & EG_TF_ALLCAPS) &&
        tk->tok[b].start == ta->start + ta->len + 1 && !is_amount(c, b))
        return "word followed by a number";
    if (b < tk->ntok && tk->tok[b].start == ta->start + ta->len && b - a == 1 &&
        (tk->tok[b].kind == EG_TK_NUM || (c->text[tk->tok[b].start] == '-' && b + 1 < tk->ntok &&
                                            tk->tok[b + 1].kind == EG_TK_NUM)) &&
        !lex(c, EG_LEX_ORG, a, b + 1))
        return "code or model number";
    if (b - a == 1 && family_plural(c, a)) return "a family named in the plural";
    /* "Two-Year Investigation Finds", "China-Related Cases", "Court-Enforced Plan": a heading's compound of
     * dictionary words, capitalised as the heading is */
    if (b - a == 1 && (ta->flags & EG_TF_HEADLINE) && memchr(c->text + ta->start, '-', ta->len) && headline_compound(c, ta))
        return "headline words without other evidence";
    if (b - a == 1) {
        /* "WHO", "IT": an all-capital word in running text is an acronym, not the word */
        int acro = (ta->flags & EG_TF_ALLCAPS) && !(ta->flags & EG_TF_HEADLINE) && ta->len >= 2;
        if (lex1(c, EG_LEX_STOP, a) && !acro) return "common word";
        /* "WASHINGTON, TUESDAY, FEBRUARY 20": a day or month in capitals is no acronym */
        if (acro && ta->len >= 4 && month_or_day(c, a)) return "common word";
        {
            /* "R21", "A380", "COVID-19": letters and digits in one word are a code */
            if (ta->kind == EG_TK_WORD && memchr_digit(c->text + ta->start, ta->len) && !lex(c, EG_LEX_ORG, a, b))
                return "code or model number"; /* (not "MI6") */
        }
        {
            /* "UN-backed", "Beijing-linked": a hyphenated adjective, not a name */
            const char *hy = memchr(c->text + ta->start, '-', ta->len);
            const char *lastp = hy;
            while (hy) {
                lastp = hy;
                hy = memchr(hy + 1, '-', (size_t)(c->text + ta->start + ta->len - hy - 1));
            }
            if (lastp && lastp + 1 < c->text + ta->start + ta->len && lastp[1] >= 'a' && lastp[1] <= 'z' &&
                !lex1(c, EG_LEX_PLACE, a) && !lex1(c, EG_LEX_ORG, a) &&
                /* (not a Japanese association's suffix: "the Kudo-kai", "the Yamaguchi-gumi") */
                !(b - a == 1 && eg_tok_assoc_suffix(c->text, ta)))
                return "hyphenated adjective";
        }
        /* "Grexit", "Frexit": a country's exit, coined as one word, is a process, not an actor */
        if (ta->kind == EG_TK_WORD && ta->len >= 5 && !memcmp(c->text + ta->start + ta->len - 3, "xit", 3) &&
            !lex1(c, EG_LEX_ORG, a) && !lex1(c, EG_LEX_PLACE, a))
            return "event or process word";
        if (lex1(c, EG_LEX_GROUP, a)) return "party, faith or group word";
        if (lex1(c, EG_LEX_DEMONYM, a) && !lex1(c, EG_LEX_PLACE, a)) return "nationality or group adjective";
        if (race_word(c, a)) return "nationality or group adjective";
        /* "Oklahomans", "Californians", "Basques": the people of a place (its name and "ns"), or a people's plural */
        if (ta->kind == EG_TK_WORD && ta->len >= 6 && (ta->flags & EG_TF_CAP) && !(ta->flags & EG_TF_ALLCAPS) &&
            c->text[ta->start + ta->len - 1] == 's' && !lex1(c, EG_LEX_PLACE, a) && !lex1(c, EG_LEX_ORG, a) &&
            ((c->text[ta->start + ta->len - 2] == 'n' && eg_lex_has(EG_LEX_PLACE, c->text + ta->start, ta->len - 2)) ||
             eg_lex_has(EG_LEX_DEMONYM, c->text + ta->start, ta->len - 1)))
            return "nationality or group adjective";
        /* "the 3.5 GHz band", "a 1,200 MW plant": a unit after a figure */
        {
            static const char *const units[] = {"GHz", "MHz", "kHz", "Hz", "GW", "MW", "kW", "GWh", "MWh", "kWh", "TWh", "mph",
                                                "Mbps", "Gbps", "km", "kg", NULL};
            if (a > 0 && tk->tok[a - 1].kind == EG_TK_NUM)
                for (const char *const *u = units; *u; u++)
                    if (ta->len == strlen(*u) && !memcmp(c->text + ta->start, *u, ta->len)) return "a unit";
        }
        /* "38 degrees Celsius" */
        if (b - a == 1 && a > 0 && (eg_tok_is(c->text, ta, "Celsius") || eg_tok_is(c->text, ta, "Fahrenheit")) &&
            eg_tok_is(c->text, &tk->tok[a - 1], "degrees"))
            return "a temperature's scale";
        /* "World No. 2 Aryna Sabalenka": the word of a ranking before its number */
        if (b - a == 1 && eg_tok_is(c->text, ta, "World") && b + 1 < tk->ntok && eg_tok_is(c->text, &tk->tok[b], "No.") &&
            tk->tok[b + 1].kind == EG_TK_NUM)
            return "a ranking";
        if ((lex1(c, EG_LEX_TITLE, a) || lex1(c, EG_LEX_ROLE, a)) && !title_org_short(c, a))
            return "title or role alone";
        /* "MSPs", "MPs": the plural of a title */
        if ((ta->flags & EG_TF_MIXED) && ta->len >= 3 && c->text[ta->start + ta->len - 1] == 's' &&
            eg_lex_has(EG_LEX_TITLE, c->text + ta->start, ta->len - 1))
            return "title or role alone";
        if (lex1(c, EG_LEX_ORG_HEAD, a) && !(ta->flags & EG_TF_ALLCAPS) && !lex1(c, EG_LEX_ORG, a) &&
            !(seen(c, a) & SEEN_CAP_MID) && !after_place_possessive(c, a))
            return "generic organisation word";
        if (after_place_possessive(c, a) && lex1(c, EG_LEX_ORG_HEAD, a)) return NULL;
        if (ta->kind == EG_TK_WORD && ta->len == 1u + ((ta->flags & EG_TF_ABBR) ? 1u : 0u) && !(ta->flags & EG_TF_ALLCAPS))
            return "single letter";
        /* "its IT contractor", "the HR department", "GDP", "CCTV footage": acronyms of common nouns */
        {
            static const char *const common_acr[] = {"IT", "HR", "PR", "AI", "GDP", "VAT", "IPO", "CCTV", "DNA", "HIV",
                                                     "ESG", "GPS", "ATM", "SUV", "LNG", "EV", "R&D", "TV", "LGBT",
                                                     "LGBTQ", "CEO", "CFO", "COO", "CCTV", "PIN", "SMS", "URL",
                                                     "USB", "LED", "DVD", "PDF", "MRI", "ICU", "PPE", "GMO", "VPN", NULL};
            if ((ta->flags & EG_TF_ALLCAPS) && tok_in(c, ta, common_acr) && !lex1(c, EG_LEX_ORG, a)) return "acronym of a common noun";
        }
        /* "Mines" of "the Ministry of Energy and Mines", "Zoos" of "the Association of Zoos and
         * Aquariums": a plain word the text also writes in lower case (or a plural), joined by
         * "and" or "of" to capitalised words, is a piece of a longer name, no entity of its own */
        {
            static const char *const joiners[] = {"and", "of", "&", NULL};
            int conn_before = a >= 2 && tok_in(c, &tk->tok[a - 1], joiners) && (tk->tok[a - 2].flags & EG_TF_CAP);
            int conn_after = a + 2 < tk->ntok && tok_in(c, &tk->tok[a + 1], joiners) && (tk->tok[a + 2].flags & EG_TF_CAP);
            int plural = ta->len > 3 && c->text[ta->start + ta->len - 1] == 's';
            /* (the longer name must show: an organisation word and "of", "for" or "on" a few
             * capitalised words before, or the organisation word right after the list: not "played
             * for Wolves and Arsenal") */
            int inside = 0, maybe = (conn_before || conn_after) && !(ta->flags & (EG_TF_ALLCAPS | EG_TF_SSTART | EG_TF_HEADLINE)) &&
                                    ((seen(c, a) & SEEN_LOWER) || plural) && plain_words(c, a, a + 1) && !lex1(c, EG_LEX_CITY, a);
            for (uint32_t h = a; maybe && h > 1 && h + 7 > a && !inside; h--) {
                const eg_token *t = &tk->tok[h - 1];
                if ((eg_tok_is(c->text, t, "of") || eg_tok_is(c->text, t, "for") || eg_tok_is(c->text, t, "on")) &&
                    (tk->tok[h - 2].flags & EG_TF_CAP) && lex1(c, EG_LEX_ORG_HEAD, h - 2))
                    inside = 1;
                else if (!(t->flags & EG_TF_CAP) && !eg_tok_is(c->text, t, "and") && !eg_tok_is(c->text, t, "&") &&
                         !eg_tok_is(c->text, t, ","))
                    break;
            }
            for (uint32_t h = a + 1; maybe && h < tk->ntok && h < a + 5 && !inside; h++) {
                const eg_token *t = &tk->tok[h];
                if ((t->flags & EG_TF_CAP) && lex1(c, EG_LEX_ORG_HEAD, h) && h > a + 2) inside = 1;
                else if (!(t->flags & EG_TF_CAP) && !eg_tok_is(c->text, t, "and") && !eg_tok_is(c->text, t, "&")) break;
            }
            if (maybe && inside) return "word of a longer name";
        }
        if (ta->flags & (EG_TF_SSTART | EG_TF_HEADLINE)) {
            int s = seen(c, a);
            if ((s & SEEN_LOWER) && !lex1(c, EG_LEX_PLACE, a) && !lex1(c, EG_LEX_ORG, a)) return "common word at sentence start";
            if (!(s & SEEN_CAP_MID) && !word_has_evidence(c, a) &&
                ((ta->flags & EG_TF_HEADLINE) || lex1(c, EG_LEX_COMMON, a)))
                return (ta->flags & EG_TF_HEADLINE) ? "headline word without other evidence" : "common word at sentence start";
            /* "Rights groups, including Human Rights Watch, said": a dictionary word opening the sentence before
             * a word in lower case, capitalised elsewhere only inside longer names */
            static const char *const folk[] = {"groups", "people", "peoples", "activists", "organisations", "organizations",
                                               "campaigners", "communities", "advocates", "experts", "leaders", "researchers",
                                               "analysts", "officials", "investigators", "scientists", "firms", "companies",
                                               NULL};
            if ((ta->flags & EG_TF_SSTART) && b == a + 1 && !(s & SEEN_CAP_ALONE) && !word_has_evidence(c, a) &&
                lex1(c, EG_LEX_COMMON, a) && !(ta->flags & EG_TF_ALLCAPS) && b < c->r->tk.ntok &&
                tok_in(c, &c->r->tk.tok[b], folk) && (c->r->tk.tok[b].flags & EG_TF_LOWER) && !lex1(c, EG_LEX_ORG, a) &&
                !lex1(c, EG_LEX_PLACE, a) && !lex1(c, EG_LEX_GIVEN, a) && !lex1(c, EG_LEX_SURNAME, a))
                return "common word at sentence start";
            /* "Pangolins are the most trafficked mammals": a plural as the subject of "are" or "were"
             * at a sentence start is a kind of thing (even when "Save Pangolins" names a group elsewhere) */
            if ((ta->flags & EG_TF_SSTART) && ta->len > 3 && c->text[ta->start + ta->len - 1] == 's' && a + 1 < c->r->tk.ntok &&
                !lex1(c, EG_LEX_ORG, a) && !lex1(c, EG_LEX_PLACE, a) && !lex1(c, EG_LEX_GIVEN, a) && !lex1(c, EG_LEX_SURNAME, a) &&
                !lex1(c, EG_LEX_CITY, a) && !(ta->flags & EG_TF_ALLCAPS) &&
                (eg_tok_is(c->text, &c->r->tk.tok[a + 1], "are") || eg_tok_is(c->text, &c->r->tk.tok[a + 1], "were")))
                return "common word at sentence start";
        }
    } else if ((ta->flags & EG_TF_HEADLINE) && !lex(c, EG_LEX_ORG, a, b) && !lex(c, EG_LEX_PLACE, a, b)) {
        for (uint32_t i = a; i < b; i++)
            if (!headline_word_ok(c, i)) return "headline words without other evidence";
    }
    return NULL;
}

/* "Sporting Lisbon president X" at a sentence start: does the text also name tokens [a, b)
 * away from a sentence start? */
static int named_mid_sentence(const ctx *c, uint32_t a, uint32_t b)
{
    const eg_tokens *tk = &c->r->tk;
    size_t s = tk->tok[a].start, n = tk->tok[b - 1].start + tk->tok[b - 1].len - s;
    for (size_t i = 0; i < tk->ntok; i++) {
        const eg_token *t = &tk->tok[i];
        if (i == a || t->len != tk->tok[a].len || (t->flags & (EG_TF_SSTART | EG_TF_HEADLINE))) continue;
        if (t->start + n <= c->len && !memcmp(c->text + t->start, c->text + s, n)) return 1;
    }
    return 0;
}

/* Adjectives in the stop list that start organisation and place names ("High Court"). */
static const char *const name_adjectives[] = {"high", "great", "free", "old", "open", "big", "little",
                                              "long", "low", NULL};

/* Is token i a people's or a place's name joined to a participle of holding ("Indian-administered",
 * "Russian-occupied", "Turkish-controlled", "rebel-held" written with a capital)? */
static int held_by_word(const ctx *c, uint32_t i)
{
    static const char *const held[] = {"-administered", "-occupied", "-controlled", "-held", "-annexed", "-ruled", NULL};
    const eg_token *t = &c->r->tk.tok[i];
    const char *w = c->text + t->start;
    if (t->len < 8 || !memchr(w, '-', t->len)) return 0;
    for (const char *const *h = held; *h; h++) {
        size_t n = strlen(*h);
        if (t->len > n + 2 && !memcmp(w + t->len - n, *h, n)) return 1;
    }
    return 0;
}

/* Could token i be a person's surname standing alone: a capitalised word, not in capitals, that no list
 * knows as an English word, a function word, a place, a people or a head word of organisations or places? */
static int surname_word(const ctx *c, uint32_t i)
{
    const eg_token *t = &c->r->tk.tok[i];
    return t->kind == EG_TK_WORD && (t->flags & EG_TF_CAP) && !(t->flags & EG_TF_ALLCAPS) && t->len >= 3 &&
           !lex1(c, EG_LEX_COMMON, i) && !lex1(c, EG_LEX_STOP, i) && !lex1(c, EG_LEX_ORG_HEAD, i) &&
           !lex1(c, EG_LEX_LOC_HEAD, i) && !lex1(c, EG_LEX_PLACE, i) && !lex1(c, EG_LEX_DEMONYM, i) &&
           !lex1(c, EG_LEX_TITLE, i) && !lex1(c, EG_LEX_ORG, i);
}

/* "June Raine", "Jan Egeland", "Sunday Okorodudu": a month (or its abbreviation) or a weekday that is
 * also a given name starts a person's name when a surname-like word follows (no dictionary, head or
 * place word) and no preposition of time comes before it ("in June Parliament voted", "since May Day",
 * "on Sunday Okafor said"). */
static int month_given_name(const ctx *c, uint32_t a, uint32_t b)
{
    /* (also a stop word that is a given name: "Per Wastberg"; not "Will", which opens questions) */
    static const char *const months[] = {"jan", "april", "may", "june", "august", "sunday", "monday", "friday", "per",
                                         NULL};
    static const char *const time_preps[] = {"in", "on", "since", "until", "till", "by", "from", "last", "next",
                                             "early", "late", "mid", "of", "through", "during", "before", "after",
                                             "between", "to", "each", "every", "this", NULL};
    const eg_tokens *tk = &c->r->tk;
    if (b - a < 2 || !tok_in(c, &tk->tok[a], months) || (tk->tok[a].flags & EG_TF_ALLCAPS)) return 0;
    const eg_token *n = &tk->tok[a + 1];
    if (n->kind != EG_TK_WORD || (n->flags & EG_TF_ALLCAPS) || (n->flags & EG_TF_ABBR)) return 0;
    if (lex1(c, EG_LEX_STOP, a + 1) || lex1(c, EG_LEX_COMMON, a + 1) || lex1(c, EG_LEX_ORG_HEAD, a + 1) ||
        lex1(c, EG_LEX_LOC_HEAD, a + 1) || lex1(c, EG_LEX_PLACE, a + 1) || lex1(c, EG_LEX_TITLE, a + 1) ||
        lex1(c, EG_LEX_DEMONYM, a + 1) || lex1(c, EG_LEX_GIVEN, a + 1) || lex1(c, EG_LEX_GROUP, a + 1) ||
        lex1(c, EG_LEX_ORG, a + 1) || lex1(c, EG_LEX_CITY, a + 1))
        return 0;
    if (a > 0 && tok_in(c, &tk->tok[a - 1], time_preps)) return 0;
    return 1;
}

/* "Transparency International said", "Sequoia Capital led": at a sentence start, a dictionary
 * word (not a plural: "Analysts Group") before an organisation head word ends the run, and the
 * two name the organisation. */
static int org_after_common(const ctx *c, uint32_t a, uint32_t b)
{
    const eg_token *t = &c->r->tk.tok[a];
    /* "Kestrel Shipping", "Kestrel Bulk Shipping" */
    if ((b - a != 2 && b - a != 3) || t->kind != EG_TK_WORD || !lex1(c, EG_LEX_ORG_HEAD, b - 1) ||
        lex1(c, EG_LEX_STOP, a + 1) || lex1(c, EG_LEX_STOP, b - 1) ||
        (b - a == 3 && (t->flags & EG_TF_HEADLINE))) /* "Buy Halvern Bio" in a headline */
        return 0;
    if (c->text[t->start + t->len - 1] == 's') return 0;
    return !(seen(c, a) & SEEN_LOWER);
}

/* Is [a, b) a country's name ("U.S.", "United States", "France")? */
static int country_span(const ctx *c, uint32_t a, uint32_t b)
{
    const eg_token *ta = &c->r->tk.tok[a], *tb = &c->r->tk.tok[b - 1];
    const char *p = c->text + ta->start;
    return eg_lex_country(p, tb->start + tb->len - ta->start);
}

/* Handle one capitalised run [a, b) of sentence si. */
static int plain_words(const ctx *c, uint32_t a, uint32_t b);
static int people_plural(const ctx *c, uint32_t a);
static int ordinal_figure(const ctx *c, uint32_t i);
static int memchr_upper(const char *s, size_t n);

/* Does the figure at token f, after "the", name the committee, commission or club after it ("the 1922
 * Committee", "the 1001 Club")? Not this century's years ("the 2018 Commission decision"), nor other heads
 * ("the 2019 Parliament"). */
static int figure_names_body(const ctx *c, uint32_t f)
{
    static const char *const bodies[] = {"Committee", "Commission", "Club", NULL};
    const eg_token *t = &c->r->tk.tok[f];
    if (f == 0 || f + 1 >= c->r->tk.ntok || t->kind != EG_TK_NUM || t->len < 4 || t->len > 5 ||
        (c->text[t->start] == '2' && c->text[t->start + 1] == '0') || !eg_tok_is(c->text, &c->r->tk.tok[f - 1], "the"))
        return 0;
    const eg_token *h = &c->r->tk.tok[f + 1];
    return tok_in(c, h, bodies) && (h->flags & EG_TF_CAP);
}

/* Is [a, b) the members' plural of a party the text named ("the Conservatives" after "the Conservative Party",
 * "the Free Democrats" after "the Free Democratic Party")? Not "Democrats" and "Republicans", which in American
 * usage name the lawmakers. */
static int party_plural(const ctx *c, uint32_t a, uint32_t b)
{
    const eg_token *t0 = &c->r->tk.tok[a], *t1 = &c->r->tk.tok[b - 1];
    const char *w = c->text + t0->start;
    size_t n = t1->start + t1->len - t0->start;
    if (!c->party_stems.n || n < 4 || n > 60 || w[n - 1] != 's' || !(t1->flags & EG_TF_CAP)) return 0;
    if (b - a == 1 && (eg_tok_is(c->text, t1, "Democrats") || eg_tok_is(c->text, t1, "Republicans"))) return 0;
    if (eg_strmap_get(&c->party_stems, w, n - 1)) return 1; /* "Conservatives" */
    char buf[64];
    memcpy(buf, w, n - 1);
    memcpy(buf + n - 1, "ic", 2); /* "Free Democrats": "Free Democratic" */
    return eg_strmap_get(&c->party_stems, buf, n + 1) != NULL;
}

static int named_alone_elsewhere(const ctx *c, uint32_t a, uint32_t b);
/* Is token i a model's letters joined by a hyphen to its number ("Tu" of "Tu-154", "DC" of "DC-10")? */
static int model_letters(const ctx *c, uint32_t i)
{
    const eg_tokens *tk = &c->r->tk;
    const eg_token *t = &tk->tok[i];
    return t->kind == EG_TK_WORD && t->len <= 3 && i + 2 < tk->ntok && is_punct_tok(c, i + 1, '-') &&
           tk->tok[i + 1].start == t->start + t->len && tk->tok[i + 2].kind == EG_TK_NUM &&
           tk->tok[i + 2].start == tk->tok[i + 1].start + 1;
}

static int process_run(ctx *c, uint32_t a, uint32_t b, uint32_t si)
{
    const eg_tokens *tk = &c->r->tk;
    int rc;
    /* "a Tupolev Tu-154", "a Continental DC-10": a model's letters and number are no part of a name, and its
     * maker named only so is a product's name; a maker the text names alone keeps its name */
    if (b - a >= 2 && model_letters(c, b - 1) && !(tk->tok[a].flags & EG_TF_HEADLINE)) {
        /* (asked once per maker: the question reads the whole text) */
        const char *mk = c->text + tk->tok[a].start;
        size_t mn = tk->tok[b - 2].start + tk->tok[b - 2].len - tk->tok[a].start;
        int ins = 0;
        intptr_t *v = eg_strmap_put(&c->makers, mk, mn, 0, &ins);
        if (!v) return EG_ENOMEM;
        /* (a known company or a place keeps its name: "Lockheed Martin F-35", "the Osaka G-20 summit") */
        if (ins) *v = lex(c, EG_LEX_ORG, a, b - 1) || lex(c, EG_LEX_PLACE, a, b - 1) || lex(c, EG_LEX_CITY, a, b - 1) ||
                              named_alone_elsewhere(c, a, b - 1)
                          ? 1 : 2;
        if (*v == 2) return reject(c, a, b, "a product's model");
        if ((rc = reject(c, b - 1, b, "a product's model"))) return rc;
        b--;
    }
    /* "the Conservatives", "the Free Democrats": a party the text named, by its members' plural */
    {
        uint32_t a1 = a + (b - a >= 2 && eg_tok_is(c->text, &tk->tok[a], "The"));
        if (b - a1 <= 3 && party_plural(c, a1, b)) {
            int mi;
            return add_mention(c, a1, b, si, &mi);
        }
    }
    /* "the 1922 Committee", "the 1001 Club": the figure before a committee's or a club's word is part of its name */
    if (b - a == 1 && a >= 2 && !(tk->tok[a].flags & EG_TF_SSTART) && figure_names_body(c, a - 1)) a--;
    /* "John Sonderman, Director of OEE": a title and the organisation's letters after "of" are a title cue and
     * the organisation, not one name */
    if (b - a >= 3 && (tk->tok[b - 1].flags & EG_TF_ALLCAPS) && tk->tok[b - 1].len >= 2 &&
        eg_tok_is(c->text, &tk->tok[b - 2], "of") && lex(c, EG_LEX_TITLE, a, b - 2) && !lex(c, EG_LEX_ORG, a, b)) {
        if ((rc = reject(c, a, b - 2, "title or role alone"))) return rc;
        return process_run(c, b - 1, b, si);
    }
    /* leading function words and sentence-initial common words */
    while (a < b) {
        const eg_token *t = &tk->tok[a];
        /* "Then-president Boris Tadic", "Then-Prime Minister Tony Blair": "then" joined to a title's first word */
        if (b - a >= 2 && then_joined(c, t) && (t->flags & EG_TF_CAP) &&
            (eg_lex_may_start(EG_LEX_TITLE, c->text + t->start + 5, t->len - 5) ||
             eg_lex_has(EG_LEX_ROLE, c->text + t->start + 5, t->len - 5))) {
            if ((rc = reject(c, a, a + 1, "title"))) return rc;
            a++;
            continue;
        }
        if (t->kind == EG_TK_NUM && b - a >= 2) break; /* "21st Century Fox" (an ordinal opens the run) */
        if (t->kind == EG_TK_NUM && lex(c, EG_LEX_ORG, a, b)) break; /* "1MDB", "3M" */
        /* "News Corp said": a word and a company's legal form are a name even at a sentence start */
        if (b - a == 2 && (t->flags & EG_TF_CAP) && !tok_in(c, t, determiners) && tok_in(c, &tk->tok[a + 1], legal_suffixes))
            break;
        /* "Bank of America provided", "University of Oxford researchers": an organisation head
         * word that takes "of" or "for" starts the name even at a sentence start */
        if (b - a >= 3 && lex1(c, EG_LEX_ORG_HEAD, a) && !lex1(c, EG_LEX_STOP, a) &&
            (eg_tok_is(c->text, &tk->tok[a + 1], "of") || eg_tok_is(c->text, &tk->tok[a + 1], "for")))
            break;
        /* "the High Court", "the Great Ormond Street Hospital": an adjective written with a
         * capital inside a sentence belongs to the organisation or place name it starts */
        /* (or the head word before its "of": "the High Court of Australia") */
        if (b - a >= 2 && !(t->flags & (EG_TF_SSTART | EG_TF_HEADLINE)) && tok_in(c, t, name_adjectives) &&
            (lex1(c, EG_LEX_ORG_HEAD, b - 1) || lex1(c, EG_LEX_LOC_HEAD, b - 1) ||
             (b - a >= 4 && lex1(c, EG_LEX_ORG_HEAD, a + 1) && eg_tok_is(c->text, &tk->tok[a + 2], "of"))))
            break;
        /* "who control Full Play", "a grant from Open Society": after a lower-case verb or preposition, such
         * an adjective with a capital opens the name of the word after it (not a stop word) */
        /* (and of the words after it: "Best Buy Co. said") */
        if ((b - a == 2 || (b - a <= 4 && !tok_in(c, t, name_adjectives))) &&
            !(t->flags & (EG_TF_SSTART | EG_TF_HEADLINE | EG_TF_ALLCAPS)) && (t->flags & EG_TF_CAP) &&
            (tok_in(c, t, name_adjectives) || eg_tok_is(c->text, t, "Full") || eg_tok_is(c->text, t, "Best")) &&
            a > 0 && tk->tok[a - 1].kind == EG_TK_WORD && (tk->tok[a - 1].flags & EG_TF_LOWER) &&
            !eg_tok_is(c->text, &tk->tok[a - 1], "the") && !eg_tok_is(c->text, &tk->tok[a - 1], "of") &&
            !eg_tok_is(c->text, &tk->tok[a - 1], "for") && !eg_tok_is(c->text, &tk->tok[a - 1], "and") &&
            !eg_tok_is(c->text, t, "Old") && !lex1(c, EG_LEX_STOP, a + 1))
            break;
        /* "sued Live Nation Entertainment", "sued News Group Newspapers", "Joe Berchtold, Live Nation's president":
         * "Live" and "News" inside a sentence open the name after them */
        if (b - a >= 2 && !(t->flags & (EG_TF_SSTART | EG_TF_HEADLINE | EG_TF_ALLCAPS)) && (t->flags & EG_TF_CAP) &&
            (eg_tok_is(c->text, t, "Live") || eg_tok_is(c->text, t, "News")) && !lex1(c, EG_LEX_STOP, a + 1))
            break;
        if (month_given_name(c, a, b)) break;
        /* "Urban Angehrn, the regulator's chief executive, defended": a dictionary word opening the sentence
         * before a surname no list knows, a person's name by the apposition or the speech verb after it */
        if (b - a == 2 && (t->flags & EG_TF_SSTART) && (t->flags & EG_TF_CAP) && !(t->flags & EG_TF_ALLCAPS) &&
            !lex1(c, EG_LEX_STOP, a) && (tk->tok[a + 1].flags & EG_TF_CAP) && !(tk->tok[a + 1].flags & EG_TF_ALLCAPS) &&
            !lex1(c, EG_LEX_COMMON, a + 1) && !lex1(c, EG_LEX_PLACE, a + 1) && !lex1(c, EG_LEX_CITY, a + 1) &&
            !lex1(c, EG_LEX_ORG, a + 1) && !lex1(c, EG_LEX_ORG_HEAD, a + 1) && !lex1(c, EG_LEX_LOC_HEAD, a + 1) &&
            !lex1(c, EG_LEX_DEMONYM, a) && !lex1(c, EG_LEX_GROUP, a) && b + 2 < tk->ntok &&
            ((is_punct_tok(c, b, ',') && (eg_tok_is(c->text, &tk->tok[b + 1], "the") || eg_tok_is(c->text, &tk->tok[b + 1], "a")) &&
              appos_role(c, b + 2)) ||
             tok_in(c, &tk->tok[b], said_words)))
            break;
        /* "the firm Three Fold Consultants": a number word written with a capital inside a sentence opens the
         * name of a firm it starts */
        {
            static const char *const numbers[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                                  "ten", NULL};
            if (b - a >= 3 && !(t->flags & (EG_TF_SSTART | EG_TF_HEADLINE | EG_TF_ALLCAPS)) && (t->flags & EG_TF_CAP) &&
                tok_in(c, t, numbers) && lex1(c, EG_LEX_ORG_HEAD, b - 1))
                break;
        }
        /* "Oh Sung-min", "Ha Tae-keung", "Do Jong-hwan": a short Korean surname that is also an English
         * word, before a hyphenated given name */
        if (b - a >= 2 && t->len <= 3 && (t->flags & EG_TF_CAP) && !(t->flags & EG_TF_ALLCAPS)) {
            const eg_token *g = &tk->tok[a + 1];
            const char *w = c->text + g->start, *hy = g->len > 3 ? memchr(w + 1, '-', g->len - 2) : NULL;
            if (hy && (g->flags & EG_TF_CAP) && hy[1] >= 'a' && hy[1] <= 'z' && (size_t)(hy - w) <= 5 && !lex1(c, EG_LEX_COMMON, a + 1))
                break;
        }
        /* "the US Fifth Fleet", "the Second Circuit": an ordinal before an organisation word */
        /* ("Judge Silvina Araoz of the Third Civil Court": and words between) */
        /* (... "the Fourth Family Court of Bogotá": the head word before "of") */
        if (b - a >= 2 && !(t->flags & EG_TF_SSTART) && tok_in(c, t, ordinals_cap) &&
            ((b - a <= 4 && lex1(c, EG_LEX_ORG_HEAD, b - 1)) || lex1(c, EG_LEX_ORG_HEAD, a + 1) ||
             (b - a >= 3 && lex1(c, EG_LEX_ORG_HEAD, a + 2))))
            break;
        /* "The Sunday Times", "the Sunday Courier": a weekday that names a newspaper */
        if (b - a == 2 && lex1(c, EG_LEX_ORG_HEAD, a + 1) &&
            (eg_tok_is(c->text, t, "Sunday") || eg_tok_is(c->text, t, "Saturday") || eg_tok_is(c->text, t, "Monday")))
            break;
        /* "Thursday Island", "Christmas Island": a capitalised function word before one place head word */
        if (b - a == 2 && lex1(c, EG_LEX_LOC_HEAD, a + 1) && !lex1(c, EG_LEX_STOP, a + 1) && (t->flags & EG_TF_CAP) &&
            !(t->flags & (EG_TF_SSTART | EG_TF_HEADLINE)) && t->len >= 4 && lex1(c, EG_LEX_STOP, a) &&
            !lex1(c, EG_LEX_ORG_HEAD, a + 1))
            break;
        /* "by the All India Diabetes Forum", "the All Progressives Congress", "a grant from Save
         * Pangolins East Africa": a capitalised "All", "Save" or "Stop" inside a sentence starts the
         * name that follows (at a sentence start it is the plain word) */
        if (b - a >= 2 && !(t->flags & (EG_TF_SSTART | EG_TF_HEADLINE)) && a > 0 && (tk->tok[a - 1].flags & EG_TF_LOWER) &&
            ((eg_tok_is(c->text, t, "All") && (b - a >= 3 || lex1(c, EG_LEX_ORG_HEAD, b - 1))) ||
             eg_tok_is(c->text, t, "Save") || eg_tok_is(c->text, t, "Stop")))
            break;
        if (b - a >= 3 && (lex(c, EG_LEX_ORG, a, b) || lex(c, EG_LEX_PLACE, a, b))) break; /* ("Save the Children") */
        /* ("described it to The Observer": a known organisation whose name has "The" inside a sentence) */
        if (b - a == 2 && eg_tok_is(c->text, t, "The") && !(t->flags & (EG_TF_SSTART | EG_TF_HEADLINE)) &&
            lex(c, EG_LEX_ORG, a, b))
            break;
        /* "a Can Tho-based trader", "Vietnam's ambassador, Do Thanh Son,": a short function word written
         * with a capital inside a sentence opens a known place or a name whose next word is a given name */
        if (b - a >= 2 && !(t->flags & (EG_TF_SSTART | EG_TF_HEADLINE)) && (t->flags & EG_TF_CAP) &&
            !(t->flags & EG_TF_ALLCAPS) && t->len <= 3 && lex1(c, EG_LEX_STOP, a) &&
            (lex(c, EG_LEX_CITY, a, b) || lex(c, EG_LEX_PLACE, a, b) ||
             (b - a >= 3 && lex1(c, EG_LEX_GIVEN, a + 1) && !lex1(c, EG_LEX_COMMON, a + 1) && a > 0 &&
              eg_tok_is(c->text, &tk->tok[a - 1], ",")) ||
             /* ("the financier Low Taek Jho": a name of three words, the two after it no English words) */
             (b - a == 3 && a > 0 && (tk->tok[a - 1].flags & EG_TF_LOWER) && !lex1(c, EG_LEX_COMMON, a + 1) &&
              !lex1(c, EG_LEX_COMMON, a + 2) && !lex1(c, EG_LEX_STOP, a + 1) && !lex1(c, EG_LEX_STOP, a + 2) &&
              !lex1(c, EG_LEX_ORG_HEAD, a + 2) && !lex1(c, EG_LEX_LOC_HEAD, a + 2) && !lex1(c, EG_LEX_PLACE, a + 1) &&
              !(tk->tok[a + 1].flags & EG_TF_ALLCAPS) && !(tk->tok[a + 2].flags & EG_TF_ALLCAPS))))
            break;
        /* "sentenced Can Dundar", "questioned Will Hurd and Said Jalili", "met He Lifeng": after a lowercase word,
         * a function word that is also a given name or surname, before one word that is no English word, opens a
         * person's name (not "Up Fintech", "Old Bailey", "My Lai", "Via Varejo") */
        {
            static const char *const given_fw[] = {"can", "will", "said", "do", "he", NULL};
            if (b - a == 2 && !(t->flags & (EG_TF_SSTART | EG_TF_HEADLINE | EG_TF_ALLCAPS)) && (t->flags & EG_TF_CAP) &&
                tok_in(c, t, given_fw) && a > 0 && (tk->tok[a - 1].flags & EG_TF_LOWER) && surname_word(c, a + 1))
                break;
        }
        /* "borrow from An Phu Commercial Bank": ... or an organisation of three words or more (not "The",
         * "A", "And" or "Of", which a writer may capitalise in running text) */
        if (b - a >= 3 && !(t->flags & (EG_TF_SSTART | EG_TF_HEADLINE)) && (t->flags & EG_TF_CAP) &&
            !(t->flags & EG_TF_ALLCAPS) && t->len >= 2 && t->len <= 3 && lex1(c, EG_LEX_STOP, a) && a > 0 &&
            (tk->tok[a - 1].flags & EG_TF_LOWER) && lex1(c, EG_LEX_ORG_HEAD, b - 1) && !lex1(c, EG_LEX_STOP, a + 1) &&
            !eg_tok_is(c->text, t, "The") && !eg_tok_is(c->text, t, "And") && !eg_tok_is(c->text, t, "Of"))
            break;
        /* ("the founder of Big Machine" where the text also names the "Big Machine Label Group": a capitalised
         * function word inside a sentence that opens the same words of a longer name elsewhere) */
        if (b - a >= 2 && !(t->flags & (EG_TF_SSTART | EG_TF_HEADLINE | EG_TF_ALLCAPS)) && (t->flags & EG_TF_CAP) &&
            !eg_tok_is(c->text, t, "The") && lex1(c, EG_LEX_STOP, a) && prefix_of_longer(c, a, b))
            break;
        if (t->kind == EG_TK_WORD && lex1(c, EG_LEX_STOP, a) &&
            !((t->flags & EG_TF_ALLCAPS) && !(t->flags & EG_TF_HEADLINE) && t->len >= 2)) {
            if ((rc = reject(c, a, a + 1, "common word"))) return rc;
            a++;
            continue;
        }
        /* "Indian-administered Kashmir", "Russian-occupied Crimea": who holds the place, before its name */
        if (b - a >= 2 && t->kind == EG_TK_WORD && (t->flags & EG_TF_CAP) && held_by_word(c, a)) {
            if ((rc = reject(c, a, a + 1, "nationality or group adjective"))) return rc;
            a++;
            continue;
        }
        /* "North Korea fired", "New Zealand won", "South Africa has": a known place or organisation
         * of several words keeps its first word at a sentence start */
        if (b - a >= 2 && (t->flags & (EG_TF_SSTART | EG_TF_HEADLINE)) &&
            (lex(c, EG_LEX_PLACE, a, b) || lex(c, EG_LEX_ORG, a, b) || lex(c, EG_LEX_PLACE, a, a + 2) ||
             lex(c, EG_LEX_ORG, a, a + 2)))
            break;
        if (b - a >= 2 && (t->flags & (EG_TF_SSTART | EG_TF_HEADLINE)) &&
            ((seen(c, a) & SEEN_LOWER) || (lex1(c, EG_LEX_COMMON, a) && !(seen(c, a) & SEEN_CAP_MID))) &&
            !((seen(c, a) & SEEN_CAP_MID) && named_mid_sentence(c, a, b)) &&
            !after_place_possessive(c, a) && title_at(c, a, b) == a && !org_after_common(c, a, b) &&
            !word_has_evidence(c, a) && !lex1(c, EG_LEX_TITLE, a) && !lex1(c, EG_LEX_ROLE, a) &&
            /* ("Wadi Araba Container Terminal Company said": four capitalised words or more up to an
             * organisation word are one name, its first word too) */
            !(b - a >= 4 && lex1(c, EG_LEX_ORG_HEAD, b - 1) && !(seen(c, a) & SEEN_LOWER) && !(t->flags & EG_TF_HEADLINE)) &&
            /* ("East Devon District Council": a compass word before a known place) */
            !(tok_in(c, t, eg_compass_words) && (lex1(c, EG_LEX_PLACE, a + 1) || lex1(c, EG_LEX_CITY, a + 1))) &&
            /* ("Hurricane Katrina flooded": the storm's word stays, so the whole is read as an event) */
            !tok_in(c, t, storm_words) &&
            /* ("Tine van den Wall Bake, a spokeswoman": a lower-case particle inside the name after it, a given name) */
            !(b - a >= 3 && (tk->tok[a + 1].flags & EG_TF_LOWER) && tok_in(c, &tk->tok[a + 1], particles)) &&
            /* ("Students for Fair Admissions sued": a group's name) */
            !(b - a >= 3 && tok_in(c, t, cause_groups) && eg_tok_is(c->text, &tk->tok[a + 1], "for") &&
              lex1(c, EG_LEX_COMMON, a + 2) && !lex1(c, EG_LEX_GIVEN, a + 2) && !lex1(c, EG_LEX_SURNAME, a + 2))) {
            if ((rc = reject(c, a, a + 1, "common word at sentence start"))) return rc;
            a++;
            continue;
        }
        break;
    }
    /* "the Minister for Finance", "the Minister for Enterprise, Trade and Employment": a title and its
     * field with no name is a role alone */
    /* ("the Assistant Secretary of State for European Affairs": a title of several words, a people's name in
     * the field) */
    uint32_t tw = 1;
    while (tw < 3 && a + tw + 1 < b && !lex(c, EG_LEX_TITLE, a, a + tw)) tw++;
    if (b - a >= tw + 2 && lex(c, EG_LEX_TITLE, a, a + tw) && !lex1(c, EG_LEX_ORG_HEAD, a) &&
        (eg_tok_is(c->text, &tk->tok[a + tw], "for") || eg_tok_is(c->text, &tk->tok[a + tw], "of"))) {
        int plain = 1;
        for (uint32_t k = a + tw + 1; k < b && plain; k++)
            plain = eg_tok_is(c->text, &tk->tok[k], ",") || eg_tok_is(c->text, &tk->tok[k], "and") ||
                    eg_tok_is(c->text, &tk->tok[k], "the") || plain_words(c, k, k + 1) ||
                    /* ("the Minister of Labour and Employment": a field word that names a party too) */
                    (lex1(c, EG_LEX_ORG, k) && lex1(c, EG_LEX_COMMON, k)) ||
                    /* ("the Minister of State for Petroleum Resources") */
                    (k > a + tw + 1 && (eg_tok_is(c->text, &tk->tok[k], "for") || eg_tok_is(c->text, &tk->tok[k], "of"))) ||
                    (k + 1 < b && lex1(c, EG_LEX_DEMONYM, k) && !lex1(c, EG_LEX_PLACE, k)) ||
                    (lex1(c, EG_LEX_COMMON, k) && lex1(c, EG_LEX_ROLE, k) && !lex1(c, EG_LEX_GIVEN, k)); /* "Children" */
        if (plain) return reject(c, a, b, "title or role alone");
    }
    /* "the Duchess of Sussex", "the Earl of Wessex": a noble title and its place name no one */
    {
        static const char *const noble[] = {"Duke", "Duchess", "Earl", "Countess", "Marquess", "Marchioness", "Baron",
                                            "Baroness", "Viscount", "Viscountess", NULL};
        if (b - a >= 3 && b - a <= 5 && tok_in(c, &tk->tok[a], noble) && (tk->tok[a].flags & EG_TF_CAP) &&
            eg_tok_is(c->text, &tk->tok[a + 1], "of")) {
            int names = 1;
            for (uint32_t k = a + 2; k < b && names; k++) names = namey(c, k) || eg_tok_is(c->text, &tk->tok[k], "and");
            /* (not a body named after one: "the Countess of Chester Hospital", "the Duke of Edinburgh's Award") */
            if (names && !lex1(c, EG_LEX_ORG_HEAD, b - 1)) return reject(c, a, b, "title or role alone");
        }
    }
    /* "Special Agent in Charge Carlton Peeples": the end of a title that "in" cut in two */
    /* ("the Assistant Director in Charge of the FBI's New York Field Office": and alone) */
    if (b - a == 1 && a >= 2 && eg_tok_is(c->text, &tk->tok[a], "Charge") && eg_tok_is(c->text, &tk->tok[a - 1], "in") &&
        (eg_tok_is(c->text, &tk->tok[a - 2], "Agent") || eg_tok_is(c->text, &tk->tok[a - 2], "Director")))
        return reject(c, a, b, "title");
    if (b - a >= 2 && a >= 2 && eg_tok_is(c->text, &tk->tok[a], "Charge") && eg_tok_is(c->text, &tk->tok[a - 1], "in") &&
        (eg_tok_is(c->text, &tk->tok[a - 2], "Agent") || eg_tok_is(c->text, &tk->tok[a - 2], "Director"))) {
        if ((rc = reject(c, a, a + 1, "title"))) return rc;
        a++;
    }
    /* "the MV Morven Star", "HMS Defender": a ship's name, not an actor */
    {
        static const char *const vessels[] = {"MV", "MT", "HMS", "USS", "RMS", "HMAS", "HMCS", NULL};
        if (b - a >= 2 && (tk->tok[a].flags & EG_TF_ALLCAPS) && tok_in(c, &tk->tok[a], vessels) &&
            (tk->tok[a + 1].flags & EG_TF_CAP) && !(tk->tok[a + 1].flags & EG_TF_ALLCAPS))
            return reject(c, a, b, "a ship's name");
    }
    /* "2 billion CFA francs": a currency's name */
    if (b < tk->ntok && (tk->tok[b].flags & EG_TF_LOWER)) {
        static const char *const money[] = {"franc", "francs", "dollar", "dollars", "rupee", "rupees", "peso", "pesos",
                                            "dinar", "dinars", "shilling", "shillings", "rand", "naira", "cedi", NULL};
        if (tok_in(c, &tk->tok[b], money) && (b - a == 1 && (tk->tok[a].flags & EG_TF_ALLCAPS)) && !lex1(c, EG_LEX_PLACE, a))
            return reject(c, a, b, "a currency's name");
    }
    /* "Rs 42.6 crore", "KSh 3 billion", "Rp 500": a currency's sign before an amount */
    if (b - a == 1 && b < tk->ntok && tk->tok[b].kind == EG_TK_NUM) {
        static const char *const signs[] = {"Rs", "Rs.", "Rp", "KSh", "Ksh", "Sh", "Tk", "Dh", "Dhs", "RM", "Php", NULL};
        if (tok_in(c, &tk->tok[a], signs)) return reject(c, a, b, "a currency's name");
    }
    /* "Olumide Adeyemi, SAN, asked": letters after a name and a comma are no actor */
    if (b - a == 1 && a > 0 && eg_tok_is(c->text, &tk->tok[a - 1], ",") && (tk->tok[a].flags & EG_TF_ALLCAPS)) {
        static const char *const letters[] = {"SAN", "KC", "QC", "SC", "OBE", "MBE", "CBE", "KBE", "DBE", NULL};
        if (tok_in(c, &tk->tok[a], letters)) return reject(c, a, b, "letters after a name");
    }
    /* "Asperger's syndrome", "Crohn's disease": a condition named after a person */
    /* (and the same word later in the text: "Legionnaires' disease ... the Legionnaires' outbreak") */
    /* "its Alzheimer's drug, Aduhelm,", "an experimental treatment, ZMapp, made by": a medicine named in apposition
     * to what it is (and the same name later) */
    if (b > a && b - a <= 2 && a >= 2 && eg_tok_is(c->text, &tk->tok[a - 1], ",") && tk->tok[a - 2].kind == EG_TK_WORD &&
        (tk->tok[a - 2].flags & EG_TF_LOWER) && (b >= tk->ntok || tk->tok[b].kind == EG_TK_PUNCT)) {
        static const char *const medicines[] = {"drug", "vaccine", "treatment", "medicine", "medication", "painkiller",
                                                "opioid", "therapy", "pill", "antiviral", "antibody", NULL};
        /* (not a person set off by commas: "taking the drug, Smith, a 54-year-old nurse", "In approving the drug,
         * Cavazzoni, the director of ...": a description or a clause after the name's comma) */
        int person_after = b + 1 < tk->ntok && eg_tok_is(c->text, &tk->tok[b], ",") &&
                           (tok_in(c, &tk->tok[b + 1], determiners) || eg_tok_is(c->text, &tk->tok[b + 1], "who") ||
                            tk->tok[b + 1].kind == EG_TK_NUM);
        if (tok_in(c, &tk->tok[a - 2], medicines) && !lex(c, EG_LEX_ORG, a, b) && !lex(c, EG_LEX_PLACE, a, b) &&
            !lex(c, EG_LEX_CITY, a, b) && !lex1(c, EG_LEX_GIVEN, a) && !lex1(c, EG_LEX_SURNAME, b - 1) && !person_after &&
            !(tk->tok[a].flags & EG_TF_ALLCAPS)) {
            if (remember_nonent(c, a, b)) return eg_error_set(EG_ENOMEM, "out of memory");
            return reject(c, a, b, "a product");
        }
    }
    /* ("Alzheimer's drug", "Parkinson's patients": a disease named after its describer, before a medical noun) */
    static const char *const eponyms[] = {"Alzheimer", "Parkinson", "Huntington", "Crohn", "Asperger", "Tourette", "Hodgkin", NULL};
    /* (what such a disease's name goes before: not "Huntington's deal", a bank's) */
    static const char *const eponym_nouns[] = {"drug", "drugs", "patients", "patient", "treatment", "treatments",
                                               "medication", "research", "symptoms", "sufferers", "therapy", "therapies",
                                               "cases", "diagnosis", "dementia", "medicine", "medicines", NULL};
    if (b - a == 1 && b + 1 < tk->ntok && tk->tok[b].kind == EG_TK_POSS &&
        (eg_tok_is(c->text, &tk->tok[b + 1], "syndrome") || eg_tok_is(c->text, &tk->tok[b + 1], "disease") ||
         (tok_in(c, &tk->tok[a], eponyms) && tok_in(c, &tk->tok[b + 1], eponym_nouns)))) {
        /* (only a name no list knows as a person's or a place's: "Hashimoto's disease ... Hashimoto said") */
        if (!lex1(c, EG_LEX_GIVEN, a) && !lex1(c, EG_LEX_SURNAME, a) && !lex1(c, EG_LEX_PLACE, a) && !lex1(c, EG_LEX_CITY, a) &&
            remember_nonent(c, a, b))
            return eg_error_set(EG_ENOMEM, "out of memory");
        return reject(c, a, b, "award, law, event or work");
    }
    /* "the Ebola outbreak", "the Zika virus", "Lassa fever": a disease's name before what it causes (and the
     * same name later: "infected with Ebola"); not a place's ("the Wuhan outbreak") */
    if (b > a && b < tk->ntok && (tk->tok[b].flags & EG_TF_LOWER) && b - a <= 2) {
        static const char *const outbreak[] = {"outbreak", "outbreaks", "virus", "fever", "epidemic", "pandemic",
                                               "infection", "infections", NULL};
        if (tok_in(c, &tk->tok[b], outbreak) && !lex(c, EG_LEX_PLACE, a, b) && !lex(c, EG_LEX_CITY, a, b) &&
            !lex(c, EG_LEX_ORG, a, b) && !lex(c, EG_LEX_DEMONYM, a, b) && !lex1(c, EG_LEX_GIVEN, a) &&
            !(b - a == 1 && lex1(c, EG_LEX_SURNAME, a)) && !lex1(c, EG_LEX_ORG_HEAD, b - 1) && !lex1(c, EG_LEX_LOC_HEAD, b - 1)) {
            if (remember_nonent(c, a, b)) return eg_error_set(EG_ENOMEM, "out of memory");
            return reject(c, a, b, "a disease's name");
        }
    }
    /* "the Philae lander", "India's Vikram moon lander", "the Lunar Reconnaissance Orbiter": a spacecraft's name
     * before what it is (and the same name later: "Vikram was part of the mission"); not a maker's or an agency's
     * ("the SpaceX capsule", "a NASA orbiter": the lists know them, and letters are a body's) */
    if (b > a && b - a <= 3) {
        static const char *const craft[] = {"lander", "orbiter", "rover", "spacecraft", "telescope", "capsule", NULL};
        /* (and a programme's or a mission's name: "the Artemis program", "the Rosetta mission", "the federal Medicare
         * program"; written in lower case after it) */
        static const char *const schemes[] = {"program", "programme", "programs", "programmes", "mission", "missions", NULL};
        static const char *const craft_mods[] = {"moon", "lunar", "space", "Mars", NULL};
        int named = 0, craft_named = 0;
        if (b < tk->ntok && tk->tok[b].kind == EG_TK_WORD && tk->tok[b].len >= 4) {
            uint32_t h = b + (b + 1 < tk->ntok && tk->tok[b].len <= 5 && tok_in(c, &tk->tok[b], craft_mods));
            craft_named = (tk->tok[h].flags & EG_TF_LOWER) && tok_in(c, &tk->tok[h], craft);
            named = craft_named || (h == b && (tk->tok[h].flags & EG_TF_LOWER) && tok_in(c, &tk->tok[h], schemes));
        }
        /* ("Orbiter", "Telescope" capitalised as the name's last word) */
        int whole = !named && b - a >= 2 && tk->tok[b - 1].len >= 5 && (tk->tok[b - 1].flags & EG_TF_CAP) &&
                    tok_in(c, &tk->tok[b - 1], craft);
        if ((named || whole) && !(tk->tok[a].flags & EG_TF_ALLCAPS) && !lex(c, EG_LEX_PLACE, a, b) && !lex(c, EG_LEX_CITY, a, b) &&
            !lex(c, EG_LEX_ORG, a, b) && !lex(c, EG_LEX_DEMONYM, a, b) && !(whole && lex1(c, EG_LEX_GIVEN, a)) &&
            !lex1(c, EG_LEX_ORG_HEAD, b - 1) && !lex1(c, EG_LEX_LOC_HEAD, b - 1) && !(b < tk->ntok && tk->tok[b].kind == EG_TK_POSS)) {
            /* (the same name later only for a craft, and not a person's: "the James Webb telescope ... James Webb,
             * who led NASA"; a programme's or a mission's name is often a person's, "the Witkoff mission") */
            if (craft_named && !lex1(c, EG_LEX_GIVEN, a) && !lex1(c, EG_LEX_SURNAME, b - 1) && remember_nonent(c, a, b))
                return eg_error_set(EG_ENOMEM, "out of memory");
            return reject(c, a, b, "a spacecraft's name");
        }
    }
    /* "the bulk carrier Wakashio", "the tanker Exxon Valdez": a vessel's name (and the same name later) */
    if (b > a && a > 0 && (tk->tok[a - 1].flags & EG_TF_LOWER)) {
        static const char *const vessels[] = {"tanker", "ship", "vessel", "ferry", "yacht", "freighter", "trawler",
                                              "frigate", "destroyer", "submarine", "liner", "barge", "tugboat", "dredger",
                                              "supertanker", "warship", "steamer", NULL};
        /* (a "container carrier" is a shipping line) */
        static const char *const carried[] = {"bulk", "ore", "aircraft", NULL};
        const eg_token *v = &tk->tok[a - 1];
        /* (the noun after an article and words describing the vessel: not the verbs "boats ferry Red Cross
         * workers", "will ship Nvidia chips") */
        int det = 0;
        static const char *const verbish[] = {"will", "would", "can", "could", "may", "might", "must", "should", "to", "did",
                                              "does", "do", "and", "or", NULL};
        for (uint32_t h = a - 1; h > 0 && h + 5 > a && !det; h--) {
            const eg_token *t = &tk->tok[h - 1];
            if ((t->kind != EG_TK_WORD && t->kind != EG_TK_POSS) || tok_in(c, t, verbish)) break;
            det = eg_tok_is(c->text, t, "the") || eg_tok_is(c->text, t, "a") || eg_tok_is(c->text, t, "an") ||
                  eg_tok_is(c->text, t, "its") || t->kind == EG_TK_POSS;
        }
        if (det && (tok_in(c, v, vessels) || (eg_tok_is(c->text, v, "carrier") && a > 1 && tok_in(c, &tk->tok[a - 2], carried)))) {
            /* (the same name later is the vessel's too, unless a list knows it as a place, an organisation or a
             * person's given name: "the ferry Estonia ... Estonia and Sweden agreed") */
            if (!lex(c, EG_LEX_PLACE, a, b) && !lex(c, EG_LEX_CITY, a, b) && !lex(c, EG_LEX_ORG, a, b) && !lex1(c, EG_LEX_GIVEN, a) &&
                remember_nonent(c, a, b))
                return eg_error_set(EG_ENOMEM, "out of memory");
            return reject(c, a, b, "a vessel's name");
        }
    }
    /* (a storm's name after "in", "of", "near": a place of that name, "Residents of Milton") */
    if (b > a && remembered_nonent(c, a, b) &&
        !(a > 0 && (eg_tok_is(c->text, &tk->tok[a - 1], "in") || eg_tok_is(c->text, &tk->tok[a - 1], "of") ||
                    eg_tok_is(c->text, &tk->tok[a - 1], "near") || eg_tok_is(c->text, &tk->tok[a - 1], "at"))))
        return reject(c, a, b, "award, law, event or work");
    /* "By Staff Reporter", "By Our Correspondent": a byline without a name */
    if (b > a && a > 0 && eg_tok_is(c->text, &tk->tok[a - 1], "By")) {
        static const char *const desk[] = {"staff", "reporter", "reporters", "correspondent", "correspondents", "writer",
                                           "writers", "our", "special", "senior", "bureau", "desk", "news", NULL};
        int all = 1;
        for (uint32_t k = a; k < b && all; k++) all = tok_in(c, &tk->tok[k], desk);
        if (all) return reject(c, a, b, "a byline without a name");
    }
    /* "Sen. Ann Hollis (D-Ore.)", "Rep. Tom Kane, R-Texas": a party letter and a state, a label */
    if (b - a == 1 && tk->tok[a].len >= 4 && c->text[tk->tok[a].start + 1] == '-' &&
        (c->text[tk->tok[a].start] == 'D' || c->text[tk->tok[a].start] == 'R' || c->text[tk->tok[a].start] == 'I')) {
        /* (a US state or its AP abbreviation after the hyphen: not "D-Link", "D-Wave") */
        const char *st = c->text + tk->tok[a].start + 2;
        size_t sl = tk->tok[a].len - 2;
        eg_token sub = tk->tok[a];
        sub.start += 2;
        sub.len = (uint32_t)sl;
        if (eg_lex_has(EG_LEX_PLACE, st, sl) || tok_in(c, &sub, eg_states_ap) || tok_in(c, &sub, eg_states_ap_words))
            return reject(c, a, b, "party and state label");
    }
    /* "WILMINGTON, Del. -", "Springfield, Ill.,": a state's AP abbreviation that is also a word, after a town
     * and a comma */
    if (b - a == 1 && a >= 2 && b < tk->ntok && is_punct_tok(c, b, '.') && is_punct_tok(c, a - 1, ',') &&
        (tk->tok[a - 2].flags & (EG_TF_CAP | EG_TF_ALLCAPS)) && tok_in(c, &tk->tok[a], eg_states_ap_words) &&
        tk->tok[a].len >= 2)
        return reject(c, a, b, "a state's abbreviation");
    /* "Asia-Europe trade", "Russia-Ukraine talks": two places joined by a hyphen describe, they name nothing */
    if (b - a == 1 && tk->tok[a].len > 3) {
        const char *w = c->text + tk->tok[a].start, *h = memchr(w + 1, '-', tk->tok[a].len - 2);
        size_t l1 = h ? (size_t)(h - w) : 0, l2 = h ? tk->tok[a].len - l1 - 1 : 0;
        if (h && !eg_lex_has(EG_LEX_PLACE, w, tk->tok[a].len) && (eg_lex_has(EG_LEX_PLACE, w, l1) || eg_lex_has(EG_LEX_CITY, w, l1)) &&
            (eg_lex_has(EG_LEX_PLACE, h + 1, l2) || eg_lex_has(EG_LEX_CITY, h + 1, l2)))
            return reject(c, a, b, "two places joined by a hyphen");
    }
    /* "the Antonakis family": a family, named by its surname, is not an actor of its own */
    if (b - a == 1 && a > 0 && b < tk->ntok && eg_tok_is(c->text, &tk->tok[a - 1], "the") &&
        (eg_tok_is(c->text, &tk->tok[b], "family") || eg_tok_is(c->text, &tk->tok[b], "clan") ||
         eg_tok_is(c->text, &tk->tok[b], "dynasty")))
        return reject(c, a, b, "family name");
    /* "fined Khanyisa Pharmaceutical Distributors R180 million": an amount in rand or naira written
     * with its currency letter is no part of the name before it */
    if (b - a >= 2) {
        const eg_token *l = &tk->tok[b - 1];
        const char *w = c->text + l->start;
        size_t k = 0;
        while (k < l->len && k < 3 && w[k] >= 'A' && w[k] <= 'Z') k++;
        int digits = k >= 1 && k < l->len;
        for (size_t q = k; q < l->len && digits; q++) digits = (w[q] >= '0' && w[q] <= '9') || w[q] == '.' || w[q] == ',';
        if (digits && w[k] >= '0' && w[k] <= '9') b--;
    }
    /* "Malaysia Airlines Flight MH17": the airline, not its flight (its number with the airline's letters) */
    if (b - a >= 2 && b < tk->ntok && eg_tok_is(c->text, &tk->tok[b - 1], "Flight") && tk->tok[b].kind == EG_TK_WORD &&
        tk->tok[b].len <= 8 && memchr_digit(c->text + tk->tok[b].start, tk->tok[b].len))
        b--;
    /* "Action by the Commission November 22, 2022": a month and its day after a name are a date, no part of it */
    if (b - a >= 2 && b < tk->ntok && tk->tok[b].kind == EG_TK_NUM && month_or_day(c, b - 1) &&
        !(tk->tok[b - 1].flags & EG_TF_ALLCAPS) && tk->tok[b - 1].len >= 5 && !lex(c, EG_LEX_ORG, a, b))
        b--;
    /* "Rachel Ambrose KC", "Tom Lee MP": letters after a person's name are no part of it */
    {
        static const char *const postnominals[] = {"KC", "QC", "SC", "MP", "MEP", "MSP", "MLA", "OBE", "MBE", "CBE",
                                                   "KBE", "DBE", "PhD", NULL};
        while (b - a >= 3 && tok_in(c, &tk->tok[b - 1], postnominals) && !(tk->tok[b - 2].flags & EG_TF_ALLCAPS) &&
               lex1(c, EG_LEX_GIVEN, a))
            b--;
    }
    /* a connector left dangling at either end */
    /* (not a figure that opens a name the organisation lexicon knows: "1MDB", "3M Company") */
    int figure_name = tk->tok[a].kind == EG_TK_NUM &&
                      (lex(c, EG_LEX_ORG, a, b) ||
                       /* ("3G Capital": figures and capitals, then an organisation word) */
                       (b - a >= 2 && memchr_upper(c->text + tk->tok[a].start, tk->tok[a].len) && lex1(c, EG_LEX_ORG_HEAD, b - 1)) ||
                       /* ("the 1922 Committee": taken in above) */
                       (b - a == 2 && figure_names_body(c, a)));
    while (a < b && !figure_name && !namey(c, a) && !hyphen_particle(c, a) && !(ordinal_figure(c, a) && a + 1 < b)) a++;
    /* (nor the number that ends "the Group of 20") */
    int group_of = b - a == 3 && tk->tok[b - 1].kind == EG_TK_NUM && eg_tok_is(c->text, &tk->tok[a], "Group") &&
                   eg_tok_is(c->text, &tk->tok[a + 1], "of");
    while (b > a && !group_of && !(figure_name && b - a == 1) && !(b - a >= 3 && body_number(c, b - 1)) && !namey(c, b - 1) &&
           !is_suffix(c, b - 1) && !hyphen_particle(c, b - 1) && !elided_particle(c, b - 1) &&
           !(b - 1 > a && (eg_tok_is(c->text, &tk->tok[b - 1], "plc") || eg_tok_is(c->text, &tk->tok[b - 1], "government"))))
        b--;
    if (a >= b) return 0;

    /* peel titles: [pre][title]...[title][name]; not inside an office named after a post
     * ("Comptroller General's Office": the possessive joined it) */
    uint32_t name_a = a, title_s = 0, title_e = 0;
    int have_title = 0, inner_poss = 0;
    for (uint32_t i = a; i < b; i++) inner_poss |= tk->tok[i].kind == EG_TK_POSS;
    /* "Sri Lanka", "Saint Lucia": a known place of its own, no title in front */
    /* ("Save the Children": a known organisation of its own, whose "Children" is no role) */
    /* (a known organisation whose name opens with "The": "The Observer") */
    int known_place = lex(c, EG_LEX_PLACE, a, b) || (b - a >= 3 && lex(c, EG_LEX_ORG, a, b)) ||
                      (b - a == 2 && eg_tok_is(c->text, &tk->tok[a], "The") && lex(c, EG_LEX_ORG, a, b)) ||
                      /* ("Americans for a Republican Majority": a campaign group's name, no title in it) */
                      (b - a >= 3 && people_plural(c, a) && eg_tok_is(c->text, &tk->tok[a + 1], "for")) ||
                      /* ("General Dynamics Land Systems-Canada": a known organisation opens the name) */
                      (b - a >= 3 && lex(c, EG_LEX_ORG, a, a + 2) && lex1(c, EG_LEX_TITLE, a));
    /* "the campaign group Press Justice Now": after an organisation's class noun the run is its
     * name, and a title word inside it ("Justice") is the name's */
    static const char *const org_class[] = {"group", "campaign", "company", "firm", "charity", "organisation",
                                            "organization", "movement", "coalition", "alliance", "network", "body", NULL};
    int org_named = a > 0 && (tk->tok[a - 1].flags & EG_TF_LOWER) && tok_in(c, &tk->tok[a - 1], org_class) && b - a >= 2 &&
                    !lex1(c, EG_LEX_TITLE, a) && !lex1(c, EG_LEX_GIVEN, a);
    /* "Assistant Secretary of Commerce for Export Enforcement Matthew S. Axelrod", "Secretary of the Treasury
     * Janet L. Yellen": a title with its department or field, then a person's name */
    uint32_t long_title = inner_poss || known_place || org_named ? 0 : title_field_end(c, a, b);
    if (long_title) {
        have_title = 1;
        title_s = a;
        title_e = name_a = long_title;
    }
    for (uint32_t i = a; i < b && !inner_poss && !known_place && !long_title; i++) {
        if (org_named && i > a) break;
        /* ("the Independent Inquiry into Child Sexual Abuse": the subject after "into" holds no title) */
        if (i > a && eg_tok_is(c->text, &tk->tok[i - 1], "into")) break;
        /* "Department of Justice", "Secretary of State": a title word after of/for is the name's */
        /* ("Office of Attorney General": all of a title of several words) */
        if (i > a && (eg_tok_is(c->text, &tk->tok[i - 1], "of") || eg_tok_is(c->text, &tk->tok[i - 1], "for")) &&
            !lex(c, EG_LEX_TITLE, a, i)) {
            uint32_t e2 = title_at(c, i, b);
            if (e2 > i) i = e2 - 1;
            continue;
        }
        /* "Hilton Head Island": a title word inside a name that ends in a place word */
        if (i > a && i + 2 == b && lex1(c, EG_LEX_LOC_HEAD, b - 1) && !lex1(c, EG_LEX_GIVEN, b - 1) &&
            !(tk->tok[i].flags & EG_TF_ALLCAPS))
            continue;
        /* ("Sri Lanka Customs", "Saint Lucia Police": a known place of two words opens the name, its first
         * word no honorific) */
        if (i == a && b - a >= 3 && lex(c, EG_LEX_PLACE, a, a + 2) && !lex1(c, EG_LEX_PLACE, a)) {
            i++;
            continue;
        }
        uint32_t e = title_at(c, i, b);
        /* "the Office of the Attorney General", "Office of the Director of Public Prosecutions": an office
         * named after its holder's title */
        /* ("the Office of the Data Protection Commissioner", "the Office of the Privacy Commissioner": the
         * title's field words between "the" and it are the title's; not "London School of Economics Director") */
        if (e > i && i > a && !have_title) {
            uint32_t o = i, f = i;
            while (f > a + 3 && i - f < 3 && (tk->tok[f - 1].flags & EG_TF_CAP) && tk->tok[f - 1].kind == EG_TK_WORD &&
                   !lex1(c, EG_LEX_STOP, f - 1) && !lex1(c, EG_LEX_TITLE, f - 1))
                f--;
            if (f < i && eg_tok_is(c->text, &tk->tok[f - 1], "the")) o = f;
            if (eg_tok_is(c->text, &tk->tok[o - 1], "the")) o--;
            if (o >= a + 2 && eg_tok_is(c->text, &tk->tok[o - 1], "of") && lex1(c, EG_LEX_ORG_HEAD, o - 2)) break;
        }
        /* "Sri Chamundeshwari Infra Projects", "Shree Cement": an honorific that opens a company's name */
        if (e == i + 1 && i == a && b - e >= 2 && lex1(c, EG_LEX_ORG_HEAD, b - 1) && !lex1(c, EG_LEX_GIVEN, e) &&
            (eg_tok_is(c->text, &tk->tok[i], "Sri") || eg_tok_is(c->text, &tk->tok[i], "Shri") ||
             eg_tok_is(c->text, &tk->tok[i], "Shree")))
            continue;
        /* "Dean Kessel": a given name that is also a title, before a surname alone */
        if (e == i + 1 && b == e + 1 && i == a && eg_tok_is(c->text, &tk->tok[i], "Dean") &&
            !(b < tk->ntok && eg_tok_is(c->text, &tk->tok[b], "of")))
            e = i;
        if (e > i) {
            /* only a title if something name-like follows, or it is the whole tail */
            if (e < b && !name_after_title(c, e, b) && title_at(c, e, b) == e) continue;
            if (e < b) {
                if (!have_title || i >= title_e) {
                    title_s = have_title && i == title_e ? title_s : i;
                    title_e = e;
                    have_title = 1;
                    name_a = e;
                }
                i = e - 1;
            } else {
                /* run ends with a title: "the FBI Director", "Acme CEO"; or is one */
                /* "the Health Service Executive": a bare "Executive" after a head word is the name's */
                if (i > a && e == i + 1 && eg_tok_is(c->text, &tk->tok[i], "executive") &&
                    lex1(c, EG_LEX_ORG_HEAD, i - 1))
                    break;
                /* "the Fair Work Ombudsman": a title that is also an organisation's head word ends its name */
                /* (also after a place's possessive: "Niger's Presidential Guard") */
                if (i > a && e == i + 1 && !have_title && lex1(c, EG_LEX_ORG_HEAD, i) && a > 0 &&
                    (eg_tok_is(c->text, &tk->tok[a - 1], "the") ||
                     (tk->tok[a - 1].kind == EG_TK_POSS && a >= 2 && (lex1(c, EG_LEX_PLACE, a - 2) || lex1(c, EG_LEX_CITY, a - 2)))))
                    break;
                /* "the National Superior Court of Specialised Criminal Justice": a title word closing an
                 * organisation's "of" phrase is the name's */
                /* (only "Justice" and "General", which such names end with: "the Office of the Comptroller
                 * General"; not "the Bank of England Governor") */
                if (i > a && e == i + 1 && !have_title &&
                    (eg_tok_is(c->text, &tk->tok[i], "Justice") || eg_tok_is(c->text, &tk->tok[i], "General"))) {
                    int head = 0, of = 0;
                    for (uint32_t h = a; h < i; h++) {
                        if (lex1(c, EG_LEX_ORG_HEAD, h)) head = 1;
                        else if (head && eg_tok_is(c->text, &tk->tok[h], "of")) of = 1;
                    }
                    if (of) break;
                }
                if (i == a && !have_title) return reject(c, a, b, "title or role alone");
                /* "Farida Shaikh", "Amira Sheikh": a one-word title after a given name is a surname */
                /* (a role's word too: "Stephanie Pope", "Carole King", "Mark Judge") */
                /* (not a place's last word: "a South Carolina Republican") */
                /* (nor a party's member: "a Christian Democrat") */
                /* (after a title too: "Judge Elena Fernanda Pastor") */
                /* (or a surname after a word no list knows: "Kafeel Khan", whose given name the list lacks) */
                if (i > a && e == i + 1 && (!have_title || (i > name_a && lex1(c, EG_LEX_GIVEN, name_a))) &&
                    (lex1(c, EG_LEX_GIVEN, i - 1) ||
                     /* (no article or possessive before the name, no heading: not "the Zulu King",
                      * "Egypt's Coptic Pope", "a Druze Sheikh", "THE HEC Dean") */
                     (lex1(c, EG_LEX_SURNAME, i) && e == b && (tk->tok[i - 1].flags & EG_TF_CAP) &&
                      !(tk->tok[i - 1].flags & (EG_TF_ALLCAPS | EG_TF_HEADLINE)) && !lex1(c, EG_LEX_COMMON, i - 1) &&
                      !lex1(c, EG_LEX_ORG, i - 1) && !lex1(c, EG_LEX_DEMONYM, i - 1) && !lex1(c, EG_LEX_CITY, i - 1) &&
                      !lex1(c, EG_LEX_TITLE, i - 1) && !lex1(c, EG_LEX_ORG_HEAD, i - 1) && !lex1(c, EG_LEX_GROUP, i - 1) &&
                      !(a > 0 && (tk->tok[a - 1].kind == EG_TK_POSS || tok_in(c, &tk->tok[a - 1], determiners))))) &&
                    !(tk->tok[i].flags & EG_TF_ALLCAPS) &&
                    !lex1(c, EG_LEX_PLACE, i - 1) && !lex1(c, EG_LEX_GROUP, i) &&
                    !(i >= a + 2 && (lex(c, EG_LEX_PLACE, i - 2, i) || lex(c, EG_LEX_CITY, i - 2, i))))
                    break;
                if (i > a) {
                    title_s = i;
                    title_e = b;
                    have_title = 1;
                    name_a = b;
                }
                break;
            }
        }
    }
    int pre_idx = -1;
    /* "Coast Guard Vice Admiral Thad Allen": a known organisation's last word is no title's first */
    if (have_title && title_s > a && title_s + 1 < title_e && lex(c, EG_LEX_ORG, a, title_s + 1) &&
        !lex(c, EG_LEX_ORG, a, title_s))
        title_s++;
    if (have_title && title_s > a) {
        /* "FBI Director Dana Reyes": the part before the title is an organisation or place */
        uint32_t pa = a, pb = title_s;
        const char *why = NULL;
        int orgish = (pb - pa == 1 && (tk->tok[pa].flags & (EG_TF_ALLCAPS | EG_TF_MIXED))) ||
                     lex(c, EG_LEX_ORG, pa, pb) || lex(c, EG_LEX_PLACE, pa, pb) || lex(c, EG_LEX_CITY, pa, pb) ||
                     lex1(c, EG_LEX_ORG_HEAD, pb - 1) || lex1(c, EG_LEX_LOC_HEAD, pb - 1) ||
                     (seen(c, pb - 1) & SEEN_CAP_MID && pb - pa == 1 && !lex1(c, EG_LEX_DEMONYM, pa) &&
                      !cap_only_before(c, pa, title_s)) ||
                     /* "Meridale Chief Executive Karen Voss": an unknown non-dictionary word */
                     (pb - pa == 1 && !lex1(c, EG_LEX_COMMON, pa) && !lex1(c, EG_LEX_GIVEN, pa) &&
                      !lex1(c, EG_LEX_DEMONYM, pa) && !lex1(c, EG_LEX_GROUP, pa) && !lex1(c, EG_LEX_STOP, pa));
        /* "Treasury Department Senior Pacific Bureau Official": cut after the first head word
         * that a title modifier follows */
        for (uint32_t h = pa; h + 1 < pb; h++)
            if (lex1(c, EG_LEX_ORG_HEAD, h) && is_title_modifier(c, h + 1)) { pb = h + 1; break; }
        if ((lex(c, EG_LEX_DEMONYM, pa, pb) && !lex(c, EG_LEX_PLACE, pa, pb)) || lex(c, EG_LEX_GROUP, pa, pb))
            why = "nationality or group adjective";
        else if (!orgish) why = "words before a title without organisation evidence";
        else why = check_name(c, pa, pb);
        /* "Deputy Fisheries Minister": common words before "Minister" or "Secretary" are its field */
        /* ("Energy Cabinet Secretary David Mutua": the field of a two-word title too) */
        int field = (why || (pb - pa == 1 && lex1(c, EG_LEX_COMMON, pa) && !(tk->tok[pa].flags & EG_TF_ALLCAPS))) &&
                    pb == title_s && title_e <= title_s + 2 &&
                    (eg_tok_is(c->text, &tk->tok[title_e - 1], "Minister") || eg_tok_is(c->text, &tk->tok[title_e - 1], "Secretary") ||
                     eg_tok_is(c->text, &tk->tok[title_e - 1], "Commissioner"));
        for (uint32_t k = pa; field && k < pb; k++)
            field = tk->tok[k].kind == EG_TK_WORD && (lex1(c, EG_LEX_COMMON, k) || lex1(c, EG_LEX_TITLE, k)) &&
                    !lex1(c, EG_LEX_DEMONYM, k) && !lex1(c, EG_LEX_PLACE, k);
        /* "U.S. District Judge X", "United States Attorney Y": a country's name before a title is part of
         * the title, no actor of the text (the country named on its own elsewhere stays) */
        if (!why && !field && pb == title_s && country_span(c, pa, pb)) {
            if ((rc = reject(c, pa, pb, "country before a title"))) return rc;
        } else if ((why && pb - pa == 1 && pb == title_s && cap_only_before(c, pa, title_s)) || field) {
            if ((rc = reject(c, pa, pb, "title"))) return rc;
            title_s = pa; /* "Information Commissioner" */
        } else if (why) {
            if ((rc = reject(c, pa, pb, why))) return rc;
        } else if ((rc = add_mention(c, pa, pb, si, &pre_idx))) {
            return rc;
        }
    } else if (!have_title) {
        title_s = title_e = a;
    }
    if (name_a >= b) {
        if (have_title && title_s == a && (rc = reject(c, title_s, title_e, "title or role alone"))) return rc;
        return 0;
    }
    /* (not a name a list knows whole: "U.S. DEPARTMENT OF COMMERCE") */
    if ((tk->tok[name_a].flags & EG_TF_HEADLINE) && !lex(c, EG_LEX_ORG, name_a, b) && !lex(c, EG_LEX_PLACE, name_a, b)) {
        /* "Spain's Senate Backs Delay to Budget": keep the evidenced front of the run */
        uint32_t e = name_a;
        while (e < b && headline_word_ok(c, e)) e++;
        if (e > name_a && e < b) {
            if ((rc = reject(c, e, b, "headline words without other evidence"))) return rc;
            b = e;
            while (b > name_a && !namey(c, b - 1)) b--;
            /* ("Attorney General Paxton Secures Court Order": the front read again, its title now before a name) */
            if (!have_title && b > a + 1 && may_title(c, a)) return process_run(c, a, b, si);
        }
    }
    /* "recognized Guaido as the Interim President of Venezuela": a title and its country, no one's name;
     * the country stays */
    {
        uint32_t t = may_title(c, name_a) ? title_at(c, name_a, b) : name_a;
        if (t > name_a && t + 1 < b && eg_tok_is(c->text, &tk->tok[t], "of") &&
            (lex(c, EG_LEX_PLACE, t + 1, b) || lex(c, EG_LEX_COUNTRY, t + 1, b))) {
            if ((rc = reject(c, name_a, t + 1, "title"))) return rc;
            name_a = t + 1;
        }
    }
    /* "the State of California", "the State of Israel": the place itself */
    if (b - name_a >= 3 && eg_tok_is(c->text, &tk->tok[name_a], "State") && eg_tok_is(c->text, &tk->tok[name_a + 1], "of") &&
        lex(c, EG_LEX_PLACE, name_a + 2, b)) {
        if ((rc = reject(c, name_a, name_a + 2, "the state of a place"))) return rc;
        name_a += 2;
    }
    /* "Pro-Brexit Conservatives", "Anti-Kremlin activists": a stance in front of the name is no part of it */
    /* (one plural after it, a people or a party's members; not "Anti-Corruption Commission") */
    if (b - name_a == 2 && tk->tok[name_a].len > 4 && tk->tok[b - 1].len > 3 &&
        c->text[tk->tok[b - 1].start + tk->tok[b - 1].len - 1] == 's' && !lex1(c, EG_LEX_ORG_HEAD, b - 1) &&
        (!strncmp(c->text + tk->tok[name_a].start, "Pro-", 4) || !strncmp(c->text + tk->tok[name_a].start, "Anti-", 5))) {
        if ((rc = reject(c, name_a, name_a + 1, "a stance before a name"))) return rc;
        name_a++;
    }
    /* "U.S. Ambassador to the Philippines Sung Kim": the place an envoy is sent to, then the envoy's name */
    if (b - name_a >= 3 && name_a >= 3 && !have_title && eg_tok_is(c->text, &tk->tok[name_a - 1], "the") &&
        eg_tok_is(c->text, &tk->tok[name_a - 2], "to") && lex1(c, EG_LEX_TITLE, name_a - 3)) {
        uint32_t pe = name_a;
        for (uint32_t j = name_a + 1; j + 2 <= b && j <= name_a + 3; j++)
            if (lex(c, EG_LEX_PLACE, name_a, j)) pe = j;
        if (pe > name_a && b - pe >= 2 && namey(c, pe) && !lex1(c, EG_LEX_ORG_HEAD, b - 1)) {
            int pm;
            if ((rc = add_mention(c, name_a, pe, si, &pm))) return rc;
            name_a = pe;
        }
    }
    /* "Senate Democratic leader Chuck Schumer", "House Republican whip X": a party's adjective that ends a
     * run before a lower-case word describes the people, not the body */
    if (b - name_a >= 2 && b < tk->ntok && (tk->tok[b].flags & EG_TF_LOWER) && tk->tok[b].kind == EG_TK_WORD &&
        lex1(c, EG_LEX_ROLE, b) && lex1(c, EG_LEX_GROUP, b - 1) && !lex1(c, EG_LEX_PLACE, b - 1) && !lex1(c, EG_LEX_DEMONYM, b - 1) &&
        !lex1(c, EG_LEX_GROUP, b - 2) && !lex1(c, EG_LEX_DEMONYM, b - 2) && (tk->tok[b - 2].flags & EG_TF_CAP) &&
        (lex1(c, EG_LEX_ORG_HEAD, b - 2) || lex(c, EG_LEX_ORG, name_a, b - 1))) {
        if ((rc = reject(c, b - 1, b, "nationality or group adjective"))) return rc;
        b--;
    }
    /* "European Facebook users": a people's adjective before a known company's whole name and a noun in
     * lower case describes the noun's people (not "British Airways", known as a whole, nor a country's
     * own body, "the Liberian Senate", "the Italian Coast Guard", "the Scottish Greens, whose") */
    if (b - name_a >= 2 && lex1(c, EG_LEX_DEMONYM, name_a) && !lex1(c, EG_LEX_PLACE, name_a) &&
        lex(c, EG_LEX_ORG, name_a + 1, b) && !lex(c, EG_LEX_ORG, name_a, b) && !lex(c, EG_LEX_PLACE, name_a, b) &&
        !lex1(c, EG_LEX_ORG_HEAD, b - 1) && b < tk->ntok && tk->tok[b].kind == EG_TK_WORD && (tk->tok[b].flags & EG_TF_LOWER)) {
        if ((rc = reject(c, name_a, name_a + 1, "nationality or group adjective"))) return rc;
        name_a++;
    }
    /* "the Brazilian Arthur Melo", "Briton Adam Peaty": a people's name before a given name and a surname is
     * the person's nationality (not "the German Marshall Fund", an organisation word at its end) */
    /* (nor "the Australian Christian Lobby": a dictionary word at its end) */
    /* (... and "New Zealander Peter Beck", "the South African Cyril Ramaphosa": a people's name of two words) */
    uint32_t dn = b - name_a >= 4 && lex(c, EG_LEX_DEMONYM, name_a, name_a + 2) && !lex(c, EG_LEX_PLACE, name_a, name_a + 2) ? 2 : 1;
    if (b - name_a >= dn + 2 && lex(c, EG_LEX_DEMONYM, name_a, name_a + dn) && !lex(c, EG_LEX_PLACE, name_a, name_a + dn) &&
        lex1(c, EG_LEX_GIVEN, name_a + dn) && (!lex1(c, EG_LEX_COMMON, name_a + dn) || lex1(c, EG_LEX_SURNAME, b - 1)) &&
        !lex1(c, EG_LEX_DEMONYM, name_a + dn) &&
        !lex(c, EG_LEX_ORG, name_a, b) && !lex1(c, EG_LEX_ORG_HEAD, b - 1) && !lex1(c, EG_LEX_LOC_HEAD, b - 1) &&
        (!lex1(c, EG_LEX_COMMON, b - 1) || lex1(c, EG_LEX_SURNAME, b - 1))) {
        if ((rc = reject(c, name_a, name_a + dn, "nationality or group adjective"))) return rc;
        name_a += dn;
    }
    if (name_a >= b) return 0; /* (nothing left of the run) */
    const char *why = check_name(c, name_a, b);
    if (why) {
        if (!strcmp(why, "award, law, event or work")) {
            c->skip_award_tail = 1;
            /* "the Foreign Corrupt Practices Act (FCPA)": its letters name no actor either, here or later */
            if (b + 2 < tk->ntok && eg_tok_is(c->text, &tk->tok[b], "(") && (tk->tok[b + 1].flags & EG_TF_ALLCAPS) &&
                eg_tok_is(c->text, &tk->tok[b + 2], ")") &&
                !eg_strmap_put(&c->nonent, c->text + tk->tok[b + 1].start, tk->tok[b + 1].len, 1, NULL))
                return eg_error_set(EG_ENOMEM, "out of memory");
        }
        return reject(c, name_a, b, why);
    }
    /* "Prince Harry", "Queen Elizabeth II", "King Salman": a royal title before one name (and a
     * regnal number) is part of how the person is named; the title stays a cue too */
    uint32_t from = name_a;
    /* ("Sultan" and "Emir" are given names too: as a title only before a regnal number, "Sultan Muhammad
     * V"; before an Arabic surname, "Sultan Al-Falasi", the given name, no title) */
    int given_title = have_title && (eg_tok_is(c->text, &tk->tok[title_s], "Sultan") || eg_tok_is(c->text, &tk->tok[title_s], "Emir"));
    int arabic_surname = given_title && b == name_a + 1 && tk->tok[name_a].len > 3 &&
                         (!strncmp(c->text + tk->tok[name_a].start, "Al-", 3) || !strncmp(c->text + tk->tok[name_a].start, "al-", 3));
    if (have_title && title_e == name_a && title_e == title_s + 1 && tok_in(c, &tk->tok[title_s], eg_royal_titles) &&
        (tk->tok[title_s].flags & EG_TF_CAP) &&
        ((b == name_a + 1 && (!given_title || arabic_surname)) || (b == name_a + 2 && is_regnal(c, name_a + 1))) &&
        !starts_longer_name(c, name_a))
        from = title_s;
    /* "Prince William Sound", "King Fahd Causeway": a royal title and a name before a place's or a body's
     * head word name what was named after the royal, no person */
    int eponym = have_title && title_e == name_a && title_e == title_s + 1 && tok_in(c, &tk->tok[title_s], eg_royal_titles) &&
                 (tk->tok[title_s].flags & EG_TF_CAP) && b >= name_a + 2 && !(tk->tok[b - 1].flags & EG_TF_ALLCAPS) &&
                 (lex1(c, EG_LEX_LOC_HEAD, b - 1) || lex1(c, EG_LEX_ORG_HEAD, b - 1));
    if (eponym) from = title_s;
    int mi;
    if ((rc = add_mention(c, from, b, si, &mi))) return rc;
    if (have_title && title_e == name_a && !arabic_surname && !eponym) {
        c->r->m[mi].title = (int)title_s;
        if ((rc = add_cue(c, mi, title_s, title_e, pre_idx))) return rc;
    }
    return 0;
}

/* Does the text name tokens [a, b) elsewhere, not followed by "and"? */
static int named_alone_elsewhere(const ctx *c, uint32_t a, uint32_t b)
{
    const eg_tokens *tk = &c->r->tk;
    size_t s = tk->tok[a].start, n = tk->tok[b - 1].start + tk->tok[b - 1].len - s;
    for (size_t i = 0; i + 1 < tk->ntok; i++) {
        if (i == a || tk->tok[i].len != tk->tok[a].len) continue;
        const eg_token *t = &tk->tok[i];
        if (t->start + n > c->len || memcmp(c->text + t->start, c->text + s, n)) continue;
        /* the same words ending at a token boundary */
        uint32_t k = (uint32_t)i;
        while (k < tk->ntok && tk->tok[k].start + tk->tok[k].len < t->start + n) k++;
        if (k >= tk->ntok || tk->tok[k].start + tk->tok[k].len != t->start + n) continue;
        if (k + 1 < tk->ntok && namey(c, k + 1)) continue; /* part of a longer name */
        if (k + 1 < tk->ntok && eg_tok_is(c->text, &tk->tok[k + 1], "and")) continue;
        return 1;
    }
    return 0;
}

/* "Bank of Tailprouvia and Zeanshand Industries", "Ministry of Defence and Federal Bureau of X":
 * an "and" between two complete organisation names splits them. The left part [a, conn) is
 * complete when it ends in a head word or is "Head of X"; the right part [conn + 1, j) is a
 * name of its own when it has two or more words and starts with one that is not a dictionary
 * word, or its head word takes its own "of", or the left part is named alone elsewhere in the text. "Department of
 * Health and Human Services" stays one name. */
static int and_splits(const ctx *c, uint32_t a, uint32_t conn, uint32_t j)
{
    const eg_tokens *tk = &c->r->tk;
    while (a < conn && lex1(c, EG_LEX_STOP, a) && !(tk->tok[a].flags & EG_TF_ALLCAPS)) a++; /* "The" */
    if (a >= conn) return 0;
    /* "advised by Morgan Stanley, UBS and Centerview Partners": the last "and" of a list after a comma, an
     * organisation's letters or a known name before it */
    if (a >= 2 && is_punct_tok(c, a - 1, ',') && tk->tok[a - 2].kind == EG_TK_WORD &&
        (tk->tok[a - 2].flags & (EG_TF_CAP | EG_TF_ALLCAPS)) &&
        ((conn - a == 1 && (tk->tok[a].flags & EG_TF_ALLCAPS) && tk->tok[a].len >= 2) || lex(c, EG_LEX_ORG, a, conn)) &&
        !lex(c, EG_LEX_ORG, a, j))
        return 1;
    /* "among them Sands China, Wynn Macau and SJM Holdings": the last "and" of a list of names, where a part
     * has two words or more and each opens with a word no dictionary holds (not "Marks and Spencer" after
     * a comma, nor "Health, Education and Welfare") */
    if (a >= 2 && is_punct_tok(c, a - 1, ',') && tk->tok[a - 2].kind == EG_TK_WORD &&
        (tk->tok[a - 2].flags & (EG_TF_CAP | EG_TF_ALLCAPS)) && j > conn + 1 &&
        (conn - a >= 2 || (j - (conn + 1) >= 2 && lex1(c, EG_LEX_ORG_HEAD, j - 1))) &&
        ((tk->tok[a].flags & EG_TF_ALLCAPS) || !lex1(c, EG_LEX_COMMON, a)) &&
        ((tk->tok[conn + 1].flags & EG_TF_ALLCAPS) || !lex1(c, EG_LEX_COMMON, conn + 1)) &&
        !lex(c, EG_LEX_ORG, a, j) && !lex(c, EG_LEX_PLACE, a, j) && !lex(c, EG_LEX_CITY, a, j) &&
        !lex(c, EG_LEX_PLACE, a, conn) && !lex(c, EG_LEX_CITY, a, conn)) /* ("the Montreal, Maine and Atlantic Railway") */
        return 1;
    /* "Meridiana Shipping of Genoa and Maasbrug Container Lines": a place, then a company's name */
    /* (not "Devon and Cornwall Police", "the Punjab and Haryana High Court": two places' one body) */
    if ((lex(c, EG_LEX_PLACE, a, conn) || lex(c, EG_LEX_CITY, a, conn)) && j >= conn + 3 && lex1(c, EG_LEX_ORG_HEAD, j - 1) &&
        !lex(c, EG_LEX_PLACE, a, j) && !lex(c, EG_LEX_ORG, a, j) && !lex1(c, EG_LEX_PLACE, conn + 1) &&
        !lex1(c, EG_LEX_CITY, conn + 1) && !lex(c, EG_LEX_CITY, conn + 1, conn + 3))
        return 1;
    int head_of = 0;
    for (uint32_t i = a + 1; i + 1 < conn && !head_of; i++)
        if ((eg_tok_is(c->text, &tk->tok[i], "of") || eg_tok_is(c->text, &tk->tok[i], "for")) &&
            lex1(c, EG_LEX_ORG_HEAD, i - 1))
            head_of = 1;
    /* "officials of the FAA and Lion Air", "IBM and Dell Computer": an organisation's letters, then another
     * name (a known organisation's word, then a known name: not "the Harvard and Smithsonian Center for
     * Astrophysics", one body) */
    if (!lex(c, EG_LEX_ORG, a, j) && !lex(c, EG_LEX_PLACE, a, j) &&
        ((conn - a == 1 && (tk->tok[a].flags & EG_TF_ALLCAPS) && tk->tok[a].len >= 2 && !lex1(c, EG_LEX_PLACE, a) &&
          (j - (conn + 1) >= 2 || (tk->tok[conn + 1].flags & EG_TF_ALLCAPS) || lex(c, EG_LEX_ORG, conn + 1, j))) ||
         (lex(c, EG_LEX_ORG, a, conn) && lex(c, EG_LEX_ORG, conn + 1, j)) ||
         /* ("Glencore and Freepoint Commodities": a known one-word company, then a name of two words or more) */
         (conn - a == 1 && lex1(c, EG_LEX_ORG, a) && !lex1(c, EG_LEX_COMMON, a) && !lex1(c, EG_LEX_PLACE, a) &&
          j - (conn + 1) >= 2 && !lex1(c, EG_LEX_COMMON, conn + 1) && !lex1(c, EG_LEX_PLACE, conn + 1) &&
          /* (not one body that goes on: "the Harvard and Smithsonian Center for Astrophysics") */
          !(j < tk->ntok && (eg_tok_is(c->text, &tk->tok[j], "for") || eg_tok_is(c->text, &tk->tok[j], "of"))))))
        return 1;
    if (!head_of && !lex1(c, EG_LEX_ORG_HEAD, conn - 1)) return 0;
    /* "Luzon Telecom Corp and Archipelago Mobile Inc": a legal suffix closes a company's name */
    if (conn - a >= 2 && tok_in(c, &tk->tok[conn - 1], legal_suffixes) && j - (conn + 1) >= 1) return 1;
    /* "the Maritime and Dockworkers Union": one dictionary word is no organisation of its own */
    if (conn - a == 1 && lex1(c, EG_LEX_COMMON, a) && !(tk->tok[a].flags & EG_TF_ALLCAPS)) return 0;
    uint32_t r0 = conn + 1;
    if (j - r0 >= 2) {
        const eg_token *f = &tk->tok[r0];
        if ((f->flags & EG_TF_ALLCAPS) || lex1(c, EG_LEX_ORG, r0) ||
            (!lex1(c, EG_LEX_COMMON, r0) && !lex1(c, EG_LEX_DEMONYM, r0)))
            return 1;
    }
    if (j + 1 < tk->ntok && eg_tok_is(c->text, &tk->tok[j], "of") && namey(c, j + 1))
        return 1;
    return named_alone_elsewhere(c, a, conn);
}

/* Are tokens [a, b) capitalised dictionary words that name no person, place, organisation or
 * people ("Finance", "Tropical Medicine")? */
static int plain_words_org(const ctx *c, uint32_t a, uint32_t b, int org_ok)
{
    if (a >= b) return 0;
    for (uint32_t i = a; i < b; i++) {
        /* (org_ok: a field word may also name an organisation, or be a British spelling: "Labour") */
        if (!namey(c, i) || (c->r->tk.tok[i].flags & EG_TF_ALLCAPS) || (!org_ok && !lex1(c, EG_LEX_COMMON, i))) return 0;
        if (lex1(c, EG_LEX_GIVEN, i) || lex1(c, EG_LEX_SURNAME, i) || lex1(c, EG_LEX_PLACE, i) || (!org_ok && lex1(c, EG_LEX_ORG, i)) ||
            lex1(c, EG_LEX_DEMONYM, i) || lex1(c, EG_LEX_GROUP, i) || lex1(c, EG_LEX_TITLE, i) ||
            (lex1(c, EG_LEX_ROLE, i) && !eg_tok_is(c->text, &c->r->tk.tok[i], "Children"))) /* ("Women, Children and ...") */
            return 0;
    }
    return 1;
}

static int plain_words(const ctx *c, uint32_t a, uint32_t b) { return plain_words_org(c, a, b, 0); }

/* The first letter of a word as an ASCII capital, accents dropped ("Économique" -> 'E'), or 0. */
static char initial_letter(const char *p)
{
    unsigned char c0 = (unsigned char)p[0];
    if (c0 < 0x80) return (char)(c0 & ~0x20);
    if (c0 != 0xC3) return 0;
    static const char latin1[] = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTs"; /* U+00C0..U+00DF */
    unsigned char c1 = (unsigned char)p[1] & 0x1F;
    return latin1[c1];
}

/* Do the words of [a, b) spell acronym w (n letters)? Each capitalised word gives its first letter;
 * a lower-case connector ("of" in ECOWAS) may give its own or none; "the" gives none. */
static int initials_spell(const ctx *c, uint32_t a, uint32_t b, const char *w, size_t n)
{
    const eg_tokens *tk = &c->r->tk;
    if (n > 31) return 0;
    uint32_t reach = 1; /* bit i: the words so far can spell the first i letters (linear, no backtracking) */
    for (uint32_t k = a; k < b && reach; k++) {
        const eg_token *t = &tk->tok[k];
        if (t->kind != EG_TK_WORD || eg_tok_is(c->text, t, "the")) continue;
        char l = initial_letter(c->text + t->start);
        /* ("al-Sham" in ISIS: the letter after an Arabic article's hyphen) */
        const char *hy = t->len > 4 ? memchr(c->text + t->start, '-', 3) : NULL;
        char l2 = hy && hy - (c->text + t->start) == 2 && hy[1] >= 'A' && hy[1] <= 'Z' ? hy[1] : 0;
        uint32_t next = (t->flags & (EG_TF_CAP | EG_TF_ALLCAPS)) ? 0 : reach;
        for (size_t i = 0; i < n; i++)
            if (((reach >> i) & 1) && (l == (w[i] & ~0x20) || (l2 && l2 == (w[i] & ~0x20)))) next |= 1u << (i + 1);
        reach = next;
    }
    return (int)((reach >> n) & 1);
}

/* Do the capitalised words of [a, b) spell the acronym w by the first letters of each ("AUSTRAC" for
 * "Australian Transaction Reports and Analysis Centre": AUS-TR-A-C), the first and the last word giving
 * at least one, one word between at most giving none? Four letters or more. */
static int syllables_spell(const ctx *c, uint32_t a, uint32_t b, const char *w, size_t n)
{
    const eg_tokens *tk = &c->r->tk;
    if (n < 4 || n > 8) return 0;
    uint32_t ws[16];
    size_t nw = 0;
    for (uint32_t k = a; k < b; k++) {
        const eg_token *t = &tk->tok[k];
        if (t->kind != EG_TK_WORD || !(t->flags & EG_TF_CAP)) continue;
        if (nw == 16) return 0;
        ws[nw++] = k;
    }
    if (nw < 2) return 0;
    /* reach[i][s]: the first i letters spelt by the words so far with s words skipped */
    unsigned char reach[9][2] = {{0}}, next[9][2];
    reach[0][0] = 1;
    for (size_t j = 0; j < nw; j++) {
        const eg_token *t = &tk->tok[ws[j]];
        memset(next, 0, sizeof next);
        for (size_t i = 0; i <= n; i++)
            for (int sk = 0; sk < 2; sk++) {
                if (!reach[i][sk]) continue;
                if (sk == 0 && j > 0 && j + 1 < nw) next[i][1] = 1; /* the word gives no letter */
                for (size_t l = 1; i + l <= n && l <= t->len; l++) {
                    char x = c->text[t->start + l - 1], y = w[i + l - 1];
                    if ((x | 0x20) != (y | 0x20) || !((x | 0x20) >= 'a' && (x | 0x20) <= 'z')) break;
                    next[i + l][sk] = 1;
                }
            }
        memcpy(reach, next, sizeof reach);
    }
    return reach[n][0] || reach[n][1];
}

/* "Court of Justice of the European Union (CJEU)": a connector inside a name whose initials the
 * acronym in brackets right after it spells */
static int acronym_joins(const ctx *c, uint32_t a, uint32_t conn, uint32_t end)
{
    const eg_tokens *tk = &c->r->tk;
    uint32_t e = conn + 1;
    if (e < end && eg_tok_is(c->text, &tk->tok[e], "the")) e++;
    /* (on past further short connectors: "Société Coopérative des Planteurs de Méagui (SCPM)") */
    while (e < end && e < conn + 10 &&
           (namey(c, e) || hyphen_particle(c, e) || (tk->tok[e].kind == EG_TK_WORD && (tk->tok[e].flags & EG_TF_LOWER) && tk->tok[e].len <= 4 &&
                            e + 1 < end && namey(c, e + 1))))
        e++;
    if (e + 2 >= end || !eg_tok_is(c->text, &tk->tok[e], "(") || !eg_tok_is(c->text, &tk->tok[e + 2], ")")) return 0;
    const eg_token *ac = &tk->tok[e + 1];
    if (!(ac->flags & (EG_TF_ALLCAPS | EG_TF_MIXED)) || ac->len < 3 || ac->len > 8) return 0;
    while (a < conn && eg_tok_is(c->text, &tk->tok[a], "the")) a++;
    return initials_spell(c, a, e, c->text + ac->start, ac->len) || syllables_spell(c, a, e, c->text + ac->start, ac->len);
}

/* A capitalised dictionary word that names no place, title or known organisation. */
static int field_base(const ctx *c, uint32_t i)
{
    return namey(c, i) && !(c->r->tk.tok[i].flags & EG_TF_ALLCAPS) && lex1(c, EG_LEX_COMMON, i) &&
           !lex1(c, EG_LEX_PLACE, i) && !lex1(c, EG_LEX_CITY, i) && !lex1(c, EG_LEX_TITLE, i) && !lex1(c, EG_LEX_ORG, i);
}

/* A word of an organisation's field: such a word that names no person or people either ("Defence", "Economic",
 * "Offences"). */
static int field_word(const ctx *c, uint32_t i)
{
    return field_base(c, i) && !lex1(c, EG_LEX_GIVEN, i) && !lex1(c, EG_LEX_SURNAME, i) && !lex1(c, EG_LEX_DEMONYM, i);
}

/* A field word that is also a given name ("Faith", "Hope", "Grace"), which only "the" before it shows to be a word */
static int given_field_word(const ctx *c, uint32_t i) { return field_base(c, i) && lex1(c, EG_LEX_GIVEN, i); }

/* Does a known organisation's name lie inside [a, b) ("Bank of England" in "the Bank of England")? */
static int lex_org_inside(const ctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b; i++)
        for (uint32_t j = i + 1; j <= b; j++)
            if (lex(c, EG_LEX_ORG, i, j)) return 1;
    return 0;
}

/* Does a government title that takes a field, and "of (the)", come right before token a ("Assistant Secretary
 * of the Air Force for Acquisition")? (Not "the chairman of the Nobel Committee for Physics".) */
static int after_title_of(const ctx *c, uint32_t a)
{
    if (a < 2) return 0;
    uint32_t o = eg_tok_is(c->text, &c->r->tk.tok[a - 1], "the") ? a - 2 : a - 1;
    return o >= 1 && eg_tok_is(c->text, &c->r->tk.tok[o], "of") &&
           (eg_tok_is(c->text, &c->r->tk.tok[o - 1], "Secretary") || eg_tok_is(c->text, &c->r->tk.tok[o - 1], "Minister") ||
            eg_tok_is(c->text, &c->r->tk.tok[o - 1], "Commissioner"));
}

/* The run [a, conn) is an organisation word (among its first three words), "of" or "for", maybe
 * "the", and then only field words, inner "of", "for", "and", "or", "the" and plural possessives:
 * "the Association for the Defence", "Court for the Repression of Economic". */
static int field_open(const ctx *c, uint32_t a, uint32_t conn)
{
    const eg_tokens *tk = &c->r->tk;
    uint32_t i = a;
    while (i < conn && eg_tok_is(c->text, &tk->tok[i], "the")) i++;
    uint32_t h = i;
    while (h + 1 < conn && h < i + 3 &&
           !(lex1(c, EG_LEX_ORG_HEAD, h) && (eg_tok_is(c->text, &tk->tok[h + 1], "of") || eg_tok_is(c->text, &tk->tok[h + 1], "for"))))
        h++;
    if (h + 1 >= conn || h >= i + 3) return 0;
    uint32_t k = h + 2;
    if (k < conn && eg_tok_is(c->text, &tk->tok[k], "the")) k++;
    int words = 0;
    for (; k < conn; k++) {
        const eg_token *t = &tk->tok[k];
        if (words && (t->kind == EG_TK_POSS || eg_tok_is(c->text, t, "of") || eg_tok_is(c->text, t, "for") ||
                      eg_tok_is(c->text, t, "and") || eg_tok_is(c->text, t, "or") || eg_tok_is(c->text, t, "the")))
            continue;
        if (!field_word(c, k)) return 0;
        words++;
    }
    return words > 0;
}

/* Is token a a capitalised plural of a people or a group of people ("Americans", "Texans", "Citizens",
 * "Parents")? */
static int people_plural(const ctx *c, uint32_t a)
{
    static const char *const groups[] = {"citizens", "parents", "mothers", "fathers", "families", "students", "doctors",
                                         "lawyers", "scientists", "taxpayers", "veterans", "women", "friends", "neighbors",
                                         "neighbours", "residents", "voters", "patients", "workers", NULL};
    const eg_token *t = &c->r->tk.tok[a];
    if (t->kind != EG_TK_WORD || !(t->flags & EG_TF_CAP) || (t->flags & EG_TF_ALLCAPS) || t->len < 4) return 0;
    if (tok_in(c, t, groups)) return 1;
    return c->text[t->start + t->len - 1] == 's' && eg_lex_has(EG_LEX_DEMONYM, c->text + t->start, t->len);
}

/* Does word k end as an abstract noun does ("Sustainability", "Accountability", "Empowerment")? */
static int abstract_noun(const ctx *c, uint32_t k)
{
    static const char *const ends[] = {"ility", "ation", "ment", "ness", "ency", "ancy", "ism", NULL};
    const eg_token *t = &c->r->tk.tok[k];
    if (t->kind != EG_TK_WORD || t->len < 8) return 0;
    for (const char *const *e = ends; *e; e++) {
        size_t l = strlen(*e);
        if (!memcmp(c->text + t->start + t->len - l, *e, l)) return 1;
    }
    return 0;
}

/* "the Vaccines and Related Biological Products Advisory Committee", "the Peripheral and Central Nervous System
 * Drugs Advisory Committee": one common word, no name of its own, "and" and a body's subject words (conn: the
 * "and") */
static int common_and_body(const ctx *c, uint32_t a, uint32_t conn, uint32_t end)
{
    const eg_token *tk = c->r->tk.tok;
    if (conn != a + 1 || !lex1(c, EG_LEX_COMMON, a) || lex1(c, EG_LEX_GIVEN, a) || lex1(c, EG_LEX_STOP, a) ||
        lex1(c, EG_LEX_ORG, a) || lex1(c, EG_LEX_ORG_HEAD, a) || lex1(c, EG_LEX_SURNAME, a) || lex1(c, EG_LEX_PLACE, a) ||
        (tk[a].flags & EG_TF_ALLCAPS) || !(tk[conn + 1].flags & EG_TF_CAP))
        return 0;
    uint32_t j = conn + 2; /* (the first word may be a capitalised function word: "Related") */
    while (j < end && j < conn + 7 && namey(c, j)) j++;
    /* (a body's word, not a company's legal form: "Target and Best Buy Co.") */
    static const char *const firm_forms[] = {"co", "co.", "company", "corporation", "group", "holdings", NULL};
    return j > conn + 2 && lex1(c, EG_LEX_ORG_HEAD, j - 1) && !tok_in(c, &tk[j - 1], legal_suffixes) &&
           !tok_in(c, &tk[j - 1], firm_forms) &&
           (j == conn + 3 || plain_words_org(c, conn + 2, j - 1, 1)) &&
           !lex(c, EG_LEX_ORG, conn + 1, j) && !(j < end && tk[j].kind == EG_TK_POSS);
}

static int join_connector(const ctx *c, uint32_t a, uint32_t conn, uint32_t end)
{
    /* conn: the connector token; the run so far is [a, conn); a name-like token follows */
    const char *text = c->text;
    const eg_token *t = &c->r->tk.tok[conn];
    uint32_t last = conn - 1;
    /* "Americans for Prosperity", "Texans for Lawsuit Reform", "Americans for a Republican Majority": a
     * people's plural and the cause it is for name a campaign group */
    if (eg_tok_is(text, t, "for") && conn == a + 1 && people_plural(c, a)) return 1;
    /* ("Physicians for Human Rights", "Tools for Humanity": any capitalised plural noun inside a sentence) */
    {
        const eg_token *p = &c->r->tk.tok[a];
        if (eg_tok_is(text, t, "for") && conn == a + 1 && p->kind == EG_TK_WORD && p->len >= 5 &&
            (p->flags & EG_TF_CAP) && !(p->flags & (EG_TF_ALLCAPS | EG_TF_SSTART | EG_TF_HEADLINE)) &&
            text[p->start + p->len - 1] == 's' && text[p->start + p->len - 2] != 's' && lex1(c, EG_LEX_COMMON, a) &&
            !lex1(c, EG_LEX_STOP, a) && !lex1(c, EG_LEX_TITLE, a) && (c->r->tk.tok[conn + 1].flags & EG_TF_CAP) &&
            !lex1(c, EG_LEX_STOP, conn + 1)) {
            /* (not a place the things are for: "Tickets for Paris", "Supplies for Ukraine"; nor a party's members,
             * "blamed Conservatives for Brexit", nor a possessive after it, "Democrats for Biden's policies") */
            uint32_t j = conn + 1;
            while (j < end && j < conn + 4 && namey(c, j)) j++;
            if (!lex(c, EG_LEX_PLACE, conn + 1, j) && !lex(c, EG_LEX_CITY, conn + 1, j) && !lex1(c, EG_LEX_GROUP, a) &&
                !lex1(c, EG_LEX_DEMONYM, a) && !(j < c->r->tk.ntok && c->r->tk.tok[j].kind == EG_TK_POSS))
                return 1;
        }
    }
    /* "Cape of Good Hope", "Bosnia and Herzegovina": a place or organisation the lexicon knows whole */
    {
        uint32_t a2 = a;
        while (a2 < conn && eg_tok_is(text, &c->r->tk.tok[a2], "the")) a2++;
        for (uint32_t j = conn + 2; a2 < conn && j <= end && j <= conn + 5; j++)
            if (lex(c, EG_LEX_PLACE, a2, j) || lex(c, EG_LEX_ORG, a2, j) ||
                /* ("Master of the Rolls": a title known whole, not one whose body goes on, "Speaker of the House of
                 * Commons") */
                /* (nor one that holds a known body: "the Governor of the Bank of England") */
                (lex(c, EG_LEX_TITLE, a2, j) && !(j < end && eg_tok_is(text, &c->r->tk.tok[j], "of")) &&
                 !lex_org_inside(c, conn + 1, j)) ||
                /* ("US Immigration and Customs Enforcement": a country's name in front) */
                (a2 + 1 < conn && lex1(c, EG_LEX_PLACE, a2) && lex(c, EG_LEX_ORG, a2 + 1, j)))
                return 1;
        /* ("the Ministry of Health of the Democratic Republic of the Congo": a place known whole that an
         * "of the" inside the run opens) */
        for (uint32_t s2 = a2 + 2 > conn - 4 || conn < 4 ? a2 + 2 : conn - 4; s2 + 1 < conn; s2++) {
            if (!eg_tok_is(text, &c->r->tk.tok[s2 - 1], "the") || !eg_tok_is(text, &c->r->tk.tok[s2 - 2], "of")) continue;
            for (uint32_t j = conn + 2; j <= end && j <= conn + 4; j++)
                if (lex(c, EG_LEX_PLACE, s2, j)) return 1;
        }
    }
    if ((eg_tok_is(text, t, "of") || eg_tok_is(text, t, "for") || eg_tok_is(text, t, "and")) && acronym_joins(c, a, conn, end))
        return 1;
    /* "the Central Bank of the Republic of Turkey": "the Republic of" a country, the state's formal name */
    if (eg_tok_is(text, t, "of") && last > a + 1 && eg_tok_is(text, &c->r->tk.tok[last], "Republic") &&
        eg_tok_is(text, &c->r->tk.tok[last - 1], "the") && conn + 1 < end &&
        eg_lex_country(text + c->r->tk.tok[conn + 1].start, c->r->tk.tok[conn + 1].len))
        return 1;
    /* "Criminal Court No. 2 of Santiago de Compostela": a numbered body and the place it serves */
    if (eg_tok_is(text, t, "of") && last > a && body_number(c, last))
        for (uint32_t j = conn + 2; j <= end && j <= conn + 4; j++)
            if (lex(c, EG_LEX_PLACE, conn + 1, j) || lex(c, EG_LEX_CITY, conn + 1, j)) return 1;
    /* "Disney Chairman and Chief Executive Bob Iger": two capitalised titles joined by "and", then a name */
    if (eg_tok_is(text, t, "and") && (c->r->tk.tok[last].flags & EG_TF_CAP) && (c->r->tk.tok[conn + 1].flags & EG_TF_CAP) &&
        (lex1(c, EG_LEX_TITLE, last) || lex1(c, EG_LEX_ROLE, last) || (last > a && lex(c, EG_LEX_TITLE, last - 1, conn))) &&
        may_title(c, conn + 1)) {
        for (uint32_t j = conn + 2; j < end && j <= conn + 4; j++)
            if ((lex(c, EG_LEX_TITLE, conn + 1, j) || lex(c, EG_LEX_ROLE, conn + 1, j)) && namey(c, j) &&
                !lex1(c, EG_LEX_TITLE, j) && !lex1(c, EG_LEX_ROLE, j))
                return 1;
    }
    int orgish = 0;
    for (uint32_t i = a; i < conn; i++)
        if (lex1(c, EG_LEX_ORG_HEAD, i) || lex1(c, EG_LEX_LOC_HEAD, i)) orgish = 1;
    /* "Department of the Treasury", "Office for the Northern District": "the" after an organisation
     * or place head word belongs to the name */
    if ((eg_tok_is(text, t, "of") || eg_tok_is(text, t, "for")) && conn + 2 < end &&
        eg_tok_is(text, &c->r->tk.tok[conn + 1], "the") &&
        (lex1(c, EG_LEX_ORG_HEAD, last) || lex1(c, EG_LEX_LOC_HEAD, last) ||
         (last > a && holders_conference(c, last))) &&
        namey(c, conn + 2) && !lex1(c, EG_LEX_STOP, conn + 2))
        return 1;
    /* "the Office of the Comptroller of the Currency": an official's office goes on with "of the" and the one
     * word of the official's field (not an organisation word: "... of the Department", a body of its own) */
    if (eg_tok_is(text, t, "of") && conn + 2 < end && conn == a + 4 && lex1(c, EG_LEX_ORG_HEAD, a) &&
        eg_tok_is(text, &c->r->tk.tok[a + 1], "of") && eg_tok_is(text, &c->r->tk.tok[a + 2], "the") &&
        lex1(c, EG_LEX_TITLE, a + 3) && eg_tok_is(text, &c->r->tk.tok[conn + 1], "the") && namey(c, conn + 2) &&
        lex1(c, EG_LEX_COMMON, conn + 2) && !lex1(c, EG_LEX_ORG_HEAD, conn + 2) && !(conn + 3 < end && namey(c, conn + 3)))
        return 1;
    /* "Court of First Instance", "Tribunal of Second Instance": an ordinal inside a court's name */
    if (eg_tok_is(text, t, "of") && lex1(c, EG_LEX_ORG_HEAD, last) && conn + 2 < end &&
        (eg_tok_is(text, &c->r->tk.tok[conn + 1], "First") || eg_tok_is(text, &c->r->tk.tok[conn + 1], "Second")) &&
        eg_tok_is(text, &c->r->tk.tok[conn + 2], "Instance"))
        return 1;
    /* "the National Union of Small Bakers", "the Association of Young Farmers": an organisation word,
     * "of" and capitalised words ending in a plural, whatever the first of them */
    if (eg_tok_is(text, t, "of") && lex1(c, EG_LEX_ORG_HEAD, last) && conn + 2 < end && namey(c, conn + 1) && namey(c, conn + 2) &&
        !(conn + 3 < end && namey(c, conn + 3))) {
        const eg_token *pl = &c->r->tk.tok[conn + 2];
        if (pl->len > 3 && text[pl->start + pl->len - 1] == 's' && lex1(c, EG_LEX_COMMON, conn + 1) && !lex1(c, EG_LEX_PLACE, conn + 2))
            return 1;
    }
    static const char *const on_heads[] = {"committee", "commission", "council", "subcommittee", "panel",
                                           "conference", "board", "task", "group", "forum", "court", "tribunal", "convention", NULL};
    /* "the House Select Committee on the Chinese Communist Party": a committee "on the" subject it names (a
     * chamber's or a kind's words only before the head: not "the Senate Banking Committee on the Federal Reserve",
     * whose subject is what it heard; nor a possessive: "the Committee on the Pentagon's budget") */
    if (eg_tok_is(text, t, "on") && conn + 2 < end && eg_tok_is(text, &c->r->tk.tok[conn + 1], "the") &&
        namey(c, conn + 2) && !lex1(c, EG_LEX_STOP, conn + 2) && tok_in(c, &c->r->tk.tok[last], on_heads)) {
        static const char *const kinds[] = {"House", "Senate", "Select", "Special", "Joint", "Standing", "Permanent",
                                            "Parliamentary", "Commons", "Lords", "the", "The", NULL};
        int plain = 1;
        for (uint32_t i = a; i < last && plain; i++) plain = tok_in(c, &c->r->tk.tok[i], kinds);
        uint32_t e = conn + 2;
        while (e < end && namey(c, e)) e++;
        if (plain && !(e < c->r->tk.ntok && c->r->tk.tok[e].kind == EG_TK_POSS)) return 1;
    }
    if (eg_tok_is(text, t, "and") && common_and_body(c, a, conn, end)) return 1;
    /* "the House Committee on Energy and Commerce", "the Committee on Oversight and Reform": a committee's
     * subject "on" X goes on with "and" and one to three more subject words (no person's, no body's) */
    if (eg_tok_is(text, t, "and") && conn >= a + 3 && !lex1(c, EG_LEX_GIVEN, conn + 1)) {
        int on = 0;
        for (uint32_t i = a + 1; i + 1 < conn && !on; i++)
            on = eg_tok_is(text, &c->r->tk.tok[i], "on") && tok_in(c, &c->r->tk.tok[i - 1], on_heads);
        uint32_t j = conn + 1;
        while (j < end && j < conn + 5 && namey(c, j)) j++;
        if (on && j > conn + 1 && j - conn - 1 <= 3 && !lex1(c, EG_LEX_ORG_HEAD, j - 1) && !lex(c, EG_LEX_PLACE, conn + 1, j) &&
            !lex(c, EG_LEX_ORG, conn + 1, j) && !lex1(c, EG_LEX_STOP, conn + 1) &&
            !(j == conn + 2 && lex1(c, EG_LEX_SURNAME, conn + 1)))
            return 1;
    }
    /* "the Movement for the Survival of the Ogoni People", "the Committee for the Protection of the Environment": a
     * field after "HEAD for (the)" goes on with "of the" and one to three field words */
    if (eg_tok_is(text, t, "of") && conn + 2 < end && eg_tok_is(text, &c->r->tk.tok[conn + 1], "the") && field_open(c, a, conn)) {
        uint32_t k = conn + 2, j;
        /* (after "the", a word that is also a given name is the field's: "for the Doctrine of the Faith") */
        for (j = k; j < end && j < k + 4 && (field_word(c, j) || given_field_word(c, j) || (j == k && namey(c, j) && lex1(c, EG_LEX_GROUP, j))); j++) {}
        /* (not a body of its own, "of the United Nations", nor a field that goes on with "of": "the Commission for the
         * Protection of the Rights of the Child" stays as it was read) */
        if (j > k && j - k <= 3 && !(j < end && namey(c, j)) && !lex1(c, EG_LEX_ORG_HEAD, j - 1) && !lex(c, EG_LEX_ORG, k, j) &&
            !lex(c, EG_LEX_PLACE, k, j) && !(j < c->r->tk.ntok && eg_tok_is(text, &c->r->tk.tok[j], "of")))
            return 1;
    }
    if (conn + 1 < c->r->tk.ntok && (lex1(c, EG_LEX_STOP, conn + 1) || lex1(c, EG_LEX_GROUP, conn + 1) == 2))
        return 0;
    /* "the Federation of Cooperative Miners of Potosí": a body named "HEAD of ..." goes on with "of" and
     * the place it serves */
    /* (at a sentence's start too: "The Committee of Voters of Ukraine said") */
    uint32_t h = a + (a + 1 < conn && eg_tok_is(text, &c->r->tk.tok[a], "The"));
    if (eg_tok_is(text, t, "of") && conn + 1 < end && h + 1 < conn && lex1(c, EG_LEX_ORG_HEAD, h) &&
        eg_tok_is(text, &c->r->tk.tok[h + 1], "of") && (lex1(c, EG_LEX_PLACE, conn + 1) || lex1(c, EG_LEX_CITY, conn + 1) ||
                                                         (conn + 2 < end && lex(c, EG_LEX_CITY, conn + 1, conn + 3))))
        return 1;
    /* "the Common Front for Congo", "the Coalition for Georgia": a political body's head word, "for" and a country
     * that ends the name */
    if (eg_tok_is(text, t, "for") && conn + 1 < end && (lex1(c, EG_LEX_ORG_HEAD, conn - 1)) &&
        (eg_tok_is(text, &c->r->tk.tok[conn - 1], "Front") || eg_tok_is(text, &c->r->tk.tok[conn - 1], "Coalition") ||
         eg_tok_is(text, &c->r->tk.tok[conn - 1], "Alliance") || eg_tok_is(text, &c->r->tk.tok[conn - 1], "Movement") ||
         eg_tok_is(text, &c->r->tk.tok[conn - 1], "Party") || eg_tok_is(text, &c->r->tk.tok[conn - 1], "Union") ||
         /* ("the Special Tribunal for Lebanon", "the Special Court for Sierra Leone") */
         eg_tok_is(text, &c->r->tk.tok[conn - 1], "Tribunal") ||
         (eg_tok_is(text, &c->r->tk.tok[conn - 1], "Court") && conn >= a + 2 &&
          (eg_tok_is(text, &c->r->tk.tok[conn - 2], "Special") || eg_tok_is(text, &c->r->tk.tok[conn - 2], "International")))) &&
        (conn + 2 >= end || !namey(c, conn + 2)) && eg_lex_country(text + c->r->tk.tok[conn + 1].start, c->r->tk.tok[conn + 1].len))
        return 1;
    /* "National Commission for the Control of Personal Data Protection": an organisation's field
     * ("for the Control") goes on with "of" and a field of two capitalised words or more */
    if (eg_tok_is(text, t, "of") && orgish && conn + 2 < end && namey(c, conn + 1) && namey(c, conn + 2) &&
        lex1(c, EG_LEX_COMMON, last) && !lex1(c, EG_LEX_GIVEN, conn + 1)) {
        int field = 0;
        for (uint32_t i = a + 1; i + 1 < last && !field; i++)
            field = eg_tok_is(text, &c->r->tk.tok[i], "for") && lex1(c, EG_LEX_ORG_HEAD, i - 1);
        if (field) return 1;
    }
    /* "the Association for the Defence of Migrants' Rights", "the Court for the Repression of Economic
     * and Financial Offences": a field after "HEAD for (the)" goes on with "of", "and" or "or" and
     * more field words (one to three; not an organisation word: "the Department of Justice and Congress") */
    if ((eg_tok_is(text, t, "of") || eg_tok_is(text, t, "and") || eg_tok_is(text, t, "or")) && field_open(c, a, conn)) {
        uint32_t k = conn + 1, j;
        if (eg_tok_is(text, t, "of") && k + 1 < end && eg_tok_is(text, &c->r->tk.tok[k], "the")) k++;
        for (j = k; j < end && j < k + 4 && field_word(c, j); j++) {}
        if (j > k && j - k <= 3 && !(j < end && namey(c, j)) && !lex1(c, EG_LEX_ORG_HEAD, j - 1)) return 1;
    }
    if (eg_tok_is(text, t, "on")) {
        if (!tok_in(c, &c->r->tk.tok[last], on_heads)) return 0;
        /* (a court "on" a place or a day is no name: "the Constitutional Court on Kenya's election law", "the High
         * Court on Election Day") */
        static const char *const court_heads[] = {"court", "tribunal", "convention", NULL};
        if (tok_in(c, &c->r->tk.tok[last], court_heads)) {
            static const char *const days[] = {"day", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                               "sunday", "eve", NULL};
            uint32_t j = conn + 1;
            if (j < end && (lex1(c, EG_LEX_PLACE, j) || lex1(c, EG_LEX_CITY, j) || lex1(c, EG_LEX_DEMONYM, j))) return 0;
            while (j < end && namey(c, j)) {
                if (tok_in(c, &c->r->tk.tok[j], days)) return 0;
                j++;
            }
            if (j < c->r->tk.ntok && c->r->tk.tok[j].kind == EG_TK_POSS) return 0;
        }
        return 1;
    }
    if (eg_tok_is(text, t, "for")) {
        /* "Assistant Secretary of the Air Force for Acquisition": the field after "for" is the title's, not the
         * name's */
        if (after_title_of(c, a)) return 0;
        /* "Centers for Disease Control" joins; "grants from the Office for Kerr" does not: the
         * part after "for" must be two or more capitalised words */
        uint32_t j = conn + 1;
        while (j < end && namey(c, j)) j++;
        /* one word joins only when it is a common noun, not a name: "Court of Arbitration for Sport" */
        /* (or has an abstract noun's ending the word list lacks: "the Foundation for Sustainability") */
        if (j - conn - 1 < 2 && !(j - conn - 1 == 1 && (lex1(c, EG_LEX_COMMON, conn + 1) || abstract_noun(c, conn + 1)) &&
                                  !lex1(c, EG_LEX_GIVEN, conn + 1) && !lex1(c, EG_LEX_SURNAME, conn + 1)))
            return 0;
        /* ("outbid Marriott International for Starwood Hotels & Resorts": a company's name closed by its
         * suffix, then another company's) */
        /* (not "Group": "Tarvos Group for Petroleum Services Company" is one name) */
        static const char *const closers[] = {"international", "holdings", NULL};
        if (conn - a >= 2 && (tok_in(c, &c->r->tk.tok[last], legal_suffixes) || tok_in(c, &c->r->tk.tok[last], closers)) &&
            j > conn + 1 && lex1(c, EG_LEX_ORG_HEAD, j - 1) && !lex(c, EG_LEX_ORG, a, j))
            return 0;
        if (orgish) return 1; /* "Court of Arbitration for Sport" */
    }
    if (eg_tok_is(text, t, "of") || eg_tok_is(text, t, "for")) {
        /* "Priya Shah of Berenberg": a title word after a given name is a surname */
        int title_last = lex1(c, EG_LEX_TITLE, last) && !(last > a && lex1(c, EG_LEX_GIVEN, last - 1));
        /* "Communications Workers of America", "United Auto Workers of X": a union's name (not
         * "Workers of the X union marched", where the plural starts the sentence) */
        int union_name = eg_tok_is(text, t, "of") && last > a && eg_tok_is(text, &c->r->tk.tok[last], "Workers") &&
                         !lex1(c, EG_LEX_STOP, last - 1);
        /* "the Guardians of Peace", "the Mothers of Srebrenica": a plural noun written with a capital inside a
         * sentence, "of" and a name is a group's name */
        {
            const eg_token *pl = &c->r->tk.tok[last];
            if (eg_tok_is(text, t, "of") && (last == a || (last == a + 1 && eg_tok_is(text, &c->r->tk.tok[a], "the"))) &&
                last > 0 && (pl->flags & EG_TF_CAP) && !(pl->flags & (EG_TF_SSTART | EG_TF_HEADLINE | EG_TF_ALLCAPS)) &&
                pl->len >= 5 && text[pl->start + pl->len - 1] == 's' && lex1(c, EG_LEX_COMMON, last) &&
                !lex1(c, EG_LEX_DEMONYM, last) && !lex1(c, EG_LEX_GROUP, last) && !lex1(c, EG_LEX_PLACE, last) &&
                !lex1(c, EG_LEX_TITLE, last) && !lex1(c, EG_LEX_ROLE, last) && c->r->tk.tok[last - 1].kind == EG_TK_WORD &&
                /* (not a title's or a role's plural, "the Presidents of France", "Members of Parliament"; nor a
                 * known place or body after "of", "the Residents of Gaza") */
                !eg_lex_has(EG_LEX_TITLE, text + pl->start, pl->len - 1) && !eg_lex_has(EG_LEX_ROLE, text + pl->start, pl->len - 1) &&
                !lex1(c, EG_LEX_PLACE, conn + 1) && !lex1(c, EG_LEX_CITY, conn + 1) && !lex1(c, EG_LEX_ORG, conn + 1) &&
                ((c->r->tk.tok[last - 1].flags & EG_TF_LOWER) || eg_tok_is(text, &c->r->tk.tok[last - 1], "the")))
                union_name = 1;
        }
        /* "Hydrolis SA of Lyon", "Sheshadri Pharma Distributors of Hyderabad", "Van Asselt Groep of
         * Utrecht": after a company's legal or trading word, "of" and a known city say where it is */
        static const char *const trading_ends[] = {"Groep", "Gruppe", "Groupe", "Distributors", "Holdings", "Industries",
                                                   "Partners", "Enterprises", "Traders", "Exporters", "Technologies",
                                                   "Shipping", "Line", "Lines", "Logistics", "Trading", "Motors",
                                                   "Engineering", "Airways", "Airlines", NULL};
        if (eg_tok_is(text, t, "of") && last > a &&
            (tok_in(c, &c->r->tk.tok[last], legal_suffixes) || tok_in(c, &c->r->tk.tok[last], trading_ends)) && conn + 1 < end) {
            /* (a city of one word or of several: "Etihad Airways of Abu Dhabi") */
            uint32_t j = conn + 1;
            while (j < end && j < conn + 4 && namey(c, j)) j++;
            if (j > conn + 1 && (lex(c, EG_LEX_CITY, conn + 1, j) || lex(c, EG_LEX_PLACE, conn + 1, j))) return 0;
        }
        if (lex1(c, EG_LEX_ORG_HEAD, last) || lex1(c, EG_LEX_LOC_HEAD, last) || title_last || union_name ||
            (eg_tok_is(text, t, "of") && lex(c, EG_LEX_TITLE, a, conn)))
            return 1;
        /* "National Council for Attestation of University Titles": a field after "HEAD for" takes its own
         * "of" and plain words */
        if (eg_tok_is(text, t, "of") && last > a + 1 && plain_words(c, last, last + 1) &&
            (eg_tok_is(text, &c->r->tk.tok[last - 1], "for") || eg_tok_is(text, &c->r->tk.tok[last - 1], "of")) &&
            last >= a + 2 && lex1(c, EG_LEX_ORG_HEAD, last - 2)) {
            uint32_t j = conn + 1;
            while (j < end && namey(c, j)) j++;
            if (j > conn + 1 && plain_words_org(c, conn + 1, j, 1)) return 1;
        }
        return 0;
    }
    /* ("Madrid & Lisbon": two places, one each side, are two names) */
    if (eg_tok_is(text, t, "&"))
        return !(conn == a + 1 && (lex1(c, EG_LEX_PLACE, a) || lex1(c, EG_LEX_CITY, a)) &&
                 (lex1(c, EG_LEX_PLACE, conn + 1) || lex1(c, EG_LEX_CITY, conn + 1)) &&
                 !(conn + 2 < end && namey(c, conn + 2)));
    if (eg_tok_is(text, t, "and")) {
        /* join only when the whole ends with an organisation word: "Department of Health and Human Services" */
        uint32_t j = conn + 1;
        /* (a name after "and" is a few words: bounded, for a line of capitals is all names to the end) */
        while (j < end && j < conn + 12 && namey(c, j)) j++;
        if (j > conn + 1 && lex1(c, EG_LEX_ORG_HEAD, j - 1) && and_splits(c, a, conn, j)) return 0;
        /* "BDO Unibank and Bank of the Philippine Islands": a head word alone after "and" that takes "of"
         * names an organisation of its own */
        if (j == conn + 2 && j + 1 < end && lex1(c, EG_LEX_ORG_HEAD, conn + 1) && eg_tok_is(text, &c->r->tk.tok[j], "of") &&
            (namey(c, j + 1) || eg_tok_is(text, &c->r->tk.tok[j + 1], "the")))
            return 0;
        /* "Goldman Sachs and Centerview Partners": a known organisation's whole name before "and" is one of two */
        {
            uint32_t a1 = a;
            while (a1 < conn && eg_tok_is(text, &c->r->tk.tok[a1], "the")) a1++;
            /* (two words or more: "the Harvard and Smithsonian Center for Astrophysics" is one name) */
            if (a1 + 1 < conn && j > conn + 1 && lex(c, EG_LEX_ORG, a1, conn) && !lex(c, EG_LEX_ORG, a1, j)) return 0;
        }
        /* "Hampshire and Isle of Wight Constabulary", "Devon and Cornwall Police": a place joined to a
         * name that ends in an organisation word (not "Madrid and Lisbon") */
        uint32_t j2 = conn + 1; /* (past "of": "Isle of Wight Constabulary") */
        while (j2 < end && j2 < conn + 12 && (namey(c, j2) || ((eg_tok_is(text, &c->r->tk.tok[j2], "of")) && j2 + 1 < end && namey(c, j2 + 1))))
            j2++;
        if (conn - a == 1 && (lex1(c, EG_LEX_PLACE, a) || lex1(c, EG_LEX_CITY, a) ||
                              (!lex1(c, EG_LEX_COMMON, a) && !lex1(c, EG_LEX_GIVEN, a) && !lex1(c, EG_LEX_STOP, a))) &&
            j2 > conn + 1 && j2 - conn <= 6 &&
            lex1(c, EG_LEX_ORG_HEAD, j2 - 1) && !lex1(c, EG_LEX_GIVEN, conn + 1) && !lex(c, EG_LEX_PLACE, conn + 1, j2))
            return 1;
        /* "the William and Flora Hewlett Foundation": two given names and a surname before a foundation's word */
        if (conn - a == 1 && lex1(c, EG_LEX_GIVEN, a) && lex1(c, EG_LEX_GIVEN, conn + 1) && j == conn + 4 &&
            !lex1(c, EG_LEX_GIVEN, conn + 2) && lex1(c, EG_LEX_ORG_HEAD, j - 1) && !lex1(c, EG_LEX_PLACE, a))
            return 1;
        /* "Marek Zielny and Tramwell Systems": a person's full name before "and" is one of two */
        if (conn - a >= 2 && conn - a <= 3 && lex1(c, EG_LEX_GIVEN, a) && !lex1(c, EG_LEX_ORG_HEAD, conn - 1) &&
            !lex1(c, EG_LEX_PLACE, a) && !lex1(c, EG_LEX_ORG_HEAD, a))
            return 0;
        if (j > conn + 1 && lex1(c, EG_LEX_ORG_HEAD, j - 1) && (orgish || j - conn <= 3) &&
            !lex1(c, EG_LEX_GIVEN, conn + 1))
            return 1;
        if (j > conn + 1 && lex1(c, EG_LEX_ORG_HEAD, j - 1) && orgish) return 1;
        /* "the Finance and Public Administration Committee": subject words in front of a committee,
         * also after a place ("the Iowa Ethics and Campaign Disclosure Board") */
        uint32_t a2 = a;
        while (a2 < conn && eg_tok_is(text, &c->r->tk.tok[a2], "the")) a2++;
        if (conn - a2 >= 2 && lex1(c, EG_LEX_PLACE, a2)) a2++;
        /* ("the Employment and Labour Relations Court": a field word that also names a party) */
        if (j > conn + 1 && j - conn <= 5 && lex1(c, EG_LEX_ORG_HEAD, j - 1) && conn - a2 <= 2 &&
            plain_words(c, a2, conn) && plain_words_org(c, conn + 1, conn + 2, 1))
            return 1;
        /* "School of Hygiene and Tropical Medicine": the field after "of" goes on past "and" */
        if (j > conn + 1 && j - conn <= 3 && !(j < end && (eg_tok_is(text, &c->r->tk.tok[j], "of") ||
                                                       eg_tok_is(text, &c->r->tk.tok[j], "for")))) {
            uint32_t of = conn;
            while (of > a && !eg_tok_is(text, &c->r->tk.tok[of - 1], "of") && !eg_tok_is(text, &c->r->tk.tok[of - 1], "for")) of--;
            /* ("Ministry of Digital Economy and Entrepreneurship": a field word the dictionary lacks) */
            /* ("Ministry of Labour and Employment": "Labour" also names a party) */
            /* (after a title too, "Minister of Labour and Employment", and "Directorate General of
             * Intelligence and Investigation") */
            if (of > a + 1 &&
                (lex1(c, EG_LEX_ORG_HEAD, of - 2) || lex1(c, EG_LEX_TITLE, of - 2) ||
                 (of > a + 2 && eg_tok_is(text, &c->r->tk.tok[of - 2], "General") && lex1(c, EG_LEX_ORG_HEAD, of - 3))) &&
                plain_words_org(c, of, conn, 1) &&
                plain_words_org(c, conn + 1, j, 1) && !lex1(c, EG_LEX_ORG_HEAD, j - 1))
                return 1;
        }
        return 0;
    }
    return 0;
}

/* Nouns for things that are not actors: a list of names they introduce ("superheroes such
 * as A, B and C") or close ("A, B and thousands of other characters") names works,
 * characters and products, not people or organisations. */
static const char *const work_nouns[] = {
    "character", "characters", "superhero", "superheroes", "hero", "heroes", "villain", "villains",
    "film", "films", "movie", "movies", "show", "shows", "series", "franchise", "franchises",
    "brand", "brands", "product", "products", "drug", "drugs", "medicine", "medicines", "game",
    "games", "song", "songs", "album", "albums", "book", "books", "novel", "novels", "title",
    "titles", "app", "apps", "model", "models", "vehicle", "vehicles", "cartoon", "cartoons",
    "comic", "comics", "toy", "toys", "device", "devices", "phone", "phones", "car", "cars", "suv", "suvs",
    "truck", "trucks", "pickup", "pickups", "sedan", "sedans", "jets", "aircraft", "smartphone", "smartphones",
    "laptop", "laptops", NULL};

static int is_work_noun(const ctx *c, uint32_t k) { return tok_in(c, &c->r->tk.tok[k], work_nouns); }

static int list_gap_ok(const ctx *c, uint32_t a, uint32_t b)
{
    int words = 0, sep = 0;
    for (uint32_t k = a; k < b; k++) {
        const eg_token *t = &c->r->tk.tok[k];
        if (t->kind == EG_TK_PUNCT && c->text[t->start] == ',') { sep = 1; continue; }
        if (eg_tok_is(c->text, t, "and") || eg_tok_is(c->text, t, "or")) { sep = 1; continue; }
        if (eg_tok_is(c->text, t, "the")) continue;
        if (t->kind == EG_TK_WORD && (t->flags & EG_TF_LOWER) && ++words <= 1) continue; /* "the web-slinging X" */
        return 0;
    }
    return sep;
}

static int drop_works(ctx *c)
{
    eg_docresult *r = c->r;
    const eg_tokens *tk = &r->tk;
    char *mark = calloc(r->nm ? r->nm : 1, 1);
    if (!mark) return EG_ENOMEM;
    size_t i = 0;
    while (i < r->nm) {
        /* a list of mentions in one sentence */
        size_t j = i + 1;
        while (j < r->nm && r->m[j].sent == r->m[i].sent && !r->m[j - 1].possessive &&
               list_gap_ok(c, r->m[j - 1].tok_end, r->m[j].tok_start))
            j++;
        const eg_sentence *s = &tk->sent[r->m[i].sent];
        uint32_t a = r->m[i].tok_start, b = r->m[j - 1].tok_end;
        int work = 0;
        /* "superheroes such as" / "characters including" / "films like" before the list */
        uint32_t k = r->m[i].title >= 0 ? (uint32_t)r->m[i].title : a; /* "such as Captain X" */
        while (k > s->tok_start && (eg_tok_is(c->text, &tk->tok[k - 1], "the") || eg_tok_is(c->text, &tk->tok[k - 1], "a")))
            k--;
        if (k >= s->tok_start + 2 && eg_tok_is(c->text, &tk->tok[k - 1], "as") && eg_tok_is(c->text, &tk->tok[k - 2], "such") &&
            k >= s->tok_start + 3 && is_work_noun(c, k - 3))
            work = 1;
        if (k >= s->tok_start + 2 && (eg_tok_is(c->text, &tk->tok[k - 1], "including") || eg_tok_is(c->text, &tk->tok[k - 1], "like")) &&
            is_work_noun(c, k - 2))
            work = 1;
        /* "... and (thousands of) other (cartoon) characters" after the list */
        if (!work && b < s->tok_end && eg_tok_is(c->text, &tk->tok[b], "and")) {
            for (uint32_t q = b + 1; q < s->tok_end && q < b + 9; q++) {
                if (eg_tok_is(c->text, &tk->tok[q], "other")) {
                    for (uint32_t z = q + 1; z < s->tok_end && z < q + 6; z++)
                        if (is_work_noun(c, z)) { work = 1; break; }
                    break;
                }
            }
        }
        /* "whose single "Paper Moon" topped the charts": a title in quotes right after a work's noun */
        if (!work && j == i + 1 && a >= s->tok_start + 2 && b < s->tok_end && (tk->tok[a - 1].flags & EG_TF_QUOTE) &&
            (tk->tok[b].flags & EG_TF_QUOTE)) {
            static const char *const quoted_works[] = {"single", "singles", "hit", "track", "documentary", "programme",
                                                       "program", "podcast", "column", "poem", "painting", "sitcom",
                                                       "drama", "memoir", "play", "opera", "campaign", "slogan", NULL};
            if (is_work_noun(c, a - 2) || tok_in(c, &tk->tok[a - 2], quoted_works)) work = 1;
            /* ("stage a shortened production of "Giselle"") */
            static const char *const stagings[] = {"production", "performance", "staging", "version", "adaptation",
                                                   "screening", "premiere", "revival", "recording", "cover", NULL};
            if (a >= s->tok_start + 3 && eg_tok_is(c->text, &tk->tok[a - 2], "of") && tok_in(c, &tk->tok[a - 3], stagings))
                work = 1;
        }
        if (work && j - i >= 1)
            for (size_t q = i; q < j; q++) mark[q] = 1;
        i = j;
    }
    /* the whole document agrees: a name once shown to be a work is a work everywhere */
    for (size_t q = 0; q < r->nm; q++) {
        if (!mark[q]) continue;
        for (size_t z = 0; z < r->nm; z++)
            if (!mark[z] && !strcmp(r->m[z].name, r->m[q].name)) mark[z] = 1;
    }
    size_t n = 0;
    int rc = 0;
    for (size_t q = 0; q < r->nm; q++) {
        if (mark[q]) {
            if (!rc) rc = reject(c, r->m[q].tok_start, r->m[q].tok_end, "a work, character or product (listed with a noun for such things)");
            free(r->m[q].name);
            continue;
        }
        r->m[n++] = r->m[q];
    }
    /* cues point at mention indices: renumber them */
    if (n != r->nm) {
        size_t *newidx = malloc(r->nm * sizeof *newidx);
        if (!newidx) { free(mark); return EG_ENOMEM; }
        size_t x = 0;
        for (size_t q = 0; q < r->nm; q++) newidx[q] = mark[q] ? (size_t)-1 : x++;
        size_t cn = 0;
        for (size_t q = 0; q < r->ncues; q++) {
            eg_cue cu = r->cues[q];
            if (newidx[cu.mention] == (size_t)-1) continue;
            cu.mention = (uint32_t)newidx[cu.mention];
            cu.pre_mention = cu.pre_mention >= 0 && newidx[cu.pre_mention] != (size_t)-1 ? (int)newidx[cu.pre_mention] : -1;
            r->cues[cn++] = cu;
        }
        r->ncues = cn;
        free(newidx);
    }
    r->nm = n;
    free(mark);
    return rc;
}

/* The end of the longest name the organisation or place list knows whole that starts at token a (or after its "the")
 * and ends at from..from + 4, in the same sentence; 0 if none. A name ends in a capitalised word or a bracket ("Communist
 * Party of India (Marxist)"): only such ends are looked up. */
static uint32_t known_whole_end(const ctx *c, uint32_t a, uint32_t from)
{
    const eg_tokens *tk = &c->r->tk;
    uint32_t a0 = a + (from > a + 3 && eg_tok_is(c->text, &tk->tok[a], "the")), e = 0;
    for (uint32_t q = from; q <= from + 4 && q <= tk->ntok && tk->tok[q - 1].sent == tk->tok[a].sent; q++)
        if ((namey(c, q - 1) || eg_tok_is(c->text, &tk->tok[q - 1], ")")) && (lex(c, EG_LEX_ORG, a0, q) || lex(c, EG_LEX_PLACE, a0, q)))
            e = q;
    return e;
}

/* "the Supporters' Trust", "St. Brendan's University Hospital", "Children's Hospital": a
 * possessive inside an organisation's name. Token p is the possessive after the run [a, p);
 * it joins when the words after it end with an organisation or place head word and either
 * the possessive is plural ("Patients'"), or the run is a saint's name or a group noun. */
static int poss_joins(const ctx *c, uint32_t a, uint32_t p, uint32_t end)
{
    static const char *const admin_units[] = {"county", "district", "parish", "borough", "city", "state", NULL};
    static const char *const saints[] = {"st", "st.", "saint", "ste", "ste.", NULL};
    static const char *const groups[] = {"children", "women", "men", "people", "workers", NULL};
    const eg_tokens *tk = &c->r->tk;
    const eg_token *pt = &tk->tok[p];
    uint32_t j = p + 1;
    /* "the Democratic People's Republic of Korea", "Lloyd's of London": a name a list knows whole */
    /* (a capitalised word or a small one after the possessive, and a name's end in a capitalised word: only such
     * spans are looked up) */
    if (p > a && j < tk->ntok && (namey(c, j) || tok_in(c, &tk->tok[j], inner_small)) && known_whole_end(c, a, p + 2))
        return 1;
    if (p == a || j >= end || !namey(c, j) || (tk->tok[p - 1].flags & EG_TF_ALLCAPS)) return 0;
    /* "the Baltimore City State's Attorney's Office": a post's own possessive, then the office's */
    if (j + 2 < end && eg_tok_is(c->text, &tk->tok[p - 1], "State") && eg_tok_is(c->text, &tk->tok[j], "Attorney") &&
        tk->tok[j + 1].kind == EG_TK_POSS && lex1(c, EG_LEX_ORG_HEAD, j + 2))
        return 1;
    while (j < end && namey(c, j)) j++;
    int plural = c->text[pt->start + pt->len - 1] != 's' && c->text[pt->start + pt->len - 1] != 'S';
    /* ("the Catholic Bishops' Conference of the Philippines": a body of office-holders) */
    if (plural && j == p + 2 && holders_conference(c, p + 1)) return 1;
    /* "the Association for the Defence of Migrants' Rights", "the Centre for Workers' Education": a
     * plural possessive after "of" or "for" in a name that an organisation's head word opens */
    if (plural && lex1(c, EG_LEX_COMMON, p - 1) && !(tk->tok[p - 1].flags & EG_TF_SSTART)) {
        int joined = 0; /* an "of" or "for" passed, scanning back over the name */
        for (uint32_t h = p - 1; h > 0 && h + 12 > p && tk->tok[h - 1].sent == pt->sent; h--) {
            const eg_token *t = &tk->tok[h - 1];
            /* (or "on": "the African Court on Human and Peoples' Rights") */
            if (eg_tok_is(c->text, t, "of") || eg_tok_is(c->text, t, "for") || eg_tok_is(c->text, t, "on")) { joined = 1; continue; }
            if (eg_tok_is(c->text, t, "the") || eg_tok_is(c->text, t, "and")) continue;
            if (t->kind != EG_TK_WORD || !(t->flags & EG_TF_CAP)) break;
            if (joined && lex1(c, EG_LEX_ORG_HEAD, h - 1)) return 1;
        }
    }
    /* "King's College London", "the Queen's Bench Division", "the Lord's Resistance Army": a royal title or
     * "Lord" alone before the possessive of a body's or a place's name */
    {
        uint32_t t0 = a + (p - a == 2 && eg_tok_is(c->text, &tk->tok[a], "the"));
        if (!plural && p - t0 == 1 && (tok_in(c, &tk->tok[t0], eg_royal_titles) || eg_tok_is(c->text, &tk->tok[t0], "Lord")) &&
            (tk->tok[t0].flags & EG_TF_CAP) && !(tk->tok[t0].flags & EG_TF_ALLCAPS))
            for (uint32_t h = p + 1; h < j; h++)
                if (lex1(c, EG_LEX_ORG_HEAD, h) || lex1(c, EG_LEX_LOC_HEAD, h)) return 1;
    }
    if (!lex1(c, EG_LEX_ORG_HEAD, j - 1) && !lex1(c, EG_LEX_LOC_HEAD, j - 1)) return 0;
    if (plural && lex1(c, EG_LEX_COMMON, p - 1)) return 1;
    /* "the Olchoro Pastoralists' Association": a plural noun the dictionary lacks, not a name */
    if (plural && tk->tok[p - 1].len > 4 && c->text[tk->tok[p - 1].start + tk->tok[p - 1].len - 1] == 's' &&
        !lex1(c, EG_LEX_GIVEN, p - 1) && !lex1(c, EG_LEX_SURNAME, p - 1) && !lex1(c, EG_LEX_PLACE, p - 1) &&
        lex1(c, EG_LEX_ORG_HEAD, j - 1))
        return 1;
    /* "European Public Prosecutor's Office", "U.S. Attorney's Office": an office named after the
     * post it serves, one head word after the possessive */
    if (!plural && p - a >= 2 && j == p + 2 && lex1(c, EG_LEX_ORG_HEAD, p + 1) &&
        (lex1(c, EG_LEX_TITLE, p - 1) || lex1(c, EG_LEX_ROLE, p - 1)) &&
        /* ("the Santa Fe Public Prosecutor's Office": a place of two words, not a given name, in front) */
        (!lex1(c, EG_LEX_GIVEN, a) || lex(c, EG_LEX_CITY, a, a + 2) || lex(c, EG_LEX_PLACE, a, a + 2) ||
         /* ("the Paris Prosecutor's Office": a city that is a given name too) */
         (p - a == 2 && (lex1(c, EG_LEX_PLACE, a) || lex1(c, EG_LEX_CITY, a))) ||
         /* ("the Wayne County Prosecutor's Office": a county's or district's name in front) */
         (p - a >= 3 && tok_in(c, &tk->tok[a + 1], admin_units))))
        return 1;
    if (p - a == 2 && tok_in(c, &tk->tok[a], saints)) return 1;
    /* "Campana Fishermen's Cooperative", "the Seamen's Union": an irregular plural in -men */
    const eg_token *pw = &tk->tok[p - 1];
    if (!plural && pw->len > 4 && !memcmp(c->text + pw->start + pw->len - 3, "men", 3) && lex1(c, EG_LEX_COMMON, p - 1))
        return 1;
    return tok_in(c, &tk->tok[p - 1], groups);
}

/* "Medicines and Healthcare products Regulatory Agency": a lower-case plural inside an agency's
 * name. Token b (after the run [a, b)) joins when the run is "X and Y", b is a plural dictionary
 * word, and two or more capitalised words ending with an organisation head word follow. */
static int lower_plural_joins(const ctx *c, uint32_t a, uint32_t b, uint32_t end)
{
    const eg_tokens *tk = &c->r->tk;
    if (b + 2 >= end || b - a < 3) return 0;
    const eg_token *t = &tk->tok[b];
    if (t->kind != EG_TK_WORD || !(t->flags & EG_TF_LOWER) || t->len < 4 || c->text[t->start + t->len - 1] != 's' ||
        !lex1(c, EG_LEX_COMMON, b))
        return 0;
    int has_and = 0;
    for (uint32_t k = a + 1; k + 1 < b; k++)
        if (eg_tok_is(c->text, &tk->tok[k], "and")) has_and = 1;
    if (!has_and) return 0;
    uint32_t j = b + 1;
    while (j < end && namey(c, j)) j++;
    return j - b - 1 >= 2 && lex1(c, EG_LEX_ORG_HEAD, j - 1);
}

/* "the University of California, Berkeley", "... Santa Barbara": a state university's campus town after a comma
 * is part of its name. Token b is the comma after the run [a, b); returns the end of the whole name, or 0. */
static uint32_t campus_comma(const ctx *c, uint32_t a, uint32_t b, uint32_t end)
{
    const eg_token *tk = c->r->tk.tok;
    if (b < a + 3 || !eg_tok_is(c->text, &tk[b - 2], "of") || !eg_tok_is(c->text, &tk[b - 3], "University") ||
        !lex1(c, EG_LEX_PLACE, b - 1))
        return 0;
    /* (a town: one the GeoNames list knows, or a known place of two words, no country or state: not "the University
     * of Sydney, Australia", "the University of Chicago, Illinois", "the University of Rochester, New York") */
    static const char *const states2[] = {"New York", "New Jersey", "New Mexico", "New Hampshire", "North Carolina",
                                          "North Dakota", "South Carolina", "South Dakota", "West Virginia",
                                          "Rhode Island", "New South Wales", "Northern Ireland", NULL};
    for (uint32_t e = b + 3; e > b + 1; e--) {
        if (e >= end) continue;
        const eg_token *t0 = &tk[b + 1], *t1 = &tk[e - 1];
        const char *w = c->text + t0->start;
        size_t n = t1->start + t1->len - t0->start;
        int town = eg_lex_has(EG_LEX_CITY, w, n) ||
                   (e == b + 3 && eg_lex_has(EG_LEX_PLACE, w, n) && !eg_lex_country(w, n));
        for (const char *const *q = states2; town && *q; q++) town = !(strlen(*q) == n && !memcmp(*q, w, n));
        if (!town) continue;
        /* (the town ends the name: a comma, a verb or a lower-case word after it, no further name) */
        if (e < end && (namey(c, e) || tk[e].kind == EG_TK_POSS)) return 0;
        return e;
    }
    return 0;
}

/* "the law firm Keker, Van Nest & Peters": after the word "firm", names joined by commas and
 * a final "&" are one name; without it, three or more single words that are no places
 * ("Skadden, Arps, Slate, Meagher & Flom"), or two and "&" and one, none a given name ("Cravath, Swaine &
 * Moore"). Token b is the comma after the run [a, b); returns
 * the end of the whole name, or 0. */
static uint32_t firm_commas(const ctx *c, uint32_t a, uint32_t b, uint32_t end)
{
    const eg_tokens *tk = &c->r->tk;
    int firm = a > 0 && eg_tok_is(c->text, &tk->tok[a - 1], "firm");
    if (!firm && (b != a + 1 || lex1(c, EG_LEX_PLACE, a) || lex1(c, EG_LEX_CITY, a))) return 0;
    int commas = 0;
    for (uint32_t j = b; j < end && eg_tok_is(c->text, &tk->tok[j], ",");) {
        uint32_t k = j + 1;
        while (k < end && k < j + 4 && namey(c, k)) k++;
        if (k == j + 1) return 0;
        if (!firm && (k != j + 2 || lex1(c, EG_LEX_PLACE, j + 1) || lex1(c, EG_LEX_CITY, j + 1))) return 0;
        commas++;
        if (k + 1 < end && eg_tok_is(c->text, &tk->tok[k], "&") && namey(c, k + 1)) {
            uint32_t e = k + 1;
            while (e < end && e < k + 4 && namey(c, e)) e++;
            /* (one comma too when no word is a given name: "Cravath, Swaine & Moore") */
            /* (nor a known organisation or place: "Exxon, Chevron & Shell" are three) */
            int given = lex1(c, EG_LEX_GIVEN, a) || lex1(c, EG_LEX_ORG, a) || lex1(c, EG_LEX_PLACE, a) || lex1(c, EG_LEX_CITY, a);
            for (uint32_t q = b; q < e && !given; q++)
                given = namey(c, q) && (lex1(c, EG_LEX_GIVEN, q) || lex1(c, EG_LEX_ORG, q) || lex1(c, EG_LEX_PLACE, q) ||
                                        lex1(c, EG_LEX_CITY, q));
            return firm || commas >= 2 || (e == k + 2 && !given) ? e : 0;
        }
        j = k;
    }
    return 0;
}

/* Is token k a word that ends a company's or a bank's name ("Corp", "Bank", "Group"), never a field of
 * a ministry's or a committee's? */
static int company_word(const ctx *c, uint32_t k)
{
    static const char *const words[] = {"bank", "group", "holdings", "company", "airlines", "air", "airways",
                                        "insurance", "partners", "capital", "motors", "corporation", NULL};
    return tok_in(c, &c->r->tk.tok[k], legal_suffixes) || tok_in(c, &c->r->tk.tok[k], words);
}

/* One dictionary word that also names an organisation ("Labour" in "the Ministry of Health, Labour and Welfare") */
static int subject_org_word(const ctx *c, uint32_t k, uint32_t e)
{
    return e == k + 1 && lex1(c, EG_LEX_COMMON, k) && plain_words_org(c, k, e, 1);
}

/* The end of a list of subject words that goes on from the comma at token b: ", W, W and W", each
 * piece one or two capitalised dictionary words ("and the Marine" too); with head set, the last piece
 * ends in an organisation word instead (", Labor and Pensions Committee"). 0 when no such list. */
static uint32_t subject_list_end(const ctx *c, uint32_t b, uint32_t end, int head)
{
    const eg_tokens *tk = &c->r->tk;
    for (uint32_t j = b; j < end;) {
        int last = eg_tok_is(c->text, &tk->tok[j], "and");
        if (!last && !eg_tok_is(c->text, &tk->tok[j], ",")) return 0;
        uint32_t k = j + 1;
        if (!last && k < end && eg_tok_is(c->text, &tk->tok[k], "and")) last = 1, k++; /* ", and" */
        if (last && !head && k < end && eg_tok_is(c->text, &tk->tok[k], "the")) k++;
        uint32_t e = k;
        while (e < end && e < k + 3 + head && namey(c, e)) e++;
        if (e == k) return 0;
        if (last && head) {
            if (e - k < 2 || !lex1(c, EG_LEX_ORG_HEAD, e - 1) || !plain_words(c, k, e - 1)) return 0;
        } else if (e - k > 2 || !(plain_words(c, k, e) || subject_org_word(c, k, e)) || company_word(c, e - 1)) {
            return 0; /* (a piece ending in a company's word is a name of its own: ", Union Bank and ...") */
        }
        if (last) return e < end && namey(c, e) ? 0 : e;
        j = e;
    }
    return 0;
}

/* "Department for Science, Innovation and Technology", "Department of Agriculture, Food and the
 * Marine": after an organisation word and "of"/"for", a list of subject words (capitalised dictionary
 * words, one or two each) joined by commas and a final "and" is the rest of one name. Token b is the
 * comma after the run [a, b); returns the end of the whole name, or 0. */
static uint32_t field_commas(const ctx *c, uint32_t a, uint32_t b, uint32_t end)
{
    const eg_tokens *tk = &c->r->tk;
    uint32_t o = b;
    while (o > a + 1 && !eg_tok_is(c->text, &tk->tok[o - 1], "of") && !eg_tok_is(c->text, &tk->tok[o - 1], "for") &&
           !eg_tok_is(c->text, &tk->tok[o - 1], "on"))
        o--;
    /* (also "Council for Attestation of University Titles, Diplomas and Certificates": a field's own "of") */
    int chained = o >= a + 4 && plain_words(c, o - 2, o - 1) &&
                  (eg_tok_is(c->text, &tk->tok[o - 3], "for") || eg_tok_is(c->text, &tk->tok[o - 3], "of")) &&
                  lex1(c, EG_LEX_ORG_HEAD, o - 4);
    if (o <= a + 1 || !(lex1(c, EG_LEX_ORG_HEAD, o - 2) || lex1(c, EG_LEX_TITLE, o - 2) || chained) || b - o > 2 ||
        !plain_words(c, o, b))
        return 0;
    return subject_list_end(c, b, end, 0);
}

/* "the Senate Health, Education, Labor and Pensions Committee": subject words joined by commas and a
 * final "and" in front of an organisation word are one name. Token b is the comma after the run
 * [a, b); returns the end of the whole name, or 0. */
static uint32_t list_before_head(const ctx *c, uint32_t a, uint32_t b, uint32_t end)
{
    if (b <= a || !plain_words(c, b - 1, b) || company_word(c, b - 1)) return 0;
    return subject_list_end(c, b, end, 1);
}

/* Is token i a month's or a weekday's name ("3rd March", "the 5th Monday")? */
static int month_or_day(const ctx *c, uint32_t i)
{
    static const char *const names[] = {"january", "february", "march", "april", "may", "june", "july", "august",
                                        "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                                        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
                                        "wednesday", "thursday", "friday", "saturday", "sunday", NULL};
    return tok_in(c, &c->r->tk.tok[i], names);
}

/* Is token i an ordinal in figures ("21st", "82nd", "3rd", "5th")? */
static int ordinal_figure(const ctx *c, uint32_t i)
{
    const eg_token *t = &c->r->tk.tok[i];
    if (t->len < 3 || t->len > 6) return 0;
    const char *w = c->text + t->start;
    size_t d = 0;
    while (d < t->len && w[d] >= '0' && w[d] <= '9') d++;
    if (d == 0 || d + 2 != t->len) return 0;
    return !memcmp(w + d, "st", 2) || !memcmp(w + d, "nd", 2) || !memcmp(w + d, "rd", 2) || !memcmp(w + d, "th", 2);
}

/* "the Ninth Circuit", "the Fifth District": an ordinal word and a court's circuit or district */
static int court_ordinal(const ctx *c, uint32_t k, uint32_t end)
{
    const eg_tokens *tk = &c->r->tk;
    static const char *const more[] = {"twelfth", NULL};
    return k + 1 < end && (tk->tok[k].flags & EG_TF_CAP) &&
           (eg_tok_is(c->text, &tk->tok[k + 1], "Circuit") || eg_tok_is(c->text, &tk->tok[k + 1], "District")) &&
           (tok_in(c, &tk->tok[k], ordinals_cap) || tok_in(c, &tk->tok[k], more));
}

/* "21st Century Fox", "the 82nd Airborne Division", "the Ninth Circuit": does an ordinal at token k open the name
 * after it (within end)? Not a date ("3rd March") nor a time ("a 17th Century painting"). */
static int ordinal_opens(const ctx *c, uint32_t k, uint32_t end)
{
    const eg_tokens *tk = &c->r->tk;
    if (court_ordinal(c, k, end)) return 1;
    return k + 1 < end && ordinal_figure(c, k) && namey(c, k + 1) && !(tk->tok[k + 1].flags & EG_TF_ALLCAPS) &&
           !lex1(c, EG_LEX_STOP, k + 1) && !month_or_day(c, k + 1) &&
           !(eg_tok_is(c->text, &tk->tok[k + 1], "Century") && !(k + 2 < end && namey(c, k + 2)));
}

/* Nouns that "government" modifies: "the Kenyan government officials". */
static const char *const gov_compounds[] = {"officials", "official", "forces", "troops", "bonds", "agencies", "agency",
                                            "departments", "department", "sources", "source", "buildings", "building",
                                            "contract", "contracts", "funding", "funds", "debt", "critics", "figures",
                                            "data", "policy", "website", "vehicles", "car", "cars", "jet", NULL};

/* Has s[0..n) an ASCII capital letter? */
static int memchr_upper(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 'A' && s[i] <= 'Z') return 1;
    return 0;
}

static int memchr_digit(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] >= '0' && s[i] <= '9') return 1;
    return 0;
}

/* In a line of capitals, is token i a dictionary word of the heading, in no name the lexicons know
 * ("NEW YORK TIMES" keeps "NEW")? */
static int heading_word(const ctx *c, uint32_t i, const eg_sentence *s)
{
    const eg_token *t = &c->r->tk.tok[i];
    if (t->len < 3 || !(t->flags & EG_TF_ALLCAPS) || !lex1(c, EG_LEX_COMMON, i) || lex1(c, EG_LEX_PLACE, i) ||
        lex1(c, EG_LEX_CITY, i) || lex1(c, EG_LEX_ORG, i) || lex1(c, EG_LEX_GIVEN, i) || lex1(c, EG_LEX_SURNAME, i))
        return 0;
    for (uint32_t a = i >= s->tok_start + 3 ? i - 3 : s->tok_start; a <= i; a++)
        for (uint32_t b = i + 1; b <= s->tok_end && b <= a + 4; b++)
            if (b - a >= 2 && (lex(c, EG_LEX_PLACE, a, b) || lex(c, EG_LEX_ORG, a, b) || lex(c, EG_LEX_CITY, a, b))) return 0;
    return 1;
}

int eg_mentions_find(eg_docresult *r, const char *text, size_t len)
{
    ctx c = {r, text, len, EG_STRMAP_INIT, EG_STRMAP_INIT, EG_STRMAP_INIT, 0, EG_STRMAP_INIT, 0, 0, 0, 0, EG_STRMAP_INIT, 0,
             EG_STRMAP_INIT, EG_STRMAP_INIT, EG_STRMAP_INIT};
    int rc = 0;
    if (collect_seen(&c)) { rc = eg_error_set(EG_ENOMEM, "out of memory"); goto done; }
    for (size_t si = 0; si < r->tk.nsent; si++) {
        const eg_sentence *s = &r->tk.sent[si];
        uint32_t k = s->tok_start;
        /* "VETERAN FBI AGENT ARRESTED AND CHARGED WITH SPYING FOR MOSCOW": in a line of capitals, the
         * dictionary's words are the heading's, the names it holds ("FBI", "MOSCOW") names */
        int caps_line = 0;
        {
            int words = 0, lower = 0;
            for (uint32_t q = s->tok_start; q < s->tok_end && !lower; q++) {
                const eg_token *t = &r->tk.tok[q];
                if (t->kind != EG_TK_WORD) continue;
                words++;
                lower = !(t->flags & EG_TF_ALLCAPS);
            }
            caps_line = !lower && words >= 4;
        }
#define HEADING_WORD(i) (caps_line && heading_word(&c, i, s))
        while (k < s->tok_end) {
            if (HEADING_WORD(k)) {
                if ((rc = reject(&c, k, k + 1, "a heading in capitals"))) goto done;
                k++;
                continue;
            }
            /* "Disney's \"Cruella\"", "the film \"By the Grace of God\"", "\"Top Gun: Maverick\"": a work's title in
             * quotes, its words capitalised but for small ones, is no actor (not a nickname between names: Kevin
             * \"Rook\" Pham) */
            {
                uint32_t e = quoted_title_end(&c, k, s->tok_end);
                if (e) {
                    if ((rc = reject(&c, k + 1, e, "a work's title in quotes"))) goto done;
                    k = e + 1;
                    continue;
                }
            }
            /* "1MDB", "3M", "1Malaysia Development Berhad": a name the organisation lexicon knows that opens
             * with a figure */
            uint32_t known = 0;
            /* (a figure with a capital in it: most figures are amounts and dates) */
            if (r->tk.tok[k].kind == EG_TK_NUM && r->tk.tok[k].len >= 2 &&
                memchr_upper(text + r->tk.tok[k].start, r->tk.tok[k].len)) {
                for (uint32_t j = k + 1; j <= s->tok_end && j <= k + 4; j++)
                    if (lex(&c, EG_LEX_ORG, k, j)) known = j;
                /* ("the investment firm 3G Capital": figures and capitals before capitalised words that end in
                 * an organisation word) */
                for (uint32_t j = k + 1; !known && j < s->tok_end && j <= k + 3 && namey(&c, j); j++)
                    if (lex1(&c, EG_LEX_ORG_HEAD, j) && !(j + 1 < s->tok_end && namey(&c, j + 1))) known = j + 1;
            }
            /* ("al-Qaeda", "al-Nusrah Front", "el-Sisi": an Arabic article's name in lower case opens a name) */
            if (!known && !namey(&c, k) && !ordinal_opens(&c, k, s->tok_end) && !hyphen_particle(&c, k)) { k++; continue; }
            /* ("EPA Sue Norfolk Southern": the verb the headline's split left, a given name too) */
            if (k > s->tok_start && headline_break(&c, k - 1, k) && !lex1(&c, EG_LEX_STOP, k)) {
                if ((rc = reject(&c, k, k + 1, "headline words without other evidence"))) goto done;
                k++;
                continue;
            }
            /* "the NGO Common Cause": the kind's letters before a name are no part of it */
            /* (not a body named after them: "the NGO Bureau") */
            if (!known && eg_tok_is(text, &r->tk.tok[k], "NGO") && k + 1 < s->tok_end && namey(&c, k + 1) &&
                !(r->tk.tok[k + 1].flags & EG_TF_ALLCAPS) && !lex1(&c, EG_LEX_ORG_HEAD, k + 1)) {
                k++;
                continue;
            }
            uint32_t a = k, b = known ? known : k + 1;
            for (;;) {
                /* "MI6", "G20": letters and a figure the organisation lexicon knows as one name */
                if (b < s->tok_end && r->tk.tok[b].kind == EG_TK_NUM &&
                    r->tk.tok[b].start == r->tk.tok[b - 1].start + r->tk.tok[b - 1].len && lex(&c, EG_LEX_ORG, a, b + 1)) {
                    b++;
                    continue;
                }
                /* ("Ireland No. 8 Caelan Doris": a ranking's or a shirt's number ends the name before it) */
                if (b + 1 < s->tok_end && eg_tok_is(text, &r->tk.tok[b], "No.") && r->tk.tok[b + 1].kind == EG_TK_NUM &&
                    !body_number(&c, b + 1))
                    break;
                if (b < s->tok_end && namey(&c, b) && r->tk.tok[b].kind != EG_TK_HANDLE &&
                    r->tk.tok[a].kind != EG_TK_HANDLE && !HEADING_WORD(b) && !headline_break(&c, a, b)) { b++; continue; }
                /* "Criminal Court No. 2", "EPA Region 5", "Teamsters Local 727": a body's number after a
                 * numbering word inside its name */
                if (b > a + 1 && b < s->tok_end && body_number(&c, b)) { b++; continue; }
                /* "Pegasus 88 Limited", "Studio 54 Inc.": a figure inside a company's name, before its legal form */
                if (b + 1 < s->tok_end && r->tk.tok[b].kind == EG_TK_NUM && r->tk.tok[b].len <= 4 && !is_amount(&c, b) &&
                    (tok_in(&c, &r->tk.tok[b + 1], legal_suffixes) || eg_tok_is(text, &r->tk.tok[b + 1], "Limited")) &&
                    (r->tk.tok[b + 1].flags & EG_TF_CAP)) { b++; continue; }
                if (b < s->tok_end && is_suffix(&c, b) && b > a) {
                    const eg_token *p = &r->tk.tok[b - 1];
                    if (p->kind == EG_TK_WORD) { b++; continue; }
                }
                /* "Peter M. McCoy, Jr.": the suffix after a comma (a person's name of two words or more) */
                if (b + 1 < s->tok_end && b >= a + 2 && is_punct_tok(&c, b, ',') && is_suffix(&c, b + 1) &&
                    (c.r->tk.tok[b + 1].flags & EG_TF_CAP) && (b + 2 >= s->tok_end || !namey(&c, b + 2))) {
                    int given = 0;
                    for (uint32_t q = a; q + 1 < b && !given; q++) given = lex1(&c, EG_LEX_GIVEN, q);
                    if (given) {
                        b += 2;
                        break;
                    }
                }
                if (b < s->tok_end && hyphen_particle(&c, b)) { b++; continue; } /* "Abdel Fattah el-Sisi" */
                if (b < s->tok_end && elided_particle(&c, b)) { b++; continue; } /* "Pointe d'Esny", "Jean d'Ormesson" */
                /* "Granthorpe plc": the company suffix in lower case, as some papers print it */
                if (b < s->tok_end && b > a && eg_tok_is(text, &r->tk.tok[b], "plc")) {
                    b++;
                    continue;
                }
                /* Kevin "Rook" Pham: a one-word nickname in quotes between a given name and a surname */
                /* (after a title too: Representative Randy "Duke" Cunningham) */
                /* (of up to three words: Joaquin "El Chapo" Guzman) */
                if ((b == a + 1 || (b <= a + 3 && lex(&c, EG_LEX_TITLE, a, b - 1))) && b + 3 < s->tok_end &&
                    lex1(&c, EG_LEX_GIVEN, b - 1) && (r->tk.tok[b].flags & EG_TF_QUOTE) &&
                    r->tk.tok[b].start + r->tk.tok[b].len == r->tk.tok[b + 1].start) {
                    uint32_t q = b + 1;
                    while (q < s->tok_end && q < b + 4 && (r->tk.tok[q].flags & EG_TF_CAP) && r->tk.tok[q].kind == EG_TK_WORD &&
                           !(q + 1 < s->tok_end && (r->tk.tok[q + 1].flags & EG_TF_QUOTE)))
                        q++;
                    if (q < s->tok_end && q < b + 4 && (r->tk.tok[q].flags & EG_TF_CAP) && r->tk.tok[q].kind == EG_TK_WORD &&
                        q + 2 < s->tok_end && (r->tk.tok[q + 1].flags & EG_TF_QUOTE) &&
                        r->tk.tok[q].start + r->tk.tok[q].len == r->tk.tok[q + 1].start && namey(&c, q + 2) &&
                        (r->tk.tok[q + 2].flags & EG_TF_CAP)) {
                        b = q + 3;
                        continue;
                    }
                }
                if (lower_plural_joins(&c, a, b, s->tok_end)) {
                    b++;
                    continue;
                }
                if (b < s->tok_end && r->tk.tok[b].kind == EG_TK_POSS && poss_joins(&c, a, b, s->tok_end)) {
                    b += 2;
                    continue;
                }
                /* "Save the Children", "Trinidad and Tobago": a known name with lower-case words inside */
                if (b + 1 < s->tok_end && (r->tk.tok[b].flags & EG_TF_LOWER)) {
                    uint32_t j = b + 2;
                    while (j <= s->tok_end && j <= b + 3 &&
                           !(namey(&c, j - 1) && (lex(&c, EG_LEX_ORG, a, j) || lex(&c, EG_LEX_PLACE, a, j))))
                        j++;
                    if (j <= s->tok_end && j <= b + 3) { b = j; continue; }
                }
                if (b + 1 < s->tok_end && tok_in(&c, &r->tk.tok[b], particles) && !(r->tk.tok[b].flags & EG_TF_CAP)) {
                    uint32_t j = b;
                    while (j < s->tok_end && tok_in(&c, &r->tk.tok[j], particles) && !(r->tk.tok[j].flags & EG_TF_CAP)) j++;
                    /* ("Ali bin al-Hussein": a particle and a hyphened surname) */
                    if (j < s->tok_end && (namey(&c, j) || hyphen_particle(&c, j)) && j - b <= 3 &&
                        !(r->tk.tok[j].flags & EG_TF_ALLCAPS)) { b = j + 1; continue; }
                }
                /* "Zimbabwe Parks and Wildlife Management Authority", "the Norwegian Olympic and Paralympic Committee":
                 * "and" inside an organisation's name, when the words after it end the run in an organisation word and
                 * the words before it are no name of their own (no known organisation, place or person's name) */
                /* (two words or more before "and": "Target and Best Buy Co.", "Apple and Samsung Electronics" are two) */
                if (b + 2 < s->tok_end && b >= a + 2 && eg_tok_is(text, &r->tk.tok[b], "and") && namey(&c, b + 1) &&
                    !lex1(&c, EG_LEX_ORG_HEAD, b - 1) && !lex(&c, EG_LEX_ORG, a, b) && !lex(&c, EG_LEX_PLACE, a, b) &&
                    !lex(&c, EG_LEX_CITY, a, b) && !lex1(&c, EG_LEX_GIVEN, a) && !lex1(&c, EG_LEX_GIVEN, b + 1) &&
                    !lex1(&c, EG_LEX_PLACE, b + 1) && !(r->tk.tok[a].flags & EG_TF_ALLCAPS) && !lex1(&c, EG_LEX_STOP, a) &&
                    /* (dictionary words on both sides of "and": "Parks and Wildlife"; not two firms' names, "Apollo
                     * Global and Ares Management Corp", "Siriwardena & Sons and Kelani Agro Exports") */
                    (lex1(&c, EG_LEX_COMMON, b - 1) || lex1(&c, EG_LEX_STOP, b - 1)) &&
                    (lex1(&c, EG_LEX_COMMON, b + 1) || lex1(&c, EG_LEX_STOP, b + 1)) && !lex1(&c, EG_LEX_ORG_HEAD, b - 1)) {
                    /* (no organisation word before "and": "the University of Cape Town and Rhodes University" are two) */
                    int head_before = 0;
                    for (uint32_t q = a; q < b && !head_before; q++) head_before = lex1(&c, EG_LEX_ORG_HEAD, q);
                    uint32_t e = head_before ? b : b + 1;
                    while (e < s->tok_end && e < b + 6 && namey(&c, e) && !(r->tk.tok[e].flags & EG_TF_ALLCAPS)) e++;
                    if (e >= b + 3 && lex1(&c, EG_LEX_ORG_HEAD, e - 1) && (e >= s->tok_end || !namey(&c, e))) {
                        b = e;
                        continue;
                    }
                }
                /* "Fridays for Future", "Students for Fair Admissions", "Lawyers for Human Rights": a people's plural
                 * and "for" and its cause make one group's name */
                /* (a cause in dictionary words, not a client: "Lawyers for Aguilar", "Doctors for the Smiths") */
                if (b == a + 1 && b + 1 < s->tok_end && eg_tok_is(text, &r->tk.tok[b], "for") && namey(&c, b + 1) &&
                    tok_in(&c, &r->tk.tok[a], cause_groups) && lex1(&c, EG_LEX_COMMON, b + 1) && !lex1(&c, EG_LEX_GIVEN, b + 1) &&
                    !lex1(&c, EG_LEX_SURNAME, b + 1) && !lex1(&c, EG_LEX_PLACE, b + 1) && !lex1(&c, EG_LEX_ORG, b + 1)) {
                    uint32_t e = b + 1;
                    while (e < s->tok_end && e < b + 5 && namey(&c, e)) e++;
                    if (e >= s->tok_end || !namey(&c, e)) {
                        b = e;
                        continue;
                    }
                }
                /* "the Organization for Security and Cooperation in Europe", "the Union for a Popular Movement": small
                 * words inside a name the organisation or place list knows whole */
                if (b + 1 < s->tok_end && tok_in(&c, &r->tk.tok[b], inner_small) &&
                    (namey(&c, b + 1) || (b + 2 < s->tok_end && tok_in(&c, &r->tk.tok[b + 1], inner_small) && namey(&c, b + 2)))) {
                    uint32_t e = known_whole_end(&c, a, b + 2);
                    if (e) { b = e; continue; }
                }
                if (b + 1 < s->tok_end && eg_tok_is(text, &r->tk.tok[b], ",")) {
                    uint32_t e = firm_commas(&c, a, b, s->tok_end);
                    if (!e) e = field_commas(&c, a, b, s->tok_end);
                    if (!e) e = list_before_head(&c, a, b, s->tok_end);
                    if (!e) e = campus_comma(&c, a, b, s->tok_end);
                    if (e) { b = e; continue; }
                }
                /* "the Royal Commission into Institutional Responses to Child Sexual Abuse", "the Independent Inquiry
                 * into Child Sexual Abuse": an inquiry's subject after "into", capitalised words and the small words
                 * between them, is its name's */
                /* (not the agent of an inquiry, "an investigation by the European Commission into Google's
                 * shopping service", nor a subject that is a name, "the Chilcot Inquiry into Britain's role") */
                if (b + 1 < s->tok_end && b > a && eg_tok_is(text, &r->tk.tok[b], "into") && namey(&c, b + 1) &&
                    (eg_tok_is(text, &r->tk.tok[b - 1], "Commission") || eg_tok_is(text, &r->tk.tok[b - 1], "Inquiry")) &&
                    !(a > 0 && (eg_tok_is(text, &r->tk.tok[a - 1], "by") ||
                                (a > 1 && eg_tok_is(text, &r->tk.tok[a - 1], "the") && eg_tok_is(text, &r->tk.tok[a - 2], "by")))) &&
                    lex1(&c, EG_LEX_COMMON, b + 1) && !lex1(&c, EG_LEX_PLACE, b + 1) && !lex1(&c, EG_LEX_ORG, b + 1) &&
                    !lex1(&c, EG_LEX_GIVEN, b + 1) && !lex1(&c, EG_LEX_CITY, b + 1)) {
                    static const char *const inner[] = {"of", "to", "and", "for", "on", "the", NULL};
                    uint32_t j = b + 1;
                    while (j < s->tok_end) {
                        if (namey(&c, j) && !(j + 1 < s->tok_end && r->tk.tok[j + 1].kind == EG_TK_POSS)) { j++; continue; }
                        uint32_t q = j;
                        while (q < s->tok_end && q < j + 2 && tok_in(&c, &r->tk.tok[q], inner)) q++;
                        if (q == j || q >= s->tok_end || !namey(&c, q)) break;
                        j = q;
                    }
                    b = j;
                    continue;
                }
                /* "Société Coopérative des Planteurs (SCPM)": a short foreign connector inside a name its acronym spells */
                if (b + 1 < s->tok_end && r->tk.tok[b].kind == EG_TK_WORD && (r->tk.tok[b].flags & EG_TF_LOWER) &&
                    r->tk.tok[b].len <= 4 && namey(&c, b + 1) && acronym_joins(&c, a, b, s->tok_end)) {
                    b += 2;
                    continue;
                }
                if (b + 1 < s->tok_end && (eg_tok_is(text, &r->tk.tok[b], "of") || eg_tok_is(text, &r->tk.tok[b], "for") ||
                                           eg_tok_is(text, &r->tk.tok[b], "on") || eg_tok_is(text, &r->tk.tok[b], "and") ||
                                           eg_tok_is(text, &r->tk.tok[b], "&"))) {
                    uint32_t nx = b + 1;
                    if (nx + 1 < s->tok_end && eg_tok_is(text, &r->tk.tok[nx], "the") && !eg_tok_is(text, &r->tk.tok[b], "and")) nx++;
                    /* ("Americans for a Republican Majority": a people's plural, "for a" and a cause) */
                    else if (nx + 1 < s->tok_end && b == a + 1 && eg_tok_is(text, &r->tk.tok[b], "for") &&
                             eg_tok_is(text, &r->tk.tok[nx], "a") && people_plural(&c, a))
                        nx++;
                    /* ("the U.S. Court of Appeals for the Ninth Circuit") */
                    if (eg_tok_is(text, &r->tk.tok[b], "for") && court_ordinal(&c, nx, s->tok_end)) { b = nx + 2; continue; }
                    if (namey(&c, nx) && join_connector(&c, a, b, s->tok_end)) { b = nx + 1; continue; }
                    /* ("the Islamic State of Iraq and al-Sham (ISIS)": an Arabic article's word the letters spell) */
                    if (hyphen_particle(&c, nx) && acronym_joins(&c, a, b, s->tok_end)) { b = nx + 1; continue; }
                }
                /* "Under Secretary of Commerce for Industry and Security Alan F. Estevez": a title, its department
                 * and field, and a name, joined over "of", "for" and "and" */
                if (b + 1 < s->tok_end && may_title(&c, a) &&
                    (eg_tok_is(text, &r->tk.tok[b], "of") || eg_tok_is(text, &r->tk.tok[b], "for") ||
                     eg_tok_is(text, &r->tk.tok[b], "and"))) {
                    uint32_t e = b;
                    while (e < s->tok_end && e < a + 16 &&
                           (namey(&c, e) || eg_tok_is(text, &r->tk.tok[e], "of") || eg_tok_is(text, &r->tk.tok[e], "for") ||
                            eg_tok_is(text, &r->tk.tok[e], "and") || eg_tok_is(text, &r->tk.tok[e], "the")))
                        e++;
                    while (e > b && !namey(&c, e - 1)) e--;
                    if (e > b + 1 && title_field_end(&c, a, e)) {
                        b = e;
                        continue;
                    }
                }
                /* "Entraide et Solidarité", "Ministerio de Ciencia y Tecnología", "Moët et Chandon": another
                 * language's "and" between capitalised words joins one name (English has no such word) */
                /* (not between two places: "Sao Tome e Principe") */
                if (b + 1 < s->tok_end && b > a && namey(&c, b + 1) && (r->tk.tok[b + 1].flags & EG_TF_CAP) &&
                    tok_in(&c, &r->tk.tok[b], foreign_ands) && !(r->tk.tok[b].flags & EG_TF_CAP) &&
                    !lex(&c, EG_LEX_PLACE, a, b) && !lex(&c, EG_LEX_CITY, a, b) && !lex1(&c, EG_LEX_PLACE, b + 1) &&
                    !lex1(&c, EG_LEX_CITY, b + 1)) {
                    b += 2;
                    continue;
                }
                /* "the Group of 20", "the Group of 7": a group named by its members' number */
                if (b == a + 1 && b + 1 < s->tok_end && eg_tok_is(text, &r->tk.tok[a], "Group") &&
                    eg_tok_is(text, &r->tk.tok[b], "of") && r->tk.tok[b + 1].kind == EG_TK_NUM && r->tk.tok[b + 1].len <= 2) {
                    b += 2;
                    break;
                }
                /* "the Tamil Nadu government", "the Jordanian government": a place's or a people's
                 * government is an actor of its own (written "Government" in the name) */
                uint32_t pa = a + (b - a >= 2 && eg_tok_is(text, &r->tk.tok[a], "The"));
                if (b < s->tok_end && eg_tok_is(text, &r->tk.tok[b], "government") &&
                    (pa > a || (a > 0 && eg_tok_is(text, &r->tk.tok[a - 1], "the"))) &&
                    (lex(&c, EG_LEX_PLACE, pa, b) || lex(&c, EG_LEX_CITY, pa, b) || lex(&c, EG_LEX_DEMONYM, pa, b)) &&
                    /* (not "the Kenyan government spokesman", "the Punjab government officials") */
                    !(b + 1 < s->tok_end && (r->tk.tok[b + 1].flags & EG_TF_LOWER) &&
                      (lex1(&c, EG_LEX_ROLE, b + 1) || tok_in(&c, &r->tk.tok[b + 1], gov_compounds)))) {
                    b++;
                    break;
                }
                break;
            }
            /* "Lion Air Flight 610": the airline, not its flight */
            /* (after an airline's word or a known organisation: not "New Shepard Flight 23", a rocket's) */
            if (b - a >= 2 && b < s->tok_end && r->tk.tok[b].kind == EG_TK_NUM && eg_tok_is(text, &r->tk.tok[b - 1], "Flight")) {
                static const char *const airline[] = {"air", "airlines", "airways", "airline", "aviation", "express", NULL};
                if (tok_in(&c, &r->tk.tok[b - 2], airline) || lex(&c, EG_LEX_ORG, a, b - 1)) b--;
            }
            c.skip_award_tail = 0;
            if ((rc = process_run(&c, a, b, (uint32_t)si))) goto done;
            k = b;
            /* ("Assistant Secretary of the Air Force for Acquisition and Management": the title's field) */
            if (k + 1 < s->tok_end && eg_tok_is(text, &r->tk.tok[k], "for") && namey(&c, k + 1) && after_title_of(&c, a)) {
                uint32_t e = k + 1;
                /* (up to a name after the field: "... for Acquisition Darleen Druyun") */
                while (e < s->tok_end && !(e > k + 1 && lex1(&c, EG_LEX_GIVEN, e) && !field_word(&c, e)) &&
                       (namey(&c, e) || ((eg_tok_is(text, &r->tk.tok[e], "and") || eg_tok_is(text, &r->tk.tok[e], "&")) &&
                                         e + 1 < s->tok_end && namey(&c, e + 1))))
                    e++;
                if (e - k <= 5 && (field_word(&c, k + 1) || (lex1(&c, EG_LEX_DEMONYM, k + 1) && k + 2 < e && field_word(&c, k + 2)))) {
                    if ((rc = reject(&c, k + 1, e, "a title's field"))) goto done;
                    k = e;
                }
            }
            if (c.skip_award_tail && k + 1 < s->tok_end &&
                (eg_tok_is(text, &r->tk.tok[k], "in") || eg_tok_is(text, &r->tk.tok[k], "for") ||
                 eg_tok_is(text, &r->tk.tok[k], "of")) && namey(&c, k + 1)) {
                /* the rest of the award's name: "in Physiology or Medicine" */
                uint32_t e = k + 1;
                while (e < s->tok_end && (namey(&c, e) || ((eg_tok_is(text, &r->tk.tok[e], "or") ||
                                                            eg_tok_is(text, &r->tk.tok[e], "and")) &&
                                                           e + 1 < s->tok_end && namey(&c, e + 1))))
                    e++;
                /* (not where an event is held: "the Nordic World Ski Championships in Seefeld, Austria", "the
                 * Olympics in Tokyo") */
                int venue = eg_tok_is(text, &r->tk.tok[k], "in") &&
                            (lex(&c, EG_LEX_PLACE, k + 1, e) || lex(&c, EG_LEX_CITY, k + 1, e) ||
                             (e + 1 < s->tok_end && eg_tok_is(text, &r->tk.tok[e], ",") &&
                              (lex1(&c, EG_LEX_PLACE, e + 1) || lex1(&c, EG_LEX_COUNTRY, e + 1))));
                if (!venue) {
                    if ((rc = reject(&c, k + 1, e, "part of an award, law or event name"))) goto done;
                    k = e;
                }
            }
        }
    }
#undef HEADING_WORD
    rc = drop_works(&c);
done:
    eg_strmap_free(&c.seen);
    eg_strmap_free(&c.capb);
    eg_strmap_free(&c.firsts);
    eg_strmap_free(&c.after_given);
    eg_strmap_free(&c.nonent);
    eg_strmap_free(&c.title_orgs);
    eg_strmap_free(&c.party_stems);
    eg_strmap_free(&c.makers);
    return rc;
}
