/**
 * Is a dropped or chosen file the dashboard's flow-log export? Read from its first line only, so the classify
 * page can decide before loading the CSV code (lib/capture/export.ts, which parses it with papaparse).
 *
 * The export: TencentBlueKing/blueking-apigateway, src/dashboard/apigateway/apigateway/apis/web/access_log/views.py
 * LogExportApi.get (lines 146-213 at 048bdd7): a header row of the `field` names of ES_LOG_FIELDS
 * (biz/access_log/constants.py lines 23-181), then up to 10,000 rows (line 149), UTF-8, with a byte-order mark
 * when the browser says Windows (line 212, "utf-8-sig").
 */
const NEEDED = ['request_id', 'timestamp', 'status'];
const ONE_OF = ['response_desc', 'error', 'code_name'];

/** True when `head` (the file's first bytes as text) starts with the export's header row. */
export function looksLikeExport(head: string): boolean {
  const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const end = text.search(/\r?\n/);
  const first = (end < 0 ? text : text.slice(0, end)).split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  return NEEDED.every((n) => first.includes(n)) && ONE_OF.some((n) => first.includes(n));
}
