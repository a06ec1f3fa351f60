// How a scan of a page goes wrong, chosen per fixture from its name, so that a rerun makes the same fixture.
import { createHash } from "node:crypto";

/** Numbers in [0, 1) drawn in turn from the SHA-512 of a text (sixteen draws at most). */
function draws(text) {
  const digest = createHash("sha512").update(text).digest();
  let offset = 0;
  return () => {
    const value = digest.readUInt32BE(offset) / 2 ** 32;
    offset += 4;
    return value;
  };
}

const round = (value, decimals) => Number(value.toFixed(decimals));

/**
 * The settings of one degraded scan, drawn from the fixture's id:
 * - dpi: scan resolution (150–300);
 * - skew: page rotation in degrees (0.5–2, either way);
 * - blur: Gaussian blur sigma in pixels (0.2–0.9);
 * - noise: ImageMagick's Gaussian noise attenuation (0.3–1.0);
 * - contrast: the levels black and white are mapped to, in % (black 10–35, white 70–92): a faded, greyish copy;
 * - jpegQuality: 40–70;
 * - seed: for ImageMagick's noise.
 */
export function degradationOf(fixtureId) {
  const next = draws(fixtureId);
  const between = (low, high) => low + (high - low) * next();
  const dpi = Math.round(between(150, 300));
  const skew = round(between(0.5, 2) * (next() < 0.5 ? -1 : 1), 2);
  const blur = round(between(0.2, 0.9), 2);
  const noise = round(between(0.3, 1), 2);
  const contrast = { black: Math.round(between(10, 35)), white: Math.round(between(70, 92)) };
  const jpegQuality = Math.round(between(40, 70));
  const seed = Math.floor(next() * 2 ** 31);
  return { dpi, skew, blur, noise, contrast, jpegQuality, seed };
}

/** ImageMagick `convert` arguments that degrade a page image (between the input and output file names). */
export function magickArguments({ skew, blur, noise, contrast, jpegQuality, seed }) {
  return [
    ["-background", "white", "-rotate", String(skew)],
    ["-blur", `0x${blur}`],
    ["+level", `${contrast.black}%,${contrast.white}%`],
    ["-seed", String(seed), "-attenuate", String(noise), "+noise", "Gaussian"],
    ["-quality", String(jpegQuality)],
  ].flat();
}
