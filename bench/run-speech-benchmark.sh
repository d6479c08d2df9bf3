#!/usr/bin/env bash
# Builds a 2-minute spoken answer once (espeak-ng sentences with silences of known length,
# 1280x720 VP8 + Opus WebM like a camera answer, tests/support/make-speech-sample.sh) and
# analyses it RUNS times (default 5) with SpeechAnalyzer; prints the median and spread
# README quotes, and what was measured beside the truth.
# Usage: bench/run-speech-benchmark.sh [runs]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${REHEARSE_BUILD_DIR:-$here/build}"
"$here/build.sh" deps build run test
cmake --build "$build_dir" --target speech_benchmark

sample="$build_dir/bench/speech-sample/answer-2min"
if [ ! -f "$sample.truth" ]; then
    mkdir -p "$(dirname "$sample")"
    echo "building the 2-minute sample (espeak-ng, sox, ffmpeg; about a minute)"
    bash "$here/tests/support/make-speech-sample.sh" --video --video-size 1280x720 --fps 30 \
        --lead 1.0 --tail 2.0 "$sample" \
        "say:Tell me about a time you disagreed with your manager. Last year I was leading the migration of our billing service to a new database." gap:1.2 \
        "say:My manager wanted to move everything in one weekend, because the old system was expensive to run and the contract was ending." gap:3.0 \
        "say:I thought that was too risky. We had never tested the new system with real traffic, and billing errors reach customers directly." gap:0.8 \
        "say:So I wrote a short document that compared the two plans. I listed the risks, the cost of each week of delay, and what we would need to roll back." gap:2.0 \
        "say:I asked for thirty minutes with my manager and the finance lead, and I walked them through the numbers." gap:4.0 \
        "say:We agreed to move ten percent of the customers first, then half, then everyone, over three weeks." gap:1.5 \
        "say:During the first step we found a rounding error in the tax calculation. It would have affected every invoice in the country." gap:2.8 \
        "say:Because only a few customers were on the new system, we fixed it in a day and nobody was charged the wrong amount." gap:1.0 \
        "say:The full migration finished one week later than my manager first wanted, but the old contract allowed a month of overlap, so it cost us nothing extra." gap:3.5 \
        "say:In the end the running cost dropped by forty percent, and the error rate of the billing service went down as well." gap:0.9 \
        "say:What I learned is to bring data to a disagreement, and to offer a plan that still meets the goal of the other person." gap:2.2 \
        "say:My manager later asked me to write the same kind of document for the next two migrations, and we used it as a template for the whole team." gap:1.4 \
        "say:Since then I start every large change with a short written plan, and I ask the people who carry the risk to read it before we decide." gap:1.1 \
        "say:That habit has saved us from at least two more bad weekends."
fi
echo "command: bench/run-speech-benchmark.sh ${1:-5}   ($(nproc) cores, $(date -u +%F), load $(cut -d' ' -f1-3 /proc/loadavg))"
QT_LOGGING_RULES="*.info=false;*.debug=false" "$build_dir/bench/speech_benchmark" "$sample.webm" "$sample.truth" "${1:-5}"
