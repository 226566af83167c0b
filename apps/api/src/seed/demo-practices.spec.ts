import {
  ADOPTION_KINDS,
  isSlug,
  MUNICIPALITY_KINDS,
  MUNICIPALITY_SIZES,
  type Outcome,
  PARTNER_KINDS,
  PRACTICE_LIMITS as L,
  WORK_STATUSES,
} from '@praxisforum/domain';
import { loadConfig } from '../core/config/config.js';
import { DEMO_PRACTICES, type DemoPractice } from './demo-practices.js';
import { readSeedData, type SeedData } from './seed-data.js';

// The demo practices are checked against the same seed files the seed reads (SEED_DATA_DIR) and
// against the limits the API enforces, so that seeding never fails half-way on a typo.

const TODAY = new Date().toISOString().slice(0, 10);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isIsoDate = (value: string) => ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const words = (markdown: string) => markdown.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const numberedSteps = (markdown: string) => markdown.split('\n').filter((line) => /^\d+\. \S/.test(line)).length;
const bulletItems = (markdown: string) => markdown.split('\n').filter((line) => /^- \S/.test(line)).length;

/** Runs a check on every practice and returns "slug: problem" lines, so one failure names them all. */
function problems(check: (p: DemoPractice, report: (message: string) => void) => void): string[] {
  const found: string[] = [];
  for (const practice of DEMO_PRACTICES) check(practice, (message) => found.push(`${practice.slug}: ${message}`));
  return found;
}

/** Checks one outcome against the limits and the dates it may refer to. */
function checkOutcome(o: Outcome, where: string, notBefore: string | null, notAfter: string, report: (m: string) => void) {
  if (o.label.length === 0 || o.label.length > L.outcomeLabelMax) report(`${where} label "${o.label}" has ${o.label.length} characters`);
  if (o.unit.length === 0 || o.unit.length > L.outcomeUnitMax) report(`${where} unit "${o.unit}" has ${o.unit.length} characters`);
  if ((o.source ?? '').length > L.outcomeSourceMax) report(`${where} source is too long`);
  if (!o.source) report(`${where} "${o.label}" names no source`);
  if (!Number.isFinite(o.value) || Math.abs(o.value) > L.outcomeValueMax) report(`${where} "${o.label}" has value ${o.value}`);
  if (o.unit === '%' && (o.value < 0 || o.value > 100)) report(`${where} "${o.label}" is ${o.value} %`);
  if (!isIsoDate(o.asOf)) report(`${where} "${o.label}" has asOf "${o.asOf}"`);
  else if ((notBefore && o.asOf < notBefore) || o.asOf > notAfter) {
    report(`${where} "${o.label}" is as of ${o.asOf}, outside ${notBefore ?? '…'} – ${notAfter}`);
  }
}

describe('demo practices', () => {
  let seed: SeedData;
  let municipalities: Set<string>;
  let topics: Set<string>;
  beforeAll(async () => {
    seed = await readSeedData(loadConfig({}).seedDataDir);
    municipalities = new Set(seed.municipalities.map((m) => m.slug));
    topics = new Set(seed.topics.map((t) => t.slug));
  });

  it('holds about 30 practices: mostly published, two in review, one or two drafts', () => {
    const count = (state: DemoPractice['state']) => DEMO_PRACTICES.filter((p) => p.state === state).length;
    expect(DEMO_PRACTICES.length).toBeGreaterThanOrEqual(28);
    expect(DEMO_PRACTICES.length).toBeLessThanOrEqual(32);
    expect(count('published')).toBeGreaterThanOrEqual(26);
    expect(count('in_review')).toBe(2);
    expect([1, 2]).toContain(count('draft'));
  });

  it('gives every practice a unique, valid slug', () => {
    const slugs = DEMO_PRACTICES.map((p) => p.slug);
    expect(slugs.filter((s) => !isSlug(s))).toEqual([]);
    expect(slugs.filter((s, i) => slugs.indexOf(s) !== i)).toEqual([]);
  });

  it('names only municipalities of the seed data, and every one of them owns a practice', () => {
    expect(
      problems((p, report) => {
        if (!municipalities.has(p.municipality)) report(`unknown owner "${p.municipality}"`);
        for (const m of p.partnerMunicipalities) {
          if (!municipalities.has(m)) report(`unknown partner municipality "${m}"`);
          if (m === p.municipality) report('lists its owner as partner municipality');
        }
        if (p.partnerMunicipalities.length > L.partnerMunicipalitiesMax) report('too many partner municipalities');
        for (const a of p.adoptions) if (!municipalities.has(a.municipality)) report(`unknown adopter "${a.municipality}"`);
      }),
    ).toEqual([]);
    const owners = new Set(DEMO_PRACTICES.map((p) => p.municipality));
    expect([...municipalities].filter((m) => !owners.has(m))).toEqual([]);
  });

  it('uses 1–3 known topics per practice and every topic at least twice', () => {
    expect(
      problems((p, report) => {
        if (p.topics.length < 1 || p.topics.length > Math.min(3, L.topicsMax)) report(`has ${p.topics.length} topics`);
        if (new Set(p.topics).size !== p.topics.length) report('repeats a topic');
        for (const t of p.topics) if (!topics.has(t)) report(`unknown topic "${t}"`);
      }),
    ).toEqual([]);
    const uses = new Map([...topics].map((t) => [t, 0]));
    for (const p of DEMO_PRACTICES) for (const t of p.topics) uses.set(t, (uses.get(t) ?? 0) + 1);
    expect([...uses].filter(([, n]) => n < 2)).toEqual([]);
  });

  it('keeps titles, summaries, target groups, partners and funding within the limits of the practice record', () => {
    expect(
      problems((p, report) => {
        if (p.title.length < L.titleMin || p.title.length > L.titleMax) report(`title has ${p.title.length} characters`);
        if (p.summary.length === 0 || p.summary.length > L.summaryMax) report(`summary has ${p.summary.length} characters`);
        if (/[\n*#`_[\]]/.test(p.summary)) report('summary is not plain text');
        if (p.targetGroups.length === 0 || p.targetGroups.length > L.targetGroupsMax) report(`has ${p.targetGroups.length} target groups`);
        for (const g of p.targetGroups) if (g.length === 0 || g.length > L.targetGroupMax) report(`target group "${g}" is too long`);
        if (p.partners.length > L.partnersMax) report('too many partners');
        for (const partner of p.partners) {
          if (!(PARTNER_KINDS as readonly string[]).includes(partner.kind)) report(`partner kind "${partner.kind}"`);
          if (partner.name.length === 0 || partner.name.length > L.partnerNameMax) report(`partner name "${partner.name}"`);
        }
        if (p.fundingSources.length > L.fundingSourcesMax) report('too many funding sources');
        for (const f of p.fundingSources) if (f.length === 0 || f.length > L.fundingSourceMax) report(`funding source "${f}"`);
        for (const cost of [p.costs.oneOffEur, p.costs.yearlyEur]) {
          if (cost !== null && (!Number.isFinite(cost) || cost < 0 || cost > L.costMaxEur)) report(`cost ${cost}`);
        }
        const hours = p.staffHoursPerMonth;
        if (hours !== null && (!Number.isFinite(hours) || hours < 0 || hours > L.staffHoursPerMonthMax)) report(`staff hours ${hours}`);
        if (!(WORK_STATUSES as readonly string[]).includes(p.workStatus)) report(`work status "${p.workStatus}"`);
        if (p.transferableKinds.length === 0 || p.transferableKinds.some((k) => !(MUNICIPALITY_KINDS as readonly string[]).includes(k))) {
          report('transferable kinds missing or unknown');
        }
        if (p.transferableSizes.length === 0 || p.transferableSizes.some((s) => !(MUNICIPALITY_SIZES as readonly string[]).includes(s))) {
          report('transferable sizes missing or unknown');
        }
      }),
    ).toEqual([]);
  });

  it('writes substantial but not huge Markdown sections: a numbered approach and short bullet lists', () => {
    expect(
      problems((p, report) => {
        for (const key of ['problem', 'approach', 'results', 'successFactors', 'obstacles', 'transferability'] as const) {
          if (p[key].length > L.sectionMax) report(`${key} exceeds the section limit`);
        }
        if (words(p.problem) < 80 || words(p.problem) > 200) report(`problem has ${words(p.problem)} words`);
        if (words(p.results) < 60 || words(p.results) > 150) report(`results has ${words(p.results)} words`);
        if (numberedSteps(p.approach) < 4 || numberedSteps(p.approach) > 7) report(`approach has ${numberedSteps(p.approach)} steps`);
        for (const key of ['successFactors', 'obstacles', 'transferability'] as const) {
          const n = bulletItems(p[key]);
          if (n < 2 || n > 5) report(`${key} has ${n} bullets`);
        }
      }),
    ).toEqual([]);
  });

  it('uses only fictitious contacts at example.org', () => {
    expect(
      problems((p, report) => {
        if (!/^[a-z0-9.-]+@example\.org$/.test(p.contact.email)) report(`contact e-mail "${p.contact.email}"`);
        if (p.contact.name.length === 0 || p.contact.name.length > L.contactNameMax) report('contact name');
      }),
    ).toEqual([]);
  });

  it('keeps periods, publication dates and work statuses consistent', () => {
    expect(
      problems((p, report) => {
        for (const date of [p.periodStart, p.periodEnd, p.publishedAt]) if (date !== null && !isIsoDate(date)) report(`bad date "${date}"`);
        if (p.publishedAt < '2019-01-01' || p.publishedAt > '2026-10-31') report(`published ${p.publishedAt}`);
        if (p.periodStart && p.periodEnd && p.periodEnd < p.periodStart) report(`period ends ${p.periodEnd} before it starts ${p.periodStart}`);
        if (p.periodEnd && p.periodEnd > TODAY) report(`period ends in the future (${p.periodEnd})`);
        const finished = p.workStatus === 'completed' || p.workStatus === 'discontinued';
        if (finished !== (p.periodEnd !== null)) report(`work status ${p.workStatus} with period end ${p.periodEnd}`);
        if (p.workStatus !== 'idea' && !p.periodStart) report(`work status ${p.workStatus} without a start`);
        if (p.workStatus === 'idea' && p.outcomes.length > 0) report('an idea with outcomes');
      }),
    ).toEqual([]);
    const statuses = DEMO_PRACTICES.map((p) => p.workStatus);
    expect(statuses.filter((s) => s === 'discontinued').length).toBeGreaterThanOrEqual(2);
    expect(statuses.filter((s) => s === 'idea' || s === 'pilot').length).toBeGreaterThanOrEqual(2);
    expect(statuses.filter((s) => s === 'running' || s === 'completed').length).toBeGreaterThan(DEMO_PRACTICES.length / 2);
  });

  it('reports 0–5 finite outcomes per practice, dated within the period and not after the version that shows them', () => {
    expect(
      problems((p, report) => {
        if (p.outcomes.length > Math.min(5, L.outcomesMax)) report(`has ${p.outcomes.length} outcomes`);
        // Without earlier versions, the figures belong to the version published at publishedAt.
        const latest = p.history.length === 0 ? p.publishedAt : TODAY;
        for (const o of p.outcomes) checkOutcome(o, 'outcome', p.periodStart, [p.periodEnd ?? TODAY, latest].sort()[0], report);
      }),
    ).toEqual([]);
  });

  it('keeps earlier versions in order, starting with the first publication', () => {
    expect(
      problems((p, report) => {
        if (p.history.length === 0) return;
        if (p.state !== 'published') report('unpublished practice with earlier published versions');
        if (p.history[0].publishedAt !== p.publishedAt) report('first version is not dated publishedAt');
        p.history.forEach((version, i) => {
          if (!isIsoDate(version.publishedAt) || version.publishedAt > TODAY) report(`version ${i} dated ${version.publishedAt}`);
          if (i > 0 && version.publishedAt <= p.history[i - 1].publishedAt) report(`version ${i} is not after version ${i - 1}`);
          if (version.note.length === 0 || version.note.length > L.revisionNoteMax) report(`version ${i} note`);
          const before = version.previous;
          if (Object.keys(before).length === 0) report(`version ${i} changes nothing`);
          if (before.summary !== undefined && (before.summary.length === 0 || before.summary.length > L.summaryMax)) report(`version ${i} summary`);
          if (before.workStatus !== undefined && before.workStatus === p.workStatus && i === p.history.length - 1) {
            report(`version ${i} has the current work status`);
          }
          for (const o of before.outcomes ?? []) checkOutcome(o, `version ${i} outcome`, p.periodStart, version.publishedAt, report);
        });
      }),
    ).toEqual([]);
    const withHistory = DEMO_PRACTICES.filter((p) => p.history.length > 0);
    expect(withHistory.length).toBeGreaterThanOrEqual(5);
    expect(withHistory.length).toBeLessThanOrEqual(8);
    expect(withHistory.every((p) => p.history.length <= 2)).toBe(true);
  });

  it('records adoptions by other municipalities after publication, with results only where they are known', () => {
    expect(
      problems((p, report) => {
        if (p.adoptions.length > 0 && p.state !== 'published') report('adoptions of an unpublished practice');
        const adopters = p.adoptions.map((a) => a.municipality);
        if (new Set(adopters).size !== adopters.length) report('the same municipality adopted twice');
        for (const a of p.adoptions) {
          if (a.municipality === p.municipality) report('adopted by its owner');
          if (!(ADOPTION_KINDS as readonly string[]).includes(a.kind)) report(`adoption kind "${a.kind}"`);
          if (!isIsoDate(a.adoptedOn) || a.adoptedOn <= p.publishedAt || a.adoptedOn > TODAY) report(`adopted on ${a.adoptedOn}`);
          if (a.changes.length === 0 || a.changes.length > L.adoptionChangesMax) report(`adoption by ${a.municipality}: changes`);
          if (a.results !== null && (a.results.length === 0 || a.results.length > L.adoptionResultsMax)) report(`adoption by ${a.municipality}: results`);
          if (a.results === null && a.outcomes.length > 0) report(`adoption by ${a.municipality}: outcomes without results`);
          for (const o of a.outcomes) checkOutcome(o, `adoption by ${a.municipality} outcome`, a.adoptedOn, TODAY, report);
        }
      }),
    ).toEqual([]);
    const adoptions = DEMO_PRACTICES.flatMap((p) => p.adoptions);
    expect(adoptions.length).toBeGreaterThanOrEqual(8);
    expect(adoptions.length).toBeLessThanOrEqual(10);
    expect(DEMO_PRACTICES.filter((p) => p.adoptions.length > 0).length).toBeGreaterThanOrEqual(6);
    expect(adoptions.some((a) => a.results === null)).toBe(true);
    expect(adoptions.some((a) => a.results !== null && a.outcomes.length > 0)).toBe(true);
  });
});
