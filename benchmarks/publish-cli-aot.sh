#!/usr/bin/env bash
# Publishes the newsnlp console program ahead of time (NativeAOT) to artifacts/newsnlp-aot/newsnlp.
#
# usage: benchmarks/publish-cli-aot.sh [RID]     (default linux-x64; needs a C toolchain: gcc or clang)
#
# The native build starts in ~0.2 s of CPU instead of ~0.8 s (no JIT) and analyzes the same articles with the same
# output byte for byte; it has no ML.NET, so `train-topics` is left to the .NET build. compare-js.sh times it beside
# the .NET build when it exists.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RID="${1:-linux-x64}"
OUT="$ROOT/artifacts/newsnlp-aot"
LINKER=()
if ! command -v clang >/dev/null && command -v gcc >/dev/null; then LINKER=(-p:CppCompilerAndLinker=gcc); fi
# Published from a copy of the sources: the native build restores a different project graph (no ML.NET) and a
# runtime identifier, which must not overwrite the obj/ folders of the normal build.
SRC="$ROOT/artifacts/aot-src"
rm -rf "$SRC" "$OUT"; mkdir -p "$SRC"
( cd "$ROOT" && tar --exclude=bin --exclude=obj -cf - .editorconfig Directory.Build.props Directory.Packages.props global.json \
    LICENSE.txt THIRD-PARTY-NOTICES.md README.md src samples/NewsNlp.Cli ) | tar -xf - -C "$SRC"
LOG="$ROOT/artifacts/newsnlp-aot.log"
dotnet publish "$SRC/samples/NewsNlp.Cli" -c Release -r "$RID" -p:PublishAot=true ${LINKER[@]+"${LINKER[@]}"} -o "$OUT" >"$LOG" 2>&1 \
  || { tail -30 "$LOG" >&2; echo "NativeAOT publish of newsnlp failed (log: $LOG)" >&2; exit 1; }
if grep -E "warning IL[0-9]+" "$LOG" >&2; then echo "NativeAOT publish of newsnlp warned (trim/AOT)" >&2; exit 1; fi
mv -f "$OUT/NewsNlp.Cli" "$OUT/newsnlp"
rm -f "$OUT"/*.xml "$OUT"/*.pdb "$OUT"/*.dbg
echo "$OUT/newsnlp"
