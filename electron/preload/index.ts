import { contextBridge, ipcRenderer } from 'electron';
import type { PreloadApi } from './api-type';
import { buildPreloadApi } from './contract-api';

// ipcRenderer itself never crosses the bridge: the page only gets the named functions.
const api = buildPreloadApi((channel, input) => ipcRenderer.invoke(channel, input)) satisfies PreloadApi;

contextBridge.exposeInMainWorld('secretariat', api);
