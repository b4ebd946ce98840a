/* classify.c — stage 4: typed mentions. Each mention gathers PERSON / ORG / LOC
 * votes from lexicons, titles, head words and context; resolve.c sums the votes
 * over an entity's mentions so the whole document decides. */
#include <string.h>

#include "common.h"
#include "extract.h"
#include "lexicon.h"

static int lexspan(const char *text, const eg_tokens *tk, eg_lex_kind k, uint32_t a, uint32_t b)
{
    size_t s = tk->tok[a].start, e = tk->tok[b - 1].start + tk->tok[b - 1].len;
    if (eg_lex_has(k, text + s, e - s)) return 1;
    if (b - a == 1 && (tk->tok[a].flags & EG_TF_ABBR) && tk->tok[a].len > 1)
        return eg_lex_has(k, text + s, e - s - 1);
    return 0;
}

/* Is token t, written in lower case after its capital, a word the organisations list knows only as an
 * acronym ("Alp" for "ALP", the Australian Labor Party): the capitals of the list's canonical name spell it? */
static int acronym_entry(const char *text, const eg_token *t)
{
    if (t->flags & EG_TF_ALLCAPS) return 0;
    const char *v = eg_lex_value(EG_LEX_ORG, text + t->start, t->len), *p = v ? strchr(v, '|') : NULL;
    if (!p) return 0;
    size_t j = 0;
    for (p++; *p; p++)
        if ((p[-1] == ' ' || p[-1] == '|') && *p >= 'A' && *p <= 'Z') {
            if (j >= t->len || (text[t->start + j] & ~0x20) != *p) return 0;
            j++;
        }
    return j == t->len && j >= 2;
}

/* Is [a, b) a country's name, by any of its names ("Great Britain", "America")? */
static int country_span(const char *text, const eg_tokens *tk, uint32_t a, uint32_t b)
{
    if (a >= b) return 0;
    size_t s = tk->tok[a].start, e = tk->tok[b - 1].start + tk->tok[b - 1].len;
    return eg_lex_country(text + s, e - s);
}

static const char *const said_verbs[] = {"said", "says", "told", "tells", "wrote", "added", "argued",
                                         "asked", "tweeted", "insisted", "replied", "explained", NULL};
static const char *const loc_preps[] = {"in", "at", "from", "near", "across", "throughout", "to", NULL};
/* verbs whose "to" names an addressee */
static const char *const said_to[] = {"wrote", "written", "write", "writes", "spoke", "spoken", "speak", "talked",
                                      "talk", "complained", "reported", "replied", "responded", "explained",
                                      "apologised", "apologized", "appealed", "listened", "lied", "sent", "letter",
                                      "letters", "message", "email", "sold", "lent", "paid", "gave", "handed", "given",
                                      "passed", "delivered", "wired", "transferred", "donated", "leaked", "married",
                                      "engaged", "related", "adviser", "advisor", "lawyer", "spokesman",
                                      "spokeswoman", "successor", "predecessor", "deputy", "assistant", NULL};
/* messages sent to or received from someone: "a complaint from X", "a call to Y" */
static const char *const msg_nouns[] = {"letter", "letters", "message", "messages", "email", "emails", "complaint",
                                        "complaints", "tip", "referral", "petition", "request", "requests", "call",
                                        "calls", "warning", "warnings", "invitation", "offer", "bid", "statement", NULL};
/* money going to or coming from someone: "the payment to Greenfield", "rupees from Crescent" */
static const char *const money_to[] = {"payment", "payments", "money", "funds", "loan", "loans", "transfer", "transfers",
                                       "million", "billion", "dollars", "euros", "pounds", "rupees", "pesos", "francs",
                                       "donation", "donations", "grant", "grants", "bribes", "fees", "invoice",
                                       "invoices", "kickbacks", "subsidy", "subsidies", "contract", "contracts", NULL};
static const char *const person_pronoun_after[] = {"who", NULL};
/* Common nouns that put a name in its class: "the mining company X", "the town of X". */
static const char *const org_kinds[] = {"company", "firm", "group", "bank", "club", "agency", "party", "newspaper",
                                        "website", "network", "outlet", "broadcaster", "university", "charity",
                                        "startup", "start-up", "airline", "carrier", "manufacturer", "insurer",
                                        "retailer", "conglomerate", "maker", "publisher", "studio", "label",
                                        "lender", "fund", "team", "side", "band", "organisation", "organization",
                                        "ministry", "department", "regulator", "watchdog", "union", "stockbroker",
                                        "brokerage", "funder", "supplier", "consultancy", "carmaker", "automaker",
                                        "chipmaker", "drugmaker", "roaster", "brewer", "miner", "refiner", "exporter",
                                        "distributor", "chain", "utility", "operator", "subsidiary", "affiliate",
                                        "consortium", "cooperative", "partnership", "reinsurer", "shipper", "platform",
                                        "tabloid", "magazine", "broadcaster", "daily", "hospital", "college", "gallery", "museum",
                                        "bookmaker", "consultancy", "dealership", "gang", "cartel", "militia",
                                        "syndicate", "trader", "sportsbook", "processor", "grocer", "house", "shipbuilder",
                                        "importer", "wholesaler", "forwarder", "movement", "coalition", "alliance", "coachbuilder",
                                        "housebuilder", "homebuilder", "boatbuilder", NULL};
/* Kinds of body that only right before a name say what it is ("the victims' association Entraide et
 * Solidarité"; not "obtained by the association, Quiroga met ...") */
static const char *const body_kinds[] = {"association", "federation", "foundation", "society", "institute", "nonprofit",
                                         "non-profit", "tank", "service", NULL};
/* what may follow such a body's name: punctuation, a capital, or these ("the service Acas said"; not "the
 * association Kowalski belonged to", "the memorial service Obama praised") */
static const char *const body_after[] = {"said", "says", "told", "has", "had", "have", "is", "was", "will", "would", "which",
                                         "that", "and", "or", "in", "on", "of", "to", "for", "with", "at", "also", NULL};
/* Kinds of business that people run as often as firms: "fur trader Bahrom Karimov", "the exporter,
 * Wendell Pinder". Before a name that looks like a person's they give a weak vote only. */
static const char *const trade_kinds[] = {"trader", "exporter", "importer", "wholesaler", "grocer", "shipper",
                                          "distributor", "supplier", "stockbroker", "brewer", "roaster", "miner",
                                          "processor", "forwarder", "coachbuilder", "housebuilder", "homebuilder",
                                          "boatbuilder", "bookmaker", "operator", "publisher", "funder", NULL};
/* Kinds that make an apposition an organisation's ("Lex Aequa, an association of judges"), but that a
 * role before a person may also name ("the president of the cycling federation, X"). */
static const char *const appos_kinds[] = {"association", "federation", "society", "foundation", "institute", "unit", "division", NULL};
/* Plural roles only people hold ("its members, X"), unlike "its auditors, X" (a firm). */
static const char *const people_roles[] = {"members", "officials", "officers", "directors", "executives", "managers",
                                           "leaders", "colleagues", "deputies", "ministers", "employees", "trustees",
                                           "governors", "commissioners", "judges", "senators", NULL};
/* Words that end an apposition's noun phrase: "a consultancy that", "a bookmaker based in". */
static const char *const appos_ends[] = {"that", "which", "who", "whose", "based", "in", "with", "owned", "founded",
                                         "run", "controlled", "backed", "listed", "headquartered", "from", "on", "at",
                                         "for", "registered", "and", "since", "known", "set", "created", "formed",
                                         "led", NULL};
static const char *const loc_kinds[] = {"city", "town", "village", "country", "region", "province", "state",
                                        "island", "port", "capital", "district", "county", "neighbourhood",
                                        "neighborhood", "suburb", "canton", "prefecture", "oblast", "emirate",
                                        "governorate", "municipality", "territory", "borough", "commune", NULL};

/* Who lives in or runs a town: "the people of Flint", "the mayor of Gary". */
/* (not "families" or "voters": "the families of Nichols and Abrego" are people's) */
static const char *const dwellers[] = {"people", "residents", "citizens", "inhabitants", "mayor", "streets", "outskirts",
                                       "suburbs", "townspeople", NULL};

/* Nouns a person's name often modifies: "the Marsh campaign", "the Kerr administration". */
static const char *const the_premodified[] = {"campaign", "administration", "camp", "family", "government",
                                              "era", "presidency", "years", "case", "trial", "household", NULL};

/* Does the one word t end as Slavic, Romanian, Greek, Turkish, Georgian, Armenian or Nordic surnames do
 * ("Sadowska", "Petrovic", "Ionescu", "Papadopoulos", "Kalnins" not)? Only a default for a bare word. */
static int surname_shape(const char *text, const eg_token *t)
{
    static const char *const ends[] = {"ski", "ska", "sky", "cki", "cka", "wicz", "ović", "ovic", "ević", "evic",
                                       "escu", "enko", "chuk", "czuk", "poulos", "opoulou", "akis", "idis", "oglu",
                                       "oğlu", "dottir", "sson", "shvili", "adze", "ov", "ova", "yan", NULL};
    if (t->kind != EG_TK_WORD || (t->flags & EG_TF_ALLCAPS) || t->len < 5) return 0;
    const char *w = text + t->start;
    for (int i = 0; ends[i]; i++) {
        size_t n = strlen(ends[i]);
        if (t->len >= n + 3 && (n >= 3 || t->len >= 6) && !memcmp(w + t->len - n, ends[i], n)) return 1;
    }
    return 0;
}

/* Does word t open with a surname's prefix and a capital ("McCain", "DeLay", "MacArthur", "LaHood")? */
static int surname_prefix(const char *text, const eg_token *t)
{
    static const char *const pre[] = {"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", NULL};
    const char *w = text + t->start;
    for (int i = 0; pre[i]; i++) {
        size_t n = strlen(pre[i]);
        if (t->len > n + 2 && !memcmp(w, pre[i], n) && w[n] >= 'A' && w[n] <= 'Z' && w[n + 1] >= 'a' && w[n + 1] <= 'z')
            return 1;
    }
    return 0;
}

static int tok_in(const char *text, const eg_token *t, const char *const *list)
{
    return eg_tok_in(text, t, list);
}

/* Does a role's relation value say the holder heads or works for something ("chairman", "official")? */
static int staff_value(const char *rv) { return rv && (!strcmp(rv, "leads") || !strcmp(rv, "member_of")); }

/* A role word that says a person: any but a party to a deal ("sponsor", "contractor", "lender"), which
 * firms are as often as people. */
static int person_role(const char *text, const eg_token *t)
{
    /* (nor a company's part: "Ticketmaster L.L.C., a subsidiary the company owns") */
    if (eg_tok_is(text, t, "subsidiary") || eg_tok_is(text, t, "affiliate")) return 0;
    const char *rv = eg_lex_value(EG_LEX_ROLE, text + t->start, t->len);
    return !rv || strcmp(rv, "transacted_with");
}

/* A vote of n for type t, remembering which kind of evidence cast it. */
#define VOTE(kind, t, n) (v[(t)] += (n), m->evidence |= 1u << (kind))

const char *eg_evidence_name(int bit)
{
    static const char *const names[EG_EV_COUNT] = {
        "known organisation", "known place", "Jr. suffix", "organisation head word", "place head word",
        "organisation word in front", "given name", "surname", "initials", "acronym", "inner capital",
        "title", "role word before", "class noun before", "preceded by 'the'", "after in/at/from",
        "speech verb or 'who' after", "role apposition", "heads or employs someone", "of/for/and inside",
        "default for the shape", "dateline", "'which' after", "a product's noun beside it"};
    return bit >= 0 && bit < EG_EV_COUNT ? names[bit] : "?";
}

/* Nouns that name a product ("the painkiller OxyContin", "its Android operating system", "Dengvaxia,
 * the first dengue vaccine"), and the nouns after one that make it a maker's description instead
 * ("a drug maker", "the app developer"). */
static const char *const product_nouns[] = {
    "drug", "drugs", "painkiller", "painkillers", "opioid", "vaccine", "vaccines", "injector", "injectors", "spray",
    "pill", "pills", "tablet", "tablets", "medicine", "medication", "inhaler", "implant", "implants", "jab",
    "app", "apps", "browser", "software", "smartphone", "smartphones", "handset", "handsets", "laptop", "console",
    "chip", "chips", "processor", "engine", "sedan", "airliner", "jetliner", "drone", "rifle", "missile",
    "pesticide", "herbicide", "weedkiller", "cigarette", "cigarettes", "device", "devices", "malware", "ransomware",
    "spyware", "trojan", "botnet", "token", "tokens", "cryptocurrency", "stablecoin",
    /* weapons and craft ("36 Rafale fighter jets", "the Scorpene submarines") */
    "fighter", "fighters", "warplane", "warplanes", "helicopter", "helicopters", "submarine",
    "submarines", "frigate", "frigates", "corvette", "corvettes", "warship", "warships", "howitzer",
    "howitzers", "missiles", "drones", "rifles", "rocket", "rockets", NULL};
static const char *const maker_nouns[] = {
    "maker", "makers", "company", "companies", "firm", "firms", "business", "businesses", "group", "unit", "division",
    "producer", "producers", "manufacturer", "manufacturers", "developer", "developers", "giant", "supplier",
    "suppliers", "distributor", "distributors", "arm", "subsidiary", "chain", "industry", "sector", "executive",
    "executives", "maker's", "regulator", "agency", "lab", "laboratory", "trial", "trials", "plant", "factory", NULL};
/* words before a name whose product's noun follows it ("its Android mobile operating system") */
static const char *const product_owners[] = {"its", "the", "their", "his", "her", NULL};
/* words that may follow a product's noun in a description of it ("a spray containing fentanyl") */
static const char *const product_after[] = {"that", "which", "used", "containing", "made", "sold", "approved",
                                            "marketed", "for", "with", "in", "of", "developed", "known", "to", "from", NULL};

/* Is a product noun the head of the n or fewer lower-case words from token k on? */
static int product_head(const char *text, const eg_tokens *tk, uint32_t k, uint32_t n)
{
    for (uint32_t g = k; g < tk->ntok && g < k + n; g++) {
        const eg_token *t = &tk->tok[g];
        if (t->kind != EG_TK_WORD || !(t->flags & EG_TF_LOWER)) return 0;
        int os = eg_tok_is(text, t, "operating") && g + 1 < tk->ntok && eg_tok_is(text, &tk->tok[g + 1], "system");
        if (!os && !tok_in(text, t, product_nouns)) continue;
        /* "operating system", "app store": a product's compound; not "a drug maker" */
        static const char *const tails[] = {"system", "store", "browser", "engine", "software", "jet", "jets", NULL};
        while (g + 1 < tk->ntok && (tk->tok[g + 1].flags & EG_TF_LOWER) && tok_in(text, &tk->tok[g + 1], tails)) g++;
        const eg_token *u = g + 1 < tk->ntok ? &tk->tok[g + 1] : NULL;
        if (!u || u->kind == EG_TK_PUNCT) return 1;
        if (tok_in(text, u, maker_nouns)) return 0;
        return (u->flags & EG_TF_LOWER) && tok_in(text, u, product_after);
    }
    return 0;
}

void eg_classify(eg_docresult *r, const char *text)
{
    const eg_tokens *tk = &r->tk;
    for (size_t i = 0; i < r->nm; i++) {
        eg_mention *m = &r->m[i];
        int *v = m->type_votes;
        uint32_t a = m->tok_start, b = m->tok_end;
        const eg_token *ta = &tk->tok[a], *tl = &tk->tok[b - 1];
        uint32_t nw = b - a;
        if (ta->kind == EG_TK_HANDLE) { VOTE(EG_EV_DEFAULT, EG_ORG, 1); VOTE(EG_EV_DEFAULT, EG_PERSON, 1); continue; }
        const char *org = NULL;
        {
            size_t s = ta->start, e = tl->start + tl->len;
            org = eg_lex_value(EG_LEX_ORG, text + s, e - s);
        }
        if (org) {
            if (!strncmp(org, "LOC", 3)) VOTE(EG_EV_ORG_LEXICON, EG_LOC, 5);
            else if (!strncmp(org, "PERSON", 6)) VOTE(EG_EV_ORG_LEXICON, EG_PERSON, 5);
            else VOTE(EG_EV_ORG_LEXICON, EG_ORG, 5);
        }
        /* a product: "its Android mobile operating system", "the prescription painkiller OxyContin",
         * "Subsys, a spray containing fentanyl", "Dengvaxia, the world's first dengue vaccine" */
        if (!org) {
            /* (after the name only behind an article or an owner: "its Android operating system", not
             * "Regulators banned Veltrix devices", a maker's name) */
            /* (or a count: "36 Gripen fighter jets", "50 Caracal military helicopters") */
            int owned = a > 0 && (tk->tok[a - 1].kind == EG_TK_POSS || tok_in(text, &tk->tok[a - 1], product_owners) ||
                                  tk->tok[a - 1].kind == EG_TK_NUM);
            int prod = owned && product_head(text, tk, b, 3);
            /* (before the name only a medicine's or a weapon's noun: "the video app Loopline" is the company) */
            static const char *const goods_before[] = {"drug", "painkiller", "opioid", "vaccine", "injector", "spray", "pill",
                                                       "medicine", "medication", "inhaler", "implant", "rifle", "missile",
                                                       "pesticide", "herbicide", "weedkiller", "cigarette", "sedan",
                                                       "airliner", "jetliner", "malware", "ransomware", "spyware",
                                                       "token", "cryptocurrency", "stablecoin", NULL};
            /* (and the name ends its phrase: not "the drug Veltrana developed", a maker in a relative clause) */
            static const char *const phrase_ends[] = {"and", "or", "in", "to", "for", "with", "from", "at", "on", "which",
                                                      "that", "is", "was", "has", "had", NULL};
            if (!prod && a > 0 && (tk->tok[a - 1].flags & EG_TF_LOWER) && tok_in(text, &tk->tok[a - 1], goods_before) &&
                (b >= tk->ntok || tk->tok[b].kind == EG_TK_PUNCT || tok_in(text, &tk->tok[b], phrase_ends)))
                prod = 1;
            if (!prod && b + 2 < tk->ntok && text[tk->tok[b].start] == ',' && tk->tok[b].kind == EG_TK_PUNCT &&
                (eg_tok_is(text, &tk->tok[b + 1], "a") || eg_tok_is(text, &tk->tok[b + 1], "an") ||
                 eg_tok_is(text, &tk->tok[b + 1], "the"))) {
                /* past a possessive's owner: "the world's first dengue vaccine" */
                uint32_t g = b + 2;
                if (g + 1 < tk->ntok && tk->tok[g + 1].kind == EG_TK_POSS) g += 2;
                prod = product_head(text, tk, g, 5);
            }
            if (prod) VOTE(EG_EV_PRODUCT, EG_ORG, 0);
        }
        /* "the Niyamgiri hills", "the Mekong delta": a name before a natural feature's noun in lower case is the
         * place's */
        {
            static const char *const features[] = {"hills", "mountains", "river", "valley", "forest", "delta", "plateau",
                                                   "basin", "lake", "desert", "coast", "highlands", "estuary", NULL};
            if (b < tk->ntok && (tk->tok[b].flags & EG_TF_LOWER) && a > 0 && eg_tok_is(text, &tk->tok[a - 1], "the") &&
                tok_in(text, &tk->tok[b], features))
                VOTE(EG_EV_LOC_HEAD, EG_LOC, 3);
        }
        /* "CARVERTON, Ohio —", "LAUCHSTEDT (Reuters) -": a dateline in capitals opening its sentence */
        if ((ta->flags & EG_TF_ALLCAPS) && (ta->flags & EG_TF_SSTART) && (tk->tok[b - 1].flags & EG_TF_ALLCAPS) &&
            tk->nsent > 0 && a == tk->sent[0].tok_start && !org && /* (the text's first words; not "NATO (the alliance)") */
            b + 1 < tk->ntok && tk->tok[b].kind == EG_TK_PUNCT &&
            ((text[tk->tok[b].start] == ',' && (tk->tok[b + 1].flags & EG_TF_CAP) &&
              (lexspan(text, tk, EG_LEX_PLACE, b + 1, b + 2) || lexspan(text, tk, EG_LEX_COUNTRY, b + 1, b + 2) ||
               (tk->tok[b + 1].flags & EG_TF_ABBR))) ||
             text[tk->tok[b].start] == '(' || (tk->tok[b].flags & EG_TF_DASH) ||
             (text[tk->tok[b].start] == '-' && tk->tok[b].len == 1)))
            VOTE(EG_EV_DATELINE, EG_LOC, 6);
        if (lexspan(text, tk, EG_LEX_PLACE, a, b)) VOTE(EG_EV_PLACE_LEXICON, EG_LOC, 5);
        /* "Hartford", "Aarhus", a dateline's "HARTFORD"; not an acronym in the text ("MARAU") */
        else if (lexspan(text, tk, EG_LEX_CITY, a, b) && (!(ta->flags & EG_TF_ALLCAPS) || (ta->flags & EG_TF_SSTART)))
            VOTE(EG_EV_PLACE_LEXICON, EG_LOC, 3);
        /* head word decides organisations and places */
        uint32_t last = b - 1;
        if (m->suffix_jr && last > a) { VOTE(EG_EV_JR_SUFFIX, EG_PERSON, 4); last--; }
        int head_org = lexspan(text, tk, EG_LEX_ORG_HEAD, last, last + 1);
        int head_loc = lexspan(text, tk, EG_LEX_LOC_HEAD, last, last + 1);
        /* "the Christian Democrats", "the Sweden Democrats": a party's plural member noun ends its name (not a faith's:
         * "Coptic Christians", "Sunni Muslims") */
        {
            static const char *const party_plurals[] = {"Democrats", "Republicans", "Socialists", "Conservatives",
                                                        "Liberals", "Greens", "Nationalists", "Communists", "Unionists",
                                                        "Progressives", "Libertarians", "Radicals", NULL};
            if (!head_org && !head_loc && last > a && tok_in(text, &tk->tok[last], party_plurals) && (tk->tok[last].flags & EG_TF_CAP))
                head_org = 1;
        }
        /* ("the Soviet Union", "the Russian Federation", "the West Bank": a place the lexicon knows whole) */
        if (head_org && last > a && lexspan(text, tk, EG_LEX_PLACE, a, b)) head_org = 0;
        /* "Kennedy Space Center", "Ramstein Air Base": a place's head of two words over an organisation's last word */
        if (last > a && lexspan(text, tk, EG_LEX_LOC_HEAD, last - 1, last + 1)) {
            head_loc = 1;
            head_org = 0;
        }
        /* "Yongsan Police Station", "the Mokotow Police Station": the police of a station, an organisation */
        if (head_loc && last > a && eg_tok_is(text, &tk->tok[last], "Station") && eg_tok_is(text, &tk->tok[last - 1], "Police")) {
            head_loc = 0;
            head_org = 1;
        }
        for (uint32_t k = a; k < b; k++) {
            if (eg_tok_is(text, &tk->tok[k], "of") || eg_tok_is(text, &tk->tok[k], "for") ||
                eg_tok_is(text, &tk->tok[k], "&") || eg_tok_is(text, &tk->tok[k], "and") ||
                eg_tok_is(text, &tk->tok[k], "on")) {
                /* "Department of Justice": the head is before the connector */
                /* ("the U.S. Attorney's Office for the Northern District of Texas": a place's head word after
                 * the connector names what the office serves) */
                for (uint32_t h = a; h < k; h++) {
                    if (lexspan(text, tk, EG_LEX_ORG_HEAD, h, h + 1)) head_org = 1, head_loc = last <= k ? head_loc : 0;
                    else if (lexspan(text, tk, EG_LEX_LOC_HEAD, h, h + 1) && !head_org) head_loc = 1;
                }
                /* (an ampersand joins the names of a firm, never a person's: "Latham & Watkins") */
                if (!head_org && !head_loc) VOTE(EG_EV_CONNECTOR, EG_ORG, eg_tok_is(text, &tk->tok[k], "&") ? 4 : 1);
                break;
            }
        }
        if (nw >= 2 || !lexspan(text, tk, EG_LEX_PLACE, a, b)) {
            if (head_org && nw >= 2) VOTE(EG_EV_ORG_HEAD, EG_ORG, 4);
            else if (head_org) VOTE(EG_EV_ORG_HEAD, EG_ORG, 2);
            if (head_loc && nw >= 2) VOTE(EG_EV_LOC_HEAD, EG_LOC, 4);
            else if (head_loc) VOTE(EG_EV_LOC_HEAD, EG_LOC, 1);
        }
        /* an organisation word in front: "Olympique de Marseille", "Clube Atletico X", "University of X" */
        if (nw >= 2 && !head_org && !head_loc && lexspan(text, tk, EG_LEX_ORG_HEAD, a, a + 1) &&
            !lexspan(text, tk, EG_LEX_GIVEN, a, a + 1))
            VOTE(EG_EV_ORG_FRONT, EG_ORG, 3);
        /* "County Cork", "Lake Como", "Mount Kenya": a place word in front */
        {
            /* (and buildings: "Palace of Westminster", "Castle Howard") */
            static const char *const loc_fronts[] = {"County", "Lake", "Mount", "Mt.", "Port", "Fort", "Cape", "Isle",
                                                     "Gulf", "Palace", "Castle", NULL};
            if (nw >= 2 && !head_org && tok_in(text, ta, loc_fronts) && (ta->flags & EG_TF_CAP))
                VOTE(EG_EV_LOC_HEAD, EG_LOC, 3);
        }
        /* "Major League Soccer": an organisation word inside a longer name */
        if (nw >= 3 && !head_org && !head_loc)
            for (uint32_t k = a + 1; k < last; k++)
                if (tk->tok[k].kind == EG_TK_WORD && lexspan(text, tk, EG_LEX_ORG_HEAD, k, k + 1)) {
                    VOTE(EG_EV_ORG_FRONT, EG_ORG, 4);
                    break;
                }
        /* "Prairie Fuels", "Coastal Dynamics": a plural common noun after a word that is no given
         * name ends a company's name, not a person's */
        if (nw >= 2 && !head_org && !head_loc && !org && !lexspan(text, tk, EG_LEX_PLACE, a, b) &&
            !lexspan(text, tk, EG_LEX_GIVEN, a, a + 1) && tl->len > 3 &&
            text[tl->start + tl->len - 1] == 's' && text[tl->start + tl->len - 2] != 's' &&
            lexspan(text, tk, EG_LEX_COMMON, last, last + 1) && !lexspan(text, tk, EG_LEX_SURNAME, last, last + 1))
            VOTE(EG_EV_ORG_HEAD, EG_ORG, 3);
        /* "Pampa Play", "Karpaty Bus", "Song Hong Land": an English noun no name list has, after a word that
         * is no given name, ends a firm's name more often than a person's */
        else if (nw >= 2 && !head_org && !head_loc && !org && !lexspan(text, tk, EG_LEX_PLACE, a, b) &&
                 !lexspan(text, tk, EG_LEX_GIVEN, a, a + 1) && tl->len > 3 && (tk->tok[last].flags & EG_TF_CAP) &&
                 lexspan(text, tk, EG_LEX_COMMON, last, last + 1) && !lexspan(text, tk, EG_LEX_SURNAME, last, last + 1) &&
                 !lexspan(text, tk, EG_LEX_GIVEN, last, last + 1))
            VOTE(EG_EV_ORG_HEAD, EG_ORG, 1);
        /* "the Kudo-kai", "the Yamaguchi-gumi": a Japanese association's suffix; "Los Lobos", "Los Chapitos": a
         * Spanish plural article before a word no place list knows names a group */
        /* (one word: not a Cantonese given name, "Chan Chun-kai"; nor a town after "to", "in" or "from", "Los Cabos") */
        if (nw == 1 && tl->kind == EG_TK_WORD && eg_tok_assoc_suffix(text, tl))
            VOTE(EG_EV_ORG_HEAD, EG_ORG, 4);
        else if (nw == 2 && (eg_tok_is(text, ta, "Los") || eg_tok_is(text, ta, "Las")) && !lexspan(text, tk, EG_LEX_PLACE, a, b) &&
                 !lexspan(text, tk, EG_LEX_CITY, a, b) && !(a > 0 && tok_in(text, &tk->tok[a - 1], loc_preps)))
            VOTE(EG_EV_ORG_HEAD, EG_ORG, 3);
        /* "BDO Unibank", "Sberbank", "Rabobank": a word made with "bank" names a bank */
        if (!head_org && !head_loc && tl->kind == EG_TK_WORD && tl->len > 6 && (tk->tok[last].flags & EG_TF_CAP) &&
            !eg_ncasecmp(text + tl->start + tl->len - 4, "bank", 4) && !lexspan(text, tk, EG_LEX_COMMON, last, last + 1) &&
            !lexspan(text, tk, EG_LEX_PLACE, last, last + 1) && !lexspan(text, tk, EG_LEX_CITY, last, last + 1) &&
            !lexspan(text, tk, EG_LEX_SURNAME, last, last + 1))
            VOTE(EG_EV_ORG_HEAD, EG_ORG, 3);
        /* "Rue Saint-Honoré", "Puerto Cortés", "Palácio Araguaia": a street, a port or a palace in front */
        {
            static const char *const loc_front[] = {"rue", "via", "calle", "avenida", "rua", "piazza", "plaza",
                                                    "palácio", "palacio", "palazzo", "puerto", "porto", "strasse", NULL};
            if (nw >= 2 && tok_in(text, ta, loc_front) && (ta->flags & EG_TF_CAP)) VOTE(EG_EV_LOC_HEAD, EG_LOC, 4);
        }
        /* "the South West", "the North East": compass words alone name a region */
        {
            int all = nw >= 1;
            for (uint32_t k = a; k < b && all; k++) all = tok_in(text, &tk->tok[k], eg_compass_words);
            if (all) VOTE(EG_EV_LOC_HEAD, EG_LOC, 4);
        }
        /* "HMP Fellgate", "HMYOI Feltham": a British prison */
        if (nw >= 2 && (eg_tok_is(text, ta, "HMP") || eg_tok_is(text, ta, "HMYOI"))) VOTE(EG_EV_LOC_HEAD, EG_LOC, 5);
        /* "NHS England", "BBC Scotland": a known organisation's acronym in front */
        if (nw >= 2 && (ta->flags & EG_TF_ALLCAPS) && lexspan(text, tk, EG_LEX_ORG, a, a + 1) && !lexspan(text, tk, EG_LEX_PLACE, a, a + 1))
            VOTE(EG_EV_ORG_FRONT, EG_ORG, 4);
        /* "Brannock Foodstores", "Kelvar Microsystems": a last word that ends in a plural organisation
         * word ("stores", "systems") */
        if (nw >= 2 && !head_org && !head_loc && tl->len >= 8 && text[tl->start + tl->len - 1] == 's') {
            for (uint32_t k = 5; k + 3 <= tl->len && !org; k++) {
                const char *suf = text + tl->start + tl->len - k;
                if ((*suf & 0xC0) != 0x80 && eg_lex_has(EG_LEX_ORG_HEAD, suf, k)) {
                    VOTE(EG_EV_ORG_HEAD, EG_ORG, 3);
                    break;
                }
            }
        }
        /* "a Kobe-based start-up", "Nakuru-based": where something is based is a place */
        if (b + 1 < tk->ntok && tk->tok[b].kind == EG_TK_PUNCT && text[tk->tok[b].start] == '-' &&
            tk->tok[b].start == tl->start + tl->len && eg_tok_is(text, &tk->tok[b + 1], "based"))
            VOTE(EG_EV_PLACE_PREP, EG_LOC, 4);
        /* "21st Century Fox", "3M": no person's name starts with a figure */
        if (nw >= 2 && ta->kind == EG_TK_NUM && !head_loc) VOTE(EG_EV_ORG_FRONT, EG_ORG, 4);
        /* "their Popular Will party", "Russia's Wagner mercenary group": a name before a party's or a
         * group's noun (a describing word between) is the organisation's */
        if (b + 1 < tk->ntok && !head_org && !head_loc) {
            static const char *const org_after[] = {"party", "group", "movement", "faction", "militia", "coalition",
                                                    "alliance", "network", "consortium", "conglomerate", NULL};
            static const char *const group_mods[] = {"mercenary", "rebel", "militant", "armed", "opposition", "ruling",
                                                     "political", "paramilitary", "extremist", "terrorist", "hacker",
                                                     "hacking", "criminal", "islamist", "separatist", "nationalist",
                                                     "far-right", "far-left", "right-wing", "left-wing", "media",
                                                     "investment", "advocacy", "lobby", "pressure", "protest", NULL};
            uint32_t e = b;
            if (e + 1 < tk->ntok && (tk->tok[e].flags & EG_TF_LOWER) && tok_in(text, &tk->tok[e], group_mods) &&
                tok_in(text, &tk->tok[e + 1], org_after))
                e++;
            /* (not "Mugabe as party leader", "the Smith group of companies", "Zorbak told party members",
             * "quit party politics": a lower-case word after the noun makes it a modifier) */
            /* (but an auxiliary after it is the clause's verb: "Najib's Barisan Nasional coalition had governed") */
            static const char *const clause_aux[] = {"had", "has", "have", "was", "were", "is", "are", "will", "would",
                                                     "said", "says", NULL};
            if (tok_in(text, &tk->tok[e], org_after) && (tk->tok[e].flags & EG_TF_LOWER) &&
                !(e + 1 < tk->ntok && (eg_tok_is(text, &tk->tok[e + 1], "of") ||
                                       ((tk->tok[e + 1].flags & EG_TF_LOWER) && !tok_in(text, &tk->tok[e + 1], clause_aux)))))
                VOTE(EG_EV_CLASS_NOUN, EG_ORG, 3);
        }
        /* "in Hanford, Washington, and Livingston, Louisiana": a name, a comma and a state or country
         * closed by punctuation is a town (not "Mark Kelly, Arizona Democrat") */
        /* (a given name too after a place's preposition: "base in Irving, Texas,") */
        int place_prep = a > 0 && (eg_tok_is(text, &tk->tok[a - 1], "in") || eg_tok_is(text, &tk->tok[a - 1], "near") ||
                                   eg_tok_is(text, &tk->tok[a - 1], "from"));
        if (b + 2 < tk->ntok && tk->tok[b].kind == EG_TK_PUNCT && text[tk->tok[b].start] == ',' &&
            (place_prep || !lexspan(text, tk, EG_LEX_GIVEN, a, a + 1)) &&
            !lexspan(text, tk, EG_LEX_ORG_HEAD, last, last + 1) && (nw == 1 || !lexspan(text, tk, EG_LEX_SURNAME, last, last + 1))) {
            uint32_t e = b + 1;
            while (e < tk->ntok && e < b + 4 && (tk->tok[e].flags & EG_TF_CAP) && tk->tok[e].kind == EG_TK_WORD) e++;
            if (e > b + 1 && lexspan(text, tk, EG_LEX_PLACE, b + 1, e) &&
                (e >= tk->ntok || (tk->tok[e].kind == EG_TK_PUNCT && strchr(",.;)", text[tk->tok[e].start]))))
                VOTE(EG_EV_PLACE_PREP, EG_LOC, 3);
        }
        /* "Orbit Jordan", "Vodafone Egypt": a brand and the country it serves is a company (not a place
         * of its own, not a person's name: "Michael Jordan") */
        /* (and "Oxfam Great Britain", "Ranbaxy USA": a country of two words, or three words in all whose
         * middle one is no name) */
        uint32_t cs = nw == 2 ? a + 1 : nw == 3 && country_span(text, tk, a + 1, b) ? a + 1 : nw == 3 ? a + 2 : b;
        if (nw >= 2 && nw <= 3 && country_span(text, tk, cs, b) && !lexspan(text, tk, EG_LEX_PLACE, a, b) &&
            (cs == a + 1 || ((tk->tok[a + 1].flags & EG_TF_CAP) && !lexspan(text, tk, EG_LEX_GIVEN, a + 1, a + 2) &&
                             !lexspan(text, tk, EG_LEX_SURNAME, a + 1, a + 2) && !lexspan(text, tk, EG_LEX_PLACE, a + 1, a + 2))) &&
            !lexspan(text, tk, EG_LEX_GIVEN, a, a + 1) && !lexspan(text, tk, EG_LEX_SURNAME, a, a + 1) &&
            !lexspan(text, tk, EG_LEX_PLACE, a, a + 1) && !lexspan(text, tk, EG_LEX_CITY, a, a + 1) &&
            !lexspan(text, tk, EG_LEX_DEMONYM, a, a + 1) && !tok_in(text, ta, eg_compass_words) &&
            !lexspan(text, tk, EG_LEX_TITLE, a, a + 1) && !lexspan(text, tk, EG_LEX_STOP, a, a + 1))
            VOTE(EG_EV_ORG_FRONT, EG_ORG, 3);
        /* "Greenpeace East Asia", "Amnesty International UK": a known organisation's name in front */
        /* ("Tianjin Zhongbin Haisheng": a city's name in front of words no list knows, a firm's way of naming
         * itself, not a person's) */
        if (nw >= 2 && !lexspan(text, tk, EG_LEX_GIVEN, a, a + 1) && !lexspan(text, tk, EG_LEX_SURNAME, a, a + 1) &&
            !lexspan(text, tk, EG_LEX_ORG, a, b) && !lexspan(text, tk, EG_LEX_PLACE, a, b)) {
            int known = 0;
            for (uint32_t k = a + 1; k < b && k <= a + 3 && !known; k++) known = lexspan(text, tk, EG_LEX_ORG, a, k) ? (int)k : 0;
            /* (not a word written like an acronym the list knows: "Alp Gurkan" is no "ALP") */
            if (known == (int)a + 1 && acronym_entry(text, ta)) known = 0;
            /* (not before a person's name: "Sanofi Pasteur" is typed by its other evidence) */
            if (known && b - (uint32_t)known == 1 &&
                (lexspan(text, tk, EG_LEX_GIVEN, known, b) || lexspan(text, tk, EG_LEX_SURNAME, known, b)))
                known = 0;
            if (known && b - (uint32_t)known >= 2 && lexspan(text, tk, EG_LEX_GIVEN, known, known + 1) &&
                lexspan(text, tk, EG_LEX_SURNAME, b - 1, b))
                known = 0;
            int city_firm = nw >= 3 && (lexspan(text, tk, EG_LEX_CITY, a, a + 1) || lexspan(text, tk, EG_LEX_PLACE, a, a + 1)) &&
                            !lexspan(text, tk, EG_LEX_DEMONYM, a, a + 1);
            for (uint32_t k = a + 1; k < b && city_firm; k++)
                city_firm = (tk->tok[k].flags & EG_TF_CAP) && !lexspan(text, tk, EG_LEX_GIVEN, k, k + 1) &&
                            !lexspan(text, tk, EG_LEX_SURNAME, k, k + 1) && !lexspan(text, tk, EG_LEX_COMMON, k, k + 1) &&
                            !lexspan(text, tk, EG_LEX_LOC_HEAD, k, k + 1) && !lexspan(text, tk, EG_LEX_CITY, k, k + 1) &&
                            !lexspan(text, tk, EG_LEX_PLACE, k, k + 1);
            /* (not a place's own name before its kind: "Mumbai Chhatrapati Shivaji Maharaj airport") */
            if (city_firm && b < tk->ntok && (tk->tok[b].flags & EG_TF_LOWER) && lexspan(text, tk, EG_LEX_LOC_HEAD, b, b + 1))
                city_firm = 0;
            /* (a known organisation's venue is a place: "the T-Mobile Arena", "the Google campus") */
            if ((known && !(head_loc && lexspan(text, tk, EG_LEX_LOC_HEAD, b - 1, b))) || city_firm)
                VOTE(EG_EV_ORG_FRONT, EG_ORG, 3);
        }
        /* "PT Sawit Lestari", "CV Karya Borneo": Indonesian company forms in front */
        if (nw >= 2 && (ta->flags & EG_TF_ALLCAPS) && (eg_tok_is(text, ta, "PT") || eg_tok_is(text, ta, "CV")))
            VOTE(EG_EV_ORG_FRONT, EG_ORG, 5);
        /* "Hwasan Law": a name ending in "Law" that mentions kept is a law firm (statutes are rejected there) */
        if (nw >= 2 && eg_tok_is(text, tl, "Law")) VOTE(EG_EV_ORG_HEAD, EG_ORG, 4);
        /* "the ruling Kannada Praja Vedike (KPV)": a name whose capitals its bracketed acronym spells is
         * an organisation's; people are not written so */
        if (nw >= 2 && b + 2 < tk->ntok && eg_tok_is(text, &tk->tok[b], "(") && eg_tok_is(text, &tk->tok[b + 2], ")") &&
            (tk->tok[b + 1].flags & EG_TF_ALLCAPS) && tk->tok[b + 1].len >= 2 && tk->tok[b + 1].len <= 12) {
            const eg_token *ac = &tk->tok[b + 1];
            size_t j = 0;
            int ok = 1;
            for (uint32_t k = a; k < b && ok; k++) {
                const eg_token *t = &tk->tok[k];
                if (t->kind != EG_TK_WORD || !(t->flags & EG_TF_CAP)) continue;
                ok = j < ac->len && text[t->start] == text[ac->start + j];
                j++;
            }
            if (ok && j == ac->len) VOTE(EG_EV_ACRONYM, EG_ORG, 5);
        }
        /* "American Red Cross", "Irish Ferries": a people's name in front is no person's given name */
        if (nw >= 2 && !org && !head_loc && !lexspan(text, tk, EG_LEX_PLACE, a, b) && lexspan(text, tk, EG_LEX_DEMONYM, a, a + 1) &&
            !lexspan(text, tk, EG_LEX_GIVEN, a, a + 1) && !lexspan(text, tk, EG_LEX_GIVEN, a + 1, a + 2))
            VOTE(EG_EV_ORG_FRONT, EG_ORG, 2);
        /* "Lena Park", "Arthur Hall": a given name and a known surname outweigh a head word */
        if (nw >= 2 && nw <= 3 && lexspan(text, tk, EG_LEX_GIVEN, a, a + 1) &&
            lexspan(text, tk, EG_LEX_SURNAME, last, last + 1) && (head_org || head_loc))
            VOTE(EG_EV_SURNAME, EG_PERSON, 5);
        /* "Newcastle Ironmen", "Leeds Rhinos": a city and a plural is a team (not "Kansas City") */
        if (nw == 2 && !head_loc && (lexspan(text, tk, EG_LEX_PLACE, a, a + 1) || lexspan(text, tk, EG_LEX_CITY, a, a + 1)) &&
            !lexspan(text, tk, EG_LEX_PLACE, a, b) && !lexspan(text, tk, EG_LEX_CITY, a, b) && tl->len > 3 &&
            (text[tl->start + tl->len - 1] == 's' || !memcmp(text + tl->start + tl->len - 3, "men", 3)) &&
            !lexspan(text, tk, EG_LEX_GIVEN, last, last + 1) && !lexspan(text, tk, EG_LEX_SURNAME, last, last + 1) &&
            !lexspan(text, tk, EG_LEX_DEMONYM, last, last + 1))
            VOTE(EG_EV_ORG_HEAD, EG_ORG, 3);
        /* "Helen Strand", "Oliver Hill": a given name before a place word of two words is a person's
         * name more often than a place's (not a known place: "Beverly Hills") */
        if (nw == 2 && head_loc && !head_org && lexspan(text, tk, EG_LEX_GIVEN, a, a + 1) &&
            !lexspan(text, tk, EG_LEX_SURNAME, last, last + 1) && !lexspan(text, tk, EG_LEX_COMMON, a, a + 1) &&
            !lexspan(text, tk, EG_LEX_PLACE, a, b) && !lexspan(text, tk, EG_LEX_CITY, a, b) &&
            !lexspan(text, tk, EG_LEX_PLACE, a, a + 1))
            VOTE(EG_EV_GIVEN_NAME, EG_PERSON, 3);
        /* given name first: a person ("Jean-Robert": a hyphenated pair whose first part is one) */
        int given_first = lexspan(text, tk, EG_LEX_GIVEN, a, a + 1);
        if (!given_first && nw >= 2) {
            const char *hy = memchr(text + ta->start, '-', ta->len);
            given_first = hy && hy > text + ta->start && hy + 1 < text + ta->start + ta->len && hy[1] >= 'A' && hy[1] <= 'Z' &&
                          eg_lex_has(EG_LEX_GIVEN, text + ta->start, (size_t)(hy - (text + ta->start)));
        }
        /* "Santa Rosa", "San Fernando", "Saint-Denis": a known town named after a saint is no person */
        {
            static const char *const saints[] = {"san", "santa", "santo", "são", "sao", "saint", "sainte", "st", "st.", NULL};
            if (nw >= 2 && tok_in(text, ta, saints) && (lexspan(text, tk, EG_LEX_CITY, a, b) || lexspan(text, tk, EG_LEX_PLACE, a, b)))
                given_first = 0;
        }
        /* (three words or more ending in a plain English noun that no name list has: "Tana Hydro Works",
         * "Hoa Binh Solar" are firms) */
        /* (not a nickname's words: Christopher "Dudus" Coke) */
        int nick = 0;
        for (uint32_t k = a + 1; k < b && !nick; k++) nick = (tk->tok[k].flags & EG_TF_QUOTE) != 0;
        if (nw >= 3 && given_first && !nick && lexspan(text, tk, EG_LEX_COMMON, last, last + 1) &&
            !lexspan(text, tk, EG_LEX_SURNAME, last, last + 1) && !lexspan(text, tk, EG_LEX_GIVEN, last, last + 1))
            given_first = 0;
        if (nw >= 2 && !head_org && !head_loc && given_first) VOTE(EG_EV_GIVEN_NAME, EG_PERSON, 3);
        else if (nw == 1 && lexspan(text, tk, EG_LEX_GIVEN, a, a + 1)) VOTE(EG_EV_GIVEN_NAME, EG_PERSON, 1);
        if (nw >= 2 && !head_org && !head_loc && lexspan(text, tk, EG_LEX_SURNAME, last, last + 1) && (given_first || !lexspan(text, tk, EG_LEX_CITY, a, b)))
            VOTE(EG_EV_SURNAME, EG_PERSON, 1);
        if (nw == 1 && lexspan(text, tk, EG_LEX_SURNAME, a, a + 1)) VOTE(EG_EV_SURNAME, EG_PERSON, 1);
        /* "Choi Soon-sil", "Moon Jae-in": a surname, then a given name of two syllables joined by a hyphen, the
         * second in lower case (a Korean name's shape) */
        if (nw == 2 && lexspan(text, tk, EG_LEX_SURNAME, a, a + 1) && !head_org && !head_loc) {
            const eg_token *g = &tk->tok[a + 1];
            const char *h = g->len >= 5 ? memchr(text + g->start + 1, '-', g->len - 2) : NULL;
            /* (not an English suffix: "the Cho Kuk-era reforms", "Kim-led", "Seoul-based") */
            static const char *const suffix_words[] = {"era", "led", "run", "backed", "based", "style", "type", "born",
                                                       "made", "owned", "linked", "free", "like", "wide", "only", NULL};
            int sw = 0;
            if (h) {
                size_t sl = (size_t)(text + g->start + g->len - h - 1);
                for (const char *const *q = suffix_words; *q && !sw; q++) sw = strlen(*q) == sl && !memcmp(h + 1, *q, sl);
            }
            if (h && !sw && h[1] >= 'a' && h[1] <= 'z' && !memchr(h + 1, '-', (size_t)(text + g->start + g->len - h - 1)) &&
                (size_t)(text + g->start + g->len - h - 1) <= 4 && (size_t)(h - (text + g->start)) <= 5)
                VOTE(EG_EV_SURNAME, EG_PERSON, 3);
        }
        /* initials: Mary J. Kerr */
        for (uint32_t k = a + 1; k + 1 < b; k++)
            if (tk->tok[k].len == 2 && (tk->tok[k].flags & EG_TF_ABBR)) VOTE(EG_EV_INITIALS, EG_PERSON, 2);
        /* place lexicon inside a longer name ("Spanish Government" has a head; "Panama City" too) */
        if (nw == 1 && (ta->flags & EG_TF_ALLCAPS) && !org && !lexspan(text, tk, EG_LEX_PLACE, a, b)) VOTE(EG_EV_ACRONYM, EG_ORG, 2);
        /* (not a hyphenated name: "Abdel-Razek", "Al-Mansouri") */
        /* (not a surname's prefix: "DeLay", "McCain", "LaHood", "DiCaprio", "MacArthur") */
        if (nw == 1 && (ta->flags & EG_TF_MIXED) && !memchr(text + ta->start, '-', ta->len) && !surname_prefix(text, ta))
            VOTE(EG_EV_MIXED_CASE, EG_ORG, 1);
        /* title or role cue: a person */
        if (m->title >= 0) VOTE(EG_EV_TITLE, EG_PERSON, 4);
        /* two or three words with a given name first or a surname's ending last, no organisation word */
        int personish = nw >= 2 && nw <= 3 && !head_org &&
                        (lexspan(text, tk, EG_LEX_GIVEN, a, a + 1) || surname_shape(text, &tk->tok[last]));
        if (a > 0) {
            const eg_token *p = &tk->tok[a - 1];
            /* (not a rival or a deal's party, which firms are as often: "family-owned rival Lofoten Laks") */
            static const char *const firm_roles[] = {"rival", "rivals", "competitor", "challenger", "client", NULL};
            if (p->kind == EG_TK_WORD && (p->flags & EG_TF_LOWER) && !tok_in(text, p, firm_roles) &&
                (eg_lex_has(EG_LEX_ROLE, text + p->start, p->len) || eg_lex_has(EG_LEX_TITLE, text + p->start, p->len)) &&
                person_role(text, p))
                VOTE(EG_EV_ROLE_BEFORE, EG_PERSON, 2);
            /* "Simon Okafor of Pemberton Hale", "analyst Michael Hume of Raymond James": what a person
             * named in full is "of" is a body, not another person (a place keeps its own evidence) */
            if (a >= 3 && eg_tok_is(text, p, "of") && (tk->tok[a - 2].flags & EG_TF_CAP) &&
                !lexspan(text, tk, EG_LEX_PLACE, a, b) && !lexspan(text, tk, EG_LEX_CITY, a, b)) {
                size_t h = a - 2, nw2 = 1;
                while (h > 0 && nw2 < 4 && (tk->tok[h - 1].flags & EG_TF_CAP) && tk->tok[h - 1].kind == EG_TK_WORD) { h--; nw2++; }
                if (nw2 >= 2 && lexspan(text, tk, EG_LEX_GIVEN, h, h + 1) && !lexspan(text, tk, EG_LEX_TITLE, h, h + 1) &&
                    !(tk->tok[h].flags & EG_TF_SSTART && lexspan(text, tk, EG_LEX_STOP, h, h + 1)))
                    VOTE(EG_EV_CLASS_NOUN, EG_ORG, 3);
            }
            /* "of the governing Historic Pact", "the ruling Civic Platform": a party or coalition */
            if (a >= 2 && (eg_tok_is(text, p, "governing") || eg_tok_is(text, p, "ruling")) &&
                eg_tok_is(text, &tk->tok[a - 2], "the"))
                VOTE(EG_EV_CLASS_NOUN, EG_ORG, 3);
            /* "to merge with Lofoten Laks", "a merger with X": only firms and bodies merge */
            if (a >= 2 && eg_tok_is(text, p, "with") &&
                (eg_tok_is(text, &tk->tok[a - 2], "merge") || eg_tok_is(text, &tk->tok[a - 2], "merged") ||
                 eg_tok_is(text, &tk->tok[a - 2], "merger") || eg_tok_is(text, &tk->tok[a - 2], "merging")))
                VOTE(EG_EV_HEADS_OR_EMPLOYS, EG_ORG, 3);
            /* "the leader of Radical Change", "a member of X": what a person heads or belongs to (no place) */
            if (a >= 2 && eg_tok_is(text, p, "of") && tk->tok[a - 2].kind == EG_TK_WORD && (tk->tok[a - 2].flags & EG_TF_LOWER) &&
                !lexspan(text, tk, EG_LEX_PLACE, a, b) && !lexspan(text, tk, EG_LEX_CITY, a, b) &&
                !lexspan(text, tk, EG_LEX_DEMONYM, a, a + 1) && !(b < tk->ntok && tk->tok[b].kind == EG_TK_POSS)) {
                /* (not a personal tie: "a longtime associate of Shkreli", "an ally of X") */
                static const char *const ties[] = {"associate", "associates", "ally", "allies", "confidant", "confidante",
                                                   "protege", "prot\xc3\xa9g\xc3\xa9", "loyalist", "loyalists",
                                                   "supporter", "supporters", NULL}; /* ("a supporter of Donnet") */
                const eg_token *r2 = &tk->tok[a - 2];
                const char *rv = eg_lex_value(EG_LEX_ROLE, text + r2->start, r2->len);
                if (staff_value(rv) && !tok_in(text, r2, ties)) VOTE(EG_EV_HEADS_OR_EMPLOYS, EG_ORG, 2);
            }
            if (p->kind == EG_TK_WORD && (p->flags & EG_TF_LOWER)) {
                /* "the mining company Borealis Two", "the city of X" */
                /* (not "the party Morales leads", "the charity Smith founded": a clause's subject) */
                static const char *const clause_verbs[] = {"leads", "led", "founded", "co-founded", "runs", "ran",
                                                           "heads", "headed", "chairs", "chaired", "created", "built",
                                                           "owns", "owned", "started", NULL};
                if (b < tk->ntok && tok_in(text, &tk->tok[b], clause_verbs)) {
                } else if (tok_in(text, p, org_kinds) || eg_tok_is(text, p, "unit") || /* ("the organised crime unit Gaeco") */
                           (tok_in(text, p, body_kinds) &&
                            (b >= tk->ntok || !(tk->tok[b].flags & EG_TF_LOWER) || tok_in(text, &tk->tok[b], body_after))))
                    VOTE(EG_EV_CLASS_NOUN, EG_ORG, personish && tok_in(text, p, trade_kinds) ? 1 : 5);
                else if (tok_in(text, p, loc_kinds)) VOTE(EG_EV_CLASS_NOUN, EG_LOC, 3);
                else if (a >= 2 && eg_tok_is(text, p, "of") && tok_in(text, &tk->tok[a - 2], loc_kinds)) VOTE(EG_EV_CLASS_NOUN, EG_LOC, 3);
                /* "Kevin Marsh, 65, of Lexington, S.C.,": a press release's town after a person's age */
                else if (a >= 4 && eg_tok_is(text, p, "of") && tk->tok[a - 2].kind == EG_TK_PUNCT && text[tk->tok[a - 2].start] == ',' &&
                         tk->tok[a - 3].kind == EG_TK_NUM && tk->tok[a - 4].kind == EG_TK_PUNCT && text[tk->tok[a - 4].start] == ',' &&
                         !head_org)
                    VOTE(EG_EV_PLACE_PREP, EG_LOC, 4);
                /* "the people of Flint", "the mayor of Gary", "residents of Toledo": who lives in or runs a town */
                /* (not "the people of Acme Corp": no head word) */
                else if (a >= 3 && eg_tok_is(text, p, "of") && tok_in(text, &tk->tok[a - 2], dwellers) &&
                         (eg_tok_is(text, &tk->tok[a - 3], "the") || tk->tok[a - 3].kind == EG_TK_PUNCT ||
                          (tk->tok[a - 3].flags & EG_TF_LOWER)) &&
                         !head_org)
                    VOTE(EG_EV_CLASS_NOUN, EG_LOC, 3);
            }
            /* "Lanka BioLab Solutions, a Kandy laboratory supplier", "Minh Phat Transport, a Hai Phong firm": a name between
             * an apposition's "a" and a kind of company is where the company is */
            /* (a town's name, or a word only the given-name list knows: not "a Volvo supplier", "a Berlusconi company") */
            if (a >= 2 && (eg_tok_is(text, p, "a") || eg_tok_is(text, p, "an")) && tk->tok[a - 2].kind == EG_TK_PUNCT &&
                text[tk->tok[a - 2].start] == ',' && !head_org && !lexspan(text, tk, EG_LEX_ORG, a, b) &&
                !lexspan(text, tk, EG_LEX_DEMONYM, a, b) && !lexspan(text, tk, EG_LEX_SURNAME, b - 1, b) &&
                (lexspan(text, tk, EG_LEX_CITY, a, b) || lexspan(text, tk, EG_LEX_GIVEN, a, a + 1))) {
                static const char *const firm_kinds[] = {"company", "firm", "lender", "supplier", "developer", "manufacturer",
                                                         "maker", "retailer", "distributor", "exporter", "importer", "insurer",
                                                         "trader", "wholesaler", "startup", "start-up", NULL};
                uint32_t q = b;
                while (q < tk->ntok && q < b + 3 && (tk->tok[q].flags & EG_TF_LOWER) && !tok_in(text, &tk->tok[q], firm_kinds)) q++;
                if (q < tk->ntok && (tk->tok[q].flags & EG_TF_LOWER) && tok_in(text, &tk->tok[q], firm_kinds))
                    VOTE(EG_EV_CLASS_NOUN, EG_LOC, 3);
            }
            /* "Breon Peace, U.S. Attorney for the Eastern District": a capitalised title in apposition after the
             * name, with its office after it */
            if (b + 3 < tk->ntok && tk->tok[b].kind == EG_TK_PUNCT && text[tk->tok[b].start] == ',' &&
                (tk->tok[b + 1].flags & EG_TF_CAP)) {
                for (uint32_t tn = 1; tn <= 4 && b + 1 + tn < tk->ntok; tn++) {
                    const eg_token *n2 = &tk->tok[b + 1 + tn];
                    if (!lexspan(text, tk, EG_LEX_TITLE, b + 1, b + 1 + tn)) continue;
                    if (eg_tok_is(text, n2, "for") || eg_tok_is(text, n2, "of") ||
                        (n2->kind == EG_TK_PUNCT && text[n2->start] == ','))
                        VOTE(EG_EV_ROLE_APPOSITION, EG_PERSON, 3);
                    break;
                }
            }
            /* "Its chief executive, Lena Park": a role right before the name's comma */
            if (p->kind == EG_TK_PUNCT && text[p->start] == ',' && a >= 2) {
                const eg_token *q = &tk->tok[a - 2];
                /* "the construction firm, Anadolu Yapi", "her former label, Crescent": a class noun (not
                 * "purchases from the supplier, Prentice said", where the name starts a clause) */
                /* ... nor "a spokesman for the firm, Colin Lindahl": the role's holder is named */
                int role_for = 0; /* (a person's name there: "the construction firm, Anadolu Yapi" is the firm) */
                /* (or two plain words: "A lawyer for the travel agency, Ruusa Hangula, said") */
                int looks_person = lexspan(text, tk, EG_LEX_GIVEN, a, a + 1) || (nw >= 2 && lexspan(text, tk, EG_LEX_SURNAME, last, last + 1)) ||
                                   (nw == 2 && !head_org && !head_loc && b < tk->ntok && tk->tok[b].kind == EG_TK_PUNCT &&
                                    text[tk->tok[b].start] == ',');
                for (size_t h = a - 2; h > 0 && h + 7 > a - 2 && !role_for && looks_person; h--) {
                    const eg_token *u = &tk->tok[h - 1];
                    if ((eg_tok_is(text, &tk->tok[h], "for") || eg_tok_is(text, &tk->tok[h], "of") ||
                         eg_tok_is(text, &tk->tok[h], "at")) &&
                        u->kind == EG_TK_WORD && (eg_lex_has(EG_LEX_ROLE, text + u->start, u->len) || tok_in(text, u, people_roles)))
                        role_for = 1; /* (plural too: "four alleged members of the cartel, Sean McGovern, ...") */
                }
                if (q->kind == EG_TK_WORD && (q->flags & EG_TF_LOWER) && !role_for &&
                    !(b < tk->ntok && tok_in(text, &tk->tok[b], said_verbs))) {
                    if (tok_in(text, q, org_kinds)) VOTE(EG_EV_CLASS_NOUN, EG_ORG, personish && tok_in(text, q, trade_kinds) ? 1 : 5);
                    /* (not an opening phrase of place: "In the prefecture, Sato Hiroshi runs an inn") */
                    else if (tok_in(text, q, loc_kinds) &&
                             !(a >= 4 && eg_tok_is(text, &tk->tok[a - 3], "the") &&
                               (eg_tok_is(text, &tk->tok[a - 4], "In") || eg_tok_is(text, &tk->tok[a - 4], "in") ||
                                eg_tok_is(text, &tk->tok[a - 4], "Across") || eg_tok_is(text, &tk->tok[a - 4], "At"))))
                        VOTE(EG_EV_CLASS_NOUN, EG_LOC, 3);
                }
                /* (not "Park's father, Daesong chairman Park Sang-hoon": the name before a title is its organisation's) */
                int before_title = b < tk->ntok && (tk->tok[b].flags & EG_TF_LOWER) &&
                                   (lexspan(text, tk, EG_LEX_TITLE, b, b + 1) || lexspan(text, tk, EG_LEX_ROLE, b, b + 1));
                /* (not a party to a deal: "the club's main sponsor, Yesilirmak Enerji") */
                if (q->kind == EG_TK_WORD && (q->flags & EG_TF_LOWER) && eg_lex_has(EG_LEX_ROLE, text + q->start, q->len) &&
                    !eg_lex_has(EG_LEX_ORG_HEAD, text + q->start, q->len) && !before_title) {
                    if (person_role(text, q)) VOTE(EG_EV_ROLE_APPOSITION, EG_PERSON, 3);
                }
                /* "the charity's auditors, Pemberton Hale", "Celtavia's solicitors, X": a firm */
                /* (not "one of its members, Wu Shu-fen": people hold these) */
                else if (q->kind == EG_TK_WORD && (q->flags & EG_TF_LOWER) && q->len > 4 && text[q->start + q->len - 1] == 's' &&
                         text[q->start + q->len - 2] != 's' && eg_lex_has(EG_LEX_ROLE, text + q->start, q->len - 1) &&
                         !tok_in(text, q, people_roles) &&
                         a >= 3 && (tk->tok[a - 3].kind == EG_TK_POSS || eg_tok_is(text, &tk->tok[a - 3], "its") ||
                                    eg_tok_is(text, &tk->tok[a - 3], "their") || eg_tok_is(text, &tk->tok[a - 3], "his") ||
                                    eg_tok_is(text, &tk->tok[a - 3], "her")) &&
                         !(b < tk->ntok && (eg_tok_is(text, &tk->tok[b], "and") || eg_tok_is(text, &tk->tok[b], "or"))) &&
                         /* (not the clause's subject after an opening phrase: "In a letter released through his
                          * lawyers, Coke said") */
                         !(b < tk->ntok && tok_in(text, &tk->tok[b], said_verbs)) &&
                         !lexspan(text, tk, EG_LEX_GIVEN, a, a + 1)) /* (not "His lawyers, Harriet Ambrose") */
                    VOTE(EG_EV_CLASS_NOUN, EG_ORG, 5); /* ("its lawyers, Pemberton Shaw": outvotes a name's look) */
            }
            /* 'The group, which called itself "Fancy Bear"': the name takes its class noun's type */
            if ((p->flags & EG_TF_QUOTE) && a >= 2 &&
                (eg_tok_is(text, &tk->tok[a - 2], "itself") || eg_tok_is(text, &tk->tok[a - 2], "as") ||
                 eg_tok_is(text, &tk->tok[a - 2], "dubbed") || eg_tok_is(text, &tk->tok[a - 2], "named"))) {
                for (size_t k = a - 2; k > 0 && k + 10 > a; k--) {
                    if (tok_in(text, &tk->tok[k - 1], org_kinds)) { VOTE(EG_EV_CLASS_NOUN, EG_ORG, 4); break; }
                    if (tok_in(text, &tk->tok[k - 1], loc_kinds)) { VOTE(EG_EV_CLASS_NOUN, EG_LOC, 4); break; }
                }
            }
            /* "analysts at Morgan Stanley", "a professor at X", "an analyst at the insurance broker X": an employer */
            uint32_t at = a - 1;
            if (a >= 4 && (p->flags & EG_TF_LOWER))
                for (uint32_t h = a - 1; h + 4 > a && h >= 2; h--) {
                    if (tk->tok[h].kind != EG_TK_WORD) break; /* "the Dublin stockbroker X" */
                    if (eg_tok_is(text, &tk->tok[h], "the")) {
                        if (eg_tok_is(text, &tk->tok[h - 1], "at")) at = h - 1;
                        break;
                    }
                }
            /* not "at the Dublin stockbroker X", where the name describes the kind */
            /* ... "at the Zurich law firm X", "at the Dublin investment bank Y" */
            int modifier = b < tk->ntok && (tk->tok[b].flags & EG_TF_LOWER) &&
                           (tok_in(text, &tk->tok[b], org_kinds) ||
                            (b + 1 < tk->ntok && (tk->tok[b + 1].flags & EG_TF_LOWER) && tok_in(text, &tk->tok[b + 1], org_kinds)));
            if (eg_tok_is(text, &tk->tok[at], "at") && at >= 1 && !modifier) {
                const eg_token *q = &tk->tok[at - 1];
                size_t ql = q->len;
                if (ql > 1 && text[q->start + ql - 1] == 's') ql--; /* plural */
                if (q->kind == EG_TK_WORD &&
                    (eg_lex_has(EG_LEX_ROLE, text + q->start, q->len) || eg_lex_has(EG_LEX_ROLE, text + q->start, ql)))
                    VOTE(EG_EV_CLASS_NOUN, EG_ORG, 5);
            }
            /* "Analyst Priya Shah of Berenberg", "music industry analyst Sofia Lind of MIDiA Research":
             * what a person with a role is "of" is the employer */
            if (eg_tok_is(text, p, "of") && a >= 3 && (tk->tok[a - 2].flags & EG_TF_CAP)) {
                uint32_t h = a - 2;
                while (h > 0 && h + 4 > a - 2 && (tk->tok[h - 1].flags & EG_TF_CAP) && tk->tok[h - 1].kind == EG_TK_WORD &&
                       !eg_lex_has(EG_LEX_ROLE, text + tk->tok[h - 1].start, tk->tok[h - 1].len))
                    h--;
                const eg_token *q = h > 0 ? &tk->tok[h - 1] : NULL;
                if (q && q->kind == EG_TK_WORD && h + 1 < a - 1 && eg_lex_has(EG_LEX_ROLE, text + q->start, q->len) &&
                    lexspan(text, tk, EG_LEX_GIVEN, h, h + 1))
                    VOTE(EG_EV_CLASS_NOUN, EG_ORG, 3);
            }
            /* "the mayor of Le Conquet", "the governor of Bahia": a place's head */
            if (eg_tok_is(text, p, "of") && a >= 2) {
                static const char *const local_heads[] = {"mayor", "governor", "mayors", "governors", "premier",
                                                          "collector", NULL};
                if (tok_in(text, &tk->tok[a - 2], local_heads)) VOTE(EG_EV_CLASS_NOUN, EG_LOC, 3);
            }
            /* "flew to Dahej", "travelled to Tromso": a journey's end is a place */
            if (eg_tok_is(text, p, "to") && a >= 2 && nw <= 2 && !(b < tk->ntok && tk->tok[b].kind == EG_TK_POSS)) {
                static const char *const journeys[] = {"flew", "travelled", "traveled", "drove", "sailed", "moved",
                                                       "returned", "went", "relocated", "fled", "headed", NULL};
                if (tok_in(text, &tk->tok[a - 2], journeys)) VOTE(EG_EV_PLACE_PREP, EG_LOC, 2);
            }
            /* "a spice trader from Kandy", "a retired teacher from Ibarra": where the described person is from */
            if (eg_tok_is(text, p, "from") && a >= 3 && nw <= 2 && (tk->tok[a - 2].flags & EG_TF_LOWER) &&
                !tok_in(text, &tk->tok[a - 2], msg_nouns) && !tok_in(text, &tk->tok[a - 2], money_to)) {
                int desc = 0;
                /* (not through a relative clause: "Perez, a farmer who bought seed from Velmora") */
                static const char *const clause_words[] = {"who", "which", "that", "whose", "has", "had", "have", "was",
                                                           "is", "were", "are", NULL};
                for (size_t q = a - 2; q + 6 > a && q > 0; q--) {
                    const eg_token *u = &tk->tok[q - 1];
                    if (eg_tok_is(text, u, "a") || eg_tok_is(text, u, "an")) {
                        desc = q >= 2 && tk->tok[q - 2].kind == EG_TK_PUNCT && text[tk->tok[q - 2].start] == ',';
                        break;
                    }
                    if ((!(u->flags & EG_TF_LOWER) && u->kind != EG_TK_NUM) || tok_in(text, u, clause_words)) break;
                }
                if (tok_in(text, &tk->tok[a - 2], clause_words)) desc = 0;
                if (desc) VOTE(EG_EV_PLACE_PREP, EG_LOC, 2);
            }
            /* "a company based in Vigo", "born in Florence": where one is based, registered or born
             * is a place, even when its name is also a given name */
            /* (three words with a small word inside: "based in Oberndorf am Neckar") */
            int inner_small = nw == 3 && (tk->tok[a + 1].flags & EG_TF_LOWER);
            if (eg_tok_is(text, p, "in") && a >= 2 && (nw <= 2 || inner_small) && !(b < tk->ntok && tk->tok[b].kind == EG_TK_POSS)) {
                static const char *const sited[] = {"based", "headquartered", "located", "registered", "incorporated",
                                                    "born", "situated", "resident", NULL};
                if (tok_in(text, &tk->tok[a - 2], sited)) VOTE(EG_EV_PLACE_PREP, EG_LOC, 2);
            }
            /* "a 30 percent stake in Hulu", "shares in Rusal": what one holds shares in is a company */
            if (eg_tok_is(text, p, "in") && a >= 2 && !(b < tk->ntok && tk->tok[b].kind == EG_TK_POSS)) {
                static const char *const holdings[] = {"stake", "stakes", "shares", "shareholding", "shareholdings",
                                                       "holding", "holdings", "equity", "investor", "investors",
                                                       "shareholder", "shareholders", NULL};
                /* (not a name before what is invested in: "investors in Mayfair property") */
                /* (a verb or a small word after it is fine: "shares in Reliance Infocomm had been allotted") */
                static const char *const after_ok[] = {"and", "in", "for", "of", "to", "from", "at", "on", "by", "with", "as",
                                                       "had", "has", "have", "was", "were", "is", "are", "will", "would",
                                                       "could", "can", "may", "said", "says", "which", "that", "who",
                                                       "after", "before", "since", "until", "when", "last", "this", "rose",
                                                       "fell", "jumped", "slumped", "or", "but", NULL};
                if (tok_in(text, &tk->tok[a - 2], holdings) && !(b < tk->ntok && (tk->tok[b].flags & EG_TF_LOWER) &&
                                                                 tk->tok[b].kind == EG_TK_WORD && !tok_in(text, &tk->tok[b], after_ok)))
                    VOTE(EG_EV_HEADS_OR_EMPLOYS, EG_ORG, 3);
            }
            /* "Shareholders of Assicurazioni Generali", "owns nearly 10 percent of Generali": what has
             * shareholders or is owned by the percent is a company */
            if (eg_tok_is(text, p, "of") && a >= 2 && !(b < tk->ntok && tk->tok[b].kind == EG_TK_POSS)) {
                static const char *const owners[] = {"shareholders", "stockholders", "shareholder", "bondholders",
                                                     "creditors", NULL};
                /* (not "controlled 80 percent of Kidal": territory is controlled too) */
                static const char *const own_verbs[] = {"owns", "own", "owned", "owning", "holds", "hold", "held",
                                                        "holding", "bought", "buy", "buys", "sold", "sell", "sells",
                                                        "acquired", "acquire", NULL};
                const eg_token *q = &tk->tok[a - 2];
                int pct = eg_tok_is(text, q, "percent") || (q->kind == EG_TK_PUNCT && text[q->start] == '%') ||
                          (eg_tok_is(text, q, "cent") && a >= 3 && eg_tok_is(text, &tk->tok[a - 3], "per"));
                if (tok_in(text, q, owners)) VOTE(EG_EV_HEADS_OR_EMPLOYS, EG_ORG, 3);
                else if (pct)
                    for (size_t h = a - 2; h > 0 && h + 6 > a; h--)
                        if (tok_in(text, &tk->tok[h - 1], own_verbs)) {
                            VOTE(EG_EV_HEADS_OR_EMPLOYS, EG_ORG, 3);
                            break;
                        }
            }
            /* "who runs Fenland Fresh", "founded Staylio in 2014": what one runs, founds or buys is an
             * organisation (not "runs Mike's campaign") */
            if (p->kind == EG_TK_WORD && (p->flags & EG_TF_LOWER) && !(b < tk->ntok && tk->tok[b].kind == EG_TK_POSS)) {
                static const char *const run_verbs[] = {"runs", "ran", "owns", "co-owns", "founded", "co-founded",
                                                        "cofounded", "manages", "managed", "acquired", "bought", "buy",
                                                        "buys", "buying", "acquire", "acquires", "acquiring", NULL};
                if (tok_in(text, p, run_verbs)) VOTE(EG_EV_HEADS_OR_EMPLOYS, EG_ORG, 2);
            }
            /* "Sikorsky, owned by Lockheed Martin", "Waymo, a unit of Alphabet", "RAOS Voima, another Rosatom unit",
             * "Tavola, a Comigel subsidiary": what another owns, or a part named by its owner, is a company */
            if (b + 3 < tk->ntok && tk->tok[b].kind == EG_TK_PUNCT && text[tk->tok[b].start] == ',') {
                const eg_token *t1 = &tk->tok[b + 1], *t2 = &tk->tok[b + 2], *t3 = &tk->tok[b + 3];
                int art = eg_tok_is(text, t1, "a") || eg_tok_is(text, t1, "the");
                if ((eg_tok_is(text, t1, "owned") && eg_tok_is(text, t2, "by")) ||
                    (art && (eg_tok_is(text, t2, "unit") || eg_tok_is(text, t2, "subsidiary")) && eg_tok_is(text, t3, "of")) ||
                    ((eg_tok_is(text, t1, "another") || eg_tok_is(text, t1, "a")) && (t2->flags & EG_TF_CAP) &&
                     (eg_tok_is(text, t3, "unit") || eg_tok_is(text, t3, "subsidiary") || eg_tok_is(text, t3, "affiliate"))))
                    VOTE(EG_EV_HEADS_OR_EMPLOYS, EG_ORG, 3);
            }
            /* "Lusaka-based Sable Research", "Bremen-based Weser Container Line": a firm, not a person */
            if (eg_tok_is(text, p, "based") && a >= 3 && tk->tok[a - 2].kind == EG_TK_PUNCT &&
                text[tk->tok[a - 2].start] == '-')
                VOTE(EG_EV_CLASS_NOUN, EG_ORG, 3);
            /* "Peru's Apurimac region", "the Quillacocha mine": a place's or a site's kind after it */
            if (b < tk->ntok && (tk->tok[b].flags & EG_TF_LOWER)) {
                static const char *const site_kinds[] = {"region", "province", "district", "county", "municipality",
                                                         "prefecture", "governorate", "mine", "mines", "refinery",
                                                         "oilfield", "gasfield", "dam", "reservoir", "river", "lake",
                                                         "basin", "delta", "estuary", "valley", "desert", "bay",
                                                         "peninsula", "archipelago", "field", "block",
                                                         "concession", NULL};
                if (tok_in(text, &tk->tok[b], site_kinds)) VOTE(EG_EV_CLASS_NOUN, EG_LOC, 3);
            }
            /* "the Hargrove campaign": the article belongs to the noun the name modifies */
            if (m->has_the && !(b < tk->ntok && tok_in(text, &tk->tok[b], the_premodified))) VOTE(EG_EV_THE, EG_ORG, 1);
            /* ("wrote to Aisha Bello", "spoke to X": an addressee after a verb, not a place) */
            /* (three words too, with no organisation word: "the wedding in Ras Al Khaimah") */
            else if (tok_in(text, p, loc_preps) && (nw <= 2 || (nw == 3 && !head_org)) && !(b < tk->ntok && tk->tok[b].kind == EG_TK_POSS) &&
                     !((eg_tok_is(text, p, "to") || eg_tok_is(text, p, "from")) && a >= 2 &&
                       ((eg_tok_is(text, p, "to") && tok_in(text, &tk->tok[a - 2], said_to)) ||
                        tok_in(text, &tk->tok[a - 2], msg_nouns) || tok_in(text, &tk->tok[a - 2], money_to))))
                VOTE(EG_EV_PLACE_PREP, EG_LOC, 1); /* not "at Kiprotich's training camp" */
        }
        /* ("the U.S. Attorney's Office, headed by Breon Peace": an office is headed or chaired by a person) */
        /* (an organisation's name, not a noun, before the participle: not "The bid, headed by Apollo Global,") */
        if (a >= 4 && nw >= 2 && eg_tok_is(text, &tk->tok[a - 1], "by") &&
            (eg_tok_is(text, &tk->tok[a - 2], "headed") || eg_tok_is(text, &tk->tok[a - 2], "chaired")) &&
            eg_tok_is(text, &tk->tok[a - 3], ",") && !(tk->tok[a - 4].flags & EG_TF_LOWER) &&
            /* (not a place before a description: "chaired by Hong Kong businessman Xu Jianhong") */
            !lexspan(text, tk, EG_LEX_PLACE, a, b) && !lexspan(text, tk, EG_LEX_CITY, a, b) &&
            !(b < tk->ntok && (tk->tok[b].flags & EG_TF_LOWER) && !lexspan(text, tk, EG_LEX_STOP, b, b + 1)))
            VOTE(EG_EV_HEADS_OR_EMPLOYS, EG_PERSON, 2);
        /* "Gunvor was co-founded in 2000 by X", "Acme was set up": only organisations are founded */
        if (b + 1 < tk->ntok && (eg_tok_is(text, &tk->tok[b], "was") || eg_tok_is(text, &tk->tok[b], "is")) &&
            (eg_tok_is(text, &tk->tok[b + 1], "founded") || eg_tok_is(text, &tk->tok[b + 1], "co-founded") ||
             eg_tok_is(text, &tk->tok[b + 1], "incorporated") || eg_tok_is(text, &tk->tok[b + 1], "headquartered")))
            VOTE(EG_EV_CLASS_NOUN, EG_ORG, 4);
        if (b < tk->ntok) {
            const eg_token *n = &tk->tok[b];
            if (tok_in(text, n, said_verbs)) VOTE(EG_EV_SPEECH_VERB, EG_PERSON, 1);
            /* "Haiyang did not respond to questions", "X declined to comment": an actor asked, like one who speaks
             * (the evidence a short form needs, no type's vote) */
            else if (b + 2 < tk->ntok && ((eg_tok_is(text, n, "did") && eg_tok_is(text, &tk->tok[b + 1], "not") &&
                                          (eg_tok_is(text, &tk->tok[b + 2], "respond") || eg_tok_is(text, &tk->tok[b + 2], "reply") ||
                                           eg_tok_is(text, &tk->tok[b + 2], "comment"))) ||
                                         (eg_tok_is(text, n, "declined") && eg_tok_is(text, &tk->tok[b + 1], "to") &&
                                          eg_tok_is(text, &tk->tok[b + 2], "comment"))))
                VOTE(EG_EV_SPEECH_VERB, EG_PERSON, 0); /* (no vote: companies decline as often as people) */
            /* ("a trader from Kandy who", "a lawyer in Leeds who": the relative is the noun's before the place) */
            if (tok_in(text, n, person_pronoun_after) && !(a > 0 && tok_in(text, &tk->tok[a - 1], loc_preps)))
                VOTE(EG_EV_SPEECH_VERB, EG_PERSON, 1);
            /* "Pampa Play, which runs the app": "which" is never a person's (not after "in": a place's) */
            if (n->kind == EG_TK_PUNCT && text[n->start] == ',' && b + 1 < tk->ntok && eg_tok_is(text, &tk->tok[b + 1], "which") &&
                !(a > 0 && (tok_in(text, &tk->tok[a - 1], loc_preps) || eg_tok_is(text, &tk->tok[a - 1], "by") ||
                            eg_tok_is(text, &tk->tok[a - 1], "of"))))
                VOTE(EG_EV_WHICH_AFTER, EG_ORG, 2); /* (nor "a dealer owned by X, which bought": the dealer's) */
            /* "Jayasekara's younger sister": only a person has kin */
            if (n->kind == EG_TK_POSS && b + 1 < tk->ntok) {
                static const char *const kin[] = {"wife", "husband", "son", "daughter", "brother", "sister", "father",
                                                  "mother", "widow", "widower", "nephew", "niece", "uncle", "aunt",
                                                  "cousin", "son-in-law", "daughter-in-law", "brother-in-law",
                                                  "sister-in-law", "father-in-law", "mother-in-law", "grandson",
                                                  "granddaughter", "stepson", "stepdaughter", "fiancée", "fiance",
                                                  "fiancé", "girlfriend", "boyfriend", NULL};
                size_t q = b + 1;
                if ((tk->tok[q].flags & EG_TF_LOWER) && !tok_in(text, &tk->tok[q], kin) && q + 1 < tk->ntok) q++;
                if (tok_in(text, &tk->tok[q], kin)) VOTE(EG_EV_ROLE_APPOSITION, EG_PERSON, 3);
                /* "Aurore Espace's chief executive", "Halden's shareholders": what only a company has */
                static const char *const corporate[] = {"ceo", "cfo", "coo", "board", "shareholders", "shares",
                                                        "headquarters", "subsidiary", "employees", "chairman",
                                                        "chairwoman", "stock", "founder", "co-founder", "founders",
                                                        "auditors", "creditors", "workforce", NULL};
                const eg_token *w = &tk->tok[b + 1];
                if (tok_in(text, w, corporate) || eg_tok_is(text, w, "director-general") ||
                    (eg_tok_is(text, w, "chief") && b + 2 < tk->ntok &&
                     (eg_tok_is(text, &tk->tok[b + 2], "executive") || eg_tok_is(text, &tk->tok[b + 2], "financial") ||
                      eg_tok_is(text, &tk->tok[b + 2], "operating"))) ||
                    /* ("Sahel Towers' managing director", "the mill's general manager") */
                    ((eg_tok_is(text, w, "managing") || eg_tok_is(text, w, "executive") || eg_tok_is(text, w, "finance")) &&
                     b + 2 < tk->ntok && eg_tok_is(text, &tk->tok[b + 2], "director")) ||
                    (eg_tok_is(text, w, "general") && b + 2 < tk->ntok && eg_tok_is(text, &tk->tok[b + 2], "manager")))
                    VOTE(EG_EV_HEADS_OR_EMPLOYS, EG_ORG, 3);
            }
            /* "Talbert Quine and his deputy", "X and her husband": only a person is "his" or "her" */
            if (eg_tok_is(text, n, "and") && b + 2 < tk->ntok &&
                (eg_tok_is(text, &tk->tok[b + 1], "his") || eg_tok_is(text, &tk->tok[b + 1], "her")) &&
                (tk->tok[b + 2].flags & EG_TF_LOWER) && eg_lex_has(EG_LEX_ROLE, text + tk->tok[b + 2].start, tk->tok[b + 2].len))
                VOTE(EG_EV_ROLE_APPOSITION, EG_PERSON, 2);
            /* "Singapore's Sentosa island", "the Ghouta area", "the Ritz-Carlton hotel": a place's kind right
             * after its name (not "the Ghouta area's": the noun's owner) */
            if (n->kind == EG_TK_WORD && (n->flags & EG_TF_LOWER) &&
                !(b + 1 < tk->ntok && (tk->tok[b + 1].kind == EG_TK_POSS || (tk->tok[b + 1].flags & EG_TF_CAP)))) {
                /* (regions, provinces, valleys and the like: site_kinds below) */
                static const char *const place_after[] = {"island", "area", "hotel", "neighbourhood", "neighborhood",
                                                          "suburb", "resort", "enclave", "palace", "airport",
                                                          "township", "rig", "platform", "stadium", "arena", NULL};
                if (tok_in(text, n, place_after)) VOTE(EG_EV_CLASS_NOUN, EG_LOC, 3);
            }
            /* "Lofoten Laks shareholders would receive": what only a company has, right after its name */
            if (n->kind == EG_TK_WORD && (n->flags & EG_TF_LOWER)) {
                static const char *const owned[] = {"shareholders", "employees", "workforce", "headquarters",
                                                    "subsidiary", "subsidiaries", "stockholders", NULL};
                if (tok_in(text, n, owned)) VOTE(EG_EV_HEADS_OR_EMPLOYS, EG_ORG, 3);
            }
            /* "Lindqvist president Ana Sousa": a name that heads or employs is an organisation */
            if (n->kind == EG_TK_WORD && (n->flags & EG_TF_LOWER) && b + 1 < tk->ntok &&
                (tk->tok[b + 1].flags & EG_TF_CAP)) {
                const char *rv = eg_lex_value(EG_LEX_ROLE, text + n->start, n->len);
                if (staff_value(rv)) VOTE(EG_EV_HEADS_OR_EMPLOYS, EG_ORG, 3);
            }
            /* "Zandervoort, the company's chief executive, resigned": a role apposition (not after
             * "Elliott Management," whose head word says organisation: "an activist investor") */
            if (n->kind == EG_TK_PUNCT && text[n->start] == ',' && !(head_org && nw >= 2)) {
                /* (an organisation's name and its "'s" do not count against the six words: "Shonubi, the
                 * Central Bank of Nigeria's deputy governor") */
                size_t span = 7;
                if (b + 2 < tk->ntok && eg_tok_is(text, &tk->tok[b + 1], "the") && (tk->tok[b + 2].flags & EG_TF_CAP)) {
                    size_t q = b + 2;
                    while (q < tk->ntok && q < b + 10 &&
                           ((tk->tok[q].flags & EG_TF_CAP) || eg_tok_is(text, &tk->tok[q], "of") || eg_tok_is(text, &tk->tok[q], "and")))
                        q++;
                    if (q < tk->ntok && tk->tok[q].kind == EG_TK_POSS) span += q - (b + 2);
                }
                /* (not a participle's clause: "Mediobanca, turning the contest into a proxy fight") */
                const eg_token *t1 = &tk->tok[b + 1];
                /* (a participle with its object: not "managing director", "acting chief executive", "presiding judge") */
                static const char *const objects[] = {"the", "a", "an", "his", "her", "its", "their", "this", "that", NULL};
                if (b + 2 < tk->ntok && (t1->flags & EG_TF_LOWER) && t1->len > 5 &&
                    !memcmp(text + t1->start + t1->len - 3, "ing", 3) && tok_in(text, &tk->tok[b + 2], objects))
                    span = 0;
                for (size_t k = b + 1; k < tk->ntok && k < b + span; k++) {
                    const eg_token *t = &tk->tok[k];
                    if (t->kind == EG_TK_PUNCT && text[t->start] != '\'') break;
                    /* (the apposition's head is a kind of body: "Delfin, the holding company of Luxottica
                     * founder Leonardo Del Vecchio" is no founder) */
                    if (t->kind == EG_TK_WORD && (t->flags & EG_TF_LOWER) && k > b + 1 && tok_in(text, t, org_kinds) &&
                        !eg_lex_has(EG_LEX_ROLE, text + t->start, t->len) && /* (not "a trader in Serrekunda") */
                        !(k + 1 < tk->ntok && tk->tok[k + 1].kind == EG_TK_POSS) && /* (not "the company's chief") */
                        /* (nor a body's word before a role: "a bank executive", "the club captain") */
                        !(k + 1 < tk->ntok && (tk->tok[k + 1].flags & EG_TF_LOWER) &&
                          eg_lex_has(EG_LEX_ROLE, text + tk->tok[k + 1].start, tk->tok[k + 1].len)) &&
                        (eg_tok_is(text, &tk->tok[b + 1], "the") || eg_tok_is(text, &tk->tok[b + 1], "a") ||
                         eg_tok_is(text, &tk->tok[b + 1], "an")))
                        break;
                    if (eg_tok_is(text, t, "whose")) {
                        /* "Halden Mutual, whose chief executive X": a name with a head or staff is an organisation */
                        for (size_t h = k + 1; h < tk->ntok && h < k + 4; h++) {
                            const eg_token *u = &tk->tok[h];
                            if (u->kind != EG_TK_WORD || !(u->flags & EG_TF_LOWER)) break;
                            const char *rv = NULL;
                            if (h + 1 < tk->ntok && (tk->tok[h + 1].flags & EG_TF_LOWER))
                                rv = eg_lex_value(EG_LEX_ROLE, text + u->start, tk->tok[h + 1].start + tk->tok[h + 1].len - u->start);
                            if (!rv) rv = eg_lex_value(EG_LEX_ROLE, text + u->start, u->len);
                            if (staff_value(rv)) {
                                VOTE(EG_EV_HEADS_OR_EMPLOYS, EG_ORG, 3);
                                break;
                            }
                        }
                        break; /* "the Greens, whose co-leader X": X has the role */
                    }
                    if (t->kind == EG_TK_WORD && (t->flags & EG_TF_LOWER) && eg_lex_has(EG_LEX_ROLE, text + t->start, t->len) &&
                        !eg_lex_has(EG_LEX_ORG_HEAD, text + t->start, t->len)) {
                        /* (not "Tana Hydro Works, a little-known contractor") */
                        if (person_role(text, t)) VOTE(EG_EV_ROLE_APPOSITION, EG_PERSON, 3);
                        break;
                    }
                }
            }
            /* "Meridian, a London consultancy that ...", "Zlaty, a bookmaker based in X": a class noun
             * heading an apposition "a/an/the ... NOUN" (the word after it ends the phrase; a role
             * word or a clause first leaves it alone) */
            /* ... or "Takorvi, Ghana's second-largest port," (a place's) */
            size_t ap = 0;
            if (n->kind == EG_TK_PUNCT && text[n->start] == ',' && b + 2 < tk->ntok) {
                if (eg_tok_is(text, &tk->tok[b + 1], "a") || eg_tok_is(text, &tk->tok[b + 1], "an") ||
                    eg_tok_is(text, &tk->tok[b + 1], "the"))
                    ap = b + 2;
                else if (b + 3 < tk->ntok && (tk->tok[b + 1].flags & EG_TF_CAP) && tk->tok[b + 2].kind == EG_TK_POSS &&
                         lexspan(text, tk, EG_LEX_PLACE, b + 1, b + 2))
                    ap = b + 3;
            }
            /* "Gallardo, a 47-year-old boiler operator": an age says person, whatever the noun */
            if (ap && tk->tok[ap].len > 9 && text[tk->tok[ap].start] >= '0' && text[tk->tok[ap].start] <= '9' &&
                !memcmp(text + tk->tok[ap].start + tk->tok[ap].len - 9, "-year-old", 9)) {
                VOTE(EG_EV_ROLE_APPOSITION, EG_PERSON, 4);
                ap++; /* (the noun may still say organisation: "a 120-year-old family firm") */
            }
            if (ap)
                /* (seven words: "a Dar es Salaam-based group that") */
                for (size_t k = ap; k < tk->ntok && k < ap + 7; k++) {
                    const eg_token *t = &tk->tok[k];
                    if (t->kind == EG_TK_PUNCT && text[t->start] != '\'' && text[t->start] != '-') break;
                    if (t->kind != EG_TK_WORD || !(t->flags & EG_TF_LOWER)) continue;
                    /* "Hollenbeck Cocoa, a trading house headquartered in Amsterdam": only organisations have
                     * headquarters or a listing */
                    if (eg_tok_is(text, t, "headquartered") || eg_tok_is(text, t, "listed")) {
                        VOTE(EG_EV_CLASS_NOUN, EG_ORG, 4);
                        break;
                    }
                    /* ("a Bengaluru-based start-up": the hyphen's "based" describes, the noun follows) */
                    if (tok_in(text, t, appos_ends) &&
                        !(eg_tok_is(text, t, "based") && k > 0 && tk->tok[k - 1].kind == EG_TK_PUNCT && text[tk->tok[k - 1].start] == '-'))
                        break;
                    int ends = k + 1 >= tk->ntok || tk->tok[k + 1].kind == EG_TK_PUNCT || tok_in(text, &tk->tok[k + 1], appos_ends);
                    /* ("a Shenzhen-based maker of servers": a maker is named by what it makes) */
                    static const char *const makers[] = {"maker", "manufacturer", "supplier", "operator", "distributor",
                                                         "publisher", "producer", "exporter", "importer", "provider",
                                                         "developer", "builder", "retailer", "owner",
                                                         /* ("an association of judges", "a coalition of 40 groups") */
                                                         "association", "federation", "coalition", "alliance", "network",
                                                         "consortium", "union", "society",
                                                         /* ("Life Esidimeni, a unit of Life Healthcare Group") */
                                                         "unit", "division", "subsidiary", NULL};
                    if (!ends && k + 1 < tk->ntok && eg_tok_is(text, &tk->tok[k + 1], "of") && tok_in(text, t, makers)) ends = 1;
                    /* ("a research group based in Dakar": a group with a modifier before it is one) */
                    /* ("Beatriz Quiroga Salas, a soybean exporter", "Farrukh Jaffery, a bookmaker": a trade
                     * that people ply too says nothing against a given name) */
                    static const char *const trades[] = {"bookmaker", "trader", "exporter", "importer", "miner", "operator",
                                                         "publisher", "distributor", "supplier", "refiner", "brewer",
                                                         "roaster", "shipper", "grocer", "processor", "maker", "funder",
                                                         "stockbroker", "lender", "broadcaster", NULL};
                    if ((tok_in(text, t, org_kinds) || tok_in(text, t, appos_kinds)) && (!eg_tok_is(text, t, "group") || (k > ap && (tk->tok[k - 1].flags & EG_TF_LOWER))) &&
                        !eg_tok_is(text, t, "side") && !eg_tok_is(text, t, "team") && ends) {
                        /* ("a bookmaker who has been watched": "who" says which) */
                        /* (... or after a place: "a spice trader from Kandy who is married to") */
                        int who = k + 1 < tk->ntok && eg_tok_is(text, &tk->tok[k + 1], "who");
                        if (!who && k + 3 < tk->ntok && eg_tok_is(text, &tk->tok[k + 1], "from") &&
                            (tk->tok[k + 2].flags & EG_TF_CAP)) {
                            size_t q = k + 2;
                            while (q < tk->ntok && q < k + 5 && (tk->tok[q].flags & EG_TF_CAP)) q++;
                            who = q < tk->ntok && eg_tok_is(text, &tk->tok[q], "who");
                        }
                        if (who && tok_in(text, t, trades)) VOTE(EG_EV_ROLE_APPOSITION, EG_PERSON, 4);
                        else if (!(nw >= 2 && lexspan(text, tk, EG_LEX_GIVEN, a, a + 1) && tok_in(text, t, trades)))
                            VOTE(EG_EV_CLASS_NOUN, EG_ORG, 5);
                        break;
                    }
                    if (ap == b + 3 && tok_in(text, t, loc_kinds) && ends) {
                        VOTE(EG_EV_CLASS_NOUN, EG_LOC, 5);
                        break;
                    }
                    if (eg_lex_has(EG_LEX_ROLE, text + t->start, t->len) && !eg_lex_has(EG_LEX_ORG_HEAD, text + t->start, t->len))
                        break;
                }
            if (n->kind == EG_TK_PUNCT && text[n->start] == ',' && b + 2 < tk->ntok &&
                tok_in(text, &tk->tok[b + 1], person_pronoun_after))
                VOTE(EG_EV_SPEECH_VERB, EG_PERSON, 1);
        }
        /* a bare two- or three-word capitalised name with no other evidence is most often a person */
        if (v[EG_PERSON] + v[EG_ORG] + v[EG_LOC] == 0) {
            if ((nw >= 2 && nw <= 4) || (nw == 1 && surname_shape(text, ta))) VOTE(EG_EV_DEFAULT, EG_PERSON, 1);
            else VOTE(EG_EV_DEFAULT, EG_ORG, 1);
        }
    }
}
