import { createProgram } from './program.ts';

await (await createProgram(process.argv.slice(2))).parseAsync(process.argv);
