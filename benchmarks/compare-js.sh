#!/usr/bin/env bash
# Whole-process throughput comparison: NewsNlp `analyze` vs compromise (JavaScript).
#
# usage: benchmarks/compare-js.sh [articles.jsonl]
#
#   articles.jsonl  one {"id": ..., "text": ...} object per line. If omitted, a corpus of real
#                   news is built from ../shared/data (relative to the repo root): PolNeAR article
#                   texts + Reuters-21578 <BODY> elements, capped at $COMPARE_MAX_ARTICLES.
#
# environment:
#   COMPARE_RUNS=3             timed runs per tool (alternating NewsNlp / compromise)
#   COMPARE_MAX_ARTICLES=5000  cap for the corpus built when no file is given
#   NEWS_DATA_DIR=...          data folder (default: <repo>/../shared/data)
#   NODE=node                  node binary
#   COMPARE_TASKSET=0          pin both tools to these CPUs (taskset -c LIST) for a per-core comparison
#   COMPARE_CORPUS_OUT=path    only build the corpus, copy it to path, and stop
#   NEWSNLP_AOT=path           the native build of newsnlp (default: artifacts/newsnlp-aot/newsnlp, which
#                              benchmarks/publish-cli-aot.sh writes); timed in the same rounds when it exists
#
# Needs: a Release build of the console program (dotnet build -c Release samples/NewsNlp.Cli),
# node >= 18 + npm, python3 (only when no file is given).
# Note: compromise parses ~30-60k characters/s, so a few-MB corpus takes minutes per run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JS_DIR="$ROOT/benchmarks/js"
NEWSNLP="$ROOT/samples/NewsNlp.Cli/bin/Release/net10.0/newsnlp"
NEWSNLP_AOT="${NEWSNLP_AOT:-$ROOT/artifacts/newsnlp-aot/newsnlp}"
[[ -x "$NEWSNLP_AOT" ]] || NEWSNLP_AOT=""
NODE="${NODE:-node}"
RUNS="${COMPARE_RUNS:-3}"
MAX_ARTICLES="${COMPARE_MAX_ARTICLES:-5000}"
DATA_DIR="${NEWS_DATA_DIR:-$ROOT/../shared/data}"

if [[ $# -gt 1 || "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi

if [[ ! -x "$NEWSNLP" ]]; then
  echo "error: $NEWSNLP not found." >&2
  echo "Build it first:  dotnet build -c Release samples/NewsNlp.Cli   (from $ROOT)" >&2
  exit 1
fi
command -v "$NODE" >/dev/null || { echo "error: node not found (set NODE=...)" >&2; exit 1; }

TMP="$(mktemp -d "${TMPDIR:-/tmp}/compare-js.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

# ---------------------------------------------------------------- input corpus
if [[ $# -eq 1 ]]; then
  [[ -r "$1" ]] || { echo "error: cannot read $1" >&2; exit 1; }
  INPUT="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; CORPUS_LABEL="$1"
else
  [[ -d "$DATA_DIR/reuters-21578" && -d "$DATA_DIR/polnear" ]] || {
    echo "error: no input file given and $DATA_DIR/{reuters-21578,polnear} not found" >&2; exit 1; }
  INPUT="$TMP/news.jsonl"; CORPUS_LABEL="built from $DATA_DIR"
  echo "Building corpus from $DATA_DIR (max $MAX_ARTICLES articles) ..." >&2
  python3 - "$DATA_DIR" "$MAX_ARTICLES" "$INPUT" <<'PY'
import glob, html, json, os, re, sys

data_dir, max_articles, out_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
ctrl = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # SGML &#2; &#3; etc.; keeps \t and \n
n = {"polnear": 0, "reuters": 0}

with open(out_path, "w", encoding="utf-8") as out:
    def emit(kind, id_, text):
        text = ctrl.sub("", text).strip()
        if not text or sum(n.values()) >= max_articles:
            return
        out.write(json.dumps({"id": id_, "text": text}, ensure_ascii=False) + "\n")
        n[kind] += 1

    # PolNeAR: data/<split>/text/<publisher>_<date>_<slug>.txt (plain UTF-8 article text).
    # The same article can appear in several splits' folders; keep the first copy.
    seen = set()
    for path in sorted(glob.glob(os.path.join(data_dir, "polnear", "data", "*", "text", "*.txt"))):
        name = os.path.basename(path)
        if name in seen:
            continue
        seen.add(name)
        with open(path, encoding="utf-8", errors="replace") as f:
            emit("polnear", name, f.read())

    # Reuters-21578: reut2-NNN.sgm, <REUTERS ... NEWID="k"> ... <BODY>text</BODY>, SGML entities.
    doc_re = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
    body_re = re.compile(r"<BODY>(.*?)</BODY>", re.S)
    newid_re = re.compile(r'NEWID="(\d+)"')
    for path in sorted(glob.glob(os.path.join(data_dir, "reuters-21578", "reut2-*.sgm"))):
        with open(path, encoding="latin-1") as f:  # a few files contain stray non-ASCII bytes
            sgm = f.read()
        for m in doc_re.finditer(sgm):
            body = body_re.search(m.group(2))
            if not body:
                continue  # ~10% of documents have no body (title only)
            newid = newid_re.search(m.group(1))
            emit("reuters", "reuters-" + (newid.group(1) if newid else str(n["reuters"])),
                 html.unescape(body.group(1)))
        if sum(n.values()) >= max_articles:
            break

print(f"  {n['polnear']} PolNeAR + {n['reuters']} Reuters-21578 articles -> {out_path}", file=sys.stderr)
if sum(n.values()) == 0:
    sys.exit("no articles extracted")
PY
fi

# COMPARE_CORPUS_OUT=path: keep the corpus (for other measurements on the same text) and stop here.
if [[ -n "${COMPARE_CORPUS_OUT:-}" ]]; then
  cp "$INPUT" "$COMPARE_CORPUS_OUT"
  echo "corpus written to $COMPARE_CORPUS_OUT" >&2
  exit 0
fi

# Articles both tools will actually process (same rule as compromise-bench.js).
read -r N_ARTICLES N_CHARS < <(python3 - "$INPUT" <<'PY'
import json, sys
n = c = 0
with open(sys.argv[1], encoding="utf-8", errors="replace") as f:
    for line in f:
        try:
            o = json.loads(line)
        except ValueError:
            continue
        if isinstance(o, dict) and isinstance(o.get("text"), str):
            n += 1; c += len(o["text"].encode("utf-16-le")) // 2
print(n, c)
PY
)
[[ "$N_ARTICLES" -gt 0 ]] || { echo "error: no usable {\"id\",\"text\"} lines in $INPUT" >&2; exit 1; }

# ---------------------------------------------------------------- node deps
if [[ ! -d "$JS_DIR/node_modules/compromise" ]]; then
  echo "Installing compromise (npm ci) ..." >&2
  (cd "$JS_DIR" && npm ci --no-audit --no-fund >&2)
fi

# ---------------------------------------------------------------- timing helpers
# Each run prints "WALL CPU" (seconds; CPU = user + sys of the whole process tree, bash `time`).
PIN=()
if [[ -n "${COMPARE_TASKSET:-}" ]]; then PIN=(taskset -c "$COMPARE_TASKSET"); fi

timed() {  # ERRFILE CMD...; runs CMD >/dev/null 2>ERRFILE, sets RC, prints "WALL CPU"
  local errfile=$1 TIMEFORMAT='%3R %3U %3S' w u s
  shift
  RC=0
  { time ${PIN[@]+"${PIN[@]}"} "$@" >/dev/null 2>"$errfile" || RC=$?; } 2>"$TMP/time"
  read -r w u s <"$TMP/time"
  awk -v w="$w" -v u="$u" -v s="$s" 'BEGIN { printf "%.3f %.3f\n", w, u + s }'
}

run_newsnlp() {  # [BINARY]
  local times
  times=$(timed "$TMP/newsnlp.err" "${1:-$NEWSNLP}" analyze --input jsonl --format jsonl <"$INPUT"; echo "RC=$RC")
  RC=${times##*RC=}
  if [[ $RC -ne 0 ]]; then
    # exit 1 + "N of M input lines failed" = some malformed lines; the rest was analysed.
    if [[ $RC -eq 1 ]] && grep -q 'input lines failed' "$TMP/newsnlp.err"; then
      echo "  ($(tail -1 "$TMP/newsnlp.err"))" >&2
    else
      echo "error: newsnlp exited with $RC:" >&2; cat "$TMP/newsnlp.err" >&2; exit 1
    fi
  fi
  echo "${times%%$'\n'*}"
}

run_compromise() {  # [--passes N]
  timed "$TMP/node.err" "$NODE" "$JS_DIR/compromise-bench.js" "$INPUT" --quiet "$@"
  if [[ $RC -ne 0 ]]; then
    echo "error: compromise-bench.js exited with $RC:" >&2; cat "$TMP/node.err" >&2; exit 1
  fi
}

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.3f\n", m }'; }

# ---------------------------------------------------------------- runs
cat "$INPUT" >/dev/null  # warm the page cache
COMPROMISE_VERSION=$(cd "$JS_DIR" && "$NODE" -p 'require("compromise").version')
echo "Input: $INPUT  ($N_ARTICLES articles, $N_CHARS chars)${PIN[*]:+, pinned: ${PIN[*]}}" >&2
echo "Timing $RUNS alternating whole-process runs per tool (compromise is slow; be patient) ..." >&2

W_NEWSNLP=(); C_NEWSNLP=(); W_COMPROMISE=(); C_COMPROMISE=(); W_AOT=(); C_AOT=()
for ((i = 1; i <= RUNS; i++)); do
  read -r w c < <(run_newsnlp)
  [[ -n "${c:-}" ]] || exit 1
  W_NEWSNLP+=("$w"); C_NEWSNLP+=("$c")
  echo "  run $i: NewsNlp    wall ${w} s, cpu ${c} s" >&2
  if [[ -n "$NEWSNLP_AOT" ]]; then
    read -r w c < <(run_newsnlp "$NEWSNLP_AOT")
    [[ -n "${c:-}" ]] || exit 1
    W_AOT+=("$w"); C_AOT+=("$c")
    echo "  run $i: NewsNlp native wall ${w} s, cpu ${c} s" >&2
  fi
  read -r w c < <(run_compromise)
  [[ -n "${c:-}" ]] || exit 1
  W_COMPROMISE+=("$w"); C_COMPROMISE+=("$c")
  echo "  run $i: compromise wall ${w} s, cpu ${c} s" >&2
done

echo "Steady-state compromise run (--passes 2) ..." >&2
run_compromise --passes 2 >/dev/null
STEADY_APS=$(sed -n 's/.*last_pass_aps=\([0-9.]*\).*/\1/p' "$TMP/node.err")
NODE_ARTICLES=$(sed -n 's/.*RESULT articles=\([0-9]*\).*/\1/p' "$TMP/node.err")
if [[ "$NODE_ARTICLES" != "$N_ARTICLES" ]]; then
  echo "warning: compromise-bench.js processed $NODE_ARTICLES articles, expected $N_ARTICLES" >&2
fi

M_NEWSNLP=$(median "${W_NEWSNLP[@]}")
M_COMPROMISE=$(median "${W_COMPROMISE[@]}")
MC_NEWSNLP=$(median "${C_NEWSNLP[@]}")
MC_COMPROMISE=$(median "${C_COMPROMISE[@]}")
rate() { awk -v n="$N_ARTICLES" -v s="$1" 'BEGIN { printf "%.1f", n / s }'; }
RATIO=$(awk -v a="$M_COMPROMISE" -v b="$M_NEWSNLP" 'BEGIN { printf "%.1f", a / b }')
CPU_RATIO=$(awk -v a="$MC_COMPROMISE" -v b="$MC_NEWSNLP" 'BEGIN { printf "%.1f", a / b }')

# ---------------------------------------------------------------- report (stdout)
echo
echo "Corpus: $CORPUS_LABEL, $N_ARTICLES articles, $N_CHARS chars. $(nproc) CPU(s), node $("$NODE" --version), compromise $COMPROMISE_VERSION, NewsNlp $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')."
echo
echo "| tool | median wall s (of $RUNS) | articles/s | median CPU s (user+sys) | wall s of each run |"
echo "|---|---:|---:|---:|---|"
echo "| NewsNlp \`analyze\` | $M_NEWSNLP | $(rate "$M_NEWSNLP") | $MC_NEWSNLP | ${W_NEWSNLP[*]} |"
echo "| compromise $COMPROMISE_VERSION | $M_COMPROMISE | $(rate "$M_COMPROMISE") | $MC_COMPROMISE | ${W_COMPROMISE[*]} |"
echo "| **ratio NewsNlp / compromise** | | **${RATIO}x** | **${CPU_RATIO}x** (CPU) | |"
if [[ -n "$NEWSNLP_AOT" ]]; then
  M_AOT=$(median "${W_AOT[@]}"); MC_AOT=$(median "${C_AOT[@]}")
  echo "| NewsNlp \`analyze\`, native build (NativeAOT) | $M_AOT | $(rate "$M_AOT") | $MC_AOT | ${W_AOT[*]} |"
  echo "| **ratio native NewsNlp / compromise** | | **$(awk -v a="$M_COMPROMISE" -v b="$M_AOT" 'BEGIN { printf "%.1f", a / b }')x** | **$(awk -v a="$MC_COMPROMISE" -v b="$MC_AOT" 'BEGIN { printf "%.1f", a / b }')x** (CPU) | |"
fi
echo
echo "Whole-process times, including runtime start-up and JSON I/O. NewsNlp analyses lines on all"
echo "cores; compromise is single-threaded (compare the CPU column, or pin both: COMPARE_TASKSET=0)."
echo "compromise steady state (2nd pass over the same articles in one process, JIT-warm): $STEADY_APS articles/s."
