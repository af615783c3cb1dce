// Side A of the side-by-side benchmark: s3db.js 21.6.2 on Node, driven by the coordinator (BenchMain)
// over the same JSON-lines protocol as the Java worker (WorkerMain): one command a line on stdin, one
// reply a line on stdout; timing happens here, around the operation only.
//
//   node bench-node.mjs <node_modules dir of s3db-interop>
//
// Why an absolute import: s3db.js is installed once, by the interop module (src/test/node), and Node
// resolves bare names only from the importing file's directories upward.
//
// Settings, and why:
// - parallelism 10 is s3db.js's own default (`parallelism`), and the callers keep 10 calls in flight;
//   (s3db.js's own stream reader cannot run at all, see Unsupported below).
// - `executorPool.retryDelay` 10 ms: s3db.js retries every failed request, 404 included, 3 times with a
//   back-off from 1 s, so at its default a get of a missing id takes ~7 s of waiting. The requests are
//   the same; only the sleeping is shortened (as the interop driver does).
// - the plain AWS SDK HTTP handler, not s3db.js's default (Recker): Recker has a circuit breaker per host
//   that opens after the 404s of the missing-id gets, and then every later call of the round fails
//   ("Circuit breaker OPEN for 127.0.0.1"). S3DB_BENCH_RECKER=1 runs with Recker anyway.
// - s3db.js writes partition references after insert/update/delete return (setImmediate): an operation
//   ends here when that work has ended too, since the server does it on the operation's behalf.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const modules = process.argv[2];
const { Database } = await import(pathToFileURL(join(modules, 's3db.js/dist/lite.js')).href);

const ITEM_ATTRIBUTES = {
  name: 'string', city: 'string', status: 'string', quantity: 'number', counter: 'number', price: 'number',
  active: 'boolean',
};
const PARTITIONS = {
  byStatus: { fields: { status: 'string' } },
  byActive: { fields: { active: 'boolean' } },
};

const pad = (i) => String(i).padStart(6, '0');
const id = (i) => 'r' + pad(i);
const missingId = (i) => 'x' + pad(i);
const manyId = (i) => 'm' + pad(i);
const newId = (i) => 'u' + pad(i);
const status = (i) => ['NEW', 'PAID', 'SHIPPED'][i % 3];
// the same values as Item.of in Java
const item = (rid, i) => ({
  id: rid, name: 'item-' + i, city: i % 3 === 0 ? 'São Paulo' : 'Lisboa', status: status(i), quantity: i,
  counter: 0, price: 19.9 + i, active: i % 2 === 0,
});
// WideItem (Java): the codec benchmarks' 15-field Customer shape, the same rules as B's catalog
const WIDE_ATTRIBUTES = {
  name: 'string', email: 'string', city: 'string', bio: 'string', age: 'number|integer', visits: 'number|integer',
  balance: 'number', active: 'boolean', signedUp: 'datetime', birthday: 'dateonly', tags: 'array|items:string',
  address: { street: 'string', city: 'string', postcode: 'string' }, nickname: 'string|optional',
  rating: 'number|optional',
};
// the same values as WideItem.of in Java (Shapes.customer's, varied by i); absent optionals are left out
const WIDE = {
  name: 'Ana Luíza Gonçalves', bio: 'Olá! Gosto de café ☕ e de música — 10 € por mês.', balance: -120.75,
  signedUp: Date.parse('2025-03-14T15:09:26.535Z'), birthday: Date.UTC(1991, 6, 23),
  street: 'Rua Augusta, 1500 – apto 12', postcode: '01304-001',
};
const wideItem = (rid, i) => {
  const city = i % 3 === 0 ? 'São Paulo' : 'Lisboa';
  return {
    id: rid, name: WIDE.name + ' ' + i, email: 'ana.luiza' + i + '@example.com', city, bio: WIDE.bio,
    age: 18 + (i % 60), visits: 0, balance: WIDE.balance + i, active: i % 2 === 0,
    signedUp: new Date(WIDE.signedUp + 3_600_000 * i).toISOString(),
    birthday: new Date(WIDE.birthday + 86_400_000 * i).toISOString().slice(0, 10),
    tags: i % 2 === 0 ? ['vip', 'beta', 'pt-BR'] : ['pt-BR'],
    address: { street: WIDE.street, city, postcode: WIDE.postcode },
    ...(i % 4 === 0 ? { nickname: 'Lu' } : {}),
    ...(i % 3 === 0 ? {} : { rating: 0.5 * (i % 10) }),
  };
};
// SecretItem (Java): Item's fields and a secret token (the coordinator sends the passphrase)
const SECRET_ATTRIBUTES = { ...ITEM_ATTRIBUTES, token: 'secret' };
const secretItem = (rid, i) => ({ ...item(rid, i), token: 'tok_' + (i * 7919 + 104729).toString(36) + '_live' });
// Java's Variant, by wire name: the resource, its attributes (the same rules as B's catalog), record i, and
// the field update bumps and the checks add up
const VARIANTS = {
  plain: { resource: 'items', attributes: ITEM_ATTRIBUTES, record: item, counter: 'counter' },
  partitions: { resource: 'pitems', attributes: ITEM_ATTRIBUTES, partitions: PARTITIONS, record: item, counter: 'counter' },
  wide: { resource: 'witems', attributes: WIDE_ATTRIBUTES, record: wideItem, counter: 'visits' },
  secret: { resource: 'sitems', attributes: SECRET_ATTRIBUTES, record: secretItem, counter: 'counter' },
};
const range = (n, f) => Array.from({ length: n }, (_, i) => f(i));
const check = (ok, what) => { if (!ok) throw new Error('wrong result: ' + what); };
const sumCounters = (records) => records.reduce((s, r) => s + r[counter], 0);

async function parallel(n, width, fn) {
  let next = 0;
  await Promise.all(range(width, async () => {
    for (let i = next++; i < n; i = next++) await fn(i);
  }));
}

// s3db.js's background partition work (as the interop driver tracks it)
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
  if (process.env.BENCH_TRACE) console.error(new Date().toISOString(), 'settle', pending.size);
  for (let idle = 0; idle < 3;) {
    await new Promise((resolve) => setImmediate(resolve));
    if (pending.size === 0) idle++;
    else { idle = 0; await Promise.allSettled([...pending]); }
  }
}

let db = null;
let res = null;
let n = 0;
let width = 10;
let partitions = false;
let make = item; // record i of the open variant
let counter = 'counter'; // its counter field
let wedged = false;
const OP_TIMEOUT_MS = Number(process.env.BENCH_NODE_OP_TIMEOUT_MS ?? 60000);
let counterNow = 0; // every stored record's counter after the operations so far

// s3db.js 21.6.2's own stream (`resource.readable()`, ResourceReader) cannot run: its id reader sizes its
// buffer from `client.parallelism`, which is undefined (RangeError: highWaterMark NaN), and it lists
// `resource=<name>` expecting keys `resource=<name>/id=<id>`, where records are `resource=<name>/data/id=<id>`
// (it would fetch "data/id=…" and every partition reference). So side A has no stream.
//
//
// On a partitioned resource, s3db.js 21.6.2's delete deadlocks when 10 deletes run at once (its
// parallelism): the requests stop and every promise stays pending (seen in every smoke run, 10 and 20
// records); with 5 callers it completes. Its deleteMany runs the same deletes inside its own pool and never
// returned either. So with partitions side A deletes with 5 callers, and has no deleteMany.
class Unsupported extends Error {}

const ops = {
  insert: async () => { await parallel(n, width, (i) => res.insert(make(id(i), i))); counterNow = 0; },
  get: () => parallel(n, width, async (i) => check((await res.get(id(i)))[counter] === counterNow, 'get')),
  getMissing: () => parallel(n, width, async (i) => check((await res.getOrNull(missingId(i))) === null, 'missing')),
  update: async () => { await parallel(n, width, async (i) => check((await res.update(id(i), { [counter]: 1 }))[counter] === 1, 'update')); counterNow = 1; },
  upsert: async () => { await parallel(n, width, (i) => res.upsert({ ...make(id(i), i), [counter]: 2 })); counterNow = 2; },
  upsertNew: () => parallel(n, width, (i) => res.upsert(make(newId(i), i))),
  count: async () => { for (let c = 0; c < 10; c++) check((await res.count()) === n, 'count'); },
  list: async () => {
    for (let c = 0; c < 3; c++) {
      const all = await res.list({ limit: n }); // without a limit s3db.js lists at most 1 000 records
      check(all.length === n && sumCounters(all) === counterNow * n, 'list');
    }
  },
  stream: async () => { throw new Unsupported('s3db.js 21.6.2 readable() is broken (see bench-node.mjs)'); },
  getMany: async () => {
    const some = await res.getMany(range(n, id));
    check(some.length === n && sumCounters(some) === counterNow * n, 'getMany');
  },
  insertMany: async () => check((await res.insertMany(range(n, (i) => make(manyId(i), i)))).length === n, 'insertMany'),
  deleteMany: async () => {
    if (partitions) throw new Unsupported('s3db.js 21.6.2 deleteMany on a partitioned resource deadlocks (see bench-node.mjs)'); const r = await res.deleteMany(range(n, manyId)); check(r.errors === 0, 'deleteMany ' + JSON.stringify(r)); },
  // with partitions, fewer callers than s3db.js's parallelism (see Unsupported above)
  delete: () => parallel(n, partitions ? Math.max(1, width / 2) : width, (i) => res.delete(id(i))),
  deleteMissing: () => parallel(n, partitions ? Math.max(1, width / 2) : width, (i) => res.delete(missingId(i)).catch(() => null)),
};

async function open(cmd) {
  const variant = VARIANTS[cmd.variant];
  if (!variant) throw new Error('unknown variant ' + cmd.variant);
  n = cmd.n;
  wedged = false;
  partitions = Boolean(variant.partitions);
  make = variant.record;
  counter = variant.counter;
  width = cmd.parallelism ?? 10;
  const u = new URL(cmd.endpoint);
  db = new Database({
    connectionString: `http://s3db-access:s3db-secret@${u.host}/${cmd.bucket}/${cmd.prefix}`,
    parallelism: width,
    logLevel: 'silent',
    executorPool: { retryDelay: 10 },
    ...(cmd.passphrase ? { security: { passphrase: cmd.passphrase } } : {}),
    ...(process.env.S3DB_BENCH_RECKER ? {} : { clientOptions: { httpClientOptions: { useReckerHandler: false } } }),
  });
  if (cmd.count) {
    // The AWS SDK for JavaScript names the operation in the query (`?x-id=PutObject`, S3 ignores it);
    // the counting proxy, which tells operations from method, path and query, files those under OTHER.
    // For the counting pass only, the parameter is dropped before signing: the same requests otherwise.
    await db.ensureClientInitialized();
    db.client.client.middlewareStack.add((next) => async (args) => {
      if (args.request?.query) delete args.request.query['x-id'];
      return next(args);
    }, { step: 'build', name: 'benchDropXId' });
  }
  await db.connect();
  res = await db.createResource({
    name: variant.resource, attributes: variant.attributes, paranoid: false,
    ...(partitions ? { partitions: variant.partitions } : {}),
  });
  track(res);
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  const cmd = JSON.parse(line);
  if (process.env.BENCH_TRACE) console.error(new Date().toISOString(), line);
  let reply;
  try {
    if (cmd.cmd === 'open') {
      await open(cmd);
      reply = { ok: true };
    } else if (cmd.cmd === 'run') {
      const op = ops[cmd.op];
      if (!op) throw new Error('unknown op ' + cmd.op);
      if (wedged) throw new Unsupported('an earlier call of this round deadlocked');
      const start = process.hrtime.bigint();
      // s3db.js can deadlock on a partitioned resource (see Unsupported): after OP_TIMEOUT_MS the call
      // counts as not done, and so does the rest of the round (its pool stays stuck; at close the
      // coordinator replaces this process)
      let timer;
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => { wedged = true; reject(new Unsupported(`${cmd.op} did not return in ${OP_TIMEOUT_MS} ms`)); }, OP_TIMEOUT_MS);
      });
      try {
        await Promise.race([(async () => { await op(); await settle(); })(), timeout]);
      } finally {
        clearTimeout(timer);
      }
      reply = { ok: true, nanos: Number(process.hrtime.bigint() - start) };
    } else if (cmd.cmd === 'close') {
      if (!wedged) {
        await settle();
        await db?.disconnect().catch(() => {});
      } // a deadlocked Database is abandoned: its promises never settle, and the coordinator
      // starts a fresh process (later calls of this one hung)
      db = null;
      reply = wedged ? { ok: true, wedged: true } : { ok: true };
    } else {
      throw new Error('unknown command ' + line);
    }
  } catch (e) {
    if (e instanceof Unsupported) {
      if (process.env.BENCH_TRACE || wedged) console.error(new Date().toISOString(), 'not done:', e.message);
      process.stdout.write(JSON.stringify({ ok: true, unsupported: e.message }) + '\n');
      continue;
    }
    console.error(e.stack ?? e);
    reply = { ok: false, error: `${e.name ?? 'Error'}: ${e.message}` };
  }
  process.stdout.write(JSON.stringify(reply) + '\n');
}
process.exit(0);
