// Generates ../vectors/client-encoding-vectors.json from s3db.js's own metadataEncode / metadataDecode
// (dist/concerns/metadata-encoding.js, FORMAT.md §4.3). Deterministic (fixed-seed xorshift64).
//
//   node src/test/resources/js/client-encoding-vectors.mjs [path/to/node_modules/s3db.js] \
//       > src/test/resources/vectors/client-encoding-vectors.json
//
// The default package path is /tmp/s3dbjs/node_modules/s3db.js; or the copy s3db-interop installs
// (s3db-interop/src/test/node/node_modules/s3db.js, set up by its build: two of s3db.js's dependencies are not on npm). Read by io.s3db.internal.format.ClientEncodingTest.
//
// Output: { encode: [[input, stored], ...]            metadataEncode(input).encoded
//           encodeThrows: [[input, utf8Base64], ...]  inputs metadataEncode throws on (lone surrogates)
//           decode: [[stored, value|null], ...] }     metadataDecode of hand-made and garbage values

import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';

const pkg = process.argv[2] || '/tmp/s3dbjs/node_modules/s3db.js';
const version = JSON.parse(readFileSync(pkg + '/package.json', 'utf8')).version;
const dist = (p) => pathToFileURL(pkg + '/dist/' + p).href;
const { metadataEncode, metadataDecode } = await import(dist('concerns/metadata-encoding.js'));
const { encodeBase85 } = await import(dist('concerns/text-compression.js'));
const { CONTENT_TYPE_DICT, STATUS_MESSAGE_DICT, URL_PREFIX_DICT } = await import(dist('concerns/dictionary-encoding.js'));

const MASK = 0xffffffffffffffffn;
let state = 0x853c49e6748fea9bn;
function next64() {
  state ^= (state << 13n) & MASK;
  state ^= state >> 7n;
  state ^= (state << 17n) & MASK;
  return state;
}
const nextInt = (n) => Number(next64() % BigInt(n));
const pick = (a) => a[nextInt(a.length)];
const range = (lo, hi) => String.fromCharCode(lo + nextInt(hi - lo + 1));

// Character pools (UTF-16 code units or whole code points).
const pools = {
  ascii: () => range(0x20, 0x7e),
  alnum: () => pick('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
  latin1: () => range(0x80, 0xff),
  control: () => pick(['\n', '\r', '\t', '\x00', '\x1b', '\x7f', '\x0b', '\x1f']),
  bmp: () => range(0x100, 0xd7ff),
  cjk: () => range(0x4e00, 0x9fff),
  emoji: () => String.fromCodePoint(0x1f300 + nextInt(0x2ff)),
  astral: () => String.fromCodePoint(0x10000 + nextInt(0x100000 - 0x10000)),
  special: () => pick(['|', '\\', '%', '+', ' ', '/', ':', '=', '&', '?', '#', '"', "'", '~', '*', '(', ')', '!', '\u2028', '\ufeff', '\ufffd', '\u00a0']),
};
const poolNames = Object.keys(pools);

function randomString(maxLen, weights) {
  const len = nextInt(maxLen + 1);
  let s = '';
  for (let i = 0; i < len; i++) s += pools[weights ? pick(weights) : pick(poolNames)]();
  return s;
}

const inputs = new Set();
const add = (s) => inputs.add(s);

// Fixed cases: FORMAT.md §13.3, dictionary words, prefixes, sentinels, Object.prototype names.
['Ana Lima', 'São Paulo', 'ççççãã', 'price €5', 'hi 😀', '日本語', 'a\nb', 'u:abc', 'd:x', 'null', 'undefined',
  'completed', 'application/json', 'https://example.com/x', 'http://localhost:8080/a', '/api/v1/users', '', 'true',
  'active', ' x', 'x ', ' ', '  padded  ', '\tab', 'ab\t', 'b:', 'u:', 'z:', 'z85:', 'z85:x', 'd:', '__proto__',
  ...Object.getOwnPropertyNames(Object.prototype), '/v1/', '/v1/x', 'https://', 'https:/', 'https://exämple.com',
  'https://日本', 'https://a\nb', 'https://x ', 'font/woff2', 'font/woff', 'N/A', 'a\ud800', '\udc00', 'x\ud83d',
].forEach(add);
for (const w of [...Object.keys(CONTENT_TYPE_DICT), ...Object.keys(STATUS_MESSAGE_DICT)]) {
  add(w); add(w + 'x'); add(w.slice(0, -1)); add(w.toUpperCase()); add(' ' + w); add(w + ' ');
}
for (const p of Object.keys(URL_PREFIX_DICT)) {
  add(p); add(p.slice(0, -1)); add(p + 'a'); add(p + 'abc/def?x=1');
  for (let i = 0; i < 4; i++) add(p + randomString(12));
}
for (const p of ['d:', 'u:', 'b:', 'z:', 'z85:', 'D:', 'U:', 'd', 'u', 'b']) for (let i = 0; i < 6; i++) add(p + randomString(8));

// Ratio boundaries: n special code units among len.
for (const len of [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 13, 20, 30]) {
  for (let n = 0; n <= len; n++) {
    for (const kind of ['latin1', 'bmp', 'control']) {
      let s = '';
      for (let i = 0; i < len; i++) s += i < n ? pools[kind]() : pools.alnum();
      add(s);
    }
    let mixed = '';
    for (let i = 0; i < len; i++) mixed += i < n ? pools.latin1() : (i === n ? pools.bmp() : pools.alnum());
    add(mixed);
  }
}

// Random strings from every mix of pools.
for (let i = 0; i < 1500; i++) add(randomString(16));
for (let i = 0; i < 600; i++) add(randomString(16, ['ascii', 'ascii', 'ascii', 'latin1']));
for (let i = 0; i < 600; i++) add(randomString(16, ['ascii', 'ascii', 'ascii', 'ascii', 'ascii', 'bmp', 'emoji']));
for (let i = 0; i < 300; i++) add(randomString(40, ['ascii', 'special', 'control']));
// Lone surrogates: metadataEncode throws in the url path, substitutes U+FFFD in the base64 path.
for (let i = 0; i < 100; i++) {
  const a = randomString(6, ['ascii', 'latin1', 'cjk']);
  const lone = String.fromCharCode(0xd800 + nextInt(0x800));
  add(pick([a + lone, lone + a, a + lone + a, lone]));
}

const encode = [];
const encodeThrows = [];
for (const s of inputs) {
  let r;
  try {
    r = metadataEncode(s);
  } catch (e) {
    encodeThrows.push([s, Buffer.from(s, 'utf8').toString('base64')]);
    continue;
  }
  encode.push([s, r.encoded === undefined ? null : r.encoded]);
}

// Decoding: sentinels, dictionary codes, compressed text, and garbage after every prefix.
const stored = new Set();
['null', 'undefined', 'b:', 'u:', 'z:', 'z85:', 'd:', 'd:@', 'd:@x', 'd:q', 'd:f', 'd:j', 'd:jj', 'd:@h', 'd:@hx',
  'd:@1users', 'b:!!!', 'b:YQ', 'b:Y-_Q', 'u:%', 'u:%E2%82', 'u:%C0%80', 'u:%ED%A0%80', 'u:%F4%90%80%80',
  'u:%F0%9F%98%80', 'u:%41%42', 'u:a+b', 'u:%zz', 'b:/w==', 'b:gA==', 'b:YQ==YQ==', 'b:Y Q = =', 'b:YWJj\nZGVm',
  'd:function Object() { [native code] }', 'd:function toString() { [native code] }', 'plain', ''].forEach((s) => stored.add(s));
encode.forEach(([, out], i) => { if (out !== null && i % 8 === 0) stored.add(out); });
const texts = [];
for (let i = 0; i < 40; i++) texts.push(randomString(150, ['ascii', 'ascii', 'latin1', 'cjk', 'emoji']));
texts.push('a'.repeat(500), '');
for (const t of texts) {
  const raw = deflateRawSync(Buffer.from(t, 'utf8'));
  stored.add('z:' + raw.toString('base64'));
  stored.add('z85:' + encodeBase85(raw));
  stored.add('z:' + raw.subarray(0, raw.length >> 1).toString('base64')); // truncated stream
}
const b64chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ !.\n*';
const hexish = '0123456789ABCDEFabcdef%%%%%xyz+ ';
const z85chars = '!#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~"\'\\';
const fromAlphabet = (alphabet, maxLen) => {
  const len = nextInt(maxLen + 1);
  let s = '';
  for (let i = 0; i < len; i++) s += alphabet[nextInt(alphabet.length)];
  return s;
};
for (let i = 0; i < 600; i++) stored.add('b:' + fromAlphabet(b64chars, 20));
for (let i = 0; i < 300; i++) {
  // random bytes, to compare invalid UTF-8 handling
  const bytes = Buffer.alloc(1 + nextInt(12));
  for (let j = 0; j < bytes.length; j++) bytes[j] = pick([nextInt(256), 0x80 + nextInt(64), 0xc0 + nextInt(64), nextInt(128)]);
  stored.add('b:' + bytes.toString('base64'));
}
for (let i = 0; i < 600; i++) stored.add('u:' + fromAlphabet(hexish, 18));
for (let i = 0; i < 200; i++) {
  const bytes = [];
  for (let j = 0; j < 1 + nextInt(5); j++) bytes.push(pick([nextInt(256), 0x80 + nextInt(64), 0xe0 + nextInt(32), 0xf0 + nextInt(16)]));
  stored.add('u:' + bytes.map((b) => '%' + b.toString(16).padStart(2, '0')).join(''));
}
for (let i = 0; i < 150; i++) stored.add('z:' + fromAlphabet(b64chars, 16));
for (let i = 0; i < 150; i++) stored.add('z85:' + fromAlphabet(z85chars, 16));
for (let i = 0; i < 150; i++) stored.add('d:' + fromAlphabet('@@1234aAhHlLsStTuUvpjXJfxyz', 4));

const decode = [];
for (const s of stored) {
  const v = metadataDecode(s);
  decode.push([s, v === undefined ? null : v]);
}

process.stdout.write(JSON.stringify({
  generator: `s3db.js ${version} dist/concerns/metadata-encoding.js, node ${process.version}, client-encoding-vectors.mjs`,
  encode,
  encodeThrows,
  decode,
}) + '\n');
