// The sweat-rate formula, pure so the test form can show it as the runner types and the plan
// loader, the data layer and the validation all use the one definition.

export interface SweatRateTestValues {
  massBeforeKg: number;
  massAfterKg: number;
  fluidMl: number;
  urineMl: number;
  durationSec: number;
}

/** A stored test as pages show it: its day, values, temperature and computed rate. */
export interface SweatRateTestView extends SweatRateTestValues {
  id: string;
  date: string;
  temperatureC: number | null;
  /** (mass before − mass after + fluid − urine) ÷ hours (ACSM 2007). */
  sweatRateLPerH: number;
}

/** Litres of sweat lost: mass before − mass after + fluid drunk − urine (1 kg ≈ 1 L). May be negative. */
export function sweatLossLitres(test: Omit<SweatRateTestValues, "durationSec">): number {
  return test.massBeforeKg - test.massAfterKg + test.fluidMl / 1000 - test.urineMl / 1000;
}

/** ACSM 2007: (mass before − mass after + fluid drunk − urine) ÷ hours, in L/h, unrounded (may be negative). */
export function rawSweatRateLPerH(test: SweatRateTestValues): number {
  return sweatLossLitres(test) / (test.durationSec / 3600);
}

/** ACSM 2007: (mass before − mass after + fluid drunk − urine) ÷ hours, in L/h, to 0.01 and never below 0. */
export function sweatRateLPerH(test: SweatRateTestValues): number {
  return Math.max(0, Math.round(rawSweatRateLPerH(test) * 100) / 100);
}
