// Shared with the server's other cached responses (product images); kept here for the pages' imports.
export { matchesIfNoneMatch, strongEtag } from '../server/http/etag.ts';
