import type { Scenario } from "../support/harness";
import { autopilotScenario } from "./01-autopilot";
import { navigationScenario } from "./02-navigation";
import { reloadScenario } from "./03-reload-two-tabs";
import { firstPortraitScenario } from "./04-first-portrait-poster";
import { failureScenario } from "./05-failure-retry";
import { cancelScenario } from "./06-cancel";
import { libraryScenario } from "./07-library";
import { settingsScenario } from "./08-settings";
import { accountsScenario } from "./09-accounts-sharing";
import { rewriteRetryScenario } from "./10-rewrite-retry";
import { statesAndCopyScenario } from "./11-states-and-copy";
import { dockScenario } from "./12-dock-never-hides";
import { sharePageScenario } from "./13-share-page";
import { storyboardScenario } from "./14-storyboard";
import { trailerEditorScenario } from "./15-trailer-editor";

/** The seven scenarios of issue 4, in the order a new user meets them, then settings (issue 5). */
export const scenarios: Scenario[] = [
  autopilotScenario,
  navigationScenario,
  reloadScenario,
  firstPortraitScenario,
  failureScenario,
  cancelScenario,
  libraryScenario,
  settingsScenario,
  accountsScenario,
  rewriteRetryScenario,
  statesAndCopyScenario,
  dockScenario,
  sharePageScenario,
  storyboardScenario,
  trailerEditorScenario,
];
