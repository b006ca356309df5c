import path from 'node:path';
import { startBackend, type Backend } from '../app/start-backend';
import { PrintViews } from './print-views';
import { startWebServer, type RunningWebServer } from './web-server';

export interface WebApp {
  backend: Backend;
  server: RunningWebServer;
  stop(): Promise<void>;
}

export const builtRendererDir = path.resolve(__dirname, '..', '..', 'out', 'renderer');

/** The app in a browser: the same backend as Electron, reached over loopback HTTP. */
export async function startWebApp(options: {
  dataDir: string;
  databaseUrl?: string | null;
  port?: number;
  token?: string;
  staticDir?: string;
}): Promise<WebApp> {
  // A document saved as PDF is served to the browser, which prints it (no Chromium is started here).
  const printViews = new PrintViews();
  const backend = await startBackend({ dataDir: options.dataDir, databaseUrl: options.databaseUrl, kind: 'web mode', printer: printViews });
  try {
    const server = await startWebServer({
      dispatch: backend.dispatch,
      printViews,
      staticDir: options.staticDir ?? builtRendererDir,
      port: options.port,
      token: options.token,
    });
    return {
      backend,
      server,
      async stop() {
        await server.close();
        await backend.close();
      },
    };
  } catch (error) {
    await backend.close();
    throw error;
  }
}
