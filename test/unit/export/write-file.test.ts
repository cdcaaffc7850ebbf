import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ParleyFault } from '../../../main/errors';
import { exportFileName, writeFileDurably } from '../../../main/export/write-file';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'parley-write-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const bytes = (text: string) => new TextEncoder().encode(text);

async function faultOf(promise: Promise<unknown>): Promise<ParleyFault> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ParleyFault);
  return error as ParleyFault;
}

describe('writeFileDurably', () => {
  it('writes the bytes under the chosen name and nothing else', async () => {
    const path = join(folder, 'agenda.pdf');
    const content = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x0a]);
    await writeFileDurably(path, content, { overwrite: false });
    expect(new Uint8Array(await readFile(path))).toEqual(content);
    expect(await readdir(folder)).toEqual(['agenda.pdf']);
  });

  it.skipIf(process.platform === 'win32')('writes a file only its owner can read', async () => {
    const path = join(folder, 'agenda.pdf');
    await writeFileDurably(path, bytes('x'), { overwrite: false });
    expect((await stat(path)).mode & 0o077).toBe(0);
  });

  it('refuses to replace an existing file without overwrite, leaving it untouched', async () => {
    const path = join(folder, 'agenda.pdf');
    await writeFile(path, 'the original');
    const fault = await faultOf(writeFileDurably(path, bytes('the new one'), { overwrite: false }));
    expect(fault.code).toBe('FILE_EXISTS');
    expect(fault.message).not.toContain(folder);
    expect(await readFile(path, 'utf8')).toBe('the original');
    expect(await readdir(folder)).toEqual(['agenda.pdf']);
  });

  it('replaces an existing file with overwrite', async () => {
    const path = join(folder, 'agenda.pdf');
    await writeFile(path, 'the original, which was longer');
    await writeFileDurably(path, bytes('the new one'), { overwrite: true });
    expect(await readFile(path, 'utf8')).toBe('the new one');
    expect(await readdir(folder)).toEqual(['agenda.pdf']);
  });

  it('fails with IO_ERROR when the folder does not exist, leaving nothing behind', async () => {
    const path = join(folder, 'missing', 'agenda.pdf');
    const fault = await faultOf(writeFileDurably(path, bytes('x'), { overwrite: false }));
    expect(fault.code).toBe('IO_ERROR');
    expect(fault.message).not.toContain(folder);
    expect(await readdir(folder)).toEqual([]);
  });

  it('cleans up its temporary file when the final step fails', async () => {
    // A folder in the way: the bytes are written and flushed, then taking the name fails.
    const path = join(folder, 'agenda.pdf');
    await writeFile(join(folder, 'keep.txt'), 'keep');
    await mkdir(path);
    await expect(writeFileDurably(path, bytes('x'), { overwrite: true })).rejects.toBeDefined();
    await expect(writeFileDurably(path, bytes('x'), { overwrite: false })).rejects.toBeDefined();
    const left = await readdir(folder);
    expect(left.sort()).toEqual(['agenda.pdf', 'keep.txt']);
    expect(left.some((name) => name.endsWith('.partial'))).toBe(false);
  });
});

describe('exportFileName', () => {
  it('joins the parts with dashes and adds the extension', () => {
    expect(exportFileName(['Cedar', 'Session 3', 'agenda'], 'pdf')).toBe('Cedar-Session-3-agenda.pdf');
  });

  it('drops characters no file system accepts and control characters', () => {
    const name = exportFileName(['a/b\\c:d*e?f"g<h>i|j', 'tab\there\u0000nul\u001fus\u202Ertl'], 'pdf');
    expect(name).not.toMatch(/[/\\:*?"<>|\p{Cc}\p{Cf}]/u);
    expect(name).toBe('a-b-c-d-e-f-g-h-i-j-tab-here-nul-us-rtl.pdf');
  });

  it('keeps letters of any script', () => {
    expect(exportFileName(['تقاسم المياه', 'חלוקת מים', 'Zürich'], 'pdf')).toBe('تقاسم-المياه-חלוקת-מים-Zürich.pdf');
  });

  it('never gives a hidden file, a path or an empty name', () => {
    expect(exportFileName([], 'pdf')).toBe('parley-export.pdf');
    expect(exportFileName(['', '  ', '///', '..'], 'pdf')).toBe('parley-export.pdf');
    expect(exportFileName(['.hidden'], 'pdf')).toBe('hidden.pdf');
    expect(exportFileName(['../../etc/passwd'], 'pdf')).not.toContain('/');
  });

  it('keeps names to a reasonable length', () => {
    const name = exportFileName(['x'.repeat(500)], 'pdf');
    expect(name.length).toBeLessThanOrEqual(124);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});
