// The s3db.js side of the codec benchmarks (issue 13 §4, run by bench/codecs through CodecsMain): times
// s3db.js 21.6.2's own record <-> metadata step for the records the JMH benchmarks use.
//
//   node bench-codecs.mjs <node_modules dir of s3db-interop> <input.json>
//
// input.json (written by S3dbJsFigures): { warmupMs, measureMs, rounds, variants: [{ name, attributes,
// passphrase, secretFields, record, sizes: [records] }] } — the attributes are the catalog's (the generated codec's
// rules), the records the Java ones as JSON (ISO dates, which s3db.js's mapper takes).
//
// encode = what an insert does between its validated attributes and the PUT: `schema.mapper(record)` (the
// resource's own call), then the S3 client's loop over the result (key sanitising and `metadataEncode` of
// each value, s3-client.class.js putObject). decode = what a head/get does: the client's `metadataDecode`
// of each value, then `schema.unmapper(metadata)`. Not in encode: validation, which an insert runs first
// (the Java figures include theirs). Secrets: an insert's validator (autoEncrypt) encrypts them before the
// mapper sees them, and the mapper's encrypt hook then only checks that they decrypt (one PBKDF2 a value);
// so the mapper is given the record with its secrets encrypted already, as an insert gives it, and the
// validator's own encryption (another PBKDF2) is not counted. Each is warmed up for warmupMs, then timed
// in `rounds` rounds of at least measureMs;
// ns/op is a round's time over its operations, wall-clock and CPU (process.cpuUsage: the whole process,
// V8's helper threads included); the reply gives the median and range over the rounds of each.
// One JSON object on stdout.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

const modules = process.argv[2];
const input = JSON.parse(readFileSync(process.argv[3], 'utf8'));
const dist = (p) => pathToFileURL(join(modules, 's3db.js/dist', p)).href;
const { Schema } = await import(dist('lite.js'));
const { metadataEncode, metadataDecode } = await import(dist('concerns/metadata-encoding.js'));
const { encrypt } = await import(dist('concerns/crypto.js'));
const version = JSON.parse(readFileSync(join(modules, 's3db.js/package.json'), 'utf8')).version;

// s3-client.class.js putObject: the metadata as sent
function toHeaders(mapped) {
  const headers = {};
  for (const [k, v] of Object.entries(mapped)) {
    headers[String(k).replace(/[^a-zA-Z0-9\-_]/g, '_').toLowerCase()] = metadataEncode(v).encoded;
  }
  return headers;
}
// s3-client.class.js headObject/getObject: the metadata as the resource sees it
function fromHeaders(headers) {
  const decoded = {};
  for (const [k, v] of Object.entries(headers)) decoded[k] = metadataDecode(v);
  return decoded;
}
const bytes = (headers) =>
  Object.entries(headers).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(String(v)), 0);

async function time(fn, warmupMs, measureMs, rounds) {
  const until = (ms) => process.hrtime.bigint() + BigInt(ms) * 1_000_000n;
  for (const end = until(warmupMs); process.hrtime.bigint() < end;) await fn();
  const perOp = [];
  const cpuPerOp = [];
  for (let r = 0; r < rounds; r++) {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    const end = start + BigInt(measureMs) * 1_000_000n;
    let ops = 0;
    let now = start;
    while (now < end) {
      await fn();
      ops++;
      now = process.hrtime.bigint();
    }
    const used = process.cpuUsage(cpu);
    perOp.push(Number(now - start) / ops);
    cpuPerOp.push(((used.user + used.system) * 1000) / ops);
  }
  const stats = (xs) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1], rounds: xs };
  };
  return { ...stats(perOp), cpu: stats(cpuPerOp) };
}

const out = { version, node: process.version, variants: [] };
for (const v of input.variants) {
  const schema = new Schema({
    name: v.name,
    attributes: v.attributes,
    security: v.passphrase ? { passphrase: v.passphrase } : undefined,
    version: 'v1', // the _v a resource stamps (Java writes the same)
  });
  const record = v.record;
  // as the resource's validator hands the record to the mapper: secrets encrypted
  const validated = structuredClone(record);
  for (const field of v.secretFields ?? []) validated[field] = await encrypt(String(record[field]), v.passphrase);
  const headers = toHeaders(await schema.mapper(validated));
  const back = await schema.unmapper(fromHeaders(headers));
  for (const field of ['name', 'bio', 'age', 'balance', 'active', 'signedUp', 'birthday']) {
    if (JSON.stringify(back[field]) !== JSON.stringify(record[field])) {
      throw new Error(`${v.name}: ${field} came back as ${JSON.stringify(back[field])}, not ${JSON.stringify(record[field])}`);
    }
  }
  if (back.address?.city !== record.address.city || back.tags?.join() !== record.tags.join()) {
    throw new Error(`${v.name}: the nested record or the list did not come back`);
  }
  const { warmupMs, measureMs, rounds } = input;
  for (const field of v.secretFields ?? []) {
    if (back[field] !== record[field]) throw new Error(`${v.name}: the secret ${field} did not come back`);
  }
  const encode = await time(async () => toHeaders(await schema.mapper(validated)), warmupMs, measureMs, rounds);
  const decode = await time(async () => schema.unmapper(fromHeaders(headers)), warmupMs, measureMs, rounds);
  const sizes = [];
  for (const r of v.sizes ?? []) sizes.push(bytes(toHeaders(await schema.mapper(r))));
  out.variants.push({ name: v.name, headers, bytes: bytes(headers), encode, decode, sizes });
}
console.log(JSON.stringify(out));
