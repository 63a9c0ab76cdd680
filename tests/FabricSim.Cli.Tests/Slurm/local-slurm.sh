#!/usr/bin/env bash
# Starts (start DIR) or stops (stop DIR) a single-node Slurm cluster on localhost whose state, logs and config live in
# DIR, for the integration test of deploy/slurm. Needs root, munge and slurm-wlm (see .ci/run). Prints why it failed.
set -euo pipefail
action="$1"
dir="$(realpath -m "$2")"
if [ "$action" = stop ]; then
  for daemon in slurmd slurmctld munged; do
    if [ -f "$dir/$daemon.pid" ]; then
      kill "$(cat "$dir/$daemon.pid")" 2>/dev/null || true
    fi
  done
  exit 0
fi
for tool in munged slurmctld slurmd sbatch squeue; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed (apt-get install slurm-wlm munge)"; exit 1; }
done
[ "$(id -u)" -eq 0 ] || { echo "a local Slurm needs root to run slurmd"; exit 1; }
mkdir -p "$dir/spool" "$dir/state" "$dir/munge"
chown munge:munge "$dir/munge" 2>/dev/null || true
host="$(hostname -s)"
cpus="$(nproc)"
mem=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 / 2 ))
cat > "$dir/slurm.conf" <<CONF
ClusterName=fabricsim-test
SlurmctldHost=$host
SlurmctldPort=$((20000 + RANDOM % 20000))
SlurmdPort=$((40000 + RANDOM % 20000))
AuthType=auth/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
ReturnToService=2
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmdSpoolDir=$dir/spool
StateSaveLocation=$dir/state
SlurmUser=root
SlurmdUser=root
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MinJobAge=300
NodeName=$host CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP OverSubscribe=YES
CONF
munged --socket="$dir/munge/munge.socket" --pid-file="$dir/munged.pid" --log-file="$dir/munged.log" --seed-file="$dir/munge/seed" -f 2>>"$dir/start.log" \
  || { echo "munged did not start: $(tail -n 3 "$dir/start.log" "$dir/munged.log" 2>/dev/null | tr '\n' ' ')"; exit 1; }
export SLURM_CONF="$dir/slurm.conf"
# The daemons and clients find this munge socket through the auth plugin's option.
echo "AuthInfo=socket=$dir/munge/munge.socket" >> "$dir/slurm.conf"
slurmctld -i -f "$dir/slurm.conf" 2>>"$dir/start.log" || { echo "slurmctld did not start: $(tail -n 3 "$dir/slurmctld.log" 2>/dev/null | tr '\n' ' ')"; exit 1; }
slurmd -f "$dir/slurm.conf" 2>>"$dir/start.log" || { echo "slurmd did not start: $(tail -n 3 "$dir/slurmd.log" 2>/dev/null | tr '\n' ' ')"; exit 1; }
for _ in $(seq 1 30); do
  if sinfo -h -o '%T' 2>/dev/null | grep -qE '^(idle|mixed|allocated)'; then
    echo "ready"
    exit 0
  fi
  sleep 0.5
done
echo "the node did not come up within 15 s: $(sinfo -h 2>&1 | head -n 2 | tr '\n' ' ') $(tail -n 3 "$dir/slurmd.log" 2>/dev/null | tr '\n' ' ')"
exit 1
