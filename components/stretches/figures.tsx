import type { StretchFigure as FigureName } from "@/lib/rules";

type Point = readonly [number, number];
interface Limb {
  knee: Point;
  foot: Point;
}
interface Arm {
  elbow: Point;
  hand: Point;
}
type Prop =
  | { kind: "wall"; x: number }
  | { kind: "roller"; cx: number; cy: number; r: number }
  | { kind: "strap"; from: Point; to: Point }
  | { kind: "swing"; d: string }
  | { kind: "ball"; cx: number; cy: number; r: number };

/** A stick figure seen from the side: the near limbs solid, the far ones faded. */
interface Pose {
  head: Point;
  neck: Point;
  hip: Point;
  near: Limb;
  far: Limb;
  nearArm: Arm;
  farArm: Arm;
  props?: Prop[];
}

const STAND = { head: [100, 21], neck: [100, 34], hip: [100, 78] } as const;
const LYING = { head: [28, 127], neck: [44, 131], hip: [100, 133] } as const;

// Coordinates in a 200 × 150 box, floor at y = 141.
export const POSES: Readonly<Record<FigureName, Pose>> = {
  "standing-wall-lean": {
    head: [144, 30], neck: [135, 42], hip: [106, 82],
    near: { knee: [84, 111], foot: [62, 140] },
    far: { knee: [126, 110], foot: [128, 140] },
    nearArm: { elbow: [152, 54], hand: [168, 46] },
    farArm: { elbow: [150, 50], hand: [168, 40] },
    props: [{ kind: "wall", x: 171 }],
  },
  "standing-quad-pull": {
    ...STAND,
    near: { knee: [94, 112], foot: [80, 86] },
    far: { knee: [100, 109], foot: [100, 140] },
    nearArm: { elbow: [88, 60], hand: [80, 86] },
    farArm: { elbow: [124, 48], hand: [150, 52] },
    props: [{ kind: "wall", x: 153 }],
  },
  "standing-cross-leg-reach": {
    head: [104, 22], neck: [99, 35], hip: [82, 78],
    near: { knee: [92, 110], foot: [104, 140] },
    far: { knee: [84, 110], foot: [70, 140] },
    nearArm: { elbow: [110, 15], hand: [130, 8] },
    farArm: { elbow: [64, 50], hand: [45, 58] },
    props: [{ kind: "wall", x: 42 }],
  },
  "standing-toe-drag": {
    ...STAND,
    near: { knee: [95, 110], foot: [78, 137] },
    far: { knee: [100, 109], foot: [100, 140] },
    nearArm: { elbow: [96, 58], hand: [97, 82] },
    farArm: { elbow: [124, 50], hand: [148, 56] },
    props: [{ kind: "wall", x: 151 }],
  },
  "lying-leg-raise": {
    ...LYING,
    near: { knee: [110, 99], foot: [120, 64] },
    far: { knee: [132, 135], foot: [166, 136] },
    nearArm: { elbow: [66, 112], hand: [86, 98] },
    farArm: { elbow: [64, 116], hand: [84, 102] },
    props: [{ kind: "strap", from: [86, 98], to: [121, 61] }],
  },
  "lying-knee-hug": {
    ...LYING,
    near: { knee: [84, 97], foot: [110, 107] },
    far: { knee: [88, 100], foot: [114, 111] },
    nearArm: { elbow: [62, 110], hand: [82, 97] },
    farArm: { elbow: [64, 114], hand: [86, 100] },
  },
  "lying-twist": {
    ...LYING,
    near: { knee: [120, 116], foot: [142, 133] },
    far: { knee: [122, 121], foot: [146, 136] },
    nearArm: { elbow: [52, 116], hand: [62, 100] },
    farArm: { elbow: [36, 138], hand: [14, 138] },
  },
  "figure-four": {
    ...LYING,
    near: { knee: [100, 108], foot: [122, 103] },
    far: { knee: [122, 103], foot: [140, 139] },
    nearArm: { elbow: [70, 112], hand: [110, 114] },
    farArm: { elbow: [72, 116], hand: [112, 118] },
  },
  "kneeling-lunge": {
    head: [96, 37], neck: [96, 50], hip: [96, 94],
    near: { knee: [78, 137], foot: [48, 139] },
    far: { knee: [130, 100], foot: [132, 140] },
    nearArm: { elbow: [84, 72], hand: [94, 90] },
    farArm: { elbow: [108, 72], hand: [98, 90] },
  },
  "kneeling-shin": {
    head: [88, 66], neck: [87, 79], hip: [84, 124],
    near: { knee: [124, 136], foot: [78, 139] },
    far: { knee: [126, 137], foot: [80, 140] },
    nearArm: { elbow: [78, 104], hand: [70, 136] },
    farArm: { elbow: [96, 104], hand: [100, 136] },
  },
  "seated-fold": {
    head: [110, 90], neck: [98, 98], hip: [60, 132],
    near: { knee: [100, 135], foot: [140, 132] },
    far: { knee: [88, 118], foot: [86, 137] },
    nearArm: { elbow: [106, 112], hand: [124, 127] },
    farArm: { elbow: [108, 114], hand: [128, 129] },
  },
  "seated-foot": {
    head: [80, 74], neck: [77, 87], hip: [70, 132],
    near: { knee: [112, 116], foot: [98, 113] },
    far: { knee: [112, 133], foot: [88, 139] },
    nearArm: { elbow: [90, 104], hand: [100, 112] },
    farArm: { elbow: [92, 108], hand: [102, 116] },
  },
  "child-pose": {
    head: [146, 127], neck: [132, 119], hip: [90, 123],
    near: { knee: [118, 136], foot: [86, 139] },
    far: { knee: [120, 137], foot: [88, 140] },
    nearArm: { elbow: [160, 132], hand: [184, 136] },
    farArm: { elbow: [162, 134], hand: [186, 138] },
  },
  "foam-roller": {
    head: [36, 98], neck: [50, 105], hip: [94, 114],
    near: { knee: [128, 117], foot: [162, 128] },
    far: { knee: [130, 121], foot: [164, 134] },
    nearArm: { elbow: [54, 137], hand: [34, 138] },
    farArm: { elbow: [58, 138], hand: [38, 139] },
    props: [{ kind: "roller", cx: 112, cy: 130, r: 10 }],
  },
  "leg-swing": {
    ...STAND,
    near: { knee: [124, 103], foot: [148, 120] },
    far: { knee: [100, 109], foot: [100, 140] },
    nearArm: { elbow: [112, 56], hand: [116, 78] },
    farArm: { elbow: [80, 48], hand: [63, 52] },
    props: [{ kind: "wall", x: 60 }, { kind: "swing", d: "M70 124 Q110 150 156 106" }],
  },
  "walking-lunge": {
    head: [98, 41], neck: [98, 54], hip: [98, 97],
    near: { knee: [128, 104], foot: [131, 140] },
    far: { knee: [78, 129], foot: [54, 138] },
    nearArm: { elbow: [108, 76], hand: [122, 66] },
    farArm: { elbow: [90, 76], hand: [80, 90] },
  },
  "running-drill": {
    // A-skip: knee up, then the foot strikes down and back under the hip (the arc); a skip off the far foot.
    head: [106, 19], neck: [104, 32], hip: [100, 75],
    near: { knee: [131, 74], foot: [124, 106] },
    far: { knee: [99, 106], foot: [92, 134] },
    nearArm: { elbow: [88, 54], hand: [84, 74] },
    farArm: { elbow: [118, 50], hand: [128, 34] },
    props: [{ kind: "swing", d: "M130 112 Q134 132 112 140" }],
  },
  "standing-wall-lean-bent-knee": {
    // The same lean as the calf stretch, but the back knee bends and the hips sink: the deeper calf (soleus).
    head: [140, 40], neck: [132, 52], hip: [108, 94],
    near: { knee: [96, 118], foot: [78, 140] },
    far: { knee: [128, 116], foot: [126, 140] },
    nearArm: { elbow: [150, 62], hand: [168, 56] },
    farArm: { elbow: [148, 58], hand: [168, 50] },
    props: [{ kind: "wall", x: 171 }],
  },
  "seated-towel": {
    // Sitting tall, both legs long, a towel round the ball of the near foot pulled towards you.
    head: [64, 74], neck: [64, 87], hip: [62, 132],
    near: { knee: [112, 133], foot: [156, 128] },
    far: { knee: [110, 136], foot: [154, 137] },
    nearArm: { elbow: [84, 104], hand: [96, 112] },
    farArm: { elbow: [86, 108], hand: [98, 116] },
    props: [{ kind: "strap", from: [96, 112], to: [160, 118] }],
  },
  "standing-ball-roll": {
    // Standing, one hand on the wall, the near foot rolling a small ball under the sole.
    ...STAND,
    near: { knee: [112, 110], foot: [118, 130] },
    far: { knee: [100, 109], foot: [100, 140] },
    nearArm: { elbow: [80, 52], hand: [64, 60] },
    farArm: { elbow: [86, 58], hand: [80, 80] },
    props: [{ kind: "wall", x: 60 }, { kind: "ball", cx: 120, cy: 135, r: 6 }],
  },
  "lying-knee-across": {
    // On the back, one knee drawn up and across towards the opposite shoulder, the other leg long.
    ...LYING,
    near: { knee: [78, 100], foot: [104, 96] },
    far: { knee: [134, 135], foot: [168, 136] },
    nearArm: { elbow: [58, 112], hand: [76, 98] },
    farArm: { elbow: [60, 116], hand: [80, 102] },
  },
  "leg-swing-side": {
    // Facing a wall or post, one leg swinging across the body and out to the side.
    ...STAND,
    near: { knee: [118, 108], foot: [140, 134] },
    far: { knee: [98, 109], foot: [96, 140] },
    nearArm: { elbow: [80, 40], hand: [64, 32] },
    farArm: { elbow: [120, 40], hand: [136, 32] },
    props: [{ kind: "swing", d: "M66 132 Q100 152 148 124" }],
  },
  "high-knees": {
    // Tall, the near thigh level with the hip and the foot under the knee, arms driving.
    head: [100, 19], neck: [100, 32], hip: [100, 76],
    near: { knee: [130, 78], foot: [130, 110] },
    far: { knee: [100, 108], foot: [102, 136] },
    nearArm: { elbow: [86, 56], hand: [88, 76] },
    farArm: { elbow: [114, 48], hand: [126, 36] },
  },
  "butt-kicks": {
    // Tall, the near heel flicked up behind towards the buttock, the thigh pointing down.
    head: [102, 19], neck: [101, 32], hip: [100, 76],
    near: { knee: [104, 110], foot: [78, 90] },
    far: { knee: [99, 108], foot: [100, 139] },
    nearArm: { elbow: [112, 52], hand: [122, 40] },
    farArm: { elbow: [88, 54], hand: [80, 70] },
  },
};

const path = (...points: Point[]) => points.map(([x, y], index) => `${index === 0 ? "M" : "L"}${x} ${y}`).join(" ");

function PropShape({ prop }: { prop: Prop }) {
  switch (prop.kind) {
    case "wall":
      return <path className="prop" d={`M${prop.x} 10 L${prop.x} 141`} strokeWidth={4} />;
    case "roller":
      return <circle className="prop" cx={prop.cx} cy={prop.cy} r={prop.r} fill="none" strokeWidth={3} />;
    case "strap":
      return <path className="prop" d={path(prop.from, prop.to)} strokeWidth={2} strokeDasharray="4 3" />;
    case "ball":
      return <circle className="prop" cx={prop.cx} cy={prop.cy} r={prop.r} fill="none" strokeWidth={3} />;
    case "swing":
      return <path className="prop" d={prop.d} fill="none" strokeWidth={2} strokeDasharray="3 4" />;
  }
}

/** A simple line drawing of a stretch or drill pose (decorative detail, but labelled). */
export function StretchFigure({ figure, label, className }: { figure: FigureName; label: string; className?: string }) {
  const pose = POSES[figure];
  return (
    <svg className={`stretch-figure ${className ?? ""}`} viewBox="0 0 200 150" role="img" aria-label={label}>
      <path className="floor" d="M6 141.5 H194" strokeWidth={2} />
      {pose.props?.map((prop, index) => <PropShape key={index} prop={prop} />)}
      <g fill="none" stroke="currentColor" strokeWidth={6} strokeLinecap="round" strokeLinejoin="round">
        <path className="limb-far" d={path(pose.hip, pose.far.knee, pose.far.foot)} />
        <path className="limb-far" d={path(pose.neck, pose.farArm.elbow, pose.farArm.hand)} />
        <path d={path(pose.neck, pose.hip)} />
        <path d={path(pose.hip, pose.near.knee, pose.near.foot)} />
        <path d={path(pose.neck, pose.nearArm.elbow, pose.nearArm.hand)} />
      </g>
      <circle cx={pose.head[0]} cy={pose.head[1]} r={9} fill="currentColor" />
    </svg>
  );
}
