// Cross-checks io.s3db.internal.crypto.SecretCipher against s3db.js's own crypto module
// (dist/concerns/crypto.js: encrypt/decrypt, PBKDF2-HMAC-SHA256 100 000 + AES-256-GCM, FORMAT.md §4.4).
//
//   node src/test/resources/js/secret-crosscheck.mjs [path/to/node_modules/s3db.js] < request.json
//
// request.json:
//   {"passphrase": "...",
//    "decrypt": [{"stored": "<written by Java>", "expected": "<its plaintext>"}, ...],
//    "encrypt": ["<plaintext for s3db.js to encrypt, for Java to decrypt>", ...]}
//
// Prints {"version", "decrypted": [{"stored", "decrypted", "ok"}], "encrypted": [{"plaintext", "stored"}]}
// and exits 1 if s3db.js failed to decrypt any Java value to its expected plaintext. Note that s3db.js's
// schema layer (not this module) turns the decrypted texts "null"/"undefined" into null/undefined.
//
// The default package path is /tmp/s3dbjs/node_modules/s3db.js; or the copy s3db-interop installs
// (s3db-interop/src/test/node/node_modules/s3db.js, set up by its build: two of s3db.js's dependencies are not on npm).

import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';

const pkg = process.argv[2] || '/tmp/s3dbjs/node_modules/s3db.js';
const version = JSON.parse(readFileSync(pkg + '/package.json', 'utf8')).version;
const { encrypt, decrypt } = await import(pathToFileURL(pkg + '/dist/concerns/crypto.js').href);

const request = JSON.parse(readFileSync(0, 'utf8'));
const passphrase = request.passphrase;

const decrypted = [];
let failures = 0;
for (const { stored, expected } of request.decrypt || []) {
  let text = null;
  try {
    text = await decrypt(stored, passphrase);
  } catch (e) {
    text = null;
  }
  const ok = text === expected;
  if (!ok) failures++;
  decrypted.push({ stored, decrypted: text, ok });
}

const encrypted = [];
for (const plaintext of request.encrypt || []) {
  encrypted.push({ plaintext, stored: await encrypt(plaintext, passphrase) });
}

process.stdout.write(JSON.stringify({ version, decrypted, encrypted }, null, 1) + '\n');
process.exit(failures === 0 ? 0 : 1);
