/* driver.c — standalone replay driver for the fuzz targets (gcc builds):
 * feeds every file of the given files/directories to LLVMFuzzerTestOneInput. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) { fprintf(stderr, "%s: cannot open\n", path); return 1; }
    size_t cap = 4096, len = 0, n;
    uint8_t *buf = malloc(cap);
    if (!buf) { fclose(f); return 1; }
    while ((n = fread(buf + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap) {
            uint8_t *p = realloc(buf, cap * 2);
            if (!p) { free(buf); fclose(f); return 1; }
            buf = p;
            cap *= 2;
        }
    }
    fclose(f);
    LLVMFuzzerTestOneInput(buf, len);
    free(buf);
    return 0;
}

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(int argc, char **argv)
{
    int fails = 0, files = 0;
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) != 0) { fprintf(stderr, "%s: cannot open\n", argv[i]); fails++; continue; }
        if (!S_ISDIR(st.st_mode)) { fails += run_file(argv[i]); files++; continue; }
        DIR *d = opendir(argv[i]);
        if (!d) { fails++; continue; }
        char **names = NULL;
        size_t nn = 0;
        struct dirent *de;
        while ((de = readdir(d))) {
            if (de->d_name[0] == '.') continue;
            char **p = realloc(names, (nn + 1) * sizeof *p);
            if (!p) break;
            names = p;
            size_t l = strlen(argv[i]) + strlen(de->d_name) + 2;
            names[nn] = malloc(l);
            if (!names[nn]) break;
            snprintf(names[nn++], l, "%s/%s", argv[i], de->d_name);
        }
        closedir(d);
        qsort(names, nn, sizeof *names, cmp);
        for (size_t k = 0; k < nn; k++) { fails += run_file(names[k]); files++; free(names[k]); }
        free(names);
    }
    printf("replayed %d inputs, %d could not be read\n", files, fails);
    return fails ? 1 : 0;
}
