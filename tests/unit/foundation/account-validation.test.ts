import { describe, expect, it } from "vitest";
import { PASSWORD_MAX_LENGTH, signInSchema, signUpSchema } from "@/lib/validation/account";
import { isTimeZone, settingsSchema } from "@/lib/validation/settings";

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("sign-up input", () => {
  it.each([
    ["eight characters", "hilly5km"],
    ["64 characters", "x".repeat(64)],
    [`${PASSWORD_MAX_LENGTH} characters`, "y".repeat(PASSWORD_MAX_LENGTH)],
    ["spaces and unicode", "läufer im regen 🌧"],
  ])("accepts a password of %s without composition rules", (_, password) => {
    expect(signUpSchema.safeParse({ email: "a@example.com", password }).success).toBe(true);
  });

  it("refuses a password shorter than 8 characters, saying so", () => {
    const r = signUpSchema.safeParse({ email: "a@example.com", password: "abc1234" });
    expect(errorsOf(r).password).toBe("Use at least 8 characters.");
  });

  it.each(["password", "Password1", "12345678", "qwertyuiop", "iloveyou"])("refuses the common password %s", (password) => {
    const r = signUpSchema.safeParse({ email: "a@example.com", password });
    expect(errorsOf(r).password).toMatch(/most common/);
  });

  it("normalises the email: trimmed and lower-cased", () => {
    const r = signUpSchema.safeParse({ email: "  Runner@Example.COM ", password: "long enough phrase" });
    expect(r.success && r.data.email).toBe("runner@example.com");
  });

  it("explains an invalid email", () => {
    expect(errorsOf(signUpSchema.safeParse({ email: "runner@", password: "long enough phrase" })).email).toMatch(/valid email/);
  });

  it("refuses unknown fields, so nobody can slip in an owner or an id", () => {
    expect(signUpSchema.safeParse({ email: "a@example.com", password: "long enough phrase", id: "x" }).success).toBe(false);
  });

  it("asks for a password at sign-in without judging its strength", () => {
    expect(signInSchema.safeParse({ email: "a@example.com", password: "short" }).success).toBe(true);
    expect(errorsOf(signInSchema.safeParse({ email: "a@example.com", password: "" })).password).toBe("Enter your password.");
  });
});

describe("settings input", () => {
  it("accepts real IANA zones and refuses made-up ones", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("America/Argentina/Buenos_Aires")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isTimeZone("../etc/passwd")).toBe(false);
  });

  it("reads the form's strings: empty body mass is no body mass, a number is kept", () => {
    expect(settingsSchema.parse({ units: "km", timeZone: "UTC", bodyMassKg: "" }).bodyMassKg).toBeUndefined();
    expect(settingsSchema.parse({ units: "mi", timeZone: "UTC", bodyMassKg: "72.5" }).bodyMassKg).toBe(72.5);
  });

  it("reads a decimal comma, and explains a body mass that is not a number in plain words", () => {
    expect(settingsSchema.parse({ units: "km", timeZone: "UTC", bodyMassKg: "70,5" }).bodyMassKg).toBe(70.5);
    for (const bodyMassKg of ["abc", "70kg", "--"]) {
      const e = errorsOf(settingsSchema.safeParse({ units: "km", timeZone: "UTC", bodyMassKg }));
      expect(e.bodyMassKg, bodyMassKg).toBe("Enter your body mass as a number.");
    }
  });

  it("keeps a maximum heart rate in bpm, blank is none, and refuses one no adult has", () => {
    expect(settingsSchema.parse({ units: "km", timeZone: "UTC", maxHeartRate: "" }).maxHeartRate).toBeUndefined();
    expect(settingsSchema.parse({ units: "km", timeZone: "UTC", maxHeartRate: "186" }).maxHeartRate).toBe(186);
    for (const maxHeartRate of ["60", "260", "185.5", "fast"]) {
      const e = errorsOf(settingsSchema.safeParse({ units: "km", timeZone: "UTC", maxHeartRate }));
      expect(e.maxHeartRate, maxHeartRate).toMatch(/maximum heart rate/i);
    }
  });

  it("explains each wrong field", () => {
    const r = settingsSchema.safeParse({ units: "furlongs", timeZone: "Nowhere/Land", bodyMassKg: "9000" });
    const e = errorsOf(r);
    expect(e.units).toBe("Choose kilometres or miles.");
    expect(e.timeZone).toMatch(/not a time zone we know/);
    expect(e.bodyMassKg).toBe("Body mass must be between 25 and 250 kg.");
  });
});
