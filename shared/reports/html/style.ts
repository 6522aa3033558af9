/**
 * A small stylesheet in the manner of GOV.UK Frontend (typography scale,
 * colours, tables, inset text, summary lists; GOV.UK Frontend, https://frontend.design-system.service.gov.uk/), inlined so
 * the HTML twin of a report is one self-contained file that loads nothing.
 */
export const reportStylesheet = `
*,*::before,*::after{box-sizing:border-box}
html{background:#fff}
body{margin:0;color:#0b0c0c;font-family:arial,sans-serif;font-size:1.1875rem;line-height:1.32;-webkit-font-smoothing:antialiased}
.report-width{max-width:960px;margin:0 auto;padding:0 30px}
.report-banner{background:#0b0c0c;color:#fff;border-bottom:10px solid #1d70b8;padding:12px 0}
.report-banner p{margin:0;font-weight:700}
.report-banner .report-draft{color:#fff;background:#d4351c;display:inline-block;padding:2px 8px;margin-top:4px}
main{display:block;padding:40px 0 30px}
h1,h2,h3{font-weight:700;margin:0}
h1{font-size:2.25rem;line-height:1.1;margin-bottom:30px}
h2{font-size:1.5rem;line-height:1.2;margin:40px 0 20px}
h3{font-size:1.1875rem;line-height:1.3;margin:30px 0 15px}
p{margin:0 0 20px}
.report-secondary{color:#505a5f;font-size:1rem}
.report-facts{margin:0 0 30px}
.report-facts div{display:flex;flex-wrap:wrap;border-bottom:1px solid #b1b4b6;padding:8px 0}
.report-facts dt{font-weight:700;flex:0 0 30%;padding-right:20px}
.report-facts dd{margin:0;flex:1 1 60%}
.report-inset{border-left:10px solid #1d70b8;background:#f3f2f1;padding:15px;margin:0 0 30px}
.report-inset p{margin:0}
table{border-collapse:collapse;border-spacing:0;width:100%;margin:0 0 40px;font-size:1rem}
caption{text-align:left;font-weight:700;font-size:1.1875rem;margin-bottom:10px}
th,td{border-bottom:1px solid #b1b4b6;padding:10px 20px 10px 0;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid #0b0c0c}
th:last-child,td:last-child{padding-right:0}
.report-numeric{text-align:right}
ul{margin:0 0 20px;padding-left:20px}
ul li{margin-bottom:5px}
ol.report-paragraphs{margin:0 0 20px;padding-left:2.5em}
ol.report-paragraphs>li{margin-bottom:15px;padding-left:5px}
ol.report-paragraphs p{margin:0 0 5px}
.report-action{font-style:italic}
.report-evidence{color:#505a5f;font-size:1rem}
figure{margin:0 0 40px}
figure svg{display:block;width:100%;max-width:720px;height:auto}
figcaption{color:#505a5f;font-size:1rem;margin-top:5px}
.report-signature{border:2px solid #0b0c0c;padding:15px;margin:40px 0 0;max-width:640px}
footer{border-top:1px solid #b1b4b6;padding:20px 0 40px;color:#505a5f;font-size:1rem}
footer p{margin:0}
@media print{.report-banner{background:#fff;color:#0b0c0c}body{font-size:11pt}}
`;
