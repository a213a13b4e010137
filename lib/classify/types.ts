import type { AppInfo, DebugInfo, GatewayInfo, Missing } from './read/call';

/** Who produced a response (contract: ../shared/contract/classify.md). */
export type Source = 'gateway' | 'esb' | 'backend' | 'unknown';
/** For a backend response: its access layer (proxy, load balancer, CDN page) or the service itself. */
export type Layer = 'access-layer' | 'service';

/** One signal weighed: what was looked at (a stable id), what the paste shows, and what it means. */
export type Evidence = { signal: string; found: string; detail: string };

/** The classifier's result, exactly the contract's fields. */
export type Result = {
  source: Source;
  layer: Layer | null;
  status: number | null;
  code: number | null;
  code_name: string | null;
  entry: string | null;
  candidates: string[];
  request_id: string | null;
  /** `low` where the verdict rests on a fragment or on a guess about the text around it. */
  confidence: Confidence;
  /** The id of the entry's reason section that the message names. */
  reason: string | null;
  /** The request line and host, where the paste shows them. */
  request: RequestInfo | null;
  /** The errors inside the error, outermost first; empty where there is one layer. */
  hops: Hop[];
  /** The BlueKing gateway the call went through, where the paste shows it. */
  gateway: GatewayInfo | null;
  /** The caller's identifiers, never a secret. */
  app: AppInfo | null;
  /** The address the gateway saw. */
  client_ip: string | null;
  /** X-Bkapi-Debug-Info decoded, its secret request headers masked. */
  debug: DebugInfo | null;
  /** What the paste lacks for a sure verdict, each a thing the reader can fetch. */
  missing: Missing[];
  evidence: Evidence[];
};

/** One layer of an error inside an error (contract: hops). */
export type Hop = {
  source: Source;
  layer: Layer | null;
  status: number | null;
  code: number | null;
  code_name: string | null;
  entry: string | null;
  message: string | null;
};

export type Confidence = 'high' | 'low';
export type RequestInfo = { method: string | null; url: string | null; host: string | null };

/** What the gateway's flow-log record says of the response (see flow-log.ts). */
export type FlowLog = {
  /** From `response_desc` (or a non-empty `error`): the gateway answered itself; null where the record does not say. */
  gatewayAnswered: boolean | null;
  error: string | null;
  codeName: string | null;
  desc: string | null;
};

/** One HTTP response recognised in a paste. Header names are lower-case, in the order sent. */
export type ParsedResponse = {
  status: number | null;
  /** The reason phrase of the status line, where there is one. */
  reason: string | null;
  headers: [name: string, value: string][];
  body: string;
  /**
   * The body as JSON, when the parse stage already looked (so a large body is not searched twice);
   * `{ value: undefined }` means it looked and found none.
   */
  bodyJson?: { value: unknown };
  /** Where the status came from when no status line showed it (a log field, an error page's title). */
  statusFrom?: 'log-field' | 'page-title' | 'text' | 'body-field';
  /** For a HAR entry: its position in `log.entries` and the request it answered. */
  har?: HarEntryInfo;
  /** For a HAR entry: when the request started (`startedDateTime`, as recorded). */
  started?: string;
  /** The gateway's flow-log record, where that is what was pasted. */
  flowLog?: FlowLog;
  /** The request this answered, where the paste shows it beside the response. */
  request?: RequestInfo | null;
};

/** One HAR entry as the page lists them for the person to choose. */
export type HarEntryInfo = { index: number; method: string; url: string; status: number | null };

/**
 * What the text around a response says of it, when the response's own lines are not there: the
 * gateway's error headers written out by an SDK or a logger, the status an HTTP client names, the
 * request line, or a report that no response came at all. Every search is one regular-expression pass
 * over a bounded window, so a 10 MB paste costs no more here than a small one.
 */
export type Clues = {
  /** X-Bkapi-Error-Code as text: the gateway wrote the error. */
  errorCode: { code: number; found: string } | null;
  errorMessage: string | null;
  requestId: string | null;
  status: { status: number; found: string } | null;
  request: RequestInfo | null;
  /** The client got no response at all: why, in its own words. */
  noResponse: { kind: NoResponseKind; found: string } | null;
};

export type NoResponseKind = 'dns' | 'refused' | 'timeout' | 'tls' | 'reset';

/** The shape of the paste, as the evidence names it. */
export type Form =
  | 'empty'
  | 'binary'
  | 'json-body'
  | 'json-in-text'
  | 'escaped-json'
  | 'log-line'
  | 'html-body'
  | 'text-body'
  | 'raw-http'
  | 'curl-verbose'
  | 'headers'
  | 'status-line'
  | 'client-error'
  | 'har'
  | 'telemetry'
  | 'flow-log'
  | 'no-response';

/**
 * Every response recognised in a paste, in the order they arrived; what the text around them says
 * (`clues`); and, where the response sat among other parts, which part was read and why the others were not.
 */
export type Parsed = {
  form: Form;
  responses: ParsedResponse[];
  clues?: Clues;
  notes?: string[];
  /** Where the response's body sat in the text, when other text was around it. */
  span?: Span;
  /** How surely the JSON read is the response (10: the gateway's protocol … 1: no field of a response). */
  strength?: number;
  /**
   * Different errors found side by side (a document's examples, a test's mocks, a log of many calls), in the
   * order they appear, where there are two or more: which one the person got is open.
   */
  several?: SeenError[];
  /** The error bodies found among other JSON values in the text (read by `parse` to fill `several`). */
  bodies?: (SeenError & Span)[];
  /** The paste ends with a mark that whoever printed it cut it there: what is missing may be what decides. */
  cut?: boolean;
  /** A status line is in the paste, but the response read has none: it sat where the reading did not reach. */
  statusUnread?: boolean;
};
export type Span = { start: number; end: number };
/**
 * One error a paste shows: a gateway or ESB body (its code and message), a backend's error body, a gateway or
 * ESB code named in the text outside any body, an error page (its title's status).
 */
export type SeenError =
  | { kind: 'gateway' | 'esb'; code: number; message: string | null }
  | { kind: 'backend' }
  | { kind: 'code'; code: number }
  | { kind: 'page' | 'section'; status: number }
  | { kind: 'record'; status: number; codeName: string; message: string | null };
