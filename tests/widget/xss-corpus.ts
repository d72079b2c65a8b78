/**
 * Cross-site scripting payloads for the hardening tests. Each one, if it ever ran, would set
 * `window.__xss`; the tests assert that it never does. They cover HTML injection, event
 * handler attributes, script-bearing URLs in their obfuscated spellings, template syntax of
 * other frameworks, and breaking out of the inline-JSON script element.
 */
export const XSS: readonly string[] = [
  '<script>window.__xss = 1</script>',
  '</script><script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 1">',
  '"><img src=x onerror=window.__xss=1>',
  "'><svg onload=window.__xss=1>",
  '<svg><script>window.__xss = 1</script></svg>',
  '<iframe src="javascript:window.top.__xss = 1"></iframe>',
  '<iframe srcdoc="<script>parent.__xss = 1</script>"></iframe>',
  '<a href="javascript:window.__xss = 1">click</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '<details open ontoggle=window.__xss=1>',
  '<object data="javascript:window.__xss = 1"></object>',
  '<base href="javascript:/">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
  '<style>*{background:url("javascript:window.__xss=1")}</style>',
  '<!--<img src=x onerror=window.__xss=1>-->',
  '&lt;img src=x onerror=window.__xss=1&gt;',
  'javascript:window.__xss = 1',
  ' JaVaScRiPt:window.__xss = 1',
  '\u0000javascript:window.__xss = 1',
  'java\tscript:window.__xss = 1',
  'java&#x09;script:window.__xss = 1',
  'data:text/html,<script>window.__xss = 1</script>',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'https://example.com/" onmouseover="window.__xss = 1',
  '//evil.example/x',
  '{{constructor.constructor("window.__xss = 1")()}}',
  '${window.__xss = 1}',
  '<x-lit @click=${() => (window.__xss = 1)}>',
  '\u202e<img src=x onerror=window.__xss=1>',
];
