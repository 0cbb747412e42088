# The front door. Every target sets up what is missing first (Debian packages and
# npm, through tools/setup.sh), then configures and builds what it needs.
#   make run     build the web checker and serve it at http://127.0.0.1:$(PORT)/
#   make test    build natively (with and without the kiosk) and for WebAssembly;
#                run every test; lint all content
#   make cli     build build/native/bin/signpost
#   make bench   time the core, weigh what the web checker sends, and set the kiosk beside Chromium
#   make fuzz    build the fuzz harnesses with clang and run each for FUZZ_SECONDS (default 600)
SHELL := /bin/bash
.DEFAULT_GOAL := run

NATIVE := build/native
LEAN := build/lean
SANITIZE := build/sanitize
FUZZ := build/fuzz
FUZZ_SECONDS ?= 600
# The fuzz harnesses' replays, one per tests/fuzz/<name>_fuzz.cpp.
FUZZ_REPLAYS := $(patsubst tests/fuzz/%_fuzz.cpp,fuzz_replay_%,$(wildcard tests/fuzz/*_fuzz.cpp))
WEB := build/web
DIST := $(WEB)/dist
SIGNPOST := $(NATIVE)/bin/signpost
PORT ?= 8080
# emcc's own JavaScript tools need Debian's node modules when node is not Debian's.
export NODE_PATH := /usr/share/nodejs
MAKEFLAGS += --no-print-directory

.PHONY: run test cli bench kiosk fuzz setup setup-native setup-web setup-fuzz native web dist lint test-native test-lean test-sanitize test-feeds test-kiosk test-web test-browser clean

setup:
	@tools/setup.sh all

setup-native:
	@tools/setup.sh native

setup-web:
	@tools/setup.sh web

setup-fuzz:
	@tools/setup.sh fuzz

$(NATIVE)/CMakeCache.txt: | setup-native
	@cmake --preset native >/dev/null || { rm -f $@; exit 1; }

$(WEB)/CMakeCache.txt: | setup-web
	@cmake --preset web >/dev/null || { rm -f $@; exit 1; }

$(LEAN)/CMakeCache.txt: | setup-native
	@cmake --preset lean >/dev/null || { rm -f $@; exit 1; }

$(SANITIZE)/CMakeCache.txt: | setup-native
	@cmake --preset sanitize >/dev/null || { rm -f $@; exit 1; }

$(FUZZ)/CMakeCache.txt: | setup-fuzz
	@cmake --preset fuzz >/dev/null || { rm -f $@; exit 1; }

native: setup-native $(NATIVE)/CMakeCache.txt
	@cmake --build --preset native

web: setup-web $(WEB)/CMakeCache.txt
	@cmake --build --preset web

# The web checker is built only from content that lints clean: broken content
# stops here with lint's messages, and the last good build stays as it was.
dist: lint web
	@tools/web_dist.sh

cli: native

run: dist
	@node web/serve.mjs $(DIST) $(PORT)

lint: native
	@$(SIGNPOST) lint

test-native: native
	@ctest --preset native

test-web: web
	@ctest --preset web

# The CLI and its tests built without the kiosk (SIGNPOST_KIOSK=OFF): proof
# that a council's content server needs no display stack.
test-lean: setup-native $(LEAN)/CMakeCache.txt
	@cmake --build --preset lean
	@ctest --preset lean
	@tools/check_lean.sh $(LEAN)

# The core and CLI suites and the fuzz corpora's replays under AddressSanitizer
# and UndefinedBehaviorSanitizer (gcc): any report fails the test.
test-sanitize: setup-native $(SANITIZE)/CMakeCache.txt
	@cmake --build --preset sanitize --target signpost_core_tests signpost $(FUZZ_REPLAYS)
	@ctest --preset sanitize

test-browser: setup dist
	@node --test tests/e2e/

# Feed import and kiosk content updates over HTTP, against a server on
# 127.0.0.1 serving paged fixtures and content bundles.
test-feeds: setup native
	@node --test tests/feeds/

test: setup lint test-native test-lean test-sanitize test-feeds test-kiosk test-web test-browser

bench: dist
	@$(NATIVE)/bin/signpost_bench
	@$(NATIVE)/bin/signpost_bench_directory
	@echo "(the same, as WebAssembly under node)"
	@node --no-experimental-fetch $(WEB)/bin/signpost_bench_directory.js
	@bench/web_size.sh $(DIST)
	@node bench/kiosk_vs_chromium.mjs
	@node bench/kiosk_soak.mjs 1000

# The kiosk on the Leicestershire offer, full screen; ARGS='--window 1080x1920' and the like pass through.
kiosk: native
	@$(NATIVE)/bin/signpost-kiosk --config kiosk/kiosk.json $(ARGS)

# The kiosk in a real window under Xvfb: scripted walks, idle reset, speech.
test-kiosk: setup native
	@node --test tests/kiosk/

# Each libFuzzer harness (tests/fuzz) built with clang, ASan and UBSan, run for
# FUZZ_SECONDS on a copy of its seed corpus; crash inputs go to tests/fuzz/findings/.
fuzz: setup-fuzz $(FUZZ)/CMakeCache.txt
	@cmake --build --preset fuzz
	@FUZZ_SECONDS=$(FUZZ_SECONDS) tools/fuzz.sh

clean:
	rm -rf build
