// Generates ../vectors/jsjson-vectors.json: random JSON values serialised by JSON.stringify(x),
// JSON.stringify(x, null, 2) and json-stable-stringify (the library s3db.js hashes definitions with,
// FORMAT.md §2.3). Deterministic (fixed-seed xorshift64).
//
//   node src/test/resources/js/jsjson-vectors.mjs [path/to/node_modules] > src/test/resources/vectors/jsjson-vectors.json
//
// The default node_modules is /tmp/s3dbjs/node_modules (where s3db.js 21.6.2 and its json-stable-stringify
// are installed). Read by io.s3db.internal.format.JsJsonTest.

import { createRequire } from 'node:module';

const modules = process.argv[2] || '/tmp/s3dbjs/node_modules';
const require = createRequire(modules + '/');
const stableStringify = require('json-stable-stringify');
const stableVersion = require('json-stable-stringify/package.json').version;

const MASK = 0xffffffffffffffffn;
let state = 0xda942042e4dd58b5n;
function next64() {
  state ^= (state << 13n) & MASK;
  state ^= state >> 7n;
  state ^= (state << 17n) & MASK;
  return state;
}
const nextInt = (n) => Number(next64() % BigInt(n));
const pick = (a) => a[nextInt(a.length)];
const view = new DataView(new ArrayBuffer(8));

function randomString() {
  const parts = ['a', 'Z', ' ', '"', '\\', '/', '\b', '\f', '\n', '\r', '\t', '\u0000', '\u001f', '\u007f', '\u0080',
    'é', '€', '\u2028', '\u2029', '日本', '😀', '\ud800', '\udfff', '\ufeff', '<', '>', '&', "'", 'null', '0', '-'];
  let s = '';
  const len = nextInt(8);
  for (let i = 0; i < len; i++) s += pick(parts);
  return s;
}

function randomNumber() {
  switch (nextInt(6)) {
    case 0: return nextInt(1000) - 500;
    case 1: return (nextInt(100000) - 50000) / 10 ** nextInt(6);
    case 2: view.setBigUint64(0, next64()); { const x = view.getFloat64(0); return Number.isFinite(x) ? x : 0; }
    case 3: return pick([0, -0, 1e21, 1e-7, 1.5e-7, 2 ** 53, 2 ** 53 + 2, 123456789012345680000, 5e-324, 1.7976931348623157e308, 0.1 + 0.2, 1e20]);
    case 4: return Number(nextInt(10 ** 9) + 'e' + (nextInt(60) - 30));
    default: return nextInt(2 ** 31);
  }
}

// Keys without lone surrogates: Jackson 2.23 refuses "\ud800" escapes in field names (values are fine).
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function randomKey() {
  return pick([() => randomString().replace(loneSurrogate, ''), () => String(nextInt(20)), () => pick(['a', 'b', 'B', '_', '$$type', 'é', 'Z', '10', '2', '01', '-1', '4294967294', '4294967295', '1.5', '']), () => 'k' + nextInt(50)])();
}

function randomValue(depth) {
  const r = nextInt(depth > 3 ? 4 : 7);
  switch (r) {
    case 0: return randomString();
    case 1: return randomNumber();
    case 2: return pick([true, false, null]);
    case 3: return randomNumber();
    case 4: case 5: {
      const o = {};
      const n = nextInt(5);
      for (let i = 0; i < n; i++) o[randomKey()] = randomValue(depth + 1);
      return o;
    }
    default: {
      const a = [];
      const n = nextInt(4);
      for (let i = 0; i < n; i++) a.push(randomValue(depth + 1));
      return a;
    }
  }
}

const cases = [];
for (let i = 0; i < 400; i++) {
  const v = i < 20 ? randomValue(3) : (i % 3 === 0 ? randomValue(0) : { root: randomValue(1), other: randomValue(2) });
  cases.push([JSON.stringify(v), JSON.stringify(v, null, 2), stableStringify(v)]);
}
process.stdout.write(JSON.stringify({
  generator: `node ${process.version}, json-stable-stringify ${stableVersion}, jsjson-vectors.mjs`,
  cases,
}) + '\n');
