// Entry point of each piscina worker thread: its default export runs one task.
export { runTask as default } from './jobs';
