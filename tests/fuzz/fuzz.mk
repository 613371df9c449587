# fuzz.mk - fuzzing rules, included by the Makefile (tests/fuzz/README.md).
#
#   make fuzz            build the libFuzzer harnesses with clang (installed
#                        like `make deps` does) in build-fuzz/ and run each
#                        for FUZZ_TIME seconds (default 60), one after the
#                        other at low priority; new inputs go to
#                        build-fuzz/corpus/<target>, crashes to build-fuzz/crashes/
#   make fuzz FUZZ_MERGE=1   also merge what is new (-merge=1, minimised)
#                        into tests/fuzz/corpus/<target>
#   make fuzz-replay     replay every committed corpus through its harness,
#                        built with gcc + ASan/UBSan in build-asan/ (no clang
#                        needed); `make check` runs it
#
# A harness tests/fuzz/fuzz_<target>.c defines LLVMFuzzerTestOneInput and is
# linked with libFuzzer (build-fuzz/fuzz/fuzz_<target>) or with
# tests/fuzz/replay.c ($(BUILD)/fuzz/replay_<target>).

FUZZ_SRC := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_TARGETS := $(FUZZ_SRC:tests/fuzz/fuzz_%.c=%)
FUZZ_TIME ?= 60
FUZZ_MERGE ?= 0
FUZZ_BUILD ?= build-fuzz
FUZZ_REPLAY_BUILD ?= build-asan
FUZZ_SAN := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

.PHONY: fuzz fuzz-build fuzz-replay fuzz-replay-run

$(BUILD)/fuzz/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c tests/fuzz/fuzz.h \
		$(BUILD)/libnewskg.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(RDF_CFLAGS) -o $@ $< tests/fuzz/replay.c $(BUILD)/libnewskg.a \
		$(RDF_LIBS) -lpthread -lm $(ALL_LDFLAGS)

$(BUILD)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(BUILD)/libnewskg.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(RDF_CFLAGS) -fsanitize=fuzzer -o $@ $< $(BUILD)/libnewskg.a \
		$(RDF_LIBS) -lpthread -lm $(ALL_LDFLAGS) -fsanitize=fuzzer

fuzz-build: $(FUZZ_TARGETS:%=$(BUILD)/fuzz/fuzz_%)

fuzz:
	@sh tools/install-deps.sh clang libclang-rt-14-dev $(DEB_BUILD)
	$(MAKE) BUILD=$(FUZZ_BUILD) CC=clang OPT=-O1 \
		SAN_FLAGS="-fsanitize=fuzzer-no-link $(FUZZ_SAN)" fuzz-build
	@sh tests/fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_TIME) $(FUZZ_MERGE) $(FUZZ_TARGETS)

fuzz-replay:
	$(MAKE) BUILD=$(FUZZ_REPLAY_BUILD) OPT=-O1 SAN_FLAGS="$(FUZZ_SAN)" fuzz-replay-run

fuzz-replay-run: $(FUZZ_TARGETS:%=$(BUILD)/fuzz/replay_%)
	@sh tests/fuzz/replay.sh $(BUILD) $(FUZZ_TARGETS)
