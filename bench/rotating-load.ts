// autocannon in a process of its own (so the load generator does not share the app's thread),
// spreading its requests over several paths of one server in turn: a thousand storefronts are
// not one page in a cache. Prints autocannon's figures as JSON.
//   node --import tsx bench/rotating-load.ts '{"origin":…,"paths":[…],"connections":50,"duration":5,"headers":{}}'
import autocannon, { type Request } from 'autocannon';

interface LoadInput {
  origin: string;
  paths: string[];
  connections: number;
  duration: number;
  headers: Record<string, string>;
}

const input = JSON.parse(process.argv[2] ?? '{}') as LoadInput;
let next = 0;
const result = await autocannon({
  url: input.origin,
  connections: input.connections,
  duration: input.duration,
  headers: input.headers,
  requests: [
    {
      method: 'GET',
      setupRequest: (request: Request): Request => {
        next = (next + 1) % input.paths.length;
        return { ...request, path: input.paths[next] ?? '/' };
      },
    },
  ],
});
process.stdout.write(
  JSON.stringify({
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  }),
);
