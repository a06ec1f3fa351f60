/**
 * Numbers and dates as official Vietnamese documents write them: a point between thousands
 * ("2.345"), a comma before decimals ("47,2%"), two-digit small counts ("01"), dd/mm/yyyy.
 */

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** A count: 2345 → "2.345"; counts under 10 take a leading zero as in the notices ("01"). */
export function formatCount(value: number, options: { padSmall?: boolean } = {}): string {
  const sign = value < 0 ? "-" : "";
  const whole = Math.round(Math.abs(value));
  const digits = options.padSmall !== false && whole < 10 ? `0${whole}` : String(whole);
  return sign + groupThousands(digits);
}

/** A decimal number with a comma: 47.25 → "47,25"; trailing zeros of the fraction dropped. */
export function formatDecimal(value: number, maxFractionDigits: number): string {
  const fixed = Math.abs(value).toFixed(maxFractionDigits);
  const [whole = "0", fraction = ""] = fixed.split(".");
  const trimmed = fraction.replace(/0+$/, "");
  const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
  return sign + groupThousands(whole) + (trimmed ? `,${trimmed}` : "");
}

/** A percentage given in percent units: 47.2 → "47,2%", 100 → "100%". */
export function formatPercent(percent: number, maxFractionDigits = 1): string {
  return `${formatDecimal(percent, maxFractionDigits)}%`;
}

/** A ratio given as a fraction: 0.472 → "47,2%". */
export function formatRatioAsPercent(ratio: number, maxFractionDigits = 1): string {
  return formatPercent(ratio * 100, maxFractionDigits);
}

/** ISO "2025-12-15" → "15/12/2025"; anything else is returned unchanged. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}
