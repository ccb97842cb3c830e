import { scoreScale, stepsOf, type Instrument } from '../../../src/lib/scan/scoring';
import { bandOf } from '../../../src/lib/scan/profile';
import { instrumentSchema, SCAN_LIMITS } from '../../../src/schemas/scan';
import { readChapters, readYamlFolder } from '../../support/content';
import { RETIRED_SCAN_SCALES, SCAN_SCALES } from '../../../src/lib/repair/ids';
import { at, must } from '../../support/must';

// Invariants over the scan instruments in content/scan/: what makes a result honest and usable.
const files = readYamlFolder('scan');
const instruments = files.map((f) => ({ file: f.file, ins: instrumentSchema.parse(f.data) as Instrument }));
const chapters = new Map(readChapters().map((c) => [c.slug, c.headingIds]));

/**
 * The scale ids the repair-plan builder relies on (its contract with the scan): the content must
 * have exactly these, in this order.
 */
const CONTRACT: Readonly<Record<string, readonly string[]>> = SCAN_SCALES;

/**
 * Item ids of version 1 whose item was dropped or now asks something else. An id is a public
 * identifier (stored answers refer to it), so none of them may come back with a new meaning.
 */
const RETIRED_ITEMS = [
  'informatie-op-tijd-delen',
  'meer-beloven-dan-waarmaken',
  'werk-dubbel-nakijken',
  'criteria-promotie-bekend',
  'antwoord-op-voorstel',
  'probleem-oppakken',
  'helpen-zonder-tegenprestatie',
  'afspraken-op-papier-uit-zekerheid',
  'eerlijk-ook-als-het-slecht-uitkomt',
  'eigen-belang-voorop',
  'tijdig-melden-als-het-niet-lukt',
  'afspraken-raken-vergeten',
  'zwijgen-liever-dan-kritiek',
];

/** Every score (0–100) a scale of n items can reach, when all of them are answered. */
function reachable(n: number): Set<number> {
  const out = new Set<number>();
  for (let sum = n; sum <= 5 * n; sum++) out.add(Math.round(((sum / n - 1) / 4) * 100));
  return out;
}

describe('scan instruments', () => {
  it('there are the two instruments of the contract, each in a file named after its id', () => {
    expect(instruments.map((x) => x.ins.id).sort()).toEqual(Object.keys(CONTRACT).sort());
    for (const { file, ins } of instruments) expect(file).toBe(`${ins.id}.yaml`);
  });

  it.each(files.map((f) => [f.file, f.data]))('%s matches the schema', (_, data) => {
    const result = instrumentSchema.safeParse(data);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(
      [],
    );
  });

  // Up to 40 items (about ten seconds each) keeps an instrument under ten minutes; up to twelve
  // scales leaves room for asking the same about colleagues and about the leader.
  it.each(instruments.map((x) => [x.file, x.ins]))(
    '%s: 20–40 items in 5–12 scales of 3–6 items, under ten minutes',
    (_, ins) => {
      expect(SCAN_LIMITS.items[1]).toBeLessThanOrEqual(40);
      expect(ins.minutes).toBeLessThan(10);
      expect(ins.items.length).toBeGreaterThanOrEqual(SCAN_LIMITS.items[0]);
      expect(ins.items.length).toBeLessThanOrEqual(SCAN_LIMITS.items[1]);
      expect(ins.scales.length).toBeGreaterThanOrEqual(SCAN_LIMITS.scales[0]);
      expect(ins.scales.length).toBeLessThanOrEqual(SCAN_LIMITS.scales[1]);
      for (const s of ins.scales) {
        const n = ins.items.filter((i) => i.scale === s.id).length;
        expect(n, s.id).toBeGreaterThanOrEqual(SCAN_LIMITS.itemsPerScale[0]);
        expect(n, s.id).toBeLessThanOrEqual(SCAN_LIMITS.itemsPerScale[1]);
      }
    },
  );

  it.each(instruments.map((x) => [x.file, x.ins]))(
    '%s: the scale ids are the ones the repair-plan builder expects',
    (_, ins) => {
      expect(ins.scales.map((s) => s.id)).toEqual(CONTRACT[ins.id]);
    },
  );

  it.each(instruments.map((x) => [x.file, x.ins]))(
    '%s: reverse-keyed items in a fair share, in most scales',
    (_, ins) => {
      const reversed = ins.items.filter((i) => i.reversed);
      expect(reversed.length).toBeGreaterThanOrEqual(4);
      expect(reversed.length * 2).toBeLessThan(ins.items.length);
      const scalesWithOne = new Set(reversed.map((i) => i.scale));
      expect(scalesWithOne.size * 2).toBeGreaterThan(ins.scales.length);
    },
  );

  it.each(instruments.map((x) => [x.file, x.ins]))(
    '%s: every scale is reachable: items in the steps, each band attainable',
    (_, ins) => {
      const inSteps = new Set(
        stepsOf(ins.items)
          .flat()
          .map((i) => i.scale),
      );
      for (const s of ins.scales) {
        expect(inSteps.has(s.id), s.id).toBe(true);
        const items = ins.items.filter((i) => i.scale === s.id);
        const scores = reachable(items.length);
        expect(scores.has(0) && scores.has(100), s.id).toBe(true);
        for (const band of ins.bands)
          expect(
            [...scores].some((x) => bandOf(ins.bands, x).id === band.id),
            `${s.id} ${band.id}`,
          ).toBe(true);
        // The extremes are reached by answering against the keying of reversed items.
        const top = Object.fromEntries(items.map((i) => [i.id, i.reversed ? 1 : 5]));
        expect(scoreScale(ins, s.id, top).score, s.id).toBe(100);
      }
    },
  );

  it.each(instruments.map((x) => [x.file, x.ins]))(
    '%s: band thresholds start at 0 and rise; every scale has advice per band',
    (_, ins) => {
      expect(at(ins.bands, 0).from).toBe(0);
      for (let i = 1; i < ins.bands.length; i++)
        expect(at(ins.bands, i).from).toBeGreaterThan(at(ins.bands, i - 1).from);
      for (const s of ins.scales)
        expect(Object.keys(s.advice).sort(), s.id).toEqual(ins.bands.map((b) => b.id).sort());
    },
  );

  it.each(instruments.map((x) => [x.file, x.ins]))(
    '%s: "read more" links point at real chapter headings',
    (_, ins) => {
      const broken = [...ins.scales, ...ins.earlier.flatMap((e) => e.scales)].flatMap((s) =>
        s.read
          .filter((ref) => {
            const [slug = ref, id] = ref.split('#');
            return !(id !== undefined && chapters.get(slug)?.includes(id));
          })
          .map((ref) => `${s.id} → ${ref}`),
      );
      expect(broken).toEqual([]);
    },
  );

  it.each(instruments.map((x) => [x.file, x.ins]))(
    '%s: items are spread: no two in a row from the same scale',
    (_, ins) => {
      const repeats = ins.items
        .filter((it, i) => i > 0 && at(ins.items, i - 1).scale === it.scale)
        .map((it) => it.id);
      expect(repeats).toEqual([]);
    },
  );

  it.each(instruments.map((x) => [x.file, x.ins]))('%s: one idea per item, no double negatives', (_, ins) => {
    const negation = /\b(niet|geen|nooit|niemand|niets|zonder)\b/i;
    for (const it of ins.items) {
      // One sentence, ending in a full stop.
      expect(it.text.match(/[.!?;]/g), it.id).toEqual(['.']);
      expect(it.text.endsWith('.'), it.id).toBe(true);
      // Disagreeing with a reversed item must not turn into a double negative.
      if (it.reversed) expect(it.text, it.id).not.toMatch(negation);
      expect((it.text.match(new RegExp(negation, 'gi')) ?? []).length, it.id).toBeLessThanOrEqual(1);
    }
    expect(new Set(ins.items.map((i) => i.text.toLowerCase())).size).toBe(ins.items.length);
  });

  it('version 2: the ids of dropped or rewritten items do not come back', () => {
    for (const { ins } of instruments) {
      expect(ins.version, ins.id).toBe(2);
      expect(
        ins.items.map((i) => i.id).filter((id) => RETIRED_ITEMS.includes(id)),
        ins.id,
      ).toEqual([]);
    }
  });

  it('compared pairs ask the same about colleagues and about the leader, and every such scale is in a pair', () => {
    const around = instruments.find((x) => x.ins.id === 'vertrouwen-om-mij-heen')!.ins;
    expect(around.gaps.length).toBeGreaterThanOrEqual(3);
    for (const g of around.gaps) {
      const sides = g.scales.map((id) => around.scales.find((s) => s.id === id)!);
      const a = at(sides, 0, 'scale');
      const b = at(sides, 1, 'scale');
      expect([a.referent, b.referent], g.name).toEqual(["je collega's", 'je leidinggevende']);
      expect(a.id.replace(/^collegas-/, ''), g.name).toBe(b.id.replace(/^leiding-/, ''));
    }
    const paired = around.gaps.flatMap((g) => g.scales);
    expect(around.scales.filter((s) => s.referent).map((s) => s.id)).toEqual(
      paired.sort(
        (x, y) => around.scales.findIndex((s) => s.id === x) - around.scales.findIndex((s) => s.id === y),
      ),
    );
  });

  it.each(instruments.map((x) => [x.file, x.ins]))(
    '%s: an earlier version lists its scales, each kept or handed on to current scales',
    (_, ins) => {
      const v1 = ins.earlier.find((e) => e.version === 1);
      expect(v1, 'version 1 is described, so its results still show').toBeDefined();
      const current = ins.scales.map((s) => s.id);
      for (const s of v1!.scales) {
        const successors = current.includes(s.id) ? [s.id] : RETIRED_SCAN_SCALES[s.id];
        expect(successors, s.id).toBeDefined();
        for (const n of must(successors, s.id)) expect(current, `${s.id} → ${n}`).toContain(n);
      }
    },
  );

  it('every retired scale id belongs to a version-1 scale that is gone now', () => {
    const v1 = instruments.flatMap((x) => x.ins.earlier.flatMap((e) => e.scales.map((s) => s.id)));
    const now = instruments.flatMap((x) => x.ins.scales.map((s) => s.id));
    expect(Object.keys(RETIRED_SCAN_SCALES).sort()).toEqual(v1.filter((id) => !now.includes(id)).sort());
  });

  it('scale ids are unique across instruments', () => {
    const all = instruments.flatMap((x) => x.ins.scales.map((s) => s.id));
    expect(new Set(all).size).toBe(all.length);
  });
});
