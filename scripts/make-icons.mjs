// `node scripts/make-icons.mjs`: draws the add-in's icons and writes them to assets/ as PNG files.
// The shapes are described in unit coordinates and sampled 4×4 per pixel, so every size is drawn
// from the same description and stays sharp; the PNGs are committed, this script remakes them.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

const assets = new URL("../assets/", import.meta.url).pathname;
const GREEN = [16, 124, 65];
const WHITE = [255, 255, 255];
const SUBSAMPLES = 4;

/** The icons Office asks for: the add-in (store, ribbon group, task pane title) and the recalculation button. */
export const ICONS = [
  ...[16, 32, 64, 80, 128].map((size) => ({ file: `icon-${size}.png`, size, layers: addInLayers })),
  ...[16, 32, 80].map((size) => ({ file: `recalc-${size}.png`, size, layers: recalcLayers })),
];

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function insideRoundedSquare(x, y, margin, radius) {
  const cx = Math.max(margin + radius, Math.min(1 - margin - radius, x));
  const cy = Math.max(margin + radius, Math.min(1 - margin - radius, y));
  return x >= margin && x <= 1 - margin && y >= margin && y <= 1 - margin && Math.hypot(x - cx, y - cy) <= radius;
}

function onPolyline(x, y, points, halfWidth) {
  for (let i = 1; i < points.length; i++) {
    if (distanceToSegment(x, y, points[i - 1], points[i]) <= halfWidth) return true;
  }
  return false;
}

function insideTriangle(x, y, [a, b, c]) {
  const side = (p, q) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const s1 = side(a, b);
  const s2 = side(b, c);
  const s3 = side(c, a);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

/** A green tile with a white sheet grid and a check mark: "a checked table". */
function addInLayers() {
  const grid = [
    [
      [0.24, 0.3],
      [0.76, 0.3],
    ],
    [
      [0.24, 0.46],
      [0.5, 0.46],
    ],
    [
      [0.24, 0.62],
      [0.42, 0.62],
    ],
  ];
  const check = [
    [0.5, 0.64],
    [0.6, 0.74],
    [0.8, 0.48],
  ];
  return [
    { color: GREEN, covers: (x, y) => insideRoundedSquare(x, y, 0.04, 0.18) },
    { color: WHITE, covers: (x, y) => grid.some((line) => onPolyline(x, y, line, 0.045)) },
    { color: WHITE, covers: (x, y) => onPolyline(x, y, check, 0.06) },
  ];
}

/** A circular arrow, drawn in the add-in's green on a transparent ground. */
function recalcLayers() {
  const [cx, cy, radius, halfWidth] = [0.5, 0.5, 0.3, 0.075];
  const gapStart = -Math.PI / 2 + 0.25;
  const gapEnd = -Math.PI / 2 + 1.05;
  const endAngle = gapStart;
  const tip = [cx + radius * Math.cos(endAngle), cy + radius * Math.sin(endAngle)];
  const head = [
    [tip[0] - 0.17, tip[1]],
    [tip[0] + 0.02, tip[1] - 0.16],
    [tip[0] + 0.02, tip[1] + 0.16],
  ];
  const onArc = (x, y) => {
    const angle = Math.atan2(y - cy, x - cx);
    const inGap = angle > gapStart && angle < gapEnd;
    return !inGap && Math.abs(Math.hypot(x - cx, y - cy) - radius) <= halfWidth;
  };
  return [
    { color: GREEN, covers: onArc },
    { color: GREEN, covers: (x, y) => insideTriangle(x, y, head) },
  ];
}

/** RGBA pixels of one icon: each layer is painted over the ones before it with its sampled coverage. */
export function render(size, layers) {
  const pixels = new Uint8Array(size * size * 4);
  const shapes = layers();
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const { color, covers } of shapes) {
        let hits = 0;
        for (let sy = 0; sy < SUBSAMPLES; sy++) {
          for (let sx = 0; sx < SUBSAMPLES; sx++) {
            if (covers((px + (sx + 0.5) / SUBSAMPLES) / size, (py + (sy + 0.5) / SUBSAMPLES) / size)) hits++;
          }
        }
        const alpha = hits / (SUBSAMPLES * SUBSAMPLES);
        const outA = alpha + a * (1 - alpha);
        if (outA > 0) {
          r = (color[0] * alpha + r * a * (1 - alpha)) / outA;
          g = (color[1] * alpha + g * a * (1 - alpha)) / outA;
          b = (color[2] * alpha + b * a * (1 - alpha)) / outA;
        }
        a = outA;
      }
      pixels.set([Math.round(r), Math.round(g), Math.round(b), Math.round(a * 255)], (py * size + px) * 4);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file (8-bit RGBA, no filtering) from RGBA pixels. */
export function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows.set(pixels.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  mkdirSync(assets, { recursive: true });
  for (const { file, size, layers } of ICONS) {
    writeFileSync(join(assets, file), encodePng(size, render(size, layers)));
    console.log(`assets/${file} (${size}×${size})`);
  }
}
