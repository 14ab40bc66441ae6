/**
 * Activity-file parsing off the request thread: a small pool of worker threads running
 * lib/import's parseActivities, so health checks and other runners' pages answer while a
 * large file is read.
 *
 * - Pool size: POOL_SIZE threads (one per spare core, at most 2), started on first use and
 *   kept; a thread that dies or overruns is replaced.
 * - Bounded: at most MAX_QUEUED files wait; beyond that parseActivitiesInWorker rejects with
 *   ParserBusyError (the route answers 503 with Retry-After). Per-runner limits are the
 *   caller's.
 * - Each parse gets PARSE_TIMEOUT_MS and the thread a heap limit (WORKER_HEAP_MB); a file
 *   that exceeds either is refused as ImportError "too-large", and the thread is replaced.
 * - Same results and the same ImportError codes as parseActivities (Dates survive the
 *   structured clone).
 * - If a thread cannot even start (a build that did not bundle the worker), files are read
 *   on the calling thread instead, with one warning in the server log: slower for others,
 *   never a failed import.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { ImportError, parseActivities, type ImportErrorCode, type ParsedActivity } from "@/lib/import";

export const POOL_SIZE = Math.max(1, Math.min(2, availableParallelism() - 1));
export const MAX_QUEUED = 32;
export const PARSE_TIMEOUT_MS = 30_000;
export const WORKER_HEAP_MB = 512;

/** Too many files are waiting to be read; try again shortly. */
export class ParserBusyError extends Error {
  constructor() {
    super("The server is reading many files at the moment. Try again in a minute.");
    this.name = "ParserBusyError";
  }
}

interface Task {
  id: number;
  bytes: Uint8Array;
  fileName: string;
  resolve: (value: ParsedActivity[]) => void;
  reject: (error: unknown) => void;
}

type Reply =
  | { id: number; ok: true; activities: ParsedActivity[] }
  | { id: number; ok: false; code: ImportErrorCode | null; message: string };

interface Slot {
  worker: Worker;
  task: Task | null;
  timer: ReturnType<typeof setTimeout> | null;
  ready: boolean;
}

let threadsUnavailable = false;

function parseHere(task: Task): void {
  parseActivities(task.bytes, task.fileName).then(task.resolve, task.reject);
}

/**
 * worker.ts of the sources: beside this module under vitest or tsx; from the working directory
 * `npm start` runs in when this module is bundled by Next.js. No `new URL("./worker.ts",
 * import.meta.url)`: Turbopack rewrites that into an uncompiled asset Node cannot load.
 */
function workerSourceUrl(): string {
  const candidates: string[] = [];
  try {
    candidates.push(path.join(path.dirname(fileURLToPath(import.meta.url)), "worker.ts"));
  } catch {
    /* not a file: URL in a bundle */
  }
  candidates.push(path.join(process.cwd(), "lib", "import-worker", "worker.ts"));
  return pathToFileURL(candidates.find((file) => existsSync(file)) ?? candidates.at(-1)!).href;
}

function startWorker(): Worker {
  if (threadFactoryForTests) return threadFactoryForTests();
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  // The thread runs worker.ts from the TypeScript sources and first registers tsx's loader,
  // which Node 20 does not carry into workers from --import. Under vitest or a tsx script this
  // module is itself a .ts file beside worker.ts; in a Next.js build it is bundled (Turbopack
  // copies worker.ts as an uncompiled asset, which Node cannot load), so the thread is started
  // from the project's sources, found from the working directory `npm start` runs in. Where
  // they are absent (a standalone deployment), the thread fails to load and files are read here.
  const source = workerSourceUrl();
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(boot, { eval: true, resourceLimits });
}

let threadFactoryForTests: (() => Worker) | null = null;

/** Tests only: start threads with this factory (null: the real worker). Closes the pool first. */
export async function setParserThreadFactoryForTests(factory: (() => Worker) | null): Promise<void> {
  await closeParserPool();
  threadsUnavailable = false;
  threadFactoryForTests = factory;
}

const slots: Slot[] = [];
const queue: Task[] = [];
let nextId = 1;

function spawn(): Slot {
  const slot: Slot = { worker: startWorker(), task: null, timer: null, ready: false };
  slot.worker.unref();
  slot.worker.on("message", (reply: Reply | { ready: true }) => {
    if ("ready" in reply) {
      slot.ready = true;
      return;
    }
    const task = slot.task;
    if (!task || task.id !== reply.id) return;
    finish(slot);
    if (reply.ok) task.resolve(reply.activities);
    else if (reply.code !== null) task.reject(new ImportError(reply.code, reply.message));
    else task.reject(new ImportError("corrupt", "This file could not be read; it may be damaged."));
    pump();
  });
  const fail = (error: unknown) => {
    const task = slot.task;
    replace(slot);
    if (!slot.ready) {
      // The thread never loaded: read here from now on.
      if (!threadsUnavailable) console.warn(`Activity files are read on the request thread: the parser thread did not start (${String(error)}).`);
      threadsUnavailable = true;
      if (task) parseHere(task);
      pump();
      return;
    }
    if (task) {
      const limit = error instanceof Error && /memory|ERR_WORKER_OUT_OF_MEMORY/i.test(`${error.message} ${(error as { code?: string }).code ?? ""}`);
      task.reject(
        limit
          ? new ImportError("too-large", "This file needs more memory to read than an activity file ever should.")
          : new ImportError("corrupt", "This file could not be read; it may be damaged."),
      );
    }
    pump();
  };
  slot.worker.on("error", fail);
  slot.worker.on("exit", (code) => {
    if (slots.includes(slot)) fail(new Error(`parser thread exited with code ${code}`));
  });
  return slot;
}

function finish(slot: Slot): void {
  if (slot.timer) clearTimeout(slot.timer);
  slot.timer = null;
  slot.task = null;
  slot.worker.unref();
}

/** Drops a broken or overrunning thread; a fresh one is started when work arrives. */
function replace(slot: Slot): void {
  const at = slots.indexOf(slot);
  if (at >= 0) slots.splice(at, 1);
  if (slot.timer) clearTimeout(slot.timer);
  slot.timer = null;
  slot.task = null;
  void slot.worker.terminate();
}

function pump(): void {
  if (threadsUnavailable) {
    for (const task of queue.splice(0)) parseHere(task);
    return;
  }
  while (queue.length > 0) {
    let slot = slots.find((s) => s.task === null);
    if (!slot && slots.length < POOL_SIZE) {
      slot = spawn();
      slots.push(slot);
    }
    if (!slot) return;
    const task = queue.shift() as Task;
    const current = slot;
    current.task = task;
    current.worker.ref();
    current.timer = setTimeout(() => {
      replace(current);
      task.reject(new ImportError("too-large", "This file took too long to read; it is larger or more complex than an activity file should be."));
      pump();
    }, PARSE_TIMEOUT_MS);
    // An exact-size copy, moved to the thread: a view into a larger buffer (a pooled Buffer)
    // would otherwise clone the whole backing buffer.
    const copy = task.bytes.slice();
    current.worker.postMessage({ id: task.id, bytes: copy, fileName: task.fileName }, [copy.buffer]);
  }
}

/**
 * parseActivities on a worker thread: every activity in the file, in time order. Rejects
 * with ImportError (as parseActivities, plus "too-large" for a file that overruns the time
 * or memory limit) or ParserBusyError when MAX_QUEUED files are already waiting.
 * `bytes` is copied to the thread; the caller's array is left as it was.
 */
export function parseActivitiesInWorker(bytes: Uint8Array, fileName: string): Promise<ParsedActivity[]> {
  if (queue.length >= MAX_QUEUED) return Promise.reject(new ParserBusyError());
  return new Promise<ParsedActivity[]>((resolve, reject) => {
    queue.push({ id: nextId++, bytes, fileName, resolve, reject });
    pump();
  });
}

/** Stops every parser thread (tests and shutdown); queued files are refused as busy. */
export async function closeParserPool(): Promise<void> {
  for (const task of queue.splice(0)) task.reject(new ParserBusyError());
  const all = slots.splice(0);
  for (const slot of all) {
    if (slot.timer) clearTimeout(slot.timer);
    slot.task?.reject(new ParserBusyError());
    slot.task = null;
  }
  await Promise.all(all.map((s) => s.worker.terminate()));
}
