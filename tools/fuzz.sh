#!/usr/bin/env bash
# Runs each libFuzzer harness of build/fuzz (the fuzz preset) for FUZZ_SECONDS
# (default 600) on a copy of its seed corpus (build/fuzz/corpus/<harness>, so
# that what the fuzzer adds stays out of the repository) with its dictionary,
# and prints the runs and runs per second of each. Crash inputs are saved to
# tests/fuzz/findings/<harness>/, where every build replays them; exit 1 if any.
# FUZZ_HARNESSES="content answers" runs only those.
set -uo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-600}
build=build/fuzz
harnesses=${FUZZ_HARNESSES:-$(for f in tests/fuzz/*_fuzz.cpp; do basename "$f" _fuzz.cpp; done)}
# No allocation stacks while fuzzing (keeping them costs a fifth of the runs);
# a finding replays under the sanitize build (make test-sanitize) with them.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:malloc_context_size=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
mkdir -p "$build/logs"
crashed=0
summary=()

for h in $harnesses; do
  bin=$build/bin/fuzz_$h
  [[ -x $bin ]] || { echo "fuzz: $bin is not built" >&2; exit 2; }
  corpus=$build/corpus/$h
  findings=tests/fuzz/findings/$h
  mkdir -p "$corpus" "$findings"
  cp -n tests/fuzz/corpus/"$h"/* "$corpus"/ 2>/dev/null
  dict=()
  [[ -f tests/fuzz/$h.dict ]] && dict=(-dict=tests/fuzz/$h.dict)
  log=$build/logs/$h.log
  echo "fuzz: $h for ${seconds}s (log: $log)"
  before=$(ls "$findings" | sort)
  "$bin" "$corpus" "${dict[@]}" -max_total_time="$seconds" -timeout=25 -print_final_stats=1 \
    -artifact_prefix="$findings/" >"$log" 2>&1
  rc=$?
  # libFuzzer's last words: "Done N runs in S second(s)"; after a crash, its last status line "#N ... exec/s: R".
  if done_line=$(grep -E '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1) && [[ -n $done_line ]]; then
    runs=$(awk '{print $2}' <<<"$done_line")
    secs=$(awk '{print $5}' <<<"$done_line")
    rate=$(( secs > 0 ? runs / secs : runs ))
  else
    status=$(grep -E '^#[0-9]+' "$log" | tail -1)
    runs=$(sed -E 's/^#([0-9]+).*/\1/' <<<"$status")
    rate=$(sed -nE 's/.*exec\/s: ([0-9]+).*/\1/p' <<<"$status")
    [[ $rate == 0 ]] && rate="(crashed in its first second)"
  fi
  new=$(comm -13 <(echo "$before") <(ls "$findings" | sort) | grep -v '^$' || true)
  line=$(printf '%-15s %10s runs %8s runs/s' "$h" "${runs:-?}" "${rate:-?}")
  if [[ $rc -ne 0 || -n $new ]]; then
    crashed=1
    for f in $new; do line+=$'\n'"                crash input: $findings/$f"; done
    line+=$'\n'"                $(grep -m1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|fuzz invariant broken' "$log")"
  fi
  summary+=("$line")
done

echo
echo "fuzz: ${seconds}s per harness"
printf '%s\n' "${summary[@]}"
exit $crashed
