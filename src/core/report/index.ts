export { renderReportHtml, escapeHtml, type ReportInput } from './htmlReport.ts';
