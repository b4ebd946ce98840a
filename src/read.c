/* read.c — stage 1: files, directories, stdin and JSONL corpora → documents.
 * UTF-8 validation (byte offset of the first bad byte), BOM, UTF-16 and binary
 * detection, newline normalisation; one document in memory at a time. */
#define _POSIX_C_SOURCE 200809L
#include "read.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cjson/cJSON.h>

#include "common.h"
#include "utf8.h"

int eg_text_normalise(char **out, size_t *outlen, const char *buf, size_t len, const char *name,
                      int lenient, eg_warn_fn warn, void *ud)
{
    const unsigned char *s = (const unsigned char *)buf;
    *out = NULL;
    *outlen = 0;
    if (len >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF)))
        return eg_error_set(EG_EUTF8, "%s: UTF-16 text is not supported; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)", name);
    size_t off = 0;
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) off = 3;
    const void *nul = memchr(buf + off, 0, len - off);
    /* UTF-16 without a BOM: ASCII text with every other byte NUL */
    if (nul && len >= 4 && ((s[1] == 0 && s[3] == 0 && s[0] && s[2]) || (s[0] == 0 && s[2] == 0 && s[1] && s[3])))
        return eg_error_set(EG_EUTF8, "%s: looks like UTF-16 text, which is not supported; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)", name);
    if (nul)
        return eg_error_set(EG_EINVAL, "%s: binary file (NUL byte at offset %zu)", name, (size_t)((const char *)nul - buf));
    size_t bad = eg_utf8_check(s + off, len - off);
    if (bad < len - off && !lenient)
        return eg_error_set(EG_EUTF8, "%s: invalid UTF-8 at byte offset %zu (use --lenient to replace it)", name, bad + off);
    eg_strbuf b = EG_STRBUF_INIT;
    size_t nbad = 0, first_bad = bad + off;
    size_t i = off;
    while (i < len) {
        unsigned char c = s[i];
        if (c == '\r') {
            eg_strbuf_putc(&b, '\n');
            i += (i + 1 < len && s[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (c < 0x80) {
            size_t j = i;
            while (j < len && s[j] < 0x80 && s[j] != '\r') j++;
            eg_strbuf_put(&b, buf + i, j - i);
            i = j;
            continue;
        }
        size_t l;
        uint32_t cp = eg_utf8_decode(s + i, len - i, &l);
        if (cp == 0xFFFD && !(l == 3 && s[i] == 0xEF)) {
            eg_strbuf_puts(&b, "\xEF\xBF\xBD");
            nbad++;
        } else {
            eg_strbuf_put(&b, buf + i, l);
        }
        i += l;
    }
    if (b.oom) { eg_strbuf_free(&b); return eg_error_set(EG_ENOMEM, "%s: out of memory", name); }
    if (nbad && warn) {
        char msg[512];
        snprintf(msg, sizeof msg, "%s: invalid UTF-8 at byte offset %zu (%zu bytes replaced with U+FFFD)", name, first_bad, nbad);
        warn(msg, ud);
    }
    *outlen = b.len;
    *out = eg_strbuf_detach(&b);
    return *out ? 0 : eg_error_set(EG_ENOMEM, "%s: out of memory", name);
}

static int slurp(FILE *f, const char *name, char **out, size_t *len)
{
    eg_strbuf b = EG_STRBUF_INIT;
    char buf[1 << 16];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) eg_strbuf_put(&b, buf, n);
    if (ferror(f)) {
        int e = errno;
        eg_strbuf_free(&b);
        return eg_error_set(EG_EIO, "%s: read error: %s", name, strerror(e ? e : EIO));
    }
    if (b.oom) { eg_strbuf_free(&b); return eg_error_set(EG_ENOMEM, "%s: out of memory", name); }
    *len = b.len;
    *out = eg_strbuf_detach(&b);
    return *out ? 0 : eg_error_set(EG_ENOMEM, "%s: out of memory", name);
}

static int all_space(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\n' && s[i] != '\t' && s[i] != '\f' && s[i] != '\v') return 0;
    return 1;
}

static int has_ext(const char *p, const char *ext)
{
    size_t n = strlen(p), e = strlen(ext);
    return n > e && !strcmp(p + n - e, ext);
}

static const char *field_str(const cJSON *o, const char *name)
{
    const cJSON *f = name ? cJSON_GetObjectItemCaseSensitive(o, name) : NULL;
    return cJSON_IsString(f) ? f->valuestring : NULL;
}

static int read_jsonl(FILE *f, const char *name, const eg_read_options *o, eg_doc_fn fn, eg_warn_fn warn, void *ud)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long lineno = 0;
    int rc = 0;
    char msg[600];
    while ((n = getline(&line, &cap, f)) >= 0) {
        lineno++;
        if (o->consumed) *o->consumed += (unsigned long long)n;
        if (all_space(line, (size_t)n)) continue;
        char *text = NULL;
        size_t tlen = 0;
        char where[300];
        snprintf(where, sizeof where, "%s:%ld", name, lineno);
        cJSON *obj = cJSON_ParseWithLength(line, (size_t)n);
        const char *t = obj ? field_str(obj, o->text_field) : NULL;
        if (!obj || !cJSON_IsObject(obj) || !t) {
            const char *why = !obj ? "malformed JSON" : !cJSON_IsObject(obj) ? "not a JSON object" : "no string field";
            cJSON_Delete(obj);
            if (o->lenient) {
                snprintf(msg, sizeof msg, "%s: %s%s%s, line skipped", where, why, t || !obj || !cJSON_IsObject(obj) ? "" : " ", t || !obj || !cJSON_IsObject(obj) ? "" : o->text_field);
                if (warn) warn(msg, ud);
                continue;
            }
            if (obj == NULL || strcmp(why, "no string field"))
                rc = eg_error_set(EG_EINVAL, "%s: %s", where, why);
            else
                rc = eg_error_set(EG_EINVAL, "%s: no string field \"%s\"", where, o->text_field);
            break;
        }
        if ((rc = eg_text_normalise(&text, &tlen, t, strlen(t), where, o->lenient, warn, ud))) { cJSON_Delete(obj); break; }
        const char *id = field_str(obj, o->id_field);
        char idbuf[320];
        if (!id) {
            const cJSON *nid = cJSON_GetObjectItemCaseSensitive(obj, o->id_field ? o->id_field : "id");
            if (cJSON_IsNumber(nid)) { snprintf(idbuf, sizeof idbuf, "%.17g", nid->valuedouble); id = idbuf; }
            else id = where;
        }
        eg_doc d = {id, field_str(obj, o->date_field), text, tlen};
        rc = fn(&d, ud);
        free(text);
        cJSON_Delete(obj);
        if (rc) break;
    }
    if (!rc && ferror(f)) rc = eg_error_set(EG_EIO, "%s: read error: %s", name, strerror(errno));
    free(line);
    return rc;
}

static int read_one(const char *path, const eg_read_options *o, eg_doc_fn fn, eg_warn_fn warn, void *ud)
{
    int is_stdin = !strcmp(path, "-");
    const char *name = is_stdin ? "<stdin>" : path;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) return eg_error_set(EG_EIO, "%s: cannot open: %s", path, strerror(errno));
    int rc;
    if (o->jsonl || has_ext(path, ".jsonl") || has_ext(path, ".ndjson")) {
        rc = read_jsonl(f, name, o, fn, warn, ud);
    } else {
        char *raw = NULL, *text = NULL;
        size_t rlen = 0, tlen = 0;
        rc = slurp(f, name, &raw, &rlen);
        if (!rc && o->consumed) *o->consumed += rlen;
        if (!rc) rc = eg_text_normalise(&text, &tlen, raw, rlen, name, o->lenient, warn, ud);
        free(raw);
        if (!rc) {
            if (all_space(text, tlen) && warn) {
                char msg[400];
                snprintf(msg, sizeof msg, "%s: %s, no names to extract", name, tlen ? "only whitespace" : "empty file");
                warn(msg, ud);
            }
            eg_doc d = {name, NULL, text, tlen};
            rc = fn(&d, ud);
        }
        free(text);
    }
    if (!is_stdin) fclose(f);
    return rc;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static int read_dir(const char *path, const eg_read_options *o, eg_doc_fn fn, eg_warn_fn warn, void *ud)
{
    DIR *d = opendir(path);
    if (!d) return eg_error_set(EG_EIO, "%s: cannot open directory: %s", path, strerror(errno));
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.') continue;
        if (!has_ext(de->d_name, ".txt") && !has_ext(de->d_name, ".jsonl") && !has_ext(de->d_name, ".ndjson")) continue;
        if (n == cap) { /* doubling: directories may hold many thousands of files */
            char **p = realloc(names, (cap = cap ? 2 * cap : 64) * sizeof *p);
            if (!p) { rc = eg_error_set(EG_ENOMEM, "out of memory"); break; }
            names = p;
        }
        size_t l = strlen(path) + strlen(de->d_name) + 2;
        names[n] = malloc(l);
        if (!names[n]) { rc = eg_error_set(EG_ENOMEM, "out of memory"); break; }
        snprintf(names[n], l, "%s%s%s", path, path[strlen(path) - 1] == '/' ? "" : "/", de->d_name);
        n++;
    }
    closedir(d);
    if (!rc && n == 0) rc = eg_error_set(EG_EINVAL, "%s: directory has no .txt or .jsonl files", path);
    if (!rc) qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n && !rc; i++) {
        struct stat st;
        if (stat(names[i], &st) == 0 && S_ISDIR(st.st_mode)) continue;
        rc = read_one(names[i], o, fn, warn, ud);
    }
    for (size_t i = 0; i < n; i++) free(names[i]);
    free(names);
    return rc;
}

int eg_read_inputs(const char *const *paths, size_t npaths, const eg_read_options *o,
                   eg_doc_fn fn, eg_warn_fn warn, void *ud)
{
    static const char *const dash[] = {"-"};
    if (npaths == 0) { paths = dash; npaths = 1; }
    for (size_t i = 0; i < npaths; i++) {
        struct stat st;
        int rc;
        if (strcmp(paths[i], "-") && stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode))
            rc = read_dir(paths[i], o, fn, warn, ud);
        else if (strcmp(paths[i], "-") && stat(paths[i], &st) != 0)
            rc = eg_error_set(EG_EIO, "%s: cannot open: %s", paths[i], strerror(errno));
        else
            rc = read_one(paths[i], o, fn, warn, ud);
        if (rc) return rc;
    }
    return 0;
}
