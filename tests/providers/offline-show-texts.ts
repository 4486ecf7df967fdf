import { writeBlueprint } from "@/server/providers/offline/text/write-blueprint";
import { writeCast } from "@/server/providers/offline/text/write-cast";
import { writeDossier } from "@/server/providers/offline/text/write-dossier";
import { writeSeason } from "@/server/providers/offline/text/write-season";

/** One show's documents as the offline writer makes them, straight from the writers. */
export function writeOfflineShow(premise: string, count = 6) {
  const blueprint = writeBlueprint(premise);
  const { characters: cast } = writeCast({ premise, blueprint, count });
  const dossiers = cast.map((seed) => writeDossier({ premise, blueprint, seed, cast }));
  const season = writeSeason({ premise, blueprint, cast });
  return { blueprint, cast, dossiers, season };
}

export type OfflineShow = ReturnType<typeof writeOfflineShow>;

/** Every sentence-like field of a show, labelled by where it came from. */
export function proseOf(show: OfflineShow): { where: string; text: string }[] {
  const { blueprint, cast, dossiers, season } = show;
  const fields: [string, string][] = [
    ["blueprint.logline", blueprint.logline],
    ["blueprint.tagline", blueprint.tagline],
    ["blueprint.setting", blueprint.setting],
    ["blueprint.productionStyle", blueprint.productionStyle.description],
    ["blueprint.lighting", blueprint.visualAesthetics.lighting],
    ["blueprint.composition", blueprint.visualAesthetics.composition],
    ["blueprint.poster", blueprint.posterDescription],
    ...cast.flatMap((member): [string, string][] => [
      [`cast.${member.name}.summary`, member.summary],
      [`cast.${member.name}.vibe`, member.vibe],
    ]),
    ...dossiers.flatMap((dossier): [string, string][] => [
      [`dossier.${dossier.name}.appearance`, dossier.appearance],
      [`dossier.${dossier.name}.wardrobe`, dossier.wardrobe],
      [`dossier.${dossier.name}.backstory`, dossier.backstory],
      [`dossier.${dossier.name}.motivation`, dossier.motivation],
      [`dossier.${dossier.name}.flaw`, dossier.flaw],
      [`dossier.${dossier.name}.voice`, dossier.voice],
      [`dossier.${dossier.name}.portrait`, dossier.portraitGuidance],
      [`dossier.${dossier.name}.showcase`, dossier.showcaseScene],
      ...dossier.relationships.map((relation): [string, string] => [
        `dossier.${dossier.name}.relation`,
        relation.relation,
      ]),
    ]),
    ["season.arc", season.seasonArc],
    ...season.episodes.flatMap((episode): [string, string][] => [
      [`season.${episode.number}.title`, episode.title],
      [`season.${episode.number}.logline`, episode.logline],
      [`season.${episode.number}.aPlot`, episode.aPlot],
      [`season.${episode.number}.bPlot`, episode.bPlot],
    ]),
  ];
  return fields.map(([where, text]) => ({ where, text }));
}
