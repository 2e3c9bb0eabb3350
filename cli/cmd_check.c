// `moat check FILE [--stubs S.pyi]... [--format text|json]` and `moat parse FILE`.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "moat.h"

enum { CHECK_MAX_STUBS = 64 };

int cmd_check(int argc, char **argv) {
    const char *file = NULL;
    const char *stub_paths[CHECK_MAX_STUBS];
    size_t nstubs = 0;
    bool json = false;
    for (int k = 0; k < argc; k++) {
        if (strcmp(argv[k], "--format") == 0 && k + 1 < argc) {
            const char *f = argv[++k];
            if (strcmp(f, "json") == 0) json = true;
            else if (strcmp(f, "text") != 0) {
                fprintf(stderr, "moat check: unknown format '%s'\n", f);
                return EXIT_USAGE;
            }
        } else if (strcmp(argv[k], "--stubs") == 0 && k + 1 < argc) {
            if (nstubs == CHECK_MAX_STUBS) {
                fprintf(stderr, "moat check: more than %d --stubs\n", CHECK_MAX_STUBS);
                return EXIT_USAGE;
            }
            stub_paths[nstubs++] = argv[++k];
        } else if ((strcmp(argv[k], "--stubs") == 0 || strcmp(argv[k], "--format") == 0)) {
            fprintf(stderr, "moat check: %s needs a value\n", argv[k]);
            return EXIT_USAGE;
        } else if (argv[k][0] == '-' && argv[k][1]) {
            fprintf(stderr, "moat check: unknown option '%s'\n", argv[k]);
            return EXIT_USAGE;
        } else if (!file) {
            file = argv[k];
        } else {
            fprintf(stderr, "moat check: more than one FILE\n");
            return EXIT_USAGE;
        }
    }
    if (!file) {
        fprintf(stderr, "usage: moat check FILE [--stubs S.pyi]... [--format text|json]\n");
        return EXIT_USAGE;
    }
    size_t len;
    char *src = cli_read_file(file, &len);
    if (!src) return EXIT_USAGE;
    // without stubs only the program's own diagnostics: the tools' names would all be unknown
    MoatStubs *stubs = nstubs ? cli_load_stubs(stub_paths, nstubs) : NULL;
    MoatProgram *p = NULL;
    MoatCheck *check = NULL;
    int rc = EXIT_USAGE;
    MoatStatus st = MOAT_OK;
    if (nstubs && !stubs) goto done;
    st = moat_compile(src, len, file, &p);
    if (st == MOAT_OK) st = moat_check(p, stubs, &check);
    if (st != MOAT_OK) {
        fprintf(stderr, "moat check: %s\n", moat_status_str(st));
        goto done;
    }
    cli_print_diagnostics(stdout, file, src, len, check, json);
    rc = moat_check_diagnostic_count(check) ? EXIT_ERROR : EXIT_OK;
done:
    moat_check_free(check);
    moat_program_free(p);
    moat_stubs_free(stubs);
    free(src);
    return rc;
}

static void write_stdout(void *ctx, const char *data, size_t len) {
    fwrite(data, 1, len, ctx);
}

int cmd_parse(int argc, char **argv) {
    if (argc != 1) {
        fprintf(stderr, "usage: moat parse FILE\n");
        return EXIT_USAGE;
    }
    size_t len;
    char *src = cli_read_file(argv[0], &len);
    if (!src) return EXIT_USAGE;
    MoatProgram *p;
    MoatStatus st = moat_compile(src, len, argv[0], &p);
    free(src);
    if (st != MOAT_OK) {
        fprintf(stderr, "moat parse: %s\n", moat_status_str(st));
        return EXIT_USAGE;
    }
    moat_program_dump_ast(p, write_stdout, stdout);
    size_t n = moat_program_diagnostic_count(p);
    for (size_t k = 0; k < n; k++) {
        const MoatDiagnostic *d = moat_program_diagnostic(p, k);
        fprintf(stderr, "%s:%u:%u: %s\n", argv[0], d->line, d->column, d->message);
    }
    moat_program_free(p);
    return n ? EXIT_ERROR : EXIT_OK;
}
