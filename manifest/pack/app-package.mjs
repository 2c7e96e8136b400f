// Builds the Teams app package: fills the manifest template from settings, validates it offline
// against the schema bundled in @microsoft/app-manifest, checks the icons and writes the zip.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync } from "node:zlib";

export const manifestDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const repoRoot = resolve(manifestDir, "..");

/** The values the template needs, what each one is, and a default where one is sensible. */
export const settings = [
  { name: "TEAMS_APP_ID", about: "the Teams app's own id: a GUID made once per app (uuidgen)" },
  { name: "BOT_ID", about: "the bot's Microsoft App ID: the Entra app (client) id or managed identity client id" },
  { name: "BOT_DOMAIN", about: "host name of the bot service, such as cadence.contoso.com (no https://)" },
  { name: "APP_BASE_URL", about: "https address of the pages for developer, privacy (/privacy) and terms (/terms)" },
  { name: "APP_VERSION", about: "version of the package (x.y.z); raise it on every upload" },
  { name: "APP_NAME_SHORT", about: "name shown in Teams (30 characters at most)", fallback: "Sales Cadence" },
  {
    name: "APP_NAME_FULL",
    about: "full name (100 characters at most)",
    fallback: "Sales Cadence: 1:1s, pipeline reviews and forecast calls",
  },
];

export const icons = [
  { file: "color.png", size: 192 },
  { file: "outline.png", size: 32 },
];

/** Reads KEY=VALUE lines; # starts a comment; one pair of surrounding quotes is removed. */
export function readEnvFile(path) {
  const values = {};
  for (const [index, rawLine] of readFileSync(path, "utf8").split(/\r?\n/).entries()) {
    const line = rawLine.trim();
    if (line === "" || line.startsWith("#")) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) throw new Error(`${path}:${index + 1}: expected KEY=VALUE`);
    values[match[1]] = match[2].replace(/^(["'])(.*)\1$/, "$2");
  }
  return values;
}

/** Settings from the file, overridden by the environment, with defaults; errors name what is missing. */
export function resolveSettings(fileValues, environment) {
  const values = {};
  const errors = [];
  for (const setting of settings) {
    const value = (environment[setting.name] ?? fileValues[setting.name] ?? setting.fallback ?? "").trim();
    if (value === "") {
      errors.push(`${setting.name} is not set: ${setting.about}`);
    }
    values[setting.name] = value;
  }

  if (values.BOT_DOMAIN && !/^[A-Za-z0-9.-]+(:\d+)?$/.test(values.BOT_DOMAIN)) {
    errors.push(`BOT_DOMAIN must be a bare host name, not "${values.BOT_DOMAIN}"`);
  }
  if (values.APP_BASE_URL && !/^https:\/\/[^\s/]+(\/\S*)?$/.test(values.APP_BASE_URL)) {
    errors.push(`APP_BASE_URL must be an https:// address, not "${values.APP_BASE_URL}"`);
  }
  values.APP_BASE_URL = values.APP_BASE_URL.replace(/\/+$/, "");
  if (values.APP_VERSION && !/^\d+\.\d+\.\d+$/.test(values.APP_VERSION)) {
    errors.push(`APP_VERSION must look like 1.2.3, not "${values.APP_VERSION}"`);
  }
  return { values, errors };
}

/** Replaces each ${{NAME}} placeholder with its JSON-escaped value; every placeholder must have one. */
export function renderManifest(templateText, values) {
  const unknown = new Set();
  const text = templateText.replace(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (placeholder, name) => {
    if (!(name in values)) {
      unknown.add(name);
      return placeholder;
    }
    return JSON.stringify(values[name]).slice(1, -1);
  });
  if (unknown.size > 0) {
    throw new Error(`the template uses placeholders with no setting: ${[...unknown].join(", ")}`);
  }
  return JSON.parse(text);
}

const appManifestRequire = () => createRequire(join(repoRoot, "tools", "package.json"));

/**
 * The schema file inside @microsoft/app-manifest for the manifest's $schema. Only a bundled schema
 * is accepted, so validation never reaches the network and gives the same answer everywhere.
 */
export function bundledSchemaPath(schemaUrl) {
  const match = /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/(v[0-9.]+|vDevPreview)\/MicrosoftTeams\.schema\.json$/
    .exec(schemaUrl ?? "");
  if (!match) throw new Error(`$schema is not a Teams manifest schema address: ${schemaUrl}`);
  const packageJson = appManifestRequire().resolve("@microsoft/app-manifest/package.json");
  const path = join(dirname(packageJson), "build", "json-schemas", "teams", match[1], "MicrosoftTeams.schema.json");
  if (!existsSync(path)) throw new Error(`@microsoft/app-manifest does not bundle the ${match[1]} schema`);
  return path;
}

/** Schema errors of the manifest, empty when it is valid. */
export async function validateManifest(manifest) {
  const { AppManifestUtils } = appManifestRequire()("@microsoft/app-manifest");
  const schema = JSON.parse(readFileSync(bundledSchemaPath(manifest.$schema), "utf8").replace(/^\uFEFF/, ""));
  return AppManifestUtils.validateAgainstSchema(manifest, schema);
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes) {
  const signature = "89504e470d0a1a0a";
  if (bytes.subarray(0, 8).toString("hex") !== signature || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error("not a PNG file");
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export function iconErrors(directory) {
  const errors = [];
  for (const icon of icons) {
    const path = join(directory, icon.file);
    if (!existsSync(path)) {
      errors.push(`${icon.file} is missing`);
      continue;
    }
    const { width, height } = pngSize(readFileSync(path));
    if (width !== icon.size || height !== icon.size) {
      errors.push(`${icon.file} is ${width}x${height}; Teams needs ${icon.size}x${icon.size}`);
    }
  }
  return errors;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/**
 * A zip of the given entries, deflated, with a fixed timestamp so that the same inputs give the
 * same bytes. Written here because a fresh machine may have no zip program.
 */
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  const dosDate = (1 << 5) | 1; // 1980-01-01, the zip epoch
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const compressed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);

    locals.push(local, nameBytes, compressed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }

  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
