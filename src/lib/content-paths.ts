// Where the content lives. `CONTENT_DIR` points the build at another copy (the benchmark and the
// malformed-content tests use it); otherwise it is `content/` at the repository root.
export const contentDir: string = process.env['CONTENT_DIR'] ?? './content';
