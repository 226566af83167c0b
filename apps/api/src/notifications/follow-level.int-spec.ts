import { buildMunicipality, uniqueTag } from '../../test/factories/municipality.factory.js';
import { ensureTopics } from '../../test/factories/practice.factory.js';
import { buildUser, signedIn } from '../../test/factories/user.factory.js';
import { countQueries } from '../../test/query-counter.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

type Client = ReturnType<TestApp['client']>;

const TOPICS = `{ topics { id slug viewerFollowLevel } }`;
const MUNICIPALITY = `query ($slug: String!) { municipality(slug: $slug) { id viewerFollowLevel } }`;
const MUNICIPALITIES = `query ($search: String, $first: Int) { municipalities(filter: { search: $search }, first: $first) { edges { node { id viewerFollowLevel } } } }`;

describe('viewerFollowLevel on topics and municipalities', () => {
  let t: TestApp;
  let topicId: string;
  let otherTopicId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await ensureTopics(t.dataSource, ['sprache', 'bildung', 'arbeit', 'wohnen']);
    const rows = await t.dataSource.query<{ id: string; slug: string }[]>(`SELECT id, slug FROM topic WHERE slug IN ('sprache', 'bildung')`);
    topicId = rows.find((r) => r.slug === 'sprache')!.id;
    otherTopicId = rows.find((r) => r.slug === 'bildung')!.id;
  });
  afterAll(() => t.close());

  const member = async () => signedIn(t, await buildUser(t.dataSource));
  const follow = (client: Client, subjectType: string, subjectId: string, level: string) =>
    client.gql(`mutation ($t: FollowSubject!, $id: ID!, $l: WatchLevel) { follow(subjectType: $t, subjectId: $id, level: $l) { level } }`, { t: subjectType, id: subjectId, l: level });
  const unfollow = (client: Client, subjectType: string, subjectId: string) =>
    client.gql(`mutation ($t: FollowSubject!, $id: ID!) { unfollow(subjectType: $t, subjectId: $id) }`, { t: subjectType, id: subjectId });
  const topicLevels = async (client: Pick<Client, 'gql'>) => {
    const res = await client.gql<{ topics: { id: string; viewerFollowLevel: string | null }[] }>(TOPICS);
    expect(res.errors).toBeUndefined();
    return new Map(res.data!.topics.map((tp) => [tp.id, tp.viewerFollowLevel]));
  };
  const municipalityLevel = async (client: Pick<Client, 'gql'>, slug: string) => {
    const res = await client.gql<{ municipality: { viewerFollowLevel: string | null } }>(MUNICIPALITY, { slug });
    expect(res.errors).toBeUndefined();
    return res.data!.municipality.viewerFollowLevel;
  };

  it('is null for guests, even when members follow', async () => {
    const place = await buildMunicipality(t.dataSource);
    const someone = await member();
    await follow(someone, 'TOPIC', topicId, 'WATCHING');
    await follow(someone, 'MUNICIPALITY', place.id, 'WATCHING');

    expect([...(await topicLevels(t)).values()].every((level) => level === null)).toBe(true);
    expect(await municipalityLevel(t, place.slug)).toBeNull();
  });

  it('shows a member their own level of a topic after following, after a change, and null after unfollowing', async () => {
    const user = await member();
    const neighbour = await member();
    expect((await topicLevels(user)).get(topicId)).toBeNull();

    expect((await follow(user, 'TOPIC', topicId, 'NORMAL')).errors).toBeUndefined();
    let levels = await topicLevels(user);
    expect(levels.get(topicId)).toBe('NORMAL');
    expect(levels.get(otherTopicId)).toBeNull();
    // Another member's view is not affected by this follow.
    expect((await topicLevels(neighbour)).get(topicId)).toBeNull();

    await follow(user, 'TOPIC', topicId, 'MUTED');
    expect((await topicLevels(user)).get(topicId)).toBe('MUTED');

    await follow(user, 'TOPIC', otherTopicId, 'WATCHING');
    levels = await topicLevels(user);
    expect([levels.get(topicId), levels.get(otherTopicId)]).toEqual(['MUTED', 'WATCHING']);

    expect((await unfollow(user, 'TOPIC', topicId)).data!.unfollow).toBe(true);
    levels = await topicLevels(user);
    expect([levels.get(topicId), levels.get(otherTopicId)]).toEqual([null, 'WATCHING']);
  });

  it('shows a member their own level of a municipality after following, after a change, and null after unfollowing', async () => {
    const place = await buildMunicipality(t.dataSource);
    const user = await member();
    expect(await municipalityLevel(user, place.slug)).toBeNull();

    await follow(user, 'MUNICIPALITY', place.id, 'WATCHING');
    expect(await municipalityLevel(user, place.slug)).toBe('WATCHING');
    await follow(user, 'MUNICIPALITY', place.id, 'MUTED');
    expect(await municipalityLevel(user, place.slug)).toBe('MUTED');
    await unfollow(user, 'MUNICIPALITY', place.id);
    expect(await municipalityLevel(user, place.slug)).toBeNull();
  });

  it('loads the levels of a whole list in one statement, whatever its length', async () => {
    const tag = uniqueTag('follow');
    const places = [];
    for (let i = 0; i < 12; i += 1) places.push(await buildMunicipality(t.dataSource, { name: `Folgestadt ${tag} ${String(i).padStart(2, '0')}` }));
    const user = await member();
    await follow(user, 'MUNICIPALITY', places[0].id, 'WATCHING');
    await follow(user, 'MUNICIPALITY', places[11].id, 'MUTED');

    const counter = countQueries(t.dataSource);
    try {
      await user.gql(MUNICIPALITIES, { search: tag, first: 2 });
      const small = counter.count;
      counter.reset();
      const big = await user.gql<{ municipalities: { edges: { node: { id: string; viewerFollowLevel: string | null } }[] } }>(MUNICIPALITIES, { search: tag, first: 12 });
      expect(counter.count).toBe(small);
      const levels = big.data!.municipalities.edges.map((e) => e.node.viewerFollowLevel);
      expect(levels).toEqual(['WATCHING', ...Array<null>(10).fill(null), 'MUTED']);

      // All topics with their levels: one statement more than without them.
      counter.reset();
      await user.gql(`{ topics { id } }`);
      const plain = counter.count;
      counter.reset();
      await user.gql(TOPICS);
      expect(counter.count).toBe(plain + 1);
    } finally {
      counter.restore();
    }
  });
});
