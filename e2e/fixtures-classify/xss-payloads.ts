/**
 * Pastes that would run, load or navigate if the classify page ever treated a paste as markup. Each one,
 * if it ran, sets `window.__xss`, opens a dialog or asks another origin for something; the test pastes
 * them all and checks that none did. Several are wrapped the way a paste arrives: a response body, JSON,
 * a HAR entry, a log line.
 */
const run = 'window.__xss=1';

const plain = [
  `<script>${run}</script>`,
  `<SCRIPT SRC=http://xss.invalid/x.js></SCRIPT>`,
  `<img src=x onerror="${run}">`,
  `<img src="http://xss.invalid/pixel.gif">`,
  `<svg onload="${run}">`,
  `<svg><script>${run}</script></svg>`,
  `<body onload="${run}">`,
  `<iframe src="javascript:${run}"></iframe>`,
  `<iframe srcdoc="<script>parent.${run}</script>"></iframe>`,
  `<a href="javascript:${run}">click me</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${run}">`,
  `<details open ontoggle="${run}">`,
  `<input autofocus onfocus="${run}">`,
  `<video><source onerror="${run}"></video>`,
  `<object data="javascript:${run}"></object>`,
  `<embed src="http://xss.invalid/x.swf">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${run}">`,
  `<meta http-equiv="refresh" content="0;url=http://xss.invalid/">`,
  `<base href="http://xss.invalid/">`,
  `<form action="http://xss.invalid/"><button>send</button></form>`,
  `<link rel="stylesheet" href="http://xss.invalid/x.css">`,
  `<style>@import 'http://xss.invalid/x.css'; body{background:url("javascript:${run}")}</style>`,
  `<div style="width: expression(${run})">IE CSS expression</div>`,
  `<div style="background-image: url(http://xss.invalid/bg.png)">`,
  `{{constructor.constructor('${run}')()}}`,
  '${' + run + '}',
  `<%= ${run} %>`,
  `javascript:${run}`,
  `"><script>${run}</script>`,
  `'-alert(1)-'`,
  `</textarea><script>${run}</script>`,
  `<noscript><p title="</noscript><img src=x onerror=${run}>">`,
  `<template><script>${run}</script></template><img src=x onerror=${run}>`,
  `data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
];

/** The same attacks where the page shows pasted text: evidence, HAR list, messages. */
const wrapped = [
  `HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nServer: <img src=x onerror=${run}>\r\n\r\n<html><head><title>502</title><script>${run}</script></head><body onload="${run}"><h1>502 Bad Gateway</h1></body></html>`,
  JSON.stringify({ code: 1640001, data: null, code_name: 'INVALID_ARGS', message: `Parameters error [reason="<img src=x onerror=${run}>"]`, result: false }),
  JSON.stringify({ level: 'error', body: JSON.stringify({ code: 3540100, message: `<svg onload=${run}>`, html: `<iframe srcdoc="<script>${run}</script>">` }) }),
  JSON.stringify({
    log: {
      entries: [
        { request: { method: `<img src=x onerror=${run}>`, url: `javascript:${run}` }, response: { status: 400, headers: [{ name: 'X-Bkapi-Error-Message', value: `<script>${run}</script>` }], content: { mimeType: 'text/html', text: `<script>${run}</script>` } } },
        { request: { method: 'GET', url: `http://xss.invalid/"><img src=x onerror=${run}>` }, response: { status: 200, headers: [], content: { text: '{}' } } },
      ],
    },
  }),
];

export const XSS_PAYLOADS: string[] = [...plain, ...wrapped];
