// Shared pieces of the `moat` command: file reading and the subcommands.
#ifndef MOAT_CLI_CLI_H
#define MOAT_CLI_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "moat.h"

struct json_t;

// Reads a whole file; NULL (after printing why) on failure. The caller frees.
char *cli_read_file(const char *path, size_t *len);

// A stub set with moat's stubs and the host's files at paths[0..n); NULL (after printing
// why on stderr) when a file cannot be read or is not a valid stub. Free with moat_stubs_free.
MoatStubs *cli_load_stubs(const char *const *paths, size_t n);
// Writes a check's diagnostics to out: DESIGN.md's `FILE:LINE:COL: error[CODE]: MESSAGE` with
// the source line and a caret, or (json) one JSON array of diagnostic objects.
void cli_print_diagnostics(FILE *out, const char *file, const char *src, size_t len,
                           const MoatCheck *check, bool json);
// The diagnostics as DESIGN.md's JSON array (for `run --json`'s "diagnostics"); new reference.
struct json_t *cli_diagnostics_json(const char *file, const MoatCheck *check);

int cmd_check(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_run(int argc, char **argv);

// Exit codes of DESIGN.md.
enum { EXIT_OK = 0, EXIT_ERROR = 1, EXIT_USAGE = 2, EXIT_CHECK_FAILED = 3 };

#endif
