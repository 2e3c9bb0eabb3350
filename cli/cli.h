// Shared pieces of the `moat` command: file reading and the subcommands.
#ifndef MOAT_CLI_CLI_H
#define MOAT_CLI_CLI_H

#include <stddef.h>

// Reads a whole file; NULL (after printing why) on failure. The caller frees.
char *cli_read_file(const char *path, size_t *len);

int cmd_check(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_run(int argc, char **argv);

// Exit codes of DESIGN.md.
enum { EXIT_OK = 0, EXIT_ERROR = 1, EXIT_USAGE = 2, EXIT_CHECK_FAILED = 3 };

#endif
