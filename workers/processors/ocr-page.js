// BullMQ forks a plain Node process for sandboxed processors and import()s this file: register tsx so the
// TypeScript processor (and the pipeline it calls) loads without a build step.
import { register } from 'tsx/esm/api';

register();
const { default: processor } = await import('./ocr-page.ts');

export default processor;
