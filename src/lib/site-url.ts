// The site's public address: the one place every absolute URL comes from. Set `SITE_URL` to deploy elsewhere.
export const siteUrl: string = (process.env['SITE_URL'] ?? 'https://istanbul-talks.example.org').replace(/\/+$/, '') + '/';
