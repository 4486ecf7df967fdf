import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { Scenario } from "../support/harness";
import { eventually } from "../support/wait";

/** The shows a page's live stream names in its first snapshot, read in the page itself. */
async function streamedShowIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const controller = new AbortController();
    const response = await fetch("/api/tasks/stream", { signal: controller.signal });
    const reader = response.body!.getReader();
    let text = "";
    while (!text.includes("event: snapshot")) {
      const { value, done } = await reader.read();
      if (done) {
        break;
      }
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    const data = text.split("event: snapshot\ndata: ")[1]?.split("\n")[0] ?? '{"tasks":[]}';
    return (JSON.parse(data) as { tasks: { showId: string }[] }).tasks.map((task) => task.showId);
  });
}

export const accountsScenario: Scenario = {
  name: "a member cannot see the owner's private show; a share link can, until revoked",
  async run({ newPage, api, screenshot }) {
    const show = await api.createShow("A private show about a lighthouse that keeps secrets");
    const cast = await eventually(
      "the show's cast",
      async () => {
        const current = await api.show(show.id);
        return current.characters.length > 0 ? current.characters : false;
      },
      { timeoutMs: 60_000 },
    );
    const portrait = await api.requestTask(show.id, "portrait", cast[0]!.id);
    await eventually(
      "the portrait",
      async () => (await api.task(portrait.id)).status === "succeeded",
      {
        timeoutMs: 60_000,
      },
    );
    const detail = await api.show(show.id);
    const mediaUrl = detail.characters[0]?.portrait?.url;
    assert.ok(mediaUrl, "the portrait's media URL");

    // The owner invites a member from the users page.
    const owner = await newPage();
    await owner.goto("/users");
    await owner.getByRole("button", { name: "Create invitation link" }).click();
    const link = (await owner.getByTestId("invite-link").textContent())!.trim();

    // The invitation opens in another browser (no session): one short form.
    const member = await newPage({ signedOut: true });
    await member.goto(link);
    await member.getByLabel("Name").fill("Max Member");
    await member.getByLabel("Email").fill("member@example.com");
    await member.getByLabel(/^Password/).fill("member-password");
    await member.getByRole("button", { name: "Create my account" }).click();
    await member.waitForURL(/\/$/);

    // The owner's private show does not exist for the member: page, API, media, stream.
    await member.goto(`/show/${show.slug}`);
    await member.getByRole("heading", { name: "Nothing here" }).waitFor();
    await screenshot(member, "member-404");
    assert.equal((await member.request.get(`/api/shows/${show.id}`)).status(), 404);
    assert.equal((await member.request.get(`/api/shows/${show.id}/package.zip`)).status(), 404);
    assert.equal((await member.request.get(mediaUrl)).status(), 404);
    assert.ok(!(await streamedShowIds(member)).includes(show.id), "the member's stream names it");
    await member.goto("/library");
    assert.equal(await member.getByText(detail.title ?? show.premise).count(), 0);

    // Shared by link, it opens signed out; revoked, it is a 404 again.
    const { path } = await api.share(show.id);
    const visitor = await newPage({ signedOut: true });
    await visitor.goto(path);
    assert.match(new URL(visitor.url()).pathname, /^\/s\//, "the share link is the page's address");
    await visitor
      .getByRole("heading", { name: detail.title ?? "Untitled show" })
      .first()
      .waitFor();
    await screenshot(visitor, "shared");
    // Its media too, signed out, through the link's token.
    const sharedMedia = await visitor.locator('img[src*="media"]').first().getAttribute("src");
    assert.equal((await visitor.request.get(sharedMedia!)).status(), 200);
    await api.unshare(show.id);
    await visitor.goto(path);
    await visitor.getByRole("heading", { name: "Nothing here" }).waitFor();
  },
};
