/* resolve.c — stage 5: typed mentions → entities of one document.
 * Mentions with the same key form clusters; a shorter cluster joins a longer
 * one only when exactly one candidate fits (surname, Jr. agreement, first name,
 * acronym, handle, organisation short form), and every merge keeps its reason. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "extract.h"
#include "lexicon.h"
#include "strmap.h"

#define MAXW 16

typedef struct cluster {
    char *key;             /* slug key with jr normalised */
    char *words[MAXW];     /* key words without the suffix (point into wbuf) */
    char *wbuf;
    int nw;
    int jr;
    int votes[EG_NTYPES];
    int firm[EG_NTYPES];   /* votes of mentions with evidence other than the default for the shape */
    int parent;            /* root cluster index after merging, -1 if root */
    const char *reason;    /* why it joined its parent */
    int first_mention;
    int nmentions;
    int dropped;
    int is_acronym, is_handle, given_single;
    int strong_person;     /* mentions with a title, given name, initials or role apposition */
    int firm_person;       /* the same without the given name */
    uint32_t evbits;       /* EG_EV_* bits of its mentions */
    int place_ctx;         /* mentions after "in", "at", "from" or before "-based" */
    char title[48];        /* lower-cased title of its first titled mention ("senator"), or empty */
    int gender;            /* EG_GENDER_* bits of its mentions (honorifics, given names) */
    uint32_t hyph;         /* bit i: words i and i + 1 were joined by a hyphen ("Leitner-Brandl") */
    int org_by_short;      /* a person by its shape only, made an organisation by its short form */
} cluster;

/* The reasons for joining an organisation's name as its short form ("named as one": the full name was
 * a person only by its shape), compared by address. */
static const char why_org_short[] = "short form of the organisation name";
static const char why_org_short_named[] = "short form of the organisation name, named as one";
static const char why_same_known[] = "another name of the same known organisation";
static const char why_product[] = "product";

/* The sex an honorific or title before a name states: "Mr", "Sir", "King" male; "Ms", "Mrs",
 * "Dame", "Queen" female. */
static const char *const titles_m[] = {"mr", "sir", "lord", "king", "prince", "duke", "monsieur", "señor", "senor",
                                       "herr", "signor", "baron", "earl", "emperor", "sheikh", "archduke", NULL};
static const char *const titles_f[] = {"mrs", "ms", "miss", "madam", "madame", "mme", "lady", "dame", "queen",
                                       "princess", "duchess", "baroness", "countess", "empress", "sheikha",
                                       "señora", "senora", "frau", "signora", NULL};

static int title_gender(const eg_docresult *r, const char *text, const eg_mention *m)
{
    if (m->title < 0) return 0;
    const eg_token *t = &r->tk.tok[m->title];
    if (eg_tok_in(text, t, titles_m)) return EG_GENDER_M;
    return eg_tok_in(text, t, titles_f) ? EG_GENDER_F : 0;
}

/* The sex of a given name by the lexicon: "Simone" female, "Lachlan" male, "Andrea" neither. */
static int given_gender(const char *w, size_t n)
{
    const char *v = eg_lex_value(EG_LEX_GIVEN, w, n);
    return !v ? 0 : *v == 'm' ? EG_GENDER_M : *v == 'f' ? EG_GENDER_F : 0;
}

static int kin_intro(const eg_docresult *r, const char *text, const eg_mention *m);

/* The sex a mention states: its honorific, the kin noun it is introduced by ("his wife, X"), else
 * the given name it starts with (names of two words or more: "Simone Harte"). */
static int mention_gender(const eg_docresult *r, const char *text, const eg_mention *m)
{
    int g = title_gender(r, text, m);
    if (g) return g;
    int kin = kin_intro(r, text, m);
    if (kin > 1) return kin - 1;
    if (m->tok_end - m->tok_start < 2) return 0;
    const eg_token *t = &r->tk.tok[m->tok_start];
    /* ("Li Wenhao", "Wang Yi": a Chinese, Korean or Vietnamese surname written first, then a given name no
     * list knows, says no sex) */
    const eg_token *t2 = &r->tk.tok[m->tok_start + 1];
    if (eg_east_asian_surname(text + t->start, t->len) && !given_gender(text + t2->start, t2->len)) return 0;
    return given_gender(text + t->start, t->len);
}

static int is_jr_word(const char *w)
{
    return !strcmp(w, "jr") || !strcmp(w, "jnr") || !strcmp(w, "junior") || !strcmp(w, "ii") ||
           !strcmp(w, "iii") || !strcmp(w, "iv");
}

char *eg_name_key(const char *name)
{
    const char *n = name;
    if (n[0] == '@') n++;
    if (!eg_ncasecmp(n, "the ", 4)) n += 4;
    /* ("Salesforce.com", "Amazon.com Inc.": a web address's ending is no part of the key) */
    char web[256];
    const char *dot = strchr(n, '.'); /* (most names have no full stop: one pass) */
    while (dot && strncmp(dot, ".com", 4) && strncmp(dot, ".org", 4) && strncmp(dot, ".net", 4)) dot = strchr(dot + 1, '.');
    if (dot && dot > n && strlen(n) < sizeof web && !((dot[4] | 32) >= 'a' && (dot[4] | 32) <= 'z')) {
        size_t pre = (size_t)(dot - n);
        memcpy(web, n, pre);
        strcpy(web + pre, dot + 4);
        n = web;
    }
    char *slug = eg_slug(n);
    if (!slug) return NULL;
    /* jnr / junior → jr */
    eg_strbuf b = EG_STRBUF_INIT;
    char *save = NULL;
    for (char *w = strtok_r(slug, "-", &save); w; w = strtok_r(NULL, "-", &save)) {
        if (b.len) eg_strbuf_putc(&b, '-');
        if (!strcmp(w, "jnr") || !strcmp(w, "junior")) w = (char *)"jr";
        if (!strcmp(w, "snr") || !strcmp(w, "senior")) w = (char *)"sr";
        /* British and American spellings of an organisation's words name the same body: the "World Food
         * Programme" of one text is the "World Food Program" of another */
        if (!strcmp(w, "programme")) w = (char *)"program";
        if (!strcmp(w, "centre")) w = (char *)"center";
        if (!strcmp(w, "organisation")) w = (char *)"organization";
        if (!strcmp(w, "defence")) w = (char *)"defense";
        /* a company's legal form spelt out or short, at the end of its name: "Acme Corporation" and "Acme Corp.",
         * "CNOOC Limited" and "CNOOC Ltd." */
        if (b.len && (!save || !*save)) {
            if (!strcmp(w, "corporation")) w = (char *)"corp";
            else if (!strcmp(w, "limited")) w = (char *)"ltd";
            else if (!strcmp(w, "company")) w = (char *)"co";
            else if (!strcmp(w, "incorporated")) w = (char *)"inc";
        }
        eg_strbuf_puts(&b, w);
    }
    free(slug);
    return eg_strbuf_detach(&b);
}

static int dominant(const int *v)
{
    int t = EG_PERSON;
    if (v[EG_ORG] > v[t]) t = EG_ORG;
    if (v[EG_LOC] > v[t]) t = EG_LOC;
    if (v[EG_PERSON] == 0 && v[EG_ORG] == 0 && v[EG_LOC] == 0) t = EG_ORG;
    return t;
}

static int root(const cluster *cl, int i)
{
    while (cl[i].parent >= 0) i = cl[i].parent;
    return i;
}

static const char *const skip_initial[] = {"of", "for", "and", "the", "on", "in", "at", "de", "du", "la", NULL};

/* Do words [i, nw) of p spell the letters a? A connector ("of" in ECOWAS) and the second part of a
 * hyphened word ("Gravitational-Wave" in LIGO) may give its letter or none; "US" gives both of its
 * letters ("USADA" for the "U.S. Anti-Doping Agency"). */
static int spell_from(const cluster *p, int i, int end, const char *a)
{
    size_t n = strlen(a);
    if (n > 31) return 0;
    uint32_t reach = 1; /* bit j: the words so far can spell the first j letters (linear, no backtracking) */
    for (; i < end && reach; i++) {
        int skip = i > 0 && (p->hyph & (1u << (i - 1)));
        for (const char *const *s = skip_initial; *s; s++)
            if (!strcmp(p->words[i], *s)) skip = 1;
        uint32_t next = skip ? reach : 0;
        int us = !strcmp(p->words[i], "us");
        for (size_t j = 0; j < n; j++)
            if (((reach >> j) & 1) && p->words[i][0] == a[j]) {
                if (us && j + 1 < n && a[j + 1] == 's') next |= 1u << (j + 2);
                next |= 1u << (j + 1);
            }
        reach = next;
    }
    return (int)((reach >> n) & 1);
}

static int initials_match(const cluster *acr, const cluster *p)
{
    /* acronym letters vs first letters of the significant words of p */
    const char *a = acr->words[0];
    if (acr->nw != 1 || strlen(a) < 2 || p->nw < 2) return 0;
    if (spell_from(p, 0, p->nw, a)) return 1;
    /* "TEPCO" for "Tokyo Electric Power Co.", "KEPCO": the company's "Co" whole at the letters' end */
    {
        size_t al = strlen(a);
        if (al >= 4 && al < 32 && p->nw >= 3 && (!strcmp(p->words[p->nw - 1], "co") || !strcmp(p->words[p->nw - 1], "corp")) &&
            !strcmp(a + al - 2, "co")) {
            char head[32];
            memcpy(head, a, al - 2);
            head[al - 2] = 0;
            if (spell_from(p, 0, p->nw - 1, head)) return 1;
        }
    }
    /* "FDA" for the "U.S. Food and Drug Administration", "ACLU" for the "American Civil Liberties Union
     * of Alabama": a country in front or "of PLACE" after may stay out of the letters */
    int start = 0, end = p->nw;
    if (p->nw > 3 && !strcmp(p->words[0], "u") && !strcmp(p->words[1], "s")) start = 2;
    else if (p->nw > 2 && !strcmp(p->words[0], "us")) start = 1;
    if (end - start > 3 && !strcmp(p->words[end - 2], "of") &&
        (eg_lex_has(EG_LEX_PLACE, p->words[end - 1], strlen(p->words[end - 1])) ||
         eg_lex_has(EG_LEX_CITY, p->words[end - 1], strlen(p->words[end - 1]))))
        end -= 2;
    return (start || end < p->nw) && end - start >= 2 && spell_from(p, start, end, a);
}

/* Has name the shape of such a short form: one word with "&" or a capital after a lower-case letter? (The cheap
 * test before the comparison with every cluster.) */
static int short_form_shape(const char *name)
{
    if (strchr(name, ' ')) return 0;
    for (const char *q = name; *q; q++)
        if (*q == '&' || (q > name && q[-1] >= 'a' && q[-1] <= 'z' && *q >= 'A' && *q <= 'Z')) return 1;
    return 0;
}

/* Is name a short form of cluster p's words: capitals joined by "&" that spell them ("PG&E" for
 * "Pacific Gas and Electric Company", "AT&T"), or one word whose capitals open them in turn ("ComEd" for
 * "Commonwealth Edison Co.")? A company's legal form at the end of p may stay out. */
static int short_company_form(const char *name, const cluster *p)
{
    static const char *const forms[] = {"company", "co", "corp", "corporation", "inc", "ltd", "llc", "plc", "group",
                                        "holdings", NULL};
    int end = p->nw, cut = 1;
    while (cut && end > 2) {
        cut = 0;
        for (const char *const *f = forms; *f && !cut; f++) cut = !strcmp(p->words[end - 1], *f);
        end -= cut;
    }
    size_t n = strlen(name);
    if (n < 3 || n > 24 || strchr(name, ' ')) return 0;
    const char *amp = strchr(name, '&');
    if (amp) {
        /* (the "&" is the full name's "and": not "M&S" for Morgan Stanley) */
        char a[32], b[32];
        size_t ka = 0, kb = 0;
        for (const char *q = name; *q; q++) {
            if (q == amp) continue;
            if (*q < 'A' || *q > 'Z' || ka + 1 >= sizeof a || kb + 1 >= sizeof b) return 0;
            if (q < amp) a[ka++] = (char)(*q + 32);
            else b[kb++] = (char)(*q + 32);
        }
        a[ka] = b[kb] = 0;
        if (!ka || !kb || strchr(amp + 1, '&')) return 0;
        for (int m = 1; m + 1 < end; m++)
            if (!strcmp(p->words[m], "and")) return spell_from(p, 0, m, a) && spell_from(p, m + 1, end, b);
        return 0;
    }
    /* parts that each open with a capital: "Com" "Ed" */
    if (name[0] < 'A' || name[0] > 'Z') return 0;
    int parts = 0, w = 0;
    size_t i = 0;
    while (i < n) {
        size_t e = i + 1;
        while (e < n && name[e] >= 'a' && name[e] <= 'z') e++;
        if (e - i < 2 || w >= end || eg_ncasecmp(p->words[w], name + i, e - i) || strlen(p->words[w]) <= e - i) return 0;
        parts++;
        w++;
        i = e;
        if (i < n && (name[i] < 'A' || name[i] > 'Z')) return 0;
    }
    return parts >= 2 && w == end;
}

/* Is the first word of name written in capitals of two letters or more ("PLUM Committee")? */
static int caps_word(const char *name)
{
    if (!strncmp(name, "the ", 4) || !strncmp(name, "The ", 4)) name += 4;
    int n = 0;
    for (; *name && *name != ' '; name++, n++)
        if (*name < 'A' || *name > 'Z') return 0;
    return n >= 2;
}

static int is_tail(const cluster *c, const cluster *p)
{
    if (c->nw >= p->nw) return 0;
    for (int i = 0; i < c->nw; i++)
        if (strcmp(c->words[i], p->words[p->nw - c->nw + i])) return 0;
    return 1;
}

/* Does full name p bear the one-word name c as its first of two surnames ("Valdivia" in "Ernesto
 * Valdivia Salazar", Spanish order)? */
static int first_surname(const cluster *c, const cluster *p)
{
    if (c->nw != 1 || p->jr || (p->nw != 3 && p->nw != 4)) return 0;
    /* ("Reyes" is both a given name and a surname) */
    int surname_like = !eg_lex_has(EG_LEX_GIVEN, c->words[0], strlen(c->words[0])) ||
                       eg_lex_has(EG_LEX_SURNAME, c->words[0], strlen(c->words[0]));
    /* (also "Ong" in "Kelvin Ong Wei Jie": an English given name before a Chinese name) */
    /* (not the first part of a double-barrelled surname: "Villaflor" is not "Carmela Villaflor-Lim") */
    if (!strcmp(p->words[1], c->words[0]) && !(p->hyph & 2u) && eg_lex_has(EG_LEX_GIVEN, p->words[0], strlen(p->words[0])) &&
        surname_like)
        return 1;
    /* "Garzon" for "Francisco Jose Garzon Amo": two given names, then two surnames */
    /* (not an English double given name and a married name: "Mary Ann Murphy Brown") */
    return p->nw == 4 && !strcmp(p->words[2], c->words[0]) && !(p->hyph & 4u) &&
           eg_lex_has(EG_LEX_GIVEN, p->words[0], strlen(p->words[0])) &&
           eg_lex_has(EG_LEX_GIVEN, p->words[1], strlen(p->words[1])) && surname_like &&
           !eg_lex_has(EG_LEX_SURNAME, p->words[3], strlen(p->words[3]));
}

/* Does c start with an Arabic article ("Al Noor", "El Alami"), not the given name "Al"? */
static int arabic_article(const cluster *c) { return c->nw >= 2 && (!strcmp(c->words[0], "al") || !strcmp(c->words[0], "el")); }

/* "Tseng Po-wen", "Choi Min-seok": a name of two words whose second is a given name hyphened
 * before a lower-case syllable */
static int hyphened_given(const char *name)
{
    const char *w = strchr(name, ' ');
    if (!w || strchr(w + 1, ' ')) return 0;
    w++;
    const char *h = strchr(w, '-');
    return w[0] >= 'A' && w[0] <= 'Z' && h && h > w && h[1] >= 'a' && h[1] <= 'z' && !strchr(h + 1, '-');
}

/* Is c a surname alone, with its particles ("Asselt", "van Asselt", "Van der Meulen")? */
static int surname_only(const cluster *c)
{
    static const char *const particles[] = {"van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "la",
                                            "le", "ter", "ten", "dos", "das", "des", "al", "el", "bin", "ibn", NULL};
    for (int i = 0; i + 1 < c->nw; i++) {
        const char *const *p = particles;
        while (*p && strcmp(*p, c->words[i])) p++;
        if (!*p) return 0;
    }
    return c->nw >= 1;
}

/* Is c a surname (or a tail) of the full name p, either order? */
static int bears(const cluster *c, const cluster *p) { return is_tail(c, p) || first_surname(c, p); }

/* Bit i set when words i and i + 1 of a name's key were joined by a hyphen on the surface
 * ("Leitner-Brandl"), the words counted as the key counts them: runs of letters and digits, with
 * apostrophes and full stops dropped ("O'Brien", "J.R."). */
static uint32_t hyphen_bits(const char *name)
{
    const char *q = name;
    uint32_t bits = 0;
    int wi = 0;
    if (q[0] == '@') q++;
    if (!eg_ncasecmp(q, "the ", 4)) q += 4;
    while (*q && wi < 31) {
        while (*q == ' ') q++;
        const char *e = q;
        while (*e && *e != ' ') e++;
        if (e == q) break;
        int n = 0, inw = 0;
        for (const char *z = q; z < e; z++) {
            unsigned char ch = (unsigned char)*z;
            if (ch == '\'' || ch == '.') continue;
            int al = ch >= 0x80 || (ch >= '0' && ch <= '9') || ((ch | 32) >= 'a' && (ch | 32) <= 'z');
            if (al && !inw) n++;
            inw = al;
        }
        for (int k = 0; k + 1 < n && wi + k < 31; k++) bits |= 1u << (wi + k);
        wi += n;
        q = e;
    }
    return bits;
}

/* Name a without its nickname in quotes between words (Kevin "Rook" Pham -> Kevin Pham) into out;
 * 0 when a has none or out is too small. */
static int without_nickname(const char *a, char *out, size_t cap)
{
    const char *o = strstr(a, " \""), *u = strstr(a, " \xe2\x80\x9c");
    size_t ol = 2;
    if (u && (!o || u < o)) { o = u; ol = 4; }
    if (!o) return 0;
    const char *q = o + ol, *e = NULL;
    size_t el = 0;
    for (; *q; q++) {
        if (*q == '"') { e = q; el = 1; break; }
        if (!strncmp(q, "\xe2\x80\x9d", 3)) { e = q; el = 3; break; }
    }
    if (!e || e == o + ol || e[el] != ' ' || strlen(a) >= cap) return 0;
    size_t head = (size_t)(o - a);
    memcpy(out, a, head);
    strcpy(out + head, e + el);
    return 1;
}

/* A royal title as a cluster's word ("king", "pope"), and a regnal number ("ii", "xvi"). */
static int royal_word(const char *w)
{
    for (const char *const *t = eg_royal_titles; *t; t++)
        if (!strcmp(w, *t)) return 1;
    return 0;
}

static int regnal_word(const char *w)
{
    if (!*w || strlen(w) > 5) return 0;
    for (const char *q = w; *q; q++)
        if (*q != 'i' && *q != 'v' && *q != 'x') return 0;
    return 1;
}

/* Where a "known as" phrase before mention m starts: "known", or the adverb before it ("also known
 * as"); 0 when there is none. Reads "X, known as Y", "known as the Y", "known in Japanese as the Y"
 * and "known by its French initials Y". */
static uint32_t known_as_start(const eg_docresult *r, const char *text, const eg_mention *m)
{
    const eg_token *tok = r->tk.tok;
    uint32_t k = m->tok_start;
    /* ("Wilmer Caicedo, known as \"El Mono\"": the name in quotes) */
    /* (only after "as" or a word that gives a name: not "known for \"Hamlet\"", a work) */
    /* (the comma inside the quotes too: "the drug lord known as \"El Chapo,\" was") */
    uint32_t qe = m->tok_end;
    if (qe + 1 < r->tk.ntok && eg_tok_is(text, &tok[qe], ",") && tok[qe + 1].start == tok[qe].start + 1) qe++;
    if (k >= 4 && tok[k - 1].kind == EG_TK_PUNCT && (tok[k - 1].flags & EG_TF_QUOTE) && qe < r->tk.ntok &&
        (tok[qe].flags & EG_TF_QUOTE) &&
        (eg_tok_is(text, &tok[k - 2], "as") || eg_tok_is(text, &tok[k - 2], "nicknamed") ||
         eg_tok_is(text, &tok[k - 2], "alias") || eg_tok_is(text, &tok[k - 2], "aka")))
        k--;
    /* ("Dairo Antonio Usuga, better known by his alias Otoniel": read as "known as Otoniel") */
    if (k >= 5 && (eg_tok_is(text, &tok[k - 1], "alias") || eg_tok_is(text, &tok[k - 1], "nickname")) &&
        (eg_tok_is(text, &tok[k - 2], "his") || eg_tok_is(text, &tok[k - 2], "her") || eg_tok_is(text, &tok[k - 2], "the")) &&
        eg_tok_is(text, &tok[k - 3], "by") && eg_tok_is(text, &tok[k - 4], "known"))
        k -= 2; /* (tok[k - 1] is "by", tok[k - 2] "known") */
    /* ("Jorge Cedeno, nicknamed \"El Flaco\"", "X, alias Y", "Adetola Balogun, who performs as Tolaz": other
     * words that give the name a person goes by; read as "known as") */
    else if (k >= 3 && (eg_tok_is(text, &tok[k - 1], "nicknamed") || eg_tok_is(text, &tok[k - 1], "alias") ||
                   eg_tok_is(text, &tok[k - 1], "aka")))
        return k - 1;
    if (k >= 4 && eg_tok_is(text, &tok[k - 1], "as") &&
        /* (the present only: "who performed as Hamlet at the Old Vic" played a part) */
        (eg_tok_is(text, &tok[k - 2], "performs") || eg_tok_is(text, &tok[k - 2], "raps") ||
         eg_tok_is(text, &tok[k - 2], "sings"))) {
        k -= 2;
        if (eg_tok_is(text, &tok[k - 1], "who") && k >= 3) k--;
        return k;
    }
    /* ("the Mauritanian Coast Guard, known by its French initials GCM,": read as "known as GCM") */
    if (k >= 6 && m->is_acronym &&
        (eg_tok_is(text, &tok[k - 1], "initials") || eg_tok_is(text, &tok[k - 1], "acronym") ||
         eg_tok_is(text, &tok[k - 1], "abbreviation"))) {
        uint32_t g = k - 2;
        if (g > 0 && (tok[g].flags & EG_TF_CAP) && eg_lex_has(EG_LEX_DEMONYM, text + tok[g].start, tok[g].len)) g--;
        if (g > 1 && (eg_tok_is(text, &tok[g], "its") || eg_tok_is(text, &tok[g], "the") || eg_tok_is(text, &tok[g], "their")) &&
            eg_tok_is(text, &tok[g - 1], "by") && eg_tok_is(text, &tok[g - 2], "known"))
            k = g;
    }
    /* ("the agency, known in Japanese as the Bunkacho": a language between) */
    if (k >= 6 && eg_tok_is(text, &tok[k - 1], "the") && eg_tok_is(text, &tok[k - 2], "as")) k--;
    if (k >= 6 && eg_tok_is(text, &tok[k - 1], "as") && eg_tok_is(text, &tok[k - 3], "in") &&
        eg_tok_is(text, &tok[k - 4], "known") && (tok[k - 2].flags & EG_TF_CAP))
        k -= 2; /* (read as "known as") */
    /* ("Nitin Shetty, known in betting circles as Pappu", "known to his fans as Y": a short phrase between) */
    if (k >= 6 && eg_tok_is(text, &tok[k - 1], "as"))
        for (uint32_t g = k - 3; g + 5 >= k && g >= 2; g--) {
            if (tok[g].kind != EG_TK_WORD) break;
            if (eg_tok_is(text, &tok[g - 1], "known") &&
                (eg_tok_is(text, &tok[g], "in") || eg_tok_is(text, &tok[g], "to") || eg_tok_is(text, &tok[g], "among"))) {
                k = g + 1; /* (read as "known as") */
                break;
            }
        }
    /* ("Stephanie Clifford, known professionally as Stormy Daniels": an adverb between) */
    if (k >= 5 && eg_tok_is(text, &tok[k - 1], "as") && eg_tok_is(text, &tok[k - 3], "known") &&
        (eg_tok_is(text, &tok[k - 2], "professionally") || eg_tok_is(text, &tok[k - 2], "publicly") ||
         eg_tok_is(text, &tok[k - 2], "locally") || eg_tok_is(text, &tok[k - 2], "popularly") ||
         eg_tok_is(text, &tok[k - 2], "affectionately") || eg_tok_is(text, &tok[k - 2], "universally")))
        k -= 1; /* (read as "known as") */
    if (k < 3 || !(eg_tok_is(text, &tok[k - 1], "as") || k < m->tok_start) || !eg_tok_is(text, &tok[k - 2], "known")) return 0;
    k -= 2;
    if (eg_tok_is(text, &tok[k - 1], "also") || eg_tok_is(text, &tok[k - 1], "better") ||
        eg_tok_is(text, &tok[k - 1], "widely") || eg_tok_is(text, &tok[k - 1], "commonly") ||
        /* ("Leonardo, formerly known as Finmeccanica": the same company under its old name) */
        eg_tok_is(text, &tok[k - 1], "formerly") || eg_tok_is(text, &tok[k - 1], "previously"))
        k--;
    /* ("Cedeno, who is known as \"El Flaco\"": a relative clause) */
    if (k >= 4 && (eg_tok_is(text, &tok[k - 1], "is") || eg_tok_is(text, &tok[k - 1], "was")) &&
        eg_tok_is(text, &tok[k - 2], "who"))
        k -= 2;
    return k;
}

/* Does the first word of mention m occur among tokens [a, b)? */
static int name_inside(const eg_docresult *r, const char *text, const eg_mention *m, uint32_t a, uint32_t b)
{
    const eg_token *f = &r->tk.tok[m->tok_start];
    for (uint32_t g = a; g < b; g++) {
        const eg_token *t = &r->tk.tok[g];
        if (t->len == f->len && !memcmp(text + t->start, text + f->start, f->len)) return 1;
    }
    return 0;
}

/* "X, the (former) leader of NAME known as Y": the tokens before "known" at k are a comma, "the" or "a", up to three
 * lower-case words with a leader's role among them, "of" and a proper name (capitals, brackets, particles); sets
 * *comma to the comma's token. */
static int known_leader(const eg_docresult *r, const char *text, uint32_t k, uint32_t *comma)
{
    static const char *const roles[] = {"leader", "head", "boss", "chief", "founder", "co-founder", "commander", NULL};
    static const char *const inside[] = {"the", "(", ")", "de", "da", "del", "do", "y", NULL};
    const eg_token *tok = r->tk.tok;
    uint32_t q = k - 1;
    while (q + 12 > k && q > 0 && ((tok[q].flags & (EG_TF_CAP | EG_TF_ALLCAPS)) || eg_tok_in(text, &tok[q], inside))) q--;
    if (!eg_tok_is(text, &tok[q], "of") || q + 1 >= k) return 0;
    int role = 0;
    uint32_t g = q;
    while (g > 0 && g + 4 > q && (tok[g - 1].flags & EG_TF_LOWER) && !eg_tok_is(text, &tok[g - 1], "the") &&
           !eg_tok_is(text, &tok[g - 1], "a")) {
        role |= eg_tok_in(text, &tok[g - 1], roles);
        g--;
    }
    if (!role || g < 2 || !(eg_tok_is(text, &tok[g - 1], "the") || eg_tok_is(text, &tok[g - 1], "a")) ||
        !eg_tok_is(text, &tok[g - 2], ","))
        return 0;
    *comma = g - 2;
    return 1;
}

/* Is mention m introduced as someone's relative: "his wife, Claire Ashby", "whose son, X",
 * "Pryce's brother, Y"? */
static int kin_intro(const eg_docresult *r, const char *text, const eg_mention *m)
{
    /* kin nouns with the sex they state (0: either) */
    static const struct { const char *w; int g; } kin[] = {
        {"wife", EG_GENDER_F}, {"husband", EG_GENDER_M}, {"son", EG_GENDER_M}, {"daughter", EG_GENDER_F},
        {"brother", EG_GENDER_M}, {"sister", EG_GENDER_F}, {"father", EG_GENDER_M}, {"mother", EG_GENDER_F},
        {"cousin", 0}, {"nephew", EG_GENDER_M}, {"niece", EG_GENDER_F}, {"widow", EG_GENDER_F},
        {"widower", EG_GENDER_M}, {"uncle", EG_GENDER_M}, {"aunt", EG_GENDER_F}, {"spouse", 0}, {"partner", 0},
        {"stepson", EG_GENDER_M}, {"stepdaughter", EG_GENDER_F}, {"son-in-law", EG_GENDER_M},
        {"daughter-in-law", EG_GENDER_F}, {"stepfather", EG_GENDER_M},
        {"stepmother", EG_GENDER_F}, {"father-in-law", EG_GENDER_M}, {"mother-in-law", EG_GENDER_F},
        {"brother-in-law", EG_GENDER_M}, {"sister-in-law", EG_GENDER_F}, {NULL, 0}};
    uint32_t k = m->tok_start;
    /* "from his father Heinrich Albrecht": a lower-case kin noun right before the name, after "his",
     * "her", "their", "whose" or a possessive */
    if (k >= 2 && r->tk.tok[k - 1].kind == EG_TK_WORD && (r->tk.tok[k - 1].flags & EG_TF_LOWER) &&
        (eg_tok_is(text, &r->tk.tok[k - 2], "his") || eg_tok_is(text, &r->tk.tok[k - 2], "her") ||
         eg_tok_is(text, &r->tk.tok[k - 2], "their") || eg_tok_is(text, &r->tk.tok[k - 2], "whose") ||
         r->tk.tok[k - 2].kind == EG_TK_POSS))
        for (size_t i = 0; kin[i].w; i++)
            if (eg_tok_is(text, &r->tk.tok[k - 1], kin[i].w)) return 1 + kin[i].g;
    /* (after a comma: not "... married to Kadlecik's daughter. Kadlecik said") */
    if (k < 2 || r->tk.tok[k - 1].kind != EG_TK_PUNCT || text[r->tk.tok[k - 1].start] != ',') return 0;
    for (uint32_t g = k - 1; g > 0 && g + 4 > k; g--) {
        const eg_token *t = &r->tk.tok[g - 1];
        if (t->kind != EG_TK_WORD) continue;
        for (size_t i = 0; kin[i].w; i++)
            if (eg_tok_is(text, t, kin[i].w)) return 1 + kin[i].g;
    }
    return 0;
}

/* Was the person introduced as another's relative ("his wife, Claire Ashby")? */
static int introduced_as_relative(const eg_docresult *r, const char *text, const eg_mention *m)
{
    return kin_intro(r, text, m) != 0;
}

/* Is the cluster's name a compass word alone or with "Coast" ("West", "the Northeast", "West Coast")? */
static int compass_region(const cluster *c)
{
    static const char *const compass[] = {"west", "east", "north", "south", "northeast", "northwest", "southeast",
                                          "southwest", "midwest", NULL};
    if (c->nw < 1 || c->nw > 2 || (c->nw == 2 && strcmp(c->words[1], "coast"))) return 0;
    for (int q = 0; compass[q]; q++)
        if (!strcmp(c->words[0], compass[q])) return 1;
    return 0;
}

/* The cluster's words [from, to), joined by spaces into buf: their length, 0 when they do not fit. */
static size_t words_span(const cluster *c, int from, int to, char *buf, size_t cap)
{
    size_t n = 0;
    for (int i = from; i < to; i++) {
        size_t l = strlen(c->words[i]);
        if (n + l + 2 > cap) return 0;
        if (n) buf[n++] = ' ';
        memcpy(buf + n, c->words[i], l);
        n += l;
    }
    return n;
}

/* Its words from the from-th on, or its first `to` words. */
static size_t words_from(const cluster *c, int from, char *buf, size_t cap) { return words_span(c, from, c->nw, buf, cap); }
static size_t words_upto(const cluster *c, int to, char *buf, size_t cap) { return words_span(c, 0, to, buf, cap); }

/* Is word i of the cluster's name in the lexicon kind? */
static int cluster_in_word(const cluster *c, int i, eg_lex_kind kind)
{
    return i < c->nw && eg_lex_has(kind, c->words[i], strlen(c->words[i]));
}

static int cluster_in(const cluster *c, eg_lex_kind kind)
{
    char name[256];
    size_t n = words_from(c, 0, name, sizeof name);
    return n && eg_lex_has(kind, name, n);
}

/* Continents and world regions ("Europe", "Latin America", "the Gulf"): places no text's actor is. */
static const char *const world_regions[] = {"europe", "asia", "africa", "north america", "latin america", "south america",
                                            "central america", "middle east", "asia pacific", "southeast asia",
                                            "east asia", "south asia", "central asia", "west africa", "east africa",
                                            "southern africa", "north africa", "sub saharan africa", "caribbean", "gulf",
                                            "persian gulf", "americas", "western hemisphere", "balkans", "scandinavia",
                                            "eastern europe", "western europe", "central europe", "pacific", "arctic",
                                            "antarctica", "oceania", "sahel", "horn of africa", "levant", NULL};

/* Is name[0..n) a continent or a world region? */
static int region_name(const char *name, size_t n)
{
    for (const char *const *w = world_regions; n && *w; w++)
        if (strlen(*w) == n && !eg_ncasecmp(name, *w, n)) return 1;
    return 0;
}

static int world_region(const cluster *c)
{
    if (c->nw < 1 || c->nw > 3) return 0;
    char name[128];
    return region_name(name, words_from(c, 0, name, sizeof name));
}

/* Does cluster c name a country, by any of its names? */
static int country_cluster(const cluster *c)
{
    char name[128];
    size_t n = words_from(c, 0, name, sizeof name);
    return n && eg_lex_country(name, n);
}

/* Do the last k words of p name a country, by any of its names ("Great Britain", "USA")? */
static int ends_in_country(const cluster *p, int k)
{
    if (k >= p->nw) return 0;
    char name[128];
    size_t n = words_from(p, p->nw - k, name, sizeof name);
    if (!n) return 0;
    /* (or a continent's or a world region's: "Nissan North America", "Acme Europe") */
    return region_name(name, n) || eg_lex_country(name, n);
}

/* A hospital's word that stands before the name of the town it serves ("Klinikum Delmenhorst", "Hôpital Necker") */
static int hospital_word(const char *w)
{
    static const char *const words[] = {"klinikum", "klinik", "krankenhaus", "hôpital", "hopital", "ospedale", "policlinico",
                                        "clinique", "clínica", "clinica", "hospital", "universitätsklinikum", NULL};
    for (const char *const *q = words; *q; q++)
        if (!strcmp(w, *q)) return 1;
    return 0;
}

/* The one other cluster of two words or more whose name the organisation list gives the full name v ("Gardaí" and
 * "the Garda Síochána", "the Revolutionary Guards" and "the Islamic Revolutionary Guard Corps"), or -1. */
static int same_known_org(const eg_docresult *r, const cluster *cl, size_t ncl, const cluster *c, const char *v)
{
    int cand = 0, cb = -1;
    for (size_t j = 0; j < ncl && cand < 2; j++) {
        const cluster *p = &cl[j];
        if (p == c || p->parent >= 0 || p->nw < 2) continue;
        const char *pn = r->m[p->first_mention].name;
        const char *pv = eg_lex_value(EG_LEX_ORG, pn, strlen(pn));
        if (pv && !strcmp(pv, v)) { cand++; cb = (int)j; }
    }
    return cand == 1 ? cb : -1;
}

/* Does the name end in a company's legal form or group word ("Corp", "Inc", "Holdings")? */
static int legal_end(const cluster *p)
{
    static const char *const legal[] = {"corp", "inc", "ltd", "co", "plc", "llc", "group", "holdings", "corporation",
                                        "company", "sa", "ag", "nv", "spa", NULL};
    for (const char *const *w = legal; *w; w++)
        if (!strcmp(p->words[p->nw - 1], *w)) return 1;
    return 0;
}

/* "Zephyr" for "Zephyr Entertainment", "Ford" for "Henry Ford Company": 2; a country's branch of it
 * ("Oxfam Great Britain", "Nissan North America"): 3; the first word of a
 * longer name ending in a head word ("Sundara" for "Sundara Port Holdings"): 1; else 0. */
static int is_org_short(const cluster *c, const cluster *p)
{
    if (c->nw >= p->nw) return 0;
    /* (every short form below is made of the longer name's words: a cheap test before the lookups) */
    int has = 0;
    for (int i = 0; i < p->nw && !has; i++) has = !strcmp(p->words[i], c->words[0]);
    if (!has) return 0;
    /* ("Sanofi" beside "Sanofi Pasteur": a known company is not the short form of a name that adds more than
     * organisation words or a legal form to it, its division or brand) */
    if (c->nw == 1 && !strcmp(c->words[0], p->words[0]) && cluster_in(c, EG_LEX_ORG) && !cluster_in(p, EG_LEX_ORG) &&
        !legal_end(p) && !ends_in_country(p, 1) && !ends_in_country(p, 2)) {
        int e2 = p->nw;
        while (e2 > 1 && eg_lex_has(EG_LEX_ORG_HEAD, p->words[e2 - 1], strlen(p->words[e2 - 1]))) e2--;
        /* (so "JPMorgan" stays apart from "JPMorgan Chase Bank", the group's bank, as annotators keep them) */
        if (e2 > 1) return 0;
    }
    /* "the Mets" for "the New York Mets", "the Lakers" for "the Los Angeles Lakers": a team's name after its
     * city (not a head word after its place: "Police" for "Chicago Police") */
    /* (nor a name known on its own, "the Fed" beside "the New York Fed", nor a place's word, "City") */
    if (c->nw <= 2 && p->nw > c->nw && p->nw - c->nw <= 3 && dominant(p->votes) == EG_ORG && dominant(c->votes) != EG_LOC &&
        !eg_lex_has(EG_LEX_ORG_HEAD, c->words[c->nw - 1], strlen(c->words[c->nw - 1])) && !cluster_in(c, EG_LEX_ORG)) {
        int same = 1, k = p->nw - c->nw;
        for (int i = 0; i < c->nw && same; i++) same = !strcmp(c->words[i], p->words[k + i]);
        char place[128];
        size_t pl = same ? words_upto(p, k, place, sizeof place) : 0;
        if (pl && (eg_lex_has(EG_LEX_PLACE, place, pl) || eg_lex_has(EG_LEX_CITY, place, pl))) return 2;
    }
    /* a name ending in a head word, and the longer name going on after it with "of" or "for" */
    if (c->nw >= 2 && p->nw > c->nw + 1 && (!strcmp(p->words[c->nw], "of") || !strcmp(p->words[c->nw], "for")) &&
        eg_lex_has(EG_LEX_ORG_HEAD, c->words[c->nw - 1], strlen(c->words[c->nw - 1]))) {
        int same = 1;
        for (int i = 0; i < c->nw && same; i++) same = !strcmp(c->words[i], p->words[i]);
        /* "the U.S. Attorney's Office" for "the U.S. Attorney's Office for the Southern District of New York", "the
         * Holy Land Foundation" for "the Holy Land Foundation for Relief and Development": the district it serves or
         * the field it works in drops */
        if (p->words[c->nw][0] == 'f') {
            if (same && p->nw > c->nw + 2) return 2;
        } else if (same) {
            /* "Serum Institute" for "Serum Institute of India": a head word's "of PLACE" drops */
            char place[128];
            size_t pl = words_from(p, c->nw + 1 + (p->nw > c->nw + 2 && !strcmp(p->words[c->nw + 1], "the")), place, sizeof place);
            if (pl && (eg_lex_has(EG_LEX_PLACE, place, pl) || eg_lex_has(EG_LEX_CITY, place, pl))) return 2;
        }
    }
    /* "the Ninth Circuit" for "the U.S. Court of Appeals for the Ninth Circuit": the part after "for (the)" that ends in
     * a head word of its own */
    if (c->nw >= 2 && p->nw >= c->nw + 3 && eg_lex_has(EG_LEX_ORG_HEAD, c->words[c->nw - 1], strlen(c->words[c->nw - 1])) &&
        !cluster_in(c, EG_LEX_PLACE)) {
        int k = p->nw - c->nw, same = 1;
        for (int i = 0; i < c->nw && same; i++) same = !strcmp(c->words[i], p->words[k + i]);
        if (same && !strcmp(p->words[k - 1], "the")) k--;
        if (same && !strcmp(p->words[k - 1], "for")) return 2;
    }
    /* "Chicago" is not short for "Chicago Tribune", nor "Lyon" for "Lyon Olympique", nor "Des Moines"
     * for the "Des Moines Register" */
    if (cluster_in(c, EG_LEX_PLACE)) return 0;
    /* "CARVERTON, Ohio —" opens the text: the town, not the "Carverton Courier" */
    if (c->evbits & (1u << EG_EV_DATELINE)) return 0;
    /* "the Queensland city of Ipswich" is the town, not the "Ipswich Ironbarks": a class noun says place */
    /* (not when a class noun says organisation too: "Caribe Terminal, a subsidiary of Istmo Maritime") */
    if ((c->evbits & (1u << EG_EV_CLASS_NOUN)) && dominant(c->firm) == EG_LOC && c->firm[EG_ORG] < 5) return 0;
    /* a smaller city only when the text uses it as a place ("in Des Moines"); "Harlow" for
     * "Harlow University" is the university */
    if ((c->evbits & (1u << EG_EV_PLACE_PREP)) && cluster_in(c, EG_LEX_CITY)) return 0;
    /* "Kerala" beside the "Kerala Health Assurance Mission": a city or region before a name of two
     * words or more is the place the body serves, not its short name */
    /* ("Balochistan" beside the "Balochistan Assembly": a region's own assembly, police or court too) */
    /* ("Dorsey County" beside the "Dorsey County Commission", "Nairobi City County" beside its Assembly: a
     * county's, district's or city's name, whatever the lexicons know) */
    {
        static const char *const public_heads[] = {"mission", "commission", "authority", "department", "ministry",
                                                   "council", "police", "board", "agency", "court", "assembly",
                                                   "office", "bureau", "directorate", "tribunal", "committee",
                                                   "inspectorate", "secretariat", "government", "legislature", NULL};
        static const char *const own_heads[] = {"assembly", "legislature", "government", "police", "council", "court",
                                                "parliament", NULL};
        static const char *const units[] = {"county", "district", "province", "state", "region", "city", "prefecture",
                                            "municipality", "governorate", "parish", "borough", NULL};
        const char *last = p->words[p->nw - 1];
        int unit = 0;
        for (int i = 0; units[i] && !unit; i++) unit = !strcmp(c->words[c->nw - 1], units[i]);
        int prefix = 1;
        for (int i = 0; i < c->nw && prefix; i++) prefix = !strcmp(c->words[i], p->words[i]);
        const char *const *heads = NULL;
        if (c->nw == 1 && p->nw >= 3 && cluster_in(c, EG_LEX_CITY)) heads = public_heads;
        else if (c->nw == 1 && p->nw == 2 && cluster_in(c, EG_LEX_CITY)) heads = own_heads;
        else if (c->nw >= 2 && unit && prefix) heads = public_heads;
        for (int i = 0; heads && heads[i]; i++)
            if (!strcmp(last, heads[i])) return 0;
    }
    int e = p->nw;
    while (e > 0 && eg_lex_has(EG_LEX_ORG_HEAD, p->words[e - 1], strlen(p->words[e - 1]))) e--;
    /* "Bayern" for "Bayern Munich": a trailing place name drops too, unless the short form is a place itself */
    if (e == p->nw && e == c->nw + 1 && eg_lex_has(EG_LEX_PLACE, p->words[e - 1], strlen(p->words[e - 1])) &&
        !eg_lex_has(EG_LEX_PLACE, c->words[0], strlen(c->words[0])) && c->nw == 1)
        e--;
    /* "Oxfam" for "Oxfam Great Britain", "Ranbaxy" for "Ranbaxy USA": a company's branch in a country (the
     * caller leaves the short form apart when a branch is among its candidates) */
    else if (e == p->nw && c->nw == 1 && p->nw <= 3 && !strcmp(c->words[0], p->words[0]) && dominant(p->votes) == EG_ORG)
        for (int k = 2; k >= 1; k--)
            if (p->nw - k == 1 && ends_in_country(p, k)) return 3;
    /* "Shell" for "Royal Dutch Shell": a name after words that only describe it (a people's, "Royal") */
    if (c->nw == 1 && p->nw >= 2 && p->nw <= 3 && !strcmp(c->words[0], p->words[p->nw - 1]) &&
        !eg_lex_has(EG_LEX_ORG_HEAD, c->words[0], strlen(c->words[0])) && !cluster_in(c, EG_LEX_PLACE) &&
        !cluster_in(c, EG_LEX_CITY)) {
        static const char *const describing[] = {"royal", "imperial", "national", "general", "united", "international",
                                                 "great", NULL};
        int all = 1;
        for (int i = 0; i + 1 < p->nw && all; i++) {
            int d = eg_lex_has(EG_LEX_DEMONYM, p->words[i], strlen(p->words[i]));
            for (const char *const *w = describing; *w && !d; w++) d = !strcmp(p->words[i], *w);
            all = d;
        }
        if (all) return 2;
    }
    /* "Celanova" for "Grupo Celanova", "Lemane" for "Banque Lemane": an organisation word in front */
    /* (not a city after a hospital's word: "Delmenhorst" beside "Klinikum Delmenhorst") */
    if (c->nw == 1 && p->nw == 2 && !strcmp(c->words[0], p->words[1]) &&
        eg_lex_has(EG_LEX_ORG_HEAD, p->words[0], strlen(p->words[0])) &&
        !eg_lex_has(EG_LEX_ORG_HEAD, c->words[0], strlen(c->words[0])) &&
        !eg_lex_has(EG_LEX_COMMON, c->words[0], strlen(c->words[0])) &&
        !(cluster_in(c, EG_LEX_CITY) && hospital_word(p->words[0])))
        return 2;
    /* ("Jiwasraya" for "PT Asuransi Jiwasraya": two organisation words in front) */
    if (c->nw == 1 && p->nw == 3 && !strcmp(c->words[0], p->words[2]) &&
        eg_lex_has(EG_LEX_ORG_HEAD, p->words[0], strlen(p->words[0])) &&
        eg_lex_has(EG_LEX_ORG_HEAD, p->words[1], strlen(p->words[1])) &&
        !eg_lex_has(EG_LEX_ORG_HEAD, c->words[0], strlen(c->words[0])) &&
        !eg_lex_has(EG_LEX_COMMON, c->words[0], strlen(c->words[0])) && !cluster_in(c, EG_LEX_CITY) && !cluster_in(c, EG_LEX_PLACE))
        return 2;
    /* "the Mavericks" for "Multan Mavericks", "Ironbarks" for "Ipswich Ironbarks": a team's plural
     * name after its city */
    /* (after a region no list knows too: "the Stingrays" for the "Illawarra Stingrays") */
    if (c->nw == 1 && p->nw == 2 && !strcmp(c->words[0], p->words[1]) && strlen(c->words[0]) > 3 &&
        c->words[0][strlen(c->words[0]) - 1] == 's' && !eg_lex_has(EG_LEX_ORG_HEAD, c->words[0], strlen(c->words[0])) &&
        (eg_lex_has(EG_LEX_PLACE, p->words[0], strlen(p->words[0])) || eg_lex_has(EG_LEX_CITY, p->words[0], strlen(p->words[0])) ||
         (!eg_lex_has(EG_LEX_GIVEN, p->words[0], strlen(p->words[0])) && !eg_lex_has(EG_LEX_COMMON, p->words[0], strlen(p->words[0])) &&
          !eg_lex_has(EG_LEX_SURNAME, p->words[0], strlen(p->words[0])) && dominant(p->votes) == EG_ORG)))
        return 2;
    /* "the Defensoría" for "the Defensoría del Pueblo", "the Xunta" for the "Xunta de Galicia", "the Contraloría" for
     * the "Contraloría General de la República": a Romance name's first word before its connector (or "General"
     * after a word no list knows), when it is a head word or the name an organisation's and the word no name */
    if (c->nw == 1 && p->nw >= 3 && !strcmp(c->words[0], p->words[0])) {
        static const char *const connectors[] = {"de", "del", "della", "des", "du", "do", "da", "di", NULL};
        int conn = 0;
        for (const char *const *w = connectors; *w && !conn; w++) conn = !strcmp(p->words[1], *w);
        if (conn && eg_lex_has(EG_LEX_ORG_HEAD, c->words[0], strlen(c->words[0]))) return 2;
        if ((conn || !strcmp(p->words[1], "general")) && dominant(p->votes) == EG_ORG &&
            !eg_lex_has(EG_LEX_COMMON, c->words[0], strlen(c->words[0])) && !eg_lex_has(EG_LEX_GIVEN, c->words[0], strlen(c->words[0])) &&
            !eg_lex_has(EG_LEX_SURNAME, c->words[0], strlen(c->words[0])) && !cluster_in(c, EG_LEX_PLACE) && !cluster_in(c, EG_LEX_CITY))
            return 2;
    }
    /* "Altamira" for "Grupo Altamira Hoteles": the name between organisation words */
    if (c->nw == 1 && p->nw == 3 && !strcmp(c->words[0], p->words[1]) &&
        eg_lex_has(EG_LEX_ORG_HEAD, p->words[0], strlen(p->words[0])) &&
        eg_lex_has(EG_LEX_ORG_HEAD, p->words[2], strlen(p->words[2])) &&
        !eg_lex_has(EG_LEX_ORG_HEAD, c->words[0], strlen(c->words[0])) &&
        !eg_lex_has(EG_LEX_COMMON, c->words[0], strlen(c->words[0])))
        return 2;
    /* "the House" for the "House of Commons", "the Commons" for it too: the head word of a "HEAD of X"
     * name, or its one plural dictionary word after "of" (not "Valdoria" for the "Bank of Valdoria") */
    if (c->nw == 1 && p->nw == 3 && !strcmp(p->words[1], "of") && eg_lex_has(EG_LEX_ORG_HEAD, p->words[0], strlen(p->words[0])) &&
        (!strcmp(c->words[0], p->words[0]) ||
         (!strcmp(c->words[0], p->words[2]) && !cluster_in(c, EG_LEX_CITY) && !cluster_in(c, EG_LEX_PLACE) &&
          strlen(c->words[0]) > 3 && c->words[0][strlen(c->words[0]) - 1] == 's' &&
          eg_lex_has(EG_LEX_COMMON, c->words[0], strlen(c->words[0])) &&
          !eg_lex_has(EG_LEX_GIVEN, c->words[0], strlen(c->words[0])) && !eg_lex_has(EG_LEX_SURNAME, c->words[0], strlen(c->words[0])))))
        return 2;
    /* "the Teamsters" for the "International Brotherhood of Teamsters": the plural after "HEAD of" that ends a longer
     * name */
    if (c->nw == 1 && p->nw >= 4 && !strcmp(p->words[p->nw - 2], "of") && !strcmp(c->words[0], p->words[p->nw - 1]) &&
        eg_lex_has(EG_LEX_ORG_HEAD, p->words[p->nw - 3], strlen(p->words[p->nw - 3])) && strlen(c->words[0]) > 4 &&
        c->words[0][strlen(c->words[0]) - 1] == 's' && !cluster_in(c, EG_LEX_CITY) && !cluster_in(c, EG_LEX_PLACE) &&
        !eg_lex_has(EG_LEX_GIVEN, c->words[0], strlen(c->words[0])) && !eg_lex_has(EG_LEX_SURNAME, c->words[0], strlen(c->words[0])) &&
        /* (a plain plural only with "the": not "Teachers in Leeds marched" beside the "National Union of Teachers") */
        (!eg_lex_has(EG_LEX_COMMON, c->words[0], strlen(c->words[0])) || (c->evbits & (1u << EG_EV_THE))))
        return 2;
    /* "the Bureau" for the "Federal Bureau of Investigation": the head word of a "WORD HEAD of X" name */
    if (c->nw == 1 && p->nw >= 4 && !strcmp(p->words[2], "of") && !strcmp(c->words[0], p->words[1]) &&
        eg_lex_has(EG_LEX_ORG_HEAD, c->words[0], strlen(c->words[0])) &&
        !eg_lex_has(EG_LEX_ORG_HEAD, p->words[0], strlen(p->words[0])))
        return 2;
    /* "the Commission" for "the European Commission": the head word alone */
    /* (not of a wing named after those it gathers: "Congress" beside the "Indian Youth Congress") */
    if (c->nw == 1 && p->nw >= 2 && !strcmp(c->words[0], p->words[p->nw - 1]) &&
        eg_lex_has(EG_LEX_ORG_HEAD, c->words[0], strlen(c->words[0]))) {
        static const char *const wings[] = {"youth", "women", "womens", "students", "student", "veterans", "workers",
                                            "young", NULL};
        for (int i = 0; i + 1 < p->nw; i++)
            for (const char *const *w = wings; *w; w++)
                if (!strcmp(p->words[i], *w)) return 0;
        return 2;
    }
    /* "Ruihai" for "Tianjin Dongjiang Port Ruihai International Logistics": a company's own word after the
     * place it is in and before its organisation words */
    if (c->nw == 1 && p->nw >= 4 && (cluster_in_word(p, 0, EG_LEX_PLACE) || cluster_in_word(p, 0, EG_LEX_CITY)) &&
        !eg_lex_has(EG_LEX_COMMON, c->words[0], strlen(c->words[0])) && !eg_lex_has(EG_LEX_GIVEN, c->words[0], strlen(c->words[0])) &&
        !eg_lex_has(EG_LEX_SURNAME, c->words[0], strlen(c->words[0])) && !eg_lex_has(EG_LEX_ORG_HEAD, c->words[0], strlen(c->words[0])) &&
        !cluster_in(c, EG_LEX_PLACE) && !cluster_in(c, EG_LEX_CITY)) {
        int k = 0, found = 0;
        for (int i = 1; i + 1 < p->nw; i++)
            if (!strcmp(p->words[i], c->words[0])) { k = i; found++; }
        int heads = found == 1;
        for (int i = k + 1; i < p->nw && heads; i++) heads = eg_lex_has(EG_LEX_ORG_HEAD, p->words[i], strlen(p->words[i]));
        if (heads) return 2;
    }
    /* "Texas Health Presbyterian" for "Texas Health Presbyterian Hospital Dallas": a name of two words or more
     * and the organisation words and town that follow it */
    if (c->nw >= 2 && p->nw > c->nw && p->nw <= c->nw + 3) {
        int same = 1, i = c->nw;
        for (int q = 0; q < c->nw && same; q++) same = !strcmp(c->words[q], p->words[q]);
        int heads = 0;
        while (same && i < p->nw && eg_lex_has(EG_LEX_ORG_HEAD, p->words[i], strlen(p->words[i]))) i++, heads++;
        if (same && heads && i < p->nw && (cluster_in_word(p, i, EG_LEX_CITY) || cluster_in_word(p, i, EG_LEX_PLACE)) &&
            i + 1 == p->nw && !cluster_in(c, EG_LEX_PLACE) && !cluster_in(c, EG_LEX_CITY) && dominant(c->votes) != EG_PERSON)
            return 2;
    }
    /* "MAL" for "MAL Hungarian Aluminium Production and Trade Company": a company's letters opening its
     * formal name, however long */
    /* (a company's form at its end: not "PTI" beside the "PTI Central Executive Committee", a body of it) */
    if (c->nw == 1 && c->is_acronym && p->nw >= 3 && !strcmp(c->words[0], p->words[0]) && legal_end(p) &&
        !cluster_in(c, EG_LEX_PLACE) &&
        /* (not a dateline's town in capitals: "KOLWEZI, Congo" beside "Kolwezi Copper Mining SA") */
        !cluster_in(c, EG_LEX_CITY) && !(c->evbits & (1u << EG_EV_DATELINE)) && strlen(c->words[0]) <= 5)
        return 2;
    /* "Ridgeline" for "Ridgeline Sports Partners", "Sundara" for "Sundara Port Holdings": the first
     * word of a name ending in a head word (not a place: "Luzon" for "Luzon Fuel Trading Corp.") */
    /* ("Westmoor" for "Westmoor Trains", a two-word name typed by other evidence, "Prairie Fuels") */
    int two_org = p->nw <= 3 && e == p->nw && dominant(p->firm) == EG_ORG && p->firm[EG_ORG] >= 3;
    /* ("Tri-County" for "Tri-County Water Services": two first words) */
    int prefix = c->nw <= 2 && c->nw < p->nw;
    for (int i = 0; i < c->nw && prefix; i++) prefix = !strcmp(c->words[i], p->words[i]);
    /* (a two-word short form must be typed an organisation by the text, or have nothing that marks a
     * person: "Verdant Ledger" for "Verdant Ledger Pte Ltd", "Golden Tide" for "Golden Tide Fisheries") */
    const uint32_t person_marks = (1u << EG_EV_GIVEN_NAME) | (1u << EG_EV_SURNAME) | (1u << EG_EV_INITIALS) |
                                  (1u << EG_EV_TITLE) | (1u << EG_EV_ROLE_BEFORE) | (1u << EG_EV_ROLE_APPOSITION) |
                                  (1u << EG_EV_JR_SUFFIX);
    /* ("Al Batinah" for "Al Batinah Marine Services": an Arabic article, not the given name "Al") */
    int article = arabic_article(c);
    uint32_t marks = article ? person_marks & ~((1u << EG_EV_GIVEN_NAME) | (1u << EG_EV_SURNAME)) : person_marks;
    /* (... unless the text gives it a company's head or staff: "Hsin Yuan's chairman") */
    if (c->nw == 2 && prefix && !(c->evbits & (1u << EG_EV_HEADS_OR_EMPLOYS)) &&
        ((dominant(c->votes) != EG_ORG && ((c->evbits & marks) || (c->strong_person && !article) ||
                                           (eg_lex_has(EG_LEX_GIVEN, c->words[0], strlen(c->words[0])) && !article) ||
                                           eg_lex_has(EG_LEX_SURNAME, c->words[1], strlen(c->words[1])))) ||
         eg_lex_has(EG_LEX_ORG_HEAD, c->words[1], strlen(c->words[1]))))
        prefix = 0;
    /* ("Autobuses Volcán" for "Autobuses Volcán del Centro": an organisation word in front and a name) */
    int lead_head = c->nw == 2 && prefix && p->nw >= 3 && eg_lex_has(EG_LEX_ORG_HEAD, c->words[0], strlen(c->words[0])) &&
                    !eg_lex_has(EG_LEX_ORG_HEAD, c->words[1], strlen(c->words[1])) &&
                    !eg_lex_has(EG_LEX_COMMON, c->words[1], strlen(c->words[1]));
    int first = prefix && p->nw <= (e == p->nw ? 3 : 4) + c->nw - 1 &&
                (two_org || lead_head || eg_lex_has(EG_LEX_ORG_HEAD, p->words[p->nw - 1], strlen(p->words[p->nw - 1]))) &&
                !cluster_in(c, EG_LEX_PLACE) && (c->nw == 2 || !eg_lex_has(EG_LEX_SURNAME, c->words[0], strlen(c->words[0]))) &&
                (lead_head || !eg_lex_has(EG_LEX_ORG_HEAD, c->words[0], strlen(c->words[0]))) &&
                (c->nw == 2 || !eg_lex_has(EG_LEX_GIVEN, c->words[0], strlen(c->words[0]))) &&
                (c->nw == 2 || !eg_lex_has(EG_LEX_STOP, c->words[0], strlen(c->words[0]))) && /* ("Big Machine") */
                !eg_lex_has(EG_LEX_TITLE, c->words[0], strlen(c->words[0])) &&
                !eg_lex_has(EG_LEX_DEMONYM, c->words[0], strlen(c->words[0]));
    /* a dictionary word ("Wellspring", "Portcullis") only for a name that ends in a head word */
    /* (two words of the name are evidence enough: "Golden Tide" for "Golden Tide Fisheries") */
    int common = c->nw == 1 && eg_lex_has(EG_LEX_COMMON, c->words[0], strlen(c->words[0]));
    /* ("flew to Dahej" is the town, not the "Dahej Kamdar Sangh") */
    if (e == p->nw && dominant(c->votes) == EG_LOC && (c->evbits & (1u << EG_EV_PLACE_PREP))) return 0;
    if (e == p->nw) /* (a name typed by evidence only is the weaker match: "Rheinwerk Songs" after "Rheinwerk Media") */
        /* (... or one the text treats as a company: "Ironclad's chief financial officer") */
        return first && (!common || (dominant(c->firm) == EG_ORG && c->firm[EG_ORG] >= 3))
                   ? (eg_lex_has(EG_LEX_ORG_HEAD, p->words[p->nw - 1], strlen(p->words[p->nw - 1])) ? 2 : 1)
                   : 0;
    /* "at Northcrest" is a company's as often as a place's: only a known city used so stays apart */
    /* ("Sotik Valley" for "Sotik Valley Tea Company", "Kestrel Bay" for "Kestrel Bay Partners": a
     * place only by its head word, never used as one, is the company's short form) */
    /* (not "Plateau State", "Torres Strait": an administrative or sea word names the place itself) */
    static const char *const admin[] = {"state", "province", "county", "region", "district", "island", "islands",
                                        "strait", "territory", "city", "municipality", "republic", "sea", "gulf", NULL};
    int loc_by_head = dominant(c->votes) == EG_LOC && c->nw >= 2 &&
                      !(c->evbits & ((1u << EG_EV_PLACE_PREP) | (1u << EG_EV_PLACE_LEXICON) | (1u << EG_EV_CLASS_NOUN) |
                                     (1u << EG_EV_DATELINE))) &&
                      !cluster_in(c, EG_LEX_CITY) && !cluster_in(c, EG_LEX_PLACE);
    for (const char *const *w = admin; *w && loc_by_head; w++) loc_by_head = strcmp(c->words[c->nw - 1], *w) != 0;
    /* ("Hokuto's chief executive": a town's name the text gives a company's head is the company's) */
    /* ("at Bayview ... Bayview said it would attend" after "Bayview Marine Engineering": a name no lexicon
     * knows as a place, used after the organisation's full name and speaking, is its short form) */
    /* (a town's name too, never used as a place in the text: "Haiyang said" after "Haiyang Feed Group") */
    int speaks = (c->evbits & (1u << EG_EV_SPEECH_VERB)) && p->first_mention < c->first_mention &&
                 !cluster_in(c, EG_LEX_PLACE) && !common &&
                 (!cluster_in(c, EG_LEX_CITY) ||
                  !(c->evbits & ((1u << EG_EV_PLACE_PREP) | (1u << EG_EV_DATELINE) | (1u << EG_EV_CLASS_NOUN) |
                                 (1u << EG_EV_LOC_HEAD))));
    if (first && e > 1 && (dominant(c->votes) != EG_LOC || loc_by_head || speaks || (c->evbits & (1u << EG_EV_HEADS_OR_EMPLOYS))) &&
        !((c->evbits & (1u << EG_EV_PLACE_PREP)) &&
          (cluster_in(c, EG_LEX_CITY) || common || (c->votes[EG_LOC] >= c->votes[EG_ORG] && !speaks))))
        return 1;
    /* only by dropping an organisation suffix, or more than one ("Northmoor Energy" and
     * "Northmoor" for "Northmoor Energy Corp"); but not an institution's word: "Hamblin Museum" is
     * not the "Hamblin Museum Trust" that runs it */
    static const char *const institutions[] = {"trust", "foundation", "society", "association", "council", "committee",
                                               "board", "fund", "institute", "federation", "union", "commission",
                                               "authority", "agency", "friends", NULL};
    if (c->nw >= 2 && c->nw < p->nw && eg_lex_has(EG_LEX_ORG_HEAD, c->words[c->nw - 1], strlen(c->words[c->nw - 1])))
        for (const char *const *w = institutions; *w; w++)
            if (!strcmp(p->words[p->nw - 1], *w)) return 0;
    for (; e < p->nw; e++) {
        if (e < c->nw) continue;
        int s = e - c->nw, same = 1;
        /* in names of four words or more, a dropped front must start with a given name or "the"
         * ("Henry Ford Motor Company" -> "Ford") */
        /* (or one organisation word: "Serra Azul" for "Frigorifico Serra Azul SA") */
        if (s > 0 && p->nw > 3 && !eg_lex_has(EG_LEX_GIVEN, p->words[0], strlen(p->words[0])) && strcmp(p->words[0], "the") &&
            !(s == 1 && c->nw >= 2 && eg_lex_has(EG_LEX_ORG_HEAD, p->words[0], strlen(p->words[0]))))
            continue;
        for (int i = 0; i < c->nw && same; i++) same = !strcmp(c->words[i], p->words[s + i]);
        if (same) return 2;
    }
    return 0;
}

/* The first mention of cluster c (index ci) outside a headline ("Swiss museum accepts Gurlitt art hoard" opens
 * the text before "Cornelius Gurlitt" is named), or its first mention when all are in one. */
static int body_first(const eg_docresult *r, const char *text, const cluster *c, const int *mcl, int ci)
{
    /* (a heading: a title-case line, or a first line with no full stop before the text goes on) */
    int head0 = 0;
    if (r->tk.nsent > 1 && r->tk.sent[0].tok_end > r->tk.sent[0].tok_start) {
        const eg_token *last = &r->tk.tok[r->tk.sent[0].tok_end - 1];
        /* (a closing quote after the full stop: 'Berg "will not resign."') */
        if ((last->flags & EG_TF_QUOTE) && r->tk.sent[0].tok_end - 1 > r->tk.sent[0].tok_start) last--;
        char ch = text[last->start];
        head0 = !(last->kind == EG_TK_PUNCT && (ch == '.' || ch == '!' || ch == '?'));
    }
    for (size_t i = (size_t)c->first_mention; i < r->nm; i++)
        if (mcl[i] == ci && !r->m[i].headline && !(head0 && r->m[i].sent == 0)) return (int)i;
    return c->first_mention;
}

/* Is cluster c (index ci) named twice before p's first mention? */
static int named_twice_before(const cluster *c, const cluster *p, const int *mcl, int ci)
{
    int n = 0;
    for (int i = c->first_mention; i >= 0 && i < p->first_mention && n < 2; i++) n += mcl[i] == ci;
    return n >= 2;
}

/* "Boeing" said twice before "Boeing Commercial Airplanes" is named: the company, not the division's
 * short form; a longer name used later that adds a word other than an organisation word or a
 * country ("Oxfam International", "Ranbaxy USA") is a part of it or a name of its own */
static int used_before(const cluster *c, const cluster *p, const int *mcl, int ci)
{
    if (c->first_mention >= p->first_mention || c->nw >= p->nw) return 0;
    /* (a company's full legal name later is still its own: "Exxon ... Exxon Mobil Corp", "Goldman ... Goldman
     * Sachs Group Inc") */
    /* (so a company's letters opening its formal name: "MAL ... MAL Hungarian Aluminium Production and Trade
     * Company") */
    if (legal_end(p) || !named_twice_before(c, p, mcl, ci)) return 0;
    int e = p->nw;
    while (e > c->nw && eg_lex_has(EG_LEX_ORG_HEAD, p->words[e - 1], strlen(p->words[e - 1]))) e--;
    for (int k = 2; k >= 1 && e > c->nw; k--)
        if (e == p->nw && p->nw - k >= c->nw && ends_in_country(p, k)) { e -= k; break; }
    return e > c->nw;
}

/* "Mitsui Fudosan Residential, a unit of Japan's largest property developer Mitsui Fudosan", "YPF Agro, the farm
 * supplies unit of state energy company YPF": a short name the text sets apart from the longer one in one sentence,
 * as the whole the longer one is a part of (or the part of it), is another organisation, not its short form. */
static int named_as_part(const eg_docresult *r, const char *text, const int *mcl, int ci, int pj)
{
    static const char *const part_words[] = {"unit", "subsidiary", "division", "arm", "affiliate", "parent", "owner",
                                             "branch", "spin-off", "spinoff", "offshoot", "units", "subsidiaries", NULL};
    for (size_t i = 0; i < r->nm; i++) {
        if (mcl[i] != ci) continue;
        /* (the mentions of i's sentence only: mentions are in text order) */
        size_t k0 = i;
        while (k0 > 0 && r->m[k0 - 1].sent == r->m[i].sent) k0--;
        for (size_t k = k0; k < r->nm && r->m[k].sent == r->m[i].sent; k++) {
            if (mcl[k] != pj) continue;
            uint32_t lo = r->m[i].tok_end < r->m[k].tok_start ? r->m[i].tok_end : r->m[k].tok_end;
            uint32_t hi = r->m[i].tok_end < r->m[k].tok_start ? r->m[k].tok_start : r->m[i].tok_start;
            if (hi <= lo || hi - lo > 14) continue;
            /* (the noun in lower case, and the relation it names: "PART of [the ...] NAME" with no other noun's "of"
             * between, or "NAME's ... PART"; not "which sold its steel division last year, said Acme") */
            for (uint32_t g = lo; g < hi; g++) {
                int part = 0;
                for (const char *const *w = part_words; *w && (r->tk.tok[g].flags & EG_TF_LOWER) && !part; w++)
                    part = eg_tok_is(text, &r->tk.tok[g], *w);
                if (!part) continue;
                if (g + 1 < hi && eg_tok_is(text, &r->tk.tok[g + 1], "of")) {
                    int clean = 1;
                    for (uint32_t q = g + 2; q < hi && clean; q++)
                        clean = !(r->tk.tok[q].kind == EG_TK_PUNCT) && !eg_tok_is(text, &r->tk.tok[q], "of") &&
                                !eg_tok_is(text, &r->tk.tok[q], "which") && !eg_tok_is(text, &r->tk.tok[q], "that");
                    if (clean) return 1;
                }
                if (lo < g && r->tk.tok[lo].kind == EG_TK_POSS && g <= lo + 4) return 1;
            }
        }
    }
    return 0;
}

/* Is token t a site's noun that follows a place's own name ("dam", "mine", "hills")? */
static int site_noun(const char *text, const eg_token *t)
{
    static const char *const sites[] = {"dam", "mine", "river", "hills", "valley", "prison", "plant", "terminal", "depot",
                                        "oilfield", "reservoir", "refinery", "smelter", "camp", "lake", "canal", NULL};
    for (const char *const *w = sites; *w; w++)
        if (eg_tok_is(text, t, *w)) return 1;
    return 0;
}

/* Drop root cluster i and every cluster joined to it, with the reason. */
static void drop_tree(cluster *cl, size_t ncl, size_t i, const char *reason)
{
    for (size_t j = 0; j < ncl; j++)
        if (j == i || (cl[j].parent >= 0 && root(cl, (int)j) == (int)i)) {
            cl[j].dropped = 1;
            cl[j].reason = reason;
        }
}

/* Is mention m a place's abbreviation used as a modifier of the noun after it ("U.S. prosecutors", "the U.S.
 * attorney", "million US dollars", "U.S. District Judge")? Not when a verb, a function word or punctuation
 * follows ("talks with the U.S. and China", "the U.S. imposed", "in the U.S."). */
static int abbrev_modifier(const eg_docresult *r, const char *text, const eg_mention *m)
{
    static const char *const nominal[] = {"and", "or", "but", "nor", "to", "in", "on", "at", "of", "for", "with",
                                          "from", "by", "as", "than", "that", "which", "who", "whose", "has", "have",
                                          "had", "is", "are", "was", "were", "will", "would", "can", "could", "should",
                                          "must", "may", "might", "did", "does", "do", "said", "says", "also", "still",
                                          "now", "then", "itself", "alone", "after", "before", "over", "under", "into",
                                          "against", "since", "until", "while", "if", "because", "wants", "needs",
                                          "sees", "remains", "became", "began", "took", "gave", "made", "sought", "won",
                                          "lost", "led", "this", "last", "next", "first", "instead", "too", "so", "not",
                                          "never", "where", "amid", "today", "yesterday", "during", "rose", "fell",
                                          "grew", "spent", "hit", "struck", "share", "shares", "left", "sent", "sold",
                                          "bought", "paid", "kept", "held", "told", "came", "went", "saw", "met", "put",
                                          "set", "cut", "let", "ran", "via", NULL};
    const eg_tokens *tk = &r->tk;
    if (m->tok_end != m->tok_start + 1 || m->tok_end >= tk->ntok) return 0;
    const eg_token *t = &tk->tok[m->tok_start], *n = &tk->tok[m->tok_end];
    /* (a place's letters, or the United Nations': "the U.N. refugee agency", "UN peacekeepers") */
    if (!(t->flags & EG_TF_ALLCAPS) || t->len > 6 ||
        !(eg_lex_value(EG_LEX_PLACE, text + t->start, t->len) || eg_tok_is(text, t, "UN") || eg_tok_is(text, t, "U.N.")))
        return 0;
    /* (a headline's capitals say nothing: "U.S. Imposes New Sanctions") */
    if (t->flags & EG_TF_HEADLINE) return 0;
    if (n->kind != EG_TK_WORD || n->start > t->start + t->len + 1) return 0;
    if (n->flags & EG_TF_CAP) return !(n->flags & EG_TF_SSTART);
    if (!(n->flags & EG_TF_LOWER) || eg_tok_in(text, n, nominal)) return 0;
    /* ("the U.S. imposed", "the U.S. quickly agreed": a past tense or an adverb) */
    if (n->len > 3 && ((text[n->start + n->len - 2] == 'e' && text[n->start + n->len - 1] == 'd') ||
                       (text[n->start + n->len - 2] == 'l' && text[n->start + n->len - 1] == 'y')))
        return 0;
    return 1;
}

/* Is mention m a place named before an office's title or role ("Cuyahoga County Prosecutor Timothy McGinty",
 * "Minnesota Attorney General Keith Ellison")? The place qualifies the office there, as an adjective does
 * ("U.S. prosecutors"). */
static int place_title_modifier(const eg_docresult *r, const char *text, const eg_mention *m)
{
    /* (the place's own head is no office of it: "Michigan Governor Rick Snyder", "Maui County Mayor X") */
    /* (nor a club's: "Liverpool Manager Jurgen Klopp") */
    static const char *const heads[] = {"governor", "gov", "lieutenant", "lt", "mayor", "premier", "president",
                                        "prime", "first", "chief", "deputy", "vice", "lord", "manager", "coach",
                                        "captain", "boss", "chairman", "owner", NULL};
    const eg_tokens *tk = &r->tk;
    if (m->tok_end >= tk->ntok) return 0;
    const eg_token *t = &tk->tok[m->tok_end - 1], *n = &tk->tok[m->tok_end];
    if ((t->flags & EG_TF_HEADLINE) || n->kind != EG_TK_WORD || n->start != t->start + t->len + 1 ||
        (n->flags & EG_TF_SSTART) || !(n->flags & EG_TF_CAP) || !eg_lex_may_start(EG_LEX_TITLE, text + n->start, n->len))
        return 0;
    for (size_t k = 0; k < 3 && m->tok_end + k < tk->ntok; k++) {
        const eg_token *e = &tk->tok[m->tok_end + k];
        if (e->kind != EG_TK_WORD || (k && e->start != tk->tok[m->tok_end + k - 1].start + tk->tok[m->tok_end + k - 1].len + 1))
            break;
        size_t len = e->start + e->len - n->start;
        if (eg_lex_has(EG_LEX_TITLE, text + n->start, len)) return !eg_tok_in(text, n, heads);
    }
    return 0;
}

static int add_alias(eg_dentity *e, const char *form, const char *reason)
{
    for (size_t i = 0; i < e->naliases; i++)
        if (!strcmp(e->aliases[i], form)) return 0;
    char **a = realloc(e->aliases, (e->naliases + 1) * sizeof *a);
    if (!a) return EG_ENOMEM;
    e->aliases = a;
    char **r = realloc(e->reasons, (e->naliases + 1) * sizeof *r);
    if (!r) return EG_ENOMEM;
    e->reasons = r;
    e->aliases[e->naliases] = eg_strdup(form);
    e->reasons[e->naliases] = eg_strdup(reason);
    if (!e->aliases[e->naliases] || !e->reasons[e->naliases]) return EG_ENOMEM;
    e->naliases++;
    return 0;
}

/* One letter inserted, dropped, changed or two neighbours swapped: "Falkenberg" / "Falkenburg". */
static int one_edit(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la < lb) { const char *t = a; a = b; b = t; size_t tl = la; la = lb; lb = tl; }
    if (la - lb > 1) return 0;
    size_t i = 0;
    while (i < lb && a[i] == b[i]) i++;
    if (i == lb) return la != lb; /* equal strings are no edit; a dropped last letter is */
    if (la != lb) return !strcmp(a + i + 1, b + i);
    if (!strcmp(a + i + 1, b + i + 1)) return 1;
    return i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && !strcmp(a + i + 2, b + i + 2);
}

static int word_count(const char *s)
{
    int n = 1;
    for (; *s; s++)
        if (*s == ' ') n++;
    return n;
}

int eg_resolve(eg_docresult *r, const char *text)
{

    int rc = 0;
    eg_strmap keys = EG_STRMAP_INIT, sexes = EG_STRMAP_INIT;
    eg_strmap org_firsts = EG_STRMAP_INIT; /* first words of the organisations named with two words or more */
    size_t nparties = 0;                   /* clusters whose last word is "party" (step 0p reads only these texts) */
    cluster *cl = NULL;
    size_t ncl = 0;
    int *order = NULL;
    size_t *royal = NULL, nroyal = 0; /* the clusters named with a royal title ("King Abdullah II") */
    size_t *nick = NULL, nnick = 0;   /* ... and with a nickname in quotes (Kevin "Rook" Pham) */
    int *ent_of_root = NULL;
    int (*defv)[EG_NTYPES] = NULL; /* default-only votes per root cluster */
    if (!r->nm) return 0;
    cl = calloc(r->nm, sizeof *cl);
    int *mcl = calloc(r->nm, sizeof *mcl);
    int *brk = NULL, *kna = NULL, *apa = NULL;
    order = calloc(r->nm, sizeof *order);
    if (!cl || !mcl || !order) { rc = EG_ENOMEM; goto done; }

    /* "Mr Harte" and "Ms Harte" in a text with a Lachlan and a Simone Harte: surnames that the text
     * gives to both sexes (by honorifics or given names), whose one-word mentions with an honorific
     * form a cluster per sex */
    int any_gendered = 0;
    for (size_t i = 0; i < r->nm && !any_gendered; i++)
        any_gendered = r->m[i].title >= 0 && !strchr(r->m[i].name, ' ') && title_gender(r, text, &r->m[i]);
    if (any_gendered)
        for (size_t i = 0; i < r->nm; i++) {
            const char *sp = strrchr(r->m[i].name, ' ');
            int g = mention_gender(r, text, &r->m[i]);
            if (!g) continue;
            char *last = eg_name_key(sp ? sp + 1 : r->m[i].name);
            if (!last) { rc = EG_ENOMEM; goto done; }
            intptr_t *sx = eg_strmap_put(&sexes, last, strlen(last), 0, NULL);
            free(last);
            if (!sx) { rc = EG_ENOMEM; goto done; }
            *sx |= sp ? g : g << 2; /* bearers' sexes in bits 0-1, honorifics' in bits 2-3 */
        }
    for (size_t i = 0; i < r->nm; i++) {
        eg_mention *m = &r->m[i];
        char *key = eg_name_key(m->name);
        if (!key) { rc = EG_ENOMEM; goto done; }
        size_t kl = strlen(key);
        int tg = any_gendered && !strchr(m->name, ' ') ? title_gender(r, text, m) : 0;
        intptr_t *sx = tg ? eg_strmap_get(&sexes, key, kl) : NULL;
        /* (only when a full name states a sex: "Mr" and "Ms" Harte with a Lachlan and a Simone
         * the lists cannot tell apart stay one cluster, resolved as a bare surname) */
        if (sx && (*sx & 3) && ((*sx | *sx >> 2) & 3) == (EG_GENDER_M | EG_GENDER_F)) {
            char *k2 = realloc(key, kl + 3);
            if (!k2) { free(key); rc = EG_ENOMEM; goto done; }
            key = k2;
            memcpy(key + kl, tg == EG_GENDER_M ? "|m" : "|f", 3);
        }
        int ins;
        intptr_t *slot = eg_strmap_put(&keys, key, strlen(key), (intptr_t)ncl, &ins);
        if (!slot) { free(key); rc = EG_ENOMEM; goto done; }
        if (ins) {
            cluster *c = &cl[ncl];
            c->key = key;
            c->parent = -1;
            c->first_mention = (int)i;
            c->wbuf = eg_strndup(key, kl);
            if (!c->wbuf) { rc = EG_ENOMEM; goto done; }
            char *save = NULL;
            for (char *w = strtok_r(c->wbuf, "-", &save); w && c->nw < MAXW; w = strtok_r(NULL, "-", &save))
                c->words[c->nw++] = w;
            if (c->nw > 1 && is_jr_word(c->words[c->nw - 1])) { c->jr = 1; c->nw--; }
            c->hyph = hyphen_bits(m->name);
            c->is_handle = m->name[0] == '@';
            c->is_acronym = m->is_acronym;
            ncl++;
        } else {
            free(key);
        }
        cluster *c = &cl[*slot];
        mcl[i] = (int)*slot;
        c->nmentions++;
        for (int t = 0; t < EG_NTYPES; t++) c->votes[t] += m->type_votes[t];
        if (m->evidence & ~(1u << EG_EV_DEFAULT))
            for (int t = 0; t < EG_NTYPES; t++) c->firm[t] += m->type_votes[t];
        c->evbits |= m->evidence;
        c->place_ctx += (m->evidence >> EG_EV_PLACE_PREP) & 1;
        c->gender |= mention_gender(r, text, m);
        if (m->evidence & ((1u << EG_EV_TITLE) | (1u << EG_EV_GIVEN_NAME) | (1u << EG_EV_INITIALS) |
                           (1u << EG_EV_ROLE_APPOSITION) | (1u << EG_EV_JR_SUFFIX)))
            c->strong_person++;
        if (m->evidence & ((1u << EG_EV_TITLE) | (1u << EG_EV_INITIALS) | (1u << EG_EV_ROLE_APPOSITION) | (1u << EG_EV_JR_SUFFIX)))
            c->firm_person++;
    }
    for (size_t i = 0; i < ncl; i++) {
        cluster *c = &cl[i];
        c->given_single = c->nw == 1 && !c->jr && eg_lex_has(EG_LEX_GIVEN, c->words[0], strlen(c->words[0]));
    }
    for (size_t q = 0; q < r->ncues; q++) { /* titles: "Senator Marsh" goes to the senator */
        const eg_cue *cu = &r->cues[q];
        cluster *c = &cl[mcl[cu->mention]];
        if (c->title[0]) continue;
        size_t s0 = r->tk.tok[cu->tok_start].start, e0 = r->tk.tok[cu->tok_end - 1].start + r->tk.tok[cu->tok_end - 1].len;
        if (e0 - s0 >= sizeof c->title) continue;
        for (size_t k = 0; k < e0 - s0; k++) {
            char ch = text[s0 + k];
            c->title[k] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
        }
        c->title[e0 - s0] = 0;
    }

    /* per cluster, its first mention in brackets right after another name ("X (ANA)"), and for its first
     * mention after "known as" ("X, known as Y") the mention of the name it is known as of: found once here,
     * used in steps 2b and 2c */
    brk = malloc((ncl ? ncl : 1) * sizeof *brk);
    kna = malloc((ncl ? ncl : 1) * sizeof *kna);
    apa = malloc((ncl ? ncl : 1) * sizeof *apa);
    if (!brk || !kna || !apa) { rc = EG_ENOMEM; goto done; }
    for (size_t i = 0; i < ncl; i++) brk[i] = kna[i] = apa[i] = -1;
    /* "FIDE, the International Chess Federation:": letters, then the organisation's name in apposition */
    for (size_t i = 0; i + 1 < r->nm; i++) {
        const eg_mention *m = &r->m[i], *n = &r->m[i + 1];
        if (!m->is_acronym || apa[mcl[i]] >= 0 || n->tok_start != m->tok_end + 2 || n->tok_end - n->tok_start < 2 ||
            n->tok_end >= r->tk.ntok || !eg_tok_is(text, &r->tk.tok[m->tok_end], ",") ||
            !eg_tok_is(text, &r->tk.tok[m->tok_end + 1], "the"))
            continue;
        const eg_token *hw = &r->tk.tok[n->tok_end - 1], *after = &r->tk.tok[n->tok_end];
        if (!eg_lex_has(EG_LEX_ORG_HEAD, text + hw->start, hw->len) || after->kind != EG_TK_PUNCT ||
            !(text[after->start] == ':' || text[after->start] == ',' || text[after->start] == '.' ||
              text[after->start] == ';' || text[after->start] == ')'))
            continue;
        apa[mcl[i]] = (int)i;
    }
    for (size_t i = 1; i < r->nm; i++) {
        const eg_mention *m = &r->m[i], *f = &r->m[i - 1];
        int closes = m->tok_end < r->tk.ntok && eg_tok_is(text, &r->tk.tok[m->tok_end], ")");
        /* ("the Water Workers' Union (STA, from its Spanish name)": a note on the letters after a comma) */
        if (!closes && m->is_acronym && m->tok_end + 2 < r->tk.ntok && eg_tok_is(text, &r->tk.tok[m->tok_end], ",")) {
            int note = 0;
            for (uint32_t g = m->tok_end + 1; g < r->tk.ntok && g < m->tok_end + 8 && !closes; g++) {
                if (eg_tok_is(text, &r->tk.tok[g], ")")) closes = note;
                else if (eg_tok_is(text, &r->tk.tok[g], "name") || eg_tok_is(text, &r->tk.tok[g], "initials") ||
                         eg_tok_is(text, &r->tk.tok[g], "acronym") || eg_tok_is(text, &r->tk.tok[g], "abbreviation"))
                    note = 1;
                else if (!(r->tk.tok[g].flags & EG_TF_LOWER) && !(r->tk.tok[g].flags & EG_TF_CAP))
                    break;
            }
        }
        if (brk[mcl[i]] < 0 && m->tok_start >= 1 && closes && f->tok_end + 1 == m->tok_start &&
            eg_tok_is(text, &r->tk.tok[m->tok_start - 1], "("))
            brk[mcl[i]] = (int)i;
        if (kna[mcl[i]] >= 0) continue;
        uint32_t k = known_as_start(r, text, m), q_comma = 0;
        /* ("Low Taek Jho, a Malaysian financier better known as Jho Low": past a short description) */
        if (k >= 4 && r->tk.tok[k - 1].kind == EG_TK_WORD && f->tok_end + 2 < k && f->tok_end + 8 > k &&
            eg_tok_is(text, &r->tk.tok[f->tok_end], ",") &&
            (eg_tok_is(text, &r->tk.tok[f->tok_end + 1], "a") || eg_tok_is(text, &r->tk.tok[f->tok_end + 1], "an") ||
             eg_tok_is(text, &r->tk.tok[f->tok_end + 1], "the"))) {
            /* (a description of the name itself, up to five words: not "the wife of a drug lord better known
             * as Y", whose Y is the drug lord) */
            int plain = k - f->tok_end <= 6;
            for (uint32_t g = f->tok_end + 1; g < k && plain; g++)
                plain = r->tk.tok[g].kind == EG_TK_WORD &&
                        ((r->tk.tok[g].flags & EG_TF_LOWER) ||
                         eg_lex_has(EG_LEX_DEMONYM, text + r->tk.tok[g].start, r->tk.tok[g].len)) &&
                        !eg_tok_is(text, &r->tk.tok[g], "of") && !eg_tok_is(text, &r->tk.tok[g], "for") &&
                        !eg_tok_is(text, &r->tk.tok[g], "to") && !eg_tok_is(text, &r->tk.tok[g], "with");
            if (plain) k = f->tok_end + 1;
        }
        if (k >= 2 && (eg_tok_is(text, &r->tk.tok[k - 1], ",") || eg_tok_is(text, &r->tk.tok[k - 1], "(")) && f->tok_end == k - 1)
            kna[mcl[i]] = (int)(i - 1);
        /* ("Adolfo Macias, the leader of Los Choneros known as \"Fito\"": a leader's role and the proper name of the
         * group he leads; the name after "known as" is no acronym, the group's letters) */
        /* (a person's nickname: one word or in quotes, not "known as the Houthis", nor the group's own short name,
         * "Harakat Al-Shabaab Al-Mujahideen known as Al-Shabaab", nor a two-word name unquoted, "Boko Haram") */
        else if (k >= 8 && !m->is_acronym && m->tok_start > 0 && !eg_tok_is(text, &r->tk.tok[m->tok_start - 1], "the") &&
                 (m->tok_end == m->tok_start + 1 || (r->tk.tok[m->tok_start - 1].flags & EG_TF_QUOTE)) &&
                 known_leader(r, text, k, &q_comma) && !name_inside(r, text, m, q_comma, k)) {
            for (size_t a = i; a > 0; a--)
                if (r->m[a - 1].tok_end == q_comma) { kna[mcl[i]] = (int)(a - 1); break; }
        }
        /* ("The Federal Cartel Office, which is based in Bonn and known in German as the Bundeskartellamt": the
         * name the relative clause is about, not the place inside it) */
        else if (k >= 6 && eg_tok_is(text, &r->tk.tok[k - 1], "and")) {
            for (uint32_t q = k - 2; q + 14 > k && q >= 1; q--) {
                if (!eg_tok_is(text, &r->tk.tok[q], ",")) continue;
                if (!eg_tok_is(text, &r->tk.tok[q + 1], "which") && !eg_tok_is(text, &r->tk.tok[q + 1], "who")) break;
                for (size_t a = i; a > 0; a--)
                    if (r->m[a - 1].tok_end == q) { kna[mcl[i]] = (int)(a - 1); break; }
                break;
            }
        }
    }

    /* (the monarchs named with a royal title: step 5g looks among them for the name without the regnal number) */
    royal = malloc((ncl ? ncl : 1) * sizeof *royal);
    nick = malloc((ncl ? ncl : 1) * sizeof *nick);
    if (!royal || !nick) { rc = EG_ENOMEM; goto done; }
    for (size_t i = 0; i < ncl; i++) {
        /* (or peeled as its title: "Pope John Paul II") */
        if (cl[i].nw >= 2 && (royal_word(cl[i].words[0]) || royal_word(cl[i].title))) royal[nroyal++] = i;
        /* ("Odebrecht" opens "Odebrecht SA": the word is a company's too, read in the surname step) */
        if (cl[i].nw >= 2 && !strcmp(cl[i].words[cl[i].nw - 1], "party")) nparties++;
        if (cl[i].nw >= 2 && dominant(cl[i].votes) == EG_ORG &&
            !eg_strmap_put(&org_firsts, cl[i].words[0], strlen(cl[i].words[0]), 1, NULL)) {
            rc = EG_ENOMEM;
            goto done;
        }
        /* (and the names that give a nickname in quotes: step 5c looks among them) */
        const char *n = r->m[cl[i].first_mention].name;
        if (cl[i].nw >= 3 && (strchr(n, '"') || strstr(n, "\xe2\x80\x9c"))) nick[nnick++] = i;
    }
    /* longest first: a cluster may only join a cluster with more words */
    for (size_t i = 0; i < ncl; i++) order[i] = (int)i;
    for (size_t i = 1; i < ncl; i++) { /* insertion sort by word count desc, stable */
        int x = order[i];
        size_t j = i;
        while (j > 0 && cl[order[j - 1]].nw + cl[order[j - 1]].jr < cl[x].nw + cl[x].jr) { order[j] = order[j - 1]; j--; }
        order[j] = x;
    }
    for (size_t oi = 0; oi < ncl; oi++) {
        cluster *c = &cl[order[oi]];
        int ctype = dominant(c->votes);
        int best = -1, nbest = 0, order_clash = 0;
        const char *why = NULL;
        /* 0. "Khalid Hamadi" for "Khalid Salim Hamadi", "Salim Hamadi" for "Salim Juma Hamadi" (not the
         * tail of "Khalid Salim Hamadi"): a given name and the surname, the middle name left out */
        if (c->nw == 2 && !c->jr && !c->is_acronym && ctype == EG_PERSON) {
            int cand = 0, cb = -1;
            for (size_t j = 0; j < ncl; j++) {
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0 || p->nw != 3 || p->jr || dominant(p->votes) != EG_PERSON ||
                    strcmp(p->words[0], c->words[0]) || strcmp(p->words[2], c->words[1]))
                    continue;
                /* (not a name the text used before a relative's longer name: "Jamie Spears", the father, and later
                 * "her younger sister, Jamie Lynn Spears") */
                if (c->first_mention < p->first_mention && introduced_as_relative(r, text, &r->m[p->first_mention]))
                    continue;
                cand++;
                cb = (int)j;
            }
            if (cand == 1) { best = cb; nbest = 1; why = "given name and surname of the full name"; }
        }
        /* 0g. "Luis Claudio" for "Luis Claudio Lula da Silva", "Maria Fernanda" for "Maria Fernanda Souza Lima": the
         * given names that open a longer name of four words or more (one such name only) */
        if (nbest == 0 && c->nw == 2 && !c->jr && !c->is_acronym && ctype == EG_PERSON &&
            eg_lex_has(EG_LEX_GIVEN, c->words[0], strlen(c->words[0])) && eg_lex_has(EG_LEX_GIVEN, c->words[1], strlen(c->words[1])) &&
            !eg_lex_has(EG_LEX_SURNAME, c->words[1], strlen(c->words[1]))) {
            int cand = 0, cb = -1;
            for (size_t j = 0; j < ncl; j++) {
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0 || p->nw < 4 || p->jr || dominant(p->votes) != EG_PERSON ||
                    strcmp(p->words[0], c->words[0]) || strcmp(p->words[1], c->words[1]))
                    continue;
                cand++;
                cb = (int)j;
            }
            if (cand == 1) { best = cb; nbest = 1; why = "given names that open the full name"; }
        }
        /* 0p. "the Conservatives" for "the Conservative Party", "the Free Democrats" for the "Free Democratic Party":
         * a party by its members' plural (the mention step keeps only plurals of a party the text names) */
        if (nbest == 0 && nparties && !c->jr && c->nw >= 1 && c->nw <= 3) {
            const char *last = c->words[c->nw - 1];
            size_t ll = strlen(last);
            if (ll >= 4 && last[ll - 1] == 's') {
                int cand = 0, cb = -1;
                for (size_t j = 0; j < ncl; j++) {
                    const cluster *p = &cl[j];
                    if (p == c || p->parent >= 0 || p->nw != c->nw + 1 || strcmp(p->words[p->nw - 1], "party")) continue;
                    int same = 1;
                    for (int w = 0; w + 1 < c->nw && same; w++) same = !strcmp(p->words[w], c->words[w]);
                    const char *pw = p->words[c->nw - 1];
                    size_t pl = strlen(pw);
                    if (same && ((pl == ll - 1 && !strncmp(pw, last, ll - 1)) ||
                                 (pl == ll + 1 && !strncmp(pw, last, ll - 1) && !strcmp(pw + ll - 1, "ic")))) {
                        cand++;
                        cb = (int)j;
                    }
                }
                if (cand == 1) { best = cb; nbest = 1; why = "members' plural of the party's name"; }
            }
        }
        /* 1. surname / tail, with Jr. agreement */
        for (int pass = 0; pass < 2 && nbest == 0; pass++) {
            for (size_t j = 0; j < ncl; j++) {
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0 || p->nw <= c->nw) continue;
                if (c->jr && !p->jr) continue;
                if (!c->jr && p->jr != pass) continue;
                if (!bears(c, p)) continue; /* ("Valdivia": Martín Valdivia's, or Ernesto Valdivia Salazar's) */
                /* "Canada" is no surname of "Global Affairs Canada": a known place joins only a name with a
                 * person's evidence */
                if (c->nw == 1 && cluster_in(c, EG_LEX_PLACE) && !p->strong_person) continue;
                /* "Bank of Cyprus" is not the tail of the "Central Bank of Cyprus": a central bank and a commercial
                 * bank named after the same country */
                if (dominant(p->votes) != EG_PERSON && c->nw >= 2 && !strcmp(c->words[0], "bank") &&
                    (!strcmp(p->words[0], "central") || !strcmp(p->words[0], "peoples") || !strcmp(p->words[0], "people")))
                    continue;
                /* "Mobil Corp." is not the tail of "Exxon Mobil Corp." when the text names "Exxon" on its own: the
                 * longer organisation joins two that the text names apart */
                /* (that other name: the dropped front alone, or with the same last word: "Exxon", "Exxon Corp.") */
                if (dominant(p->votes) != EG_PERSON && dominant(c->votes) != EG_PERSON) {
                    int front = p->nw - c->nw, apart = 0;
                    for (size_t q = 0; q < ncl && !apart; q++) {
                        const cluster *o = &cl[q];
                        if (q == j || o == c || dominant(o->votes) != EG_ORG ||
                            !(o->nw == front || (o->nw == front + 1 && !strcmp(o->words[front], p->words[p->nw - 1]))))
                            continue;
                        /* (not a body's word alone: "the House" beside the "House Judiciary Committee") */
                        apart = !(o->nw == front && front == 1 &&
                                  (eg_lex_has(EG_LEX_ORG_HEAD, o->words[0], strlen(o->words[0])) ||
                                   eg_lex_has(EG_LEX_COMMON, o->words[0], strlen(o->words[0]))));
                        for (int w = 0; w < front && apart; w++) apart = !strcmp(o->words[w], p->words[w]);
                    }
                    if (apart) continue;
                }
                /* "Ms Harte" is not "Lachlan Harte" (but "Abdel Rahman" for "Mona Abdel Rahman": the first
                 * word of an Arabic compound surname says nothing of the bearer's sex) */
                /* (nor a double surname's first word, which a census list may hold as a given name: "Johnson
                 * Sirleaf" for Ellen Johnson Sirleaf, when no honorific states a sex) */
                if (c->gender && p->gender && !(c->gender & p->gender) &&
                    !(c->nw >= 2 && (!strcmp(c->words[0], "abdel") || !strcmp(c->words[0], "abdul") ||
                                     !strcmp(c->words[0], "abd") || !strcmp(c->words[0], "abu") ||
                                     !strcmp(c->words[0], "abou"))) &&
                    !(c->nw >= 2 && p->nw > c->nw && is_tail(c, p) && !c->title[0]))
                    continue;
                /* ("the National Security Council" beside Iran's "Supreme National Security Council": two bodies the
                 * organisation list knows apart) */
                if (c->nw >= 2 && dominant(p->votes) != EG_PERSON) {
                    const char *cn = r->m[c->first_mention].name, *pn = r->m[p->first_mention].name;
                    const char *cv = eg_lex_value(EG_LEX_ORG, cn, strlen(cn)), *pv = eg_lex_value(EG_LEX_ORG, pn, strlen(pn));
                    /* (not a country's name or people's word in front: "the U.S. Department of Justice", the "American
                     * Red Cross", which the list may spell apart) */
                    int nation = 0;
                    for (int w = 0; w + c->nw < p->nw && !nation; w++)
                        nation = eg_lex_has(EG_LEX_PLACE, p->words[w], strlen(p->words[w])) ||
                                 eg_lex_has(EG_LEX_DEMONYM, p->words[w], strlen(p->words[w])) || !strcmp(p->words[w], "u.s") ||
                                 !strcmp(p->words[w], "us") || !strcmp(p->words[w], "u.s.");
                    if (cv && pv && strcmp(cv, pv) && !nation) continue;
                }
                int ptype = dominant(p->votes);
                if (c->nw == 1 && ptype != EG_PERSON) continue;
                /* "South Africa" is not short for "Independent Communications Authority of South Africa" */
                if (ptype != EG_PERSON && (cluster_in(c, EG_LEX_PLACE) || cluster_in(c, EG_LEX_CITY))) continue;
                /* "the federal Environmental Protection Agency" is not the "Ohio Environmental Protection
                 * Agency": a known body of its own after a place's name */
                if (ptype != EG_PERSON && c->nw >= 2 && cluster_in(c, EG_LEX_ORG)) {
                    char pre[128];
                    size_t pl = 0;
                    int ok = 1;
                    for (int i = 0; i < p->nw - c->nw && ok; i++) {
                        size_t wl = strlen(p->words[i]);
                        if (pl + wl + 2 > sizeof pre) { ok = 0; break; }
                        if (pl) pre[pl++] = ' ';
                        memcpy(pre + pl, p->words[i], wl);
                        pl += wl;
                    }
                    /* (a country's name in front is the same national body: "U.S. Justice Department", "Justice
                     * Department") */
                    if (ok && pl && (eg_lex_has(EG_LEX_PLACE, pre, pl) || eg_lex_has(EG_LEX_CITY, pre, pl)) &&
                        !eg_lex_country(pre, pl))
                        continue;
                }
                /* "the European Union" is not short for "the Court of Justice of the European Union": a name
                 * after "of" in a longer organisation's name is the body it belongs to */
                if (ptype != EG_PERSON && c->nw >= 2 && p->nw > c->nw + 1 && cluster_in(c, EG_LEX_ORG)) {
                    int at = p->nw - c->nw - 1;
                    if (!strcmp(p->words[at], "the") && at > 0) at--;
                    if (!strcmp(p->words[at], "of") || !strcmp(p->words[at], "for")) continue;
                }
                /* a bare word's default votes do not outweigh the full name ("Pellham, 58, was") */
                /* ... and one weak vote ("met with Hargrove": after "with") does not either */
                /* ... nor a city of the same name ("Kettering", "Ribera") when a person bears it */
                /* (a full name that is a person's only by default takes its short form's type:
                 * "Andesur's chief executive" makes "Constructora Andesur" a company; evidence, not the
                 * default of the shape: "Bankman-Fried" for Sam Bankman-Fried) */
                if (ptype == EG_PERSON && ctype != EG_PERSON && c->votes[ctype] >= 4 && c->firm[ctype] > 0 && p->strong_person &&
                    !(ctype == EG_LOC && c->nw == 1 && cluster_in(c, EG_LEX_CITY) && !cluster_in(c, EG_LEX_PLACE)) &&
                    /* (nor a word no list knows as a place: "no confidence in Marsh" for "Steven Marsh") */
                    !(ctype == EG_LOC && c->nw == 1 && !cluster_in(c, EG_LEX_CITY) && !cluster_in(c, EG_LEX_PLACE)) &&
                    /* (nor a place's name that is the first surname of the full name and is never written as
                     * a place: "accused Valencia of" for Judge Hernán Valencia Ospina, not "in Valencia") */
                    /* (nor a place's name that is the first surname of the full name and is never written
                     * as a place: "accused Valencia of" for Judge Hernán Valencia Ospina; not after "in",
                     * "at" or "from", no dateline, no "the port city" or "-based") */
                    !(ctype == EG_LOC && first_surname(c, p) && c->place_ctx == 0 &&
                      !(c->evbits & (1u << EG_EV_DATELINE | 1u << EG_EV_LOC_HEAD | 1u << EG_EV_CLASS_NOUN))) &&
                    /* (nor a known company's or place's word that only its list types, where the text writes it
                     * as a person's: "Ford, who heads" for Christopher A. Ford, "spoke to Bergamo" for Paolo
                     * Bergamo) */
                    /* (after the full name only: not "Ford shares rose ... Tom Ford, an analyst") */
                    !(c->nw == 1 && !(c->evbits & ~((1u << EG_EV_ORG_LEXICON) | (1u << EG_EV_PLACE_LEXICON) |
                                                    (1u << EG_EV_DEFAULT) | (1u << EG_EV_SPEECH_VERB) | (1u << EG_EV_SURNAME) |
                                                    (1u << EG_EV_CONNECTOR))) &&
                      c->votes[EG_PERSON] > 0 && c->first_mention > p->first_mention) &&
                    /* (nor one "which" after the bare word, the only evidence, after the full name: "to remove Zuma,
                     * which would also have forced" for President Jacob Zuma) */
                    /* (unless the word opens an organisation's name in the text: "Odebrecht SA" beside Marcelo Odebrecht) */
                    !(c->nw == 1 && c->first_mention > p->first_mention && c->firm[EG_ORG] <= 2 &&
                      !(c->evbits & ~((1u << EG_EV_WHICH_AFTER) | (1u << EG_EV_DEFAULT) | (1u << EG_EV_SPEECH_VERB) |
                                      (1u << EG_EV_CONNECTOR))) &&
                      !(org_firsts.n && eg_strmap_get(&org_firsts, c->words[0], strlen(c->words[0])))) &&
                    (c->nw > 1 || (dominant(c->firm) != EG_PERSON &&
                                   c->firm[EG_PERSON] + c->firm[EG_ORG] + c->firm[EG_LOC] > 1)))
                    continue;
                if (best != (int)j) { best = (int)j; nbest++; }
                why = c->jr ? "surname with Jr. suffix" : (c->nw == 1 ? "surname of the full name" : "shorter form of the full name");
            }
        }
        /* "Kim" with a Sung Kim and a Kim Jong Un: a Chinese, Korean or Vietnamese surname that also opens
         * a full name written surname first has two bearers; it stays apart (not "Graham" beside Lindsey
         * Graham and Graham Allen Smith) */
        if (nbest == 1 && c->nw == 1 && !c->jr && eg_east_asian_surname(c->words[0], strlen(c->words[0])))
            for (size_t j = 0; j < ncl; j++) {
                const cluster *p = &cl[j];
                if (p != c && (int)j != best && p->parent < 0 && (p->nw == 3 || (p->nw == 2 && hyphened_given(r->m[p->first_mention].name))) && !p->jr &&
                    dominant(p->votes) == EG_PERSON && !strcmp(p->words[0], c->words[0]) &&
                    strcmp(p->words[p->nw - 1], c->words[0])) {
                    nbest = 2;
                    order_clash = 1;
                    break;
                }
            }
        /* "Ms Harte" with a Simone and a Lachlan Harte: the one bearer of the honorific's sex */
        if (nbest > 1 && (c->gender == EG_GENDER_M || c->gender == EG_GENDER_F)) {
            int sb = -1, ns = 0;
            for (size_t j = 0; j < ncl; j++) {
                cluster *p = &cl[j];
                /* (one named before the honorific is first used: "Mr Banda" after Chikondi Banda is
                 * not his brother Yamikani, named later) */
                if (p == c || p->parent >= 0 || p->nw <= c->nw || p->jr != c->jr || !is_tail(c, p) ||
                    p->gender != c->gender || dominant(p->votes) != EG_PERSON || p->first_mention > c->first_mention)
                    continue;
                sb = (int)j;
                ns++;
            }
            if (ns == 1) { best = sb; nbest = 1; why = "surname with an honorific of the bearer's sex"; }
        }
        /* "the Commerce Committee" with a "Senate Commerce Committee" and a "House Energy and Commerce
         * Committee": an organisation's short form of two words or more is the name it ends with the
         * fewest words in front */
        if (nbest > 1 && c->nw >= 2 && dominant(c->votes) != EG_PERSON) {
            int g = -1, nmin = 0, wmin = 1 << 30, persons = 0;
            for (size_t j = 0; j < ncl; j++) {
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0 || p->nw <= c->nw || p->jr != c->jr || !is_tail(c, p)) continue;
                if (dominant(p->votes) == EG_PERSON) persons++;
                if (p->nw < wmin) { wmin = p->nw; nmin = 0; }
                if (p->nw == wmin) { nmin++; g = (int)j; }
            }
            if (nmin == 1 && !persons) { best = g; nbest = 1; why = "shorter form of the name nearest in length"; }
        }
        /* 1a. "Urrutia" for "Felipe Urrutia Salas": the first of two surnames (Spanish order) */
        if (nbest == 0 && c->nw == 1 && !c->jr && !eg_lex_has(EG_LEX_GIVEN, c->words[0], strlen(c->words[0])) &&
            !eg_lex_has(EG_LEX_COMMON, c->words[0], strlen(c->words[0]))) {
            int cand = 0, cb = -1;
            for (size_t j = 0; j < ncl; j++) {
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0 || p->nw != 3 || p->jr || dominant(p->votes) != EG_PERSON ||
                    strcmp(p->words[1], c->words[0]) || !eg_lex_has(EG_LEX_GIVEN, p->words[0], strlen(p->words[0])))
                    continue;
                cand++;
                cb = (int)j;
            }
            if (cand == 1) { best = cb; nbest = 1; why = "first of two surnames of the full name"; }
        }
        /* 1a'. "Lula" for "Luiz Inacio Lula da Silva": the word before a surname's particle, by which the
         * person is known */
        if (nbest == 0 && c->nw == 1 && !c->jr && !c->is_acronym && !eg_lex_has(EG_LEX_COMMON, c->words[0], strlen(c->words[0]))) {
            static const char *const particles[] = {"da", "de", "do", "dos", "das", "di", "del", "della", NULL};
            int cand = 0, cb = -1;
            for (size_t j = 0; j < ncl; j++) {
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0 || p->nw < 4 || p->jr || dominant(p->votes) != EG_PERSON) continue;
                for (int i = 1; i + 2 < p->nw; i++) {
                    int part = 0;
                    for (const char *const *q = particles; *q && !part; q++) part = !strcmp(p->words[i + 1], *q);
                    if (part && !strcmp(p->words[i], c->words[0])) { cand++; cb = (int)j; break; }
                }
            }
            if (cand == 1) { best = cb; nbest = 1; why = "the name before the surname's particle"; }
        }
        /* 1b. "Kwan" for "Kwan Jia Hao": a surname written first (East Asian order) */
        /* (or any lone word, when the full name's given name is hyphened as in Chinese and Korean
         * romanisation: "Tseng" for "Tseng Po-wen", "Choi" for "Choi Min-seok") */
        int lex_surname = eg_lex_has(EG_LEX_SURNAME, c->words[0], strlen(c->words[0])) &&
                          !eg_lex_has(EG_LEX_GIVEN, c->words[0], strlen(c->words[0]));
        if (nbest == 0 && c->nw == 1 && !c->jr && !c->is_acronym) {
            /* several ("Kwan Jia Hao ... Kwan ... his brother, Kwan Jia Ming"): the one named before */
            int cand = 0, cb = -1, nbefore = 0, bb = -1, others = 0;
            for (size_t j = 0; j < ncl; j++) {
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0 || p->nw < 2 || p->nw > 3 || p->jr || dominant(p->votes) != EG_PERSON ||
                    strcmp(p->words[0], c->words[0]))
                    continue;
                /* ("Kim" with a Kim Jong Un and a Kim Eui-kyeom: the hyphen does not choose between them) */
                if (!(lex_surname || hyphened_given(r->m[p->first_mention].name))) { others++; continue; }
                cand++;
                cb = (int)j;
                if (p->first_mention <= c->first_mention) { nbefore++; bb = (int)j; }
            }
            if (cand > 1) { cand = nbefore; cb = bb; }
            if (cand == 1 && !others) { best = cb; nbest = 1; why = "surname written first in the full name"; }
        }
        /* 1b'. "Tedros" for "Tedros Adhanom Ghebreyesus", "Kafeel" for "Kafeel Khan": the first word of one person's
         * full name, a word no list knows (Ethiopian names, and given names the lists lack) */
        if (nbest == 0 && c->nw == 1 && !c->jr && !c->is_acronym && dominant(c->firm) != EG_LOC &&
            !(c->evbits & (1u << EG_EV_DATELINE)) && !eg_lex_has(EG_LEX_GIVEN, c->words[0], strlen(c->words[0])) &&
            !eg_lex_has(EG_LEX_SURNAME, c->words[0], strlen(c->words[0])) &&
            !eg_lex_has(EG_LEX_COMMON, c->words[0], strlen(c->words[0])) && !cluster_in(c, EG_LEX_PLACE) &&
            !cluster_in(c, EG_LEX_CITY) && !cluster_in(c, EG_LEX_ORG) && !cluster_in(c, EG_LEX_DEMONYM) &&
            !eg_lex_has(EG_LEX_ORG_HEAD, c->words[0], strlen(c->words[0]))) {
            int cand = 0, cb = -1, others = 0;
            for (size_t j = 0; j < ncl; j++) {
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0 || p->nw < 2) continue;
                int has = 0;
                for (int i = 0; i < p->nw && !has; i++) has = !strcmp(p->words[i], c->words[0]);
                if (!has) continue;
                if (p->nw > 3 || p->jr || dominant(p->votes) != EG_PERSON || strcmp(p->words[0], c->words[0])) { others++; continue; }
                cand++;
                cb = (int)j;
            }
            if (cand == 1 && !others) { best = cb; nbest = 1; why = "first word of the one full name, by which the person is known"; }
        }
        /* 1c. "the North" for "North Korea", "the South" for "South Sudan": a compass word alone and the one
         * place of two words the text names that starts with it */
        if (nbest == 0 && c->nw == 1 && dominant(c->votes) != EG_PERSON &&
            (!strcmp(c->words[0], "north") || !strcmp(c->words[0], "south") ||
                                         !strcmp(c->words[0], "east") || !strcmp(c->words[0], "west"))) {
            int cand = 0, cb = -1;
            for (size_t j = 0; j < ncl; j++) {
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0 || p->nw != 2 || strcmp(p->words[0], c->words[0]) || dominant(p->votes) != EG_LOC)
                    continue;
                cand++;
                cb = (int)j;
            }
            if (cand == 1) { best = cb; nbest = 1; why = "compass word for the place it starts"; }
        }
        /* 2. organisation short form */
        /* (many person votes from a surname list alone do not keep "Calderon" from "Calderon
         * Therapeutics", when no person of the text has that name) */
        int best_how = 0, branch = 0;
        /* (a given name and a surname is the person an organisation is named after, not its short
         * form: "the late magnate Stavros Kalogeropoulos" and the "Stavros Kalogeropoulos Foundation") */
        const char *last = c->words[c->nw - 1];
        /* (not an Arabic article: "Al Noor" for "Al Noor Logistics") */
        int person_name = c->nw >= 2 && c->nw <= 3 && !c->is_acronym && dominant(c->votes) == EG_PERSON &&
                          eg_lex_has(EG_LEX_GIVEN, c->words[0], strlen(c->words[0])) &&
                          !arabic_article(c) && !eg_lex_has(EG_LEX_ORG_HEAD, last, strlen(last)) &&
                          /* (a common word too when a middle initial marks the person: "Donald J. Trump" and the
                           * "Donald J. Trump Foundation") */
                          (!eg_lex_has(EG_LEX_COMMON, last, strlen(last)) || (c->evbits & (1u << EG_EV_INITIALS))) &&
                          !eg_lex_has(EG_LEX_PLACE, last, strlen(last));
        /* (nor do a name's many "said"s when nothing else marks a person: "Pacific Crest" for
         * "Pacific Crest Air") */
        /* (an acronym whose expansion the text gives goes to it, not to the names it starts:
         * "NRL" is the "National Rugby League (NRL)", not the "NRL Integrity Unit") */
        /* (the names an acronym spells, found once: step 3 takes them too) */
        int nspell = 0, spell = -1;
        /* (or a name merged into a shorter one of the same organisation: "Fiat Chrysler Automobiles" into
         * "Fiat Chrysler", a name the organisation list gives it too; the acronym goes to that one) */
        if (c->is_acronym && c->nw == 1)
            for (size_t j = 0; j < ncl; j++) {
                if ((cl[j].parent >= 0 && cl[j].reason != why_same_known) || dominant(cl[j].votes) == EG_PERSON ||
                    !initials_match(c, &cl[j]))
                    continue;
                int rj = root(cl, (int)j);
                if (&cl[rj] != c && rj != spell) {
                    nspell++;
                    spell = rj;
                }
            }
        int spelled = c->is_acronym && c->nw == 1 && (brk[c - cl] >= 0 || nspell > 0);
        /* ("Al Batinah's chief executive" for "Al Batinah Marine Services": "Al" is an article there) */
        int al_first = arabic_article(c);
        /* ("Noble" for "Noble Group": a word that is a given name too, with no title, initial or role of a person) */
        if (nbest == 0 && !person_name && !spelled &&
            (c->votes[EG_PERSON] < 8 || !(c->nw == 1 ? c->firm_person : c->strong_person) || al_first)) {
            for (size_t j = 0; j < ncl; j++) {
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0) continue;
                /* ("Crownfield" said three times for a "Crownfield Live" named once, a person only by
                 * its shape: the organisation's short form votes for it) */
                /* (or an organisation by one weak vote: "Crownfield Live", its last word a plain noun) */
                int weak = (dominant(p->votes) == EG_PERSON ? p->votes[EG_PERSON] <= 2 && !p->strong_person
                                                            : dominant(p->votes) == EG_ORG && p->votes[EG_ORG] <= 2) &&
                           c->nw == 1 && ctype == EG_ORG && c->votes[EG_ORG] >= 2 && p->nw == 2 &&
                           !strcmp(c->words[0], p->words[0]) && !cluster_in(c, EG_LEX_PLACE) &&
                           !eg_lex_has(EG_LEX_GIVEN, p->words[0], strlen(p->words[0])) &&
                           !eg_lex_has(EG_LEX_SURNAME, p->words[0], strlen(p->words[0])) &&
                           !eg_lex_has(EG_LEX_SURNAME, p->words[1], strlen(p->words[1])) &&
                           !eg_lex_has(EG_LEX_COMMON, p->words[0], strlen(p->words[0]));
                if (dominant(p->votes) == EG_PERSON && !weak) continue;
                if (c->votes[EG_PERSON] >= 8 && !al_first && (p->nw > 3 || strcmp(c->words[0], p->words[0]) ||
                                                 !eg_lex_has(EG_LEX_ORG_HEAD, p->words[p->nw - 1], strlen(p->words[p->nw - 1]))))
                    continue;
                int how = dominant(p->votes) == EG_PERSON ? (weak ? 1 : is_org_short(c, p)) : is_org_short(c, p);
                /* a country branch among the candidates: the short form may be the group's or the branch's */
                if (how == 3) { branch = 1; continue; }
                if (!how && weak) how = 1;
                else if (dominant(p->votes) != EG_PERSON) weak = 0; /* (named as one only when the short form decides) */
                if (how && dominant(p->votes) == EG_ORG && used_before(c, p, mcl, (int)(c - cl))) continue;
                /* (a longer name set apart as a part or a whole: no short form of that one) */
                if (how && named_as_part(r, text, mcl, (int)(c - cl), (int)j)) continue;
                if (!how || how < best_how) continue;
                if (how > best_how) { best_how = how; nbest = 0; }
                best = (int)j;
                nbest++;
                why = weak ? why_org_short_named : why_org_short;
            }
            if (branch) nbest = 0;
            /* "Daesong" with "Daesong Group", "Daesong Chemical" and "Daesong Logistics": the group */
            if (nbest > 1) {
                int ng = 0, g = -1;
                for (size_t j = 0; j < ncl; j++) {
                    cluster *p = &cl[j];
                    if (p == c || p->parent >= 0 || dominant(p->votes) == EG_PERSON || p->nw != c->nw + 1 ||
                        (strcmp(p->words[p->nw - 1], "group") && strcmp(p->words[p->nw - 1], "holdings")) ||
                        is_org_short(c, p) != best_how)
                        continue;
                    ng++;
                    g = (int)j;
                }
                if (ng == 1) { best = g; nbest = 1; why = "short form of the group's name"; }
            }
            /* "Evermore Funeral Group ... Evermore had misused ... a subsidiary, Evermore Plans Ltd.": the
             * one named before the short form is first used */
            if (nbest > 1) {
                int nb = 0, g = -1;
                for (size_t j = 0; j < ncl; j++) {
                    cluster *p = &cl[j];
                    if (p == c || p->parent >= 0 || dominant(p->votes) == EG_PERSON || is_org_short(c, p) != best_how ||
                        p->first_mention > c->first_mention)
                        continue;
                    nb++;
                    g = (int)j;
                }
                if (nb == 1) { best = g; nbest = 1; why = "short form of the organisation named before it"; }
            }
        }
        /* 2b. "the National Water Authority (ANA)", "the Office for Students (OfS)", "the Frankfurt Labour
         * Court (Arbeitsgericht Frankfurt)": a short or foreign form in brackets right after an
         * organisation's name is that name's, whatever language its letters come from */
        int bracket_ok = !c->jr && c->nw <= 3 && !cluster_in(c, EG_LEX_PLACE) &&
                         (c->is_acronym || c->nw == 1 || dominant(c->votes) != EG_PERSON || !c->strong_person);
        /* (not "NEW YORK (Reuters)": a dateline's place and its agency) */
        if (nbest == 0 && bracket_ok && brk[c - cl] >= 0) {
            int pj = root(cl, mcl[brk[c - cl] - 1]);
            /* (a foreign name may be as long as the English one: "the Court of Auditors (Tribunal de Contas)") */
            if (&cl[pj] != c && cl[pj].nw >= 2 && (cl[pj].nw > c->nw || (!c->is_acronym && cl[pj].nw == c->nw && c->nw >= 2)) &&
                dominant(cl[pj].votes) == EG_ORG &&
                !cluster_in(&cl[pj], EG_LEX_PLACE) && !cluster_in(&cl[pj], EG_LEX_CITY) &&
                !(cl[pj].evbits & (1u << EG_EV_DATELINE))) {
                best = pj;
                nbest = 1;
                why = "acronym given in brackets after the full name";
            }
        }
        /* 2c. "Luzon Telecom, known as LuzTel", "X, also known as Y": the name the text says it goes by */
        if (nbest == 0 && !c->jr && c->nw <= 2 && kna[c - cl] >= 0 && !cluster_in(c, EG_LEX_PLACE)) {
            int pj = root(cl, mcl[kna[c - cl]]);
            /* (or as long: "Stephanie Clifford, known professionally as Stormy Daniels") */
            /* (or a person's surname alone, which joins the full name later: "Francis, widely known as \"Fat
             * Leonard,\"") */
            if (&cl[pj] != c && (cl[pj].nw >= c->nw || c->nw == 1 || dominant(cl[pj].votes) == EG_PERSON) &&
                cl[pj].parent < 0) {
                best = pj;
                nbest = 1;
                why = "the name the text says it is known as";
            }
        }
        if (nbest == 0 && !c->jr && c->is_acronym && apa[c - cl] >= 0) {
            int pj = root(cl, mcl[apa[c - cl] + 1]);
            if (&cl[pj] != c && cl[pj].parent < 0 && cl[pj].nw >= 2 && dominant(cl[pj].votes) == EG_ORG) {
                best = pj;
                nbest = 1;
                why = "letters followed by the organisation's name in apposition";
            }
        }
        /* 2d. "the Foreign Ministry" for the "Ministry of Foreign Affairs", "the Health Department" for the
         * "Department of Health": a ministry's field in front of its head word */
        if (nbest == 0 && !c->jr && c->nw >= 2 && c->nw <= 4 &&
            (!strcmp(c->words[c->nw - 1], "ministry") || !strcmp(c->words[c->nw - 1], "department"))) {
            int cand = 0, cb = -1;
            for (size_t j = 0; j < ncl; j++) {
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0 || p->nw < c->nw + 1 || strcmp(p->words[0], c->words[c->nw - 1]) ||
                    (strcmp(p->words[1], "of") && strcmp(p->words[1], "for")))
                    continue;
                int w = 2 + !strcmp(p->words[2], "the"), same = p->nw - w >= c->nw - 1;
                for (int i = 0; same && i < c->nw - 1; i++) same = !strcmp(p->words[w + i], c->words[i]);
                int rest = p->nw - w - (c->nw - 1);
                if (same && (rest == 0 || (rest == 1 && !strcmp(p->words[p->nw - 1], "affairs")))) { cand++; cb = (int)j; }
            }
            if (cand == 1) { best = cb; nbest = 1; why = "the field in front of the organisation's head word"; }
        }
        /* 2e. "Homeland Security" for the "Department of Homeland Security", "Health and Human Services" for the
         * "Department of Health and Human Services": a department's field of two words or more, alone */
        if (nbest == 0 && !c->jr && c->nw >= 2 && c->nw <= 5 && dominant(c->votes) != EG_PERSON &&
            !cluster_in(c, EG_LEX_PLACE) && !cluster_in(c, EG_LEX_CITY)) {
            int cand = 0, cb = -1;
            for (size_t j = 0; j < ncl; j++) {
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0 || p->nw != c->nw + 2 || strcmp(p->words[1], "of") ||
                    (strcmp(p->words[0], "department") && strcmp(p->words[0], "ministry")))
                    continue;
                int same = 1;
                for (int i = 0; same && i < c->nw; i++) same = !strcmp(p->words[2 + i], c->words[i]);
                if (same) { cand++; cb = (int)j; }
            }
            if (cand == 1) { best = cb; nbest = 1; why = "the field of the department named alone"; }
        }
        /* 2f. "the PLUM Committee" for the "Planning and Land Use Management Committee": the letters of the words
         * before a shared head word */
        if (nbest == 0 && !c->jr && c->nw == 2 && strlen(c->words[0]) >= 3 && strlen(c->words[0]) <= 6 &&
            eg_lex_has(EG_LEX_ORG_HEAD, c->words[1], strlen(c->words[1])) && caps_word(r->m[c->first_mention].name)) {
            int cand = 0, cb = -1;
            for (size_t j = 0; j < ncl; j++) {
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0 || p->nw < 4 || strcmp(p->words[p->nw - 1], c->words[1])) continue;
                if (spell_from(p, 0, p->nw - 1, c->words[0])) { cand++; cb = (int)j; }
            }
            if (cand == 1) { best = cb; nbest = 1; why = "letters of the words before the same head word"; }
        }
        /* 3. acronym ↔ expansion */
        /* ("Caltech" for the "California Institute of Technology": a short name the lexicon expands, too) */
        int lex_short = 0;
        if (nbest == 0 && c->nw == 1 && !c->is_acronym && !c->is_handle) {
            const char *v = eg_lex_value(EG_LEX_ORG, c->words[0], strlen(c->words[0]));
            const char *bar = v ? strchr(v, '|') : NULL;
            lex_short = bar && strchr(bar + 1, ' ') != NULL;
        }
        if (nbest == 0 && c->nw == 1 && (c->is_acronym || c->is_handle || lex_short)) {
            if (nspell && !lex_short) { best = spell; nbest = nspell; why = "acronym of the full name"; }
            /* the expansion the lexicon knows: when nothing else spells it, or when two names do ("SEC"
             * with a "Securities and Exchange Commission" and a "Senate Ethics Committee") */
            if (nbest != 1 && (c->is_acronym || lex_short)) {
                const char *v = eg_lex_value(EG_LEX_ORG, c->words[0], strlen(c->words[0]));
                const char *bar = v ? strchr(v, '|') : NULL;
                if (bar) {
                    char *k = eg_name_key(bar + 1);
                    if (!k) { rc = EG_ENOMEM; goto done; }
                    intptr_t *s = eg_strmap_get(&keys, k, strlen(k));
                    if (s && cl[*s].parent < 0 && (size_t)*s != (size_t)(c - cl) && (nbest == 0 || initials_match(c, &cl[*s]))) {
                        best = (int)*s;
                        nbest = 1;
                        why = "acronym of the full name (lexicon)";
                    }
                    free(k);
                    /* ("Gardaí" and "the Garda Síochána" for "An Garda Síochána": another name the lexicon gives the
                     * same full name) */
                    int cb;
                    if (nbest != 1 && (cb = same_known_org(r, cl, ncl, c, v)) >= 0) {
                        best = cb;
                        nbest = 1;
                        why = why_same_known;
                    }
                }
            }
        }
        /* 3'. "the Revolutionary Guards" for "the Islamic Revolutionary Guard Corps": a name of several words the
         * organisation list gives a full name that the text names too, or names by another of its names */
        if (nbest == 0 && c->nw >= 2 && !c->jr) {
            const char *cn = r->m[c->first_mention].name;
            const char *v = eg_lex_value(EG_LEX_ORG, cn, strlen(cn));
            const char *bar = v ? strchr(v, '|') : NULL;
            int cb;
            if (bar && (cb = same_known_org(r, cl, ncl, c, v)) >= 0) {
                best = cb;
                nbest = 1;
                why = why_same_known;
            }
        }
        /* 3b. "PG&E" for "Pacific Gas and Electric Company", "ComEd" for "Commonwealth Edison Co.": capitals
         * joined by "&", or a word whose capitals open the words of the full name */
        if (nbest == 0 && c->nw <= 2 && !c->jr && !c->is_handle && short_form_shape(r->m[c->first_mention].name)) {
            int cand = 0, cb = -1;
            for (size_t j = 0; j < ncl; j++) {
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0 || p->nw < 2 || dominant(p->votes) == EG_PERSON) continue;
                if (short_company_form(r->m[c->first_mention].name, p)) { cand++; cb = (int)j; }
            }
            if (cand == 1) { best = cb; nbest = 1; why = "short form of the full name's words"; }
        }
        /* 4. @handle */
        if (nbest == 0 && c->is_handle) {
            for (size_t j = 0; j < ncl; j++) {
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0 || p->is_handle) continue;
                char joined[256];
                size_t jl = 0;
                for (int w = 0; w < p->nw && jl < sizeof joined - 1; w++)
                    for (const char *q = p->words[w]; *q && jl < sizeof joined - 1; q++) joined[jl++] = *q;
                joined[jl] = 0;
                if (!strcmp(joined, c->words[0])) { best = (int)j; nbest++; why = "handle of the name"; }
            }
        }
        /* 5. first name used alone */
        if (nbest == 0 && c->given_single) {
            int cand = 0, cb = -1;
            for (size_t j = 0; j < ncl; j++) {
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0 || p->nw < 2 || dominant(p->votes) != EG_PERSON) continue;
                /* ("Neymar ... His father, Neymar da Silva Santos": a name used alone before a relative's) */
                /* (unless the name alone was itself a relative's: "his eldest son, Lachlan, ... Lachlan Murdoch") */
                if (c->first_mention < p->first_mention && introduced_as_relative(r, text, &r->m[p->first_mention]) &&
                    !introduced_as_relative(r, text, &r->m[c->first_mention]))
                    continue;
                if (!strcmp(p->words[0], c->words[0])) { cand++; cb = (int)j; }
            }
            if (cand == 1) { best = cb; nbest = 1; why = "first name of the full name"; }
            else if (cand > 1) { c->dropped = 1; c->reason = "ambiguous first name"; }
        }
        /* 5b. "Somsack" for "Somsack Inthavong": a word of no list, a person's, that only one full
         * name starts with (names whose given name the lists lack) */
        /* (also a word typed only by its shape or a "said" after it: "Natthapong denied the accusation"
         * after "Natthapong Srisuwan", "Kiril is selling" after "Kiril Vulchev") */
        const uint32_t weak_bits = (1u << EG_EV_DEFAULT) | (1u << EG_EV_SPEECH_VERB);
        int weak_only = !(c->evbits & ~weak_bits);
        if (nbest == 0 && c->nw == 1 && !c->jr && !c->is_acronym && !c->is_handle &&
            (dominant(c->votes) == EG_PERSON || weak_only) &&
            !eg_lex_has(EG_LEX_SURNAME, c->words[0], strlen(c->words[0])) &&
            !eg_lex_has(EG_LEX_COMMON, c->words[0], strlen(c->words[0])) && !cluster_in(c, EG_LEX_PLACE) &&
            !cluster_in(c, EG_LEX_CITY) && !eg_lex_has(EG_LEX_ORG, c->words[0], strlen(c->words[0]))) {
            int cand = 0, cb = -1;
            for (size_t j = 0; j < ncl; j++) {
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0 || p->nw < 2 || p->jr || dominant(p->votes) != EG_PERSON) continue;
                if (c->first_mention < p->first_mention && introduced_as_relative(r, text, &r->m[p->first_mention]) &&
                    !introduced_as_relative(r, text, &r->m[c->first_mention]))
                    continue;
                if (!strcmp(p->words[0], c->words[0]) || !strcmp(p->words[p->nw - 1], c->words[0])) { cand++; cb = (int)j; }
            }
            if (cand == 1 && !strcmp(cl[cb].words[0], c->words[0]) &&
                (dominant(c->votes) == EG_PERSON || cl[cb].first_mention < c->first_mention)) {
                best = cb;
                nbest = 1;
                why = "first name of the full name";
            }
        }
        /* 5c. "Rook" for Kevin "Rook" Pham: the nickname the full name gives in quotes */
        /* (of up to three words: "El Chapo" for Joaquin "El Chapo" Guzman Loera) */
        if (nbest == 0 && nnick && c->nw <= 3 && !c->jr && !c->is_acronym && !c->is_handle) {
            int cand = 0, cb = -1;
            for (size_t q = 0; q < nnick; q++) {
                size_t j = nick[q];
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0 || p->nw < c->nw + 2) continue;
                int same = 1;
                for (int w = 0; w < c->nw && same; w++) same = !strcmp(p->words[w + 1], c->words[w]);
                if (!same) continue;
                cand++;
                cb = (int)j;
            }
            if (cand == 1) { best = cb; nbest = 1; why = "nickname given in quotes in the full name"; }
        }
        /* 5d. "Doug" or "Doug Whitaker" for "Douglas Whitaker": a short form of the given name of
         * exactly one person (the rest of the name the same) */
        if (nbest == 0 && !c->jr && !c->is_acronym && !c->is_handle && c->nw <= 2 &&
            (c->nw == 1 || dominant(c->votes) == EG_PERSON)) {
            const char *v = eg_lex_value(EG_LEX_NICKNAME, c->words[0], strlen(c->words[0]));
            int cand = 0, cb = -1;
            for (size_t j = 0; v && j < ncl; j++) {
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0 || p->nw < 2 || p->jr || dominant(p->votes) != EG_PERSON) continue;
                if (c->nw == 2 && (p->nw != 2 || strcmp(p->words[1], c->words[1]))) continue;
                size_t gl = strlen(p->words[0]);
                for (const char *q = v; *q;) {
                    const char *bar = strchr(q, '|');
                    size_t ql = bar ? (size_t)(bar - q) : strlen(q);
                    if (ql == gl && !eg_ncasecmp(q, p->words[0], gl)) { cand++; cb = (int)j; break; }
                    q += ql + (bar != NULL);
                }
            }
            if (cand == 1) { best = cb; nbest = 1; why = "short form of the full name's given name"; }
        }
        /* 5e. "Julio Mamani" for "Julio Mamani Ccori": the given name and the first of two surnames */
        /* (a given name no list knows too, when the text marks a person: "Ovidio Guzman" for "Ovidio Guzman Lopez";
         * not a relative's longer name: "Her sister, Maria Elena Lopez Garcia") */
        if (nbest == 0 && !c->jr && c->nw == 2 && dominant(c->votes) == EG_PERSON &&
            !eg_lex_has(EG_LEX_GIVEN, c->words[1], strlen(c->words[1]))) {
            const uint32_t named = (1u << EG_EV_GIVEN_NAME) | (1u << EG_EV_SURNAME) | (1u << EG_EV_TITLE) |
                                   (1u << EG_EV_ROLE_APPOSITION);
            int cand = 0, cb = -1, given = eg_lex_has(EG_LEX_GIVEN, c->words[0], strlen(c->words[0])), cr = -1;
            for (size_t j = 0; j < ncl; j++) {
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0 || p->nw != 3 || p->jr || dominant(p->votes) != EG_PERSON) continue;
                if (strcmp(p->words[0], c->words[0]) || strcmp(p->words[1], c->words[1])) continue;
                if (!given && !((p->evbits | c->evbits) & named)) continue;
                if (cr < 0) cr = introduced_as_relative(r, text, &r->m[c->first_mention]); /* (once, when a name matches) */
                int pr = introduced_as_relative(r, text, &r->m[p->first_mention]);
                if (c->first_mention > p->first_mention ? cr && !pr : pr && !cr) continue; /* (the later one a relative) */
                cand++;
                cb = (int)j;
            }
            if (cand == 1) { best = cb; nbest = 1; why = "given name and first surname of the full name"; }
        }
        /* 5f. "Castaño" for "Hernán Castaño Rueda": the first of two surnames alone (Spanish and
         * Portuguese names), when one person of the text has it and no one has it last */
        if (nbest == 0 && !c->jr && !c->is_acronym && c->nw == 1 && dominant(c->votes) != EG_LOC &&
            !eg_lex_has(EG_LEX_GIVEN, c->words[0], strlen(c->words[0])) && !cluster_in(c, EG_LEX_PLACE)) {
            int cand = 0, cb = -1, at_end = 0;
            for (size_t j = 0; j < ncl; j++) {
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0 || p->jr || dominant(p->votes) != EG_PERSON || p->nw < 2) continue;
                if (!strcmp(p->words[p->nw - 1], c->words[0])) at_end++;
                /* (the cluster's words are folded: "hernan"; its given-name evidence came from the text) */
                if (p->nw == 3 && !strcmp(p->words[1], c->words[0]) &&
                    (eg_lex_has(EG_LEX_GIVEN, p->words[0], strlen(p->words[0])) || (p->evbits & (1u << EG_EV_GIVEN_NAME))) &&
                    !eg_lex_has(EG_LEX_GIVEN, p->words[1], strlen(p->words[1]))) {
                    cand++;
                    cb = (int)j;
                }
            }
            if (cand == 1 && !at_end) { best = cb; nbest = 1; why = "first of the full name's two surnames"; }
        }
        /* 5g. "King Abdullah" or "Abdullah" for "King Abdullah II": a monarch's name without the regnal
         * number (and the royal title), when one monarch of the text is so named */
        /* (a name alone is a person's: not "Jordan" for "King Abdullah II of Jordan") */
        int c0 = nroyal && c->nw >= 2 && royal_word(c->words[0]);
        if (nbest == 0 && nroyal && !c->jr && !c->is_acronym && c->nw <= 3 && (c0 || dominant(c->votes) == EG_PERSON)) {
            int cand = 0, cb = -1;
            for (size_t q = 0; q < nroyal; q++) {
                cluster *p = &cl[royal[q]];
                size_t j = royal[q];
                /* (the number read as a generation's suffix, "II" as in "Jr.", is a regnal one after a royal title) */
                if (p == c || p->parent >= 0) continue;
                int p0 = royal_word(p->words[0]); /* (the title a word of the name, or peeled off it) */
                int n = p->jr ? p->nw - p0 : regnal_word(p->words[p->nw - 1]) && p->nw >= 2 + p0 ? p->nw - 1 - p0 : -1;
                if (n < 1 || n != c->nw - c0) continue;
                /* (not another monarch named first, "Saudi Arabia's King Abdullah met Jordan's King Abdullah II", nor
                 * another title, "Prince Charles" beside "King Charles III") */
                if (c->first_mention < p->first_mention || (c0 && (p0 ? strcmp(c->words[0], p->words[0]) : strcmp(c->words[0], p->title))))
                    continue;
                int same = 1;
                for (int w = 0; w < n && same; w++) same = !strcmp(p->words[p0 + w], c->words[c0 + w]);
                if (same) { cand++; cb = (int)j; }
            }
            if (cand == 1) { best = cb; nbest = 1; why = "the monarch's name without the regnal number"; }
        }
        /* 6. a misspelt surname: one unknown word, no type evidence of its own, one letter off the
         * surname of exactly one person of the document */
        if (nbest == 0 && c->nw == 1 && !c->jr && !c->is_acronym && !c->is_handle && strlen(c->words[0]) >= 5 &&
            c->votes[EG_PERSON] + c->votes[EG_ORG] + c->votes[EG_LOC] <= 2 &&
            !eg_lex_has(EG_LEX_SURNAME, c->words[0], strlen(c->words[0])) &&
            !eg_lex_has(EG_LEX_GIVEN, c->words[0], strlen(c->words[0])) &&
            !eg_lex_has(EG_LEX_COMMON, c->words[0], strlen(c->words[0])) &&
            !eg_lex_has(EG_LEX_PLACE, c->words[0], strlen(c->words[0])) &&
            !eg_lex_has(EG_LEX_ORG, c->words[0], strlen(c->words[0]))) {
            int cand = 0, cb = -1;
            for (size_t j = 0; j < ncl; j++) {
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0 || p->nw < 2 || p->jr || dominant(p->votes) != EG_PERSON) continue;
                const char *sur = p->words[p->nw - 1];
                if (sur[0] == c->words[0][0] && one_edit(sur, c->words[0])) { cand++; cb = (int)j; }
            }
            if (cand == 1) { best = cb; nbest = 1; why = "surname of the full name, misspelt by one letter"; }
        }
        if (nbest == 1) {
            c->parent = best;
            c->reason = why;
            /* (the full name's default person votes give way: "Crownfield Live" is the company) */
            if (why == why_org_short_named) cl[best].org_by_short = 1;
        } else if (nbest > 1 && c->title[0]) {
            /* two Marshes, one of them the senator: "Senator Marsh" is that one */
            int tb = -1, nt = 0;
            for (size_t j = 0; j < ncl; j++) {
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0 || p->nw <= c->nw || !is_tail(c, p) || p->jr != c->jr) continue;
                if (!strcmp(p->title, c->title)) { tb = (int)j; nt++; }
            }
            if (nt == 1) { c->parent = tb; c->reason = "surname with the same title as the full name"; }
            else c->reason = "ambiguous surname: left unmerged";
        }
        /* "Ortúzar" with "Rodrigo Fuenzalida Ortúzar", whom the text calls "Fuenzalida", and his
         * cousin "Gonzalo Ortúzar": the second of two surnames alone is not how the text names the
         * first, so the other bearer it is */
        if (nbest > 1 && c->parent < 0 && c->nw == 1 && !c->jr) {
            int ob = -1, no = 0, dropped = 0;
            for (size_t j = 0; j < ncl; j++) {
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0 || p->nw <= c->nw || p->jr || !bears(c, p) || dominant(p->votes) != EG_PERSON)
                    continue;
                if (p->nw == 3 && !strcmp(p->words[2], c->words[0]) && eg_strmap_get(&keys, p->words[1], strlen(p->words[1]))) {
                    dropped++;
                    continue;
                }
                ob = (int)j;
                no++;
            }
            if (dropped && no == 1) { best = ob; nbest = 1; c->parent = ob; c->reason = "surname of the full name whose other bearer goes by a first surname"; }
        }
        /* "Brandl" with a Florian Brandl and a Katharina Leitner-Brandl: the bearer of the whole surname,
         * not of a part of a double-barrelled one */
        if (nbest > 1 && c->parent < 0 && !c->jr) {
            int wb = -1, nw_ = 0, nh = 0;
            for (size_t j = 0; j < ncl; j++) {
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0 || p->nw <= c->nw || p->jr || !bears(c, p) || dominant(p->votes) != EG_PERSON)
                    continue;
                if (is_tail(c, p) && (p->hyph & (1u << (p->nw - c->nw - 1)))) nh++;
                else { wb = (int)j; nw_++; }
            }
            if (nh > 0 && nw_ == 1) { best = wb; nbest = 1; c->parent = wb; c->reason = "surname of its one bearer who has it whole"; }
        }
        if (nbest > 1 && c->parent < 0 && (surname_only(c) || !strchr(r->m[c->first_mention].name, ' ')) && !c->jr &&
            !order_clash) {
            /* "Gregory Pellham ... Pellham said ... his brother, Anthony Pellham": the surname alone,
             * used before any other bearer of it is named, is the one named first */
            int fb = -1, nf = 0, cfirst = body_first(r, text, c, mcl, (int)(c - cl));
            for (size_t j = 0; j < ncl; j++) {
                cluster *p = &cl[j];
                if (p == c || p->parent >= 0 || p->nw <= c->nw || p->jr || !bears(c, p) ||
                    dominant(p->votes) != EG_PERSON)
                    continue;
                if (p->first_mention < cfirst) { fb = (int)j; nf++; }
            }
            if (nf == 1) { c->parent = fb; c->reason = "surname used before another bearer of it is named"; }
            else {
                /* "Daniel Ashby set up the firm with his wife, Claire Ashby ... Ashby said": the bearer
                 * not introduced as a relative of another */
                int pb = -1, np = 0;
                for (size_t j = 0; j < ncl; j++) {
                    cluster *p = &cl[j];
                    if (p == c || p->parent >= 0 || p->nw <= c->nw || p->jr || !bears(c, p) ||
                        dominant(p->votes) != EG_PERSON || p->first_mention > cfirst)
                        continue;
                    if (!introduced_as_relative(r, text, &r->m[p->first_mention])) { pb = (int)j; np++; }
                }
                if (nf > 1 && np == 1) { c->parent = pb; c->reason = "surname of the bearer not introduced as another's relative"; }
                else c->reason = "ambiguous surname: left unmerged";
            }
        }
    }

    /* "ties between Myanmar and the West", "from the Northeast to the West Coast": a compass word alone (or
     * with "Coast"), and all the names joined to it so, that no place of the text explains is a loose
     * region, no actor ("the North" for North Korea has joined the country) */
    for (size_t i = 0; i < ncl; i++) {
        /* (not a person so named: "Mr. West said") */
        if (cl[i].parent >= 0 || cl[i].dropped || !compass_region(&cl[i]) || dominant(cl[i].votes) == EG_PERSON ||
            cl[i].title[0])
            continue;
        int all = 1;
        for (size_t j = 0; j < ncl && all; j++)
            if (j != i && cl[j].parent >= 0 && root(cl, (int)j) == (int)i) all = compass_region(&cl[j]);
        if (all) drop_tree(cl, ncl, i, "compass region");
    }
    /* "U.S. prosecutors", "the U.S. attorney": a place named only by its abbreviation before a noun is an
     * adjective, no actor or place of the text (the guideline's "Russian", "Democratic officials") */
    {
        unsigned char *use = calloc(ncl ? ncl : 1, 1); /* bit 1: as a modifier, bit 2: otherwise */
        if (!use) { rc = EG_ENOMEM; goto done; }
        /* (bits 1 and 2 for the abbreviation, 4 and 8 for the office's title below: one pass over the mentions) */
        for (size_t i = 0; i < r->nm; i++)
            use[root(cl, mcl[i])] |= (abbrev_modifier(r, text, &r->m[i]) ? 1 : 2) |
                                     (place_title_modifier(r, text, &r->m[i]) ? 4 : 8);
        for (size_t i = 0; i < ncl; i++)
            if ((use[i] & 3) == 1 && cl[i].parent < 0 && !cl[i].dropped) {
                int place = dominant(cl[i].votes) == EG_LOC;
                if (place) r->modifier_places++;
                drop_tree(cl, ncl, i, place ? "a place's abbreviation as a modifier" : "an organisation's letters as a modifier");
            }
        /* "Cuyahoga County Prosecutor Timothy McGinty": a state, county or city (no country) named only before
         * an office's title qualifies the office; the annotation leaves it out or optional */
        for (size_t i = 0; i < ncl; i++)
            if ((use[i] & 12) == 4 && cl[i].parent < 0 && !cl[i].dropped && dominant(cl[i].votes) == EG_LOC &&
                !cl[i].title[0] && !country_cluster(&cl[i]))
                drop_tree(cl, ncl, i, "a place named only before an office's title");
        free(use);
    }
    /* "Europe", "Latin America", "the Gulf": a continent or a world region is a place in passing, no actor of the text
     * (the annotation leaves it out or optional); the names joined to it go with it */
    for (size_t i = 0; i < ncl; i++) {
        /* (not a person so named: "Asia Argento ... Asia said"; a region of two words is no one's name) */
        if (cl[i].parent >= 0 || cl[i].dropped || !world_region(&cl[i]) || (dominant(cl[i].votes) == EG_PERSON && cl[i].nw == 1) ||
            cl[i].title[0])
            continue;
        drop_tree(cl, ncl, i, "a continent or world region");
    }
    /* a product the text names only so ("the painkiller OxyContin", "Dengvaxia, a dengue vaccine"): no actor
     * unless something marks one (it speaks, employs, has a title, a role, a known name or head word);
     * its plural goes with it ("EpiPens") */
    {
        const uint32_t actor_bits = (1u << EG_EV_ORG_LEXICON) | (1u << EG_EV_PLACE_LEXICON) | (1u << EG_EV_JR_SUFFIX) |
                                    (1u << EG_EV_ORG_HEAD) | (1u << EG_EV_LOC_HEAD) | (1u << EG_EV_ORG_FRONT) |
                                    (1u << EG_EV_INITIALS) | (1u << EG_EV_TITLE) | (1u << EG_EV_ROLE_BEFORE) |
                                    (1u << EG_EV_CLASS_NOUN) | (1u << EG_EV_SPEECH_VERB) |
                                    (1u << EG_EV_ROLE_APPOSITION) | (1u << EG_EV_HEADS_OR_EMPLOYS) |
                                    (1u << EG_EV_DATELINE) | (1u << EG_EV_GIVEN_NAME) | (1u << EG_EV_SURNAME);
        uint32_t *rb = calloc(ncl ? ncl : 1, sizeof *rb);
        if (!rb) { rc = EG_ENOMEM; goto done; }
        for (size_t i = 0; i < ncl; i++) rb[root(cl, (int)i)] |= cl[i].evbits;
        for (size_t i = 0; i < ncl; i++) {
            int ri = root(cl, (int)i);
            if (cl[ri].dropped || !(rb[ri] & (1u << EG_EV_PRODUCT)) || (rb[ri] & actor_bits)) continue;
            cl[i].dropped = 1;
            cl[i].reason = why_product;
        }
        for (size_t i = 0; i < ncl; i++) {
            size_t kl = strlen(cl[i].key);
            if (cl[i].parent >= 0 || cl[i].dropped || kl < 4 || cl[i].key[kl - 1] != 's' || (rb[i] & actor_bits)) continue;
            intptr_t *s = eg_strmap_get(&keys, cl[i].key, kl - 1); /* (the singular's cluster) */
            if (s && cl[*s].dropped && cl[*s].reason == why_product) {
                cl[i].dropped = 1;
                cl[i].reason = why_product;
            }
        }
        free(rb);
    }
    /* entities: one per root cluster */
    ent_of_root = malloc(ncl * sizeof *ent_of_root);
    defv = calloc(ncl ? ncl : 1, sizeof *defv);
    if (!ent_of_root || !defv) { rc = EG_ENOMEM; goto done; }
    for (size_t i = 0; i < ncl; i++) ent_of_root[i] = -1;
    for (size_t i = 0; i < r->nm; i++) {
        eg_mention *m = &r->m[i];
        cluster *c = &cl[mcl[i]];
        if (c->dropped) {
            if ((rc = eg_docresult_reject(r, r->tk.tok[m->tok_start].start,
                                          r->tk.tok[m->tok_end - 1].start + r->tk.tok[m->tok_end - 1].len - r->tk.tok[m->tok_start].start,
                                          c->reason)))
                goto done;
            continue;
        }
        int ri = root(cl, mcl[i]);
        if (ent_of_root[ri] < 0) {
            if (r->nent == r->capent) {
                size_t cap = r->capent ? r->capent * 2 : 32;
                eg_dentity *p = realloc(r->ent, cap * sizeof *p);
                if (!p) { rc = EG_ENOMEM; goto done; }
                r->ent = p;
                r->capent = cap;
            }
            eg_dentity *e = &r->ent[r->nent];
            memset(e, 0, sizeof *e);
            ent_of_root[ri] = (int)r->nent++;
        }
        eg_dentity *e = &r->ent[ent_of_root[ri]];
        m->entity = ent_of_root[ri];
        e->mentions++;
        /* a short form's person votes (a surname list's) do not outvote the organisation it names */
        int org_short = c->parent >= 0 && (c->reason == why_org_short || c->reason == why_org_short_named);
        /* ... nor a surname's city votes the person ("Mackay" for "Shona Mackay") */
        int surname = c->parent >= 0 && c->reason && !strncmp(c->reason, "surname", 7);
        /* ... nor the given name inside a name the text says an organisation is known as ("Cal Fire") */
        int known_as = c->parent >= 0 && c->reason && !strcmp(c->reason, "the name the text says it is known as");
        /* a mention with only the default vote of its shape counts only for an entity without strong
         * evidence (a name list, a title, a head word, a class noun): ten bare "Renner"s do not outvote
         * "Tobias Renner", but they do make a bare "Northcrest" used "in" twice an organisation */
        int *into = (m->evidence & ~(1u << EG_EV_DEFAULT)) ? e->votes : defv[ri];
        for (int t = 0; t < EG_NTYPES; t++) {
            if (org_short && t != EG_ORG && cl[ri].votes[t] == 0) continue; /* (not "Neale" for "Andrew Neale SC") */
            if (surname && t == EG_LOC && cl[ri].votes[EG_LOC] == 0) continue;
            if (cl[ri].org_by_short && t == EG_PERSON && !(m->evidence & ~(1u << EG_EV_DEFAULT))) continue;
            if (known_as && t == EG_PERSON && cl[ri].votes[EG_ORG] > cl[ri].votes[EG_PERSON]) continue;
            /* ... nor a bare surname's default votes ("Mirza had bowled": a lone word's default is
             * an organisation's, but the text named the person) */
            if (surname && c->nw == 1 && !(m->evidence & ~(1u << EG_EV_DEFAULT))) continue;
            /* ... nor a bare surname's company or place list votes, once joined to a person named in full ("Ferrari"
             * for Mauro Ferrari) */
            if (surname && c->nw == 1 && t != EG_PERSON && cl[ri].strong_person &&
                (m->evidence & ((1u << EG_EV_ORG_LEXICON) | (1u << EG_EV_PLACE_LEXICON))))
                continue;
            into[t] += m->type_votes[t];
        }
        e->evbits |= m->evidence;
        e->gender |= c->gender;
        const char *reason = c->parent >= 0 ? c->reason : (mcl[i] == ri ? "exact" : "exact");
        if ((rc = add_alias(e, m->name, reason))) goto done;
    }
    const uint32_t strong_ev = (1u << EG_EV_GIVEN_NAME) | (1u << EG_EV_TITLE) | (1u << EG_EV_ORG_HEAD) |
                               (1u << EG_EV_LOC_HEAD) | (1u << EG_EV_ORG_LEXICON) | (1u << EG_EV_PLACE_LEXICON) |
                               (1u << EG_EV_ROLE_APPOSITION) | (1u << EG_EV_CLASS_NOUN) | (1u << EG_EV_JR_SUFFIX) |
                               (1u << EG_EV_INITIALS) | (1u << EG_EV_HEADS_OR_EMPLOYS);
    for (size_t ri = 0; ri < ncl; ri++) {
        if (ent_of_root[ri] < 0) continue;
        eg_dentity *e = &r->ent[ent_of_root[ri]];
        if (!(e->evbits & strong_ev))
            for (int t = 0; t < EG_NTYPES; t++) e->votes[t] += defv[ri][t];
    }
    /* "the Fundao dam", "the Kumbel mine": a place no list knows, named with its site's noun after it, is
     * also known by both words (which its label then shows) */
    for (size_t i = 0; i < r->nm; i++) {
        const eg_mention *m = &r->m[i];
        if (m->entity < 0 || m->possessive || dominant(r->ent[m->entity].votes) != EG_LOC || m->tok_end >= r->tk.ntok) continue;
        const eg_token *t = &r->tk.tok[m->tok_end];
        if (t->kind != EG_TK_WORD || !(t->flags & EG_TF_LOWER) || !site_noun(text, t)) continue;
        size_t nl = strlen(m->name);
        /* (not a place known whole, nor one its own head word names: "the Sekong River dam" is another place) */
        const char *lw = strrchr(m->name, ' ');
        lw = lw ? lw + 1 : m->name;
        if (eg_lex_has(EG_LEX_PLACE, m->name, nl) || eg_lex_has(EG_LEX_CITY, m->name, nl) || nl + t->len + 2 > 200 ||
            (lw != m->name && eg_lex_has(EG_LEX_LOC_HEAD, lw, strlen(lw))))
            continue;
        char form[208];
        memcpy(form, m->name, nl);
        form[nl] = ' ';
        memcpy(form + nl + 1, text + t->start, t->len);
        form[nl + 1 + t->len] = 0;
        if ((rc = add_alias(&r->ent[m->entity], form, "its name with its site's noun after it"))) goto done;
    }
    for (size_t i = 0; i < r->nent; i++) {
        eg_dentity *e = &r->ent[i];
        e->type = (eg_etype)dominant(e->votes);
        if (e->gender == (EG_GENDER_M | EG_GENDER_F) || e->type != EG_PERSON) e->gender = 0;
        /* label: the form with most words (not a handle), earliest on ties */
        int bw = -1;
        const char *best = NULL;
        for (size_t k = 0; k < e->naliases; k++) {
            const char *a = e->aliases[k];
            /* (a dateline's "DES MOINES" gives way to "Des Moines") */
            int caps = 0, lower = 0;
            for (const char *q = a; *q; q++) {
                caps += *q >= 'A' && *q <= 'Z';
                lower += *q >= 'a' && *q <= 'z';
            }
            int w = word_count(a) * 2 + (a[0] != '@') * 100 - (int)(strlen(a) > 0 && a[0] >= 'a' && a[0] <= 'z') -
                    (caps > 4 && !lower);
            if (w > bw) { bw = w; best = a; }
        }
        /* Randy "Duke" Cunningham is labelled Randy Cunningham, the name without the nickname (which stays an
         * alias, as does the form with it) */
        char plain[256];
        if (best && e->type == EG_PERSON && without_nickname(best, plain, sizeof plain)) {
            if ((rc = add_alias(e, plain, "its name without the nickname in quotes"))) goto done;
            for (size_t k = 0; k < e->naliases; k++)
                if (!strcmp(e->aliases[k], plain)) best = e->aliases[k];
        }
        /* "U.S." and "UK" by their canonical short names: the same place across documents
         * whichever form each uses ("FBI" stays "FBI": the acronym is its common name) */
        const char *canon = NULL, *v;
        if (best && e->type == EG_LOC && (v = eg_lex_value(EG_LEX_PLACE, best, strlen(best))) && *v) canon = v;
        if (canon && strcmp(canon, best)) {
            if ((rc = add_alias(e, canon, "canonical name of a known place"))) goto done;
            best = canon;
        }
        e->label = eg_strdup(best ? best : "?");
        if (!e->label) { rc = EG_ENOMEM; goto done; }
        e->ntoks = word_count(e->label);
        char *k = eg_name_key(e->label);
        if (!k) { rc = EG_ENOMEM; goto done; }
        size_t kl = strlen(k);
        e->suffix_jr = kl > 3 && !strcmp(k + kl - 3, "-jr");
        free(k);
    }
done:
    if (cl)
        for (size_t i = 0; i < ncl; i++) { free(cl[i].key); free(cl[i].wbuf); }
    free(cl);
    free(mcl);
    free(brk);
    free(kna);
    free(apa);
    free(order);
    free(royal);
    free(nick);
    free(ent_of_root);
    free(defv);
    eg_strmap_free(&keys);
    eg_strmap_free(&org_firsts);
    eg_strmap_free(&sexes);
    if (rc == EG_ENOMEM) return eg_error_set(rc, "out of memory while resolving names");
    return rc;
}
