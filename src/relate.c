/* relate.c — stage 6: entities + sentences → relations.
 * Co-occurrence in a window (sentence, paragraph, document, ±N sentences) and
 * typed relations from the cue table data/relation_cues.txt and the role list
 * (titles, appositions, possessives, of/in/comma shapes, verbs, passives),
 * with pronouns linked to the person they stand for, negation and hedging. */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "extract.h"
#include "lexicon.h"
#include "lexicon_data.h"

/* ---- the cue table, compiled once ---- */

enum { SHAPE_VERB, SHAPE_NOUN, SHAPE_BETWEEN, SHAPE_FROM, SHAPE_RECV };
enum { SHAPE_GIVE = SHAPE_RECV + 1 }; /* give = "X cue (a loan, $2bn ...) to Y": money given */

typedef struct cue {
    int shape;
    int type;
    int nw;
    char w[6][32];
    size_t len0; /* length of the first word: a cheap first test */
    size_t order; /* line order in the table: earlier lines win */
    int talk;     /* "discussed with" (1), "raised with" (2): read only with what is talked of between the words */
    int org_only; /* "testified before": only before a body, not "testified before Trump fired him" */
} cue;

static cue *cues;
static size_t ncues;
/* cues by the first letter of their first word ('a'..'z', then everything else): start, count */
static size_t bucket_start[27], bucket_len[27];

static int bucket_of(unsigned char ch)
{
    ch |= 32;
    return ch >= 'a' && ch <= 'z' ? ch - 'a' : 26;
}

static int cmp_cue(const void *x, const void *y)
{
    const cue *a = x, *b = y;
    int ba = bucket_of((unsigned char)a->w[0][0]), bb = bucket_of((unsigned char)b->w[0][0]);
    if (ba != bb) return ba - bb;
    return a->order < b->order ? -1 : a->order > b->order; /* table order within a letter */
}
static pthread_once_t cues_once = PTHREAD_ONCE_INIT;

static int reltype_from_name(const char *s)
{
    for (int t = 0; t < EG_NRELTYPES; t++)
        if (!strcmp(eg_reltype_name((eg_reltype)t), s)) return t;
    return -1;
}

static void load_cues(void)
{
    for (size_t f = 0; f < eg_lexdata_nfiles; f++) {
        if (strcmp(eg_lexdata_files[f].name, "relation_cues")) continue;
        const char *p = eg_lexdata_files[f].data, *end = p + eg_lexdata_files[f].len;
        while (p < end) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            if (!nl) nl = end;
            char line[256];
            size_t ll = (size_t)(nl - p) < sizeof line - 1 ? (size_t)(nl - p) : sizeof line - 1;
            memcpy(line, p, ll);
            line[ll] = 0;
            p = nl + 1;
            if (!ll || line[0] == '#') continue;
            char *save = NULL;
            char *shape = strtok_r(line, "\t", &save), *words = strtok_r(NULL, "\t", &save),
                 *type = strtok_r(NULL, "\t\r", &save);
            if (!shape || !words || !type) continue;
            cue c;
            memset(&c, 0, sizeof c);
            c.shape = !strcmp(shape, "noun") ? SHAPE_NOUN : !strcmp(shape, "between") ? SHAPE_BETWEEN
                    : !strcmp(shape, "from") ? SHAPE_FROM : !strcmp(shape, "received") ? SHAPE_RECV : SHAPE_VERB;
            if (!strcmp(shape, "give")) c.shape = SHAPE_GIVE;
            c.type = reltype_from_name(type);
            if (c.type < 0) continue;
            char *s2 = NULL;
            for (char *w = strtok_r(words, " ", &s2); w && c.nw < 6; w = strtok_r(NULL, " ", &s2)) {
                strncpy(c.w[c.nw], w, sizeof c.w[0] - 1);
                c.nw++;
            }
            c.len0 = strlen(c.w[0]);
            c.order = ncues;
            if (c.shape == SHAPE_VERB && c.nw == 2 && !strcmp(c.w[1], "with"))
                c.talk = !strcmp(c.w[0], "discussed") ? 1 : !strcmp(c.w[0], "raised") ? 2 : 0;
            c.org_only = c.nw == 2 && !strcmp(c.w[1], "before") && !strncmp(c.w[0], "testif", 6);
            cue *nc = realloc(cues, (ncues + 1) * sizeof *nc);
            if (!nc) return;
            cues = nc;
            cues[ncues++] = c;
        }
    }
    qsort(cues, ncues, sizeof *cues, cmp_cue);
    for (size_t q = 0; q < ncues; q++) {
        int b = bucket_of((unsigned char)cues[q].w[0][0]);
        if (!bucket_len[b]) bucket_start[b] = q;
        bucket_len[b]++;
    }
}

/* ---- per-sentence items: mentions and resolved pronouns in token order ---- */

typedef struct item {
    uint32_t a, b;   /* token span */
    int ent;
    int poss;        /* followed by 's */
    int mention;     /* mention index or -1 for a pronoun */
} item;

typedef struct rctx {
    eg_docresult *r;
    const char *text;
    const eg_options *o;
    item *it;
    size_t nit, capit;
    size_t cue_pos;
    int round_org; /* the entity that raised the funding round last named, plus one (0: none) */
    int prev_subj_org; /* the organisation the last sentence started with, or -1 */
    int unsorted;      /* an item was pushed after one that starts later: item_from scans */
    uint32_t opening;  /* the sentence's first token past a dateline ("LONDON (Reuters) - ") */
    signed char *probing; /* per entity: 1 an investigating body, -1 not, 0 not yet asked */
    int probe_ent, probe_many, probe_sent; /* the one investigating body named so far, and its last sentence */
    int senate_ent, house_ent; /* the text's one Senate and one House (title_chamber), -1 none, -2 not looked for */
    int titled_body[2]; /* the one body a "Commissioner" or "Senator" joins (title_org), -1 none, -2 not looked for */
    int office_of[5];   /* the one office named after each office title ("the Ombudsman"), -1 none, -2 not looked for */
} rctx;

static int public_body(const rctx *c, int e);
static int prime_minister(const rctx *c, int e);
static int probing_body(const rctx *c, int e);

static int label_has_word(const char *label, const char *w, size_t n);
static int label_has_any(const char *label, const char *const *list);

/* The last word of a label ("Whelan" of "David Whelan"). */
static const char *last_word(const char *label)
{
    const char *sp = strrchr(label, ' ');
    return sp ? sp + 1 : label;
}

/* The first mention that starts at token tok or after it (mentions are in text order). */
static size_t mention_from(const eg_docresult *r, uint32_t tok)
{
    size_t lo = 0, hi = r->nm;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (r->m[mid].tok_start >= tok) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}
static int institution(const eg_docresult *r, int e);

/* A role that implies no relation of ours ("friend", "rival", "client"): still a role word. */
#define ROLE_NONE EG_NRELTYPES

static int add_rel(eg_docresult *r, int a, int b, int type, int sent, int sent_end, int neg, int hedge)
{
    if (a == b || a < 0 || b < 0 || type == ROLE_NONE) return 0;
    /* what no text states: a person leads or belongs to a person, a place is in an actor, a family
     * of organisations */
    if (type >= 0) {
        eg_etype ta = r->ent[a].type, tb = r->ent[b].type;
        if ((type == EG_REL_LEADS || type == EG_REL_MEMBER_OF) && tb == EG_PERSON) {
            /* an organisation does not lead a person: a shape read backwards ("founded by Y's father, Z") */
            if (ta != EG_ORG) return 0;
            int t = a; a = b; b = t;
        }
        if (type == EG_REL_LOCATED_IN && tb != EG_LOC) return 0;
        if (type == EG_REL_FAMILY && (ta != EG_PERSON || tb != EG_PERSON)) return 0;
    }
    if (type < 0 && a > b) { int t = a; a = b; b = t; }
    /* one typed relation per pair, type and sentence, whichever rules find it ("a plant in Leeds in
     * Yorkshire" by two shapes): the evidence count is the text's, not the rules' */
    for (size_t i = r->nrel; type >= 0 && i > 0 && r->rel[i - 1].sent == sent; i--) {
        const eg_drel *q = &r->rel[i - 1];
        if (q->type == type && q->a == a && q->b == b && q->negated == neg && q->hedged == hedge && q->sent_end == sent_end)
            return 0;
    }
    if (r->nrel == r->caprel) {
        size_t cap = r->caprel ? r->caprel * 2 : 64;
        eg_drel *p = realloc(r->rel, cap * sizeof *p);
        if (!p) return EG_ENOMEM;
        r->rel = p;
        r->caprel = cap;
    }
    eg_drel *d = &r->rel[r->nrel++];
    d->a = a;
    d->b = b;
    d->type = type;
    d->sent = sent;
    d->sent_end = sent_end;
    d->negated = neg;
    d->hedged = hedge;
    return 0;
}

/* Inlined at every call: the word is mostly a literal, whose length the compiler then knows. */
static EG_ALWAYS_INLINE int is_word(const rctx *c, uint32_t k, const char *w)
{
    return k < c->r->tk.ntok && eg_tok_is(c->text, &c->r->tk.tok[k], w);
}

static int is_punct(const rctx *c, uint32_t k, char ch)
{
    const eg_token *t = &c->r->tk.tok[k];
    return k < c->r->tk.ntok && t->kind == EG_TK_PUNCT && c->text[t->start] == ch;
}

/* k, or one past it when k is the ")" closing letters in brackets that item x is ("the Cambodian
 * Workers' Legal Aid Centre (CWLAC), a charity"): letters of the name before, but another entity's */
static uint32_t past_letters(const rctx *c, const item *x, uint32_t k)
{
    return k + (is_punct(c, k, ')') && x->a > 0 && is_punct(c, x->a - 1, '('));
}

static int tok_lower(const rctx *c, uint32_t k)
{
    return k < c->r->tk.ntok && (c->r->tk.tok[k].flags & EG_TF_LOWER);
}

static eg_etype etype(const rctx *c, int e) { return c->r->ent[e].type; }

/* Can a pronoun of sex `want` stand for entity e? (yes when the text states no sex for it) */
static int sex_fits(const rctx *c, int e, int want) { return !c->r->ent[e].gender || c->r->ent[e].gender == want; }

static const char *const pron_m[] = {"he", "him", "his", "himself", NULL};
static const char *const pron_f[] = {"she", "her", "hers", "herself", NULL};
static const char *const negators[] = {"not", "n't", "never", "no", "denied", "denies", "deny", "declined",
                                       "refused", "without", "nor", "neither", NULL};
static const char *const hedges[] = {"reportedly", "allegedly", "purportedly", "apparently", "rumoured",
                                     "rumored", "suspected", NULL};
static const char *const org_nouns[] = {"company", "firm", "group", "club", "bank", "organisation", "district", "board",
                                         "organization", "agency", "party", "team", "business", "charity",
                                         "newspaper", "network", "union", "ministry", "fund", "university",
                                         "institute", "utility", "regulator", "court", "federation", "lender",
                                         "insurer", "start-up", "startup", "office", "commission", "committee",
                                         "co-operative", "cooperative", "co-op", NULL};
/* Of those, the ones that "the NOUN's ROLE" resolves only to an organisation whose name has that word
 * ("the union's president": "Transport Workers Union", "the fund's chief": "Monetary Fund") */
static const char *const org_nouns_named[] = {"union", "ministry", "fund", "university", "institute", "court", "district",
                                               "board", "federation", "office", "commission", "committee", NULL};
/* ... and kinds that, with no organisation of that name, may also mean the one named just before ("the
 * agency's head" after "the Financial Crimes Office") */
static const char *const org_nouns_named_loose[] = {"association", "council", "authority", "agency", "bureau", "panel",
                                                    "tribunal", "trust", "foundation", "society", "guild", "department",
                                                    "bank", NULL};
/* People of an organisation named by its kind: "union representatives", "ministry officials" */
static const char *const org_people[] = {"representatives", "officials", "leaders", "negotiators", "delegates",
                                         "executives", "bosses", "members", "staff", "lawyers", NULL};
/* Nouns for the organisation a text is about, whatever its kind ("the company's", "the club's"). */
static const char *const generic_orgs[] = {"company", "firm", "group", "club", "business", "team", "co-operative",
                                           "cooperative", "co-op", NULL};
/* Kinds of organisation a text calls one by once it has named it. */
static const char *const org_classes[] = {
    "company", "firm", "group", "bank", "club", "agency", "party", "newspaper", "network", "broadcaster", "house",
    "university", "charity", "startup", "start-up", "airline", "carrier", "manufacturer", "insurer", "reinsurer",
    "retailer", "conglomerate", "maker", "publisher", "studio", "label", "lender", "fund", "team", "ministry",
    "regulator", "watchdog", "union", "stockbroker", "brokerage", "broker", "funder", "supplier", "consultancy",
    "carmaker", "automaker", "chipmaker", "drugmaker", "roaster", "brewer", "miner", "refiner", "exporter",
    "distributor", "chain", "utility", "operator", "subsidiary", "consortium", "shipper", "platform", "service",
    "hospital", "movement", "college", "school", "institute", "charity", "foundation", "trust", "federation", "association",
    "league", "developer", "contractor", "investor", "authority", "body", "campaign", "exchange", "owner",
    "shipowner", "salvor", "laboratory", "lab", "outlet", "business", "organisation", "organization", "gallery",
    "museum", "bookmaker", "dealership", "dealer", "auctioneer", "co-operative", "co-op", "orchestra", "daily",
    "paper", "weekly", "tabloid", "importer", "producer", "treasury", "giant", "trader", "wholesaler", "processor",
    "monopoly", "landlord", "homebuilder", "builder", "telco", "grocer", "supermarket", "bottler", "band", "choir",
    "zoo", "sanctuary", "coalition", "alliance", "lobby", "cartel", "gang", "militia", "syndicate", "think-tank", NULL};

static const char *const place_preps[] = {"in", "at", "near", NULL};
/* Parts and kinds of places: "India's western state of Gujarat", "the Lima district of San Isidro",
 * "the Libyan town of Zuwara", "Takoradi, Ghana's second-largest port". */
static const char *const place_parts[] = {"state", "province", "region", "county", "district", "city", "town", "village",
                                          "island", "territory", "department", "prefecture", "port", "capital",
                                          "suburb", "borough", "neighbourhood", "neighborhood", "quarter", "harbour",
                                          "harbor", "municipality", "outskirts", "republic", "emirate", "canton",
                                          "oblast", "governorate", "enclave", NULL};
/* "the Seattle suburb of Bellevue" or "the Tayouneh area of Beirut": which of place x and place y, named around
 * "PART of", is in the other? The better known (a place of the hand-written list over a town of the GeoNames one
 * over a name no list knows) holds the other; between equals, "suburb" and "borough" name the whole first, other
 * parts ("area", "district", "neighborhood") the part first. Returns 1 when y is in x, 0 when x is in y. */
static int place_rank(const rctx *c, const item *x)
{
    const eg_token *ta = &c->r->tk.tok[x->a], *tb = &c->r->tk.tok[x->b - 1];
    const char *w = c->text + ta->start;
    size_t n = tb->start + tb->len - ta->start;
    return eg_lex_has(EG_LEX_PLACE, w, n) ? 2 : eg_lex_has(EG_LEX_CITY, w, n) ? 1 : 0;
}

static int whole_first(const rctx *c, const item *x, const item *y, uint32_t part)
{
    int px = place_rank(c, x), py = place_rank(c, y);
    if (px != py) return px > py;
    /* ("the Sandtown-Winchester neighborhood of West Baltimore", "the Shuwaikh district of Kuwait City": the part
     * first; "the Brisbane suburb of Newstead": the whole) */
    return is_word(c, part, "suburb") || is_word(c, part, "borough") || is_word(c, part, "suburbs");
}

/* The nouns a text calls the company it is about by: "the company", "the firm", "the business". */
static const char *const company_nouns[] = {"company", "firm", "business", "team", "club", NULL};
/* Is an organisation's item in the sentence before token k (a subject's affiliation, "a lawyer for X")? */
static int org_item_before(const rctx *c, uint32_t k)
{
    for (size_t p = 0; p < c->nit && c->it[p].a < k; p++)
        if (etype(c, c->it[p].ent) == EG_ORG) return 1;
    return 0;
}

/* titles of lawmakers, written "Representative X of Georgia" (a governor's or a president's "of" is the
 * place he governs, whose apposition may describe it) */
static const char *const legislators[] = {"Representative", "Rep.", "Rep", "Senator", "Sen.", "Sen", "Congressman",
                                          "Congresswoman", "Assemblyman", "Assemblywoman", "Delegate", "Councilman",
                                          "Councilwoman", "Councillor", "Councilor", NULL};

/* words that name no company: news agencies, campaign groups */
static const char *const not_firms[] = {"Reuters", "Press", "Bloomberg", "Agence", "Europol", "Interpol", "International",
                                        "Watch", "Foundation", "Fund", "Institute", "Society",
                                        "Trust", "Charity", "Campaign", "Network", "Alliance", "Coalition", NULL};

/* nouns of an inquiry ("the investigation into X", "the probe of Y") */
static const char *const probe_nouns[] = {"investigation", "inquiry", "probe", "investigations", "inquiries", NULL};

/* verbs whose object "of" says what it did ("accused the company of") */
static const char *const accuse_verbs[] = {"accused", "accuses", "accusing", "accuse", "suspected", "convicted", "cleared",
                                           "acquitted", NULL};
/* ("accused the charity of": an organisation of no company's kind, named so as often) */
static const char *const charity_nouns[] = {"charity", "organisation", "organization", NULL};
static const char *const dets[] = {"a", "an", "the", "his", "her", "its", "their", "our", "my", NULL};
/* words that open a new clause after an object ("while", "when", "because") */
static const char *const subordinators[] = {"while", "when", "whereas", "as", "after", "before", "because", "since",
                                            "until", "although", "though", "if", "and", "but", "or", NULL};
/* words of time before a role that keep its holder: "the former mayor", "the then minister" */
static const char *const time_mods[] = {"former", "then", "late", "outgoing", "longtime", "long-time", NULL};
/* forms of "be" before a passive participle */
static const char *const be_forms[] = {"was", "were", "been", "being", "is", "are", "be", NULL};

static const char *const aux_words[] = {"which", "that", "who", "whose", "is", "are", "was", "were", "has", "have", "had",
                                        "been", "be", "being", "also", "now", "later", "recently", "then", "already",
                                        "previously", "will", "would", "could", "may", "last", "this",
                                        "year", "month", "week", NULL};

/* nouns of a demand that someone go: "called for the resignation of X", "demanding X's removal" */
static const char *const ouster[] = {"resignation", "removal", "dismissal", "sacking", "firing", "ouster",
                                     "impeachment", NULL};

static int in(const rctx *c, uint32_t k, const char *const *list)
{
    return k < c->r->tk.ntok && eg_tok_in(c->text, &c->r->tk.tok[k], list);
}

/* A kind noun that "the NOUN's ROLE" resolves to the organisation with that word in its name. */
static int named_kind(const rctx *c, uint32_t k) { return in(c, k, org_nouns_named) || in(c, k, org_nouns_named_loose); }

/* Role value of tokens [k, k+n) from the role or title list: relation type or -1. */
static int role_type(const rctx *c, uint32_t k, uint32_t n)
{
    const eg_tokens *tk = &c->r->tk;
    if (k + n > tk->ntok) return -1;
    size_t s = tk->tok[k].start, e = tk->tok[k + n - 1].start + tk->tok[k + n - 1].len;
    /* ("the ex-chairman of Y", "his ex-wife": a former holder's role) */
    if (e - s > 5 && !memcmp(c->text + s, "ex-", 3) && c->text[s + 3] >= 'a' && c->text[s + 3] <= 'z') s += 3;
    const char *v = eg_lex_value(EG_LEX_ROLE, c->text + s, e - s);
    /* "Celtavia's solicitors", "its lawyers", "her sons": a plural role */
    if (!v && n == 1 && e - s >= 4 && c->text[e - 1] == 's' && c->text[e - 2] != 's' && c->text[e - 2] != 'u' &&
        (tk->tok[k].flags & EG_TF_LOWER))
        v = eg_lex_value(EG_LEX_ROLE, c->text + s, e - s - 1);
    if (v && !*v) return ROLE_NONE; /* a role of no relation of ours: "friend", "rival" */
    if (!v) {
        /* ("the former president of Y": the title "Former President" written in lower case is the word of time
         * and the role after it, read on its own) */
        /* (so too "the acting president", "its interim president": an acting head leads) */
        if (n >= 2 && (tk->tok[k].flags & EG_TF_LOWER) &&
            (eg_tok_is(c->text, &tk->tok[k], "former") || eg_tok_is(c->text, &tk->tok[k], "acting") ||
             eg_tok_is(c->text, &tk->tok[k], "interim")))
            return -1;
        v = eg_lex_value(EG_LEX_TITLE, c->text + s, e - s);
    }
    if (!v) return -1;
    /* "the council's secretary" keeps its minutes; a "Secretary" by title heads a department */
    if (n == 1 && (tk->tok[k].flags & EG_TF_LOWER) && eg_tok_is(c->text, &tk->tok[k], "secretary")) return EG_REL_MEMBER_OF;
    int t = reltype_from_name(v);
    return t >= 0 ? t : EG_REL_MEMBER_OF;
}

static int demonym_at(const rctx *c, uint32_t k);
static int clause_break(const rctx *c, uint32_t k);
static int seat_after(const rctx *c, uint32_t k);
static int listed_after(const rctx *c, uint32_t k);
static size_t item_from(const rctx *c, uint32_t k);
static int occupation_word(const rctx *c, uint32_t k);

/* Longest role starting at k: sets *len, returns type or -1. */
static int role_at(const rctx *c, uint32_t k, uint32_t end, uint32_t *len)
{
    /* most words start no role or title: one test of the first word before the spans' lookups
     * (and of its singular, which role_type also tries: "solicitors") */
    if (k >= end || k >= c->r->tk.ntok) return -1;
    const eg_token *t0 = &c->r->tk.tok[k];
    const char *w0 = c->text + t0->start;
    size_t l0 = t0->len;
    if (l0 > 5 && !memcmp(w0, "ex-", 3) && w0[3] >= 'a' && w0[3] <= 'z') w0 += 3, l0 -= 3; /* ("ex-chairman", not "ex-Soviet") */
    if (!eg_lex_may_start(EG_LEX_ROLE, w0, l0) && !eg_lex_may_start(EG_LEX_TITLE, w0, l0) &&
        !(l0 >= 4 && w0[l0 - 1] == 's' && eg_lex_may_start(EG_LEX_ROLE, w0, l0 - 1)))
        return -1;
    /* "the U.S. attorney for X": a role the people's adjective before it opens is that role (a prosecutor's,
     * no lawyer's) */
    if (k >= 1 && (c->r->tk.tok[k - 1].flags & EG_TF_ALLCAPS) && demonym_at(c, k - 1))
        for (uint32_t n = 1; n <= 2 && k + n <= end; n++) {
            int tp = role_type(c, k - 1, n + 1);
            if (tp >= 0 && eg_lex_has(EG_LEX_ROLE, c->text + c->r->tk.tok[k - 1].start,
                                      c->r->tk.tok[k + n - 1].start + c->r->tk.tok[k + n - 1].len - c->r->tk.tok[k - 1].start)) {
                *len = n;
                /* (the district it serves is no body it leads: "the U.S. attorney for the Southern District of Ohio") */
                uint32_t h = k + n + 1;
                if (is_word(c, k + n, "for") && is_word(c, h, "the")) h++;
                size_t li = is_word(c, k + n, "for") ? item_from(c, h) : c->nit;
                if (li < c->nit && c->it[li].a == h && etype(c, c->it[li].ent) == EG_LOC) return ROLE_NONE;
                return tp;
            }
        }
    /* "chief security officer", "chief information security officer": any chief officer the list does
     * not name is one of the organisation's officers, not its head */
    if (is_word(c, k, "chief"))
        for (uint32_t m = 2; m <= 3 && k + m < end; m++) {
            if (!tok_lower(c, k + m - 1) || c->r->tk.tok[k + m - 1].kind != EG_TK_WORD) break;
            if (is_word(c, k + m, "officer") && role_type(c, k, m + 1) < 0) {
                *len = m + 1;
                return EG_REL_MEMBER_OF;
            }
        }
    for (uint32_t n = 4; n >= 1; n--) {
        if (k + n > end) continue;
        int t = role_type(c, k, n);
        if (t < 0) continue;
        /* ("the speaker of the House of Commons": not a title, "Speaker of the House", that ends inside a name) */
        if (n >= 2) {
            size_t ii = item_from(c, k + n - 1);
            if (ii < c->nit && c->it[ii].a == k + n - 1 && c->it[ii].b > k + n) continue;
        }
        /* ("the leader of the opposition Labour Party": a title's last word that describes the party named
         * right after it is not the title's) */
        if (n >= 3 && is_word(c, k + n - 1, "opposition") && k + n < end && !tok_lower(c, k + n)) {
            size_t oi = item_from(c, k + n);
            if (oi < c->nit && c->it[oi].a == k + n && etype(c, c->it[oi].ent) == EG_ORG) continue;
        }
        /* "the EU's chief Brexit negotiator": "chief", a capitalised field and a role is that role */
        if (n == 1 && is_word(c, k, "chief") && k + 2 < end && c->r->tk.tok[k + 1].kind == EG_TK_WORD &&
            (c->r->tk.tok[k + 1].flags & EG_TF_CAP) && (item_from(c, k + 1) >= c->nit || c->it[item_from(c, k + 1)].a != k + 1)) {
            int t2 = is_word(c, k + 2, "officer") ? -1 : role_type(c, k + 2, 1); /* (not "Chief Electoral Officer") */
            if (t2 >= 0) {
                *len = 3;
                return t2;
            }
        }
        *len = n;
        /* "former head of Latin American trading", "director of communications": the head of a field
         * (a part of the organisation) is one of its members */
        if (t == EG_REL_LEADS && k + n + 1 < end && (is_word(c, k + n - 1, "head") || is_word(c, k + n - 1, "director") ||
                                                     is_word(c, k + n - 1, "chief")) && is_word(c, k + n, "of")) {
            uint32_t g = k + n + 1;
            while (g < end && g < k + n + 5 &&
                   ((tok_lower(c, g) && !in(c, g, dets) && !is_word(c, g, "and") && !is_word(c, g, "at")) ||
                    demonym_at(c, g) ||
                    /* ("head of Latin American trading": capitalised words no name starts at) */
                    (c->r->tk.tok[g].kind == EG_TK_WORD && (c->r->tk.tok[g].flags & EG_TF_CAP) &&
                     (item_from(c, g) >= c->nit || c->it[item_from(c, g)].a != g))))
                g++;
            if (g > k + n + 1 && tok_lower(c, g - 1) && (g >= end || is_punct(c, g, ',') || is_word(c, g, "at") ||
                                                          is_word(c, g, "and") || clause_break(c, g))) {
                *len = g - k;
                return EG_REL_MEMBER_OF;
            }
        }
        return t;
    }
    return -1;
}

/* Adjust a role's relation to its target: an organisation's "agent" is a member, a person's is a representative. */
static int adapt(const rctx *c, int type, int target)
{
    eg_etype tt = etype(c, target);
    if (type == EG_REL_MEMBER_OF && tt == EG_PERSON) return EG_REL_REPRESENTS;
    if (type == EG_REL_LEADS && tt == EG_PERSON) return EG_REL_REPRESENTS;
    if (type == EG_REL_FAMILY && tt != EG_PERSON) return EG_REL_MEMBER_OF; /* "partner of a firm" */
    return type;
}

/* Is a word of tokens [a, b) a posted role, whose "to Y" names where it serves, not whom
 * ("ambassador to the United Nations", "envoy to Syria")? */
static int posted_role(const rctx *c, uint32_t a, uint32_t b)
{
    static const char *const posted[] = {"ambassador", "ambassadors", "envoy", "envoys", "emissary", "consul",
                                         "representative", "delegate", "attache", "attaché", "commissioner", NULL};
    for (uint32_t k = a; k < b; k++)
        if (in(c, k, posted)) return 1;
    return 0;
}

static int has_word(const rctx *c, uint32_t a, uint32_t b, const char *w)
{
    for (uint32_t k = a; k < b; k++)
        if (is_word(c, k, w)) return 1;
    return 0;
}

/* The one organisation that person p is said to lead (not negated) so far, or -1. */
static int led_org(const eg_docresult *r, int p)
{
    int org = -1;
    for (size_t i = 0; i < r->nrel; i++) {
        const eg_drel *d = &r->rel[i];
        if (d->type != EG_REL_LEADS || d->a != p || d->negated || r->ent[d->b].type != EG_ORG || d->b == org) continue;
        if (org >= 0) return -1;
        org = d->b;
    }
    return org;
}

/* The offices that lead a city, state or province ("Mayor", "Governor", "Premier"); its other
 * officials are members of it. */
static const char *const local_heads[] = {"mayor", "governor", "premier", NULL};

/* Is role [a, b) the head of a place below a country ("mayor", "governor", "chief minister of Punjab")? */
static int local_head(const rctx *c, uint32_t a, uint32_t b)
{
    if (b <= a) return 0;
    if (in(c, b - 1, local_heads)) return 1;
    return b - a >= 2 && is_word(c, b - 1, "minister") && is_word(c, b - 2, "chief");
}

/* Is mention m the first of its entity in the document? */
static int first_of_entity(const eg_docresult *r, int m)
{
    for (int k = 0; k < m; k++)
        if (r->m[k].entity == r->m[m].entity) return 0;
    return 1;
}

/* A lower-case adverb in "-ly" ("sharply", "publicly", "repeatedly"; not "only", "early"). */
static int ly_adverb(const rctx *c, uint32_t k)
{
    const eg_token *t = &c->r->tk.tok[k];
    return t->kind == EG_TK_WORD && (t->flags & EG_TF_LOWER) && t->len >= 6 &&
           !memcmp(c->text + t->start + t->len - 2, "ly", 2) && !is_word(c, k, "family") && !is_word(c, k, "supply");
}

/* Prepositions that end the words between a possessive and its role ("his letter to ..."). */
/* (not "of": "Boeing's board of directors chairman, Larry Kellner") */
static const char *const role_preps[] = {"to", "for", "with", "at", "from", "by", "in", "on", "into", "against", NULL};

/* Words before a role that keep its rank: a "former chairman" led, a "sales director" heads a field. */
static const char *const rank_keeping[] = {"former", "founding", "longtime", "long-time", "new", "current",
                                           "outgoing", "incoming", "interim", "acting", "then", "late", "chief", "top",
                                           "executive", "majority", "sole", "first", NULL};

/* Is there a field between a possessive at k and its role at j ("Silevo's sales director": the head of a field,
 * a member of the whole), a lower-case word that keeps no rank and is no role? */
static int field_before_role(const rctx *c, uint32_t k, uint32_t j)
{
    for (uint32_t g = c->r->tk.tok[k].kind == EG_TK_POSS ? k + 1 : k; g < j; g++)
        if (tok_lower(c, g) && !in(c, g, rank_keeping) && role_type(c, g, 1) < 0 && !is_word(c, g, "and")) return 1;
    return 0;
}

static int modifier_member(const rctx *c, uint32_t a, uint32_t b)
{
    /* (an acting head leads: "NASA's acting administrator") */
    static const char *const mods[] = {"deputy", "assistant", "under", "senior", "associate", "principal", "vice",
                                       "regional", NULL};
    for (uint32_t k = a; k < b; k++)
        if (in(c, k, mods)) return 1;
    /* "the European Union's foreign policy chief", "the bank's risk chief": the head of one field is a member */
    static const char *const fields[] = {"foreign", "policy", "security", "trade", "finance", "financial", "risk",
                                         "competition", "legal", "marketing", "compliance", "investment", "technology",
                                         "communications", "operations", "health", "energy", "climate", "digital",
                                         "economic", "economy", "intelligence", "migration", "justice", NULL};
    /* (the head's word first, a cheap test: most ranges have none) */
    for (uint32_t h = a + 1; h <= b && h < c->r->tk.ntok; h++) {
        /* (and "the European Commission's energy commissioner", "the government's finance minister") */
        if (!(is_word(c, h, "chief") || is_word(c, h, "head") || is_word(c, h, "director") || is_word(c, h, "boss") ||
              is_word(c, h, "commissioner") || is_word(c, h, "minister") || is_word(c, h, "secretary")))
            continue;
        uint32_t k = h;
        while (k > a && tok_lower(c, k - 1) && in(c, k - 1, fields)) k--;
        if (k < h) return 1;
    }
    return 0;
}

static uint32_t past_title(const rctx *c, uint32_t h);

/* Does "of" at token k name a person ("of Mexican President Y", "of Y"), not a role ("of the Reuters editor")? */
static int kin_of_person(const rctx *c, uint32_t k, uint32_t end)
{
    if (!is_word(c, k, "of") || k + 1 >= end) return 0;
    uint32_t h = k + 1;
    /* (a people's word before the title: "of Mexican President Y") */
    while (h < end && h < k + 3 && c->r->tk.tok[h].kind == EG_TK_WORD && (c->r->tk.tok[h].flags & EG_TF_CAP) &&
           eg_lex_has(EG_LEX_DEMONYM, c->text + c->r->tk.tok[h].start, c->r->tk.tok[h].len))
        h++;
    h = past_title(c, h);
    size_t i = item_from(c, h);
    return i < c->nit && c->it[i].a == h && c->it[i].mention >= 0 && etype(c, c->it[i].ent) == EG_PERSON;
}

static int push_item(rctx *c, uint32_t a, uint32_t b, int ent, int mention)
{
    if (c->nit == c->capit) {
        size_t cap = c->capit ? c->capit * 2 : 16;
        item *p = realloc(c->it, cap * sizeof *p);
        if (!p) return EG_ENOMEM;
        c->it = p;
        c->capit = cap;
    }
    if (c->nit && c->it[c->nit - 1].a > a) c->unsorted = 1;
    item *x = &c->it[c->nit++];
    x->a = a;
    x->b = b;
    x->ent = ent;
    x->mention = mention;
    x->poss = b < c->r->tk.ntok && c->r->tk.tok[b].kind == EG_TK_POSS;
    if (mention < 0 && (is_word(c, a, "his") || is_word(c, a, "her") || is_word(c, a, "its"))) x->poss = 1; /* his brother-in-law */
    /* ... but "accused her of lying", "told her that", "met her on Monday": "her" as an object */
    if (mention < 0 && b == a + 1 && is_word(c, a, "her") && b < c->r->tk.ntok) {
        static const char *const after_obj[] = {"of", "to", "for", "with", "at", "in", "on", "about", "and", "or",
                                                "that", "as", "from", "by", "after", "before", "over", "into", "last",
                                                "this", "twice", "again", "directly", "personally", "yesterday", NULL};
        const eg_token *t = &c->r->tk.tok[b];
        int obj = t->kind == EG_TK_PUNCT || (t->flags & (EG_TF_CAP | EG_TF_ALLCAPS)) || t->kind == EG_TK_NUM;
        obj = obj || eg_tok_in(c->text, t, after_obj);
        /* "wrote to her demanding a review", "emailed her saying that" (not "her remaining shares") */
        if (!obj && (t->flags & EG_TF_LOWER) && t->len > 5 && !memcmp(c->text + t->start + t->len - 3, "ing", 3) &&
            b + 1 < c->r->tk.ntok) {
            static const char *const next_obj[] = {"a", "an", "the", "that", "to", "for", "his", "her", "their", "its", NULL};
            const eg_token *u = &c->r->tk.tok[b + 1];
            obj = u->kind == EG_TK_PUNCT;
            obj = obj || eg_tok_in(c->text, u, next_obj);
        }
        if (obj) x->poss = 0;
    }
    return 0;
}

/* index of the first item starting at or after token k, nit if none: a binary search, since the
 * scan pushes items in token order (a linear scan should a push ever break that order) */
static size_t item_from(const rctx *c, uint32_t k)
{
    if (c->unsorted) {
        for (size_t i = 0; i < c->nit; i++)
            if (c->it[i].a >= k) return i;
        return c->nit;
    }
    size_t lo = 0, hi = c->nit;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->it[mid].a >= k) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

/* Past an adjective of a place's part before its name ("in central Stockholm", "in eastern England"). */
static uint32_t past_area(const rctx *c, uint32_t h)
{
    static const char *const areas[] = {"central", "northern", "southern", "eastern", "western", "northeastern",
                                        "northwestern", "southeastern", "southwestern", "north-eastern",
                                        "north-western", "south-eastern", "south-western", "downtown", "rural",
                                        "coastal", "suburban", "upstate", "outer", "inner", "southwest", "southeast",
                                        "northwest", "northeast", "south-west", "south-east", "north-west", "north-east",
                                        "west", "east", "north", "south", "far", "lower", "upper", "midtown", NULL};
    if (h + 1 < c->r->tk.ntok && in(c, h, areas) && tok_lower(c, h) && (c->r->tk.tok[h + 1].flags & EG_TF_CAP)) return h + 1;
    return h;
}

/* Token h, or the first token of the name after a title that starts at h ("Justice Halima Bello",
 * "Sir Alan Pettigrew": mentions keep the title out of the name). */
static uint32_t past_title(const rctx *c, uint32_t h)
{
    size_t i = item_from(c, h);
    if (i < c->nit && c->it[i].a > h && c->it[i].mention >= 0 && c->r->m[c->it[i].mention].title == (int)h) return c->it[i].a;
    /* ("the daughter of Russian President Vladimir Putin": a people's adjective before the title) */
    if (i < c->nit && c->it[i].a > h && c->it[i].mention >= 0) {
        int ti = c->r->m[c->it[i].mention].title;
        const eg_token *t = &c->r->tk.tok[h];
        if (ti > (int)h && ti <= (int)h + 2 && (t->flags & EG_TF_CAP) && t->kind == EG_TK_WORD &&
            eg_lex_has(EG_LEX_DEMONYM, c->text + t->start, c->r->tk.tok[ti - 1].start + c->r->tk.tok[ti - 1].len - t->start))
            return c->it[i].a;
    }
    return h;
}

/* Parts of an organisation whose head is a member of the whole: "heads a chapter of the Nurses Guild",
 * "runs the cyber squad of the FBI", "heads the criminal investigations unit of the IRS". */
static const char *const led_parts[] = {"chapter", "branch", "unit", "division", "squad", "section", "wing", "arm",
                                        "office", "department", "bureau", "committee", "team", "bloc", "caucus", "faction",
                                        "group", "business", "businesses", "operations", "desk", "subsidiary", "affiliate",
                                        NULL};

/* Plural nouns for people that a possessive may head ("his staff", "their supporters"). */
static const char *const people_nouns[] = {"staff", "team", "family", "aides", "allies", "supporters", "followers",
                                           "colleagues", "friends", "children", "parents", "relatives", "officials",
                                           "employees", "members", "men", "people", "troops", "players", "ministers",
                                           "government", "office", "campaign", "party", "company", "firm", NULL};

/* Is token k a possessive pronoun that stands for a person (an item) before a thing of theirs, no role
 * or people's noun: "her handling", "his judgment" (not "his lawyer", "their staff")? */
static int possessor_of_thing(const rctx *c, uint32_t k, uint32_t end)
{
    uint32_t n;
    size_t i = item_from(c, k);
    return (is_word(c, k, "his") || is_word(c, k, "her") || is_word(c, k, "their")) && i < c->nit && c->it[i].a == k &&
           tok_lower(c, k + 1) && role_at(c, k + 1, end, &n) < 0 && !occupation_word(c, k + 1) && !in(c, k + 1, people_nouns);
}

/* Past a determiner at k (within end). */
/* Is token k a lower-case plural ("ministers", "officials"; not "boss")? */
static int plural_word(const rctx *c, uint32_t k)
{
    const eg_token *t = &c->r->tk.tok[k];
    return t->kind == EG_TK_WORD && (t->flags & EG_TF_LOWER) && t->len > 3 && c->text[t->start + t->len - 1] == 's' &&
           c->text[t->start + t->len - 2] != 's';
}

/* Is token k an age in figures ("3-year-old", "six-month-old" is a word)? */
static int age_word(const rctx *c, uint32_t k)
{
    const eg_token *t = &c->r->tk.tok[k];
    if (t->kind != EG_TK_NUM || t->len < 6) return 0;
    const char *w = c->text + t->start;
    for (size_t i = 0; i + 4 <= t->len; i++)
        if (!memcmp(w + i, "-old", 4)) return 1;
    return 0;
}

static uint32_t skip_mods(const rctx *c, uint32_t k, uint32_t end)
{
    if (k < end && in(c, k, dets)) {
        /* (not "her" standing for a person as the object: "accused her of lying") */
        size_t i = item_from(c, k);
        if (i < c->nit && c->it[i].a == k && c->it[i].mention < 0 && !c->it[i].poss) return k;
        /* (nor "The" that opens a place's name after a place's preposition: "based in The Hague") */
        if (i < c->nit && c->it[i].a == k && c->it[i].mention >= 0 && k > 0 && etype(c, c->it[i].ent) == EG_LOC &&
            (is_word(c, k - 1, "in") || is_word(c, k - 1, "at") || is_word(c, k - 1, "from")))
            return k;
        k++;
    }
    return k;
}

static int clause_break(const rctx *c, uint32_t k)
{
    return is_punct(c, k, ';') || is_punct(c, k, '.') || is_punct(c, k, '?') || is_punct(c, k, '!') ||
           is_punct(c, k, '(') || is_punct(c, k, ')') || (c->r->tk.tok[k].flags & EG_TF_QUOTE);
}

/* The first comma from token k on, before the sentence ends (end), a clause breaks or token limit: the
 * end of an apposition ("X, the procurator fiscal leading the inquiry, ..."). Where the scan stopped. */
static uint32_t comma_from(const rctx *c, uint32_t k, uint32_t limit, uint32_t end)
{
    while (k < end && k < limit && !is_punct(c, k, ',') && !clause_break(c, k)) k++;
    return k;
}

/* The name that opens sentence s ("X was founded ...", "The X said ..."): its entity, or -1 when the
 * first item is a pronoun, a possessive or a place, or starts later. */
static int opening_name(const rctx *c, const eg_sentence *s)
{
    if (!c->nit) return -1;
    const item *f = &c->it[0];
    return f->mention >= 0 && !f->poss && f->a <= s->tok_start + 1 && etype(c, f->ent) != EG_LOC ? f->ent : -1;
}

static int verb_cue_at(const rctx *c, uint32_t k, uint32_t end);

/* The list of items starting at item i joined by ",", "and", "as well as" and capitalised title words;
 * a name followed by a verb of the cue table starts a clause of its own ("advised X, and Y advised Z"). */
static size_t item_list_end(const rctx *c, size_t i, uint32_t end)
{
    size_t j = i + 1;
    while (j < c->nit) {
        if (c->it[j].a == c->it[j - 1].a && c->it[j].b == c->it[j - 1].b) { j++; continue; } /* "the three scientists" */
        uint32_t k = c->it[j - 1].b;
        if (c->it[j - 1].poss) {
            /* "met A, Zambia's President Edgar Lungu and B": a country's possessive and a title before the next name */
            const item *pv = &c->it[j - 1];
            int title = j - 1 > i && etype(c, pv->ent) == EG_LOC && c->it[j].a > pv->b + 1 && c->it[j].a <= pv->b + 4;
            for (uint32_t g = pv->b + 1; title && g < c->it[j].a; g++)
                title = c->r->tk.tok[g].kind == EG_TK_WORD && (c->r->tk.tok[g].flags & EG_TF_CAP);
            if (!title || etype(c, c->it[j].ent) != EG_PERSON) break;
            j++;
            continue;
        }
        int ok = 1, sep = 0;
        for (; k < c->it[j].a && k < end; k++) {
            const eg_token *t = &c->r->tk.tok[k];
            if (is_punct(c, k, ',') || is_word(c, k, "and") || is_word(c, k, "as") || is_word(c, k, "well") ||
                is_word(c, k, "or")) { sep = 1; continue; }
            /* "against X and against Y", "to X and to Y": the preposition again */
            if (sep && c->it[i].a > 0 && k + 1 < end && (is_word(c, k, "against") || is_word(c, k, "to") || is_word(c, k, "with") ||
                                 is_word(c, k, "into")) &&
                c->r->tk.tok[k].len == c->r->tk.tok[c->it[i].a - 1].len &&
                !memcmp(c->text + c->r->tk.tok[k].start, c->text + c->r->tk.tok[c->it[i].a - 1].start, c->r->tk.tok[k].len)) {
                if (is_word(c, k + 1, "the")) k++;
                continue;
            }
            if (t->kind == EG_TK_WORD && (t->flags & (EG_TF_CAP | EG_TF_ALLCAPS))) continue; /* a title */
            if (is_word(c, k, "of")) continue; /* Secretary of Finance */
            if (t->kind == EG_TK_WORD && (t->flags & EG_TF_LOWER) && c->it[j].a - k <= 5) {
                /* "and American music publicist Y": lower-case words ending in a role */
                /* ("and three former ministers, A, B and C": a plural role and a comma before the names) */
                uint32_t n;
                int role = 0;
                for (uint32_t q = k; q < c->it[j].a && !role; q++)
                    if (role_at(c, q, c->it[j].a, &n) >= 0 &&
                        ((q + n == c->it[j].a && c->it[j].a - k <= 3) ||
                         (q + n + 1 == c->it[j].a && is_punct(c, q + n, ',') && plural_word(c, q + n - 1))))
                        role = 1;
                if (role) { k = c->it[j].a - 1; continue; }
            }
            ok = 0;
            break;
        }
        if (!ok || !sep || verb_cue_at(c, c->it[j].b, end)) break;
        /* ("Exxon was advised by J.P. Morgan, and Mobil by Goldman Sachs": a name with its own "by" opens
         * a clause that leaves its verb out) */
        if (is_word(c, c->it[j].b, "by") && c->it[j].a > 0 && is_word(c, c->it[j].a - 1, "and") && j + 1 < c->nit &&
            c->it[j + 1].a == c->it[j].b + 1)
            break;
        j++;
    }
    return j;
}

/* item_list_end, also over appositions: "X, a former nurse, and Y". */
static size_t list_end_appos(const rctx *c, size_t i, uint32_t send)
{
    size_t e = item_list_end(c, i, send);
    while (e < c->nit) {
        uint32_t g = c->it[e - 1].b;
        if (!is_punct(c, g, ',') || !in(c, g + 1, dets)) break;
        uint32_t h = g + 2;
        /* ("X, the minister's first cousin, and Y") */
        while (h < send && h < g + 8 && (tok_lower(c, h) || (c->r->tk.tok[h].kind == EG_TK_POSS && tok_lower(c, h - 1)))) h++;
        if (!is_punct(c, h, ',') || !is_word(c, h + 1, "and")) break;
        size_t n = item_from(c, h + 2);
        if (n >= c->nit || c->it[n].a != h + 2 || n != e) break;
        e = item_list_end(c, e, send);
    }
    return e;
}

/* The last item of a run like "FBI Director Dana Reyes" or "NASA's Office of X": the actor. */
static size_t chain_end(const rctx *c, size_t i)
{
    while (i + 1 < c->nit) {
        uint32_t k = c->it[i].b, e = c->it[i + 1].a;
        if (e > k + 4 || e == k) break;
        int ok = 1;
        for (; k < e && ok; k++) {
            const eg_token *t = &c->r->tk.tok[k];
            ok = t->kind == EG_TK_POSS || (t->kind == EG_TK_WORD && (t->flags & (EG_TF_CAP | EG_TF_ALLCAPS)));
        }
        if (!ok) break;
        i++;
    }
    return i;
}

static int sent_hedged(const rctx *c, const eg_sentence *s)
{
    for (uint32_t k = s->tok_start; k < s->tok_end; k++) {
        if (c->r->tk.tok[k].len < 7) continue; /* every hedge word, and "according", is longer */
        if (in(c, k, hedges)) return 1;
        if (is_word(c, k, "according") && is_word(c, k + 1, "to")) return 1;
    }
    return 0;
}

static int negated_before(const rctx *c, uint32_t k, uint32_t sstart)
{
    /* "the figures did not add up and called on X": a negation ends at a conjunction or comma */
    for (uint32_t j = k; j > sstart && j + 4 > k; j--) {
        if (in(c, j - 1, negators)) return 1;
        if (is_word(c, j - 1, "and") || is_word(c, j - 1, "but") || is_punct(c, j - 1, ',') || is_punct(c, j - 1, ';'))
            return 0;
    }
    /* "denied that he had ever discussed the case with Y": a clause that a denial reports */
    static const char *const denials[] = {"denied", "denies", "deny", "denying", NULL};
    for (uint32_t j = k; j > sstart + 1 && j + 9 > k; j--) {
        const eg_token *t = &c->r->tk.tok[j - 1];
        if (t->kind == EG_TK_PUNCT || (t->flags & EG_TF_QUOTE)) {
            if (is_punct(c, j - 1, ',') || is_punct(c, j - 1, ';') || clause_break(c, j - 1)) break;
            continue;
        }
        if (t->len == 4 && is_word(c, j - 1, "that")) {
            if (in(c, j - 2, denials)) return 1;
        } else if (t->len == 3 && is_word(c, j - 1, "but"))
            break;
    }
    return 0;
}

static int match_cue(const rctx *c, const cue *q, uint32_t k, uint32_t end)
{
    if (k + (uint32_t)q->nw > end || c->r->tk.tok[k].len != q->len0 ||
        (c->text[c->r->tk.tok[k].start] | 32) != q->w[0][0])
        return 0;
    for (int w = 0; w < q->nw; w++)
        if (!is_word(c, k + (uint32_t)w, q->w[w]) || !tok_lower(c, k + (uint32_t)w)) return 0;
    return 1;
}

/* Length of a time phrase at token k ("on Thursday", "last week", "in May", "this year"), or 0. */
static uint32_t time_phrase(const rctx *c, uint32_t k)
{
    static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL};
    static const char *const months[] = {"january", "february", "march", "april", "may", "june", "july", "august",
                                         "september", "october", "november", "december", NULL};
    static const char *const spans[] = {"week", "month", "year", "weekend", "spring", "summer", "autumn", "fall",
                                        "winter", NULL};
    if (k + 1 >= c->r->tk.ntok) return 0;
    if (is_word(c, k, "on") && in(c, k + 1, days)) return 2;
    if (is_word(c, k, "in") && (in(c, k + 1, months) || c->r->tk.tok[k + 1].kind == EG_TK_NUM)) return 2;
    if ((is_word(c, k, "last") || is_word(c, k, "this") || is_word(c, k, "next")) && in(c, k + 1, spans)) return 2;
    if (in(c, k, days) || is_word(c, k, "yesterday") || is_word(c, k, "today")) return 1;
    return 0;
}

/* Does a verb cue of the table start at token k? */
static int verb_cue_at(const rctx *c, uint32_t k, uint32_t end)
{
    if (k >= end || !tok_lower(c, k)) return 0;
    int bk = bucket_of((unsigned char)c->text[c->r->tk.tok[k].start]);
    for (size_t q = bucket_start[bk]; q < bucket_start[bk] + bucket_len[bk]; q++)
        if (cues[q].shape == SHAPE_VERB && match_cue(c, &cues[q], k, end)) return 1;
    return 0;
}

/* what comes before the "that" of a reported clause besides a reporting word: "testified that", "told
 * investigators that" */
static const char *const told_that[] = {"testified", "recalled", "investigators", "reporters", "jurors", "detectives",
                                        "prosecutors", "police", "court", NULL};
static const char *const reporting_words[] = {"said", "says", "say", "told", "tells", "added", "wrote", "claimed",
                                              "alleged", "according", "believed", "thought", "argued", NULL};

/* Is token k a lower-case word in "-ing" ("asking him to": a participle whose subject is another's)? */
static int ing_word(const rctx *c, uint32_t k)
{
    const eg_token *t = &c->r->tk.tok[k];
    return t->kind == EG_TK_WORD && (t->flags & EG_TF_LOWER) && t->len > 4 && !memcmp(c->text + t->start + t->len - 3, "ing", 3);
}

/* Is the pronoun at token k an object ("urged him", "called her.", "told her that")? "her" is one only
 * before punctuation or a word that no noun is: "her lawyer" is a possessive. */
static int object_pronoun(const rctx *c, uint32_t k)
{
    static const char *const after_obj[] = {"to", "that", "about", "on", "in", "by", "for", "with", "of", "and",
                                            "at", "from", "as", "over", "into", "after", "before", "last", "this",
                                            "again", "personally", "directly", NULL};
    if (is_word(c, k, "him")) return 1;
    if (!is_word(c, k, "her")) return 0;
    if (k + 1 >= c->r->tk.ntok) return 1;
    return c->r->tk.tok[k + 1].kind == EG_TK_PUNCT || in(c, k + 1, after_obj);
}

/* Is entity e a country (a government that can act), not a city or region? */
/* Is token k a noun for an occupation: a role word, or a word with an agent ending ("dentist",
 * "machinist", "developer", "businessman", "physician", "accountant")? Not "housed". */
static int occupation_word(const rctx *c, uint32_t k)
{
    static const char *const ends[] = {"ist", "er", "or", "man", "woman", "ian", "ant", "eur", NULL};
    if (k >= c->r->tk.ntok) return 0;
    const eg_token *t = &c->r->tk.tok[k];
    if (t->kind != EG_TK_WORD || !(t->flags & EG_TF_LOWER)) return 0;
    if (eg_lex_has(EG_LEX_ROLE, c->text + t->start, t->len)) return 1;
    if (t->len < 5) return 0;
    for (const char *const *e = ends; *e; e++) {
        size_t l = strlen(*e);
        if (!memcmp(c->text + t->start + t->len - l, *e, l)) return 1;
    }
    return 0;
}

/* "a retired machinist from West Hartford", "from the village of Horsford": the place named after
 * the "from" at token f locates the person. Returns 0 or EG_ENOMEM. */
static int person_from(rctx *c, int person, uint32_t f, int S, int hedge)
{
    uint32_t h = f + 1;
    if (is_word(c, h, "the") && tok_lower(c, h + 1) && is_word(c, h + 2, "of")) h += 3;
    else if (is_word(c, h, "the")) h++;
    size_t zi = item_from(c, h);
    if (zi < c->nit && c->it[zi].a == h && !c->it[zi].poss && etype(c, c->it[zi].ent) == EG_LOC)
        return add_rel(c->r, person, c->it[zi].ent, EG_REL_LOCATED_IN, S, S, 0, hedge);
    /* "Dr Veronica Alarcon, a microbiologist from the University of Chile": an occupation's body */
    if (zi < c->nit && c->it[zi].a == h && !c->it[zi].poss && etype(c, c->it[zi].ent) == EG_ORG &&
        c->it[zi].mention >= 0 && f > 0 && occupation_word(c, f - 1))
        return add_rel(c->r, person, c->it[zi].ent, EG_REL_MEMBER_OF, S, S, 0, hedge);
    return 0;
}

static int is_country(const rctx *c, int e)
{
    const char *lab = c->r->ent[e].label;
    return eg_lex_country(lab, strlen(lab));
}

/* Is entity e's label a place the lists know (a country, region or town), whatever type the text gave it? */
static int listed_place(const rctx *c, int e)
{
    const char *lab = c->r->ent[e].label;
    size_t n = strlen(lab);
    return eg_lex_has(EG_LEX_PLACE, lab, n) || eg_lex_has(EG_LEX_CITY, lab, n);
}

/* Is d a positive relation of type t that sentence si states, from an entity of type ta to one of type tb? (The
 * post-passes below read the relations the sentence's shapes found.) */
static int sentence_rel(const rctx *c, const eg_drel *d, size_t si, int t, eg_etype ta, eg_etype tb)
{
    return d->type == t && !d->negated && d->sent == (int)si && etype(c, d->a) == ta && etype(c, d->b) == tb;
}

/* The document entity that is the country a demonym or place name stands for, or -1. */
static int country_entity(const rctx *c, const char *canon)
{
    for (size_t e = 0; e < c->r->nent; e++) {
        const eg_dentity *d = &c->r->ent[e];
        if (d->type != EG_LOC) continue;
        for (size_t k = 0; k < d->naliases; k++) {
            const char *v = eg_lex_value(EG_LEX_PLACE, d->aliases[k], strlen(d->aliases[k]));
            const char *name = v && *v ? v : d->aliases[k];
            if (!eg_ncasecmp(name, canon, strlen(canon) + 1)) return (int)e;
        }
    }
    return -1;
}

/* The country of a people's adjective of one or two capitalised words that ends right before token e
 * ("French", "South African": the two words first), none of them before token floor; *start gets its
 * first token. NULL when there is none. */
static const char *demonym_before(const rctx *c, uint32_t e, uint32_t floor, uint32_t *start)
{
    const eg_token *tok = c->r->tk.tok;
    if (e <= floor) return NULL;
    uint32_t d = e - 1;
    if (d > floor && (tok[d - 1].flags & EG_TF_CAP) && (tok[d].flags & EG_TF_CAP)) {
        const char *v = eg_lex_value(EG_LEX_DEMONYM, c->text + tok[d - 1].start, tok[d].start + tok[d].len - tok[d - 1].start);
        if (v && *v) { *start = d - 1; return v; }
    }
    if ((tok[d].flags & EG_TF_CAP) && tok[d].kind == EG_TK_WORD) {
        const char *v = eg_lex_value(EG_LEX_DEMONYM, c->text + tok[d].start, tok[d].len);
        if (v && *v) { *start = d; return v; }
    }
    return NULL;
}

static int head_of_country_title(const rctx *c, uint32_t a, uint32_t b)
{
    static const char *const heads[] = {"president", "prime minister", "premier", "king", "queen", "emperor",
                                        "empress", "emir", "sultan", "monarch", "supreme leader", "taoiseach",
                                        "crown prince", "president-elect", "chancellor", NULL};
    const eg_tokens *tk = &c->r->tk;
    size_t s = tk->tok[a].start, e = tk->tok[b - 1].start + tk->tok[b - 1].len;
    for (const char *const *h = heads; *h; h++)
        if (strlen(*h) == e - s && !eg_ncasecmp(*h, c->text + s, e - s)) return 1;
    return 0;
}

/* "Under Secretary of State X", "Minister of Finance Y": the document's "State Department",
 * "Department of State", "Ministry of Finance" or "Finance Ministry", if it names one; its head
 * leads it, a deputy, under or assistant is a member. Sets *done when it found the body. */
static int title_department(rctx *c, const eg_cue *cu, int person, int S, int hedge, int *done)
{
    static const char *const fronts[] = {"department of ", "ministry of ", "department of the ", NULL};
    static const char *const backs[] = {" department", " ministry", NULL};
    const eg_tokens *tk = &c->r->tk;
    *done = 0;
    uint32_t of = cu->tok_start;
    while (of < cu->tok_end && !is_word(c, of, "of")) of++;
    if (of == cu->tok_start || of + 1 >= cu->tok_end) return 0;
    size_t s0 = tk->tok[of + 1].start, e0 = tk->tok[cu->tok_end - 1].start + tk->tok[cu->tok_end - 1].len;
    const char *field = c->text + s0;
    size_t fl = e0 - s0;
    int body = -1;
    for (size_t e = 0; e < c->r->nent && body < 0; e++) {
        const eg_dentity *d = &c->r->ent[e];
        if (d->type != EG_ORG) continue;
        for (size_t a = 0; a < d->naliases && body < 0; a++) {
            const char *al = d->aliases[a];
            size_t l = strlen(al);
            for (const char *const *f = fronts; *f; f++) {
                size_t pl = strlen(*f);
                if (l == pl + fl && !eg_ncasecmp(al, *f, pl) && !eg_ncasecmp(al + pl, field, fl)) body = (int)e;
            }
            for (const char *const *b = backs; *b; b++) {
                size_t bl = strlen(*b);
                if (l == fl + bl && !eg_ncasecmp(al, field, fl) && !eg_ncasecmp(al + fl, *b, bl)) body = (int)e;
            }
        }
    }
    if (body < 0) return 0;
    *done = 1;
    /* a capitalised "Under" in front is not always kept in the title (a function word) */
    uint32_t t0 = cu->tok_start > 0 && (tk->tok[cu->tok_start - 1].flags & EG_TF_CAP) ? cu->tok_start - 1 : cu->tok_start;
    int type = modifier_member(c, t0, of) ? EG_REL_MEMBER_OF : EG_REL_LEADS;
    return add_rel(c->r, person, body, type, S, S, 0, hedge);
}

/* "Senate Majority Leader X", "House Speaker Y": a title that opens with a chamber's word is of the one
 * chamber the text names so ("the Senate", "the U.S. Senate", "the House of Representatives"); its
 * speaker or president leads it, its leaders and whips are members. Sets *done when it linked the person. */
static int title_chamber(rctx *c, const eg_cue *cu, int person, int S, int hedge, int *done)
{
    *done = 0;
    int senate = is_word(c, cu->tok_start, "Senate"), house = is_word(c, cu->tok_start, "House");
    if ((!senate && !house) || cu->tok_end - cu->tok_start < 2) return 0;
    /* (the chambers found once per text: -2 not looked for yet, -1 none or several) */
    int *slot = senate ? &c->senate_ent : &c->house_ent;
    if (*slot == -2) {
        static const char *const senates[] = {"senate", "u.s. senate", "us senate", "united states senate", NULL};
        static const char *const houses[] = {"house", "house of representatives", "u.s. house of representatives",
                                             "house of commons", "house of lords", "house of assembly", "house of delegates",
                                             "house of councillors", NULL};
        int body = -1, many = 0;
        for (size_t e = 0; e < c->r->nent; e++) {
            const eg_dentity *d = &c->r->ent[e];
            if (d->type != EG_ORG) continue;
            int hit = 0;
            for (size_t q = 0; q < d->naliases && !hit; q++)
                for (const char *const *w = senate ? senates : houses; *w && !hit; w++)
                    hit = !eg_ncasecmp(d->aliases[q], *w, strlen(*w) + 1);
            if (!hit) continue;
            many |= body >= 0;
            body = (int)e;
        }
        *slot = many ? -1 : body;
    }
    int body = *slot;
    if (body < 0) return 0;
    *done = 1;
    int type = EG_REL_MEMBER_OF;
    for (uint32_t k = cu->tok_start + 1; k < cu->tok_end; k++)
        if (is_word(c, k, "Speaker") || is_word(c, k, "President")) type = EG_REL_LEADS;
    return add_rel(c->r, person, body, type, S, S, 0, hedge);
}

/* A title with no organisation in front whose organisation the text names elsewhere:
 * "Information Commissioner X" and the "Information Commissioner's Office"; "Health Minister X"
 * and the one ministry with the title's field in its name ("Department of Health", "Ministry of
 * Foreign Affairs"); "Chief executive X" opening the sentence after one that opened with a
 * company: that company ("Governor X" after a bank). Sets *done when it linked the person. */
static int title_org(rctx *c, uint32_t a, uint32_t b, const eg_mention *m, int S, int hedge, int *done)
{
    static const char *const ministry_heads[] = {"Ministry", "Department", "Office", NULL};
    static const char *const firm_titles[] = {"chief executive", "chief executive officer", "ceo", "chairman",
                                              "chairwoman", "chairperson", "chair", "managing director",
                                              "executive chairman", "executive director", "founder", "co-founder",
                                              "chief financial officer", "cfo", "chief operating officer", "coo",
                                              "finance director", "general counsel", "general manager",
                                              "chief economist", "editor", "editor-in-chief", "publisher", NULL};
    const eg_tokens *tk = &c->r->tk;
    const eg_sentence *s = &tk->sent[S];
    const size_t s0 = tk->tok[a].start, sl = tk->tok[b - 1].start + tk->tok[b - 1].len - s0;
    const char *span = c->text + s0;
    int person = m->entity, body = -1, many = 0;
    *done = 0;
    /* ("United States Attorney X" and the "U.S. Attorney's Office": the title's country in front, which
     * mention detection sets aside, and its short form) */
    char alt[96];
    size_t altl = 0;
    uint32_t a0 = a; /* the title's first token, past a country in front */
    if (a >= s->tok_start + 2 && eg_tok_is(c->text, &tk->tok[a - 2], "United") && eg_tok_is(c->text, &tk->tok[a - 1], "States"))
        a0 = a - 2;
    else if (a >= s->tok_start + 1 && eg_tok_is(c->text, &tk->tok[a - 1], "U.S."))
        a0 = a - 1;
    if (a0 < a && sl + 5 < sizeof alt) {
        memcpy(alt, "U.S. ", 5);
        memcpy(alt + 5, span, sl);
        altl = sl + 5;
    }
    /* "Danish Foreign Minister X", "Acme Chief Executive Y": the words in front name its body */
    if (a0 > s->tok_start && (tk->tok[a0 - 1].flags & (EG_TF_CAP | EG_TF_ALLCAPS))) return 0;
    for (size_t e = 0; e < c->r->nent; e++) {
        const eg_dentity *d = &c->r->ent[e];
        if (d->type != EG_ORG || (int)e == body) continue;
        for (size_t q = 0; q < d->naliases; q++) {
            const char *al = d->aliases[q];
            size_t ml = sl;
            if (strlen(al) <= sl || eg_ncasecmp(al, span, sl)) {
                if (!altl || strlen(al) <= altl || eg_ncasecmp(al, alt, altl)) continue;
                ml = altl;
            }
            const char *rest = al + ml;
            if (!strcmp(rest, "'s Office") || !strcmp(rest, "\xe2\x80\x99s Office") || !strcmp(rest, " Office")) {
                many |= body >= 0;
                body = (int)e;
                break;
            }
        }
    }
    if (body < 0 && b - a >= 2 && (is_word(c, b - 1, "minister") || is_word(c, b - 1, "secretary"))) {
        /* the field: the words before "Minister" that are not modifiers ("Deputy Health Minister") */
        static const char *const mods[] = {"deputy", "assistant", "junior", "acting", "shadow", "former", "state", NULL};
        for (size_t e = 0; e < c->r->nent; e++) {
            const eg_dentity *d = &c->r->ent[e];
            if (d->type != EG_ORG) continue;
            int head = 0, all = 1, nfield = 0;
            for (const char *const *h = ministry_heads; *h && !head; h++) head = label_has_word(d->label, *h, strlen(*h));
            /* not another country's: "the Belarusian Foreign Ministry" */
            for (const char *w = d->label; head && *w;) {
                const char *sp = strchr(w, ' ');
                size_t wl = sp ? (size_t)(sp - w) : strlen(w);
                /* (a place's abbreviation as a people's adjective is not so read: "the U.S. Department of the Treasury") */
                if ((eg_lex_has(EG_LEX_DEMONYM, w, wl) && !eg_lex_has(EG_LEX_PLACE, w, wl)) || eg_lex_has(EG_LEX_COUNTRY, w, wl))
                    head = 0;
                w = sp ? sp + 1 : w + wl;
            }
            for (uint32_t k = a; head && k + 1 < b && all; k++) {
                if (in(c, k, mods) || tk->tok[k].kind != EG_TK_WORD) continue;
                nfield++;
                all = label_has_word(d->label, c->text + tk->tok[k].start, tk->tok[k].len);
            }
            if (head && all && nfield) {
                many |= body >= 0;
                body = (int)e;
            }
        }
        if (body >= 0 && !many) {
            *done = 1;
            int type = modifier_member(c, a, b) || in(c, a, mods) ? EG_REL_MEMBER_OF : EG_REL_LEADS;
            return add_rel(c->r, person, body, type, S, S, 0, hedge);
        }
        return 0;
    }
    if (body >= 0) {
        if (many) return 0;
        *done = 1;
        int type = modifier_member(c, a, b) ? EG_REL_MEMBER_OF : EG_REL_LEADS;
        return add_rel(c->r, person, body, type, S, S, 0, hedge);
    }
    /* "Commissioner Brendan Carr" in a text about the Federal Communications Commission, "Senator X" and the
     * Senate, "Judge Y" and the one court of the text: a member of the one body the title's word names */
    if (b - a == 1) {
        /* (not "Judge X" and the one court: on the articles, fewer right than wrong) */
        static const char *const titled[][2] = {{"commissioner", "Commission"}, {"senator", "Senate"}, {NULL, NULL}};
        for (size_t q = 0; titled[q][0]; q++) {
            if (!is_word(c, a, titled[q][0])) continue;
            /* (looked for once per text: a long list of commissioners asks each time) */
            if (c->titled_body[q] == -2) {
                size_t hl = strlen(titled[q][1]);
                int one = -1, n = 0;
                /* (the body's head word ends its name: not "the Senate Health Committee") */
                for (size_t e = 0; e < c->r->nent && n < 2; e++) {
                    const char *lab = c->r->ent[e].label;
                    size_t ll = strlen(lab);
                    if (c->r->ent[e].type == EG_ORG && ll >= hl && !strcmp(lab + ll - hl, titled[q][1]) &&
                        (ll == hl || lab[ll - hl - 1] == ' ')) {
                        one = (int)e;
                        n++;
                    }
                }
                c->titled_body[q] = n == 1 ? one : -1;
            }
            int one = c->titled_body[q];
            /* (not "Commissioner Roger Goodell of the NFL": the body named after the name; "Senator Ted Stevens of
             * Alaska" is of the state he serves) */
            if (one < 0) return 0;
            if (is_word(c, m->tok_end, "of") || is_word(c, m->tok_end, "at")) {
                size_t pi = item_from(c, m->tok_end + 1);
                if (!(pi < c->nit && c->it[pi].a == m->tok_end + 1 && etype(c, c->it[pi].ent) == EG_LOC)) return 0;
            }
            *done = 1;
            return add_rel(c->r, person, one, EG_REL_MEMBER_OF, S, S, 0, hedge);
        }
    }
    /* a company's officer opening the sentence, the company not named in it ("of X" names it) */
    int org = c->prev_subj_org;
    /* ("Facebook referred the case to the board, shortly after Chief Executive Mark Zuckerberg announced": later in
     * the sentence the company opens, no other organisation named between) */
    if (a != s->tok_start && c->nit && c->it[0].mention >= 0 && !c->it[0].poss && etype(c, c->it[0].ent) == EG_ORG &&
        c->it[0].a == s->tok_start && a > c->it[0].b) {
        org = c->it[0].ent;
        for (size_t p = 1; p < c->nit && org >= 0 && c->it[p].a < a; p++)
            if (etype(c, c->it[p].ent) != EG_LOC && c->it[p].ent != org) org = -1;
        /* (nor another owner's possessive: "Harbor Point said the pay awarded by the lender's board to CEO X"; nor
         * what a reporting company said: "Reuters reported that Chief Executive Jamie Dimon would stay") */
        for (uint32_t g = c->it[0].b; g < a && org >= 0; g++)
            if (tk->tok[g].kind == EG_TK_POSS || in(c, g, reporting_words) || is_word(c, g, "reported")) org = -1;
        if (org < 0) return 0;
    } else if (a != s->tok_start) return 0;
    if (org < 0 || is_word(c, m->tok_end, "of") || is_word(c, m->tok_end, "at")) return 0;
    int firm = 0;
    for (const char *const *f = firm_titles; *f && !firm; f++) firm = strlen(*f) == sl && !eg_ncasecmp(*f, span, sl);
    if (!firm && !(b - a == 1 && is_word(c, a, "governor") && label_has_word(c->r->ent[org].label, "Bank", 4))) return 0;
    int type = role_type(c, a, b - a);
    if (type < 0 || type == ROLE_NONE) return 0;
    *done = 1;
    return add_rel(c->r, person, org, adapt(c, type, org), S, S, 0, hedge);
}

/* "Chilean President X", "Danish Foreign Minister Y", "President X ... Chilean government":
 * a title without an organisation links the person to the country named by a demonym
 * before the title or in the sentence (heads of state and government lead it, others are members). */
static int title_country(rctx *c, const eg_cue *cu, int person, int S, int hedge)
{
    const eg_tokens *tk = &c->r->tk;
    const eg_sentence *s = &tk->sent[S];
    int country = -1;
    uint32_t k = cu->tok_start;
    int own = 0;
    if (k > s->tok_start) {
        /* "South African President X": the two-word demonym first, not "African" */
        const eg_token *t = &tk->tok[k - 1];
        uint32_t d0;
        const char *v = demonym_before(c, k, s->tok_start, &d0);
        if (v) { country = country_entity(c, v); own = 1; } /* "French President X": France or nothing */
        /* "U.S. President X", "United States Attorney Y": a country's name before the title (no entity of
         * its own there: the country named elsewhere in the text) */
        for (uint32_t n = 1; !own && n <= 3 && k >= s->tok_start + n; n++) {
            const eg_token *f = &tk->tok[k - n];
            if (!(f->flags & (EG_TF_CAP | EG_TF_ALLCAPS))) break;
            const char *pv = eg_lex_value(EG_LEX_PLACE, c->text + f->start, t->start + t->len - f->start);
            const char *canon = pv && *pv ? pv : NULL;
            if (canon && eg_lex_has(EG_LEX_COUNTRY, canon, strlen(canon))) {
                country = country_entity(c, canon);
                own = 1;
            }
        }
    }
    /* (a people's adjective right before the title only, as above: not "met North Korean leader Kim Jong Un"
     * after "President Donald Trump", nor "the Vietnamese firm met Prosecutor X") */
    /* "President X, Foreign Secretary Y ... as well as other senior Mexican government officials": after
     * the title, a people's adjective before officials' noun, no verb between */
    for (uint32_t j = cu->tok_end; !own && country < 0 && j < s->tok_end; j++) {
        if (verb_cue_at(c, j, s->tok_end) || is_word(c, j, "said") || is_word(c, j, "says") || clause_break(c, j)) break;
        const eg_token *t = &tk->tok[j];
        if (t->kind != EG_TK_WORD || !(t->flags & EG_TF_CAP)) continue;
        const char *v = eg_lex_value(EG_LEX_DEMONYM, c->text + t->start, t->len);
        if (!v || !*v) continue;
        static const char *const officials[] = {"officials", "government", "leaders", "ministers", "authorities",
                                                "counterparts", "diplomats", NULL};
        if (in(c, j + 1, officials) || (j + 2 < s->tok_end && tok_lower(c, j + 1) && in(c, j + 2, officials)))
            country = country_entity(c, v);
        break;
    }
    int head = head_of_country_title(c, cu->tok_start, cu->tok_end);
    /* (not "Information Minister Fatou Ceesay" because the text is about one country: on the articles
     * that made no right relation and 27 wrong ones) */
    if (country < 0 && head && !own) {
        /* "Prime Minister Anna Berg" in a text that names one country only (its cities and states
         * aside): its leader */
        int only = -1, n = 0;
        for (size_t e = 0; e < c->r->nent; e++) {
            if (c->r->ent[e].type != EG_LOC) continue;
            const char *lab = c->r->ent[e].label;
            const char *v = eg_lex_value(EG_LEX_PLACE, lab, strlen(lab));
            const char *canon = v && *v ? v : lab;
            if (eg_lex_has(EG_LEX_COUNTRY, canon, strlen(canon))) { only = (int)e; n++; }
        }
        /* (another country named only as a modifier counts: "U.S. officials" in a text about Mexico) */
        if (n == 1 && !c->r->modifier_places) country = only;
    }
    if (country < 0) return 0;
    int type = head ? EG_REL_LEADS : EG_REL_MEMBER_OF;
    return add_rel(c->r, person, country, type, S, S, 0, hedge);
}

/* "Robert Hale's eldest son", "a son of (Governor) Robert Hale", item i, where the text also
 * names "Robert Hale Jr.": sets *jr to that junior, else -1. Returns 0 or EG_ENOMEM. */
static int junior_of(const rctx *c, size_t i, const eg_sentence *s, int *jr)
{
    const eg_docresult *r = c->r;
    const item *x = &c->it[i];
    *jr = -1;
    if (etype(c, x->ent) != EG_PERSON || r->ent[x->ent].suffix_jr) return 0;
    int son = 0;
    if (x->poss) {
        for (uint32_t h = x->b + (x->mention < 0 ? 0 : 1); h < s->tok_end && h < x->b + 4; h++)
            if (is_word(c, h, "son")) { son = 1; break; }
            else if (!tok_lower(c, h)) break;
    }
    /* "son of", "son of President", "son of U.S. President": up to three capitalised words between */
    for (uint32_t h = x->a; !son && h > s->tok_start + 1 && h + 4 > x->a; h--) {
        if (is_word(c, h - 1, "of")) {
            son = is_word(c, h - 2, "son");
            break;
        }
        if (!(r->tk.tok[h - 1].flags & (EG_TF_CAP | EG_TF_ALLCAPS))) break;
    }
    if (!son) return 0;
    char *kx = eg_name_key(r->ent[x->ent].label);
    if (!kx) return EG_ENOMEM;
    size_t kl = strlen(kx);
    for (size_t e = 0; e < r->nent && *jr < 0; e++) {
        if (!r->ent[e].suffix_jr || (int)e == x->ent) continue;
        char *ke = eg_name_key(r->ent[e].label);
        if (!ke) { free(kx); return EG_ENOMEM; }
        if (strlen(ke) == kl + 3 && !strncmp(ke, kx, kl) && !strcmp(ke + kl, "-jr")) *jr = (int)e;
        free(ke);
    }
    free(kx);
    return 0;
}

/* The item named right after a preposition ending at h-1: "the Y", or "the (shipping) firm(,) Y". */
/* Is entity e a place that no lexicon knows as a country, region or town: a site or facility ("Kennedy
 * Space Center"), not "the FIA's Lahore zone"? */
static int facility(const rctx *c, int e)
{
    const char *lab = c->r->ent[e].label;
    size_t n = strlen(lab);
    return etype(c, e) == EG_LOC && !eg_lex_has(EG_LEX_PLACE, lab, n) && !eg_lex_has(EG_LEX_CITY, lab, n) &&
           !eg_lex_has(EG_LEX_COUNTRY, lab, n) && strchr(lab, ' ');
}

static size_t named_after(const rctx *c, uint32_t h, uint32_t send)
{
    /* (not "The" that opens a name: "a columnist for The Washington Post"; past a name's title: "a senior
     * adviser to Crown Prince Mohammed bin Salman") */
    size_t hi = item_from(c, h);
    /* ("director of its Health Research Group": the body named after the owner's pronoun) */
    if ((is_word(c, h, "its") || is_word(c, h, "their")) && h + 1 < send) {
        size_t ni = item_from(c, h + 1);
        if (ni < c->nit && c->it[ni].a == h + 1 && c->it[ni].mention >= 0 && !c->it[ni].poss &&
            etype(c, c->it[ni].ent) == EG_ORG && (hi >= c->nit || c->it[hi].a != h || c->it[hi].mention < 0))
            return ni;
    }
    if (!(hi < c->nit && c->it[hi].a == h)) {
        if (is_word(c, h, "the")) h++;
        hi = item_from(c, h);
        if (!(hi < c->nit && c->it[hi].a == h)) {
            /* ("an officer of the police's Criminal Investigation Department", "a co-founder of the victims'
             * association La Parole Liberee", "the abbot of the city's famed Pechersk Lavra monastery": an owner
             * named by a common noun, then its body) */
            if (h > 0 && is_word(c, h - 1, "the")) {
                uint32_t g = h;
                while (g < send && g < h + 2 && tok_lower(c, g) && !in(c, g, dets) && !in(c, g, aux_words)) g++;
                if (g > h && g < send && c->r->tk.tok[g].kind == EG_TK_POSS) {
                    uint32_t q = g + 1;
                    static const char *const links[] = {"of", "in", "at", "for", "on", "from", "with", "to", "by", "and",
                                                        "or", NULL};
                    while (q < send && q < g + 4 && tok_lower(c, q) && !in(c, q, dets) && !verb_cue_at(c, q, send) &&
                           !in(c, q, links))
                        q++;
                    size_t pi = item_from(c, q);
                    /* (the body itself, not one its name describes: not "the state's Bharatiya Janata Party
                     * government") */
                    if (pi < c->nit && c->it[pi].a == q && etype(c, c->it[pi].ent) == EG_ORG && c->it[pi].mention >= 0 &&
                        !c->it[pi].poss && !(c->it[pi].b < send && tok_lower(c, c->it[pi].b) && !in(c, c->it[pi].b, org_classes)))
                        return pi;
                }
            }
            /* ("leader of the opposition party Projet Montréal", "founder of the impact investment firm X": the
             * organisation after its kind) */
            uint32_t g = h;
            while (g < send && g < h + 3 && tok_lower(c, g) && !in(c, g, org_classes)) g++;
            /* ("the head of the movement's Supreme Revolutionary Committee": the kind's own body) */
            uint32_t g1 = g + 1 + (g + 1 < send && c->r->tk.tok[g + 1].kind == EG_TK_POSS);
            size_t ki = g1 < send && tok_lower(c, g) && in(c, g, org_classes) ? item_from(c, g1) : c->nit;
            if (g > h - 1 && ki < c->nit && c->it[ki].a == g1 && etype(c, c->it[ki].ent) == EG_ORG && c->it[ki].mention >= 0 &&
                is_word(c, h - 1, "the"))
                h = g1;
            else
                h = past_title(c, h);
        }
    }
    if (is_word(c, h, "same") && h > 0 && is_word(c, h - 1, "the")) h++; /* ("at the same company") */
    size_t zi = item_from(c, h);
    if (zi < c->nit && c->it[zi].a == h && c->it[zi].poss && zi + 1 < c->nit && c->it[zi + 1].a == c->it[zi].b + 1 &&
        (etype(c, c->it[zi + 1].ent) == EG_ORG || (etype(c, c->it[zi].ent) == EG_ORG && facility(c, c->it[zi + 1].ent))) &&
        c->it[zi + 1].mention >= 0)
        return zi + 1; /* "the university's Jenner Institute", "NASA's Kennedy Space Center": the part, not the whole */
    if (zi < c->nit && c->it[zi].a == h) {
        /* "the leader of Venezuela's opposition-controlled National Assembly": a place's organisation
         * after a describing word or two */
        if (etype(c, c->it[zi].ent) == EG_LOC && c->it[zi].poss && tok_lower(c, c->it[zi].b + 1)) {
            uint32_t d = c->it[zi].b + 1;
            while (d < send && d < c->it[zi].b + 4 && tok_lower(c, d) && !in(c, d, aux_words) && !in(c, d, dets) &&
                   !is_word(c, d, "and") && !is_word(c, d, "of"))
                d++;
            size_t di = item_from(c, d);
            if (di < c->nit && c->it[di].a == d && etype(c, c->it[di].ent) == EG_ORG && c->it[di].mention >= 0) return di;
        }
        /* "the Dublin stockbroker X": the place describes the kind of the organisation named after it */
        if (etype(c, c->it[zi].ent) != EG_LOC || c->it[zi].poss) return zi;
        h = c->it[zi].b;
        if (is_punct(c, h, '-') && is_word(c, h + 1, "based")) {
            h += 2; /* "the London-based private equity firm X" */
            size_t yi = item_from(c, h); /* "the Singapore-based Orchid Bay Holdings" */
            if (yi < c->nit && c->it[yi].a == h && etype(c, c->it[yi].ent) == EG_ORG) return yi;
        }
        if (!tok_lower(c, h)) return zi;
        /* "the Singapore oil trading house Merak Energy": the organisation after the place's description */
        uint32_t d = h;
        /* (not "in Mumbai and listed on the National Stock Exchange": a clause, not a description) */
        static const char *const not_desc[] = {"and", "or", "but", "on", "in", "at", "of", "for", "with", "by", "to",
                                               "from", NULL};
        while (d < send && d < h + 4 && tok_lower(c, d) && !in(c, d, aux_words) && !in(c, d, not_desc)) d++;
        size_t di = item_from(c, d);
        if (d > h && di < c->nit && c->it[di].a == d && etype(c, c->it[di].ent) == EG_ORG && c->it[di].mention >= 0)
            return di;
    }
    /* "the founder of the Brazilian marketing firm X": a people's adjective in front */
    if (h + 1 < send && !(zi < c->nit && c->it[zi].a == h) && demonym_at(c, h) && tok_lower(c, h + 1)) h++;
    uint32_t g = h;
    while (g < send && g < h + 3 && tok_lower(c, g) && !in(c, g, org_classes)) g++;
    if (g > h && g < h + 3 && g < send && !tok_lower(c, g) && h > 0 && is_word(c, h - 1, "the")) {
        /* "the opposition Social Democratic Alliance", "the ruling Civic Party": a describing word or two */
        size_t yi = item_from(c, g);
        if (yi < c->nit && c->it[yi].a == g && etype(c, c->it[yi].ent) == EG_ORG) return yi;
    }
    if (g >= send || !in(c, g, org_classes) || !tok_lower(c, g)) return c->nit;
    g++;
    while (g < send && g < h + 4 && tok_lower(c, g) && in(c, g, org_classes)) g++; /* "the campaign group X" */
    if (is_punct(c, g, ',') || (g < send && c->r->tk.tok[g].kind == EG_TK_POSS)) g++; /* "the university's Jenner Institute" */
    zi = item_from(c, g);
    return zi < c->nit && c->it[zi].a == g && etype(c, c->it[zi].ent) == EG_ORG ? zi : c->nit;
}

/* The person named after a role that starts at or soon after token h: "(her) manager, Z",
 * "(the company's) head of operations, Z". Returns the entity or -1. */
static int role_person_after(const rctx *c, uint32_t h, uint32_t send)
{
    uint32_t n, stop = h + 7;
    int t = -1;
    /* ("the singer's elder sister, Y": past a possessive, even one that is a role itself) */
    for (; h < send && h < stop; h++) {
        if (h > 0 && c->r->tk.tok[h].kind == EG_TK_POSS && tok_lower(c, h - 1)) continue;
        /* ("a nephew of Punjab's housing minister, Y": past a name's possessive) */
        size_t ni = item_from(c, h);
        if (ni < c->nit && c->it[ni].a == h && c->it[ni].poss && c->it[ni].mention >= 0 && c->it[ni].b + 1 < send) {
            h = c->it[ni].b; /* the 's, stepped over by the loop */
            stop = h + 7;
            continue;
        }
        if (!tok_lower(c, h)) break;
        if ((t = role_at(c, h, send, &n)) < 0) continue;
        if (h + n < send && c->r->tk.tok[h + n].kind == EG_TK_POSS) { t = -1; h += n - 1; continue; }
        break;
    }
    if (t < 0) return -1;
    h += n;
    /* "of operations"; "India's ambassador to Belgium, Y": a place after the role */
    while (h < send && h < stop + 3) {
        if (tok_lower(c, h)) { h++; continue; }
        size_t li = item_from(c, h);
        if (h > 0 && tok_lower(c, h - 1) && li < c->nit && c->it[li].a == h && etype(c, c->it[li].ent) == EG_LOC &&
            !c->it[li].poss) {
            h = c->it[li].b;
            continue;
        }
        break;
    }
    size_t pi = item_from(c, h + 1);
    /* ("her manager, Dr Z": the name's title first) */
    if (is_punct(c, h, ',') && pi < c->nit && etype(c, c->it[pi].ent) == EG_PERSON && c->it[pi].a == past_title(c, h + 1))
        return c->it[pi].ent;
    return -1;
}

/* ---- deals, hires, parts of organisations and places ----
 * Shapes the cue loop does not cover: amounts and holdings ("owns about 6 percent of Y"), the other
 * party of a sale ("bought the plant from Y", "sold the stake to Y"), money given ("provided a loan of
 * $2bn to Y"), funding rounds and backers, hires "as" a role, units and arms of organisations, and
 * offices, plants and "PLACE-based" companies. */

static const char *const buy_verbs[] = {"bought", "buy", "buys", "buying", "purchased", "purchase", "purchases",
                                        "acquired", "acquire", "acquires", "acquiring", NULL};
static const char *const sell_verbs[] = {"sold", "sell", "sells", "selling", "licensed", "license", "licenses",
                                         "licensing", "lent", "lend", "lends", "lending", "loaned", "owed", "owes", NULL};
/* parts of an organisation: "a unit of Y", "Y's publishing arm, X" */
static const char *const part_nouns[] = {"unit", "subsidiary", "division", "arm", "affiliate", "branch", "part",
                                         "offshoot", "wing", "member", NULL};

/* lower-case words that stand between a subject and its verb without ending the clause */

/* Is token k a money noun: a word of a "from" cue of transactions ("grant", "loan", "payments"), but
 * not "support", which is political as often as financial? */
static int money_noun(const rctx *c, uint32_t k)
{
    if (!tok_lower(c, k) || is_word(c, k, "support")) return 0;
    int bk = bucket_of((unsigned char)c->text[c->r->tk.tok[k].start]);
    for (size_t q = bucket_start[bk]; q < bucket_start[bk] + bucket_len[bk]; q++)
        if (cues[q].shape == SHAPE_FROM && cues[q].type == EG_REL_TRANSACTED_WITH && cues[q].nw == 1 &&
            is_word(c, k, cues[q].w[0]))
            return 1;
    return 0;
}

/* Part of an amount: 2 for a number, 1 for a word or sign of one ("about", "percent", "$", "C" of "C$"). */
static int amount_word(const rctx *c, uint32_t k)
{
    static const char *const words[] = {"about", "around", "nearly", "almost", "roughly", "approximately", "some",
                                        "just", "more", "less", "than", "over", "under", "million", "billion",
                                        "trillion", "m", "bn", "percent", "per", "cent", "%", "$", "£", "€", "worth",
                                        "euros", "pounds", "dollars", "yen", "francs", "majority", "minority",
                                        "controlling", "remaining", "further", "additional", "rupees", "pesos",
                                        "reais", "naira", "shillings", "dirhams", "riyals", "dinars", "roubles",
                                        "rubles", "yuan", "baht", "ringgit", "lira", "kronor", "kroner", "zlotys",
                                        "cedis", "taka", "rupiah", NULL};
    const eg_token *t = &c->r->tk.tok[k];
    if (t->kind == EG_TK_NUM) return 2;
    if (in(c, k, words)) return 1;
    /* "240 million CFA francs", "2 million USD": a currency's code after an amount */
    if (t->kind == EG_TK_WORD && t->len == 3 && (t->flags & EG_TF_ALLCAPS) && k > 0 &&
        (c->r->tk.tok[k - 1].kind == EG_TK_NUM || is_word(c, k - 1, "million") || is_word(c, k - 1, "billion")))
        return 1;
    /* "C$400,000", "US$2m": a currency's letters before its sign */
    return t->kind == EG_TK_WORD && t->len <= 2 && (t->flags & EG_TF_CAP) && is_word(c, k + 1, "$");
}

/* "about 6 percent of Y", "C$400,000 of Y stock", "a 5 percent stake in Y": the item after an amount
 * or a holding that starts at token j, or nit. */
static size_t amount_object(const rctx *c, uint32_t j, uint32_t end)
{
    static const char *const holdings[] = {"stake", "stakes", "share", "shares", "interest", "holding",
                                           "holdings", NULL};
    int num = 0, hold = 0;
    uint32_t g = j;
    for (; g < end && g < j + 9; g++) {
        int a = amount_word(c, g);
        if (a) { num |= a == 2; continue; }
        if (tok_lower(c, g) && in(c, g, holdings)) { hold = 1; continue; }
        if (in(c, g, dets)) continue;
        break;
    }
    if ((!num && !hold) || !(is_word(c, g, "of") || is_word(c, g, "in"))) return c->nit;
    uint32_t h = g + 1;
    if (is_word(c, h, "the")) h++;
    size_t yi = item_from(c, h);
    return yi < c->nit && c->it[yi].a == h ? yi : c->nit;
}

/* The first item from token h on after at most three lower-case or national words ("the venture
 * capital firm X", "Swiss group X"), or nit. */
static size_t described_item(const rctx *c, uint32_t h, uint32_t end)
{
    uint32_t h0 = h;
    h = skip_mods(c, h, end);
    size_t yi = item_from(c, h);
    /* "to a businessman, Marcelo Andrade Tobar,", "to a Quito businessman, X": a description, then the name */
    if (h > h0 && (is_word(c, h0, "a") || is_word(c, h0, "an"))) {
        uint32_t g = h;
        while (g < end && g < h + 3 && (tok_lower(c, g) || (yi < c->nit && c->it[yi].a == g && etype(c, c->it[yi].ent) == EG_LOC)))
            g = tok_lower(c, g) ? g + 1 : c->it[yi].b;
        size_t zi = item_from(c, g + 1);
        if (g > h && tok_lower(c, g - 1) && !in(c, g - 1, aux_words) && is_punct(c, g, ',') && zi < c->nit &&
            c->it[zi].a == g + 1 && c->it[zi].mention >= 0 && !c->it[zi].poss && etype(c, c->it[zi].ent) != EG_LOC &&
            (c->it[zi].b >= end || is_punct(c, c->it[zi].b, ',') || clause_break(c, c->it[zi].b)))
            return zi;
    }
    if (yi >= c->nit || c->it[yi].a > h + 3) return c->nit;
    for (uint32_t g = h; g < c->it[yi].a; g++) {
        const eg_token *t = &c->r->tk.tok[g];
        if (!tok_lower(c, g) && !(t->kind == EG_TK_WORD && eg_lex_has(EG_LEX_DEMONYM, c->text + t->start, t->len)))
            return c->nit;
    }
    /* "the Dubai-based Sandline Group", "London-listed British American Tobacco": the organisation, not its city */
    if (etype(c, c->it[yi].ent) == EG_LOC && !c->it[yi].poss && listed_after(c, c->it[yi].b) &&
        yi + 1 < c->nit && c->it[yi + 1].a == c->it[yi].b + 2 &&
        etype(c, c->it[yi + 1].ent) == EG_ORG)
        yi++;
    /* "from a Hanoi company, Thanh Long Trading Co.": the firm the place describes, named after the comma */
    else if (etype(c, c->it[yi].ent) == EG_LOC && !c->it[yi].poss && c->it[yi].a > 0 &&
             (is_word(c, c->it[yi].a - 1, "a") || is_word(c, c->it[yi].a - 1, "an")) &&
             /* ("to a Dubai-registered company, Crescent Gulf Logistics") */
             (tok_lower(c, c->it[yi].b) || (seat_after(c, c->it[yi].b) && tok_lower(c, c->it[yi].b + 2)))) {
        uint32_t g = c->it[yi].b + (seat_after(c, c->it[yi].b) ? 2 : 0);
        while (g < end && g < c->it[yi].b + 3 && tok_lower(c, g) && !in(c, g, aux_words) && !is_word(c, g, "of") &&
               !is_word(c, g, "and"))
            g++;
        /* (or a person, whose name the apposition closes: "to a Quito businessman, Marcelo Andrade Tobar,"; not
         * "from a Lagos company, Ade Bello said") */
        if (g > c->it[yi].b && is_punct(c, g, ',') && yi + 1 < c->nit && c->it[yi + 1].a == g + 1 &&
            etype(c, c->it[yi + 1].ent) != EG_LOC && c->it[yi + 1].mention >= 0 &&
            (etype(c, c->it[yi + 1].ent) == EG_ORG || c->it[yi + 1].b >= end || is_punct(c, c->it[yi + 1].b, ',') ||
             clause_break(c, c->it[yi + 1].b)))
            yi++;
    }
    return yi;
}

/* Is item i followed by "said" or "says" (the source of the sentence, not one of a list)? */
static int said_after(const rctx *c, size_t i)
{
    return is_word(c, c->it[i].b, "said") || is_word(c, c->it[i].b, "says");
}

/* The parties named from token h on: "X", "X, Y and Z", "X and an investment arm of health insurer Y";
 * not the source in "..., Z said". Fills out[] (at most n) and returns how many. */
static size_t party_list(const rctx *c, uint32_t h, uint32_t end, int *out, size_t n)
{
    size_t yi = described_item(c, h, end), got = 0;
    while (yi < c->nit && got < n) {
        const item *y = &c->it[yi];
        if (y->poss || said_after(c, yi)) break;
        if (etype(c, y->ent) != EG_LOC) out[got++] = y->ent;
        if (yi + 1 >= c->nit) break;
        int sep = 0, of = 0, words = 0, ok = 1;
        for (uint32_t g = y->b; g < c->it[yi + 1].a && ok; g++) {
            if (is_punct(c, g, ',') || is_word(c, g, "and") || is_word(c, g, "as") || is_word(c, g, "well")) sep = 1;
            else if (is_word(c, g, "of")) of = 1;
            else if (in(c, g, aux_words)) ok = 0; /* "X, which also backs Y" */
            else if (in(c, g, dets)) continue;
            else if (tok_lower(c, g)) words++;
            else ok = 0;
        }
        if (!ok || !sep || words > 5 || (words > 2 && !of)) break;
        yi++;
    }
    return got;
}

/* The subject of the verb at token k: the nearest item before it, with at most auxiliaries and a
 * relative pronoun between ("X, which is backed by", "X has hired"); -1 if none. */
static int subject_before(const rctx *c, uint32_t k)
{
    /* (from the last item that starts by k: the later ones end after it) */
    for (size_t p = c->unsorted ? c->nit : item_from(c, k + 1); p > 0; p--) {
        const item *w = &c->it[p - 1];
        if (w->b > k) continue;
        if (k - w->b > 6 || (w->poss && w->b < k)) return -1;
        /* "X, a new entrant backed by Y": a description in apposition */
        if (is_punct(c, w->b, ',') && (is_word(c, w->b + 1, "a") || is_word(c, w->b + 1, "an")) && w->b + 2 < k) {
            int plain = 1;
            for (uint32_t g = w->b + 2; g < k && plain; g++) plain = tok_lower(c, g) && !in(c, g, aux_words);
            if (plain) return w->ent;
        }
        for (uint32_t g = w->b; g < k; g++) {
            if (clause_break(c, g)) return -1;
            if (is_punct(c, g, ',') && !(is_word(c, g + 1, "which") || is_word(c, g + 1, "who") ||
                                         is_word(c, g + 1, "that") || g + 1 == k))
                return -1;
            if (!is_punct(c, g, ',') && !in(c, g, aux_words)) return -1;
        }
        return w->ent;
    }
    return -1;
}

/* Does item o start at token j, or after a few plain words ending in a kind of organisation ("the clearing
 * agency Ndiaye Transit")? */
static int kind_before(const rctx *c, uint32_t j, const item *o)
{
    if (o->a == j) return 1;
    if (o->a < j || o->a > j + 4) return 0;
    for (uint32_t g = j; g < o->a; g++)
        if (!tok_lower(c, g) || in(c, g, aux_words)) return 0;
    return in(c, o->a - 1, org_classes);
}

/* Is token k the "-based" ("-headquartered", "-registered") after a place's name ("a Dubai-registered firm")? */
static int seat_after(const rctx *c, uint32_t k)
{
    static const char *const seated[] = {"based", "headquartered", "registered", NULL};
    return is_punct(c, k, '-') && in(c, k + 1, seated);
}

/* "-based", "-listed", "-owned" after token k-1: a place or people word that describes an organisation */
static int listed_after(const rctx *c, uint32_t k)
{
    static const char *const owned[] = {"based", "headquartered", "registered", "listed", "owned", "controlled",
                                        "backed", "run", "funded", "operated", NULL};
    return is_punct(c, k, '-') && in(c, k + 1, owned);
}

/* "X, a Montreal-based maker, ...": item i is a place written before "-based", a description, not
 * an actor. Returns the item before it that the description is about, -1 if none, -2 if item i is
 * no such place. */
static int based_place_owner(const rctx *c, size_t i)
{
    if (!seat_after(c, c->it[i].b) || etype(c, c->it[i].ent) != EG_LOC) return -2;
    if (i == 0) return -1;
    uint32_t a = c->it[i].a;
    if (a >= 2 && in(c, a - 1, dets)) a--;
    /* "X is a Leeds-based bus company" */
    if (a >= 2 && (is_word(c, a - 1, "is") || is_word(c, a - 1, "was")) && c->it[i - 1].b == a - 1 && !c->it[i - 1].poss)
        return (int)(i - 1);
    if (!is_punct(c, a - 1, ',') || c->it[i - 1].poss) return -1;
    if (c->it[i - 1].b == a - 1) return (int)(i - 1);
    /* "the Global Malaria Vaccine Fund (GMVF), a Geneva-based charity": past the bracketed acronym */
    if (a >= 5 && is_punct(c, a - 2, ')') && is_punct(c, a - 4, '(') && (c->it[i - 1].b == a - 2 || c->it[i - 1].b == a - 4))
        return (int)(i - 1);
    return -1;
}

/* "an ingredient bought from Y" after "the company had traced ...": the buyer is the organisation
 * "the company" (or "it") stands for, the last one named before it in the sentence; with no such word
 * between the subject and the participle, the subject. Returns the buyer or -1. */
static int participle_buyer(const rctx *c, uint32_t k, int subj_item)
{
    static const char *const nouns[] = {"company", "firm", "group", "business", "maker", "manufacturer", NULL};
    uint32_t from = c->it[subj_item].b;
    for (uint32_t g = k; g > from; g--) {
        int generic = (is_word(c, g - 1, "it") && tok_lower(c, g - 1)) ||
                      (in(c, g - 1, nouns) && g - 1 > from && is_word(c, g - 2, "the") && tok_lower(c, g));
        if (!generic) continue;
        for (size_t p = (size_t)subj_item + 1; p > 0; p--)
            if (c->it[p - 1].b <= g - 1 && etype(c, c->it[p - 1].ent) == EG_ORG) return c->it[p - 1].ent;
        return -1;
    }
    return c->it[subj_item].ent;
}

/* "sold the stake to Y", "licensed X's songs to Y", and "Y, which X licensed the songs to in 2021":
 * the receiving party after a "to" from token j on (subject item subj), or nit. */
static size_t receiver_after(const rctx *c, uint32_t j, uint32_t end, int subj)
{
    for (uint32_t g = j; g < end && g < j + 12 && !clause_break(c, g) && !is_punct(c, g, ','); g++) {
        if (!is_word(c, g, "to")) continue;
        size_t yi = described_item(c, g + 1, end);
        if (yi < c->nit) return c->it[yi].poss ? c->nit : yi;
        /* a preposition left at the end of a relative clause: its antecedent */
        uint32_t a = c->it[subj].a;
        if (g + 1 < end && tok_lower(c, g + 1) && !in(c, g + 1, dets) && a > 2 &&
            (is_word(c, a - 1, "which") || is_word(c, a - 1, "that"))) {
            uint32_t q = is_punct(c, a - 2, ',') ? a - 2 : a - 1;
            for (size_t p = 0; p < c->nit; p++)
                if (c->it[p].b == q && !c->it[p].poss) return p;
        }
        return c->nit;
    }
    return c->nit;
}

/* "the Dundee plant", "in the United States": a place that is not the other party of a deal. */
static int place_not_party(const rctx *c, size_t oi)
{
    static const char *const preps[] = {"in", "at", "across", "throughout", "within", "around", "near", NULL};
    static const char *const links[] = {"and", "or", "to", "for", "in", "from", "at", "on", "by", "with", "as", "of",
                                        "since", "last", "this", "over", "after", "before", NULL};
    const item *o = &c->it[oi];
    if (etype(c, o->ent) != EG_LOC) return 0;
    if (tok_lower(c, o->b) && !in(c, o->b, links)) return 1; /* a place naming a thing: "the Dundee plant" */
    if (seat_after(c, o->b)) return 1; /* "a Dubai-registered firm" */
    uint32_t a = o->a;
    if (a > 0 && is_word(c, a - 1, "the")) a--;
    return a > 0 && in(c, a - 1, preps);
}

/* The parties of a verb of buying, selling, lending or licensing at token k whose object search
 * starts at j: drops a place that is no party, prefers "to Y" over an owner ("licensed X's songs to
 * Y"), finds the buyer of "an ingredient bought from Y", and adds the seller of "bought the plant
 * from Y" and the buyer of "sold the unit to Y". Updates *subj_ent, *oi and *ok. */
static int deal_parties(rctx *c, const cue *cu, uint32_t k, uint32_t j, int subj, int *subj_ent, size_t *oi, int *ok,
                        int S, int neg, int hedge)
{
    const eg_sentence *s = &c->r->tk.sent[S];
    uint32_t after = k + (uint32_t)cu->nw;
    int buy = in(c, k, buy_verbs), sell = in(c, k, sell_verbs);
    if (buy && is_word(c, after, "from") && k > s->tok_start + 1 && tok_lower(c, k - 1) && !in(c, k - 1, aux_words) &&
        !in(c, k - 1, dets) && !is_word(c, k - 1, "and") && !is_word(c, k - 1, "to")) {
        /* "an ingredient bought from Y": a participle after a noun */
        *subj_ent = participle_buyer(c, k, subj);
        if (*subj_ent < 0) *ok = 0;
        return 0;
    }
    if (*ok && place_not_party(c, *oi)) *ok = 0;
    if (*ok && c->it[*oi].poss && tok_lower(c, c->it[*oi].b + 1)) {
        size_t ri = receiver_after(c, c->it[*oi].b + 1, s->tok_end, subj);
        uint32_t g = c->it[*oi].b + 1;
        while (g < s->tok_end && g < c->it[*oi].b + 4 && tok_lower(c, g) && !in(c, g, part_nouns)) g++;
        if (ri < c->nit) *oi = ri;
        else if (in(c, g, part_nouns) && is_punct(c, g + 1, ',')) {
            /* "a deal with Rheinwerk's publishing arm, Rheinwerk Songs": the unit named after it */
            size_t ui = item_from(c, g + 2);
            if (ui < c->nit && c->it[ui].a == g + 2 && etype(c, c->it[ui].ent) == EG_ORG) *oi = ui;
        }
    } else if (!*ok && sell) {
        size_t ri = receiver_after(c, j, s->tok_end, subj);
        if (ri < c->nit) { *oi = ri; *ok = 1; }
    }
    if (!buy && !sell) return 0;
    /* the other party: "bought the plant from Y", "sold Halvern Bio to Y"; a licence goes either way */
    int licence = is_word(c, k, "licensed") || is_word(c, k, "license") || is_word(c, k, "licenses") ||
                  is_word(c, k, "licensing");
    uint32_t g = *ok ? c->it[*oi].b : j, lim = g + 8;
    int skipped = 0;
    for (uint32_t e = g; e < s->tok_end && e < lim && !clause_break(c, e); e++) {
        /* (past one insertion set off by commas: "bought the vase, which shows Perseus, in 1997 from Y", "sell the
         * Convent of Santa Catalina, a whitewashed cloister, to Y") */
        if (is_punct(c, e, ',')) {
            uint32_t z = e + 1;
            while (z < s->tok_end && z < e + 20 && !is_punct(c, z, ',') && !clause_break(c, z)) z++;
            /* (not into a clause of its own after it: "to Straits Trading, a distributor, which resold them to Y") */
            if (skipped || !is_punct(c, z, ',') || is_word(c, z + 1, "which") || is_word(c, z + 1, "who") ||
                is_word(c, z + 1, "that") || is_word(c, z + 1, "and") || is_word(c, z + 1, "but"))
                break;
            skipped = 1;
            /* (then "to"/"from" right away or after a time: "..., in 1997 from Y"; not "..., according to Reuters",
             * "..., before moving to Toronto") */
            uint32_t h = z + 1, L;
            if ((L = time_phrase(c, h))) h += L;
            else if (is_word(c, h, "in") && h + 1 < s->tok_end && c->r->tk.tok[h + 1].kind == EG_TK_NUM) h += 2;
            if (!is_word(c, h, buy ? "from" : "to") && !(licence && is_word(c, h, "from"))) break;
            e = h - 1;
            lim = h + 1;
            continue;
        }
        if (!is_word(c, e, buy ? "from" : "to") && !(licence && is_word(c, e, "from"))) continue;
        size_t yi = described_item(c, e + 1, s->tok_end);
        if (yi < c->nit && (!*ok || c->it[yi].ent != c->it[*oi].ent) && !place_not_party(c, yi)) {
            yi = chain_end(c, yi);
            return add_rel(c->r, *subj_ent, c->it[yi].ent, cu->type, S, S, neg, hedge);
        }
        break;
    }
    return 0;
}

/* "X provided a bridge loan of $2 billion to Y", "X gave Y a loan": a verb of the table's "give"
 * shape whose object is money (a noun of the "from" cues of transactions). */
static int give_relations(rctx *c, uint32_t after, int subj_ent, int S, int neg, int hedge)
{
    const eg_sentence *s = &c->r->tk.sent[S];
    size_t yi = item_from(c, after);
    if (yi < c->nit && c->it[yi].a == after && !c->it[yi].poss) {
        /* "gave Y a loan", "lent Y 12 billion euros" */
        for (uint32_t g = c->it[yi].b; g < s->tok_end && g < c->it[yi].b + 5; g++)
            if (money_noun(c, g)) return add_rel(c->r, subj_ent, c->it[yi].ent, EG_REL_TRANSACTED_WITH, S, S, neg, hedge);
            else if (!in(c, g, dets) && !amount_word(c, g) && !tok_lower(c, g)) break;
        return 0;
    }
    /* the money is the object itself, not named inside it ("details of the loan to Y") */
    static const char *const preps[] = {"of", "about", "on", "for", "to", "with", "from", "in", "that", NULL};
    uint32_t g = after, m = 0;
    int num = 0, cur = 0; /* "owes $310 million to Y": an amount of money is the money itself */
    for (; g < s->tok_end && g < after + 6 && !m; g++) {
        if (money_noun(c, g)) m = g;
        /* ("about 6 million euros", "nearly $2 million") */
        else if ((is_word(c, g, "about") || is_word(c, g, "around") || is_word(c, g, "nearly") || is_word(c, g, "almost") ||
                  is_word(c, g, "roughly") || is_word(c, g, "some")) && g + 1 < s->tok_end && amount_word(c, g + 1))
            continue;
        else if (in(c, g, preps) || (!in(c, g, dets) && !amount_word(c, g) && !tok_lower(c, g))) return 0;
        else if (amount_word(c, g)) {
            num |= amount_word(c, g) == 2;
            cur |= is_punct(c, g, '$') || is_word(c, g, "million") || is_word(c, g, "billion") ||
                   is_word(c, g, "euros") || is_word(c, g, "pounds") || is_word(c, g, "dollars") ||
                   !strncmp(c->text + c->r->tk.tok[g].start, "\xc2\xa3", 2) || !strncmp(c->text + c->r->tk.tok[g].start, "\xe2\x82\xac", 3);
            if (num && cur && (is_word(c, g + 1, "to") || is_word(c, g + 1, "for") || is_word(c, g + 1, "into"))) m = g;
            /* "6 million euros in proceeds to Y", "$2 million in cash to Y" */
            else if (num && cur && is_word(c, g + 1, "in") && tok_lower(c, g + 2) && is_word(c, g + 3, "to")) m = g;
        }
    }
    for (; m && g < s->tok_end && g < m + 8 && !clause_break(c, g) && !is_punct(c, g, ','); g++) {
        if (!is_word(c, g, "to") && !is_word(c, g, "for") && !is_word(c, g, "into")) continue; /* ("put $60 million into Y") */
        int who[8];
        size_t n = party_list(c, g + 1, s->tok_end, who, 8);
        for (size_t q = 0; q < n; q++) {
            int rc = add_rel(c->r, subj_ent, who[q], EG_REL_TRANSACTED_WITH, S, S, neg, hedge);
            if (rc) return rc;
        }
        break;
    }
    return 0;
}

/* "The trust is represented by A, and Pryce by B": the second pair of a passive whose verb the
 * text leaves out, after the actor item ai. */
static int passive_gap(rctx *c, size_t ai, int type, int S, int neg, int hedge)
{
    uint32_t g = c->it[ai].b;
    if (is_punct(c, g, ',')) g++;
    if (!is_word(c, g, "and") && !is_word(c, g, "while")) return 0;
    size_t pi = item_from(c, g + 1);
    if (pi >= c->nit || c->it[pi].a != g + 1 || c->it[pi].poss || !is_word(c, c->it[pi].b, "by")) return 0;
    size_t qi = described_item(c, c->it[pi].b + 1, c->r->tk.sent[S].tok_end);
    if (qi >= c->nit || c->it[qi].ent == c->it[pi].ent) return 0;
    return add_rel(c->r, c->it[chain_end(c, qi)].ent, c->it[pi].ent, type, S, S, neg, hedge);
}

/* "a funding round led by X", "raised $85 million in a round led by X", "Y's round was led by X": the
 * passive at k is about a noun, not about the subject item subj, unless that noun describes it ("X, a
 * fund led by Y"). Is it? */
static int participle_of_other(const rctx *c, uint32_t k, int subj)
{
    static const char *const not_nouns[] = {"and", "or", "but", "jointly", "partly", "largely", "wholly", "privately",
                                            "publicly", "formerly", "originally", "currently", "still", "not", "never",
                                            "long", "once", "first", "majority", "by", "as", NULL};
    if (subj < 0) return 0;
    /* ("the inquiry into Acme Corp, led by the Serious Fraud Office": the inquiry's) */
    uint32_t a = c->it[subj].a;
    if (a >= 2 && (is_word(c, a - 1, "into") || is_word(c, a - 1, "of")) && in(c, a - 2, probe_nouns) && is_word(c, k + 1, "by")) {
        /* (an investigating body leads the inquiry; a person with a company's role leads the company: "the
         * investigation into Zentrix Corp, led by chief executive John Harlow") */
        size_t ai = item_from(c, k + 2);
        if (ai < c->nit && c->it[ai].a <= k + 3 && etype(c, c->it[ai].ent) == EG_ORG) return 1;
    }
    uint32_t b = c->it[subj].b, h = b < c->r->tk.ntok && c->r->tk.tok[b].kind == EG_TK_POSS ? b + 1 : b;
    if (c->it[subj].poss && h < k) return 1; /* the owner of the noun */
    if (k == 0 || !tok_lower(c, k - 1) || in(c, k - 1, not_nouns) || in(c, k - 1, aux_words) || in(c, k - 1, dets))
        return 0;
    if (b >= k) return 0;
    /* "X, a (Montreal-based) maker led by Y", "X is a fund led by Y": a description of the subject */
    if ((is_punct(c, b, ',') || is_word(c, b, "is") || is_word(c, b, "was") || is_word(c, b, "are") ||
         is_word(c, b, "were") || is_word(c, b, "remains") || is_word(c, b, "became")) && in(c, b + 1, dets)) {
        for (uint32_t g = b + 2; g < k; g++)
            if (is_punct(c, g, ',') || clause_break(c, g) || in(c, g, aux_words)) return 1;
        return 0;
    }
    return 1;
}

/* Funding rounds, backers and payments "to X by Y". */
static int deal_relations(rctx *c, size_t si, int hedge)
{
    static const char *const raise_verbs[] = {"raised", "raises", "raising", "closed", "closes", "completed",
                                              "secured", "announced", NULL};
    static const char *const join_verbs[] = {"included", "includes", "including", "drew", "attracted", NULL};
    static const char *const fund_words[] = {"funding", "financing", "investment", "fundraising", "seed", "venture",
                                             "equity", NULL};
    static const char *const invest_words[] = {"venture", "capital", "equity", "investor", "investors", "fund",
                                               "funds", "investment", "hedge", "sovereign", NULL};
    static const char *const pay_verbs[] = {"made", "paid", "given", "sent", "transferred", "funnelled", "funneled",
                                            "channelled", "channeled", "routed", NULL};
    const eg_sentence *s = &c->r->tk.sent[si];
    int S = (int)si, rc, who[8];
    for (uint32_t k = s->tok_start; k < s->tok_end; k++) {
        if (!tok_lower(c, k)) continue;
        int neg = 0;
        if ((is_word(c, k, "round") || is_word(c, k, "rounds")) && !is_word(c, k + 1, "of")) {
            /* the company that raised it: "X raised $85 million in a round", "X's $10 million funding
             * round"; not "a round of talks", "the second round" of a vote without money named before */
            int raiser = -1, here = 0;
            for (uint32_t g = k; g > s->tok_start && g + 14 > k && raiser < 0; g--) {
                if (clause_break(c, g - 1)) break;
                if (!in(c, g - 1, raise_verbs)) continue;
                for (size_t p = c->nit; p > 0; p--) {
                    const item *w = &c->it[p - 1];
                    if (w->b > g - 1 || w->poss || etype(c, w->ent) == EG_LOC) continue;
                    int broken = 0;
                    for (uint32_t q = w->b; q < g - 1 && !broken; q++) broken = clause_break(c, q);
                    if (!broken) raiser = w->ent;
                    break;
                }
                break;
            }
            for (size_t p = c->nit; raiser < 0 && p > 0; p--) {
                const item *w = &c->it[p - 1];
                if (w->b >= k || !w->poss || w->b + 6 < k) continue;
                int plain = 1, money = 0;
                for (uint32_t q = w->b + 1; q < k && plain; q++) {
                    plain = amount_word(c, q) || tok_lower(c, q);
                    money |= amount_word(c, q) == 2 || in(c, q, fund_words);
                }
                if (plain && money) raiser = w->ent;
                break;
            }
            here = raiser >= 0;
            /* "The round also included X, Z said": the company as the source of the sentence, else the
             * round the text last named; only in a text that has named a funding round */
            for (size_t p = c->nit; raiser < 0 && c->round_org > 0 && p > 0; p--)
                if (c->it[p - 1].a > k && said_after(c, p - 1) && etype(c, c->it[p - 1].ent) == EG_ORG)
                    raiser = c->it[p - 1].ent;
            if (raiser < 0 && k > s->tok_start && (is_word(c, k - 1, "the") || (k > s->tok_start + 1 &&
                                                                               is_word(c, k - 2, "the") && tok_lower(c, k - 1))))
                raiser = c->round_org - 1;
            if (raiser < 0) continue;
            if (here) c->round_org = raiser + 1;
            neg = negated_before(c, k, s->tok_start);
            uint32_t h = k + 1;
            while (h < s->tok_end && (is_word(c, h, "also") || is_word(c, h, "was") || is_word(c, h, "were") ||
                                      is_punct(c, h, ',')))
                h++;
            if ((is_word(c, h, "led") || is_word(c, h, "co-led") || is_word(c, h, "joined") || is_word(c, h, "backed")) &&
                is_word(c, h + 1, "by"))
                h += 2;
            else if (in(c, h, join_verbs))
                h++;
            else
                continue;
            size_t n = party_list(c, h, s->tok_end, who, 8);
            for (size_t q = 0; q < n; q++)
                if (who[q] != raiser && (rc = add_rel(c->r, who[q], raiser, EG_REL_TRANSACTED_WITH, S, S, neg, hedge)))
                    return rc;
            continue;
        }
        if (is_word(c, k, "backed") && is_word(c, k + 1, "by")) {
            /* "X is backed by the venture capital firm Y": an investor, not a political ally */
            int inv = 0;
            uint32_t g = k + 2;
            for (; g < s->tok_end && g < k + 7 && tok_lower(c, g); g++) inv |= in(c, g, invest_words);
            if (!inv) {
                /* "backed by the state-owned Development Bank of X": a lender or fund by its name */
                static const char *const fin_heads[] = {"Bank", "Capital", "Ventures", "Fund", "Investments",
                                                        "Partners", "Equity", "Holdings", NULL};
                size_t fi = described_item(c, k + 2, s->tok_end);
                for (const char *const *h = fin_heads; fi < c->nit && *h && !inv; h++)
                    inv = etype(c, c->it[fi].ent) == EG_ORG && label_has_word(c->r->ent[c->it[fi].ent].label, *h, strlen(*h));
            }
            if (!inv) continue;
            int subj = subject_before(c, k);
            if (subj < 0) continue;
            neg = negated_before(c, k, s->tok_start);
            size_t n = party_list(c, k + 2, s->tok_end, who, 8);
            for (size_t q = 0; q < n; q++)
                if ((rc = add_rel(c->r, who[q], subj, EG_REL_TRANSACTED_WITH, S, S, neg, hedge))) return rc;
            continue;
        }
        if (money_noun(c, k)) {
            /* "payments made to X's campaign fund by Y", "donations to X from Y" */
            uint32_t g = k + 1;
            if (in(c, g, pay_verbs)) g++;
            if (!is_word(c, g, "to")) continue;
            size_t xi = described_item(c, g + 1, s->tok_end);
            if (xi >= c->nit) continue;
            uint32_t e = c->it[xi].b;
            if (c->it[xi].poss) /* "X's campaign fund", not "X's campaign was criticised" */
                for (e++; e < s->tok_end && e < c->it[xi].b + 4 && tok_lower(c, e) && !in(c, e, aux_words) &&
                          !is_word(c, e, "by") && !is_word(c, e, "from");)
                    e++;
            if (!is_word(c, e, "by") && !is_word(c, e, "from")) continue;
            size_t n = party_list(c, e + 1, s->tok_end, who, 8);
            neg = negated_before(c, k, s->tok_start);
            for (size_t q = 0; q < n; q++)
                if ((rc = add_rel(c->r, who[q], c->it[xi].ent, EG_REL_TRANSACTED_WITH, S, S, neg, hedge))) return rc;
        }
    }
    return 0;
}

/* "X hired Y as an adviser", "X appointed Y as chief executive", "X retained the firm Y to represent
 * it": Y takes the role's relation to X. A person hires only representatives this way. */
/* Do tokens [a, b) describe lawyers ("the law firm", "its lawyers", "the legal team")? */
static int legal_before(const rctx *c, uint32_t a, uint32_t b)
{
    static const char *const legal[] = {"law", "legal", "lawyers", "lawyer", "solicitors", "attorneys", "barristers",
                                        "counsel", NULL};
    for (uint32_t g = a; g < b; g++)
        if (tok_lower(c, g) && in(c, g, legal)) return 1;
    return 0;
}

/* Is token k the possessive "'s"? */
static int r_tok_poss(const rctx *c, uint32_t k) { return k < c->r->tk.ntok && c->r->tk.tok[k].kind == EG_TK_POSS; }

static int hire_relations(rctx *c, size_t si, int hedge)
{
    static const char *const deciding_bodies[] = {"leadership", "board", "executive", "committee", "council",
                                                  "directors", "trustees", "shareholders", NULL};
    static const char *const hire_verbs[] = {"hired", "hires", "hire", "hiring", "appointed", "appoints", "appoint",
                                             "named", "names", "retained", "retains", "retain", "engaged", "recruited",
                                             "tapped", NULL};
    static const char *const act_verbs[] = {"represent", "advise", "defend", NULL};
    const eg_sentence *s = &c->r->tk.sent[si];
    int S = (int)si, rc;
    for (uint32_t k = s->tok_start; k < s->tok_end; k++) {
        if (!tok_lower(c, k) || !in(c, k, hire_verbs)) continue;
        if (k > s->tok_start && in(c, k - 1, aux_words) && !is_word(c, k - 1, "has") && !is_word(c, k - 1, "have") &&
            !is_word(c, k - 1, "had") && !is_word(c, k - 1, "also"))
            continue; /* "Y was named as": the passive names no hirer */
        int subj = subject_before(c, k);
        /* ("the Freedom Party's leadership named X as its new chairman": the owner of the deciding body) */
        if (subj < 0 && k >= s->tok_start + 3 && in(c, k - 1, deciding_bodies) && r_tok_poss(c, k - 2)) {
            size_t oi = item_from(c, k - 3 > s->tok_start ? k - 3 : s->tok_start);
            for (size_t p = 0; p < c->nit; p++)
                if (c->it[p].poss && c->it[p].b == k - 2 && etype(c, c->it[p].ent) == EG_ORG) oi = p;
            if (oi < c->nit && c->it[oi].poss && c->it[oi].b == k - 2) subj = c->it[oi].ent;
        }
        if (subj < 0 || etype(c, subj) == EG_LOC) continue;
        /* the hired: the item ending right before "as" or "to represent", after the verb */
        for (size_t p = 0; p < c->nit; p++) {
            const item *y = &c->it[p];
            if (y->a <= k || y->a > k + 8 || y->poss || y->ent == subj) continue;
            int type = -1;
            uint32_t g = y->b;
            /* ("named Norbert Hofer, the transport minister, as its new chairman": past the apposition) */
            if (is_punct(c, g, ',') && in(c, g + 1, dets))
                for (uint32_t h = g + 2; h < s->tok_end && h < g + 9; h++) {
                    if (clause_break(c, h) || in(c, h, aux_words)) break;
                    if (is_punct(c, h, ',')) {
                        if (is_word(c, h + 1, "as")) g = h + 1;
                        break;
                    }
                }
            if (is_word(c, g, "as")) {
                uint32_t n, as = g;
                for (g = skip_mods(c, g + 1, s->tok_end); g < s->tok_end && g < as + 6 && type < 0; g++) {
                    type = role_at(c, g, s->tok_end, &n);
                    if (type < 0 && !tok_lower(c, g)) break;
                }
            } else if (is_word(c, g, "to") && in(c, g + 1, act_verbs)) {
                type = EG_REL_REPRESENTS;
            }
            /* "hired the law firm Aldous & Grail": a law firm acts for its client */
            if (type < 0 && legal_before(c, k + 1, y->a)) type = EG_REL_REPRESENTS;
            if (type < 0) continue;
            /* no other name between the verb and the hired but a description's ("the former Commission official Y") */
            if (type == EG_REL_FAMILY || (etype(c, subj) == EG_PERSON && type != EG_REL_REPRESENTS)) break;
            if ((rc = add_rel(c->r, y->ent, subj, adapt(c, type, subj), S, S, negated_before(c, k, s->tok_start), hedge)))
                return rc;
            break;
        }
    }
    return 0;
}

/* "The Foursquare Gospel Church suspended Igbeneghu", "Igbeneghu was suspended by the church", "Corbyn was
 * expelled from the Labour Party": an organisation disciplines one of its own; the person is its member */
static int discipline_relations(rctx *c, size_t si, int hedge)
{
    static const char *const verbs[] = {"suspended", "suspends", "fired", "fires", "sacked", "sacks", "dismissed",
                                        "dismisses", "expelled", "expels", "disciplined", "reinstated", "reinstates", NULL};
    /* (a body one belongs to: a party, a church, a school, a firm, a club; not a regulator, a tribunal or a platform
     * that bans whom it rules on: "the Integrity Agency suspended Simona Halep", "Twitter suspended X") */
    static const char *const homes[] = {"Party", "Church", "University", "College", "School", "Academy", "Club", "Union",
                                        "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "Group", "Holdings",
                                        "Bank", "Company", "Institute", "Society", "Congress", "Assembly", "Parliament",
                                        "Senate", "Chamber", "Hospital", "Foundation", "Trust", "Orchestra", "Police",
                                        "Service", "Department", "Ministry", "Force", "Army", "Navy", "Council", "Board",
                                        NULL};
    const eg_sentence *s = &c->r->tk.sent[si];
    int S = (int)si, rc;
    for (uint32_t k = s->tok_start + 1; k + 1 < s->tok_end; k++) {
        if (!tok_lower(c, k) || !in(c, k, verbs)) continue;
        int subj = subject_before(c, k);
        if (subj < 0) continue;
        int neg = negated_before(c, k, s->tok_start);
        if (in(c, k - 1, be_forms)) {
            /* "Y was suspended by X", "Y was expelled from X" */
            if (etype(c, subj) != EG_PERSON || !(is_word(c, k + 1, "by") || is_word(c, k + 1, "from"))) continue;
            uint32_t h = k + 2 + is_word(c, k + 2, "the");
            size_t oi = item_from(c, h);
            if (oi >= c->nit || c->it[oi].a != h || c->it[oi].poss || c->it[oi].mention < 0 ||
                etype(c, c->it[oi].ent) != EG_ORG || c->it[oi].ent == subj || !label_has_any(c->r->ent[c->it[oi].ent].label, homes))
                continue;
            if ((rc = add_rel(c->r, subj, c->it[oi].ent, EG_REL_MEMBER_OF, S, S, neg, hedge))) return rc;
            continue;
        }
        /* "X suspended Y", "X fired its finance chief, Y", "X sacked coach Y" */
        if (etype(c, subj) != EG_ORG || !label_has_any(c->r->ent[subj].label, homes) ||
            (in(c, k - 1, aux_words) && !is_word(c, k - 1, "has") && !is_word(c, k - 1, "had") && !is_word(c, k - 1, "have")))
            continue;
        uint32_t h = k + 1;
        if (is_word(c, h, "its") || is_word(c, h, "the")) {
            uint32_t n;
            h++;
            while (h < s->tok_end && h < k + 6 && tok_lower(c, h) && role_at(c, h, s->tok_end, &n) < 0) h++;
            if (h >= s->tok_end || !tok_lower(c, h) || role_at(c, h, s->tok_end, &n) < 0) continue;
            h += n;
            if (is_punct(c, h, ',')) h++;
        } else if (tok_lower(c, h)) {
            uint32_t n; /* "sacked coach Y" */
            if (role_at(c, h, s->tok_end, &n) < 0) continue;
            h += n;
        }
        h = past_title(c, h);
        size_t oi = item_from(c, h);
        if (oi >= c->nit || c->it[oi].a != h || c->it[oi].poss || c->it[oi].mention < 0 ||
            etype(c, c->it[oi].ent) != EG_PERSON)
            continue;
        if ((rc = add_rel(c->r, c->it[oi].ent, subj, EG_REL_MEMBER_OF, S, S, neg, hedge))) return rc;
    }
    return 0;
}

/* "Rupert Murdoch also has two younger daughters, Grace and Chloe", "she had a son, Tom": kin one has, named after a
 * comma, are his or her kin */
static int has_kin_relations(rctx *c, size_t si, int hedge)
{
    const eg_sentence *s = &c->r->tk.sent[si];
    int S = (int)si, rc;
    for (uint32_t k = s->tok_start + 1; k + 3 < s->tok_end; k++) {
        if (!is_word(c, k, "has") && !is_word(c, k, "had") && !is_word(c, k, "have")) continue;
        int subj = subject_before(c, k);
        if (subj < 0 || etype(c, subj) != EG_PERSON) continue;
        uint32_t h = k + 1, n = 0;
        while (h < s->tok_end && h < k + 5 && (tok_lower(c, h) || c->r->tk.tok[h].kind == EG_TK_NUM) &&
               role_at(c, h, s->tok_end, &n) < 0 && !in(c, h, aux_words) && !verb_cue_at(c, h, s->tok_end))
            h++;
        if (h >= s->tok_end || !tok_lower(c, h) || role_at(c, h, s->tok_end, &n) != EG_REL_FAMILY) continue;
        if (!is_punct(c, h + n, ',')) continue;
        size_t yi = item_from(c, h + n + 1);
        if (yi >= c->nit || c->it[yi].a != h + n + 1 || etype(c, c->it[yi].ent) != EG_PERSON) continue;
        size_t le = item_list_end(c, yi, s->tok_end);
        if (le > yi + 1 && !plural_word(c, h + n - 1)) le = yi + 1;
        for (size_t p = yi; p < le; p++)
            if (etype(c, c->it[p].ent) == EG_PERSON && c->it[p].mention >= 0 && !c->it[p].poss && c->it[p].ent != subj &&
                (rc = add_rel(c->r, c->it[p].ent, subj, EG_REL_FAMILY, S, S, negated_before(c, k, s->tok_start), hedge)))
                return rc;
    }
    return 0;
}

/* "X replaced Travis Kalanick, Uber's co-founder, as chief executive", "X succeeded Y as chairman of Z":
 * the successor takes the role, of the organisation named after it or in the predecessor's apposition */
static int succession_relations(rctx *c, size_t si, int hedge)
{
    static const char *const verbs[] = {"replaced", "replaces", "succeeded", "succeeds", "succeed", "replace", NULL};
    const eg_sentence *s = &c->r->tk.sent[si];
    for (uint32_t k = s->tok_start + 1; k + 3 < s->tok_end; k++) {
        const eg_token *tv = &c->r->tk.tok[k];
        if (!(tv->flags & EG_TF_LOWER) || tv->len < 7 || tv->len > 9 || !in(c, k, verbs) || in(c, k - 1, aux_words)) continue;
        size_t yi = item_from(c, k + 1);
        if (yi >= c->nit || c->it[yi].a != k + 1) continue;
        int subj = subject_before(c, k);
        if (subj < 0 || etype(c, subj) != EG_PERSON || c->it[yi].poss || etype(c, c->it[yi].ent) != EG_PERSON)
            continue;
        uint32_t g = c->it[yi].b;
        int org = -1;
        /* the predecessor's apposition, and an organisation's possessive in it */
        if (is_punct(c, g, ',')) {
            uint32_t h = g + 1;
            for (; h < s->tok_end && h < g + 9 && !is_punct(c, h, ',') && !clause_break(c, h); h++) {
                size_t oi = item_from(c, h);
                if (oi < c->nit && c->it[oi].a == h && c->it[oi].poss && etype(c, c->it[oi].ent) == EG_ORG) org = c->it[oi].ent;
            }
            if (!is_punct(c, h, ',')) continue;
            g = h + 1;
        }
        if (!is_word(c, g, "as")) continue;
        uint32_t n = 0, r0 = skip_mods(c, g + 1, s->tok_end);
        while (r0 < s->tok_end && r0 < g + 4 && tok_lower(c, r0) && role_at(c, r0, s->tok_end, &n) < 0) r0++;
        int type = role_at(c, r0, s->tok_end, &n);
        if (type != EG_REL_LEADS && type != EG_REL_MEMBER_OF) continue;
        uint32_t e = r0 + n;
        /* ("as chairman of the foundation": the organisation after "of", or none; not the apposition's) */
        if (is_word(c, e, "of") || is_word(c, e, "at")) {
            size_t zi = described_item(c, e + 1, s->tok_end);
            org = zi < c->nit && etype(c, c->it[zi].ent) == EG_ORG ? c->it[zi].ent : -1;
        } else if (org >= 0 && institution(c->r, org)) {
            org = -1; /* ("Donald Trump, the Republican Party's nominee, as president": a party's post is not the role) */
        }
        if (org < 0) continue;
        int rc = add_rel(c->r, subj, org, type, (int)si, (int)si, 0, hedge);
        if (rc) return rc;
    }
    return 0;
}

/* "X, a unit of the German media group Y", "X, part of Y", "X, a Y subsidiary", "Y's publishing arm,
 * X" (X is a member of Y), "Y's parent company, X" (Y of X); and "Y's majority owner, businessman X"
 * (X leads Y). */
static int part_relations(rctx *c, size_t si, int hedge)
{
    const eg_sentence *s = &c->r->tk.sent[si];
    int S = (int)si, rc;
    for (size_t i = 0; i < c->nit; i++) {
        const item *x = &c->it[i];
        if (etype(c, x->ent) != EG_ORG) continue;
        /* "Philip Morris sued together with its Uruguayan subsidiary, Abal Hermanos", "Westinghouse and its
         * Japanese parent Toshiba": the part or parent of the sentence's first organisation */
        if (x->a >= s->tok_start + 3 && x->mention >= 0 && !x->poss) {
            uint32_t h = x->a - 1;
            if (is_punct(c, h, ',')) h--;
            int par = 0;
            if ((is_word(c, h, "company") || is_word(c, h, "group")) && is_word(c, h - 1, "parent")) h--;
            if (is_word(c, h, "parent")) par = 1;
            else if (!in(c, h, part_nouns) || is_word(c, h, "part") || is_word(c, h, "member")) h = s->tok_start;
            while (h > s->tok_start + 1 && h + 4 > x->a - 1 && !is_word(c, h - 1, "its") &&
                   (tok_lower(c, h - 1) || demonym_at(c, h - 1)) && !in(c, h - 1, dets) && !in(c, h - 1, aux_words))
                h--;
            if (h > s->tok_start + 1 && is_word(c, h - 1, "its")) {
                /* (the organisation just before "and its": "Google and its parent company, Alphabet"; else the
                 * sentence's subject, with no reported clause between: not "The Pensions Regulator said the carrier
                 * had paid dividends to its parent company, Qasr") */
                size_t f = 0;
                while (f < i && etype(c, c->it[f].ent) != EG_ORG) f++;
                if (f < i && (c->it[f].a > s->tok_start + 1 || has_word(c, c->it[f].b, h, "said") ||
                              has_word(c, c->it[f].b, h, "says") || has_word(c, c->it[f].b, h, "that")))
                    f = i;
                /* (nor past another organisation, whose "its" it may be: "Ofcom fined BT over failures at its
                 * subsidiary Openreach", "Zenith sold Brightline, its subsidiary Acme") */
                for (size_t j = f + 1; j < i && f < i; j++)
                    if (etype(c, c->it[j].ent) == EG_ORG && c->it[j].ent != c->it[f].ent) f = i;
                if (is_word(c, h - 2, "and"))
                    for (size_t j = 0; j < i; j++)
                        if (c->it[j].b == h - 2 && etype(c, c->it[j].ent) == EG_ORG && !c->it[j].poss) f = j;
                if (f < i && c->it[f].ent != x->ent && !c->it[f].poss && c->it[f].b < h - 1 &&
                    (rc = par ? add_rel(c->r, c->it[f].ent, x->ent, EG_REL_MEMBER_OF, S, S, 0, hedge)
                              : add_rel(c->r, x->ent, c->it[f].ent, EG_REL_MEMBER_OF, S, S, 0, hedge)))
                    return rc;
            }
        }
        uint32_t k = x->b;
        /* ("the National Cyber Security Centre (NCSC), which is part of GCHQ": past the acronym) */
        if (is_punct(c, k + 1, ',')) k = past_letters(c, x, k);
        /* ("Hanbit Expressway Co., is a subsidiary of Y", "X is a unit of Y": the copula reads as the comma) */
        int cop = 0;
        {
            uint32_t v = k + is_punct(c, k, ',');
            /* ("The DGI is part of the Ministry of Finance") */
            if ((is_word(c, v, "is") || is_word(c, v, "was") || is_word(c, v, "became")) &&
                (in(c, v + 1, dets) || (is_word(c, v + 1, "part") && is_word(c, v + 2, "of")))) { k = v; cop = 1; }
        }
        if (!x->poss && x->mention >= 0 && (is_punct(c, k, ',') || cop)) {
            uint32_t g = k + 1;
            /* "X, its British parent company Y", "X, its subsidiary Y" (the sentence's first organisation:
             * not "Zenith sold Brightline, its subsidiary Acme and two ships", whose "its" is Zenith's) */
            if (!cop && is_word(c, g, "its")) {
                int first = 1;
                for (size_t j = 0; j < i && first; j++) first = etype(c, c->it[j].ent) != EG_ORG;
                if (!first) continue;
                uint32_t h = g + 1;
                while (h < s->tok_end && h < g + 4 && (tok_lower(c, h) || demonym_at(c, h)) && !in(c, h, part_nouns) &&
                       !is_word(c, h, "parent"))
                    h++;
                int par = is_word(c, h, "parent");
                if (!par && (!in(c, h, part_nouns) || is_word(c, h, "part"))) continue;
                h++;
                if (par && (is_word(c, h, "company") || is_word(c, h, "group"))) h++;
                if (is_punct(c, h, ',')) h++;
                size_t yi = item_from(c, h);
                if (yi >= c->nit || c->it[yi].a != h || c->it[yi].poss || etype(c, c->it[yi].ent) != EG_ORG ||
                    c->it[yi].ent == x->ent)
                    continue;
                if ((rc = par ? add_rel(c->r, x->ent, c->it[yi].ent, EG_REL_MEMBER_OF, S, S, 0, hedge)
                              : add_rel(c->r, c->it[yi].ent, x->ent, EG_REL_MEMBER_OF, S, S, 0, hedge)))
                    return rc;
                continue;
            }
            int det = in(c, g, dets);
            if (det) g++;
            size_t yi = item_from(c, g);
            /* "Coscom, Telia's Uzbek subsidiary,": an owner's part named with its place's adjective; "Frontex, the
             * European Union's border agency,", "the World Health Assembly, the WHO's decision-making body,": a body
             * of an organisation described as its kind of body */
            /* (not "regulator" or "watchdog": "Ofcom, the BBC's regulator" oversees, it is no part) */
            static const char *const body_kinds[] = {"agency", "body", "office", "court",
                                                     "bureau", "committee", "commission", "department", "authority",
                                                     "panel", "council", "institution", "organisation", "organization",
                                                     "mission", "programme", "program", "tribunal", "secretariat",
                                                     "assembly", NULL};
            if ((!det || is_word(c, g - 1, "the")) && yi < c->nit && c->it[yi].a == g && etype(c, c->it[yi].ent) == EG_ORG &&
                c->it[yi].ent != x->ent && c->it[yi].mention >= 0) {
                int poss = c->it[yi].poss;
                uint32_t h = c->it[yi].b + (poss && c->it[yi].b < s->tok_end && c->r->tk.tok[c->it[yi].b].kind == EG_TK_POSS);
                uint32_t h0 = h;
                int place_adj = 0;
                while (h < s->tok_end && h < h0 + 4 && (tok_lower(c, h) || demonym_at(c, h) || is_punct(c, h, '-')) &&
                       !in(c, h, part_nouns) && !in(c, h, body_kinds) && !in(c, h, aux_words) && !verb_cue_at(c, h, s->tok_end) &&
                       !is_word(c, h, "of") && !is_word(c, h, "and") && !is_word(c, h, "partner")) {
                    place_adj |= demonym_at(c, h);
                    h++;
                }
                /* (the description ends there: "," "." "that", "which", "in", "for", "responsible") */
                int closed = h + 1 >= s->tok_end || is_punct(c, h + 1, ',') || is_punct(c, h + 1, '.') ||
                             is_word(c, h + 1, "that") || is_word(c, h + 1, "which") || is_word(c, h + 1, "in") ||
                             is_word(c, h + 1, "for") || is_word(c, h + 1, "responsible");
                int part = poss && place_adj && !det && in(c, h, part_nouns) && !is_word(c, h, "part") && !is_word(c, h, "member") &&
                           (h + 1 >= s->tok_end || is_punct(c, h + 1, ',') || is_punct(c, h + 1, '.'));
                int body = det && tok_lower(c, h) && in(c, h, body_kinds) && closed;
                if ((part || body) && (rc = add_rel(c->r, x->ent, c->it[yi].ent, EG_REL_MEMBER_OF, S, S, 0, hedge)))
                    return rc;
            }
            /* "X, a Rheinwerk subsidiary", "X, another Rosatom unit" */
            if (!det && is_word(c, g, "another")) {
                det = 1;
                yi = item_from(c, ++g);
            }
            if (det && yi < c->nit && c->it[yi].a <= g + 2 && !c->it[yi].poss && in(c, c->it[yi].b, part_nouns) &&
                etype(c, c->it[yi].ent) == EG_ORG && c->it[yi].ent != x->ent) {
                if ((rc = add_rel(c->r, x->ent, c->it[yi].ent, EG_REL_MEMBER_OF, S, S, 0, hedge))) return rc;
                continue;
            }
            /* (a description, also with a place or its people: "a Turkish-registered subsidiary of Y", "a
             * London-based unit of Y") */
            while (g < s->tok_end && g < k + 8 && !in(c, g, part_nouns) && !is_word(c, g, "parent")) {
                if (tok_lower(c, g) || (is_punct(c, g, '-') && tok_lower(c, g + 1)) ||
                    (demonym_at(c, g) && is_punct(c, g + 1, '-'))) {
                    g++;
                    continue;
                }
                size_t li = item_from(c, g);
                if (li < c->nit && c->it[li].a == g && etype(c, c->it[li].ent) == EG_LOC && listed_after(c, c->it[li].b)) {
                    g = c->it[li].b;
                    continue;
                }
                break;
            }
            int parent = is_word(c, g, "parent");
            if (parent) g += is_word(c, g + 1, "company") || is_word(c, g + 1, "group") ? 2 : 1;
            else if (!in(c, g, part_nouns) || (!det && !is_word(c, g, "part")))
                continue;
            else
                g++;
            if (!is_word(c, g, "of")) continue;
            yi = described_item(c, g + 1, s->tok_end);
            if (yi >= c->nit || c->it[yi].poss || etype(c, c->it[yi].ent) != EG_ORG || c->it[yi].ent == x->ent) continue;
            yi = chain_end(c, yi);
            int a = parent ? c->it[yi].ent : x->ent, b = parent ? x->ent : c->it[yi].ent;
            if ((rc = add_rel(c->r, a, b, EG_REL_MEMBER_OF, S, S, 0, hedge))) return rc;
            continue;
        }
        if (!x->poss) continue;
        uint32_t g = k < s->tok_end && c->r->tk.tok[k].kind == EG_TK_POSS ? k + 1 : k;
        uint32_t g0 = g;
        while (g < s->tok_end && g < g0 + 3 && tok_lower(c, g) && !in(c, g, part_nouns) && !is_word(c, g, "parent") &&
               !is_word(c, g, "owner") && !is_word(c, g, "co-owner"))
            g++;
        int parent = is_word(c, g, "parent"), owner = is_word(c, g, "owner") || is_word(c, g, "co-owner");
        if (!parent && !owner && (!in(c, g, part_nouns) || is_word(c, g, "part") || is_word(c, g, "member"))) continue;
        g++;
        if (parent && (is_word(c, g, "company") || is_word(c, g, "group"))) g++;
        if (is_punct(c, g, ',')) g++;
        uint32_t d = g;
        if (owner) {
            /* "Y's majority owner, businessman X": a description the plain role shape does not take */
            while (g < s->tok_end && g < d + 3 && tok_lower(c, g)) g++;
            if (g == d) continue;
        }
        size_t yi = item_from(c, g);
        if (yi >= c->nit || c->it[yi].a != g || c->it[yi].ent == x->ent) continue;
        eg_etype ty = etype(c, c->it[yi].ent);
        if (owner && ty == EG_PERSON)
            rc = add_rel(c->r, c->it[yi].ent, x->ent, EG_REL_LEADS, S, S, 0, hedge);
        else if (!owner && ty == EG_ORG)
            rc = parent ? add_rel(c->r, x->ent, c->it[yi].ent, EG_REL_MEMBER_OF, S, S, 0, hedge)
                        : add_rel(c->r, c->it[yi].ent, x->ent, EG_REL_MEMBER_OF, S, S, 0, hedge);
        else
            rc = 0;
        if (rc) return rc;
    }
    return 0;
}

/* "X, a Montreal-based manufacturer", "the Boston-based X", "X's plant in Dundee", "its office in Y",
 * "X's Dundee plant", "X, a supplier in China": an organisation located in a place. */

static int place_relations(rctx *c, size_t si, int hedge)
{
    static const char *const sites[] = {"office", "offices", "plant", "plants", "factory", "factories", "headquarters",
                                        "hq", "base", "site", "facility", "facilities", "mine", "refinery", "warehouse",
                                        "store", "branch", "campus", "mill", "shipyard", "depot", "works", NULL};
    static const char *const kinds[] = {"company", "firm", "group", "bank", "supplier", "maker", "manufacturer",
                                        "producer", "retailer", "distributor", "developer", "lender", "insurer",
                                        "operator", "fund", "chain", "start-up", "startup", "agency", "charity",
                                        "exporter", "importer", "refiner", "utility", "carrier", "airline", "brewer",
                                        "publisher", "broadcaster", "label", "studio", "contractor", "consultancy",
                                        "builder", "shipper", "miner", "business", "subsidiary", "unit", "trader",
                                        "house", "processor", "grocer", "gallery", "dealer", "museum", "hospital",
                                        "school", "university", "club", "team", "newspaper", NULL};
    const eg_sentence *s = &c->r->tk.sent[si];
    int S = (int)si, rc;
    for (size_t i = 0; i < c->nit; i++) {
        const item *x = &c->it[i];
        eg_etype tx = etype(c, x->ent);
        /* "Boeing, of Chicago, will receive", "SpaceX, of Hawthorne, California,": a company and its town in
         * an apposition (a press release's habit) */
        if (tx == EG_ORG && !x->poss && x->mention >= 0 && i + 1 < c->nit && is_punct(c, x->b, ',') &&
            is_word(c, x->b + 1, "of") && c->it[i + 1].a == x->b + 2 && etype(c, c->it[i + 1].ent) == EG_LOC &&
            !c->it[i + 1].poss) {
            uint32_t e = c->it[i + 1].b;
            if (is_punct(c, e, ',') && i + 2 < c->nit && c->it[i + 2].a == e + 1 && etype(c, c->it[i + 2].ent) == EG_LOC)
                e = c->it[i + 2].b; /* (", California,": the state too) */
            if ((is_punct(c, e, ',') || is_punct(c, e, ')')) &&
                (rc = add_rel(c->r, x->ent, c->it[i + 1].ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                return rc;
        }
        /* "SIMC, which runs a mill in the city of Victorias", "X operates a plant in Y": a site it runs */
        if (tx == EG_ORG && !x->poss && x->mention >= 0) {
            uint32_t g = x->b;
            /* ("San Isidro Milling Corporation (SIMC), which runs": past the letters) */
            g = past_letters(c, x, g);
            if (is_punct(c, g, ',') && (is_word(c, g + 1, "which") || is_word(c, g + 1, "that"))) g += 2;
            if (is_word(c, g, "runs") || is_word(c, g, "operates") || is_word(c, g, "owns") || is_word(c, g, "ran") ||
                is_word(c, g, "operated") || is_word(c, g, "has") || is_word(c, g, "have") || is_word(c, g, "opened")) {
                uint32_t h = g + 1;
                if (in(c, h, dets)) h++;
                uint32_t h0 = h;
                while (h < s->tok_end && h < h0 + 2 && tok_lower(c, h) && !in(c, h, sites)) h++;
                static const char *const more_sites[] = {"mill", "mills", "mine", "mines", "port", "terminal", "hotel",
                                                         "hospital", "clinic", "school", "farm", "plantation", "depot", NULL};
                if ((in(c, h, sites) || in(c, h, more_sites)) && is_word(c, h + 1, "in")) {
                    h += 2;
                    if (is_word(c, h, "the") && in(c, h + 1, place_parts) && is_word(c, h + 2, "of")) h += 3;
                    size_t yi = item_from(c, h);
                    /* ("has offices in Milan and London": each place of the list) */
                    while (yi < c->nit && c->it[yi].a == h && etype(c, c->it[yi].ent) == EG_LOC && !c->it[yi].poss) {
                        if ((rc = add_rel(c->r, x->ent, c->it[yi].ent, EG_REL_LOCATED_IN, S, S, 0, hedge))) return rc;
                        h = c->it[yi].b + 1;
                        if (!is_word(c, h - 1, "and") && !is_punct(c, h - 1, ',')) break;
                        if (is_word(c, h, "and")) h++;
                        yi = item_from(c, h);
                    }
                }
            }
        }
        if (tx == EG_LOC && !x->poss && x->mention >= 0 && tok_lower(c, x->b)) {
            /* "the Lima district of San Isidro" */
            if (in(c, x->b, place_parts) && is_word(c, x->b + 1, "of")) {
                size_t yi = item_from(c, x->b + 2);
                if (yi < c->nit && c->it[yi].a == x->b + 2 && etype(c, c->it[yi].ent) == EG_LOC && !c->it[yi].poss &&
                    whole_first(c, x, &c->it[yi], x->b) &&
                    (rc = add_rel(c->r, c->it[yi].ent, x->ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                    return rc;
            }
        }
        if (tx == EG_LOC && x->poss && x->mention >= 0) {
            /* "India's western state of Gujarat", "Spain's northern region of Galicia" */
            uint32_t g = x->b + 1, g0 = g;
            while (g < s->tok_end && g < g0 + 3 && tok_lower(c, g) && !in(c, g, place_parts)) g++;
            if (in(c, g, place_parts) && tok_lower(c, g) && is_word(c, g + 1, "of")) {
                size_t yi = item_from(c, g + 2);
                if (yi < c->nit && c->it[yi].a == g + 2 && etype(c, c->it[yi].ent) == EG_LOC &&
                    (rc = add_rel(c->r, c->it[yi].ent, x->ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                    return rc;
            }
            continue;
        }
        if (tx == EG_LOC && x->mention >= 0) {
            /* "X, a Montreal-based maker" / "Montreal-based (maker) X" */
            int owner = based_place_owner(c, i);
            int org = owner >= 0 ? c->it[owner].ent : -1;
            if (owner != -2 && org < 0) {
                uint32_t g = x->b + 2;
                while (g < s->tok_end && g < x->b + 5 && tok_lower(c, g)) g++;
                size_t yi = item_from(c, g);
                if (yi < c->nit && c->it[yi].a == g) org = c->it[yi].ent;
            }
            if (owner == -2 && !x->poss && in(c, x->b, sites) && is_word(c, x->b + 1, "of")) {
                /* "the Johannesburg headquarters of X", "the Durban offices of Y" */
                size_t yi = described_item(c, x->b + 2, s->tok_end);
                if (yi < c->nit && etype(c, c->it[yi].ent) == EG_ORG) org = c->it[yi].ent;
            }
            if (owner == -2 && org < 0 && !x->poss && tok_lower(c, x->b)) {
                /* "at Leeds brokerage X", "the Copenhagen law firm X": a kind between the place and the name */
                uint32_t g = x->b;
                while (g < s->tok_end && g < x->b + 3 && tok_lower(c, g) && !in(c, g, kinds) && !in(c, g, org_classes)) g++;
                if (g < s->tok_end && tok_lower(c, g) && (in(c, g, kinds) || in(c, g, org_classes)) &&
                    !is_word(c, g, "owner") && !is_word(c, g, "investor")) {
                    size_t yi = item_from(c, g + 1 + is_punct(c, g + 1, ','));
                    if (yi < c->nit && c->it[yi].a == g + 1 + is_punct(c, g + 1, ',') && !c->it[yi].poss) org = c->it[yi].ent;
                }
            }
            /* "Nile Crescent Films, the Cairo studio behind ...": an organisation described by a kind of the place */
            if (owner == -2 && org < 0 && !x->poss && i > 0 && x->a >= 2 && in(c, x->a - 1, dets) &&
                !in(c, x->a - 1, pron_m) && !in(c, x->a - 1, pron_f) && is_punct(c, x->a - 2, ',') &&
                c->it[i - 1].b == x->a - 2 && etype(c, c->it[i - 1].ent) == EG_ORG && c->it[i - 1].mention >= 0 &&
                !c->it[i - 1].poss) {
                uint32_t g = x->b;
                while (g < s->tok_end && g < x->b + 3 && tok_lower(c, g) && !in(c, g, kinds) && !in(c, g, org_classes)) g++;
                if (g < s->tok_end && tok_lower(c, g) && (in(c, g, kinds) || in(c, g, org_classes)) &&
                    (rc = add_rel(c->r, c->it[i - 1].ent, x->ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                    return rc;
            }
            /* "Mauricio Araya, a Concepcion lawyer who ...": a person described by an occupation of the place
             * (also by a copula: "Faisal Hameed is a Karachi businessman") */
            uint32_t pe = x->a >= 2 ? x->a - 2 : 0; /* where the person's name ends */
            if (!is_punct(c, pe, ',') && !is_word(c, pe, "is") && !is_word(c, pe, "was")) pe = 0;
            if (owner == -2 && org < 0 && !x->poss && i > 0 && x->a >= 2 && in(c, x->a - 1, dets) && pe > 0 &&
                c->it[i - 1].b == pe && etype(c, c->it[i - 1].ent) == EG_PERSON &&
                c->it[i - 1].mention >= 0 && !c->it[i - 1].poss) {
                uint32_t g = x->b;
                while (g < s->tok_end && g < x->b + 3 && tok_lower(c, g) && !occupation_word(c, g)) g++;
                if (g < s->tok_end && occupation_word(c, g) &&
                    (g + 1 >= s->tok_end || !tok_lower(c, g + 1) || is_word(c, g + 1, "who") || in(c, g + 1, aux_words)) &&
                    (rc = add_rel(c->r, c->it[i - 1].ent, x->ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                    return rc;
            }
            /* ("Hiroshi Tanabe, a Tokyo-based collector": a person's too) */
            if (org >= 0 && (etype(c, org) == EG_ORG || (owner >= 0 && etype(c, org) == EG_PERSON)) &&
                (rc = add_rel(c->r, org, x->ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                return rc;
            continue;
        }
        if (tx != EG_ORG) continue;
        /* "a rival, Caffè Borsari of Bologna, ...": an organisation "of" a city */
        if (x->mention >= 0 && !x->poss && is_word(c, x->b, "of")) {
            size_t yi = item_from(c, x->b + 1);
            if (yi < c->nit && c->it[yi].a == x->b + 1 && etype(c, c->it[yi].ent) == EG_LOC && !c->it[yi].poss &&
                c->it[yi].mention >= 0 &&
                (c->it[yi].b >= s->tok_end || is_punct(c, c->it[yi].b, ',') || is_punct(c, c->it[yi].b, '.') ||
                 is_word(c, c->it[yi].b, "and") ||
                 /* ("a deal with Kaiyo Engineering of Japan to build a plant") */
                 (tok_lower(c, c->it[yi].b) && !is_word(c, c->it[yi].b, "of") && !is_word(c, c->it[yi].b, "and"))) &&
                (rc = add_rel(c->r, x->ent, c->it[yi].ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                return rc;
        }
        /* "The National Green Tribunal, India's environmental court", "X, one of Canada's largest
         * makers of ...": the country or place whose kind of organisation it is */
        if (x->mention >= 0 && !x->poss && is_punct(c, x->b, ',')) {
            uint32_t g = x->b + 1;
            if (is_word(c, g, "one") && is_word(c, g + 1, "of")) g += 2;
            size_t yi = item_from(c, g);
            if (yi < c->nit && c->it[yi].a == g && c->it[yi].poss && etype(c, c->it[yi].ent) == EG_LOC) {
                uint32_t h = c->it[yi].b + 1, h0 = h;
                while (h < s->tok_end && h < h0 + 4 && tok_lower(c, h) && !in(c, h, aux_words) && !is_word(c, h, "of")) h++;
                if (h > h0 && (h >= s->tok_end || is_punct(c, h, ',') || is_word(c, h, "of") || is_punct(c, h, '.')) &&
                    (rc = add_rel(c->r, x->ent, c->it[yi].ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                    return rc;
            }
        }
        uint32_t k = x->b;
        if (x->poss) {
            /* "its plant in Dundee" only after the name in the same sentence */
            int named = x->mention >= 0;
            for (size_t p = 0; p < i && !named; p++) named = c->it[p].ent == x->ent && c->it[p].mention >= 0;
            if (!named) continue;
            uint32_t g = k < s->tok_end && c->r->tk.tok[k].kind == EG_TK_POSS ? k + 1 : k;
            size_t yi = item_from(c, g);
            if (yi < c->nit && c->it[yi].a == g && etype(c, c->it[yi].ent) == EG_LOC && !c->it[yi].poss &&
                in(c, c->it[yi].b, sites)) {
                /* "X's Dundee plant" */
                if ((rc = add_rel(c->r, x->ent, c->it[yi].ent, EG_REL_LOCATED_IN, S, S, 0, hedge))) return rc;
                continue;
            }
            uint32_t g0 = g;
            while (g < s->tok_end && g < g0 + 2 && tok_lower(c, g) && !in(c, g, sites)) g++;
            if (!in(c, g, sites) || !tok_lower(c, g) || !is_word(c, g + 1, "in")) continue;
            g += 2;
            if (is_word(c, g, "the")) g++;
            yi = item_from(c, g);
            if (yi < c->nit && c->it[yi].a == g && etype(c, c->it[yi].ent) == EG_LOC &&
                (rc = add_rel(c->r, x->ent, c->it[yi].ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                return rc;
            continue;
        }
        /* ("the Cambodian Workers' Legal Aid Centre (CWLAC), a Phnom Penh charity": past the letters) */
        k = past_letters(c, x, k);
        if (!is_punct(c, k, ',') || !in(c, k + 1, dets) || x->mention < 0) continue;
        {
            /* "X, a London consultancy (that)", "X, the Copenhagen law firm that": the place before the kind */
            size_t yi = item_from(c, k + 2);
            if (yi < c->nit && c->it[yi].a == k + 2 && etype(c, c->it[yi].ent) == EG_LOC && !c->it[yi].poss &&
                tok_lower(c, c->it[yi].b)) {
                uint32_t g = c->it[yi].b;
                while (g < s->tok_end && g < c->it[yi].b + 3 && tok_lower(c, g) && !in(c, g, kinds) && !in(c, g, org_classes)) g++;
                if (g < s->tok_end && tok_lower(c, g) && (in(c, g, kinds) || in(c, g, org_classes)) &&
                    (g + 1 >= s->tok_end || !tok_lower(c, g + 1) || in(c, g + 1, aux_words) || is_word(c, g + 1, "with") ||
                     is_word(c, g + 1, "founded") || is_word(c, g + 1, "owned") || is_word(c, g + 1, "run") ||
                     in(c, g + 1, pron_m) || in(c, g + 1, pron_f) || is_word(c, g + 1, "it") || is_word(c, g + 1, "they"))) {
                    if ((rc = add_rel(c->r, x->ent, c->it[yi].ent, EG_REL_LOCATED_IN, S, S, 0, hedge))) return rc;
                    continue;
                }
                /* ("Zenora Distributors, a Mumbai wholesaler that", "Kestrel Bay Partners, a London asset manager
                 * founded by": any plain noun closed by a clause or a comma, after "a") */
                static const char *const closers[] = {"that", "which", "whose", "founded", "owned", "controlled", "run",
                                                      "led", "based", "set", NULL};
                g = c->it[yi].b;
                while (g < s->tok_end && g < c->it[yi].b + 3 && tok_lower(c, g) && !in(c, g, closers)) g++;
                if (g > c->it[yi].b && g < s->tok_end && (is_word(c, k + 1, "a") || is_word(c, k + 1, "an"))) {
                    uint32_t last = g - 1;
                    const eg_token *lt = &c->r->tk.tok[last];
                    int ed = lt->len > 3 && !memcmp(c->text + lt->start + lt->len - 2, "ed", 2);
                    if ((is_punct(c, g, ',') || in(c, g, closers)) && !ed && !in(c, last, aux_words) &&
                        !verb_cue_at(c, last, s->tok_end) && lt->kind == EG_TK_WORD) {
                        if ((rc = add_rel(c->r, x->ent, c->it[yi].ent, EG_REL_LOCATED_IN, S, S, 0, hedge))) return rc;
                        continue;
                    }
                }
            }
        }
        /* "X, a (chemicals) supplier in China", "BetLine, a licensed sportsbook in New Jersey": the noun
         * that ends the description, right before "in" or "from" (not "a company with offices in",
         * "a maker of parts in", "a fund investing in") */
        static const char *const np_stops[] = {"of", "with", "for", "to", "and", "or", "by", "on", "at", "as", "than",
                                               "its", "their", "his", "her", "in", "from", NULL};
        uint32_t g = k + 2;
        /* (... or "near": "Fenland Fresh, a salad grower near Spalding") */
        while (g < s->tok_end && g < k + 7 && (tok_lower(c, g) || demonym_at(c, g)) && !in(c, g, aux_words) &&
               !in(c, g, np_stops) && !(is_word(c, g + 1, "in") || is_word(c, g + 1, "from") || is_word(c, g + 1, "near")))
            g++;
        if (!tok_lower(c, g) || in(c, g, aux_words) || in(c, g, np_stops) || is_word(c, g, "near") ||
            !(is_word(c, g + 1, "in") || is_word(c, g + 1, "from") || is_word(c, g + 1, "near")))
            continue;
        {
            const eg_token *t = &c->r->tk.tok[g];
            if (t->len > 4 && !memcmp(c->text + t->start + t->len - 3, "ing", 3) && !in(c, g, kinds) && !in(c, g, org_classes))
                continue;
        }
        uint32_t h = g + 2;
        if (is_word(c, h, "the")) {
            h++;
            /* ("a state-owned producer in the central city of Wuhan": the kind of place and "of") */
            uint32_t q = h;
            /* ("in the southern Chinese city of Shenzhen": a people's adjective among them) */
            while (q < s->tok_end && q < h + 3 && (tok_lower(c, q) || demonym_at(c, q)) && !in(c, q, place_parts)) q++;
            if (in(c, q, place_parts) && is_word(c, q + 1, "of")) h = q + 2;
        }
        h = past_area(c, h); /* ("a cultural club in central Stockholm") */
        size_t yi = item_from(c, h);
        if (yi < c->nit && c->it[yi].a == h && etype(c, c->it[yi].ent) == EG_LOC && !c->it[yi].poss &&
            (rc = add_rel(c->r, x->ent, c->it[yi].ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
            return rc;
    }
    return 0;
}

/* More places, each a fixed shape:
 * - "at his flat in Vilnius", "Kazlauskas's home in Nyali": where a person lives;
 * - "X (ICC), whose headquarters are in Dubai": where an organisation is;
 * - "a Nairobi money remitter, Baraka Forex Bureau": a place before any kind, then the name;
 * - "Villeurbanne, a suburb of Lyon", "Shimla, the capital of Himachal Pradesh", "Algeciras, in
 *   Spain": a place in a place. */
/* "(of) about 3,000 people", "(of) 40,000 residents": a place's size from token h; the token after it, or 0 */
static uint32_t sized_of(const rctx *c, uint32_t h)
{
    static const char *const approx[] = {"about", "some", "around", "roughly", "nearly", "almost", "just", "over",
                                         "fewer", "less", "more", "than", "under", NULL};
    uint32_t g = h;
    while (g < h + 3 && in(c, g, approx)) g++;
    if (g >= c->r->tk.ntok || c->r->tk.tok[g].kind != EG_TK_NUM) return 0;
    g++;
    if (is_word(c, g, "million")) g++;
    return is_word(c, g, "people") || is_word(c, g, "residents") || is_word(c, g, "inhabitants") ? g + 1 : 0;
}

static int place_shapes(rctx *c, size_t si, int hedge)
{
    static const char *const homes[] = {"home", "house", "flat", "apartment", "residence", "villa", "farm", NULL};
    const eg_sentence *s = &c->r->tk.sent[si];
    int S = (int)si, rc;
    /* "Comcast won the auction. The Philadelphia-based cable company offered ...": the organisation the last
     * sentence opened with, called by its kind and its place */
    if (c->prev_subj_org >= 0 && c->nit && is_word(c, s->tok_start, "the") && c->it[0].a == s->tok_start + 1 &&
        etype(c, c->it[0].ent) == EG_LOC && !c->it[0].poss && is_punct(c, c->it[0].b, '-') &&
        is_word(c, c->it[0].b + 1, "based")) {
        uint32_t g = c->it[0].b + 2, g0 = g;
        while (g < s->tok_end && g < g0 + 3 && tok_lower(c, g) && !in(c, g, generic_orgs) && !in(c, g, org_classes)) g++;
        size_t ni = item_from(c, g + 1);
        if (g < s->tok_end && tok_lower(c, g) && (in(c, g, generic_orgs) || in(c, g, org_classes)) &&
            !(ni < c->nit && c->it[ni].a == g + 1) && c->prev_subj_org != c->it[0].ent &&
            /* (a company is no public body: "The regulator said ... The Quezon City-based company alleges") */
            !(in(c, g, company_nouns) && institution(c->r, c->prev_subj_org)) &&
            (rc = add_rel(c->r, c->prev_subj_org, c->it[0].ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
            return rc;
    }
    for (size_t i = 0; i < c->nit; i++) {
        const item *x = &c->it[i];
        eg_etype tx = etype(c, x->ent);
        /* "the Chibuluma West mine in Copperbelt Province", "the Tamarack mine near Grand Forks": a site in a place */
        if (tx == EG_LOC && !x->poss && x->mention >= 0 && tok_lower(c, x->b) && (is_word(c, x->b + 1, "in") || is_word(c, x->b + 1, "near"))) {
            static const char *const site_kinds[] = {"mine", "refinery", "oilfield", "gasfield", "dam", "reservoir", "port",
                                                     "terminal", "camp", "prison", "plant", "smelter", "field", "farm",
                                                     "estate", "ranch", "plantation", "complex", "resort", "compound",
                                                     "stadium", "airport", NULL};
            uint32_t h = x->b + 2 + is_word(c, x->b + 2, "the");
            size_t yi = item_from(c, h);
            /* (a known town or country before the noun only says whose: "the Paris airport in Roissy") */
            static const char *const named_sites[] = {"farm", "estate", "ranch", "plantation", "complex", "resort", "compound",
                                                      "stadium", "airport", NULL};
            int known = in(c, x->b, named_sites) && (listed_place(c, x->ent) || is_country(c, x->ent));
            if (!known && in(c, x->b, site_kinds) && yi < c->nit && c->it[yi].a == h && etype(c, c->it[yi].ent) == EG_LOC &&
                c->it[yi].ent != x->ent && (rc = add_rel(c->r, x->ent, c->it[yi].ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                return rc;
        }
        /* "the Tayouneh area of Beirut", "the Shuwaikh district of Kuwait City": a part of a town; "Angrois, on
         * the outskirts of Santiago": a place beside a town */
        if (tx == EG_LOC && !x->poss && x->mention >= 0) {
            static const char *const parts[] = {"area", "district", "neighbourhood", "neighborhood", "suburb", "quarter",
                                                "section", NULL};
            uint32_t h = 0;
            int part = tok_lower(c, x->b) && in(c, x->b, parts) && is_word(c, x->b + 1, "of");
            if (part) h = x->b + 2;
            else if (is_punct(c, x->b, ',') && is_word(c, x->b + 1, "on") && is_word(c, x->b + 2, "the") &&
                     is_word(c, x->b + 3, "outskirts") && is_word(c, x->b + 4, "of"))
                h = x->b + 5;
            size_t yi = h ? item_from(c, h) : c->nit;
            if (yi < c->nit && c->it[yi].a == h && etype(c, c->it[yi].ent) == EG_LOC && c->it[yi].ent != x->ent &&
                c->it[yi].mention >= 0 && !(part && in(c, x->b, place_parts) && whole_first(c, x, &c->it[yi], x->b)) &&
                (rc = add_rel(c->r, x->ent, c->it[yi].ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                return rc;
        }
        /* "Homero Zamorano Jr., 46, of Pasadena, Texas": a person's age and home town */
        if (tx == EG_PERSON && !x->poss && x->mention >= 0 && x->b + 4 < s->tok_end && is_punct(c, x->b, ',') &&
            c->r->tk.tok[x->b + 1].kind == EG_TK_NUM && is_punct(c, x->b + 2, ',') && is_word(c, x->b + 3, "of")) {
            size_t yi = item_from(c, x->b + 4);
            if (yi < c->nit && c->it[yi].a == x->b + 4 && etype(c, c->it[yi].ent) == EG_LOC && !c->it[yi].poss &&
                (rc = add_rel(c->r, x->ent, c->it[yi].ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                return rc;
        }
        if (tx == EG_PERSON && x->poss) {
            uint32_t g = x->b < s->tok_end && c->r->tk.tok[x->b].kind == EG_TK_POSS ? x->b + 1 : x->b;
            if (tok_lower(c, g) && !in(c, g, homes) && in(c, g + 1, homes)) g++; /* "her rented flat" */
            if (in(c, g, homes) && is_word(c, g + 1, "in")) {
                size_t yi = item_from(c, g + 2);
                if (yi < c->nit && c->it[yi].a == g + 2 && etype(c, c->it[yi].ent) == EG_LOC && !c->it[yi].poss &&
                    (rc = add_rel(c->r, x->ent, c->it[yi].ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                    return rc;
            }
            continue;
        }
        if (x->mention < 0 || x->poss) continue;
        uint32_t k = x->b;
        if (tx == EG_ORG) {
            if (is_punct(c, k, '(') && is_punct(c, k + 2, ')')) k += 3; /* "(ICC)" */
            if (is_punct(c, k, ',') && is_word(c, k + 1, "whose") &&
                (is_word(c, k + 2, "headquarters") || is_word(c, k + 2, "offices")) &&
                (is_word(c, k + 3, "are") || is_word(c, k + 3, "is")) && is_word(c, k + 4, "in")) {
                uint32_t h = k + 5 + is_word(c, k + 5, "the");
                size_t yi = item_from(c, h);
                if (yi < c->nit && c->it[yi].a == h && etype(c, c->it[yi].ent) == EG_LOC && !c->it[yi].poss &&
                    (rc = add_rel(c->r, x->ent, c->it[yi].ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                    return rc;
            }
            continue;
        }
        if (tx != EG_LOC) continue;
        /* "a Nairobi money remitter, Baraka Forex Bureau": the firm the place describes */
        /* (... "a Dubai-registered consultancy, Lualaba Advisory") */
        if (x->a > s->tok_start && (is_word(c, x->a - 1, "a") || is_word(c, x->a - 1, "an")) &&
            (tok_lower(c, k) || seat_after(c, k))) {
            size_t yi = described_item(c, x->a - 1, s->tok_end);
            if (yi < c->nit && yi != i && etype(c, c->it[yi].ent) == EG_ORG && !c->it[yi].poss &&
                (rc = add_rel(c->r, c->it[yi].ent, x->ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                return rc;
        }
        if (!is_punct(c, k, ',')) continue;
        /* "Algeciras, in Spain," (a country: not a list, "lived in Paris, in London, and in Rome") */
        if (is_word(c, k + 1, "in")) {
            /* ("Ventanilla, in the Callao region next to the capital": the region's kind after "the") */
            uint32_t h = k + 2 + is_word(c, k + 2, "the");
            size_t yi = item_from(c, h);
            /* ("Singur, in Hooghly district,": a region's kind after it says it is no second town of a list) */
            static const char *const region_kinds[] = {"district", "province", "state", "county", "region", "prefecture",
                                                       "governorate", "department", "oblast", "municipality", NULL};
            uint32_t e = yi < c->nit ? c->it[yi].b : 0;
            int region = yi < c->nit && tok_lower(c, e) && in(c, e, region_kinds);
            if (region) e++;
            if (h > k + 2 && !region) continue;
            if (yi < c->nit && c->it[yi].a == h && etype(c, c->it[yi].ent) == EG_LOC && !c->it[yi].poss &&
                (region || (!(x->a > s->tok_start && is_word(c, x->a - 1, "in")) && is_country(c, c->it[yi].ent))) &&
                (e >= s->tok_end || is_punct(c, e, ',') || is_punct(c, e, '.') || (h > k + 2 && tok_lower(c, e))) &&
                (rc = add_rel(c->r, x->ent, c->it[yi].ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                return rc;
            continue;
        }
        /* "Villeurbanne, a suburb of Lyon", "Shimla, the capital of Himachal Pradesh (state)" */
        if (in(c, k + 1, dets)) {
            uint32_t g = k + 2;
            /* ("the Wild Coast, a largely rural stretch of the Eastern Cape province") */
            static const char *const stretches[] = {"stretch", "strip", "corner", "swathe", "swath", "part", NULL};
            while (g < s->tok_end && g < k + 5 && tok_lower(c, g) && !in(c, g, place_parts) && !in(c, g, stretches)) g++;
            int stretch = tok_lower(c, g) && in(c, g, stretches) && is_word(c, g + 1, "of") && is_word(c, g + 2, "the") &&
                          tx == EG_LOC;
            if (stretch || (in(c, g, place_parts) && tok_lower(c, g) && is_word(c, g + 1, "of") && !sized_of(c, g + 2))) {
                size_t yi = item_from(c, g + 2 + stretch);
                if (yi < c->nit && c->it[yi].a == g + 2 + (uint32_t)stretch && etype(c, c->it[yi].ent) == EG_LOC && !c->it[yi].poss &&
                    (rc = add_rel(c->r, x->ent, c->it[yi].ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                    return rc;
            } else if (tx == EG_LOC && in(c, g, place_parts) && tok_lower(c, g)) {
                /* "Chinnaudaippu, a village on the southern edge of Madurai", "X, a town near Y", "a suburb
                 * outside Y", "a village in Y" */
                static const char *const edges[] = {"edge", "edges", "outskirts", "fringe", "fringes", "shore", "shores",
                                                    "banks", "bank", "coast", NULL};
                uint32_t h = g + 1;
                /* ("a town of about 3,000 people in Y": past its size) */
                uint32_t past_size = is_word(c, h, "of") ? sized_of(c, h + 1) : 0;
                if (past_size) h = past_size;
                if (is_word(c, h, "on") && is_word(c, h + 1, "the")) {
                    h += 2;
                    if (tok_lower(c, h) && !in(c, h, edges)) h++;
                    h = in(c, h, edges) && is_word(c, h + 1, "of") ? h + 2 : 0;
                } else if (is_word(c, h, "near") || is_word(c, h, "outside") || is_word(c, h, "in"))
                    h = past_area(c, h + 1 + is_word(c, h + 1, "the")); /* ("a village in western Germany") */
                else
                    h = 0;
                size_t yi = h ? item_from(c, h) : c->nit;
                if (yi < c->nit && c->it[yi].a == h && etype(c, c->it[yi].ent) == EG_LOC && !c->it[yi].poss &&
                    c->it[yi].ent != x->ent && (rc = add_rel(c->r, x->ent, c->it[yi].ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                    return rc;
            } else if (tx == EG_LOC && !x->poss) {
                /* "Grenfell Tower, a 24-storey council block in North Kensington,", "the Mau Forest, the largest water
                 * catchment in Kenya's Rift Valley,", "Noida, an industrial and residential hub in Uttar Pradesh,": a
                 * place described by its kind, "in" the place it lies in (the description's words only: no verb,
                 * clause or other name before "in"; the place closes the apposition) */
                static const char *const np_breaks[] = {"of", "with", "for", "to", "or", "by", "on", "at", "as", "than",
                                                        "its", "their", "his", "her", "from", "where", "which", "who",
                                                        "that", NULL};
                uint32_t q = k + 2;
                /* ("Pyhajoki, a town of about 3,000 people in Northern Ostrobothnia": its size is no break) */
                uint32_t kind_at = 0;
                while (q < s->tok_end && q < k + 12 && (tok_lower(c, q) || c->r->tk.tok[q].kind == EG_TK_NUM || is_punct(c, q, '-')) &&
                       !is_word(c, q, "in") && !(in(c, q, np_breaks) && !(is_word(c, q, "of") && !kind_at && sized_of(c, q + 1))) &&
                       !in(c, q, aux_words) && !verb_cue_at(c, q, s->tok_end)) {
                    if (is_word(c, q, "of")) kind_at = q - 1;
                    q++;
                }
                if (!kind_at) kind_at = q - 1;
                /* (the kind of a place or a landmark before "in": not "the biggest foreign investor in Kenya", "a
                 * nurse in Atlanta") */
                static const char *const place_kinds[] = {"block", "tower", "building", "complex", "hub", "town", "city",
                                                          "village", "suburb", "district", "area", "region", "island",
                                                          "catchment", "forest", "park", "reserve", "neighbourhood",
                                                          "neighborhood", "settlement", "camp", "port", "site", "estate",
                                                          "farm", "mine", "plant", "dam", "lake", "river", "valley",
                                                          "mountain", "hill", "peninsula", "province", "county", "capital",
                                                          "market", "resort", "airport", "stadium", "palace", "temple",
                                                          "church", "mosque", "cathedral", "prison", "monument", "square",
                                                          "bridge", "canal", "coast", "beach", "oasis", "enclave", "road",
                                                          "highway", "expressway", "motorway", "railway", "pipeline",
                                                          "tunnel", NULL};
                if (q > k + 2 && is_word(c, q, "in") && tok_lower(c, kind_at) && in(c, kind_at, place_kinds)) {
                    uint32_t h = q + 1 + is_word(c, q + 1, "the");
                    h = past_area(c, h);
                    size_t yi = item_from(c, h);
                    /* (past a larger place's possessive: "in Kenya's Rift Valley") */
                    while (yi + 1 < c->nit && c->it[yi].a == h && c->it[yi].poss && etype(c, c->it[yi].ent) == EG_LOC &&
                           c->it[yi + 1].a == c->it[yi].b + 1)
                        h = c->it[++yi].a;
                    /* (or a relative clause of the place after it: "a village in western Germany that was being
                     * cleared") */
                    static const char *const rel_opens[] = {"that", "which", "where", "whose", "known", NULL};
                    if (yi < c->nit && c->it[yi].a == h && etype(c, c->it[yi].ent) == EG_LOC && !c->it[yi].poss &&
                        c->it[yi].ent != x->ent &&
                        (c->it[yi].b >= s->tok_end || is_punct(c, c->it[yi].b, ',') || is_punct(c, c->it[yi].b, '.') ||
                         in(c, c->it[yi].b, rel_opens)) &&
                        (rc = add_rel(c->r, x->ent, c->it[yi].ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                        return rc;
                }
            }
        }
    }
    return 0;
}

/* People and the bodies they meet or belong to, in three fixed shapes:
 * - "Villalba and Quiroga met in Cordoba": two people who met each other;
 * - "Carmona and Quintero, both of the Medellin police,": members of the body;
 * - "named Dilani Wickramasuriya as governor of the Central Bank": the role's holder. */
static int people_shapes(rctx *c, size_t si, int hedge)
{
    const eg_sentence *s = &c->r->tk.sent[si];
    int S = (int)si, rc;
    for (size_t i = 0; i + 1 < c->nit; i++) {
        const item *x = &c->it[i], *y = &c->it[i + 1];
        if (x->mention < 0 || y->mention < 0 || x->poss || y->poss || etype(c, x->ent) != EG_PERSON ||
            etype(c, y->ent) != EG_PERSON || x->ent == y->ent || !is_word(c, x->b, "and") || y->a > x->b + 3)
            continue;
        /* ("A and patrolman B": a lower-case title between) */
        int plain = 1;
        for (uint32_t g = x->b + 1; g < y->a && plain; g++) plain = tok_lower(c, g) && !in(c, g, dets) && !in(c, g, aux_words);
        if (!plain) continue;
        uint32_t k = y->b;
        /* "A and B met in", "A and B met on Monday", "A and B met." */
        if ((is_word(c, k, "met") || (is_word(c, k, "had") && is_word(c, k + 1, "met"))) &&
            (k + 1 + is_word(c, k, "had") >= s->tok_end || tok_lower(c, k + 1 + is_word(c, k, "had")) ||
             c->r->tk.tok[k + 1 + is_word(c, k, "had")].kind == EG_TK_PUNCT)) {
            /* (a time, a place or the end after "met": not "met reporters", "met us") */
            static const char *const after_met[] = {"in", "on", "at", "during", "last", "this", "for", "privately",
                                                    "separately", "twice", "again", "yesterday", "earlier", "later",
                                                    "after", "before", "over", "behind", "outside", "inside", NULL};
            uint32_t g = k + 1 + is_word(c, k, "had");
            if (g >= s->tok_end || is_punct(c, g, '.') || is_punct(c, g, ',') || is_punct(c, g, ';') || in(c, g, after_met))
                if ((rc = add_rel(c->r, x->ent, y->ent, EG_REL_MET_WITH, S, S, 0, hedge))) return rc;
        }
        /* "A and B spoke almost daily", "A and B corresponded for years": each other (not "spoke to
         * reporters", "spoke with the BBC") */
        {
            static const char *const talk[] = {"spoke", "talked", "corresponded", "texted", "emailed", "messaged",
                                               "communicated", "speak", "talk", NULL};
            static const char *const talk_after[] = {"almost", "daily", "regularly", "frequently", "often", "repeatedly",
                                                     "several", "by", "privately", "secretly", "weekly", "twice", NULL};
            uint32_t g = k + (is_word(c, k, "had") || is_word(c, k, "have") || is_word(c, k, "often") ||
                              is_word(c, k, "regularly") || is_word(c, k, "would") || is_word(c, k, "also"));
            if (in(c, g, talk) && in(c, g + 1, talk_after) &&
                !(is_word(c, g + 1, "by") && !is_word(c, g + 2, "phone") && !is_word(c, g + 2, "telephone")) &&
                (rc = add_rel(c->r, x->ent, y->ent, EG_REL_COMMUNICATED_WITH, S, S, negated_before(c, g, s->tok_start), hedge)))
                return rc;
        }
        /* "photographed A and B meeting at a restaurant": seen together */
        if (is_word(c, k, "meeting") && x->a > s->tok_start && tok_lower(c, x->a - 1) &&
            (is_word(c, x->a - 1, "photographed") || is_word(c, x->a - 1, "filmed") || is_word(c, x->a - 1, "saw") ||
             is_word(c, x->a - 1, "seen") || is_word(c, x->a - 1, "spotted") || is_word(c, x->a - 1, "recorded") ||
             is_word(c, x->a - 1, "observed") || is_word(c, x->a - 1, "pictured")) &&
            (rc = add_rel(c->r, x->ent, y->ent, EG_REL_MET_WITH, S, S, 0, hedge)))
            return rc;
        /* "A and B, both of ORG," */
        if (is_punct(c, k, ',') && is_word(c, k + 1, "both") && is_word(c, k + 2, "of")) {
            uint32_t h = k + 3 + is_word(c, k + 3, "the");
            size_t zi = item_from(c, h);
            if (zi < c->nit && c->it[zi].a == h && etype(c, c->it[zi].ent) == EG_ORG && !c->it[zi].poss &&
                ((rc = add_rel(c->r, x->ent, c->it[zi].ent, EG_REL_MEMBER_OF, S, S, 0, hedge)) ||
                 (rc = add_rel(c->r, y->ent, c->it[zi].ent, EG_REL_MEMBER_OF, S, S, 0, hedge))))
                return rc;
        }
    }
    /* "X issued a statement through a spokesman, Y", "X replied through her lawyer, Y": Y speaks for X */
    for (uint32_t k = s->tok_start + 1; k + 4 < s->tok_end; k++) {
        if (!is_word(c, k, "through") || !in(c, k + 1, dets)) continue;
        uint32_t n, g = k + 2;
        while (g < k + 4 && tok_lower(c, g) && role_at(c, g, s->tok_end, &n) < 0) g++;
        if (!tok_lower(c, g) || role_at(c, g, s->tok_end, &n) != EG_REL_REPRESENTS || !is_punct(c, g + n, ',')) continue;
        size_t yi = item_from(c, g + n + 1);
        if (yi >= c->nit || c->it[yi].a != g + n + 1 || c->it[yi].mention < 0 || etype(c, c->it[yi].ent) != EG_PERSON)
            continue;
        int x = -1;
        for (size_t p = yi; p > 0 && x < 0; p--) {
            const item *w = &c->it[p - 1];
            if (w->b > k) continue;
            int broken = 0;
            for (uint32_t h = w->b; h < k && !broken; h++) broken = clause_break(c, h) || is_word(c, h, "said");
            if (broken) break;
            if (etype(c, w->ent) == EG_LOC || w->poss) continue;
            x = w->ent;
        }
        if (x >= 0 && x != c->it[yi].ent && (rc = add_rel(c->r, c->it[yi].ent, x, EG_REL_REPRESENTS, S, S, 0, hedge)))
            return rc;
    }
    /* "The FEC opened an inquiry after a complaint from X": X wrote to the sentence's subject */
    for (uint32_t k = s->tok_start + 2; k + 2 < s->tok_end; k++) {
        static const char *const sent_in[] = {"complaint", "complaints", "tip", "tip-off", "referral", "petition",
                                              "request", "requests", "report", "reports", NULL};
        if (!is_word(c, k + 1, "from") || !tok_lower(c, k) || !in(c, k, sent_in)) continue;
        /* ("a complaint from the children's charity SafeScreen UK": past the kind) */
        size_t xi = item_from(c, k + 2);
        if (xi >= c->nit || c->it[xi].a > k + 6 || etype(c, c->it[xi].ent) == EG_LOC || c->it[xi].poss) continue;
        int plain = 1;
        for (uint32_t g = k + 2; g < c->it[xi].a && plain; g++)
            plain = tok_lower(c, g) || c->r->tk.tok[g].kind == EG_TK_POSS;
        if (!plain) continue;
        const item *f = &c->it[0];
        if (opening_name(c, s) < 0 || f->ent == c->it[xi].ent || f->b > k) continue;
        /* (the subject's verb opens something: "opened", "launched", "began", "started") */
        int opened = 0;
        for (uint32_t g = f->b; g < k && !opened; g++)
            opened = is_word(c, g, "opened") || is_word(c, g, "launched") || is_word(c, g, "began") ||
                     is_word(c, g, "started") || is_word(c, g, "ordered") || is_word(c, g, "registered") ||
                     is_word(c, g, "acted") || is_word(c, g, "intervened");
        if (!opened) continue;
        if ((rc = add_rel(c->r, c->it[chain_end(c, xi)].ent, f->ent, EG_REL_COMMUNICATED_WITH, S, S, 0, hedge))) return rc;
    }
    /* "In a letter to the orchestra's board, ..., Al-Masri said": a letter opening the sentence */
    /* ("In an open letter to FIDE, Mejri accused": an adjective before the letter) */
    uint32_t lt = s->tok_start + 2 + (s->tok_start + 3 < s->tok_end && tok_lower(c, s->tok_start + 2) &&
                                      (is_word(c, s->tok_start + 3, "letter") || is_word(c, s->tok_start + 3, "email") ||
                                       is_word(c, s->tok_start + 3, "message")));
    if (is_word(c, s->tok_start, "in") && in(c, s->tok_start + 1, dets) && lt + 2 < s->tok_end &&
        (is_word(c, lt, "letter") || is_word(c, lt, "email") || is_word(c, lt, "message")) &&
        is_word(c, lt + 1, "to")) {
        uint32_t h = lt + 2;
        size_t xi = item_from(c, h + is_word(c, h, "the"));
        int x = xi < c->nit && c->it[xi].a <= h + 1 && etype(c, c->it[xi].ent) != EG_LOC ? c->it[xi].ent : -1;
        /* the writer: the name right before the first "said"/"wrote" of the sentence */
        int y = -1;
        for (uint32_t g = h + 1; g < s->tok_end && x >= 0 && y < 0; g++) {
            if (!is_word(c, g, "said") && !is_word(c, g, "wrote") && !is_word(c, g, "says")) continue;
            /* (the subject right after a comma: not "residents complained that Kelvar said") */
            for (size_t p = c->nit; p > 0; p--)
                if (c->it[p - 1].b == g && c->it[p - 1].mention >= 0 && !c->it[p - 1].poss &&
                    is_punct(c, (c->r->m[c->it[p - 1].mention].title >= 0 ? (uint32_t)c->r->m[c->it[p - 1].mention].title
                                                                          : c->it[p - 1].a) - 1, ',')) {
                    y = c->it[p - 1].ent;
                    break;
                }
            break;
        }
        /* (... or the name right after the phrase's comma, before its verb: "..., Mejri accused") */
        if (x >= 0 && y < 0) {
            uint32_t g = c->it[xi].b;
            while (g < s->tok_end && g < c->it[xi].b + 6 && !is_punct(c, g, ',') && !clause_break(c, g)) g++;
            size_t yi = item_from(c, g + 1);
            if (is_punct(c, g, ',') && yi < c->nit && c->it[yi].a == g + 1 && c->it[yi].mention >= 0 && !c->it[yi].poss &&
                c->it[yi].b < s->tok_end && tok_lower(c, c->it[yi].b) && verb_cue_at(c, c->it[yi].b, s->tok_end))
                y = c->it[yi].ent;
        }
        if (x >= 0 && y >= 0 && x != y && etype(c, y) != EG_LOC &&
            (rc = add_rel(c->r, y, x, EG_REL_COMMUNICATED_WITH, S, S, 0, hedge)))
            return rc;
    }
    /* "Under questioning from Vella, Grech acknowledged": the questioner spoke to the one questioned */
    if (is_word(c, s->tok_start, "under") && (is_word(c, s->tok_start + 1, "questioning") || is_word(c, s->tok_start + 1, "cross-examination")) &&
        (is_word(c, s->tok_start + 2, "from") || is_word(c, s->tok_start + 2, "by"))) {
        size_t xi = item_from(c, past_title(c, s->tok_start + 3));
        /* (not "Under questioning from Maria Vella's lawyer, Y": the lawyer asked) */
        if (xi + 1 < c->nit && c->it[xi].a == past_title(c, s->tok_start + 3) && etype(c, c->it[xi].ent) != EG_LOC &&
            !c->it[xi].poss) {
            uint32_t g = c->it[xi].b;
            g = comma_from(c, g, c->it[xi].b + 12, s->tok_end);
            /* (past an apposition: "Under questioning from X, the procurator fiscal leading the inquiry, Y said") */
            if (is_punct(c, g, ',') && in(c, g + 1, dets)) {
                uint32_t g2 = comma_from(c, g + 2, g + 12, s->tok_end);
                if (is_punct(c, g2, ',')) g = g2;
            }
            size_t yi = item_from(c, past_title(c, g + 1));
            if (is_punct(c, g, ',') && yi < c->nit && c->it[yi].a == past_title(c, g + 1) && c->it[yi].mention >= 0 &&
                !c->it[yi].poss && etype(c, c->it[yi].ent) == EG_PERSON && c->it[yi].ent != c->it[xi].ent &&
                (rc = add_rel(c->r, c->it[xi].ent, c->it[yi].ent, EG_REL_COMMUNICATED_WITH, S, S, 0, hedge)))
                return rc;
        }
    }
    /* "Takeda told AFP by telephone from Ho Chi Minh City", "Ofori said in a telephone interview from Accra":
     * where the speaker is */
    for (uint32_t k = s->tok_start + 3; k + 1 < s->tok_end; k++) {
        if (!is_word(c, k, "from") ||
            !(is_word(c, k - 1, "telephone") || is_word(c, k - 1, "phone") || is_word(c, k - 1, "interview") ||
              is_word(c, k - 1, "video") || is_word(c, k - 1, "videolink")))
            continue;
        size_t yi = item_from(c, k + 1);
        if (yi >= c->nit || c->it[yi].a != k + 1 || etype(c, c->it[yi].ent) != EG_LOC || c->it[yi].poss) continue;
        int x = -1;
        for (uint32_t g = s->tok_start; g < k && x < 0; g++) {
            if (!is_word(c, g, "said") && !is_word(c, g, "told") && !is_word(c, g, "says")) continue;
            for (size_t p = 0; p < c->nit && c->it[p].b <= g; p++)
                if (c->it[p].b == g && c->it[p].mention >= 0 && !c->it[p].poss && etype(c, c->it[p].ent) == EG_PERSON)
                    x = c->it[p].ent;
            break;
        }
        if (x >= 0 && (rc = add_rel(c->r, x, c->it[yi].ent, EG_REL_LOCATED_IN, S, S, 0, hedge))) return rc;
    }
    /* "X said it had filed a claim with the LCIA against Y": the claimant accuses Y (the body it filed with
     * is told, elsewhere) */
    for (uint32_t k = s->tok_start + 1; k + 3 < s->tok_end; k++) {
        if (!is_word(c, k, "against") || c->text[c->r->tk.tok[k].start] != 'a') continue;
        size_t yi = item_from(c, k + 1 + is_word(c, k + 1, "the"));
        if (yi >= c->nit || c->it[yi].a > k + 2 || c->it[yi].poss || etype(c, c->it[yi].ent) == EG_LOC) continue;
        /* back over "with ORG" to "filed a claim" */
        uint32_t f = 0;
        for (uint32_t g = k; g > s->tok_start + 2 && g + 10 > k && !clause_break(c, g - 1) && !is_punct(c, g - 1, ','); g--) {
            static const char *const suits[] = {"claim", "complaint", "suit", "lawsuit", "case", "petition", "challenge",
                                                "appeal", NULL};
            if (in(c, g - 1, suits) && in(c, g - 2, dets) && (is_word(c, g - 3, "filed") || is_word(c, g - 3, "lodged") ||
                                                               is_word(c, g - 3, "brought"))) {
                f = g - 3;
                break;
            }
        }
        /* (only past "with ORG": "filed a claim against Y" is the noun cue's) */
        if (!f || is_word(c, f + 3, "against") || !is_word(c, f + 3, "with")) continue;
        int x = subject_before(c, f);
        if (x < 0 && is_word(c, f - 1, "had") && is_word(c, f - 2, "it")) {
            /* "X said it had filed": the sentence's subject */
            x = opening_name(c, s);
        }
        if (x < 0 || x == c->it[yi].ent) continue;
        int type = public_body(c, x) ? EG_REL_INVESTIGATES : EG_REL_CRITICIZED;
        if ((rc = add_rel(c->r, x, c->it[yi].ent, type, S, S, negated_before(c, f, s->tok_start), hedge))) return rc;
    }
    /* "The complaint was lodged with the ombudsman's office in April by Akagera Telecom": Y wrote to X */
    for (uint32_t k = s->tok_start + 2; k + 3 < s->tok_end; k++) {
        if (!is_word(c, k + 1, "with") || !in(c, k - 1, be_forms) ||
            !(is_word(c, k, "lodged") || is_word(c, k, "filed") || is_word(c, k, "submitted")))
            continue;
        size_t xi = item_from(c, k + 2 + is_word(c, k + 2, "the"));
        if (xi >= c->nit || c->it[xi].a > k + 3 || etype(c, c->it[xi].ent) == EG_LOC) continue;
        uint32_t g = c->it[xi].b + (c->it[xi].poss ? 1 : 0);
        while (g < s->tok_end && g < c->it[xi].b + 6 && !is_word(c, g, "by") && !clause_break(c, g) && !is_punct(c, g, ',')) g++;
        if (!is_word(c, g, "by")) continue;
        size_t yi = item_from(c, g + 1 + is_word(c, g + 1, "the"));
        if (yi >= c->nit || c->it[yi].a > g + 2 || c->it[yi].poss || etype(c, c->it[yi].ent) == EG_LOC ||
            c->it[yi].ent == c->it[xi].ent)
            continue;
        if ((rc = add_rel(c->r, c->it[yi].ent, c->it[xi].ent, EG_REL_COMMUNICATED_WITH, S, S, 0, hedge))) return rc;
    }
    /* "one of its members, Wu Shu-fen", "one of the firm's lawyers, Y": one of an organisation's people */
    for (size_t i = 0; i + 1 < c->nit; i++) {
        const item *x = &c->it[i];
        if (!x->poss || etype(c, x->ent) == EG_LOC || x->a < s->tok_start + 2) continue;
        uint32_t a0 = x->a - (is_word(c, x->a - 1, "the") ? 1 : 0);
        if (a0 < s->tok_start + 2 || !is_word(c, a0 - 1, "of") || !is_word(c, a0 - 2, "one")) continue;
        static const char *const members[] = {"members", "directors", "trustees", "officials", "employees", "officers",
                                              "executives", "partners", "commissioners", "judges", "lawmakers",
                                              "legislators", "deputies", "councillors", "councilors", "senators",
                                              "ministers", "managers", "players", "coaches", "doctors", "researchers",
                                              "scientists", "investigators", "prosecutors", "inspectors", "founders", NULL};
        static const char *const counsel[] = {"lawyers", "attorneys", "advisers", "advisors", "spokespeople", NULL};
        uint32_t g = x->b + (x->b < s->tok_end && c->r->tk.tok[x->b].kind == EG_TK_POSS);
        if (g + 2 >= s->tok_end || !tok_lower(c, g)) continue;
        if (!is_punct(c, g + 1, ',') && tok_lower(c, g + 1) && is_punct(c, g + 2, ',')) g++; /* "its board members," */
        int type = in(c, g, members) ? EG_REL_MEMBER_OF : in(c, g, counsel) ? EG_REL_REPRESENTS : -1;
        if (type < 0 || !is_punct(c, g + 1, ',')) continue;
        size_t yi = item_from(c, g + 2);
        if (yi >= c->nit || c->it[yi].a != past_title(c, g + 2) || c->it[yi].mention < 0 || c->it[yi].poss ||
            etype(c, c->it[yi].ent) != EG_PERSON || c->it[yi].ent == x->ent)
            continue;
        if ((rc = add_rel(c->r, c->it[yi].ent, x->ent, adapt(c, type, x->ent), S, S, 0, hedge))) return rc;
    }
    /* "its insurer, Eastwind P&I Club", "Kookaburra's main supplier, Jiangnan Dairy": a business tie is a deal */
    for (size_t i = 0; i + 1 < c->nit; i++) {
        const item *x = &c->it[i];
        if (!x->poss || etype(c, x->ent) == EG_LOC) continue;
        static const char *const ties[] = {"insurer", "insurers", "reinsurer", "supplier", "suppliers", "lender", "lenders",
                                           "banker", "bankers", "customer", "customers", "client", "clients", "buyer",
                                           "distributor", "distributors", "contractor", "contractors", "subcontractor",
                                           "landlord", "tenant", "investor", "investors", "backer", "backers", "sponsor",
                                           "sponsors", "creditor", "creditors", NULL};
        uint32_t g = x->b + (x->b < s->tok_end && c->r->tk.tok[x->b].kind == EG_TK_POSS);
        uint32_t g0 = g;
        while (g < s->tok_end && g < g0 + 3 && tok_lower(c, g) && !in(c, g, ties) && !in(c, g, dets)) g++;
        if (!tok_lower(c, g) || !in(c, g, ties) || !is_punct(c, g + 1, ',')) continue;
        size_t yi = item_from(c, g + 2);
        if (yi >= c->nit || c->it[yi].a != g + 2 || c->it[yi].mention < 0 || c->it[yi].poss || c->it[yi].ent == x->ent ||
            etype(c, c->it[yi].ent) != EG_ORG)
            continue;
        if ((rc = add_rel(c->r, c->it[yi].ent, x->ent, EG_REL_TRANSACTED_WITH, S, S, 0, hedge))) return rc;
    }
    /* "a company he owned, Red Rock LLC", "the firm she founded, Y": its owner leads it */
    for (uint32_t k = s->tok_start + 1; k + 4 < s->tok_end; k++) {
        if (!in(c, k, company_nouns) || !tok_lower(c, k) || !(is_word(c, k - 1, "a") || is_word(c, k - 1, "the"))) continue;
        size_t pi = item_from(c, k + 1);
        if (pi >= c->nit || c->it[pi].a != k + 1 || c->it[pi].b != k + 2 || etype(c, c->it[pi].ent) != EG_PERSON) continue;
        static const char *const own_verbs[] = {"owned", "owns", "ran", "runs", "founded", "controlled", "controls",
                                                "set", "started", "co-founded", "headed", "heads", NULL};
        uint32_t v = k + 2;
        if (!in(c, v, own_verbs)) continue;
        v += 1 + (is_word(c, v, "set") && is_word(c, v + 1, "up"));
        if (!is_punct(c, v, ',')) continue;
        size_t yi = item_from(c, v + 1);
        if (yi < c->nit && c->it[yi].a == v + 1 && etype(c, c->it[yi].ent) == EG_ORG && c->it[yi].mention >= 0 &&
            !c->it[yi].poss && (rc = add_rel(c->r, c->it[pi].ent, c->it[yi].ent, EG_REL_LEADS, S, S, 0, hedge)))
            return rc;
    }
    /* "she had ordered Romsilva to suspend every permit", "instructed the bank to": a directive; "ordered X held":
     * an arrest ordered by an investigating body */
    for (uint32_t k = s->tok_start + 1; k + 2 < s->tok_end; k++) {
        if (c->text[c->r->tk.tok[k].start] != 'o' && c->text[c->r->tk.tok[k].start] != 'i' && c->text[c->r->tk.tok[k].start] != 'd')
            continue;
        if (!is_word(c, k, "ordered") && !is_word(c, k, "instructed") && !is_word(c, k, "directed")) continue;
        uint32_t o = k + 1 + is_word(c, k + 1, "the"); /* ("has ordered the MPA to carry out a review") */
        size_t yi = item_from(c, o);
        if (yi >= c->nit || c->it[yi].a != o || c->it[yi].poss || c->it[yi].mention < 0 || etype(c, c->it[yi].ent) == EG_LOC)
            continue;
        static const char *const held[] = {"held", "detained", "arrested", "jailed", "remanded", NULL};
        uint32_t after = c->it[yi].b;
        int type = is_word(c, after, "to") ? EG_REL_COMMUNICATED_WITH : in(c, after, held) ? EG_REL_INVESTIGATES : -1;
        if (type < 0) continue;
        int x = subject_before(c, k);
        if (x < 0) {
            /* ("she had ordered": the pronoun's person) */
            for (size_t p = yi; p > 0 && x < 0; p--)
                if (c->it[p - 1].b <= k && c->it[p - 1].b + 3 >= k && !c->it[p - 1].poss && c->it[p - 1].mention < 0)
                    x = c->it[p - 1].ent;
        }
        if (x >= 0 && x != c->it[yi].ent && etype(c, x) != EG_LOC &&
            (rc = add_rel(c->r, x, c->it[yi].ent, type, S, S, negated_before(c, k, s->tok_start), hedge)))
            return rc;
    }
    /* "X worked in Odra Energia's legal department", "works in the ministry's press office": a part of
     * an organisation one works in makes one its member */
    for (uint32_t k = s->tok_start + 1; k + 3 < s->tok_end; k++) {
        if (c->text[c->r->tk.tok[k].start] != 'w' || !(is_word(c, k, "worked") || is_word(c, k, "works") ||
                                                       is_word(c, k, "work") || is_word(c, k, "working")) ||
            !is_word(c, k + 1, "in"))
            continue;
        size_t yi = item_from(c, k + 2);
        if (yi >= c->nit || c->it[yi].a != k + 2 || !c->it[yi].poss || etype(c, c->it[yi].ent) != EG_ORG) continue;
        static const char *const units[] = {"department", "division", "unit", "office", "team", "branch", "section",
                                            "bureau", "directorate", NULL};
        uint32_t g = c->it[yi].b + 1, g0 = g;
        while (g < s->tok_end && g < g0 + 3 && tok_lower(c, g) && !in(c, g, units)) g++;
        if (!in(c, g, units)) continue;
        int x = subject_before(c, k);
        if (x >= 0 && etype(c, x) == EG_PERSON &&
            (rc = add_rel(c->r, x, c->it[yi].ent, EG_REL_MEMBER_OF, S, S, negated_before(c, k, s->tok_start), hedge)))
            return rc;
    }
    /* "demanding X's resignation", "X demanded Y's removal": a demand that someone go is criticism */
    for (uint32_t k = s->tok_start + 1; k + 2 < s->tok_end; k++) {
        if (c->text[c->r->tk.tok[k].start] != 'd' ||
            (!is_word(c, k, "demanding") && !is_word(c, k, "demanded") && !is_word(c, k, "demand") && !is_word(c, k, "demands")))
            continue;
        size_t yi = item_from(c, k + 1);
        if (yi >= c->nit || c->it[yi].a != k + 1 || !c->it[yi].poss || c->it[yi].mention < 0 || etype(c, c->it[yi].ent) == EG_LOC ||
            !in(c, c->it[yi].b + 1, ouster))
            continue;
        int x = -1;
        if (is_punct(c, k - 1, ',')) {
            /* "X led protesters to the offices on Friday, demanding Y's resignation": the sentence's subject */
            x = opening_name(c, s);
        } else
            x = subject_before(c, k);
        if (x >= 0 && x != c->it[yi].ent &&
            (rc = add_rel(c->r, x, c->it[yi].ent, EG_REL_CRITICIZED, S, S, negated_before(c, k, s->tok_start), hedge)))
            return rc;
    }
    /* "Prosecutor X, of the Public Prosecutor's Office, told": the organisation set off by commas */
    for (size_t i = 0; i + 1 < c->nit; i++) {
        const item *x = &c->it[i], *y = &c->it[i + 1];
        if (x->mention < 0 || x->poss || etype(c, x->ent) != EG_PERSON || !is_punct(c, x->b, ',') || !is_word(c, x->b + 1, "of"))
            continue;
        uint32_t h = x->b + 2 + is_word(c, x->b + 2, "the");
        if (y->a != h || y->mention < 0 || etype(c, y->ent) != EG_ORG) continue;
        /* ("X, of the Swedish Prosecution Authority's national security unit,": a part of it, in lower case) */
        uint32_t e = y->b;
        if (y->poss) {
            e++;
            int rival = 0; /* ("X, of Apple's rival group,": another one) */
            for (; e < s->tok_end && e < y->b + 5 && tok_lower(c, e) && !in(c, e, dets); e++) rival |= is_word(c, e, "rival");
            if (e == y->b + 1 || rival || !in(c, e - 1, led_parts)) continue;
        }
        if (!is_punct(c, e, ',')) continue;
        if ((rc = add_rel(c->r, x->ent, y->ent, EG_REL_MEMBER_OF, S, S, 0, hedge))) return rc;
    }
    /* "A, managing director of X, and B, chief executive of Y, had met at a hotel": two people, each
     * with an apposition, who met */
    for (size_t i = 0; i + 1 < c->nit; i++) {
        const item *x = &c->it[i];
        if (x->mention < 0 || x->poss || etype(c, x->ent) != EG_PERSON || !is_punct(c, x->b, ',')) continue;
        uint32_t g = comma_from(c, x->b + 1, x->b + 12, s->tok_end);
        if (!is_punct(c, g, ',') || !is_word(c, g + 1, "and")) continue;
        size_t yi = item_from(c, g + 2);
        if (yi >= c->nit || c->it[yi].a != g + 2 || c->it[yi].mention < 0 || c->it[yi].poss ||
            etype(c, c->it[yi].ent) != EG_PERSON || c->it[yi].ent == x->ent)
            continue;
        uint32_t h = c->it[yi].b;
        if (is_punct(c, h, ',')) {
            h++;
            h = comma_from(c, h, c->it[yi].b + 12, s->tok_end);
            if (!is_punct(c, h, ',')) continue;
            h++;
        }
        if (is_word(c, h, "had") || is_word(c, h, "have")) h++;
        static const char *const after_met2[] = {"in", "on", "at", "during", "last", "this", "for", "privately", "secretly",
                                                 "separately", "twice", "again", "repeatedly", "several", "regularly",
                                                 "before", "after", "over", "behind", NULL};
        if (!is_word(c, h, "met") || !(h + 1 >= s->tok_end || c->r->tk.tok[h + 1].kind == EG_TK_PUNCT || in(c, h + 1, after_met2)))
            continue;
        /* (appositions, not clauses: no verb inside) */
        int verb = 0;
        for (uint32_t q = x->b + 1; q < h - 1 && !verb; q++) verb = q != g + 1 && verb_cue_at(c, q, s->tok_end);
        if (verb) continue;
        if ((rc = add_rel(c->r, x->ent, c->it[yi].ent, EG_REL_MET_WITH, S, S, negated_before(c, h, s->tok_start), hedge)))
            return rc;
    }
    /* "named X as governor of the Central Bank", "appointed X as its chief executive" is elsewhere */
    for (size_t i = 0; i < c->nit; i++) {
        const item *x = &c->it[i];
        if (x->mention < 0 || x->poss || etype(c, x->ent) != EG_PERSON || !is_word(c, x->b, "as")) continue;
        uint32_t g = x->b + 1, n = 0;
        if (is_word(c, g, "the") || is_word(c, g, "a") || is_word(c, g, "an")) g++;
        int t = role_at(c, g, s->tok_end, &n);
        if (t < 0 || t == ROLE_NONE || !tok_lower(c, g) || !is_word(c, g + n, "of")) continue;
        uint32_t h = g + n + 1 + is_word(c, g + n + 1, "the");
        size_t zi = item_from(c, h);
        if (zi < c->nit && c->it[zi].a == h && etype(c, c->it[zi].ent) == EG_ORG &&
            (rc = add_rel(c->r, x->ent, c->it[zi].ent, adapt(c, t, c->it[zi].ent), S, S, 0, hedge)))
            return rc;
    }
    return 0;
}

/* The shapes above, for sentence si (after typed_relations). */
static int field_word(const rctx *c, uint32_t k);
/* Verbs right after an organisation named after "whose" ("X, whose Berkshire Hathaway is ...") */
static const char *const org_verbs[] = {"is", "was", "are", "were", "has", "had", "have", "holds", "held", "owns", "owned",
                                        "operates", "operated", "controls", "controlled", "runs", "ran", "made", "makes",
                                        "produced", "produces", "employs", "employed", "built", "builds", "won",
                                        "became", "remains", "plans", "said", "says", NULL};

/* Two relative clauses about the names before them: "A and B, who are married," (family) and
 * "X, a lobby group whose members include Y and Z," (Y and Z are members of X). */
static int clause_relations(rctx *c, size_t si, int hedge)
{
    static const char *const kin_plural[] = {"married", "brothers", "sisters", "siblings", "cousins", "twins", NULL};
    static const char *const include[] = {"include", "includes", "included", "including", NULL};
    const eg_sentence *s = &c->r->tk.sent[si];
    int S = (int)si, rc;
    for (size_t p = 0; p + 1 < c->nit; p++) {
        const item *x = &c->it[p], *y = &c->it[p + 1];
        if (x->mention < 0 || y->mention < 0 || x->poss || y->poss) continue;
        /* A and B, who are (both) married / who married in 2010 */
        if (etype(c, x->ent) == EG_PERSON && etype(c, y->ent) == EG_PERSON && y->a == x->b + 1 && is_word(c, x->b, "and") &&
            is_punct(c, y->b, ',') && is_word(c, y->b + 1, "who")) {
            uint32_t g = y->b + 2;
            if (is_word(c, g, "are") || is_word(c, g, "were")) g++;
            if (is_word(c, g, "both")) g++;
            if (tok_lower(c, g) && in(c, g, kin_plural) && x->ent != y->ent &&
                (rc = add_rel(c->r, x->ent, y->ent, EG_REL_FAMILY, S, S, 0, hedge)))
                return rc;
        }
    }
    /* "Levant Petrochemicals, whose chairman and majority owner is the businessman Tariq Haddad,",
     * "Rhee, whose brother is Kim Rhee,": the holder of the role is named after "is" */
    for (uint32_t k = s->tok_start; k + 3 < s->tok_end; k++) {
        /* (after a comma, "and", or the noun of an apposition: "Medixa Supplies, a distributor whose ...") */
        /* (... or a place: "a haulage firm based in Plovdiv whose owner, X,") */
        if (!is_word(c, k, "whose") || k == s->tok_start) continue;
        if (!is_punct(c, k - 1, ',') && !tok_lower(c, k - 1) && !demonym_at(c, k - 1)) { /* ("a 26-year-old Syrian whose") */
            size_t pl = item_from(c, k);
            if (!(pl > 0 && c->it[pl - 1].b == k && etype(c, c->it[pl - 1].ent) == EG_LOC && !c->it[pl - 1].poss)) continue;
        }
        /* whose: the nearest name before the clause (past "which is based in Amman and") */
        int xi = -1;
        for (size_t p = 0; p < c->nit && c->it[p].b <= k; p++)
            if (!c->it[p].poss && c->it[p].mention >= 0 && etype(c, c->it[p].ent) != EG_LOC) xi = (int)p;
        if (xi < 0) continue;
        int xt = etype(c, c->it[xi].ent);
        uint32_t n, g = k + 1;
        int t = role_at(c, g, s->tok_end, &n);
        /* ("a firm whose sole director is Y") */
        if (t < 0 && in(c, g, rank_keeping) && (t = role_at(c, g + 1, s->tok_end, &n)) >= 0) g++;
        /* ("whose younger brother, X", "whose 19-year-old son, Y": a describing word or two first) */
        for (uint32_t q = g; t < 0 && xt == EG_PERSON && q < k + 3 && q + 1 < s->tok_end &&
                             (tok_lower(c, q) || c->r->tk.tok[q].kind == EG_TK_NUM) && !in(c, q, org_classes);
             q++) {
            t = role_at(c, q + 1, s->tok_end, &n);
            if (t == EG_REL_FAMILY) g = q + 1;
            else t = -1;
        }
        /* "a businessman, Andrei Sidorenko, whose haulage firm, Brest-Trans, is suspected": his firm (also
         * "whose Sfax-based import company, ORG,") */
        if (t < 0 && !tok_lower(c, g) && is_punct(c, g + 1, '-') && is_word(c, g + 2, "based")) g += 3;
        /* ("Warren Buffett, whose Berkshire Hathaway is Kraft's largest shareholder": his organisation, named
         * right after "whose", then its verb) */
        if (t < 0 && !tok_lower(c, g)) {
            size_t zi = item_from(c, g);
            /* (its verb right after it: not "whose Twitter account was suspended", a platform as a modifier) */
            /* (a party is one's side, not one's firm: "Abbas, whose Fatah party") */
            static const char *const sides[] = {"party", "bloc", "faction", NULL};
            if (zi < c->nit && c->it[zi].a == g && !c->it[zi].poss && etype(c, c->it[zi].ent) == EG_ORG &&
                xt == EG_PERSON && c->it[zi].b < s->tok_end) {
                int side = in(c, c->it[zi].b, sides);
                int party = side || label_has_word(c->r->ent[c->it[zi].ent].label, "Party", 5);
                if ((side || in(c, c->it[zi].b, org_verbs)) &&
                    (rc = add_rel(c->r, c->it[xi].ent, c->it[zi].ent,
                                  party && !prime_minister(c, c->it[xi].ent) ? EG_REL_MEMBER_OF : EG_REL_LEADS, S, S, 0,
                                  hedge)))
                    return rc;
            }
            continue;
        }
        if (t < 0 && tok_lower(c, g)) {
            uint32_t h = g;
            while (h < g + 3 && tok_lower(c, h) && !in(c, h, org_classes)) h++;
            size_t zi = is_punct(c, h + 1, ',') ? item_from(c, h + 2) : c->nit;
            /* (or the name right after the kind: "whose firm Santelli & Rowe has offices in Milan") */
            int bare = 0;
            if (zi >= c->nit && h + 1 < s->tok_end) {
                zi = item_from(c, h + 1);
                bare = zi < c->nit && c->it[zi].a == h + 1 && c->it[zi].b < s->tok_end && in(c, c->it[zi].b, org_verbs);
                if (!bare) zi = c->nit;
            }
            if (tok_lower(c, h) && in(c, h, org_classes) && zi < c->nit && c->it[zi].a == h + 2 - bare && !c->it[zi].poss &&
                etype(c, c->it[zi].ent) == EG_ORG && (bare || is_punct(c, c->it[zi].b, ',')) && xt == EG_PERSON &&
                (rc = add_rel(c->r, c->it[xi].ent, c->it[zi].ent, EG_REL_LEADS, S, S, 0, hedge)))
                return rc;
            continue;
        }
        if (t < 0 || t == ROLE_NONE || !tok_lower(c, g)) continue;
        g += n;
        uint32_t n2; /* "chairman and majority owner": a second role, or a field between */
        if (is_word(c, g, "and")) {
            uint32_t h = g + 1;
            while (h < g + 3 && tok_lower(c, h) && role_at(c, h, s->tok_end, &n2) < 0) h++;
            if (role_at(c, h, s->tok_end, &n2) >= 0) g = h + n2;
        }
        /* "Medixa Supplies, a distributor whose managing director, Grace Njoroge, was charged"; "whose
         * father, the late director Rajendra Khurana, founded": past an occupation */
        uint32_t g1 = g + 1;
        if (is_punct(c, g, ',') && is_word(c, g1, "the"))
            for (g1++; g1 < g + 5 && tok_lower(c, g1) && !in(c, g1, dets); g1++) {}
        if (is_punct(c, g, ',') && item_from(c, g1) < c->nit && c->it[item_from(c, g1)].a == g1 &&
            is_punct(c, c->it[item_from(c, g1)].b, ',')) {
            g = g1;
        } else {
            if (!is_word(c, g, "is") && !is_word(c, g, "was")) continue;
            g++;
        }
        /* "whose sister is married to Y": Y is family too (an in-law) */
        if (t == EG_REL_FAMILY && is_word(c, g, "married") && is_word(c, g + 1, "to")) g += 2;
        if (is_word(c, g, "the") || is_word(c, g, "a")) g++;
        while (g < k + 12 && tok_lower(c, g) && !in(c, g, dets) && item_from(c, g) < c->nit && c->it[item_from(c, g)].a > g) g++;
        size_t yi = item_from(c, g);
        /* ("whose sole director is Sethuraman's wife, Priya Raghavan": the one the possessive role names) */
        if (yi < c->nit && c->it[yi].a == g && c->it[yi].poss && t != EG_REL_FAMILY) {
            int who = role_person_after(c, c->it[yi].b + (c->it[yi].b < s->tok_end && c->r->tk.tok[c->it[yi].b].kind == EG_TK_POSS),
                                        s->tok_end);
            for (size_t z = yi + 1; who >= 0 && z < c->nit; z++)
                if (c->it[z].ent == who && c->it[z].mention >= 0) {
                    yi = z;
                    g = c->it[z].a;
                    break;
                }
        }
        g = past_title(c, g); /* ("married to Public Works Minister C.R. Lakshminarayan") */
        if (yi >= c->nit || c->it[yi].a != g || c->it[yi].poss || etype(c, c->it[yi].ent) != EG_PERSON) continue;
        if (t == EG_REL_FAMILY ? xt != EG_PERSON : xt != EG_ORG) continue;
        if (c->it[xi].ent != c->it[yi].ent && (rc = add_rel(c->r, c->it[yi].ent, c->it[xi].ent, t, S, S, 0, hedge))) return rc;
    }
    /* "RegenaCell's president is the professor's wife, Yumiko Hasegawa", "X's chairman is Y": the holder
     * of a possessive role named after "is" */
    for (size_t p = 0; p + 1 < c->nit; p++) {
        const item *x = &c->it[p];
        if (!x->poss || x->mention < 0) continue;
        uint32_t g = x->b + (x->b < s->tok_end && c->r->tk.tok[x->b].kind == EG_TK_POSS), n;
        int t = tok_lower(c, g) ? role_at(c, g, s->tok_end, &n) : -1;
        if (t < 0 || t == ROLE_NONE) continue;
        g += n;
        if (!is_word(c, g, "is") && !is_word(c, g, "was")) continue;
        g++;
        size_t yi = item_from(c, g);
        if (yi < c->nit && c->it[yi].a != g) {
            /* past a description that ends in a comma ("the professor's wife,") or an occupation */
            uint32_t h = g;
            while (h < g + 6 && h < s->tok_end && !is_punct(c, h, ',') && (tok_lower(c, h) || c->r->tk.tok[h].kind == EG_TK_POSS)) h++;
            if (is_punct(c, h, ',') && c->it[yi].a == h + 1) g = h + 1;
            else if (h == c->it[yi].a && h > g) g = h;
        }
        if (yi >= c->nit || c->it[yi].a != g || c->it[yi].poss || etype(c, c->it[yi].ent) != EG_PERSON || c->it[yi].ent == x->ent)
            continue;
        int xt = etype(c, x->ent);
        if (t == EG_REL_FAMILY ? xt != EG_PERSON : xt != EG_ORG) continue;
        if ((rc = add_rel(c->r, c->it[yi].ent, x->ent, t, S, S, 0, hedge))) return rc;
    }
    /* "Lin Wei-ting, the son of the company's founder, Lin Chao-ming,": kin of the person named after
     * a role of the organisation ("the daughter of the team's owner, Y") */
    for (size_t p = 0; p + 1 < c->nit; p++) {
        const item *x = &c->it[p];
        if (x->mention < 0 || x->poss || etype(c, x->ent) != EG_PERSON || !is_punct(c, x->b, ',')) continue;
        uint32_t g = x->b + 1, n;
        if (!is_word(c, g, "the") && !is_word(c, g, "a")) continue;
        g++;
        if (!tok_lower(c, g) || role_at(c, g, s->tok_end, &n) != EG_REL_FAMILY || !is_word(c, g + n, "of")) continue;
        g += n + 1;
        if (!in(c, g, dets)) continue;
        g++;
        /* the organisation as a lower-case noun with its 's, then the role and a comma */
        if (!tok_lower(c, g) || g + 1 >= s->tok_end || c->r->tk.tok[g + 1].kind != EG_TK_POSS) continue;
        g += 2;
        while (g < s->tok_end && g < x->b + 12 && tok_lower(c, g) && role_at(c, g, s->tok_end, &n) < 0) g++;
        int t = tok_lower(c, g) ? role_at(c, g, s->tok_end, &n) : -1;
        if (t < 0 || t == EG_REL_FAMILY || !is_punct(c, g + n, ',')) continue;
        size_t yi = item_from(c, g + n + 1);
        if (yi >= c->nit || c->it[yi].a != g + n + 1 || c->it[yi].poss || etype(c, c->it[yi].ent) != EG_PERSON ||
            c->it[yi].ent == x->ent)
            continue;
        if ((rc = add_rel(c->r, x->ent, c->it[yi].ent, EG_REL_FAMILY, S, S, 0, hedge))) return rc;
    }
    /* "Sheriff Alison Baird at Oban Sheriff Court", "Professor Ann Lee of Leeds University": a titled
     * person's post */
    for (size_t p = 0; p + 1 < c->nit; p++) {
        const item *x = &c->it[p], *y = &c->it[p + 1];
        if (x->mention < 0 || x->poss || etype(c, x->ent) != EG_PERSON || c->r->m[x->mention].title < 0) continue;
        uint32_t t0 = (uint32_t)c->r->m[x->mention].title, n;
        int t = t0 < x->a ? role_at(c, t0, x->a, &n) : -1;
        if (t < 0 || t0 + n != x->a || t == EG_REL_FAMILY || t == ROLE_NONE) continue;
        uint32_t g = x->b;
        if (!(is_word(c, g, "at") || is_word(c, g, "of"))) continue;
        g++;
        if (is_word(c, g, "the")) g++;
        if (y->a != g || y->poss || etype(c, y->ent) != EG_ORG || y->mention < 0) continue;
        if ((rc = add_rel(c->r, x->ent, y->ent, t == EG_REL_LEADS && is_word(c, x->b, "of") ? t : EG_REL_MEMBER_OF, S, S, 0, hedge)))
            return rc;
    }
    /* "HMP Fellgate, near Wakefield", "in Shoreditch, east London", "the town of Lauchstedt in
     * Saxony-Anhalt": a place beside or inside a larger one */
    for (size_t p = 0; p + 1 < c->nit; p++) {
        const item *x = &c->it[p], *y = &c->it[p + 1];
        if (x->mention < 0 || y->mention < 0 || x->poss || y->poss || etype(c, x->ent) != EG_LOC ||
            etype(c, y->ent) != EG_LOC || x->ent == y->ent || is_country(c, x->ent))
            continue;
        uint32_t g = x->b;
        int ok = 0;
        if (is_word(c, g, "in") && y->a == g + 1) ok = !is_word(c, y->b, "and"); /* (not "in Paris and London") */
        else if (is_punct(c, g, ',')) {
            g++;
            if (is_word(c, g, "near")) g++;
            else if (tok_lower(c, g) && in(c, g, eg_compass_words)) g++;
            else g = 0;
            ok = g && y->a == g && (y->b >= s->tok_end || is_punct(c, y->b, ',') || is_punct(c, y->b, '.') ||
                                   !tok_lower(c, y->b) || is_word(c, y->b, "in") || is_word(c, y->b, "on"));
        }
        if (ok && (rc = add_rel(c->r, x->ent, y->ent, EG_REL_LOCATED_IN, S, S, 0, hedge))) return rc;
    }
    /* "at its offices in Shoreditch", "the group's headquarters in Cork": where an organisation is */
    static const char *const sites[] = {"office", "offices", "headquarters", "base", "head", "main", "factory",
                                        "factories", "plant", "plants", "campus", "hq", NULL};
    for (size_t p = 0; p + 1 < c->nit; p++) {
        const item *x = &c->it[p];
        if (etype(c, x->ent) != EG_ORG || !(x->poss || (x->mention < 0 && is_word(c, x->a, "its")))) continue;
        /* ("The combined company will keep its headquarters in Oslo": "its" is a company no name stands for) */
        int other = 0;
        for (uint32_t g = s->tok_start; g < x->a && !other && x->mention < 0; g++) {
            size_t gi = item_from(c, g);
            other = in(c, g, generic_orgs) && tok_lower(c, g) && !(gi < c->nit && c->it[gi].a == g);
        }
        if (other) continue;
        uint32_t g = x->b + (x->b < s->tok_end && c->r->tk.tok[x->b].kind == EG_TK_POSS);
        uint32_t g0 = g;
        while (g < s->tok_end && g < g0 + 2 && tok_lower(c, g) && in(c, g, sites)) g++;
        if (g == g0 || !(is_word(c, g, "in") || is_word(c, g, "at"))) continue;
        if (is_word(c, g - 1, "head") || is_word(c, g - 1, "main")) continue; /* "its head of X" */
        size_t yi = item_from(c, g + 1);
        if (yi < c->nit && c->it[yi].a == g + 1 && etype(c, c->it[yi].ent) == EG_LOC && !c->it[yi].poss &&
            (rc = add_rel(c->r, x->ent, c->it[yi].ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
            return rc;
    }
    /* "In a letter to the PCC in March, Bayanihan's chairman, Eduardo Villareal, accused ...": the
     * writer is the subject after the opening phrase */
    {
        static const char *const media[] = {"letter", "email", "e-mail", "message", "note", "memo", NULL};
        static const char *const verbs[] = {"said", "says", "accused", "told", "wrote", "warned", "urged", "asked",
                                            "argued", "demanded", "added", "complained", "called", NULL};
        uint32_t k = s->tok_start;
        /* ("In a letter sent Tuesday to X": the medium sent, and when) */
        uint32_t m = k + 3;
        if (is_word(c, m, "sent") || is_word(c, m, "written") || is_word(c, m, "addressed")) {
            m++;
            while (m < s->tok_end && m < k + 7 && c->r->tk.tok[m].kind == EG_TK_WORD && !is_word(c, m, "to")) m++;
        }
        if (is_word(c, k, "in") && (is_word(c, k + 1, "a") || is_word(c, k + 1, "an") || is_word(c, k + 1, "his") ||
                                    is_word(c, k + 1, "her") || is_word(c, k + 1, "its")) &&
            in(c, k + 2, media) && is_word(c, m, "to")) {
            uint32_t h = m + 1 + is_word(c, m + 1, "the");
            size_t oi = item_from(c, h);
            if (oi < c->nit && c->it[oi].a == h) {
                if (c->it[oi].poss) { /* "to CNT's chief executive, Javier Albornoz" */
                    int who = role_person_after(c, c->it[oi].b + 1, s->tok_end);
                    for (size_t z = oi + 1; who >= 0 && z < c->nit; z++)
                        if (c->it[z].ent == who) { oi = z; break; }
                }
                /* the subject right after the phrase's closing comma, past a possessive role ("Bayanihan's
                 * chairman,") or an apposition; anything else between ("residents complained that X
                 * said") ends the search */
                uint32_t g = c->it[oi].b;
                while (g < s->tok_end && !is_punct(c, g, ',') && !clause_break(c, g) && g < c->it[oi].b + 6) g++;
                for (size_t p = oi + 1; is_punct(c, g, ',') && p < c->nit; p++) {
                    const item *x = &c->it[p];
                    if (x->a <= g) continue;
                    int ok = 1;
                    for (uint32_t q = g + 1; q < x->a && ok; q++) {
                        uint32_t n;
                        /* (inside a name: the item that starts at or before the token) */
                        size_t hi = item_from(c, q + 1);
                        if (hi > 0 && c->it[hi - 1].a <= q && q < c->it[hi - 1].b) continue;
                        if (is_punct(c, q, ',') || in(c, q, dets) || c->r->tk.tok[q].kind == EG_TK_POSS) continue;
                        if (tok_lower(c, q) && role_at(c, q, x->a, &n) >= 0) { q += n - 1; continue; }
                        if (tok_lower(c, q) && (field_word(c, q) || in(c, q, rank_keeping))) continue;
                        ok = 0;
                    }
                    if (!ok) break;
                    if (x->mention < 0 || x->poss || etype(c, x->ent) == EG_LOC) continue;
                    uint32_t e = x->b;
                    if (is_punct(c, e, ',')) e++;
                    if (in(c, e, verbs) && x->ent != c->it[oi].ent &&
                        (rc = add_rel(c->r, x->ent, c->it[oi].ent, EG_REL_COMMUNICATED_WITH, S, S, 0, hedge)))
                        return rc;
                    if (in(c, e, verbs)) break;
                }
            }
        }
    }
    for (uint32_t k = s->tok_start; k + 3 < s->tok_end; k++) {
        if (!is_word(c, k, "whose") || !is_word(c, k + 1, "members") || !in(c, k + 2, include)) continue;
        /* the organisation: "X, a lobby group whose", with only lower-case words between */
        int org = -1;
        for (size_t p = c->nit; p > 0 && org < 0; p--) {
            const item *x = &c->it[p - 1];
            if (x->b > k) continue;
            uint32_t g = x->b;
            if (is_punct(c, g, ')')) g++; /* "X (ADRP), a lobby group whose" */
            int ok = is_punct(c, g, ',');
            for (g++; ok && g < k; g++) ok = tok_lower(c, g) && !is_word(c, g, "and") && !is_word(c, g, "or");
            if (ok && etype(c, x->ent) == EG_ORG && x->mention >= 0 && !x->poss) org = x->ent;
            break;
        }
        size_t yi = item_from(c, k + 3);
        if (org < 0 || yi >= c->nit || c->it[yi].a != k + 3) continue;
        size_t end = item_list_end(c, yi, s->tok_end);
        for (size_t p = yi; p < end; p++)
            if (etype(c, c->it[p].ent) != EG_LOC && c->it[p].ent != org &&
                (rc = add_rel(c->r, c->it[p].ent, org, EG_REL_MEMBER_OF, S, S, 0, hedge)))
                return rc;
    }
    return 0;
}

static int shape_relations(rctx *c, size_t si, int hedge)
{
    int rc;
    if ((rc = deal_relations(c, si, hedge)) || (rc = hire_relations(c, si, hedge)) ||
        (rc = part_relations(c, si, hedge)) || (rc = place_relations(c, si, hedge)) || (rc = place_shapes(c, si, hedge)) ||
        (rc = people_shapes(c, si, hedge)) ||
        (rc = clause_relations(c, si, hedge)))
        return rc;
    return 0;
}

/* A capitalised demonym that names no entity here ("a Lao company") */
static int demonym_at(const rctx *c, uint32_t k)
{
    const eg_token *t = &c->r->tk.tok[k];
    if (t->kind != EG_TK_WORD || !(t->flags & EG_TF_CAP) || !eg_lex_has(EG_LEX_DEMONYM, c->text + t->start, t->len))
        return 0;
    size_t i = item_from(c, k);
    return i >= c->nit || c->it[i].a != k;
}

/* A lower-case word that can stand in a role's field ("deputy water resources minister"): not an
 * article, pronoun, auxiliary, connector or verb of the cue table. */
static int field_word(const rctx *c, uint32_t k)
{
    return tok_lower(c, k) && !in(c, k, dets) && !in(c, k, aux_words) && !is_word(c, k, "and") && !is_word(c, k, "or") &&
           !is_word(c, k, "of") && !is_word(c, k, "to") && !is_word(c, k, "for") && !in(c, k, pron_m) &&
           !in(c, k, pron_f) && !verb_cue_at(c, k, c->r->tk.ntok);
}

/* "Kjaer Peptides, which Norrvik acquired", "a Lao company in which Siam Ridge bought a stake",
 * "Sundara, in which the investment firm Tanjong bought a stake": the item that "which" before the
 * subject item i stands for, or -1. */
static int which_antecedent(const rctx *c, size_t i)
{
    uint32_t g = c->it[i].a;
    size_t p = i;
    /* back over "the Singapore investment firm", "Thailand's" */
    for (int n = 0; n < 6 && g > 0; n++) {
        if (in(c, g - 1, dets) || tok_lower(c, g - 1)) {
            if (is_word(c, g - 1, "which") || is_word(c, g - 1, "that")) break;
            g--;
            continue;
        }
        /* ("Thailand's", "PMA's breakfast host") */
        if (p > 0 && c->it[p - 1].b + (c->it[p - 1].poss ? 1 : 0) == g &&
            (etype(c, c->it[p - 1].ent) == EG_LOC || (c->it[p - 1].poss && c->it[p - 1].mention >= 0))) {
            g = c->it[--p].a;
            continue;
        }
        break;
    }
    if (g == 0 || !(is_word(c, g - 1, "which") || is_word(c, g - 1, "that"))) return -1;
    /* (the subject's own words right after "which": not "which investigates fraud involving EU funds") */
    if (g < c->it[i].a && !in(c, g, dets) && !(p < i && c->it[p].a == g)) return -1;
    g--;
    if (g > 0 && is_word(c, g - 1, "in")) g--;
    /* "X, which": the name before the comma; "X, a Lao company in which": the name before the description */
    uint32_t h = g;
    int comma = h > 0 && is_punct(c, h - 1, ',');
    if (comma) h--;
    while (p > 0 && c->it[p - 1].b > h) p--;
    /* "X, a small biotech company in Aarhus, which": past the description and its place */
    if (!comma || (p > 0 && c->it[p - 1].b == h && etype(c, c->it[p - 1].ent) == EG_LOC && !c->it[p - 1].poss)) {
        uint32_t h0 = h;
        for (int pass = 0; pass < 2; pass++) {
            /* ("X, a Casablanca-based firm that Y paid") */
            while (h > 0 && h + 8 > h0 && (tok_lower(c, h - 1) || in(c, h - 1, dets) || demonym_at(c, h - 1) ||
                                           (is_punct(c, h - 1, '-') && is_word(c, h, "based"))))
                h--;
            while (p > 0 && c->it[p - 1].b > h) p--;
            if (p > 0 && c->it[p - 1].b == h && etype(c, c->it[p - 1].ent) == EG_LOC && !c->it[p - 1].poss)
                h = c->it[--p].a;
            else
                break;
        }
        /* (a description: "X, a Lao company in which"; not "X, which said that Y") */
        if (h == 0 || !is_punct(c, h - 1, ',') || !in(c, h, dets)) return -1;
        h--;
    } else {
        /* "The State Council, China's cabinet, which Li heads": past a description between commas */
        int ends = 0;
        for (size_t q = 0; q < i && !ends; q++) ends = c->it[q].b == h;
        if (!ends) {
            uint32_t h2 = h;
            size_t p2 = p;
            while (h2 > 0 && h2 + 8 > h) {
                while (p2 > 0 && c->it[p2 - 1].b > h2) p2--;
                if (p2 > 0 && c->it[p2 - 1].b + (c->it[p2 - 1].poss ? 1 : 0) == h2 &&
                    (c->it[p2 - 1].poss || etype(c, c->it[p2 - 1].ent) == EG_LOC)) {
                    h2 = c->it[--p2].a;
                    continue;
                }
                if (!tok_lower(c, h2 - 1) && !in(c, h2 - 1, dets)) break;
                h2--;
            }
            if (h2 >= 2 && h2 < h && is_punct(c, h2 - 1, ',')) h = h2 - 1;
        }
    }
    for (size_t q = 0; q < i; q++)
        if (c->it[q].b == h && c->it[q].mention >= 0 && !c->it[q].poss) /* ("which" is never a person) */
            return etype(c, c->it[q].ent) == EG_ORG ? (int)q : -1;
    return -1;
}

/* Cues of lawsuits and complaints: enforcement when a public body brings them, else accusations. */
static int lawsuit_cue(const cue *cu)
{
    static const char *const w[] = {"sued", "sue", "sues", "suing", "lawsuit", "class", "suit", "claim", "complaint", "complaints", NULL};
    for (const char *const *p = w; *p; p++)
        if (!strcmp(cu->w[0], *p)) return 1;
    return 0;
}

/* Is entity e a public body: a country, or an organisation named as a department, commission, agency ...
 * or a known agency by its acronym ("the SEC sued")? */
static int public_body(const rctx *c, int e)
{
    static const char *const public_heads[] = {"Department", "Commission", "Agency", "Authority", "Office",
                                               "Bureau", "Ministry", "Government", "Attorney", "Prosecutor",
                                               "Regulator", "Administration", "Justice", NULL};
    if (etype(c, e) == EG_LOC) return is_country(c, e);
    if (etype(c, e) != EG_ORG) return 0;
    const char *lab = c->r->ent[e].label;
    if (label_has_any(lab, public_heads)) return 1;
    return !strchr(lab, ' ') && eg_lex_has(EG_LEX_ORG, lab, strlen(lab));
}

/* "Aquandes Concesiones, a consortium formed by X and Y", "a joint venture between X and Y": its members */
static int consortium_relations(rctx *c, size_t si, int hedge)
{
    const eg_sentence *s = &c->r->tk.sent[si];
    for (size_t i = 0; i < c->nit; i++) {
        const item *x = &c->it[i];
        if (x->mention < 0 || x->poss || etype(c, x->ent) != EG_ORG) continue;
        uint32_t k = past_letters(c, x, x->b);
        if (!is_punct(c, k, ',') || !(is_word(c, k + 1, "a") || is_word(c, k + 1, "an") || is_word(c, k + 1, "the"))) continue;
        uint32_t g = k + 2;
        while (g < s->tok_end && g < k + 5 && tok_lower(c, g) && !is_word(c, g, "consortium") && !is_word(c, g, "venture"))
            g++;
        if (!(is_word(c, g, "consortium") || (is_word(c, g, "venture") && is_word(c, g - 1, "joint")))) continue;
        g++;
        if (is_word(c, g, "formed") || is_word(c, g, "owned") || is_word(c, g, "created") || is_word(c, g, "set")) {
            g++;
            if (is_word(c, g, "up")) g++;
            if (!is_word(c, g, "by")) continue;
            g++;
        } else if (is_word(c, g, "made") && is_word(c, g + 1, "up") && is_word(c, g + 2, "of")) g += 3;
        else if (is_word(c, g, "between") || is_word(c, g, "of")) g++;
        else continue;
        /* the members: names (past a describing phrase before each) joined by "and" or commas */
        for (size_t q = i + 1; q < c->nit && c->it[q].a < g + 12; q++) {
            const item *m = &c->it[q];
            if (m->a < g || m->mention < 0 || m->poss || etype(c, m->ent) != EG_ORG) continue;
            /* (only up to where the list ends: a comma not followed by another member, "at", a verb) */
            uint32_t h = m->a;
            while (h > g && tok_lower(c, h - 1) && !is_word(c, h - 1, "and")) h--;
            int ok = h == g || is_word(c, h - 1, "and") || is_punct(c, h - 1, ',') ||
                     (h > g && c->r->tk.tok[h - 1].kind == EG_TK_PUNCT);
            /* ("Quito-based builder X": a place and its "-based" belong to the description) */
            for (size_t p = i + 1; p < q && !ok; p++)
                if (c->it[p].b + 2 <= m->a && is_punct(c, c->it[p].b, '-') && is_word(c, c->it[p].b + 1, "based")) ok = 1;
            if (!ok) continue;
            int rc = add_rel(c->r, m->ent, x->ent, EG_REL_MEMBER_OF, (int)si, (int)si, 0, hedge);
            if (rc) return rc;
            g = m->b;
            if (!(is_word(c, g, "and") || (is_punct(c, g, ',') && !is_word(c, g + 1, "at")))) break;
        }
    }
    return 0;
}

/* "The National Anticorruption Directorate (DNA) said Sorin Marginean ... accepted 340,000 euros",
 * "Prosecutors from the Supreme People's Procuracy say Hung and his wife forged ...": an investigating
 * body's account of what a person did wrong is its case against that person */
static int body_says_relations(rctx *c, size_t si, int hedge)
{
    static const char *const probe_words[] = {"Prosecutor", "Prosecutor's", "Prosecutors", "Prosecutors'", "Prosecution",
                                              "Procuracy", "Procuratorate", "Police", "Anti-Corruption", "Anticorruption",
                                              "Investigation", "Investigations", "Investigative", "Fiscalia", "Fiscalía",
                                              "Inspectorate", "Crimes", "Fraud", "Corruption", "Gendarmerie", NULL};
    static const char *const says[] = {"said", "say", "says", "alleged", "alleges", "allege", NULL};
    static const char *const wrong[] = {"forged", "falsified", "embezzled", "stole", "smuggled", "laundered", "defrauded",
                                        "rigged", "leaked", "bribed", "bribe", "bribes", "kickbacks", "inflated",
                                        "diverted", "siphoned", "misappropriated", "extorted", "trafficked", "concealed",
                                        "fabricated", "colluded", "manipulated", "evaded", "faked", "pocketed",
                                        "confidential", "illegally", "fraudulently", "charged", "indicted", "arrested",
                                        "detained", "suspected", NULL};
    /* (money taken: "accepted 340,000 euros", "received bribes", not "received minor injuries") */
    static const char *const took[] = {"accepted", "received", "took", "paid", "demanded", NULL};
    static const char *const money[] = {"cash", "money", "payments", "payment", "bribes", "bribe", "kickbacks", "euros",
                                        "dollars", "pounds", NULL};
    const eg_sentence *s = &c->r->tk.sent[si];
    if (!c->nit) return 0;
    /* the body opens the sentence (past a dateline): "The X said", "Prosecutors from the X say" */
    const item *b = &c->it[0];
    if (b->a > c->opening + 3) return 0;
    if (b->mention < 0 || b->poss || etype(c, b->ent) != EG_ORG) return 0;
    uint32_t k = past_letters(c, b, b->b);
    if (is_punct(c, k, '(') && is_punct(c, k + 2, ')')) k += 3; /* "(DNA)", letters of another reading */
    if (!in(c, k, says)) return 0;
    const char *lab = c->r->ent[b->ent].label;
    int probe = 0;
    for (const char *const *w = probe_words; *w && !probe; w++) probe = label_has_word(lab, *w, strlen(*w));
    if (!probe) return 0;
    k++;
    if (is_word(c, k, "that")) k++;
    size_t pi = item_from(c, k);
    if (pi >= c->nit || c->it[pi].a != k || c->it[pi].mention < 0 || c->it[pi].poss || etype(c, c->it[pi].ent) != EG_PERSON)
        return 0;
    /* a wrongdoing in the reported clause */
    uint32_t bad = 0;
    for (uint32_t g = c->it[pi].b; g < s->tok_end && !bad && !is_punct(c, g, ';') &&
                                   !(is_punct(c, g, ',') && (is_word(c, g + 1, "said") || is_word(c, g + 1, "according")));
         g++) {
        if (in(c, g, wrong)) bad = g;
        else if (in(c, g, took) && !is_word(c, g - 1, "was") && !is_word(c, g - 1, "were"))
            for (uint32_t h = g + 1; h < s->tok_end && h < g + 5 && !bad; h++)
                if (c->r->tk.tok[h].kind == EG_TK_NUM || in(c, h, money)) bad = g;
    }
    if (!bad) return 0;
    /* the person, and those joined to it by "and" before the wrongdoing ("X, deputy head of Y, and his
     * colleague Z accepted") */
    for (size_t q = pi; q < c->nit && c->it[q].a < bad; q++) {
        const item *z = &c->it[q];
        if (z->mention < 0 || z->poss || etype(c, z->ent) != EG_PERSON) continue;
        if (q > pi) {
            uint32_t h = z->a;
            while (h > c->it[pi].b && h + 3 > z->a && tok_lower(c, h - 1) && !is_word(c, h - 1, "and")) h--;
            if (!is_word(c, h - 1, "and")) continue;
        }
        int rc = add_rel(c->r, b->ent, z->ent, EG_REL_INVESTIGATES, (int)si, (int)si, 0, hedge);
        if (rc) return rc;
    }
    return 0;
}

/* "Budservis-Dnipro LLC, a company registered to Artem Kovalchuk", "X is registered in the name of Y": a
 * firm registered to a person is that person's */
static int registered_to_relations(rctx *c, size_t si, int hedge)
{
    const eg_sentence *s = &c->r->tk.sent[si];
    for (uint32_t k = s->tok_start + 2; k + 2 < s->tok_end; k++) {
        if (!is_word(c, k, "registered")) continue;
        uint32_t g = k + 1;
        if (is_word(c, g, "to")) g++;
        else if (is_word(c, g, "in") && is_word(c, g + 1, "the") && is_word(c, g + 2, "name") && is_word(c, g + 3, "of")) g += 4;
        else continue;
        size_t yi = item_from(c, g);
        if (yi >= c->nit || c->it[yi].a != g || c->it[yi].mention < 0 || c->it[yi].poss || etype(c, c->it[yi].ent) != EG_PERSON)
            continue;
        /* the firm: "X, a company registered to", "X is/was registered to" */
        uint32_t h = k, end_at; /* where the firm's name must end */
        if (is_word(c, h - 1, "is") || is_word(c, h - 1, "was") || is_word(c, h - 1, "are") || is_word(c, h - 1, "were"))
            end_at = h - 1;
        else {
            while (h > s->tok_start && h + 4 > k && tok_lower(c, h - 1) && !in(c, h - 1, aux_words)) h--;
            if (h <= s->tok_start || !(is_word(c, h, "a") || is_word(c, h, "an")) || !is_punct(c, h - 1, ',')) continue;
            end_at = h - 1;
        }
        size_t xi = item_from(c, s->tok_start);
        size_t fi = c->nit;
        for (; xi < c->nit && c->it[xi].a < end_at; xi++)
            if (past_letters(c, &c->it[xi], c->it[xi].b) == end_at) fi = xi;
        if (fi >= c->nit || c->it[fi].mention < 0 || c->it[fi].poss || etype(c, c->it[fi].ent) != EG_ORG) continue;
        int rc = add_rel(c->r, c->it[yi].ent, c->it[fi].ent, EG_REL_LEADS, (int)si, (int)si, negated_before(c, k, s->tok_start), hedge);
        if (rc) return rc;
    }
    return 0;
}

/* "The land was sold by the ONCF in 2022 for 96 million dirhams to Riad Sebou Immobilier": the seller
 * named by "by", the buyer by "to" further on (no name between, no new clause) */
static int sold_by_to_relations(rctx *c, size_t si, int hedge)
{
    const eg_sentence *s = &c->r->tk.sent[si];
    for (uint32_t k = s->tok_start + 1; k + 2 < s->tok_end; k++) {
        if (!(is_word(c, k, "sold") || is_word(c, k, "leased") || is_word(c, k, "transferred")) || !is_word(c, k + 1, "by") ||
            !(is_word(c, k - 1, "was") || is_word(c, k - 1, "were") || is_word(c, k - 1, "been") || is_word(c, k - 1, "being")))
            continue;
        size_t xi = item_from(c, k + 2 + is_word(c, k + 2, "the"));
        if (xi >= c->nit || c->it[xi].a != k + 2 + is_word(c, k + 2, "the") || c->it[xi].poss || etype(c, c->it[xi].ent) == EG_LOC)
            continue;
        uint32_t h = past_letters(c, &c->it[xi], c->it[xi].b);
        for (size_t zi; h < s->tok_end && h < c->it[xi].b + 12 && !clause_break(c, h) && !is_word(c, h, "to"); h++)
            if ((zi = item_from(c, h)) < c->nit && c->it[zi].a == h) break; /* another name first */
        if (!is_word(c, h, "to")) continue;
        uint32_t g = h + 1 + is_word(c, h + 1, "the");
        size_t yi = item_from(c, g);
        if (yi >= c->nit || c->it[yi].a != g || c->it[yi].poss || etype(c, c->it[yi].ent) == EG_LOC) continue;
        int rc = add_rel(c->r, c->it[xi].ent, c->it[yi].ent, EG_REL_TRANSACTED_WITH, (int)si, (int)si,
                         negated_before(c, k, s->tok_start), hedge);
        if (rc) return rc;
    }
    return 0;
}

/* "The Producers Guild of India, of which Mehta is a member, ...": a role in the organisation the
 * clause hangs on */
static int of_which_relations(rctx *c, size_t si, int hedge)
{
    const eg_sentence *s = &c->r->tk.sent[si];
    for (size_t p = 0; p + 1 < c->nit; p++) {
        const item *o = &c->it[p];
        uint32_t k = past_letters(c, o, o->b);
        /* ("the Bangladesh Garment Manufacturers and Exporters Association (BGMEA), of which Rupshi Group is a
         * member": past the letters in brackets, and a member firm too) */
        if (is_punct(c, k, '(') && p + 2 < c->nit && c->it[p + 1].a == k + 1 && is_punct(c, c->it[p + 1].b, ')')) k = c->it[p + 1].b + 1;
        size_t xi = item_from(c, k + 3);
        if (xi >= c->nit) continue;
        const item *x = &c->it[xi];
        if (o->poss || etype(c, o->ent) != EG_ORG || !is_punct(c, k, ',') || !is_word(c, k + 1, "of") ||
            !is_word(c, k + 2, "which") || x->a != k + 3 || etype(c, x->ent) == EG_LOC || x->poss || x->ent == o->ent)
            continue;
        uint32_t h = x->b;
        if (is_word(c, h, "has") && is_word(c, h + 1, "been")) h += 2;
        else if (is_word(c, h, "is") || is_word(c, h, "was") || is_word(c, h, "became") || is_word(c, h, "remains")) h++;
        else continue;
        if (is_word(c, h, "a") || is_word(c, h, "an") || is_word(c, h, "the")) h++;
        for (int q = 0; q < 2 && tok_lower(c, h) && role_at(c, h, s->tok_end, &(uint32_t){0}) < 0; q++) h++;
        uint32_t rn = 0;
        int type = role_at(c, h, s->tok_end, &rn);
        if (etype(c, x->ent) == EG_ORG && !(type == EG_REL_MEMBER_OF && is_word(c, h, "member"))) continue;
        if (type == EG_REL_LEADS || type == EG_REL_MEMBER_OF) {
            int rc = add_rel(c->r, x->ent, o->ent, type, (int)si, (int)si, negated_before(c, h, s->tok_start), hedge);
            if (rc) return rc;
        }
    }
    return 0;
}

/* "read a speech on Dylan's behalf", "spoke on behalf of the company": the speaker represents the one
 * named (the nearest person before "on", in the same clause). */
static int behalf_relations(rctx *c, size_t si, int hedge)
{
    const eg_sentence *s = &c->r->tk.sent[si];
    for (uint32_t k = s->tok_start + 1; k + 2 < s->tok_end; k++) {
        if (!is_word(c, k, "on")) continue;
        int whom = -1;
        size_t yi = item_from(c, k + 1);
        if (yi < c->nit && c->it[yi].a == k + 1 && c->it[yi].poss && is_word(c, c->it[yi].b + 1, "behalf"))
            whom = c->it[yi].ent;
        else if (is_word(c, k + 1, "behalf") && is_word(c, k + 2, "of")) {
            size_t zi = named_after(c, k + 3, s->tok_end);
            if (zi >= c->nit) {
                zi = item_from(c, k + 3);
                if (zi < c->nit && c->it[zi].a != k + 3) zi = c->nit;
            }
            if (zi < c->nit && !c->it[zi].poss) whom = c->it[zi].ent;
        }
        if (whom < 0 || etype(c, whom) == EG_LOC) continue;
        int who = -1;
        for (size_t p = c->nit; p > 0; p--) {
            const item *w = &c->it[p - 1];
            if (w->b > k) continue;
            /* (or an organisation as a passive's agent: "the case was brought by the Center for Constitutional Rights
             * on behalf of David Floyd") */
            if (!w->poss && (etype(c, w->ent) == EG_PERSON ||
                             (etype(c, w->ent) == EG_ORG && w->a > s->tok_start && is_word(c, w->a - 1 - is_word(c, w->a - 1, "the"), "by"))))
                who = w->ent;
            break;
        }
        if (who < 0 || who == whom) continue;
        for (uint32_t g = k; g > s->tok_start && who >= 0; g--)
            if (clause_break(c, g - 1) || is_word(c, g - 1, "said") || is_word(c, g - 1, "that")) {
                /* (the person must come after the clause's start) */
                size_t wi = item_from(c, g);
                if (wi >= c->nit || c->it[wi].a > k) who = -1;
                break;
            }
        if (who >= 0) {
            int rc = add_rel(c->r, who, whom, EG_REL_REPRESENTS, (int)si, (int)si, 0, hedge);
            if (rc) return rc;
        }
    }
    return 0;
}

/* "The investigation of Insys was conducted by the FBI, the Office of Inspector General and the DEA",
 * "the inquiry into X, led by the Serious Fraud Office", "an investigation by the FTC into Vyera": each body or
 * official after "by" investigates X */
static int probe_by_relations(rctx *c, size_t si, int hedge)
{
    static const char *const run[] = {"conducted", "led", "carried", "handled", "run", "headed", "jointly", NULL};
    const eg_sentence *s = &c->r->tk.sent[si];
    for (uint32_t k = s->tok_start; k + 4 < s->tok_end; k++) {
        if (!in(c, k, probe_nouns)) continue;
        /* "an investigation by the FTC and New York Attorney General Letitia James into Vyera": the bodies first */
        if (is_word(c, k + 1, "by")) {
            uint32_t e = k + 2;
            while (e < s->tok_end && e < k + 16 && !is_word(c, e, "into") && !clause_break(c, e)) {
                size_t ei = item_from(c, e);
                e = ei < c->nit && c->it[ei].a == e ? c->it[ei].b : e + 1; /* (past a name's own "of") */
            }
            if (!is_word(c, e, "into")) continue;
            /* (what was looked into, named right after: not "into the shooting at Michigan State University";
             * each of a list: "into Microsoft, Google and Amazon") */
            uint32_t t0 = e + 1 + is_word(c, e + 1, "the");
            size_t ti = item_from(c, t0);
            if (ti >= c->nit || c->it[ti].a != t0 || c->it[ti].poss || etype(c, c->it[ti].ent) == EG_LOC) continue;
            int who[8], what[8];
            size_t n = party_list(c, k + 2, e, who, 8), nw = party_list(c, t0, s->tok_end, what, 8);
            for (size_t q = 0; q < n; q++) {
                int inside = 0;
                for (size_t p = 0; p < c->nit && !inside; p++) inside = c->it[p].ent == who[q] && c->it[p].a > k && c->it[p].b <= e;
                for (size_t t = 0; inside && t < nw; t++) {
                    if (who[q] == what[t]) continue;
                    int rc = add_rel(c->r, who[q], what[t], EG_REL_INVESTIGATES, (int)si, (int)si, 0, hedge);
                    if (rc) return rc;
                }
            }
            continue;
        }
        if (!(is_word(c, k + 1, "of") || is_word(c, k + 1, "into"))) continue;
        size_t xi = item_from(c, k + 2);
        if (xi >= c->nit || c->it[xi].a != k + 2 || c->it[xi].poss || etype(c, c->it[xi].ent) == EG_LOC) continue;
        uint32_t g = c->it[xi].b;
        if (is_punct(c, g, ',')) g++;
        else if (is_word(c, g, "was") || is_word(c, g, "is") || is_word(c, g, "were")) g++;
        else if (is_word(c, g, "has") && is_word(c, g + 1, "been")) g += 2;
        else continue;
        if (!in(c, g, run)) continue;
        g++;
        if (is_word(c, g, "out") || is_word(c, g, "conducted") || is_word(c, g, "led")) g++;
        if (!is_word(c, g, "by")) continue;
        /* (the list ends before the next inquiry: "... was led by Ann Roe, and the inquiry into Zenith ...") */
        uint32_t end = g + 1;
        while (end < s->tok_end && !in(c, end, probe_nouns)) end++;
        int who[8];
        size_t n = party_list(c, g + 1, end, who, 8);
        for (size_t q = 0; q < n; q++) {
            /* (bodies only: a person "leading" an inquiry into a company may be its own chief) */
            if (etype(c, who[q]) != EG_ORG) continue;
            int inside = 0;
            for (size_t p = 0; p < c->nit && !inside; p++) inside = c->it[p].ent == who[q] && c->it[p].a > g && c->it[p].b <= end;
            if (!inside) continue;
            int rc = add_rel(c->r, who[q], c->it[xi].ent, EG_REL_INVESTIGATES, (int)si, (int)si, 0, hedge);
            if (rc) return rc;
        }
    }
    return 0;
}

/* "The commission imposed a fine of 1.2 billion euros on Meta", "a penalty that Luxembourg's data
 * authority imposed on Amazon": whoever fines investigates the one fined */
static int penalty_relations(rctx *c, size_t si, int hedge)
{
    static const char *const verbs[] = {"imposed", "imposes", "impose", "imposing", "levied", "levies", "slapped", NULL};
    static const char *const fines[] = {"fine", "fines", "penalty", "penalties", NULL};
    const eg_sentence *s = &c->r->tk.sent[si];
    for (uint32_t k = s->tok_start + 1; k + 2 < s->tok_end; k++) {
        const eg_token *tv = &c->r->tk.tok[k];
        if (!(tv->flags & EG_TF_LOWER) || tv->len < 6 || tv->len > 8 || !in(c, k, verbs)) continue;
        /* the one fined: "on Y" within a few words, a penalty noun between or before the subject */
        uint32_t o = k + 1;
        int noun = 0;
        while (o < s->tok_end && o < k + 12 && !is_word(c, o, "on") && !clause_break(c, o)) noun |= in(c, o++, fines);
        if (!is_word(c, o, "on")) continue;
        size_t yi = item_from(c, o + 1);
        if (yi >= c->nit || c->it[yi].a != o + 1 || c->it[yi].poss || etype(c, c->it[yi].ent) == EG_LOC) continue;
        int who = -1;
        if (noun) who = subject_before(c, k);
        else {
            /* "a fine that X imposed on Y" */
            for (size_t p = 0; p < c->nit; p++) {
                const item *x = &c->it[p];
                uint32_t g = x->b;
                while (g < k && in(c, g, aux_words)) g++;
                if (g != k || x->poss) continue;
                uint32_t a = x->a;
                /* ("that Luxembourg's National Commission for Data Protection imposed": past the owner) */
                if (p > 0 && c->it[p - 1].poss && c->it[p - 1].b + 1 == a) a = c->it[p - 1].a;
                while (a > s->tok_start && tok_lower(c, a - 1) && !is_word(c, a - 1, "that") && !is_word(c, a - 1, "which") &&
                       a + 3 > x->a)
                    a--; /* ("that the Irish regulator imposed") */
                if (a >= s->tok_start + 2 && (is_word(c, a - 1, "that") || is_word(c, a - 1, "which")) &&
                    (in(c, a - 2, fines) || (a >= s->tok_start + 3 && in(c, a - 3, fines))))
                    who = x->ent;
            }
        }
        /* (a company's penalty is a contract's: "Acme imposed penalties on Zenith for late delivery") */
        if (who < 0 || who == c->it[yi].ent || etype(c, who) == EG_LOC || (etype(c, who) == EG_ORG && !institution(c->r, who)))
            continue;
        int rc = add_rel(c->r, who, c->it[yi].ent, EG_REL_INVESTIGATES, (int)si, (int)si, 0, hedge);
        if (rc) return rc;
    }
    return 0;
}

/* The token after a copula at k and a word of time after it ("is", "was now", "is still"), or 0 when k is no
 * copula. */
static uint32_t past_copula(const rctx *c, uint32_t k)
{
    if (!is_word(c, k, "is") && !is_word(c, k, "was")) return 0;
    k++;
    return k + (is_word(c, k, "now") || is_word(c, k, "then") || is_word(c, k, "also") || is_word(c, k, "still"));
}

/* The post named from token h on: an article (optional unless need_article), up to three words and a role ("a
 * senior research executive", "the chairman", "executive chairman"). Returns the relation it gives (a leading
 * role held by one of several, "a director", or with a modifier, "deputy head", is a member's) and sets *after
 * to the token after it; -1 if none. "a partner at" is a firm's partner. */
static int post_named(const rctx *c, uint32_t h, uint32_t end, int need_article, uint32_t *after)
{
    int indef = is_word(c, h, "a") || is_word(c, h, "an");
    if (indef || is_word(c, h, "the")) h++;
    else if (need_article) return -1;
    uint32_t h0 = h, n;
    while (h < end && h < h0 + 3 && tok_lower(c, h) && role_at(c, h, end, &n) < 0) h++;
    int t = role_at(c, h, end, &n);
    if (t == EG_REL_FAMILY && n == 1 && is_word(c, h, "partner") && is_word(c, h + 1, "at")) t = EG_REL_MEMBER_OF;
    if (t < 0 || t == ROLE_NONE || t == EG_REL_FAMILY || !tok_lower(c, h)) return -1;
    *after = h + n;
    if (t == EG_REL_LEADS && (indef || modifier_member(c, h0, *after))) t = EG_REL_MEMBER_OF;
    return t;
}

/* Is x a person's name followed by a comma (an apposition may follow)? */
static int appositive_person(const rctx *c, const item *x)
{
    return etype(c, x->ent) == EG_PERSON && !x->poss && x->mention >= 0 && is_punct(c, x->b, ',');
}

/* The first token of word `want` from token `from` on (at most `len` tokens) inside a person's apposition, or 0.
 * The scan stops at a clause's end, a verb of the cue table, "which", the word `stop`, and a comma when
 * comma_stops; without it, at another person's name. */
static uint32_t appos_word(const rctx *c, const eg_sentence *s, uint32_t from, uint32_t len, const char *want,
                           const char *stop, int comma_stops)
{
    /* (the word first, by a plain scan: most appositions have none, and then nothing more is read) */
    uint32_t w = from;
    while (w < s->tok_end && w <= from + len && !is_word(c, w, want)) w++;
    if (w >= s->tok_end || w > from + len) return 0;
    for (uint32_t g = from; g <= w; g++) {
        if (clause_break(c, g) || verb_cue_at(c, g, s->tok_end) || is_word(c, g, "which") || is_word(c, g, stop) ||
            (comma_stops && is_punct(c, g, ',')))
            return 0;
        if (!comma_stops) {
            size_t gi = item_from(c, g);
            if (gi < c->nit && c->it[gi].a == g && etype(c, c->it[gi].ent) == EG_PERSON) return 0;
        }
        if (is_word(c, g, want)) return g;
    }
    return 0;
}

/* "Teruhiko Wakayama, a former RIKEN researcher who is now a professor at the University of Yamanashi", "Bibring,
 * the lead lander scientist, who is based at the Institut d'Astrophysique Spatiale": a relative clause later in a
 * person's apposition that gives a post or a workplace (the apposition's own start is read above) */
static int late_relative_relations(rctx *c, size_t si, int hedge)
{
    const eg_sentence *s = &c->r->tk.sent[si];
    for (size_t i = 0; i < c->nit; i++) {
        const item *x = &c->it[i];
        if (!appositive_person(c, x)) continue;
        /* the "who" within the apposition, after a description (no other person, "and", clause or verb first) */
        uint32_t w = appos_word(c, s, x->b + 2, 9, "who", "and", 0);
        uint32_t h = w ? past_copula(c, w + 1) : 0;
        if (!h) continue;
        /* (nor a noun of a preposition the "who" may be about: "a former aide to the congressman who is now",
         * "the daughter of a banker who was") */
        int prep = 0;
        for (uint32_t g = x->b + 2; g < w && !prep; g++)
            prep = is_word(c, g, "of") || is_word(c, g, "to") || is_word(c, g, "for") || is_word(c, g, "with") ||
                   is_word(c, g, "at") || is_word(c, g, "from") || is_word(c, g, "in");
        if (prep) continue;
        int t;
        uint32_t o = 0;
        if (is_word(c, h, "based") && (is_word(c, h + 1, "at") || is_word(c, h + 1, "with"))) {
            t = EG_REL_MEMBER_OF;
            o = h + 1;
        } else {
            /* ("a partner at the law firm X": a firm's partner, not a spouse) */
            t = post_named(c, h, s->tok_end, 1, &o);
            if (t < 0 || !(is_word(c, o, "at") || is_word(c, o, "of") || is_word(c, o, "with"))) continue;
        }
        size_t zi = named_after(c, o + 1, s->tok_end);
        if (zi >= c->nit || c->it[zi].poss || etype(c, c->it[zi].ent) != EG_ORG || c->it[zi].ent == x->ent) continue;
        int rc = add_rel(c->r, x->ent, c->it[zi].ent, t, (int)si, (int)si, 0, hedge);
        if (rc) return rc;
    }
    return 0;
}

/* "In an interview with China Central Television, Tu said", "Ferrari said in a statement to the Financial Times":
 * the speaker spoke to the one the interview or statement was given to */
static int interview_relations(rctx *c, size_t si, int hedge)
{
    static const char *const given[] = {"interview", "statement", "comments", "remarks", "email", "e-mail", NULL};
    static const char *const speech[] = {"said", "says", "told", "added", "wrote", NULL};
    const eg_sentence *s = &c->r->tk.sent[si];
    if (c->nit < 2) return 0;
    for (uint32_t k = s->tok_start; k + 4 < s->tok_end; k++) {
        const eg_token *tk = &c->r->tk.tok[k];
        if (tk->len != 2 || (c->text[tk->start] | 32) != 'i' || !is_word(c, k, "in") ||
            !(is_word(c, k + 1, "an") || is_word(c, k + 1, "a")))
            continue;
        uint32_t g = k + 2;
        while (g < k + 4 && tok_lower(c, g) && !in(c, g, given)) g++; /* ("a telephone interview", "an emailed statement") */
        if (!in(c, g, given)) continue;
        /* (with whom: "an interview with X", "a statement to X"; not "a statement on X's behalf") */
        if (!(is_word(c, g + 1, "with") && is_word(c, g, "interview")) && !is_word(c, g + 1, "to")) continue;
        size_t xi = named_after(c, g + 2, s->tok_end);
        if (xi >= c->nit || c->it[xi].poss || etype(c, c->it[xi].ent) == EG_LOC) continue;
        int speaker = -1;
        if (k == s->tok_start) {
            /* "In an interview with X, Y said": the main clause's subject after the phrase (past a day: "with
             * Reuters on Monday,") */
            uint32_t e = c->it[xi].b, L;
            if ((L = time_phrase(c, e))) e += L;
            if (!is_punct(c, e, ',')) continue;
            size_t yi = item_from(c, e + 1);
            if (yi < c->nit && c->it[yi].a == e + 1 && !c->it[yi].poss) {
                uint32_t v = c->it[yi].b;
                if (is_punct(c, v, ',')) continue; /* (an apposition: too far to be sure) */
                if (in(c, v, speech) || (in(c, v, aux_words) && in(c, v + 1, speech))) speaker = c->it[yi].ent;
            }
        } else if (k > s->tok_start && in(c, k - 1, speech)) {
            /* "Y said in a statement to X" (not "A lawyer for Y said": the role's object did not speak) */
            speaker = subject_before(c, k - 1);
            for (size_t p = 0; speaker >= 0 && p < c->nit; p++)
                if (c->it[p].ent == speaker && c->it[p].b < k && c->it[p].a > s->tok_start &&
                    (is_word(c, c->it[p].a - 1, "for") || is_word(c, c->it[p].a - 1, "of") || is_word(c, c->it[p].a - 1, "to")))
                    speaker = -1;
        }
        if (speaker < 0 || speaker == c->it[xi].ent || etype(c, speaker) == EG_LOC) continue;
        int rc = add_rel(c->r, speaker, c->it[xi].ent, EG_REL_COMMUNICATED_WITH, (int)si, (int)si, 0, hedge);
        if (rc) return rc;
    }
    return 0;
}

/* "Fox, where Rupert Murdoch is executive chairman", "Genentech, where he was a senior research executive": the
 * post a person holds at the organisation a "where" clause follows */
static int where_role_relations(rctx *c, size_t si, int hedge)
{
    const eg_sentence *s = &c->r->tk.sent[si];
    for (size_t i = 0; i + 1 < c->nit; i++) {
        const item *o = &c->it[i];
        if (o->poss || o->mention < 0 || etype(c, o->ent) != EG_ORG || !is_punct(c, o->b, ',') || !is_word(c, o->b + 1, "where"))
            continue;
        const item *p = &c->it[i + 1];
        if (p->a != o->b + 2 || p->poss || etype(c, p->ent) != EG_PERSON) continue;
        uint32_t h = past_copula(c, p->b), e = 0;
        int t = h ? post_named(c, h, s->tok_end, 0, &e) : -1;
        /* (the post ends the clause: not "where X is a lawyer for Y") */
        if (t < 0 || (e < s->tok_end && !is_punct(c, e, ',') && !clause_break(c, e) && !is_word(c, e, "and") &&
                      !is_word(c, e, "until") && !is_word(c, e, "since")))
            continue;
        int rc = add_rel(c->r, p->ent, o->ent, t, (int)si, (int)si, 0, hedge);
        if (rc) return rc;
    }
    return 0;
}

/* Does the text give person e the title of a prime minister ("Prime Minister David Cameron")? */
static int prime_minister(const rctx *c, int e)
{
    const eg_docresult *r = c->r;
    for (size_t q = 0; q < r->ncues; q++) {
        const eg_cue *cu = &r->cues[q];
        if (cu->mention >= r->nm || r->m[cu->mention].entity != e) continue;
        /* (not a deputy's: "Deputy Prime Minister Dominic Raab"; a premier or a chancellor heads no party by the title) */
        for (uint32_t k = cu->tok_start; k < cu->tok_end; k++)
            if (is_word(c, k, "prime") && k + 1 < cu->tok_end && is_word(c, k + 1, "minister") &&
                !(k > cu->tok_start && (is_word(c, k - 1, "deputy") || is_word(c, k - 1, "vice"))))
                return 1;
    }
    return 0;
}

/* "the opposition League party of Matteo Salvini", "Forza Italia, the party of former prime minister Silvio
 * Berlusconi": the party's leader (or founder) is named after "party of" */
static int party_of_relations(rctx *c, size_t si, int hedge)
{
    const eg_sentence *s = &c->r->tk.sent[si];
    for (size_t i = 0; i < c->nit; i++) {
        const item *x = &c->it[i];
        if (x->poss || x->mention < 0 || etype(c, x->ent) != EG_ORG) continue;
        uint32_t g = x->b;
        int appos = 0;
        if (is_word(c, g, "party") || is_word(c, g, "Party")) g++;
        else if (is_punct(c, g, ',') && is_word(c, g + 1, "the") && is_word(c, g + 2, "party")) g += 3, appos = 1;
        /* ("the Socialist Party of former president Francois Hollande": "Party" ends the name) */
        else if (!is_word(c, g, "of") || !label_has_word(c->r->ent[x->ent].label, "Party", 5)) continue;
        if (g >= s->tok_end || !is_word(c, g, "of")) continue;
        uint32_t h = g + 1;
        /* (past a past post: "former prime minister") */
        while (h < s->tok_end && h < g + 5 && tok_lower(c, h) && !in(c, h, dets)) h++;
        h = past_title(c, h);
        /* (after a comma, a leader only with a post named: not "the Republican Party, the party of Abraham
         * Lincoln", its icon) */
        if (appos && h == g + 1) continue;
        size_t pi = item_from(c, h);
        if (pi >= c->nit || c->it[pi].a != h || c->it[pi].mention < 0 || etype(c, c->it[pi].ent) != EG_PERSON ||
            c->it[pi].ent == x->ent)
            continue;
        int rc = add_rel(c->r, c->it[pi].ent, x->ent, EG_REL_LEADS, (int)si, (int)si, 0, hedge);
        if (rc) return rc;
    }
    /* "Modi's Bharatiya Janata Party", "Erdogan's ruling AKP party", "Merkel's Christian Democrats": the party a
     * person is named by is his (its leader or not: a member) */
    for (size_t i = 0; i + 1 < c->nit; i++) {
        const item *x = &c->it[i];
        if (!x->poss || x->mention < 0 || etype(c, x->ent) != EG_PERSON) continue;
        static const char *const own[] = {"own", "ruling", "governing", NULL};
        uint32_t h = x->b + 1;
        if (h < s->tok_end && in(c, h, own)) h++;
        size_t oi = item_from(c, h);
        if (oi >= c->nit || c->it[oi].a != h || c->it[oi].poss || c->it[oi].mention < 0 ||
            etype(c, c->it[oi].ent) != EG_ORG || c->it[oi].ent == x->ent)
            continue;
        const char *lab = c->r->ent[c->it[oi].ent].label, *lw = last_word(lab);
        size_t ln = strlen(lw);
        int party = label_has_word(lab, "Party", 5) || is_word(c, c->it[oi].b, "party") ||
                    (ln > 4 && lw[ln - 1] == 's' && eg_lex_has(EG_LEX_GROUP, lw, ln) && strchr(lab, ' '));
        if (!party) {
            /* "Warren Buffett's Berkshire Hathaway owns", "Elon Musk's SpaceX, which": the organisation a person is named
             * by, his own, is one he heads, when the name ends the phrase (not a modifier: "Mark Lowe's Barclays
             * accounts", "Messi's Inter Miami signed"), and not a public body he serves ("Trump's Justice Department") */
            static const char *const public_bodies[] = {"Department", "Ministry", "Administration", "Government",
                                                        "Cabinet", "Office", "Unit", "Division", "Police", "Army",
                                                        "Court", "Agency", "Bureau", "Service", "Commission", "Council",
                                                        "Committee", "Navy", "Force", "Guard", "Senate", "House",
                                                        "Parliament", "Kremlin", "Pentagon", "Team", "Campaign", NULL};
            static const char *const owner_verbs[] = {"owns", "owned", "is", "was", "has", "had", "holds", "held",
                                                      "controls", "controlled", "said", "says", "which", "and", NULL};
            const char *v = eg_lex_value(EG_LEX_ORG, lab, strlen(lab)), *canon = v ? strchr(v, '|') : NULL;
            uint32_t e = c->it[oi].b;
            const eg_token *te = e < s->tok_end ? &c->r->tk.tok[e] : NULL;
            int ends = !te || is_punct(c, e, ',') || is_punct(c, e, '.') || clause_break(c, e) ||
                       (tok_lower(c, e) && (in(c, e, owner_verbs) ||
                                            (te->len > 4 && !memcmp(c->text + te->start + te->len - 2, "ed", 2))));
            if (!ends || label_has_any(lab, public_bodies) || (canon && label_has_any(canon + 1, public_bodies))) continue;
            int rc = add_rel(c->r, x->ent, c->it[oi].ent, EG_REL_LEADS, (int)si, (int)si, 0, hedge);
            if (rc) return rc;
            continue;
        }
        /* (a prime minister's party is the one he leads: "Cameron's Conservative Party") */
        int t = prime_minister(c, x->ent) ? EG_REL_LEADS : EG_REL_MEMBER_OF;
        int rc = add_rel(c->r, x->ent, c->it[oi].ent, t, (int)si, (int)si, 0, hedge);
        if (rc) return rc;
    }
    return 0;
}

/* "Nasser Al-Khelaifi, PSG's president and the chairman of Qatar Sports Investments,", "Queen Noor, Hamzah's mother
 * and the widow of King Hussein,": a second role in a person's apposition, after "and", of the organisation or (a
 * relative's) the person named after its "of" ("a director of Y": one of its board, a member) */
static int second_role_relations(rctx *c, size_t si, int hedge)
{
    const eg_sentence *s = &c->r->tk.sent[si];
    for (size_t i = 0; i < c->nit; i++) {
        const item *x = &c->it[i];
        if (!appositive_person(c, x)) continue;
        /* (an "and" before the apposition's end first: most appositions have none; no verb or relative before it) */
        uint32_t and_at = appos_word(c, s, x->b + 1, 14, "and", "who", 1);
        if (!and_at) continue;
        uint32_t n, h = and_at + 2;
        /* ("and head of the Jordan Football Association": a bare role after "and") */
        int bare = !in(c, and_at + 1, dets) && tok_lower(c, and_at + 1);
        if (bare) h = and_at + 1;
        else if (!in(c, and_at + 1, dets) || is_word(c, and_at + 1, "his") || is_word(c, and_at + 1, "her")) continue;
        /* (not an "of"'s object joined by "and": "a friend of the governor and the chairman of Y") */
        int of_before = has_word(c, x->b + 1, and_at, "of");
        /* ("the president of ARAF and treasurer of the IAAF": but a role of an organisation named right before
         * "and", then a bare role and its "of") */
        int two_orgs = 0;
        if (of_before && bare) {
            uint32_t f = x->b + 1 + in(c, x->b + 1, dets), fn;
            int ft = role_at(c, f, and_at, &fn);
            size_t pi = item_from(c, f + (ft >= 0 ? fn + 1 : 0));
            uint32_t rn;
            two_orgs = ft >= 0 && ft != ROLE_NONE && ft != EG_REL_FAMILY && is_word(c, f + fn, "of") && pi < c->nit &&
                       c->it[pi].b == and_at && !c->it[pi].poss && etype(c, c->it[pi].ent) == EG_ORG &&
                       role_at(c, and_at + 1, s->tok_end, &rn) >= 0 && is_word(c, and_at + 1 + rn, "of");
            if (!two_orgs) continue;
        }
        /* "head of the Jordan Football Association and a FIFA vice president,": the organisation before the
         * role (after a first role that is no relative's) */
        if (of_before) {
            uint32_t f = x->b + 1 + in(c, x->b + 1, dets), fn;
            int ft = role_at(c, f, and_at, &fn);
            if (ft < 0 || ft == ROLE_NONE || ft == EG_REL_FAMILY) continue;
        }
        if (!bare) {
            size_t oi = item_from(c, and_at + 2);
            int t2;
            if (oi < c->nit && c->it[oi].a == and_at + 2 && !c->it[oi].poss && etype(c, c->it[oi].ent) == EG_ORG &&
                c->it[oi].ent != x->ent && (t2 = role_at(c, c->it[oi].b, s->tok_end, &n)) >= 0 && t2 != ROLE_NONE &&
                t2 != EG_REL_FAMILY && (c->it[oi].b + n >= s->tok_end || is_punct(c, c->it[oi].b + n, ',') ||
                                        clause_break(c, c->it[oi].b + n))) {
                if (t2 == EG_REL_LEADS && (!is_word(c, and_at + 1, "the") || modifier_member(c, c->it[oi].b, c->it[oi].b + n)))
                    t2 = EG_REL_MEMBER_OF;
                int rc = add_rel(c->r, x->ent, c->it[oi].ent, adapt(c, t2, c->it[oi].ent), (int)si, (int)si, 0, hedge);
                if (rc) return rc;
                continue;
            }
        }
        if (of_before && !two_orgs) continue;
        /* (past words before the role: "and the former chairman", "and deputy head") */
        while (h < s->tok_end && h < and_at + 5 && tok_lower(c, h) && role_at(c, h, s->tok_end, &n) < 0 &&
               (!bare || modifier_member(c, h, h + 1) || is_word(c, h, "former")))
            h++;
        int t = role_at(c, h, s->tok_end, &n);
        if (t < 0 || t == ROLE_NONE || (bare && t == EG_REL_FAMILY)) continue;
        uint32_t o = h + n, n2;
        /* ("and deputy head of Y": the last of the role words; "deputy" makes a member below) */
        for (int t2; t != EG_REL_FAMILY && o < s->tok_end && tok_lower(c, o) && (t2 = role_at(c, o, s->tok_end, &n2)) >= 0 &&
                     t2 != ROLE_NONE && t2 != EG_REL_FAMILY;
             o += n2)
            t = t2;
        size_t zi;
        if (t == EG_REL_FAMILY) {
            /* ("and the widow of King Hussein", "and the brother of Iranian President Hassan Rouhani": past a title) */
            if (!is_word(c, o, "of")) continue;
            uint32_t p = past_title(c, o + 1 + is_word(c, o + 1, "the"));
            zi = item_from(c, p);
            if (zi >= c->nit || c->it[zi].a != p || c->it[zi].mention < 0 || etype(c, c->it[zi].ent) != EG_PERSON) continue;
        } else {
            if (!is_word(c, o, "of") && !is_word(c, o, "at")) continue;
            zi = described_item(c, o + 1, s->tok_end);
            if (zi >= c->nit || etype(c, c->it[zi].ent) != EG_ORG) continue;
            if (t == EG_REL_LEADS && ((!bare && !is_word(c, and_at + 1, "the")) || modifier_member(c, h, o))) t = EG_REL_MEMBER_OF;
            /* (the head of a part named before the organisation: "head of the litigation group at Acme"; not its
             * kind, "the founder of the chemicals group INEOS") */
            if (t == EG_REL_LEADS && has_word(c, o + 1, c->it[zi].a, "at")) t = EG_REL_MEMBER_OF;
        }
        uint32_t e = c->it[zi].b;
        if (c->it[zi].poss || c->it[zi].ent == x->ent || (e < s->tok_end && !is_punct(c, e, ',') && !clause_break(c, e)))
            continue;
        int rc = add_rel(c->r, x->ent, c->it[zi].ent, adapt(c, t, c->it[zi].ent), (int)si, (int)si, 0, hedge);
        if (rc) return rc;
    }
    return 0;
}

/* "The Federal Trade Commission on Tuesday approved Exxon's acquisition of Mobil", "the European
 * Commission cleared Microsoft's purchase of LinkedIn": a public body that rules on a deal has reviewed
 * the buyer and the bought */
static int approval_relations(rctx *c, size_t si, int hedge)
{
    static const char *const rule_verbs[] = {"approved", "cleared", "blocked", "rejected", "vetoed", "authorised",
                                             "authorized", "approves", "clears", "blocks", "approve", "clear", "block",
                                             NULL};
    /* (a company's purchase: not "rejected Trump's bid to overturn the election", "approved Biden's deal") */
    static const char *const deals[] = {"acquisition", "takeover", "purchase", "merger", "buyout", NULL};
    const eg_sentence *s = &c->r->tk.sent[si];
    int any_poss = 0; /* (both shapes need an owner's possessive: most sentences have none) */
    for (size_t i = 0; i < c->nit && !any_poss; i++) any_poss = c->it[i].poss;
    if (!any_poss) return 0;
    for (uint32_t k = s->tok_start + 1; k + 2 < s->tok_end; k++) {
        if (!in(c, k, rule_verbs)) continue;
        /* the body: the sentence's or clause's subject, a public body */
        int body = subject_before(c, k);
        if (body < 0) {
            /* ("The FTC on Tuesday approved": a day between) */
            uint32_t g = k;
            while (g > s->tok_start && g + 5 > k &&
                   (is_word(c, g - 1, "on") || is_word(c, g - 1, "also") || is_word(c, g - 1, "formally") ||
                    is_word(c, g - 1, "conditionally") || is_word(c, g - 1, "unconditionally") || is_word(c, g - 1, "has") ||
                    is_word(c, g - 1, "have") || is_word(c, g - 1, "had") || is_word(c, g - 1, "today") ||
                    is_word(c, g - 1, "yesterday") || (g - 1 > s->tok_start && is_word(c, g - 2, "on") && !tok_lower(c, g - 1))))
                g--;
            if (g < k) body = subject_before(c, g);
        }
        /* (subject_before gives the entity) */
        if (body < 0 || !public_body(c, body) || etype(c, body) != EG_ORG) continue;
        size_t bi = item_from(c, k + 1 + is_word(c, k + 1, "the"));
        if (bi >= c->nit || c->it[bi].a > k + 2 || !c->it[bi].poss) continue;
        uint32_t h = c->it[bi].b + 1; /* past "'s" */
        uint32_t h0 = h;
        while (h < s->tok_end && h < h0 + 6 && !in(c, h, deals) && !is_punct(c, h, ',') && !clause_break(c, h) &&
               (tok_lower(c, h) || c->r->tk.tok[h].kind == EG_TK_NUM || is_punct(c, h, '$') || is_punct(c, h, '-')))
            h++;
        if (!in(c, h, deals)) continue;
        int neg = negated_before(c, k, s->tok_start), rc;
        int buyer = c->it[bi].ent;
        if (etype(c, buyer) != EG_ORG) continue;
        if (etype(c, buyer) != EG_LOC && (rc = add_rel(c->r, body, buyer, EG_REL_INVESTIGATES, (int)si, (int)si, neg, hedge)))
            return rc;
        if (is_word(c, h + 1, "of")) {
            size_t ti = named_after(c, h + 2, s->tok_end);
            if (ti >= c->nit) {
                ti = item_from(c, h + 2);
                if (ti < c->nit && c->it[ti].a != h + 2) ti = c->nit;
            }
            if (ti < c->nit && etype(c, c->it[ti].ent) == EG_ORG &&
                (rc = add_rel(c->r, body, c->it[ti].ent, EG_REL_INVESTIGATES, (int)si, (int)si, neg, hedge)))
                return rc;
        }
    }
    return 0;
}

/* "Stephanie Avakian, co-director of the SEC's Division of Enforcement", "director of NASA's Kennedy Space
 * Center": the one who leads or serves in an organisation's part, named after the whole's possessive, is a
 * member of the whole. from: the first relation of this sentence. */
static int part_whole_relations(rctx *c, size_t si, int hedge, size_t from)
{
    eg_docresult *r = c->r;
    size_t n = r->nrel;
    for (size_t i = from; i < n; i++) {
        const eg_drel d = r->rel[i];
        if ((d.type != EG_REL_LEADS && d.type != EG_REL_MEMBER_OF) || d.negated || d.sent != (int)si ||
            etype(c, d.a) != EG_PERSON || etype(c, d.b) == EG_PERSON)
            continue;
        /* (the whole's possessive right before the part, where the sentence first names the part: "NASA's
         * Kennedy Space Center"; not "chief executive of Google, criticised Apple's Google deal") */
        for (size_t p = 0; p + 1 < c->nit; p++) {
            int whole = c->it[p].ent;
            if (c->it[p].ent == d.b) break;
            if (!c->it[p].poss || c->it[p + 1].ent != d.b || c->it[p + 1].a != c->it[p].b + 1 || etype(c, whole) != EG_ORG ||
                whole == d.b || whole == d.a)
                continue;
            int rc = add_rel(r, d.a, whole, EG_REL_MEMBER_OF, (int)si, (int)si, 0, hedge);
            if (rc) return rc;
            break;
        }
    }
    return 0;
}

/* "His father, Neymar da Silva Santos, who acts as his agent,": a relative who acts for the person
 * whose relative the sentence makes him. from: the first relation of this sentence. */
/* The relation a plural role at token w states of its holders ("directors": leads, "nurses": member_of,
 * "lawyers": represents; role_at reads the plural through its singular); -1 for none of those. */
static int staff_plural(const rctx *c, uint32_t w, uint32_t end)
{
    uint32_t n;
    int rt = role_at(c, w, end, &n);
    return rt == EG_REL_MEMBER_OF || rt == EG_REL_LEADS || rt == EG_REL_REPRESENTS ? rt : -1;
}

/* An organisation's staff named by its roles: "Amber Vinson, 29, one of the Texas Health Presbyterian nurses"
 * (a plural occupation or role after its name), "At UBS, chairman Colm Kelleher said", "Three other Sanlu
 * executives, A, B and C" */
static int staff_relations(rctx *c, size_t si, int hedge)
{
    const eg_sentence *s = &c->r->tk.sent[si];
    for (size_t i = 0; i + 1 < c->nit; i++) {
        const item *x = &c->it[i];
        if (x->mention < 0 || x->poss || etype(c, x->ent) != EG_PERSON || !is_punct(c, x->b, ',')) continue;
        uint32_t k = x->b + 1;
        if (k + 2 < s->tok_end && c->r->tk.tok[k].kind == EG_TK_NUM && is_punct(c, k + 1, ',')) k += 2; /* an age */
        if (!is_word(c, k, "one") || !is_word(c, k + 1, "of") || !is_word(c, k + 2, "the")) continue;
        size_t yi = item_from(c, k + 3);
        if (yi >= c->nit || c->it[yi].a != k + 3 || c->it[yi].poss || c->it[yi].mention < 0 || etype(c, c->it[yi].ent) != EG_ORG)
            continue;
        uint32_t w = c->it[yi].b;
        if (w >= s->tok_end || !tok_lower(c, w) || !plural_word(c, w)) continue;
        /* (a role or an occupation in the plural: "nurses", "directors", "lawyers") */
        if (staff_plural(c, w, s->tok_end) < 0 && !occupation_word(c, w)) continue;
        int rc = add_rel(c->r, x->ent, c->it[yi].ent, EG_REL_MEMBER_OF, (int)si, (int)si, 0, hedge);
        if (rc) return rc;
    }
    /* "At UBS, chairman Colm Kelleher said": an organisation opening the sentence, and a role before a name */
    if (c->nit >= 2 && c->it[0].mention >= 0 && !c->it[0].poss && etype(c, c->it[0].ent) == EG_ORG &&
        c->it[0].a == s->tok_start + 1 && is_word(c, s->tok_start, "At") && is_punct(c, c->it[0].b, ',')) {
        uint32_t g = c->it[0].b + 1, n;
        int t = tok_lower(c, g) ? role_at(c, g, s->tok_end, &n) : -1;
        const item *y = &c->it[1];
        if ((t == EG_REL_LEADS || t == EG_REL_MEMBER_OF || t == EG_REL_REPRESENTS) && y->a == g + n && y->mention >= 0 &&
            etype(c, y->ent) == EG_PERSON) {
            int rc = add_rel(c->r, y->ent, c->it[0].ent, t, (int)si, (int)si, 0, hedge);
            if (rc) return rc;
        }
    }
    /* "Three other Sanlu executives, Wang Yuliang, Hang Zhiqi and Wu Jusheng,": an organisation's staff named
     * by a plural role, then listed */
    for (size_t i = 0; i + 1 < c->nit; i++) {
        const item *y = &c->it[i];
        if (y->mention < 0 || etype(c, y->ent) != EG_ORG) continue;
        uint32_t w = y->b + (y->poss && y->b < s->tok_end && c->r->tk.tok[y->b].kind == EG_TK_POSS);
        if (w + 2 >= s->tok_end || !tok_lower(c, w) || !plural_word(c, w) || !is_punct(c, w + 1, ',')) continue;
        int type = staff_plural(c, w, s->tok_end);
        if (type != EG_REL_MEMBER_OF && type != EG_REL_LEADS) continue;
        size_t zi = item_from(c, w + 2);
        if (zi >= c->nit || c->it[zi].a != w + 2 || etype(c, c->it[zi].ent) != EG_PERSON) continue;
        size_t end = item_list_end(c, zi, s->tok_end);
        if (end - zi < 2) continue; /* (a list: one name after a comma may be an apposition's) */
        for (size_t q = zi; q < end; q++) {
            if (etype(c, c->it[q].ent) != EG_PERSON || c->it[q].mention < 0) continue;
            int rc = add_rel(c->r, c->it[q].ent, y->ent, type, (int)si, (int)si, 0, hedge);
            if (rc) return rc;
        }
    }
    return 0;
}

static int acts_as_relations(rctx *c, size_t si, int hedge, size_t from)
{
    static const char *const acts[] = {"acts", "acted", "serves", "served", "works", "worked", NULL};
    static const char *const owners[] = {"his", "her", "their", NULL};
    eg_docresult *r = c->r;
    size_t n = r->nrel;
    for (size_t i = from; i < n; i++) {
        const eg_drel d = r->rel[i];
        if (d.type != EG_REL_FAMILY || d.negated || d.sent != (int)si) continue;
        for (int side = 0; side < 2; side++) {
            int who = side ? d.b : d.a, whom = side ? d.a : d.b;
            for (size_t p = 0; p < c->nit; p++) {
                const item *x = &c->it[p];
                if (x->ent != who || x->poss || !is_punct(c, x->b, ',') || !is_word(c, x->b + 1, "who")) continue;
                uint32_t g = x->b + 2;
                if (!in(c, g, acts) || !is_word(c, g + 1, "as") || !in(c, g + 2, owners)) continue;
                /* (the pronoun must fit the one it would stand for: not "her lawyer" for John Smith) */
                int sex = r->ent[whom].gender;
                if ((is_word(c, g + 2, "his") && sex == EG_GENDER_F) || (is_word(c, g + 2, "her") && sex == EG_GENDER_M)) continue;
                uint32_t len;
                int t = role_at(c, g + 3, r->tk.sent[si].tok_end, &len);
                if (t != EG_REL_REPRESENTS && t != EG_REL_MEMBER_OF && t != EG_REL_LEADS) continue;
                int rc = add_rel(r, who, whom, adapt(c, t, whom), (int)si, (int)si, 0, hedge);
                if (rc) return rc;
            }
        }
    }
    return 0;
}

/* "Stephanie Grisham, the White House press secretary", "a spokesman for Hamas, Abu Obeida", "Jeremy Douglas, the
 * UNODC's regional representative": one who speaks for an organisation from inside it works for it, a member as
 * well as its voice; a lawyer, counsel or adviser only when the organisation names the post before it ("the Justice
 * Department's lead trial lawyer", "White House counsel Pat Cipollone"), not an outside one's ("a lawyer for
 * Google"). from: the first relation of this sentence. */
static int inside_voice_relations(rctx *c, size_t si, int hedge, size_t from)
{
    static const char *const inside[] = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "envoy",
                                         "representative", "secretary", "officer", "staff", "communications",
                                         "relations", "aide", NULL};
    static const char *const in_house[] = {"lawyer", "attorney", "counsel", "adviser", "advisor", "solicitor", NULL};
    eg_docresult *r = c->r;
    size_t n = r->nrel;
    for (size_t i = from; i < n; i++) {
        const eg_drel d = r->rel[i];
        if (!sentence_rel(c, &d, si, EG_REL_REPRESENTS, EG_PERSON, EG_ORG) || d.sent_end != (int)si) continue;
        for (size_t p = 0; p + 1 < c->nit; p++) {
            const item *u = &c->it[p], *v = &c->it[p + 1];
            int org_first = u->ent == d.b && v->ent == d.a;
            if (!org_first && !(u->ent == d.a && v->ent == d.b)) continue;
            if (u->mention < 0 || v->mention < 0) continue;
            /* the role between the two names: its last word says whether it is held inside */
            /* (between them, or after the second: "X, the White House press secretary") */
            const item *o = org_first ? u : v;
            uint32_t end = v->b + 6, s_end = r->tk.sent[si].tok_end;
            if (p + 2 < c->nit && c->it[p + 2].a < end) end = c->it[p + 2].a;
            if (end > s_end) end = s_end;
            int hit = 0;
            for (uint32_t g = u->b; g < end && !hit; g++) {
                uint32_t len;
                if (g >= v->a && g < v->b) continue;
                if (g >= v->b && r->tk.tok[g].kind == EG_TK_PUNCT) break;
                if (!tok_lower(c, g) || role_at(c, g, end, &len) != EG_REL_REPRESENTS) continue;
                uint32_t last = g + len - 1;
                /* (the organisation right beside the post: "a spokesman for the company", "the White House press
                 * secretary"; not "a spokeswoman for the plaintiffs suing Acme"; a chief of staff "of" a body heads it) */
                int beside = 1;
                if (o->a > last) {
                    for (uint32_t q = last + 1; q < o->a && beside; q++)
                        beside = is_word(c, q, "for") || is_word(c, q, "of") || is_word(c, q, "at") || is_word(c, q, "to") ||
                                 is_word(c, q, "with") || is_word(c, q, "the");
                    if (is_word(c, last, "staff")) beside = 0;
                }
                /* (an outside firm named after the post: "Acme's lead lawyer from Baker McKenzie") */
                if (is_word(c, last + 1, "from") || is_word(c, last + 1, "at") || is_word(c, last + 1, "with") ||
                    (is_word(c, last + 1, "of") && o->a < g)) {
                    size_t fi = item_from(c, last + 2);
                    if (fi < c->nit && c->it[fi].a <= last + 3 && c->it[fi].ent != o->ent) beside = 0;
                }
                if (!beside) {
                } else if (in(c, last, inside)) hit = 1;
                /* ("an adviser to Yoshida Kaihatsu": counsel given to a body from its side) */
                /* (not an outside one's: "an outside adviser to Boeing", "an adviser to Twitter on the deal", "...
                 * to Twitter from Goldman Sachs") */
                else if ((is_word(c, last, "adviser") || is_word(c, last, "advisor")) && o->a > last && is_word(c, last + 1, "to") &&
                         !is_word(c, g - 1, "outside") && !is_word(c, g - 1, "external") && !is_word(c, g - 1, "financial") &&
                         !is_word(c, g - 1, "legal") && !is_word(c, o->b, "on") && !is_word(c, o->b, "from"))
                    hit = 1;
                else if (o->b <= g && in(c, last, in_house)) {
                    /* (the organisation, its "'s" and adjectives only before the post: not "Google's lawyer for
                     * the case", nor "the firm hired a lawyer") */
                    /* (after a "'s", a qualified post: "Google's lawyer" is often an outside firm's) */
                    int poss = o->b < g && r->tk.tok[o->b].kind == EG_TK_POSS;
                    uint32_t h = o->b + poss;
                    if (is_word(c, h, "lead") || is_word(c, h, "chief") || is_word(c, h, "senior") || is_word(c, h, "general") ||
                        is_word(c, h, "top") || is_word(c, h, "trial") || is_word(c, h, "legal") || (h == g && !poss))
                        hit = 1;
                    for (uint32_t q = h; q < g && hit; q++)
                        if (!tok_lower(c, q) || is_word(c, q, "for") || is_word(c, q, "to") || is_word(c, q, "of") ||
                            is_word(c, q, "hired") || is_word(c, q, "a") || is_word(c, q, "an"))
                            hit = 0;
                }
                g += len - 1;
            }
            /* (a place read as a body: "a Nouakchott lawyer") */
            if (!hit || listed_place(c, d.b)) continue;
            int rc = add_rel(r, d.a, d.b, EG_REL_MEMBER_OF, (int)si, (int)si, 0, d.hedged);
            if (rc) return rc;
            break;
        }
    }
    (void)hedge;
    return 0;
}

/* "Yum Brands, which owns KFC", "PSN, which is owned by the Karnaphuli Group", "Ranbaxy is majority owned by Daiichi
 * Sankyo": an organisation owned whole by another is part of it (its subsidiary), a member as well as a holding;
 * not a stake ("Elliott, which owns about 6 percent of Solvex", "owns shares in"). from: the first relation of
 * this sentence. */
static int owned_part_relations(rctx *c, size_t si, int hedge, size_t from)
{
    static const char *const stakes[] = {"percent", "per", "%", "stake", "stakes", "share", "shares", "interest", "half",
                                         "third", "quarter", "portion", "part", "minority", "equity", "bonds", "debt",
                                         "rights", "land", "property", "properties", "building", "buildings", NULL};
    eg_docresult *r = c->r;
    size_t n = r->nrel;
    for (size_t i = from; i < n; i++) {
        const eg_drel d = r->rel[i];
        if (!sentence_rel(c, &d, si, EG_REL_TRANSACTED_WITH, EG_ORG, EG_ORG) || d.sent_end != (int)si) continue;
        for (size_t p = 0; p + 1 < c->nit; p++) {
            const item *u = &c->it[p];
            if (u->ent != d.a && u->ent != d.b) continue;
            /* (the next organisation: one place may describe it, "the Chittagong-based Karnaphuli Group") */
            size_t q1 = p + 1;
            if (q1 + 1 < c->nit && etype(c, c->it[q1].ent) == EG_LOC && c->it[q1].a < u->b + 8) q1++;
            const item *v = &c->it[q1];
            if (!((u->ent == d.a && v->ent == d.b) || (u->ent == d.b && v->ent == d.a))) continue;
            if (u->mention < 0 || v->mention < 0 || u->poss || v->poss) continue;
            /* (a share or a past: "partly owned", "jointly owns", "50%-owned", "formerly owned", "once owned") */
            static const char *const part_words[] = {"partly", "jointly", "partially", "part", "co", "formerly", "once",
                                                     "previously", "minority", "half", NULL};
            int owner = -1, owned = -1, stake = 0;
            for (uint32_t g = u->b; g < v->a && owner < 0; g++) {
                int verb = is_word(c, g, "owned") || is_word(c, g, "owns");
                if (verb && g > 0 && (in(c, g - 1, part_words) || is_punct(c, g - 1, '-'))) stake = 1;
                if (is_word(c, g, "owned") && is_word(c, g + 1, "by")) {
                    owner = v->ent, owned = u->ent;
                    for (uint32_t q = g + 2; q < v->a; q++) stake |= r->tk.tok[q].kind == EG_TK_NUM || in(c, q, stakes);
                    /* (co-owners: "owned by Vale and BHP", "owned by investors including X") */
                    if (is_word(c, v->b, "and") || is_word(c, v->b, "with") || is_punct(c, v->b, ',')) {
                        size_t w2 = item_from(c, v->b + 1);
                        if (w2 < c->nit && c->it[w2].mention >= 0 && etype(c, c->it[w2].ent) == EG_ORG &&
                            (c->it[w2].a == v->b + 1 || (!is_punct(c, v->b, ',') && c->it[w2].a <= v->b + 6)))
                            stake = 1;
                    }
                    for (uint32_t q = g + 2; q < v->a; q++) stake |= is_word(c, q, "including") || is_word(c, q, "investors");
                    /* (a past owner: "owned by X until 2015") */
                    if (is_word(c, v->b, "until") || is_word(c, v->b, "before")) stake = 1;
                } else if (is_word(c, g, "owns") || (is_word(c, g, "owned") && g > 0 && !is_punct(c, g - 1, '-'))) {
                    owner = u->ent, owned = v->ent;
                    /* (a stake, a number or a share between the verb and what is owned) */
                    for (uint32_t q = g + 1; q < v->a; q++)
                        stake |= r->tk.tok[q].kind == EG_TK_NUM || in(c, q, stakes) || !tok_lower(c, q) ||
                                 !(is_word(c, q, "the") || is_word(c, q, "all") || is_word(c, q, "outright"));
                    if (is_word(c, v->b, "with")) stake = 1; /* ("jointly owns X with Y"; not "owns KFC and Taco Bell") */
                }
            }
            if (owner < 0 || stake) continue;
            int rc = add_rel(r, owned, owner, EG_REL_MEMBER_OF, (int)si, (int)si, 0, d.hedged);
            if (rc) return rc;
            break;
        }
    }
    (void)hedge;
    return 0;
}

/* "Assistant Attorney General Kenneth Polite of the Justice Department's Criminal Division", "Susan Ferensic,
 * Special Agent in Charge of the FBI's Columbia Field Office": an assistant attorney general heads a division of
 * the department, an agent "in charge" a field office; the rank that makes the title a member's elsewhere is the
 * department's, the division is theirs to lead. from: the first relation of this sentence. */
static int unit_head_relations(rctx *c, size_t si, int hedge, size_t from)
{
    eg_docresult *r = c->r;
    (void)hedge;
    for (size_t i = from; i < r->nrel; i++) {
        eg_drel *d = &r->rel[i];
        if (!sentence_rel(c, d, si, EG_REL_MEMBER_OF, EG_PERSON, EG_ORG)) continue;
        const char *label = r->ent[d->b].label;
        int division = !strcmp(last_word(label), "Division"), field_office = label_has_word(label, "Field", 5) &&
                                                                              !strcmp(last_word(label), "Office");
        if (!division && !field_office) continue;
        for (size_t p = 0; p < c->nit; p++) {
            const item *x = &c->it[p];
            if (x->ent != d->a || x->mention < 0) continue;
            /* the title right before the name, or in apposition right after its comma: capitalised words (and
             * "in") that touch the name (not another person's: "Assistant Attorney General Bob Roe and Ann Lee") */
            uint32_t lo = x->a, hi = x->b;
            while (lo > r->tk.sent[si].tok_start && lo + 7 > x->a &&
                   ((r->tk.tok[lo - 1].kind == EG_TK_WORD && !tok_lower(c, lo - 1)) || is_word(c, lo - 1, "in")))
                lo--;
            if (is_punct(c, x->b, ',')) {
                hi = x->b + 1 + is_word(c, x->b + 1, "the"); /* ("X, the Assistant Director in Charge of") */
                while (hi < r->tk.sent[si].tok_end && hi < x->b + 8 &&
                       ((r->tk.tok[hi].kind == EG_TK_WORD && !tok_lower(c, hi)) || is_word(c, hi, "in")))
                    hi++;
            }
            int head = 0;
            for (uint32_t g = lo; g + 1 < hi && !head; g++) {
                if (g >= x->a && g < x->b) continue;
                /* (not a "Deputy Assistant Attorney General", one of the division's) */
                if (division && is_word(c, g, "Assistant") && is_word(c, g + 1, "Attorney") && is_word(c, g + 2, "General") &&
                    !(g > 0 && is_word(c, g - 1, "Deputy")))
                    head = 1;
                if (field_office && is_word(c, g, "in") && is_word(c, g + 1, "Charge") && !tok_lower(c, g + 1)) head = 1;
            }
            if (head) d->type = EG_REL_LEADS;
            break;
        }
    }
    return 0;
}

/* "Thomas Dooley, Viacom's chief operating officer, will serve as interim chief executive", "appointed its medical
 * director, Aoife Kennedy, as interim chief executive", "Bram Schot, Audi's head of sales, was named interim chief
 * executive": a member named to head the same organisation leads it (no other organisation after the new post).
 * from: the first relation of this sentence. */
static int promoted_relations(rctx *c, size_t si, int hedge, size_t from)
{
    /* (not "elected" nor "became": a member elected governor or president takes a public office, not the head of
     * the party or the company they belong to) */
    static const char *const named_verbs[] = {"named", "appointed", "installed", "tapped", NULL};
    /* (a post that heads a whole: not "artistic director", "acting commander" of one part) */
    static const char *const heads[] = {"executive", "chairman", "chairwoman", "chairperson", "chair", "president",
                                        "governor", "director-general", "administrator", "head", "chief", "ceo",
                                        "secretary-general", NULL};
    static const char *const as_verbs[] = {"serve", "serves", "served", "serving", "act", "acts", "acted", "acting",
                                           "run", "runs", "running", "ran", "stay", "stays", "remain", "remains", "over",
                                           "named", "appointed", "installed", NULL};
    static const char *const new_words[] = {"the", "its", "their", "acting", "interim", "new", "permanent", "temporary",
                                            "caretaker", "an", "a", NULL};
    eg_docresult *r = c->r;
    const eg_sentence *s = &r->tk.sent[si];
    size_t n = r->nrel;
    for (size_t i = from; i < n; i++) {
        const eg_drel d = r->rel[i];
        if (!sentence_rel(c, &d, si, EG_REL_MEMBER_OF, EG_PERSON, EG_ORG)) continue;
        for (size_t p = 0; p < c->nit; p++) {
            const item *x = &c->it[p];
            if (x->ent != d.a || x->mention < 0 || x->poss) continue;
            uint32_t role = 0;
            for (uint32_t g = x->b; g < s->tok_end && g < x->b + 14 && !role; g++) {
                if (is_punct(c, g, '.') || is_punct(c, g, ';') || is_word(c, g, "who") || is_word(c, g, "which") ||
                    is_word(c, g, "but") || is_word(c, g, "after") || is_word(c, g, "before") || is_word(c, g, "when"))
                    break;
                /* (a person named between: the post may be theirs) */
                size_t oi = item_from(c, g);
                if (oi < c->nit && c->it[oi].a == g && oi != p && etype(c, c->it[oi].ent) == EG_PERSON) break;
                uint32_t h = 0;
                /* (the verb may have its object first: "running the organisation as acting president") */
                int verb_before = 0;
                for (uint32_t q = g; q > x->b && q + 4 > g && !verb_before; q--) verb_before = in(c, q - 1, as_verbs);
                if (is_word(c, g, "as") && (verb_before || (g == x->b + 1 && is_punct(c, x->b, ','))))
                    h = g + 1;
                else if (in(c, g, named_verbs) && !is_word(c, g + 1, "as") && !is_word(c, g + 1, "by"))
                    h = g + 1;
                if (!h) continue;
                while (h < s->tok_end && in(c, h, new_words)) h++;
                uint32_t len;
                int t = tok_lower(c, h) ? role_at(c, h, s->tok_end, &len) : -1;
                if (t != EG_REL_LEADS || modifier_member(c, g + 1, h + len) ||
                    !(in(c, h + len - 1, heads) || (is_word(c, h, "managing") && is_word(c, h + len - 1, "director"))) ||
                    (len >= 2 && !is_word(c, h, "chief") && !is_word(c, h, "managing") && !is_word(c, h, "executive")))
                    break;
                /* (the board of another organisation names them: "named chief executive by Beta Inc's board") */
                if (is_word(c, h + len, "by")) break;
                /* (the new post's own "of": "interim chief executive of CBS", "head of the Rockefeller University
                 * unit of X", read by the role's shapes) */
                uint32_t e = h + len;
                if (is_word(c, e, "of") || is_word(c, e, "at") || is_word(c, e, "for") || is_word(c, e, "in")) break;
                role = h;
            }
            if (role) {
                int rc = add_rel(r, d.a, d.b, EG_REL_LEADS, (int)si, (int)si, 0, d.hedged);
                if (rc) return rc;
            }
            break;
        }
    }
    (void)hedge;
    return 0;
}

/* "Choi Young-jin, the head of the United Nations mission in Ivory Coast", "who heads the import department at the
 * Health Ministry", "who leads the agency's cyber command", "the committee on national defence in the House of
 * Commons, chaired by Priya Sandhu": one who heads an unnamed part of an organisation is a member of the whole, not
 * its head (not its board: "the chairman of Acme's board" heads Acme). from: the first relation of this sentence. */
static int part_head_relations(rctx *c, size_t si, int hedge, size_t from)
{
    static const char *const parts[] = {"mission", "missions", "department", "unit", "division", "office", "league",
                                        "wing", "command", "committee", "subcommittee", "panel", "section", "branch",
                                        "team", "bureau", "desk", "programme", "program", "delegation", "caucus",
                                        "headquarters", "operations", "directorate", "service", "lab", "laboratory",
                                        "faction", "chapter", "task", "centre", "center", NULL};
    eg_docresult *r = c->r;
    const eg_sentence *s = &r->tk.sent[si];
    (void)hedge;
    for (size_t i = from; i < r->nrel; i++) {
        eg_drel *d = &r->rel[i];
        if (!sentence_rel(c, d, si, EG_REL_LEADS, EG_PERSON, EG_ORG)) continue;
        size_t px = c->nit, py = c->nit;
        for (size_t p = 0; p < c->nit; p++) {
            if (c->it[p].ent == d->a && c->it[p].mention >= 0 && px == c->nit) px = p;
            if (c->it[p].ent == d->b && c->it[p].mention >= 0 && py == c->nit) py = p;
        }
        if (px >= c->nit || py >= c->nit) continue;
        const item *x = &c->it[px], *y = &c->it[py];
        int part = 0;
        /* the part after the organisation's name or possessive: "the United Nations mission", "the agency's cyber
         * command" (lower-case words only, then the part; no name of its own after it) */
        /* (a kind after a plain name describes the whole: "the Los Angeles Dodgers baseball team", "the Viasna human
         * rights center"; after a possessive it is a part: "the agency's cyber team") */
        static const char *const class_like[] = {"team", "league", "centre", "center", "service", "programme", "program",
                                                 "lab", "laboratory", "task", "faction", "chapter", NULL};
        static const char *const function_words[] = {"as", "in", "on", "at", "for", "to", "by", "with", "from", "and",
                                                     "or", "who", "which", "that", "is", "was", "has", "had", "since",
                                                     "after", "before", "into", "over", NULL};
        int poss = y->b < s->tok_end && r->tk.tok[y->b].kind == EG_TK_POSS;
        uint32_t h = y->b + poss, h0 = h;
        while (h < s->tok_end && h < h0 + 3 && tok_lower(c, h) && !in(c, h, parts) && !in(c, h, dets) &&
               !in(c, h, function_words))
            h++;
        if (h < s->tok_end && tok_lower(c, h) && in(c, h, parts) && (poss || !in(c, h, class_like)) &&
            !(h + 1 < s->tok_end && (r->tk.tok[h + 1].flags & EG_TF_CAP) && r->tk.tok[h + 1].kind == EG_TK_WORD))
            part = 1;
        /* ... or before it: "the import department at the Health Ministry", "the observer mission of the OAS", "the
         * committee on national defence in the House of Commons" */
        if (!part && y->a >= 2) {
            uint32_t q = y->a;
            if (is_word(c, q - 1, "the")) q--;
            if (q >= 2 && (is_word(c, q - 1, "of") || is_word(c, q - 1, "at") || is_word(c, q - 1, "in"))) {
                uint32_t k = q - 1;
                /* (past a field in lower case: "committee on national defence in") */
                for (uint32_t g = k; g > 0 && g + 6 > k && !part; g--) {
                    if (!tok_lower(c, g - 1) || in(c, g - 1, dets)) break;
                    if (in(c, g - 1, parts)) part = g - 1 + 1 == k || is_word(c, g, "on") || is_word(c, g, "for");
                }
            }
        }
        if (!part) continue;
        /* (a person named after the organisation heads the part by a participle right after its comma: "the
         * committee ... in the House of Commons, chaired by Priya Sandhu"; not "a branch of Forsa, whose general
         * secretary, X", nor "the headquarters of the NAN, the civil rights group led by X") */
        if (x->a > y->b && !(is_punct(c, y->b, ',') && (is_word(c, y->b + 1, "chaired") || is_word(c, y->b + 1, "headed") ||
                                                         is_word(c, y->b + 1, "led") || is_word(c, y->b + 1, "run")) &&
                             is_word(c, y->b + 2, "by")))
            continue;
        /* (nothing but the role's words between the person and the part: no other name, no clause) */
        uint32_t lo = x->b < y->a ? x->b : y->b, hi = x->b < y->a ? y->a : x->a;
        int clean = hi <= lo + 24;
        for (uint32_t g = lo; g < hi && clean; g++)
            clean = !is_punct(c, g, ';') && !is_word(c, g, "and") && !is_word(c, g, "but");
        for (size_t p = 0; p < c->nit && clean; p++)
            if (c->it[p].a >= lo && c->it[p].b <= hi && c->it[p].ent != d->a && c->it[p].ent != d->b &&
                etype(c, c->it[p].ent) != EG_LOC)
                clean = 0;
        if (clean) d->type = EG_REL_MEMBER_OF;
    }
    return 0;
}

/* "Andrew McFarlane, president of the Family Division of the High Court": the head of a named part of an
 * organisation (a division, chamber or bench the sentence puts in it) is a member of the whole as well. from: the
 * first relation of this sentence. */
static int named_part_relations(rctx *c, size_t si, int hedge, size_t from)
{
    static const char *const part_words[] = {"Division", "Chamber", "Bench", "Section", "Branch", "Directorate",
                                             "Unit", "Wing", NULL};
    eg_docresult *r = c->r;
    size_t n = r->nrel;
    for (size_t i = from; i < n; i++) {
        const eg_drel d = r->rel[i];
        if (!sentence_rel(c, &d, si, EG_REL_LEADS, EG_PERSON, EG_ORG)) continue;
        const char *lw = last_word(r->ent[d.b].label);
        int part = 0;
        for (const char *const *w = part_words; *w && !part; w++) part = !strcmp(lw, *w);
        if (!part) continue;
        for (size_t j = from; j < n; j++) {
            const eg_drel e = r->rel[j];
            if (!sentence_rel(c, &e, si, EG_REL_MEMBER_OF, EG_ORG, EG_ORG) || e.a != d.b || e.b == d.a) continue;
            int rc = add_rel(r, d.a, e.b, EG_REL_MEMBER_OF, (int)si, (int)si, 0, d.hedged);
            if (rc) return rc;
        }
    }
    (void)hedge;
    return 0;
}

/* "The Korea Fair Trade Commission ordered Qualcomm to renegotiate its licences", "the tribunal ordered Khanyisa to
 * refund R22 million": a court, a tribunal or a regulator
 * that orders a party to pay, refund, stop or divest acts against it (its case), not only tells it; not a judge,
 * whose sentence is no case of the judge's. from: the first relation of this sentence. */
static int sanction_relations(rctx *c, size_t si, int hedge, size_t from)
{
    static const char *const sanctions[] = {"pay", "refund", "repay", "return", "compensate", "stop", "halt", "cease",
                                            "suspend", "divest", "sell", "dismantle", "shut", "close", "remain",
                                            "renegotiate", "offer", "recall", "withdraw", "forfeit", "disgorge",
                                            "demolish", "reinstate", "surrender", NULL};
    static const char *const benches[] = {"Court", "Tribunal", "Commission", "Authority", "Regulator", "Ombudsman",
                                          "Inspectorate", "Board", NULL};
    eg_docresult *r = c->r;
    size_t n = r->nrel;
    for (size_t i = from; i < n; i++) {
        const eg_drel d = r->rel[i];
        if (d.type != EG_REL_COMMUNICATED_WITH || d.negated || d.sent != (int)si || d.sent_end != (int)si) continue;
        for (size_t p = 0; p + 1 < c->nit; p++) {
            const item *x = &c->it[p], *y = &c->it[p + 1];
            if (x->ent != d.a || y->ent != d.b || y->mention < 0 || y->poss) continue;
            /* "X (also) ordered Y to VERB" */
            uint32_t g = x->b;
            if (is_word(c, g, "also") || is_word(c, g, "has") || is_word(c, g, "had")) g++;
            if (is_word(c, g, "also")) g++;
            if (!is_word(c, g, "ordered") || y->a != g + 1 || !is_word(c, y->b, "to") || !in(c, y->b + 1, sanctions)) continue;
            /* (a body, not a judge: a sentence is no case of the judge's) */
            /* (not a company's "Board of Directors": it orders its staff) */
            if (etype(c, x->ent) != EG_ORG || !(label_has_any(r->ent[x->ent].label, benches) || probing_body(c, x->ent)) ||
                !strncmp(r->ent[x->ent].label, "Board of", 8))
                continue;
            /* (a body's kind standing for it names its own kind: "the commission" for the Korea Fair Trade Commission,
             * not "the tribunal" read as the Geneva Criminal Court) */
            if (x->mention < 0) {
                const eg_token *kt = &r->tk.tok[x->b - 1];
                if (!label_has_word(r->ent[x->ent].label, c->text + kt->start, kt->len)) continue;
            }
            int rc = add_rel(r, x->ent, y->ent, EG_REL_INVESTIGATES, (int)si, (int)si, 0, d.hedged);
            if (rc) return rc;
            break;
        }
    }
    (void)hedge;
    return 0;
}

/* "The Maritime Industry Authority suspended Visayan Star's operating permit", "the Nevada State Athletic Commission
 * suspended Saul Alvarez for six months", "had suspended the air operator's certificate of Coralwing Airlines",
 * "was provisionally suspended for 90 days by FIFA": a regulator's or a sports body's sanction of a party is its
 * case against the party (a party or a club that suspends its own is discipline_relations') */
static int sanction_verb_relations(rctx *c, size_t si, int hedge)
{
    static const char *const sanctioners[] = {"Commission", "Authority", "Regulator", "Regulatory", "Supervisory",
                                              "Supervision", "Inspectorate", "Ombudsman", "Watchdog", "Committee",
                                              "Federation", "Association", "Agency", "Administration", "Directorate",
                                              "Tribunal", "Unit", NULL};
    static const char *const sanctions[] = {"suspended", "revoked", "banned", "barred", "penalised",
                                            "penalized", "censured", "disqualified", NULL};
    static const char *const papers[] = {"licence", "license", "licences", "licenses", "permit", "permits", "certificate",
                                         "certificates", "accreditation", "registration", "authorisation", "authorization",
                                         NULL};
    eg_docresult *r = c->r;
    const eg_sentence *s = &r->tk.sent[si];
    /* (most sentences have no sanction's verb: one pass over the words before the names' labels) */
    int any = 0;
    for (uint32_t k = s->tok_start; k < s->tok_end && !any; k++) any = in(c, k, sanctions);
    if (!any) return 0;
    for (size_t i = 0; i < c->nit; i++) {
        const item *x = &c->it[i];
        if (x->poss || x->mention < 0 || etype(c, x->ent) != EG_ORG) continue;
        const char *lab = r->ent[x->ent].label;
        if (!(label_has_any(lab, sanctioners) || probing_body(c, x->ent)) || label_has_word(lab, "Party", 5)) continue;
        /* active: "X (, the regulator,) (on Tuesday) (said it had) suspended Y" */
        uint32_t g = past_letters(c, x, x->b);
        if (is_punct(c, g, ',')) {
            uint32_t q = g + 1;
            while (q < s->tok_end && q < g + 10 && !is_punct(c, q, ',') && !clause_break(c, q)) q++;
            if (is_punct(c, q, ',')) g = q + 1;
        }
        for (uint32_t e = g + 5; g < s->tok_end && g < e && !in(c, g, sanctions);) {
            if (is_word(c, g, "on") && g + 1 < s->tok_end && (r->tk.tok[g + 1].flags & EG_TF_CAP)) { g += 2; continue; }
            if (is_word(c, g, "has") || is_word(c, g, "had") || is_word(c, g, "have") || is_word(c, g, "also") ||
                is_word(c, g, "provisionally") || is_word(c, g, "temporarily") || is_word(c, g, "it") ||
                is_word(c, g, "said") || is_word(c, g, "says") || is_word(c, g, "that") || is_word(c, g, "last") ||
                is_word(c, g, "week") || is_word(c, g, "month") || is_word(c, g, "year") || ly_adverb(c, g)) {
                g++;
                continue;
            }
            break;
        }
        if (in(c, g, sanctions) && !(g > s->tok_start && (is_word(c, g - 1, "was") || is_word(c, g - 1, "been")))) {
            uint32_t h = g + 1;
            if (is_word(c, h, "the")) h++;
            size_t yi = item_from(c, h);
            int y = -1;
            if (yi < c->nit && c->it[yi].a == h && c->it[yi].mention >= 0 && etype(c, c->it[yi].ent) != EG_LOC) {
                /* ("suspended Visayan Star's operating permit": the holder of what is suspended) */
                if (!c->it[yi].poss) y = c->it[yi].ent;
                else {
                    uint32_t q = c->it[yi].b + 1;
                    while (q < s->tok_end && q < c->it[yi].b + 4 && tok_lower(c, q) && !in(c, q, papers)) q++;
                    if (in(c, q, papers)) y = c->it[yi].ent;
                }
            } else {
                /* "the air operator's certificate of Coralwing Airlines", "the licences of three firms": a paper "of" Y */
                uint32_t q = h;
                while (q < s->tok_end && q < h + 5 && (tok_lower(c, q) || r->tk.tok[q].kind == EG_TK_POSS) && !in(c, q, papers)) q++;
                if (in(c, q, papers) && is_word(c, q + 1, "of")) {
                    uint32_t h2 = q + 2 + is_word(c, q + 2, "the");
                    yi = item_from(c, h2);
                    if (yi < c->nit && c->it[yi].a == h2 && c->it[yi].mention >= 0 && etype(c, c->it[yi].ent) != EG_LOC)
                        y = c->it[yi].ent;
                }
            }
            /* (not its own: "suspended Tom Kerr, its general secretary", "Ana Ruiz, a member since 1990") */
            if (y >= 0 && yi < c->nit && is_punct(c, c->it[yi].b, ',') &&
                (is_word(c, c->it[yi].b + 1, "its") || (is_word(c, c->it[yi].b + 1, "a") && is_word(c, c->it[yi].b + 2, "member"))))
                y = -1;
            if (y >= 0 && y != x->ent && !negated_before(c, g, s->tok_start)) {
                int rc = add_rel(r, x->ent, y, EG_REL_INVESTIGATES, (int)si, (int)si, 0, hedge);
                if (rc) return rc;
            }
        }
        /* passive: "Y was (provisionally) suspended (for 90 days) by X" */
        if (x->a >= s->tok_start + 3 && is_word(c, x->a - 1 - is_word(c, x->a - 1, "the"), "by")) {
            uint32_t by = x->a - 1 - is_word(c, x->a - 1, "the");
            uint32_t v = by;
            while (v > s->tok_start && v + 8 > by && !in(c, v - 1, sanctions) && !clause_break(c, v - 1) &&
                   !is_punct(c, v - 1, ',') && !is_word(c, v - 1, "and"))
                v--;
            if (v <= s->tok_start || !in(c, v - 1, sanctions)) continue;
            uint32_t a = v - 1;
            while (a > s->tok_start && (is_word(c, a - 1, "provisionally") || is_word(c, a - 1, "temporarily") ||
                                        ly_adverb(c, a - 1)))
                a--;
            if (a <= s->tok_start || !(is_word(c, a - 1, "was") || is_word(c, a - 1, "were") || is_word(c, a - 1, "been")))
                continue;
            a--;
            if (is_word(c, a, "been") && a > s->tok_start && (is_word(c, a - 1, "has") || is_word(c, a - 1, "had") ||
                                                              is_word(c, a - 1, "have")))
                a--;
            /* the subject right before the auxiliary, or before "who" */
            if (a > s->tok_start && is_word(c, a - 1, "who")) a--;
            if (a > s->tok_start && is_punct(c, a - 1, ',')) a--;
            for (size_t p = 0; p < c->nit; p++) {
                const item *y = &c->it[p];
                if (y->b != a || y->mention < 0 || y->poss || y->ent == x->ent || etype(c, y->ent) == EG_LOC) continue;
                int rc = add_rel(r, x->ent, y->ent, EG_REL_INVESTIGATES, (int)si, (int)si, 0, hedge);
                if (rc) return rc;
                break;
            }
        }
    }
    return 0;
}

/* "The CNV had written to Pampa Alta asking it to identify its owners", "the ministry ordered Hoshizora Mobile to
 * submit a report", "the authority had warned Nordvik's board": a regulator's demand of a body it oversees is its
 * review of that body */
static int oversight_relations(rctx *c, size_t si, int hedge, size_t from)
{
    /* (a regulator, not a ministry or an agency that buys: "the Ministry of Defence asked Lockheed to submit a bid") */
    static const char *const regulators[] = {"Commission", "Authority", "Regulator", "Regulatory", "Supervisory",
                                             "Supervision", "Inspectorate", "Ombudsman", "Watchdog", NULL};
    static const char *const demands[] = {"asked", "ordered", "warned", "instructed", "directed", "summoned",
                                          "requested", "written", "wrote", NULL};
    eg_docresult *r = c->r;
    const eg_sentence *s = &r->tk.sent[si];
    size_t n = r->nrel;
    for (size_t i = from; i < n; i++) {
        const eg_drel d = r->rel[i];
        if (!sentence_rel(c, &d, si, EG_REL_COMMUNICATED_WITH, EG_ORG, EG_ORG) || d.sent_end != (int)si) continue;
        if (public_body(c, d.b) ||
            !(label_has_any(r->ent[d.a].label, regulators) || probing_body(c, d.a)) ||
            label_has_any(r->ent[d.b].label, regulators))
            continue;
        /* the demand's verb right before the object (past "to" after "written"), and a demand after it: "to
         * VERB", "asking", "that" */
        int found = 0;
        for (size_t p = 0; p < c->nit && !found; p++) {
            const item *y = &c->it[p];
            if (y->ent != d.b || y->mention < 0 || y->a < s->tok_start + 1) continue;
            uint32_t v = y->a - 1;
            if (is_word(c, v, "the")) v--;
            if (is_word(c, v, "to") && v > s->tok_start) v--;
            if (!in(c, v, demands)) continue;
            static const char *const then[] = {"to", "asking", "that", "demanding", "requesting", "for", NULL};
            uint32_t g = y->b + (y->poss ? 1 : 0);
            if (y->poss) /* ("warned Nordvik's board that") */
                while (g < s->tok_end && g < y->b + 4 && tok_lower(c, g) && !in(c, g, then)) g++;
            found = in(c, g, then);
        }
        if (found) {
            int rc = add_rel(r, d.a, d.b, EG_REL_INVESTIGATES, (int)si, (int)si, 0, d.hedged);
            if (rc) return rc;
        }
    }
    (void)hedge;
    return 0;
}

/* "Italy's communications authority AGCOM ruled on Tuesday that Vivendi had breached media ownership rules", "the
 * tribunal found that Bagosora had breached the order": a court's or a regulator's finding that a party broke a
 * rule is its case against the party. */
static int finding_relations(rctx *c, size_t si, int hedge)
{
    static const char *const finding_verbs[] = {"ruled", "found", "concluded", "determined", "decided", "held", NULL};
    static const char *const breaches[] = {"breached", "violated", "abused", "broken", "broke", "misled",
                                           "manipulated", "colluded", "discriminated", "infringed", "flouted", "evaded",
                                           "understated", "overstated", "falsified", "defrauded", "committed",
                                           "concealed", "rigged", "bribed", "obstructed", "lied", "deceived", "neglected",
                                           "mismanaged", "embezzled", "laundered", "misappropriated", "exploited",
                                           "corrupted", "fabricated", "forged", "defamed", NULL};
    static const char *const bench_nouns[] = {"authority", "regulator", "watchdog", "commission", "court", "tribunal",
                                              "ombudsman", "inspectorate", NULL};
    static const char *const benches[] = {"Court", "Tribunal", "Commission", "Authority", "Regulator", "Ombudsman",
                                          "Inspectorate", "Watchdog", NULL};
    eg_docresult *r = c->r;
    const eg_sentence *s = &r->tk.sent[si];
    for (size_t i = 0; i + 1 < c->nit; i++) {
        const item *x = &c->it[i];
        /* "Judge Lewis Kaplan found that Donziger had corrupted the court", "Commissioner Edmund Gorman found that
         * the Murdochs had acted in bad faith": a person's finding of a misdeed is criticism */
        int person = etype(c, x->ent) == EG_PERSON && !x->poss && x->mention >= 0;
        /* (or named after its kind: "Italy's communications authority AGCOM") */
        if (!person && (x->poss || etype(c, x->ent) != EG_ORG ||
            !(label_has_any(r->ent[x->ent].label, benches) || probing_body(c, x->ent) ||
              eg_lex_has(EG_LEX_ORG, r->ent[x->ent].label, strlen(r->ent[x->ent].label)) ||
              (x->a > s->tok_start && tok_lower(c, x->a - 1) && in(c, x->a - 1, bench_nouns)))))
            continue;
        /* "X (on Tuesday) ruled (on Tuesday) that Y" */
        uint32_t g = past_letters(c, x, x->b);
        uint32_t stop = g + 4;
        while (g < s->tok_end && g < stop && !in(c, g, finding_verbs) && (is_word(c, g, "on") || is_word(c, g, "last") ||
                                                                          is_word(c, g, "also") || is_word(c, g, "has") ||
                                                                          is_word(c, g, "had") || !tok_lower(c, g)))
            g++;
        if (!in(c, g, finding_verbs)) continue;
        /* (a person finds only as the verb's subject: not "Ana Silva, a lawyer for Jorge Lima, found that") */
        if (person) {
            int plain = 1;
            for (uint32_t q = x->b; q < g && plain; q++) plain = r->tk.tok[q].kind == EG_TK_WORD;
            if (!plain || (x->a > s->tok_start && is_word(c, x->a - 1, "for"))) continue;
        }
        g++;
        if (is_word(c, g, "on") && g + 1 < s->tok_end && !tok_lower(c, g + 1)) g += 2;
        if (!is_word(c, g, "that")) continue;
        size_t yi = item_from(c, g + 1);
        if (yi >= c->nit || c->it[yi].a != g + 1 || c->it[yi].poss || etype(c, c->it[yi].ent) == EG_LOC ||
            c->it[yi].ent == x->ent)
            continue;
        uint32_t h = c->it[yi].b;
        /* (active only: "was deceived by its auditors" is a victim; "committed no wrongdoing" an acquittal) */
        if (is_word(c, h, "was") || is_word(c, h, "were")) continue;
        if (is_word(c, h, "had") || is_word(c, h, "has") || is_word(c, h, "knowingly") || is_word(c, h, "deliberately")) h++;
        if (is_word(c, h, "knowingly") || is_word(c, h, "deliberately") || is_word(c, h, "repeatedly")) h++;
        /* (a list of two: "found that Rupert Murdoch and Lachlan had acted") */
        size_t ye = yi;
        if (is_word(c, h, "and") && yi + 1 < c->nit && c->it[yi + 1].a == h + 1 && !c->it[yi + 1].poss) {
            ye = yi + 1;
            h = c->it[ye].b;
            if (is_word(c, h, "had") || is_word(c, h, "have")) h++;
        }
        int bad_faith = is_word(c, h, "acted") && is_word(c, h + 1, "in") && is_word(c, h + 2, "bad");
        if ((!in(c, h, breaches) && !bad_faith) || is_word(c, h + 1, "no")) continue;
        /* (a person's finding: a fault only, not "had committed suicide", "had broken the record", "had forged close
         * ties"; nothing denied, "had corrupted nothing") */
        static const char *const faults[] = {"lied", "defrauded", "deceived", "misled", "fabricated", "embezzled",
                                             "laundered", "misappropriated", "bribed", "concealed", "obstructed",
                                             "falsified", "rigged", "corrupted", "defamed", NULL};
        if (person && ((!in(c, h, faults) && !bad_faith) || is_word(c, h + 1, "nothing") || is_word(c, h + 1, "none")))
            continue;
        if (person && etype(c, c->it[yi].ent) == EG_LOC) continue;
        for (size_t p = yi; p <= ye; p++) {
            if (c->it[p].ent == x->ent || etype(c, c->it[p].ent) == EG_LOC) continue;
            int rc = add_rel(r, x->ent, c->it[p].ent, person ? EG_REL_CRITICIZED : EG_REL_INVESTIGATES, (int)si, (int)si, 0, hedge);
            if (rc) return rc;
        }
    }
    return 0;
}

/* "Bondi said Reuveni had failed to argue", "Lourd said Disney had falsely accused his client", "Dana Kessling said
 * Hollis should step down": a speaker who says another lied, failed to act or should resign criticises them (an
 * active verb of fault only: not "was wrongly convicted", "failed a fitness test"); "the SEC said Salas had moved
 * $4 million", "Prosecutor Rodrigo Galeano said Ibarrola had received ...": an investigating body or a prosecutor
 * who says what misdeed a party did speaks of its case. */
static int said_of_relations(rctx *c, size_t si, int hedge)
{
    /* (verbs of fault only, no adverbs: "was wrongly convicted" defends; nor "failed", "refused", "covered", which
     * have plain readings: "failed a fitness test", "refused a plea deal", "covered the costs") */
    static const char *const faults[] = {"lied", "misled", "deceived", "ignored", "abused", "undermined", "betrayed",
                                         "cheated", "endangered", "mishandled", "mismanaged", "neglected", "squandered",
                                         "misused", "exaggerated", "distorted", "jeopardised", "jeopardized", "sabotaged",
                                         "obstructed", "harassed", "intimidated", "bullied", "insulted", "humiliated",
                                         "smeared", "defamed", "slandered", "exploited", "stonewalled", NULL};
    static const char *const misdeeds[] = {"received", "accepted", "taken", "took", "shared", "transferred", "concealed",
                                           "hidden", "hid", "falsified", "forged", "embezzled", "laundered", "diverted",
                                           "stolen", "stole", "smuggled", "paid", "bribed", "defrauded", "rigged",
                                           "breached", "violated", "siphoned", "misappropriated", "moved", "funnelled",
                                           "funneled", "routed", "wired", "spent", NULL};
    static const char *const prosecutors[] = {"Prosecutor", "prosecutor", "Prosecutors", "prosecutors", NULL};
    eg_docresult *r = c->r;
    const eg_sentence *s = &r->tk.sent[si];
    for (size_t i = 0; i + 1 < c->nit; i++) {
        const item *x = &c->it[i];
        if (x->poss || etype(c, x->ent) == EG_LOC) continue;
        /* (the speaker itself, not a name inside another's apposition: "Gleisi Hoffmann, the president of Lula's
         * Workers' Party, said") */
        if (x->a > s->tok_start && (r->tk.tok[x->a - 1].kind == EG_TK_POSS || is_word(c, x->a - 1, "of") ||
                                    is_word(c, x->a - 1, "for") || is_word(c, x->a - 1, "at") || is_word(c, x->a - 1, "with") ||
                                    is_word(c, x->a - 1, "in") || is_word(c, x->a - 1, "to") || is_word(c, x->a - 1, "by")))
            continue;
        /* the speaker's "said" right after its name, its apposition or its title's words */
        uint32_t g = past_letters(c, x, x->b);
        if (is_punct(c, g, ',') && (is_word(c, g + 1, "said") || is_word(c, g + 1, "says"))) g++;
        /* ("Assistant District Attorney Kristen Feden, who told jurors ... that") */
        else if (is_punct(c, g, ',') && is_word(c, g + 1, "who") &&
                 (is_word(c, g + 2, "told") || (is_word(c, g + 2, "had") && is_word(c, g + 3, "told"))))
            g += 2;
        else if (is_punct(c, g, ',')) {
            /* (past an apposition closed by a comma: "Rosaria Esposito, its chairwoman, said") */
            uint32_t q = g + 1;
            while (q < s->tok_end && q < g + 12 && !is_punct(c, q, ',') && !clause_break(c, q)) q++;
            if (!is_punct(c, q, ',')) continue;
            g = q + 1;
        }
        /* "Prosecutor Nick Johnson told the court during the trial that Letby had injected ...": a prosecutor's
         * claim before the court is the prosecution's case against the one it names */
        int court = 0;
        if (is_word(c, g, "had") && is_word(c, g + 1, "told")) g++;
        if (is_word(c, g, "told") || is_word(c, g, "tells")) {
            static const char *const audiences[] = {"court", "jury", "jurors", "judge", "judges", "hearing", "panel",
                                                    "tribunal", "magistrate", "magistrates", NULL};
            /* "X told investigators from the Office of the Attorney General", "told USADA investigators": the
             * body whose investigators heard X investigates X */
            static const char *const probers[] = {"investigators", "prosecutors", "detectives", "inspectors", NULL};
            size_t bi = item_from(c, g + 1);
            int body = -1;
            if (bi < c->nit && c->it[bi].a == g + 1 && etype(c, c->it[bi].ent) == EG_ORG && in(c, c->it[bi].b, probers))
                body = c->it[bi].ent;
            else if (in(c, g + 1, probers) && (is_word(c, g + 2, "from") || is_word(c, g + 2, "of") || is_word(c, g + 2, "at"))) {
                uint32_t h2 = g + 3 + is_word(c, g + 3, "the");
                bi = item_from(c, h2);
                if (bi < c->nit && c->it[bi].a == h2 && etype(c, c->it[bi].ent) == EG_ORG) body = c->it[bi].ent;
            }
            if (body >= 0 && body != x->ent) {
                int rc = add_rel(r, body, x->ent, EG_REL_INVESTIGATES, (int)si, (int)si, 0, hedge);
                if (rc) return rc;
                continue;
            }
            /* ("told reporters that Y had ...": said to the press) */
            static const char *const press[] = {"reporters", "journalists", "lawmakers", "legislators", "parliament",
                                                "conference", "briefing", "radio", "television", "broadcaster", NULL};
            uint32_t q = g + 1, e = g + 8 < s->tok_end ? g + 8 : s->tok_end;
            while (q < e && !in(c, q, audiences) && !in(c, q, press) && tok_lower(c, q) && !is_word(c, q, "that")) q++;
            if (q >= e || !(in(c, q, audiences) || in(c, q, press))) continue;
            court = in(c, q, audiences);
            /* (a short phrase after the audience: "during the trial", "in her closing argument") */
            uint32_t t0 = q + 1;
            while (q < e + 6 && q < s->tok_end && !is_word(c, q, "that") && !is_punct(c, q, ',') && !clause_break(c, q)) q++;
            if (!is_word(c, q, "that") || q > t0 + 5) continue;
            g = q;
        } else if (!is_word(c, g, "said") && !is_word(c, g, "says") && !is_word(c, g, "alleged") && !is_word(c, g, "alleges"))
            continue;
        int alleged = is_word(c, g, "alleged") || is_word(c, g, "alleges");
        g++;
        if (is_word(c, g, "that")) g++;
        else if (!court) {
            /* ("said after the hearing that", "said on Wednesday that", "said in a statement that") */
            uint32_t q = g;
            size_t qi = item_from(c, g);
            uint32_t lim = qi < c->nit ? c->it[qi].a : s->tok_end;
            while (q < s->tok_end && q < g + 6 && q < lim && !is_word(c, q, "that") && !is_punct(c, q, ',') && !clause_break(c, q))
                q++;
            if (q > g && is_word(c, q, "that") && (is_word(c, g, "after") || is_word(c, g, "on") || is_word(c, g, "in") ||
                                                    is_word(c, g, "at") || is_word(c, g, "last") || is_word(c, g, "earlier"))) {
                /* ("alleged in court documents that", "said in court papers that": an investigator's case) */
                if (has_word(c, g, q, "court") && etype(c, x->ent) == EG_ORG && probing_body(c, x->ent)) court = 2;
                g = q + 1;
            }
        }
        if (alleged && !court) continue;
        /* ("said the Home Office had put lives at risk": an organisation after its article) */
        if (is_word(c, g, "the")) {
            size_t ti = item_from(c, g + 1);
            if (ti < c->nit && c->it[ti].a == g + 1 && etype(c, c->it[ti].ent) == EG_ORG) g++;
        }
        size_t yi = item_from(c, g);
        /* (a name, not a pronoun: "Police Scotland said she had cooperated") */
        /* (before the court a possessive too: "told the jury that Furlong's lorries had carried") */
        if (yi >= c->nit || c->it[yi].a != g || (c->it[yi].poss && !court) || c->it[yi].mention < 0 || c->it[yi].ent == x->ent ||
            etype(c, c->it[yi].ent) == EG_LOC)
            continue;
        uint32_t h = c->it[yi].b;
        /* (past an age or an apposition closed by a comma: "Ibarrola, 52, had received") */
        /* (... or a relative clause: "Michigan State University, where Nassar worked for two decades, had ignored") */
        if (is_punct(c, h, ',')) {
            uint32_t q = h + 1;
            while (q < s->tok_end && q < h + 14 && !is_punct(c, q, ',') && !clause_break(c, q)) q++;
            if (!is_punct(c, q, ',')) continue;
            h = q + 1;
        }
        /* (active "had/has" only: not a passive "was deceived", nor "had never lied") */
        int aux = 0, may = 0;
        /* ("may have misled lawmakers") */
        if ((is_word(c, h, "may") || is_word(c, h, "might")) && is_word(c, h + 1, "have")) h += 2, aux++, may = 1;
        while (h < s->tok_end && aux < 2 && (is_word(c, h, "had") || is_word(c, h, "has") || is_word(c, h, "have") ||
                                             is_word(c, h, "should") || is_word(c, h, "must") || is_word(c, h, "repeatedly")))
            h++, aux++;
        int go = h > c->it[yi].b && (is_word(c, h - 1, "should") || is_word(c, h - 1, "must")) &&
                 ((is_word(c, h, "resign") || is_word(c, h, "quit")) ||
                  ((is_word(c, h, "step") || is_word(c, h, "stand")) && is_word(c, h + 1, "down")));
        /* "Wierzbicki should have withdrawn voluntarily": what one should have done and did not */
        static const char *const duties[] = {"withdrawn", "resigned", "recused", "disclosed", "declared", "acted",
                                             "intervened", "stepped", "reported", "warned", "consulted", "informed",
                                             "stopped", "prevented", "apologised", "apologized", "investigated", NULL};
        if (h >= c->it[yi].b + 2 && is_word(c, h - 1, "have") && is_word(c, h - 2, "should") && in(c, h, duties)) go = 1;
        if (may) go |= in(c, h, faults);
        /* ("had failed to", "had falsely accused": an adverb of fault before an active verb, not "had wrongly been
         * denied bail") */
        static const char *const fault_adverbs[] = {"falsely", "wrongly", "illegally", "unlawfully", "deliberately",
                                                    "knowingly", "recklessly", NULL};
        int had = aux && (is_word(c, h - 1, "had") || is_word(c, h - 1, "has"));
        int fault = (had && (in(c, h, faults) || (is_word(c, h, "failed") && is_word(c, h + 1, "to")) ||
                             (in(c, h, fault_adverbs) && tok_lower(c, h + 1) && !is_word(c, h + 1, "been") &&
                              !is_word(c, h + 1, "be")))) ||
                    go;
        int probe = 0;
        /* (the one named does the deed: not "that Jackson's three children had been left without a father", "was
         * stabbed 14 times", "died of her injuries", "had testified truthfully", "saw Tom Kerr leave") */
        static const char *const violent[] = {"struck", "hit", "shot", "stabbed", "killed", "beat", "attacked", "assaulted",
                                              "kicked", "strangled", "poisoned", NULL};
        if (court && c->it[yi].poss) {
            /* ("that Furlong's lorries had carried": past the possessive's noun to its verb) */
            uint32_t q = c->it[yi].b + 1;
            while (q < s->tok_end && q < c->it[yi].b + 4 && tok_lower(c, q) && !in(c, q, aux_words)) q++;
            h = q;
            aux = 0;
            while (h < s->tok_end && aux < 2 && (is_word(c, h, "had") || is_word(c, h, "has"))) h++, aux++;
            had = aux > 0;
        }
        if (court && (is_word(c, h, "been") || (!had && !in(c, h, misdeeds) && !in(c, h, faults) && !in(c, h, violent)) ||
                      is_word(c, h, "testified") || is_word(c, h, "died") || is_word(c, h, "seen") || is_word(c, h, "told") ||
                      is_word(c, h, "said")))
            continue;
        if (court && c->it[yi].poss) {
            uint32_t q = c->it[yi].b + 1;
            while (q < s->tok_end && q < c->it[yi].b + 4 && (r->tk.tok[q].kind == EG_TK_NUM || tok_lower(c, q)) &&
                   role_type(c, q, 1) != EG_REL_FAMILY && !is_word(c, q, "children"))
                q++;
            if (role_type(c, q, 1) == EG_REL_FAMILY || is_word(c, q, "children")) continue;
        }
        if (court) {
            /* (the prosecutor: a title "Prosecutor", "Deputy Prosecutor", "Assistant District Attorney"; an
             * apposition "X, prosecuting," or "X, the prosecutor ..."; or a sentence that opens the prosecution's
             * case: "Opening the prosecution case, X told") */
            if (etype(c, x->ent) == EG_ORG) probe = probing_body(c, x->ent);
            else if (x->mention >= 0) {
                const eg_mention *xm = &r->m[x->mention];
                if (xm->title >= 0)
                    for (uint32_t q = (uint32_t)xm->title; q < x->a && !probe; q++)
                        probe = in(c, q, prosecutors) || (is_word(c, q, "Attorney") && q > (uint32_t)xm->title &&
                                                          is_word(c, q - 1, "District"));
                /* (the apposition's own role, not "a witness called by prosecutors") */
                for (uint32_t q = x->b; q < g && !probe; q++)
                    probe = is_word(c, q, "prosecutor") || is_word(c, q, "prosecuting");
                for (uint32_t q = s->tok_start; q < x->a && q < s->tok_start + 6 && !probe; q++)
                    probe = is_word(c, q, "prosecution");
                /* (or the title of an earlier mention: "Prosecutor Claudia Ibáñez ... Ibáñez told the court"; the 200
                 * mentions before it at most, so that a long text of such sentences stays linear) */
                for (size_t mi = (size_t)x->mention, n0 = 0; mi > 0 && !probe && n0 < 200; mi--, n0++)
                    if (r->m[mi - 1].entity == x->ent && r->m[mi - 1].title >= 0)
                        for (uint32_t q = (uint32_t)r->m[mi - 1].title; q < r->m[mi - 1].tok_start && !probe; q++)
                            probe = in(c, q, prosecutors);
            }
            if (!probe) continue;
            fault = 0;
        }
        /* (a misdeed's verb only: not "said Y had died", "had testified") */
        if (!court && !fault && had && in(c, h, misdeeds)) {
            if (etype(c, x->ent) == EG_ORG) probe = probing_body(c, x->ent);
            else if (x->mention >= 0 && r->m[x->mention].title >= 0)
                probe = in(c, (uint32_t)r->m[x->mention].title, prosecutors);
        }
        if (!fault && !probe) continue;
        /* (an investigating body's finding of a fault is its case: "the safety council said the pilot had failed") */
        if (fault && etype(c, x->ent) == EG_ORG && probing_body(c, x->ent)) probe = 1, fault = 0;
        int rc = add_rel(r, x->ent, c->it[yi].ent, fault ? EG_REL_CRITICIZED : EG_REL_INVESTIGATES, (int)si, (int)si, 0, hedge);
        if (rc) return rc;
    }
    return 0;
}

/* "His son and daughter from his first marriage, Ben Osgood and Julia Osgood Reyes, filed", "His sons, Tanvir
 * Chowdhury and Imran Chowdhury, say": kin words in the plural or joined by "and", then the list of their names,
 * each the kin of the one the possessive stands for (children or siblings named together: of each other too). */
static int kin_list_relations(rctx *c, size_t si, int hedge)
{
    static const char *const siblings[] = {"son", "sons", "daughter", "daughters", "children", "brother", "brothers",
                                           "sister", "sisters", "siblings", NULL};
    eg_docresult *r = c->r;
    const eg_sentence *s = &r->tk.sent[si];
    for (size_t i = 0; i + 2 < c->nit; i++) {
        const item *w = &c->it[i];
        if (!w->poss || etype(c, w->ent) != EG_PERSON) continue;
        /* (one owner: not a group's words, "the couple's children", that stand for several) */
        if ((i > 0 && c->it[i - 1].a == w->a) || c->it[i + 1].a == w->a) continue;
        uint32_t g = w->b + (w->b < s->tok_end && r->tk.tok[w->b].kind == EG_TK_POSS);
        uint32_t k0 = g;
        int nkin = 0, sib = 1, plural = 0;
        while (g < s->tok_end && g < k0 + 6) {
            if (tok_lower(c, g) && role_type(c, g, 1) == EG_REL_FAMILY) {
                nkin++;
                sib &= in(c, g, siblings);
                const eg_token *t = &r->tk.tok[g];
                plural |= c->text[t->start + t->len - 1] == 's' || is_word(c, g, "children");
                g++;
                if (is_word(c, g, "and") && tok_lower(c, g + 1)) { g++; continue; }
                break;
            }
            /* ("His two sons", "her younger brothers") */
            if (tok_lower(c, g) && !in(c, g, dets) && !is_word(c, g, "and")) { g++; continue; }
            break;
        }
        if (!nkin || (nkin == 1 && !plural)) continue;
        /* (a short phrase of where they come from: "from his first marriage") */
        if (is_word(c, g, "from") || is_word(c, g, "by") || is_word(c, g, "of")) {
            uint32_t q = g + 1;
            while (q < s->tok_end && q < g + 5 && tok_lower(c, q)) q++;
            g = q;
        }
        if (!is_punct(c, g, ',')) continue;
        size_t zi = item_from(c, g + 1);
        if (zi >= c->nit || c->it[zi].a != g + 1 || etype(c, c->it[zi].ent) != EG_PERSON) continue;
        size_t end = item_list_end(c, zi, s->tok_end);
        /* (names only, up to a pronoun's: "His daughters, Amy and Cara, and her sons, ..."; eight at most) */
        for (size_t q = zi; q < end; q++)
            if (c->it[q].mention < 0) { end = q; break; }
        if (end - zi < 2 || end - zi > 8) continue;
        for (size_t q = zi; q < end; q++) {
            if (etype(c, c->it[q].ent) != EG_PERSON || c->it[q].ent == w->ent) continue;
            int rc = add_rel(r, c->it[q].ent, w->ent, EG_REL_FAMILY, (int)si, (int)si, 0, hedge);
            if (rc) return rc;
            for (size_t q2 = zi; sib && q2 < q; q2++)
                if (etype(c, c->it[q2].ent) == EG_PERSON && c->it[q2].ent != c->it[q].ent &&
                    (rc = add_rel(r, c->it[q2].ent, c->it[q].ent, EG_REL_FAMILY, (int)si, (int)si, 0, hedge)))
                    return rc;
        }
    }
    /* "Ajay Gupta, Atul Gupta and Rajesh Gupta, the three brothers who ...": a list, then the siblings they are */
    static const char *const sibling_words[] = {"brothers", "sisters", "siblings", "twins", NULL};
    static const char *const counts[] = {"two", "three", "four", "five", "six", "both", NULL};
    for (size_t i = 0; i + 1 < c->nit; i++) {
        const item *x = &c->it[i];
        if (x->mention < 0 || x->poss || etype(c, x->ent) != EG_PERSON) continue;
        size_t end = item_list_end(c, i, s->tok_end);
        /* (not the words that stand for the group after it: "the three brothers" may name them again) */
        while (end > i + 1 && c->it[end - 1].mention < 0) end--;
        if (end - i < 2) continue;
        const item *l = &c->it[end - 1];
        uint32_t g = l->b;
        if (!is_punct(c, g, ',')) { i = end - 1; continue; }
        g++;
        if (is_word(c, g, "the")) g++;
        if (in(c, g, counts)) g++;
        /* (kin by the word and the name: a shared surname, not "the sisters who run the convent school" nor a band,
         * "the Brothers"; eight at most) */
        int same = end - i <= 8;
        for (size_t q = i + 1; q < end && same; q++)
            same = c->it[q].mention >= 0 && !strcmp(last_word(c->r->ent[c->it[q].ent].label), last_word(c->r->ent[x->ent].label));
        if (!same || !tok_lower(c, g) || !in(c, g, sibling_words) ||
            !(g + 1 >= s->tok_end || is_punct(c, g + 1, ',') || is_punct(c, g + 1, '.') || is_word(c, g + 1, "who") ||
              clause_break(c, g + 1))) {
            i = end - 1;
            continue;
        }
        for (size_t q = i; q < end; q++)
            for (size_t q2 = i; q2 < q; q2++)
                if (etype(c, c->it[q].ent) == EG_PERSON && etype(c, c->it[q2].ent) == EG_PERSON && c->it[q].ent != c->it[q2].ent) {
                    int rc = add_rel(r, c->it[q2].ent, c->it[q].ent, EG_REL_FAMILY, (int)si, (int)si, 0, hedge);
                    if (rc) return rc;
                }
        i = end - 1;
    }
    /* "the brothers Miguel Trevino Morales and Omar Trevino Morales": the sibling word, then the list (two to five),
     * kin of each other; "Joel Glazer and his brothers Avram and Bryan": a list after a possessive's plural kin word
     * with no comma, kin of the name before "and" */
    static const char *const sibs[] = {"brothers", "sisters", "siblings", "twins", "cousins", NULL};
    static const char *const kin_pl[] = {"brothers", "sisters", "siblings", "sons", "daughters", "children", "cousins", NULL};
    for (uint32_t k = s->tok_start; k + 2 < s->tok_end; k++) {
        int owner = -1;
        if (is_word(c, k, "the") && in(c, k + 1, sibs)) k++;
        else if ((is_word(c, k, "his") || is_word(c, k, "her")) && in(c, k + 1, kin_pl) && k >= s->tok_start + 2 &&
                 is_word(c, k - 1, "and")) {
            for (size_t p = 0; p < c->nit; p++)
                if (c->it[p].b == k - 1 && c->it[p].mention >= 0 && !c->it[p].poss && etype(c, c->it[p].ent) == EG_PERSON)
                    owner = c->it[p].ent;
            if (owner < 0) continue;
            k++;
        } else
            continue;
        size_t zi = item_from(c, k + 1);
        if (zi >= c->nit || c->it[zi].a != k + 1 || c->it[zi].mention < 0 || c->it[zi].poss ||
            etype(c, c->it[zi].ent) != EG_PERSON)
            continue;
        size_t ze = item_list_end(c, zi, s->tok_end);
        if (ze > zi + 5 || (ze < zi + 2 && owner < 0)) continue;
        int sib = in(c, k, sibs);
        for (size_t p = zi; p < ze; p++) {
            if (etype(c, c->it[p].ent) != EG_PERSON || c->it[p].mention < 0) continue;
            int rc;
            if (owner >= 0 && owner != c->it[p].ent &&
                (rc = add_rel(r, c->it[p].ent, owner, EG_REL_FAMILY, (int)si, (int)si, 0, hedge)))
                return rc;
            for (size_t q = p + 1; q < ze && sib; q++)
                if (etype(c, c->it[q].ent) == EG_PERSON && c->it[q].mention >= 0 && c->it[q].ent != c->it[p].ent &&
                    (rc = add_rel(r, c->it[p].ent, c->it[q].ent, EG_REL_FAMILY, (int)si, (int)si, 0, hedge)))
                    return rc;
        }
    }
    return 0;
}

/* "Valery Martynov and Sergei Motorin, two KGB officers", "X, Y and Z, both executives of Gazprom": a plural
 * role in apposition to a list of people is each one's. from: the first relation of this sentence. */
static int list_role_relations(rctx *c, size_t si, int hedge, size_t from)
{
    static const char *const counts[] = {"two", "three", "four", "five", "six", "both", "all", NULL};
    eg_docresult *r = c->r;
    size_t n = r->nrel;
    for (size_t i = from; i < n; i++) {
        const eg_drel d = r->rel[i];
        if ((d.type != EG_REL_LEADS && d.type != EG_REL_MEMBER_OF && d.type != EG_REL_REPRESENTS) || d.negated ||
            d.sent != (int)si || etype(c, d.a) != EG_PERSON)
            continue;
        for (size_t p = 1; p < c->nit; p++) {
            const item *x = &c->it[p];
            if (x->ent != d.a || x->mention < 0 || x->poss || !is_punct(c, x->b, ',') || !in(c, x->b + 1, counts)) continue;
            /* (the relation the apposition states: its target named inside it, before a comma or a break) */
            int inside = 0;
            for (size_t q = p + 1; q < c->nit && !inside; q++) {
                uint32_t g = x->b + 1;
                while (g < c->it[q].a && !is_punct(c, g, ',') && !clause_break(c, g)) g++;
                if (g < c->it[q].a) break;
                inside = c->it[q].ent == d.b;
            }
            if (!inside) continue;
            /* the list before it: "A and B", "A, B and C" */
            for (size_t q = p; q > 0; q--) {
                const item *w = &c->it[q - 1], *v = &c->it[q];
                uint32_t g = w->b;
                int sep = 0;
                for (; g < v->a && (is_punct(c, g, ',') || is_word(c, g, "and")); g++) sep = 1;
                if (!sep || g != v->a || w->poss || w->mention < 0 || etype(c, w->ent) != EG_PERSON) break;
                int rc = add_rel(r, w->ent, d.b, d.type, d.sent, d.sent_end, 0, hedge);
                if (rc) return rc;
            }
            break;
        }
    }
    return 0;
}

/* "Zaghari-Ratcliffe's husband, Richard Ratcliffe, and their seven-year-old daughter, Gabriella", "Valentina and her
 * brother, Mateo, allege that their stepmother, Marisol Quintero, sold": "their" kin is the kin of the two people
 * named last before it in the sentence (of the one, when only one is) */
static int their_kin_relations(rctx *c, size_t si, int hedge)
{
    eg_docresult *r = c->r;
    const eg_sentence *s = &r->tk.sent[si];
    for (uint32_t k = s->tok_start + 1; k + 2 < s->tok_end; k++) {
        if (!is_word(c, k, "their")) continue;
        uint32_t g = k + 1;
        while (g < s->tok_end && g < k + 4 && (tok_lower(c, g) || r->tk.tok[g].kind == EG_TK_NUM) &&
               role_type(c, g, 1) != EG_REL_FAMILY && !in(c, g, aux_words))
            g++;
        if (!tok_lower(c, g) || role_type(c, g, 1) != EG_REL_FAMILY) continue;
        uint32_t h = g + 1 + is_punct(c, g + 1, ',');
        size_t zi = item_from(c, h);
        if (zi >= c->nit || c->it[zi].a != h || c->it[zi].mention < 0 || c->it[zi].poss || etype(c, c->it[zi].ent) != EG_PERSON)
            continue;
        size_t ze = item_list_end(c, zi, s->tok_end);
        if (ze > zi + 4) ze = zi + 1;
        /* the two people named last before "their" (not inside a possessive's thing: items only) */
        int who[2] = {-1, -1}, nwho = 0;
        for (size_t p = zi; p > 0 && nwho < 2; p--) {
            const item *w = &c->it[p - 1];
            if (w->b > k || etype(c, w->ent) != EG_PERSON) continue;
            if (nwho == 1 && who[0] == w->ent) continue;
            who[nwho++] = w->ent;
        }
        for (size_t z = zi; z < ze; z++) {
            if (etype(c, c->it[z].ent) != EG_PERSON || c->it[z].mention < 0) continue;
            for (int q = 0; q < nwho; q++) {
                if (who[q] == c->it[z].ent) continue;
                int rc = add_rel(r, c->it[z].ent, who[q], EG_REL_FAMILY, (int)si, (int)si, 0, hedge);
                if (rc) return rc;
            }
        }
    }
    return 0;
}

/* "Its US arm, Vitol Inc., in Houston, was found guilty": an organisation's place in apposition, between commas */
static int comma_in_relations(rctx *c, size_t si, int hedge)
{
    eg_docresult *r = c->r;
    const eg_sentence *s = &r->tk.sent[si];
    for (size_t i = 0; i + 1 < c->nit; i++) {
        const item *x = &c->it[i], *y = &c->it[i + 1];
        if (x->poss || x->mention < 0 || etype(c, x->ent) != EG_ORG) continue;
        uint32_t g = past_letters(c, x, x->b);
        if (!is_punct(c, g, ',') || !is_word(c, g + 1, "in") || y->a != g + 2 || y->poss || y->mention < 0 ||
            etype(c, y->ent) != EG_LOC)
            continue;
        /* (the place's own state or country may follow: "in Houston, Texas,") */
        uint32_t e = y->b;
        if (is_punct(c, e, ',') && i + 2 < c->nit && c->it[i + 2].a == e + 1 && etype(c, c->it[i + 2].ent) == EG_LOC &&
            !c->it[i + 2].poss)
            e = c->it[i + 2].b;
        if (!(is_punct(c, e, ',') || e >= s->tok_end || is_punct(c, e, '.'))) continue;
        /* (the sentence's subject or an apposition's name only: not "told Reuters, in London,", "sued Acme
         * Holdings, in Delaware,", "officials of Borealis Capital, in Lagos") */
        if (!(x->a <= c->opening + 1 || (x->a > s->tok_start && is_punct(c, x->a - 1, ',')))) continue;
        int rc = add_rel(r, x->ent, y->ent, EG_REL_LOCATED_IN, (int)si, (int)si, 0, hedge);
        if (rc) return rc;
    }
    return 0;
}

/* verbs whose object is the subject of the infinitive after it ("asked Acme to buy Y") */
static const char *const object_control[] = {"asked", "asks", "ask", "urged", "urges", "told", "tells", "ordered", "orders",
                                             "forced", "forces", "allowed", "allows", "persuaded", "invited", "hired",
                                             "hires", "paid", "pays", "pressed", "encouraged", "authorised", "authorized",
                                             "required", "requires", "helped", "helps", "appointed", "named", "chose",
                                             "chosen", "picked", "selected", "commissioned", "instructed", "directed",
                                             "used", "uses", "enlisted", "recruited", "called", "begged", "wants",
                                             "wanted", "expects", "expected", "needs", "needed", "mandated", NULL};

/* "Hulio founded NSO in 2010 with his friend Omri Lavie", "co-founded Clearview AI with Richard Schwartz and
 * Tom Lee": the ones a company was founded with found it too, and so lead it */
static int founded_with_relations(rctx *c, size_t si, int hedge)
{
    static const char *const founded[] = {"founded", "co-founded", "cofounded", "established", NULL};
    static const char *const kin_or_friend[] = {"friend", "friends", "partner", "partners", "colleague", "colleagues",
                                                "brother", "brothers", "sister", "sisters", "wife", "husband", "son",
                                                "sons", "daughter", "father", "mother", "cousin", "classmate",
                                                "classmates", "business", "former", "old", "longtime", "long-time",
                                                "childhood", "college", "university", "school", NULL};
    const eg_sentence *s = &c->r->tk.sent[si];
    for (uint32_t k = s->tok_start + 1; k + 3 < s->tok_end; k++) {
        if (!in(c, k, founded) || !tok_lower(c, k)) continue;
        uint32_t g = k + 1 + is_word(c, k + 1, "the");
        size_t oi = item_from(c, g);
        if (oi >= c->nit || c->it[oi].a != g || c->it[oi].mention < 0 || c->it[oi].poss || etype(c, c->it[oi].ent) != EG_ORG)
            continue;
        uint32_t h = c->it[oi].b;
        if (is_word(c, h, "in") && h + 1 < s->tok_end && c->r->tk.tok[h + 1].kind == EG_TK_NUM) h += 2;
        if (!is_word(c, h, "with")) continue;
        h++;
        if (is_word(c, h, "his") || is_word(c, h, "her") || is_word(c, h, "their")) {
            h++;
            uint32_t h0 = h;
            while (h < s->tok_end && h < h0 + 3 && tok_lower(c, h) && in(c, h, kin_or_friend)) h++;
            if (h == h0) continue;
            if (is_punct(c, h, ',')) h++;
        }
        size_t pi = item_from(c, h);
        while (pi < c->nit && c->it[pi].a == h && c->it[pi].mention >= 0 && !c->it[pi].poss &&
               etype(c, c->it[pi].ent) == EG_PERSON) {
            int rc = add_rel(c->r, c->it[pi].ent, c->it[oi].ent, EG_REL_LEADS, (int)si, (int)si, 0, hedge);
            if (rc) return rc;
            /* ("with Richard Schwartz and Tom Lee"; not "with Jones, Brown said", "and Mary Brown joined later") */
            h = c->it[pi].b;
            if (!is_word(c, h, "and") && !is_punct(c, h, ',')) break;
            h++;
            pi++;
            if (pi < c->nit && c->it[pi].a == h && c->it[pi].b < s->tok_end && tok_lower(c, c->it[pi].b) &&
                !is_word(c, c->it[pi].b, "and"))
                break;
        }
    }
    return 0;
}

/* "Joe Sullivan served as chief security officer at Facebook", "served as executive directors of Hin Leong", "served for
 * years as a FIFA vice president", "Moriya served for four years as the Defence Ministry's most senior civil servant",
 * "Chuck Blazer, the American who served as CONCACAF's general secretary": a post held "as" a role of, at or in an
 * organisation (as_role_relations reads "served as X's adviser" right after the verb) */
static int served_as_relations(rctx *c, size_t si, int hedge)
{
    static const char *const serve[] = {"served", "serves", "serving", "worked", "works", "working", NULL};
    static const char *const units[] = {"decade", "decades", "year", "years", "months", "month", NULL};
    const eg_sentence *s = &c->r->tk.sent[si];
    for (uint32_t k = s->tok_start + 1; k + 3 < s->tok_end; k++) {
        if (!in(c, k, serve)) continue;
        uint32_t g = k + 1;
        if (is_word(c, g, "for")) {
            uint32_t q = g + 1;
            while (q < s->tok_end && q < g + 4 && !in(c, q, units) && (tok_lower(c, q) || c->r->tk.tok[q].kind == EG_TK_NUM)) q++;
            if (!in(c, q, units)) continue;
            g = q + 1;
        }
        if (is_word(c, g, "also")) g++;
        if (!is_word(c, g, "as")) continue;
        g++;
        /* (one of several: "as a Hezbollah commander" is a member) */
        int one_of = is_word(c, g, "a") || is_word(c, g, "an");
        if (is_word(c, g, "the") || one_of) g++;
        int org = -1, t = -1;
        uint32_t n = 0;
        size_t oi = item_from(c, g);
        if (oi < c->nit && c->it[oi].a == g && c->it[oi].mention >= 0 && etype(c, c->it[oi].ent) == EG_ORG) {
            /* "as IAAF treasurer", "as a FIFA vice president", "as the Defence Ministry's most senior civil servant"
             * (a possessive right after the verb is as_role_relations') */
            uint32_t h = c->it[oi].b + (c->it[oi].poss ? 1 : 0);
            for (uint32_t q = h; q < s->tok_end && q < h + 4 && t < 0 && tok_lower(c, q); q++) t = role_at(c, q, s->tok_end, &n);
            org = c->it[oi].ent;
        } else {
            /* "as chief security officer at Facebook", "as executive directors of Hin Leong" */
            uint32_t q = g;
            for (; q < s->tok_end && q < g + 4 && t < 0 && tok_lower(c, q); q++) t = role_at(c, q, s->tok_end, &n);
            if (t < 0) continue;
            uint32_t h = q - 1 + n;
            if (!(is_word(c, h, "of") || is_word(c, h, "at") || is_word(c, h, "for") || is_word(c, h, "with") ||
                  is_word(c, h, "to")))
                continue;
            h++;
            if (is_word(c, h, "the")) h++;
            oi = item_from(c, h);
            if (oi >= c->nit || c->it[oi].a != h || c->it[oi].mention < 0 || c->it[oi].poss || etype(c, c->it[oi].ent) != EG_ORG)
                continue;
            org = c->it[oi].ent;
        }
        if (t < 0 || org < 0 || t == EG_REL_FAMILY) continue;
        /* (a name inside a description between commas is no subject: "Tom Kerr, a former Marine, served") */
        int subj = is_punct(c, k - 1, ',') ? -1 : subject_before(c, k);
        if (subj >= 0 && etype(c, subj) != EG_PERSON) subj = -1;
        /* ("His wife, Dr Rania Fawzy, worked as": the name itself between commas, not one inside "a former ...") */
        for (size_t p = 0; p < c->nit && subj < 0 && is_punct(c, k - 1, ','); p++) {
            const item *w = &c->it[p];
            if (w->b != k - 1 || w->poss || w->mention < 0 || etype(c, w->ent) != EG_PERSON) continue;
            uint32_t a0 = w->a;
            if (c->r->m[w->mention].title >= 0 && (uint32_t)c->r->m[w->mention].title < a0) a0 = (uint32_t)c->r->m[w->mention].title;
            if (a0 > s->tok_start && is_punct(c, a0 - 1, ',')) subj = w->ent;
        }
        if (subj < 0 && k >= s->tok_start + 3 && is_punct(c, k - 1, ',')) {
            /* ("Moriya, 63, served", "Joe Sullivan, a former federal prosecutor, served"): past an age or a
             * description between commas that names no one */
            uint32_t q = k - 2;
            while (q > s->tok_start && q + 10 > k && !is_punct(c, q, ',') && !clause_break(c, q)) q--;
            if (is_punct(c, q, ',')) {
                /* (the description may name a body: "a former Marine", "a former federal prosecutor") */
                int clean = is_word(c, q + 1, "a") || is_word(c, q + 1, "an") || is_word(c, q + 1, "the");
                if (!clean) {
                    size_t wi = item_from(c, q + 1);
                    clean = wi >= c->nit || c->it[wi].a >= k;
                }
                for (size_t p = 0; p < c->nit && clean && subj < 0; p++)
                    if (c->it[p].b == q && !c->it[p].poss && c->it[p].mention >= 0) subj = c->it[p].ent;
            }
        }
        if (subj < 0) {
            /* "Chuck Blazer, the American who served as": the name the relative clause's apposition describes */
            uint32_t w = k - 1;
            while (w > s->tok_start && (is_word(c, w, "also") || is_word(c, w, "had") || is_word(c, w, "has"))) w--;
            if (is_word(c, w, "who")) {
                for (size_t p = c->nit; p > 0; p--) {
                    const item *x = &c->it[p - 1];
                    if (x->b > w) continue;
                    if (x->b == w || (is_punct(c, x->b, ',') && w - x->b <= 4)) {
                        int clean = 1;
                        for (uint32_t q = x->b + 1; q < w && clean; q++) clean = !is_punct(c, q, ',') && !clause_break(c, q);
                        if (clean && !x->poss && x->mention >= 0) subj = x->ent;
                    }
                    break;
                }
            }
        }
        if (subj < 0 || subj == org || etype(c, subj) != EG_PERSON) continue;
        if (one_of && t == EG_REL_LEADS) t = EG_REL_MEMBER_OF;
        int rc = add_rel(c->r, subj, org, adapt(c, t, org), (int)si, (int)si, negated_before(c, k, s->tok_start), hedge);
        if (rc) return rc;
    }
    return 0;
}

/* "Morgan Stanley acted as Microsoft's financial adviser and Simpson Thacher & Bartlett as its legal
 * adviser", "Cravath served as Disney's legal counsel": a role taken "as" an owner's */
static int as_role_relations(rctx *c, size_t si, int hedge)
{
    static const char *const serve[] = {"served", "serves", "serving", "acted", "acts", "acting", "worked", "works",
                                        "working", "was", "is", NULL};
    const eg_sentence *s = &c->r->tk.sent[si];
    int any_poss = 0; /* (both shapes need an owner's possessive: most sentences have none) */
    for (size_t i = 0; i < c->nit && !any_poss; i++) any_poss = c->it[i].poss;
    if (!any_poss) return 0;

    for (uint32_t k = s->tok_start + 1; k + 3 < s->tok_end; k++) {
        if (!in(c, k, serve) || !is_word(c, k + 1, "as")) continue;
        /* ("served as President Emmanuel Macron's ambassador": past the owner's title) */
        uint32_t oa = past_title(c, k + 2);
        size_t oi = item_from(c, oa);
        if (oi >= c->nit || c->it[oi].a != oa || !c->it[oi].poss) continue;
        int owner = c->it[oi].ent;
        if (etype(c, owner) == EG_LOC) continue;
        uint32_t h = c->it[oi].b + 1, n = 0;
        int t = -1;
        for (uint32_t g = h; g < s->tok_end && g < h + 3 && t < 0 && tok_lower(c, g); g++) t = role_at(c, g, s->tok_end, &n), h = g;
        if (t < 0) continue;
        int subj = subject_before(c, k);
        /* ("Michael Cohen, who for a decade served as Trump's personal lawyer": a duration before the verb) */
        if (subj < 0 && k >= s->tok_start + 3) {
            static const char *const units[] = {"decade", "decades", "year", "years", "months", "month", NULL};
            for (uint32_t g = k - 2; g + 6 > k && g > s->tok_start; g--) {
                if (!is_word(c, g, "for")) continue;
                int plain = in(c, k - 1, units);
                for (uint32_t q = g + 1; q + 1 < k && plain; q++) plain = tok_lower(c, q) || c->r->tk.tok[q].kind == EG_TK_NUM;
                if (plain) subj = subject_before(c, g);
                break;
            }
        }
        int neg = negated_before(c, k, s->tok_start), rc;
        /* (a firm that acts as another's agent or adviser stands for it: "Prisma acted as Serapharm's local agent") */
        int type = adapt(c, t, owner);
        if (subj >= 0 && etype(c, subj) == EG_ORG && type == EG_REL_MEMBER_OF) type = EG_REL_REPRESENTS;
        if (subj >= 0 && subj != owner && etype(c, subj) != EG_LOC &&
            (rc = add_rel(c->r, subj, owner, type, (int)si, (int)si, neg, hedge)))
            return rc;
        /* "... and Simpson Thacher & Bartlett as its legal adviser": the same owner's, the verb left out */
        uint32_t g = h + n;
        if (is_word(c, g, "and")) {
            size_t zi = item_from(c, g + 1);
            if (zi < c->nit && c->it[zi].a == g + 1 && !c->it[zi].poss && is_word(c, c->it[zi].b, "as") &&
                (is_word(c, c->it[zi].b + 1, "its") || is_word(c, c->it[zi].b + 1, "their") ||
                 is_word(c, c->it[zi].b + 1, "his") || is_word(c, c->it[zi].b + 1, "her"))) {
                uint32_t h2 = c->it[zi].b + 2, n2 = 0;
                int t2 = -1;
                for (uint32_t q = h2; q < s->tok_end && q < h2 + 3 && t2 < 0 && tok_lower(c, q); q++) t2 = role_at(c, q, s->tok_end, &n2);
                if (t2 >= 0 && c->it[zi].ent != owner && etype(c, c->it[zi].ent) != EG_LOC &&
                    (rc = add_rel(c->r, c->it[zi].ent, owner, adapt(c, t2, owner), (int)si, (int)si, neg, hedge)))
                    return rc;
            }
        }
    }
    return 0;
}

/* "John Kerry and Mohammad Javad Zarif, who met dozens of times", "X and Y, who had spoken by phone": a
 * list of actors and a relative clause whose verb joins them with each other */
static int reciprocal_relations(rctx *c, size_t si, int hedge)
{
    static const char *const met[] = {"met", "meet", "negotiated", NULL};
    static const char *const aux[] = {"had", "have", "has", "also", "then", "later", "first", "previously", "often",
                                      "regularly", "repeatedly", NULL};
    const eg_sentence *s = &c->r->tk.sent[si];
    for (size_t i = 0; i + 1 < c->nit; i++) {
        if (c->it[i].poss || c->it[i].mention < 0 || etype(c, c->it[i].ent) == EG_LOC) continue;
        size_t j = item_list_end(c, i, s->tok_end);
        if (j < i + 2) continue;
        if (j > i + 6) { i = j - 1; continue; } /* (a long list is no group that met: and pairs grow fast) */
        uint32_t g = c->it[j - 1].b;
        /* (or the list as the sentence's subject: "President Trump and leader Kim Jong Un shook hands") */
        int who = is_punct(c, g, ',') && is_word(c, g + 1, "who");
        int opens = 1; /* (nothing but capitalised words and punctuation before it: titles, a dateline) */
        for (uint32_t q = s->tok_start; q < c->it[i].a && opens; q++) opens = !tok_lower(c, q);
        if (!who && !opens) { i = j - 1; continue; }
        g += who ? 2 : 0;
        while (g < s->tok_end && g < c->it[j - 1].b + 6 && in(c, g, aux)) g++;
        /* ("met" and "shook hands" only: "X and Y, who spoke at separate rallies" did not speak to each other) */
        int type = in(c, g, met) ? EG_REL_MET_WITH : -1;
        if (type < 0 && is_word(c, g, "shook") && is_word(c, g + 1, "hands")) {
            type = EG_REL_MET_WITH;
            g++;
        }
        /* (and nothing they met after the verb: not "who met reporters", "met their wives", "met with Y") */
        static const char *const after_met[] = {"on", "in", "at", "for", "during", "dozens", "repeatedly", "twice",
                                                "several", "often", "regularly", "privately", "secretly", "last",
                                                "earlier", "again", "briefly", "many", "face-to-face", NULL};
        if (type >= 0 && !(g + 1 >= s->tok_end || c->r->tk.tok[g + 1].kind == EG_TK_PUNCT || in(c, g + 1, after_met)))
            type = -1;
        int neg = type >= 0 && negated_before(c, g, c->it[j - 1].b);
        for (size_t p = i; type >= 0 && p < j; p++)
            for (size_t q = p + 1; q < j; q++) {
                if (c->it[p].ent == c->it[q].ent || etype(c, c->it[p].ent) == EG_LOC || etype(c, c->it[q].ent) == EG_LOC)
                    continue;
                int rc = add_rel(c->r, c->it[p].ent, c->it[q].ent, type, (int)si, (int)si, neg, hedge);
                if (rc) return rc;
            }
        i = j - 1;
    }
    return 0;
}

/* "North Korean leader Kim Jong Un", "Chinese foreign minister Wang Yi": a people's adjective, a
 * lower-case role and a person. The head of a country leads it; its ministers, diplomats and officials
 * are its members (a country the text names; other roles say only where someone is from). */
static int demonym_role_relations(rctx *c, size_t si, int hedge)
{
    static const char *const state_roles[] = {"minister", "ambassador", "envoy", "diplomat", "official", "negotiator",
                                              "spokesman", "spokeswoman", "spokesperson", "secretary", "general",
                                              "commander", "chief", NULL};
    const eg_tokens *tk = &c->r->tk;
    const eg_sentence *s = &tk->sent[si];
    for (size_t yi = 0; yi < c->nit; yi++) {
        const item *y = &c->it[yi];
        if (y->mention < 0 || y->poss || etype(c, y->ent) != EG_PERSON || y->a < s->tok_start + 2) continue;
        /* (the longest role that ends at the name: "foreign minister", not "minister") */
        for (uint32_t r0 = y->a >= s->tok_start + 4 ? y->a - 3 : s->tok_start + 1; r0 < y->a; r0++) {
            uint32_t n;
            int lower = 1;
            for (uint32_t g = r0; g < y->a && lower; g++) lower = tok_lower(c, g);
            if (!lower) continue;
            int t = role_at(c, r0, y->a, &n);
            if (t < 0 || r0 + n != y->a) continue;
            /* the people's adjective: one word or two ("North Korean") */
            uint32_t d;
            const char *v = demonym_before(c, r0, s->tok_start, &d);
            if (!v) break;
            /* (not a name's possessive or a name before: "Google's Chinese rival X") */
            if (d > s->tok_start && (tk->tok[d - 1].kind == EG_TK_POSS || (tk->tok[d - 1].flags & EG_TF_CAP)) &&
                !in(c, d - 1, dets))
                break;
            int country = country_entity(c, v);
            if (country < 0) break;
            int type = -1;
            if (head_of_country_title(c, r0, y->a) || (n == 1 && is_word(c, r0, "leader"))) type = EG_REL_LEADS;
            else if (in(c, y->a - 1, state_roles)) type = EG_REL_MEMBER_OF;
            if (type >= 0) {
                int rc = add_rel(c->r, y->ent, country, type, (int)si, (int)si, 0, hedge);
                if (rc) return rc;
            }
            break;
        }
    }
    return 0;
}

/* The post a person "served as", "resigned as", "took over as", "will step down as" in organisation Y, from token k
 * after the name: the relation, and in *end the token after Y (0 when no such phrase starts at k). "X served as
 * head of the Y1 unit of Y2": the head of a part is a member of the whole (and of Y1 unless a place). */
static int post_as(const rctx *c, int xe, uint32_t k, const eg_sentence *s, int S, int hedge, uint32_t *end)
{
    static const char *const as_verbs[] = {"served", "serves", "serving", "works", "worked", "working", "acts", "acted",
                                           "acting", "remains", "remained", "listed", "registered", "resigned", "resigns",
                                           "resign", "quit", "quits", "retired", "retires", "serve", "work", NULL};
    static const char *const parts[] = {"unit", "units", "office", "branch", "division", "chapter", "arm", "wing", "lab",
                                        "laboratory", "campus", "subsidiary", "bureau", "section", NULL};
    /* ("Armstrong also stepped down as chairman of Livestrong": an adverb; "would resign as": a modal) */
    static const char *const advs[] = {"also", "later", "then", "previously", "briefly", "once", "formerly", "would",
                                       "will", "to", NULL};
    eg_docresult *r = c->r;
    int rc;
    *end = 0;
    if (in(c, k, advs) && tok_lower(c, k + 1)) k++;
    /* "stepped down as", "took over as"; "and as publisher of Y" after a first post, the verb left out */
    uint32_t as = k + 1;
    if (is_word(c, k, "as") && is_word(c, k - 1, "and"))
        as = k;
    else if ((is_word(c, k, "stepped") || is_word(c, k, "steps") || is_word(c, k, "stepping") || is_word(c, k, "step")) &&
             is_word(c, k + 1, "down"))
        as = k + 2;
    else if ((is_word(c, k, "took") || is_word(c, k, "takes") || is_word(c, k, "taking") || is_word(c, k, "take")) &&
             is_word(c, k + 1, "over"))
        as = k + 2;
    else if (!in(c, k, as_verbs))
        return 0;
    if (!is_word(c, as, "as")) return 0;
    uint32_t j = skip_mods(c, as + 1, s->tok_end), n = 0;
    int t = -1;
    /* "served as an ABW officer", "worked as a Google engineer": the organisation in front of the role */
    {
        size_t oi = item_from(c, j);
        if (oi < c->nit && c->it[oi].a == j && !c->it[oi].poss && c->it[oi].mention >= 0 && c->it[oi].ent != xe &&
            etype(c, c->it[oi].ent) == EG_ORG && j == as + 2 &&
            (is_word(c, as + 1, "a") || is_word(c, as + 1, "an") || is_word(c, as + 1, "the"))) {
            for (uint32_t g = c->it[oi].b; g < s->tok_end && g < c->it[oi].b + 3 && t < 0 && tok_lower(c, g); g++)
                if ((t = role_at(c, g, s->tok_end, &n)) >= 0) j = g + n;
            /* (not one whose organisation follows: "served as an FBI liaison to the CIA") */
            uint32_t h = j + 1 + is_word(c, j + 1, "the");
            size_t zi = item_from(c, h);
            int named = (is_word(c, j, "of") || is_word(c, j, "at") || is_word(c, j, "for") || is_word(c, j, "to")) &&
                        zi < c->nit && c->it[zi].a == h;
            if (t >= 0 && t != EG_REL_FAMILY && t != ROLE_NONE && !named) {
                *end = j;
                /* ("served as a Hezbollah commander": one of its commanders) */
                if (t == EG_REL_LEADS && (modifier_member(c, c->it[oi].b, j) || !is_word(c, as + 1, "the"))) t = EG_REL_MEMBER_OF;
                return add_rel(r, xe, c->it[oi].ent, adapt(c, t, c->it[oi].ent), S, S, 0, hedge);
            }
            t = -1;
            j = skip_mods(c, as + 1, s->tok_end);
        }
    }
    for (uint32_t g = j; g < s->tok_end && g < j + 3 && t < 0; g++) {
        t = role_at(c, g, s->tok_end, &n);
        if (t >= 0) j = g + n;
        else if (!tok_lower(c, g)) break;
    }
    if (t < 0 || t == EG_REL_FAMILY) return 0;
    if (!(is_word(c, j, "of") || is_word(c, j, "at") || is_word(c, j, "for") || is_word(c, j, "to"))) return 0;
    uint32_t h = j + 1;
    if (is_word(c, h, "the")) h++;
    size_t yi = item_from(c, h);
    if (yi >= c->nit || c->it[yi].a != h || c->it[yi].ent == xe) return 0;
    if (t == EG_REL_LEADS && modifier_member(c, as + 1, j)) t = EG_REL_MEMBER_OF;
    uint32_t u = c->it[yi].b;
    *end = u;
    if (!c->it[yi].poss && in(c, u, parts) && is_word(c, u + 1, "of")) {
        uint32_t h2 = u + 2;
        if (is_word(c, h2, "the")) h2++;
        size_t zi = item_from(c, h2);
        if (zi < c->nit && c->it[zi].a == h2 && etype(c, c->it[zi].ent) == EG_ORG &&
            (rc = add_rel(r, xe, c->it[zi].ent, EG_REL_MEMBER_OF, S, S, 0, hedge)))
            return rc;
        if (etype(c, c->it[yi].ent) == EG_ORG && (rc = add_rel(r, xe, c->it[yi].ent, EG_REL_MEMBER_OF, S, S, 0, hedge)))
            return rc;
        *end = 0;
        return 0;
    }
    if (etype(c, c->it[yi].ent) == EG_LOC) return 0;
    return add_rel(r, xe, c->it[yi].ent, adapt(c, t, c->it[yi].ent), S, S, 0, hedge);
}

/* "the Movement for Socialism, the party Morales leads", "Sentebale, the charity he co-founded": an
 * organisation, its kind and a relative clause without "that" whose subject heads or founded it. */
static int kind_clause_relations(rctx *c, size_t si, int hedge)
{
    static const char *const head_verbs[] = {"leads", "led", "founded", "co-founded", "cofounded", "runs", "ran", "heads",
                                             "headed", "chairs", "chaired", "created", "started", "built", NULL};
    const eg_sentence *s = &c->r->tk.sent[si];
    for (size_t i = 0; i + 1 < c->nit; i++) {
        const item *x = &c->it[i];
        if (x->mention < 0 || x->poss || etype(c, x->ent) != EG_ORG || !is_punct(c, x->b, ',') || !is_word(c, x->b + 1, "the"))
            continue;
        uint32_t g = x->b + 2;
        while (g < s->tok_end && g < x->b + 5 && tok_lower(c, g) && !in(c, g, org_classes) && !in(c, g, aux_words)) g++;
        if (g >= s->tok_end || !tok_lower(c, g) || !in(c, g, org_classes)) continue;
        const item *y = &c->it[i + 1];
        if (y->a != g + 1 || y->poss || etype(c, y->ent) != EG_PERSON) continue;
        uint32_t v = y->b;
        if (is_word(c, v, "also") || is_word(c, v, "later")) v++;
        if (!in(c, v, head_verbs)) continue;
        int rc = add_rel(c->r, y->ent, x->ent, EG_REL_LEADS, (int)si, (int)si, 0, hedge);
        if (rc) return rc;
    }
    return 0;
}

static int typed_relations(rctx *c, size_t si, int hedge)
{
    eg_docresult *r = c->r;
    const eg_sentence *s = &r->tk.sent[si];
    int rc;
    int S = (int)si;
    /* 0. "Chief executive Alison Pryce apologised": a lower-case title opening the sentence */
    if (c->nit && c->it[0].mention >= 0 && etype(c, c->it[0].ent) == EG_PERSON) {
        const eg_mention *m = &r->m[c->it[0].mention];
        uint32_t k = s->tok_start;
        while (k < m->tok_start && r->tk.tok[k].kind == EG_TK_WORD) k++;
        int found;
        if (m->title < 0 && k == m->tok_start && k > s->tok_start && k <= s->tok_start + 3 &&
            (rc = title_org(c, s->tok_start, k, m, S, hedge, &found)))
            return rc;
    }
    /* 1. title cues from mention detection: "FBI Director Dana Reyes", "Chilean President X" */
    /* cues come in text order: skip those of earlier sentences once */
    while (c->cue_pos < r->ncues && r->m[r->cues[c->cue_pos].mention].sent < si) c->cue_pos++;
    for (size_t q = c->cue_pos; q < r->ncues && r->m[r->cues[q].mention].sent == si; q++) {
        const eg_cue *cu = &r->cues[q];
        const eg_mention *m = &r->m[cu->mention];
        if (m->entity < 0) continue;
        if (cu->pre_mention < 0) {
            int found = 0;
            if (etype(c, m->entity) == EG_PERSON && (rc = title_chamber(c, cu, m->entity, S, hedge, &found))) return rc;
            if (!found && etype(c, m->entity) == EG_PERSON && (rc = title_department(c, cu, m->entity, S, hedge, &found))) return rc;
            if (!found && etype(c, m->entity) == EG_PERSON && (rc = title_org(c, cu->tok_start, cu->tok_end, m, S, hedge, &found))) return rc;
            if (!found && etype(c, m->entity) == EG_PERSON && (rc = title_country(c, cu, m->entity, S, hedge))) return rc;
            continue;
        }
        int pre = r->m[cu->pre_mention].entity;
        if (pre < 0 || etype(c, m->entity) != EG_PERSON) continue;
        if (etype(c, pre) == EG_LOC) {
            /* "British Foreign Secretary X" is of a country; "Sao Paulo Striker X" names a club, not the city */
            const char *lab = r->ent[pre].label;
            const char *v = eg_lex_value(EG_LEX_PLACE, lab, strlen(lab));
            const char *canon = v && *v ? v : lab;
            /* ... but "Grand Forks Mayor X", "Ohio Governor Y": a local office is of the city or state */
            /* ("Ohio Attorney General X", "Texas State Treasurer Y": a state's officers too) */
            static const char *const local[] = {"mayor", "governor", "councillor", "councilor", "councilman",
                                                "councilwoman", "alderman", "alderwoman", "sheriff", "premier",
                                                "attorney", "attorney-general", "treasurer", "comptroller", "auditor",
                                                "lieutenant", "assemblyman", "assemblywoman", "legislator", NULL};
            int is_local = 0;
            for (uint32_t k = cu->tok_start; k < cu->tok_end && !is_local; k++) is_local = in(c, k, local);
            if (!is_local && !eg_lex_has(EG_LEX_COUNTRY, canon, strlen(canon))) continue;
        }
        int t = -1;
        for (uint32_t k = cu->tok_start; k < cu->tok_end && t < 0; k++) {
            uint32_t n;
            t = role_at(c, k, cu->tok_end, &n);
        }
        if (t < 0 || t == EG_REL_FAMILY) t = EG_REL_MEMBER_OF;
        if (t == EG_REL_LEADS && modifier_member(c, cu->tok_start, cu->tok_end)) t = EG_REL_MEMBER_OF;
        t = adapt(c, t, pre);
        if ((rc = add_rel(r, m->entity, pre, t, S, S, 0, hedge))) return rc;
    }
    for (size_t i = 0; i < c->nit; i++) {
        item *x = &c->it[i];
        uint32_t k = x->b;
        /* ("Pieter Vandenbroucke, 61, the founder of ...": past the age) */
        /* ("Raymond Delgado, 51, founder of Y": or a role without an article) */
        uint32_t rn_age;
        /* ("Tian Wenhua, 66, who was Sanlu's chairwoman": or a relative) */
        if (is_punct(c, k, ',') && k + 2 < s->tok_end && r->tk.tok[k + 1].kind == EG_TK_NUM && is_punct(c, k + 2, ',') &&
            etype(c, x->ent) == EG_PERSON &&
            (in(c, k + 3, dets) || (tok_lower(c, k + 3) && role_at(c, k + 3, s->tok_end, &rn_age) >= 0) ||
             (is_word(c, k + 3, "who") && (is_word(c, k + 4, "is") || is_word(c, k + 4, "was")))))
            k += 2;
        /* past where a person is from: "Representative Doug Collins of Georgia, the top Republican on Y" (a
         * lawmaker's state), "Marsh, 65, of Lexington, S.C., the former chief executive officer of SCANA" (a press
         * release's town after an age), "Issa Hayatou of Cameroon, FIFA's senior vice president" (an organisation's
         * possessive); not "President Emmanuel Macron of France, a permanent member of the Security Council", which
         * describes the country */
        if (etype(c, x->ent) == EG_PERSON && x->mention >= 0 && !x->poss) {
            uint32_t h = 0;
            int aged = 0;
            if (is_word(c, k, "of") && k == x->b) h = k + 1;
            else if (is_punct(c, k, ',') && is_word(c, k + 1, "of")) h = k + 2;
            else if (is_punct(c, k, ',') && k + 4 < s->tok_end && r->tk.tok[k + 1].kind == EG_TK_NUM && is_punct(c, k + 2, ',') &&
                     is_word(c, k + 3, "of"))
                h = k + 4, aged = 1;
            size_t pi = h ? item_from(c, h) : c->nit;
            if (pi < c->nit && c->it[pi].a == h && etype(c, c->it[pi].ent) == EG_LOC && !c->it[pi].poss) {
                uint32_t e = c->it[pi].b;
                size_t qi = is_punct(c, e, ',') ? item_from(c, e + 1) : c->nit; /* ("of Lexington, S.C.,": the state) */
                if (qi < c->nit && c->it[qi].a == e + 1 && etype(c, c->it[qi].ent) == EG_LOC && is_punct(c, c->it[qi].b, ','))
                    e = c->it[qi].b;
                size_t oi = is_punct(c, e, ',') ? item_from(c, e + 1) : c->nit;
                int lawmaker = c->r->m[x->mention].title >= 0 && in(c, (uint32_t)c->r->m[x->mention].title, legislators);
                if (is_punct(c, e, ',') &&
                    (((aged || lawmaker) && in(c, e + 1, dets)) || (oi < c->nit && c->it[oi].a == e + 1 && c->it[oi].poss)))
                    k = e;
            }
        }
        /* 2. apposition "X, (a|the) (mods) [Y('s)] ROLE (of|on|at|for Y)"; or a copula, "X is the daughter of Y" */
        /* "X, the chief executive, is the daughter of Y": the copula after the apposition too */
        uint32_t k_cop = 0;
        for (uint32_t g = k + 1; is_punct(c, k, ',') && g < s->tok_end && g < k + 12 && !clause_break(c, g); g++)
            if (is_punct(c, g, ',')) {
                if (is_word(c, g + 1, "is") || is_word(c, g + 1, "was")) k_cop = g + 1;
                break;
            }
        for (int pass = 0; pass < 2; pass++) {
            if (pass) {
                if (!k_cop) break;
                k = k_cop;
            }
            uint32_t rn;
            int made = 0;
            /* "X was elected president of Y", "X has been named chief executive": a passive appointment
             * reads as the copula (not "was named by the board") */
            {
                static const char *const made_verbs[] = {"elected", "re-elected", "appointed", "named", "made",
                                                         "installed", NULL};
                uint32_t kv = k;
                if ((is_word(c, kv, "has") || is_word(c, kv, "had") || is_word(c, kv, "have")) && is_word(c, kv + 1, "been")) kv++;
                if ((is_word(c, kv, "was") || is_word(c, kv, "is") || is_word(c, kv, "been") || is_word(c, kv, "were")) &&
                    in(c, kv + 1, made_verbs) && !is_word(c, kv + 2, "by")) {
                    kv += 1 + is_word(c, kv + 2, "as");
                    if (tok_lower(c, kv + 1) && role_at(c, kv + 1, s->tok_end, &rn) >= 0) k = kv, made = 1;
                } else if ((is_word(c, kv, "took") || is_word(c, kv, "takes")) && is_word(c, kv + 1, "over")) {
                    /* ("Lee took over in May as chairman of the foundation": a post taken) */
                    uint32_t L, h = kv + 2;
                    if ((L = time_phrase(c, h))) h += L;
                    if (is_word(c, h, "as") && tok_lower(c, h + 1) && role_at(c, h + 1, s->tok_end, &rn) >= 0) k = h, made = 1;
                }
            }
            /* ("X has been the chairman of Y since 2019": the perfect reads as the copula) */
            int perfect = !made && (is_word(c, k, "has") || is_word(c, k, "had") || is_word(c, k, "have")) &&
                          is_word(c, k + 1, "been");
            if (perfect) k++;
            size_t cpi = item_from(c, k + 1);
            int copula = made ||
                         ((is_word(c, k, "is") || is_word(c, k, "was") || is_word(c, k, "became") || is_word(c, k, "remains") ||
                           perfect) &&
                          (in(c, k + 1, dets) || (is_word(c, k + 1, "also") && in(c, k + 2, dets)) ||
                           (tok_lower(c, k + 1) && role_at(c, k + 1, s->tok_end, &rn) >= 0) || /* "is head of Y" */
                           /* ("who was Nordhavn's pricing director": an organisation's role) */
                           (cpi < c->nit && c->it[cpi].a == k + 1 && c->it[cpi].poss && c->it[cpi].mention >= 0 &&
                            etype(c, c->it[cpi].ent) == EG_ORG)));
            /* (not "his wife, Diane Osgood, and his attorney, Harold Nyberg": a second person, no apposition) */
            if (etype(c, x->ent) == EG_PERSON && x->mention >= 0 && (is_punct(c, k, ',') || copula) &&
                !(is_punct(c, k, ',') && (is_word(c, k + 1, "and") || is_word(c, k + 1, "or") || is_word(c, k + 1, "but")))) {
                uint32_t j = k + 1;
                if (copula && is_word(c, j, "also")) j++;
                int det_pron = -1;
                if (j < s->tok_end && in(c, j, dets)) {
                    /* ("Jennifer Newstead, its chief legal officer,": the organisation "its" stands for) */
                    if (is_word(c, j, "his") || is_word(c, j, "her") || is_word(c, j, "its")) {
                        for (size_t p = 0; p < c->nit; p++)
                            if (c->it[p].a == j && c->it[p].mention < 0) det_pron = c->it[p].ent;
                    }
                    j++;
                }
                int target = det_pron, nation = -1, kind_named = 0;
                /* "X, a former research chemist at Y": an occupation (lower-case words) at an organisation */
                int occupation = is_word(c, k + 1, "a") || is_word(c, k + 1, "an");
                /* (the article of the description: right after the comma, or after "who was (then)") */
                uint32_t rel_cop = is_word(c, j, "who") ? past_copula(c, j + 1) : 0;
                if (rel_cop && is_word(c, rel_cop - 1, "also")) rel_cop--; /* ("who is also": read below as before) */
                uint32_t desc_art = rel_cop ? rel_cop : k + 1;
                uint32_t guard = j + 6;
                /* ("X, who has been Y's chief executive since 2015") */
                if (is_word(c, j, "who") && (is_word(c, j + 1, "has") || is_word(c, j + 1, "had")) && is_word(c, j + 2, "been"))
                    guard += 2;
                /* ("X, who was then Oxfam's country director": an adverb of time after the relative's copula) */
                else if (rel_cop > j + 2)
                    guard += 1;
                while (j < s->tok_end && j < guard) {
                    /* ("X, a Minneapolis lawyer with the firm Y": where the job is done, before the role; the role's
                     * organisation follows) */
                    size_t y0 = item_from(c, j);
                    if (y0 < c->nit && c->it[y0].a == j && etype(c, c->it[y0].ent) == EG_LOC && !c->it[y0].poss && j == k + 2 &&
                        occupation && tok_lower(c, c->it[y0].b)) {
                        uint32_t n0, e0;
                        if (role_at(c, c->it[y0].b, s->tok_end, &n0) >= 0 &&
                            ((e0 = c->it[y0].b + n0), is_word(c, e0, "with") || is_word(c, e0, "at"))) {
                            j = c->it[y0].b;
                            continue;
                        }
                    }
                    /* "X, a retired machinist from West Hartford", "Y, a dentist in Denver" */
                    if (occupation && j > k + 2 && target < 0 &&
                        (is_word(c, j, "from") || (is_word(c, j, "in") && occupation_word(c, j - 1)))) {
                        if ((rc = person_from(c, x->ent, j, S, hedge))) return rc;
                        break;
                    }
                if (occupation && j > k + 2 && target < 0 && is_word(c, j, "at")) {
                        size_t zi = named_after(c, j + 1, s->tok_end);
                        if (zi < c->nit && !c->it[zi].poss && etype(c, c->it[zi].ent) == EG_ORG &&
                            (rc = add_rel(r, x->ent, c->it[zi].ent, EG_REL_MEMBER_OF, S, S, 0, hedge)))
                            return rc;
                        break;
                    }
                    /* ("a Portuguese-born photographer working for Greenpeace": where the person was born) */
                    if (occupation && j > k + 1 && (r->tk.tok[j].flags & EG_TF_CAP) && is_punct(c, j + 1, '-') &&
                        is_word(c, j + 2, "born")) {
                        j += 3;
                        continue;
                    }
                    /* (an age is part of the description: "a 71-year-old retired fisherman from Fort Kochi") */
                    if (!tok_lower(c, j) && !(r->tk.tok[j].kind == EG_TK_NUM && j == k + 2)) occupation = 0;
                    else if (verb_cue_at(c, j, s->tok_end)) break; /* "X, who also represents Y players": a clause */
                    {
                        /* "Christian Lindner, the German finance minister": the demonym's country */
                        const eg_token *t = &r->tk.tok[j];
                        const char *v = (t->flags & EG_TF_CAP) ? eg_lex_value(EG_LEX_DEMONYM, c->text + t->start, t->len) : NULL;
                        size_t zi = item_from(c, j);
                        if (v && *v && (zi >= c->nit || c->it[zi].a != j)) {
                            nation = country_entity(c, v);
                            j++;
                            continue;
                        }
                    }
                    size_t yi = item_from(c, j);
                    /* ("Dmitry Peskov, President Vladimir Putin's spokesman,": the title of the person whose role it
                     * is) */
                    if (yi < c->nit && c->it[yi].a > j && c->it[yi].a <= j + 3 && c->it[yi].poss && c->it[yi].mention >= 0 &&
                        etype(c, c->it[yi].ent) == EG_PERSON && (r->tk.tok[j].flags & EG_TF_CAP) &&
                        eg_lex_has(EG_LEX_TITLE, c->text + r->tk.tok[j].start,
                                   r->tk.tok[c->it[yi].a - 1].start + r->tk.tok[c->it[yi].a - 1].len - r->tk.tok[j].start)) {
                        j = c->it[yi].a;
                        continue;
                    }
                    /* ("X, the Agadir-based regional director of Y": where the role sits, not whose it is) */
                    if (yi < c->nit && c->it[yi].a == j && etype(c, c->it[yi].ent) == EG_LOC && !c->it[yi].poss &&
                        is_punct(c, c->it[yi].b, '-') && is_word(c, c->it[yi].b + 1, "based") && j > k + 1) {
                        j = c->it[yi].b + 2;
                        continue;
                    }
                    if (yi < c->nit && c->it[yi].a == j) {
                        target = c->it[yi].ent;
                        j = c->it[yi].b + (c->it[yi].b < s->tok_end && r->tk.tok[c->it[yi].b].kind == EG_TK_POSS); /* "its" has no 's */
                        continue;
                    }
                    uint32_t n;
                    int t = role_at(c, j, s->tok_end, &n);
                    if (t >= 0) {
                        uint32_t after = j + n, n2;
                        /* "assistant deputy minister": the last of the role words */
                        /* ("international justice advocacy director at Y": past a field word between) */
                        for (int t2;;) {
                            if (after < s->tok_end && tok_lower(c, after) && (t2 = role_at(c, after, s->tok_end, &n2)) >= 0) {
                                j = after;
                                n = n2;
                                t = t2;
                                after = j + n;
                                continue;
                            }
                            if (after + 1 < s->tok_end && field_word(c, after) && tok_lower(c, after + 1) &&
                                (t2 = role_at(c, after + 1, s->tok_end, &n2)) >= 0 && t2 != EG_REL_FAMILY &&
                                (is_word(c, after + 1 + n2, "at") || is_word(c, after + 1 + n2, "of") ||
                                 is_word(c, after + 1 + n2, "for"))) {
                                j = after + 1;
                                n = n2;
                                t = t2;
                                after = j + n;
                                continue;
                            }
                            break;
                        }
                        /* "a journalist writing for The Daily Telegraph", "an engineer working at X": the
                         * participle of the job says nothing more */
                        {
                            static const char *const jobs_ing[] = {"writing", "working", "reporting", NULL};
                            /* ("a Nigerian journalist working with BBC Africa Eye") */
                            if (in(c, after, jobs_ing) && (is_word(c, after + 1, "for") || is_word(c, after + 1, "at") ||
                                                           (is_word(c, after + 1, "with") && !is_word(c, after, "writing"))))
                                after++;
                        }
                        /* "Bob Iger, Comcast chief executive David Zaslav and ...": the role is the title of the
                         * name right after it, a list's next item, no apposition */
                        {
                            size_t ni = item_from(c, after);
                            if (ni < c->nit && c->it[ni].a == after && c->it[ni].mention >= 0 && !c->it[ni].poss &&
                                etype(c, c->it[ni].ent) == EG_PERSON)
                                break;
                        }
                        /* "X, the founder and chairman of Y": two roles; the head's if either is */
                        /* ("a lobbyist and former chairman of the Ohio Republican Party": past a rank's word) */
                        {
                            uint32_t n3, a3 = after + 1;
                            int t3;
                            if (is_word(c, after, "and") && in(c, a3, rank_keeping) && tok_lower(c, a3 + 1)) a3++;
                            /* ("the writer and wife of President Y": a kin word after an occupation's) */
                            if (is_word(c, after, "and") && tok_lower(c, a3) && t != EG_REL_FAMILY &&
                                (t3 = role_at(c, a3, s->tok_end, &n3)) >= 0 && t3 != ROLE_NONE &&
                                (t3 != EG_REL_FAMILY ||
                                 ((t == EG_REL_MEMBER_OF || t == ROLE_NONE) && kin_of_person(c, a3 + n3, s->tok_end)))) {
                                /* (the role nearer the organisation otherwise: "a criminal lawyer and former senator
                                 * for Forza Italia" is its member) */
                                if (t != EG_REL_LEADS) t = t3;
                                j = a3;
                                n = n3;
                                after = j + n;
                            }
                        }
                        /* "X, the Labour Party's spokeswoman on enterprise": a party's portfolio spokesperson is
                         * one of its members */
                        int portfolio = t == EG_REL_REPRESENTS && is_word(c, after, "on") && tok_lower(c, after + 1) &&
                                        !in(c, after + 1, dets);
                        /* ... and "David Cullinane, the health spokesman for Sinn Fein" */
                        {
                            static const char *const policy[] = {"health", "finance", "justice", "foreign", "education",
                                                                 "environment", "defence", "defense", "housing", "transport",
                                                                 "economic", "economy", "home", "energy", "agriculture",
                                                                 "immigration", "treasury", "trade", "enterprise", "culture",
                                                                 "security", "interior", "labour", "labor", "welfare",
                                                                 "pensions", "climate", "communications", "broadcasting", NULL};
                            if (t == EG_REL_REPRESENTS && j > k + 1 && in(c, j - 1, policy) && is_word(c, after, "for"))
                                portfolio = 1;
                        }
                        if (portfolio) t = EG_REL_MEMBER_OF;
                        int part = 0;
                        if ((is_word(c, after, "for") || is_word(c, after, "of")) && tok_lower(c, after + 1) &&
                            !in(c, after + 1, dets)) {
                            /* "minister for materiel at the Department of X": a part's officer is a member */
                            uint32_t g = after + 1;
                            while (g < s->tok_end && g < after + 4 && tok_lower(c, g) && !is_word(c, g, "at")) g++;
                            if (is_word(c, g, "at")) { after = g; part = 1; }
                        }
                        /* "X, a retired GP from the village of Horsford", "Y, a lawyer in Dubai" */
                        /* (but "X, a partner in Carolina Coastline Partners": an organisation, below) */
                        /* (nor "X, a member of parliament from the Amal Movement": a party or a firm one is from) */
                        size_t in_org = is_word(c, after, "in") || is_word(c, after, "from") ? named_after(c, after + 1, s->tok_end)
                                                                                             : c->nit;
                        if ((is_word(c, after, "from") || is_word(c, after, "in")) && target < 0 &&
                            (is_word(c, k + 1, "a") || is_word(c, k + 1, "an")) &&
                            !(in_org < c->nit && etype(c, c->it[in_org].ent) == EG_ORG)) {
                            if ((rc = person_from(c, x->ent, after, S, hedge))) return rc;
                            break;
                        }
                        /* "the Lancaster branch secretary of the union ASLEF": the union, not the town */
                        if (target >= 0 && etype(c, target) == EG_LOC && (is_word(c, after, "of") || is_word(c, after, "at"))) {
                            size_t zi = named_after(c, after + 1, s->tok_end);
                            if (zi < c->nit && etype(c, c->it[zi].ent) == EG_ORG && !c->it[zi].poss) target = -1;
                        }
                        if ((is_word(c, after, "of") || is_word(c, after, "on") || is_word(c, after, "at") ||
                             is_word(c, after, "for") || (is_word(c, after, "to") && !posted_role(c, j, after)) ||
                             is_word(c, after, "in") || is_word(c, after, "with") ||
                             (is_word(c, after, "from") && in_org < c->nit && etype(c, c->it[in_org].ent) == EG_ORG)) &&
                            target < 0) {
                            size_t zi = named_after(c, after + 1, s->tok_end);
                            /* "X, the home minister in the Maharashtra government", "a prosecutor with the Public
                             * Prosecution": an organisation, not a place */
                            if (zi < c->nit && (is_word(c, after, "in") || is_word(c, after, "with")) &&
                                etype(c, c->it[zi].ent) != EG_ORG)
                                zi = c->nit;
                            /* "a member of the Senate's environment committee", "of PLT's evaluation panel": a
                             * body's part; its member is the body's */
                            /* (or a place's: "the director of the FIA's Lahore zone") */
                            uint32_t h1 = zi < c->nit ? c->it[zi].b + 1 : 0;
                            if (zi + 1 < c->nit && c->it[zi + 1].a == h1 && etype(c, c->it[zi + 1].ent) == EG_LOC && !c->it[zi + 1].poss)
                                h1 = c->it[zi + 1].b;
                            if (zi < c->nit && c->it[zi].poss && etype(c, c->it[zi].ent) == EG_ORG && tok_lower(c, h1)) {
                                static const char *const bodies[] = {"committee", "panel", "board", "council", "unit",
                                                                     "team", "delegation", "division", "caucus", "subcommittee",
                                                                     "commission", "zone", "region", "branch", "bureau",
                                                                     "office", "station", "chapter", "wing", "department", "directorate", NULL};
                                uint32_t h = h1;
                                while (h < s->tok_end && h < h1 + 3 && tok_lower(c, h) && !in(c, h, bodies)) h++;
                                if (in(c, h, bodies) && tok_lower(c, h)) {
                                    target = c->it[zi].ent;
                                    /* (not "the chairman of Acme's board": the board's chair heads the company) */
                                    /* (nor "the chairman of DLR's executive board", a supervisory or management board) */
                                    part = !((h == c->it[zi].b + 1 ||
                                              (h == c->it[zi].b + 2 && (is_word(c, h - 1, "executive") ||
                                                                        is_word(c, h - 1, "supervisory") ||
                                                                        is_word(c, h - 1, "management") ||
                                                                        is_word(c, h - 1, "governing")))) &&
                                             is_word(c, h, "board") && !is_word(c, h + 1, "of") && t == EG_REL_LEADS);
                                }
                            }
                            /* "the son of Hrytsenko's sister": kin of kin is kin */
                            if (zi < c->nit && t == EG_REL_FAMILY && c->it[zi].poss && etype(c, c->it[zi].ent) == EG_PERSON &&
                                c->it[zi].b + 2 < s->tok_end && (is_punct(c, c->it[zi].b + 2, ',') || clause_break(c, c->it[zi].b + 2) ||
                                                                c->it[zi].b + 2 == s->tok_end - 1)) {
                                uint32_t kn;
                                if (role_type(c, c->it[zi].b + 1, 1) == EG_REL_FAMILY && role_at(c, c->it[zi].b + 1, s->tok_end, &kn) >= 0)
                                    target = c->it[zi].ent;
                            }
                            /* "the head of Sanofi Pasteur's Asia-Pacific operations", "of Acme's vaccine unit": the
                             * head of an organisation's part is its member */
                            if (target < 0 && zi < c->nit && c->it[zi].poss && etype(c, c->it[zi].ent) == EG_ORG) {
                                static const char *const op_parts[] = {"operations", "operation", "business", "businesses",
                                                                       "unit", "division", "arm", "branch", "office",
                                                                       "team", "department", "subsidiary", "affiliate", NULL};
                                uint32_t h = c->it[zi].b + (r->tk.tok[c->it[zi].b].kind == EG_TK_POSS);
                                uint32_t h0 = h;
                                while (h < s->tok_end && h < h0 + 3 && r->tk.tok[h].kind == EG_TK_WORD && !in(c, h, op_parts) &&
                                       !in(c, h, dets) && !verb_cue_at(c, h, s->tok_end))
                                    h++;
                                if (h > h0 && h < s->tok_end && tok_lower(c, h) && in(c, h, op_parts)) {
                                    target = c->it[zi].ent;
                                    part = 1;
                                }
                                /* ("a senior vice president at BMW's headquarters in Munich", "an engineer at BMW's
                                 * plant in Leipzig": where the organisation works) */
                                static const char *const sites[] = {"headquarters", "plant", "factory", "offices", "mine",
                                                                    "refinery", "campus", "laboratory", "laboratories",
                                                                    "shipyard", "site", NULL};
                                static const char *const visitors[] = {"reporter", "journalist", "correspondent", "inspector",
                                                                       "visitor", "guest", "protester", "photographer", NULL};
                                if (target < 0 && is_word(c, after, "at") && !in(c, after - 1, visitors)) {
                                    uint32_t q = h0;
                                    while (q < s->tok_end && q < h0 + 2 && tok_lower(c, q) && !in(c, q, sites) && !in(c, q, dets)) q++;
                                    if (q < s->tok_end && tok_lower(c, q) && in(c, q, sites)) {
                                        target = c->it[zi].ent;
                                        part = 1;
                                    }
                                }
                            }
                            /* "the chairman of Dana Whitfield's campaign": the campaign, not her */
                            if (target < 0 && zi < c->nit && !(c->it[zi].poss && tok_lower(c, c->it[zi].b + 1))) {
                                target = c->it[zi].ent;
                                /* "the president of top-flight club X": a kind of organisation, not a part */
                                kind_named = c->it[zi].a > after + 1 && in(c, c->it[zi].a - 1, org_classes);
                                /* "secretary of the UCU branch at the university": the head of a part is a member */
                                static const char *const parts_after[] = {"branch", "chapter", "unit", "division", "section",
                                                                          "wing", "office", "delegation", "caucus", NULL};
                                if (c->it[zi].b < s->tok_end && tok_lower(c, c->it[zi].b) && in(c, c->it[zi].b, parts_after))
                                    part = 1;
                            }
                        }
                        /* "the son of Senator Y", "the father-in-law of opposition leader Y": past a title or
                         * lower-case role words to the kin */
                        /* ("a son of the jailed drug lord Y", "the grandson of the late Fiat chairman Y", "the
                         * brother of the cartel's co-founder Y": an article, describing words, an organisation's name
                         * or possessive among them) */
                        /* (a person there rather than the organisation of the description: not "Fiat" in "the
                         * grandson of the late Fiat chairman Y") */
                        if ((target < 0 || etype(c, target) != EG_PERSON) && t == EG_REL_FAMILY && is_word(c, after, "of")) {
                            uint32_t g = after + 1;
                            int art = is_word(c, g, "the") || is_word(c, g, "a");
                            g += art;
                            while (g < s->tok_end && g < after + 4 + 3 * art && !in(c, g, dets) && !verb_cue_at(c, g, s->tok_end) &&
                                   !is_word(c, g, "and") && !is_word(c, g, "or") && !is_word(c, g, "who")) {
                                if (tok_lower(c, g) || (art && r->tk.tok[g].kind == EG_TK_POSS)) { g++; continue; }
                                size_t oi = item_from(c, g);
                                if (oi < c->nit && c->it[oi].a == g && etype(c, c->it[oi].ent) != EG_PERSON &&
                                    c->it[oi].b < s->tok_end && (tok_lower(c, c->it[oi].b) || r->tk.tok[c->it[oi].b].kind == EG_TK_POSS)) {
                                    g = c->it[oi].b;
                                    /* ("a half-sister of Jordan's King Abdullah II": a country's possessive, then the title) */
                                    if (!art && r->tk.tok[g].kind == EG_TK_POSS && g + 1 < s->tok_end && !tok_lower(c, g + 1)) g++;
                                    continue;
                                }
                                break;
                            }
                            g = past_title(c, g);
                            size_t zi = item_from(c, g);
                            if (zi < c->nit && c->it[zi].a == g && c->it[zi].mention >= 0 && !c->it[zi].poss &&
                                etype(c, c->it[zi].ent) == EG_PERSON)
                                target = c->it[zi].ent;
                        }
                        /* "X is the brother of the fund's chairman, Y": kin of the person the role names */
                        if (target < 0 && t == EG_REL_FAMILY && is_word(c, after, "of")) {
                            int who = role_person_after(c, after + 1, s->tok_end);
                            if (who >= 0) target = who;
                        }
                        if (target < 0 && nation >= 0) {
                            int head = head_of_country_title(c, j, j + n);
                            target = nation;
                            t = head ? EG_REL_LEADS : EG_REL_MEMBER_OF;
                        }
                        /* "X, the CSN's president, Marta Echevarría, said": the role is the next name's, not X's */
                        if (target >= 0 && !copula && is_punct(c, after, ',')) {
                            size_t ni = item_from(c, after + 1);
                            if (ni < c->nit && c->it[ni].a == after + 1 && c->it[ni].mention >= 0 &&
                                etype(c, c->it[ni].ent) == EG_PERSON && c->it[ni].ent != x->ent)
                                target = -1;
                        }
                        if (target >= 0 && target != x->ent) {
                            int tt = t == EG_REL_LEADS && (part || modifier_member(c, k, j)) ? EG_REL_MEMBER_OF : t;
                            /* "X, United States Attorney for the Eastern District of Virginia": the attorney heads the
                             * attorney's office the district names */
                            /* (not an assistant: "Assistant United States Attorney") */
                            if (tt == EG_REL_MEMBER_OF && is_word(c, j + n - 1, "attorney") && !tok_lower(c, j + n - 1) &&
                                !modifier_member(c, j, j + n) && !(j > 0 && modifier_member(c, j - 1, j)) &&
                                etype(c, target) == EG_ORG && label_has_word(r->ent[target].label, "Attorney's", 10))
                                tt = EG_REL_LEADS;
                            /* "Nordhavn's pricing director": the director of a field is a member */
                            if (tt == EG_REL_LEADS && j > k + 1 && is_word(c, j + n - 1, "director") && tok_lower(c, j - 1) &&
                                !in(c, j - 1, rank_keeping) && !in(c, j - 1, dets) && role_type(c, j - 1, 1) < 0 &&
                                !is_word(c, j - 1, "and"))
                                tt = EG_REL_MEMBER_OF;
                            /* "X, a Licking County commissioner": a place is led only by its head */
                            if (tt == EG_REL_LEADS && etype(c, target) == EG_LOC && !head_of_country_title(c, j, j + n) &&
                                !local_head(c, j, j + n))
                                tt = EG_REL_MEMBER_OF;
                            /* "the EU's competition commissioner": a commissioner with a field is one of a college */
                            if (tt == EG_REL_LEADS && is_word(c, j + n - 1, "commissioner") && n == 1 && j > k + 1 &&
                                tok_lower(c, j - 1) && r->tk.tok[j - 1].kind == EG_TK_WORD && !in(c, j - 1, dets) &&
                                !modifier_member(c, j - 1, j) && !is_word(c, j - 1, "chief") && !is_word(c, j - 1, "high") &&
                                !is_word(c, j - 1, "police") && !label_has_word(r->ent[target].label, "Commission", 10))
                                tt = EG_REL_MEMBER_OF; /* (a commission's own "national commissioner" heads it) */
                            /* "the agency's head of fraud": the head of a part is a member of the whole */
                            if (tt == EG_REL_LEADS && is_word(c, after, "of") && tok_lower(c, after + 1) && !in(c, after + 1, dets) &&
                                !kind_named)
                                tt = EG_REL_MEMBER_OF;
                            /* "Amira Soliman, a Cairo lawyer", "Theodore Olson, the Washington lawyer who ...": a lawyer in
                             * the city, not the city's */
                            if (tt == EG_REL_REPRESENTS && etype(c, target) == EG_LOC && !is_country(c, target) && j > k + 1 &&
                                (is_word(c, k + 1, "a") || is_word(c, k + 1, "an") || is_word(c, k + 1, "the")) &&
                                !posted_role(c, j, j + n))
                                for (size_t q = 0; q < c->nit; q++)
                                    if (c->it[q].ent == target && c->it[q].b == j && !c->it[q].poss) tt = EG_REL_LOCATED_IN;
                            /* "X, a lawyer at Y": a firm's lawyer works there; "a lawyer for Y" acts for it */
                            /* (the organisation after the word: not "a Google spokesman in Brussels") */
                            /* ("a lawyer on Uber's security team": a member of its staff) */
                            if (tt == EG_REL_REPRESENTS && etype(c, target) == EG_ORG &&
                                (is_word(c, after, "at") || is_word(c, after, "with") || is_word(c, after, "in") ||
                                 is_word(c, after, "on"))) {
                                size_t ti = item_from(c, after + 1);
                                while (ti < c->nit && c->it[ti].ent != target && c->it[ti].a < after + 7) ti++;
                                int named_after_it = ti < c->nit && c->it[ti].ent == target && c->it[ti].a <= after + 6;
                                if (named_after_it && is_word(c, after, "on")) {
                                    static const char *const staffs[] = {"team", "staff", "board", "panel", "unit", NULL};
                                    uint32_t h = c->it[ti].b + (c->it[ti].poss ? 1 : 0);
                                    while (h < s->tok_end && h < c->it[ti].b + 4 && tok_lower(c, h) && !in(c, h, staffs)) h++;
                                    named_after_it = c->it[ti].poss && in(c, h, staffs);
                                }
                                if (named_after_it) tt = EG_REL_MEMBER_OF;
                            }
                            /* "X, a director of Y", "an editor at Y": one of several (not "a former chief
                             * executive of Y") */
                            /* (... "a managing partner at Y", "a vice-president of Y") */
                            /* (... and "who was then a minister at the Foreign Office": one of its ministers) */
                            if (tt == EG_REL_LEADS && (is_word(c, desc_art, "a") || is_word(c, desc_art, "an")) &&
                                (is_word(c, j + n - 1, "director") || is_word(c, j + n - 1, "editor") ||
                                 /* ("a former commander of Uganda's Lord's Resistance Army", "a senior executive at Y") */
                                 is_word(c, j + n - 1, "commander") || is_word(c, j + n - 1, "manager") ||
                                 (is_word(c, j + n - 1, "executive") && n == 1) ||
                                 (is_word(c, j + n - 1, "minister") && n == 1 && is_word(c, after, "at")) ||
                                 is_word(c, j + n - 1, "partner") || is_word(c, j + n - 1, "vice-president") ||
                                 (is_word(c, j + n - 1, "president") && n >= 2 && is_word(c, j + n - 2, "vice"))))
                                tt = EG_REL_MEMBER_OF;
                            /* "Liza Manalo, secretary of the Department of Information", "the acting Homeland Security
                             * secretary": a department's or ministry's secretary heads it (not "the council's
                             * secretary", who keeps its minutes) */
                            if (tt == EG_REL_MEMBER_OF && n == 1 && is_word(c, j, "secretary") && etype(c, target) == EG_ORG &&
                                !modifier_member(c, k, j) && !is_word(c, desc_art, "a") && !is_word(c, desc_art, "an") &&
                                !(j > 0 && tok_lower(c, j - 1) && !in(c, j - 1, rank_keeping) && !in(c, j - 1, dets)) &&
                                (label_has_word(r->ent[target].label, "Department", 10) ||
                                 label_has_word(r->ent[target].label, "Ministry", 8)))
                                tt = EG_REL_LEADS;
                            if ((rc = add_rel(r, x->ent, target, adapt(c, tt, target), S, S, 0, hedge)))
                                return rc;
                            /* "Princess Marie, mother of Henrik and Athena": kin of each person of the list */
                            if (tt == EG_REL_FAMILY && etype(c, target) == EG_PERSON && is_word(c, after, "of")) {
                                size_t ti = item_from(c, after + 1);
                                while (ti < c->nit && c->it[ti].ent != target && c->it[ti].a < after + 6) ti++;
                                /* (a list right after the name, not a comma that closes the apposition: "Ann Lee, a sister
                                 * of Mark Lowe, and Tom Reilly, a lawyer, were arrested") */
                                uint32_t tb = ti < c->nit ? c->it[ti].b : 0;
                                int closes = ti < c->nit && is_punct(c, tb, ',') &&
                                             (is_word(c, tb + 1, "and") || is_word(c, tb + 1, "or") || tb + 1 >= s->tok_end ||
                                              tok_lower(c, tb + 1));
                                if (ti < c->nit && c->it[ti].ent == target && !c->it[ti].poss && !closes) {
                                    size_t le = item_list_end(c, ti, s->tok_end);
                                    for (size_t p = ti + 1; p < le; p++)
                                        if (etype(c, c->it[p].ent) == EG_PERSON && c->it[p].mention >= 0 && !c->it[p].poss &&
                                            c->it[p].ent != x->ent &&
                                            (rc = add_rel(r, x->ent, c->it[p].ent, EG_REL_FAMILY, S, S, 0, hedge)))
                                            return rc;
                                }
                            }
                        }
                        break;
                    }
                    const eg_token *t0 = &r->tk.tok[j];
                    if (t0->kind == EG_TK_WORD && (t0->flags & EG_TF_LOWER)) { j++; continue; }
                    if (t0->kind == EG_TK_NUM) { j++; continue; }
                    /* ("ESA's Rosetta flight director": a project's name, no actor, between the owner and the role) */
                    if (target >= 0 && t0->kind == EG_TK_WORD && (t0->flags & EG_TF_CAP) && !(t0->flags & EG_TF_ALLCAPS) &&
                        j > k + 1 && r->tk.tok[j - 1].kind == EG_TK_POSS && tok_lower(c, j + 1)) {
                        j++;
                        continue;
                    }
                    break;
                }
            }
        }
        k = x->b;
        /* 3. possessive role "Y's (mods) ROLE(,) X" */
        /* (not an apposition of the name before: "a letter to Gail McGovern, the Red Cross's president, Grassley
         * asked", whose president is McGovern) */
        int appos_prev = i > 0 && x->a >= 3 && is_word(c, x->a - 1, "the") && is_punct(c, x->a - 2, ',') &&
                         c->it[i - 1].b == x->a - 2 && c->it[i - 1].mention >= 0 && !c->it[i - 1].poss &&
                         etype(c, c->it[i - 1].ent) == EG_PERSON &&
                         /* (but "In a letter to A, the CSN's president, Marta Echevarria, said": a name set off by
                          * commas after the role is the role's; and so is a name the text gives in full for the first
                          * time, "Asked about Alexei Navalny, the Kremlin's spokesman, Dmitry Peskov said") */
                         !(i + 1 < c->nit && c->it[i + 1].b < s->tok_end && is_punct(c, c->it[i + 1].b, ',')) &&
                         !(i + 1 < c->nit && c->it[i + 1].mention >= 0 && first_of_entity(r, c->it[i + 1].mention));
        if (x->poss && appos_prev && etype(c, x->ent) != EG_PERSON) {
            uint32_t j = (k < s->tok_end && r->tk.tok[k].kind == EG_TK_POSS) ? k + 1 : k, n = 0;
            while (j < s->tok_end && j < k + 4 && tok_lower(c, j) && !in(c, j, role_preps) && role_at(c, j, s->tok_end, &n) < 0) j++;
            int t = role_at(c, j, s->tok_end, &n);
            /* (only where a name follows the comma, which the apposition's own shape leaves) */
            if (t >= 0 && t != ROLE_NONE && t != EG_REL_FAMILY && is_punct(c, j + n, ',') && i + 1 < c->nit &&
                c->it[i + 1].a == j + n + 1) {
                /* ("the EU's competition commissioner") */
                if (t == EG_REL_LEADS && (modifier_member(c, k, j + n) || field_before_role(c, k, j))) t = EG_REL_MEMBER_OF;
                if ((rc = add_rel(r, c->it[i - 1].ent, x->ent, adapt(c, t, x->ent), S, S, 0, hedge))) return rc;
            }
        }
        if (x->poss && !appos_prev) {
            /* skip the 's token ("his" has none) */
            uint32_t j = (k < s->tok_end && r->tk.tok[k].kind == EG_TK_POSS) ? k + 1 : k, guard = k + 5;
            while (j < s->tok_end && j < guard) {
                uint32_t n;
                int t = role_at(c, j, s->tok_end, &n);
                if (t >= 0) {
                    /* "the EU's chief observer, Y": the last of the role words ("Cambodia's deputy water
                     * resources minister, Y": past a field between them) */
                    for (;;) {
                        uint32_t n2, h = j + n;
                        int t2 = -1;
                        while (h < s->tok_end && h < j + n + 3 && field_word(c, h) && (t2 = role_at(c, h, s->tok_end, &n2)) < 0)
                            h++;
                        if (t2 < 0 || !tok_lower(c, h)) break;
                        j = h;
                        n = n2;
                        t = t2;
                    }
                    /* "Orchid Social's founder and chief executive, Y": two roles; the head's if either is */
                    int two_roles = 0;
                    {
                        uint32_t n3;
                        int t3;
                        uint32_t h3 = j + n + 1; /* ("president and chief legal officer": past a field) */
                        while (is_word(c, j + n, "and") && h3 < s->tok_end && h3 < j + n + 3 && field_word(c, h3) &&
                               role_at(c, h3, s->tok_end, &n3) < 0)
                            h3++;
                        if (is_word(c, j + n, "and") && tok_lower(c, h3) && (t3 = role_at(c, h3, s->tok_end, &n3)) >= 0 &&
                            t3 != ROLE_NONE && is_punct(c, h3 + n3, ',')) {
                            if (t3 == EG_REL_LEADS || t == EG_REL_FAMILY || t == ROLE_NONE) t = t == EG_REL_LEADS ? t : t3;
                            j = h3;
                            n = n3;
                            two_roles = 1;
                        }
                    }
                    uint32_t a2 = j + n;
                    /* "Northgate's head of European investments, Y": the head of a part is a member */
                    if (t == EG_REL_LEADS && is_word(c, a2, "of") && item_from(c, a2 + 1) < c->nit) {
                        uint32_t h = a2 + 1;
                        size_t zi = item_from(c, h);
                        while (h < s->tok_end && h < a2 + 5 && r->tk.tok[h].kind == EG_TK_WORD && h < c->it[zi].a) h++;
                        if (h > a2 + 1 && is_punct(c, h, ',') && c->it[zi].a == h + 1) {
                            a2 = h;
                            t = EG_REL_MEMBER_OF;
                        }
                    }
                    /* "The company's senior vice president for global affairs, Kent Walker,": a field in lower
                     * case between the role and the name (its head is one of the organisation's officers) */
                    if ((is_word(c, a2, "for") || is_word(c, a2, "of")) && tok_lower(c, a2 + 1) && !in(c, a2 + 1, dets)) {
                        uint32_t h = a2 + 1;
                        while (h < s->tok_end && h < a2 + 5 && tok_lower(c, h) && r->tk.tok[h].kind == EG_TK_WORD) h++;
                        size_t zi = item_from(c, h + 1);
                        if (is_punct(c, h, ',') && zi < c->nit && c->it[zi].a == h + 1 && etype(c, c->it[zi].ent) == EG_PERSON) {
                            a2 = h;
                            if (t == EG_REL_LEADS) t = EG_REL_MEMBER_OF;
                        }
                    }
                    /* "Brandt's lawyers at Fenwick Hale": the firm acts for him */
                    if (t == EG_REL_REPRESENTS && (is_word(c, a2, "at") || is_word(c, a2, "from"))) {
                        uint32_t h = a2 + 1 + is_word(c, a2 + 1, "the");
                        size_t zi = item_from(c, h);
                        if (zi < c->nit && c->it[zi].a == h && !c->it[zi].poss && etype(c, c->it[zi].ent) == EG_ORG &&
                            c->it[zi].ent != x->ent && !(c->it[zi].b < s->tok_end && is_punct(c, c->it[zi].b, ',') &&
                                                         item_from(c, c->it[zi].b + 1) < c->nit &&
                                                         c->it[item_from(c, c->it[zi].b + 1)].a == c->it[zi].b + 1)) {
                            if ((rc = add_rel(r, c->it[zi].ent, x->ent, EG_REL_REPRESENTS, S, S, 0, hedge))) return rc;
                            break;
                        }
                    }
                    /* "the Labour Party's spokeswoman on enterprise, Y": a portfolio spokesperson is a member */
                    if (t == EG_REL_REPRESENTS && is_word(c, a2, "on") && tok_lower(c, a2 + 1) && !in(c, a2 + 1, dets)) {
                        uint32_t h = a2 + 1;
                        while (h < s->tok_end && h < a2 + 4 && tok_lower(c, h)) h++;
                        if (is_punct(c, h, ',')) {
                            a2 = h;
                            t = EG_REL_MEMBER_OF;
                        }
                    }
                    /* ("Allentown's mayor at the time, Ed Pawlowski": past when) */
                    if (is_word(c, a2, "at") && is_word(c, a2 + 1, "the") && is_word(c, a2 + 2, "time") && is_punct(c, a2 + 3, ','))
                        a2 += 3;
                    /* ("Cosby's wife of 54 years, Camille Cosby": past how long) */
                    if (t == EG_REL_FAMILY && is_word(c, a2, "of") && a2 + 3 < s->tok_end &&
                        (r->tk.tok[a2 + 1].kind == EG_TK_NUM || tok_lower(c, a2 + 1)) &&
                        (is_word(c, a2 + 2, "years") || is_word(c, a2 + 2, "decades") || is_word(c, a2 + 2, "months")) &&
                        is_punct(c, a2 + 3, ','))
                        a2 += 3;
                    /* "X's lawyer in Minsk, Y", "X's ambassador to the United Nations in Geneva, Y" */
                    int posted_in = -1; /* "Italy's consul general in New York, Y": where Y is posted */
                    for (int hop = 0; hop < 2 && (is_word(c, a2, "to") || is_word(c, a2, "in") || is_word(c, a2, "at") ||
                                                  (is_word(c, a2, "for") && is_word(c, a2 + 1, "the") &&
                                                   ((tok_lower(c, a2 + 2) && is_punct(c, a2 + 3, ',')) ||
                                                    /* ("organiser for the South West, Y": a region) */
                                                    (item_from(c, a2 + 2) < c->nit && c->it[item_from(c, a2 + 2)].a == a2 + 2 &&
                                                     etype(c, c->it[item_from(c, a2 + 2)].ent) == EG_LOC &&
                                                     is_punct(c, c->it[item_from(c, a2 + 2)].b, ',')))));
                         hop++) {
                        if (is_word(c, a2, "for") && tok_lower(c, a2 + 2)) { a2 += 3; break; } /* "for the country," */
                        if (is_word(c, a2, "for")) { a2 = c->it[item_from(c, a2 + 2)].b; break; } /* "for the South West," */
                        uint32_t h = a2 + 1;
                        if (is_word(c, h, "the")) h++;
                        size_t zi = item_from(c, h);
                        if (zi >= c->nit || c->it[zi].a != h || c->it[zi].poss || etype(c, c->it[zi].ent) == EG_PERSON)
                            break;
                        if (is_word(c, a2, "in") && etype(c, c->it[zi].ent) == EG_LOC) posted_in = c->it[zi].ent;
                        a2 = c->it[zi].b;
                        if (!is_punct(c, a2, ',') && !is_word(c, a2, "in")) { a2 = j + n; posted_in = -1; break; } /* not a place phrase */
                    }
                    if (a2 != j + n && !is_punct(c, a2, ',')) break;
                    if (is_punct(c, a2, ',')) {
                        a2++;
                        /* "Rovers' majority owner, businessman Alan Pryce": an occupation word before the name */
                        static const char *const glue[] = {"and", "or", "of", "to", "for", "with", "in", "at", NULL};
                        /* ("her husband, the film director Arjun Khanna": "the" and the occupation) */
                        uint32_t h0 = a2 + is_word(c, a2, "the"), h = h0;
                        /* (not a verb: "Verdanta's safety chief, warned Y") */
                        while (h < h0 + 2 && tok_lower(c, h) && !in(c, h, dets) && !in(c, h, glue) &&
                               !verb_cue_at(c, h, s->tok_end) && !is_word(c, h, "said") && !is_word(c, h, "says"))
                            h++;
                        size_t pi = item_from(c, h);
                        if (h > h0 && pi < c->nit && c->it[pi].a == h && etype(c, c->it[pi].ent) == EG_PERSON) a2 = h;
                        /* "Kelvar's largest shareholder, the hedge fund Ossory Capital": a kind before a firm */
                        if (t == EG_REL_TRANSACTED_WITH && is_word(c, a2, "the")) {
                            h = a2 + 1;
                            while (h < a2 + 4 && tok_lower(c, h) && !in(c, h, org_classes)) h++;
                            if (tok_lower(c, h) && in(c, h, org_classes)) {
                                pi = item_from(c, h + 1);
                                if (pi < c->nit && c->it[pi].a == h + 1 && etype(c, c->it[pi].ent) == EG_ORG) a2 = h + 1;
                            }
                        }
                    }
                    size_t yi = item_from(c, a2);
                    /* "Its incident commander, Battalion Chief X": a title before the name */
                    if (past_title(c, a2) > a2)
                        a2 = c->it[yi].a;
                    /* "Park's father, Daesong chairman Park Sang-hoon": an organisation before the name's role */
                    else if (yi + 1 < c->nit && c->it[yi].a == a2 && etype(c, c->it[yi].ent) != EG_PERSON &&
                             !c->it[yi].poss && etype(c, c->it[yi + 1].ent) == EG_PERSON) {
                        uint32_t n4;
                        if (tok_lower(c, c->it[yi].b) && role_at(c, c->it[yi].b, s->tok_end, &n4) >= 0 &&
                            c->it[yi + 1].a == c->it[yi].b + n4)
                            a2 = c->it[++yi].a;
                    }
                    /* "X's largest shareholder, Y" (a person or a firm): a holding */
                    if (t == EG_REL_TRANSACTED_WITH && yi < c->nit && c->it[yi].a == a2 && a2 > j + n &&
                        etype(c, c->it[yi].ent) != EG_LOC && c->it[yi].ent != x->ent && x->mention >= 0 &&
                        etype(c, x->ent) == EG_ORG) {
                        if ((rc = add_rel(r, c->it[yi].ent, x->ent, EG_REL_TRANSACTED_WITH, S, S, 0, hedge))) return rc;
                        break;
                    }
                    /* "Lafarge's Syrian subsidiary, Lafarge Cement Syria": a company's part */
                    if (is_word(c, j + n - 1, "subsidiary") || is_word(c, j + n - 1, "affiliate")) {
                        /* (a company's part only, not a person nor a court an "its" was read as) */
                        if (t == EG_REL_MEMBER_OF && yi < c->nit && c->it[yi].a == a2 && a2 == j + n + 1 &&
                            etype(c, c->it[yi].ent) == EG_ORG && c->it[yi].ent != x->ent && etype(c, x->ent) == EG_ORG &&
                            !label_has_word(r->ent[x->ent].label, "Court", 5) && !public_body(c, x->ent) &&
                            (rc = add_rel(r, c->it[yi].ent, x->ent, EG_REL_MEMBER_OF, S, S, 0, hedge)))
                            return rc;
                        break;
                    }
                    /* "Celtavia's solicitors, Ferriter Kelleher": a firm can act for its client */
                    /* ("through his lawyers, Farrer & Co": a person's pronoun too) */
                    if (t == EG_REL_REPRESENTS && yi < c->nit && c->it[yi].a == a2 && a2 == j + n + 1 &&
                        etype(c, c->it[yi].ent) == EG_ORG && c->it[yi].ent != x->ent &&
                        (x->mention >= 0 || etype(c, x->ent) == EG_PERSON || eg_tok_is(c->text, &r->tk.tok[x->a], "its"))) {
                        if ((rc = add_rel(r, c->it[yi].ent, x->ent, EG_REL_REPRESENTS, S, S, 0, hedge))) return rc;
                        break;
                    }
                    if (yi < c->nit && c->it[yi].a == a2 && etype(c, c->it[yi].ent) == EG_PERSON && posted_in >= 0 &&
                        (rc = add_rel(r, c->it[yi].ent, posted_in, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                        return rc;
                    if (yi < c->nit && c->it[yi].a == a2 && etype(c, c->it[yi].ent) == EG_PERSON) {
                        int target = x->ent;
                        /* "Its regional director, X": a member, not the head; "Silevo's sales director, Y":
                         * the head of a field */
                        /* (the words before the role's last word: "the academy's principal" is its head) */
                        if (t == EG_REL_LEADS && modifier_member(c, k, j + n - 1)) t = EG_REL_MEMBER_OF;
                        /* ("one of its directors, X": one of several) */
                        {
                            uint32_t a1 = x->a - (x->a > s->tok_start && is_word(c, x->a - 1, "the"));
                            if (t == EG_REL_LEADS && a1 >= s->tok_start + 2 && is_word(c, a1 - 1, "of") && is_word(c, a1 - 2, "one"))
                                t = EG_REL_MEMBER_OF;
                        }
                        if (t == EG_REL_LEADS && !two_roles && field_before_role(c, k, j)) t = EG_REL_MEMBER_OF;
                        /* "Scotland's finance secretary, X": a place is led only by its head of state or government */
                        if (t == EG_REL_LEADS && etype(c, target) == EG_LOC && !head_of_country_title(c, j, j + n) &&
                            !local_head(c, j, j + n)) /* ("Campana's mayor, X" leads the town) */
                            t = EG_REL_MEMBER_OF;
                        /* "Greece's consul general in Chicago, X": a posted role represents the country */
                        if (etype(c, target) == EG_LOC && posted_role(c, j, j + n)) t = EG_REL_REPRESENTS;
                        if (etype(c, target) == EG_PERSON && has_word(c, k, j + n, "deputy")) {
                            /* "Her deputy, X": a member of what she leads, not her representative */
                            target = led_org(r, target);
                            t = EG_REL_MEMBER_OF;
                        }
                        /* "Franklin's sons, Kecalf Franklin and Edward Franklin,", "her lawyers, A and B": a plural
                         * role, every person of the list (members: "its directors, A and B" do not each lead it) */
                        size_t le = yi + 1;
                        if (target >= 0 && !(t == EG_REL_FAMILY && etype(c, target) != EG_PERSON) && plural_word(c, j + n - 1))
                            le = list_end_appos(c, yi, s->tok_end);
                        if (le > yi + 1 && t == EG_REL_LEADS && !is_word(c, j + n - 1, "owners") &&
                            !is_word(c, j + n - 1, "founders") && !is_word(c, j + n - 1, "co-founders"))
                            t = EG_REL_MEMBER_OF;
                        if (target >= 0 && target != c->it[yi].ent &&
                            (rc = add_rel(r, c->it[yi].ent, target, adapt(c, t, target), S, S, 0, hedge)))
                            return rc;
                        if (le > yi + 1) {
                            for (size_t p = yi + 1; p < le; p++)
                                if (etype(c, c->it[p].ent) == EG_PERSON && c->it[p].mention >= 0 && c->it[p].ent != target &&
                                    (rc = add_rel(r, c->it[p].ent, target, adapt(c, t, target), S, S, 0, hedge)))
                                    return rc;
                        }
                    }
                    break;
                }
                /* "her union, the Irish Nurses Organisation", "Dunn's company, Northlight Management" */
                static const char *const belongs[] = {"union", "party", "employer", "club", "team", "firm", "company",
                                                      "business", "start-up", "startup", "agency", "ministry",
                                                      "department", "charity", "group", "organisation", "organization",
                                                      "newspaper", "broadcaster", "network", "campaign", NULL};
                if (tok_lower(c, j) && in(c, j, belongs) && etype(c, x->ent) == EG_PERSON && is_punct(c, j + 1, ',')) {
                    static const char *const owned[] = {"company", "business", "start-up", "startup", NULL};
                    uint32_t h = j + 2;
                    if (is_word(c, h, "the")) h++;
                    size_t zi = item_from(c, h);
                    /* ("Brandl's firm, Brandl Strategy Consulting": a firm named after him is his) */
                    int named_after_x = 0;
                    if (zi < c->nit) {
                        const char *sur = last_word(r->ent[x->ent].label);
                        named_after_x = strlen(sur) >= 3 && label_has_word(r->ent[c->it[zi].ent].label, sur, strlen(sur));
                    }
                    if (zi < c->nit && c->it[zi].a == h && etype(c, c->it[zi].ent) == EG_ORG && c->it[zi].mention >= 0 &&
                        (is_punct(c, c->it[zi].b, ',') || clause_break(c, c->it[zi].b)) &&
                        (rc = add_rel(r, x->ent, c->it[zi].ent, in(c, j, owned) || named_after_x ? EG_REL_LEADS : EG_REL_MEMBER_OF,
                                      S, S, 0, hedge)))
                        return rc;
                    break;
                }
                /* (describing words, not a preposition: "sent his resignation to Prime Minister Y" names no
                 * minister of his) */
                if (tok_lower(c, j) && !in(c, j, role_preps)) { j++; continue; }
                /* ("Naggear's 3-year-old daughter Alexandra": an age) */
                if (age_word(c, j)) { j++; guard++; continue; }
                /* "Abenov's Thai lawyer, Y": a nationality before the role */
                if (demonym_at(c, j)) { j++; continue; }
                break;
            }
        }
        /* "Governor Robert Hale's eldest son", "a son of Robert Hale" where the text also
         * names "Robert Hale Jr.": the junior is that son */
        if (etype(c, x->ent) == EG_PERSON && !r->ent[x->ent].suffix_jr) {
            int jr = -1;
            if ((rc = junior_of(c, i, s, &jr))) return rc;
            if (jr >= 0 && (rc = add_rel(r, jr, x->ent, EG_REL_FAMILY, S, S, 0, hedge))) return rc;
        }
        /* 4. shapes between neighbours */
        if (i + 1 < c->nit) {
            item *y = &c->it[i + 1];
            eg_etype tx = etype(c, x->ent), ty = etype(c, y->ent);
            /* "Halvern Bio spokeswoman Lydia Chen", "Boğaziçi SK chairman Y" (lower-case role) */
            if (tx != EG_PERSON && ty == EG_PERSON && !x->poss && y->a > x->b && tok_lower(c, x->b)) {
                uint32_t n = 0, g = x->b;
                int t = role_at(c, g, y->a, &n), field = 0;
                /* "EU foreign policy chief Y": the head of a field is a member of the whole */
                /* (not past a verb: "The ED summoned actor Ranbir Kapoor") */
                static const char *const verbs_s[] = {"says", "tells", "sues", "meets", "asks",
                                                      "calls", "urges", "backs", "thanks", "blames", "accuses", NULL};
                /* (but one the organisation hires, fires or names was its own: "the Astros fired general manager Y") */
                static const char *const staffing[] = {"fired", "hired", "sacked", "dismissed", "appointed", "named",
                                                       "promoted", "suspended", "ousted", "removed", "replaced",
                                                       "recruited", "elected", "signed", "retained", "reinstated",
                                                       "demoted", "nominated", "installed", "instructed", "engaged", NULL};
                while (t < 0 && g + 1 < y->a && g < x->b + 3 && tok_lower(c, g + 1) && !in(c, g, dets) &&
                       !(r->tk.tok[g].len > 4 && !memcmp(c->text + r->tk.tok[g].start + r->tk.tok[g].len - 2, "ed", 2) &&
                         !in(c, g, staffing)) &&
                       !in(c, g, verbs_s)) {
                    if (!in(c, g, rank_keeping)) field = 1;
                    t = role_at(c, ++g, y->a, &n);
                }
                /* "IMARPE biologist Rosa Quispe": an occupation the role list lacks, right before the name */
                static const char *const not_staff[] = {"customer", "customers", "supporter", "supporters", "user",
                                                        "users", "buyer", "buyers", "seller", "sellers", "rival",
                                                        "rivals", "owner", "owners", "passenger", "passengers",
                                                        "subscriber", "subscribers", "shareholder", "shareholders",
                                                        "creditor", "creditors", "borrower", "debtor", "competitor",
                                                        "competitors", "advertiser", "advertisers", "consumer",
                                                        "consumers", "viewer", "viewers", "reader", "readers",
                                                        "voter", "voters", "follower", "followers", "challenger", NULL};
                if (t < 0 && tx == EG_ORG && y->a == x->b + 1 && occupation_word(c, x->b) && !in(c, x->b, not_staff) &&
                    x->mention >= 0 && y->mention >= 0)
                    t = EG_REL_MEMBER_OF, g = x->b, n = 1;
                /* "Sequoia partner Rachel Lindgren": a firm's partner is a member; a person's is family */
                if (t == EG_REL_FAMILY && tx == EG_ORG) t = EG_REL_MEMBER_OF;
                if (t == EG_REL_LEADS && field) t = EG_REL_MEMBER_OF;
                /* a place's "senator" or "mayor" holds an office of it; a "Sao Paulo striker" or a
                 * "Boston lawyer" only works there */
                if (t >= 0 && tx == EG_LOC) {
                    const eg_token *t0 = &r->tk.tok[g], *t1 = &r->tk.tok[g + n - 1];
                    if (!eg_lex_has(EG_LEX_TITLE, c->text + t0->start, t1->start + t1->len - t0->start)) t = -1;
                    /* "a Licking County commissioner": a member of the county; its mayor or governor leads it */
                    else if (t == EG_REL_LEADS && !head_of_country_title(c, g, g + n) && !local_head(c, g, g + n))
                        t = EG_REL_MEMBER_OF;
                }
                /* ("Brantwood Engineering chairman Sir Malcolm Ridgeway": an honorific before the name) */
                if (t >= 0 && g + n < y->a && y->mention >= 0 && r->m[y->mention].title == (int)(g + n) &&
                    (r->tk.tok[g + n].flags & EG_TF_CAP))
                    n = y->a - g;
                if (t >= 0 && g + n == y->a && t != EG_REL_FAMILY) {
                    if ((rc = add_rel(r, y->ent, x->ent, adapt(c, t, x->ent), S, S, 0, hedge))) return rc;
                    /* "Northbridge chairman X and sporting director Y": the second role is of the same */
                    uint32_t h = y->b, n2;
                    if (is_word(c, h, "and") && i + 2 < c->nit && etype(c, c->it[i + 2].ent) == EG_PERSON &&
                        c->it[i + 2].mention >= 0 && c->it[i + 2].a > h + 1 && c->it[i + 2].a <= h + 4) {
                        uint32_t q = h + 1;
                        int t2 = -1;
                        while (q < c->it[i + 2].a && tok_lower(c, q) && (t2 = role_at(c, q, c->it[i + 2].a, &n2)) < 0) q++;
                        if (t2 >= 0 && t2 != EG_REL_FAMILY && t2 != ROLE_NONE && q + n2 == c->it[i + 2].a) {
                            if (t2 == EG_REL_LEADS && q > h + 1) t2 = EG_REL_MEMBER_OF; /* "sporting director" */
                            if ((rc = add_rel(r, c->it[i + 2].ent, x->ent, adapt(c, t2, x->ent), S, S, 0, hedge))) return rc;
                        }
                    }
                }
            }
            /* "his lawyer, Vikram Nathan of Arbor Law,", "Priya Shah of Berenberg said": an employer */
            if (tx == EG_PERSON && (ty == EG_ORG || ty == EG_LOC) && x->mention >= 0 && !x->poss && is_word(c, x->b, "of")) {
                /* "Marcus Oyelaran of the Cincinnati firm Brandt & Keough": the firm after its kind */
                size_t zi = named_after(c, x->b + 1, s->tok_end);
                if (zi < c->nit && zi > i + 1 && etype(c, c->it[zi].ent) == EG_ORG && !c->it[zi].poss &&
                    (c->it[zi].b >= s->tok_end || is_punct(c, c->it[zi].b, ',') || clause_break(c, c->it[zi].b)) &&
                    (rc = add_rel(r, x->ent, c->it[zi].ent, EG_REL_MEMBER_OF, S, S, 0, hedge)))
                    return rc;
            }
            /* ("Scott Armstrong of the Criminal Division's Fraud Section": the part, not the whole) */
            if (tx == EG_PERSON && ty == EG_ORG && x->mention >= 0 && !x->poss && y->poss && is_word(c, x->b, "of") &&
                (y->a == x->b + 1 || (y->a == x->b + 2 && is_word(c, x->b + 1, "the"))) && i + 2 < c->nit &&
                c->it[i + 2].a == y->b + 1 && !c->it[i + 2].poss && c->it[i + 2].mention >= 0 &&
                etype(c, c->it[i + 2].ent) == EG_ORG) {
                const item *z = &c->it[i + 2];
                /* (or a verb: "Kristen Clarke of the Justice Department's Civil Rights Division announced") */
                static const char *const not_verbs[] = {"and", "or", "of", "for", "in", "at", "on", "to", "with", "from", NULL};
                if ((z->b >= s->tok_end || is_punct(c, z->b, ',') || clause_break(c, z->b) || is_word(c, z->b, "said") ||
                     is_word(c, z->b, "says") || in(c, z->b, aux_words) || (tok_lower(c, z->b) && !in(c, z->b, not_verbs))) &&
                    (rc = add_rel(r, x->ent, z->ent, EG_REL_MEMBER_OF, S, S, 0, hedge)))
                    return rc;
            }
            if (tx == EG_PERSON && ty == EG_ORG && x->mention >= 0 && !x->poss && !y->poss && is_word(c, x->b, "of") &&
                (y->a == x->b + 1 || (y->a == x->b + 2 && is_word(c, x->b + 1, "the"))) &&
                (y->b >= s->tok_end || is_punct(c, y->b, ',') || clause_break(c, y->b) || is_word(c, y->b, "said") ||
                 is_word(c, y->b, "says")) &&
                (rc = add_rel(r, x->ent, y->ent, EG_REL_MEMBER_OF, S, S, 0, hedge)))
                return rc;
            /* "Miami dentist Rafael Ortiz", "a Boston lawyer, X": a city's occupation says where one works
             * (not a title: "Grand Forks Mayor X"; not a country's: "Brazil striker X" plays for a team) */
            if (tx == EG_LOC && ty == EG_PERSON && !x->poss && !is_country(c, x->ent) && y->a > x->b &&
                y->a <= x->b + 2 + is_punct(c, y->a - 1, ',')) {
                uint32_t e2 = is_punct(c, y->a - 1, ',') ? y->a - 1 : y->a;
                int plain = e2 > x->b && occupation_word(c, e2 - 1);
                /* (not "a firm based in Plovdiv whose owner, X": a clause) */
                for (uint32_t g = x->b; g < e2 && plain; g++) plain = tok_lower(c, g) && !in(c, g, dets) && !in(c, g, aux_words);
                if (plain) {
                    const eg_token *t0 = &r->tk.tok[x->b], *t1 = &r->tk.tok[e2 - 1];
                    if (!eg_lex_has(EG_LEX_TITLE, c->text + t0->start, t1->start + t1->len - t0->start) &&
                        (rc = add_rel(r, y->ent, x->ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                        return rc;
                }
            }
            /* "The Halden Ethics Commission chairman, Tom Lund": a lower-case role and a comma between them;
             * "Halden United, whose chief executive Tom Lund": the role after "whose" */
            if (tx != EG_PERSON && ty == EG_PERSON && !x->poss && y->a > x->b) {
                uint32_t g = x->b, n = 0;
                /* ("The AFM commander, Brigadier Anthony Mifsud": the title before the name) */
                uint32_t ya = y->a;
                if (y->mention >= 0 && r->m[y->mention].title >= 0 && (uint32_t)r->m[y->mention].title + 1 == y->a &&
                    (uint32_t)r->m[y->mention].title > x->b + 1)
                    ya = (uint32_t)r->m[y->mention].title;
                if (is_punct(c, g, ',') && is_word(c, g + 1, "whose")) {
                    g += 2;
                    /* "whose hospitality organiser, X": a field before the role */
                    for (uint32_t g0 = g; g < ya && g < g0 + 2 && tok_lower(c, g) && role_at(c, g, ya, &n) < 0;) g++;
                }
                int t = g == x->b || tok_lower(c, g) ? role_at(c, g, ya, &n) : -1;
                /* "a former Brenner calibration engineer, Daniel Ostrowski": a field before the role */
                uint32_t field = 0;
                if (t < 0 && g == x->b) {
                    uint32_t h = g;
                    while (h < ya && h < g + 2 && tok_lower(c, h) && field_word(c, h) && role_at(c, h, ya, &n) < 0) h++;
                    int t2 = h > g && tok_lower(c, h) ? role_at(c, h, ya, &n) : -1;
                    if (t2 >= 0 && h + n + 1 == ya && is_punct(c, h + n, ',')) {
                        field = h - g;
                        t = t2 == EG_REL_LEADS ? EG_REL_MEMBER_OF : t2;
                    }
                }
                /* ("A third Ironclad player, X", "another Tarvos engineer, Y") */
                static const char *const ords[] = {"second", "third", "fourth", "fifth", "another", "fellow", "former",
                                                   "other", NULL};
                uint32_t d = x->a;
                while (d > s->tok_start && d + 2 > x->a && in(c, d - 1, ords)) d--;
                int det_before = d > s->tok_start && (is_word(c, d - 1, "the") || is_word(c, d - 1, "a") || is_word(c, d - 1, "an"));
                if (!det_before && d < x->a && (is_word(c, d, "another") || is_word(c, d, "fellow"))) det_before = 1;
                if (t >= 0 && t != EG_REL_FAMILY && tok_lower(c, g) &&
                    ((g == x->b && g + field + n + 1 == ya && is_punct(c, g + field + n, ',') && x->a > s->tok_start &&
                      det_before) ||
                     (g > x->b && (g + n == ya || (g + n + 1 == ya && is_punct(c, g + n, ',')))))) {
                    if (t == EG_REL_LEADS && modifier_member(c, g, g + n)) t = EG_REL_MEMBER_OF;
                    /* ("A Cairo lawyer, Amira Soliman,": a lawyer in Cairo, not Cairo's) */
                    if (tx == EG_LOC && !x->poss && t == EG_REL_REPRESENTS && !is_country(c, x->ent)) t = EG_REL_LOCATED_IN;
                    if ((rc = add_rel(r, y->ent, x->ent, adapt(c, t, x->ent), S, S, 0, hedge))) return rc;
                }
            }
            /* "Niamh Ryan, whose husband, Brian Ryan,", "Ryan, whose lawyer Tom Hale": a person's role */
            if (tx == EG_PERSON && ty == EG_PERSON && x->mention >= 0 && is_punct(c, x->b, ',') &&
                is_word(c, x->b + 1, "whose")) {
                uint32_t g = x->b + 2, n;
                /* ("late"; "whose 3-year-old daughter Alexandra": an age) */
                while (g < y->a && g < x->b + 5 && (tok_lower(c, g) || age_word(c, g)) && role_at(c, g, y->a, &n) < 0) g++;
                int t = tok_lower(c, g) ? role_at(c, g, y->a, &n) : -1;
                if (t >= 0 && t != ROLE_NONE && (g + n == y->a || (g + n + 1 == y->a && is_punct(c, g + n, ','))) &&
                    (rc = add_rel(r, y->ent, x->ent, adapt(c, t, x->ent), S, S, 0, hedge)))
                    return rc;
            }
            /* "The United Nations Secretary-General, António Guterres": a title between them */
            if (tx != EG_PERSON && ty == EG_PERSON && !x->poss && y->a >= x->b + 2 && is_punct(c, y->a - 1, ',') &&
                (r->tk.tok[x->b].flags & EG_TF_CAP)) {
                uint32_t n;
                int t = role_at(c, x->b, y->a - 1, &n);
                if (t >= 0 && x->b + n == y->a - 1 && t != EG_REL_FAMILY) {
                    if (t == EG_REL_LEADS && modifier_member(c, x->b, y->a - 1)) t = EG_REL_MEMBER_OF;
                    if ((rc = add_rel(r, y->ent, x->ent, adapt(c, t, x->ent), S, S, 0, hedge))) return rc;
                }
            }
            /* "Celtavia, Ireland's second-largest airline,", "Mozambique's maritime authority, INAMAR":
             * an organisation described by its kind as a place's */
            /* ("the Administrative Control Authority (ACA), Egypt's main anti-corruption body": past the letters) */
            uint32_t xb = past_letters(c, x, x->b);
            if (ty == EG_LOC && tx == EG_ORG && y->poss && is_punct(c, xb, ',') && y->a == xb + 1 && x->mention >= 0) {
                uint32_t h = y->b + 1;
                while (h < s->tok_end && h < y->b + 5 && tok_lower(c, h) && !in(c, h, org_classes)) h++;
                if (h < s->tok_end && tok_lower(c, h) && in(c, h, org_classes) &&
                    (rc = add_rel(r, x->ent, y->ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                    return rc;
            }
            /* "Takoradi, Ghana's second-largest port,": a place described by its kind as a place's */
            if (ty == EG_LOC && tx == EG_LOC && y->poss && is_punct(c, x->b, ',') && y->a == x->b + 1 && x->mention >= 0) {
                uint32_t h = y->b + 1;
                while (h < s->tok_end && h < y->b + 6 && (tok_lower(c, h) || is_punct(c, h, '-')) && !in(c, h, place_parts)) h++;
                if (h < s->tok_end && tok_lower(c, h) && in(c, h, place_parts) &&
                    (rc = add_rel(r, x->ent, y->ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                    return rc;
            }
            /* "in Choix, in the northern state of Sinaloa", "in Dubai, in the United Arab Emirates", "the village of Limbadi
             * in the province of Vibo Valentia": a place, "in" and the larger place it lies in */
            if (tx == EG_LOC && ty == EG_LOC && !x->poss && !y->poss && x->mention >= 0 && !is_country(c, x->ent)) {
                uint32_t h = x->b + is_punct(c, x->b, ',');
                int ok = is_word(c, h, "in") && y->a > h + 1 && y->a <= h + 6;
                if (ok && y->a == h + 2) ok = is_country(c, y->ent) && is_punct(c, x->b, ',');
                else if (ok && y->a == h + 3 && is_word(c, h + 1, "the")) ok = is_country(c, y->ent);
                else if (ok) {
                    ok = is_word(c, h + 1, "the") && is_word(c, y->a - 1, "of") && in(c, y->a - 2, place_parts);
                    for (uint32_t g = h + 2; g + 2 < y->a && ok; g++) ok = tok_lower(c, g) && !in(c, g, aux_words);
                }
                /* ("the Uraba region of Antioquia", "the Kurdistan region of Iraq": a place's kind after its name) */
                /* (not "the Seattle suburb of Bellevue", "the Istanbul district of Beyoglu", "the Central Highlands province
                 * of Dak Lak": the smaller place after "of"; only "region" reads the other way round often enough) */
                if (!ok && y->a == x->b + 2 && is_word(c, x->b, "region") &&
                    is_word(c, x->b + 1, "of") &&
                    x->a > s->tok_start && is_word(c, x->a - 1, "the"))
                    ok = 1;
                if (ok && (y->b >= s->tok_end || !is_word(c, y->b, "'s")) &&
                    (rc = add_rel(r, x->ent, y->ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                    return rc;
            }
            /* "the IFC, the World Bank's private-sector arm,": a part of the organisation */
            if (ty == EG_ORG && tx == EG_ORG && y->poss && is_punct(c, x->b, ',') && x->mention >= 0 &&
                (y->a == x->b + 1 || (y->a == x->b + 2 && is_word(c, x->b + 1, "the")))) {
                uint32_t h = y->b + 1;
                while (h < s->tok_end && h < y->b + 4 && tok_lower(c, h) && !in(c, h, part_nouns)) h++;
                if (h < s->tok_end && tok_lower(c, h) && in(c, h, part_nouns) && !is_word(c, h, "member") &&
                    (h + 1 >= s->tok_end || !tok_lower(c, h + 1) || is_word(c, h + 1, "that") || is_word(c, h + 1, "which")) &&
                    (rc = add_rel(r, x->ent, y->ent, EG_REL_MEMBER_OF, S, S, 0, hedge)))
                    return rc;
            }
            /* "Germany's biggest bank, Deutsche Bank", "Mexico's banking regulator, the CNBV", "Italy's communications
             * authority AGCOM": a country's organisation of a kind */
            if (tx == EG_LOC && ty == EG_ORG && x->poss && y->mention >= 0 && y->a > x->b + 2 && y->a <= x->b + 7) {
                uint32_t e = y->a;
                if (is_word(c, e - 1, "the")) e--;
                int comma = is_punct(c, e - 1, ',');
                if (comma) e--;
                if ((comma || e == y->a) && e > x->b + 2 && in(c, e - 1, org_classes) && tok_lower(c, e - 1) &&
                    (comma || !is_word(c, e - 1, "owner"))) {
                    /* (a few describing words only, no verb: not "Tanzania's tax authority has ordered gold producer
                     * Kilima") */
                    int plain = comma || y->a <= x->b + 4;
                    for (uint32_t h = x->b + 1; h < e - 1 && plain; h++)
                        plain = tok_lower(c, h) && !in(c, h, aux_words) && !verb_cue_at(c, h, s->tok_end);
                    if (plain && (rc = add_rel(r, y->ent, x->ent, EG_REL_LOCATED_IN, S, S, 0, hedge))) return rc;
                }
            }
            /* "the Dublin stockbroker Kinsale Securities": a place before the kind */
            if (tx == EG_LOC && ty == EG_ORG && !x->poss && x->a > s->tok_start && is_word(c, x->a - 1, "the") &&
                y->a > x->b && y->a <= x->b + 3 && in(c, y->a - 1, org_classes) && tok_lower(c, y->a - 1)) {
                int plain = 1;
                for (uint32_t h = x->b; h < y->a && plain; h++) plain = tok_lower(c, h);
                if (plain && (rc = add_rel(r, y->ent, x->ent, EG_REL_LOCATED_IN, S, S, 0, hedge))) return rc;
            }
            /* "Halvern Bio, a Boston biotechnology company" */
            if (tx != EG_PERSON && ty == EG_LOC && is_punct(c, x->b, ',') && y->a <= x->b + 2 &&
                (y->a == x->b + 1 || in(c, x->b + 1, dets))) {
                static const char *const kinds[] = {"company", "firm", "group", "bank", "startup", "start-up",
                                                    "club", "agency", "university", "charity", "organisation",
                                                    "organization", "institute", "maker", "manufacturer", "developer",
                                                    "supplier", "lender", "insurer", "retailer", "carrier", "operator",
                                                    "producer", "exporter", "importer", "distributor", "broker", "builder",
                                                    "consultancy", "dealer", "miner", "shipper", "wholesaler", "trader",
                                                    "newspaper", "broadcaster", "hospital", "brewery", NULL};
                for (uint32_t h = y->b; h < s->tok_end && h < y->b + 4 && tok_lower(c, h); h++)
                    if (in(c, h, kinds)) {
                        if ((rc = add_rel(r, x->ent, y->ent, EG_REL_LOCATED_IN, S, S, 0, hedge))) return rc;
                        break;
                    }
            }
            uint32_t gap_a = x->b, gap_b = y->a;
            if (x->poss && gap_b == gap_a + 1) {
                /* "Spain's Supreme Court", "NASA's Office of ..." */
                if (tx == EG_LOC && ty != EG_PERSON && (rc = add_rel(r, y->ent, x->ent, EG_REL_LOCATED_IN, S, S, 0, hedge))) return rc;
                if (tx == EG_ORG && ty == EG_ORG && (rc = add_rel(r, y->ent, x->ent, EG_REL_MEMBER_OF, S, S, 0, hedge))) return rc;
            }
            /* "of the (law) firm Y": the kind of organisation between "the" and its name */
            int of_kind = gap_b > gap_a + 2 && gap_b <= gap_a + 4 && is_word(c, gap_a + 1, "the") &&
                          in(c, gap_b - 1, org_nouns) && (gap_b == gap_a + 3 || tok_lower(c, gap_a + 2));
            /* "Joseph Mwansa of the ruling National Progress Party" */
            if (!of_kind && gap_b == gap_a + 3 && is_word(c, gap_a + 1, "the") && tok_lower(c, gap_a + 2) && ty == EG_ORG &&
                role_type(c, gap_a + 2, 1) < 0)
                of_kind = 1;
            /* "the Economic Offences Wing of the Pune Police", "the Criminal Investigation Department (CID)
             * of Bangladesh Police": a body's part (past the letters of another entity) */
            uint32_t of_at = past_letters(c, x, gap_a);
            /* (the whole named as an organisation by its last word, or by its letters: not a name cut in
             * two, "the Assembly of the Representatives" of "the People") */
            const eg_token *yl = &r->tk.tok[y->b - 1];
            if (!x->poss && tx == EG_ORG && ty == EG_ORG && x->ent != y->ent && is_word(c, of_at, "of") &&
                (gap_b == of_at + 1 || (gap_b == of_at + 2 && is_word(c, of_at + 1, "the"))) && x->mention >= 0 &&
                y->mention >= 0 && !y->poss &&
                (eg_lex_has(EG_LEX_ORG_HEAD, c->text + yl->start, yl->len) || r->m[y->mention].is_acronym) &&
                (rc = add_rel(r, x->ent, y->ent, EG_REL_MEMBER_OF, S, S, 0, hedge)))
                return rc;
            if (!x->poss && is_word(c, gap_a, "of") && /* "at" is where a meeting happens, not membership */
                (gap_b == gap_a + 1 || (gap_b == gap_a + 2 && is_word(c, gap_a + 1, "the")) || of_kind)) {
                if (tx == EG_PERSON && ty == EG_ORG) {
                    /* "Ann Kerr and Tom Lund of Halden University": every person of the list */
                    if ((rc = add_rel(r, x->ent, y->ent, EG_REL_MEMBER_OF, S, S, 0, hedge))) return rc;
                    for (size_t p = i; p > 0; p--) {
                        item *w = &c->it[p - 1];
                        int joined = 1;
                        for (uint32_t g = w->b; g < c->it[p].a; g++)
                            if (!is_punct(c, g, ',') && !is_word(c, g, "and")) joined = 0;
                        if (!joined || etype(c, w->ent) != EG_PERSON || w->b == c->it[p].a) break;
                        if ((rc = add_rel(r, w->ent, y->ent, EG_REL_MEMBER_OF, S, S, 0, hedge))) return rc;
                    }
                }
            }
            /* "X in Y"; "the European Medicines Agency (EMA) in Amsterdam" (past the letters of another
             * entity); "the Lulwa Clinic in the Salmiya district": a part of a place named by its kind */
            uint32_t in_at = past_letters(c, x, gap_a);
            if (!x->poss && is_word(c, in_at, "in") && tx != EG_PERSON && ty == EG_LOC &&
                (gap_b == in_at + 1 || (gap_b == in_at + 2 && past_area(c, in_at + 1) == gap_b) ||
                 (gap_b == in_at + 2 && is_word(c, in_at + 1, "the") && !y->poss && in(c, y->b, place_parts))) &&
                (rc = add_rel(r, x->ent, y->ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                return rc;
            if (!x->poss && is_punct(c, gap_a, ',') && gap_b == gap_a + 1 && tx == EG_LOC && ty == EG_LOC) {
                const eg_token *ya = &r->tk.tok[y->a];
                size_t ys = ya->start, ye = r->tk.tok[y->b - 1].start + r->tk.tok[y->b - 1].len;
                /* "in Mali, Kenya and Tanzania" is a list: a country is not inside another place,
                 * and a place followed by "and", or by a place that a list goes on from, is one of a list */
                const char *xl = r->ent[x->ent].label, *xv = eg_lex_value(EG_LEX_PLACE, xl, strlen(xl));
                const char *xc = xv && *xv ? xv : xl;
                size_t zi = item_from(c, y->b + 1);
                int listed = is_word(c, y->b, "and") || is_word(c, y->b, "or") ||
                             (is_punct(c, y->b, ',') && zi < c->nit && c->it[zi].a == y->b + 1 &&
                              etype(c, c->it[zi].ent) == EG_LOC &&
                              (is_word(c, c->it[zi].b, "and") || is_punct(c, c->it[zi].b, ',')));
                /* ("Bagenalstown, County Carlow", "Shimoga, Shivamogga District": a region named by its kind) */
                static const char *const region_words[] = {"County", "Province", "Prefecture", "Oblast", "Governorate",
                                                           "District", "Region", "Canton", "Department", NULL};
                const eg_token *yz = &r->tk.tok[y->b - 1];
                int region = y->b > y->a + 1 && (eg_tok_in(c->text, ya, region_words) || eg_tok_in(c->text, yz, region_words));
                if ((region || eg_lex_has(EG_LEX_PLACE, c->text + ys, ye - ys)) && !eg_lex_has(EG_LEX_COUNTRY, xc, strlen(xc)) &&
                    !listed && (rc = add_rel(r, x->ent, y->ent, EG_REL_LOCATED_IN, S, S, 0, hedge)))
                    return rc;
            }
        }
    }
    /* "X served as chairman of Y", "X, who works as a lawyer for Y"; "X served as head of the
     * Y1 unit of Y2": the head of a part is a member of the whole (and of Y1 unless a place) */
    for (size_t i = 0; i < c->nit; i++) {
        const item *x = &c->it[i];
        if (etype(c, x->ent) != EG_PERSON || x->poss) continue;
        uint32_t k = x->b;
        /* ("Barish, 81, became": past the age) */
        if (is_punct(c, k, ',') && k + 3 < s->tok_end && c->r->tk.tok[k + 1].kind == EG_TK_NUM && is_punct(c, k + 2, ','))
            k += 3;
        if (is_punct(c, k, ',') && is_word(c, k + 1, "who")) k += 2;
        /* ("Piotr Durbajlo, a Pole who once served as": a description of the person before the relative) */
        else if (is_punct(c, k, ',') && (is_word(c, k + 1, "a") || is_word(c, k + 1, "an"))) {
            uint32_t g = k + 2;
            while (g < s->tok_end && g < k + 5 && c->r->tk.tok[g].kind == EG_TK_WORD && !is_word(c, g, "who") &&
                   (tok_lower(c, g) || eg_lex_has(EG_LEX_DEMONYM, c->text + c->r->tk.tok[g].start, c->r->tk.tok[g].len)))
                g++;
            if (g > k + 2 && is_word(c, g, "who")) k = g + 1;
        }
        /* ("who was listed as the sole director of X": a record's word for the post) */
        if ((is_word(c, k, "was") || is_word(c, k, "is")) && (is_word(c, k + 1, "listed") || is_word(c, k + 1, "registered")))
            k++;
        else if (is_word(c, k, "listed") || is_word(c, k, "registered"))
            continue;
        /* "Barish became LIGO's director": the organisation's possessive before the role */
        if ((is_word(c, k, "became") || is_word(c, k, "becomes")) && item_from(c, k + 1) < c->nit) {
            size_t oi2 = item_from(c, k + 1);
            uint32_t n2;
            const item *o = &c->it[oi2];
            if (o->a == k + 1 && o->poss && o->mention >= 0 && etype(c, o->ent) == EG_ORG && tok_lower(c, o->b + 1)) {
                int t2 = role_at(c, o->b + 1, s->tok_end, &n2);
                if ((t2 == EG_REL_LEADS || t2 == EG_REL_MEMBER_OF) &&
                    (o->b + 1 + n2 >= s->tok_end || !is_word(c, o->b + 1 + n2, "of")) &&
                    (rc = add_rel(r, x->ent, o->ent, t2, S, S, 0, hedge)))
                    return rc;
            }
            continue;
        }
        /* ("would resign as chief executive of X and step down as publisher of Y": each post of the list) */
        for (int hop = 0; hop < 3 && k; hop++) {
            uint32_t e = 0;
            if ((rc = post_as(c, x->ent, k, s, S, hedge, &e))) return rc;
            k = e && is_word(c, e, "and") ? e + 1 : 0;
        }
    }
    /* "The Harbour Trust has provided support to X, including grants from the Office of Y and
     * funding from the Z Directorate": the giver's offices named after "including ... from" are its parts */
    if (c->nit >= 2 && etype(c, c->it[0].ent) == EG_ORG && c->it[0].mention >= 0) {
        static const char *const give[] = {"provided", "provides", "gave", "gives", "awarded", "awards", "offered",
                                           "offers", "funded", "funds", "supported", "supports", NULL};
        static const char *const part_heads[] = {"office", "directorate", "division", "bureau", "unit", "branch",
                                                 "programme", "program", NULL};
        uint32_t k = c->it[0].b, incl = 0;
        int gave = 0;
        for (; k < s->tok_end && !incl; k++) {
            if (is_punct(c, k, ';') || is_punct(c, k, '.')) break;
            if (in(c, k, give) && tok_lower(c, k)) gave = 1;
            if (gave && is_word(c, k, "including")) incl = k;
        }
        for (size_t i = 1; incl && i < c->nit; i++) {
            const item *y = &c->it[i];
            if (y->a <= incl || y->mention < 0 || etype(c, y->ent) != EG_ORG || y->ent == c->it[0].ent) continue;
            uint32_t f = y->a - 1;
            if (is_word(c, f, "the") && f > incl) f--;
            if (!is_word(c, f, "from")) continue;
            if (!in(c, y->a, part_heads) && !in(c, y->b - 1, part_heads)) continue;
            if ((rc = add_rel(r, y->ent, c->it[0].ent, EG_REL_MEMBER_OF, S, S, 0, hedge))) return rc;
        }
    }
    /* "A and B exchanged dozens of phone calls": a message both ways between the two subjects */
    for (uint32_t k = s->tok_start + 3; k < s->tok_end; k++) {
        static const char *const msgs[] = {"calls", "messages", "emails", "e-mails", "texts", "letters", NULL};
        if (!is_word(c, k, "exchanged") && !is_word(c, k, "traded")) continue;
        uint32_t g = k + 1;
        while (g < s->tok_end && g < k + 6 && tok_lower(c, g) && !in(c, g, msgs)) g++;
        if (!in(c, g, msgs) || is_word(c, g + 1, "with")) continue;
        /* the subjects: the last name before the verb and the one "and" joins to it */
        size_t b = c->nit;
        while (b > 0 && c->it[b - 1].b > k) b--;
        if (b < 2) continue;
        const item *y = &c->it[b - 1];
        size_t ai = b - 2;
        while (ai > 0 && (c->it[ai].mention < 0 || c->it[ai].poss)) ai--; /* "and Silevo's sales director, Y" */
        const item *x = &c->it[ai];
        if (x->ent == y->ent || y->mention < 0 || etype(c, x->ent) == EG_LOC || etype(c, y->ent) == EG_LOC) continue;
        int joined = 0, broken = 0;
        for (uint32_t h = x->b; h < y->a && !broken; h++) {
            if (is_word(c, h, "and")) joined = 1;
            broken = clause_break(c, h);
        }
        for (uint32_t h = y->b; h < k && !broken; h++) broken = clause_break(c, h) || !is_punct(c, h, ',');
        if (joined && !broken && (rc = add_rel(r, x->ent, y->ent, EG_REL_COMMUNICATED_WITH, S, S, 0, hedge))) return rc;
    }
    /* "The Belarusian envoy to the council, X,", "the German finance minister, Y,": the country
     * of the demonym, when the document names it */
    for (size_t i = 0; i < c->nit; i++) {
        const item *y = &c->it[i];
        if (etype(c, y->ent) != EG_PERSON || y->mention < 0 || y->a < s->tok_start + 3 || !is_punct(c, y->a - 1, ','))
            continue;
        uint32_t stop = y->a - 1, d = 0;
        for (uint32_t k = y->a - 2; k > s->tok_start && k + 12 > stop && !d; k--) {
            if (!is_word(c, k - 1, "the")) continue; /* "a Belarusian lawyer" is a nationality */
            const eg_token *t = &r->tk.tok[k];
            if (t->kind == EG_TK_WORD && (t->flags & EG_TF_CAP) && item_from(c, k) < c->nit && c->it[item_from(c, k)].a == k)
                continue; /* a name, not a demonym */
            if ((t->flags & EG_TF_CAP) && eg_lex_value(EG_LEX_DEMONYM, c->text + t->start, t->len)) d = k;
        }
        if (!d) continue;
        const eg_token *dt = &r->tk.tok[d];
        const char *v = eg_lex_value(EG_LEX_DEMONYM, c->text + dt->start, dt->len);
        int country = v && *v ? country_entity(c, v) : -1;
        if (country < 0) continue;
        /* lower-case words with a role, then the comma or a "to/in/at" phrase of names */
        uint32_t h = d + 1, n = 0, rs = 0;
        int t = -1;
        while (h < stop && tok_lower(c, h)) {
            uint32_t nn;
            int tt = role_at(c, h, stop, &nn);
            if (tt >= 0) { t = tt; n = nn; rs = h; h += nn; continue; }
            h++;
            if (t >= 0) break;
        }
        if (t < 0 || t == EG_REL_FAMILY) continue;
        h = rs + n;
        while (h < stop) {
            if (!(is_word(c, h, "to") || is_word(c, h, "in") || is_word(c, h, "at"))) break;
            uint32_t g = h + 1;
            if (is_word(c, g, "the")) g++;
            size_t zi = item_from(c, g);
            if (zi < c->nit && c->it[zi].a == g && etype(c, c->it[zi].ent) != EG_PERSON) { h = c->it[zi].b; continue; }
            if (tok_lower(c, g) && g + 1 == stop) { h = stop; break; } /* "envoy to the council" */
            break;
        }
        if (h != stop) continue;
        /* an office of the state: a head, a posted role or a title ("finance minister"), not "the German lawyer" */
        const eg_tokens *tk = &r->tk;
        size_t o0 = tk->tok[d + 1].start, o1 = tk->tok[rs + n - 1].start + tk->tok[rs + n - 1].len;
        int head = head_of_country_title(c, rs, rs + n), posted = posted_role(c, rs, rs + n);
        if (!head && !posted && !eg_lex_has(EG_LEX_TITLE, c->text + o0, o1 - o0)) continue;
        int type = head ? EG_REL_LEADS : posted ? EG_REL_REPRESENTS : EG_REL_MEMBER_OF;
        if ((rc = add_rel(r, y->ent, country, type, S, S, 0, hedge))) return rc;
    }
    /* "A spokesman for Dana Reyes, Tom Ortiz, said" / "the lawyer of X, Y" */
    for (uint32_t k = s->tok_start; k < s->tok_end; k++) {
        uint32_t n;
        if (!tok_lower(c, k)) continue;
        int t = role_at(c, k, s->tok_end, &n);
        if (t < 0) continue;
        uint32_t h = k + n;
        k = h - 1; /* "chief executive" is one role, not also "executive" */
        if (!(is_word(c, h, "for") || is_word(c, h, "of") || is_word(c, h, "to"))) continue;
        /* "the ambassador to the United Nations, X": the post, not the principal */
        if (is_word(c, h, "to") && posted_role(c, h - n, h)) continue;
        size_t xi = item_from(c, h + 1);
        if (xi >= c->nit || c->it[xi].a != h + 1) {
            if (xi < c->nit && c->it[xi].a == h + 2 && is_word(c, h + 1, "the")) { /* of the X */ }
            else continue;
        }
        /* ("The director of Greece's National Archaeological Museum, Dr X": the place's organisation) */
        if (c->it[xi].poss && etype(c, c->it[xi].ent) == EG_LOC && xi + 1 < c->nit &&
            c->it[xi + 1].a == c->it[xi].b + (r->tk.tok[c->it[xi].b].kind == EG_TK_POSS) &&
            etype(c, c->it[xi + 1].ent) == EG_ORG)
            xi++;
        if (!c->it[xi].poss) xi = chain_end(c, xi);
        /* ("Signavia's managing director for Central Europe, Y": a region of the post, not its principal) */
        if (is_word(c, h, "for") && etype(c, c->it[xi].ent) == EG_LOC && t != EG_REL_REPRESENTS) continue;
        uint32_t g = c->it[xi].b;
        /* "the head of the IMF's Tunisia mission, Y": the head of a part is a member of the whole */
        int part = 0;
        if (c->it[xi].poss) {
            static const char *const parts[] = {"mission", "office", "unit", "branch", "division", "team", "department",
                                                "delegation", "committee", "bureau", "desk", "section", "wing", "arm", NULL};
            g += g < s->tok_end && r->tk.tok[g].kind == EG_TK_POSS; /* ("its" has no 's) */
            uint32_t g0 = g;
            while (g < s->tok_end && g < g0 + 3 && r->tk.tok[g].kind == EG_TK_WORD && !in(c, g, aux_words) &&
                   !in(c, g, parts) && !verb_cue_at(c, g, s->tok_end) &&
                   !(item_from(c, g) < c->nit && c->it[item_from(c, g)].a == g && etype(c, c->it[item_from(c, g)].ent) != EG_LOC))
                g++;
            if (!tok_lower(c, g) || !in(c, g, parts)) continue;
            uint32_t n6;
            for (uint32_t q = g0; q < g && !part; q++) part = tok_lower(c, q) && role_at(c, q, g, &n6) >= 0;
            if (part) continue; /* ("the son-in-law of Daesong's chairman, Lee": the chairman is Lee) */
            g++;
            part = 1;
        }
        if (!is_punct(c, g, ',')) continue;
        /* ("the head of the EOW, Joint Commissioner Anjali Deshmukh": past the title; "The owner of X,
         * businessman Hernan Fleitas": past an occupation) */
        uint32_t ya = past_title(c, g + 1);
        if (ya == g + 1 && occupation_word(c, g + 1) && !in(c, g + 1, dets)) ya = g + 2;
        size_t yi = item_from(c, ya);
        int tp = part && t == EG_REL_LEADS ? EG_REL_MEMBER_OF : t;
        if (yi < c->nit && c->it[yi].a == ya && etype(c, c->it[yi].ent) == EG_PERSON &&
            c->it[yi].ent != c->it[xi].ent &&
            (rc = add_rel(r, c->it[yi].ent, c->it[xi].ent, adapt(c, tp, c->it[xi].ent), S, S, 0, hedge)))
            return rc;
    }
    /* "The commission's executive director, Tom Lund": the organisation of the document, named
     * before, whose head word is that noun */
    for (size_t i = 0; i < c->nit; i++) {
        const item *y = &c->it[i];
        uint32_t n;
        if (etype(c, y->ent) != EG_PERSON || y->mention < 0 || y->a < s->tok_start + 4 || !is_punct(c, y->a - 1, ','))
            continue;
        /* the role ends right before the comma; find "the NOUN 's" in front of it */
        uint32_t k0 = y->a - 1, j = k0, role_s = 0;
        int t = -1;
        while (j > s->tok_start && j + 6 > k0 && tok_lower(c, j - 1)) {
            j--;
            int tt = role_at(c, j, k0, &n);
            if (tt >= 0 && j + n == k0) { t = tt; role_s = j; }
        }
        if (t < 0 || t == EG_REL_FAMILY) continue;
        uint32_t ps = role_s;
        while (ps > s->tok_start && ps + 3 > role_s && tok_lower(c, ps - 1) && r->tk.tok[ps - 1].kind != EG_TK_POSS &&
               ps - 1 > s->tok_start && r->tk.tok[ps - 2].kind != EG_TK_POSS)
            ps--;
        if (ps < s->tok_start + 3 || r->tk.tok[ps - 1].kind != EG_TK_POSS || !tok_lower(c, ps - 2) ||
            !is_word(c, ps - 3, "the"))
            continue;
        const eg_token *nt = &r->tk.tok[ps - 2];
        int org = -1;
        for (size_t q = r->nm; q > 0; q--) {
            const eg_mention *m = &r->m[q - 1];
            if (m->tok_start >= ps - 3 || m->entity < 0 || etype(c, m->entity) != EG_ORG) continue;
            const char *head = last_word(r->ent[m->entity].label);
            if (strlen(head) == nt->len && !eg_ncasecmp(head, c->text + nt->start, nt->len)) { org = m->entity; break; }
        }
        if (org < 0 || org == y->ent) continue;
        if (t == EG_REL_LEADS && modifier_member(c, role_s, k0)) t = EG_REL_MEMBER_OF;
        if ((rc = add_rel(r, y->ent, org, adapt(c, t, org), S, S, 0, hedge))) return rc;
    }
    /* 4a. "the Libyan town of Zuwara", "the Spanish region of Galicia": in the demonym's country, when the
     * text names it */
    for (size_t i = 0; i < c->nit; i++) {
        const item *y = &c->it[i];
        if (etype(c, y->ent) != EG_LOC || y->mention < 0 || y->a < s->tok_start + 3 || !is_word(c, y->a - 1, "of")) continue;
        uint32_t g = y->a - 2;
        if (!in(c, g, place_parts) || !tok_lower(c, g)) continue;
        const eg_token *t = &r->tk.tok[g - 1];
        const char *v = (t->flags & EG_TF_CAP) ? eg_lex_value(EG_LEX_DEMONYM, c->text + t->start, t->len) : NULL;
        int country = v && *v ? country_entity(c, v) : -1;
        if (country >= 0 && country != y->ent &&
            (rc = add_rel(r, y->ent, country, EG_REL_LOCATED_IN, S, S, 0, hedge)))
            return rc;
    }
    /* 4a'. "Liberia's capital, Monrovia", "the state of Pernambuco and its capital, Recife": a place's part named
     * after it (its kind, a comma, the name) */
    for (size_t i = 0; i + 1 < c->nit; i++) {
        const item *y = &c->it[i];
        if (etype(c, y->ent) != EG_LOC || y->mention < 0) continue;
        uint32_t g = y->b + (y->poss ? 1 : 0);
        if (!y->poss) {
            if (!is_word(c, g, "and") || !is_word(c, g + 1, "its")) continue;
            g += 2;
        }
        uint32_t g0 = g;
        while (g < s->tok_end && g < g0 + 2 && tok_lower(c, g) && !in(c, g, place_parts)) g++; /* ("second-largest city") */
        if (!in(c, g, place_parts) || !tok_lower(c, g) || !is_punct(c, g + 1, ',')) continue;
        const item *z = &c->it[i + 1];
        if (z->a != g + 2 || etype(c, z->ent) != EG_LOC || z->poss || z->ent == y->ent) continue;
        if ((rc = add_rel(r, z->ent, y->ent, EG_REL_LOCATED_IN, S, S, 0, hedge))) return rc;
    }
    /* 4b. a reported accusation: "X said Y had deceived everyone", "X alleged that Y misled investors" */
    {
        static const char *const says[] = {"said", "says", "alleged", "alleges", "claimed", "claims", "argued",
                                           "argues", "wrote", "insisted", "charged", "found", "concluded", NULL};
        static const char *const wrongs[] = {
            "deceived", "misled", "lied", "cheated", "defrauded", "ignored", "breached", "broke", "broken",
            "violated", "inflated", "concealed", "stole", "stolen", "abused", "bullied",
            "harassed", "mismanaged", "endangered", "betrayed", "rigged", "manipulated", "falsified",
            "fabricated", "overcharged", "overbilled", "underpaid", "exploited", "neglected", "embezzled",
            "bribed", "laundered", "looted", "sabotaged", "defamed", "smeared", "intimidated", "leaked", "smuggled",
            "diverted", "siphoned", "forged", "misappropriated", "evaded", NULL};
        for (uint32_t k = s->tok_start + 1; k + 2 < s->tok_end; k++) {
            if (!tok_lower(c, k) || c->r->tk.tok[k].len < 4 || !in(c, k, says)) continue;
            /* "the committee, which had found that Y approved a contract": a public body's finding about
             * anyone it names is an investigation, whatever the verb */
            int finding = is_word(c, k, "found") || is_word(c, k, "concluded");
            if (finding && !is_word(c, k + 1, "that")) continue;
            uint32_t h = k + 1;
            if (is_word(c, h, "that")) h++;
            h = past_title(c, h); /* ("said Colonel Lin Chih-hao had leaked") */
            size_t yi = item_from(c, h);
            if (yi >= c->nit || c->it[yi].a != h || c->it[yi].poss || etype(c, c->it[yi].ent) == EG_LOC) continue;
            uint32_t g = c->it[yi].b;
            if (is_word(c, g, "had") || is_word(c, g, "has") || is_word(c, g, "have") || is_word(c, g, "was") ||
                is_word(c, g, "were"))
                g++;
            int neg = 0;
            if (is_word(c, g, "not") || is_word(c, g, "never")) { neg = 1; g++; }
            if (is_word(c, g, "repeatedly") || is_word(c, g, "deliberately") || is_word(c, g, "knowingly")) g++;
            if (!in(c, g, wrongs) && !(finding && tok_lower(c, g) && !in(c, g, dets))) continue;
            /* (not "said Y broke the record") */
            if ((is_word(c, g, "broke") || is_word(c, g, "broken")) &&
                (has_word(c, g + 1, g + 4 < s->tok_end ? g + 4 : s->tok_end, "record") ||
                 has_word(c, g + 1, g + 4 < s->tok_end ? g + 4 : s->tok_end, "records")))
                continue;
            /* the speaker: the name before "said", past an apposition ("X, the union's leader, said") */
            int x = -1;
            for (size_t p = yi; p > 0; p--) {
                const item *w = &c->it[p - 1];
                if (w->b > k) continue;
                if (clause_break(c, w->b) || w->poss) break;
                int plain = 1;
                for (uint32_t q = w->b; q < k && plain; q++) plain = !clause_break(c, q) && !verb_cue_at(c, q, s->tok_end);
                if (!plain) break;
                x = (int)(p - 1);
                if (is_punct(c, k - 1, ',')) {
                    for (uint32_t q = k - 1; q > s->tok_start + 1 && q + 12 > k; q--) {
                        if (!is_punct(c, q - 1, ',')) continue;
                        if (!in(c, q, dets) && !is_word(c, q, "who")) break;
                        for (size_t z = 0; z < p; z++)
                            if (c->it[z].b == q - 1 && c->it[z].mention >= 0) x = (int)z;
                        break;
                    }
                }
                break;
            }
            if (finding) {
                static const char *const finders[] = {"Committee", "Court", "Tribunal", "Inspectorate", "Directorate",
                                                      "Auditor", "Audit", "Ombudsman", "Inquiry", "Panel", "Police",
                                                      "Council", "Watchdog", NULL};
                int body = x >= 0 && etype(c, c->it[x].ent) == EG_ORG;
                if (body && !public_body(c, c->it[x].ent)) {
                    body = 0;
                    for (const char *const *f = finders; *f && !body; f++)
                        body = label_has_word(r->ent[c->it[x].ent].label, *f, strlen(*f));
                }
                if (!body || c->it[x].ent == c->it[yi].ent) continue;
            }
            /* (a public body that says so investigates: "the Prosecutors Office said X had leaked") */
            if (x >= 0 && etype(c, c->it[x].ent) != EG_LOC &&
                (rc = add_rel(r, c->it[x].ent, c->it[yi].ent,
                              finding || (public_body(c, c->it[x].ent) && !is_country(c, c->it[x].ent)) ? EG_REL_INVESTIGATES
                                                                                                         : EG_REL_CRITICIZED,
                              S, S, neg, hedge)))
                return rc;
        }
    }
    /* 4b'. "Prosecutor Giulia Ferrante has placed X under investigation", "police put Y under
     * surveillance": the one who placed investigates the one placed */
    for (uint32_t k = s->tok_start + 1; k + 3 < s->tok_end; k++) {
        if (!is_word(c, k, "placed") && !is_word(c, k, "put") && !is_word(c, k, "placing") && !is_word(c, k, "putting"))
            continue;
        uint32_t j = skip_mods(c, k + 1, s->tok_end);
        size_t oi = item_from(c, j);
        if (oi >= c->nit || c->it[oi].a != j) continue;
        if (c->it[oi].poss) { /* ("placed the company's owner, Antonio Lorusso, under": the name after the role) */
            int who = role_person_after(c, c->it[oi].b + (r->tk.tok[c->it[oi].b].kind == EG_TK_POSS), s->tok_end);
            size_t z = oi + 1;
            while (z < c->nit && !(c->it[z].ent == who && c->it[z].mention >= 0)) z++;
            if (who < 0 || z >= c->nit || c->it[z].poss) continue;
            oi = z;
        }
        if (etype(c, c->it[oi].ent) == EG_LOC) continue;
        uint32_t u = c->it[oi].b + is_punct(c, c->it[oi].b, ',');
        if (!is_word(c, u, "under") || !(is_word(c, u + 1, "investigation") || is_word(c, u + 1, "surveillance") ||
                                         is_word(c, u + 1, "scrutiny") || is_word(c, u + 1, "arrest")))
            continue;
        int subj = subject_before(c, k);
        if (subj >= 0 && subj != c->it[oi].ent && etype(c, subj) != EG_LOC &&
            (rc = add_rel(r, subj, c->it[oi].ent, EG_REL_INVESTIGATES, S, S, negated_before(c, k, s->tok_start), hedge)))
            return rc;
    }
    /* 4c. "X is (separately) under investigation by Y", "under scrutiny from Y": Y investigates X */
    for (uint32_t k = s->tok_start + 1; k + 3 < s->tok_end; k++) {
        if (!is_word(c, k, "under") ||
            !(is_word(c, k + 1, "investigation") || is_word(c, k + 1, "inquiry") || is_word(c, k + 1, "scrutiny")) ||
            !(is_word(c, k + 2, "by") || is_word(c, k + 2, "from")))
            continue;
        size_t ai = named_after(c, k + 3, s->tok_end);
        uint32_t h = k + 3;
        if (ai < c->nit && c->it[ai].poss) ai = c->nit;
        if (ai >= c->nit) {
            /* "by Ireland's media regulator, Coimisiun": the name after a place's description */
            size_t pi = item_from(c, h);
            if (pi < c->nit && c->it[pi].a == h && c->it[pi].poss) {
                uint32_t g = c->it[pi].b + 1;
                while (g < s->tok_end && g < c->it[pi].b + 5 && tok_lower(c, g)) g++;
                if (is_punct(c, g, ',')) ai = item_from(c, g + 1);
                if (ai < c->nit && c->it[ai].a != g + 1) ai = c->nit;
            }
        }
        if (ai >= c->nit || etype(c, c->it[ai].ent) == EG_LOC) continue;
        int x = -1;
        for (size_t p = 0; p < c->nit && c->it[p].a < k; p++) {
            static const char *const between[] = {"is", "was", "are", "were", "has", "been", "also", "now",
                                                  "separately", "already", "remains", "came", NULL};
            int clean = 1;
            for (uint32_t g = c->it[p].b; g < k && clean; g++) clean = in(c, g, between);
            if (clean && !c->it[p].poss) x = (int)p;
        }
        if (x >= 0 && (rc = add_rel(r, c->it[ai].ent, c->it[x].ent, EG_REL_INVESTIGATES, S, S, negated_before(c, k, s->tok_start), hedge)))
            return rc;
    }
    /* 5. cue words: verbs, nouns, "between" */
    uint32_t inside = 0; /* end of the last verb cue of several words: "held talks with" is not also "talks with" */
    for (uint32_t k = s->tok_start; k < s->tok_end; k++) {
        if (!tok_lower(c, k) || k < inside) continue;
        int bk = bucket_of((unsigned char)c->text[r->tk.tok[k].start]);
        for (size_t q = bucket_start[bk]; q < bucket_start[bk] + bucket_len[bk]; q++) {
            const cue *cu = &cues[q];
            uint32_t gap = 0;
            /* ("discussed with", "raised with": only with what is talked of between, below) */
            int talk_cue = cu->talk;
            if (!match_cue(c, cu, k, s->tok_end)) {
                /* "discussed the issue with Y", "raised Yang's case with Y": the thing talked of between a verb
                 * and its "with" (lower-case words, or a name's possessive and its noun) */
                if (talk_cue && is_word(c, k, cu->w[0])) {
                    static const char *const stops[] = {"and", "or", "but", "that", "which", "who", "to", "after", "before",
                                                        "when", "while", "in", "on", "at", "for", "from", "by", NULL};
                    /* (what is raised is a thing said: not "raised two children with", "raised taxes with the
                     * support of", "raised $5 million with", "raised her glass with") */
                    static const char *const raised_things[] = {"children", "child", "son", "sons", "daughter", "daughters",
                                                                "family", "kids", "money", "funds", "capital", "cash",
                                                                "prices", "price", "rates", "rate", "taxes", "tax", "glass",
                                                                "glasses", "flag", "flags", "hand", "hands", "stake", "stakes",
                                                                "eyebrows", "million", "billion", NULL};
                    int talk = 1;
                    uint32_t g = k + 1;
                    while (g < s->tok_end && g < k + 6 && !is_word(c, g, "with")) {
                        if (talk_cue == 2 && (in(c, g, raised_things) || c->r->tk.tok[g].kind == EG_TK_NUM || is_punct(c, g, '$')))
                            talk = 0;
                        size_t gi = item_from(c, g);
                        if (gi < c->nit && c->it[gi].a == g && c->it[gi].poss && c->it[gi].mention >= 0 && g == k + 1) {
                            g = c->it[gi].b + 1;
                            continue;
                        }
                        if (!tok_lower(c, g) || in(c, g, stops)) break;
                        g++;
                    }
                    /* (none when denied: "never discussed the licence with him" is said to deny it) */
                    if (g > k + 1 && talk && is_word(c, g, "with") && !negated_before(c, k, s->tok_start)) {
                        gap = g - (k + 1);
                        goto matched;
                    }
                    continue;
                }
                /* "a lawsuit on Thursday against Y": a time phrase between a noun cue and its preposition */
                /* ... or the court it was filed at: "filed the suit at the Busan District Court on Monday against Y" */
                if (cu->shape != SHAPE_NOUN || cu->nw != 2 || !is_word(c, k, cu->w[0])) continue;
                uint32_t L, g = k + 1;
                if ((L = time_phrase(c, g))) g += L;
                if (is_word(c, g, "at") || is_word(c, g, "in") || is_word(c, g, "before")) {
                    uint32_t h = g + 1 + is_word(c, g + 1, "the");
                    size_t vi = item_from(c, h);
                    if (vi >= c->nit || c->it[vi].a != h || etype(c, c->it[vi].ent) != EG_ORG || c->it[vi].poss) continue;
                    g = c->it[vi].b;
                    if ((L = time_phrase(c, g))) g += L;
                }
                if (g == k + 1 || !is_word(c, g, cu->w[1])) continue;
                gap = g - (k + 1);
            } else if (talk_cue) {
                continue;
            }
        matched:;
            /* "a militant group called Action Directe", "the company, called X": a name given, no call */
            if (cu->shape == SHAPE_VERB && cu->nw == 1 && is_word(c, k, "called") && k > s->tok_start + 1) {
                uint32_t g = k;
                while (g > s->tok_start && g + 4 > k && tok_lower(c, g - 1) && !in(c, g - 1, dets) &&
                       !in(c, g - 1, aux_words) && !ly_adverb(c, g - 1) && !is_word(c, g - 1, "and") &&
                       !is_word(c, g - 1, "also") && !is_word(c, g - 1, "then") && !is_word(c, g - 1, "he") &&
                       !is_word(c, g - 1, "she") && !is_word(c, g - 1, "they") && !is_word(c, g - 1, "it") &&
                       !is_word(c, g - 1, "we") && !is_word(c, g - 1, "i"))
                    g--;
                if (g < k && g > s->tok_start && (is_word(c, g - 1, "a") || is_word(c, g - 1, "an") || is_word(c, g - 1, "the")))
                    continue;
            }
            uint32_t after = k + (uint32_t)cu->nw + gap;
            /* ("joined forces with Delfin": an alliance, no membership) */
            if (cu->shape == SHAPE_VERB && cu->type == EG_REL_MEMBER_OF && (is_word(c, after, "forces") || is_word(c, after, "hands")))
                continue;
            /* ("had asked for one of the band's albums": a thing asked for, no addressee) */
            /* (but "asked for Mark Lowe's resignation" demands that someone go, below) */
            if (cu->shape == SHAPE_VERB && cu->nw == 1 && (is_word(c, k, "asked") || is_word(c, k, "asks")) &&
                is_word(c, after, "for")) {
                size_t fi = item_from(c, after + 1 + is_word(c, after + 1, "the"));
                if (!(fi < c->nit && c->it[fi].poss && c->it[fi].a <= after + 2 && in(c, c->it[fi].b + 1, ouster))) continue;
            }
            if (cu->shape == SHAPE_VERB && cu->nw > 1) inside = after;
            int neg = negated_before(c, k, s->tok_start);
            if (cu->shape == SHAPE_FROM) {
                /* "a response from X to Y", "grants from X for Y and Z" */
                if (!is_word(c, after, "from")) continue;
                size_t xi = item_from(c, skip_mods(c, after + 1, s->tok_end));
                if (xi >= c->nit || c->it[xi].a > after + 3) break;
                xi = chain_end(c, xi);
                uint32_t j = c->it[xi].b;
                while (j < s->tok_end && j < c->it[xi].b + 6 && !is_word(c, j, "to") && !is_word(c, j, "for")) j++;
                if (!is_word(c, j, "to") && !is_word(c, j, "for")) break;
                size_t yi = item_from(c, j + 1);
                if (yi >= c->nit || c->it[yi].a > j + 5) break;
                yi = chain_end(c, yi); /* "to an inquiry from House Committee Chairman Y" */
                size_t end = item_list_end(c, yi, s->tok_end);
                for (size_t p = yi; p < end; p++)
                    if ((rc = add_rel(r, c->it[xi].ent, c->it[p].ent, cu->type, S, S, neg, hedge))) return rc;
                break;
            }
            if (cu->shape == SHAPE_BETWEEN) {
                uint32_t j = after;
                if (!is_word(c, j, "between")) continue;
                size_t xi = item_from(c, j + 1);
                if (xi + 1 < c->nit && c->it[xi].a <= j + 6) {
                    size_t end = item_list_end(c, xi, s->tok_end);
                    /* "between Nigel Sheinwald, Blair's chief adviser, and Ali Larijani, the secretary of ...": two
                     * people, each with an apposition */
                    if (end == xi + 1 || (end == xi + 2 && c->it[xi].b < s->tok_end && is_punct(c, c->it[xi].b, ','))) {
                        uint32_t z = c->it[xi].b;
                        if (is_punct(c, z, ',')) {
                            uint32_t w = comma_from(c, z + 1, z + 14, s->tok_end);
                            size_t yi = w < s->tok_end && is_punct(c, w, ',') && is_word(c, w + 1, "and") ? item_from(c, w + 2) : c->nit;
                            /* (the second name right after "and", or after its title) */
                            if (yi < c->nit && c->it[yi].a >= w + 2 && c->it[yi].a <= past_title(c, w + 2) &&
                                etype(c, c->it[yi].ent) == etype(c, c->it[xi].ent) &&
                                c->it[yi].ent != c->it[xi].ent && !c->it[yi].poss) {
                                if ((rc = add_rel(r, c->it[xi].ent, c->it[yi].ent, cu->type, S, S, neg, hedge))) return rc;
                                break;
                            }
                        }
                    }
                    for (size_t p = xi; p < end; p++)
                        for (size_t q2 = p + 1; q2 < end; q2++)
                            if ((rc = add_rel(r, c->it[p].ent, c->it[q2].ent, cu->type, S, S, neg, hedge))) return rc;
                }
                break;
            }
            /* subject: nearest item before the cue inside the clause */
            int subj = -1;
            for (size_t p = c->nit; p > 0; p--) {
                item *w = &c->it[p - 1];
                if (w->b > k) continue;
                int broken = 0;
                for (uint32_t g = w->b; g < k; g++) {
                    /* "the Harbour Trust (HT) has": the acronym in brackets */
                    if (g == w->b && past_letters(c, w, g) > g) continue;
                    if (is_punct(c, g, '(') && g + 4 < k) { /* a short aside: "Hartwell (R), who ..." */
                        uint32_t z = g + 1;
                        while (z < g + 4 && !is_punct(c, z, ')')) z++;
                        if (is_punct(c, z, ')')) { g = z; continue; }
                    }
                    if (clause_break(c, g)) broken = 1;
                    /* "X said the board had reported Y": the board, a noun no item stands for, acts */
                    /* (not "X said the figures did not add up and called on Y": X's second verb) */
                    if ((is_word(c, g, "said") || is_word(c, g, "says")) && in(c, g + 1, dets) &&
                        !is_word(c, g + 1, "his") && !is_word(c, g + 1, "her") && tok_lower(c, g + 2) &&
                        item_from(c, g + 1) < c->nit && c->it[item_from(c, g + 1)].a >= k && !has_word(c, g + 1, k, "and"))
                        broken = 1;
                    /* ("He said detectives also wanted to question Y": unnamed investigators act) */
                    static const char *const agents[] = {"detectives", "investigators", "police", "prosecutors", "officials",
                                                         "officers", "authorities", "inspectors", "auditors", "regulators", NULL};
                    /* (but a prosecutor's "investigators" are the prosecutor's own: "Regional prosecutor X said
                     * investigators were examining transfers to Y") */
                    static const char *const probers[] = {"prosecutor", "prosecutors", "investigator", "inspector",
                                                          "detective", "judge", "magistrate", "auditor", NULL};
                    if ((is_word(c, g, "said") || is_word(c, g, "says") || is_word(c, g, "that")) && in(c, g + 1, agents) &&
                        (item_from(c, g + 1) >= c->nit || c->it[item_from(c, g + 1)].a >= k)) {
                        /* (the speaker's title where the text names it: "She said" after "Ewa Nowicka, the prosecutor") */
                        int prober = 0;
                        for (size_t mi = 0; mi < r->nm && !prober; mi++) {
                            const eg_mention *mm = &r->m[mi];
                            if (mm->entity != w->ent) continue;
                            for (uint32_t h = mm->tok_start >= 2 ? mm->tok_start - 2 : 0; h < mm->tok_start && !prober; h++)
                                prober = in(c, h, probers);
                            for (uint32_t h = mm->tok_end; h < r->tk.ntok && h < mm->tok_end + 8 && !prober; h++)
                                prober = in(c, h, probers);
                        }
                        if (!prober) broken = 1;
                    }
                }
                /* ("control of Star India and a 30 percent stake in Hulu": a name the noun is listed after holds
                 * nothing) */
                if (!broken && cu->shape == SHAPE_NOUN && is_word(c, w->b, "and") &&
                    (is_word(c, w->b + 1, "a") || is_word(c, w->b + 1, "an") || is_word(c, w->b + 1, "the")))
                    broken = 1;
                if (!broken) subj = (int)(p - 1);
                break;
            }
            /* "Miyazaki, who left Yamada last year to set up a rival firm, Nihon Mirise": an infinitive's subject is
             * its clause's, not the object of the verb before it */
            if (cu->shape == SHAPE_VERB && subj >= 0 && k >= s->tok_start + 3 && is_word(c, k - 1, "to") &&
                c->it[subj].a > s->tok_start && tok_lower(c, c->it[subj].a - 1) && !in(c, c->it[subj].a - 1, dets) &&
                !in(c, c->it[subj].a - 1, aux_words) && !is_word(c, c->it[subj].a - 1, "and") &&
                !is_word(c, c->it[subj].a - 1, "by") && !is_word(c, c->it[subj].a - 1, "of") &&
                /* (a verb whose object does the infinitive: "asked Acme to buy Y", "hired Lazard to advise") */
                !in(c, c->it[subj].a - 1, object_control) && etype(c, c->it[subj].ent) != EG_LOC &&
                !is_word(c, c->it[subj].a - 1, "to") && !is_word(c, c->it[subj].a - 1, "with") &&
                /* (the item right before "to" or a time: "left Yamada last year to", not "he had led a delegation to") */
                (c->it[subj].b == k - 1 || c->it[subj].b + time_phrase(c, c->it[subj].b) == k - 1)) {
                uint32_t v = c->it[subj].a - 1; /* the verb whose object the item is */
                int gov = -1;
                if (v > s->tok_start + 1 && is_word(c, v - 1, "who") && is_punct(c, v - 2, ',')) {
                    for (size_t p = (size_t)subj; p > 0; p--)
                        if (c->it[p - 1].b == v - 2) { gov = (int)(p - 1); break; }
                } else {
                    int e = subject_before(c, v);
                    for (size_t p = (size_t)subj; p > 0 && e >= 0; p--)
                        if (c->it[p - 1].ent == e && c->it[p - 1].b <= v) { gov = (int)(p - 1); break; }
                }
                if (gov >= 0 && !c->it[gov].poss) subj = gov;
            }
            /* "Desai, who left Sarvanta in 2021 and now lives in Mumbai": one who lives somewhere is a person, the
             * relative clause's (not the company named inside it) */
            if (cu->shape == SHAPE_VERB && cu->type == EG_REL_LOCATED_IN && subj >= 0 &&
                (!strcmp(cu->w[0], "lives") || !strcmp(cu->w[0], "lived") || !strcmp(cu->w[0], "living")) &&
                etype(c, c->it[subj].ent) != EG_PERSON) {
                int who = -1;
                for (uint32_t g = k; g > s->tok_start + 1 && g + 25 > k && who < 0; g--)
                    if (is_word(c, g - 1, "who") && is_punct(c, g - 2, ',')) {
                        /* (the name before ", who", or the person its apposition describes: "Ana Ruiz, the former
                         * head of Acme Holdings, who now lives in Spain") */
                        for (size_t p = c->nit; p > 0; p--) {
                            const item *w = &c->it[p - 1];
                            if (w->b > g - 2 || w->poss || w->mention < 0) continue;
                            if (etype(c, w->ent) == EG_PERSON && (w->b == g - 2 || is_punct(c, w->b, ','))) { who = (int)(p - 1); break; }
                            if (w->b != g - 2 && g - 2 - w->b > 10) break;
                        }
                        break;
                    }
                /* (else the sentence's first name, a person's, when no speech verb reports another's clause between:
                 * "Meier left the company in 2022 and now lives in Zurich"; not "Ana Ruiz said the Acme Holdings
                 * chairman lives in Monaco") */
                if (who < 0 && c->nit && c->it[0].a <= c->opening + 1 && !c->it[0].poss && c->it[0].mention >= 0 &&
                    etype(c, c->it[0].ent) == EG_PERSON) {
                    static const char *const speech[] = {"said", "says", "told", "added", "according", "claimed", "stated", NULL};
                    int reported = 0;
                    for (uint32_t g = c->it[0].b; g < k && !reported; g++) reported = in(c, g, speech);
                    if (!reported) who = 0;
                }
                subj = who >= 0 && etype(c, c->it[who].ent) == EG_PERSON ? who : -1;
                if (subj < 0) continue;
            }
            /* "the government's purchase of jets from Y": a noun's owner that no item stands for is the one
             * that acts, not the sentence's subject */
            /* (a deal only: "the force's inquiry into Y" is its chief's, "the government's investigation" its prosecutors') */
            /* (the owner of a purchase or a sale, not "provided the laboratory's grants to") */
            static const char *const deal_nouns[] = {"purchase", "purchases", "sale", "sales", "acquisition", "takeover",
                                                     "buyout", "procurement", NULL};
            if (cu->shape == SHAPE_NOUN && cu->type == EG_REL_TRANSACTED_WITH && k >= s->tok_start + 2 && in(c, k, deal_nouns) &&
                r->tk.tok[k - 1].kind == EG_TK_POSS && tok_lower(c, k - 2)) {
                size_t oi2 = item_from(c, k - 2);
                if (!(oi2 < c->nit && c->it[oi2].a <= k - 2 && c->it[oi2].b >= k - 1)) continue;
            }
            /* "the Competition Council, Morocco's antitrust authority, is investigating Y", "Acme, a Beta Corp
             * subsidiary, sued Y": the name an apposition before the verb describes, not a name inside it */
            if (subj > 0 && cu->shape == SHAPE_VERB) {
                const item *w = &c->it[subj], *z = &c->it[subj - 1];
                uint32_t g = k, wa = w->a;
                while (g > w->b && g + 3 > k && (in(c, g - 1, aux_words) || is_word(c, g - 1, "separately"))) g--;
                if (wa > 0 && in(c, wa - 1, dets)) wa--;
                /* ("X, one of McCarthy's closest lieutenants, accused Y": plain words before a possessive inside;
                 * X opens the sentence, or X of a place does: not a name inside an earlier apposition, "Mette Lind,
                 * head of trading at Skovgaard, one of the exchange's members, accused Y") */
                int lead_name = subj == 1 || (subj == 2 && etype(c, z->ent) == EG_LOC);
                if (w->poss && wa > 2 && !is_punct(c, wa - 1, ',') && lead_name) {
                    uint32_t w0 = wa;
                    while (w0 > 0 && w0 + 4 > wa && tok_lower(c, w0 - 1) && !in(c, w0 - 1, aux_words)) w0--;
                    if (w0 > 0 && w0 < wa && is_punct(c, w0 - 1, ',')) wa = w0;
                }
                int appos = g > w->b && is_punct(c, g - 1, ',') && wa > 0 && is_punct(c, wa - 1, ',') && g - wa <= 9 &&
                            z->b == wa - 1 && !z->poss && z->mention >= 0 && z->ent != w->ent &&
                            /* (a place only as where the person before it is from: "Graves of Louisiana, one of ...") */
                            (etype(c, z->ent) != EG_LOC || (subj >= 2 && z->a > 0 && is_word(c, z->a - 1, "of") &&
                                                            c->it[subj - 2].b == z->a - 1 && !c->it[subj - 2].poss &&
                                                            etype(c, c->it[subj - 2].ent) == EG_PERSON)) &&
                            /* (a noun after the name inside: not "The leader of the union, Arturo Mendoza, said") */
                            (etype(c, w->ent) != EG_PERSON || (w->poss && lead_name)) && w->b + 1 < g;
                for (uint32_t h = wa; appos && h + 1 < g; h++)
                    if (clause_break(c, h) || is_punct(c, h, ',') || verb_cue_at(c, h, s->tok_end) ||
                        (h >= w->b && !tok_lower(c, h) && r->tk.tok[h].kind != EG_TK_POSS))
                        appos = 0;
                if (appos) subj--;
                /* "Mick Lynch, general secretary of the RMT union, which represented the ratings, accused P&O": the person
                 * the role in apposition describes, past the organisation's relative clause */
                else if (etype(c, w->ent) == EG_ORG && !w->poss && etype(c, z->ent) == EG_PERSON && !z->poss && z->mention >= 0 &&
                         g > w->b + 2 && is_punct(c, g - 1, ',') && wa >= 3 &&
                         (is_word(c, wa - 1, "of") || is_word(c, wa - 1, "at") || is_word(c, wa - 1, "for"))) {
                    uint32_t h = w->b + (w->b < g && tok_lower(c, w->b) && !in(c, w->b, aux_words)); /* ("the RMT union") */
                    int rel = is_punct(c, h, ',') && (is_word(c, h + 1, "which") || is_word(c, h + 1, "that") ||
                                                      is_word(c, h + 1, "whose"));
                    for (uint32_t q3 = h + 2; rel && q3 + 1 < g; q3++)
                        if (clause_break(c, q3) || is_punct(c, q3, ',')) rel = 0;
                    uint32_t e = wa - 1, rn;
                    while (rel && e > z->b + 1 && e + 5 > wa && tok_lower(c, e - 1)) e--;
                    if (rel && e == z->b + 1 && is_punct(c, z->b, ',') && role_at(c, e, wa - 1, &rn) >= 0) subj--;
                }
                /* "Khalil and Zeaiter, both members of parliament from the Amal Movement, accused Y": the people
                 * a description in apposition names, not a name inside it */
                /* (not a relative's: "X, a lawyer with the group Y, which represents Z") */
                else if (g > w->b && is_punct(c, g - 1, ',') && w->b + 1 == g && !has_word(c, g, k, "which") &&
                         !has_word(c, g, k, "who") && !has_word(c, g, k, "that")) {
                    static const char *const opens[] = {"both", "all", "a", "an", "the", "two", "three", "each", NULL};
                    uint32_t h = w->a;
                    if (h > 0 && in(c, h - 1, dets)) h--;
                    while (h > s->tok_start && h + 12 > w->a && tok_lower(c, h - 1) && !clause_break(c, h - 1) &&
                           !verb_cue_at(c, h - 1, s->tok_end) && !in(c, h - 1, aux_words))
                        h--;
                    if (h > s->tok_start + 1 && is_punct(c, h - 1, ',') && in(c, h, opens) && h + 2 < w->a) {
                        for (size_t q2 = (size_t)subj; q2 > 0; q2--) {
                            const item *z2 = &c->it[q2 - 1];
                            if (z2->b > h - 1) continue;
                            if (z2->b == h - 1 && !z2->poss && z2->mention >= 0 && etype(c, z2->ent) == EG_PERSON)
                                subj = (int)(q2 - 1);
                            break;
                        }
                    }
                }
            }
            /* "Fatima Ouazzani said the engineers came at night, accusing Y of ...": a participle after the
             * comma that ends what the opening name said is the speaker's */
            if (subj < 0 && cu->shape == SHAPE_VERB && k > s->tok_start + 4 && is_punct(c, k - 1, ',') &&
                r->tk.tok[k].len > 4 && !memcmp(c->text + r->tk.tok[k].start + r->tk.tok[k].len - 3, "ing", 3) &&
                opening_name(c, s) >= 0 && (is_word(c, c->it[0].b, "said") || is_word(c, c->it[0].b, "says")))
                subj = 0;
            /* "Michael Lynton, the chairman of Sony Pictures, disputed it in an interview with CNN": the opening
             * person gave the interview, not the organisation of its apposition */
            if (subj > 0 && cu->shape == SHAPE_NOUN && k >= s->tok_start + 2 && is_word(c, k - 2, "in") &&
                (is_word(c, k - 1, "an") || is_word(c, k - 1, "a")) && opening_name(c, s) >= 0 &&
                etype(c, c->it[0].ent) == EG_PERSON && is_punct(c, c->it[0].b, ',') && etype(c, c->it[subj].ent) != EG_PERSON &&
                c->it[subj].a > c->it[0].b)
                subj = 0;
            /* "President X said over the weekend that foreign companies in Brazil had to obey its laws, and accused Y
             * of ...": a second verb after ", and" is the opening speaker's, not a name inside what was said */
            if (subj > 0 && cu->shape == SHAPE_VERB && k > s->tok_start + 6 && is_word(c, k - 1, "and") && is_punct(c, k - 2, ',') &&
                opening_name(c, s) >= 0 && (is_word(c, c->it[0].b, "said") || is_word(c, c->it[0].b, "says")) &&
                c->it[subj].a > c->it[0].b && etype(c, c->it[0].ent) != EG_LOC)
                subj = 0;
            /* "Dan Patrick, who presides over the Texas Senate, has asked the commission to act, accusing Y of ...":
             * a participle after a comma is the opening name's, not a name of its relative clause */
            if (subj > 0 && cu->shape == SHAPE_VERB && k > s->tok_start + 6 && is_punct(c, k - 1, ',') &&
                r->tk.tok[k].len > 4 && !memcmp(c->text + r->tk.tok[k].start + r->tk.tok[k].len - 3, "ing", 3) &&
                opening_name(c, s) >= 0 && is_punct(c, c->it[0].b, ',') && is_word(c, c->it[0].b + 1, "who") &&
                c->it[subj].a > c->it[0].b) {
                /* (the relative clause closed by a comma before a verb of the main clause) */
                uint32_t g = c->it[0].b + 2;
                while (g < c->it[subj].b + 8 && g < k && !is_punct(c, g, ',')) g++;
                if (g < k - 1 && is_punct(c, g, ',') && tok_lower(c, g + 1) && !verb_cue_at(c, g + 1, s->tok_end) &&
                    c->it[subj].b <= g)
                    subj = 0;
            }
            /* "The committee, chaired by Priya Sandhu, plans to question X": the one the participle describes
             * acts, not its chair */
            if (subj >= 0 && cu->shape == SHAPE_VERB && c->it[subj].a >= s->tok_start + 3 && is_word(c, c->it[subj].a - 1, "by")) {
                static const char *const describing[] = {"chaired", "led", "headed", "run", "owned", "founded",
                                                         "controlled", "backed", "represented", NULL};
                uint32_t pa = c->it[subj].a - 2;
                if (in(c, pa, describing) && is_punct(c, pa - 1, ',')) {
                    int before = -1;
                    for (size_t qq = 0; qq < (size_t)subj; qq++)
                        if (c->it[qq].b == pa - 1 && c->it[qq].mention >= 0 && !c->it[qq].poss) before = (int)qq;
                    subj = before;
                }
            }
            if (subj >= 0 && cu->shape == SHAPE_VERB) {
                uint32_t from = 0;
                /* "X flew to Paris to meet Y": a place is not who travels to meet */
                if (etype(c, c->it[subj].ent) == EG_LOC && is_word(c, k - 1, "to")) from = c->it[subj].a;
                /* "X met Y and later held talks with Z": Y, the object of the first verb, is not the subject */
                uint32_t h = k;
                while (h > s->tok_start && h + 2 > k && tok_lower(c, h - 1) && !in(c, h - 1, dets) &&
                       !is_word(c, h - 1, "and"))
                    h--; /* "later", "then" */
                size_t obj = (size_t)subj;
                if (!from && h > s->tok_start + 3 && is_word(c, h - 1, "and")) {
                    static const char *const preps[] = {"on", "in", "at", "last", "this", NULL};
                    h--;
                    /* "met Y on Monday and later", "met Y in Rome and then" */
                    if (in(c, h - 2, preps) && !tok_lower(c, h - 1)) {
                        size_t o2 = obj;
                        while (o2 > 0 && c->it[o2].b > h - 2) o2--;
                        if (c->it[o2].b == h - 2) { obj = o2; h -= 2; }
                    } else {
                        /* "met Y at his department on Thursday evening and later": the object, then
                         * prepositional phrases of plain words */
                        size_t o2 = obj;
                        while (o2 > 0 && (c->it[o2].b > h || c->it[o2].mention < 0)) o2--;
                        uint32_t b = c->it[o2].b;
                        /* ("accused Y of negotiating \"behind our backs\" and criticised Z": the charge's
                         * "of", "for" or "over" too, quotes and all) */
                        static const char *const charge[] = {"of", "for", "over", "about", NULL};
                        /* ("accused the minister, Rachel Kwan, of lying and wrote to her": past the apposition's comma) */
                        uint32_t b1 = b + (is_punct(c, b, ',') && in(c, b + 1, charge));
                        if (c->it[o2].mention >= 0 && b < h && h - b <= 12 && (in(c, b1, preps) || in(c, b1, charge))) {
                            int clean = 1;
                            for (uint32_t g = b1; g < h && clean; g++)
                                clean = (r->tk.tok[g].kind == EG_TK_WORD || (r->tk.tok[g].flags & EG_TF_QUOTE)) &&
                                        !verb_cue_at(c, g, s->tok_end);
                            if (clean) { obj = o2; h = b; }
                        }
                    }
                    while (obj > 0 && c->it[obj].b > h) obj--;
                    if (c->it[obj].b != h || c->it[obj].poss) h = 0;
                } else h = 0;
                if (h) {
                    /* back over "the", role words and names ("Rovan Motors chairman Y") to the first verb */
                    uint32_t g = c->it[obj].a;
                    /* ("accused the Health Minister, Rachel Kwan, of ...": and over a title in apposition) */
                    static const char *const journeys[] = {"flew", "travelled", "traveled", "drove", "went", "returned",
                                                           "sailed", "headed", "came", NULL};
                    for (size_t p = obj; g > s->tok_start && g + 8 > c->it[obj].a;) {
                        /* ("flew to Dhaka last week and met Y": a journey is the first verb) */
                        if (verb_cue_at(c, g - 1, s->tok_end) || (in(c, g - 1, journeys) && etype(c, c->it[obj].ent) == EG_LOC)) {
                            from = g - 1;
                            break;
                        }
                        if (p > 0 && c->it[p - 1].b == g) { g = c->it[--p].a; continue; }
                        /* (and a title right before the name: "held talks with Foreign Minister Y and met Z") */
                        if (!tok_lower(c, g - 1) && !(g == c->it[obj].a && is_punct(c, g - 1, ',')) &&
                            !(g < c->it[obj].a && r->tk.tok[g - 1].kind == EG_TK_WORD && (r->tk.tok[g - 1].flags & EG_TF_CAP)) &&
                            !(g == c->it[obj].a && r->tk.tok[g - 1].kind == EG_TK_WORD && (r->tk.tok[g - 1].flags & EG_TF_CAP) &&
                              eg_lex_has(EG_LEX_TITLE, c->text + r->tk.tok[g - 1].start, r->tk.tok[g - 1].len)))
                            break;
                        g--;
                    }
                }
                for (size_t p = (size_t)subj; from && p > 0; p--) {
                    const item *w = &c->it[p - 1];
                    if (w->b > from) continue;
                    int broken = 0;
                    for (uint32_t g = w->b; g < from && !broken; g++) broken = clause_break(c, g);
                    if (broken) break;
                    if (etype(c, w->ent) == EG_LOC) continue; /* "X flew to Paris and Rome to meet" */
                    if (!w->poss) subj = (int)(p - 1);
                    break;
                }
            }
            /* "She said she had asked X to inspect it and had spoken with Y": a second verb with an auxiliary
             * after "and" has the subject of the verb before it, not that verb's object */
            if (subj >= 0 && cu->shape == SHAPE_VERB) {
                static const char *const aux2[] = {"had", "has", "have", "was", "were", "is", "are", "would", "will",
                                                   "could", "did", "also", "then", "later", "subsequently", NULL};
                uint32_t h = k;
                int auxn = 0;
                while (h > s->tok_start + 1 && h + 4 > k && in(c, h - 1, aux2)) { h--; auxn++; }
                if (auxn && is_word(c, h - 1, "and") && c->it[subj].b <= h - 1) {
                    for (size_t p = (size_t)subj + 1; p > 0; p--) {
                        const item *w = &c->it[p - 1];
                        int broken = 0;
                        for (uint32_t g = w->b; g < h - 1 && !broken; g++) broken = clause_break(c, g);
                        if (broken) break;
                        if (w->poss || etype(c, w->ent) == EG_LOC) continue;
                        uint32_t v = w->b;
                        /* ("Reid Hoffman, LinkedIn's co-founder, voted ... and will join Y": past an apposition) */
                        if (is_punct(c, v, ',') && p - 1 == 0 && opening_name(c, s) >= 0) {
                            uint32_t z = v + 1;
                            /* (and past a relative clause: "Mutko, who also chairs the committee for the World Cup in
                             * Russia, has denied ... and has described Y") */
                            uint32_t reach = is_word(c, v + 1, "who") ? 30 : 8;
                            while (z < h - 1 && z < v + reach && !is_punct(c, z, ',') && !clause_break(c, z)) z++;
                            if (is_punct(c, z, ',') && z + 1 < h - 1) v = z + 1;
                        }
                        const eg_token *tv = &r->tk.tok[v];
                        if (tok_lower(c, v) && (in(c, v, aux2) || is_word(c, v, "said") || is_word(c, v, "told") ||
                                                (tv->len > 4 && !memcmp(c->text + tv->start + tv->len - 2, "ed", 2)))) {
                            subj = (int)(p - 1);
                            break;
                        }
                    }
                }
            }
            /* "X, the sporting director of Y, criticized Z": the subject is X, before the apposition */
            /* (... also with auxiliaries after the comma: "X, who sits on the Y Committee, was paid by Z") */
            static const char *const auxes[] = {"was", "were", "has", "had", "have", "been", "is", "also",
                                                "began", "begun", "started", NULL};
            uint32_t kv = k;
            /* (and an adverb: "X, who heads the White Helmets, was sharply critical of Z") */
            while (kv > s->tok_start + 1 && kv + 3 > k && (in(c, kv - 1, auxes) || ly_adverb(c, kv - 1))) kv--;
            /* ("X, which regulates charities in England and Wales, has opened a statutory inquiry into Y": a
             * noun's opening verb and its article) */
            if (cu->shape == SHAPE_NOUN && kv == k) {
                static const char *const openers[] = {"opened", "launched", "began", "started", "ordered", "announced",
                                                      "statutory", "formal", "criminal", "separate", "new", "full",
                                                      "independent", "official", "preliminary", "internal", NULL};
                uint32_t kn = k;
                while (kn > s->tok_start + 1 && kn + 6 > k && (in(c, kn - 1, openers) || in(c, kn - 1, dets))) kn--;
                while (kn > s->tok_start + 1 && kn + 8 > k && in(c, kn - 1, auxes)) kn--;
                if (kn < k && is_punct(c, kn - 1, ',') && in(c, kn, auxes)) kv = kn;
            }
            /* (not a participle and its "by" right after the comma: "In New York, the Acme Foundation, headed by Y,"
             * describes the name before it) */
            if (subj >= 0 && kv > s->tok_start && is_punct(c, kv - 1, ',') && !(kv == k && is_word(c, after, "by"))) {
                /* ("X, who leads the United Progressive Front (UPF) in the National Assembly, accused Z": a
                 * relative clause may be long) */
                for (uint32_t g = kv - 1; g > s->tok_start && g + 20 > kv; g--) {
                    if (!is_punct(c, g - 1, ',')) continue;
                    /* (and a long description after an article: "X, an independent member of the House of
                     * Representatives who sits on its energy committee, accused Y") */
                    uint32_t rn1;
                    if (g + 14 <= kv && !is_word(c, g, "who") && !is_word(c, g, "which") && !is_word(c, g, "a") &&
                        !is_word(c, g, "an") && !is_word(c, g, "the") && !ing_word(c, g) &&
                        !(tok_lower(c, g) && role_at(c, g, s->tok_end, &rn1) >= 0)) /* ("X, chief executive of Y and chairman of Z, met") */
                        break;
                    /* "X, who chairs the Y committee, criticized Z": the relative clause is about X */
                    /* ("Karin Vogt, head of the Social Progress Party, called on Z": a role without an article) */
                    uint32_t rn0;
                    /* ("Khalid al-Rawahi, Al Batinah's chief executive, wrote to Y": an owner's role) */
                    size_t oi0 = item_from(c, g);
                    int owner_role = oi0 < c->nit && c->it[oi0].a == g && c->it[oi0].poss && c->it[oi0].b + 1 < kv &&
                                     tok_lower(c, c->it[oi0].b + 1) && role_at(c, c->it[oi0].b + 1, s->tok_end, &rn0) >= 0;
                    /* ("the Revenue Commissioners, Ireland's tax and customs agency, had begun investigating
                     * Y": a place's or body's description of plain words) */
                    if (!owner_role && oi0 < c->nit && c->it[oi0].a == g && c->it[oi0].poss && c->it[oi0].b + 1 < kv - 1) {
                        owner_role = 1;
                        for (uint32_t h = c->it[oi0].b + 1; h < kv - 1 && owner_role; h++)
                            owner_role = (tok_lower(c, h) && !verb_cue_at(c, h, s->tok_end)) || is_punct(c, h, '-');
                    }
                    /* ("Regional prosecutor X, of the Public Prosecutor's Office, told Y") */
                    /* ("Jeremy Corbyn, speaking to his party's conference in Brighton, accused Z": a participle) */
                    if (!in(c, g, dets) && !is_word(c, g, "who") && !is_word(c, g, "which") && !is_word(c, g, "of") &&
                        !(tok_lower(c, g) && role_at(c, g, s->tok_end, &rn0) >= 0) && !owner_role &&
                        !ing_word(c, g))
                        break;
                    /* ("the X Association (XA), which represents ...,": the name before the bracket) */
                    for (size_t p = 0; p < c->nit; p++)
                        if ((c->it[p].b == g - 1 || (g >= 2 && is_punct(c, g - 2, ')') && c->it[p].b == g - 2)) &&
                            c->it[p].mention >= 0)
                            subj = (int)p;
                    /* ("Representative X of Maryland, the top Democrat on the committee, accused Y": the titled
                     * member before the state) */
                    if (subj > 0 && etype(c, c->it[subj].ent) == EG_LOC && c->it[subj].a >= 2 &&
                        is_word(c, c->it[subj].a - 1, "of") && c->it[subj - 1].b == c->it[subj].a - 1 &&
                        etype(c, c->it[subj - 1].ent) == EG_PERSON && c->it[subj - 1].mention >= 0 &&
                        r->m[c->it[subj - 1].mention].title >= 0)
                        subj--;
                    break;
                }
                /* "Iqbal Sheikh, the general secretary of the X Union, a workers' union, accused Z": the
                 * organisation so found is itself inside a person's apposition */
                if (subj >= 0 && etype(c, c->it[subj].ent) == EG_ORG) {
                    uint32_t a0 = c->it[subj].a;
                    for (uint32_t g = a0; g > s->tok_start + 1 && g + 8 > a0; g--) {
                        if (clause_break(c, g - 1) || verb_cue_at(c, g - 1, s->tok_end)) break;
                        if (!is_punct(c, g - 1, ',')) continue;
                        if (!in(c, g, dets)) break;
                        uint32_t rn;
                        int role = 0;
                        for (uint32_t h = g + 1; h < a0 && !role; h++) role = role_at(c, h, a0, &rn) >= 0;
                        if (!role) break;
                        for (size_t p = 0; p < (size_t)subj; p++)
                            if (c->it[p].b == g - 1 && c->it[p].mention >= 0 && etype(c, c->it[p].ent) == EG_PERSON)
                                subj = (int)p;
                        break;
                    }
                }
            }
            /* "The Russian Embassy in London called the expulsions a hostile act and accused Britain of
             * staging a provocation": a second verb after "and" whose nearest name is a place inside the
             * first verb's clause has the sentence's opening name for its subject */
            if (cu->shape == SHAPE_VERB && c->nit && k > s->tok_start + 3 && (subj < 0 || (subj > 0 && etype(c, c->it[subj].ent) == EG_LOC))) {
                uint32_t h = k;
                while (h > s->tok_start && h + 3 > k && tok_lower(c, h - 1) && (is_word(c, h - 1, "also") || is_word(c, h - 1, "later") ||
                                                                           is_word(c, h - 1, "then")))
                    h--;
                if (opening_name(c, s) >= 0 && is_word(c, h - 1, "and") && c->it[0].b < h - 1) {
                    static const char *const past[] = {"flew", "went", "met", "made", "took", "gave", "came", "wrote",
                                                       "spoke", "held", "left", "sent", "drove", "ran", "won", "lost",
                                                       "began", "sought", "brought", "bought", "sold", "paid", "stood",
                                                       "sat", "rode", "led", "told", "broke", "struck", NULL};
                    int verb = 0, clean = 1;
                    uint32_t g0 = c->it[0].b;
                    /* (past an apposition of plain words after the opening name: "Roger Carstens, the State
                     * Department's special envoy for hostage affairs, flew to Abu Dhabi and met Y") */
                    if (is_punct(c, g0, ',')) {
                        uint32_t z = comma_from(c, g0 + 1, g0 + 14, h);
                        if (is_punct(c, z, ',') && z + 2 < h) g0 = z + 1;
                    }
                    for (uint32_t g = g0; g + 1 < h && clean; g++) {
                        const eg_token *t = &r->tk.tok[g];
                        clean = !clause_break(c, g) && !is_punct(c, g, ',') && !is_word(c, g, "said") && !is_word(c, g, "that") &&
                                !is_word(c, g, "who") && !is_word(c, g, "which");
                        if (t->kind == EG_TK_WORD && (t->flags & EG_TF_LOWER) &&
                            ((t->len > 4 && !memcmp(c->text + t->start + t->len - 2, "ed", 2)) || in(c, g, past)))
                            verb = 1;
                    }
                    if (clean && verb) subj = 0;
                }
            }
            /* "Senator Ignacio Larrain of the Republican Party accused Y": the person, not the party (nor the state:
             * "Representative Garret Graves of Louisiana, a Republican, accused Y") */
            if (subj > 0 && (etype(c, c->it[subj].ent) == EG_ORG || (etype(c, c->it[subj].ent) == EG_LOC && cu->shape == SHAPE_VERB)) &&
                !c->it[subj].poss && c->it[subj].mention >= 0) {
                uint32_t g = c->it[subj].a;
                if (g > s->tok_start && is_word(c, g - 1, "the")) g--;
                const item *pv = &c->it[subj - 1];
                if (g > s->tok_start && is_word(c, g - 1, "of") && pv->b == g - 1 && etype(c, pv->ent) == EG_PERSON &&
                    pv->mention >= 0 && !pv->poss)
                    subj--;
            }
            /* "Trump posted a message on Truth Social, blaming Biden": a participle after a comma has the
             * sentence's opening name for its subject, not the last name of the clause before */
            /* (only when the name before is a preposition's object: "on Truth Social", "to Goldman Sachs") */
            if (subj > 0 && cu->shape == SHAPE_VERB && ing_word(c, k) && k > s->tok_start && is_punct(c, k - 1, ',') &&
                c->it[subj].a > s->tok_start + 1) {
                uint32_t pa = c->it[subj].a - 1;
                if (is_word(c, pa, "the")) pa--;
                static const char *const preps[] = {"on", "to", "at", "with", "in", "from", "for", "by", "before", NULL};
                int op = opening_name(c, s) >= 0 && in(c, pa, preps) ? 0 : -1; /* (the first item) */
                if (op >= 0 && op != subj && c->it[op].b < c->it[subj].a) {
                    int clean = 1;
                    for (uint32_t g = c->it[op].b; g + 1 < k && clean; g++)
                        clean = !clause_break(c, g) && !is_word(c, g, "said") && !is_word(c, g, "says") && !is_word(c, g, "that");
                    if (clean) subj = op;
                }
            }
            /* "Trump had sent Pelosi a six-page letter accusing her of ...", "Medsystem wrote to the hospital in
             * November accusing it of ...", "Ta Kung Pao published commentaries accusing CK Hutchison of ...": a
             * participle without a comma after what the opening name wrote or sent is the opening name's, not the
             * addressee's */
            /* (an accusation only, near the opening name; and not a name that owns the writing: "published a letter
             * from Ann Lee accusing", "an interview with Ann Lee", "Ann Lee's article accusing") */
            if (subj > 0 && cu->shape == SHAPE_VERB && cu->type == EG_REL_CRITICIZED && ing_word(c, k) && k > s->tok_start + 3 &&
                !is_punct(c, k - 1, ',') && opening_name(c, s) >= 0 && c->it[0].b < c->it[subj].a && k < c->it[0].b + 30 &&
                !c->it[subj].poss && !(c->it[subj].a > 0 && (is_word(c, c->it[subj].a - 1, "from") || is_word(c, c->it[subj].a - 1, "by") ||
                                                            is_word(c, c->it[subj].a - 1, "with") || is_word(c, c->it[subj].a - 1, "of") ||
                                                            is_word(c, c->it[subj].a - 1, "quoting") ||
                                                            is_word(c, c->it[subj].a - 1, "after")))) {
                static const char *const sent_verbs[] = {"wrote", "sent", "filed", "published", "issued", "lodged", "released",
                                                         "posted", "brought", "submitted", "delivered", NULL};
                static const char *const writings[] = {"letter", "letters", "statement", "complaint", "claim", "lawsuit", "suit",
                                                       "commentary", "commentaries", "report", "editorial", "editorials",
                                                       "article", "articles", "post", "posts", "message", "messages", "video",
                                                       "motion", "petition", "filing", "column", "note", "memo", "email", NULL};
                int sent = 0, clean = 1;
                for (uint32_t g = c->it[0].b; g < k && clean; g++) {
                    if (g < c->it[subj].a && in(c, g, sent_verbs)) sent = 1;
                    if (in(c, g, writings) && tok_lower(c, g)) sent = 1;
                    clean = !clause_break(c, g) && !is_word(c, g, "said") && !is_word(c, g, "says") && !is_word(c, g, "that") &&
                            !is_word(c, g, "who") && !is_word(c, g, "which") && !is_punct(c, g, ',');
                }
                if (sent && clean) subj = 0;
            }
            /* "AT&T is a Delaware corporation headquartered in Dallas": the place describes the noun after it; the
             * subject is the copula's */
            if (subj > 0 && cu->shape == SHAPE_VERB && etype(c, c->it[subj].ent) == EG_LOC && !c->it[subj].poss) {
                const item *w = &c->it[subj], *pv = &c->it[subj - 1];
                uint32_t a0 = w->a;
                if (a0 >= 3 && (is_word(c, a0 - 1, "a") || is_word(c, a0 - 1, "an")) &&
                    (is_word(c, a0 - 2, "is") || is_word(c, a0 - 2, "was")) && pv->b == a0 - 2 && !pv->poss &&
                    pv->mention >= 0 && etype(c, pv->ent) != EG_LOC && tok_lower(c, w->b))
                    subj--;
            }
            /* "X, a director of Y who is married to Z": "who" is a person, not the firm before it */
            if (subj >= 0 && etype(c, c->it[subj].ent) != EG_PERSON) {
                uint32_t w = 0;
                for (uint32_t g = c->it[subj].b; g < k && !w; g++)
                    if (is_word(c, g, "who")) w = g;
                for (size_t p = (size_t)subj; w && p > 0; p--)
                    if (etype(c, c->it[p - 1].ent) == EG_PERSON && c->it[p - 1].b <= w) {
                        int broken = 0;
                        for (uint32_t g = c->it[p - 1].b; g < w && !broken; g++) broken = clause_break(c, g);
                        if (!broken) subj = (int)(p - 1);
                        break;
                    }
            }
            /* "Orban, whose Fidesz party has governed since 2010, has accused Y": the name before a "whose"
             * clause closed by a comma acts, not a name inside the clause */
            if (subj > 0 && cu->shape == SHAPE_VERB && k > s->tok_start + 4) {
                uint32_t v = k;
                while (v > c->it[subj].b && (in(c, v - 1, aux_words) || ly_adverb(c, v - 1))) v--;
                if (v > c->it[subj].b && is_punct(c, v - 1, ',')) {
                    for (size_t p = (size_t)subj; p > 0; p--) {
                        const item *w = &c->it[p - 1];
                        if (w->b + 1 >= c->it[subj].a) continue;
                        if (!is_punct(c, w->b, ',') || !is_word(c, w->b + 1, "whose") || w->poss || w->mention < 0) break;
                        int clean = 1;
                        for (uint32_t g = w->b + 2; g + 1 < v && clean; g++) clean = !is_punct(c, g, ',') && !clause_break(c, g);
                        if (clean) subj = (int)(p - 1);
                        break;
                    }
                }
            }
            /* "Wrobel, whose father founded the company": the father acts, not X */
            /* (but "X, whose district includes the area, criticized Y": a clause closed by a comma) */
            if (subj >= 0 && cu->shape == SHAPE_VERB && is_punct(c, c->it[subj].b, ',') &&
                is_word(c, c->it[subj].b + 1, "whose") && c->it[subj].b + 2 < k && !is_punct(c, k - 1, ',')) {
                int named = 0;
                for (size_t p = (size_t)subj + 1; p < c->nit && c->it[p].a < k; p++) named = 1;
                /* ("X, whose office charged Y", "X, whose investigators raided Y": X's own people act for X) */
                int own = 0;
                if (!named && cu->type == EG_REL_INVESTIGATES) {
                    static const char *const staff[] = {"office", "investigators", "inspectors", "agents", "officers",
                                                        "prosecutors", "detectives", "auditors", "unit", NULL};
                    uint32_t h = c->it[subj].b + 2;
                    while (h < k && h < c->it[subj].b + 5 && tok_lower(c, h) && !in(c, h, staff)) h++;
                    if (h < k && in(c, h, staff)) {
                        uint32_t v = h + 1;
                        while (v < k && (in(c, v, aux_words) || ly_adverb(c, v))) v++;
                        own = v == k;
                    }
                }
                if (!named && !own) break;
            }
            /* "X, a Montreal-based maker led by Y": the place describes X */
            if (subj >= 0 && based_place_owner(c, (size_t)subj) != -2) subj = based_place_owner(c, (size_t)subj);
            /* "X, the Copenhagen law firm that advised Y", "X, a company in Aarhus founded by Y": a place
             * inside the apposition describes X */
            if (subj > 0 && etype(c, c->it[subj].ent) == EG_LOC && !c->it[subj].poss) {
                uint32_t g = c->it[subj].a;
                while (g > s->tok_start + 1 && tok_lower(c, g - 1) && g + 8 > c->it[subj].a) g--;
                if (is_punct(c, g - 1, ',') && in(c, g, dets) && !is_word(c, g, "his") && !is_word(c, g, "her") &&
                    !is_word(c, g, "its") && !is_word(c, g, "their")) {
                    for (size_t p = (size_t)subj; p > 0; p--)
                        if (c->it[p - 1].b == g - 1) {
                            if (etype(c, c->it[p - 1].ent) != EG_LOC && c->it[p - 1].mention >= 0) subj = (int)(p - 1);
                            break;
                        }
                }
                /* "Hydrolis SA of Lyon sued Y": the company, not its city (nor "the Regional Prosecutor's Office in
                 * Gdansk charged Y") */
                /* (after "in", the sentence's opening organisation only, and no court: "the Criminal Court in
                 * Bangkok ruled that the charges against him", "police forced their way into the Mexican Embassy in
                 * Quito and arrested Y") */
                else if (c->it[subj].a >= 2 &&
                         (is_word(c, c->it[subj].a - 1, "of") ||
                          (is_word(c, c->it[subj].a - 1, "in") && subj == 1 && opening_name(c, s) >= 0 &&
                           !label_has_word(r->ent[c->it[0].ent].label, "Court", 5) &&
                           !label_has_word(r->ent[c->it[0].ent].label, "Tribunal", 8))) &&
                         c->it[subj - 1].b == c->it[subj].a - 1 && etype(c, c->it[subj - 1].ent) == EG_ORG &&
                         !c->it[subj - 1].poss && c->it[subj - 1].mention >= 0)
                    subj--;
            }
            /* "X, who has led Y since 2011, was detained after being questioned by Z": the participle's
             * subject is the sentence's */
            if (cu->shape == SHAPE_VERB && k >= s->tok_start + 2 && is_word(c, k - 1, "being") &&
                (is_word(c, k - 2, "after") || is_word(c, k - 2, "before") || is_word(c, k - 2, "while") ||
                 is_word(c, k - 2, "since") || is_word(c, k - 2, "despite")))
            {
                /* (not across reported speech: "The Federal Police said Ana Bello was released after being
                 * questioned by Y") */
                int reported = 0;
                for (uint32_t g = c->nit ? c->it[0].b : k; g + 2 < k && !reported; g++)
                    reported = is_word(c, g, "said") || is_word(c, g, "says") || is_word(c, g, "told") ||
                               is_word(c, g, "reported") || is_word(c, g, "announced") || is_word(c, g, "confirmed");
                subj = !reported && opening_name(c, s) >= 0 && c->it[0].b < k ? 0 : -1;
            }
            /* "Villavicencio was shot dead in Quito after publicly accusing Y", "X, who was killed after accusing Y": a
             * gerund after "after" or "before" is the clause's subject's, past the places and times between */
            if (cu->shape == SHAPE_VERB && k >= s->tok_start + 3 && ing_word(c, k) && subj >= 0 && etype(c, c->it[subj].ent) == EG_LOC) {
                uint32_t sb = k - 1;
                if (ly_adverb(c, sb)) sb--;
                if (is_word(c, sb, "after") || is_word(c, sb, "before")) {
                    int ante = -1;
                    for (uint32_t g = sb; g > s->tok_start + 1 && ante < 0; g--) {
                        if (clause_break(c, g - 1)) break;
                        if (!is_word(c, g - 1, "who") || !is_punct(c, g - 2, ',')) continue;
                        for (size_t pi = 0; pi < c->nit; pi++)
                            if (c->it[pi].b == g - 2 && !c->it[pi].poss && etype(c, c->it[pi].ent) == EG_PERSON) ante = (int)pi;
                        break;
                    }
                    if (ante >= 0) subj = ante;
                    else subj = opening_name(c, s) >= 0 && c->it[0].b < sb ? 0 : -1;
                }
            }
            /* A verb right after "and" is the clause's subject's, the opening name's: not the object of a preposition
             * before it ("Cheshire Police opened an investigation at the request of the hospital and arrested the
             * nurse"), nor an organisation in the opening person's apposition ("John Kerry, the chairman of the Senate
             * Foreign Relations Committee, had cut short a trip and met Karzai") */
            if (cu->shape == SHAPE_VERB && subj > 0 && k >= s->tok_start + 2 && is_word(c, k - 1, "and") &&
                opening_name(c, s) >= 0) {
                static const char *const preps[] = {"of", "at", "from", "with", "to", "for", "in", "on", "against", NULL};
                const item *w = &c->it[subj], *o = &c->it[0];
                uint32_t wa = w->a;
                if (wa > 0 && in(c, wa - 1, dets)) wa--;
                int opening = w->b == k - 1 && !w->poss && wa > s->tok_start && in(c, wa - 1, preps) && etype(c, o->ent) != EG_LOC &&
                              o->b < wa - 1;
                if (!opening && etype(c, o->ent) == EG_PERSON && is_punct(c, o->b, ',') && etype(c, w->ent) != EG_PERSON) {
                    /* (the apposition: lower-case words, "of" and the organisation, closed by a comma before the verb) */
                    int appos = (size_t)subj + 1 < c->nit ? c->it[subj + 1].a >= k : 1;
                    uint32_t g = o->b + 1;
                    for (; g < w->a && appos; g++) appos = tok_lower(c, g) && !in(c, g, aux_words);
                    uint32_t close = w->b;
                    while (close < k && !is_punct(c, close, ',') && close < w->b + 2) close++;
                    opening = appos && g > o->b + 1 && is_punct(c, close, ',') && !has_word(c, close + 1, k, "who") &&
                              !has_word(c, close + 1, k, "which");
                }
                if (opening) subj = 0;
            }
            /* "SEBI opened an investigation into X after receiving a complaint from Y": the gerund after
             * "after" is the sentence's subject's, not the nearest name's */
            if (cu->shape == SHAPE_RECV && k > s->tok_start &&
                (is_word(c, k - 1, "after") || is_word(c, k - 1, "before") || is_word(c, k - 1, "since") ||
                 is_word(c, k - 1, "upon") || is_word(c, k - 1, "on")) &&
                (is_word(c, k, "receiving") || is_word(c, k, "accepting") || is_word(c, k, "obtaining") ||
                 is_word(c, k, "securing")))
                subj = opening_name(c, s) >= 0 && c->it[0].b < k ? 0 : -1;
            /* "a son of Governor Robert Hale wanted to meet Y": the junior the text names, not his father */
            int subj_ent = -1, subj_jr = -1;
            if (subj >= 0) {
                if ((rc = junior_of(c, (size_t)subj, s, &subj_jr))) return rc;
                subj_ent = subj_jr >= 0 ? subj_jr : c->it[subj].ent;
            }
            /* "Kjaer Peptides, which Norrvik acquired in 2016": the object before its relative pronoun */
            /* ... and "Kowhai Lane, a company that PMA's host Daniel Ashby set up": the one a person leads */
            if (subj >= 0 && cu->shape == SHAPE_VERB && subj_jr < 0 &&
                ((cu->type == EG_REL_TRANSACTED_WITH && etype(c, subj_ent) == EG_ORG) ||
                 (cu->type == EG_REL_LEADS && etype(c, subj_ent) == EG_PERSON))) {
                int ante = which_antecedent(c, (size_t)subj);
                if (ante >= 0 && c->it[ante].ent != subj_ent &&
                    (rc = add_rel(r, subj_ent, c->it[ante].ent, cu->type, S, S, neg, hedge)))
                    return rc;
            }
            /* passive: "was described ... by X", "funded by X" */
            int passive = 0;
            uint32_t by = 0;
            {
                int aux = (k > s->tok_start && in(c, k - 1, be_forms)) || is_word(c, after, "by");
                if (aux && cu->shape == SHAPE_VERB) {
                    /* "was paid about $300,000 between 2020 and 2022 by X": amounts and dates before "by" */
                    /* ("was arrested at his home on Thursday by officers of X": a place and a day first) */
                    uint32_t span = cu->type == EG_REL_TRANSACTED_WITH ? 12 : 7;
                    for (uint32_t g = after; g < s->tok_end && g < after + span; g++) {
                        /* "based in Piraeus and controlled by X": the "by" of another verb */
                        if ((is_word(c, g, "and") && !(r->tk.tok[g - 1].kind == EG_TK_NUM && g + 1 < s->tok_end &&
                                                       r->tk.tok[g + 1].kind == EG_TK_NUM)) ||
                            is_word(c, g, "or") || is_word(c, g, "but") || clause_break(c, g) || is_punct(c, g, ','))
                            break;
                        if (g >= after + 5 && r->tk.tok[g].kind == EG_TK_WORD && (r->tk.tok[g].flags & EG_TF_CAP)) break;
                        if (is_word(c, g, "by")) {
                            /* ("detained after meeting an engineer employed by X": another participle's "by") */
                            const eg_token *pv = &r->tk.tok[g - 1];
                            if (g > after && tok_lower(c, g - 1) && pv->len > 4 &&
                                !memcmp(c->text + pv->start + pv->len - 2, "ed", 2))
                                break;
                            by = g;
                            passive = 1;
                            break;
                        }
                    }
                }
            }
            /* "X and Y, both of the Z police, are accused of beating him", "Y was paid $5 million": a
             * passive with no agent names no actor (the verb's subject is its object) */
            /* (not a transaction: "was paid through X", "was sold to Y" name the other party after a
             * preposition) */
            /* ... and a transaction only with its subject right before the verb ("X was paid through Y",
             * not "the panel, chaired by X, found that money had been paid to Y") */
            if (!passive && cu->shape == SHAPE_VERB && k > s->tok_start && in(c, k - 1, be_forms)) {
                const eg_token *t = &r->tk.tok[k];
                static const char *const participles[] = {"told", "sent", "sought", "brought", NULL};
                if (cu->type == EG_REL_TRANSACTED_WITH ? subj >= 0 && c->it[subj].b + 2 < k
                    : (cu->type == EG_REL_CRITICIZED || cu->type == EG_REL_INVESTIGATES || cu->type == EG_REL_COMMUNICATED_WITH) &&
                          ((t->len > 3 && !memcmp(c->text + t->start + t->len - 2, "ed", 2)) || in(c, k, participles)))
                    break;
            }
            /* "run" leads only in a passive ("a firm run by X"): "a run on the bank" is no verb */
            /* ... or after "has/have/had" ("who has run Pacific Crest since 2016") */
            if (!passive && cu->nw == 1 && !strcmp(cu->w[0], "run") &&
                !(k > s->tok_start && (is_word(c, k - 1, "has") || is_word(c, k - 1, "have") || is_word(c, k - 1, "had"))))
                break;
            /* "X was arrested at his home in Irvine and charged by Y": a place after a preposition is not
             * who was charged; the person before it is */
            /* (also "The firm, based in Turin, was run by Y", "Solvex, based in Austin, Texas, was founded by
             * Y": where a place after "in" is all the text names before the verb, no subject) */
            if (passive && subj >= 0 && etype(c, c->it[subj].ent) == EG_LOC && subj_jr < 0) {
                uint32_t pa = c->it[subj].a;
                /* ("Austin, Texas": the place the city is in, after it) */
                if (subj > 0 && pa >= 2 && is_punct(c, pa - 1, ',') && c->it[subj - 1].b == pa - 1 &&
                    etype(c, c->it[subj - 1].ent) == EG_LOC)
                    pa = c->it[subj - 1].a;
                if (pa > 0 && (in(c, pa - 1, place_preps) || is_word(c, pa - 1, "from"))) {
                    int found = 0;
                    for (size_t p = (size_t)subj; p > 0; p--) {
                        const item *w = &c->it[p - 1];
                        int broken = 0;
                        for (uint32_t g = w->b; g < c->it[subj].a && !broken; g++) broken = clause_break(c, g);
                        if (broken) break;
                        if (etype(c, w->ent) == EG_LOC || w->mention < 0) continue; /* (and "his" of "his home") */
                        if (w->poss) break;
                        subj = (int)(p - 1);
                        subj_ent = w->ent;
                        found = 1;
                        break;
                    }
                    if (!found && is_word(c, pa - 1, "in") && pa >= 2 && is_word(c, pa - 2, "based")) break;
                }
            }
            /* "X was founded in 2004 by Y and is now run by his daughter, Z": the second passive is X's too */
            if (passive && subj > 0 && subj_jr < 0 && opening_name(c, s) >= 0 && etype(c, c->it[0].ent) == EG_ORG) {
                uint32_t g = c->it[subj].b;
                while (g < k && !is_word(c, g, "and")) g++;
                if (g < k && (is_word(c, g + 1, "is") || is_word(c, g + 1, "was") || is_word(c, g + 1, "has") ||
                              is_word(c, g + 1, "had") || is_word(c, g + 1, "are") || is_word(c, g + 1, "were"))) {
                    int clean = 1;
                    for (uint32_t h = g + 1; h < k && clean; h++) clean = tok_lower(c, h);
                    if (clean) {
                        subj = 0;
                        subj_ent = c->it[0].ent;
                    }
                }
            }
            /* "X dropped Y as his agent and is now represented by Z": the passive's subject is the
             * sentence's subject, not the first verb's object */
            if (passive && subj > 0 && subj_jr < 0) {
                static const char *const coord_aux[] = {"is", "was", "are", "were", "has", "have", "had", "been",
                                                        "now", "also", "later", "since", "then", "currently", NULL};
                uint32_t h = k;
                while (h > s->tok_start && h + 4 > k && in(c, h - 1, coord_aux)) h--;
                const item *f = &c->it[0];
                if (h < k && is_word(c, h - 1, "and") && opening_name(c, s) >= 0 && c->it[subj].a > f->b) {
                    int clean = 1;
                    for (uint32_t g = f->b; g < h && clean; g++)
                        clean = !clause_break(c, g) && !is_word(c, g, "who") && !is_word(c, g, "which") &&
                                !is_word(c, g, "that") && !is_word(c, g, "said");
                    if (clean) {
                        subj = 0;
                        subj_ent = f->ent;
                    }
                }
            }
            if (passive) {
                size_t ai = item_from(c, by + 1);
                /* "owned by the Danish shipping group X": an article and up to four describing words (and
                 * a title: "founded in 2014 by the nephrologist Dr Abena Twumasi") */
                int near = ai < c->nit && (c->it[ai].a <= by + 3 ||
                                           (c->it[ai].a == by + 4 && c->it[ai].mention >= 0 &&
                                            r->m[c->it[ai].mention].title == (int)(by + 3)));
                /* "arrested by officers of Kazakhstan's National Security Committee", "by inspectors from X":
                 * the people of an organisation act for it */
                {
                    static const char *const agents[] = {"officers", "officials", "investigators", "detectives",
                                                         "agents", "inspectors", "prosecutors", "staff", NULL};
                    uint32_t h = by + 1 + in(c, by + 1, dets);
                    if (tok_lower(c, h) && in(c, h, agents) && (is_word(c, h + 1, "of") || is_word(c, h + 1, "from"))) {
                        size_t zi = named_after(c, h + 2, s->tok_end);
                        if (zi < c->nit && etype(c, c->it[zi].ent) == EG_ORG) { ai = zi; near = 1; }
                    }
                }
                /* "owned by the Singapore-based Y": Y, not its city */
                if (near && etype(c, c->it[ai].ent) == EG_LOC && is_punct(c, c->it[ai].b, '-') &&
                    is_word(c, c->it[ai].b + 1, "based")) {
                    size_t zi = named_after(c, c->it[ai].a, s->tok_end);
                    if (zi < c->nit && zi != ai) ai = zi;
                    else near = 0;
                }
                /* "led by Cork property developer Conor Whelan": the person after the place's description */
                if (near && etype(c, c->it[ai].ent) == EG_LOC && !c->it[ai].poss && tok_lower(c, c->it[ai].b)) {
                    uint32_t d = c->it[ai].b;
                    while (d < s->tok_end && d < c->it[ai].b + 3 && tok_lower(c, d) && !in(c, d, aux_words) &&
                           !is_word(c, d, "and") && !is_word(c, d, "in") && !is_word(c, d, "of"))
                        d++;
                    size_t di = item_from(c, d);
                    if (di < c->nit && c->it[di].a == d && d > c->it[ai].b && etype(c, c->it[di].ent) != EG_LOC) ai = di;
                }
                /* "co-founded by OpenAI chief executive Sam Altman": the person after the organisation's role */
                if (near && etype(c, c->it[ai].ent) == EG_ORG && !c->it[ai].poss && tok_lower(c, c->it[ai].b)) {
                    uint32_t d = c->it[ai].b, rn;
                    int role = 0;
                    while (d < s->tok_end && d < c->it[ai].b + 3 && tok_lower(c, d) && !in(c, d, aux_words) &&
                           !is_word(c, d, "and") && !is_word(c, d, "in") && !is_word(c, d, "of")) {
                        role |= role_at(c, d, s->tok_end, &rn) >= 0 || occupation_word(c, d);
                        d++;
                    }
                    size_t di = item_from(c, d);
                    if (role && di < c->nit && c->it[di].a == d && c->it[di].mention >= 0 && !c->it[di].poss &&
                        etype(c, c->it[di].ent) == EG_PERSON)
                        ai = di;
                }
                /* (not "by the promoter of his tour": a pronoun inside the agent's description) */
                if (!near && ai < c->nit && c->it[ai].a <= by + 5 && in(c, by + 1, dets) && c->it[ai].mention >= 0) {
                    near = 1;
                    for (uint32_t g = by + 2; g < c->it[ai].a && near; g++) {
                        const eg_token *t = &r->tk.tok[g];
                        near = t->kind == EG_TK_WORD &&
                               ((t->flags & EG_TF_LOWER) || eg_lex_has(EG_LEX_DEMONYM, c->text + t->start, t->len));
                    }
                }
                {
                    /* "run by his brother-in-law, X", "owned by the founder's widow, Y": the person named
                     * after the role, not the owner of the role */
                    uint32_t h = by + 1;
                    if (in(c, h, dets)) h++;
                    else if (ai < c->nit && c->it[ai].a == h && c->it[ai].poss)
                        h = c->it[ai].b + (c->it[ai].b < s->tok_end && r->tk.tok[c->it[ai].b].kind == EG_TK_POSS);
                    int who = h > by + 1 ? role_person_after(c, h, s->tok_end) : -1;
                    for (size_t z = ai < c->nit ? ai : c->nit; who >= 0 && z < c->nit; z++)
                        if (c->it[z].ent == who && c->it[z].mention >= 0) {
                            ai = z;
                            near = 1;
                            break;
                        }
                }
                if (near && (rc = passive_gap(c, chain_end(c, ai), cu->type, S, neg, hedge))) return rc;
                /* "the board, led by chairman X": the subject is the noun before the verb, not the last name */
                for (uint32_t g = subj >= 0 && is_punct(c, k - 1, ',') ? c->it[subj].b : k; near && g < k; g++)
                    if (in(c, g, dets) && !(c->it[subj].mention < 0 && g == c->it[subj].a)) near = 0;
                if (near && subj >= 0 && !participle_of_other(c, k, subj)) {
                    size_t actor = chain_end(c, ai);
                    /* "founded by X, a former nurse, and Y": every actor of the list */
                    size_t last = list_end_appos(c, actor, s->tok_end);
                    for (size_t p = actor; p < last; p++) {
                        if (p > actor && etype(c, c->it[p].ent) != etype(c, c->it[actor].ent)) break;
                        int type = cu->type;
                        /* a company owned by a person: its owner leads it */
                        if ((!strcmp(cu->w[0], "owned") || !strcmp(cu->w[0], "owns") || !strcmp(cu->w[0], "co-owned")) &&
                            etype(c, c->it[p].ent) == EG_PERSON && etype(c, subj_ent) == EG_ORG)
                            type = EG_REL_LEADS;
                        if ((rc = add_rel(r, c->it[p].ent, subj_ent, type, S, S, neg, hedge))) return rc;
                    }
                }
                break;
            }
            if (subj < 0 && cu->shape == SHAPE_NOUN) {
                /* "The 2022 purchase of X by Y angered staff": no subject before, the actor after "by" */
                uint32_t j0 = skip_mods(c, after, s->tok_end);
                size_t oi0 = item_from(c, j0);
                if (oi0 < c->nit && c->it[oi0].a == j0 && !c->it[oi0].poss) {
                    size_t end0 = item_list_end(c, oi0, s->tok_end);
                    uint32_t g = c->it[end0 - 1].b;
                    /* "a complaint against X filed with the committee in May by Y" */
                    static const char *const made[] = {"made", "filed", "brought", "lodged", "raised", "launched",
                                                       "opened", "submitted", NULL};
                    if (in(c, g, made))
                        for (uint32_t h = g + 1; h < s->tok_end && h < g + 9 && !clause_break(c, h) && !is_punct(c, h, ','); h++)
                            if (is_word(c, h, "by")) { g = h; break; }
                    size_t bi = is_word(c, g, "by") ? item_from(c, g + 1) : c->nit;
                    if (bi < c->nit && c->it[bi].a <= g + 3) {
                        bi = c->it[bi].poss ? bi : chain_end(c, bi);
                        int t0 = cu->type == EG_REL_INVESTIGATES && lawsuit_cue(cu) && !public_body(c, c->it[bi].ent)
                                     ? EG_REL_CRITICIZED : cu->type;
                        for (size_t p = oi0; p < end0; p++)
                            if (c->it[p].ent != c->it[bi].ent &&
                                (rc = add_rel(r, c->it[bi].ent, c->it[p].ent, t0, S, S, neg, hedge)))
                                return rc;
                    }
                }
                break;
            }
            if (subj < 0) break;
            if (cu->shape == SHAPE_RECV) {
                /* ("shortly after taking off from Sendai Airport": a flight, no deal) */
                if (is_word(c, after, "off")) break;
                /* "Y received £20m from X", "Y got a letter from X": X is the actor */
                /* "received more than $40 million in federal grants from X": up to 12 words, not past a comma */
                for (uint32_t g = after; g < s->tok_end && g < after + 12 && !clause_break(c, g) &&
                                         (g < after + 8 || !is_punct(c, g, ',')); g++) {
                    if (!is_word(c, g, "from")) continue;
                    uint32_t h = skip_mods(c, g + 1, s->tok_end);
                    size_t xi = item_from(c, h);
                    /* ("a letter from Environment Minister Rania Sabbagh": past the name's title) */
                    if (xi < c->nit && (c->it[xi].a <= g + 2 || past_title(c, h) > h)) {
                        /* ("from a Hanoi company, Thanh Long Trading Co.": the firm, not its city) */
                        size_t di = described_item(c, g + 1, s->tok_end);
                        if (di < c->nit && di != xi && etype(c, c->it[xi].ent) == EG_LOC && etype(c, c->it[di].ent) == EG_ORG) xi = di;
                        /* ("from Rourke's sister, Jade Kimber": the person named after the role) */
                        if (c->it[xi].poss) {
                            int who = role_person_after(c, c->it[xi].b + (r->tk.tok[c->it[xi].b].kind == EG_TK_POSS), s->tok_end);
                            for (size_t z = xi + 1; who >= 0 && z < c->nit; z++)
                                if (c->it[z].ent == who && c->it[z].mention >= 0) { xi = z; break; }
                        }
                        xi = chain_end(c, xi);
                        /* "received a letter from X", "took a call from Y": a message, not money */
                        static const char *const messages[] = {"letter", "letters", "email", "emails", "e-mail", "call",
                                                               "calls", "message", "messages", "complaint", "complaints",
                                                               "warning", "warnings", "request", "requests", "notice",
                                                               "memo", "note", "invitation", "summons", "text", "texts",
                                                               "phone", "complaint", "petition", "query", "queries", NULL};
                        int type = cu->type;
                        for (uint32_t h2 = after; h2 < g && type == EG_REL_TRANSACTED_WITH; h2++)
                            if (tok_lower(c, h2) && in(c, h2, messages)) type = EG_REL_COMMUNICATED_WITH;
                        if ((rc = add_rel(r, c->it[xi].ent, subj_ent, type, S, S, neg, hedge))) return rc;
                    }
                    break;
                }
                break;
            }
            if (cu->shape == SHAPE_GIVE) {
                if ((rc = give_relations(c, after, subj_ent, S, neg, hedge))) return rc;
                break;
            }
            /* "Karen Voss's assistant called Y": the owner is not the actor */
            if (cu->shape == SHAPE_VERB && c->it[subj].poss && subj_jr < 0 && c->it[subj].b + 1 < k) {
                /* ... but "its financial crimes unit was investigating Y", "the agency's inspectors
                 * contacted Y": a part of an organisation acts for it */
                static const char *const parts[] = {"unit", "units", "division", "office", "team", "investigators",
                                                    "agents", "officers", "inspectors", "prosecutors", "officials",
                                                    "staff", "branch", "department", "lawyers", "auditors", NULL};
                int part = 0;
                for (uint32_t g = c->it[subj].b; g < k && !part; g++) part = in(c, g, parts);
                if (!part || etype(c, c->it[subj].ent) != EG_ORG) break;
            }
            /* ("signed off on Kwan's accounts", "had signed off the licences": an approval, no deal) */
            if (cu->type == EG_REL_TRANSACTED_WITH && cu->nw == 1 && !strcmp(cu->w[0], "signed") && is_word(c, after, "off"))
                break;
            /* object(s): first item after the cue within a few tokens, then its list */
            uint32_t j = after;
            if (cu->shape == SHAPE_NOUN) {
                /* the noun cue already ends with its preposition */
            } else if (is_word(c, j, "with") || is_word(c, j, "to")) {
                j++;
            }
            /* "is investigating whether X and Y coordinated their bids": whom the question is about */
            if (cu->type == EG_REL_INVESTIGATES && cu->shape == SHAPE_VERB && (is_word(c, j, "whether") || is_word(c, j, "if"))) {
                size_t wi = item_from(c, j + 1);
                if (wi < c->nit && c->it[wi].a == skip_mods(c, j + 1, s->tok_end)) j++;
            }
            /* "criticized her handling of the crisis", "questioned his judgment": what is criticised or
             * investigated of a person's is the person (not "met his lawyer", "praised their staff") */
            if (!((cu->type == EG_REL_CRITICIZED || cu->type == EG_REL_INVESTIGATES) && cu->shape == SHAPE_VERB &&
                  possessor_of_thing(c, j, s->tok_end)))
                j = skip_mods(c, j, s->tok_end);
            /* "criticised members of the governing Bharatiya Janata Party", "wrote to officials of X": the
             * body whose people they are */
            if ((cu->type == EG_REL_CRITICIZED || cu->type == EG_REL_COMMUNICATED_WITH) && cu->shape == SHAPE_VERB) {
                static const char *const people_of[] = {"members", "officials", "leaders", "executives", "supporters",
                                                        "ministers", "lawmakers", NULL};
                uint32_t h = j + (in(c, j, dets) && !is_word(c, j, "her") && !is_word(c, j, "his"));
                if (in(c, h, people_of) && is_word(c, h + 1, "of")) {
                    h = skip_mods(c, h + 2, s->tok_end);
                    /* (and one adjective before the name: "the governing X", "the ruling X") */
                    if (tok_lower(c, h) && (is_word(c, h, "governing") || is_word(c, h, "ruling") ||
                                            is_word(c, h, "opposition"))) h++;
                    size_t pi = item_from(c, h);
                    if (pi < c->nit && c->it[pi].a == h && etype(c, c->it[pi].ent) == EG_ORG) j = h;
                }
            }
            /* "who heads the ruling junta known as the National Council for Peace and Order", "joined a group
             * called Action Directe": the body a description names */
            if ((cu->type == EG_REL_LEADS || cu->type == EG_REL_MEMBER_OF) && cu->shape == SHAPE_VERB && tok_lower(c, j)) {
                uint32_t h = j + (is_word(c, j, "the") || is_word(c, j, "a") || is_word(c, j, "an"));
                while (h < s->tok_end && h < j + 4 && tok_lower(c, h) && !is_word(c, h, "known") && !is_word(c, h, "called"))
                    h++;
                uint32_t nm = is_word(c, h, "known") && is_word(c, h + 1, "as") ? h + 2 : is_word(c, h, "called") ? h + 1 : 0;
                if (nm && h > j) {
                    nm += is_word(c, nm, "the");
                    size_t ni = item_from(c, nm);
                    if (ni < c->nit && c->it[ni].a == nm && etype(c, c->it[ni].ent) == EG_ORG) j = nm;
                }
            }
            size_t oi = item_from(c, j);
            /* "who heads the Justice Department's Environment and Natural Resources Division": the part
             * led, not the whole */
            if ((cu->type == EG_REL_LEADS || cu->type == EG_REL_MEMBER_OF) && cu->shape == SHAPE_VERB && oi + 1 < c->nit &&
                c->it[oi].poss && etype(c, c->it[oi].ent) == EG_ORG && c->it[oi + 1].a == c->it[oi].b + 1 &&
                c->it[oi + 1].mention >= 0 && etype(c, c->it[oi + 1].ent) == EG_ORG)
                oi++;
            /* "raised the matter with the hospital's chief executive, Dr Wilson Barasa": the person the role names */
            /* (right after the cue, "the" at most between; not the subject's own role: "X condemned it, but its
             * spokesman, Y,"; one role, no plural: "the court's four liberal justices, A, B ...") */
            if (oi < c->nit && c->it[oi].poss && etype(c, c->it[oi].ent) == EG_ORG && cu->type != EG_REL_LEADS &&
                cu->type != EG_REL_MEMBER_OF && cu->type != EG_REL_LOCATED_IN && cu->type != EG_REL_TRANSACTED_WITH &&
                (c->it[oi].a == j || (c->it[oi].a == j + 1 && is_word(c, j, "the"))) &&
                (subj < 0 || c->it[subj].ent != c->it[oi].ent)) {
                uint32_t h = c->it[oi].b + (r->tk.tok[c->it[oi].b].kind == EG_TK_POSS), rn = 0;
                int rt = -1;
                for (uint32_t g = h; g < s->tok_end && g < h + 3 && rt < 0 && tok_lower(c, g); g++)
                    if ((rt = role_at(c, g, s->tok_end, &rn)) >= 0) h = g + rn;
                const eg_token *lr = h > 0 ? &r->tk.tok[h - 1] : NULL;
                int plural = lr && lr->len > 3 && c->text[lr->start + lr->len - 1] == 's' && c->text[lr->start + lr->len - 2] != 's';
                if (rt >= 0 && rt != EG_REL_FAMILY && !plural && is_punct(c, h, ',')) {
                    uint32_t pa = past_title(c, h + 1);
                    size_t pi = item_from(c, pa);
                    if (pi < c->nit && c->it[pi].a == pa && c->it[pi].mention >= 0 && !c->it[pi].poss &&
                        etype(c, c->it[pi].ent) == EG_PERSON) {
                        oi = pi;
                        j = c->it[oi].a;
                    }
                }
            }
            int ok = oi < c->nit && (!cu->org_only || etype(c, c->it[oi].ent) == EG_ORG), reported = 0;
            /* ("who ran the Chimbote plant", "runs Pozzallo's reception centre": a place naming what is
             * led, not what is led) */
            if (ok && cu->type == EG_REL_LEADS && etype(c, c->it[oi].ent) == EG_LOC &&
                (c->it[oi].poss || (tok_lower(c, c->it[oi].b) && !in(c, c->it[oi].b, aux_words) &&
                                    !is_word(c, c->it[oi].b, "and") && !is_word(c, c->it[oi].b, "since") &&
                                    !is_word(c, c->it[oi].b, "for") && !is_word(c, c->it[oi].b, "from") &&
                                    !is_word(c, c->it[oi].b, "until") && !is_word(c, c->it[oi].b, "in"))))
                ok = 0;
            /* ("heads the criminal investigations unit of the Internal Revenue Service": a part's description
             * before "of" and its whole may be longer; the part's head is read below) */
            uint32_t of_at = ok && c->it[oi].a > j + 2 ? c->it[oi].a - 1 - is_word(c, c->it[oi].a - 1, "the") : 0;
            int part_of = cu->type == EG_REL_LEADS && cu->shape == SHAPE_VERB && of_at > j && is_word(c, of_at, "of") &&
                          in(c, of_at - 1, led_parts);
            /* ("accused the company of paying Y": a name inside the charge is not the one accused) */
            for (uint32_t g = after; ok && cu->shape == SHAPE_VERB && g + 1 < c->it[oi].a && g < after + 12; g++)
                if ((is_word(c, g, "of") || is_word(c, g, "for")) && ing_word(c, g + 1)) ok = 0;
            for (uint32_t g = j; ok && g < c->it[oi].a; g++) {
                if (clause_break(c, g) || is_punct(c, g, ',') || g > j + 4) { ok = 0; break; }
                /* "told jurors that X had ...": X is in what was said, not the one told */
                if (is_word(c, g, "that")) { ok = 0; reported = 1; break; }
                /* ("filed a complaint with the Ombudsman against the Ministry": the accused, not the addressee) */
                if (cu->type == EG_REL_COMMUNICATED_WITH && is_word(c, g, "against")) { ok = 0; break; }
                /* ("met at the federation's headquarters": where, not whom) */
                if (cu->type == EG_REL_MET_WITH && cu->shape == SHAPE_VERB &&
                    (is_word(c, g, "at") || is_word(c, g, "in") || is_word(c, g, "outside") || is_word(c, g, "inside")))
                    { ok = 0; break; }
                /* "told reporters outside the assembly": people the text does not name were told */
                static const char *const audience[] = {"reporters", "journalists", "supporters", "crowds", "protesters",
                                                       "lawmakers", "parliament", "delegates", "students", "workers", NULL};
                /* (not an owner's possessive: "chairs parliament's Treasury Committee") */
                if (cu->shape == SHAPE_VERB && g == j && in(c, g, audience) && !is_word(c, g + 1, "of") &&
                    !is_word(c, g + 1, "from") && !(g + 1 < s->tok_end && r->tk.tok[g + 1].kind == EG_TK_POSS)) { ok = 0; break; }
                const eg_token *t = &r->tk.tok[g];
                if (t->kind == EG_TK_WORD && (t->flags & EG_TF_LOWER) && !in(c, g, dets) &&
                    cu->shape != SHAPE_NOUN && g > j + 2 && !part_of) { ok = 0; break; }
            }
            if (cu->shape == SHAPE_VERB && (cu->type == EG_REL_MET_WITH || cu->type == EG_REL_COMMUNICATED_WITH) &&
                (!ok || (etype(c, c->it[oi].ent) == EG_LOC && c->it[oi].a > after && in(c, c->it[oi].a - 1, place_preps)))) {
                /* "met in Berlin on Monday with officials from the IMF": past the time and place to "with" */
                static const char *const people[] = {"officials", "representatives", "executives", "members", "staff",
                                                     "envoys", "diplomats", "lawyers", "negotiators", "leaders", NULL};
                for (uint32_t g = after; g < s->tok_end && g < after + 9 && !clause_break(c, g) && !is_punct(c, g, ','); g++) {
                    if (!is_word(c, g, "with")) continue;
                    uint32_t h = skip_mods(c, g + 1, s->tok_end);
                    if (in(c, h, people) && (is_word(c, h + 1, "from") || is_word(c, h + 1, "of"))) h = skip_mods(c, h + 2, s->tok_end);
                    h = past_title(c, h); /* ("with Sheriff Bojang") */
                    size_t zi = item_from(c, h);
                    if (zi < c->nit && c->it[zi].a == h) { oi = zi; ok = 1; }
                    break;
                }
            }
            if (ok && etype(c, c->it[oi].ent) == EG_LOC && !c->it[oi].poss && tok_lower(c, c->it[oi].b)) {
                /* "fined U.S. cloud computing company Stratacore": the company, not its country */
                size_t zi = named_after(c, c->it[oi].a, s->tok_end);
                if (zi < c->nit && zi != oi) oi = zi;
                /* "paid fees to a Quito businessman, X,": the one the place describes, after the comma */
                else if (c->it[oi].a > after && (is_word(c, c->it[oi].a - 1, "a") || is_word(c, c->it[oi].a - 1, "an"))) {
                    zi = described_item(c, c->it[oi].a - 1, s->tok_end);
                    if (zi < c->nit && zi != oi && etype(c, c->it[zi].ent) != EG_LOC) oi = zi;
                    /* ("charged the managing director of a Gazipur drug company": a place that only describes a
                     * noun is not what is probed) */
                    else if (cu->type == EG_REL_INVESTIGATES) ok = 0;
                }
            }
            if (ok && etype(c, c->it[oi].ent) == EG_LOC && oi + 1 < c->nit) {
                /* "searched the Durban offices of X": the organisation, not its city; "hired China's Y": Y */
                uint32_t h = c->it[oi].b;
                if (!c->it[oi].poss && tok_lower(c, h) && is_word(c, h + 1, "of")) {
                    size_t zi = described_item(c, h + 2, s->tok_end);
                    if (zi < c->nit && etype(c, c->it[zi].ent) == EG_ORG) oi = zi;
                } else if (c->it[oi].poss && c->it[oi + 1].a == h + 1 && etype(c, c->it[oi + 1].ent) == EG_ORG) {
                    oi++;
                }
            }
            if (ok && c->it[oi].a == j && etype(c, c->it[oi].ent) == EG_LOC && is_punct(c, c->it[oi].b, '-') &&
                is_word(c, c->it[oi].b + 1, "based")) {
                /* "talks with London-based private equity firm X": the firm, not its city */
                size_t zi = named_after(c, j, s->tok_end);
                if (zi < c->nit) oi = zi;
                else ok = 0;
            }
            if (!ok && !reported && cu->type == EG_REL_TRANSACTED_WITH) {
                /* "owns about 6 percent of Y", "owned C$400,000 of Y stock" */
                size_t ai = amount_object(c, j, s->tok_end);
                if (ai < c->nit) { oi = ai; ok = 1; }
            }
            /* (also a noun's: "in a letter to the speaker of parliament, Jacob Mudenda", "sent messages to
             * his manager, Jeff Rosen") */
            int noun_to = cu->shape == SHAPE_NOUN && cu->nw >= 2 &&
                          (!strcmp(cu->w[cu->nw - 1], "to") || !strcmp(cu->w[cu->nw - 1], "with"));
            if (!ok && !reported && (cu->shape == SHAPE_VERB || noun_to)) {
                /* "sued her former label, Crescent, in May", "criticized the regulator, the FCA,": the
                 * name in apposition to a lower-case description is the object */
                uint32_t g = j;
                /* "met one of the diplomats, Andrei Volodin," */
                if (is_word(c, g, "one") && is_word(c, g + 1, "of") && in(c, g + 2, dets) && tok_lower(c, g + 3)) g += 3;
                uint32_t role_of = 0; /* "met the head of the customs commission, Raad Sabri," */
                uint32_t org_comma = 0; /* "written to the chief executive officer of Pakistan Railways, Imran Butt," */
                {
                    uint32_t n0;
                    if (tok_lower(c, g) && role_at(c, g, s->tok_end, &n0) >= 0 && is_word(c, g + n0, "of") &&
                        is_word(c, g + n0 + 1, "the") && tok_lower(c, g + n0 + 2))
                        role_of = g + n0 + 1;
                    else if (tok_lower(c, g) && role_at(c, g, s->tok_end, &n0) >= 0 && is_word(c, g + n0, "of")) {
                        uint32_t h = g + n0 + 1 + is_word(c, g + n0 + 1, "the");
                        size_t zi = item_from(c, h);
                        if (zi < c->nit && c->it[zi].a == h && etype(c, c->it[zi].ent) == EG_ORG && !c->it[zi].poss &&
                            is_punct(c, c->it[zi].b, ','))
                            org_comma = c->it[zi].b;
                    }
                }
                /* ("emailed the company's chief executive, Declan Moriarty,": past a possessive; "with his
                 * Chilean counterpart, Andrea Saavedra,": a possessive pronoun and a nationality) */
                if (is_word(c, g, "his") || is_word(c, g, "her") || is_word(c, g, "their") || is_word(c, g, "its")) g++;
                if (org_comma) g = org_comma;
                /* ("accused the Health Minister, Rachel Kwan, of": a capitalised title no name stands for) */
                while (!org_comma && g < s->tok_end && g < j + 5 + (role_of ? 2 : 0) &&
                       ((tok_lower(c, g) && (!in(c, g, dets) || g == role_of)) || (g > j && r->tk.tok[g].kind == EG_TK_POSS) ||
                        (r->tk.tok[g].kind == EG_TK_WORD && (r->tk.tok[g].flags & EG_TF_CAP) &&
                         (eg_lex_has(EG_LEX_DEMONYM, c->text + r->tk.tok[g].start, r->tk.tok[g].len) ||
                          (g > after && in(c, j - 1, dets) && (item_from(c, g) >= c->nit || c->it[item_from(c, g)].a != g))))))
                    g++;
                if (g > j && is_punct(c, g, ',')) {
                    uint32_t h = g + 1;
                    if (is_word(c, h, "the")) {
                        h++;
                        /* ("hired a second firm, the French company Vauban Numerique,": a kind before the name) */
                        uint32_t d = h;
                        while (d < s->tok_end && d < h + 3 &&
                               ((tok_lower(c, d) && !in(c, d, aux_words) && !in(c, d, dets) && !is_word(c, d, "of") &&
                                 !is_word(c, d, "and")) ||
                                (r->tk.tok[d].kind == EG_TK_WORD &&
                                 eg_lex_has(EG_LEX_DEMONYM, c->text + r->tk.tok[d].start, r->tk.tok[d].len))))
                            d++;
                        if (d > h && tok_lower(c, d - 1)) {
                            size_t di = item_from(c, d);
                            if (di < c->nit && c->it[di].a == d) h = d;
                        }
                    }
                    size_t ai = item_from(c, h);
                    /* ("asked the trial judge, Justice Halima Bello, to": past the name's title) */
                    h = past_title(c, h);
                    if (ai < c->nit && c->it[ai].a == h && !c->it[ai].poss &&
                        (c->it[ai].b >= s->tok_end || is_punct(c, c->it[ai].b, ',') || clause_break(c, c->it[ai].b))) {
                        oi = ai;
                        ok = 1;
                    }
                }
            }
            if ((!ok || (c->it[oi].mention < 0 && c->it[oi].poss && c->it[oi].a > j + 1)) && !reported && cu->shape == SHAPE_VERB) {
                /* "alerted senior advisers on his father's campaign, including his brother-in-law, Y": the named
                 * one of the people the verb reached */
                for (uint32_t g = j; g + 2 < s->tok_end && g < j + 10 && !clause_break(c, g); g++) {
                    if (!is_punct(c, g, ',') || !is_word(c, g + 1, "including")) continue;
                    uint32_t h = g + 2;
                    if (is_word(c, h, "his") || is_word(c, h, "her") || is_word(c, h, "their") || is_word(c, h, "its")) h++;
                    uint32_t n7;
                    if (tok_lower(c, h) && role_at(c, h, s->tok_end, &n7) >= 0 && is_punct(c, h + n7, ',')) h += n7 + 1;
                    h = past_title(c, h);
                    size_t zi = item_from(c, h);
                    if (zi < c->nit && c->it[zi].a == h && c->it[zi].mention >= 0 && !c->it[zi].poss &&
                        etype(c, c->it[zi].ent) != EG_LOC) {
                        oi = zi;
                        ok = 1;
                    }
                    break;
                }
            }
            if (!ok && !reported && cu->shape == SHAPE_VERB) {
                /* "forwarded the note to Y", "sold the unit to Y" (not "had not paid and had reported the
                 * attack to Y": another verb's) */
                for (uint32_t g = j; g < s->tok_end && g < j + 6 && !clause_break(c, g) && !is_punct(c, g, ',') &&
                                     !is_word(c, g, "and") && !is_word(c, g, "or") && !is_word(c, g, "but");
                     g++) {
                    if (!is_word(c, g, "to") && !is_word(c, g, "with")) continue;
                    uint32_t h = skip_mods(c, g + 1, s->tok_end);
                    oi = item_from(c, h);
                    ok = oi < c->nit && c->it[oi].a == h;
                    if ((!ok || etype(c, c->it[oi].ent) == EG_LOC) && h > g + 1) { /* ("paid fees to a Quito businessman, X,") */
                        size_t di = described_item(c, g + 1, s->tok_end);
                        if (di < c->nit && c->it[di].a > h + 1 && etype(c, c->it[di].ent) != EG_LOC) { oi = di; ok = 1; }
                    }
                    break;
                }
            }
            if (!ok && !reported && cu->shape == SHAPE_VERB) {
                /* "held talks with the London-based private equity firm Harwell Capital": a name after
                 * its kind */
                static const char *const says[] = {"said", "says", "told", "added", "wrote", NULL};
                size_t zi = named_after(c, j, s->tok_end);
                /* not "criticized the regulator, X said": X starts a clause of its own */
                if (zi < c->nit && c->it[zi].a > j && !in(c, c->it[zi].b, says)) { oi = zi; ok = 1; }
            }
            if (cu->type == EG_REL_TRANSACTED_WITH && cu->shape == SHAPE_VERB && !reported &&
                (rc = deal_parties(c, cu, k, j, subj, &subj_ent, &oi, &ok, S, neg, hedge)))
                return rc;
            if (!ok) break;
            /* "spoke with the chief executive of the HSE, Bernard Gloster": the person named after the
             * role's organisation, not the organisation */
            /* "married to the daughter of Brantwood chairman Sir Malcolm Ridgeway": kin of the person */
            if (cu->type == EG_REL_FAMILY && etype(c, c->it[oi].ent) == EG_ORG && oi + 1 < c->nit &&
                etype(c, c->it[oi + 1].ent) == EG_PERSON && c->it[oi + 1].a <= c->it[oi].b + 3 && !c->it[oi].poss) {
                int roles = 1;
                for (uint32_t g = c->it[oi].b; g < c->it[oi + 1].a && roles; g++) {
                    uint32_t n4;
                    roles = role_at(c, g, c->it[oi + 1].a, &n4) >= 0 || (r->tk.tok[g].flags & EG_TF_CAP);
                }
                if (roles) oi++;
            }
            int role_obj = 0;
            if (etype(c, c->it[oi].ent) != EG_PERSON && !c->it[oi].poss && oi + 1 < c->nit &&
                is_punct(c, c->it[oi].b, ',') && c->it[oi + 1].a == c->it[oi].b + 1 &&
                etype(c, c->it[oi + 1].ent) == EG_PERSON) {
                for (uint32_t g = j; g < c->it[oi].a; g++) {
                    uint32_t n;
                    if (tok_lower(c, g) && role_at(c, g, c->it[oi].a, &n) >= 0 &&
                        (is_word(c, g + n, "of") || is_word(c, g + n, "at"))) {
                        oi++;
                        role_obj = 1;
                        break;
                    }
                }
            }
            /* "met the head of the IMF's Tunisia mission, Tomasz Wierzbicki,": the person named after the
             * role's organisation and its part */
            if (!role_obj && c->it[oi].mention >= 0 && etype(c, c->it[oi].ent) != EG_PERSON && c->it[oi].a > j) {
                int role_of = 0;
                for (uint32_t g = j; g + 1 < c->it[oi].a && !role_of; g++) {
                    uint32_t n5;
                    role_of = tok_lower(c, g) && role_at(c, g, c->it[oi].a, &n5) >= 0 && is_word(c, g + n5, "of");
                }
                uint32_t h = c->it[oi].b;
                while (role_of && h < s->tok_end && h < c->it[oi].b + 4 && !is_punct(c, h, ',') && !clause_break(c, h) &&
                       (r->tk.tok[h].kind == EG_TK_POSS || r->tk.tok[h].kind == EG_TK_WORD) && !verb_cue_at(c, h, s->tok_end) &&
                       !is_word(c, h, "and") && !in(c, h, aux_words))
                    h++;
                if (role_of && is_punct(c, h, ',')) {
                    size_t pi = item_from(c, past_title(c, h + 1));
                    if (pi < c->nit && c->it[pi].a == past_title(c, h + 1) && etype(c, c->it[pi].ent) == EG_PERSON &&
                        c->it[pi].mention >= 0 && !c->it[pi].poss &&
                        (c->it[pi].b >= s->tok_end || is_punct(c, c->it[pi].b, ',') || clause_break(c, c->it[pi].b))) {
                        oi = pi;
                        role_obj = 1;
                    }
                }
            }
            /* "met with Halvern Bio's founder, Samuel Okafor", "met with Paulistano president
             * João Conceição": the person after the role */
            if ((c->it[oi].poss || etype(c, c->it[oi].ent) != EG_PERSON) && c->it[oi].mention >= 0) {
                uint32_t h = c->it[oi].b + (c->it[oi].poss ? 1 : 0), n;
                /* (not "owns X with her brother, Y": a preposition starts another phrase) */
                static const char *const phrase_start[] = {"with", "and", "to", "for", "from", "by", "in", "on", "at",
                                                           "his", "her", "their", NULL};
                while (h < s->tok_end && h < c->it[oi].b + 4 && tok_lower(c, h) && role_at(c, h, s->tok_end, &n) < 0 &&
                       !in(c, h, phrase_start))
                    h++;
                if (role_at(c, h, s->tok_end, &n) >= 0) {
                    uint32_t h0 = h;
                    h += n;
                    if (is_punct(c, h, ',')) h++;
                    size_t pi = item_from(c, h);
                    /* ("Hearthstone's chair, Sir Alan Pettigrew": past the title) */
                    h = past_title(c, h);
                    if (pi < c->nit && c->it[pi].a == h && etype(c, c->it[pi].ent) == EG_PERSON) oi = pi;
                    else {
                        /* "met with Bulgaria's prosecutor general, Y" */
                        int who = role_person_after(c, h0, s->tok_end);
                        for (size_t z = oi + 1; who >= 0 && z < c->nit; z++)
                            if (c->it[z].ent == who && c->it[z].mention >= 0) { oi = z; break; }
                    }
                }
            }
            /* "sponsoring English Premier League club Everton", "bought Alphabet unit Waymo": the name after a
             * league's or a group's kind of member is the object */
            {
                static const char *const members[] = {"club", "side", "team", "unit", "subsidiary", "affiliate", "outfit",
                                                      "franchise", NULL};
                const item *o = &c->it[oi];
                if (!o->poss && o->mention >= 0 && etype(c, o->ent) == EG_ORG && tok_lower(c, o->b) && in(c, o->b, members) &&
                    oi + 1 < c->nit && c->it[oi + 1].a == o->b + 1 && etype(c, c->it[oi + 1].ent) == EG_ORG &&
                    c->it[oi + 1].mention >= 0)
                    oi++;
            }
            int type = cu->type;
            /* "runs 14 hospitals across Ohio": a place after a noun and a preposition is where, not whom */
            if (etype(c, c->it[oi].ent) == EG_LOC && type != EG_REL_LOCATED_IN && c->it[oi].a > after + 1 &&
                (is_word(c, c->it[oi].a - 1, "across") || is_word(c, c->it[oi].a - 1, "throughout") ||
                 is_word(c, c->it[oi].a - 1, "around") || is_word(c, c->it[oi].a - 1, "in")) &&
                tok_lower(c, c->it[oi].a - 2) && !in(c, c->it[oi].a - 2, dets))
                break;
            /* "hired the law firm X": hire_relations makes X its representative, not a party to a deal */
            if (type == EG_REL_TRANSACTED_WITH && cu->nw == 1 && (!strcmp(cu->w[0], "hired") || !strcmp(cu->w[0], "retained")) &&
                legal_before(c, after, c->it[oi].a))
                break;
            if (type == EG_REL_INVESTIGATES && lawsuit_cue(cu) && !public_body(c, subj_ent))
                type = EG_REL_CRITICIZED; /* a lawsuit by a public body is enforcement; by anyone else, an accusation */
            /* "X, who owns Chateau Y": a person who owns a company leads it (as "owned by X" below) */
            if (cu->shape == SHAPE_VERB && cu->nw == 1 && etype(c, subj_ent) == EG_PERSON && etype(c, c->it[oi].ent) == EG_ORG &&
                !c->it[oi].poss &&
                (!strcmp(cu->w[0], "owns") || !strcmp(cu->w[0], "owned") || !strcmp(cu->w[0], "co-owns") ||
                 !strcmp(cu->w[0], "co-owned")) &&
                kind_before(c, j, &c->it[oi]))
                type = EG_REL_LEADS;
            if (type == EG_REL_LEADS && etype(c, c->it[oi].ent) == EG_ORG &&
                (c->it[oi].poss || tok_lower(c, c->it[oi].b))) { /* "chairs the Senate health committee" */
                /* "chairs the City Council's zoning committee", "chairs its audit committee": a part's head
                 * is a member of the whole */
                static const char *const parts[] = {"committee", "subcommittee", "board", "panel", "unit", "division",
                                                    "team", "department", "office", "branch", "commission", "squad",
                                                    "chapter", "section", "wing", "arm", "desk", "lab", "laboratory",
                                                    "group", "caucus", "delegation", "faction", "business", "businesses",
                                                    "operations", "bureau", "subsidiary", "affiliate", NULL};
                uint32_t h = c->it[oi].b + (c->it[oi].b < s->tok_end && r->tk.tok[c->it[oi].b].kind == EG_TK_POSS);
                uint32_t h0 = h, named = 0;
                /* ("heads Sony's PlayStation business": past the part's own name) */
                size_t pi = item_from(c, h);
                if (c->it[oi].poss && pi < c->nit && c->it[pi].a == h && !c->it[pi].poss) {
                    named = c->it[pi].b - h;
                    h = c->it[pi].b;
                }
                /* (... or a product's name no item stands for: "runs the company's Xbox business") */
                while (c->it[oi].poss && h < s->tok_end && h < h0 + 2 && r->tk.tok[h].kind == EG_TK_WORD &&
                       (r->tk.tok[h].flags & EG_TF_CAP) && (pi >= c->nit || c->it[pi].a != h)) {
                    h++;
                    named++;
                }
                /* (not past a new clause: "led the X Association while the group lobbied") */
                while (h < s->tok_end && h < c->it[oi].b + 4 + named && tok_lower(c, h) && !in(c, h, parts) &&
                       !in(c, h, dets) && !in(c, h, subordinators))
                    h++;
                /* (not "chairs Rota Sul's board", "chairs the Vestlaks board": its chair heads the whole) */
                if (in(c, h, parts) && tok_lower(c, h) && !(h == h0 && is_word(c, h, "board") && !is_word(c, h + 1, "of"))) {
                    type = EG_REL_MEMBER_OF;
                    /* "heads the Riverbend chapter of the Nurses Guild": a member of the whole named after "of" */
                    if (!c->it[oi].poss && is_word(c, h + 1, "of")) {
                        size_t wi = described_item(c, h + 2, s->tok_end);
                        if (wi < c->nit && etype(c, c->it[wi].ent) == EG_ORG) oi = wi;
                    }
                }
            }
            /* "heads a chapter of the Nurses Guild", "runs the cyber squad of the FBI": a part's head */
            uint32_t of_k = c->it[oi].a > j + 2 && is_word(c, c->it[oi].a - 1, "the") ? c->it[oi].a - 2 : c->it[oi].a - 1;
            /* ("leads the opposition bloc on the City Council": a group inside the body) */
            if (type == EG_REL_LEADS && cu->shape == SHAPE_VERB && of_k > j && (is_word(c, of_k, "of") || is_word(c, of_k, "on")) &&
                tok_lower(c, of_k - 1) && !in(c, of_k - 1, dets)) {
                for (uint32_t g = j; g < of_k; g++)
                    if (in(c, g, led_parts)) { type = EG_REL_MEMBER_OF; break; }
            }
            /* "represents several Northbridge players": the name describes the people, who are the object */
            if ((type == EG_REL_REPRESENTS || type == EG_REL_LEADS || type == EG_REL_MEMBER_OF) && !c->it[oi].poss &&
                etype(c, c->it[oi].ent) != EG_PERSON) {
                static const char *const folk[] = {"players", "employees", "workers", "staff", "members", "customers",
                                                   "shareholders", "investors", "fans", "pilots", "nurses", "doctors",
                                                   "artists", "athletes", "residents", "clients", "students", "drivers",
                                                   "farmers", "families", NULL};
                uint32_t h = c->it[oi].b;
                while (h < s->tok_end && h < c->it[oi].b + 2 && tok_lower(c, h) && !in(c, h, folk)) h++;
                if (in(c, h, folk)) break;
            }
            /* "ran procurement at X", "heads research at Y": the head of a field is a member */
            if (type == EG_REL_LEADS && cu->shape == SHAPE_VERB && c->it[oi].a >= j + 2 &&
                (is_word(c, c->it[oi].a - 1, "at") || is_word(c, c->it[oi].a - 1, "for")) && tok_lower(c, j) && !in(c, j, dets))
                type = EG_REL_MEMBER_OF;
            if (cu->shape == SHAPE_VERB && (!strcmp(cu->w[0], "called") || !strcmp(cu->w[0], "labelled") ||
                                            !strcmp(cu->w[0], "labeled") || !strcmp(cu->w[0], "branded") ||
                                            !strcmp(cu->w[0], "dubbed")) && cu->nw == 1) {
                /* "called X a hostile service", "called X's messages 'unprecedented'": a description */
                /* (... and "called Machado and Gonzalez criminals who": a list's, and a plural noun) */
                size_t le = c->it[oi].poss ? oi + 1 : item_list_end(c, oi, s->tok_end);
                uint32_t h = c->it[le - 1].b;
                if (c->it[le - 1].poss) { h++; if (tok_lower(c, h)) h++; }
                /* (names that insult, not "friends", "heroes", "afterwards" or "dozens of times") */
                static const char *const insults[] = {"criminals", "thieves", "traitors", "liars", "terrorists", "crooks",
                                                      "fascists", "thugs", "puppets", "clowns", "enemies", "murderers",
                                                      "killers", "racists", "frauds", "cheats", "extremists", "bandits",
                                                      "gangsters", "mercenaries", "hypocrites", "cowards", "idiots",
                                                      "losers", "spies", "agents", "saboteurs", "usurpers", NULL};
                if (in(c, h, dets) || is_word(c, h, "as") || (h < s->tok_end && (r->tk.tok[h].flags & EG_TF_QUOTE)) ||
                    (h < s->tok_end && plural_word(c, h) && in(c, h, insults) && !is_word(c, h + 1, "of")))
                    type = EG_REL_CRITICIZED;
            }
            /* people and organisations communicate, meet and criticise; places do neither side of it,
             * and a place does not investigate, represent, lead or join ("prosecutors in Chicago charged X") */
            /* ... except that a country is its government: "accused Norway of", "Norway condemned X" */
            if ((type == EG_REL_COMMUNICATED_WITH || type == EG_REL_MET_WITH || type == EG_REL_CRITICIZED) &&
                ((etype(c, c->it[oi].ent) == EG_LOC && (type == EG_REL_MET_WITH || !is_country(c, c->it[oi].ent))) ||
                 (etype(c, subj_ent) == EG_LOC && (type == EG_REL_MET_WITH || !is_country(c, subj_ent)))))
                break;
            if ((type == EG_REL_INVESTIGATES || type == EG_REL_REPRESENTS || type == EG_REL_LEADS ||
                 type == EG_REL_MEMBER_OF) && etype(c, subj_ent) == EG_LOC)
                break;
            /* "a Toronto company that paid Y": a city does not pay; a country's government may */
            if (type == EG_REL_TRANSACTED_WITH && etype(c, subj_ent) == EG_LOC && !is_country(c, subj_ent)) break;
            if (type == EG_REL_LOCATED_IN && etype(c, c->it[oi].ent) != EG_LOC) break;
            size_t end = role_obj ? oi + 1 : item_list_end(c, oi, s->tok_end);
            if (type == EG_REL_COMMUNICATED_WITH && cu->shape == SHAPE_VERB) {
                /* "called on X to resign", "urged Y to step down", "called for the resignation of X",
                 * "called for X's removal": a demand that someone go is criticism */
                static const char *const go[] = {"resign", "step", "stand", "quit", "apologise", "apologize", NULL};
                uint32_t h = c->it[end - 1].b;
                /* ("called for the IWF's entire executive board to resign": past the possessive's governing body; not
                 * "called for Tom Hill's accusers to apologise", "urged Arsenal's players to stand firm") */
                if (c->it[end - 1].poss && h < s->tok_end && r->tk.tok[h].kind == EG_TK_POSS) {
                    static const char *const governing[] = {"board", "leadership", "management", "executive", "council",
                                                            "committee", "cabinet", "directors", NULL};
                    uint32_t h0 = h + 1, z = h0;
                    while (z < s->tok_end && z < h0 + 4 && tok_lower(c, z) && !is_word(c, z, "to")) z++;
                    if (z > h0 && in(c, z - 1, governing)) h = z;
                }
                int demand = is_word(c, h, "to") && in(c, h + 1, go);
                for (uint32_t g = j; g < c->it[oi].a && !demand; g++) demand = in(c, g, ouster);
                if (c->it[oi].poss && in(c, c->it[oi].b + 1, ouster)) demand = 1;
                if (demand) type = EG_REL_CRITICIZED;
            }
            if (cu->shape == SHAPE_NOUN) {
                /* "the purchase of X by Y": Y is the actor */
                uint32_t g = c->it[end - 1].b;
                if (g < s->tok_end && is_word(c, g, "by")) {
                    size_t bi = item_from(c, g + 1);
                    if (bi < c->nit && c->it[bi].a <= g + 3) {
                        bi = c->it[bi].poss ? bi : chain_end(c, bi);
                        for (size_t p = oi; p < end; p++)
                            if ((rc = add_rel(r, c->it[bi].ent, c->it[p].ent, cu->type, S, S, neg, hedge))) return rc;
                        break;
                    }
                }
            }
            /* "The Sakuragawa Ballet Theatre, founded in Tokyo in 1957": a place after "in" is where, not what */
            if (cu->shape == SHAPE_VERB && etype(c, c->it[oi].ent) == EG_LOC && c->it[oi].a > after &&
                (is_word(c, c->it[oi].a - 1, "in") || is_word(c, c->it[oi].a - 1, "at")) && type != EG_REL_LOCATED_IN &&
                type != EG_REL_MET_WITH && type != EG_REL_COMMUNICATED_WITH) {
                if (type == EG_REL_LEADS && etype(c, subj_ent) == EG_ORG && c->it[oi].a == after + 1 &&
                    (!strcmp(cu->w[0], "founded") || !strcmp(cu->w[0], "established") || !strcmp(cu->w[0], "set")))
                    type = EG_REL_LOCATED_IN;
                else
                    break;
            }
            /* "who ran the weekly draws for the National Lottery Authority": one who runs a task for an
             * organisation works for it */
            /* ("who had run TNA's newsroom": the head of a part of it is a member) */
            if (type == EG_REL_LEADS && cu->shape == SHAPE_VERB && c->it[oi].poss) {
                static const char *const parts[] = {"newsroom", "department", "division", "unit", "desk", "office", "team",
                                                    "branch", "section", "bureau", "operations", "newsdesk", "depot",
                                                    "business", "arm", "programme", "program", "mission", "zone", "district",
                                                    "wing", "accounts", "warehouse", "plant", "factory", "mill", "lab",
                                                    "laboratory", "clinic", "ward", "campus", "faculty", "fleet", "station",
                                                    "project", "projects", "store", "stores", "kitchen", "kitchens", NULL};
                uint32_t g = c->it[oi].b + (c->it[oi].b < s->tok_end && r->tk.tok[c->it[oi].b].kind == EG_TK_POSS);
                /* ("the group's hotel and retail business", "Romsilva's local district") */
                for (uint32_t g0 = g; tok_lower(c, g) && !in(c, g, parts) && g + 1 < s->tok_end && g < g0 + 3 &&
                                      (tok_lower(c, g + 1) || is_word(c, g + 1, "and"));)
                    g++;
                if (in(c, g, parts)) type = EG_REL_MEMBER_OF;
            }
            /* "joined Khalil's legal team": a person's team of lawyers acts for him; no one is a member of a person */
            if (type == EG_REL_MEMBER_OF && c->it[oi].poss && etype(c, c->it[oi].ent) == EG_PERSON) {
                uint32_t g = c->it[oi].b + (c->it[oi].b < s->tok_end && r->tk.tok[c->it[oi].b].kind == EG_TK_POSS);
                if (!legal_before(c, g, g + 3 < s->tok_end ? g + 3 : s->tok_end)) break;
                type = EG_REL_REPRESENTS;
            }
            if (type == EG_REL_LEADS && cu->shape == SHAPE_VERB)
                for (uint32_t g = after + 1; g < c->it[oi].a; g++)
                    if (is_word(c, g, "for") && tok_lower(c, g - 1) && !in(c, g - 1, dets)) {
                        type = EG_REL_MEMBER_OF;
                        break;
                    }
            /* "X and Y met Z", "X and his deputy, Y, met Z": the names joined to the subject share the verb */
            /* ... and "X and Y have filed lawsuits against Z" */
            int subjs[4] = {subj_ent}, nsubj = 1;
            if ((cu->shape == SHAPE_VERB || (cu->shape == SHAPE_NOUN && c->it[subj].b + 1 < k)) && subj_jr < 0 &&
                !c->it[subj].poss) {
                size_t nxt = (size_t)subj;
                for (size_t p = (size_t)subj; p > 0 && nsubj < 4; p--) {
                    const item *w = &c->it[p - 1];
                    if (w->mention < 0) continue; /* "his" of "and his deputy": a determiner below */
                    /* "X and U.S. Ambassador Y met Z": the title's country is no subject */
                    if (etype(c, w->ent) == EG_LOC && p >= 2 && w->b == c->it[nxt].a - 1 &&
                        (r->tk.tok[w->b].flags & EG_TF_CAP)) {
                        nxt = p - 1;
                        continue;
                    }
                    int joined = 1, and = 0, det = 0, words = 0;
                    for (uint32_t g = w->b; g < c->it[nxt].a && joined; g++) {
                        if (is_word(c, g, "and")) { and = 1; continue; }
                        if (and && !det && (r->tk.tok[g].flags & (EG_TF_CAP | EG_TF_ALLCAPS)) && g + 3 > c->it[nxt].a)
                            continue; /* "and Ambassador Y" */
                        if (is_punct(c, g, ',')) continue;
                        if (in(c, g, dets)) { det = and; continue; }
                        if (det && tok_lower(c, g) && ++words <= 3) continue; /* "and his deputy, Y" */
                        joined = 0;
                    }
                    /* "and his deputy, Y" or "and the law firm Y" */
                    /* ("X and the Y have": the article right before the name is no description) */
                    if (det && words && !is_punct(c, c->it[nxt].a - 1, ',') && !in(c, c->it[nxt].a - 1, org_nouns)) joined = 0;
                    if (!joined || !and || w->poss || etype(c, w->ent) == EG_LOC || etype(c, w->ent) != etype(c, subj_ent))
                        break;
                    /* "A advised B, and C advised D": B, the object of a verb, is no subject of the next */
                    static const char *const opens[] = {"that", "and", "but", "while", "when", "after", "before", NULL};
                    if (w->a > s->tok_start && tok_lower(c, w->a - 1) && !in(c, w->a - 1, opens)) break;
                    subjs[nsubj++] = w->ent;
                    nxt = p - 1;
                }
            }
            /* "met Y and the company's head of operations, Z": Z, named after the role, is one more */
            int extra = -1;
            if (!role_obj && end > oi) {
                const item *last = &c->it[end - 1];
                uint32_t g = last->b;
                if (last->mention < 0 && last->poss && end - 1 > oi && is_word(c, last->a - 1, "and"))
                    extra = role_person_after(c, g, s->tok_end); /* "met Y and her manager, Z" */
                else if (end < c->nit && c->it[end].poss && etype(c, c->it[end].ent) == EG_ORG && is_word(c, g, "and") &&
                         c->it[end].a <= g + 2)
                    extra = role_person_after(c, c->it[end].b + 1, s->tok_end); /* "and Maasvlakte's chief, Z" */
                else if (is_word(c, g, "and") && is_word(c, g + 1, "the") && in(c, g + 2, org_nouns) &&
                         g + 3 < s->tok_end && r->tk.tok[g + 3].kind == EG_TK_POSS)
                    extra = role_person_after(c, g + 4, s->tok_end); /* "and the company's head of operations, Z" */
            }
            /* "a contract with the City of Laval" is a deal between organisations; a person's contract is employment
             * ("Neymar's contract with Barcelona") and a union's an agreement on pay, no deal */
            int contract = cu->shape == SHAPE_NOUN && (!strcmp(cu->w[0], "contract") || !strcmp(cu->w[0], "contracts"));
            static const char *const unions[] = {"Union", "Workers", "Guild", "Confederation", NULL};
            for (int sj = 0; sj < nsubj; sj++) {
                for (size_t p = oi; p < end; p++) {
                    if ((type == EG_REL_COMMUNICATED_WITH || type == EG_REL_MET_WITH) && etype(c, c->it[p].ent) == EG_LOC) continue;
                    if (contract && (etype(c, subjs[sj]) == EG_PERSON || etype(c, c->it[p].ent) == EG_PERSON ||
                                     label_has_any(r->ent[subjs[sj]].label, unions) ||
                                     label_has_any(r->ent[c->it[p].ent].label, unions)))
                        continue;
                    if (p > oi && c->it[p].poss && etype(c, c->it[p].ent) == EG_LOC) continue; /* "Zambia's President Y" */
                    if ((rc = add_rel(r, subjs[sj], c->it[p].ent, type, S, S, neg, hedge))) return rc;
                }
                if (extra >= 0 && (rc = add_rel(r, subjs[sj], extra, type, S, S, neg, hedge))) return rc;
            }
            break;
        }
    }
    return 0;
}

/* Does label have the word w (n bytes, any case) as one of its space-separated words? */
static int label_has_word(const char *label, const char *w, size_t n)
{
    for (const char *p = label; *p;) {
        const char *e = strchr(p, ' ');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        if (l == n && !eg_ncasecmp(p, w, n)) return 1;
        if (!e) break;
        p = e + 1;
    }
    return 0;
}

/* Has label any word of list (compared without case)? */
static int label_has_any(const char *label, const char *const *list)
{
    for (const char *const *w = list; *w; w++)
        if (label_has_word(label, *w, strlen(*w))) return 1;
    return 0;
}

/* The words of an organisation's name that can be its kind: its last word, and the words before
 * any "of" or "for" after which no other head word comes. "Reserve Bank of India" and "Air Malawi"
 * are a bank and an airline; "Godavari Bank Depositors Forum" is no bank, "University and College
 * Union" no university. */
typedef struct kind_words {
    const char *w[24], *last;
    size_t wl[24], nw, keep; /* keep: one past the last head word before "of" */
} kind_words;

static void kind_words_of(const char *label, kind_words *kw)
{
    kw->nw = 0;
    for (const char *p = label; *p && kw->nw < 24;) {
        const char *e = strchr(p, ' ');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        if ((l == 2 && !strncmp(p, "of", 2)) || (l == 3 && !strncmp(p, "for", 3))) break;
        kw->w[kw->nw] = p;
        kw->wl[kw->nw++] = l;
        if (!e) break;
        p = e + 1;
    }
    /* (a word followed by another head word before "of" is a modifier: "Bank" in "X Bank Depositors Forum") */
    kw->keep = 0;
    for (size_t i = kw->nw; i > 0 && !kw->keep; i--)
        if (eg_lex_has(EG_LEX_ORG_HEAD, kw->w[i - 1], kw->wl[i - 1])) kw->keep = i;
    kw->last = last_word(label);
}

static int kind_words_have(const kind_words *kw, const char *w, size_t n)
{
    if (strlen(kw->last) == n && !eg_ncasecmp(kw->last, w, n)) return 1;
    for (size_t q = kw->keep ? kw->keep - 1 : 0; q < kw->nw; q++)
        if (kw->wl[q] == n && !eg_ncasecmp(kw->w[q], w, n)) return 1;
    return 0;
}

/* Is the word w (n bytes) the kind of the organisation named label? */
static int label_has_kind(const char *label, const char *w, size_t n)
{
    kind_words kw;
    kind_words_of(label, &kw);
    return kind_words_have(&kw, w, n);
}

/* The one person of the document whose title cue reads like the title starting at token k
 * (capitalised, up to 4 words), or -1 if none or several. */
static int title_referent(const rctx *c, uint32_t k, uint32_t end)
{
    const eg_docresult *r = c->r;
    const eg_tokens *tk = &r->tk;
    int who = -1;
    for (int pass = 0; pass < 2 && who < 0; pass++)
    for (uint32_t n = 4; n >= 1 && who < 0; n--) {
        if (k + n > end || (pass && n != 1)) continue;
        size_t s0 = tk->tok[k].start, e0 = tk->tok[k + n - 1].start + tk->tok[k + n - 1].len;
        /* (or a role: "the chief executive" for "chief executive Anna Berg") */
        if (!eg_lex_has(EG_LEX_TITLE, c->text + s0, e0 - s0) && !eg_lex_has(EG_LEX_ROLE, c->text + s0, e0 - s0)) continue;
        int many = 0;
        for (size_t q = 0; q < r->ncues; q++) {
            const eg_cue *cu = &r->cues[q];
            int ent = r->m[cu->mention].entity;
            if (ent < 0 || r->ent[ent].type != EG_PERSON) continue;
            size_t s1 = tk->tok[cu->tok_start].start, e1 = tk->tok[cu->tok_end - 1].start + tk->tok[cu->tok_end - 1].len;
            /* ("the minister" for "Foreign Minister Tangeni Shikongo": the title's last word alone) */
            const eg_token *lt = &tk->tok[cu->tok_end - 1];
            int head = pass && cu->tok_end - cu->tok_start >= 2 && lt->len == e0 - s0 &&
                       !eg_ncasecmp(c->text + lt->start, c->text + s0, e0 - s0);
            if (!head && (e1 - s1 != e0 - s0 || eg_ncasecmp(c->text + s1, c->text + s0, e0 - s0))) continue;
            if (who >= 0 && who != ent) many = 1;
            who = ent;
        }
        if (many) return -1;
    }
    return who;
}

/* A person introduced by a description the text also gives as the apposition of a name:
 * "wanted to meet a Danish banker ... Ole Brandt, a Danish banker, said". */
typedef struct desc {
    uint32_t a, n; /* the words after the article */
    int ent;       /* the person, or -1 when two people share the words */
    int of;        /* a lede's "The mayor of Bethlehem": the organisation or place of the role, else -1 */
    int type;      /* ... and the role's relation; DESC_ROLE for a role apposition's words */
    uint32_t sent; /* ... and the sentence of the role; for DESC_ROLE, one past its word of time or 0 */
} desc;

#define DESC_ROLE (-2)

static int same_words(const rctx *c, uint32_t x, uint32_t y, uint32_t n)
{
    const eg_token *t = c->r->tk.tok;
    for (uint32_t q = 0; q < n; q++)
        if (t[x + q].len != t[y + q].len || eg_ncasecmp(c->text + t[x + q].start, c->text + t[y + q].start, t[x + q].len))
            return 0;
    return 1;
}

/* ---- organisations named by their kind: "the insurer", "the airline" ---- */

/* Kinds a text calls an organisation by, and the name words of organisations of that kind:
 * "the union" for the "Irish Air Line Pilots' Association", "the regulator" for the "Charity
 * Commission", when the text has named exactly one such organisation so far. */
static const struct kind_heads {
    const char *kind;
    const char *heads[10];
} kind_heads[] = {
    {"union", {"Union", "Association", "Federation", "Guild", "Congress", "Confederation", NULL}},
    {"charity", {"Trust", "Foundation", "Charity", NULL}},
    {"regulator", {"Commission", "Authority", "Regulator", "Ombudsman", NULL}},
    {"watchdog", {"Commission", "Authority", "Regulator", "Ombudsman", NULL}},
    {"airline", {"Airlines", "Airways", "Air", "Aviation", NULL}},
    {"carrier", {"Airlines", "Airways", "Line", "Lines", NULL}},
    {"orchestra", {"Orchestra", "Philharmonic", "Symphony", NULL}},
    {"insurer", {"Insurance", "Mutual", "Assurance", NULL}},
    {"studio", {"Pictures", "Studios", "Studio", NULL}},
    {"hospital", {"Hospital", "Infirmary", "Clinic", NULL}},
    {"newspaper", {"Times", "Post", "Herald", "Gazette", "Ledger", "Journal", "Tribune", "Chronicle", NULL}},
    {"paper", {"Times", "Post", "Herald", "Gazette", "Ledger", "Journal", "Tribune", "Chronicle", NULL}},
    {"ministry", {"Ministry", NULL}},
    {"department", {"Department", NULL}},
    {"commission", {"Commission", NULL}},
    {"agency", {"Agency", NULL}},
    {"bureau", {"Bureau", NULL}},
    {"trust", {"Trust", NULL}},
    {"foundation", {"Foundation", NULL}},
    {"court", {"Court", "Tribunal", NULL}},
    {"tribunal", {"Tribunal", "Court", NULL}},
    {"party", {"Party", NULL}},
    {"bank", {"Bank", NULL}},
    {"university", {"University", NULL}},
    {"council", {"Council", NULL}},
    {"committee", {"Committee", NULL}},
    {"fund", {"Fund", NULL}},
    {"group", {"Group", "Grupo", "Groupe", "Gruppe", "Groep", "Gruppo", NULL}},
    {"cooperative", {"Cooperative", "Co-operative", "Cooperativa", "Coopérative", NULL}},
    {"co-operative", {"Cooperative", "Co-operative", "Cooperativa", "Coopérative", NULL}},
    {"club", {"Club", "FC", "CF", "AFC", "SC", NULL}},
    {"league", {"League", NULL}},
    {"federation", {"Federation", "Federación", "Fédération", NULL}},
    {"association", {"Association", NULL}},
    {"school", {"School", "Academy", NULL}},
    {"academy", {"Academy", NULL}},
    {"college", {"College", NULL}},
    {"institute", {"Institute", NULL}},
    {"museum", {"Museum", NULL}},
    {"authority", {"Authority", NULL}},
    {"board", {"Board", NULL}},
    {"church", {"Church", NULL}},
    {"exchange", {"Exchange", NULL}},
    {"prison", {"Prison", "Penitentiary", NULL}},
    {"assembly", {"Assembly", NULL}},
    {"library", {"Library", NULL}},
    {"scheme", {"Scheme", NULL}},
    {"embassy", {"Embassy", NULL}},
    {"festival", {"Festival", NULL}},
    {"confederation", {"Confederation", NULL}},
    {"directorate", {"Directorate", NULL}},
    {"jury", {"Jury", NULL}},
    {"survey", {"Survey", NULL}},
    {"police", {"Police", NULL}},
    {"forum", {"Forum", NULL}},
    {"alliance", {"Alliance", NULL}},
    {"coalition", {"Coalition", NULL}},
    {"network", {"Network", NULL}},
    {"society", {"Society", NULL}},
    {"movement", {"Movement", NULL}},
    {"consortium", {"Consortium", "Consorcio", NULL}},
    {"chamber", {"Chamber", NULL}},
    {"ombudsman", {"Ombudsman", NULL}},
};
_Static_assert(sizeof kind_heads / sizeof *kind_heads <= 64, "kinds_of is a 64-bit mask");
#define NKINDS (sizeof kind_heads / sizeof *kind_heads)

/* The kinds (bit i = kind_heads[i]) an organisation's name makes it. */
static uint64_t kinds_of(const eg_dentity *d)
{
    uint64_t m = 0;
    if (d->type != EG_ORG || !strchr(d->label, ' ')) return 0; /* "the union" is not a bare "Union" */
    kind_words kw;
    kind_words_of(d->label, &kw);
    for (size_t i = 0; i < NKINDS; i++)
        for (const char *const *h = kind_heads[i].heads; *h && !(m & (1ull << i)); h++)
            if (kind_words_have(&kw, *h, strlen(*h))) m |= 1ull << i;
    return m;
}

typedef struct oclass {
    int ent;
    uint32_t tok; /* the kind's token */
} oclass;

/* Does a capitalised name of up to four words open at token k and end in a possessive
 * ("New Zealand's", "Ireland's")? */
static int cap_possessive(const rctx *c, uint32_t k)
{
    const eg_tokens *tk = &c->r->tk;
    uint32_t g = k;
    while (g < tk->ntok && g < k + 4 && tk->tok[g].kind == EG_TK_WORD && (tk->tok[g].flags & (EG_TF_CAP | EG_TF_ALLCAPS))) g++;
    return g > k && g < tk->ntok && tk->tok[g].kind == EG_TK_POSS;
}

/* Organisations introduced with their kind: "the insurance broker X", "X, a Norwegian marine
 * insurer,", "X, Ireland's second-largest airline,". Caller frees *out. */
static int collect_classes(const rctx *c, oclass **out, size_t *nout)
{
    const eg_docresult *r = c->r;
    const eg_tokens *tk = &r->tk;
    oclass *v = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = 0; i < r->nm; i++) {
        const eg_mention *m = &r->m[i];
        if (m->entity < 0 || r->ent[m->entity].type != EG_ORG) continue;
        uint32_t kind = 0;
        int found = 0;
        if (m->tok_start > 0 && tok_lower(c, m->tok_start - 1) && in(c, m->tok_start - 1, org_classes)) {
            kind = m->tok_start - 1;
            found = 1;
        } else if (m->tok_start >= 3 && is_punct(c, m->tok_start - 1, ',')) {
            /* the description before a name (else the one after, below): "The consultancy, Sigma Littoral Conseil,", "A group of fishing
             * co-operatives, Pecheurs d'Iroise," (an article, up to two describing words, the kind) */
            uint32_t s0 = tk->sent[m->sent].tok_start, g = m->tok_start - 1, h = g;
            while (h > s0 && h + 8 > g && tok_lower(c, h - 1) && !in(c, h - 1, dets)) h--;
            if (h > s0 && (is_word(c, h - 1, "a") || is_word(c, h - 1, "an") || is_word(c, h - 1, "the")) && h - 1 == s0)
                for (uint32_t q = h; q < g && q < h + 3 && !found; q++)
                    if (in(c, q, org_classes) && (q + 1 == g || is_word(c, q + 1, "of"))) {
                        kind = q;
                        found = 1;
                    }
        }
        if (!found && is_punct(c, m->tok_end, ',') && (in(c, m->tok_end + 1, dets) || cap_possessive(c, m->tok_end + 1))) {
            /* the last lower-case word of a short description that ends at punctuation ("X, a Norwegian
             * marine insurer,", "X, Ireland's second-largest airline,"; not "X, accused the ministry of") */
            uint32_t k = m->tok_end + 1, stop = k + 9;
            for (; k < tk->ntok && k < stop; k++) {
                const eg_token *t = &tk->tok[k];
                /* ("the country's largest opposition-leaning daily") */
                if (t->kind == EG_TK_PUNCT && !(is_punct(c, k, '-') && tok_lower(c, k - 1) && tok_lower(c, k + 1))) break;
                if (is_word(c, k, "that") || is_word(c, k, "which") || is_word(c, k, "based") || is_word(c, k, "with") ||
                    is_word(c, k, "in") || is_word(c, k, "of") || is_word(c, k, "from") || is_word(c, k, "whose"))
                    break;
                if (t->kind == EG_TK_WORD && (t->flags & EG_TF_LOWER) && !in(c, k, dets)) kind = k;
            }
            found = kind && k < stop && in(c, kind, org_classes) && (k == kind + 1 || !tok_lower(c, kind + 1));
        }
        if (!found) continue;
        if (n == cap) {
            size_t nc = cap ? cap * 2 : 16;
            oclass *p = realloc(v, nc * sizeof *p);
            if (!p) { free(v); return EG_ENOMEM; }
            v = p;
            cap = nc;
        }
        v[n].ent = m->entity;
        v[n].tok = kind;
        n++;
    }
    *out = v;
    *nout = n;
    return 0;
}

/* "the insurer" at token k: of the organisations introduced with that kind (the last 64 such
 * introductions before k), the one named last; -1 when the text introduced none so. seen[e] is
 * one past the token where entity e was last named, 0 if not yet. */
/* The organisation a text is about, for "the company's chief executive, X" when none is named
 * near: of the organisations named so far whose names carry no public body's head word (a ministry,
 * a court, a commission), the one named most often, if it is named at least twice and more often
 * than any other. -1 if none. */
static int salient_org(const rctx *c, const int *cnt, const uint32_t *seen)
{
    static const char *const public_heads[] = {"Ministry", "Department", "Court", "Commission", "Agency", "Police",
                                               "Authority", "Office", "Council", "Parliament", "Committee",
                                               "Government", "Bureau", "Service", "Tribunal", "Board", "Party",
                                               "Union", "Association", "Federation", "University", NULL};
    int best = -1, top = 0, second = 0;
    for (size_t e = 0; e < c->r->nent; e++) {
        const eg_dentity *d = &c->r->ent[e];
        if (d->type != EG_ORG || !seen[e] || cnt[e] < 2) continue;
        int pub = 0;
        for (const char *const *h = public_heads; *h && !pub; h++) pub = label_has_word(d->label, *h, strlen(*h));
        if (pub) continue;
        if (cnt[e] > top) { second = top; top = cnt[e]; best = (int)e; }
        else if (cnt[e] > second) second = cnt[e];
    }
    return top > second ? best : -1;
}

/* Is there a reporting verb in tokens [a, b) ("Acme Bank said the bank's chairman": Acme's own)? */
static int reported_since(const rctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t g = a; g < b; g++)
        if (is_word(c, g, "said") || is_word(c, g, "says") || is_word(c, g, "told") || is_word(c, g, "added") ||
            is_word(c, g, "announced") || is_word(c, g, "confirmed"))
            return 1;
    return 0;
}

/* "the bank" when the text has named several banks: the one it names most so far, the first named
 * on a tie ("the collapsed Godavari Urban Co-operative Bank" in the lede, then the "Reserve Bank of
 * India" that cancelled "the bank's licence"); one named in this sentence before k gives way to the
 * others ("RBI cancelled the bank's licence" is another bank's). Candidates: the organisations of
 * kind bit `kind` (if >= 0) or with the word [w, w+n) in their names. -1 if none. */
static int topic_of_kind(const rctx *c, const uint64_t *kinds, int kind, const char *w, size_t n, const uint32_t *seen,
                         const uint32_t *fseen, const uint32_t *fsent, const int *cnt, uint32_t k)
{
    int best = -1, tie = 0;
    for (int pass = 0; pass < 2 && best < 0; pass++)
        for (size_t e = 0; e < c->r->nent; e++) {
            const eg_dentity *d = &c->r->ent[e];
            if (!seen[e] || d->type != EG_ORG) continue;
            if (kind >= 0 ? !(kinds[e] & (1ull << kind)) : (!strchr(d->label, ' ') || !label_has_kind(d->label, w, n)))
                continue;
            int here = 0;
            for (size_t p = 0; p < c->nit && !here; p++) here = c->it[p].ent == (int)e && !reported_since(c, c->it[p].b, k);
            if (here && !pass) continue;
            if (best < 0 || cnt[e] > cnt[best] || (cnt[e] == cnt[best] && fseen[e] < fseen[best])) {
                tie = best >= 0 && cnt[e] == cnt[best] && fsent[e] == fsent[best];
                best = (int)e;
            } else if (cnt[e] == cnt[best] && fsent[e] == fsent[best])
                tie = 1;
        }
    /* ("Tessaly University and Marbeck University signed a pact": named alike, neither) */
    return tie ? -1 : best;
}

/* Do the kind words at tokens x and y name the same kind ("the paper" for "X, a daily")? */
static int same_kind(const rctx *c, uint32_t x, uint32_t y)
{
    static const char *const press[] = {"newspaper", "paper", "daily", "weekly", "tabloid", NULL};
    if (same_words(c, x, y, 1)) return 1;
    return (in(c, x, press) && in(c, y, press));
}

/* The organisation introduced with the kind word at token k ("the club" after "the club X") named
 * last; but one named once in passing before the last sentence gives way to the one the text keeps
 * naming ("owns a stake in the French club FC Lorient" two sentences before "the club's board", in a
 * text about Brackenford Rovers). near: the first token of the sentence before k's. */
static int class_referent(const rctx *c, const oclass *cl, size_t ncl, const uint32_t *seen, const int *cnt,
                          uint32_t near, uint32_t k)
{
    int best = -1, most = -1;
    uint32_t best_at = 0;
    size_t q = ncl, looked = 0;
    while (q > 0 && cl[q - 1].tok >= k) q--;
    for (; q > 0 && looked < 64; q--, looked++) {
        const oclass *o = &cl[q - 1];
        if (o->tok >= k || !same_kind(c, o->tok, k)) continue;
        if (seen[o->ent] > best_at) {
            best = o->ent;
            best_at = seen[o->ent];
        }
        if (most < 0 || cnt[o->ent] > cnt[most]) most = o->ent;
    }
    if (best >= 0 && most != best && cnt[best] == 1 && cnt[most] >= 3 && seen[best] <= near) return most;
    return best;
}

/* Add the description of words [a, a+n) for person ent, or mark one with the same words as shared
 * by two people (ent -1). tm: one past the token of a role's word of time ("former"), else 0. */
static int add_desc(const rctx *c, desc **out, size_t *nout, uint32_t a, uint32_t n, int ent, int type, uint32_t tm)
{
    for (size_t q = 0; q < *nout; q++) {
        desc *d = &(*out)[q];
        if (d->n != n || !same_words(c, d->a, a, n)) continue;
        if (d->ent != ent) d->ent = -1;
        if (tm && d->type == DESC_ROLE) d->sent = tm;
        return 0;
    }
    desc *nd = realloc(*out, (*nout + 1) * sizeof *nd);
    if (!nd) return EG_ENOMEM;
    *out = nd;
    nd[*nout] = (desc){a, n, ent, -1, type, tm};
    (*nout)++;
    return 0;
}

/* "NAME, a|an [Adjective|Demonym]... ROLE" followed by punctuation: two to four words
 * ending in a role. Caller frees *out. */
static int collect_descs(const rctx *c, desc **out, size_t *nout)
{
    const eg_docresult *r = c->r;
    const eg_tokens *tk = &r->tk;
    *out = NULL;
    *nout = 0;
    for (size_t i = 0; i < r->nm; i++) {
        const eg_mention *m = &r->m[i];
        if (m->entity < 0 || r->ent[m->entity].type != EG_PERSON) continue;
        uint32_t b = m->tok_end, send = tk->sent[m->sent].tok_end;
        if (!is_punct(c, b, ',') || !(is_word(c, b + 1, "a") || is_word(c, b + 1, "an"))) continue;
        uint32_t a = b + 2, e = a;
        while (e < send && e < a + 4) {
            const eg_token *t = &tk->tok[e];
            if (t->kind != EG_TK_WORD) break;
            if (!(t->flags & EG_TF_LOWER) && !eg_lex_has(EG_LEX_DEMONYM, c->text + t->start, t->len)) break;
            e++;
        }
        if (e - a < 2 || (e < send && tk->tok[e].kind != EG_TK_PUNCT)) continue;
        if (role_type(c, e - 1, 1) < 0 && role_type(c, e - 2, 2) < 0) continue;
        if (add_desc(c, out, nout, a, e - a, m->entity, 0, 0)) return EG_ENOMEM;
    }
    /* a role given by apposition, which "the ROLE" repeats further on: "Samir Haddad, the
     * vice-chancellor of X," / "The vice-chancellor of X, Samir Haddad," / "X's vice-chancellor,
     * Samir Haddad," ... "accused the vice-chancellor of" */
    for (size_t i = 0; i < r->nm; i++) {
        const eg_mention *m = &r->m[i];
        if (m->entity < 0 || r->ent[m->entity].type != EG_PERSON) continue;
        uint32_t a = 0, e = 0, send = tk->sent[m->sent].tok_end, s0 = tk->sent[m->sent].tok_start, tm = 0;
        if (is_punct(c, m->tok_end, ',') && is_word(c, m->tok_end + 1, "the")) {
            /* after: "NAME, the [deputy] ROLE of|at|for|in|, ..." */
            uint32_t g = m->tok_end + 2;
            if (in(c, g, time_mods)) tm = ++g; /* ("X, the former mayor,": "the former mayor" further on) */
            for (uint32_t j = g; j < g + 3 && j < send && tok_lower(c, j) && !e; j++) {
                uint32_t n;
                int t = role_at(c, j, send, &n);
                if (t < 0 || t == ROLE_NONE || !tok_lower(c, j + n - 1)) continue;
                if (j + n < send && tk->tok[j + n].kind == EG_TK_WORD && !is_word(c, j + n, "of") &&
                    !is_word(c, j + n, "at") && !is_word(c, j + n, "for") && !is_word(c, j + n, "in"))
                    continue;
                a = g;
                e = j + n;
            }
        } else {
            /* before: "The [deputy] ROLE [of|at ORG], [Professor] NAME" or "ORG's ROLE, NAME" */
            uint32_t q = m->tok_start; /* one past the role */
            for (int h = 0; h < 2 && q > s0 && (tk->tok[q - 1].flags & EG_TF_CAP) &&
                            eg_lex_has(EG_LEX_TITLE, c->text + tk->tok[q - 1].start, tk->tok[q - 1].len); h++)
                q--;
            if (q < s0 + 3 || !is_punct(c, q - 1, ',')) continue;
            q--;
            size_t j = i;
            while (j > 0 && r->m[j - 1].tok_end > q) j--;
            if (j > 0 && r->m[j - 1].tok_end == q && r->m[j - 1].tok_start >= s0 + 2) {
                uint32_t ms = r->m[j - 1].tok_start;
                if (is_word(c, ms - 1, "the") && ms >= s0 + 3) ms--;
                if (is_word(c, ms - 1, "of") || is_word(c, ms - 1, "at") || is_word(c, ms - 1, "for")) q = ms - 1;
            }
            for (uint32_t n = 1; n <= 3 && !e && q >= s0 + n; n++) {
                uint32_t n2 = 0;
                int t = role_at(c, q - n, send, &n2);
                if (n2 != n || t < 0 || t == ROLE_NONE || !tok_lower(c, q - n)) continue;
                uint32_t b = q - n;
                while (b > s0 && b + 2 > q - n && tok_lower(c, b - 1) && !in(c, b - 1, dets) && !in(c, b - 1, time_mods))
                    b--;
                uint32_t b0 = b > s0 && in(c, b - 1, time_mods) ? b - 1 : b;
                tm = b0 < b ? b : 0;
                if (b0 > s0 && (is_word(c, b0 - 1, "the") || tk->tok[b0 - 1].kind == EG_TK_POSS)) {
                    a = b;
                    e = q;
                }
            }
        }
        if (!e || e - a > 4) continue;
        /* (with its word of time, which "the ROLE" must repeat: "the former mayor", not "the mayor") */
        if (add_desc(c, out, nout, a, e - a, m->entity, DESC_ROLE, tm)) return EG_ENOMEM;
    }
    /* a lede that names the person one sentence late: "The mayor of Bethlehem resigned Monday ...
     * Theresa Kalinowski, a Democrat, announced her resignation": the person named first in the next
     * sentence, there for the first time, holds the role (and "the mayor" is she further on) */
    size_t mi = 0;
    for (size_t si = 0; si + 1 < tk->nsent; si++) {
        uint32_t k = tk->sent[si].tok_start, send = tk->sent[si].tok_end;
        /* (after a dateline: "BETHLEHEM, Pa. (AP) — The mayor of ...") */
        for (uint32_t d = k + 2; d < send && d < k + 10 && !is_word(c, k, "the"); d++)
            if (is_punct(c, d - 1, ')') && tk->tok[d].kind == EG_TK_PUNCT && is_word(c, d + 1, "the")) k = d + 1;
        if (!is_word(c, k, "the")) continue;
        uint32_t n;
        int t = role_at(c, k + 1, send, &n);
        if (t < 0 || t == ROLE_NONE || t == EG_REL_FAMILY || !tok_lower(c, k + 1)) continue;
        uint32_t g = k + 1 + n;
        if (!is_word(c, g, "of") && !is_word(c, g, "at")) continue;
        g++;
        if (is_word(c, g, "the")) g++;
        while (mi < r->nm && r->m[mi].tok_start < g) mi++;
        if (mi >= r->nm || r->m[mi].tok_start != g || r->m[mi].entity < 0 || r->ent[r->m[mi].entity].type == EG_PERSON)
            continue;
        int of = r->m[mi].entity;
        /* the next sentence opens with a person named there first */
        uint32_t k2 = tk->sent[si + 1].tok_start;
        size_t pj = mi;
        while (pj < r->nm && r->m[pj].tok_start < k2) pj++;
        if (pj >= r->nm || r->m[pj].tok_start != k2 || r->m[pj].entity < 0 || r->ent[r->m[pj].entity].type != EG_PERSON)
            continue;
        int person = r->m[pj].entity, earlier = 0;
        for (size_t q = 0; q < pj && !earlier; q++) earlier = r->m[q].entity == person;
        if (earlier) continue;
        /* (not "John Doe, a resident, said": a person the next sentence describes by another role) */
        uint32_t pe = r->m[pj].tok_end, send2 = tk->sent[si + 1].tok_end, other = 0;
        if (is_punct(c, pe, ',') && in(c, pe + 1, dets))
            for (uint32_t h = pe + 2; h < send2 && h < pe + 6 && tok_lower(c, h) && !other; h++) {
                uint32_t n2;
                if (role_at(c, h, send2, &n2) >= 0) other = !(n2 == n && same_words(c, h, k + 1, n));
            }
        if (other) continue;
        desc *nd = realloc(*out, (*nout + 1) * sizeof *nd);
        if (!nd) return EG_ENOMEM;
        *out = nd;
        nd[*nout] = (desc){k + 1, n, person, of, t, (uint32_t)si};
        (*nout)++;
    }
    return 0;
}

/* The description starting after the article at token k, or NULL. */
static const desc *desc_at(const rctx *c, const desc *ds, size_t nds, uint32_t k, uint32_t send, uint32_t *skip)
{
    if (!(is_word(c, k, "a") || is_word(c, k, "an") || is_word(c, k, "the"))) return NULL;
    for (size_t q = 0; q < nds; q++) {
        const desc *d = &ds[q];
        if (d->ent < 0 || d->a == k + 1 || k + 1 + d->n > send) continue;
        /* ("the former mayor" for "X, the former mayor of Y": the same word of time, or none on both) */
        uint32_t sk = d->type == DESC_ROLE && in(c, k + 1, time_mods) && d->a != k + 2 ? 1 : 0;
        if (d->type == DESC_ROLE && d->of < 0 && (sk ? !d->sent || !same_words(c, d->sent - 1, k + 1, 1) : d->sent != 0))
            continue;
        if (!same_words(c, d->a, k + 1 + sk, d->n)) continue;
        if (d->of < 0 && d->type == DESC_ROLE) {
            /* a role apposition's "the ROLE": only "the", and not another apposition ("X, the
             * chairman," or "the chairman of Y, X,") */
            uint32_t g = k + 1 + sk + d->n;
            if (!is_word(c, k, "the") || k < d->a || (k > 0 && is_punct(c, k - 1, ','))) continue;
            /* ("The chairman of Beta Corp" is no chairman of Acme's; "accused the chairman of lying" is) */
            if ((is_word(c, g, "of") || is_word(c, g, "at") || is_word(c, g, "for")) && g + 1 < send &&
                (c->r->tk.tok[g + 1].flags & (EG_TF_CAP | EG_TF_ALLCAPS)))
                continue;
            if (g + 1 < send && is_punct(c, g, ',') && (c->r->tk.tok[g + 1].flags & EG_TF_CAP)) continue;
        }
        if (k + 1 + sk + d->n < send && tok_lower(c, k + 1 + sk + d->n) && !is_word(c, k + 1 + sk + d->n, "who")) {
            /* "a Danish banker friend": a longer noun phrase, unless a verb or preposition follows */
            const eg_token *t = &c->r->tk.tok[k + 1 + sk + d->n];
            if (eg_lex_has(EG_LEX_ROLE, c->text + t->start, t->len)) continue;
        }
        if (skip) *skip = sk;
        return d;
    }
    return NULL;
}

/* "these three researchers", "the two men", "both women": the people of the last list of
 * exactly that many (this sentence so far, else up to three sentences back). Fills who[]
 * and returns how many, with *len the phrase's token count; 0 if none. */
static size_t group_referents(const rctx *c, int *const *sents, const size_t *nsents, size_t si, uint32_t k,
                              uint32_t send, int *who, uint32_t *len)
{
    static const char *const numbers[] = {"two", "three", "four", "five", NULL};
    static const char *const people[] = {
        "men", "women", "people", "researchers", "scientists", "scholars", "officials", "leaders", "executives",
        "players", "laureates", "winners", "brothers", "sisters", "siblings", "suspects", "candidates", "lawmakers",
        "senators", "ministers", "judges", "lawyers", "doctors", "athletes", "politicians", "authors", "founders",
        "defendants", "engineers", "economists", "journalists", "reporters", "artists", "musicians", "activists",
        "professors", "academics", "experts", "diplomats", "rivals", "friends", "partners", "colleagues", NULL};
    size_t n = 0;
    if ((is_word(c, k, "these") || is_word(c, k, "those") || is_word(c, k, "the") || is_word(c, k, "all")) &&
        k + 2 < send && in(c, k + 2, people)) {
        for (size_t q = 0; numbers[q] && !n; q++)
            if (is_word(c, k + 1, numbers[q])) n = q + 2;
        *len = 3;
    } else if (is_word(c, k, "both") && k + 1 < send && in(c, k + 1, people)) {
        n = 2;
        *len = 2;
    } else if ((is_word(c, k, "the") || is_word(c, k, "both")) && k + 1 < send &&
               (is_word(c, k + 1, "couple") || is_word(c, k + 1, "pair") || is_word(c, k + 1, "duo")) &&
               !is_word(c, k + 2, "of")) {
        n = 2; /* "The couple's lawyer", not "a couple of weeks" */
        *len = 2;
    }
    if (!n) return 0;
    /* this sentence so far */
    size_t got = 0;
    for (size_t p = 0; p < c->nit; p++) {
        int e = c->it[p].ent, dup = 0;
        if (etype(c, e) != EG_PERSON) continue;
        for (size_t q = 0; q < got; q++) dup |= who[q] == e;
        if (dup) continue;
        if (got == n) return 0; /* more people than the phrase counts */
        who[got++] = e;
    }
    if (got == n) return n;
    if (got) return 0;
    for (size_t x = si; x > 0 && x + 3 > si; x--) {
        got = 0;
        for (size_t p = 0; p < nsents[x - 1]; p++) {
            int e = sents[x - 1][p];
            if (etype(c, e) != EG_PERSON) continue;
            if (got == n) return 0;
            who[got++] = e;
        }
        if (got) return got == n ? n : 0;
    }
    return 0;
}

/* "Independent Communications Authority of South Africa", "University of Toronto": the place an
 * organisation is named after, when the text also names it; -1 if none. */
/* Is entity e named as a public or member institution ("... Association", "Ministry of ...") rather
 * than a company? */
static int institution(const eg_docresult *r, int e)
{
    static const char *const heads[] = {"Association", "Union", "Ministry", "Department", "Commission", "Council",
                                        "Committee", "Agency", "Authority", "Court", "Tribunal", "Party", "Police",
                                        "University", "Federation", "League", "Office", "Bureau", "Parliament",
                                        "Assembly", "Senate", "Congress", "Government", "Confederation", "Guild",
                                        "Directorate", "Inspectorate", "Regulator", "Superintendency", "Secretariat",
                                        "Ombudsman", "Prosecution", "Command", "Carabinieri", "Gendarmerie", "Guard",
                                        "Army", "Navy", "Force", "Branch", NULL};
    return label_has_any(r->ent[e].label, heads);
}

static int named_place(const eg_docresult *r, int e)
{
    const char *lab = r->ent[e].label, *of = NULL;
    for (const char *p = strstr(lab, " of "); p; p = strstr(p + 1, " of ")) of = p;
    if (!of) return -1;
    const char *pl = of + 4;
    if (!strncmp(pl, "the ", 4)) pl += 4;
    size_t n = strlen(pl);
    if (!eg_lex_has(EG_LEX_PLACE, pl, n) && !eg_lex_has(EG_LEX_CITY, pl, n)) return -1;
    const char *v = eg_lex_value(EG_LEX_PLACE, pl, n);
    const char *canon = v && *v ? v : pl;
    for (size_t l = 0; l < r->nent; l++) {
        if (r->ent[l].type != EG_LOC || (int)l == e) continue;
        const char *ll = r->ent[l].label;
        if (strlen(ll) == strlen(canon) && !eg_ncasecmp(ll, canon, strlen(canon))) return (int)l;
    }
    return -1;
}

/* Do two words name the same field of government, up to case and a plural or adjectival ending
 * ("Sports" and "Sport", "fisheries" and "Fisheries", "foreign" and "Foreign")? */
static int same_field(const char *a, size_t an, const char *b, size_t bn)
{
    while (an > 3 && (a[an - 1] == 's' || a[an - 1] == 'S')) an--;
    while (bn > 3 && (b[bn - 1] == 's' || b[bn - 1] == 'S')) bn--;
    return an >= 3 && an == bn && !eg_ncasecmp(a, b, an);
}

/* "Sports Minister Marek Dudziak", "the culture minister, Dace Liepa", "the Minister for Railways, Ehsan
 * Khosa", "Davor Radić, the minister of science and education", "Agriculture Cabinet Secretary Peter
 * Langat": the minister leads the ministry of that field the text names ("the Ministry of Sport and
 * Tourism", "the Health Ministry"). Deputies, juniors and former holders are left out, and so is a
 * field that more than one named ministry shares. */
static int minister_ministries(rctx *c)
{
    const eg_docresult *r = c->r;
    const eg_tokens *tk = &r->tk;
    static const char *const not_field[] = {"the", "a", "an", "prime", "chief", "first", "deputy", "vice", "junior",
                                            "former", "then", "state", "his", "her", "its", "their", "country's",
                                            "cabinet", "senior", "acting", "interim", "new", "outgoing", NULL};
    static const char *const not_heads[] = {"deputy", "vice", "junior", "former", "assistant", "shadow", "acting",
                                            "then", "late", "permanent", "principal", NULL};
    static const char *const joins[] = {"and", "of", "for", "&", NULL};
    /* words many ministries' names share, which name no field: "the Ministry of Public Health" is not the
     * ministry of "public works" */
    static const char *const generic_fields[] = {"the", "a", "an", "public", "national", "affairs", "state", "general",
                                                 "federal", "social", "services", "development", "resources",
                                                 "internal", "regional", "local", "government", "policy", NULL};
    for (uint32_t k = 0; k < tk->ntok; k++) {
        if (!is_word(c, k, "minister") && !is_word(c, k, "secretary")) continue;
        int secretary = is_word(c, k, "secretary");
        uint32_t f0 = k, f1 = k; /* the field's words [f0, f1) */
        uint32_t name_from = k + 1, cab = k;
        if (secretary) {
            if (k == 0 || !is_word(c, k - 1, "cabinet")) continue; /* "Cabinet Secretary": Kenya's ministers */
            cab = k - 1;
        }
        /* the field before: one or two words ("Sports Minister", "the foreign minister") */
        uint32_t g = cab;
        while (g > 0 && g + 2 > cab && tk->tok[g - 1].sent == tk->tok[k].sent && tk->tok[g - 1].kind == EG_TK_WORD &&
               !in(c, g - 1, not_field) && !(tk->tok[g - 1].flags & EG_TF_SSTART && !(tk->tok[g - 1].flags & EG_TF_CAP)))
            g--;
        /* (not a name's word: "Minister Pham Quoc Dung" has no field before) */
        for (size_t mi = 0; g < cab && mi < r->nm; mi++)
            if (r->m[mi].tok_start <= g && r->m[mi].tok_end > g) g = cab;
        if (g > 0 && in(c, g - 1, not_heads)) continue;
        if (g < cab) { f0 = g; f1 = cab; }
        else if (!secretary && (is_word(c, k + 1, "of") || is_word(c, k + 1, "for"))) {
            /* ... or after: "Minister for Railways", "the minister of science and education" */
            uint32_t h = k + 2;
            while (h < tk->ntok && h < k + 7 && tk->tok[h].sent == tk->tok[k].sent && tk->tok[h].kind == EG_TK_WORD &&
                   (!(tk->tok[h].flags & EG_TF_CAP) || h == k + 2 || in(c, h - 1, joins) || (tk->tok[h - 1].flags & EG_TF_CAP)) &&
                   !is_word(c, h, "said") && !is_word(c, h, "who"))
                h++;
            f0 = k + 2;
            f1 = h;
            name_from = h;
        }
        if (f1 <= f0) continue;
        /* the holder: the name right after (past a comma), or before ", the minister" */
        int who = -1;
        uint32_t at = name_from + (name_from < tk->ntok && is_punct(c, name_from, ','));
        for (size_t mi = 0; mi < r->nm && who < 0; mi++) {
            const eg_mention *m = &r->m[mi];
            if (m->entity < 0 || r->ent[m->entity].type != EG_PERSON) continue;
            if (m->tok_start == at || m->tok_start == name_from) who = m->entity;
            else if (m->tok_end + 2 == (g < cab ? g : k) && is_punct(c, m->tok_end, ',') && is_word(c, m->tok_end + 1, "the"))
                who = m->entity;
        }
        if (who < 0) continue;
        /* the ministry: an organisation named "Ministry|Department of ..." or "... Ministry" with a field word */
        int best = -1, nbest = 0;
        for (size_t e = 0; e < r->nent; e++) {
            const eg_dentity *d = &r->ent[e];
            if (d->type != EG_ORG) continue;
            const char *lab = d->label;
            if (!strstr(lab, "Ministry") && !(secretary && strstr(lab, "Department")) && !strstr(lab, "Ministerio")) continue;
            /* ("Belarusian Foreign Ministry" is not Norway's foreign minister's: a ministry named with its
             * country is that country's minister's, named so before the title) */
            const char *sp = strchr(lab, ' ');
            size_t l0 = sp ? (size_t)(sp - lab) : strlen(lab);
            if (eg_lex_has(EG_LEX_DEMONYM, lab, l0) || eg_lex_has(EG_LEX_COUNTRY, lab, l0)) {
                int named = 0;
                for (uint32_t q = f0 >= 3 ? f0 - 3 : 0; q < k && !named; q++)
                    named = tk->tok[q].len == l0 && !eg_ncasecmp(c->text + tk->tok[q].start, lab, l0);
                if (!named) continue;
            }
            /* ("Danish Foreign Minister Lise Vang" is no minister of the "Ardovian Foreign Ministry": a
             * country the title names is in the ministry's name) */
            int other = 0;
            for (uint32_t q = f0 >= 2 ? f0 - 2 : 0; q < k && !other; q++) {
                const eg_token *t = &tk->tok[q];
                if (!(t->flags & EG_TF_CAP) || !(eg_lex_has(EG_LEX_DEMONYM, c->text + t->start, t->len) ||
                                                 eg_lex_has(EG_LEX_COUNTRY, c->text + t->start, t->len)))
                    continue;
                other = !label_has_word(lab, c->text + t->start, t->len);
            }
            if (other) continue;
            int hit = 0;
            for (const char *w = lab; *w && !hit;) {
                while (*w == ' ' || *w == ',') w++;
                const char *we = w;
                while (*we && *we != ' ' && *we != ',') we++;
                for (uint32_t q = f0; q < f1 && !hit; q++) {
                    const eg_token *t = &tk->tok[q];
                    if (!in(c, q, joins) && !in(c, q, generic_fields) && same_field(c->text + t->start, t->len, w, (size_t)(we - w)))
                        hit = 1;
                }
                w = we;
            }
            if (hit) best = (int)e, nbest++;
        }
        if (nbest != 1) continue;
        int S = (int)tk->tok[k].sent, rc;
        if ((rc = add_rel(c->r, who, best, EG_REL_LEADS, S, S, 0, 0))) return rc;
    }
    return 0;
}

/* Is entity e an investigating body: named so ("Serious Fraud Office", "Federal Police", "National
 * Prosecutor's Office", "Department of Justice"), or the source of an investigates relation so far? */
static int probing_body(const rctx *c, int e)
{
    /* words that name an investigator, and field words that do only beside a body's word: "Law and
     * Justice" is a party; "Department of Justice", "National Crime Agency" are bodies */
    static const char *const heads[] = {"Police", "Prosecutor", "Prosecutor's", "Prosecutors", "Prosecutors'",
                                        "Prosecution", "Anti-Corruption", "Anticorruption", "Fraud", "Enforcement",
                                        "Procuratorate", "Ombudsman", "Gendarmerie", "Carabinieri", "Attorney",
                                        "Attorney's", "Attorneys", NULL};
    static const char *const field_heads[] = {"Justice", "Investigation", "Investigations", "Investigative",
                                              "Corruption", "Crime", "Crimes", NULL};
    static const char *const bodies[] = {"Department", "Ministry", "Office", "Bureau", "Commission", "Agency",
                                         "Service", "Directorate", "Division", "Section", "Unit", "Authority",
                                         "Police", "Prosecution", "Prosecutor", "Prosecutor's", "Attorney",
                                         "Federal", "Administration", "Board", "Squad", NULL};
    /* (a place named after them: "Harare Central Police Station"; a party, a court or journalists named
     * after justice or investigation: "European Court of Justice") */
    static const char *const not_bodies[] = {"Station", "Academy", "College", "Party", "Court", "Tribunal",
                                             "Journalists", "Journalism", "Consortium", "Centre", "Center",
                                             "Network", "Movement", "Union", NULL};
    if (etype(c, e) != EG_ORG) return 0;
    if (!c->probing[e]) {
        const char *lab = c->r->ent[e].label;
        int named = label_has_any(lab, heads) || (label_has_any(lab, field_heads) && label_has_any(lab, bodies));
        c->probing[e] = named && !label_has_any(lab, not_bodies) ? 1 : -1;
    }
    return c->probing[e] > 0;
}

/* The one investigating body of sentences si-2 .. si, else the one of the text so far; its last sentence
 * in *at. -1 if none or several. */
static int case_investigator(const rctx *c, size_t si, int *at)
{
    const eg_docresult *r = c->r;
    uint32_t from = r->tk.sent[si >= 2 ? si - 2 : 0].tok_start, to = r->tk.sent[si].tok_end;
    int got = -1;
    for (size_t mi = mention_from(r, from); mi < r->nm && r->m[mi].tok_start < to; mi++) {
        int e = r->m[mi].entity;
        if (e < 0 || !probing_body(c, e)) continue;
        if (got >= 0 && e != got) return -1;
        got = e;
        *at = (int)r->tk.tok[r->m[mi].tok_start].sent;
    }
    if (got < 0 && c->probe_ent >= 0 && !c->probe_many) {
        got = c->probe_ent;
        *at = (int)si; /* (the evidence is the arrest's sentence: the body's may be far back) */
    }
    return got;
}

/* Has entity e an investigates relation from anyone, in sentences si-2 .. si? */
static int investigated(const rctx *c, size_t si, int e)
{
    for (size_t i = c->r->nrel; i > 0 && c->r->rel[i - 1].sent + 2 >= (int)si; i--)
        if (c->r->rel[i - 1].type == EG_REL_INVESTIGATES && c->r->rel[i - 1].b == e) return 1;
    return 0;
}

/* "Its chairman, Adam Pryce, was arrested on Tuesday", "Officers also arrested Tom Baxter", "Two other
 * men were placed under investigation: X and Y": an arrest or charge that names no one who made it, in a
 * text whose sentence or two before name one investigating body, is that body's. */
static int case_relations(rctx *c, size_t si, int hedge)
{
    static const char *const probed[] = {"arrested", "charged", "indicted", "detained", "questioned", "interrogated",
                                         "prosecuted", "investigating", "probing", NULL};
    static const char *const agents[] = {"police", "prosecutors", "officers", "investigators", "detectives", "agents",
                                         "authorities", NULL};
    static const char *const advs[] = {"also", "later", "formally", "subsequently", "then", "first", "previously",
                                       "already", "since", "recently", "briefly", "each", "both", "all", NULL};
    const eg_sentence *s = &c->r->tk.sent[si];
    eg_docresult *r = c->r;
    int inv = -2, inv_at = (int)si, doubt = 0;
    uint32_t dscan = s->tok_start;
    /* (the sentence's investigating bodies, by name or by the relations the shapes found, count from here on) */
    for (size_t i = r->nrel; i > 0 && r->rel[i - 1].sent == (int)si; i--)
        if (r->rel[i - 1].type == EG_REL_INVESTIGATES && !r->rel[i - 1].negated && etype(c, r->rel[i - 1].a) == EG_ORG)
            c->probing[r->rel[i - 1].a] = 1;
    for (size_t p = 0; p < c->nit; p++) {
        int e = c->it[p].ent;
        if (c->it[p].mention < 0 || !probing_body(c, e)) continue;
        if (c->probe_ent >= 0 && c->probe_ent != e) c->probe_many = 1;
        c->probe_ent = e;
        c->probe_sent = (int)si;
    }
    for (uint32_t k = s->tok_start + 1; k < s->tok_end; k++) {
        if (r->tk.tok[k].len < 3 || !tok_lower(c, k)) continue;
        int under = (is_word(c, k, "placed") || is_word(c, k, "put")) && is_word(c, k + 1, "under") &&
                    (is_word(c, k + 2, "investigation") || is_word(c, k + 3, "investigation"));
        if (!under && !in(c, k, probed)) continue;
        /* the subject of a passive: be, after "has" or "had", and adverbs */
        uint32_t g = k;
        while (g > s->tok_start && in(c, g - 1, advs)) g--;
        /* ("Prosecutors are also investigating X": the progressive is active) */
        int progressive = ing_word(c, k);
        int passive = !progressive && g > s->tok_start && in(c, g - 1, be_forms);
        if (passive) {
            g--;
            while (g > s->tok_start && in(c, g - 1, advs)) g--; /* ("has also been charged") */
            if (g > s->tok_start && (is_word(c, g - 1, "has") || is_word(c, g - 1, "have") || is_word(c, g - 1, "had"))) g--;
        }
        /* (not "has not been charged", "declined to say whether any official had been questioned": read
         * once along the sentence) */
        for (; dscan < k && !doubt; dscan++)
            doubt = is_word(c, dscan, "whether") || is_word(c, dscan, "declined") || is_word(c, dscan, "denied") ||
                    is_word(c, dscan, "refused") || is_word(c, dscan, "if");
        if (doubt || negated_before(c, k, s->tok_start)) continue;
        /* ("charged with overseeing the reform": a duty, not a charge) */
        if (is_word(c, k, "charged") && is_word(c, k + 1, "with") && ing_word(c, k + 2)) continue;
        /* (an agent named after it, "arrested at his home by the EOW", is the passive shape's) */
        uint32_t after = k + 1 + (under ? 2 + !is_word(c, k + 2, "investigation") : 0), by = after;
        while (by < s->tok_end && by < after + 8 && !is_word(c, by, "by") && !is_punct(c, by, ',') && !clause_break(c, by)) by++;
        if (is_word(c, by, "by")) {
            /* (not "charged with fraud by false representation") */
            size_t p = item_from(c, by + 1);
            uint32_t h = by + 1 + in(c, by + 1, dets);
            const eg_token *th = &r->tk.tok[h < s->tok_end ? h : by];
            int plural = h < s->tok_end && tok_lower(c, h) && th->len > 3 && c->text[th->start + th->len - 1] == 's';
            if ((p < c->nit && c->it[p].a <= by + 2) || in(c, by + 1, agents) || in(c, by + 2, agents) || plural) continue;
        }
        size_t first = c->nit, last = c->nit; /* the patients: items [first, last] */
        int colon = under && is_punct(c, after, ':');
        if (passive && !colon) {
            /* the subject right before, or a relative's ("Webb, who was arrested"), or past an apposition the
             * opening name's ("Kowalczyk, 51, deputy commander of the post at Terespol, was detained") */
            uint32_t h = g;
            if (h > s->tok_start && (is_word(c, h - 1, "who") || is_word(c, h - 1, "which"))) h--;
            if (h > s->tok_start && is_punct(c, h - 1, ',')) h--;
            if (h < g && c->nit && c->it[0].mention >= 0 && !c->it[0].poss && c->it[0].a <= c->opening + 1 &&
                is_punct(c, c->it[0].b, ',') && c->it[0].b < h) {
                int ok = etype(c, c->it[0].ent) == EG_PERSON;
                for (uint32_t z = c->it[0].b + 1; z < h && ok; z++)
                    ok = !(clause_break(c, z) && !is_punct(c, z, '(') && !is_punct(c, z, ')')) && !in(c, z, be_forms) &&
                         !in(c, z, reporting_words) && !is_word(c, z, "and");
                if (ok) first = last = 0;
            }
            size_t p = item_from(c, h);
            if (first < c->nit || p == 0) {
            } else if (c->it[p - 1].b == h || (c->it[p - 1].b == h - 1 && is_punct(c, h - 1, ')'))) {
                /* (not a name inside a description: "a broker at Jubilant Marine Brokers, had been charged",
                 * "any official of the regulator had been") */
                uint32_t z = c->it[p - 1].a;
                if (z > s->tok_start && is_word(c, z - 1, "the")) z--;
                static const char *const preps[] = {"at", "of", "for", "in", "from", "with", "by", "to", "on", NULL};
                if (!(z > s->tok_start && in(c, z - 1, preps))) last = first = p - 1;
            }
            /* (a subordinate clause: "when he was first questioned") */
            if (first < c->nit) {
                uint32_t z = c->it[first].a;
                if (z > s->tok_start && (is_word(c, z - 1, "when") || is_word(c, z - 1, "after") || is_word(c, z - 1, "before") ||
                                         is_word(c, z - 1, "until") || is_word(c, z - 1, "unless") || is_word(c, z - 1, "once")))
                    continue;
            }
            /* a list before: "X, Y and Z were charged" */
            while (first < c->nit && first > 0) {
                const item *w = &c->it[first - 1];
                uint32_t q = w->b;
                if (w->poss || q >= c->it[first].a) break;
                int sep = 0;
                for (; q < c->it[first].a && (is_punct(c, q, ',') || is_word(c, q, "and")); q++) sep = 1;
                if (!sep || q != c->it[first].a) break;
                first--;
            }
        } else {
            /* "Officers (also) arrested X", "Police on Tuesday detained X and Y", and a list after a colon:
             * "were placed under investigation: X and Y" */
            uint32_t a = k;
            for (int moved = 1; moved && a > s->tok_start;) {
                moved = 0;
                if (in(c, a - 1, advs)) a--, moved = 1;
                else if (progressive && (in(c, a - 1, be_forms) || is_word(c, a - 1, "have") || is_word(c, a - 1, "had")))
                    a--, moved = 1;
                else if (a >= s->tok_start + 2 && time_phrase(c, a - 2) == 2) a -= 2, moved = 1;
                else if (time_phrase(c, a - 1) == 1) a--, moved = 1;
            }
            int unnamed = colon;
            if (!colon && a > s->tok_start && in(c, a - 1, agents)) {
                /* (past "the", a demonym or an adjective: "Kenyan detectives", "federal prosecutors") */
                uint32_t b0 = a - 1;
                /* (not a people's adjective: "Russian police detained X" names another country's police) */
                for (int n = 0; n < 3 && b0 > s->tok_start && item_from(c, b0 - 1) == item_from(c, b0) &&
                                tok_lower(c, b0 - 1) && !in(c, b0 - 1, be_forms) &&
                                r->tk.tok[b0 - 1].kind == EG_TK_WORD;
                     n++)
                    b0--;
                unnamed = b0 == s->tok_start || b0 == c->opening || is_punct(c, b0 - 1, ',');
            }
            /* "Among those charged and detained in Zurich was Jeffrey Webb" */
            uint32_t among = 0;
            if (!unnamed && k >= s->tok_start + 2 && is_word(c, k - 1, "those") && is_word(c, k - 2, "among") &&
                k - 2 <= c->opening) {
                for (uint32_t z = k + 1; z < s->tok_end && z < k + 12 && !among && !clause_break(c, z); z++)
                    if (is_word(c, z, "was") || is_word(c, z, "were") || is_word(c, z, "is") || is_word(c, z, "are"))
                        among = z + 1;
                unnamed = among > 0;
            }
            if (!unnamed) continue;
            uint32_t o = colon ? after + 1 : among ? among : k + 1;
            size_t p = item_from(c, o);
            if (p >= c->nit) continue;
            const item *y = &c->it[p];
            int ok = y->a == o || (y->a == o + 1 && is_word(c, o, "the"));
            /* "arrested the company's finance director, Tom Baxter": a description, then the name */
            if (!ok && y->a <= o + 8 && is_punct(c, y->a - 1, ',')) {
                ok = 1;
                for (uint32_t q = o; q + 1 < y->a && ok; q++)
                    ok = !clause_break(c, q) && !is_punct(c, q, ',') && (tok_lower(c, q) || r->tk.tok[q].kind == EG_TK_POSS ||
                                                                        item_from(c, q) < c->nit);
                /* (a description's owner: "the company's" is its own item) */
                if (ok && p > 0) {
                    size_t z = item_from(c, o);
                    while (z < p && c->it[z].poss) z++;
                    ok = z == p;
                }
            }
            if (!ok || y->poss) continue;
            first = last = p;
            /* ", and Y", "and Y" */
            while (last + 1 < c->nit) {
                const item *w = &c->it[last], *v = &c->it[last + 1];
                uint32_t q = w->b;
                if (q < w->b) break;
                int sep = 0;
                for (; q < v->a && (is_punct(c, q, ',') || is_word(c, q, "and")); q++) sep = 1;
                if (!sep || q != v->a || v->poss) break;
                last++;
            }
        }
        if (first >= c->nit) continue;
        if (inv == -2) inv = case_investigator(c, si, &inv_at);
        if (inv < 0) return 0;
        for (size_t p = first; p <= last; p++) {
            int e = c->it[p].ent, rc;
            if (e == inv || c->it[p].poss || (etype(c, e) != EG_PERSON && etype(c, e) != EG_ORG) || investigated(c, si, e)) continue;
            if ((rc = add_rel(r, inv, e, EG_REL_INVESTIGATES, inv_at, (int)si, 0, hedge))) return rc;
        }
    }
    return 0;
}

int eg_relate(eg_docresult *r, const char *text, const eg_options *o)
{
    pthread_once(&cues_once, load_cues);
    rctx c = {r, text, o, NULL, 0, 0, 0, 0, -1, 0, 0, NULL, -1, 0, 0, -2, -2, {-2, -2}, {-2, -2, -2, -2, -2}};
    int rc = 0;
    int last_person = -1, last_subject = -1; /* for pronouns */
    int last_subject_sent = -1000;
    int last_org = -1, last_org_sent = -1000; /* for "its" */
    int last_org_poss = 0, plain_org = -1, plain_org_sent = -1000; /* ... and the last one not a possessive's */
    int subj_org = -1, subj_org_sent = -1000; /* the organisation a sentence starts with */
    /* per-sentence entity lists for the windows */
    int *wseen = NULL, *pmark = NULL, *pdone = NULL, *win = NULL; /* per-entity scratch for the windows */
    int **sents = calloc(r->tk.nsent ? r->tk.nsent : 1, sizeof *sents);
    size_t *nsents = calloc(r->tk.nsent ? r->tk.nsent : 1, sizeof *nsents);
    r->ent_windows = calloc(r->nent ? r->nent : 1, sizeof *r->ent_windows);
    /* one-word organisations ("Parliament"), named again in lower case further on */
    int *inst = malloc((r->nent ? r->nent : 1) * sizeof *inst);
    size_t ninst = 0;
    desc *descs = NULL; /* people introduced by a description first */
    size_t ndescs = 0;
    oclass *classes = NULL; /* organisations introduced with their kind */
    size_t nclasses = 0;
    uint32_t *seen = calloc(r->nent ? r->nent : 1, sizeof *seen); /* one past an entity's last mention */
    uint32_t *fseen = calloc(r->nent ? r->nent : 1, sizeof *fseen); /* ... and its first */
    uint32_t *fsent = calloc(r->nent ? r->nent : 1, sizeof *fsent); /* ... and that one's sentence */
    uint64_t *kinds = calloc(r->nent ? r->nent : 1, sizeof *kinds); /* kinds_of each entity */
    c.probing = calloc(r->nent ? r->nent : 1, sizeof *c.probing);
    int *nment = calloc(r->nent ? r->nent : 1, sizeof *nment); /* mentions of each entity so far */
    int kind_ent[NKINDS], kind_many[NKINDS]; /* the one organisation of each kind named so far */
    int kind_last[NKINDS]; /* the organisation "the KIND" stood for last */
    for (size_t q = 0; q < NKINDS; q++) { kind_ent[q] = -1; kind_many[q] = 0; kind_last[q] = -1; }
    if (!sents || !nsents || !r->ent_windows || !inst || !seen || !fseen || !fsent || !kinds || !nment || !c.probing) { rc = EG_ENOMEM; goto done; }
    for (size_t e = 0; e < r->nent; e++) kinds[e] = kinds_of(&r->ent[e]);
    for (size_t e = 0; e < r->nent; e++)
        if (r->ent[e].type == EG_ORG && r->ent[e].ntoks == 1) inst[ninst++] = (int)e;
    if ((rc = collect_descs(&c, &descs, &ndescs))) goto done;
    for (size_t q = 0; q < ndescs; q++)
        if (descs[q].of >= 0 &&
            (rc = add_rel(r, descs[q].ent, descs[q].of, adapt(&c, descs[q].type, descs[q].of), (int)descs[q].sent,
                          (int)descs[q].sent + 1, 0, 0)))
            goto done;
    if ((rc = collect_classes(&c, &classes, &nclasses))) goto done;
    if ((rc = minister_ministries(&c))) goto done;
    size_t mi = 0;
    for (size_t si = 0; si < r->tk.nsent; si++) {
        const eg_sentence *s = &r->tk.sent[si];
        c.nit = 0;
        c.unsorted = 0;
        c.prev_subj_org = subj_org_sent == (int)si - 1 ? subj_org : -1;
        int first_person = -1;
        /* a dateline, "LONDON (Reuters) — ...": its place and agency co-occur with the sentence
         * but are no party to what it states */
        uint32_t dl_end = s->tok_start;
        int dl[4];
        size_t ndl = 0;
        for (uint32_t k = s->tok_start + 2; k < s->tok_end && k < s->tok_start + 10; k++)
            if (is_punct(&c, k - 1, ')') && r->tk.tok[k].kind == EG_TK_PUNCT &&
                (is_punct(&c, k, '-') || !strncmp(text + r->tk.tok[k].start, "\xe2\x80\x94", 3) ||
                 !strncmp(text + r->tk.tok[k].start, "\xe2\x80\x93", 3))) {
                dl_end = k;
                break;
            }
        c.opening = dl_end > s->tok_start ? dl_end + 1 : s->tok_start;
        for (uint32_t k = s->tok_start; k < s->tok_end; k++) {
            while (mi < r->nm && r->m[mi].tok_start < k) mi++;
            if (mi < r->nm && r->m[mi].tok_start == k && k < dl_end) {
                int e = r->m[mi].entity;
                /* "BETHLEHEM, Pa. (AP)": the dateline's city is in the state or country after it */
                if (e >= 0 && mi > 0 && r->m[mi - 1].entity >= 0 && r->m[mi - 1].tok_end + 1 == k &&
                    r->m[mi - 1].tok_start >= s->tok_start && is_punct(&c, k - 1, ',') &&
                    etype(&c, e) == EG_LOC && etype(&c, r->m[mi - 1].entity) == EG_LOC) {
                    const char *xl = r->ent[r->m[mi - 1].entity].label;
                    if (!eg_lex_has(EG_LEX_COUNTRY, xl, strlen(xl)) &&
                        (rc = add_rel(r, r->m[mi - 1].entity, e, EG_REL_LOCATED_IN, (int)si, (int)si, 0, 0)))
                        goto done;
                }
                if (e >= 0 && ndl < 4) dl[ndl++] = e;
                k = r->m[mi].tok_end - 1;
                continue;
            }
            if (mi < r->nm && r->m[mi].tok_start == k) {
                const eg_mention *m = &r->m[mi];
                /* "the Peruvian Volleyball Federation (FPV), Rosa Quispe": the letters in brackets after the
                 * name they stand for are part of its item, so that the shapes around it read past them */
                int bracketed = m->entity >= 0 && c.nit && m->tok_start >= 1 && is_punct(&c, m->tok_start - 1, '(') &&
                                m->tok_end < r->tk.ntok && is_punct(&c, m->tok_end, ')') &&
                                c.it[c.nit - 1].ent == m->entity && c.it[c.nit - 1].b == m->tok_start - 1 &&
                                c.it[c.nit - 1].mention >= 0 && !c.it[c.nit - 1].poss;
                if (bracketed) {
                    item *pv = &c.it[c.nit - 1];
                    pv->b = m->tok_end + 1;
                    pv->poss = pv->b < r->tk.ntok && r->tk.tok[pv->b].kind == EG_TK_POSS;
                }
                if (m->entity >= 0) {
                    if (!bracketed && (rc = push_item(&c, m->tok_start, m->tok_end, m->entity, (int)mi))) goto done;
                    if (!seen[m->entity])
                        for (size_t q = 0; q < NKINDS; q++)
                            if (kinds[m->entity] & (1ull << q)) {
                                if (kind_ent[q] >= 0 && kind_ent[q] != m->entity) kind_many[q] = 1;
                                kind_ent[q] = m->entity;
                            }
                    if (!seen[m->entity]) { fseen[m->entity] = m->tok_end; fsent[m->entity] = (uint32_t)si; }
                    seen[m->entity] = m->tok_end;
                    nment[m->entity]++;
                    if (nment[m->entity] == 1 && etype(&c, m->entity) == EG_ORG) {
                        int pl = named_place(r, m->entity);
                        if (pl >= 0 && (rc = add_rel(r, m->entity, pl, EG_REL_LOCATED_IN, (int)si, (int)si, 0, 0))) goto done;
                    }
                    if (etype(&c, m->entity) == EG_ORG) {
                        last_org = m->entity;
                        last_org_sent = (int)si;
                        last_org_poss = m->tok_end < r->tk.ntok && r->tk.tok[m->tok_end].kind == EG_TK_POSS;
                        if (!last_org_poss) { plain_org = m->entity; plain_org_sent = (int)si; }
                    }
                    /* (after a dateline: "LONDON (Reuters) — The Bank of X raised ..."; past a few describing
                     * words: "The centre-right Ciudadanos, which has led the polls, voted ...") */
                    int described = c.nit == 1 && m->tok_start > c.opening + 1 && m->tok_start <= c.opening + 4 &&
                                    is_word(&c, c.opening, "the");
                    for (uint32_t h = c.opening + 1; described && h < m->tok_start; h++)
                        described = tok_lower(&c, h) && !verb_cue_at(&c, h, s->tok_end) && !in(&c, h, aux_words);
                    if (c.nit == 1 && etype(&c, m->entity) == EG_ORG &&
                        (m->tok_start <= c.opening + 1 || described)) {
                        subj_org = m->entity;
                        subj_org_sent = (int)si;
                    }
                    /* ("The largest single investor, Miami-based Bayshore Capital Partners, put ...": the
                     * name after a description opening the sentence) */
                    else if (etype(&c, m->entity) == EG_ORG && is_punct(&c, m->tok_end, ',') &&
                             (is_word(&c, s->tok_start, "the") || is_word(&c, s->tok_start, "a"))) {
                        uint32_t g = m->tok_start;
                        if (g >= s->tok_start + 3 && is_word(&c, g - 1, "based") && is_punct(&c, g - 2, '-')) {
                            size_t li = c.nit >= 2 ? c.nit - 2 : c.nit;
                            if (li < c.nit && c.it[li].b == g - 2 && etype(&c, c.it[li].ent) == EG_LOC) g = c.it[li].a;
                        }
                        int plain = g > s->tok_start + 2 && g < s->tok_start + 9 && is_punct(&c, g - 1, ',');
                        for (uint32_t h = s->tok_start + 1; plain && h + 1 < g; h++) plain = tok_lower(&c, h) && !verb_cue_at(&c, h, s->tok_end);
                        if (plain) {
                            subj_org = m->entity;
                            subj_org_sent = (int)si;
                        }
                    }
                    if (etype(&c, m->entity) == EG_PERSON) {
                        last_person = m->entity;
                        if (first_person < 0) first_person = m->entity;
                    }
                }
                k = m->tok_end - 1;
                continue;
            }
            const eg_token *t = &r->tk.tok[k];
            if (t->kind != EG_TK_WORD) continue;
            {
                int who[5];
                uint32_t glen = 0;
                size_t ng = group_referents(&c, sents, nsents, si, k, s->tok_end, who, &glen);
                for (size_t q = 0; q < ng; q++)
                    if ((rc = push_item(&c, k, k + glen, who[q], -1))) goto done;
                if (ng) {
                    k += glen - 1;
                    continue;
                }
            }
            uint32_t dsk = 0;
            const desc *dd = ndescs ? desc_at(&c, descs, ndescs, k, s->tok_end, &dsk) : NULL;
            if (dd) {
                if ((rc = push_item(&c, k + 1 + dsk, k + 1 + dsk + dd->n, dd->ent, -1))) goto done;
                last_person = dd->ent;
                if (first_person < 0) first_person = dd->ent;
                k += dsk + dd->n;
                continue;
            }
            /* "Odhiambo told reporters that her client had written to Kamau": the one whom the lawyer who
             * opens the sentence represents, when the text has named exactly one */
            if ((is_word(&c, k, "her") || is_word(&c, k, "his")) && (is_word(&c, k + 1, "client") || is_word(&c, k + 1, "clients")) &&
                k + 1 < s->tok_end && c.nit && c.it[0].mention >= 0 && !c.it[0].poss && c.it[0].b <= k &&
                etype(&c, c.it[0].ent) == EG_PERSON && sex_fits(&c, c.it[0].ent, is_word(&c, k, "her") ? EG_GENDER_F : EG_GENDER_M)) {
                int client = -1, nclient = 0;
                for (size_t q = 0; q < r->nrel; q++) {
                    const eg_drel *d = &r->rel[q];
                    if (d->type != EG_REL_REPRESENTS || d->a != c.it[0].ent || d->negated || d->b == client) continue;
                    client = d->b;
                    nclient++;
                }
                if (nclient == 1 && client != c.it[0].ent) {
                    if ((rc = push_item(&c, k, k + 2, client, -1))) goto done;
                    k++;
                    continue;
                }
            }
            int is_p = 0;
            if (eg_tok_in(text, t, pron_m) || eg_tok_in(text, t, pron_f)) is_p = 1;
            /* (not an apposition to the name before it: "Donald Tusk, the president of the European Council,";
             * but "X, the minister's cousin": the one whose relative X is, a referent) */
            int appos_of_name = 0;
            if (!is_p && k >= s->tok_start + 3 && is_word(&c, k - 1, "the") && is_punct(&c, k - 2, ',') &&
                !(k + 1 < s->tok_end && r->tk.tok[k + 1].kind == EG_TK_POSS))
                for (size_t p = 0; p < c.nit && !appos_of_name; p++)
                    appos_of_name = c.it[p].b == k - 2 && etype(&c, c.it[p].ent) == EG_PERSON;
            if (!is_p && k > s->tok_start && !appos_of_name &&
                is_word(&c, k - 1, "the")) {
                /* "the Vice President" in a text that calls exactly one person so */
                int who = title_referent(&c, k, s->tok_end);
                if (who >= 0) {
                    if ((rc = push_item(&c, k, k + 1, who, -1))) goto done;
                    if (first_person < 0) first_person = who;
                    continue;
                }
                /* "the Ombudsman" for "the Office of the Ombudsman": the one office named after the title */
                /* (not a title whose holder is named after it: "The Comptroller General, Hernan Villalba, said"; only
                 * the titles of offices, not "the President" of "the Office of the President") */
                static const char *const office_titles[] = {"Ombudsman", "Ombudsperson", "Comptroller", "Auditor-General",
                                                            "Registrar", NULL};
                if ((t->flags & EG_TF_CAP) && t->len >= 4 && eg_tok_in(text, t, office_titles) &&
                    !(k + 1 < s->tok_end && ((r->tk.tok[k + 1].flags & EG_TF_CAP) ||
                                             (is_punct(&c, k + 1, ',') && k + 2 < s->tok_end &&
                                              (r->tk.tok[k + 2].flags & EG_TF_CAP))))) {
                    int ti = 0;
                    while (office_titles[ti] && !eg_tok_is(text, t, office_titles[ti])) ti++;
                    if (c.office_of[ti] == -2) { /* (looked up once per text) */
                        int n_off = 0;
                        c.office_of[ti] = -1;
                        for (size_t e = 0; e < r->nent; e++)
                            if (r->ent[e].type == EG_ORG && label_has_word(r->ent[e].label, "Office", 6) &&
                                label_has_word(r->ent[e].label, text + t->start, t->len)) {
                                c.office_of[ti] = (int)e;
                                n_off++;
                            }
                        if (n_off != 1) c.office_of[ti] = -1;
                    }
                    if (c.office_of[ti] >= 0) {
                        if ((rc = push_item(&c, k, k + 1, c.office_of[ti], -1))) goto done;
                        continue;
                    }
                }
            }
            /* "the insurer", "the airline's pilots": the organisation the text introduced with that kind
             * (not "the airline Celtavia", which names one, nor "the firm that ...", which a clause defines) */
            int kind = -1;
            uint32_t kind_mod = 0; /* "the medical council": the describing word, or 0 */
            /* ("the Bristol-based orchestra": the organisation, and where it is) */
            int based_place = -1;
            if (!is_p && k >= s->tok_start + 4 && is_punct(&c, k - 2, '-') && is_word(&c, k - 1, "based") &&
                is_word(&c, k - 4, "the"))
                for (size_t p = 0; p < c.nit; p++)
                    if (c.it[p].b == k - 2 && etype(&c, c.it[p].ent) == EG_LOC) based_place = c.it[p].ent;
            int the_before = k > s->tok_start && (is_word(&c, k - 1, "the") || based_place >= 0);
            int after_the = !is_p && (t->flags & EG_TF_LOWER) && the_before;
            for (size_t q = 0; after_the && kind < 0 && q < NKINDS; q++)
                if (is_word(&c, k, kind_heads[q].kind)) kind = (int)q;
            /* "accused the medical council of", "the state regulator": a describing word between (not "the
             * rival bank", "the other union": another one) */
            if (!is_p && !the_before && kind < 0 && (t->flags & EG_TF_LOWER) && k >= s->tok_start + 2 &&
                is_word(&c, k - 2, "the") && tok_lower(&c, k - 1) && r->tk.tok[k - 1].len >= 3) {
                static const char *const other[] = {"other", "rival", "same", "second", "third", "new", "former",
                                                    "first", "last", "next", "previous", "whole", "entire", NULL};
                for (size_t q = 0; kind < 0 && q < NKINDS; q++)
                    if (is_word(&c, k, kind_heads[q].kind)) kind = (int)q;
                if (kind >= 0 && (in(&c, k - 1, other) || in(&c, k - 1, dets) || verb_cue_at(&c, k - 1, s->tok_end))) kind = -1;
                if (kind >= 0) { the_before = 1; kind_mod = k - 1; }
            }
            /* ("the weekly meeting", "the daily allowance", "the paper trail": an adjective, not the paper) */
            static const char *const press_adj[] = {"daily", "weekly", "paper", NULL};
            if (!is_p && (t->flags & EG_TF_LOWER) && the_before &&
                (kind >= 0 || in(&c, k, org_classes)) && !(k + 1 < s->tok_end && (r->tk.tok[k + 1].flags & (EG_TF_CAP | EG_TF_ALLCAPS))) &&
                !is_word(&c, k + 1, "that") && !(tok_lower(&c, k + 1) && !in(&c, k + 1, aux_words) && !is_word(&c, k + 1, "said") &&
                  !is_word(&c, k + 1, "says") && !is_word(&c, k + 1, "reported") && in(&c, k, press_adj))) {
                int org = class_referent(&c, classes, nclasses, seen, nment,
                                         si > 0 ? r->tk.sent[si - 1].tok_start : s->tok_start, k);
                /* (several of the kind: the one "the bank" last stood for, else the one the text is about) */
                if (org < 0 && kind >= 0 && kind_ent[kind] >= 0)
                    org = !kind_many[kind] ? kind_ent[kind]
                          : kind_last[kind] >= 0 ? kind_last[kind]
                                                 : topic_of_kind(&c, kinds, kind, NULL, 0, seen, fseen, fsent, nment, k);
                /* ("the central bank", "the health ministry": a describing word the name lacks is another one) */
                if (org >= 0 && kind_mod) {
                    static const char *const plain[] = {"state", "national", "local", "federal", "regional", "provincial",
                                                        "city", "municipal", "public", "private", "main", "country's", NULL};
                    const eg_token *mt = &r->tk.tok[kind_mod];
                    if (!in(&c, kind_mod, plain) && !label_has_word(r->ent[org].label, text + mt->start, mt->len)) org = -1;
                }
                if (org >= 0 && kind >= 0) kind_last[kind] = org;
                if (org >= 0) {
                    if ((rc = push_item(&c, k, k + 1, org, -1))) goto done;
                    if (based_place >= 0 && (rc = add_rel(r, org, based_place, EG_REL_LOCATED_IN, (int)si, (int)si, 0, 0)))
                        goto done;
                    last_org = org;
                    last_org_sent = (int)si;
                    continue;
                }
            }
            /* "The German firm's managing director" after "X, a German company based in Stuttgart": the
             * organisation introduced with that nationality and a kind */
            if (!is_p && (t->flags & EG_TF_LOWER) && k >= s->tok_start + 2 && (r->tk.tok[k - 1].flags & EG_TF_CAP) &&
                is_word(&c, k - 2, "the") && eg_lex_has(EG_LEX_DEMONYM, text + r->tk.tok[k - 1].start, r->tk.tok[k - 1].len) &&
                in(&c, k, org_classes)) {
                int org = -1;
                for (size_t q = nclasses; q > 0 && org < 0; q--) {
                    const oclass *oc = &classes[q - 1];
                    if (oc->tok >= k - 2) continue;
                    for (uint32_t h = oc->tok; h > 0 && h + 6 > oc->tok && org < 0; h--)
                        if (same_words(&c, h - 1, k - 1, 1)) org = oc->ent;
                }
                if (org >= 0) {
                    if ((rc = push_item(&c, k, k + 1, org, -1))) goto done;
                    last_org = org;
                    last_org_sent = (int)si;
                    continue;
                }
            }
            /* "a site engineer at the same company": the organisation named last in the sentence */
            if (!is_p && is_word(&c, k, "same") && k > s->tok_start && is_word(&c, k - 1, "the") && k + 1 < s->tok_end &&
                tok_lower(&c, k + 1) && (in(&c, k + 1, org_nouns) || in(&c, k + 1, generic_orgs))) {
                int org = -1;
                for (size_t p = c.nit; p > 0 && org < 0; p--)
                    if (etype(&c, c.it[p - 1].ent) == EG_ORG) org = c.it[p - 1].ent;
                if (org >= 0) {
                    if ((rc = push_item(&c, k + 1, k + 2, org, -1))) goto done;
                    k++;
                    continue;
                }
            }
            /* "deputy head of the gambling office's licensing department": the one organisation of the text
             * so far whose name has both words ("National Gambling Office") */
            /* (or without the possessive: "the chief executive of the integrity agency") */
            if (!is_p && (t->flags & EG_TF_LOWER) && k >= s->tok_start + 2 && is_word(&c, k - 2, "the") && tok_lower(&c, k - 1) &&
                !in(&c, k - 1, dets) && r->tk.tok[k - 1].len >= 4 &&
                (k + 1 >= s->tok_end || r->tk.tok[k + 1].kind == EG_TK_POSS ||
                 (!(r->tk.tok[k + 1].flags & EG_TF_CAP) && !is_word(&c, k + 1, "in") && !is_word(&c, k + 1, "at") &&
                  !is_word(&c, k + 1, "of") && !is_word(&c, k + 1, "for"))) &&
                named_kind(&c, k)) {
                const eg_token *dw = &r->tk.tok[k - 1];
                int org = -1, many = 0;
                for (size_t e = 0; e < r->nent && !many; e++) {
                    if (!seen[e] || r->ent[e].type != EG_ORG || !label_has_kind(r->ent[e].label, text + t->start, t->len) ||
                        !label_has_word(r->ent[e].label, text + dw->start, dw->len))
                        continue;
                    many = org >= 0;
                    org = (int)e;
                }
                if (org >= 0 && !many) {
                    if ((rc = push_item(&c, k - 1, k + 1, org, -1))) goto done;
                    continue;
                }
            }
            /* "The company's founder, X" (two sentences back at most), "Its chief executive, X"
             * (one): the organisation last named */
            int org_back = -1, reach = 0; /* how the organisation is found; how many sentences back it may be */
            int the_firm = 0;              /* found by "the company" (not "its") */
            if (!is_p && (t->flags & EG_TF_LOWER) && k > s->tok_start && is_word(&c, k - 1, "the") &&
                k + 1 < s->tok_end && r->tk.tok[k + 1].kind == EG_TK_POSS && in(&c, k, org_nouns))
                org_back = 2;
            else if (!is_p && eg_tok_is(text, t, "its")) {
                /* ("Its chairman, X," opening a sentence: the organisation of up to two sentences back) */
                uint32_t rn8;
                org_back = 1;
                if (k == s->tok_start && k + 2 < s->tok_end &&
                    (role_at(&c, k + 1, s->tok_end, &rn8) >= 0 || role_at(&c, k + 2, s->tok_end, &rn8) >= 0))
                    reach = 2;
            }
            /* "Kavita Iyer, a company spokeswoman,": the company as a role's modifier */
            /* (a speaker or an official: not "a company director from Leeds", a generic occupation) */
            else if (!is_p && (t->flags & EG_TF_LOWER) && k > s->tok_start &&
                     (is_word(&c, k - 1, "a") || is_word(&c, k - 1, "the")) &&
                     (in(&c, k, generic_orgs) || named_kind(&c, k)) && k + 1 < s->tok_end && tok_lower(&c, k + 1) &&
                     (role_type(&c, k + 1, 1) == EG_REL_REPRESENTS || is_word(&c, k + 1, "official") ||
                      is_word(&c, k + 1, "spokesperson")))
                org_back = 2;
            /* "met union representatives", "ministry officials said": the people of the organisation
             * with that word in its name */
            else if (!is_p && (t->flags & EG_TF_LOWER) && k + 1 < s->tok_end && tok_lower(&c, k + 1) &&
                     r->tk.tok[k + 1].len >= 5 && in(&c, k + 1, org_people) && named_kind(&c, k))
                org_back = 2;
            else if (!is_p && (t->flags & EG_TF_LOWER) && k > s->tok_start && is_word(&c, k - 1, "the") &&
                     (in(&c, k, company_nouns) || (in(&c, k, charity_nouns) && !(k >= 2 && is_punct(&c, k - 2, ',')))) &&
                     k + 1 < s->tok_end &&
                     !(r->tk.tok[k + 1].flags & (EG_TF_CAP | EG_TF_ALLCAPS)) && !is_word(&c, k + 1, "that") &&
                     !is_word(&c, k + 1, "which") && !is_word(&c, k + 1, "to") &&
                     /* ("the company of X" may be another; "accused the charity of failing" is the one named) */
                     (!is_word(&c, k + 1, "of") || (k >= 2 && in(&c, k - 2, accuse_verbs) && !org_item_before(&c, k))))
                org_back = 1, the_firm = in(&c, k, company_nouns); /* "said the company had alerted the FBI": the company of this sentence or the last one */
            if (org_back == 2 && named_kind(&c, k)) {
                /* the organisation of this or the last two sentences with that word in its name */
                int org = -1, many = 0;
                for (size_t x = si + 1; x > 0 && x + 2 > si && !many; x--) {
                    size_t cnt = x - 1 == si ? c.nit : nsents[x - 1];
                    for (size_t p = 0; p < cnt && !many; p++) {
                        int e = x - 1 == si ? c.it[p].ent : sents[x - 1][p];
                        if (etype(&c, e) != EG_ORG || e == org || !label_has_kind(r->ent[e].label, text + t->start, t->len))
                            continue;
                        if (org >= 0) many = 1;
                        org = e;
                    }
                }
                /* farther back: the one organisation of the text so far with that word in its name */
                if (org < 0 && !many) {
                    int far = -1;
                    for (size_t e = 0; e < r->nent && !many; e++) {
                        if (!seen[e] || r->ent[e].type != EG_ORG || !label_has_kind(r->ent[e].label, text + t->start, t->len))
                            continue;
                        many = far >= 0;
                        far = (int)e;
                    }
                    if (!many) org = far;
                }
                /* several, or one named in this sentence ("RBI cancelled the bank's licence"): the one
                 * the text is about */
                int here = 0;
                for (size_t p = 0; p < c.nit && org >= 0 && !many && !here; p++)
                    if (c.it[p].ent == org && c.it[p].mention >= 0) {
                        here = 1;
                        /* ("Acme Bank said the bank's chairman ...": its own, after a reporting verb) */
                        if (reported_since(&c, c.it[p].b, k)) here = 0;
                    }
                if (many || here) {
                    int top = topic_of_kind(&c, kinds, -1, text + t->start, t->len, seen, fseen, fsent, nment, k);
                    if (top >= 0) { org = top; many = 0; }
                }
                if (org >= 0 && !many && (rc = push_item(&c, k, k + 1, org, -1))) goto done;
                /* (no organisation with that word in its name: "the agency's head" may be the
                 * "Financial Crimes Office" named just before, as for "the company's") */
                if (org >= 0 || many || in(&c, k, org_nouns_named)) continue;
            }
            if (org_back > 0) {
                if (!reach) reach = org_back;
                int org = -1;
                /* ("FAWA's general secretary described the company's conduct": a company is no association) */
                int firm = in(&c, k, company_nouns) || in(&c, k, charity_nouns);
                size_t last_p = c.nit;
                for (size_t p = c.nit; p > 0 && org < 0; p--)
                    if (etype(&c, c.it[p - 1].ent) == EG_ORG && !(firm && institution(r, c.it[p - 1].ent))) {
                        org = c.it[p - 1].ent;
                        last_p = p - 1;
                    }
                /* ("The Pensions Regulator said the carrier had paid dividends to its parent company": "its" is the
                 * unnamed organisation a noun stands for since, when no name was given to it) */
                int unnamed = 0;
                if (org >= 0 && eg_tok_is(text, t, "its") && c.it[last_p].mention >= 0 && institution(r, org))
                    for (uint32_t q = c.it[last_p].b + 1; q + 1 < k && !unnamed; q++)
                        unnamed = is_word(&c, q - 1, "the") && tok_lower(&c, q) && in(&c, q, org_classes) &&
                                  !(r->tk.tok[q + 1].flags & EG_TF_CAP) && r->tk.tok[q + 1].kind != EG_TK_POSS &&
                                  !is_punct(&c, q + 1, ',') && item_from(&c, q) >= c.nit;
                if (unnamed) continue;
                /* "X, owned by Y, said ... Its chief executive": X, the subject, not the last name */
                if (org < 0 && org_back == 1 && k == s->tok_start && subj_org_sent == (int)si - 1) org = subj_org;
                /* "Zeta Corp accused Verdant Watch of ... Trey Cox, a lawyer for the company,": the company the
                 * last sentence was about, not its object */
                /* (a company: no public body, no letters, no news agency: "The FBI raided Zenith Corp ... a lawyer
                 * for the company") */
                if (org < 0 && the_firm && subj_org >= 0 && subj_org_sent == (int)si - 1 && last_org_sent == (int)si - 1 &&
                    last_org != subj_org && !institution(r, subj_org) && !institution(r, last_org) &&
                    !label_has_any(r->ent[subj_org].label, not_firms)) {
                    int caps = 1;
                    for (const char *q = r->ent[subj_org].label; *q && caps; q++) caps = !(*q >= 'a' && *q <= 'z');
                    if (!caps) org = subj_org;
                }
                /* "Sahyadri, which is listed on the National Stock Exchange, said ... The company's chairman":
                 * the company a recent sentence was about, not the last name */
                if (org < 0 && org_back == 2 && in(&c, k, generic_orgs) && subj_org >= 0 && (int)si - subj_org_sent <= 2 &&
                    subj_org_sent >= last_org_sent - 1 && !(firm && institution(r, subj_org)))
                    org = subj_org;
                if (org < 0 && (int)si - last_org_sent <= reach &&
                    !(firm && last_org >= 0 && institution(r, last_org)))
                    /* ("X, a group that had tracked Golden Harvest's shipments. Its director": not the possessive's
                     * organisation, a modifier inside the clause, when the sentence named another plainly) */
                    org = last_org_poss && plain_org >= 0 && plain_org_sent == last_org_sent && !(firm && institution(r, plain_org))
                              ? plain_org : last_org;
                /* "Minera X says ... The Superintendency of the Environment criticised the company": the
                 * company named last, past a public body named since (this or the last two sentences) */
                if (org < 0 && firm) {
                    uint32_t from = r->tk.sent[si >= 2 ? si - 2 : 0].tok_start, best_at = 0;
                    for (size_t e = 0; e < r->nent; e++)
                        if (seen[e] > from && seen[e] > best_at && r->ent[e].type == EG_ORG && !institution(r, (int)e)) {
                            best_at = seen[e];
                            org = (int)e;
                        }
                }
                /* "The club's manager, X" far from the club's name, "criticized the company for": the
                 * organisation the text is about */
                if (org < 0 && (org_back == 2 || in(&c, k, company_nouns)) && in(&c, k, generic_orgs))
                    org = salient_org(&c, nment, seen);
                if (org >= 0 && (rc = push_item(&c, k, k + 1, org, -1))) goto done;
                /* "Its construction was financed by Y. Its chief executive, Z": the sentence is still about it */
                if (org >= 0 && c.nit == 1 && k <= s->tok_start + 1) {
                    subj_org = org;
                    subj_org_sent = (int)si;
                }
                continue;
            }
            if (!is_p && (t->flags & EG_TF_LOWER) && k > s->tok_start && is_word(&c, k - 1, "the") &&
                !(k + 1 < s->tok_end && (r->tk.tok[k + 1].flags & EG_TF_CAP)) && !is_word(&c, k + 1, "that") &&
                !is_word(&c, k + 1, "which") && eg_lex_has(EG_LEX_ORG_HEAD, text + t->start, t->len)) {
                /* "criticized the university": the one organisation of this sentence so far or of the
                 * last three whose name ends in that head word; none or several: nothing ("the company
                 * that ...", which a clause defines, may be another) */
                int org = -1, many = 0;
                for (size_t x = si + 1; x > 0 && x + 3 > si && !many; x--) {
                    size_t cnt = x - 1 == si ? c.nit : nsents[x - 1];
                    for (size_t p = 0; p < cnt && !many; p++) {
                        int e = x - 1 == si ? c.it[p].ent : sents[x - 1][p];
                        if (etype(&c, e) != EG_ORG || e == org) continue;
                        /* "the bank": "Bank of Valdoria" as well as "Nordhafen Bank" */
                        const char *lab = r->ent[e].label;
                        if (!strchr(lab, ' ') || !label_has_kind(lab, text + t->start, t->len)) continue;
                        if (org >= 0) many = 1;
                        org = e;
                    }
                }
                if (org >= 0 && !many) {
                    if ((rc = push_item(&c, k, k + 1, org, -1))) goto done;
                    continue;
                }
            }
            if (!is_p) {
                /* "the vote in the senate" after "Spain's Senate": a one-word institution
                 * of this document named again in lower case */
                if ((t->flags & EG_TF_LOWER) && k > s->tok_start && !in(&c, k - 1, pron_m) && !in(&c, k - 1, pron_f) &&
                    eg_lex_has(EG_LEX_ORG_HEAD, text + t->start, t->len)) {
                    for (size_t q = 0; q < ninst; q++) {
                        const eg_dentity *d = &r->ent[inst[q]];
                        if (strlen(d->label) == t->len && !eg_ncasecmp(d->label, text + t->start, t->len)) {
                            if ((rc = push_item(&c, k, k + 1, inst[q], -1))) goto done;
                            break;
                        }
                    }
                }
                continue;
            }
            int ante = -1;
            /* most recent person in this sentence, else the subject of a recent sentence; of the
             * pronoun's sex when the text states one ("Her barrister" after "Mr Harte ... his wife, Simone") */
            int want = in(&c, k, pron_m) ? EG_GENDER_M : EG_GENDER_F;
            /* "the same sentence to his brother, Guven Ozer, and his sister, Serap Ozer": a second kin of the same
             * "his" after ", and" is of the same person, not of the relative just named */
            if ((is_word(&c, k, "his") || is_word(&c, k, "her")) && k >= s->tok_start + 2 && is_word(&c, k - 1, "and") &&
                is_punct(&c, k - 2, ',') && k + 1 < s->tok_end && role_type(&c, k + 1, 1) == EG_REL_FAMILY) {
                for (size_t p = c.nit; p > 0 && ante < 0; p--) {
                    const item *w = &c.it[p - 1];
                    const char *pw = is_word(&c, k, "his") ? "his" : "her";
                    if (w->mention >= 0 || w->a >= k || !is_word(&c, w->a, pw) || role_type(&c, w->b, 1) != EG_REL_FAMILY ||
                        !is_punct(&c, w->b + 1, ','))
                        continue;
                    ante = w->ent;
                }
            }
            /* "... had not given up on Whelan. His brother, David Whelan, said": a relative named with a surname
             * is the relative of the one person of that surname named just before */
            if ((is_word(&c, k, "his") || is_word(&c, k, "her")) && k + 3 < s->tok_end &&
                role_type(&c, k + 1, 1) == EG_REL_FAMILY && is_punct(&c, k + 2, ',')) {
                /* (the name after the comma) */
                int kin = -1;
                size_t lo = mention_from(r, k + 3);
                if (lo < r->nm && r->m[lo].tok_start == k + 3 && r->m[lo].entity >= 0 && r->ent[r->m[lo].entity].type == EG_PERSON)
                    kin = r->m[lo].entity;
                if (kin >= 0) {
                    int found = -1, n = 0;
                    const char *ks = last_word(r->ent[kin].label);
                    /* (not when a person before the pronoun in its sentence bears the surname's other form:
                     * "Eleni Kalogeropoulou ... her half-brother, Nikos Kalogeropoulos") */
                    size_t kn = strlen(ks);
                    /* (the people of the last sixty words of the sentence only: a bound on long lists) */
                    size_t q0 = item_from(&c, k > s->tok_start + 60 ? k - 60 : s->tok_start);
                    for (size_t q = q0; q < c.nit && kn >= 6; q++) {
                        if (c.it[q].a >= k || etype(&c, c.it[q].ent) != EG_PERSON || c.it[q].ent == kin) continue;
                        const char *qs = last_word(r->ent[c.it[q].ent].label);
                        size_t qn = strlen(qs);
                        if (qn >= kn - 2 && qn <= kn + 2 && strcmp(qs, ks) && !eg_ncasecmp(qs, ks, kn - 2)) n = 2;
                    }
                    for (size_t x = si + 1; x > 0 && x + 3 > si + 1 && n < 2; x--) {
                        const int *es = x - 1 == si ? NULL : sents[x - 1];
                        size_t ne = x - 1 == si ? c.nit : nsents[x - 1];
                        for (size_t q = x - 1 == si ? q0 : 0; q < ne && (es || c.it[q].a < k); q++) {
                            int e = es ? es[q] : (c.it[q].a < k ? c.it[q].ent : -1);
                            if (e < 0 || e == kin || e == found || r->ent[e].type != EG_PERSON || !sex_fits(&c, e, want)) continue;
                            const char *es2 = last_word(r->ent[e].label);
                            if (strlen(es2) != kn || eg_ncasecmp(es2, ks, kn)) continue;
                            found = e;
                            n++;
                        }
                    }
                    if (n == 1) ante = found;
                }
            }
            /* "Kaliman, the army commander, urged him to step down": an object pronoun is not the
             * subject of its own clause (that would be "himself"): the nearest person before it is
             * passed over when no reporting word or clause opener comes between them */
            int skip = -1;
            if (object_pronoun(&c, k)) {
                for (size_t p = c.nit; p > 0 && skip < 0; p--)
                    if (etype(&c, c.it[p - 1].ent) == EG_PERSON && sex_fits(&c, c.it[p - 1].ent, want)) {
                        /* (a subject: it opens the sentence or follows a comma, a title or a role word, not
                         * a verb or a preposition: "She met Ainsworth and asked him") */
                        uint32_t pa = c.it[p - 1].a;
                        /* (or a "that" opening its clause: "Alvarez testified that Murray told him to gather up the vials") */
                        if (pa > s->tok_start && tok_lower(&c, pa - 1) && !eg_lex_has(EG_LEX_ROLE, text + r->tk.tok[pa - 1].start,
                                                                                     r->tk.tok[pa - 1].len) &&
                            !(is_word(&c, pa - 1, "that") && pa >= s->tok_start + 2 &&
                              (in(&c, pa - 2, reporting_words) || in(&c, pa - 2, told_that))))
                            break;
                        skip = c.it[p - 1].ent;
                        if (k - c.it[p - 1].b > 30) skip = -1; /* (too far to be the clause's subject) */
                        /* (nor another clause between: "..., and the office indicted him", "to tell her") */
                        /* (the verb right before the pronoun is its own: "Murray told him") */
                        for (uint32_t g = c.it[p - 1].b; g < k && skip >= 0; g++)
                            if ((in(&c, g, reporting_words) && g + 1 < k) || is_word(&c, g, "that") || is_word(&c, g, "who") ||
                                is_word(&c, g, "whom") || is_word(&c, g, "when") || is_word(&c, g, "after") ||
                                is_word(&c, g, "before") || is_word(&c, g, "because") || is_word(&c, g, "if") ||
                                is_word(&c, g, "and") || is_word(&c, g, "or") || is_word(&c, g, "but") ||
                                is_word(&c, g, "to") || is_word(&c, g, "while") || ing_word(&c, g) ||
                                is_punct(&c, g, ';') || is_punct(&c, g, ':') || is_punct(&c, g, '"'))
                                skip = -1;
                        break;
                    }
            }
            /* "Its director, Yasmina Haddad, who met Ben Salah in Tunis, said she had written": a subject pronoun
             * right after "said" is the one who said it, the sentence's opening name, when its sex fits */
            if (!object_pronoun(&c, k) && k > s->tok_start + 1 && (is_word(&c, k - 1, "said") || is_word(&c, k - 1, "says")) &&
                (is_word(&c, k, "he") || is_word(&c, k, "she"))) {
                int opener = -1;
                for (size_t p = 0; p < c.nit && opener < 0; p++) {
                    const item *w = &c.it[p];
                    if (w->a >= k) break;
                    if (w->mention >= 0 && !w->poss && etype(&c, w->ent) == EG_PERSON) opener = (int)p;
                    else if (w->mention >= 0) break;
                }
                /* (the opening name's own clause reaches "said": only its appositions and relative between) */
                if (opener >= 0 && sex_fits(&c, c.it[opener].ent, want) && c.it[opener].b < k &&
                    is_punct(&c, c.it[opener].b, ',')) {
                    int commas = 0, bad = 0;
                    for (uint32_t g = c.it[opener].b; g < k - 1 && !bad; g++) {
                        if (is_punct(&c, g, ',')) commas++;
                        bad = clause_break(&c, g) || is_word(&c, g, "said") || is_word(&c, g, "says");
                    }
                    if (!bad && commas >= 2 && is_punct(&c, k - 2, ',')) ante = c.it[opener].ent;
                }
            }
            for (size_t p = c.nit; ante < 0 && p > 0; p--)
                if (etype(&c, c.it[p - 1].ent) == EG_PERSON && sex_fits(&c, c.it[p - 1].ent, want) &&
                    c.it[p - 1].ent != skip) {
                    ante = c.it[p - 1].ent;
                    break;
                }
            if (skip >= 0 && ante < 0 && last_subject == skip) ante = -2; /* (no other person: none) */
            if (ante == -1 && last_subject >= 0 && last_subject != skip && (int)si - last_subject_sent <= 3 &&
                sex_fits(&c, last_subject, want))
                ante = last_subject;
            if (ante == -1 && last_person >= 0 && last_person != skip && (int)si - last_subject_sent <= 3 &&
                sex_fits(&c, last_person, want))
                ante = last_person;
            /* else the last person of that stated sex in the three sentences before */
            for (size_t x = si; ante == -1 && x > 0 && x + 3 > si; x--)
                for (size_t p = nsents[x - 1]; p > 0 && ante == -1; p--)
                    if (r->ent[sents[x - 1][p - 1]].gender == want && sents[x - 1][p - 1] != skip) ante = sents[x - 1][p - 1];
            if (ante >= 0) {
                if ((rc = push_item(&c, k, k + 1, ante, -1))) goto done;
                if (first_person < 0) first_person = ante;
            }
        }
        if (first_person >= 0) { last_subject = first_person; last_subject_sent = (int)si; }
        /* entities of this sentence, distinct (the dateline's too) */
        sents[si] = malloc((c.nit + ndl ? c.nit + ndl : 1) * sizeof **sents);
        if (!sents[si]) { rc = EG_ENOMEM; goto done; }
        for (size_t i = 0; i < c.nit + ndl; i++) {
            int e = i < ndl ? dl[i] : c.it[i - ndl].ent, dup = 0;
            for (size_t j = 0; j < nsents[si]; j++) if (sents[si][j] == e) dup = 1;
            if (!dup) sents[si][nsents[si]++] = e;
        }
        int hedge = sent_hedged(&c, s);
        size_t rel_from = r->nrel;
        /* the sentence's shapes, in this order (later ones read the relations earlier ones added) */
        static int (*const shapes[])(rctx *, size_t, int) = {
            typed_relations, shape_relations, of_which_relations, sold_by_to_relations, registered_to_relations,
            body_says_relations, consortium_relations, demonym_role_relations, kind_clause_relations,
            behalf_relations, reciprocal_relations, approval_relations, as_role_relations, case_relations,
            probe_by_relations, penalty_relations, finding_relations, said_of_relations, succession_relations,
            second_role_relations,
            staff_relations, discipline_relations, has_kin_relations, sanction_verb_relations, served_as_relations,
            founded_with_relations, comma_in_relations, their_kin_relations,
            party_of_relations, late_relative_relations, interview_relations, where_role_relations, kin_list_relations};
        for (size_t q = 0; q < sizeof shapes / sizeof *shapes; q++)
            if ((rc = shapes[q](&c, si, hedge))) goto done;
        /* then the passes that read the relations the shapes found (from rel_from on), in this order */
        static int (*const post_shapes[])(rctx *, size_t, int, size_t) = {
            part_head_relations, unit_head_relations, promoted_relations, sanction_relations, part_whole_relations,
            list_role_relations, acts_as_relations, inside_voice_relations, owned_part_relations, oversight_relations, named_part_relations};
        for (size_t q = 0; q < sizeof post_shapes / sizeof *post_shapes; q++)
            if ((rc = post_shapes[q](&c, si, hedge, rel_from))) goto done;
    }
    /* co-occurrence windows */
    {
        size_t n = r->tk.nsent, ne = r->nent ? r->nent : 1;
        int pair_id = 0;
        wseen = malloc(ne * sizeof *wseen);
        pmark = malloc(ne * sizeof *pmark);
        pdone = malloc(ne * sizeof *pdone);
        win = malloc(ne * sizeof *win);
        if (!wseen || !pmark || !pdone || !win) { rc = EG_ENOMEM; goto done; }
        for (size_t k = 0; k < ne; k++) wseen[k] = pmark[k] = pdone[k] = -1;
        size_t i = 0;
        while (i < n) {
            size_t a = i, b = i + 1; /* window [a, b) and the step */
            size_t step = 1;
            switch (o->window) {
            case EG_WINDOW_SENTENCE: break;
            case EG_WINDOW_PARAGRAPH:
                while (b < n && r->tk.sent[b].para == r->tk.sent[a].para) b++;
                step = b - a;
                break;
            case EG_WINDOW_DOCUMENT: b = n; step = n; break;
            case EG_WINDOW_SENTENCES:
                b = i + 1 + (size_t)(o->window_n > 0 ? o->window_n : 0);
                if (b > n) b = n;
                break;
            }
            /* distinct entities of the window, for PMI / Dice (stamps: linear in the window) */
            int wi = r->nwindows++;
            size_t nwin = 0;
            for (size_t x = a; x < b; x++)
                for (size_t p = 0; p < nsents[x]; p++) {
                    int e = sents[x][p];
                    if (wseen[e] == wi) continue;
                    wseen[e] = wi;
                    r->ent_windows[e]++;
                    win[nwin++] = e;
                }
            if (nwin > EG_MAX_WINDOW_ENTITIES) {
                /* k names in one window make k(k-1)/2 pairs: past the limit the window is
                 * counted but gives no co-occurrence edges (typed relations still count) */
                r->windows_skipped++;
            } else if (o->window != EG_WINDOW_SENTENCES) {
                /* each pair of distinct entities once per window */
                for (size_t p = 0; p < nwin; p++)
                    for (size_t q = p + 1; q < nwin; q++)
                        if ((rc = add_rel(r, win[p], win[q], -1, (int)a, (int)(b - 1), 0, 0))) goto done;
            } else {
                /* ±N: pairs of an entity of sentence a with the window, each pair once */
                for (size_t p = 0; p < nsents[a]; p++) {
                    int ea = sents[a][p];
                    int id = ++pair_id;
                    pmark[ea] = id;
                    for (size_t y = a; y < b; y++)
                        for (size_t q = (y == a ? p + 1 : 0); q < nsents[y]; q++) {
                            int eb = sents[y][q];
                            if (pmark[eb] == id || pdone[eb] == wi) continue;
                            pmark[eb] = id;
                            if ((rc = add_rel(r, ea, eb, -1, (int)a, (int)(b - 1), 0, 0))) goto done;
                        }
                    pdone[ea] = wi;
                }
            }
            i += step;
        }
    }
done:
    if (sents)
        for (size_t si = 0; si < r->tk.nsent; si++) free(sents[si]);
    free(sents);
    free(nsents);
    free(inst);
    free(descs);
    free(classes);
    free(seen);
    free(fseen);
    free(fsent);
    free(kinds);
    free(nment);
    free(c.it);
    free(c.probing);
    free(wseen);
    free(pmark);
    free(pdone);
    free(win);
    if (rc == EG_ENOMEM) return eg_error_set(rc, "out of memory while relating entities");
    return rc;
}
