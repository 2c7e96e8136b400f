// Draws the app's two icons from vector shapes and writes them as PNG files beside the manifest.
// Usage: node manifest/icons-src/draw-icons.mjs [output-dir]
// The motif: a calendar page (the meeting cadence) crossed by a rising line whose dots are the
// meetings, so the icon says "regular meetings that move the numbers up".
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(process.argv[2] ?? join(here, ".."));

// Every pixel is sampled on a SUPERSAMPLE x SUPERSAMPLE grid: edges get smooth coverage without a
// graphics library, and the output is byte-for-byte the same on every machine.
const SUPERSAMPLE = 8;

const hex = (value, alpha = 255) => [
  parseInt(value.slice(1, 3), 16),
  parseInt(value.slice(3, 5), 16),
  parseInt(value.slice(5, 7), 16),
  alpha,
];
const WHITE = hex("#FFFFFF");
const CLEAR = [0, 0, 0, 0];

// Brand palette; the manifest's accentColor is BRAND.
const BRAND = hex("#2E4FB8");
const BRAND_DARK = hex("#1B2F73");
const PAPER = hex("#FFFFFF");
const HEADER = hex("#FF6A55");
const DAY = hex("#DCE3F5");
const TREND = hex("#F5A524");

// Shapes are inside-tests on continuous coordinates, in pixels of the target image.
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;

const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

const distanceToSegment = (x, y, [ax, ay], [bx, by]) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
};

// A polyline stroked with round joins and caps.
const polyline = (points, width) => (x, y) => {
  for (let i = 1; i < points.length; i++) {
    if (distanceToSegment(x, y, points[i - 1], points[i]) <= width / 2) return true;
  }
  return false;
};

const triangle = ([ax, ay], [bx, by], [cx, cy]) => (x, y) => {
  const side = (px, py, qx, qy) => (qx - px) * (y - py) - (qy - py) * (x - px);
  const d1 = side(ax, ay, bx, by);
  const d2 = side(bx, by, cx, cy);
  const d3 = side(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};

// An arrow head whose tip sits at `tip`, pointing along the segment from `from`.
const arrowHead = (from, tip, length, halfWidth) => {
  const [fx, fy] = from;
  const [tx, ty] = tip;
  const norm = Math.hypot(tx - fx, ty - fy);
  const ux = (tx - fx) / norm;
  const uy = (ty - fy) / norm;
  const bx = tx - ux * length;
  const by = ty - uy * length;
  return triangle(tip, [bx - uy * halfWidth, by + ux * halfWidth], [bx + uy * halfWidth, by - ux * halfWidth]);
};

// Paints layers in order (later layers cover earlier ones); CLEAR erases to transparency.
function render(size, layers) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = px + (sx + 0.5) / SUPERSAMPLE;
          const y = py + (sy + 0.5) / SUPERSAMPLE;
          let colour = CLEAR;
          for (const layer of layers) {
            if (layer.shape(x, y)) colour = layer.colour;
          }
          // Premultiplied sums, so a half-covered edge keeps its true colour.
          r += colour[0] * colour[3];
          g += colour[1] * colour[3];
          b += colour[2] * colour[3];
          a += colour[3];
        }
      }
      const offset = (py * size + px) * 4;
      pixels[offset] = a === 0 ? 0 : Math.round(r / a);
      pixels[offset + 1] = a === 0 ? 0 : Math.round(g / a);
      pixels[offset + 2] = a === 0 ? 0 : Math.round(b / a);
      pixels[offset + 3] = Math.round(a / samples);
    }
  }
  return pixels;
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

const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

// 8-bit RGBA, no interlace, filter type 0 on every row.
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function colourIcon() {
  // The page sits in the middle 112 px so that Teams' rounded crops never cut it.
  const trend = [[58, 134], [82, 112], [102, 122], [134, 86]];
  const tip = [150, 68];
  return [
    { shape: () => true, colour: BRAND },
    { shape: roundedRect(40, 50, 152, 152, 14), colour: PAPER },
    { shape: (x, y) => roundedRect(40, 50, 152, 152, 14)(x, y) && y <= 78, colour: HEADER },
    { shape: roundedRect(62, 38, 74, 64, 6), colour: BRAND_DARK },
    { shape: roundedRect(118, 38, 130, 64, 6), colour: BRAND_DARK },
    ...[0, 1, 2].flatMap((row) =>
      [0, 1, 2, 3].map((col) => ({
        shape: roundedRect(54 + col * 22, 90 + row * 18, 68 + col * 22, 101 + row * 18, 3),
        colour: DAY,
      })),
    ),
    { shape: polyline([...trend, [143, 76]], 12), colour: BRAND },
    { shape: polyline([...trend, [143, 76]], 7), colour: TREND },
    { shape: arrowHead(trend[3], tip, 26, 15), colour: BRAND },
    { shape: arrowHead(trend[3], [tip[0] - 3, tip[1] + 3], 19, 10), colour: TREND },
    ...trend.slice(0, 3).flatMap(([x, y]) => [
      { shape: circle(x, y, 8), colour: BRAND },
      { shape: circle(x, y, 4.5), colour: PAPER },
    ]),
  ];
}

function outlineIcon() {
  // Strokes sit on whole pixels so the 32 px icon stays crisp; the page is cut back to
  // transparency so the shape reads on any Teams theme.
  const trend = [[8.5, 24.5], [13, 19.5], [17, 22.5], [22, 17]];
  return [
    { shape: roundedRect(3, 6, 29, 29, 3.5), colour: WHITE },
    { shape: roundedRect(5, 12, 27, 27, 1.5), colour: CLEAR },
    { shape: roundedRect(8, 2, 11, 9, 1.5), colour: WHITE },
    { shape: roundedRect(21, 2, 24, 9, 1.5), colour: WHITE },
    { shape: polyline(trend, 2.4), colour: WHITE },
    { shape: arrowHead([17, 22.5], [26, 13], 6.5, 3.8), colour: WHITE },
  ];
}

const icons = [
  { file: "color.png", size: 192, layers: colourIcon() },
  { file: "outline.png", size: 32, layers: outlineIcon() },
];

mkdirSync(outDir, { recursive: true });
for (const icon of icons) {
  const path = join(outDir, icon.file);
  writeFileSync(path, encodePng(icon.size, render(icon.size, icon.layers)));
  console.log(`wrote ${path} (${icon.size}x${icon.size})`);
}
