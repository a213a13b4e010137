import { describe, expect, it } from 'vitest';
import { actorOf, hopOf, pathOf, productOf, statusKind } from './chain';
import { loadRules } from '../catalog/load';
import { classify } from '../classify';

const rules = loadRules();
const judge = (text: string) => classify(text, rules);

const GATEWAY = `HTTP/1.1 403 Forbidden
Content-Type: application/json
X-Bkapi-Error-Code: 1640301
X-Bkapi-Request-ID: 7c1f

{"code":1640301,"data":null,"code_name":"APP_NO_PERMISSION","message":"App has no permission to the resource","result":false}`;
const NGINX = `HTTP/1.1 502 Bad Gateway
Content-Type: text/html
X-Bkapi-Request-ID: 7c1f

<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx/1.21.6</center>
</body>
</html>`;
const SPRING =
  '{"timestamp":"2026-01-01T00:00:00.000+00:00","status":500,"error":"Internal Server Error","path":"/api/v1/orders"}';

describe('the chain', () => {
  it('marks the hop that wrote the response, as the engine decided it', () => {
    expect(hopOf(judge(GATEWAY))).toBe('gateway');
    expect(hopOf(judge(NGINX))).toBe('access-layer');
    expect(hopOf(judge(SPRING))).toBe('service');
    expect(
      hopOf(judge('{"code":1306201,"result":false,"message":"Request third-party interface error","data":null}')),
    ).toBe('esb');
    expect(hopOf(judge('HTTP/1.1 415 Unsupported Media Type\nContent-Length: 0'))).toBe('backend');
    // A status alone says nothing of who sent it (contract: a status alone).
    expect(hopOf(judge('HTTP/1.1 415 Unsupported Media Type'))).toBeNull();
  });

  it('shows the break where no response came, and nothing where the paste is too thin', () => {
    expect(
      hopOf(judge('curl: (7) Failed to connect to bkapi.example.com port 443 after 3 ms: Connection refused')),
    ).toBe('none');
    expect(hopOf(judge('HTTP/1.1 502 Bad Gateway'))).toBeNull();
  });

  it('names the product the engine recognised', () => {
    expect(productOf(judge(SPRING))).toBe('spring-boot');
    expect(productOf(judge(NGINX))).toBe('nginx');
    expect(productOf(judge(GATEWAY))).toBeNull();
  });

  it('gives a backend failure to the gateway owner and a refused request to the caller', () => {
    expect(actorOf(judge(SPRING))).toBe('gateway-owner');
    expect(actorOf({ source: 'backend', status: 404 })).toBe('caller');
    expect(actorOf({ source: 'backend', status: 308 })).toBe('gateway-owner');
    expect(actorOf({ source: 'gateway', status: 403 }, { actor: 'caller' })).toBe('caller');
    expect(actorOf({ source: 'unknown', status: 502 })).toBeNull();
    expect([statusKind(null), statusKind(200), statusKind(301), statusKind(429), statusKind(504)]).toEqual([
      'other',
      'other',
      '3xx',
      '4xx',
      '5xx',
    ]);
  });

  it('takes the path and query from a request URL', () => {
    expect(pathOf('https://bkapi.example.com/api/gw/prod/users/?page=2')).toBe('/api/gw/prod/users/?page=2');
    expect(pathOf('/prod/users/')).toBe('/prod/users/');
    expect(pathOf('bkapi.example.com/api/shop/prod/orders/42')).toBe('/api/shop/prod/orders/42');
    expect(pathOf(null)).toBeNull();
  });
});
