// node manifest/pack/validate-manifest.mjs FILE
// Validates a rendered manifest.json offline against the schema its $schema names; exit 1 lists the errors.
import { readFileSync } from "node:fs";
import { validateManifest } from "./app-package.mjs";

const file = process.argv[2];
if (!file) {
  console.error("usage: validate-manifest.mjs MANIFEST_JSON");
  process.exit(2);
}

try {
  const manifest = JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  const errors = await validateManifest(manifest);
  if (errors.length > 0) {
    for (const error of errors) console.error(`invalid: ${error}`);
    process.exit(1);
  }
  console.log(`valid: ${manifest.$schema}`);
} catch (error) {
  console.error(`invalid: ${error.message}`);
  process.exit(1);
}
