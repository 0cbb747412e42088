# The front door. Every target sets up what is missing first (Debian packages,
# through tools/setup.sh), then configures and builds what it needs.
#   make run     build, then show a result for a sample family (the web checker comes next)
#   make test    build natively and for WebAssembly; run every test; lint all content
#   make cli     build build/native/bin/signpost
#   make bench   time rules evaluation and a whole session walk
SHELL := /bin/bash
.DEFAULT_GOAL := run

NATIVE := build/native
WEB := build/web
SIGNPOST := $(NATIVE)/bin/signpost
SAMPLE ?= tests/cases/mo.json
# emcc's own JavaScript tools need Debian's node modules when node is not Debian's.
export NODE_PATH := /usr/share/nodejs
MAKEFLAGS += --no-print-directory

.PHONY: run test cli bench kiosk setup setup-native native web test-native test-web lint clean

setup:
	@tools/setup.sh all

setup-native:
	@tools/setup.sh native

$(NATIVE)/CMakeCache.txt:
	@cmake --preset native >/dev/null

$(WEB)/CMakeCache.txt:
	@cmake --preset web >/dev/null

native: setup-native $(NATIVE)/CMakeCache.txt
	@cmake --build --preset native

web: setup $(WEB)/CMakeCache.txt
	@cmake --build --preset web

cli: native

run: native
	@echo "A sample family ($(SAMPLE)), checked against the built-in Leicestershire offer:"
	@echo
	@$(SIGNPOST) check --offer leicestershire --answers $(SAMPLE)

lint: native
	@$(SIGNPOST) lint

test-native: native
	@ctest --preset native

test-web: web
	@ctest --preset web

test: setup lint test-native test-web

bench: native
	@$(NATIVE)/bin/signpost_bench

kiosk:
	@echo "The kiosk is not built yet: see kiosk/README.md." >&2; exit 1

clean:
	rm -rf build
