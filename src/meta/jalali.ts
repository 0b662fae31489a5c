/**
 * Solar Hijri (Jalali) to Gregorian, by the arithmetic of the 33-year cycle
 * used by Iranian sites (valid for 1178–1633 SH, far beyond any news date).
 */

/** Break years of the Jalali leap cycle (Borkowski's table). */
const BREAKS = [
  -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394,
  2456, 3178,
];

/** Division rounding toward zero, as the algorithm expects. */
function div(a: number, b: number): number {
  return Math.trunc(a / b);
}

/** The Gregorian year and the March day on which Farvardin 1 falls. */
function farvardinFirst(jy: number): { gy: number; march: number } {
  const gy = jy + 621;
  let leapJ = -14;
  let jp = BREAKS[0]!;
  let jump = 0;
  for (let i = 1; i < BREAKS.length; i += 1) {
    const jm = BREAKS[i]!;
    jump = jm - jp;
    if (jy < jm) break;
    leapJ += div(jump, 33) * 8 + div(jump % 33, 4);
    jp = jm;
  }
  let n = jy - jp;
  leapJ += div(n, 33) * 8 + div((n % 33) + 3, 4);
  if (jump % 33 === 4 && jump - n === 4) leapJ += 1;
  const leapG = div(gy, 4) - div((div(gy, 100) + 1) * 3, 4) - 150;
  n = 0;
  return { gy, march: 20 + leapJ - leapG + n };
}

/** Converts a Jalali date to a Gregorian [year, month, day]. */
export function jalaliToGregorian(jy: number, jm: number, jd: number): [number, number, number] {
  const { gy, march } = farvardinFirst(jy);
  const dayOfYear = (jm <= 7 ? (jm - 1) * 31 : 6 * 31 + (jm - 7) * 30) + jd - 1;
  const date = new Date(Date.UTC(gy, 2, march + dayOfYear));
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}
