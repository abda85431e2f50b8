#!/usr/bin/env node
// The package's `bin`: the CLI itself is compiled TypeScript in lib/cli (see src/cli).
import '../lib/cli/main.js';
