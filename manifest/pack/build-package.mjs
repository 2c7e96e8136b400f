// node manifest/pack/build-package.mjs [--env-file FILE] [--out DIR]
// Writes <out>/teams-cadence-bot-<version>.zip and <out>/manifest.json; exit code 1 says why not.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  iconErrors,
  manifestDir,
  readEnvFile,
  renderManifest,
  resolveSettings,
  validateManifest,
  zip,
} from "./app-package.mjs";

const fail = (messages) => {
  for (const message of messages) console.error(`package-app: ${message}`);
  process.exit(1);
};

const { values: args } = parseArgs({
  options: { "env-file": { type: "string" }, out: { type: "string" } },
});

const defaultEnvFile = join(manifestDir, "app.env");
const envFile = args["env-file"] ?? (existsSync(defaultEnvFile) ? defaultEnvFile : undefined);
if (envFile && !existsSync(envFile)) fail([`settings file ${envFile} does not exist`]);
const fileValues = envFile ? readEnvFile(envFile) : {};

const { values, errors } = resolveSettings(fileValues, process.env);
if (errors.length > 0) {
  const where = envFile ? `${envFile} or the environment` : "the environment or manifest/app.env";
  fail([...errors, `set them in ${where} (see manifest/app.env.example)`]);
}

const manifest = renderManifest(readFileSync(join(manifestDir, "manifest.template.json"), "utf8"), values);
const schemaErrors = await validateManifest(manifest);
if (schemaErrors.length > 0) {
  fail(["the manifest does not match its schema:", ...schemaErrors.map((error) => `  ${error}`)]);
}

const missingIcons = iconErrors(manifestDir);
if (missingIcons.length > 0) fail(missingIcons);

const outDir = resolve(args.out ?? join(manifestDir, "build"));
mkdirSync(outDir, { recursive: true });
const manifestText = JSON.stringify(manifest, null, 2) + "\n";
const entries = [
  { name: "manifest.json", data: Buffer.from(manifestText, "utf8") },
  { name: "color.png", data: readFileSync(join(manifestDir, "color.png")) },
  { name: "outline.png", data: readFileSync(join(manifestDir, "outline.png")) },
];
const zipPath = join(outDir, `teams-cadence-bot-${values.APP_VERSION}.zip`);
writeFileSync(join(outDir, "manifest.json"), manifestText);
writeFileSync(zipPath, zip(entries));
console.log(zipPath);
