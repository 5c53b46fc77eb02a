export { renderReportHtml, escapeHtml, REPORT_CSP, type ReportInput } from './htmlReport.ts';
