#!/usr/bin/env python3
"""The core's promises, checked on its object files (`make lint`).

The core (parser/, typecheck/, interp/, api/) may call only memory, string, math and clock
functions of the C library: no I/O, no files, no processes, no sockets, no signals. Only the
allocator files may call malloc and friends, and no core file may keep mutable data at file
scope (runs on different threads must never meet). This script reads the symbols that each
object file needs and defines (nm, objdump) and fails on anything outside those rules.
"""
import argparse
import glob
import os
import re
import subprocess
import sys

CORE_DIRS = ("parser", "typecheck", "interp", "api")

# Libraries the core is built on; their own code is theirs to audit.
DEPENDENCY_PREFIXES = ("mpz_", "__gmp", "ts_", "utf8proc_", "json_", "tree_sitter_",
                       # instrumentation of the sanitizer and fuzzing builds
                       "__asan_", "__ubsan_", "__sanitizer_", "__tsan_", "__sancov_")

ALLOWED_LIBC = set("""
    memchr memcmp memcpy memmove memset strchr strcmp strcpy strlen strncmp strnlen strrchr strspn
    strstr strcat strncpy strcspn strtoll strtod strndup strdup snprintf vsnprintf qsort bsearch
    __ctype_tolower_loc __ctype_toupper_loc __ctype_b_loc
    acos acosh asin asinh atan atan2 atanh cbrt ceil copysign cos cosh erf erfc exp exp2 expm1 fabs
    floor fma fmod frexp hypot ldexp lgamma llround log log10 log1p log2 modf nextafter pow round
    sin sincos sinh sqrt tan tanh tgamma trunc
    clock_gettime
    _GLOBAL_OFFSET_TABLE_ __stack_chk_fail __popcountdi2 __udivmodti4 __divti3 __modti3
    __muloti4 __udivti3 __umodti3
""".split())

# The tracked allocators and the few places that hold host memory.
ALLOCATOR_FUNCTIONS = {"malloc", "calloc", "realloc", "free", "strdup", "strndup"}
ALLOCATOR_FILES = {"parser/arena.o", "parser/grammar_alloc.o", "interp/mem.o", "interp/gc.o",
                   "interp/run.o"}
HOST_MEMORY_DIR = "api/"  # MoatValue and progress records are the host's memory

# Per-thread caches that spare each compile mallocs and a TSParser: thread-local, so runs on
# different threads still never meet. Only these files may keep them.
THREAD_CACHES = {
    "parser/arena.o": {"arena_spares", "arena_spares_slot", "arena_spares_slot_ok",
                       "arena_spares_once"},
    "parser/cst.o": {"cst_parser_slot", "cst_parser_slot_ok", "cst_parser_once", "cst_cursor",
                     "cst_cursor_made"},
    "parser/grammar_alloc.o": {"grammar_spare"},
}
THREAD_FUNCTIONS = {"call_once", "tss_create", "tss_get", "tss_set", "tss_delete",
                    "__tls_get_addr"}

MUTABLE_SECTIONS = re.compile(r"\s(\.data|\.bss|\.tdata|\.tbss|COMMON)\s")


def symbols(obj, flag):
    out = subprocess.run(["nm", flag, obj], capture_output=True, text=True, check=True).stdout
    return {line.split()[-1] for line in out.splitlines() if line.strip()}


def mutable_globals(obj):
    out = subprocess.run(["objdump", "-t", obj], capture_output=True, text=True, check=True).stdout
    found = []
    for line in out.splitlines():
        if MUTABLE_SECTIONS.search(line):
            name = line.split()[-1]
            if not name.startswith("."):
                found.append(name)
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default="build")
    args = ap.parse_args()

    objects = {}  # from the sources, so objects of deleted files are not judged
    for d in CORE_DIRS:
        for src in sorted(glob.glob(os.path.join(d, "*.c"))):
            objects[src[:-2] + ".o"] = os.path.join(args.build, src[:-2] + ".o")
    missing = [p for p in objects.values() if not os.path.exists(p)]
    if missing:
        sys.exit(f"lint: {missing[0]} is missing (build first)")
    defined = set()
    for path in list(objects.values()) + glob.glob(os.path.join(args.build, "gen", "*.o")):
        defined |= symbols(path, "--defined-only")

    problems = []
    for rel, path in objects.items():
        for name in sorted(symbols(path, "-u") - defined):
            if name.startswith(DEPENDENCY_PREFIXES):
                continue
            if name in ALLOCATOR_FUNCTIONS:
                if rel not in ALLOCATOR_FILES and not rel.startswith(HOST_MEMORY_DIR):
                    problems.append(f"{rel}: calls {name} outside the tracked allocator")
                continue
            if name in THREAD_FUNCTIONS and rel in THREAD_CACHES:
                continue
            if name not in ALLOWED_LIBC:
                problems.append(f"{rel}: calls {name}, which the core may not use")
        for name in mutable_globals(path):
            if name in THREAD_CACHES.get(rel, ()):
                continue
            problems.append(f"{rel}: mutable file-scope data '{name}'")

    for p in problems:
        print("lint:", p)
    print(f"lint: {len(objects)} core objects, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
