import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { caughtUpWith } from '../cache/change-feed.ts';
import type { Clock } from '../clock.ts';
import { type Db, type Tx, withTx } from '../db/client.ts';
import { pollRetryDelayMs } from '../outbox/backoff.ts';

const RETRY_BASE_MS = 1_000;

/** A periodic job: reminders, lifecycle moves, clean-ups. It must be safe to run again. */
export interface ScheduledJob {
  name: string;
  everyMs: number;
  run(tx: Tx, now: Date): Promise<void>;
}

export interface Scheduler {
  start(): void;
  stop(): Promise<void>;
  /** Run every job once now (tests drive time with a manual clock and call this). */
  runAll(): Promise<void>;
}

/**
 * Runs each job every `everyMs` inside a transaction holding a transaction-level advisory lock
 * named after the job, so with several app instances each run happens on one of them only.
 */
export function createScheduler(options: {
  db: Db;
  jobs: ScheduledJob[];
  clock: Clock;
  log: { warn(obj: object, msg?: string): void };
}): Scheduler {
  const { db, jobs, clock, log } = options;
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  let started = false;

  async function runJob(job: ScheduledJob): Promise<void> {
    await withTx(db, async (tx) => {
      const result = await tx.execute(
        sql`SELECT pg_try_advisory_xact_lock(${lockId(job.name)}) AS locked`,
      );
      if (!(result.rows[0] as { locked: boolean } | undefined)?.locked) return;
      await job.run(tx, clock.now());
    });
    // What the job changed is in force in this instance's caches before its next run or request.
    await caughtUpWith(db.$client);
  }

  /** Run now, then again after everyMs; after a failure (database away) sooner, with backoff. */
  function track(job: ScheduledJob, failures: number): void {
    const run = runJob(job)
      .then(
        () => 0,
        (error) => {
          log.warn({ job: job.name, error: (error as Error).message }, 'scheduled job failed');
          return failures + 1;
        },
      )
      .then((failed) => {
        if (!started) return;
        const delayMs =
          failed === 0
            ? job.everyMs
            : Math.min(job.everyMs, pollRetryDelayMs(failed, RETRY_BASE_MS));
        const timer = setTimeout(() => {
          timers.delete(timer);
          track(job, failed);
        }, delayMs);
        timers.add(timer);
      })
      .finally(() => running.delete(run));
    running.add(run);
  }

  return {
    start() {
      if (started) return;
      started = true;
      for (const job of jobs) track(job, 0);
    },
    async stop() {
      started = false;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.all(running);
    },
    async runAll() {
      for (const job of jobs) await runJob(job);
    },
  };
}

function lockId(name: string): number {
  return createHash('sha256').update(`kaidian-job:${name}`).digest().readInt32BE(0);
}
