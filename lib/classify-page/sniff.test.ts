import { describe, expect, it } from 'vitest';
import { binaryKind } from './sniff';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('binaryKind', () => {
  it('names images, archives and documents by their signature', () => {
    expect(binaryKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image');
    expect(binaryKind(bytes(0x50, 0x4b, 0x03, 0x04, 0x14))).toBe('archive');
    expect(binaryKind(bytes(0x1f, 0x8b, 0x08))).toBe('archive');
    expect(binaryKind(bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31))).toBe('document');
  });

  it('reads text as text: a HAR, a raw response, UTF-16 with its mark, Chinese', () => {
    const enc = new TextEncoder();
    expect(binaryKind(enc.encode('{"log": {"entries": []}}'))).toBeNull();
    expect(binaryKind(enc.encode('HTTP/1.1 502 Bad Gateway\r\nServer: nginx\r\n\r\n'))).toBeNull();
    expect(binaryKind(enc.encode('网关返回 502，响应体如下'))).toBeNull();
    expect(binaryKind(bytes(0xff, 0xfe, 0x48, 0x00, 0x54, 0x00))).toBeNull();
  });

  it('calls unknown bytes full of control characters binary', () => {
    expect(binaryKind(bytes(0, 1, 2, 3, 4, 5, 6, 7, 0x41))).toBe('binary');
  });
});
