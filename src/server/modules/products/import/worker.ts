import { claimImport, type ImportRunDeps, runProductImport } from './run-import.ts';

export interface ProductImportWorker {
  start(): void;
  /** Finish the chunk in hand, then stop; an unfinished import resumes elsewhere or at restart. */
  stop(): Promise<void>;
  /** Run every import waiting now, to the end (tests, CLI). */
  runPending(): Promise<number>;
}

/**
 * Runs queued imports in the background, one at a time per instance. What it has claimed is
 * leased to it (run-import.ts): after a crash the lease runs out and any instance resumes it.
 */
export function createProductImportWorker(
  deps: ImportRunDeps & { log: { warn(obj: object, msg?: string): void } },
  options: { pollIntervalMs?: number } = {},
): ProductImportWorker {
  const pollIntervalMs = options.pollIntervalMs ?? 1_000;
  let running = false;
  let loop: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let wake: (() => void) | null = null;

  async function runPending(): Promise<number> {
    let ran = 0;
    for (;;) {
      if (loop !== null && !running) return ran;
      const job = await claimImport(deps.db, deps.clock.now());
      if (!job) return ran;
      await runProductImport(deps, job, { shouldStop: () => loop !== null && !running });
      ran += 1;
    }
  }

  async function run(): Promise<void> {
    while (running) {
      try {
        await runPending();
      } catch (error) {
        deps.log.warn({ error: (error as Error).message }, 'product import failed; retrying');
      }
      if (!running) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, pollIntervalMs);
      });
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      wake?.();
      await loop;
      loop = null;
    },
    runPending,
  };
}
