#!/bin/bash
# The manual screen reader check (docs/accessibility-testing.md): Orca listens to a visible
# Chromium in a virtual display while scripts/orca-drive.mjs goes through one journey. What Orca
# would have spoken is in target/orca/orca-debug.out ("SPEECH OUTPUT" lines); the steps, with
# times, in target/orca/drive.log. Needs Debian's orca, xvfb, at-spi2-core and speech-dispatcher,
# and a release build in dist/ (make release).
set -eu
cd "$(dirname "$0")/.."
out=target/orca
mkdir -p "$out"
rm -f "$out/orca-debug.out"
export DISPLAY=:99
Xvfb :99 -screen 0 1280x1024x24 >"$out/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 2
export out
dbus-run-session -- bash -c '
  /usr/libexec/at-spi-bus-launcher --launch-immediately >"$out/atspi.log" 2>&1 &
  sleep 2
  orca --replace --debug-file="$out/orca-debug.out" >"$out/orca.log" 2>&1 &
  orca=$!
  sleep 8
  node scripts/orca-drive.mjs >"$out/drive.log" 2>&1
  sleep 3
  kill "$orca"
'
grep 'SPEECH OUTPUT' "$out/orca-debug.out" | sed "s/^.*SPEECH OUTPUT: //; s/{'established': [A-Za-z]*}//" | uniq > "$out/spoken.txt"
echo "Orca spoke $(wc -l < "$out/spoken.txt") phrases: $out/spoken.txt"
