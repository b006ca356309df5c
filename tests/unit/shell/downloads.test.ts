import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron'));
const { handleDownload, isAppDownload } = await import('../../../electron/main/downloads');

function fakeItem(url: string) {
  const emitter = new EventEmitter();
  return Object.assign(emitter, {
    getURL: () => url,
    getFilename: () => 'quarterly-report-2026-27-Q3.docx',
    getSavePath: () => '/home/coordinator/Documents/quarterly-report-2026-27-Q3.docx',
    cancel: vi.fn(),
  });
}

function dependencies(step: 'open' | 'show' | 'close') {
  return { askWhatNext: vi.fn(async () => step), openPath: vi.fn(async () => ''), showItemInFolder: vi.fn() };
}

describe('saving reports in the desktop app', () => {
  it('accepts only blob downloads the app page made', () => {
    expect(isAppDownload('blob:app://renderer/5b1c2d')).toBe(true);
    expect(isAppDownload('https://evil.example/payload.exe')).toBe(false);
    expect(isAppDownload('file:///etc/passwd')).toBe(false);
  });

  it('refuses a download from anywhere else', () => {
    const item = fakeItem('https://evil.example/payload.exe');
    const steps = dependencies('open');
    handleDownload(item, steps);
    expect(item.cancel).toHaveBeenCalled();
  });

  it('offers to open the saved file, and opens it', async () => {
    const item = fakeItem('blob:app://renderer/abc');
    const steps = dependencies('open');
    handleDownload(item, steps);
    item.emit('done', {}, 'completed');
    await vi.waitFor(() => expect(steps.openPath).toHaveBeenCalledWith('/home/coordinator/Documents/quarterly-report-2026-27-Q3.docx'));
    expect(steps.askWhatNext).toHaveBeenCalledWith('quarterly-report-2026-27-Q3.docx');
  });

  it('shows the folder when asked, and asks nothing when the save was cancelled', async () => {
    const shown = fakeItem('blob:app://renderer/abc');
    const showSteps = dependencies('show');
    handleDownload(shown, showSteps);
    shown.emit('done', {}, 'completed');
    await vi.waitFor(() => expect(showSteps.showItemInFolder).toHaveBeenCalled());

    const cancelled = fakeItem('blob:app://renderer/def');
    const cancelSteps = dependencies('open');
    handleDownload(cancelled, cancelSteps);
    cancelled.emit('done', {}, 'cancelled');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(cancelSteps.askWhatNext).not.toHaveBeenCalled();
  });
});
