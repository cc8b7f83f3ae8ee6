// Benches that call server modules in-process import this first: the 'server-only' marker resolves to nothing, as
// the unit tests' alias does (the services also build Chinese messages with next-intl, which under the react-server
// condition would pull React's client hooks).
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(
      "export async function resolve(s, c, next) { return s === 'server-only' ? { url: 'data:text/javascript,', shortCircuit: true } : next(s, c); }",
    ),
);
