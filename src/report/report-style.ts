/**
 * The report's only stylesheet, inlined into the page (no external fonts or
 * files). System font stack; readable on screen and on paper. Internal.
 */
export const REPORT_CSS = `
:root { --ink: #1f2328; --muted: #57606a; --line: #d8dee4; --panel: #f6f8fa; --accent: #1f6fb4; --warn-bg: #fff8e1; --warn-line: #e3b341; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.5 "DejaVu Sans", -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 64px; }
header.report-header { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 8px; }
h1 { font-size: 28px; margin: 0 0 4px; }
.subtitle { color: var(--muted); margin: 0; }
h2 { font-size: 21px; margin: 40px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 17px; margin: 24px 0 8px; }
p.intro { color: var(--muted); margin: 4px 0 16px; max-width: 80ch; }
nav.toc { margin: 12px 0 0; font-size: 14px; }
nav.toc a { color: var(--accent); text-decoration: none; margin-right: 16px; white-space: nowrap; }
nav.toc a:hover { text-decoration: underline; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 12px; margin: 16px 0; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
.card .value { font-size: 24px; font-weight: bold; color: var(--accent); }
.card .label { font-size: 13px; color: var(--muted); }
dl.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 4px 24px; margin: 8px 0 16px; }
dl.facts div { display: flex; justify-content: space-between; border-bottom: 1px dotted var(--line); padding: 3px 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0 0 0 12px; font-variant-numeric: tabular-nums; text-align: right; overflow-wrap: anywhere; }
.warnings { background: var(--warn-bg); border: 1px solid var(--warn-line); border-radius: 8px; padding: 10px 16px; margin: 16px 0; }
.warnings h2 { border: none; margin: 0 0 4px; font-size: 17px; }
.warnings ul { margin: 4px 0; padding-left: 20px; }
.ok { color: #1a7f37; font-weight: bold; }
.bad { color: #cf222e; font-weight: bold; }
.table-wrap { overflow-x: auto; margin: 8px 0 16px; }
table { border-collapse: collapse; font-size: 14px; min-width: 50%; }
caption { text-align: left; color: var(--muted); padding: 4px 0; caption-side: top; }
th, td { padding: 5px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: var(--panel); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody tr:nth-child(even) td { background: #fbfcfd; }
table.compact { font-size: 13px; }
table.compact th, table.compact td { padding: 4px 7px; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 16px 24px; align-items: start; }
figure { margin: 8px 0 16px; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { font-size: 13px; color: var(--muted); margin-top: 4px; max-width: 80ch; }
.model { border: 1px solid var(--line); border-radius: 8px; padding: 4px 16px 8px; margin: 12px 0; }
.glossary dt { font-weight: bold; margin-top: 8px; }
.glossary dd { margin: 0 0 0 16px; color: var(--muted); }
footer { margin-top: 48px; color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); padding-top: 8px; }
@media print { main { max-width: none; padding: 0; } nav.toc { display: none; } section { break-inside: avoid-page; } .figures { display: block; } }
`;
