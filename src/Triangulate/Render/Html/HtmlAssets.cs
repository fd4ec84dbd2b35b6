using System.Security.Cryptography;
using System.Text;

namespace Triangulate.Render.Html;

/// <summary>
/// The report's only style sheet and script, inlined. The Content-Security-Policy allows exactly
/// these two by hash and nothing else: no network loads, no other script can run.
/// </summary>
internal static class HtmlAssets
{
    public static readonly string Style = """

:root{color-scheme:light dark;--fg:#1b1b1b;--muted:#5a5a5a;--bg:#fdfdfb;--card:#fff;--line:#d9d6cf;--accent:#7a3b00;--mark:#fff1c2;--miss:#f1eee8;--hit:#2f6f8f;--s1:#dcebf2;--s2:#a9cfe0;--s3:#5f9fbd;--s4:#2f6f8f;--on-dark:#fff}
@media (prefers-color-scheme:dark){:root{--fg:#e8e6e1;--muted:#a8a49b;--bg:#161615;--card:#222120;--line:#3b3936;--accent:#f0a35e;--mark:#4a3b12;--miss:#2a2927;--hit:#4f9cc2;--s1:#1e3440;--s2:#27526a;--s3:#3577a0;--s4:#4f9cc2;--on-dark:#0d1b22}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:1.0625rem/1.6 Georgia,"Iowan Old Style","Palatino Linotype",Palatino,serif}
main{max-width:44rem;margin:0 auto;padding:2rem 1.25rem 4rem}
h1,h2,h3{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.25}
h1{font-size:1.75rem;margin:0 0 .25rem}
h2{font-size:1.2rem;margin:2.5rem 0 1rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:0 0 .5rem}
.meta{color:var(--muted);font:.875rem/1.5 system-ui,sans-serif;margin:0}
.summary p{margin:0 0 1rem}
.only-in{font:italic .8rem/1 system-ui,sans-serif;color:var(--muted);margin-left:.3rem}
.cite{position:relative;display:inline-block}
.cite-btn{font:600 .75rem/1 system-ui,sans-serif;color:var(--accent);background:transparent;border:1px solid var(--accent);border-radius:.3rem;padding:.15rem .3rem;margin-left:.15rem;cursor:pointer;vertical-align:.15em}
.cite-btn:hover,.cite.open .cite-btn{background:var(--accent);color:var(--bg)}
.cite-btn:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.cite-pop{display:none;position:absolute;left:0;top:100%;z-index:10;width:min(26rem,80vw);padding:.75rem .9rem;background:var(--card);color:var(--fg);border:1px solid var(--line);border-radius:.4rem;box-shadow:0 6px 24px rgba(0,0,0,.18);font-size:.95rem;line-height:1.45;text-align:left}
.cite.flip .cite-pop{left:auto;right:0}
.cite:hover .cite-pop,.cite-btn:focus-visible+.cite-pop,.cite.open .cite-pop{display:block}
.cite.dismissed:not(.open) .cite-pop{display:none}
.cite-quote{display:block;font-style:italic}
.cite-by{display:block;margin-top:.4rem;font:.8rem/1.4 system-ui,sans-serif;color:var(--muted)}
a{color:var(--accent)}
ol.sources{padding-left:1.5rem;font-size:.95rem}
.source-title{font-style:italic}
.provenance{color:var(--muted);font-size:.85em}
article{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:1rem 1.1rem;margin:0 0 1.25rem}
dl.fields{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .9rem;margin:.5rem 0;font:.875rem/1.5 system-ui,sans-serif}
dl.fields dt{color:var(--muted)}
dl.fields dd{margin:0;overflow-wrap:anywhere}
details{margin-top:.6rem;font-size:.95rem}
summary{cursor:pointer;font:.875rem/1.5 system-ui,sans-serif;color:var(--muted)}
ul.removed{padding-left:1.2rem;font-size:.875rem}
.reason{font:600 .75rem/1 system-ui,sans-serif;color:var(--muted);text-transform:uppercase;letter-spacing:.03em;margin-right:.4rem}
.body p{margin:.6rem 0}
mark{background:var(--mark);color:inherit;padding:0 .05em}
mark:target{outline:2px solid var(--accent)}
ul.quote-list,.conflict ul,ul.number-list{padding-left:1.2rem}
ul.quote-list li,.conflict li,ul.number-list li{margin:0 0 .7rem}
.role{font:.875rem/1.5 system-ui,sans-serif;color:var(--muted);font-weight:normal}
.timeline time{font:600 .95rem/1.5 system-ui,sans-serif;margin-right:.4em;white-space:nowrap}
.variant{margin:.3rem 0 0;font-size:.9rem;color:var(--muted)}
.diff{font:.85rem/1.5 ui-monospace,Menlo,Consolas,monospace;overflow-wrap:anywhere}
.claim-value{font-weight:600}
ul.headlines,ul.fact-list{padding-left:1.2rem}
ul.headlines li,ul.fact-list li{margin:0 0 .6rem}
ul.fact-list ul{padding-left:1.2rem;margin:.3rem 0 0}
.framing{font:.8rem/1.4 system-ui,sans-serif;border:1px solid var(--line);border-radius:.8rem;padding:.05rem .5rem;margin-left:.3rem;white-space:nowrap}
table.heatmap{border-collapse:separate;border-spacing:3px;margin:.5rem 0;font:.875rem/1.4 system-ui,sans-serif}
.heatmap th{font-weight:600;padding:.2rem .35rem;text-align:center;vertical-align:bottom}
.heatmap th.fact{text-align:left;font:.9rem/1.4 Georgia,serif;vertical-align:middle;min-width:14rem}
.heatmap thead th.fact{font:600 .875rem/1.4 system-ui,sans-serif;vertical-align:bottom}
.heatmap td{min-width:2.4rem;height:2.2rem;text-align:center;border-radius:.25rem}
.heatmap td.miss{background:var(--miss)}
.heatmap td.hit{background:var(--hit)}
.heatmap td.hit .cite-btn{background:var(--card);color:var(--fg);border-color:var(--card);margin:0}
.heatmap td.support{font-weight:600}
.heatmap .s1{background:var(--s1)}.heatmap .s2{background:var(--s2)}.heatmap .s3{background:var(--s3);color:var(--on-dark)}.heatmap .s4{background:var(--s4);color:var(--on-dark)}
.legend{color:var(--muted);font:.8rem/1.5 system-ui,sans-serif;margin:.25rem 0 1rem}

""".ReplaceLineEndings("\n");

    public static readonly string Script = """

(function () {
  'use strict';
  var cites = Array.prototype.slice.call(document.querySelectorAll('.cite'));
  function place(cite) {
    cite.classList.remove('flip');
    var pop = cite.querySelector('.cite-pop');
    if (pop.getBoundingClientRect().right > document.documentElement.clientWidth) cite.classList.add('flip');
  }
  function setOpen(cite, open) {
    cite.classList.toggle('open', open);
    cite.querySelector('.cite-btn').setAttribute('aria-expanded', open ? 'true' : 'false');
    if (open) place(cite);
  }
  cites.forEach(function (cite) {
    var button = cite.querySelector('.cite-btn');
    button.addEventListener('click', function () {
      var open = !cite.classList.contains('open');
      cites.forEach(function (other) { if (other !== cite) setOpen(other, false); });
      cite.classList.remove('dismissed');
      setOpen(cite, open);
    });
    cite.addEventListener('mouseenter', function () { place(cite); });
    cite.addEventListener('mouseleave', function () { cite.classList.remove('dismissed'); });
    button.addEventListener('focus', function () { place(cite); });
    button.addEventListener('blur', function () { cite.classList.remove('dismissed'); });
  });
  // Escape hides every note, also one shown by hover or keyboard focus, until the pointer or focus leaves.
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    cites.forEach(function (cite) { setOpen(cite, false); cite.classList.add('dismissed'); });
  });
  document.addEventListener('click', function (e) {
    if (!e.target.closest || !e.target.closest('.cite')) cites.forEach(function (cite) { setOpen(cite, false); });
  });
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) return;
    for (var d = target.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) d.open = true;
    target.scrollIntoView({ block: 'center' });
  }
  window.addEventListener('hashchange', reveal);
  reveal();
})();

""".ReplaceLineEndings("\n");

    // Declared after Style and Script: static fields initialise in order.
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src '{Hash(Style)}'; script-src '{Hash(Script)}'; base-uri 'none'; form-action 'none'";

    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
