# newskg - one non-recursive Makefile.
#
#   make            build build/newskg
#   make demo       install what is missing, build, run on the sample article
#   make check      install what is missing, build, run every test: plain,
#                   under ASan+UBSan, and the Redland-facing ones under valgrind
#   make bench      benchmarks (not part of check)
#   make install    PREFIX=/usr/local DESTDIR=
#   make format-check, make clean
#
# Variables: BUILD (object folder, default build), CFLAGS (appended after the
# required flags), WERROR=1 (turn warnings into errors; CI sets it).

VERSION := 0.1.0
BUILD ?= build
PREFIX ?= /usr/local
CC ?= cc
PKG_CONFIG ?= pkg-config

WARN := -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
        -Wwrite-strings -Wformat=2 -Wvla -fno-common
ifeq ($(WERROR),1)
WARN += -Werror
endif
RDF_CFLAGS := $(shell $(PKG_CONFIG) --cflags redland raptor2 rasqal 2>/dev/null)
RDF_LIBS := $(shell $(PKG_CONFIG) --libs redland raptor2 rasqal 2>/dev/null)
# graph/store.c: SQLite and libpq for what librdf's storages cannot do (indexes, lock).
RDF_CFLAGS += $(shell $(PKG_CONFIG) --cflags sqlite3 libpq 2>/dev/null)
RDF_LIBS += $(shell $(PKG_CONFIG) --libs sqlite3 libpq 2>/dev/null || echo -lsqlite3 -lpq)
CMOCKA_LIBS := $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null || echo -lcmocka)

OPT ?= -O2
REQ_CFLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -DNKG_VERSION='"$(VERSION)"' \
              -I. -I$(BUILD)/gen $(OPT) -g $(WARN) -MMD -MP
ALL_CFLAGS = $(REQ_CFLAGS) $(SAN_FLAGS) $(CFLAGS)
ALL_LDFLAGS = $(SAN_FLAGS) $(LDFLAGS)

CORE_SRC := $(sort $(wildcard core/*.c))
EXTRACT_SRC := $(sort $(wildcard extract/*.c))
ONTOLOGY_SRC := $(sort $(wildcard ontology/*.c))
GRAPH_SRC := $(sort $(wildcard graph/*.c))
CLI_SRC := $(filter-out cli/main.c,$(sort $(wildcard cli/*.c)))
LEXICON_DATA := $(sort $(wildcard extract/lexicon/*.tsv))
# Trained models (extract/model/README.md), embedded like the lexicon.
MODEL_DATA := $(sort $(wildcard extract/model/*.bin))

LIB_SRC := $(CORE_SRC) $(EXTRACT_SRC) $(ONTOLOGY_SRC) $(GRAPH_SRC) $(CLI_SRC)
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/lexicon_data.o $(BUILD)/gen/model_data.o
TEST_SRC := $(sort $(wildcard tests/test_*.c))
TEST_BIN := $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
# Tests that drive Redland: these also run under valgrind (ASan cannot see
# inside the Debian libraries).
VALGRIND_TESTS := $(filter $(BUILD)/tests/test_graph% $(BUILD)/tests/test_ontology% $(BUILD)/tests/test_cli%,$(TEST_BIN))

.PHONY: all deps demo check test test-unit test-e2e asan valgrind bench eval install \
        format format-check clean

all: $(BUILD)/newskg

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(RDF_CFLAGS) -c $< -o $@

$(BUILD)/tools/embed: tools/embed.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -O1 -o $@ $<

$(BUILD)/gen/lexicon_data.c: $(BUILD)/tools/embed $(LEXICON_DATA)
	@mkdir -p $(dir $@)
	$(BUILD)/tools/embed $@ nkg_lexicon_files $(LEXICON_DATA)

$(BUILD)/gen/lexicon_data.o: $(BUILD)/gen/lexicon_data.c
	$(CC) $(REQ_CFLAGS) -O0 -g0 $(SAN_FLAGS) $(CFLAGS) -c $< -o $@

$(BUILD)/gen/model_data.c: $(BUILD)/tools/embed $(MODEL_DATA)
	@mkdir -p $(dir $@)
	$(BUILD)/tools/embed $@ nkg_model_files $(MODEL_DATA)

$(BUILD)/gen/model_data.o: $(BUILD)/gen/model_data.c
	$(CC) $(REQ_CFLAGS) -O0 -g0 $(SAN_FLAGS) $(CFLAGS) -c $< -o $@

$(BUILD)/libnewskg.a: $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/newskg: $(BUILD)/cli/main.o $(BUILD)/libnewskg.a
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(RDF_LIBS) -lpthread -lm

$(BUILD)/tests/%: tests/%.c $(BUILD)/libnewskg.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(RDF_CFLAGS) -o $@ $< $(BUILD)/libnewskg.a $(RDF_LIBS) $(CMOCKA_LIBS) \
		-lpthread -lm $(ALL_LDFLAGS)

# ---- set-up ------------------------------------------------------------------
# Debian packages: to build, to test, and the tools the tests compare against.
DEB_BUILD := gcc make pkg-config libraptor2-dev librdf0-dev librasqal3-dev libcmocka-dev
DEB_TEST := raptor2-utils rasqal-utils redland-utils valgrind parallel
# tests/e2e/clients-*.sh: independent RDF clients (tests/clients/, npm ci from its lock)
DEB_TEST += nodejs/node npm/npm python3-rdflib graphviz
DEB_STORE := libsqlite3-dev libpq-dev librdf-storage-sqlite librdf-storage-postgresql
# (What the set-up says goes to standard error.)
deps:
	@sh tools/install-deps.sh $(DEB_BUILD) $(DEB_TEST) $(DEB_STORE) >&2

# ---- the main job on the sample --------------------------------------------------
# The Turtle graph of the sample is all make demo prints, so that its output
# parses however it is captured (`make demo > graph.ttl`, or with 2>&1): the
# set-up's and the build's messages go to $(DEMO_LOG), printed to standard
# error only when they fail.
DEMO_LOG := $(BUILD)/demo-setup.log
demo:
	@mkdir -p $(BUILD)
	@if ! { sh tools/install-deps.sh $(DEB_BUILD) $(DEB_TEST) $(DEB_STORE) && \
	        $(MAKE) --no-print-directory all; } >$(DEMO_LOG) 2>&1; then \
		cat $(DEMO_LOG) >&2; \
		echo "make demo: the set-up or the build failed (above; kept in $(DEMO_LOG))" >&2; \
		exit 1; \
	fi
	@$(BUILD)/newskg extract --date 2020-01-24 samples/iraq-rallies.txt

# ---- tests -------------------------------------------------------------------
check: deps
	$(MAKE) test
	$(MAKE) asan
	$(MAKE) fuzz-replay
	$(MAKE) valgrind
	@echo "make check: all test suites passed"

test: test-unit test-e2e

test-unit: $(TEST_BIN)
	@sh tests/run-unit.sh $(TEST_BIN)

test-e2e: $(BUILD)/newskg
	@sh tests/e2e/run.sh $(BUILD)/newskg

asan:
	$(MAKE) BUILD=build-asan OPT=-O1 \
		SAN_FLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
		test

valgrind: $(VALGRIND_TESTS) $(BUILD)/newskg
	@sh tests/run-valgrind.sh $(BUILD)/newskg $(VALGRIND_TESTS)

bench: $(BUILD)/newskg
	@sh bench/run.sh $(BUILD)/newskg

# ---- install, format, clean --------------------------------------------------------
install: $(BUILD)/newskg
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/newskg
	install -m 755 $(BUILD)/newskg $(DESTDIR)$(PREFIX)/bin/newskg
	install -m 644 ontology/newskg.ttl $(DESTDIR)$(PREFIX)/share/newskg/newskg.ttl

FORMAT_SRC = $(sort $(wildcard core/*.[ch] extract/*.[ch] ontology/*.[ch] graph/*.[ch] cli/*.[ch] tests/*.[ch] tools/*.c))
format:
	clang-format -i $(FORMAT_SRC)
format-check:
	clang-format --dry-run --Werror $(FORMAT_SRC)

clean:
	rm -rf build build-asan

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)

# ---- evaluation on the shared data sets (eval/README.md) ---------------------------
eval: $(BUILD)/newskg
	$(BUILD)/newskg eval --split dev eval/gold/meantime.jsonl eval/gold/ecbplus.jsonl eval/gold/gum.jsonl \
		eval/gold/meantime-rest.jsonl eval/gold/ecbplus-times.jsonl eval/gold/ecb-times.jsonl
	$(BUILD)/newskg eval --split test --exclude eval/seen-in-development.txt \
		eval/gold/meantime.jsonl eval/gold/ecbplus.jsonl eval/gold/gum.jsonl \
		eval/gold/written.jsonl eval/gold/ecbplus-test-times.jsonl

# The name tagger (extract/model/README.md): the gold dev halves and the written
# articles' train split; deterministic, so a retrain of unchanged inputs is a no-op.
.PHONY: train
train: $(BUILD)/newskg
	$(BUILD)/newskg train --out extract/model/ner.bin eval/gold/meantime.jsonl \
		eval/gold/ecbplus.jsonl eval/gold/gum.jsonl eval/gold/written.jsonl

# ---- ontology files compiled into the binary (newskg validate's default shapes) ----
ONTOLOGY_DATA := ontology/newskg.ttl ontology/shapes.ttl
$(BUILD)/gen/ontology_data.c: $(BUILD)/tools/embed $(ONTOLOGY_DATA)
	@mkdir -p $(dir $@)
	$(BUILD)/tools/embed $@ nkg_ontology_files $(ONTOLOGY_DATA)
$(BUILD)/gen/ontology_data.o: $(BUILD)/gen/ontology_data.c
	$(CC) $(REQ_CFLAGS) -O0 -g0 $(SAN_FLAGS) $(CFLAGS) -c $< -o $@
$(BUILD)/libnewskg.a: $(BUILD)/gen/ontology_data.o
.PHONY: install-shapes
install: install-shapes
install-shapes:
	install -d $(DESTDIR)$(PREFIX)/share/newskg
	install -m 644 ontology/shapes.ttl $(DESTDIR)$(PREFIX)/share/newskg/shapes.ttl

# ---- cross-document coreference on ECB+ (newskg eval-xdoc, cli/xdoc_cmd.c) ---------
.PHONY: eval-xdoc
eval-xdoc: $(BUILD)/newskg
	$(BUILD)/newskg extract --jsonl -q -f ntriples -o $(BUILD)/ecbplus.nt eval/gold/ecbplus.jsonl
	$(BUILD)/newskg eval-xdoc --split dev eval/gold/ecbplus.jsonl $(BUILD)/ecbplus.nt
	$(BUILD)/newskg eval-xdoc --split test eval/gold/ecbplus.jsonl $(BUILD)/ecbplus.nt
	$(BUILD)/newskg eval-xdoc --split dev --link eval/gold/ecbplus.jsonl $(BUILD)/ecbplus.nt
	$(BUILD)/newskg eval-xdoc --split test --link eval/gold/ecbplus.jsonl $(BUILD)/ecbplus.nt

# ---- fuzzing: make fuzz, make fuzz-replay (tests/fuzz/fuzz.mk) -------------------
include tests/fuzz/fuzz.mk
