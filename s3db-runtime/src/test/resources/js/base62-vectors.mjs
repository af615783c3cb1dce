// Generates ../vectors/base62-vectors.txt from s3db.js's own base62 module: one line per double,
// "<IEEE-754 bits, 16 hex>\t<encodeDecimal(x)>\t<encode(x), or = when equal to encodeDecimal(x)>\t
// <decodeDecimal(encodeDecimal(x)) bits, or = when equal to x>".
// Deterministic (fixed-seed xorshift64).
//
//   node src/test/resources/js/base62-vectors.mjs [path/to/node_modules/s3db.js] > src/test/resources/vectors/base62-vectors.txt
//
// The default package path is /tmp/s3dbjs/node_modules/s3db.js; or the copy s3db-interop installs
// (s3db-interop/src/test/node/node_modules/s3db.js, set up by its build: two of s3db.js's dependencies are not on npm). Read by io.s3db.internal.format.Base62Test.

import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';

const pkg = process.argv[2] || '/tmp/s3dbjs/node_modules/s3db.js';
const version = JSON.parse(readFileSync(pkg + '/package.json', 'utf8')).version;
const { encodeDecimal, decodeDecimal, encode } = await import(pathToFileURL(pkg + '/dist/concerns/base62.js').href);

const view = new DataView(new ArrayBuffer(8));
const MASK = 0xffffffffffffffffn;
let state = 0x2545f4914f6cdd1dn;
function next64() {
  state ^= (state << 13n) & MASK;
  state ^= state >> 7n;
  state ^= (state << 17n) & MASK;
  return state;
}
function nextInt(n) { return Number(next64() % BigInt(n)); }
function fromBits(b) { view.setBigUint64(0, b & MASK); return view.getFloat64(0); }
function toBits(x) { view.setFloat64(0, x); return view.getBigUint64(0); }

const values = [];
const add = (x) => { values.push(x); values.push(-x); };
for (const x of [0, 1, 7, 34, 42, 61, 62, 97.5, 120.75, 0.1, 1.5e-7, 1e-7, 5e-324, 1e21, 12345678901234567000,
  123456789012345680000, 2 ** 53, 2 ** 53 + 2, 2 ** 63, 1e300, 1.5e300, Number.MAX_VALUE, Number.MIN_VALUE, 0.5,
  1e-6, 1.5e-6, 2e-7, 1e-300, 1705314600123, 1000000, 123456]) add(x);
// Random bit patterns.
for (let i = 0; i < 700; i++) { const x = fromBits(next64()); if (Number.isFinite(x)) add(x); }
// Every double in [2^53, 1e21) is an integer printed without '.': the JS-double integer path.
const lo = toBits(2 ** 53), hi = toBits(1e21);
for (let i = 0; i < 1200; i++) add(fromBits(lo + next64() % (hi - lo)));
// 1-digit exponent forms (no '.'): d×10^e, both huge and tiny.
for (let d = 1; d <= 9; d++) for (let e = 21; e <= 308; e += 9) add(Number(d + 'e' + e));
for (let d = 1; d <= 9; d++) for (let e = -324; e <= -7; e += 5) add(Number(d + 'e' + e));
// Typical user decimals.
for (let i = 0; i < 800; i++) add(nextInt(10 ** (1 + nextInt(9))) / 10 ** nextInt(9));

const seen = new Set();
const lines = [`# s3db.js ${version} concerns/base62.js, node ${process.version}`];
for (const x of values) {
  const hex = toBits(x).toString(16).padStart(16, '0');
  if (seen.has(hex)) continue;
  seen.add(hex);
  const dec = encodeDecimal(x);
  const int = encode(x);
  const back = toBits(decodeDecimal(dec)).toString(16).padStart(16, '0');
  lines.push([hex, dec, int === dec ? '=' : int, back === hex ? '=' : back].join('\t'));
}
process.stdout.write(lines.join('\n') + '\n');
