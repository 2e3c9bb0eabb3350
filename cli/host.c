// `moat run --host CMD`: the helper process that answers external calls, over JSON lines
// (DESIGN.md): one request line per call, one answer line each.
#include "cli/host.h"

#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

// guard: how long a helper may take to exit once its input is closed
enum { HOST_EXIT_WAIT_MS = 2000 };

bool host_start(Host *h, const char *cmd) {
    memset(h, 0, sizeof *h);
    h->pid = -1;
    int to_host[2], from_host[2];
    if (pipe(to_host) != 0) return false;
    if (pipe(from_host) != 0) {
        close(to_host[0]);
        close(to_host[1]);
        return false;
    }
    // a host that dies must not kill moat on the next write
    signal(SIGPIPE, SIG_IGN);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, to_host[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&fa, from_host[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&fa, to_host[1]);
    posix_spawn_file_actions_addclose(&fa, from_host[0]);
    // its own process group: stopping it stops whatever the shell started too
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attr, 0);
    char *argv[] = {"sh", "-c", (char *)cmd, NULL};
    int rc = posix_spawn(&h->pid, "/bin/sh", &fa, &attr, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    close(to_host[0]);
    close(from_host[1]);
    if (rc != 0) {
        close(to_host[1]);
        close(from_host[0]);
        h->pid = -1;
        errno = rc;
        return false;
    }
    h->to = fdopen(to_host[1], "w");
    h->from = fdopen(from_host[0], "r");
    if (!h->to || !h->from) {
        host_stop(h);
        return false;
    }
    return true;
}

void host_stop(Host *h) {
    if (h->to) fclose(h->to);
    if (h->from) fclose(h->from);
    h->to = h->from = NULL;
    if (h->pid > 0) {
        // its stdin is closed: a well-behaved helper ends; one that does not is killed
        int status;
        for (int k = 0; k < HOST_EXIT_WAIT_MS && waitpid(h->pid, &status, WNOHANG) == 0; k++) {
            nanosleep(&(struct timespec){0, 1000000}, NULL);
        }
        if (waitpid(h->pid, &status, WNOHANG) == 0) {
            kill(-h->pid, SIGKILL);
            waitpid(h->pid, &status, 0);
        }
    }
    h->pid = -1;
    free(h->line);
    h->line = NULL;
}

// A str MoatValue's JSON text (quoted and escaped), or NULL.
static char *json_quote(const char *s) {
    MoatValue *v = moat_value_str(s, strlen(s));
    char *out = NULL;
    if (v && moat_value_to_json(v, &out, NULL) != MOAT_OK) out = NULL;
    moat_value_free(v);
    return out;
}

static bool write_json(FILE *f, const MoatValue *v) {
    char *s;
    if (moat_value_to_json(v, &s, NULL) != MOAT_OK) return false;
    bool ok = fputs(s, f) >= 0;
    moat_free(s);
    return ok;
}

bool host_send(Host *h, uint64_t id, const char *function, const MoatValue *args,
               const MoatValue *kwargs) {
    char *name = json_quote(function);
    bool ok = name && fprintf(h->to, "{\"id\": %llu, \"function\": %s, \"args\": [",
                              (unsigned long long)id, name) > 0;
    moat_free(name);
    for (size_t k = 0; ok && k < moat_value_len(args); k++) {
        ok = (k == 0 || fputs(", ", h->to) >= 0) && write_json(h->to, moat_value_item(args, k));
    }
    ok = ok && fputs("], \"kwargs\": {", h->to) >= 0;
    for (size_t k = 0; ok && k < moat_value_len(kwargs); k++) {
        char *key = json_quote(moat_value_data(moat_value_item(kwargs, k), NULL));
        ok = key && (k == 0 || fputs(", ", h->to) >= 0) && fprintf(h->to, "%s: ", key) > 0 &&
             write_json(h->to, moat_value_dict_value(kwargs, k));
        moat_free(key);
    }
    ok = ok && fputs("}}\n", h->to) >= 0 && fflush(h->to) == 0;
    return ok;
}

// The member `key` of an answer (a dict with str keys), or NULL.
static const MoatValue *answer_get(const MoatValue *answer, const char *key) {
    for (size_t k = 0; k < moat_value_len(answer); k++) {
        const MoatValue *name = moat_value_item(answer, k);
        if (moat_value_kind(name) == MOAT_VALUE_STR && strcmp(moat_value_data(name, NULL), key) == 0) {
            return moat_value_dict_value(answer, k);
        }
    }
    return NULL;
}

static MoatValue *answer_fail(char *why, size_t why_size, const char *reason) {
    snprintf(why, why_size, "%s", reason);
    return NULL;
}

// {"type": "ValueError", "message": "..."} as an exception value.
static MoatValue *answer_exception(const MoatValue *raise, char *why, size_t why_size) {
    const MoatValue *type = moat_value_kind(raise) == MOAT_VALUE_DICT ? answer_get(raise, "type") : NULL;
    const MoatValue *msg = type ? answer_get(raise, "message") : NULL;
    if (!type || moat_value_kind(type) != MOAT_VALUE_STR ||
        (msg && moat_value_kind(msg) != MOAT_VALUE_STR && moat_value_kind(msg) != MOAT_VALUE_NONE)) {
        return answer_fail(why, why_size, "\"raise\" needs {\"type\": str, \"message\": str}");
    }
    const char *m = msg && moat_value_kind(msg) == MOAT_VALUE_STR ? moat_value_data(msg, NULL) : NULL;
    MoatValue *e = moat_value_exception(moat_value_data(type, NULL), m);
    return e ? e : answer_fail(why, why_size, "out of memory");
}

MoatValue *host_receive(Host *h, uint64_t *id, char *why, size_t why_size) {
    ssize_t n = getline(&h->line, &h->line_cap, h->from);
    if (n < 0) return answer_fail(why, why_size, "the host closed its output (did it exit?)");
    MoatValue *answer;
    char err[200];
    if (moat_value_from_json(h->line, (size_t)n, &answer, err, sizeof err) != MOAT_OK) {
        snprintf(why, why_size, "the host's answer is not JSON: %s", err);
        return NULL;
    }
    MoatValue *out = NULL;
    const MoatValue *idv = moat_value_kind(answer) == MOAT_VALUE_DICT ? answer_get(answer, "id") : NULL;
    int64_t i;
    const MoatValue *ret = idv ? answer_get(answer, "return") : NULL;
    const MoatValue *raise = idv ? answer_get(answer, "raise") : NULL;
    if (!idv || !moat_value_as_int(idv, &i) || moat_value_kind(idv) != MOAT_VALUE_INT || i < 0) {
        answer_fail(why, why_size, "the host's answer has no \"id\" (a non-negative int)");
    } else if (!ret == !raise) {
        answer_fail(why, why_size, "the host's answer needs exactly one of \"return\" or \"raise\"");
    } else {
        *id = (uint64_t)i;
        out = raise ? answer_exception(raise, why, why_size) : NULL;
        if (ret && !(out = moat_value_copy(ret))) answer_fail(why, why_size, "out of memory");
    }
    moat_value_free(answer);
    return out;
}
