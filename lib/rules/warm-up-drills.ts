/**
 * Dynamic drills for before a run. A dynamic warm-up prepares the legs for running; long static
 * holds belong after the run (Blazevich 2018).
 */
import type { StretchFigure } from "./stretches";
import type { Region } from "./types";

export interface WarmUpDrill {
  id: string;
  name: string;
  kind: "dynamic";
  regions: Region[];
  /** Repetitions per set (per leg when perSide), or undefined for a distance drill. */
  repetitions?: number;
  /** Distance per set in metres, for drills done on the move. */
  distanceM?: number;
  rounds: number;
  perSide: boolean;
  when: "before-running";
  figure: StretchFigure;
  steps: string[];
  feel: string;
  avoid: string;
}

export const WARM_UP_DRILLS: readonly WarmUpDrill[] = [
  {
    id: "leg-swings-front-back",
    name: "Leg swings, front to back",
    kind: "dynamic",
    regions: ["hamstrings", "hips", "quadriceps"],
    repetitions: 10,
    rounds: 1,
    perSide: true,
    when: "before-running",
    figure: "leg-swing",
    steps: [
      "Stand side-on to a wall and hold it with one hand.",
      "Swing the outside leg forward and back like a pendulum.",
      "Start small and let the swing grow a little each time.",
      "Keep your upper body tall, then swap legs.",
    ],
    feel: "The hip loosening and the hamstring warming up.",
    avoid: "Kicking hard at the top of the swing.",
  },
  {
    id: "leg-swings-side",
    name: "Leg swings, side to side",
    kind: "dynamic",
    regions: ["hips", "glutes", "it-band"],
    repetitions: 10,
    rounds: 1,
    perSide: true,
    when: "before-running",
    figure: "leg-swing-side",
    steps: [
      "Face a wall and rest both hands on it.",
      "Swing one leg across your body and out to the side.",
      "Keep your hips facing the wall.",
      "Swap legs.",
    ],
    feel: "Movement opening up at the sides of the hips.",
    avoid: "Twisting your whole body with the swing.",
  },
  {
    id: "walking-lunges",
    name: "Walking lunges",
    kind: "dynamic",
    regions: ["quadriceps", "glutes", "hips"],
    repetitions: 8,
    rounds: 1,
    perSide: true,
    when: "before-running",
    figure: "walking-lunge",
    steps: [
      "Step forward into a lunge, back knee lowering toward the floor.",
      "Keep your chest up and the front knee over the foot.",
      "Push off and step straight into the next lunge.",
      "Keep it smooth and controlled.",
    ],
    feel: "Thighs and buttocks warming, hips opening.",
    avoid: "Letting the front knee fall inward or banging the back knee down.",
  },
  {
    id: "high-knees",
    name: "High knees",
    kind: "dynamic",
    regions: ["hips", "quadriceps", "calves"],
    distanceM: 20,
    rounds: 2,
    perSide: false,
    when: "before-running",
    figure: "high-knees",
    steps: [
      "Jog forward lifting each knee to about hip height.",
      "Land lightly on the balls of your feet.",
      "Swing your arms as you would when running.",
      "Walk back and repeat.",
    ],
    feel: "Quick, light steps and a warm hip flexor.",
    avoid: "Leaning back or stamping the feet.",
  },
  {
    id: "butt-kicks",
    name: "Butt kicks",
    kind: "dynamic",
    regions: ["hamstrings", "quadriceps"],
    distanceM: 20,
    rounds: 2,
    perSide: false,
    when: "before-running",
    figure: "butt-kicks",
    steps: [
      "Jog forward, bringing each heel up toward your buttock.",
      "Keep your knees pointing down.",
      "Stay light and quick on your feet.",
      "Walk back and repeat.",
    ],
    feel: "The fronts of the thighs loosening, hamstrings working.",
    avoid: "Bending forward at the waist.",
  },
  {
    id: "a-skips",
    name: "A-skips",
    kind: "dynamic",
    regions: ["calves", "hips", "feet"],
    distanceM: 20,
    rounds: 2,
    perSide: false,
    when: "before-running",
    figure: "running-drill",
    steps: [
      "Skip forward, driving one knee up as the other foot pushes off.",
      "Bring the lifted foot down under your hips.",
      "Use a quick, springy rhythm with opposite arm and leg.",
      "Walk back and repeat.",
    ],
    feel: "Springy calves and ankles, a running rhythm.",
    avoid: "Reaching the foot out in front of you.",
  },
];
