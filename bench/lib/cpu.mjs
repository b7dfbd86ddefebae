import { readdirSync, readFileSync } from "node:fs";

// Linux reports CPU time in clock ticks of 1/100 s (USER_HZ).
const MS_PER_TICK = 10;

/**
 * CPU time used so far, in ms, by every process in the process group `pgid` (a server with
 * the wrangler and workerd processes it started), or null where there is no /proc to read.
 */
export function groupCpuMs(pgid) {
  let pids;
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  let ticks = 0;
  for (const pid of pids) {
    let stat;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue; // exited since it was listed
    }
    // After "pid (command)": state, ppid, pgrp, … with utime and stime the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * MS_PER_TICK;
}
