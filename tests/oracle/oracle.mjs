// CPython 3.14 oracle: Pyodide (npm pyodide, pinned) under Node, loaded once, answering many cases.
// Usage: node tests/oracle/oracle.mjs [CASES.json] [--timeout SECS] [--progress]  (else stdin)
//   in:  [{"name", "mode": "compile"|"run", "source" | "source_b64", "filename"}, ...]
//   out: one JSON array of results, in order (see harness.py and tests/oracle/README.md).
// Pyodide runs in a worker thread with a big stack: deep recursion in CPython's C code runs on
// WebAssembly frames, which live on the thread's native stack.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const STACK_MB = 1024;

function parseArgs(argv) {
    const opts = { file: null, timeout: 20, progress: false };
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === '--timeout') opts.timeout = Number(argv[++i]);
        else if (argv[i] === '--progress') opts.progress = true;
        else opts.file = argv[i];
    }
    return opts;
}

function readAll(file) {
    if (file && file !== '-') return readFileSync(file, 'utf8');
    return readFileSync(0, 'utf8');
}

// One worker holding one Pyodide; restarted only when a case kills or wedges it.
class Oracle {
    constructor() {
        this.interrupt = new Int32Array(new SharedArrayBuffer(4));
        this.start();
    }

    start() {
        this.pending = null;
        this.worker = new Worker(fileURLToPath(import.meta.url), {
            workerData: { interrupt: this.interrupt },
            resourceLimits: { stackSizeMb: STACK_MB, maxOldGenerationSizeMb: 8192 },
            stdout: false,
            stderr: false,
        });
        this.ready = new Promise((resolve, reject) => {
            this.onReady = resolve;
            this.onFail = reject;
        });
        this.worker.on('message', (m) => {
            if (m.ready) this.onReady();
            else if (this.pending) {
                const p = this.pending;
                this.pending = null;
                p.resolve(m);
            }
        });
        const dead = (why) => {
            this.dead = true;
            if (this.pending) {
                const p = this.pending;
                this.pending = null;
                p.resolve({ fatal: why });
            } else this.onFail(new Error(why));
        };
        this.dead = false;
        this.worker.on('error', (e) => dead(`worker error: ${e && e.message}`));
        this.worker.on('exit', (code) => dead(`worker exited with code ${code}`));
    }

    async restart() {
        this.worker.removeAllListeners();
        await this.worker.terminate();
        this.start();
        await this.ready;
    }

    // Runs one case; resolves to the harness's result object (or {fatal} if the worker died).
    ask(c, timeoutSecs) {
        if (this.dead) return Promise.resolve({ fatal: 'worker is dead' });
        Atomics.store(this.interrupt, 0, 0);
        return new Promise((resolve) => {
            let timers = [];
            const finish = (m) => {
                timers.forEach(clearTimeout);
                resolve(m);
            };
            this.pending = { resolve: finish };
            // First a KeyboardInterrupt (SIGINT) inside Python, then give up on the worker.
            timers.push(setTimeout(() => Atomics.store(this.interrupt, 0, 2), timeoutSecs * 1000));
            timers.push(setTimeout(() => {
                if (this.pending && this.pending.resolve === finish) {
                    this.pending = null;
                    finish({ fatal: 'timeout', wedged: true });
                }
            }, (timeoutSecs + 5) * 1000));
            this.worker.postMessage(c);
        });
    }
}

function failed(c, why) {
    if (c.mode === 'run') {
        return { status: 'oracle_error', oracle_error: why, result: null, exception: null, stdout: '' };
    }
    return { ok: false, oracle_error: why };
}

async function main() {
    const opts = parseArgs(process.argv.slice(2));
    const cases = JSON.parse(readAll(opts.file));
    const t0 = Date.now();
    const oracle = new Oracle();
    await oracle.ready;
    const results = [];
    for (let i = 0; i < cases.length; i++) {
        const c = cases[i];
        if (opts.progress) process.stderr.write(`oracle: ${i + 1}/${cases.length} ${c.name || ''} at ${((Date.now() - t0) / 1000).toFixed(1)}s\n`);
        let m = await oracle.ask(c, opts.timeout);
        if (m.fatal) {
            results.push(failed(c, m.fatal));
            await oracle.restart();
            continue;
        }
        const r = JSON.parse(m.result);
        if (c.name !== undefined) r.name = c.name;
        results.push(r);
    }
    await oracle.worker.terminate();
    process.stdout.write(JSON.stringify(results) + '\n');
}

async function worker() {
    const { loadPyodide } = await import(path.join(HERE, '../../node_modules/pyodide/pyodide.mjs'));
    const quiet = () => {};
    // A fixed hash seed makes the order of sets of strings the same in every run (and on CI's
    // fresh cache); MOAT_ORACLE_HASHSEED picks another to find cases that depend on it.
    const env = { PYTHONHASHSEED: process.env.MOAT_ORACLE_HASHSEED || '0' };
    const py = await loadPyodide({ stdout: quiet, stderr: quiet, env });
    py.setInterruptBuffer(workerData.interrupt);
    py.FS.mkdirTree('/tmp/moat_oracle_lib');
    py.FS.writeFile('/tmp/moat_oracle_lib/_moat_oracle.py', readFileSync(path.join(HERE, 'harness.py')));
    py.runPython("import sys; sys.path.insert(0, '/tmp/moat_oracle_lib'); import _moat_oracle");
    const mod = py.pyimport('_moat_oracle');
    const compileCase = mod.compile_case;
    const runCase = mod.run_case;
    parentPort.on('message', (c) => {
        let result;
        try {
            result = (c.mode === 'run' ? runCase : compileCase)(JSON.stringify(c));
        } catch (e) {
            // A JavaScript-level failure (stack exhausted, Pyodide fatal error): start afresh.
            parentPort.postMessage({ fatal: `pyodide failure: ${String(e && e.message).slice(0, 500)}` });
            return;
        }
        parentPort.postMessage({ result });
    });
    parentPort.postMessage({ ready: true });
}

if (isMainThread) {
    await main();
} else {
    await worker();
}
