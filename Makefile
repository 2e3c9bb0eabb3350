# moat — one Makefile, output in $(BUILD). `make asan` re-enters with MODE=asan into build/asan.

MODE ?= release
BUILD ?= build
CC ?= cc

GRAMMAR_DIR := node_modules/tree-sitter-python/src
# node, npm and python3 come with the machine image (nodesource's nodejs carries npm).
DEB_PACKAGES := libtree-sitter-dev check pkg-config libgmp-dev libutf8proc-dev libjansson-dev
# CPython 3.14 as the npm package pyodide (pinned): the oracle of the tests, and the source of
# the Unicode character names compiled in. Build-time tools run Python scripts in it.
PYODIDE := node_modules/pyodide/pyodide.mjs
PYODIDE_RUN := node parser/gen/pyodide_run.mjs

WARN := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
        -Wimplicit-fallthrough -Wformat=2 -Wundef -Wvla -fno-common -Wno-missing-field-initializers
ifeq ($(MODE),stress)
OPT := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer \
       -DMOAT_DEBUG -DMOAT_GC_STRESS
else ifeq ($(MODE),fuzz)
CC := clang
OPT := -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all \
       -fno-omit-frame-pointer -DMOAT_DEBUG
else ifeq ($(MODE),asan)
OPT := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer \
       -DMOAT_DEBUG
else
OPT := -O2 -g
endif
CFLAGS := -std=c11 $(OPT) $(WARN) -fPIC -fvisibility=hidden -D_POSIX_C_SOURCE=200809L -I. -Iinclude \
          -I$(BUILD)/gen
ifeq ($(MODE),fuzz)
CFLAGS += -Wno-format-nonliteral  # clang also flags the va_list formatters
endif
# the scanner's ts_malloc family goes to parser/grammar_alloc.c (alloc.h lets clients choose)
GRAMMAR_CFLAGS := -std=c11 $(OPT) -fPIC -fvisibility=hidden -w -I$(GRAMMAR_DIR) \
                  -include parser/grammar_alloc.h -Dts_malloc=grammar_malloc \
                  -Dts_calloc=grammar_calloc -Dts_realloc=grammar_realloc -Dts_free=grammar_free
LDFLAGS := $(filter -fsanitize%,$(OPT))
# tree-sitter linked from its archive (same Debian package): calls into it, and inside it, go
# direct rather than through the PLT (0.1 us of a one-line compile), and a host's own
# tree-sitter cannot interpose; libmoat.so keeps its symbols hidden.
LIBS := -l:libtree-sitter.a -lgmp -lutf8proc -ljansson -lm

CORE_SRC := $(wildcard parser/*.c typecheck/*.c interp/*.c api/*.c)
CLI_SRC := $(wildcard cli/*.c)
UNIT_SRC := $(wildcard tests/unit/*.c)
GRAMMAR_SRC := $(GRAMMAR_DIR)/parser.c $(GRAMMAR_DIR)/scanner.c

CORE_OBJ := $(CORE_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/tc_stubs_data.o
STUB_FILES := $(sort $(wildcard stubs/*.pyi))
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/%.o)
UNIT_OBJ := $(UNIT_SRC:%.c=$(BUILD)/%.o)
GRAMMAR_OBJ := $(BUILD)/grammar/parser.o $(BUILD)/grammar/scanner.o

.PHONY: all deps demo test unit cases lint numfmt-test intarith-test unicode-names-test fuzz fuzz-targets fuzz-build tsan asan stress clean bench
all: $(BUILD)/moat $(BUILD)/libmoat.a $(BUILD)/libmoat.so

# Idempotent: installs only what is missing.
deps:
	@dpkg -s $(DEB_PACKAGES) >/dev/null 2>&1 || \
	  { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $(DEB_PACKAGES); }
	@[ -f node_modules/.package-lock.json ] && cmp -s package-lock.json .deps-stamp 2>/dev/null || \
	  { npm ci --ignore-scripts --no-audit --no-fund && cp package-lock.json .deps-stamp; }

$(GRAMMAR_SRC):
	$(MAKE) deps

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/grammar/%.o: $(GRAMMAR_DIR)/%.c parser/grammar_alloc.h
	@mkdir -p $(dir $@)
	$(CC) $(GRAMMAR_CFLAGS) -c $< -o $@

# The grammar's symbol ids mapped to moat's node kinds, generated from the grammar itself.
$(BUILD)/cst_map_gen: parser/gen/cst_map_gen.c parser/cst.h $(GRAMMAR_OBJ) $(BUILD)/parser/grammar_alloc.o
	$(CC) $(CFLAGS) -o $@ $< $(GRAMMAR_OBJ) $(BUILD)/parser/grammar_alloc.o $(LDFLAGS) -ltree-sitter -ljansson

$(BUILD)/gen/cst_map.h: $(BUILD)/cst_map_gen $(GRAMMAR_DIR)/node-types.json
	@mkdir -p $(dir $@)
	$< $(GRAMMAR_DIR)/node-types.json > $@.tmp && mv $@.tmp $@

$(BUILD)/parser/cst.o: $(BUILD)/gen/cst_map.h

# The Unicode character names of \N{...} escapes, from CPython 3.14's unicodedata, compiled in.
$(PYODIDE):
	$(MAKE) deps

$(BUILD)/gen/unicode_names_data.h: parser/gen/unicode_names_gen.py parser/gen/pyodide_run.mjs \
                                   $(PYODIDE)
	@mkdir -p $(dir $@)
	$(PYODIDE_RUN) $< > $@.tmp && mv $@.tmp $@

$(BUILD)/parser/unicode_names.o: $(BUILD)/gen/unicode_names_data.h

# moat's stubs (stubs/*.pyi) compiled into the library as data: the core reads no files.
$(BUILD)/embed_stubs: typecheck/gen/embed_stubs.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $< $(LDFLAGS)

$(BUILD)/gen/tc_stubs_data.c: $(BUILD)/embed_stubs $(STUB_FILES)
	@mkdir -p $(dir $@)
	$< $(STUB_FILES) > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/tc_stubs_data.o: $(BUILD)/gen/tc_stubs_data.c
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/libmoat.a: $(CORE_OBJ) $(GRAMMAR_OBJ)
	@rm -f $@
	ar rcs $@ $^

# -z nodelete: threads free what they keep for the next compile (parser/cst.c, parser/arena.c)
# when they end, so the library must stay loaded after a dlclose.
$(BUILD)/libmoat.so: $(CORE_OBJ) $(GRAMMAR_OBJ)
	$(CC) -shared $(LDFLAGS) -Wl,--exclude-libs,libtree-sitter.a -Wl,-z,nodelete -o $@ $^ $(LIBS)

$(BUILD)/moat: $(CLI_OBJ) $(BUILD)/libmoat.a
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libmoat.a $(LIBS)

$(BUILD)/unit_tests: $(UNIT_OBJ) $(BUILD)/libmoat.a
	$(CC) $(LDFLAGS) -o $@ $(UNIT_OBJ) $(BUILD)/libmoat.a $(LIBS) $$(pkg-config --libs check) -pthread

$(BUILD)/numfmt_driver: $(BUILD)/tests/numfmt/driver.o $(BUILD)/libmoat.a
	$(CC) $(LDFLAGS) -o $@ $< $(BUILD)/libmoat.a $(LIBS)

# Float repr/parse and format specs against the machine's CPython on a million values. The
# test uses a fixed seed so a run is reproducible; `make fuzz` draws fresh seeds to explore.
NUMFMT_COUNT := $(if $(filter asan,$(MODE)),200000,1000000)
NUMFMT_SEED ?= 20261127
# Int arithmetic on random ints of every size, against CPython 3.14 (the oracle).
intarith-test: $(BUILD)/moat
	python3 tests/intarith/compare.py --moat $(BUILD)/moat --count 1500

numfmt-test: $(BUILD)/numfmt_driver
	python3 tests/numfmt/compare.py --driver $(BUILD)/numfmt_driver --count $(NUMFMT_COUNT) \
		--seed $(NUMFMT_SEED)

$(BUILD)/unicode_names_driver: $(BUILD)/tests/unicode_names/driver.o $(BUILD)/libmoat.a
	$(CC) $(LDFLAGS) -o $@ $< $(BUILD)/libmoat.a $(LIBS)

# \N{...} names against CPython 3.14's: every name, alias and named sequence, and near misses.
unicode-names-test: $(BUILD)/unicode_names_driver
	python3 tests/unicode_names/compare.py --driver $<

# `make fuzz`: libFuzzer targets (clang) for the front end, the checker, the VM and the snapshot
# loader, each run for FUZZ_SECONDS from the tests' own inputs (`make fuzz-targets` only builds
# them); then the comparisons with CPython (float formatting, json) with fresh seeds.
FUZZ_TARGETS := parse check run snapshot
FUZZ_SECONDS ?= 60
ifeq ($(MODE),fuzz)
$(BUILD)/fuzz_%: tests/fuzz/fuzz_%.c $(BUILD)/libmoat.a
	$(CC) $(CFLAGS) -fsanitize=fuzzer,address,undefined -o $@ $< $(BUILD)/libmoat.a $(LIBS)
$(BUILD)/snapshot_seeds: tests/fuzz/snapshot_seeds.c $(BUILD)/libmoat.a
	$(CC) $(CFLAGS) -fsanitize=address,undefined -o $@ $< $(BUILD)/libmoat.a $(LIBS)
fuzz-build: $(FUZZ_TARGETS:%=$(BUILD)/fuzz_%) $(BUILD)/snapshot_seeds
endif
fuzz-targets: deps
	$(MAKE) MODE=fuzz BUILD=build/fuzz fuzz-build
fuzz: fuzz-targets $(BUILD)/numfmt_driver $(BUILD)/moat
	mkdir -p build/fuzz/corpus/parse build/fuzz/corpus/check build/fuzz/corpus/run build/fuzz/corpus/snapshot
	build/fuzz/snapshot_seeds build/fuzz/corpus/snapshot
	build/fuzz/fuzz_parse -max_total_time=$(FUZZ_SECONDS) -max_len=4096 build/fuzz/corpus/parse tests/conformance
	build/fuzz/fuzz_check -max_total_time=$(FUZZ_SECONDS) -max_len=8192 build/fuzz/corpus/check tests/check
	build/fuzz/fuzz_run -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=10 build/fuzz/corpus/run tests/conformance
	build/fuzz/fuzz_snapshot -max_total_time=$(FUZZ_SECONDS) build/fuzz/corpus/snapshot
	python3 tests/numfmt/compare.py --driver $(BUILD)/numfmt_driver --count $(NUMFMT_COUNT)
	python3 tests/json/fuzz_compare.py --moat $(BUILD)/moat --seed $$(od -An -N4 -tu4 /dev/urandom)

# The main job: an agent script calling the host's tools (sync and async, declared in a stub,
# answered by a Python helper over --host). First a broken version, which the checker rejects
# before anything runs (exit 3), then the working one; then a plain script with --json.
DEMO_HOST := --stubs examples/tools.pyi --host "python3 examples/host.py"
demo: deps all
	@echo "== moat run examples/agent_broken.py: the checker rejects it (exit 3)"
	@$(BUILD)/moat run examples/agent_broken.py $(DEMO_HOST) || test $$? -eq 3
	@echo "== moat run examples/agent.py"
	@$(BUILD)/moat run examples/agent.py $(DEMO_HOST)
	@echo "== moat run --json examples/report.py"
	@$(BUILD)/moat run --json examples/report.py

unit: $(BUILD)/unit_tests
	$(BUILD)/unit_tests

cases: $(BUILD)/moat
	python3 tests/run_cases.py --moat $(BUILD)/moat
	python3 tests/host/protocol.py --moat $(BUILD)/moat

test: deps
	$(MAKE) all $(BUILD)/unit_tests $(BUILD)/numfmt_driver $(BUILD)/unicode_names_driver
	$(MAKE) unit cases numfmt-test intarith-test unicode-names-test $(if $(filter release,$(MODE)),lint)

# The core calls no I/O, process or network function, allocates only through its allocators
# and keeps no mutable file-scope data: checked on the object files.
lint: all
	python3 tests/lint_core.py --build $(BUILD)

asan:
	$(MAKE) MODE=asan BUILD=build/asan test

# The host suite (two threads running scripts at once among it) under ThreadSanitizer.
tsan: deps
	$(MAKE) BUILD=build/tsan OPT="-O1 -g -fsanitize=thread" LDFLAGS=-fsanitize=thread build/tsan/unit_tests
	CK_RUN_SUITE=host CK_FORK=no build/tsan/unit_tests

# Collects at every allocation, under the sanitizers: an object C code forgot to root is
# freed at once and the next use is caught.
stress: deps
	$(MAKE) MODE=stress BUILD=build/stress all unit
	python3 tests/run_cases.py --moat build/stress/moat --no-hostile --filter conformance

$(BUILD)/api_bench: bench/api_bench.c $(BUILD)/libmoat.a
	$(CC) $(CFLAGS) -o $@ $< $(BUILD)/libmoat.a $(LDFLAGS) $(LIBS)

$(BUILD)/check_bench: bench/check_bench.c $(BUILD)/libmoat.a
	$(CC) $(CFLAGS) -o $@ $< $(BUILD)/libmoat.a $(LDFLAGS) $(LIBS)

$(BUILD)/parse_bench: bench/parse_bench.c $(BUILD)/libmoat.a
	$(CC) $(CFLAGS) -o $@ $< $(BUILD)/libmoat.a $(LDFLAGS) $(LIBS)

bench: all $(BUILD)/api_bench $(BUILD)/check_bench $(BUILD)/parse_bench
	python3 bench/run.py --moat $(BUILD)/moat
	$(BUILD)/api_bench
	python3 -S bench/host_call.py
	$(BUILD)/check_bench
	python3 bench/parse_bench.py --bench $(BUILD)/parse_bench

clean:
	rm -rf build

-include $(CORE_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(UNIT_OBJ:.o=.d) $(BUILD)/tests/numfmt/driver.d \
           $(BUILD)/tests/unicode_names/driver.d
