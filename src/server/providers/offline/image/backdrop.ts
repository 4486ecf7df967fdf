import type { Size } from "../../types";
import { rgba } from "./color";
import { type Box, div } from "./render-svg";
import type { SeededRandom } from "./seeded-random";
import type { ShowGrade } from "./show-palette";

/** Layers shared by every frame: a lit set behind the subject and the lens falloff in front. */

/** Style for a layer that covers the whole frame. */
export const fillFrame = { position: "absolute", left: 0, top: 0, right: 0, bottom: 0 } as const;

/** A dark gradient set, a pool of light behind the subject and out-of-focus bokeh. */
export function litSet(grade: ShowGrade, light: string, size: Size, random: SeededRandom): Box[] {
  const unit = Math.min(size.width, size.height);
  const bokeh = Array.from({ length: 7 }, (_, index) => {
    const diameter = Math.round(unit * random.range(0.06, 0.2));
    const color = index % 3 === 0 ? grade.accent : light;
    const alpha = random.range(0.1, 0.24);
    // Soft discs from gradients, not blur filters: satori gives each filter a full-frame
    // region, and resvg then spends ~150 ms per blurred disc at 1024 px.
    const edge = Math.round(random.range(52, 66));
    return div({
      position: "absolute",
      left: Math.round(random.range(-0.05, 0.95) * size.width),
      top: Math.round(random.range(-0.05, 0.6) * size.height),
      width: diameter,
      height: diameter,
      backgroundImage: `radial-gradient(circle closest-side, ${rgba(color, alpha)} 0%, ${rgba(color, alpha * 0.85)} ${edge}%, ${rgba(color, 0)} 100%)`,
    });
  });
  const beamAngle = 90 + Math.round(random.range(20, 40)) * (random.next() < 0.5 ? -1 : 1);
  return [
    div({
      ...fillFrame,
      backgroundImage: `linear-gradient(180deg, ${grade.dusk} 0%, ${grade.night} 78%)`,
    }),
    div({
      ...fillFrame,
      backgroundImage: `radial-gradient(ellipse 62% 52% at 50% 40%, ${rgba(light, 0.55)} 0%, ${rgba(light, 0.16)} 45%, ${rgba(light, 0)} 100%)`,
    }),
    // A shaft of light across the set, drawn as a gradient band rather than a rotated box.
    div({
      ...fillFrame,
      backgroundImage: `linear-gradient(${beamAngle}deg, ${rgba(light, 0)} 38%, ${rgba(light, 0.09)} 47%, ${rgba(light, 0.09)} 53%, ${rgba(light, 0)} 62%)`,
    }),
    ...bokeh,
  ];
}

/** Key light from one side and shadow on the other, laid over subject and set alike. */
export function keyLight(light: string, fromLeft: boolean): Box {
  const [near, far] = fromLeft ? ["0%", "100%"] : ["100%", "0%"];
  return div({
    ...fillFrame,
    backgroundImage: `radial-gradient(ellipse 90% 110% at ${near} 20%, ${rgba(light, 0.45)} 0%, ${rgba(light, 0)} 60%), radial-gradient(ellipse 80% 120% at ${far} 60%, rgba(0,0,0,0.5) 0%, rgba(0,0,0,0) 70%)`,
    mixBlendMode: "soft-light",
  });
}

/** Darkened corners, as a lens does: pulls the eye to the centre. */
export function vignette(strength = 0.6): Box {
  return div({
    ...fillFrame,
    backgroundImage: `radial-gradient(ellipse 75% 75% at 50% 45%, rgba(0,0,0,0) 55%, rgba(0,0,0,${strength}) 100%)`,
  });
}

/** A fade to `color` over the bottom `fraction` of the frame, so type sits on calm ground. */
export function bottomFade(color: string, fraction: number, opacity = 0.95): Box {
  return div({
    position: "absolute",
    left: 0,
    right: 0,
    bottom: 0,
    height: `${Math.round(fraction * 100)}%`,
    backgroundImage: `linear-gradient(180deg, ${rgba(color, 0)} 0%, ${rgba(color, opacity)} 85%)`,
  });
}
