/** Starting points for the premise box; each is a complete premise the pipeline can run on. */
export const EXAMPLE_PREMISES = [
  {
    label: "Lighthouse noir",
    premise:
      "A retired lighthouse keeper on a fog-bound Scottish island starts receiving distress calls from ships that sank a century ago.",
  },
  {
    label: "Claymation heist",
    premise:
      "A stop-motion claymation heist comedy where a crew of retired circus animals plans to rob the zoo that replaced them.",
  },
  {
    label: "Orbital diner",
    premise:
      "The night shift at the last diner on a decommissioned space station, where every customer is running from something.",
  },
  {
    label: "Botanical drama",
    premise:
      "Rival families of rare-orchid growers in 1920s Lisbon, bound together by a forbidden seed that blooms only once a decade.",
  },
  {
    label: "Anime cooks",
    premise:
      "A 2D anime about a teenage chef who cooks for the spirits of a mountain shrine — and must win back the gods' appetite before spring.",
  },
] as const;
