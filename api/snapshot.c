// Snapshots: moat_dump and moat_load.
//
// A dump records how the run started (script name and source, limits, externals, inputs) and
// every answer the host gave it, in order. Loading compiles the source and replays those
// answers on a fresh run with its output muted: the VM is deterministic, so the run reaches
// the same point, and every call it makes on the way must match the recorded one (name and
// arguments), or the load fails. Nothing in a dump is trusted: it is parsed with bounds checks,
// its values go through the JSON decoder, its program through the compiler, its answers
// through moat_resume — the paths any host input takes.
//
// Layout (integers little-endian):
//   "MOATSNAP" | u32 version | u32 flags (1: signed) | u64 payload length | payload
//   | u32 CRC-32 of everything before | [32-byte HMAC-SHA-256 of everything before, if signed]
// payload: str name, str source; limits (f64 duration, u64 memory, u64 allocations,
//   u32 recursion, u64 instructions, u64 output), u64 script time used (ns);
//   u32 externals: (str name, u8 async)*; u32 inputs: (str name, str json)*;
//   u32 events: (u8 kind, u64 id, u64 digest, [str json outcome if an answer])*;
//   u8 progress kind, u64 call id.   A str is u32 length + bytes.
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "api/progress.h"
#include "api/program.h"
#include "api/sha256.h"
#include "api/value.h"

enum { SNAP_VERSION = 1, SNAP_SIGNED = 1, SNAP_HEADER = 24 };
static const char snap_magic[8] = {'M', 'O', 'A', 'T', 'S', 'N', 'A', 'P'};

static uint32_t crc32(const uint8_t *p, size_t n) {
    uint32_t c = 0xFFFFFFFFu;
    for (size_t k = 0; k < n; k++) {
        c ^= p[k];
        for (int b = 0; b < 8; b++) c = c >> 1 ^ (0xEDB88320u & (0u - (c & 1)));
    }
    return ~c;
}

// ---- writing ----

typedef struct Out {
    uint8_t *data;
    size_t len, cap;
    bool failed;
} Out;

static void put(Out *o, const void *p, size_t n) {
    if (o->failed) return;
    if (o->len + n > o->cap) {
        size_t cap = o->cap ? o->cap : 256;
        while (cap < o->len + n) cap *= 2;
        uint8_t *d = realloc(o->data, cap);
        if (!d) {
            o->failed = true;
            return;
        }
        o->data = d;
        o->cap = cap;
    }
    if (n) memcpy(o->data + o->len, p, n);
    o->len += n;
}

static void put_u(Out *o, uint64_t v, int bytes) {
    uint8_t b[8];
    for (int k = 0; k < bytes; k++) b[k] = (uint8_t)(v >> (8 * k));
    put(o, b, (size_t)bytes);
}

static void put_str(Out *o, const char *s, size_t n) {
    if (n > UINT32_MAX) o->failed = true;
    put_u(o, n, 4);
    put(o, s, n);
}

static void put_json(Out *o, const MoatValue *v) {
    char *s;
    size_t n;
    if (moat_value_to_json(v, &s, &n) != MOAT_OK) {
        o->failed = true;
        return;
    }
    put_str(o, s, n);
    moat_free(s);
}

static void put_f64(Out *o, double d) {
    uint64_t u;
    memcpy(&u, &d, 8);
    put_u(o, u, 8);
}

// Script time the run has used so far: what its duration limit has left is what a load gives it.
static uint64_t time_used_ns(const MoatProgress *p) {
    const Run *r = p->run;
    double max = p->setup.limits.max_duration;
    if (!r->deadline_ns || max <= 0) return 0;
    uint64_t budget = (uint64_t)llround(max * 1e9);
    uint64_t left = r->deadline_ns > r->suspended_ns ? r->deadline_ns - r->suspended_ns : 0;
    return left < budget ? budget - left : 0;
}

MoatStatus moat_dump(const MoatProgress *p, void **out, size_t *len) {
    if (!p || !out || !len) return MOAT_ERR_INVALID;
    *out = NULL;
    *len = 0;
    if (!p->run || (p->kind != MOAT_PROGRESS_CALL && p->kind != MOAT_PROGRESS_WAITING)) return MOAT_ERR_INVALID;
    const RunSetup *s = &p->setup;
    Out o = {0};
    put(&o, snap_magic, 8);
    put_u(&o, SNAP_VERSION, 4);
    put_u(&o, s->key ? SNAP_SIGNED : 0, 4);
    put_u(&o, 0, 8);  // the payload's length, set below
    put_str(&o, program_name(p->program), strlen(program_name(p->program)));
    put_str(&o, program_source(p->program), program_source_len(p->program));
    const MoatLimits *l = &s->limits;
    put_f64(&o, l->max_duration);
    put_u(&o, l->max_memory, 8);
    put_u(&o, l->max_allocations, 8);
    put_u(&o, l->max_recursion, 4);
    put_u(&o, l->max_instructions, 8);
    put_u(&o, l->max_output, 8);
    put_u(&o, time_used_ns(p), 8);
    put_u(&o, s->external_count, 4);
    for (size_t k = 0; k < s->external_count; k++) {
        put_str(&o, s->externals[k].name, strlen(s->externals[k].name));
        put_u(&o, s->externals[k].is_async, 1);
    }
    put_u(&o, s->input_count, 4);
    for (size_t k = 0; k < s->input_count; k++) {
        put_str(&o, s->input_names[k], strlen(s->input_names[k]));
        put_json(&o, s->input_values[k]);
    }
    put_u(&o, p->event_count, 4);
    for (size_t k = 0; k < p->event_count; k++) {
        const Event *e = &p->events[k];
        put_u(&o, e->kind, 1);
        put_u(&o, e->id, 8);
        put_u(&o, e->digest, 8);
        if (e->kind == EVENT_ANSWER) put_json(&o, e->outcome);
    }
    put_u(&o, (uint64_t)p->kind, 1);
    put_u(&o, p->call_id, 8);
    if (!o.failed) {
        uint64_t payload = o.len - SNAP_HEADER;
        for (int k = 0; k < 8; k++) o.data[16 + k] = (uint8_t)(payload >> (8 * k));
    }
    put_u(&o, o.failed ? 0 : crc32(o.data, o.len), 4);
    if (s->key && !o.failed) {
        uint8_t mac[SHA256_SIZE];
        hmac_sha256(s->key, s->key_len, o.data, o.len, mac);
        put(&o, mac, sizeof mac);
    }
    if (o.failed) {
        free(o.data);
        return MOAT_ERR_NOMEM;
    }
    *out = o.data;
    *len = o.len;
    return MOAT_OK;
}

// ---- reading ----

typedef struct In {
    const uint8_t *p, *end;
    bool bad;
} In;

static uint64_t get_u(In *in, int bytes) {
    if (in->bad || (size_t)(in->end - in->p) < (size_t)bytes) {
        in->bad = true;
        return 0;
    }
    uint64_t v = 0;
    for (int k = 0; k < bytes; k++) v |= (uint64_t)in->p[k] << (8 * k);
    in->p += bytes;
    return v;
}

// A string's bytes, in place (not NUL-terminated), or NULL.
static const char *get_str(In *in, size_t *n) {
    *n = (size_t)get_u(in, 4);
    if (in->bad || (size_t)(in->end - in->p) < *n) {
        in->bad = true;
        return NULL;
    }
    const char *s = (const char *)in->p;
    in->p += *n;
    return s;
}

// A string as a new NUL-terminated copy without NULs inside (a name), or NULL.
static char *get_name(In *in) {
    size_t n;
    const char *s = get_str(in, &n);
    if (!s || !n || memchr(s, '\0', n)) {
        in->bad = true;
        return NULL;
    }
    char *c = strndup(s, n);
    if (!c) in->bad = true;
    return c;
}

static MoatValue *get_json(In *in) {
    size_t n;
    const char *s = get_str(in, &n);
    MoatValue *v = NULL;
    if (s && moat_value_from_json(s, n, &v, NULL, 0) != MOAT_OK) in->bad = true;
    return v;
}

// The parts of a dump, parsed.
typedef struct Snap {
    const char *name, *source;
    size_t name_len, source_len;
    RunSetup setup;
    uint64_t time_used;
    Event *events;
    size_t event_count;
    uint8_t kind;
    uint64_t call_id;
} Snap;

// Checks the frame (magic, version, length, checksum, signature) and returns the payload.
static MoatStatus snap_open(const uint8_t *d, size_t len, const MoatRunOptions *o, In *payload) {
    if (len < SNAP_HEADER + 4 || memcmp(d, snap_magic, 8) != 0) return MOAT_ERR_INVALID;
    In h = {d + 8, d + len, false};
    uint64_t version = get_u(&h, 4), flags = get_u(&h, 4), n = get_u(&h, 8);
    bool signed_ = flags & SNAP_SIGNED;
    size_t tail = 4 + (signed_ ? SHA256_SIZE : 0);
    if (version != SNAP_VERSION || (flags & ~(uint64_t)SNAP_SIGNED) || n != len - SNAP_HEADER - tail ||
        len < SNAP_HEADER + tail) {
        return MOAT_ERR_INVALID;
    }
    size_t body = SNAP_HEADER + (size_t)n;
    In c = {d + body, d + len, false};
    if (get_u(&c, 4) != crc32(d, body)) return MOAT_ERR_INVALID;
    // a signed dump needs the key; a key refuses an unsigned dump
    if (signed_ != (o->snapshot_key_len > 0)) return MOAT_ERR_INVALID;
    if (signed_) {
        uint8_t mac[SHA256_SIZE];
        hmac_sha256(o->snapshot_key, o->snapshot_key_len, d, body + 4, mac);
        uint8_t diff = 0;  // in constant time
        for (size_t k = 0; k < SHA256_SIZE; k++) diff |= mac[k] ^ d[body + 4 + k];
        if (diff) return MOAT_ERR_INVALID;
    }
    *payload = (In){d + SNAP_HEADER, d + body, false};
    return MOAT_OK;
}

static double get_f64(In *in) {
    uint64_t u = get_u(in, 8);
    double d;
    memcpy(&d, &u, 8);
    return d;
}

// Parses the payload into s; false when it is malformed (s is then freed by the caller).
static bool snap_parse(In *in, Snap *s) {
    s->name = get_str(in, &s->name_len);
    s->source = get_str(in, &s->source_len);
    MoatLimits *l = &s->setup.limits;
    l->max_duration = get_f64(in);
    l->max_memory = (size_t)get_u(in, 8);
    l->max_allocations = get_u(in, 8);
    l->max_recursion = (uint32_t)get_u(in, 4);
    l->max_instructions = get_u(in, 8);
    l->max_output = (size_t)get_u(in, 8);
    s->time_used = get_u(in, 8);
    if (in->bad || !(l->max_duration >= 0 && l->max_duration <= 1e9) || !s->name_len ||
        memchr(s->name, '\0', s->name_len)) {
        return false;
    }
    // guard: counts are checked against the bytes left before anything is allocated for them
    uint64_t n = get_u(in, 4);
    if (in->bad || n > (uint64_t)(in->end - in->p) / 6) return false;
    s->setup.externals = calloc(n ? n : 1, sizeof *s->setup.externals);
    if (!s->setup.externals) return false;
    for (; s->setup.external_count < n; s->setup.external_count++) {
        char *name = get_name(in);
        if (!name) return false;
        s->setup.externals[s->setup.external_count] = (MoatExternal){name, get_u(in, 1) != 0};
    }
    n = get_u(in, 4);
    if (in->bad || n > (uint64_t)(in->end - in->p) / 10) return false;
    s->setup.input_names = calloc(n ? n : 1, sizeof *s->setup.input_names);
    s->setup.input_values = calloc(n ? n : 1, sizeof *s->setup.input_values);
    if (!s->setup.input_names || !s->setup.input_values) return false;
    for (; s->setup.input_count < n; s->setup.input_count++) {
        size_t k = s->setup.input_count;
        s->setup.input_names[k] = get_name(in);
        s->setup.input_values[k] = get_json(in);
        if (!s->setup.input_names[k] || !s->setup.input_values[k]) {
            s->setup.input_count++;  // freed with the rest
            return false;
        }
    }
    n = get_u(in, 4);
    if (in->bad || n > (uint64_t)(in->end - in->p) / 17) return false;
    s->events = calloc(n ? n : 1, sizeof *s->events);
    if (!s->events) return false;
    for (; s->event_count < n; s->event_count++) {
        Event *e = &s->events[s->event_count];
        e->kind = (uint8_t)get_u(in, 1);
        e->id = get_u(in, 8);
        e->digest = get_u(in, 8);
        if (e->kind == EVENT_ANSWER && !(e->outcome = get_json(in))) return false;
        if (in->bad || e->kind > EVENT_DEFER) return false;
    }
    s->kind = (uint8_t)get_u(in, 1);
    s->call_id = get_u(in, 8);
    return !in->bad && in->p == in->end &&
           (s->kind == MOAT_PROGRESS_CALL || s->kind == MOAT_PROGRESS_WAITING);
}

static void snap_free(Snap *s) {
    progress_setup_free(&s->setup, s->events, s->event_count);
}

// Whether p is at the call (or wait) event e was recorded at.
static bool replay_at(const MoatProgress *p, const Event *e) {
    if (moat_progress_kind(p) == MOAT_PROGRESS_CALL) {
        return e->id == moat_progress_call_id(p) && e->digest == p->call_digest &&
               (e->kind == EVENT_ANSWER || moat_progress_call_is_async(p));
    }
    if (moat_progress_kind(p) != MOAT_PROGRESS_WAITING || e->kind != EVENT_ANSWER) return false;
    for (size_t k = 0; k < moat_progress_pending_count(p); k++) {
        if (moat_progress_pending_id(p, k) == e->id) return true;
    }
    return false;
}

static void mute(void *ctx, const char *data, size_t len) {
    (void)ctx;
    (void)data;
    (void)len;
}

// Runs the dumped program again and feeds it the recorded answers.
static MoatStatus snap_replay(Snap *s, const MoatRunOptions *o, MoatProgress **out) {
    char *name = strndup(s->name, s->name_len);
    if (!name) return MOAT_ERR_NOMEM;
    MoatProgram *prog;
    MoatStatus st = moat_compile(s->source, s->source_len, name, &prog);
    free(name);
    if (st != MOAT_OK) return st;
    if (!program_runnable(prog)) {
        moat_program_free(prog);
        return MOAT_ERR_INVALID;
    }
    MoatRunOptions ro = *o;
    ro.limits = s->setup.limits;
    ro.limits.max_duration = 0;  // the replay's time is not the script's: set after
    ro.print = mute;
    ro.externals = s->setup.externals;
    ro.external_count = s->setup.external_count;
    ro.input_names = (const char *const *)s->setup.input_names;
    ro.input_values = (const MoatValue *const *)s->setup.input_values;
    ro.input_count = s->setup.input_count;
    MoatProgress *p;
    st = moat_start(prog, &ro, &p);
    if (st != MOAT_OK) {
        moat_program_free(prog);
        return st;
    }
    p->own_program = prog;
    for (size_t k = 0; st == MOAT_OK && k < s->event_count; k++) {
        const Event *e = &s->events[k];
        if (!replay_at(p, e)) st = MOAT_ERR_INVALID;
        else if (e->kind == EVENT_DEFER) st = moat_defer(p, e->id);
        else st = moat_resume(p, e->id, e->outcome);
    }
    bool same = st == MOAT_OK && p->run && (uint8_t)p->kind == s->kind &&
                (p->kind != MOAT_PROGRESS_CALL || p->call_id == s->call_id);
    if (!same) {
        moat_progress_free(p);
        return st == MOAT_OK ? MOAT_ERR_INVALID : st;
    }
    // from here on the run is the host's: its output, its limits, its remaining time
    Run *r = p->run;
    r->print = o->print;
    r->print_ctx = o->print_ctx;
    p->setup.limits.max_duration = s->setup.limits.max_duration;
    uint64_t budget = s->setup.limits.max_duration > 0 ? (uint64_t)llround(s->setup.limits.max_duration * 1e9) : 0;
    r->deadline_ns = budget ? run_now_ns() + (budget > s->time_used ? budget - s->time_used : 1) : 0;
    r->suspended_ns = run_now_ns();
    *out = p;
    return MOAT_OK;
}

MoatStatus moat_load(const void *data, size_t len, const MoatRunOptions *options, MoatProgress **out) {
    if (!out || (!data && len)) return MOAT_ERR_INVALID;
    *out = NULL;
    MoatRunOptions defaults;
    if (!options) {
        moat_run_options_init(&defaults);
        options = &defaults;
    }
    In payload;
    MoatStatus st = snap_open(data, len, options, &payload);
    if (st != MOAT_OK) return st;
    Snap s = {0};
    st = snap_parse(&payload, &s) ? snap_replay(&s, options, out) : MOAT_ERR_INVALID;
    snap_free(&s);
    return st;
}
