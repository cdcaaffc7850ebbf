import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  AuditEntryView,
  DialogueView,
  InfluenceMapView,
  ParticipantSummary,
  ParticipantView,
} from '../../../shared/contract';
import { createHarness, PASSPHRASE, type Harness } from '../../fixtures/workspace';
import { addParticipant, cedar, identityOf, ok, partyId, realNames } from '../../fixtures/roster';

let h: Harness;
let dialogue: DialogueView;
beforeEach(async () => {
  h = await createHarness();
  await h.call('workspace.create', { name: 'cedar', passphrase: PASSPHRASE });
  dialogue = await cedar(h);
});
afterEach(async () => h.dispose());

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

async function list(input: Record<string, unknown> = {}) {
  return ok(h.call<ParticipantSummary[]>('participant.list', { dialogueId: dialogue.id, ...input }));
}

describe('participant.create', () => {
  it('stores every field and suggests codes and pseudonyms per party', async () => {
    const salim = await addParticipant(h, dialogue, 'Side A', {
      realName: 'Salim Ḥaddād',
      aliases: [
        { alias: 'Salim Haddad', kind: 'spelling' },
        { alias: 'سليم حداد', kind: 'transliteration' },
        { alias: 'Abu Karim', kind: 'nickname' },
      ],
      affiliation: 'Ministry of Water (advisory board)',
      affiliationSensitive: true,
      role: 'Former deputy minister',
      trackLevel: '1.5',
      sector: 'government',
      languages: ['Arabic', 'English'],
      contacts: { email: 'salim@example.org', phone: '+961 1 234 567', messaging: 'Signal: +961 1 234 567' },
      rationale: {
        influence: 'high',
        openMindedness: 'medium',
        access: 'high',
        personalCapacity: 'low',
        notes: 'Trusted by both.',
      },
      risks: { travel: 'Needs a visa for the venue country.', safety: 'Do not photograph.' },
      links: [
        { decisionMaker: 'Minister of Water', closeness: 'direct', channel: 'informal', note: 'Old classmates' },
        { decisionMaker: 'Prime Minister', closeness: 'one-step', channel: 'formal' },
      ],
      status: 'confirmed',
    });
    expect(salim).toMatchObject({
      speakerCode: 'A1',
      pseudonym: 'Participant A1',
      // A sensitive affiliation is identity: the view carries only the flag.
      affiliation: '',
      affiliationSensitive: true,
      trackLevel: '1.5',
      sector: 'government',
      languages: ['Arabic', 'English'],
      rationale: { influence: 'high', notes: 'Trusted by both.' },
      status: 'confirmed',
      purged: false,
      linkCount: 2,
      consent: { state: 'none' },
      identityOnRecord: { aliases: 3, contacts: true, riskNotes: true },
    });
    // The view (what every screen gets) carries no identity at all…
    const shown = JSON.stringify([salim, await list()]);
    for (const secret of [
      'Salim',
      'Ḥaddād',
      'Haddad',
      'حداد',
      'Abu Karim',
      'salim@example.org',
      '234 567',
      'visa',
      'photograph',
      'Ministry of Water (advisory',
    ]) {
      expect(shown, secret).not.toContain(secret);
    }
    // …which comes, one participant at a time, from participant.identity.
    const identity = await identityOf(h, salim.id);
    expect(identity).toMatchObject({
      participantId: salim.id,
      names: { realName: 'Salim Ḥaddād' },
      affiliation: 'Ministry of Water (advisory board)',
      contacts: { email: 'salim@example.org', phone: '+961 1 234 567' },
      risks: { travel: 'Needs a visa for the venue country.', safety: 'Do not photograph.' },
    });
    expect(identity.names!.aliases.map((a) => a.alias)).toEqual(['Salim Haddad', 'سليم حداد', 'Abu Karim']);
    expect(salim.links.map((l) => [l.decisionMaker, l.closeness, l.channel])).toEqual([
      ['Minister of Water', 'direct', 'informal'],
      ['Prime Minister', 'one-step', 'formal'],
    ]);
    expect(await ok(h.call('participant.get', { id: salim.id }))).toEqual(salim);

    const second = await addParticipant(h, dialogue, 'Side A', { realName: 'Layla Nasser' });
    const b = await addParticipant(h, dialogue, 'Side B', { realName: 'Dov Peretz', pseudonym: 'The hydrologist' });
    const f = await addParticipant(h, dialogue, 'Facilitation team', { realName: 'Maria Lindqvist' });
    expect([second.speakerCode, b.speakerCode, f.speakerCode]).toEqual(['A2', 'B1', 'F1']);
    expect(b.pseudonym).toBe('The hydrologist');
  });

  it('accepts an edited code (stored upper case) and suggests past the highest number', async () => {
    await addParticipant(h, dialogue, 'Side B', { realName: 'One', speakerCode: 'b7' });
    const next = await ok(
      h.call<{ code: string }>('participant.suggestCode', {
        dialogueId: dialogue.id,
        partyId: partyId(dialogue, 'Side B'),
      }),
    );
    expect(next.code).toBe('B8');
    const list = await ok(h.call<ParticipantSummary[]>('participant.list', { dialogueId: dialogue.id }));
    expect(list[0]!.speakerCode).toBe('B7');
  });

  it('keeps right-to-left, emoji and decomposed names intact (stored NFC)', async () => {
    const arabic = await addParticipant(h, dialogue, 'Side B', {
      realName: 'نور الهدى',
      aliases: [{ alias: 'Nour al-Huda' }],
    });
    expect((await identityOf(h, arabic.id)).names?.realName).toBe('نور الهدى');
    const emoji = await addParticipant(h, dialogue, 'Side A', { realName: 'Jose\u0301 🌿 Martín' });
    expect((await identityOf(h, emoji.id)).names?.realName).toBe('José 🌿 Martín'.normalize('NFC'));
    const hebrew = await addParticipant(h, dialogue, 'Side B', { realName: 'רות כהן', pseudonym: 'המהנדסת' });
    expect(hebrew.pseudonym).toBe('המהנדסת');
  });
});

describe('bad input loses nothing and says why', () => {
  it('refuses empty, blank, 10,000-character and broken names with INVALID_INPUT', async () => {
    for (const realName of ['', '   ', 'x'.repeat(10_000), 'Salim \uD800', 'Line\nbreak', 'Bell\u0007']) {
      const result = await h.call('participant.create', {
        dialogueId: dialogue.id,
        partyId: partyId(dialogue, 'Side A'),
        realName,
      });
      expect(result, JSON.stringify(realName.slice(0, 20))).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    expect(await list()).toEqual([]);
  });

  it('refuses a malformed email, phone, code, unknown field and duplicate alias', async () => {
    const base = { dialogueId: dialogue.id, partyId: partyId(dialogue, 'Side A'), realName: 'Salim' };
    for (const bad of [
      { contacts: { email: 'not-an-email' } },
      { contacts: { phone: 'call me' } },
      { speakerCode: 'A 1' },
      { speakerCode: 'x'.repeat(9) },
      { aliases: [{ alias: 'Haddad' }, { alias: 'HADDĀD' }] },
      { languages: ['Arabic', 'arabic'] },
      { favouriteColour: 'blue' },
      { status: 'maybe' },
      { trackLevel: '4' },
    ]) {
      const result = await h.call('participant.create', { ...base, ...bad });
      expect(result, JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(await list()).toEqual([]);
  });

  it('refuses a duplicate speaker code and pseudonym (case-insensitively) and keeps the first', async () => {
    const first = await addParticipant(h, dialogue, 'Side A', {
      realName: 'Salim',
      speakerCode: 'A1',
      pseudonym: 'The engineer',
    });
    const code = await h.call('participant.create', {
      dialogueId: dialogue.id,
      partyId: partyId(dialogue, 'Side B'),
      realName: 'Dov',
      speakerCode: 'a1',
    });
    expect(code).toMatchObject({ ok: false, error: { code: 'DUPLICATE_SPEAKER_CODE' } });
    const pseudonym = await h.call('participant.create', {
      dialogueId: dialogue.id,
      partyId: partyId(dialogue, 'Side B'),
      realName: 'Dov',
      pseudonym: 'THE ENGINEER',
    });
    expect(pseudonym).toMatchObject({ ok: false, error: { code: 'DUPLICATE_PSEUDONYM' } });
    const other = await addParticipant(h, dialogue, 'Side B', { realName: 'Dov' });
    const renamed = await h.call('participant.update', { id: other.id, speakerCode: 'A1' });
    expect(renamed).toMatchObject({ ok: false, error: { code: 'DUPLICATE_SPEAKER_CODE' } });
    expect((await list()).map((p) => p.speakerCode)).toEqual(['A1', 'B1']);
    expect(await ok(h.call('participant.get', { id: first.id }))).toEqual(first);
  });

  it('refuses a pseudonym that repeats a word of the name or an alias', async () => {
    const result = await h.call('participant.create', {
      dialogueId: dialogue.id,
      partyId: partyId(dialogue, 'Side A'),
      realName: 'Salim Ḥaddād',
      pseudonym: 'Mr Haddad',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'PSEUDONYM_REVEALS_IDENTITY' } });
    const salim = await addParticipant(h, dialogue, 'Side A', { realName: 'Salim Ḥaddād', pseudonym: 'The engineer' });
    const alias = await h.call('participant.update', {
      id: salim.id,
      aliases: [{ alias: 'The Engineer', kind: 'nickname' }],
    });
    expect(alias).toMatchObject({ ok: false, error: { code: 'PSEUDONYM_REVEALS_IDENTITY' } });
  });

  it('answers UNKNOWN_PARTY for a party of another dialogue or none, and the not-found codes', async () => {
    const olive = await ok(
      h.call<DialogueView>('dialogue.create', { codeName: 'Olive', parties: [{ name: 'North' }] }),
    );
    const foreign = await h.call('participant.create', {
      dialogueId: dialogue.id,
      partyId: olive.parties[0]!.id,
      realName: 'X',
    });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PARTY' } });
    const none = await h.call('participant.create', { dialogueId: dialogue.id, partyId: UNKNOWN, realName: 'X' });
    expect(none).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PARTY' } });
    expect(await h.call('participant.create', { dialogueId: UNKNOWN, partyId: UNKNOWN, realName: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'DIALOGUE_NOT_FOUND' },
    });
    for (const [channel, payload] of [
      ['participant.get', { id: UNKNOWN }],
      ['participant.update', { id: UNKNOWN, role: 'x' }],
      ['participant.purge', { id: UNKNOWN, confirmSpeakerCode: 'A1' }],
      [
        'participant.recordConsent',
        {
          participantId: UNKNOWN,
          givenOn: '2026-01-01',
          scopes: { notes: true, quotes: false, attribution: false, photos: false },
        },
      ],
      ['participant.withdrawConsent', { participantId: UNKNOWN, withdrawnOn: '2026-01-01' }],
    ] as const) {
      expect(await h.call(channel, payload), channel).toMatchObject({
        ok: false,
        error: { code: 'PARTICIPANT_NOT_FOUND' },
      });
    }
    for (const channel of ['participant.list', 'participant.influenceMap', 'export.rosterCsv']) {
      expect(await h.call(channel, { dialogueId: UNKNOWN }), channel).toMatchObject({
        ok: false,
        error: { code: 'DIALOGUE_NOT_FOUND' },
      });
    }
    expect(await list()).toEqual([]);
  });

  it('gives one participant’s identity only in the parts asked for, and refuses bad requests', async () => {
    const salim = await addParticipant(h, dialogue, 'Side A', {
      realName: 'Salim',
      aliases: [{ alias: 'Abu Karim' }],
      affiliation: 'Water board',
      contacts: { email: 'salim@example.org' },
      risks: { safety: 'Do not photograph.' },
    });
    expect(await ok(h.call('participant.identity', { id: salim.id, parts: ['contacts'] }))).toEqual({
      participantId: salim.id,
      names: null,
      affiliation: null,
      contacts: { email: 'salim@example.org', phone: '', messaging: '' },
      risks: null,
    });
    expect(await ok(h.call('participant.identity', { id: salim.id, parts: ['names', 'affiliation'] }))).toEqual({
      participantId: salim.id,
      names: { realName: 'Salim', aliases: [{ alias: 'Abu Karim', kind: 'spelling' }] },
      affiliation: 'Water board',
      contacts: null,
      risks: null,
    });
    // A non-sensitive affiliation is no secret: the list carries it.
    expect((await list())[0]!.affiliation).toBe('Water board');
    for (const payload of [
      { id: salim.id },
      { id: salim.id, parts: [] },
      { id: salim.id, parts: ['names', 'names'] },
      { id: salim.id, parts: ['password'] },
      { id: 'not-an-id', parts: ['names'] },
      { id: salim.id, parts: ['names'], all: true },
    ]) {
      expect(await h.call('participant.identity', payload), JSON.stringify(payload)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    expect(await h.call('participant.identity', { id: UNKNOWN, parts: ['names'] })).toMatchObject({
      ok: false,
      error: { code: 'PARTICIPANT_NOT_FOUND' },
    });
    await h.call('workspace.lock');
    expect(await h.call('participant.identity', { id: salim.id, parts: ['names'] })).toMatchObject({
      ok: false,
      error: { code: 'WORKSPACE_LOCKED' },
    });
  });

  it('answers WORKSPACE_LOCKED when locked', async () => {
    await h.call('workspace.lock');
    expect(await h.call('participant.list', { dialogueId: dialogue.id })).toMatchObject({
      ok: false,
      error: { code: 'WORKSPACE_LOCKED' },
    });
  });
});

describe('participant.list', () => {
  beforeEach(async () => {
    await addParticipant(h, dialogue, 'Side A', {
      realName: 'Salim Ḥaddād',
      aliases: [{ alias: 'Abu Karim', kind: 'nickname' }],
      status: 'confirmed',
    });
    await addParticipant(h, dialogue, 'Side B', { realName: 'ʿAlī Reza Moḥammadī', status: 'invited' });
    await addParticipant(h, dialogue, 'Side A', { realName: 'Zoë Øster-Łukasz', status: 'prospect' });
    await addParticipant(h, dialogue, 'Side B', {
      realName: 'نور الهدى',
      aliases: [{ alias: 'Nour al-Huda', kind: 'transliteration' }],
      status: 'declined',
    });
    for (let i = 0; i < 9; i++) await addParticipant(h, dialogue, 'Side A', { realName: `Extra ${i}` });
  });

  const names = async (rows: readonly ParticipantSummary[]) => {
    const byId = await realNames(h, dialogue);
    return rows.map((p) => byId.get(p.id) ?? '');
  };

  it('filters ignoring case, accents and transliteration marks, on names, aliases, pseudonym and code', async () => {
    expect(await names(await list({ filter: 'haddad' }))).toEqual(['Salim Ḥaddād']);
    expect(await names(await list({ filter: 'HADDĀD salim' }))).toEqual(['Salim Ḥaddād']);
    expect(await names(await list({ filter: 'karim' }))).toEqual(['Salim Ḥaddād']);
    expect(await names(await list({ filter: 'ali mohammadi' }))).toEqual(['ʿAlī Reza Moḥammadī']);
    expect(await names(await list({ filter: 'oster lukasz' }))).toEqual(['Zoë Øster-Łukasz']);
    expect(await names(await list({ filter: 'نور' }))).toEqual(['نور الهدى']);
    expect(await names(await list({ filter: 'al huda' }))).toEqual(['نور الهدى']);
    expect(await names(await list({ filter: 'b2' }))).toEqual(['نور الهدى']);
    expect(await names(await list({ filter: 'participant a2' }))).toEqual(['Zoë Øster-Łukasz']);
    // Substring matching, as the filter is typed: "a1" also finds A10 and A11.
    expect((await list({ filter: 'a1' })).length).toBe(3);
    expect(await list({ filter: 'nobody-like-this' })).toEqual([]);
  });

  it('under the privacy screen matches pseudonyms and codes only, so a typed name points at nobody', async () => {
    const hidden = { searchIdentities: false };
    expect(await list({ filter: 'haddad', ...hidden })).toEqual([]);
    expect(await list({ filter: 'karim', ...hidden })).toEqual([]);
    expect(await list({ filter: 'نور', ...hidden })).toEqual([]);
    expect(await names(await list({ filter: 'b2', ...hidden }))).toEqual(['نور الهدى']);
    expect(await names(await list({ filter: 'PARTICIPANT a2', ...hidden }))).toEqual(['Zoë Øster-Łukasz']);
    expect((await list({ filter: '', ...hidden })).length).toBe(13);
  });

  it('names real names only through participant.names, purged participants left out', async () => {
    const byId = await realNames(h, dialogue);
    expect(byId.size).toBe(13);
    expect([...byId.values()]).toContain('Salim Ḥaddād');
    expect(await h.call('participant.names', { dialogueId: UNKNOWN })).toMatchObject({
      ok: false,
      error: { code: 'DIALOGUE_NOT_FOUND' },
    });
  });

  it('groups by party then code in natural order (A2 before A10), and sorts other ways', async () => {
    const byParty = await list();
    expect(byParty.map((p) => p.speakerCode)).toEqual([
      'A1',
      'A2',
      'A3',
      'A4',
      'A5',
      'A6',
      'A7',
      'A8',
      'A9',
      'A10',
      'A11',
      'B1',
      'B2',
    ]);
    const byStatus = await list({ sort: 'status' });
    expect(byStatus.slice(0, 1).map((p) => p.status)).toEqual(['confirmed']);
    expect(byStatus.at(-1)!.status).toBe('declined');
    const byName = await list({ sort: 'name', partyId: partyId(dialogue, 'Side B') });
    expect(await names(byName)).toEqual(['ʿAlī Reza Moḥammadī', 'نور الهدى']);
  });

  it('filters by party and status', async () => {
    expect(await names(await list({ partyId: partyId(dialogue, 'Side B'), statuses: ['invited'] }))).toEqual([
      'ʿAlī Reza Moḥammadī',
    ]);
    expect((await list({ statuses: ['confirmed', 'declined'] })).length).toBe(2);
  });
});

describe('participant.importCsv (the app’s Import CSV…)', () => {
  const csv = (lines: readonly string[]) => lines.join('\r\n');

  it('reads the file with the CLI’s parser and imports every row in one go', async () => {
    const result = await ok(
      h.call<{ created: { line: number; speakerCode: string; pseudonym: string }[] }>('participant.importCsv', {
        dialogueId: dialogue.id,
        csv:
          '\ufeff' +
          csv([
            'name,party,aliases,sensitive,status',
            'Salim Ḥaddād,Side A,Abu Karim,yes,confirmed',
            'نور الهدى,Side B,,no,',
          ]),
      }),
    );
    expect(result.created).toEqual([
      { line: 2, speakerCode: 'A1', pseudonym: 'Participant A1' },
      { line: 3, speakerCode: 'B1', pseudonym: 'Participant B1' },
    ]);
    expect(await names(await list())).toEqual(['Salim Ḥaddād', 'نور الهدى']);
    const audit = await ok(h.call<AuditEntryView[]>('audit.list', { dialogueId: dialogue.id }));
    expect(audit[0]).toMatchObject({ action: 'roster.imported', detail: '2 participants' });
  });

  it('reports every bad line and imports nothing (IMPORT_REJECTED)', async () => {
    const result = await h.call('participant.importCsv', {
      dialogueId: dialogue.id,
      csv: csv(['name,party,status', 'Salim,Side A,confirmed', 'Dov,Nowhere,', 'Layla,Side B,maybe']),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'IMPORT_REJECTED' } });
    const message = (result as { error: { message: string } }).error.message.split('\n');
    // One report for everything: the row the file could not be read into, and the row the workspace
    // refuses, in line order.
    expect(message[0]).toBe('Nothing was imported: 2 rows have problems.');
    expect(message.slice(1)).toEqual([
      'Line 3: there is no party “Nowhere” in this dialogue.',
      expect.stringMatching(/^Line 4: status/),
    ]);
    const party = await h.call('participant.importCsv', {
      dialogueId: dialogue.id,
      csv: csv(['name,party', 'Salim,Side A', 'Dov,Nowhere']),
    });
    expect((party as { error: { message: string } }).error.message).toMatch(/Line 3: there is no party “Nowhere”/);
    for (const bad of ['', 'name,party', 'nom,parti\nx,y']) {
      expect(await h.call('participant.importCsv', { dialogueId: dialogue.id, csv: bad }), bad).toMatchObject({
        ok: false,
        error: { code: 'IMPORT_REJECTED' },
      });
    }
    expect(await list()).toEqual([]);
  });

  it('refuses oversized or broken text with INVALID_INPUT, and an unknown dialogue', async () => {
    for (const payload of [
      { dialogueId: dialogue.id, csv: 'x'.repeat(1_500_001) },
      { dialogueId: dialogue.id, csv: 'name,party\nBell\u0007,Side A' },
      { dialogueId: dialogue.id },
      { dialogueId: dialogue.id, csv: 'name,party', extra: true },
    ]) {
      expect(await h.call('participant.importCsv', payload)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    expect(await h.call('participant.importCsv', { dialogueId: UNKNOWN, csv: 'name,party\nX,Side A' })).toMatchObject({
      ok: false,
      error: { code: 'DIALOGUE_NOT_FOUND' },
    });
  });

  async function names(rows: readonly ParticipantSummary[]) {
    const byId = await realNames(h, dialogue);
    return rows.map((p) => byId.get(p.id) ?? '');
  }
});

describe('participant.update', () => {
  it('changes only what is given, replaces lists, and keeps shared decision makers as one node', async () => {
    const a = await addParticipant(h, dialogue, 'Side A', {
      realName: 'Salim',
      links: [{ decisionMaker: 'Minister of Water', closeness: 'direct', channel: 'informal' }],
    });
    const b = await addParticipant(h, dialogue, 'Side B', {
      realName: 'Dov',
      links: [{ decisionMaker: 'minister of WATER', closeness: 'one-step', channel: 'formal' }],
    });
    const map = await ok(h.call<InfluenceMapView>('participant.influenceMap', { dialogueId: dialogue.id }));
    expect(map.decisionMakers.map((m) => m.name)).toEqual(['Minister of Water']);
    expect(map.links).toHaveLength(2);

    const updated = await ok(
      h.call<ParticipantView>('participant.update', {
        id: a.id,
        role: 'Engineer',
        aliases: [{ alias: 'Abu Karim', kind: 'nickname' }],
        links: [{ decisionMaker: 'Chief of Staff', closeness: 'direct', channel: 'formal' }],
        partyId: partyId(dialogue, 'Side B'),
        status: 'invited',
        trackLevel: null,
      }),
    );
    expect(updated).toMatchObject({ role: 'Engineer', status: 'invited', speakerCode: 'A1' });
    expect(updated.partyId).toBe(partyId(dialogue, 'Side B'));
    expect((await identityOf(h, a.id)).names).toEqual({
      realName: 'Salim',
      aliases: [{ alias: 'Abu Karim', kind: 'nickname' }],
    });
    expect(await names(await list({ filter: 'karim' }))).toEqual(['Salim']);

    await ok(h.call('participant.update', { id: b.id, links: [] }));
    const after = await ok(h.call<InfluenceMapView>('participant.influenceMap', { dialogueId: dialogue.id }));
    // Nobody reaches the minister any more: the node is gone, not left dangling.
    expect(after.decisionMakers.map((m) => m.name)).toEqual(['Chief of Staff']);
  });

  async function names(rows: readonly ParticipantSummary[]) {
    const byId = await realNames(h, dialogue);
    return rows.map((p) => byId.get(p.id) ?? '');
  }
});

describe('consent register', () => {
  it('records, supersedes and withdraws consent; withdrawing twice is refused', async () => {
    const p = await addParticipant(h, dialogue, 'Side A', { realName: 'Salim' });
    expect(
      await h.call('participant.withdrawConsent', { participantId: p.id, withdrawnOn: '2026-02-01' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NO_ACTIVE_CONSENT' },
    });
    await ok(
      h.call('participant.recordConsent', {
        participantId: p.id,
        givenOn: '2026-01-10',
        scopes: { notes: true, quotes: true, attribution: false, photos: false },
        note: 'Signed form in the file.',
      }),
    );
    const wider = await ok(
      h.call<ParticipantView>('participant.recordConsent', {
        participantId: p.id,
        givenOn: '2026-01-20',
        scopes: { notes: true, quotes: true, attribution: true, photos: true },
      }),
    );
    expect(wider.consent).toEqual({
      state: 'given',
      givenOn: '2026-01-20',
      scopes: { notes: true, quotes: true, attribution: true, photos: true },
      withdrawnOn: null,
    });
    expect(wider.consents).toHaveLength(2);
    const withdrawn = await ok(
      h.call<ParticipantView>('participant.withdrawConsent', {
        participantId: p.id,
        withdrawnOn: '2026-03-01',
        note: 'After the election.',
      }),
    );
    expect(withdrawn.consent).toMatchObject({ state: 'withdrawn', withdrawnOn: '2026-03-01' });
    expect(withdrawn.consents.at(-1)).toMatchObject({
      withdrawnOn: '2026-03-01',
      withdrawalNote: 'After the election.',
    });
    expect(
      await h.call('participant.withdrawConsent', { participantId: p.id, withdrawnOn: '2026-03-02' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NO_ACTIVE_CONSENT' },
    });
    const [summary] = await list();
    expect(summary!.consent.state).toBe('withdrawn');
  });

  it('refuses an impossible date', async () => {
    const p = await addParticipant(h, dialogue, 'Side A', { realName: 'Salim' });
    const result = await h.call('participant.recordConsent', {
      participantId: p.id,
      givenOn: '2026-02-30',
      scopes: { notes: true, quotes: false, attribution: false, photos: false },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('dialogue sponsors and root causes', () => {
  it('creates and updates sponsors in order and root causes with stable ids', async () => {
    const made = await ok(
      h.call<DialogueView>('dialogue.create', {
        codeName: 'Olive',
        sponsors: ['Northbridge Foundation', 'Ministry of Foreign Affairs (fictional)'],
        rootCauses: [{ title: 'Water allocation' }, { title: 'Land tenure', description: 'Titles lost in 1990.' }],
      }),
    );
    expect(made.sponsors).toEqual(['Northbridge Foundation', 'Ministry of Foreign Affairs (fictional)']);
    expect(made.rootCauses.map((c) => c.title)).toEqual(['Water allocation', 'Land tenure']);
    const [water, land] = made.rootCauses;
    const updated = await ok(
      h.call<DialogueView>('dialogue.update', {
        id: made.id,
        sponsors: ['Ministry of Foreign Affairs (fictional)'],
        rootCauses: [
          { id: land!.id, title: 'Land tenure and titles', description: land!.description },
          { title: 'Policing' },
        ],
      }),
    );
    expect(updated.sponsors).toEqual(['Ministry of Foreign Affairs (fictional)']);
    expect(updated.rootCauses[0]).toEqual({
      id: land!.id,
      title: 'Land tenure and titles',
      description: 'Titles lost in 1990.',
    });
    expect(updated.rootCauses.map((c) => c.title)).toEqual(['Land tenure and titles', 'Policing']);
    expect(updated.rootCauses.some((c) => c.id === water!.id)).toBe(false);
    // Fields not given are kept.
    const renamed = await ok(h.call<DialogueView>('dialogue.update', { id: made.id, status: 'active' }));
    expect(renamed.sponsors).toEqual(updated.sponsors);
    expect(renamed.rootCauses).toEqual(updated.rootCauses);
    const listed = await ok(h.call<DialogueView[]>('dialogue.list', {}));
    expect(listed.find((d) => d.id === made.id)!.rootCauses).toEqual(updated.rootCauses);
  });

  it('refuses duplicate sponsors or root causes and an unknown root-cause id, changing nothing', async () => {
    expect(await h.call('dialogue.update', { id: dialogue.id, sponsors: ['Fund', 'FUND'] })).toMatchObject({
      ok: false,
      error: { code: 'DUPLICATE_SPONSOR' },
    });
    expect(
      await h.call('dialogue.update', {
        id: dialogue.id,
        status: 'paused',
        rootCauses: [{ title: 'Water' }, { title: 'wáter' }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'DUPLICATE_ROOT_CAUSE' } });
    expect(
      await h.call('dialogue.update', { id: dialogue.id, rootCauses: [{ id: UNKNOWN, title: 'Water' }] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'ROOT_CAUSE_NOT_FOUND' },
    });
    expect(await h.call('dialogue.create', { codeName: 'Fig', sponsors: ['x'.repeat(10_000)] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    const same = await ok(h.call<DialogueView>('dialogue.get', { id: dialogue.id }));
    expect(same).toMatchObject({ status: 'exploring', sponsors: [], rootCauses: [] });
  });

  it('swaps two root-cause titles in one edit', async () => {
    const made = await ok(
      h.call<DialogueView>('dialogue.update', { id: dialogue.id, rootCauses: [{ title: 'One' }, { title: 'Two' }] }),
    );
    const [one, two] = made.rootCauses;
    const swapped = await ok(
      h.call<DialogueView>('dialogue.update', {
        id: dialogue.id,
        rootCauses: [
          { id: one!.id, title: 'Two' },
          { id: two!.id, title: 'One' },
        ],
      }),
    );
    expect(swapped.rootCauses).toEqual([
      { id: one!.id, title: 'Two', description: '' },
      { id: two!.id, title: 'One', description: '' },
    ]);
  });
});

describe('audit log', () => {
  it('starts empty', async () => {
    expect(await ok(h.call<AuditEntryView[]>('audit.list', {}))).toEqual([]);
  });
});
