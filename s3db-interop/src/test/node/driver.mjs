// Runs a batch of s3db.js 21.6.2 operations against one database and prints every result as JSON, so a
// Java test can drive Node as a separate process: one process per batch, since starting Node costs ~1 s.
//
//   node driver.mjs < batch.json
//
// Input (stdin):  { "uri": "http://KEY:SECRET@127.0.0.1:PORT/bucket/prefix", "passphrase": "…" (secrets),
//                   "steps": [ { "op": "insert", "resource": "people", "data": {…} }, … ] }
// Output (stdout, one line): { "results": [ { "ok": true, "value": … } | { "ok": false, "error": "…" }, … ] }
//
// A failing step does not stop the batch: the Java side reports every failure with the others. The
// connection fails the whole batch (exit 2, message on stderr). Records are returned as s3db.js returns
// them, internal fields (`_etag`, `_v`, …) included; the Java side decides what to compare.
import { Database } from 's3db.js/lite';
import { decrypt, encrypt } from 's3db.js/concerns/crypto';

const ops = {
  // Definitions come from the Java test (the s3db.js side of a shared resource), passed through as is.
  createResource: (db, s) => db.createResource({ name: s.name, attributes: s.attributes, ...(s.options ?? {}) })
      .then(() => null),
  // The resources Node loaded from s3db.json on connect, with the version each is at.
  resources: (db) => Object.fromEntries(Object.entries(db.resources).map(([name, r]) => [name, r.version])),
  insert: (db, s) => db.resources[s.resource].insert(s.data),
  get: (db, s) => db.resources[s.resource].get(s.id),
  update: (db, s) => db.resources[s.resource].update(s.id, s.data),
  delete: (db, s) => db.resources[s.resource].delete(s.id).then(() => null),
  // with `partition` and `partitionValues` when the step has them: s3db.js's own partition lookups
  list: (db, s) => db.resources[s.resource].list(partitioned(s)),
  listIds: (db, s) => db.resources[s.resource].listIds(partitioned(s)),
  count: (db, s) => db.resources[s.resource].count(partitioned(s)),
  // binary content, as base64 both ways
  setContent: (db, s) => db.resources[s.resource].setContent({ id: s.id, buffer: Buffer.from(s.base64, 'base64'),
    contentType: s.contentType }).then(() => null),
  content: (db, s) => db.resources[s.resource].content(s.id).then(({ buffer, contentType }) =>
    ({ base64: buffer === null ? null : buffer.toString('base64'), contentType })),
  hasContent: (db, s) => db.resources[s.resource].hasContent(s.id),
  deleteContent: (db, s) => db.resources[s.resource].deleteContent(s.id).then(() => null),
  // s3db.js's own secret functions (what its schema calls), with the batch's passphrase: raw stored values.
  decrypt: (db, s) => decrypt(s.stored, batch.passphrase),
  encrypt: (db, s) => encrypt(s.plaintext, batch.passphrase),
  // the rules s3db.js holds for a resource, as it loaded them from s3db.json
  attributes: (db, s) => db.resources[s.resource].attributes,
};

const partitioned = (s) => (s.partition ? { partition: s.partition, partitionValues: s.partitionValues ?? {} } : {});

// s3db.js 21.x writes partition references after insert/update/delete return (a setImmediate task, FORMAT.md
// §6). Every resource's reference work is tracked here, and each step ends only when it is done, so the next
// step (and the Java side, after this process ends) sees the references that step's write made.
const pending = new Set();
function track(resource) {
  for (const method of ['createPartitionReferences', 'deletePartitionReferences', 'handlePartitionReferenceUpdates']) {
    const original = resource[method];
    if (typeof original !== 'function' || original.tracked) continue;
    const wrapped = function (...args) {
      const work = original.apply(this, args);
      pending.add(work);
      const done = () => pending.delete(work);
      Promise.resolve(work).then(done, done);
      return work;
    };
    wrapped.tracked = true;
    resource[method] = wrapped;
  }
}
async function settle() {
  // the tasks start on setImmediate after the step returned: let them start, then wait until none is left
  for (let idle = 0; idle < 3;) {
    await new Promise((resolve) => setImmediate(resolve));
    if (pending.size === 0) {
      idle++;
    } else {
      idle = 0;
      await Promise.allSettled([...pending]);
    }
  }
}

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const batch = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const db = new Database({
  connectionString: batch.uri,
  security: { passphrase: batch.passphrase },
  logLevel: 'silent',
  // s3db.js retries every failed request (404 and 412 too) 3 times, backing off from 1 s (FORMAT.md §8.2),
  // so connecting to a prefix without s3db.json takes ~14 s. A 10 ms backoff keeps the same requests
  // and stored bytes and only removes the waiting.
  executorPool: { retryDelay: 10 },
  // the plain AWS SDK HTTP handler, not s3db.js's own (Recker), whose requests differ
  clientOptions: { httpClientOptions: { useReckerHandler: false } },
});
try {
  await db.connect();
} catch (e) {
  console.error(`cannot connect to ${batch.uri.replace(/\/\/[^@]*@/, '//')}: ${e.stack ?? e}`);
  process.exit(2);
}

if (process.env.S3DB_INTEROP_TRACE) {
  const put = db.client.putObject.bind(db.client);
  db.client.putObject = (args) => {
    const meta = JSON.stringify(args.metadata ?? {});
    console.error(`  PUT ${args.key} metadata ${meta.length} chars ${meta.slice(0, 300)} body ${String(args.body ?? '').length}`);
    return put(args);
  };
}
const results = [];
for (const step of batch.steps) {
  try {
    const op = ops[step.op];
    if (!op) throw new Error(`unknown op '${step.op}'`);
    if (step.resource && !db.resources[step.resource]) {
      throw new Error(`s3db.js has no resource '${step.resource}' (it has: ${Object.keys(db.resources).join(', ')})`);
    }
    if (process.env.S3DB_INTEROP_TRACE) console.error(`${new Date().toISOString()} ${step.op} ${step.resource ?? ''} ${step.id ?? step.data?.id ?? ''}`);
    Object.values(db.resources).forEach(track);
    const value = await op(db, step);
    await settle();
    results.push({ ok: true, value: value === undefined ? null : value });
  } catch (e) {
    await settle();
    results.push({ ok: false, error: `${e.name ?? 'Error'}: ${e.message}` });
  }
}
// a pipe takes stdout asynchronously: exit only once all of it is written (large results were cut off)
await new Promise((resolve) => process.stdout.write(JSON.stringify({ results }) + '\n', resolve));
// s3db.js keeps timers and sockets alive (partition writes in the background, pools): end explicitly.
await db.disconnect().catch(() => {});
process.exit(0);
