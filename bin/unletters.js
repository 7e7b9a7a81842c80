#!/usr/bin/env node
// The CLI is written in TypeScript; tsx compiles it on load so that `npx unletters` needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
