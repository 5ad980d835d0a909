import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { schemaText } from '../../src/claims/schema.js';
import { FIXTURES, removeDir, tempCopy } from '../helpers/cli.js';
import { drive, KEY, type Driven } from './helpers.js';

/** Captures and an inbox of candidates, and no topic file: a case just begun. */
const NEW_CASE = path.join(FIXTURES, 'ui/new-case');

let app: Driven | undefined;
let dir = '';
afterEach(() => {
  app?.unmount();
  app = undefined;
  if (dir) removeDir(dir);
  dir = '';
});

const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('a case from scratch: the inbox with no topic file', () => {
  it('opens on the inbox; n creates the first topic file and the schema beside it, then files the candidate; a then works', async () => {
    dir = tempCopy(NEW_CASE);
    const ui = (app = await drive(dir));
    expect(ui.frame()).toContain('Inbox 1/2');
    await ui.press('n');
    const expected = `claims/${path.basename(dir).toLowerCase()}.yaml`;
    expect(ui.frame()).toContain(`New topic file: ${expected}█`);
    // The name can be changed before Enter: Ctrl+U clears it.
    await ui.press('\u0015');
    await ui.type('claims/line-2021.yaml');
    await ui.press(KEY.enter);
    await ui.waitFor('Created claims/line-2021.yaml and claims/claims.schema.json');
    expect(read('claims/line-2021.yaml')).toMatch(/^# yaml-language-server: \$schema=\.\/claims\.schema\.json\n/);
    expect(read('claims/claims.schema.json')).toBe(schemaText());
    // Straight on to the new subject: its id (the one the candidate names), question and kind.
    expect(ui.frame()).toContain('New subject id: access-count█');
    await ui.press(KEY.enter);
    await ui.type('How many times were the servers accessed?');
    await ui.press(KEY.enter);
    expect(ui.frame()).toContain('Kind of the new subject access-count');
    await ui.press(KEY.enter);
    await ui.waitFor('+  - id: access-count');
    await ui.press('y');
    await ui.waitFor('Saved claims/line-2021.yaml');
    const topic = parse(read('claims/line-2021.yaml'));
    expect(topic.subjects.map((s: { id: string }) => s.id)).toEqual(['access-count']);
    expect(topic.claims.map((c: { outlet: string }) => c.outlet)).toEqual(['Record China']);

    // The other candidate goes into the subject just made, with a.
    await ui.waitFor('Inbox 1/1');
    await ui.press('a');
    expect(ui.frame()).toContain('Accept into which subject?');
    expect(ui.frame()).toContain('access-count · How many times were the servers accessed?');
  });

  it('refuses a name outside claims/ or that is taken, and writes nothing', async () => {
    dir = tempCopy(NEW_CASE);
    const ui = (app = await drive(dir));
    await ui.press('n', '\u0015');
    await ui.type('seeds/x.yaml');
    await ui.press(KEY.enter);
    expect(ui.frame()).toContain('Not a topic file name: expected a file under claims/ ending in .yaml');
    expect(existsSync(path.join(dir, 'seeds/x.yaml'))).toBe(false);
    await ui.press('\u0015');
    await ui.type('claims/inbox.yaml');
    await ui.press(KEY.enter);
    expect(ui.frame()).toContain('claims/inbox.yaml is the inbox, not a topic file');
    // Esc leaves the prompt: back on the list, nothing created.
    await ui.press(KEY.escape);
    expect(ui.frame()).toContain('a accept · n new subject');
    expect(existsSync(path.join(dir, 'claims/claims.schema.json'))).toBe(false);
  });
});
