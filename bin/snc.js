#!/usr/bin/env node
// snc's process entry: run the CLI and set the exit code; everything else lives in dist/cli.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
