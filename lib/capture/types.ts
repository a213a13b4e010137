import type { Result, Source } from '../classify';

/** What the classifier said of one row or HAR entry: the fields a group and a comparison need. */
export type RowVerdict = {
  source: Source;
  layer: Result['layer'];
  entry: string | null;
  reason: string | null;
  code: number | null;
  code_name: string | null;
  candidates: string[];
  /** The group this row falls in: the entry (with its reason), else the candidates, else source and status. */
  key: string;
  failed: boolean;
};

/** Time spent, in milliseconds, as the capture records it; null where it does not. */
export type RowTiming = {
  /** The whole request: the export's request_duration, the HAR entry's `time`. */
  total: number | null;
  /** The export's backend_duration: from the gateway sending to the backend until its answer (or giving up). */
  backend: number | null;
  /** A HAR entry's phases (`timings`): -1 or missing is null. */
  blocked?: number | null;
  dns?: number | null;
  connect?: number | null;
  ssl?: number | null;
  send?: number | null;
  wait?: number | null;
  receive?: number | null;
};

/** One request of a capture (a HAR entry) or of an export (a CSV row), read into the same shape. */
export type CaptureRow = {
  /** The row's position: the export's data row (0 = the first after the header), the HAR's entry index. */
  index: number;
  /** When the request started, ms since the epoch (the export's timestamp, the HAR's startedDateTime), or null. */
  time: number | null;
  /** The recorded time as text (the HAR's startedDateTime keeps its zone offset). */
  timeText: string | null;
  requestId: string | null;
  method: string;
  /** Host and path, without the query string (which may carry a secret). */
  path: string;
  resource: string | null;
  app: string | null;
  backend: string | null;
  stage: string | null;
  status: number | null;
  /** Response headers, lower-case names (a HAR's; the export has none). */
  headers: ReadonlyMap<string, string>;
  /** The Date header, ms since the epoch (the server's clock), where there is one. */
  date: number | null;
  timing: RowTiming;
  /** `[upstream_error="…"]` from the response body or the record's error: where forwarding stopped. */
  upstreamError: string | null;
  verdict: RowVerdict;
};

export type CaptureKind = 'export' | 'har';
