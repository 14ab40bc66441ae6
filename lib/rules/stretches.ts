/**
 * Named static stretches per region, for after running. Static holds of 30–60 s, 2–3 rounds,
 * may help range of motion and comfort (Blazevich 2018). They have not been shown to reduce
 * injuries; strength training has (Lauersen 2014). `figure` names the pose the UI draws: one of its own per stretch and drill.
 */
import type { Region } from "./types";

export const STRETCH_FIGURES = [
  "standing-wall-lean",
  "standing-quad-pull",
  "standing-cross-leg-reach",
  "standing-toe-drag",
  "lying-leg-raise",
  "lying-knee-hug",
  "lying-twist",
  "figure-four",
  "kneeling-lunge",
  "kneeling-shin",
  "seated-fold",
  "seated-foot",
  "child-pose",
  "foam-roller",
  "leg-swing",
  "walking-lunge",
  "running-drill",
  "standing-wall-lean-bent-knee",
  "seated-towel",
  "standing-ball-roll",
  "lying-knee-across",
  "leg-swing-side",
  "high-knees",
  "butt-kicks",
] as const;
export type StretchFigure = (typeof STRETCH_FIGURES)[number];

export interface StaticStretch {
  id: string;
  name: string;
  kind: "static";
  regions: Region[];
  holdSeconds: number;
  rounds: number;
  /** Done once per leg or side. */
  perSide: boolean;
  when: "after-running";
  figure: StretchFigure;
  /** 3–5 short imperative sentences. */
  steps: string[];
  feel: string;
  avoid: string;
}

export const STRETCHING_NOTE =
  "Stretching may help range of motion and comfort; it has not been shown to reduce injuries. " +
  "Strength training has: in a large review it came with about a third as many sports injuries (Lauersen 2014), " +
  "so two short strength sessions a week may help more than any stretch.";

export const STATIC_STRETCHES: readonly StaticStretch[] = [
  {
    id: "wall-calf-stretch",
    name: "Wall calf stretch (straight knee)",
    kind: "static",
    regions: ["calves", "achilles"],
    holdSeconds: 30,
    rounds: 3,
    perSide: true,
    when: "after-running",
    figure: "standing-wall-lean",
    steps: [
      "Stand facing a wall with both hands on it at shoulder height.",
      "Step one foot back and press that heel into the floor.",
      "Keep the back knee straight and lean your hips toward the wall.",
      "Hold, breathing slowly, then swap legs.",
    ],
    feel: "A steady pull in the upper calf of the back leg.",
    avoid: "Letting the back heel lift or the foot turn out; bouncing.",
  },
  {
    id: "bent-knee-calf-stretch",
    name: "Bent-knee calf stretch",
    kind: "static",
    regions: ["calves", "achilles"],
    holdSeconds: 30,
    rounds: 2,
    perSide: true,
    when: "after-running",
    figure: "standing-wall-lean-bent-knee",
    steps: [
      "Stand facing a wall, hands on it, one foot a short step behind the other.",
      "Bend both knees and sink down, keeping the back heel on the floor.",
      "Stop when you feel the stretch low in the calf, and hold.",
      "Swap legs.",
    ],
    feel: "A gentle stretch low in the calf, just above the Achilles.",
    avoid: "Pushing into pain at the Achilles; if the tendon itself hurts, ease off.",
  },
  {
    id: "seated-towel-calf-stretch",
    name: "Seated towel calf stretch",
    kind: "static",
    regions: ["achilles", "calves", "feet"],
    holdSeconds: 30,
    rounds: 2,
    perSide: true,
    when: "after-running",
    figure: "seated-towel",
    steps: [
      "Sit on the floor with one leg straight in front of you.",
      "Loop a towel around the ball of that foot and hold both ends.",
      "Sit tall and gently pull the toes toward you.",
      "Hold, then swap legs.",
    ],
    feel: "A mild stretch along the back of the lower leg.",
    avoid: "Yanking the towel or rounding your back to reach further.",
  },
  {
    id: "kneeling-shin-stretch",
    name: "Kneeling shin stretch",
    kind: "static",
    regions: ["shins"],
    holdSeconds: 30,
    rounds: 2,
    perSide: false,
    when: "after-running",
    figure: "kneeling-shin",
    steps: [
      "Kneel on a soft surface with the tops of your feet flat on the floor.",
      "Sit back slowly toward your heels.",
      "Put your hands beside you to take some weight if needed.",
      "Hold, then come up slowly.",
    ],
    feel: "A stretch along the front of the shins and the tops of the feet.",
    avoid: "Sitting back hard if your knees complain; use a cushion or skip it.",
  },
  {
    id: "standing-toe-drag",
    name: "Standing shin stretch (toe drag)",
    kind: "static",
    regions: ["shins"],
    holdSeconds: 30,
    rounds: 2,
    perSide: true,
    when: "after-running",
    figure: "standing-toe-drag",
    steps: [
      "Stand tall and hold a wall or chair for balance.",
      "Place the top of one foot's toes on the floor just behind you.",
      "Gently press the ankle forward until the front of the shin stretches.",
      "Hold, then swap feet.",
    ],
    feel: "A light pull down the front of the shin and over the ankle.",
    avoid: "Putting your full weight on the curled toes.",
  },
  {
    id: "seated-plantar-stretch",
    name: "Seated sole-of-foot stretch",
    kind: "static",
    regions: ["feet"],
    holdSeconds: 30,
    rounds: 3,
    perSide: true,
    when: "after-running",
    figure: "seated-foot",
    steps: [
      "Sit and cross one foot over the other knee.",
      "Hold the toes and pull them back toward the shin.",
      "Run your other thumb along the arch to check it feels firm.",
      "Hold, then swap feet.",
    ],
    feel: "A stretch along the sole, from heel to toes.",
    avoid: "Pulling so hard that the heel hurts.",
  },
  {
    id: "foot-ball-roll",
    name: "Foot roll with a ball",
    kind: "static",
    regions: ["feet"],
    holdSeconds: 60,
    rounds: 2,
    perSide: true,
    when: "after-running",
    figure: "standing-ball-roll",
    steps: [
      "Sit or stand with a tennis or massage ball under one foot.",
      "Roll slowly from heel to toes and back.",
      "Pause on tender spots for a few breaths.",
      "Swap feet.",
    ],
    feel: "Firm, comfortable pressure along the arch.",
    avoid: "Standing your full weight on a painful spot.",
  },
  {
    id: "lying-hamstring-stretch",
    name: "Lying hamstring stretch with a strap",
    kind: "static",
    regions: ["hamstrings", "knees"],
    holdSeconds: 30,
    rounds: 3,
    perSide: true,
    when: "after-running",
    figure: "lying-leg-raise",
    steps: [
      "Lie on your back with a strap or towel around one foot.",
      "Raise that leg, knee almost straight, until you feel a stretch.",
      "Keep the other leg flat on the floor.",
      "Hold, then lower slowly and swap legs.",
    ],
    feel: "A stretch through the back of the thigh, not behind the knee.",
    avoid: "Locking the knee hard or lifting your hips off the floor.",
  },
  {
    id: "seated-hamstring-fold",
    name: "Seated single-leg hamstring fold",
    kind: "static",
    regions: ["hamstrings"],
    holdSeconds: 30,
    rounds: 2,
    perSide: true,
    when: "after-running",
    figure: "seated-fold",
    steps: [
      "Sit with one leg straight and the other foot against its inner thigh.",
      "Sit tall, then hinge forward from the hips over the straight leg.",
      "Rest your hands on the shin where they reach.",
      "Hold, then swap legs.",
    ],
    feel: "A stretch along the back of the straight leg.",
    avoid: "Rounding your back to reach your toes.",
  },
  {
    id: "standing-quad-stretch",
    name: "Standing quad stretch",
    kind: "static",
    regions: ["quadriceps", "knees"],
    holdSeconds: 30,
    rounds: 3,
    perSide: true,
    when: "after-running",
    figure: "standing-quad-pull",
    steps: [
      "Stand tall and hold a wall or chair with one hand.",
      "Bend one knee and hold that ankle behind you.",
      "Keep the knees together and tuck your hips under a little.",
      "Hold, then swap legs.",
    ],
    feel: "A stretch down the front of the thigh.",
    avoid: "Arching your lower back or pulling the heel hard into the buttock.",
  },
  {
    id: "kneeling-hip-flexor-stretch",
    name: "Kneeling hip-flexor stretch",
    kind: "static",
    regions: ["hips", "quadriceps"],
    holdSeconds: 30,
    rounds: 3,
    perSide: true,
    when: "after-running",
    figure: "kneeling-lunge",
    steps: [
      "Kneel on one knee with the other foot flat in front, both knees bent at about 90°.",
      "Tuck your hips under and squeeze the buttock of the kneeling leg.",
      "Shift your weight gently forward.",
      "Hold, then swap sides.",
    ],
    feel: "A stretch at the front of the hip of the kneeling leg.",
    avoid: "Leaning back or letting the front knee drift past the toes.",
  },
  {
    id: "standing-it-band-reach",
    name: "Standing cross-leg side reach",
    kind: "static",
    regions: ["it-band", "hips"],
    holdSeconds: 30,
    rounds: 2,
    perSide: true,
    when: "after-running",
    figure: "standing-cross-leg-reach",
    steps: [
      "Stand beside a wall and cross the leg nearest the wall behind the other.",
      "Push that hip gently toward the wall.",
      "Reach the opposite arm up and over your head.",
      "Hold, then turn round and swap sides.",
    ],
    feel: "A stretch along the outside of the hip and thigh.",
    avoid: "Twisting forward; keep your chest facing straight ahead.",
  },
  {
    id: "figure-four-stretch",
    name: "Lying figure-four glute stretch",
    kind: "static",
    regions: ["glutes", "hips", "it-band"],
    holdSeconds: 30,
    rounds: 3,
    perSide: true,
    when: "after-running",
    figure: "figure-four",
    steps: [
      "Lie on your back with both knees bent.",
      "Rest one ankle across the other knee.",
      "Hold behind the lower thigh and draw it toward your chest.",
      "Hold, then swap legs.",
    ],
    feel: "A deep stretch in the buttock of the crossed leg.",
    avoid: "Forcing the crossed knee down or lifting your head.",
  },
  {
    id: "knee-to-opposite-shoulder",
    name: "Knee to opposite shoulder",
    kind: "static",
    regions: ["glutes", "hips"],
    holdSeconds: 30,
    rounds: 2,
    perSide: true,
    when: "after-running",
    figure: "lying-knee-across",
    steps: [
      "Lie on your back with both legs straight.",
      "Bend one knee and hold it with both hands.",
      "Draw it across your body toward the opposite shoulder.",
      "Hold, then swap legs.",
    ],
    feel: "A stretch in the outer buttock and the back of the hip.",
    avoid: "Yanking the knee; stop if you feel a pinch at the front of the hip.",
  },
  {
    id: "double-knee-hug",
    name: "Double knee hug",
    kind: "static",
    regions: ["lower-back"],
    holdSeconds: 30,
    rounds: 2,
    perSide: false,
    when: "after-running",
    figure: "lying-knee-hug",
    steps: [
      "Lie on your back and bring both knees toward your chest.",
      "Hold behind the knees with your hands.",
      "Let your lower back relax into the floor.",
      "Hold, breathing slowly.",
    ],
    feel: "A gentle stretch across the lower back.",
    avoid: "Rocking hard or pulling your head up.",
  },
  {
    id: "childs-pose",
    name: "Child's pose",
    kind: "static",
    regions: ["lower-back"],
    holdSeconds: 45,
    rounds: 2,
    perSide: false,
    when: "after-running",
    figure: "child-pose",
    steps: [
      "Kneel, knees apart, big toes touching.",
      "Sit back toward your heels.",
      "Walk your hands forward and rest your forehead down.",
      "Hold and breathe into your lower back.",
    ],
    feel: "A long, easy stretch through the back and hips.",
    avoid: "Forcing your hips to your heels if your knees complain.",
  },
  {
    id: "lying-spinal-twist",
    name: "Lying spinal twist",
    kind: "static",
    regions: ["lower-back"],
    holdSeconds: 30,
    rounds: 2,
    perSide: true,
    when: "after-running",
    figure: "lying-twist",
    steps: [
      "Lie on your back with your arms out to the sides.",
      "Bend both knees and lower them together to one side.",
      "Keep both shoulders on the floor.",
      "Hold, then bring the knees up and lower them to the other side.",
    ],
    feel: "A gentle twist through the lower back and side of the hip.",
    avoid: "Dropping the knees fast or lifting a shoulder.",
  },
  {
    id: "thigh-foam-roll",
    name: "Foam roll the front and side of the thigh",
    kind: "static",
    regions: ["quadriceps", "knees", "it-band"],
    holdSeconds: 60,
    rounds: 2,
    perSide: true,
    when: "after-running",
    figure: "foam-roller",
    steps: [
      "Lie face down with a foam roller under the front of one thigh.",
      "Roll slowly from just above the knee to the hip.",
      "Turn a little onto the outside of the thigh and roll the side of the hip.",
      "Pause on tender spots for a few breaths, then swap legs.",
    ],
    feel: "Firm pressure that eases as you roll.",
    avoid: "Rolling over the kneecap or grinding on a spot that gets sharper.",
  },
];

/** Which stretches to show for a region, best first. */
export const STRETCHES_BY_REGION: Readonly<Record<Region, readonly string[]>> = {
  calves: ["wall-calf-stretch", "bent-knee-calf-stretch", "seated-towel-calf-stretch"],
  shins: ["kneeling-shin-stretch", "standing-toe-drag"],
  achilles: ["bent-knee-calf-stretch", "seated-towel-calf-stretch", "wall-calf-stretch"],
  feet: ["seated-plantar-stretch", "foot-ball-roll", "seated-towel-calf-stretch"],
  hamstrings: ["lying-hamstring-stretch", "seated-hamstring-fold"],
  quadriceps: ["standing-quad-stretch", "kneeling-hip-flexor-stretch", "thigh-foam-roll"],
  knees: ["standing-quad-stretch", "lying-hamstring-stretch", "thigh-foam-roll"],
  "it-band": ["standing-it-band-reach", "figure-four-stretch", "thigh-foam-roll"],
  hips: ["kneeling-hip-flexor-stretch", "figure-four-stretch", "standing-it-band-reach", "knee-to-opposite-shoulder"],
  glutes: ["figure-four-stretch", "knee-to-opposite-shoulder"],
  "lower-back": ["double-knee-hug", "childs-pose", "lying-spinal-twist"],
};

const STRETCHES_BY_ID = new Map(STATIC_STRETCHES.map((stretch) => [stretch.id, stretch]));

export function stretchById(id: string): StaticStretch | undefined {
  return STRETCHES_BY_ID.get(id);
}

/** The named stretches for a region, best first. */
export function stretchesForRegion(region: Region): StaticStretch[] {
  return STRETCHES_BY_REGION[region].map((id) => STRETCHES_BY_ID.get(id)).filter((s): s is StaticStretch => s !== undefined);
}
