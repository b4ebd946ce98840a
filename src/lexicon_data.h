/* lexicon_data.h — the data/NAME.txt files embedded at build time (cmake/embed.cmake). */
#ifndef EG_LEXICON_DATA_H
#define EG_LEXICON_DATA_H
#include <stddef.h>
typedef struct eg_lexdata_file {
    const char *name;  /* file name without .txt, e.g. "given_names" */
    const char *data;  /* file bytes, NUL-terminated */
    size_t len;
} eg_lexdata_file;
extern const eg_lexdata_file eg_lexdata_files[];
extern const size_t eg_lexdata_nfiles;
#endif
