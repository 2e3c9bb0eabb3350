// The `moat` command: dispatches to its subcommands.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "moat.h"

static void usage(FILE *f) {
    fputs("usage: moat run FILE [--stubs S.pyi]... [--input NAME=JSON]... [--host CMD] [--no-check]\n"
          "                [--json] [--max-duration SECS] [--max-memory SIZE]\n"
          "                [--max-allocations N] [--max-recursion N] [--max-instructions N]\n"
          "                [--max-output SIZE]\n"
          "       moat check FILE [--stubs S.pyi]... [--format text|json]\n"
          "       moat parse FILE\n"
          "       moat lsp\n"
          "       moat --version\n",
          f);
}

char *cli_read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "moat: cannot open '%s'\n", path);
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap) break;
        char *bigger = realloc(buf, cap * 2);
        if (!bigger) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = bigger;
        cap *= 2;
    }
    bool failed = ferror(f);
    fclose(f);
    if (!buf || failed) {
        free(buf);
        fprintf(stderr, "moat: cannot read '%s'\n", path);
        return NULL;
    }
    *len = n;
    return buf;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        printf("moat %s\n", moat_version());
        return EXIT_OK;
    }
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
        usage(stdout);
        return EXIT_OK;
    }
    if (strcmp(cmd, "run") == 0) return cmd_run(argc - 2, argv + 2);
    if (strcmp(cmd, "check") == 0) return cmd_check(argc - 2, argv + 2);
    if (strcmp(cmd, "parse") == 0) return cmd_parse(argc - 2, argv + 2);
    fprintf(stderr, "moat: unknown command '%s'\n", cmd);
    usage(stderr);
    return EXIT_USAGE;
}
