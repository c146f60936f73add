// Preload for the bot under test (`node --import <this file>`): inside this one process, web
// WeChat's host names resolve to the fake server on 127.0.0.1, and connections to their HTTPS
// port go to the fake's port. wechat4u and its axios stay untouched; nothing system-wide changes.
// YISHITING_FAKE_WECHAT=127.0.0.1:PORT turns it on. The fake's certificate is trusted through
// NODE_EXTRA_CA_CERTS, set by the test alongside.
import dns from 'node:dns';
import { syncBuiltinESMExports } from 'node:module';
import tls from 'node:tls';

const target = process.env.YISHITING_FAKE_WECHAT;
if (target) {
  const [address, portText] = target.split(':');
  const port = Number(portText);
  const isWechatHost = (host) => typeof host === 'string' && /(^|\.)(qq\.com|wechat\.com)$/i.test(host);

  const realLookup = dns.lookup;
  dns.lookup = function lookup(hostname, options, callback) {
    const cb = typeof options === 'function' ? options : callback;
    const opts = typeof options === 'function' ? {} : typeof options === 'number' ? { family: options } : (options ?? {});
    if (!isWechatHost(hostname)) return realLookup.call(dns, hostname, options, callback);
    process.nextTick(() => (opts.all ? cb(null, [{ address, family: 4 }]) : cb(null, address, 4)));
    return {};
  };
  const realPromiseLookup = dns.promises.lookup;
  dns.promises.lookup = async function lookup(hostname, options) {
    if (!isWechatHost(hostname)) return realPromiseLookup.call(dns.promises, hostname, options);
    return options?.all ? [{ address, family: 4 }] : { address, family: 4 };
  };

  const realConnect = tls.connect;
  tls.connect = function connect(...args) {
    const options = args.find((a) => a && typeof a === 'object');
    if (options && isWechatHost(options.host ?? options.servername) && (options.port === undefined || Number(options.port) === 443)) {
      options.servername ??= options.host;
      options.port = port;
      if (typeof args[0] === 'number' || typeof args[0] === 'string') args[0] = port;
    }
    return realConnect.apply(tls, args);
  };
  syncBuiltinESMExports();
}
