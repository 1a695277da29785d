// Where the content lives. `CONTENT_DIR` points the build at another copy (the benchmark and the
// malformed-content tests use it); otherwise it is `content/` at the repository root.
export const contentDir: string = process.env['CONTENT_DIR'] ?? './content';

/**
 * The source report, one paragraph a line, kept outside the repository with the editorial files
 * (its text is not ours to publish). When it is there, the build checks every quote against it;
 * `REPORT_PATH` points elsewhere. Relative paths are from the project root.
 */
export const reportPath: string = process.env['REPORT_PATH'] ?? '../shared/editorial/istanbul-talks-report.txt';

/** The id of the report in `content/sources.yaml`: citations of it carry paragraph numbers. */
export const REPORT_SOURCE_ID = 'istanbul-talks-report';
