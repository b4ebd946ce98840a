/* utf8.h — small UTF-8 helpers shared by read and tokenize (inline, no state). */
#ifndef EG_UTF8_H
#define EG_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decode one code point at s[0..n); *len gets its byte length (1 on bad input,
 * which decodes as U+FFFD). */
static inline uint32_t eg_utf8_decode(const unsigned char *s, size_t n, size_t *len)
{
    uint32_t c = s[0];
    if (c < 0x80) { *len = 1; return c; }
    if (c >= 0xC2 && c < 0xE0 && n >= 2 && (s[1] & 0xC0) == 0x80) {
        *len = 2;
        return ((c & 0x1F) << 6) | (s[1] & 0x3F);
    }
    if (c >= 0xE0 && c < 0xF0 && n >= 3 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
        uint32_t cp = ((c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) { *len = 3; return cp; }
    }
    if (c >= 0xF0 && c < 0xF5 && n >= 4 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 &&
        (s[3] & 0xC0) == 0x80) {
        uint32_t cp = ((c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
                      ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
        if (cp >= 0x10000 && cp <= 0x10FFFF) { *len = 4; return cp; }
    }
    *len = 1;
    return 0xFFFD;
}

/* Byte offset of the first invalid UTF-8 sequence in s[0..n), or n if valid. */
static inline size_t eg_utf8_check(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if (s[i] < 0x80) { i++; continue; }
        size_t l;
        uint32_t cp = eg_utf8_decode(s + i, n - i, &l);
        if (cp == 0xFFFD && !(l == 3 && s[i] == 0xEF && s[i + 1] == 0xBF && s[i + 2] == 0xBD)) return i;
        i += l;
    }
    return n;
}

#endif
