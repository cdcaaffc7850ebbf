// A Node preload (`node --import ./test/network/no-network.mjs …`) that makes any use of the
// network fatal: sockets (net, tls), name resolution (dns, dns/promises), HTTP(S) clients and
// fetch. A use is written to stderr as "NETWORK USE: <what>" and the process exits with 97, so a
// caller that catches errors cannot hide it. Local pipes (child stdio, Playwright's
// --remote-debugging-pipe) and worker threads are not the network and stay allowed.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { syncBuiltinESMExports } from 'node:module';
import { writeSync } from 'node:fs';

function refuse(what) {
  return function refused() {
    try {
      writeSync(2, `NETWORK USE: ${what}\n`);
    } finally {
      process.exit(97);
    }
  };
}

for (const name of ['connect', 'createConnection', 'createServer']) net[name] = refuse(`net.${name}`);
net.Socket.prototype.connect = refuse('net.Socket#connect');
net.Server.prototype.listen = refuse('net.Server#listen');
tls.connect = refuse('tls.connect');
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) {
  dns[name] = refuse(`dns.${name}`);
  if (dns.promises[name]) dns.promises[name] = refuse(`dns.promises.${name}`);
}
dns.Resolver.prototype.resolve = refuse('dns.Resolver#resolve');
for (const name of ['request', 'get']) {
  http[name] = refuse(`http.${name}`);
  https[name] = refuse(`https.${name}`);
}
globalThis.fetch = refuse('fetch');
globalThis.WebSocket = refuse('WebSocket');
syncBuiltinESMExports();
