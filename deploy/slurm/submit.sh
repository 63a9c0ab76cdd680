#!/usr/bin/env bash
# Queues a FabricSim study on Slurm: an array of N shards, then the merge once all of them have succeeded.
# Usage: deploy/slurm/submit.sh SCENARIO N [RESULTS] ; COMMAND, FABRICSIM and FABRICSIM_ARGS pass through.
# Prints the array's and the merge's job ids.
set -euo pipefail
SCENARIO="$(realpath "$1")"
SHARDS="$2"
RESULTS="$(realpath -m "${3:-$PWD/results}")"
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$RESULTS"
export SCENARIO SHARDS RESULTS
array=$(sbatch --parsable --array="1-$SHARDS" --chdir="$RESULTS" --export=ALL "$here/sweep.sbatch")
merge=$(sbatch --parsable --dependency="afterok:${array%%;*}" --chdir="$RESULTS" --export=ALL "$here/merge.sbatch")
echo "$array $merge"
