/**
 * A bare request id pasted (32 hex digits or a UUID, as the gateway writes X-Bkapi-Request-ID), alone or with
 * its header name, quotes or backticks around it: the page answers "this is a request id", not "unknown".
 */
import { isRequestId } from '../links/address';

const BARE = /^\s*(?:x-bkapi-request-id\s*[:=]\s*)?["'`]?([0-9a-f-]{32,36})["'`]?\s*$/i;

export function bareRequestId(paste: string): string | null {
  if (paste.length > 200) return null;
  const id = BARE.exec(paste)?.[1];
  return isRequestId(id) ? id : null;
}
