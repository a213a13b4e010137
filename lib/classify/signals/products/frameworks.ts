import type { Rule } from './context';
import { jsonKeys, match, S } from './context';

/**
 * More service frameworks, each by the body its default error handler writes (the source named in the
 * detail), so a person knows which service, and in which language, answered.
 */
export const FRAMEWORK_RULES: Rule[] = [
  {
    product: 'nestjs',
    layer: S,
    signal: 'nestjs.not-found',
    weight: 3,
    find: (c) =>
      typeof c.json?.statusCode === 'number' && typeof c.json.message === 'string' && typeof c.json.error === 'string'
        ? match(c.json.message, /^Cannot (?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) \/\S*$/)
        : undefined,
    detail:
      "NestJS's default NotFoundException ({statusCode, message: 'Cannot GET /path', error}): no route of the Node.js service matches.",
  },
  {
    product: 'fastify',
    layer: S,
    signal: 'fastify.route-not-found',
    weight: 3,
    find: (c) =>
      typeof c.json?.message === 'string' ? match(c.json.message, /^Route (?:[A-Z]+):\S+ not found$/) : undefined,
    detail: "Fastify's default 404 ('Route GET:/path not found'): no route of the Node.js service matches.",
  },
  {
    product: 'hapi',
    layer: S,
    signal: 'hapi.boom',
    weight: 2,
    find: (c) =>
      jsonKeys(c).sort().join() === 'error,message,statusCode' && c.json?.error === c.json?.message
        ? `statusCode ${String(c.json?.statusCode)}, error ${String(c.json?.error)}`
        : undefined,
    detail:
      "hapi's Boom error ({statusCode, error, message} with the bare status phrase): a Node.js (hapi) service answered.",
  },
  {
    product: 'quarkus',
    layer: S,
    signal: 'quarkus.resteasy',
    weight: 3,
    find: (c) => match(c.body, /RESTEASY\d{6}: [^\n<]{1,160}/),
    detail: "RESTEasy's error text (RESTEASYnnnnnn), as Quarkus and WildFly write it: the Java service answered.",
  },
  {
    product: 'micronaut',
    layer: S,
    signal: 'micronaut.hateoas-error',
    weight: 3,
    find: (c) => {
      const embedded = c.json?._embedded as Record<string, unknown> | undefined;
      return c.json?._links && embedded && Array.isArray(embedded.errors)
        ? match(c.text, /"_embedded"\s*:/)
        : undefined;
    },
    detail:
      "Micronaut's default error body (a JSON+HAL document with _links and _embedded.errors): the Java service answered.",
  },
  {
    product: 'sinatra',
    layer: S,
    signal: 'sinatra.not-found',
    weight: 3,
    find: (c) => match(c.body, /Sinatra doesn(?:'|’|&rsquo;)t know this ditty\./),
    detail: "Sinatra's development 404 page ('Sinatra doesn't know this ditty'): no route of the Ruby service matches.",
  },
  {
    product: 'phoenix',
    layer: S,
    signal: 'phoenix.error-json',
    weight: 2,
    find: (c) => {
      const errors = c.json?.errors as Record<string, unknown> | undefined;
      return jsonKeys(c).join() === 'errors' && errors && typeof errors.detail === 'string'
        ? `errors.detail: ${errors.detail}`
        : undefined;
    },
    detail: 'Phoenix\'s generated ErrorJSON ({"errors": {"detail": ...}}): an Elixir (Phoenix) service answered.',
  },
  {
    product: 'fiber',
    layer: S,
    signal: 'fiber.cannot-route',
    weight: 2,
    find: (c) => (c.json ? undefined : match(c.text, /^Cannot (?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) \/\S*$/)),
    detail:
      "The plain-text 'Cannot GET /path' of Go's Fiber (Express writes the same words inside an HTML page): no route of the service matches.",
  },
];
