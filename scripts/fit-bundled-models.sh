#!/usr/bin/env bash
# Refits the model files in models/ from the bundled CDNOW sample (39-week
# calibration ending 1997-09-30, as in Fader, Hardie & Lee 2005).
# test/models/bundled-models.test.ts checks that these files match a fresh fit.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build --silent
clv() { node dist/src/cli/main.js "$@"; }
read_cdnow=(--delimiter whitespace --no-header --columns master_id,customer_id,date,cds,amount --amount-col amount --date-format yyyyMMdd)
mkdir -p out
clv summarise datasets/CDNOW_sample.txt "${read_cdnow[@]}" --calibration-end 1997-09-30 --observation-end 1998-06-30 -o out/cdnow-calibration-summary.csv -q
clv fit out/cdnow-calibration-summary.csv --model bgnbd -o models/cdnow-bgnbd.json -q
clv fit out/cdnow-calibration-summary.csv --model gamma-gamma -o models/cdnow-gamma-gamma.json -q
clv churn train datasets/CDNOW_sample.txt "${read_cdnow[@]}" --calibration-end 1997-09-30 --observation-end 1998-06-30 -o models/cdnow-churn.json -q
echo "models/: $(ls models | tr '\n' ' ')"
