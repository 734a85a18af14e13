// Named staff-…: the build names this chunk's stylesheet after it, and the public worker's precache
// leaves out every assets/staff-* file (vite.config.ts).
// The inbox's four pages as one lazy chunk: they share most of their parts (state words, the
// text shown as typed, the styles), and a staff member who opens one opens the others next.
export { default as InboxPage } from './inbox-page';
export { default as RequestPage } from './request-page';
export { default as FiguresPage } from './figures-page';
export { default as ReportsPage } from './reports-page';
