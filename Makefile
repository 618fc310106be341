# The two commands a newcomer needs; each installs what is missing first (scripts/setup).
#   make serve   build the site and serve it on http://127.0.0.1:8080, rebuilding on changes
#   make test    run every test: supply-chain checks, native, in-browser (wasm) and end-to-end in
#                Chromium
#   make bench   build for release and print sizes and timings, Lighthouse's scores for every page,
#                and first visits on a slow phone

SHELL := /bin/bash
# Tools installed by scripts/setup; node_modules/.bin first so trunk finds binaryen's wasm-opt 132.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: serve test bench setup-build setup-test setup-bench release

# Served as a static host serves it (tests/serve.mjs: each page at its address, 404.html for
# anything else), not by `trunk serve`, whose fallback to index.html would hide a missing page
# and whose reload script the security policy blocks. Refresh the browser after a rebuild.
serve: setup-build
	trunk build
	node tests/serve.mjs dist 8080 & server=$$!; trap 'kill $$server' EXIT; trunk watch

# The end-to-end suite runs three times: with every page's clock at a Monday morning, then at
# 23:30 UK time in winter (GMT) and in summer (BST), so no test passes only at some hours.
E2E := node --test --test-timeout=300000 --test-reporter=spec tests/e2e/

test: setup-test
	cargo fmt --all --check
	cargo clippy --all-targets -p navigator-core -p navigator-site -- -D warnings
	cargo clippy --all-targets -p navigator-app --target wasm32-unknown-unknown -- -D warnings
	cargo clippy --all-targets --all-features -p navigator-app --target wasm32-unknown-unknown -- -D warnings
	cargo deny --offline check licenses bans sources
	cargo test -p navigator-core -p navigator-site
	cargo test -p navigator-app --target wasm32-unknown-unknown
	trunk build --release
	$(E2E)
	KMCN_CLOCK=2026-12-01T23:30:00Z $(E2E)
	KMCN_CLOCK=2026-07-01T22:30:00Z $(E2E)

bench: setup-bench release
	node scripts/bench.mjs
	CHROME_PATH=/usr/bin/chromium node scripts/lighthouse/run.mjs
	node scripts/bench-load.mjs

release:
	trunk build --release

setup-build:
	scripts/setup build

setup-test:
	scripts/setup test

setup-bench:
	scripts/setup bench
