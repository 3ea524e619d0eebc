#!/usr/bin/env bash
# Fails when a test sleeps for a fixed time or asserts on a wall-clock duration: such tests pass on an idle
# developer machine and fail on a loaded CI runner, or prove nothing. Wait for the event with a deadline
# (antre::test::waitUntil in support/Wait.h) or move time with the core's ManualClock instead; see
# docs/TESTING.md. Benchmarks (bench/) measure time on purpose and are not checked.
#   check_no_sleeps.sh [TESTS_DIR]
set -euo pipefail
dir=${1:-$(cd "$(dirname "$0")" && pwd)}

# What a fixed sleep or a wall-clock assertion looks like (extended regular expressions).
patterns=(
    'qWait\(|qSleep\('                                             # QTest::qWait(ms) is a sleep with events
    '(QThread::|[^[:alnum:]_])(sleep|msleep|usleep|nanosleep)\('   # QThread::msleep, ::usleep, ...
    'sleep_for|sleep_until'                                        # std::this_thread
    # a timer compared with a number (not streamed with << and not ->)
    'elapsed\(\)[[:space:]]*[<>]=?[^<>]|[^<>-][<>]=?[[:space:]]*[[:alnum:]_.>-]*(elapsed|nsecsElapsed)\(\)'
    '(CHECK|REQUIRE)[A-Z_]*\(.*(elapsed|nsecsElapsed|remainingTime|currentMSecsSinceEpoch|steady_clock|system_clock|high_resolution_clock)'
)

# Allowed exceptions: file (relative to tests/) | regex the line must match | why it is not a flaky test.
allowed=(
    'support/Wait.h|QTest::qWait\(5\)|the wait helper itself: it runs the event loop in 5 ms rounds until its condition holds or the deadline passes'
    'integration/worker.cpp|QThread::msleep\(3\)|antre-worker is a load generator program, not a test: it backs off while the queue is empty'
    'integration/Workers.cpp|timer\.elapsed\(\) < deadlineMs|the time-out of waiting for the worker processes, not an assertion'
    'unit/test_change_watcher.cpp|timer\.elapsed\(\) < deadlineMs|the time-out of a local wait helper, not an assertion (to be replaced by support/Wait.h)'
)

status=0
while IFS= read -r hit; do
    file=${hit%%:*}
    rest=${hit#*:}
    text=${rest#*:}
    relative=${file#"$dir"/}
    ok=0
    for entry in "${allowed[@]}"; do
        IFS='|' read -r allowedFile allowedLine _ <<<"$entry"
        if [ "$relative" = "$allowedFile" ] && grep -qE -- "$allowedLine" <<<"$text"; then
            ok=1
            break
        fi
    done
    if [ $ok -eq 0 ]; then
        echo "tests/$relative:${rest%%:*}: fixed sleep or wall-clock assertion:${text}"
        status=1
    fi
done < <(for p in "${patterns[@]}"; do
    grep -rnE --include='*.cpp' --include='*.h' --include='*.inl' -- "$p" "$dir" || true
done | sort -u)

if [ $status -ne 0 ]; then
    echo "Tests must not sleep for a fixed time nor assert on how long something took: wait for the event"
    echo "with antre::test::waitUntil (tests/support/Wait.h) or drive a ManualClock; see docs/TESTING.md."
    echo "A justified exception goes into the allowed list of tests/check_no_sleeps.sh, with its reason."
fi
exit $status
