import { describe, expect, it } from 'vitest';
import { agendaReport, leadLabel, type AgendaReportData } from '../../../main/export/agenda/agenda-document';
import { footerTemplate, REPORT_CSP } from '../../../main/export/report/report-document';
import { agendaFixture, dayFixture, itemFixture } from './fixtures';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(2)>';

const decode = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');

/** The visible text of an HTML fragment, tags dropped and entities decoded. */
const textOf = (html: string) => decode(html.replace(/<[^>]*>/g, ''));

/** The HTML of the agenda table row whose text contains `needle`. */
function rowWith(html: string, needle: string): string {
  const rows = [...html.matchAll(/<tr[^>]*>[\s\S]*?<\/tr>/g)].map(([row]) => row);
  const row = rows.find((candidate) => textOf(candidate).includes(needle));
  if (!row) throw new Error(`no row contains ${needle}`);
  return row;
}

/** The text of the header's fact `label` ("When", "Where", "Times", "Ground rule"). */
function fact(html: string, label: string): string {
  const match = new RegExp(`<dt>${label}</dt><dd[^>]*>([\\s\\S]*?)</dd>`).exec(html);
  if (!match) throw new Error(`no fact ${label}`);
  return textOf(match[1]!);
}

const report = (data: Partial<AgendaReportData> = {}) =>
  agendaReport({ agenda: agendaFixture(), dialogueCodeName: 'Cedar', includeItemNotes: false, ...data }, '');

describe('agendaReport', () => {
  it('prints every user string escaped, so none can become markup', () => {
    const agenda = agendaFixture({
      session: {
        title: SCRIPT,
        venue: { id: 'v', name: IMG, city: SCRIPT, country: 'Switzerland' },
      },
      items: [
        itemFixture({
          id: 'a',
          title: SCRIPT,
          topics: [{ id: 't', title: IMG }],
          notes: `${SCRIPT} ${IMG}`,
        }),
        itemFixture({
          id: 'b',
          position: 1,
          kind: 'caucus',
          title: IMG,
          caucusParty: { id: 'p', name: SCRIPT },
          localStart: '10:00',
          localEnd: '11:00',
        }),
      ],
    });
    const {
      html,
      title,
      footerTemplate: footer,
    } = agendaReport({ agenda, dialogueCodeName: IMG, includeItemNotes: true }, '');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(footer).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    // The strings are all there, as text.
    const text = textOf(html);
    expect(text).toContain(`Session 3 — ${SCRIPT}`);
    expect(text).toContain(`${IMG}, ${SCRIPT}, Switzerland`);
    expect(text).toContain(`With ${SCRIPT} only`);
    expect(text).toContain(`Topics: ${IMG}`);
    expect(title).toBe(`${IMG} — Session 3 agenda`);
  });

  it('carries a Content-Security-Policy that loads nothing, before any style', () => {
    const { html } = report();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/.exec(html);
    expect(meta).not.toBeNull();
    const policy = decode(meta![1]!);
    expect(policy).toBe(REPORT_CSP);
    expect(policy.split(';').map((part) => part.trim())[0]).toBe("default-src 'none'");
    expect(policy).not.toMatch(/script-src|https?:|\*/);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style'));
    expect(html.startsWith('<!doctype html>')).toBe(true);
  });

  it('inserts the font CSS into the stylesheet as given', () => {
    const css = "@font-face { font-family: 'Noto Sans'; src: url(data:font/woff2;base64,AAAA) format('woff2'); }";
    const { html } = agendaReport({ agenda: agendaFixture(), dialogueCodeName: 'Cedar', includeItemNotes: false }, css);
    expect(html).toContain(`<style>${css}\n`);
  });

  it('prints the venue-local times the read model gives, not UTC', () => {
    const { html } = report();
    expect(textOf(rowWith(html, 'Opening plenary'))).toContain('09:00–10:00');
    expect(textOf(rowWith(html, 'Coffee'))).toContain('10:00–10:30');
    expect(fact(html, 'When')).toBe('Monday 4 May 2026, 09:00–17:00');
    expect(textOf(html)).toContain('Day 1 · Monday 4 May 2026');
    expect(html).toContain('<span class="span">09:00–17:00</span>');
    // 07:00 is the same instant in UTC: it must not appear.
    expect(textOf(html)).not.toContain('07:00');
  });

  it('names the day in the table head, which Chromium repeats on every page the day spans', () => {
    const { html } = report();
    expect(html).toMatch(/<thead><tr><th colSpan="4" class="day-cell"><div class="day-heading"><h2>Day 1 · /i);
  });

  it('prints the time actually run, when recorded, in the facilitator’s copy only', () => {
    const data = {
      agenda: agendaFixture({
        items: [
          itemFixture({
            id: 'a',
            title: 'Opening plenary',
            actualStart: '2026-05-04T07:05:00.000Z',
            actualEnd: '2026-05-04T08:12:00.000Z',
          }),
          itemFixture({ id: 'b', position: 1, title: 'Still running', actualStart: '2026-05-04T08:15:00.000Z' }),
          itemFixture({ id: 'c', position: 2, title: 'Not started' }),
        ],
      }),
    };
    expect(report(data).html).not.toContain('Ran ');
    const { html } = report({ ...data, includeItemNotes: true });
    expect(textOf(rowWith(html, 'Opening plenary'))).toContain('Ran 09:05–10:12');
    expect(textOf(rowWith(html, 'Still running'))).toContain('Ran 10:15–…');
    expect(textOf(rowWith(html, 'Not started'))).not.toContain('Ran');
  });

  it('prints leads by role or speaker code only', () => {
    expect(leadLabel({ kind: 'facilitator' })).toBe('Facilitator');
    expect(leadLabel({ kind: 'participant', participantId: 'p1', speakerCode: 'B2' })).toBe('B2');
    expect(leadLabel({ kind: 'participant', participantId: null, speakerCode: null })).toBe('Participant');
    expect(leadLabel({ kind: 'none' })).toBe('—');

    const { html } = report({
      agenda: agendaFixture({
        items: [
          itemFixture({ id: 'a', title: 'Led by the facilitator', lead: { kind: 'facilitator' } }),
          itemFixture({
            id: 'b',
            position: 1,
            title: 'Led by B2',
            lead: { kind: 'participant', participantId: 'p1', speakerCode: 'B2' },
          }),
          itemFixture({ id: 'c', position: 2, title: 'Led by nobody', lead: { kind: 'none' } }),
        ],
      }),
    });
    const leadOf = (title: string) => /<td class="lead">([^<]*)<\/td>/.exec(rowWith(html, title))?.[1];
    expect(leadOf('Led by the facilitator')).toBe('Facilitator');
    expect(leadOf('Led by B2')).toBe('B2');
    expect(leadOf('Led by nobody')).toBe('—');
  });

  it('shows which side a caucus meets with', () => {
    const { html } = report({
      agenda: agendaFixture({
        items: [
          itemFixture({
            id: 'a',
            kind: 'caucus',
            title: 'Side talk',
            caucusParty: { id: 'p', name: 'Upstream delegation' },
          }),
          // A caucus party on another kind of item is not printed.
          itemFixture({ id: 'b', position: 1, title: 'Plenary', caucusParty: { id: 'q', name: 'Downstream' } }),
        ],
      }),
    });
    expect(textOf(rowWith(html, 'Side talk'))).toContain('With Upstream delegation only');
    expect(textOf(rowWith(html, 'Side talk'))).toContain('Caucus');
    expect(textOf(html)).not.toContain('Downstream');
  });

  it('marks an item whose ground rule differs from the session’s, and only that one', () => {
    const { html } = report({
      agenda: agendaFixture({
        session: { regime: 'chatham-house' },
        items: [
          itemFixture({ id: 'a', title: 'Closed door', regime: 'off-the-record', effectiveRegime: 'off-the-record' }),
          itemFixture({
            id: 'b',
            position: 1,
            title: 'Same rule',
            regime: 'chatham-house',
            effectiveRegime: 'chatham-house',
          }),
          itemFixture({
            id: 'c',
            position: 2,
            title: 'Follows session',
            regime: null,
            effectiveRegime: 'chatham-house',
          }),
        ],
      }),
    });
    expect(rowWith(html, 'Closed door')).toContain('<div class="regime">Off the record</div>');
    expect(rowWith(html, 'Same rule')).not.toContain('class="regime"');
    expect(rowWith(html, 'Follows session')).not.toContain('class="regime"');
    expect(fact(html, 'Ground rule')).toBe('Chatham House Rule: What is said may be used, but never attributed.');
  });

  it('prints item notes only when asked to', () => {
    const agenda = agendaFixture({
      items: [
        itemFixture({ id: 'a', title: 'Opening plenary', notes: 'Remind everyone of the rule' }),
        itemFixture({ id: 'b', position: 1, title: 'Blank notes', notes: '   ' }),
      ],
    });
    expect(textOf(report({ agenda, includeItemNotes: false }).html)).not.toContain('Remind everyone');
    const withNotes = report({ agenda, includeItemNotes: true }).html;
    expect(rowWith(withNotes, 'Opening plenary')).toContain(
      '<div class="detail user-text" dir="auto">Remind everyone of the rule</div>',
    );
    expect(rowWith(withNotes, 'Blank notes')).not.toContain('class="detail');
  });

  it('shows the zone and both offsets of a session spanning the spring clock change', () => {
    // Europe moves to summer time on Sunday 29 March 2026 at 02:00 (GMT+1 → GMT+2).
    const agenda = agendaFixture({
      session: {
        timeZone: 'Europe/Zurich',
        startsAt: '2026-03-28T08:00:00.000Z', // Saturday 09:00, GMT+1
        endsAt: '2026-03-30T15:00:00.000Z', // Monday 17:00, GMT+2
      },
      days: [
        dayFixture({
          day: 0,
          date: '2026-03-28',
          startsAt: '2026-03-28T08:00:00.000Z',
          endsAt: '2026-03-28T16:00:00.000Z',
        }),
        dayFixture({
          day: 1,
          date: '2026-03-29',
          startsAt: '2026-03-29T07:00:00.000Z',
          endsAt: '2026-03-29T15:00:00.000Z',
        }),
        dayFixture({
          day: 2,
          date: '2026-03-30',
          startsAt: '2026-03-30T07:00:00.000Z',
          endsAt: '2026-03-30T15:00:00.000Z',
        }),
      ],
      items: [
        itemFixture({ id: 'a', day: 0, title: 'Saturday opening', plannedStart: '2026-03-28T08:00:00.000Z' }),
        itemFixture({
          id: 'b',
          day: 1,
          position: 1,
          title: 'Sunday plenary',
          plannedStart: '2026-03-29T07:00:00.000Z',
        }),
      ],
    });
    const { html } = report({ agenda });
    expect(fact(html, 'Times')).toBe("On the venue's clocks: Europe/Zurich (GMT+1 → GMT+2)");
    expect(fact(html, 'When')).toBe('Saturday 28 March 2026, 09:00 – Monday 30 March 2026, 17:00');
    const days = [...html.matchAll(/<div class="day-heading">([\s\S]*?)<\/div>/g)].map(([, heading]) =>
      textOf(heading!),
    );
    expect(days).toEqual([
      'Day 1 · Saturday 28 March 202609:00–17:00',
      'Day 2 · Sunday 29 March 202609:00–17:00',
      'Day 3 · Monday 30 March 202609:00–17:00',
    ]);
    expect(textOf(html)).toContain('Nothing planned for this day yet.');
  });

  it('shows one offset when the clocks do not change', () => {
    expect(fact(report().html, 'Times')).toBe("On the venue's clocks: Europe/Zurich (GMT+2)");
  });

  it('formats on the venue’s clocks whatever the zone of the process', () => {
    const agenda = agendaFixture({
      session: {
        timeZone: 'Asia/Kathmandu',
        startsAt: '2026-05-04T03:15:00.000Z',
        endsAt: '2026-05-04T11:15:00.000Z',
        venue: { id: 'v', name: 'Hotel Shanker', city: 'Kathmandu', country: 'Nepal' },
      },
      items: [
        itemFixture({ id: 'a', title: 'Opening plenary', actualStart: '2026-05-04T03:20:00.000Z', actualEnd: null }),
      ],
    });
    const saved = process.env.TZ;
    const outputs: string[] = [];
    try {
      for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env.TZ = zone;
        expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
        outputs.push(report({ agenda, includeItemNotes: true }).html);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect(outputs[0]).toBe(outputs[1]);
    const html = outputs[0]!;
    expect(fact(html, 'Times')).toBe("On the venue's clocks: Asia/Kathmandu (GMT+5:45)");
    expect(fact(html, 'When')).toBe('Monday 4 May 2026, 09:00–17:00');
    expect(textOf(rowWith(html, 'Opening plenary'))).toContain('Ran 09:05–…');
  });

  it('lets Arabic and Hebrew text run in its own direction', () => {
    const { html } = report({
      agenda: agendaFixture({
        session: { title: 'חלוקת מים' },
        items: [itemFixture({ id: 'a', title: 'تقاسم المياه' })],
      }),
    });
    expect(html).toContain('<h1 class="user-text" dir="auto">Session 3 — חלוקת מים</h1>');
    expect(html).toContain('<span class="item-title user-text" dir="auto">تقاسم المياه</span>');
  });

  it('is a pure function of its input', () => {
    const data: AgendaReportData = { agenda: agendaFixture(), dialogueCodeName: 'Cedar', includeItemNotes: true };
    const before = structuredClone(data);
    const first = agendaReport(data, '/* fonts */');
    const second = agendaReport(data, '/* fonts */');
    expect(second).toEqual(first);
    expect(data).toEqual(before);
    expect(first.title).toBe('Cedar — Session 3 agenda');
    expect(first.footerTemplate).toContain('Session 3 agenda · Chatham House Rule');
  });
});

describe('footerTemplate', () => {
  it('escapes its label and leaves spans for Chromium’s page numbers', () => {
    const footer = footerTemplate(`A & B ${SCRIPT}`);
    expect(footer).not.toMatch(/<script/i);
    expect(footer).toContain('A &amp; B &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(footer).toContain('<span class="pageNumber"></span>');
    expect(footer).toContain('<span class="totalPages"></span>');
    expect(textOf(footer)).toBe(`A & B ${SCRIPT}Page  of `);
  });
});
