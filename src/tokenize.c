/* tokenize.c — stage 2: document text → tokens, sentences, paragraphs.
 * UTF-8 aware; curly quotes, dashes, possessives, abbreviations, headlines. */
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#include "common.h"
#include "lexicon.h"
#include "text.h"
#include "utf8.h"

/* Words that keep their trailing period (compared lower-case, without the period). */
static const char *const abbrevs[] = {
    "mr", "mrs", "ms", "dr", "jr", "sr", "st", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr",
    "adm", "maj", "rep", "reps", "sen", "sens", "gov", "pres", "rev", "hon", "fr", "messrs", "mme",
    "inc", "ltd", "corp", "co", "bros", "plc", "no", "nos", "vs", "etc", "mt", "ft", "ave", "blvd",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "approx", "est", "dept", "univ", "assn", "jnr", "snr", "esq", "cf", "engr", "barr", NULL};
/* AP abbreviations of US states after a comma: "Bethlehem, Pa.", "Sacramento, Calif." (those that are
 * also English words, "Ill.", "Miss.", "Wash.", are in eg_states_ap_words and left out here). */
const char *const eg_states_ap[] = {"ala", "ariz", "ark", "calif", "colo", "conn", "fla", "ga", "kan", "ky",
                                    "md", "mich", "minn", "mont", "neb", "nev", "okla", "pa", "tenn", "tex",
                                    "vt", "va", "wis", "wyo", NULL};
const char *const eg_states_ap_words[] = {"del", "ill", "ind", "la", "mass", "miss", "mo", "ore", "wash", "n", "s",
                                          "w", NULL};
const char *const eg_royal_titles[] = {"king", "queen", "prince", "princess", "emperor", "empress", "sultan", "emir",
                                       "pope", NULL};
const char *const eg_compass_words[] = {"north", "south", "east", "west", "northern", "southern", "eastern",
                                        "western", "central", "upper", "lower", "midlands", "north-east",
                                        "north-west", "south-east", "south-west", "northeast", "northwest",
                                        "southeast", "southwest", NULL};
/* Abbreviations that may also end a sentence ("... Robert Hale Jr. He said"). */
static const char *const may_end[] = {"jr", "sr", "inc", "ltd", "corp", "co", "etc", "jnr", "snr",
                                      "bros", "plc", "esq", NULL};
/* Company suffixes among them: a capitalised word after one starts a sentence (not inside a name the
 * organisation lexicon knows: "Warner Bros. Discovery"). */
static const char *const company_end[] = {"inc", "ltd", "corp", "co", "plc", "bros", "llc", "limited", NULL};

static int in_list(const char *const *list, const char *s, size_t n)
{
    for (; *list; list++)
        if (strlen(*list) == n && eg_ncasecmp(*list, s, n) == 0) return 1;
    return 0;
}


/* Is token t "a.m." or "p.m."? */
static int clock_abbr(const char *text, const eg_token *t)
{
    return t->len == 4 && (!eg_ncasecmp(text + t->start, "a.m.", 4) || !eg_ncasecmp(text + t->start, "p.m.", 4));
}

static int is_space_cp(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
           c == 0x200B || c == 0xFEFF || c == 0x2028 || c == 0x2029 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x202F || c == 0x3000;
}

static int is_quote_cp(uint32_t c)
{
    return c == '"' || c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201C ||
           c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB || c == '`';
}

static int is_apos_cp(uint32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

static int is_dash_cp(uint32_t c) { return c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2212; }

/* Letters: ASCII letters and every non-ASCII code point that is not punctuation or a symbol we know. */
static int is_letter_cp(uint32_t c)
{
    if (c < 0x80) return (c | 32) >= 'a' && (c | 32) <= 'z';
    if (is_space_cp(c) || is_quote_cp(c) || is_dash_cp(c)) return 0;
    if (c >= 0x2000 && c <= 0x2BFF) return 0; /* general punctuation, symbols, arrows */
    if (c >= 0xA1 && c <= 0xBF) return 0;     /* Latin-1 punctuation and signs */
    if (c == 0xD7 || c == 0xF7 || c == 0xFFFD) return 0;
    if (c >= 0x1F000) return 0;               /* emoji */
    if (c >= 0x3000 && c <= 0x303F) return 0;
    return 1;
}

static int is_upper_cp(uint32_t c)
{
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
    if (c >= 0x100 && c <= 0x137) return (c & 1) == 0;
    if (c >= 0x139 && c <= 0x148) return (c & 1) == 1;
    if (c >= 0x14A && c <= 0x177) return (c & 1) == 0;
    if (c == 0x178) return 1;
    if (c >= 0x179 && c <= 0x17E) return (c & 1) == 1;
    if (c >= 0x391 && c <= 0x3A9) return 1;
    if (c >= 0x400 && c <= 0x42F) return 1;
    return 0;
}

static int is_lower_cp(uint32_t c)
{
    if (c < 0x80) return c >= 'a' && c <= 'z';
    return is_letter_cp(c) && !is_upper_cp(c) && c < 0x530;
}

/* "Montreal-based", "Texas-headquartered": the offset of the hyphen before the suffix, or 0. */
static size_t based_hyphen(const char *w, size_t n)
{
    /* ("Australian-listed Tamberlin Metals", "Chinese-owned X", "German-born Y": the place or people
     * word is no part of the name that follows) */
    static const char *const sufs[] = {"-based", "-headquartered", "-listed", "-owned", "-controlled", "-backed",
                                       "-registered", "-born", "-flagged", "-run", "-led", "-linked", "-funded",
                                       "-operated", "-managed", "-allied", "-aligned", "-affiliated", "-sponsored",
                                       "-financed", "-supported", NULL};
    const char *hy = n > 2 ? memchr(w + 1, '-', n - 2) : NULL;
    if (!hy) return 0; /* (most words: no hyphen) */
    for (const char *const *p = sufs; *p; p++) {
        size_t l = strlen(*p);
        if (n > l + 1 && eg_ncasecmp(w + n - l, *p, l) == 0 && w[n - l - 1] != '-') return n - l;
    }
    return 0;
}

static int push_tok(eg_tokens *t, uint32_t start, uint32_t len, uint16_t kind, uint16_t flags)
{
    if (t->ntok == t->captok) {
        size_t cap = t->captok ? t->captok * 2 : 256;
        eg_token *p = realloc(t->tok, cap * sizeof *p);
        if (!p) return -1;
        t->tok = p;
        t->captok = cap;
    }
    eg_token *k = &t->tok[t->ntok++];
    k->start = start;
    k->len = len;
    k->kind = kind;
    k->flags = flags;
    k->sent = 0;
    return 0;
}

static int push_sent(eg_tokens *t, uint32_t ts, uint32_t te, uint32_t para)
{
    if (te <= ts) return 0;
    if (t->nsent == t->capsent) {
        size_t cap = t->capsent ? t->capsent * 2 : 64;
        eg_sentence *p = realloc(t->sent, cap * sizeof *p);
        if (!p) return -1;
        t->sent = p;
        t->capsent = cap;
    }
    eg_sentence *s = &t->sent[t->nsent];
    s->tok_start = ts;
    s->tok_end = te;
    s->start = t->tok[ts].start;
    s->end = t->tok[te - 1].start + t->tok[te - 1].len;
    s->para = para;
    for (uint32_t i = ts; i < te; i++) t->tok[i].sent = (uint32_t)t->nsent;
    t->nsent++;
    return 0;
}

const char *const eg_contact_words[] = {"contact", "contacts", NULL};

/* Scan a word starting at i; returns its end. Keeps inner hyphens, apostrophes
 * (O'Brien, don't) but not a final possessive 's, inner dots of U.S., AT&T. */
static size_t scan_word(const unsigned char *s, size_t n, size_t i, uint16_t *flags)
{
    size_t l;
    int upper_first = 0, nupper = 0, nletters = 0, inner_upper = 0, lower_first = 0;
    size_t start = i;
    while (i < n) {
        uint32_t c = eg_utf8_decode(s + i, n - i, &l);
        if (is_letter_cp(c) || (c >= '0' && c <= '9') || (c >= 0x300 && c <= 0x36F)) {
            if (is_letter_cp(c)) {
                if (nletters == 0) { upper_first = is_upper_cp(c); lower_first = is_lower_cp(c); }
                else if (is_upper_cp(c)) inner_upper = 1;
                nletters++;
                if (is_upper_cp(c)) nupper++;
            }
            i += l;
            continue;
        }
        /* inner joiners: must be followed by a letter */
        if (i + l < n) {
            size_t l2;
            uint32_t d = eg_utf8_decode(s + i + l, n - i - l, &l2);
            if (is_letter_cp(d)) {
                if (c == '-' || c == 0x2010 || c == 0x2011) { i += l; continue; }
                if (is_apos_cp(c)) {
                    /* possessive 's / 'S ends the word: "Hale's" -> Hale + 's */
                    size_t j = i + l + l2;
                    int s_end = (d == 's' || d == 'S');
                    if (s_end && j < n) {
                        size_t l3;
                        uint32_t e = eg_utf8_decode(s + j, n - j, &l3);
                        if (is_letter_cp(e)) s_end = 0;
                    }
                    if (s_end) break;
                    i += l;
                    continue;
                }
                if (c == '&' && upper_first && is_upper_cp(d) && nletters <= 3) { i += l; continue; }
                /* "Salesforce.com", "Booking.com": a web address ending that names a company */
                if (c == '.' && nletters >= 2) {
                    static const char *const tlds[] = {"com", "org", "net", NULL};
                    size_t j = i + 1;
                    for (int q = 0; tlds[q]; q++)
                        if (j + 3 <= n && !memcmp(s + j, tlds[q], 3) &&
                            (j + 3 == n || !(isalnum(s[j + 3]) || s[j + 3] >= 0x80 || (s[j + 3] == '.' && j + 4 < n && isalnum(s[j + 4]))))) {
                            i = j + 3;
                            nletters += 3;
                            goto done;
                        }
                    /* ("Aktuality.sk", "Lenta.ru": a capitalised name and a country's two-letter ending; not an
                     * English word after a full stop whose space is missing: "in Brussels.on Tuesday") */
                    static const char *const words2[] = {"on", "in", "at", "to", "of", "is", "it", "as", "be", "by",
                                                         "he", "we", "my", "no", "so", "up", "do", "go", "me", "us",
                                                         "an", "or", "if", "am", "hi", "ok", NULL};
                    if (upper_first && nletters >= 3 && j + 2 <= n && s[j] >= 'a' && s[j] <= 'z' && s[j + 1] >= 'a' &&
                        s[j + 1] <= 'z' &&
                        (j + 2 == n ||
                         !(isalnum(s[j + 2]) || s[j + 2] >= 0x80 || (s[j + 2] == '.' && j + 3 < n && isalnum(s[j + 3])))) &&
                        !in_list(words2, (const char *)s + j, 2)) {
                        i = j + 2;
                        nletters += 2;
                        goto done;
                    }
                }
                /* "Charleston, W.Va.": the one state abbreviation whose dot joins a letter to a word */
                if (c == '.' && nletters == 1 && s[start] == 'W' && i + 3 < n && s[i + 1] == 'V' && s[i + 2] == 'a' &&
                    s[i + 3] == '.') {
                    i += 3;
                    nletters += 2;
                    nupper++;
                    inner_upper = 1;
                    goto done;
                }
                if (c == '.' && nletters == 1 && i + l + l2 < n && s[i + l + l2] == '.') {
                    /* U.S. / U.K. / e.g.: single letters joined by dots */
                    i += l;
                    continue;
                }
            }
        }
        break;
    }
done:;
    uint16_t f = 0;
    /* "eBay", "iRobot", "eToro": a brand written with a small first letter and a capital second is a name (not
     * the products "iPhone", "iPad", nor "eBook", "eSports") */
    if (lower_first && nletters >= 4 && i - start >= 4 && (s[start] == 'e' || s[start] == 'i') && s[start + 1] >= 'A' &&
        s[start + 1] <= 'Z' && s[start + 2] >= 'a' && s[start + 2] <= 'z' && nupper == 1) {
        static const char *const products[] = {"iPhone", "iPad", "iPod", "iCloud", "iMac", "iPlayer", "eBook", "eMail",
                                               "eCommerce", "iMessage", "iWatch", "eVisa", "eReader", "eBike", "eScooter",
                                               "eFuel", "eCar", "iGaming", "eGaming", "eWallet", "eSport", "eLearning",
                                               "eGovernment", NULL};
        /* (nor a plural: "eBikes", "iTunes", "eSports") */
        if (s[i - 1] != 's' && !in_list(products, (const char *)s + start, i - start)) {
            upper_first = 1;
            lower_first = 0;
        }
    }
    if (upper_first) f |= EG_TF_CAP;
    if (lower_first) f |= EG_TF_LOWER;
    if (nletters >= 2 && nupper == nletters) f |= EG_TF_ALLCAPS;
    if (inner_upper && !(f & EG_TF_ALLCAPS)) f |= EG_TF_MIXED;
    (void)start;
    *flags = f;
    return i;
}

int eg_tokenize(eg_tokens *t, const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    memset(t, 0, sizeof *t);
    size_t i = 0, l;
    /* newlines seen in the whitespace before the next token */
    int nl = 0;
    /* nl_before[k]: newlines before token k (0, 1, 2 = blank line) kept in flags via a side array */
    unsigned char *nlb = NULL;
    size_t nlb_cap = 0;
    int rc = 0;
    while (i < len) {
        uint32_t c = eg_utf8_decode(s + i, len - i, &l);
        if (is_space_cp(c)) {
            if (c == '\n' || c == 0x2029) nl++;
            i += l;
            continue;
        }
        size_t before = t->ntok;
        if (is_letter_cp(c)) {
            uint16_t f;
            size_t e = scan_word(s, len, i, &f);
            size_t hy = (f & EG_TF_CAP) ? based_hyphen(text + i, e - i) : 0;
            if (hy) {
                /* "Montreal-based": the place, the hyphen and "based" are three tokens */
                uint16_t f1;
                scan_word(s, i + hy, i, &f1);
                if (push_tok(t, (uint32_t)i, (uint32_t)hy, EG_TK_WORD, f1) ||
                    push_tok(t, (uint32_t)(i + hy), 1, EG_TK_PUNCT, 0) ||
                    push_tok(t, (uint32_t)(i + hy + 1), (uint32_t)(e - i - hy - 1), EG_TK_WORD, EG_TF_LOWER))
                    goto oom;
                i = e;
                goto next;
            }
            /* "En+ Group", "Canal+", "Disney+": a capitalised name ending in a plus sign */
            if ((f & EG_TF_CAP) && e - i >= 2 && e < len && s[e] == '+' &&
                (e + 1 >= len || !(isalnum((unsigned char)s[e + 1]) || s[e + 1] == '+')))
                e++;
            /* abbreviation period */
            if (e < len && s[e] == '.') {
                size_t wl = e - i;
                /* (not a web address's ending: "bought it on Amazon.com." ends the sentence) */
                int dotted = memchr(s + i, '.', wl) != NULL && !(wl > 4 && s[e - 4] == '.' && islower(s[e - 1])) &&
                             !(wl > 5 && s[e - 3] == '.' && islower(s[e - 1]) && islower(s[e - 2]) && isupper(s[i]));
                int initial = wl == 1 && (f & EG_TF_CAP);
                int state = (f & EG_TF_CAP) && t->ntok > 0 && text[t->tok[t->ntok - 1].start] == ',' &&
                            t->tok[t->ntok - 1].kind == EG_TK_PUNCT && in_list(eg_states_ap, text + i, wl);
                /* "No. 10", but "she said no." ends a sentence */
                int number_abbr = (wl == 2 || (wl == 3 && (s[i + 2] == 's' || s[i + 2] == 'S'))) && (s[i] == 'n' || s[i] == 'N') &&
                                  (s[i + 1] == 'o' || s[i + 1] == 'O');
                if (number_abbr) {
                    size_t q = e + 1;
                    while (q < len && (s[q] == ' ' || (s[q] == 0xC2 && q + 1 < len && s[q + 1] == 0xA0))) q += s[q] == ' ' ? 1 : 2;
                    number_abbr = !(q < len && s[q] >= '0' && s[q] <= '9');
                }
                /* "known only as Witness K. The two men were charged": a capital letter and its period end the
                 * sentence when a word that opens sentences and ends no name follows */
                if (initial) {
                    static const char *const openers[] = {"The", "He", "She", "It", "They", "We", "This", "That", "His",
                                                          "Her", "Its", "Their", "But", "After", "When", NULL};
                    size_t q = e + 2, w = q;
                    while (w < len && isalpha((unsigned char)s[w])) w++;
                    if (q < len && s[e + 1] == ' ' && s[q] >= 'A' && s[q] <= 'Z' && in_list(openers, text + q, w - q))
                        initial = 0;
                }
                if (dotted || initial || state || (in_list(abbrevs, text + i, wl) && !number_abbr)) {
                    e++;
                    f |= EG_TF_ABBR;
                }
            }
            if (push_tok(t, (uint32_t)i, (uint32_t)(e - i), EG_TK_WORD, f)) goto oom;
            i = e;
        } else if (c >= '0' && c <= '9') {
            size_t e = i;
            while (e < len) {
                size_t l2;
                uint32_t d = eg_utf8_decode(s + e, len - e, &l2);
                if ((d >= '0' && d <= '9') || is_letter_cp(d)) { e += l2; continue; }
                if ((d == '.' || d == ',' || d == ':' || d == '-') && e + 1 < len && s[e + 1] >= '0' && s[e + 1] <= '9') { e++; continue; }
                if (d == '-' && e + 1 < len && is_letter_cp(s[e + 1])) { e++; continue; }
                break;
            }
            if (push_tok(t, (uint32_t)i, (uint32_t)(e - i), EG_TK_NUM, 0)) goto oom;
            i = e;
        } else if (c == '@' && i + 1 < len && (is_letter_cp(s[i + 1]) || s[i + 1] == '_' || (s[i + 1] >= '0' && s[i + 1] <= '9'))) {
            size_t e = i + 1;
            while (e < len && (s[e] == '_' || (s[e] >= '0' && s[e] <= '9') || (s[e] < 0x80 && is_letter_cp(s[e])))) e++;
            if (push_tok(t, (uint32_t)i, (uint32_t)(e - i), EG_TK_HANDLE, 0)) goto oom;
            i = e;
        } else if (is_apos_cp(c) && t->ntok && nl == 0 &&
                   t->tok[t->ntok - 1].kind == EG_TK_WORD &&
                   t->tok[t->ntok - 1].start + t->tok[t->ntok - 1].len == i) {
            /* possessive 's, or plural possessive ' after a word ending in s */
            size_t e = i + l;
            const eg_token *p = &t->tok[t->ntok - 1];
            int nextletter = 0;
            if (e < len && (s[e] == 's' || s[e] == 'S')) {
                size_t e2 = e + 1;
                nextletter = e2 < len && is_letter_cp(eg_utf8_decode(s + e2, len - e2, &l));
                if (!nextletter) {
                    if (push_tok(t, (uint32_t)i, (uint32_t)(e2 - i), EG_TK_POSS, 0)) goto oom;
                    i = e2;
                    goto next;
                }
            }
            if (text[p->start + p->len - 1] == 's' && (e >= len || !is_letter_cp(eg_utf8_decode(s + e, len - e, &l)))) {
                if (push_tok(t, (uint32_t)i, (uint32_t)(e - i), EG_TK_POSS, 0)) goto oom;
                i = e;
                goto next;
            }
            if (push_tok(t, (uint32_t)i, (uint32_t)(e - i), EG_TK_PUNCT, EG_TF_QUOTE)) goto oom;
            i = e;
        } else {
            uint16_t f = 0;
            size_t e = i + l;
            if (is_quote_cp(c)) f |= EG_TF_QUOTE;
            if (is_dash_cp(c)) f |= EG_TF_DASH;
            if (c == '-' ) {
                while (e < len && s[e] == '-') e++;
                if (e - i >= 2) f |= EG_TF_DASH;
            }
            if (c == '.') while (e < len && s[e] == '.') e++;
            if (push_tok(t, (uint32_t)i, (uint32_t)(e - i), EG_TK_PUNCT, f)) goto oom;
            i = e;
        }
    next:
        if (t->ntok > before) {
            if (nlb_cap < t->captok) {
                unsigned char *p = realloc(nlb, t->captok);
                if (!p) goto oom;
                nlb = p;
                nlb_cap = t->captok;
            }
            for (size_t q = before; q < t->ntok; q++) nlb[q] = q == before ? (unsigned char)(nl > 2 ? 2 : nl) : 0;
            nl = 0;
        }
    }

    /* Sentences and paragraphs. */
    {
        uint32_t ts = 0, para = 0;
        size_t line_start_tok = 0;
        for (size_t k = 0; k < t->ntok; k++) {
            if (k > 0 && nlb[k] > 0) {
                /* line break before token k */
                int brk = 0, newpara = 0;
                if (nlb[k] >= 2) brk = newpara = 1;
                else {
                    const eg_token *prev = &t->tok[k - 1];
                    uint32_t line_bytes = prev->start + prev->len - t->tok[line_start_tok].start;
                    uint32_t c0 = 0;
                    size_t l0;
                    c0 = eg_utf8_decode(s + t->tok[k].start, len - t->tok[k].start, &l0);
                    int next_cap = is_upper_cp(c0) || is_quote_cp(c0) || (c0 >= '0' && c0 <= '9') || c0 == '-' || c0 == '*' || c0 == 0x2022;
                    int prev_end = prev->kind == EG_TK_PUNCT && !(prev->flags & EG_TF_DASH) &&
                                   (memchr(".!?:", text[prev->start], 4) || (prev->flags & EG_TF_QUOTE));
                    if (next_cap && (prev_end || line_bytes < 100)) brk = newpara = 1;
                }
                line_start_tok = k;
                if (brk) {
                    if (push_sent(t, ts, (uint32_t)k, para)) goto oom;
                    ts = (uint32_t)k;
                    if (newpara) {
                        para++;
                        t->tok[k].flags |= EG_TF_PSTART;
                    }
                    continue;
                }
            }
            const eg_token *tk = &t->tok[k];
            int ender = 0;
            if (tk->kind == EG_TK_PUNCT) {
                char ch = text[tk->start];
                if (ch == '.' || ch == '!' || ch == '?') ender = 1;
                if (tk->len == 3 && (unsigned char)ch == 0xE2 && (unsigned char)text[tk->start + 1] == 0x80 &&
                    (unsigned char)text[tk->start + 2] == 0xA6) ender = 1; /* … */
            } else if (tk->kind == EG_TK_WORD && (tk->flags & EG_TF_ABBR) &&
                       (in_list(may_end, text + tk->start, tk->len - 1) || in_list(eg_states_ap, text + tk->start, tk->len - 1))) {
                ender = 2;
            } else if (tk->kind == EG_TK_WORD && (tk->flags & EG_TF_ABBR) && memchr(text + tk->start, '.', tk->len - 1)) {
                ender = 2; /* U.S. at the end of a sentence */
            }
            if (!ender) continue;
            /* absorb closing quotes and brackets */
            size_t e = k + 1;
            while (e < t->ntok && nlb[e] == 0 && t->tok[e].kind == EG_TK_PUNCT &&
                   ((t->tok[e].flags & EG_TF_QUOTE) || text[t->tok[e].start] == ')' || text[t->tok[e].start] == ']' ||
                    (ender == 1 && memchr(".!?", text[t->tok[e].start], 3))))
                e++;
            if (e >= t->ntok) continue;
            const eg_token *nx = &t->tok[e];
            size_t l0;
            uint32_t c0 = eg_utf8_decode(s + nx->start, len - nx->start, &l0);
            int split;
            if (ender == 1)
                split = is_upper_cp(c0) || is_quote_cp(c0) || (c0 >= '0' && c0 <= '9') || c0 == '(' || c0 == '@' || nlb[e] > 0;
            else /* abbreviation: only before a capitalised function word */
                split = nlb[e] > 0 || ((nx->flags & EG_TF_CAP) && eg_lex_has(EG_LEX_STOP, text + nx->start, nx->len)) ||
                        /* "... Verdant Ledger Pte Ltd. Verdant Ledger said": a company's suffix before a capital
                         * (not another suffix: "Samsung Co. Ltd.") */
                        ((nx->flags & EG_TF_CAP) && in_list(company_end, text + tk->start, tk->len - 1) &&
                         !in_list(company_end, text + nx->start, nx->len - ((nx->flags & EG_TF_ABBR) ? 1 : 0)) &&
                         !(k > 0 && eg_lex_has(EG_LEX_ORG, text + t->tok[k - 1].start,
                                               nx->start + nx->len - t->tok[k - 1].start))) ||
                        /* "shortly after 6 a.m. Officers also arrested": a time before a capitalised common word */
                        ((nx->flags & EG_TF_CAP) && !(nx->flags & EG_TF_ALLCAPS) && clock_abbr(text, tk) &&
                         eg_lex_has(EG_LEX_COMMON, text + nx->start, nx->len));
            /* ("at 9 a.m. Tuesday": AP's time before its day) */
            static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL};
            if (split && ender == 2 && nlb[e] == 0 && clock_abbr(text, tk) && in_list(days, text + nx->start, nx->len))
                split = 0;
            if (!split) continue;
            if (nlb[e] > 0) continue; /* the line-break rule above handles it */
            if (push_sent(t, ts, (uint32_t)e, para)) goto oom;
            ts = (uint32_t)e;
            k = e - 1;
        }
        if (push_sent(t, ts, (uint32_t)t->ntok, para)) goto oom;
        t->npara = t->ntok ? para + 1 : 0;
    }

    /* Sentence-start flags and headline lines. */
    for (size_t si = 0; si < t->nsent; si++) {
        eg_sentence *st = &t->sent[si];
        int first = 1, words = 0, caps = 0, ends_period = 0;
        for (uint32_t k = st->tok_start; k < st->tok_end; k++) {
            eg_token *tk = &t->tok[k];
            if (tk->kind == EG_TK_PUNCT) {
                char ch = text[tk->start];
                /* (and a dateline's plain hyphen: "WINCHESTER, England (PA) - Thieves broke in") */
                int dl_hyphen = ((ch == '-' && tk->len == 1) || (tk->flags & EG_TF_DASH)) && k > st->tok_start &&
                                ((t->tok[k - 1].kind == EG_TK_PUNCT && text[t->tok[k - 1].start] == ')') ||
                                 /* "ABIDJAN - Prosecutors said": a dateline in capitals */
                                 (k <= st->tok_start + 3 && t->tok[k - 1].kind == EG_TK_WORD &&
                                  (t->tok[k - 1].flags & EG_TF_ALLCAPS) && t->tok[k - 1].len >= 3) ||
                                 /* "CARVERTON, Ohio — Residents": after a dateline's place and state */
                                 (k <= st->tok_start + 5 && (t->tok[st->tok_start].flags & EG_TF_ALLCAPS) &&
                                  t->tok[st->tok_start].len >= 3 && t->tok[st->tok_start + 1].kind == EG_TK_PUNCT &&
                                  text[t->tok[st->tok_start + 1].start] == ','));
                if (ch == ':' || dl_hyphen || (tk->flags & (EG_TF_QUOTE | EG_TF_DASH))) {
                    /* a capitalised word right after an opening quote or colon starts a clause */
                    if (k + 1 < st->tok_end && t->tok[k + 1].kind == EG_TK_WORD &&
                        (ch == ':' || dl_hyphen || k == st->tok_start || (t->tok[k - 1].kind == EG_TK_PUNCT)))
                        first = 1;
                }
                if (ch == '.' || ch == '!' || ch == '?') ends_period = 1;
                continue;
            }
            /* (an abbreviation's full stop ends a sentence too: "... said U.S. Attorney Peter M. McCoy, Jr.") */
            {
                static const char *const suffixes[] = {"jr", "sr", "jnr", "snr", NULL};
                ends_period = tk->kind == EG_TK_WORD && (tk->flags & EG_TF_ABBR) && text[tk->start + tk->len - 1] == '.' &&
                              in_list(suffixes, text + tk->start, tk->len - 1);
            }
            if (first && (tk->kind == EG_TK_WORD || tk->kind == EG_TK_NUM)) {
                tk->flags |= EG_TF_SSTART;
                first = 0;
            }
            if (tk->kind == EG_TK_WORD && tk->len >= 4) {
                words++;
                if (tk->flags & EG_TF_CAP) caps++;
            }
        }
        /* ("Contact: Yusill Scribner, Rebekah Carmichael": a press release's line of the people to call) */
        int contact = 0;
        for (uint32_t k = st->tok_start; k < st->tok_end && k < st->tok_start + 3; k++)
            if (t->tok[k].kind == EG_TK_PUNCT) {
                contact = text[t->tok[k].start] == ':' && k > st->tok_start &&
                          in_list(eg_contact_words, text + t->tok[k - 1].start, t->tok[k - 1].len);
                break;
            }
        if (!ends_period && !contact && words >= 3 && caps * 10 >= words * 7) {
            for (uint32_t k = st->tok_start; k < st->tok_end; k++) t->tok[k].flags |= EG_TF_HEADLINE;
        }
    }
    free(nlb);
    return 0;
oom:
    free(nlb);
    eg_tokens_free(t);
    (void)rc;
    return eg_error_set(EG_ENOMEM, "out of memory while tokenizing");
}

void eg_tokens_free(eg_tokens *t)
{
    if (!t) return;
    free(t->tok);
    free(t->sent);
    memset(t, 0, sizeof *t);
}
