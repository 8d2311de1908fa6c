// The bundle tests load dist/Code.js exactly as Apps Script would, so build it once first.
const { execFileSync } = require("node:child_process");
const { join } = require("node:path");

module.exports = async () => {
  execFileSync(process.execPath, [join(__dirname, "..", "scripts", "build.mjs"), "--quiet"], { stdio: "inherit" });
};
