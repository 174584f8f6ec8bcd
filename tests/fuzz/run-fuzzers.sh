#!/usr/bin/env bash
# Runs every libFuzzer target for a while, seeded from the test data and the kept regressions.
#   tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS_PER_TARGET] [WORK_DIR] [TARGET...]
# BUILD_DIR is a build configured with -DFILINGLENS_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++.
# The corpus each fuzzer grows is kept in WORK_DIR (default: a temporary folder), so a second
# run with the same WORK_DIR continues where the first stopped. A crash, hang, leak or broken
# invariant leaves its input in WORK_DIR/artifacts/<target>/; copy it to
# tests/fuzz/regressions/<target>/ once fixed, and tst_fuzzregressions replays it for good.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=$(cd "$here/../data" && pwd)
build=${1:?usage: run-fuzzers.sh BUILD_DIR [SECONDS_PER_TARGET] [WORK_DIR] [TARGET...]}
seconds=${2:-60}
temporary=0
if [[ -n ${3:-} ]]; then
    work=$3
else
    work=$(mktemp -d -t filinglens-fuzz.XXXXXX)
    temporary=1
fi
shift $(($# < 3 ? $# : 3))
targets=("$@")
((${#targets[@]})) || targets=(parse header html items diff csv ix edgar)

# Seeds for each target, cut to the fuzzer's maximum length (longer inputs mostly cost time).
seed() { # target max_len files...
    local target=$1 max=$2
    shift 2
    mkdir -p "$work/seeds/$target"
    local f
    for f in "$@"; do
        head -c "$max" "$f" >"$work/seeds/$target/$(basename "$f")"
    done
}
max_len() {
    case $1 in
        parse | items) echo 65536 ;;
        header) echo 16384 ;;
        html) echo 32768 ;;
        diff) echo 16384 ;;
        csv) echo 1024 ;;
        ix) echo 32768 ;;
        edgar) echo 65536 ;;
    esac
}
mapfile -t all < <(find "$data" -type f ! -name '*.json' ! -name '*.tsv' | sort)
mapfile -t html < <(find "$data" -type f \( -name '*.htm' -o -name '*.html' \) | sort)
# Inline-XBRL documents: the fact pass and the formats they use.
mapfile -t tagged < <(grep -l -i 'ix:nonFraction\|ix:nonNumeric' "${html[@]}" | sort)
mapfile -t subs < <(find "$data/corpus/fullsub" "$data/corpus/odd" -type f | sort)
mapfile -t text < <(find "$data/seeds" "$data/corpus/text8k" -type f | sort)
# Periodic reports as text (the items target reads decoded text, not HTML).
mapfile -t reports < <(find "$data/corpus/periodic" -type f -name '*.txt' | sort)
for t in "${targets[@]}"; do
    rm -rf "$work/seeds/$t"
    case $t in
        parse) seed parse "$(max_len parse)" "${all[@]}" ;;
        header) seed header "$(max_len header)" "${subs[@]}" ;;
        html) seed html "$(max_len html)" "${html[@]}" ;;
        items) seed items "$(max_len items)" "${text[@]}" "${reports[@]}" ;;
        diff) seed diff "$(max_len diff)" "${text[@]}" ;;
        csv)
            mkdir -p "$work/seeds/csv"
            printf 'Acme, Inc.\x1f=HYPERLINK("x")\x1f"quoted"\x1fline\r\nbreak' >"$work/seeds/csv/hostile"
            printf '0000320193\x1f2004-02-26\x1f(978) 667-4111' >"$work/seeds/csv/plain"
            ;;
        ix)
            seed ix "$(max_len ix)" "${tagged[@]}"
            # A format selector and a scale byte before a displayed value.
            printf '\x00\x061,234.50' >"$work/seeds/ix/number"
            printf '\x07\xfaMarch 14, 2002' >"$work/seeds/ix/date"
            ;;
        edgar)
            # The first byte picks the reader: 0 tickers, 1 submissions, 2 a submissions page.
            mkdir -p "$work/seeds/edgar"
            { printf '\x00'; head -c 65535 "$data/edgar-api/company_tickers.json"; } >"$work/seeds/edgar/tickers"
            { printf '\x01'; head -c 65535 "$data/edgar-api/submissions-CIK0001318605.json"; } >"$work/seeds/edgar/submissions"
            { printf '\x02'; head -c 65535 "$data/edgar-api/submissions-CIK0001318605.json"; } >"$work/seeds/edgar/page"
            ;;
        *)
            echo "unknown target: $t" >&2
            exit 2
            ;;
    esac
done

failed=()
for t in "${targets[@]}"; do
    exe="$build/tests/fuzz/fuzz_$t"
    [[ -x $exe ]] || {
        echo "missing $exe: configure with -DFILINGLENS_FUZZ=ON" >&2
        exit 2
    }
    mkdir -p "$work/corpus/$t" "$work/artifacts/$t"
    echo "== fuzz_$t for ${seconds}s (corpus $work/corpus/$t)"
    # -timeout: one input taking 10 s is a hang; -rss_limit_mb: and 2 GB is a memory blow-up.
    if ! "$exe" "$work/corpus/$t" "$work/seeds/$t" "$here/regressions/$t" \
        -dict="$here/edgar.dict" -max_len="$(max_len "$t")" -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$work/artifacts/$t/" 2>"$work/fuzz_$t.log"; then
        failed+=("$t")
        tail -n 60 "$work/fuzz_$t.log" >&2
        echo "fuzz_$t FAILED; inputs: $(ls "$work/artifacts/$t")" >&2
    else
        grep -E '^(stat::number_of_executed_units|stat::new_units_added|#[0-9]+ *DONE)' \
            "$work/fuzz_$t.log" || true
    fi
done
if ((${#failed[@]})); then
    echo "failing targets: ${failed[*]} (artifacts in $work/artifacts)" >&2
    exit 1
fi
if ((temporary)); then
    rm -rf "$work" # nothing to keep: no failures, and no work dir was asked for
    echo "all fuzz targets ran clean"
else
    echo "all fuzz targets ran clean (work dir $work)"
fi
