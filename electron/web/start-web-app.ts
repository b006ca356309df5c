import path from 'node:path';
import { startBackend, type Backend } from '../app/start-backend';
import { startWebServer, type RunningWebServer } from './web-server';

export interface WebApp {
  backend: Backend;
  server: RunningWebServer;
  stop(): Promise<void>;
}

export const builtRendererDir = path.resolve(__dirname, '..', '..', 'out', 'renderer');

/** The app in a browser: the same backend as Electron, reached over loopback HTTP. */
export async function startWebApp(options: { dataDir: string; port?: number; token?: string; staticDir?: string }): Promise<WebApp> {
  const backend = await startBackend({ dataDir: options.dataDir, kind: 'web mode' });
  try {
    const server = await startWebServer({
      dispatch: backend.dispatch,
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
