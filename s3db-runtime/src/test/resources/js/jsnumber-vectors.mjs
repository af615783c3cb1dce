// Generates ../vectors/jsnumber-vectors.txt: one line per double, "<IEEE-754 bits as 16 hex digits> <String(x)>".
// Deterministic (fixed-seed xorshift64), so re-running produces the same file. Node >= 18, no packages needed.
//
//   node src/test/resources/js/jsnumber-vectors.mjs > src/test/resources/vectors/jsnumber-vectors.txt
//
// Read by io.s3db.internal.format.JsNumberTest, which checks JsNumber.toString and JsNumber.parse per line.

const view = new DataView(new ArrayBuffer(8));
const MASK = 0xffffffffffffffffn;
let state = 0x9e3779b97f4a7c15n;
function next64() {
  state ^= (state << 13n) & MASK;
  state ^= state >> 7n;
  state ^= (state << 17n) & MASK;
  return state;
}
function nextInt(n) { return Number(next64() % BigInt(n)); }
function fromBits(b) { view.setBigUint64(0, b & MASK); return view.getFloat64(0); }
function toBits(x) { view.setFloat64(0, x); return view.getBigUint64(0); }
function neighbours(x, k) {
  const out = [];
  const b = toBits(x);
  for (let d = -k; d <= k; d++) {
    const nb = b + BigInt(d);
    if (nb >= 0n && nb <= MASK) out.push(fromBits(nb));
  }
  return out;
}

const values = [];
const add = (x) => { values.push(x); values.push(-x); };

// Boundaries and classic cases.
const specials = [
  0, 1, 2, 3, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, Math.PI, Math.E, 97.5, 120.75, 1.5e-7, 1e21, 1e-7, 1e-6,
  5e-324, 1e-323, 2.225073858507201e-308, 2.2250738585072014e-308, Number.MAX_VALUE, Number.MIN_VALUE,
  Number.EPSILON, 2 ** 53, 2 ** 53 - 1, 2 ** 53 + 2, 2 ** 63, 2 ** 64, 2 ** 52 + 0.5, 123456789012345680000,
  12345678901234567000, 999999999999999900000, 1e20, 9.999999999999999e20, 1e22, 1e23, 2e23, 5e22,
  4.35, 0.000001, 0.0000001, 0.00001234, 1.7976931348623157e308, 4.9406564584124654e-324,
  9007199254740993, 18014398509481984, 295147905179352830000, 1e-5, 123e-20, 1.2e-7, 0.5, 0.25, 0.125,
  Infinity, NaN,
];
for (const s of specials) for (const x of neighbours(s, 3)) add(x);

// Powers of ten 1e-30 .. 1e30 (and a few far ones) with neighbours.
for (let e = -30; e <= 30; e++) for (const x of neighbours(Number('1e' + e), 2)) add(x);
for (const e of [-324, -323, -310, -308, -300, -200, -100, 100, 200, 300, 307, 308]) add(Number('1e' + e));

// Powers of two with neighbours.
for (let e = -1074; e <= 1023; e += 7) for (const x of neighbours(2 ** e, 1)) add(x);

// Random bit patterns (any finite or non-finite double).
for (let i = 0; i < 3500; i++) add(fromBits(next64()));

// Random small decimals as users type them, and sums with rounding noise (0.1 + 0.2 style).
for (let i = 0; i < 1500; i++) {
  const digits = nextInt(10 ** (1 + nextInt(8)));
  const scale = 10 ** (1 + nextInt(8));
  add(digits / scale);
  add(nextInt(1000) * 0.1 + nextInt(100) * 0.01);
}

// Random integers of every magnitude (exact and beyond 2^53).
for (let i = 0; i < 1000; i++) {
  const bits = 1 + nextInt(80);
  add(Math.floor(Number(next64()) / 2 ** (64 - Math.min(bits, 64))) * 2 ** Math.max(0, bits - 64));
}

// Random decimals m × 10^e with 1..17 significant digits across the plain/exponent boundaries.
for (let i = 0; i < 2000; i++) {
  const k = 1 + nextInt(17);
  let m = '';
  for (let j = 0; j < k; j++) m += String(j === 0 ? 1 + nextInt(9) : nextInt(10));
  const e = nextInt(60) - 30;
  add(Number(m + 'e' + e));
}

const seen = new Set();
const lines = [];
for (const x of values) {
  const hex = toBits(x).toString(16).padStart(16, '0');
  if (seen.has(hex)) continue;
  seen.add(hex);
  lines.push(hex + ' ' + String(x));
}
process.stdout.write(lines.join('\n') + '\n');
