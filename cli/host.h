// The --host helper process of `moat run` (cli/host.c).
#ifndef MOAT_CLI_HOST_H
#define MOAT_CLI_HOST_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

#include "moat.h"

typedef struct Host {
    pid_t pid;
    FILE *to, *from;  // its stdin and stdout
    char *line;       // the last answer line read
    size_t line_cap;
} Host;

// Starts `sh -c cmd` with pipes on its stdin and stdout. False (errno set) on failure.
bool host_start(Host *h, const char *cmd);
// Closes the pipes and waits for the helper to exit.
void host_stop(Host *h);
// Writes one call as a JSON line. False when the helper is gone.
bool host_send(Host *h, uint64_t id, const char *function, const MoatValue *args,
               const MoatValue *kwargs);
// Reads one answer: the call's id and its outcome (a value, or an exception value). NULL
// with the reason in `why` when the helper died or answered something malformed.
MoatValue *host_receive(Host *h, uint64_t *id, char *why, size_t why_size);

#endif
