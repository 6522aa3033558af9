#!/usr/bin/env node
// `bin` entry of the package: runs the TypeScript command through tsx, so the
// command works straight after `npm ci` without a build step.
import { tsImport } from 'tsx/esm/api';

await tsImport('./main.ts', import.meta.url);
