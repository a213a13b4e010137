import { describe, expect, it } from 'vitest';
import { norm } from './paste';
import { readSentence } from './sentence';

const read = (q: string) => readSentence(norm(q));

describe('what a sentence or a log line says outright', () => {
  it('reads statuses, codes and code_names anywhere, not inside addresses, times or shares', () => {
    expect(read('esb 调用报错 code 1306406 是什么原因').numbers).toEqual(['1306406']);
    expect(read('10% of requests 502 from 10.0.0.1 at 12:30:00').numbers).toEqual(['502']);
    expect(read('why do I get CONCURRENCY_LIMIT_RESTRICTION under load').codeNames).toEqual([
      'concurrency_limit_restriction',
    ]);
    expect(read('esb 组件报错').esb).toBe(true);
    expect(read('gateway returns 403').esb).toBe(false);
  });

  it('reads the status of an access log and a JSON log, and drops the rest of a long line', () => {
    const access = read(
      '10.0.0.1 - - [07/Dec/2026:10:00:00 +0800] "POST /api/v1/hosts/ HTTP/1.1" 499 0 "-" "curl/8.0"',
    );
    expect([access.numbers, access.log]).toEqual([['499'], true]);
    const json = read('{"time":"2026-12-07T10:00:00+08:00","method":"GET","path":"/api/v1/tasks/","status":504}');
    expect([json.numbers, json.log, json.rest]).toEqual([['504'], true, '']);
    expect(read('网关日志里 "GET /prod/api/ HTTP/1.1" 499 0，调用方说超时了').rest).toContain('调用方说超时了');
  });

  it('leaves a JSON body to the paste reader', () => {
    expect(read('{"code": 1640001, "message": "app code cannot be empty", "status": 400}').numbers).toEqual(['400']);
    expect(read('{"code": 1640001, "message": "Parameters error 413"}').numbers).toEqual([]);
  });
});
