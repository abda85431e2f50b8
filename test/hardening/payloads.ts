/**
 * Injection payloads for every text and URL field of a feed. Each one that ran would call `window.__pwned(name)`
 * (or `parent.__pwned`), which the tests trap. Text payloads must show as text; URL payloads must never reach an
 * `href` (the schema drops them), and valid-but-hostile http(s) URLs must stay attribute values.
 */
const call = (name: string) => `window.__pwned('${name}')`;

export const textPayloads: readonly string[] = [
  `<script>${call('script')}</script>`,
  `<img src=x onerror="${call('img')}">`,
  `<svg onload="${call('svg')}">`,
  `<svg><script>${call('svg-script')}</script></svg>`,
  `"><img src=x onerror=${call('attr-break')}>`,
  `'><script>${call('single-quote')}</script>`,
  '${' + call('template-literal') + '}',
  `{{constructor.constructor('${call('angular')}')()}}`,
  `<iframe src="javascript:${call('iframe')}"></iframe>`,
  `<iframe srcdoc="<script>parent.__pwned('srcdoc')</script>"></iframe>`,
  `<a href="javascript:${call('anchor')}">click</a>`,
  `<details open ontoggle="${call('details')}">x</details>`,
  `<body onload="${call('body')}">`,
  `<style>@import 'https://evil.example/x.css'; *{display:none}</style>`,
  `</script><script>${call('close-script')}</script>`,
  `</textarea><script>${call('textarea')}</script>`,
  `<!--<img src=x onerror=${call('comment')}>-->`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${call('mxss')}>`,
  `<object data="javascript:${call('object')}"></object>`,
  `<embed src="data:text/html,<script>parent.__pwned('embed')</script>">`,
  `<input autofocus onfocus="${call('autofocus')}">`,
  `<video><source onerror="${call('video')}"></video>`,
  `<marquee onstart="${call('marquee')}">x</marquee>`,
  `<form action="javascript:${call('form')}"><button>go</button></form>`,
  `<template><script>${call('template')}</script></template>`,
  `<x-evil onclick="${call('custom-element')}">x</x-evil>`,
  `&lt;script&gt;${call('entities')}&lt;/script&gt;`,
  `\\u003cscript\\u003e${call('escaped')}\\u003c/script\\u003e`,
  `<base href="javascript:${call('base')}//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${call('meta')}">`,
  `<link rel=stylesheet href="data:text/css,*{display:none}">`,
  `javascript:${call('javascript-text')}`,
  `<noscript><p title="</noscript><img src=x onerror=${call('noscript')}>">`,
  `<svg><animate onbegin="${call('animate')}" attributeName=x dur=1s>`,
  `\u2028\u2029</script><script>${call('line-separators')}</script>`,
  `{{7*7}} \${7*7} <%= 7*7 %> #{7*7} {role} {n} {percent}`,
  `<img src=x onerror=${call('long')}>`.repeat(100),
  `<scr<script>ipt>${call('nested')}</scr</script>ipt>`,
];

/** Rejected by the feed schema: never an `href`, whatever the casing, spacing or control characters. */
export const badUrlPayloads: readonly string[] = [
  `javascript:${call('url')}`,
  `JaVaScRiPt:${call('url-case')}`,
  ` javascript:${call('url-space')}`,
  `\u0001javascript:${call('url-control')}`,
  `java\tscript:${call('url-tab')}`,
  `java\nscript:${call('url-newline')}`,
  `data:text/html,<script>parent.__pwned('data-url')</script>`,
  `DATA:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZCgnYjY0Jyk8L3NjcmlwdD4=`,
  `vbscript:msgbox(1)`,
  `  https://ok.example/leading-spaces`,
  `\u0000https://ok.example/nul`,
  `//evil.example/protocol-relative`,
  `https:javascript:${call('scheme-confusion')}`,
  `https://ok.example/\u0007bell`,
];

/** Valid http(s) URLs that carry markup: they must only ever be attribute values. */
export const hostileHttpUrls: readonly string[] = [
  `https://ok.example/?q="><script>${call('query')}</script>`,
  `https://ok.example/#<img/src=x/onerror=${call('fragment')}>`,
  `https://ok.example/'onmouseover='${call('quote')}'`,
  `HTTPS://OK.EXAMPLE/UPPER`,
  `http://ok.example/x?javascript:${call('late-scheme')}`,
];
