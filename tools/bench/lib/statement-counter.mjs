// Counts the SQL statements an unmodified API sends: a TCP proxy between the API and PostgreSQL
// that reads the frontend half of the wire protocol. Start it, point the API's DATABASE_URL at it
// (`counter.databaseUrl(url)`), send exactly one GraphQL request and read the difference.
//
// What is counted (PostgreSQL protocol 3.0, https://www.postgresql.org/docs/current/protocol-message-formats.html):
// - 'Q' Query: a simple-protocol statement (node-postgres uses it for queries without parameters);
// - 'E' Execute: one run of an extended-protocol statement (Parse/Bind/Describe/Execute/Sync,
//   node-postgres' path for queries with parameters). Parse, Bind and Sync are not counted apart:
//   one parameterised query is one Execute.
// The startup packet has no type byte (int32 length + int32 code); an SSLRequest or GSSENCRequest
// before it is answered 'N' by the proxy itself, so the stream stays plain text and readable.
// The backend half (server → API) is passed through untouched.
import { connect, createServer } from 'node:net';
import { assertLoopback } from './harness.mjs';

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;

/** The text of a zero-terminated string in `buffer` from `offset`, and the offset after it. */
function cstring(buffer, offset) {
  const end = buffer.indexOf(0, offset);
  return end < 0 ? { text: '', next: buffer.length } : { text: buffer.toString('utf8', offset, end), next: end + 1 };
}

/**
 * Starts the proxy on 127.0.0.1 (a free port unless `listenPort` is given) in front of the
 * PostgreSQL server `upstream` ({ host, port }, loopback only).
 * `snapshot()` returns the counters so far; `since(snapshot)` the statements after it, with their
 * SQL texts (the Parse preceding each Execute; node-postgres uses unnamed statements).
 */
export async function startStatementCounter({ upstream = { host: '127.0.0.1', port: 5432 }, listenPort = 0 } = {}) {
  assertLoopback(`postgres://${upstream.host.includes(':') ? `[${upstream.host}]` : upstream.host}:${upstream.port}`, 'the proxied database');
  // Every counted statement, in order; `since` slices from a snapshot's position.
  const statements = [];
  let connections = 0;
  const sockets = new Set();

  const proxy = createServer((client) => {
    connections += 1;
    const database = connect(upstream.port, upstream.host);
    sockets.add(client);
    sockets.add(database);
    let pending = Buffer.alloc(0);
    let started = false; // after the startup packet every message is: type byte, int32 length (incl. itself), body
    const lastParse = new Map(); // statement name → text ('' is the unnamed statement)
    let lastBoundStatement = '';

    const close = () => {
      client.destroy();
      database.destroy();
      sockets.delete(client);
      sockets.delete(database);
    };
    client.on('error', close);
    database.on('error', close);
    client.on('close', close);
    database.on('close', close);
    database.on('data', (chunk) => client.write(chunk));

    client.on('data', (chunk) => {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      let offset = 0;
      const forward = [];
      for (;;) {
        if (!started) {
          if (pending.length - offset < 8) break;
          const length = pending.readInt32BE(offset);
          if (pending.length - offset < length) break;
          const code = pending.readInt32BE(offset + 4);
          if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
            client.write('N'); // "no encryption": the client goes on with a plain startup packet
          } else {
            forward.push(pending.subarray(offset, offset + length));
            if (code !== CANCEL_REQUEST) started = true;
          }
          offset += length;
          continue;
        }
        if (pending.length - offset < 5) break;
        const type = String.fromCharCode(pending[offset]);
        const length = pending.readInt32BE(offset + 1);
        const end = offset + 1 + length;
        if (pending.length < end) break;
        const message = pending.subarray(offset, end);
        if (type === 'Q') {
          statements.push({ kind: 'simple', text: cstring(message, 5).text });
        } else if (type === 'P') {
          const name = cstring(message, 5);
          lastParse.set(name.text, cstring(message, name.next).text);
        } else if (type === 'B') {
          const portal = cstring(message, 5);
          lastBoundStatement = cstring(message, portal.next).text;
        } else if (type === 'E') {
          statements.push({ kind: 'extended', text: lastParse.get(lastBoundStatement) ?? '' });
        }
        forward.push(message);
        offset = end;
      }
      pending = offset === pending.length ? Buffer.alloc(0) : pending.subarray(offset);
      if (forward.length) database.write(forward.length === 1 ? forward[0] : Buffer.concat(forward));
    });
  });

  await new Promise((resolveListen, reject) => {
    proxy.once('error', reject);
    proxy.listen(listenPort, '127.0.0.1', resolveListen);
  });
  const { port } = proxy.address();

  return {
    port,
    /** `url` with host and port replaced by the proxy's (user, password, database kept). */
    databaseUrl(url) {
      const proxied = new URL(url);
      proxied.hostname = '127.0.0.1';
      proxied.port = String(port);
      return proxied.toString();
    },
    get connections() {
      return connections;
    },
    snapshot() {
      return statements.length;
    },
    /** The statements counted after `snapshot` (a value returned by snapshot()). */
    since(snapshot) {
      return statements.slice(snapshot);
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolveClose) => proxy.close(() => resolveClose()));
    },
  };
}
