#!/usr/bin/env node
// The command-line tool runs the compiled engine (built by `npm ci` through the prepare script).
require("../dist/node/src/cli/main.js")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
