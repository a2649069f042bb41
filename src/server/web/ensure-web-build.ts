import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';

// `npm start` must work right after `npm install`, without a separate build step, and must not
// pay for a Vite build when nothing changed. So the server hashes everything the bundle is made
// from and rebuilds only when that hash differs from the one stored beside the last build.

const hashFileName = '.build-hash';
/** Upgrading these changes the bundle even when our own sources do not. */
const toolchainPackages = ['vite', '@vitejs/plugin-react', 'react', 'react-dom'];
/** A lock older than this belongs to a build that died; a real build takes seconds. */
const staleLockMs = 5 * 60_000;
const lockPollMs = 200;

export type WebBuildResult = { built: boolean; outDir: string };

export function webOutDir(rootDir: string): string {
  return path.join(rootDir, 'dist', 'web');
}

export async function ensureWebBuild(opts: {
  rootDir: string;
  log: (msg: string) => void;
}): Promise<WebBuildResult> {
  const { rootDir, log } = opts;
  const outDir = webOutDir(rootDir);
  const sourceDir = path.join(rootDir, 'src', 'web');

  if (!(await exists(sourceDir))) {
    // A deployment may ship the built app without its sources: then the build is what it is.
    if (await exists(path.join(outDir, 'index.html'))) return { built: false, outDir };
    throw new Error(`No web app to serve: neither ${sourceDir} nor ${outDir}/index.html exists`);
  }

  const sourceHash = await hashWebSources(rootDir);
  if (await isBuildCurrent(outDir, sourceHash)) return { built: false, outDir };

  // Several processes (parallel test files, app instances) may start at once; only one builds.
  return withBuildLock(rootDir, async () => {
    if (await isBuildCurrent(outDir, sourceHash)) return { built: false, outDir };
    log('Building the web app (its sources changed since the last build)…');
    const startedAt = Date.now();
    await runViteBuild(rootDir, log);
    await writeFileAtomically(path.join(outDir, hashFileName), `${sourceHash}\n`);
    log(`Built the web app in ${Date.now() - startedAt} ms into ${outDir}`);
    return { built: true, outDir };
  });
}

/** SHA-256 over every file under src/web/ and vite.config.ts, in path order, plus toolchain versions. */
export async function hashWebSources(rootDir: string): Promise<string> {
  const webFiles = await listFilesRecursively(path.join(rootDir, 'src', 'web'));
  const files = [...webFiles.map((file) => path.posix.join('src/web', file)), 'vite.config.ts'];
  files.sort();

  const hash = createHash('sha256');
  for (const file of files) {
    // The path is part of the hash so that renaming a file counts as a change.
    hash.update(`${file}\0`);
    hash.update(await readFile(path.join(rootDir, file)));
    hash.update('\0');
  }
  for (const name of toolchainPackages) {
    hash.update(`${name}@${await packageVersion(rootDir, name)}\0`);
  }
  return hash.digest('hex');
}

async function isBuildCurrent(outDir: string, sourceHash: string): Promise<boolean> {
  const [storedHash, hasIndex] = await Promise.all([
    readFile(path.join(outDir, hashFileName), 'utf8').catch(() => ''),
    exists(path.join(outDir, 'index.html')),
  ]);
  return hasIndex && storedHash.trim() === sourceHash;
}

/**
 * Vite runs in a child process: loaded into the server it would keep the bundler's few hundred
 * megabytes for the life of the process. Its output joins the server's log instead of stderr,
 * which start-up keeps for the one line that says why it could not start.
 */
async function runViteBuild(rootDir: string, log: (message: string) => void): Promise<void> {
  const vitePackage = createRequire(path.join(rootDir, 'package.json')).resolve(
    'vite/package.json',
  );
  const viteBin = path.join(path.dirname(vitePackage), 'bin', 'vite.js');
  const configFile = path.join(rootDir, 'vite.config.ts');
  const child = spawn(
    process.execPath,
    [viteBin, 'build', '--config', configFile, '--mode', 'production', '--logLevel', 'warn'],
    {
      cwd: rootDir,
      // Vite picks React's development or production bundle from NODE_ENV, which test runners
      // set to `test`; the served app must be the production build whatever started the server.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      const text = stripVTControlCharacters(line).trim();
      if (text === '') return;
      output.push(text);
      log(`web build: ${text}`);
    });
  }
  const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
  if (code !== 0) {
    const reason = signal ? `was stopped by ${signal}` : `exited with code ${code}`;
    const lastLines = output.slice(-5).join(' | ');
    throw new Error(`the web app build ${reason}${lastLines ? `: ${lastLines}` : ''}`);
  }
}

/** Relative paths (with `/` separators) of all files below `dir`. */
async function listFilesRecursively(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return listFilesRecursively(dir, relative);
      return entry.isFile() ? [relative] : [];
    }),
  );
  return nested.flat();
}

/** The installed version, or the declared range when the package is not installed here. */
async function packageVersion(rootDir: string, name: string): Promise<string> {
  const installed = await readJson(path.join(rootDir, 'node_modules', name, 'package.json'));
  if (typeof installed?.version === 'string') return installed.version;
  const manifest = await readJson(path.join(rootDir, 'package.json'));
  const declared = manifest?.dependencies?.[name] ?? manifest?.devDependencies?.[name];
  return typeof declared === 'string' ? declared : 'absent';
}

type PackageJson = {
  version?: unknown;
  dependencies?: Record<string, unknown>;
  devDependencies?: Record<string, unknown>;
};

async function readJson(file: string): Promise<PackageJson | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as PackageJson;
  } catch {
    return undefined;
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Readers never see a half-written hash: write beside it, then rename over it. */
async function writeFileAtomically(file: string, content: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, file);
}

/**
 * Runs `work` while holding an exclusive lock file in dist/ (outside dist/web, which the build
 * empties). Other callers wait for it; a lock left by a dead process is taken over.
 */
async function withBuildLock<T>(rootDir: string, work: () => Promise<T>): Promise<T> {
  const lockFile = path.join(rootDir, 'dist', '.web-build.lock');
  await mkdir(path.dirname(lockFile), { recursive: true });
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await isLockAbandoned(lockFile)) await rm(lockFile, { force: true });
      else await sleep(lockPollMs);
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockFile, { force: true });
  }
}

async function isLockAbandoned(lockFile: string): Promise<boolean> {
  try {
    const [owner, info] = await Promise.all([readFile(lockFile, 'utf8'), stat(lockFile)]);
    if (Date.now() - info.mtimeMs > staleLockMs) return true;
    const pid = Number(owner);
    // An empty file is a lock being written right now, not an abandoned one.
    return Number.isInteger(pid) && pid > 0 && !isProcessAlive(pid);
  } catch {
    // The lock vanished between our attempts: try to take it again.
    return false;
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
