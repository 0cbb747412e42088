# The front door. Every target sets up what is missing first (Debian packages and
# npm, through tools/setup.sh), then configures and builds what it needs.
#   make run     build the web checker and serve it at http://127.0.0.1:$(PORT)/
#   make test    build natively and for WebAssembly; run every test; lint all content
#   make cli     build build/native/bin/signpost
#   make bench   time the core, and weigh what the web checker sends
SHELL := /bin/bash
.DEFAULT_GOAL := run

NATIVE := build/native
WEB := build/web
DIST := $(WEB)/dist
SIGNPOST := $(NATIVE)/bin/signpost
PORT ?= 8080
# emcc's own JavaScript tools need Debian's node modules when node is not Debian's.
export NODE_PATH := /usr/share/nodejs
MAKEFLAGS += --no-print-directory

.PHONY: run test cli bench kiosk setup setup-native setup-web native web dist lint test-native test-feeds test-web test-browser clean

setup:
	@tools/setup.sh all

setup-native:
	@tools/setup.sh native

setup-web:
	@tools/setup.sh web

$(NATIVE)/CMakeCache.txt:
	@cmake --preset native >/dev/null

$(WEB)/CMakeCache.txt:
	@cmake --preset web >/dev/null

native: setup-native $(NATIVE)/CMakeCache.txt
	@cmake --build --preset native

web: setup-web $(WEB)/CMakeCache.txt
	@cmake --build --preset web

dist: native web
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

test-browser: setup dist
	@node --test tests/e2e/

# Feed import over HTTP, against a server on 127.0.0.1 serving paged fixtures.
test-feeds: setup native
	@node --test tests/feeds/

test: setup lint test-native test-feeds test-web test-browser

bench: dist
	@$(NATIVE)/bin/signpost_bench
	@$(NATIVE)/bin/signpost_bench_directory
	@echo "(the same, as WebAssembly under node)"
	@node --no-experimental-fetch $(WEB)/bin/signpost_bench_directory.js
	@bench/web_size.sh $(DIST)

kiosk:
	@echo "The kiosk is not built yet: see kiosk/README.md." >&2; exit 1

clean:
	rm -rf build
