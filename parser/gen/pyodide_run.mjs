// Runs a Python script in CPython 3.14 (the pinned Pyodide under Node, as the oracle does) and
// writes what it prints to our stdout; fails (exit 1) if the script raises. Build-time tools
// that need CPython 3.14's own data (its unicodedata) and tests comparing with it run this way.
// Usage: node parser/gen/pyodide_run.mjs SCRIPT.py [ARG...]   (sys.argv is [SCRIPT.py, ARG...])
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { loadPyodide } = await import(path.join(ROOT, 'node_modules/pyodide/pyodide.mjs'));

const [script, ...args] = process.argv.slice(2);
const toStderr = (line) => process.stderr.write(line + '\n');
const py = await loadPyodide({ stdout: () => {}, stderr: toStderr });
// Kept until the end and written in one piece: the output is a file's content, byte for byte.
const printed = [];
py.setStdout({
    write: (bytes) => {
        printed.push(Buffer.from(bytes));
        return bytes.length;
    },
});
py.pyimport('sys').argv = py.toPy([script, ...args]);
try {
    py.runPython(readFileSync(script, 'utf8'), { filename: script });
    py.runPython('import sys; sys.stdout.flush()');
} catch (e) {
    process.stderr.write(String(e.message) + '\n');  // the Python traceback
    process.exit(1);
}
process.stdout.write(Buffer.concat(printed));
