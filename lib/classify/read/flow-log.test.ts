import { describe, expect, it } from 'vitest';
import { flowLogFromJson, flowLogFromText, GATEWAY_ANSWERED, PASSED_THROUGH } from './flow-log';

describe('flow-log records', () => {
  it('reads the dashboard detail in Chinese, label and value on one line', () => {
    const res = flowLogFromText(
      `请求ID\tabc\n请求路径\t/api/x/\n后端域名\t--\n状态码\t403\n错误编码名称\tAPP_NO_PERMISSION\nError\tApp has no permission\n响应说明\t${GATEWAY_ANSWERED[0]}`,
    );
    expect(res).toMatchObject({
      status: 403,
      flowLog: { gatewayAnswered: true, codeName: 'APP_NO_PERMISSION', error: 'App has no permission' },
    });
  });

  it('reads the English labels and a value on the line after its label', () => {
    const res = flowLogFromText(
      `Request ID\nabc\nRequest Path\n/api/x/\nBackend Host\nsvc:80\nStatus Code\n500\nResponse Desc\n${PASSED_THROUGH[1]}`,
    );
    expect(res).toMatchObject({ status: 500, flowLog: { gatewayAnswered: false } });
  });

  it('reads the record as JSON, and nothing that lacks its fields', () => {
    expect(
      flowLogFromJson({ request_id: 'r', http_path: '/a', backend_host: 'b', status: 502, error: 'Bad Gateway' }),
    ).toMatchObject({ status: 502, flowLog: { gatewayAnswered: true } });
    expect(flowLogFromJson({ request_id: 'r', status: 502 })).toBeNull();
    expect(flowLogFromText('Error: something broke\nRequest ID: r')).toBeNull();
  });
});
